"""Every item model passes Qt's own model checks (pytest-qt's qtmodeltester)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from pytestqt.modeltest import ModelTester

from routine_app.core.journal import Entry, Outcome, Session, new_id
from routine_app.store.journal import Journal
from routine_app.store.user_routines import load_all
from routine_app.ui.journal.timeline_model import PAGE, TimelineModel
from routine_app.ui.library.routine_list import RoutineListModel


def test_the_routine_list_model(qtmodeltester: ModelTester, tmp_path: Path) -> None:
    routines = load_all(tmp_path).routines
    model = RoutineListModel(routines)
    qtmodeltester.check(model)
    model.set_routines(routines[:2])
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def fill(journal: Journal, count: int) -> int:
    start = datetime.now().astimezone() - timedelta(days=400)
    entries = [Entry(new_id(), start + timedelta(hours=9 * i), i % 11, 3) for i in range(count)]
    sessions = [
        Session(
            new_id(),
            "foam-roller",
            start + timedelta(hours=9 * i + 1),
            start + timedelta(hours=9 * i + 2),
            Outcome.COMPLETED,
            5,
            5,
            4,
            2,
        )
        for i in range(0, count, 7)
    ]
    journal.merge(entries, sessions)
    return len(entries) + len(sessions)


def test_the_timeline_model_while_it_fetches_page_by_page(
    qtmodeltester: ModelTester, journal: Journal
) -> None:
    total = fill(journal, 2 * PAGE + 50)
    model = TimelineModel(journal, str)
    qtmodeltester.check(model)  # fetches its pages as a view would
    while model.canFetchMore(model.index(-1)):
        model.fetchMore(model.index(-1))
    assert model.rowCount() == total


def test_the_timeline_model_reloads_in_one_reset(
    qtmodeltester: ModelTester, journal: Journal
) -> None:
    """(Qt's tester fetches more while handling a reset, which views do later; so this
    journal fits one page.)"""
    total = fill(journal, PAGE - 40)
    model = TimelineModel(journal, str)
    qtmodeltester.check(model)
    journal.add_entry(Entry(new_id(), datetime.now().astimezone(), 2, 2))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.rowsInserted.connect(lambda *_: resets.append(-1))
    model.reload()
    assert resets == [total + 1], "the rows arrive with the reset, in one change"
