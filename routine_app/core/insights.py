"""Plain warnings drawn from recent journal data: when to review the plan with a clinician.

The thresholds are deliberately simple and written down here, so the app can
explain them: the routines are not a promise, and a plan that is not helping
should be reviewed rather than pushed through.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from statistics import fmean

from routine_app.core.journal import Entry, Session

#: Sessions with pain asked before and after that are looked at.
RECENT_SESSIONS = 5
#: How many of those must show more pain after than before to warn.
WORSE_AFTER_SESSIONS = 3
#: The weeks compared: the first and the last week of this many days.
TREND_DAYS = 28
MIN_ENTRIES_PER_WEEK = 2
#: Average pain at or above this in the last week, and no fall of at least
#: IMPROVEMENT points since the first week, counts as "not improved".
STILL_HIGH = 3.0
IMPROVEMENT = 1.0

CLINICIAN = "Consider reviewing your plan with a clinician."


def worse_after_sessions(sessions: Sequence[Session]) -> str | None:
    """A warning if pain was higher after than before in most recent rated sessions."""
    rated = [s for s in sessions if s.pain_before is not None and s.pain_after is not None]
    rated.sort(key=lambda s: s.started_at, reverse=True)
    recent = rated[:RECENT_SESSIONS]
    worse = sum(1 for s in recent if (s.pain_after or 0) > (s.pain_before or 0))
    if len(recent) < WORSE_AFTER_SESSIONS or worse < WORSE_AFTER_SESSIONS:
        return None
    return (
        f"Your pain was higher after the routine than before in {worse} of your last "
        f"{len(recent)} rated sessions. Stop any movement that makes pain spread down the "
        f"leg. {CLINICIAN}"
    )


def not_improving(entries: Sequence[Entry], now: datetime) -> str | None:
    """A warning if back or leg pain has not come down over the last four weeks."""
    start = now - timedelta(days=TREND_DAYS)
    first = [e for e in entries if start <= e.recorded_at < start + timedelta(days=7)]
    last = [e for e in entries if now - timedelta(days=7) <= e.recorded_at <= now]
    if len(first) < MIN_ENTRIES_PER_WEEK or len(last) < MIN_ENTRIES_PER_WEEK:
        return None
    stuck = []
    for label, pick in (("back", lambda e: e.back_pain), ("leg", lambda e: e.leg_pain)):
        before, after = fmean(map(pick, first)), fmean(map(pick, last))
        if after >= STILL_HIGH and after > before - IMPROVEMENT:
            stuck.append(f"{label} pain (about {before:.1f} four weeks ago, {after:.1f} now)")
    if not stuck:
        return None
    return (
        f"Your {' and '.join(stuck)} has not improved over the last four weeks. Sciatica "
        f"often eases within 4 to 6 weeks; when it does not, that is worth a check. {CLINICIAN}"
    )


def warnings(entries: Sequence[Entry], sessions: Sequence[Session], now: datetime) -> list[str]:
    found = [worse_after_sessions(sessions), not_improving(entries, now)]
    return [w for w in found if w]
