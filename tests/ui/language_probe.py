"""Open every page, stage and dialog of the window in the language of the environment
and print every text it shows, as one JSON object.

Run in a subprocess by tests/ui/test_german_window.py (the language is installed once
per process, at start, as the app does), and usable by hand:

    LANGUAGE=de QT_QPA_PLATFORM=offscreen python -m tests.ui.language_probe

A journal with a few weeks of entries, sessions, warning signs, an episode and, last, an
emergency sign fills the pages, so their conditional texts show too. The texts are read
from the widgets (labels, buttons, titles, tool tips, accessible names and descriptions,
placeholders, combo box and list items, table headers, menus and shortcuts) and from
what the charts paint. Prints ``{"language": ..., "texts": [[where, text], ...]}``.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QAction, QImage, QPainter, QShortcut, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QWidget,
)

from routine_app.app import configure_application
from routine_app.core.journal import (
    Entry,
    LegSide,
    Outcome,
    PainMoved,
    Reach,
    RedFlag,
    Session,
    new_id,
    now,
)
from routine_app.core.reminders import ReminderKind
from routine_app.core.segments import SegmentKind
from routine_app.engine.clock import FakeClock
from routine_app.engine.translators import install_language
from routine_app.store.progress import Range
from routine_app.store.user_routines import user_folder
from routine_app.ui.common.delegates import ROW_ROLE
from routine_app.ui.common.theme import apply_theme
from routine_app.ui.journal.red_flag import show_red_flag_alert, show_warning_signs_note
from routine_app.ui.main_window import MainWindow
from routine_app.ui.player.safety_dialog import SafetyDialog
from routine_app.ui.progress import chart_paint
from routine_app.ui.progress.weekly_check import WeeklyCheckDialog
from tests.ui.offscreen_window import offscreen_window

Found = list[tuple[str, str]]
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


def plain(text: str) -> str:
    """Rich text as a reader gets it (tags and entities gone)."""
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def model_texts(model: QAbstractItemModel) -> Iterator[str]:
    """Every row's texts (fetching the lazy timeline's rows too), and the headers."""
    # A list model keeps its columnCount private: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for section in range(columns):
        yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    parent = QModelIndex()
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column)
            for role in ROLES:
                value = index.data(role)
                if isinstance(value, str):
                    yield value
            row_value = index.data(ROW_ROLE)
            if row_value is not None:
                yield from (row_value.title, row_value.subtitle, row_value.heading or "")


def own_texts(widget: QWidget) -> Iterator[str]:
    """The text a widget of each kind displays."""
    if isinstance(widget, QLabel | QAbstractButton | QProgressBar):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        yield from (getattr(widget, "suffix", str)(), getattr(widget, "prefix", str)())
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())
    if isinstance(widget, QMessageBox):
        yield from (widget.text(), widget.informativeText())
    if isinstance(widget, QMenu):
        yield widget.title()


def widget_texts(widget: QWidget) -> Iterator[str]:
    """What WIDGET shows or says about itself, its actions' texts included."""
    yield widget.windowTitle() if widget.isWindow() else ""
    yield from (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription())
    yield widget.whatsThis()
    yield from own_texts(widget)
    for action in widget.actions():
        yield from (action.text(), action.toolTip(), action.whatsThis())
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from widget_texts(menu)


def collect(root: QWidget, where: str, found: Found) -> None:
    """Every text of ROOT and of every widget inside it."""
    for widget in (root, *root.findChildren(QWidget)):
        for text in widget_texts(widget):
            if text and text.strip():
                found.append((where, plain(text)))
    for shortcut in root.findChildren(QShortcut):
        if shortcut.whatsThis():
            found.append((where, shortcut.whatsThis()))
    for action in root.findChildren(QAction):
        for text in (action.text(), action.toolTip()):
            if text:
                found.append((where, text))


