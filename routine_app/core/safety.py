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

#: Shown once, before the first routine ever (in the app's own words).
BEFORE_FIRST_ROUTINE = {
    "Do not start, and seek emergency care now, if you have": [
        "new problems starting, stopping or controlling urine, or controlling your bowels",
        "numbness around the genitals, the back passage or the inner thighs",
        "sciatica in both legs, or leg weakness or numbness that is severe or getting worse",
    ],
    "See a clinician soon (not an emergency) if": [
        "the pain began after a fall or injury",
        "pain below the knee is new or getting worse, or you have new balance or walking "
        "problems, or a dropping foot",
        "you have a fever, unexplained weight loss, a history of cancer, or severe pain at "
        "night or when lying down",
        "the pain is not improving after several weeks, or the routines make it worse",
    ],
    "Ask your clinician before self-massage or rolling if you have": [
        "a deep vein thrombosis (DVT) or a clotting disorder, or take blood thinners",
        "a fracture, severe osteoporosis, recent surgery, or cancer",
        "an infection, open wound, burn, skin problem or acute injury in the area",
        "pregnancy (choose the Seated stretches, and avoid lying flat for long later on)",
    ],
    "While you do the routines": [
        "stretch only to a mild pull, never into pain, and do not bounce",
        "stop if pain spreads further down the leg, or numbness, tingling or weakness "
        "appears or increases; pain moving back towards the back is a good sign",
        "during a bad flare, skip hamstring stretches",
    ],
}
