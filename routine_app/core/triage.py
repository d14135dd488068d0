"""One triage: every warning sign the app knows, its level and its one wording.

Everything that names a sign (the first-run screen, the log form, the command line,
the player's get-ready screen, the safety card and the clinician report) reads it
from :data:`SIGNS`, so a sign is worded once and put at one level.

Sources (worded in the app's own words; see docs/safety.md): NHS 111 Wales and NHS
Greater Glasgow and Clyde sciatica pages (emergency signs and signs to get checked
soon), NHS CKS (ask about saddle numbness explicitly), the Mayo Clinic massage
guidance and a Delphi consensus on foam rolling (when not to massage or roll), and
pubmed 21947819 (pain spreading down the leg as the signal to stop a movement).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from routine_app.i18n import N_, _


class Level(StrEnum):
    """How urgent a sign is, from most to least."""

    EMERGENCY = "emergency"
    SEE_SOON = "see-soon"
    ASK_BEFORE = "ask-before"
    STOP_ROUTINE = "stop-routine"

    @property
    def heading(self) -> str:
        return _(LEVEL_HEADINGS[self])

    @property
    def advice(self) -> str:
        return _(LEVEL_ADVICE[self])


LEVEL_HEADINGS = {
    Level.EMERGENCY: N_("Emergency now"),
    Level.SEE_SOON: N_("See a doctor soon"),
    Level.ASK_BEFORE: N_("Ask before rolling or massage"),
    Level.STOP_ROUTINE: N_("Stop this routine"),
}

LEVEL_ADVICE = {
    Level.EMERGENCY: N_(
        "Seek emergency medical care now: call your emergency number or go to an "
        "emergency department. These signs can mean cauda equina syndrome, which needs "
        "urgent treatment to prevent lasting damage. Do not wait to see if it passes, "
        "and do not do the routines until a doctor or nurse has checked you."
    ),
    Level.SEE_SOON: N_(
        "This is not an emergency, but get checked soon: contact your GP or doctor "
        "today or in the next few days, and mention it. You can keep doing the routines "
        "gently unless they make it worse."
    ),
    Level.ASK_BEFORE: N_(
        "Ask your doctor, physiotherapist or midwife before self-massage or rolling; "
        "gentle stretches may still be fine for you."
    ),
    Level.STOP_ROUTINE: N_(
        "Stop the routine now and rest in a comfortable position. If it keeps happening "
        "with a routine, pause that routine and ask a clinician."
    ),
}


@dataclass(frozen=True, slots=True)
class Sign:
    """One sign: a stable *id* (stored in the journal when it can be reported), its
    *level*, and its one wording (*text*, a phrase that completes "if you have …" and
    also reads as a line of its own). *reportable* signs can be ticked in the log
    form and given to ``routine-app log``."""

    id: str
    level: Level
    #: The English wording (marked for translation); :attr:`text` is what to show.
    wording: str
    reportable: bool = False

    @property
    def text(self) -> str:
        """The wording in the current language."""
        return _(self.wording)


#: The whole triage. Emergency sign ids are the journal's red flags (core.journal.RedFlag);
#: see-soon sign ids that are reportable are stored in entries.warning_signs.
SIGNS: tuple[Sign, ...] = (
    # --- emergency now (possible cauda equina syndrome) -------------------------------
    Sign(
        "bladder-bowel",
        Level.EMERGENCY,
        N_(
            "New trouble starting, stopping or controlling your pee, or not noticing that "
            "you need to open your bowels, or losing control of them"
        ),
        reportable=True,
    ),
    Sign(
        "saddle-numbness",
        Level.EMERGENCY,
        N_(
            "Numbness around or under the genitals, around the back passage or on the inner "
            "thighs (the saddle area): for example, you cannot feel the toilet paper when "
            "you wipe"
        ),
        reportable=True,
    ),
    Sign(
        "worsening-weakness",
        Level.EMERGENCY,
        N_("Weakness or numbness in both legs that is severe or getting worse"),
        reportable=True,
    ),
    Sign(
        "both-legs",
        Level.EMERGENCY,
        N_("Sciatica (pain, numbness or tingling) in both legs"),
        reportable=True,
    ),
    # --- see a doctor soon --------------------------------------------------------------
    Sign(
        "after-injury",
        Level.SEE_SOON,
        N_(
            "The pain began after a fall or an injury (even a small one if you have "
            "osteoporosis or take steroids long term)"
        ),
        reportable=True,
    ),
    Sign(
        "below-knee",
        Level.SEE_SOON,
        N_("Pain below the knee that is new or getting worse"),
        reportable=True,
    ),
    Sign(
        "balance-walking",
        Level.SEE_SOON,
        N_("New problems with balance or walking"),
        reportable=True,
    ),
    Sign(
        "foot-drop",
        Level.SEE_SOON,
        N_(
            "A dropping foot (the front of the foot catches or slaps down when you walk), or "
            "new weakness in one leg"
        ),
        reportable=True,
    ),
    Sign("fever", Level.SEE_SOON, N_("A fever or feeling hot and shivery"), reportable=True),
    Sign("weight-loss", Level.SEE_SOON, N_("Weight loss you cannot explain"), reportable=True),
    Sign("cancer-history", Level.SEE_SOON, N_("Cancer now or in the past"), reportable=True),
    Sign(
        "night-pain",
        Level.SEE_SOON,
        N_("Severe pain at night or when lying down"),
        reportable=True,
    ),
    Sign(
        "not-improving",
        Level.SEE_SOON,
        N_("Pain that is not getting better after 4 to 6 weeks, or that the routines make worse"),
    ),
    # --- ask before rolling or massage -------------------------------------------------
    Sign(
        "clotting",
        Level.ASK_BEFORE,
        N_("A deep vein thrombosis (DVT) or a clotting disorder, or you take blood thinners"),
    ),
    Sign(
        "bone-surgery-cancer",
        Level.ASK_BEFORE,
        N_("A fracture, severe osteoporosis, recent surgery, or cancer"),
    ),
    Sign(
        "skin-injury",
        Level.ASK_BEFORE,
        N_("An infection, open wound, burn, skin problem or fresh injury where you would press"),
    ),
    Sign(
        "pregnancy",
        Level.ASK_BEFORE,
        N_(
            "Pregnancy: ask your midwife or doctor first, choose the chair routine "
            "(Seated stretches), and do not lie flat on your back for long after about "
            "16 weeks"
        ),
    ),
    # --- stop this routine ------------------------------------------------------------
    Sign(
        "spreads-down",
        Level.STOP_ROUTINE,
        N_("Pain spreads further down the leg (pain moving back towards the back is a good sign)"),
    ),
    Sign(
        "nerve-symptoms",
        Level.STOP_ROUTINE,
        N_(
            "Numbness, tingling or weakness appears or gets stronger, or pressure sends a "
            "zap down the leg"
        ),
    ),
    Sign("sharp-pain", Level.STOP_ROUTINE, N_("Sharp or stabbing pain, or pain that keeps rising")),
)

_BY_ID = {sign.id: sign for sign in SIGNS}

#: A few words for each sign where a whole sentence does not fit (journal rows, lists).
SHORT_NAMES: dict[str, str] = {
    "bladder-bowel": N_("bladder or bowel trouble"),
    "saddle-numbness": N_("numbness in the saddle area"),
    "worsening-weakness": N_("severe or worsening weakness in both legs"),
    "both-legs": N_("sciatica in both legs"),
    "after-injury": N_("pain after a fall or injury"),
    "below-knee": N_("new or worse pain below the knee"),
    "balance-walking": N_("new trouble with balance or walking"),
    "foot-drop": N_("a dropping foot"),
    "fever": N_("fever"),
    "weight-loss": N_("unexplained weight loss"),
    "cancer-history": N_("cancer now or in the past"),
    "night-pain": N_("severe pain at night"),
    "not-improving": N_("not improving after 4 to 6 weeks"),
    "clotting": N_("clotting problem or blood thinners"),
    "bone-surgery-cancer": N_("fracture, osteoporosis, surgery or cancer"),
    "skin-injury": N_("skin problem or injury"),
    "pregnancy": N_("pregnancy"),
    "spreads-down": N_("pain spreading down the leg"),
    "nerve-symptoms": N_("new or stronger numbness, tingling or weakness"),
    "sharp-pain": N_("sharp or rising pain"),
}


def short_name(sign_id: str) -> str:
    """A few words for the sign with *sign_id* (never the raw id)."""
    name = SHORT_NAMES.get(sign_id)
    return _(name) if name else sign_id.replace("-", " ")


def sign(sign_id: str) -> Sign:
    """The sign with *sign_id*; raises KeyError for an unknown id."""
    return _BY_ID[sign_id]


def signs_at(level: Level, *, reportable: bool | None = None) -> tuple[Sign, ...]:
    """The signs of *level* in table order (only reportable ones, or only others, if asked)."""
    return tuple(
        s for s in SIGNS if s.level is level and (reportable is None or s.reportable == reportable)
    )


#: The warning signs a person can report in the log form and with ``log --warning-sign``.
WARNING_SIGN_IDS: tuple[str, ...] = tuple(s.id for s in signs_at(Level.SEE_SOON, reportable=True))

#: Routines the texts above name (by title, never by id); a test checks that each id
#: exists in the bundled library and that its title is the one the texts use.
NAMED_ROUTINES: tuple[str, ...] = ("seated-stretches",)


def parse_warning_signs(text: str) -> frozenset[str]:
    """The stored comma-separated list -> a set of sign ids (unknown ids raise ValueError)."""
    ids = frozenset(part.strip() for part in text.split(",") if part.strip())
    unknown = sorted(ids - set(WARNING_SIGN_IDS))
    if unknown:
        raise ValueError(f"unknown warning sign(s): {', '.join(unknown)}")
    return ids


def format_warning_signs(ids: frozenset[str]) -> str:
    """A set of sign ids -> the stored form: sorted, comma-separated, '' for none."""
    return ",".join(sorted(ids))
