"""Translations for the Qt-free layers (core, store, cli, the PDF): stdlib gettext.

One catalogue per language for the app's own texts (domain ``routine_app``) and one for
the bundled routines' texts (domain ``routines``, each text keyed by ``msgctxt``
"ROUTINE-ID:FIELD"), both under ``routine_app/locale/LANG/LC_MESSAGES/``. English is
the source language and the fallback for anything a catalogue lacks.

Like gettext's own ``gettext.gettext``, the lookup functions here read the catalogue
installed last (English until :func:`install` runs), so texts are looked up when they
are shown, never frozen at import. Module-level constants are marked with :func:`N_`
and passed through :func:`_` where they are shown. Tests call :func:`install` with an
explicit language and :func:`install` ``(["en"])`` to go back.

Dates and numbers are formatted here with the standard library and the catalogue's own
patterns (a translatable date pattern and month names, a translatable decimal mark),
so no locale data package and no ``setlocale`` is needed at run time.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path

DOMAIN = "routine_app"
ROUTINES_DOMAIN = "routines"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
SOURCE_LANGUAGE = "en"
#: The language setting's value for "as the desktop session says" (LANGUAGE, LANG ...).
SYSTEM_LANGUAGE = "system"
_ENV_ORDER = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


class _State:
    """The catalogues in force; one instance, replaced by :func:`install`."""

    def __init__(self) -> None:
        self.language = SOURCE_LANGUAGE
        self.app: gettext.NullTranslations = gettext.NullTranslations()
        self.routines: gettext.NullTranslations = gettext.NullTranslations()


_state = _State()


def requested_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages the environment asks for, best first, as gettext reads them.

    ``LANGUAGE`` may list several (``de:fr``); the first of ``LC_ALL``,
    ``LC_MESSAGES`` and ``LANG`` that is set decides otherwise. ``C``/``POSIX`` mean
    English. ``de_AT.UTF-8`` yields ``de_AT`` then ``de``.
    """
    env = os.environ if environ is None else environ
    raw: list[str] = []
    for name in _ENV_ORDER:
        value = env.get(name, "")
        if value:
            raw = value.split(":") if name == "LANGUAGE" else [value]
            break
    out: list[str] = []
    for item in raw:
        code = item.split(".")[0].split("@")[0]
        if code in ("C", "POSIX", ""):
            code = SOURCE_LANGUAGE
        for candidate in (code, code.split("_")[0]):
            if candidate not in out:
                out.append(candidate)
    return out


def available_languages() -> list[str]:
    """Languages with an app catalogue, plus English (the source language)."""
    found = {path.parent.parent.name for path in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")}
    return sorted(found | {SOURCE_LANGUAGE})


def choose_language(requested: Sequence[str]) -> str:
    """The first requested language with a catalogue, else English."""
    have = available_languages()
    for code in requested:
        if code == SOURCE_LANGUAGE or code.split("_")[0] == SOURCE_LANGUAGE:
            return SOURCE_LANGUAGE
        if code in have:
            return code
    return SOURCE_LANGUAGE


def install(languages: Sequence[str] | None = None) -> str:
    """Load the catalogues for LANGUAGES (default: from the environment); the code used.

    Also points the standard library's default gettext domain at the app catalogue,
    so argparse's own words ("usage:", "options") are translated with it.
    """
    code = choose_language(requested_languages() if languages is None else languages)
    _state.language = code
    if code == SOURCE_LANGUAGE:
        _state.app = gettext.NullTranslations()
        _state.routines = gettext.NullTranslations()
    else:
        _state.app = gettext.translation(DOMAIN, LOCALE_DIR, [code], fallback=True)
        _state.routines = gettext.translation(ROUTINES_DOMAIN, LOCALE_DIR, [code], fallback=True)
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN if code != SOURCE_LANGUAGE else "messages")
    return code


def current_language() -> str:
    """The language code of the catalogue in force (``en`` when none)."""
    return _state.language


def _(message: str) -> str:
    """MESSAGE in the current language (English when it has no translation)."""
    return _state.app.gettext(message)


def N_(message: str) -> str:
    """Marks MESSAGE for extraction only; translate it with :func:`_` where shown."""
    return message