class RecordingPainter(QPainter):
    """A painter that also keeps every text the charts draw."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[str] = []

    def drawText(self, *args: object) -> None:  # type: ignore[override]
        self.texts.extend(a for a in args if isinstance(a, str))
        super().drawText(*args)  # type: ignore[call-overload]


def painted_texts(window: MainWindow) -> Iterable[str]:
    """The words drawn inside the charts: titles, legends, axis labels."""
    progress = window.progress_page.progress
    assert progress is not None
    image = QImage(900, 400, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = RecordingPainter(image)
    colours = chart_paint.ChartColours.from_palette(window.palette())
    area = QRectF(0, 0, 900, 400)
    chart_paint.paint_pain(painter, area, progress, colours)
    chart_paint.paint_reach(painter, area, progress, colours)
    chart_paint.paint_sessions(painter, area, progress, colours)
    chart_paint.paint_calendar(painter, area, progress.calendar, progress.last, colours)
    painter.end()
    return painter.texts


def fill_journal(window: MainWindow) -> None:
    """Four weeks of entries and sessions, a warning sign and an episode start."""
    actions = window.journal_actions
    start = now().replace(hour=9, minute=0, second=0, microsecond=0) - timedelta(days=30)
    for day in range(30):
        moment = start + timedelta(days=day)
        actions.add(
            Entry(
                new_id(),
                moment,
                6 - day // 10,
                7,
                LegSide.LEFT,
                Reach.BELOW_KNEE,
                tingling=day % 2 == 0,
                numbness=day % 3 == 0,
                weakness=day % 5 == 0,
                medication="Ibuprofen 400 mg" if day % 4 == 0 else "",
                notes="nach langem Sitzen steif" if day == 3 else "",
                warning_signs=frozenset({"night-pain"}) if day == 20 else frozenset(),
            )
        )
        routine = ("foam-roller", "piriformis-stretch", "knee-to-chest")[day % 3]
        outcome = (Outcome.COMPLETED, Outcome.STOPPED, Outcome.ABANDONED)[day % 3]
        moved = (PainMoved.TOWARDS_BACK, PainMoved.FURTHER_DOWN, PainMoved.NEITHER)[day % 3]
        actions.save_session(
            Session(new_id(), routine, moment, moment, outcome, 3, 9, 5, 4, moved), new=True
        )
    actions.set_episode_start(date.today() - timedelta(weeks=8))


def visit_dialog(dialog: QWidget, where: str, found: Found, app: QApplication) -> None:
    dialog.show()
    app.processEvents()
    collect(dialog, where, found)
    dialog.close()
    app.processEvents()


def visit_player(window: MainWindow, clock: FakeClock, found: Found, app: QApplication) -> None:
    """Ready, running (with a rest and a rep), paused, floor mode, the questions, done."""
    page = window.player_page
    window.start_routine("piriformis-stretch", lead_in=3)
    app.processEvents()
    page.voice_offer.offer(True)
    collect(window, "player ready", found)
    page.begin()
    player = page.player
    assert player is not None
    while player.segments[player.index].kind is not SegmentKind.REST:
        player.next()
    clock.advance(0.5)
    player.poll()
    app.processEvents()
    collect(window, "player running (rest)", found)
    player.next()
    page.toggle_pause()
    app.processEvents()
    collect(window, "player paused", found)
    page.toggle_full_screen()
    app.processEvents()
    if page.floor is not None:
        collect(page.floor, "floor mode", found)
        page.floor.leave()
    for question in (page.ask_stop, page.restart):
        box = question()
        if box is not None:
            visit_dialog(box, "player question", found, app)
    page.toggle_pause()
    while player.index + 1 < len(player.segments):
        player.next()
    player.next()
    app.processEvents()
    page.pain_after.set_value(3)
    page.pain_moved.choose(PainMoved.FURTHER_DOWN)
    app.processEvents()
    collect(window, "player done", found)


def visit_pages(window: MainWindow, found: Found, app: QApplication) -> None:
    for name in window.page_names():
        window.show_page(name)
        app.processEvents()
        collect(window, f"page {name}", found)
    progress = window.progress_page
    for span in (Range.TWO_WEEKS, Range.ONE_YEAR):
        progress.set_range(span)
        app.processEvents()
        collect(window, f"progress {span.value}", found)
        found.extend(("charts painted", text) for text in painted_texts(window))
        pain = progress.charts["pain"]
        shown = progress.progress
        assert shown is not None
        for day in (shown.days[0].day, shown.days[-1].day):  # a day, or a long period's point
            found.append((f"pain chart read-out {span.value}", pain.describe(day) or ""))
    editor = window.editor_page
    window.show_page("editor")
    editor.step_duration.setText("zwei Wochen")
    app.processEvents()
    collect(window, "editor with problems", found)
    journal = window.journal_page
    window.show_page("journal")
    journal.list.setCurrentIndex(journal.model.index(0))
    journal.delete_selected()
    app.processEvents()
    collect(window, "journal after a delete", found)


def visit_dialogs(window: MainWindow, found: Found, app: QApplication) -> None:
    settings = window.open_settings()
    settings.back_up_now()
    app.processEvents()
    collect(settings, "settings", found)
    restore = settings.ask_restore()
    if restore is not None:
        visit_dialog(restore, "restore question", found, app)
    settings.close()
    last = window.journal_actions.last_entry()
    for where, dialog in (
        ("log pain", window.open_log_dialog()),
        ("edit entry", window.open_log_dialog(last)),
        ("weekly check", WeeklyCheckDialog(window.journal_actions, print, window)),
        ("safety", SafetyDialog(window)),
        ("shortcuts", window.open_shortcuts()),
        ("about", window._about()),
        ("warning signs", show_warning_signs_note(window, ["night-pain", "fever"])),
    ):
        visit_dialog(dialog, where, found, app)


def visit_lock(window: MainWindow, found: Found, app: QApplication) -> None:
    """An emergency sign: the alert, the lock banner, its question and the refusal."""
    window.journal_actions.add(
        Entry(new_id(), now(), 8, 9, LegSide.BOTH, Reach.FOOT, red_flags=frozenset(RedFlag))
    )
    alert = show_red_flag_alert(window, list(RedFlag))
    visit_dialog(alert, "emergency alert", found, app)
    window.show_page("journal")
    app.processEvents()
    collect(window, "locked", found)
    question = window.lock_banner.ask()
    if question is not None:
        visit_dialog(question, "lock question", found, app)
    window.start_routine("knee-to-chest")
    visit_dialog(window.locked_box, "routine refused", found, app)


def probe() -> dict[str, object]:
    configure_application()
    app = QApplication(sys.argv[:1])
    language = install_language(app)  # from LANGUAGE, as the app starts
    apply_theme(app)
    folder = Path(tempfile.mkdtemp())
    (user_folder(folder)).mkdir(parents=True, exist_ok=True)
    broken = "format: 2\nid: broken\ntitle: Kaputt\nsteps: []\nkind: dehnen\n"
    (user_folder(folder) / "broken.yaml").write_text(broken, encoding="utf-8")
    clock = FakeClock()
    window, journal = offscreen_window(folder, folder, clock)
    window.resize(1280, 900)
    window.show()
    fill_journal(window)
    window.show_reminder(ReminderKind.ROUTINE.message)
    app.processEvents()
    found: Found = []
    visit_pages(window, found, app)
    visit_player(window, clock, found, app)
    visit_dialogs(window, found, app)
    visit_lock(window, found, app)
    journal.close()
    return {"language": language, "texts": sorted(set(found))}


if __name__ == "__main__":
    print(json.dumps(probe(), ensure_ascii=False))
