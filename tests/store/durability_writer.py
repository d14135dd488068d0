"""Writes journal entries as fast as it can, printing each id once add_entry has returned.

Run by test_durability.py, which kills it with SIGKILL at random moments.
"""

from __future__ import annotations

import sys
from pathlib import Path

from routine_app.core.journal import Entry, new_id, now
from routine_app.store.journal import Journal


def main() -> None:
    journal, _ = Journal.open(Path(sys.argv[1]))
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        entry = journal.add_entry(
            Entry(new_id(), now(), number % 11, (number * 7) % 11, notes=f"entry {number}")
        )
        print(entry.id, flush=True)


if __name__ == "__main__":
    main()
