"""Safety texts shared by the window and the command line, written for people."""

from __future__ import annotations

RED_FLAG_MESSAGE = (
    "Seek emergency medical care now: call your emergency number or go to an emergency "
    "department. The symptoms you reported can be a sign of cauda equina syndrome, which "
    "needs urgent treatment to prevent lasting damage. Do not wait to see if it passes, "
    "and do not do the routines until a doctor has checked you."
)

STOP_RULE = "Stop if pain gets worse or spreads further down the leg."

DISCLAIMER = (
    "This app offers self-care guidance. It is not a diagnosis or a treatment, and it "
    "cannot promise a cure."
)