def pN_(context: str, message: str) -> str:
    """Marks MESSAGE in CONTEXT for extraction only; translate it with :func:`pgettext`."""
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of SINGULAR/PLURAL for COUNT in the current language."""
    return _state.app.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """MESSAGE in CONTEXT (a same English word meaning two things)."""
    return _state.app.pgettext(context, message)


def join_words(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c`` in the current language."""
    if len(items) <= 1:
        return "".join(items)
    # Translators: the end of a list: "2 entries, 1 session and 3 weekly checks".
    return _("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def routine_text(routine_id: str, field: str, text: str) -> str:
    """A bundled routine's TEXT in the current language; TEXT itself if untranslated.

    FIELD names the text: ``title``, ``summary``, ``evidence``, ``equipment.0``,
    ``cautions.2``, ``steps.1.name``, ``steps.1.instructions``, ``steps.1.say``,
    ``steps.1.caution``. A translation made for an older English text is not used:
    the catalogue keeps the English it was made from as msgid.
    """
    return _state.routines.pgettext(f"{routine_id}:{field}", text)


def has_routine_text(routine_id: str, field: str, text: str) -> bool:
    """Whether the current language has a translation of this routine TEXT."""
    return current_language() == SOURCE_LANGUAGE or routine_text(routine_id, field, text) != text


# -- Dates and numbers ------------------------------------------------------------------

_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def _short_month(month: int) -> str:
    """The abbreviated name of MONTH, each written out so gettext can extract it."""
    names = (
        lambda: pgettext("short month", "Jan"),
        lambda: pgettext("short month", "Feb"),
        lambda: pgettext("short month", "Mar"),
        lambda: pgettext("short month", "Apr"),
        lambda: pgettext("short month", "May"),
        lambda: pgettext("short month", "Jun"),
        lambda: pgettext("short month", "Jul"),
        lambda: pgettext("short month", "Aug"),
        lambda: pgettext("short month", "Sep"),
        lambda: pgettext("short month", "Oct"),
        lambda: pgettext("short month", "Nov"),
        lambda: pgettext("short month", "Dec"),
    )
    return names[month - 1]()


_WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)


def _short_weekday(number: int) -> str:
    """The abbreviated name of weekday NUMBER (0 Monday), written out for extraction."""
    names = (
        lambda: pgettext("short weekday", "Mon"),
        lambda: pgettext("short weekday", "Tue"),
        lambda: pgettext("short weekday", "Wed"),
        lambda: pgettext("short weekday", "Thu"),
        lambda: pgettext("short weekday", "Fri"),
        lambda: pgettext("short weekday", "Sat"),
        lambda: pgettext("short weekday", "Sun"),
    )
    return names[number]()


def weekday_name(day: date | int, short: bool = False) -> str:
    """The weekday of DAY (a date, or 0 for Monday to 6 for Sunday), full or abbreviated."""
    number = day if isinstance(day, int) else day.weekday()
    if short:
        return _short_weekday(number)
    return _(_WEEKDAYS[number])


def month_name(month: int, short: bool = False) -> str:
    """The name of MONTH (1-12) in the current language, full or abbreviated."""
    if short:
        return _short_month(month)
    return _(_MONTHS[month - 1])


def format_date(day: date, form: str = "long") -> str:
    """DAY for reading: ``long`` 02 December 2026 / 2. Dezember 2026; ``medium``
    02 Dec 2026 / 02.12.2026; ``short`` 02 Dec / 02.12.; ``month`` Dec 2026."""
    patterns = {
        # Translators: a long date; {d} day, {dd} two-digit day, {month} its name,
        # {m}/{mm} the month's number, {yyyy} the year.
        "long": _("{dd} {month} {yyyy}"),
        # Translators: a medium date; {mon} is the abbreviated month name.
        "medium": _("{dd} {mon} {yyyy}"),
        # Translators: an all-number date (ISO order in English).
        "numeric": _("{yyyy}-{mm}-{dd}"),
        # Translators: a compact date with a two-digit year {yy}, for table cells.
        "table": _("{dd} {mon} {yy}"),
        # Translators: day and month without a year.
        "short": _("{dd} {mon}"),
        # Translators: a month and year.
        "month": _("{mon} {yyyy}"),
        # Translators: a day and abbreviated month under a chart (2 Dec / 2. Dez.).
        "axis": _("{d} {mon}"),
        # Translators: a day, abbreviated month and year under a chart.
        "axis_year": _("{d} {mon} {yyyy}"),
    }
    return patterns[form].format(
        d=day.day,
        dd=f"{day.day:02d}",
        m=day.month,
        mm=f"{day.month:02d}",
        month=month_name(day.month),
        mon=month_name(day.month, short=True),
        yyyy=day.year,
        yy=f"{day.year % 100:02d}",
    )


def format_datetime(moment: datetime, form: str = "medium") -> str:
    """MOMENT as a date in FORM followed by its 24-hour time."""
    return f"{format_date(moment, form)} {moment:%H:%M}"


def format_decimal(value: float, digits: int = 1, sign: bool = False) -> str:
    """VALUE with DIGITS decimals and the language's decimal mark (2.5 / 2,5)."""
    text = f"{value:+.{digits}f}" if sign else f"{value:.{digits}f}"
    # Translators: the decimal mark, "." in English, "," in German.
    return text.replace(".", pgettext("decimal mark", "."))
