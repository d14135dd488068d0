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

#: Pain at or above this in the last 14 days, with no clear change, counts as not improving.
STILL_HIGH = 3.0

CLINICIAN = "Consider reviewing your plan with a clinician."


def worse_routine(title: str, routine: RoutineFigures) -> str:
    """The warning for a routine judged *worse*."""
    return (
        f"Pain was 2 or more points higher right after {title} in {routine.worse} of "
        f"{plural(routine.rated, 'rated session')}. Stop any movement that makes pain spread "
        f"down the leg, and review this routine with a clinician."
    )


def trend_warning(trend: PainTrend) -> str | None:
    """A warning when back or leg pain got worse, or stayed high without a clear change."""
    if trend.first_mean is None or trend.last_mean is None:
        return None
    label = f"{trend.what} pain"
    figures = (
        f"about {trend.first_mean:.1f} in the first 14 days covered, "
        f"{trend.last_mean:.1f} in the last 14"
    )
    if trend.verdict is TrendVerdict.WORSE:
        return f"Your {label} has got worse ({figures}). {CLINICIAN}"
    if trend.verdict is TrendVerdict.NO_CLEAR_CHANGE and trend.last_mean >= STILL_HIGH:
        return (
            f"Your {label} has not improved ({figures}). Sciatica often eases within 4 to 6 "
            f"weeks; when it does not, that is worth a check. {CLINICIAN}"
        )
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
