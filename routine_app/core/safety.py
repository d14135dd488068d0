"""Safety texts shared by the window and the command line, written for people.

The signs and their levels live in :mod:`routine_app.core.triage`; this module
puts them together into the texts each screen shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from routine_app.core.triage import Level, signs_at
from routine_app.i18n import N_, _

#: The texts by name. Read them as module attributes (``from routine_app.core.safety
#: import DISCLAIMER``): :func:`__getattr__` gives each in the current language.
_TEXTS: dict[str, str] = {
    "STOP_RULE": N_("Stop if pain gets worse or spreads further down the leg."),
    "DISCLAIMER": N_(
        "This app offers self-care guidance. It is not a diagnosis or a treatment, and it "
        "cannot promise a cure."
    ),
    #: What the lock says wherever a routine is refused (library, player, `play`, reminders).
    "LOCKED_MESSAGE": N_(
        "Routines are paused because you reported an emergency sign. If you have not been "
        "seen yet, seek emergency medical care now: call your emergency number or go to an "
        "emergency department. Once a doctor or nurse has checked you, confirm it (in the "
        "app, or with 'routine-app safety clear') and the routines are available again."
    ),
    #: Shown at once when the after-routine question says the pain moved further down the leg.
    "STOP_RULE_ADVICE": N_(
        "Pain spreading further down the leg is the sign to stop a movement. Rest in a "
        "comfortable position. Next time, do this routine more gently or leave out the step "
        "that made it spread; if it happens again, pause this routine and ask a clinician."
    ),
    #: Shown on the get-ready screen after the last session of a routine spread the pain.
    "SPREAD_LAST_TIME": N_(
        "Last time, your pain spread further down the leg during or after this routine. Go "
        "gently, and stop at once if it spreads again."
    ),
    #: Shown when two sessions of a routine in a row spread the pain.
    "SPREAD_TWICE": N_(
        "Your pain spread further down the leg after this routine twice in a row. Consider "
        "pausing it and asking a clinician (GP or physiotherapist) before you do it again."
    ),
    #: From week 6 of an episode, when leg pain is not clearly better (at most once a week).
    "EPISODE_REVIEW": N_(
        "This episode began %1 weeks ago and your leg pain is not clearly better. Most "
        "sciatica improves within 4 to 6 weeks; pain that does not should be looked at. "
        "Consider booking a review with your GP or physiotherapist."
    ),
}


def __getattr__(name: str) -> str:
    """A safety text in the current language (``RED_FLAG_MESSAGE``, ``DISCLAIMER``...)."""
    if name == "RED_FLAG_MESSAGE":
        return Level.EMERGENCY.advice
    if name in _TEXTS:
        return _(_TEXTS[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _lines(level: Level) -> list[str]:
    return [s.text for s in signs_at(level)]


class _BeforeFirstRoutine(Mapping[str, list[str]]):
    """Headings -> lines, in the current language each time it is read."""

    def _now(self) -> dict[str, list[str]]:
        return {
            _("Do not start, and seek emergency care now, if you have"): _lines(Level.EMERGENCY),
            _("See a doctor soon (not an emergency) if you have"): _lines(Level.SEE_SOON),
            _("Ask before self-massage or rolling if you have"): _lines(Level.ASK_BEFORE),
            _("Stop the routine you are doing if"): _lines(Level.STOP_ROUTINE),
            _("While you do the routines"): [
                _("stretch only to a mild pull, never into pain, and do not bounce"),
                _("during a bad flare, skip hamstring stretches"),
            ],
        }

    def __getitem__(self, heading: str) -> list[str]:
        return self._now()[heading]

    def __iter__(self) -> Iterator[str]:
        return iter(self._now())

    def __len__(self) -> int:
        return len(self._now())


#: Shown once, before the first routine ever (in the app's own words), from the triage.
BEFORE_FIRST_ROUTINE: Mapping[str, list[str]] = _BeforeFirstRoutine()


def get_ready_cautions(self_massage: bool) -> list[str]:
    """The triage lines the player's get-ready screen adds after a routine's own cautions:
    when to stop, and (for self-massage and rolling) who should ask first."""
    stops = "; ".join(_lower(s.text) for s in signs_at(Level.STOP_ROUTINE))
    lines = [_("Stop if: {signs}.").format(signs=stops)]
    if self_massage:
        asks = "; ".join(_lower(s.text.split(":")[0]) for s in signs_at(Level.ASK_BEFORE))
        lines.append(
            _("Ask a clinician before rolling or massage if you have: {signs}.").format(signs=asks)
        )
    return lines


#: Routine cautions that only restate the app's stop rule: the bundled routines carry them
#: so that a routine file (and the library's view of it) stands on its own. Where the app
#: shows its own, fuller rule beside a routine's cautions, these are left out, so the rule
#: is said once. Exact sentences only: a caution that says anything more is always shown.
RESTATED_STOP_RULE = (
    N_("Stop if pain spreads further down your leg."),
    N_(
        "Stop if pain spreads further down your leg, or if numbness, tingling or weakness "
        "appears or increases."
    ),
)


def ready_cautions(cautions: Sequence[str], self_massage: bool) -> list[str]:
    """The player's "Before you start" list: the routine's own *cautions* (as shown, in
    the current language) without those that only restate the stop rule, then the app's
    stop rule and, for self-massage, who should ask first (:func:`get_ready_cautions`)."""
    restated = {_key(text) for text in RESTATED_STOP_RULE}
    restated |= {_key(_(text)) for text in RESTATED_STOP_RULE}
    own = [c for c in cautions if _key(c) not in restated]
    return [*own, *get_ready_cautions(self_massage)]


def _key(text: str) -> str:
    """A caution compared without case, spacing or the closing full stop."""
    return " ".join(text.casefold().split()).rstrip(".")


def _lower(text: str) -> str:
    """Lower-case the first letter to continue a sentence (not an acronym such as DVT)."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]
