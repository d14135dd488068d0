"""The weekly check: two short, validated questionnaires clinicians know, asked once a
week (optional, and it can be put off).

- **Sciatica Bothersomeness Index** (SBI): how bothersome, over the past week, were leg
  pain, numbness or tingling in the leg or foot, weakness in the leg or foot, and back or
  leg pain when sitting; each 0 (not at all) to 6 (extremely). The score is the sum,
  0-24. Tingling and weakness are tracked, not only pain (facts file: PMC2899809,
  PMC3175874).
- **PEG** (J Gen Intern Med 2009): average pain, and how pain interfered with enjoyment
  of life and with general activity, in the past week, each 0-10; the score is their
  mean.

Either part may be skipped; a score needs every item of its part. Plain Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import fmean

from routine_app.core.journal import JournalValueError, _moment, _uuid
from routine_app.i18n import _, pgettext, pN_

#: How often the check is offered.
EVERY_DAYS = 7


@dataclass(frozen=True, slots=True)
class Item:
    """One question. The wording is kept in English (``*_text``, marked for gettext) and
    read through :attr:`question`, :attr:`low` and :attr:`high` in the current language.

    The translations of these items are careful plain renderings made for this app, not
    validated translations of the SBI or PEG instruments (each catalogue says so).
    """

    column: str
    question_text: str
    low_text: str
    high_text: str
    top: int

    @property
    def question(self) -> str:
        return pgettext("weekly check", self.question_text)

    @property
    def low(self) -> str:
        return pgettext("weekly check", self.low_text)

    @property
    def high(self) -> str:
        return pgettext("weekly check", self.high_text)


# The items come from two questionnaires (the Sciatica Bothersomeness Index and PEG).
# Each carries a note for translators: translate plainly and carefully; the result is
# not a validated translation of the instrument and must not be presented as one.
# Translators: SBI item; not a validated translation of the instrument.
_NOT_AT_ALL_BOTHERSOME = pN_("weekly check", "not at all bothersome")
# Translators: SBI item; not a validated translation of the instrument.
_EXTREMELY_BOTHERSOME = pN_("weekly check", "extremely bothersome")
SBI_ITEMS = (
    Item(
        "sbi_leg_pain",
        # Translators: SBI item; not a validated translation of the instrument.
        pN_("weekly check", "Leg pain"),
        _NOT_AT_ALL_BOTHERSOME,
        _EXTREMELY_BOTHERSOME,
        6,
    ),
    Item(
        "sbi_numbness_tingling",
        # Translators: SBI item; not a validated translation of the instrument.
        pN_("weekly check", "Numbness or tingling in the leg or foot"),
        _NOT_AT_ALL_BOTHERSOME,
        _EXTREMELY_BOTHERSOME,
        6,
    ),
    Item(
        "sbi_weakness",
        # Translators: SBI item; not a validated translation of the instrument.
        pN_("weekly check", "Weakness in the leg or foot"),
        _NOT_AT_ALL_BOTHERSOME,
        _EXTREMELY_BOTHERSOME,
        6,
    ),
    Item(
        "sbi_sitting",
        # Translators: SBI item; not a validated translation of the instrument.
        pN_("weekly check", "Back or leg pain when sitting"),
        _NOT_AT_ALL_BOTHERSOME,
        _EXTREMELY_BOTHERSOME,
        6,
    ),
)
PEG_ITEMS = (
    Item(
        "peg_pain",
        # Translators: PEG item; not a validated translation of the instrument.
        pN_("weekly check", "Your pain on average"),
        # Translators: PEG item; not a validated translation of the instrument.
        pN_("weekly check", "no pain"),
        # Translators: PEG item; not a validated translation of the instrument.
        pN_("weekly check", "pain as bad as you can imagine"),
        10,
    ),
    Item(
        "peg_enjoyment",
        # Translators: PEG item; not a validated translation of the instrument.
        pN_("weekly check", "How much pain got in the way of enjoying life"),
        # Translators: PEG item; not a validated translation of the instrument.
        pN_("weekly check", "not at all"),
        # Translators: PEG item; not a validated translation of the instrument.
        pN_("weekly check", "completely"),
        10,
    ),
    Item(
        "peg_activity",
        # Translators: PEG item; not a validated translation of the instrument.
        pN_("weekly check", "How much pain got in the way of your general activity"),
        # Translators: PEG item; not a validated translation of the instrument.
        pN_("weekly check", "not at all"),
        # Translators: PEG item; not a validated translation of the instrument.
        pN_("weekly check", "completely"),
        10,
    ),
)
ITEMS = SBI_ITEMS + PEG_ITEMS
COLUMNS = tuple(item.column for item in ITEMS)


@dataclass(frozen=True, slots=True)
class WeeklyCheck:
    """One week's answers; None where an item was skipped."""

    id: str
    recorded_at: datetime
    sbi: tuple[int | None, int | None, int | None, int | None] = (None, None, None, None)
    peg: tuple[int | None, int | None, int | None] = (None, None, None)

    @property
    def sbi_score(self) -> int | None:
        """The SBI sum, 0-24, when all four items are answered."""
        return None if None in self.sbi else sum(v for v in self.sbi if v is not None)

    @property
    def peg_score(self) -> float | None:
        """The PEG score (mean of the three items), 0-10, when all are answered."""
        return None if None in self.peg else fmean(v for v in self.peg if v is not None)

    @property
    def values(self) -> tuple[int | None, ...]:
        return self.sbi + self.peg

    @property
    def empty(self) -> bool:
        return all(v is None for v in self.values)


def _score(value: object, item: Item) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= item.top:
        raise JournalValueError(
            _("{question} must be a whole number from 0 to {top}, not {value}").format(
                question=item.question, top=item.top, value=repr(value)
            )
        )
    return value


def validate_weekly_check(check: WeeklyCheck) -> WeeklyCheck:
    """Return *check* with its values checked, or raise JournalValueError."""
    if not isinstance(check.sbi, tuple | list) or len(check.sbi) != len(SBI_ITEMS):
        raise JournalValueError("the SBI has four items")
    if not isinstance(check.peg, tuple | list) or len(check.peg) != len(PEG_ITEMS):
        raise JournalValueError("the PEG has three items")
    sbi = tuple(_score(v, i) for v, i in zip(check.sbi, SBI_ITEMS, strict=True))
    peg = tuple(_score(v, i) for v, i in zip(check.peg, PEG_ITEMS, strict=True))
    result = WeeklyCheck(
        _uuid(check.id, "id"),
        _moment(check.recorded_at, "time"),
        (sbi[0], sbi[1], sbi[2], sbi[3]),
        (peg[0], peg[1], peg[2]),
    )
    if result.empty:
        raise JournalValueError("a weekly check needs at least one answer")
    return result


def is_due(last_check: date | None, put_off_on: date | None, today: date) -> bool:
    """Offer the check when none was answered in the last 7 days and it was not put off
    in the last 7 days either."""
    recent = today - timedelta(days=EVERY_DAYS - 1)
    return not any(day is not None and recent <= day <= today for day in (last_check, put_off_on))
