"""Fill a data folder with four weeks of made-up journal data, for screenshots and demos.

Usage: python scripts/demo_journal.py DATA_DIR
"""

from __future__ import annotations

import random
import sys
from datetime import timedelta
from pathlib import Path

from routine_app.core.journal import Entry, LegSide, Outcome, Reach, Session, new_id, now
from routine_app.store.journal import Journal


def main(data_dir: Path) -> None:
    rng = random.Random(7)
    today = now().replace(hour=21, minute=0, second=0, microsecond=0) - timedelta(days=1)
    entries, sessions = [], []
    for day in range(28):
        morning = today - timedelta(days=day, hours=13)
        worse = day // 6  # pain was higher four weeks ago and has eased
        for hours, extra in ((0, 1), (12, 0)):
            back = max(0, min(10, 2 + worse + rng.randint(-1, 1)))
            leg = max(0, min(10, 3 + worse + extra + rng.randint(-1, 1)))
            entries.append(
                Entry(
                    new_id(),
                    morning + timedelta(hours=hours),
                    back,
                    leg,
                    LegSide.LEFT,
                    list(Reach)[min(4, 1 + day // 7)],
                    tingling=day % 3 == 0,
                    notes="stiff after a long drive" if day == 2 and hours else "",
                )
            )
        routine = ("foam-roller", "piriformis-stretch", "knee-to-chest")[day % 3]
        start = morning + timedelta(hours=2)
        sessions.append(
            Session(
                new_id(),
                routine,
                start,
                start + timedelta(minutes=9),
                Outcome.COMPLETED,
                12,
                12,
                3 + worse,
                2 + worse,
            )
        )
    journal, _ = Journal.open(data_dir)
    with journal:
        journal.merge(entries, sessions)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
