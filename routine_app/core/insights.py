"""Plain warnings drawn from the journal's figures: when to review the plan with a clinician.

They read the same verdicts as the progress page and the report
(:mod:`routine_app.core.figures`), so the three never disagree: a routine judged *worse*
(pain rose by 2 points or more right after it in at least a third of its rated sessions)
and back or leg pain that is *worse*, or shows *no clear change* while still high, over
the covered part of the range.
"""

from __future__ import annotations

from collections.abc import Callable

from routine_app.core.figures import (
    Figures,
    PainTrend,
    RoutineFigures,
    RoutineVerdict,
    TrendVerdict,
    plural,
)
from routine_app.i18n import N_, _, format_decimal

#: Pain at or above this in the last 14 days, with no clear change, counts as not improving.
STILL_HIGH = 3.0

CLINICIAN = N_("Consider reviewing your plan with a clinician.")


def worse_routine(title: str, routine: RoutineFigures) -> str:
    """The warning for a routine judged *worse*."""
    return _(
        "Pain was 2 or more points higher right after {title} in {worse} of {rated}. Stop "
        "any movement that makes pain spread down the leg, and review this routine with a "
        "clinician."
    ).format(title=title, worse=routine.worse, rated=plural(routine.rated, "rated session"))


def _worse(back: bool) -> str:
    if back:
        return _("Your back pain has got worse ({figures}). {advice}")
    return _("Your leg pain has got worse ({figures}). {advice}")


def _not_improved(back: bool) -> str:
    if back:
        return _(
            "Your back pain has not improved ({figures}). Sciatica often eases within 4 to 6 "
            "weeks; when it does not, that is worth a check. {advice}"
        )
    return _(
        "Your leg pain has not improved ({figures}). Sciatica often eases within 4 to 6 "
        "weeks; when it does not, that is worth a check. {advice}"
    )


def trend_warning(trend: PainTrend) -> str | None:
    """A warning when back or leg pain got worse, or stayed high without a clear change."""
    if trend.first_mean is None or trend.last_mean is None:
        return None
    figures = _("about {first} in the first 14 days covered, {last} in the last 14").format(
        first=format_decimal(trend.first_mean), last=format_decimal(trend.last_mean)
    )
    back = trend.what == "back"
    if trend.verdict is TrendVerdict.WORSE:
        return _worse(back).format(figures=figures, advice=_(CLINICIAN))
    if trend.verdict is TrendVerdict.NO_CLEAR_CHANGE and trend.last_mean >= STILL_HIGH:
        return _not_improved(back).format(figures=figures, advice=_(CLINICIAN))
    return None


def warnings(figures: Figures, title: Callable[[str], str] = str) -> list[str]:
    """The warnings for one range's figures; *title* names a routine by its id."""
    found = [
        worse_routine(title(r.routine_id), r)
        for r in figures.routines
        if r.verdict is RoutineVerdict.WORSE
    ]
    for trend in (figures.back, figures.leg):
        message = trend_warning(trend)
        if message:
            found.append(message)
    return found
