"""The main window: a page list on the left, the current page on the right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from routine_app import __version__
from routine_app.core import safety as safety_texts
from routine_app.core.journal import Entry
from routine_app.core.library import Library
from routine_app.core.routine import Routine, Side
from routine_app.core.settings import AFFECTED_SIDE, GENTLE_THRESHOLD, LEAD_IN, THEME, VOLUME
from routine_app.engine.clock import Clock
from routine_app.engine.cues import Cues
from routine_app.store import safety
from routine_app.store.changes import Changes
from routine_app.store.journal import Journal
from routine_app.store.user_routines import load_all
from routine_app.ui.common.adaptive import COMPACT_WIDTH, scrollable
from routine_app.ui.common.messages import choose_file, warn
from routine_app.ui.common.notice_banner import NoticeBanner
from routine_app.ui.common.preferences import Preferences
from routine_app.ui.common.theme import apply_theme
from routine_app.ui.journal.actions import JournalActions
from routine_app.ui.journal.safety_banner import LockBanner, ReviewBanner
from routine_app.ui.lazy_page import LazyPage
from routine_app.ui.library.page import LibraryPage

if TYPE_CHECKING:  # imported when first shown or used, not at start
    from routine_app.ui.journal.log_dialog import LogPainDialog
    from routine_app.ui.journal.page import JournalPage
    from routine_app.ui.library.editor import EditorPage
    from routine_app.ui.player.page import PlayerPage
    from routine_app.ui.progress.page import ProgressPage
    from routine_app.ui.settings_dialog import SettingsDialog
    from routine_app.ui.shortcuts_dialog import ShortcutsDialog
from routine_app.ui.window_state import restore_window_state, save_window_state

APP_TITLE = "Sciatica Routines"
#: A routine started straight away shows its cautions in the lead-in for at least this long.
CAUTION_LEAD_IN = 5.0


if TYPE_CHECKING:
    from routine_app.ui.background import Background


class Printouts(Protocol):
    """The printed documents (``routine_app.report.Printer``, a layer above this one)."""

    def report(
        self,
        journal: Journal,
        path: Path,
        first: date,
        last: date,
        routine_title: Callable[[str], str],
    ) -> int:
        """Write the clinician report; the number of pages. OSError if it cannot."""
        ...

    def safety_card(self, path: Path) -> int:
        """Write the safety card; the number of pages. OSError if it cannot."""
        ...


class MainWindow(QMainWindow):
    """Hosts the pages. It owns no data: pages get what they need from the constructor."""

    def __init__(
        self,
        library: Library,
        journal: Journal,
        data_dir: Path,
        settings: QSettings,
        cues: Cues,
        clock: Clock | None = None,
        parent: QWidget | None = None,
        *,
        printouts: Printouts,
    ) -> None:
        super().__init__(parent)
        self.preferences = Preferences(settings)
        self.printouts = printouts
        self.cues = cues
        self.background: Background | None = None  # set by app.start_reminders
        self._close_anyway = False  # the editor's unsaved changes were saved or dropped
        self.library = library
        self.journal_actions = JournalActions(journal, self.show_error, self)
        self.setWindowTitle(APP_TITLE)
        self.data_dir = data_dir
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(180)
        self._compact: bool | None = None
        self.stack = QStackedWidget(self)
        self._pages: dict[str, QWidget] = {}
        self._build_menus()
        self.library_page = LibraryPage(library, self, self.gentle_suggestion)
        self.add_page("library", self.tr("&Routines"), self.library_page)
        self.library_page.start_requested.connect(self.start_routine)
        # Built when first shown (or asked for): see the player_page, progress_page,
        # editor_page and journal_page properties. The window starts with the first page.
        self._clock = clock
        self._player: LazyPage[PlayerPage] = LazyPage(self._build_player, self)
        self.add_page("player", self.tr("&Player"), self._player)
        self._progress_range: str | None = None  # the page's own default
        self._progress: LazyPage[ProgressPage] = LazyPage(self._build_progress, self)
        self.add_page("progress", self.tr("P&rogress"), self._progress)
        self._editor: LazyPage[EditorPage] = LazyPage(self._build_editor, self)
        self.add_page("editor", self.tr("&Editor"), self._editor)
        self._journal: LazyPage[JournalPage] = LazyPage(self._build_journal, self)
        self.add_page("journal", self.tr("&Journal"), self._journal)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._log_text = self.tr("Log pain…")
        self.log_button = QPushButton(self._log_text, self)
        self.log_button.setAccessibleName(self._log_text)  # one line, however it is shown
        self.log_button.setToolTip(self.tr("Log how your back and leg feel now (Ctrl+L)"))
        self.log_button.setMinimumHeight(48)
        self.log_button.clicked.connect(lambda: self.open_log_dialog())
        self.reminder_banner = NoticeBanner(self)
        self.lock_banner = LockBanner(self)
        self.lock_banner.confirmed.connect(self.journal_actions.confirm_checked)
        self.review_banner = ReviewBanner(self.preferences, self)
        self.journal_actions.changed.connect(self._journal_changed)
        self.refresh_safety()
        side = QVBoxLayout()
        side.addWidget(self.nav, 1)
        side.addWidget(self.log_button)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(side)
        right = QVBoxLayout()
        right.addWidget(self.lock_banner)
        right.addWidget(self.review_banner)
        right.addWidget(self.reminder_banner)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.status = QLabel(self.tr("Your data folder: %1").replace("%1", str(data_dir)))
        self.statusBar().addWidget(self.status)
        restore_window_state(self, self.preferences)
        self._set_compact(self.width() < COMPACT_WIDTH)

    @property
    def player_page(self) -> PlayerPage:
        return self._player.page()

    @property
    def progress_page(self) -> ProgressPage:
        return self._progress.page()

    def set_progress_range(self, span: str) -> None:
        """The period the progress page shows (a ``Range`` value such as "3m"), now or
        once the page is built (store.progress loads with the page, not at start)."""
        self._progress_range = span
        if self._progress.built:
            self._show_range(self.progress_page)

    def _show_range(self, page: ProgressPage) -> None:
        from routine_app.store.progress import Range

        if self._progress_range is not None:
            page.set_range(Range(self._progress_range))

    def _build_player(self, parent: QWidget) -> PlayerPage:
        from routine_app.ui.player.page import PlayerPage

        page = PlayerPage(self.journal_actions, self.cues, self.preferences, self._clock, parent)
        page.leave.connect(lambda: self.show_page("library"))
        return page

    def _build_progress(self, parent: QWidget) -> ProgressPage:
        from routine_app.ui.progress.page import ProgressPage

        page = ProgressPage(
            self.journal_actions, self.routine_title, parent=parent, preferences=self.preferences
        )
        self._show_range(page)
        page.report_requested.connect(self.report_dialog)
        return page

    @property
    def editor_page(self) -> EditorPage:
        return self._editor.page()

    @property
    def journal_page(self) -> JournalPage:
        return self._journal.page()

    def _build_editor(self, parent: QWidget) -> EditorPage:
        from routine_app.ui.library.editor import EditorPage

        page = EditorPage(lambda: self.library, self.data_dir, self.preferences, parent)
        page.saved.connect(self.reload_routines)
        # "Try it" plays the draft without writing a session to the journal.
        page.try_requested.connect(lambda r: self.start_routine(r, trial=True))
        return page

    def _build_journal(self, parent: QWidget) -> JournalPage:
        from routine_app.ui.journal.page import JournalPage
        from routine_app.ui.journal.timeline_model import TimelineModel

        timeline = TimelineModel(self.journal_actions.journal, self.routine_title, self)
        page = JournalPage(self.journal_actions, timeline, parent, routine_title=self.routine_title)
        page.log_requested.connect(self.open_log_dialog)
        page.edit_requested.connect(self.open_log_dialog)
        page.safety_card_requested.connect(self.safety_card_dialog)
        return page

    def add_page(self, name: str, title: str, page: QWidget) -> None:
        self._pages[name] = page
        self.stack.addWidget(scrollable(page, self.stack))  # small screens scroll the page
        item = QListWidgetItem(title.replace("&", ""), self.nav)
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setData(Qt.ItemDataRole.ToolTipRole, title.replace("&", ""))
        item.setSizeHint(QSize(0, self.nav.fontMetrics().height() * 2))
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        action = QAction(title, self)
        action.setShortcut(QKeySequence(f"Ctrl+{len(self._pages)}"))
        action.triggered.connect(lambda _=False: self.show_page(name))
        self.go_menu.addAction(action)

    def page_names(self) -> list[str]:
        return list(self._pages)

    def show_page(self, name: str) -> None:
        """Switch to page *name*; raises KeyError for an unknown page."""
        self.nav.setCurrentRow(list(self._pages).index(name))

    def current_page_name(self) -> str:
        return list(self._pages)[self.stack.currentIndex()]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._set_compact(event.size().width() < COMPACT_WIDTH)

    def _set_compact(self, compact: bool) -> None:
        """A narrow window gets a narrow page list: names only as wide as they need."""
        if compact == self._compact:
            return
        self._compact = compact
        metrics = self.nav.fontMetrics()
        if compact:
            widest = max(
                (
                    metrics.horizontalAdvance(self.nav.item(i).text())
                    for i in range(self.nav.count())
                ),
                default=80,
            )
            text = widest + 2 * metrics.averageCharWidth() + 8
            self._wrap_log_button(text)
            self.nav.setFixedWidth(max(text, self.log_button.minimumSizeHint().width()))
        else:
            self.log_button.setText(self._log_text)
            self.nav.setFixedWidth(180)

    def _wrap_log_button(self, room: int) -> None:
        """Its words on two lines when on one they are much wider than the page names
        (as "Schmerz eintragen…" is), so the narrow page list stays narrow."""
        self.log_button.setText(self._log_text)
        if self.log_button.minimumSizeHint().width() > 1.5 * room and " " in self._log_text:
            self.log_button.setText(self._log_text.replace(" ", "\n", 1))

    def _build_menus(self) -> None:
        app_menu = self.menuBar().addMenu(self.tr("&App"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.quit_action = quit_action  # Quit must quit even when the tray keeps the app
        settings_action = QAction(self.tr("&Settings…"), self)
        # Ctrl+, everywhere (the platform's own Preferences key too, where it has one).
        own = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        keys = {k.toString(): k for k in [QKeySequence("Ctrl+,"), *own] if not k.isEmpty()}
        settings_action.setShortcuts(list(keys.values()))
        settings_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        settings_action.triggered.connect(self.open_settings)
        app_menu.addAction(settings_action)
        app_menu.addAction(quit_action)
        journal_menu = self.menuBar().addMenu(self.tr("&Journal"))
        self.log_action = QAction(self.tr("&Log pain…"), self)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.log_action.triggered.connect(lambda: self.open_log_dialog())
        journal_menu.addAction(self.log_action)
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys_action = QAction(self.tr("&Keyboard shortcuts"), self)
        keys_action.setShortcut(QKeySequence("F1"))
        keys_action.triggered.connect(self.open_shortcuts)
        help_menu.addAction(keys_action)
        card = QAction(self.tr("Print a &safety card…"), self)
        card.triggered.connect(self.safety_card_dialog)
        help_menu.addAction(card)
        about = QAction(self.tr("&About Sciatica Routines"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def start_routine(
        self,
        wanted: str | Routine,
        lead_in: float | None = None,
        autostart: bool = False,
        trial: bool = False,
    ) -> bool:
        """Open a routine (or the library's routine with that id) in the player, after
        the one-time safety screen; with *autostart*, begin at once (the lead-in lists
        the cautions, so it lasts at least CAUTION_LEAD_IN seconds when there are any)."""
        routine = self.library.get(wanted) if isinstance(wanted, str) else wanted
        if routine is None or self.refuse_if_locked():
            return False

        chosen = self.preferences.get(LEAD_IN) if lead_in is None else lead_in
        if autostart and routine.cautions:
            # Started at once, the lead-in is the only place its cautions are shown.
            chosen = max(chosen, CAUTION_LEAD_IN)

        def load() -> None:
            side = self.preferences.get(AFFECTED_SIDE)
            self.player_page.load(
                routine,
                chosen,
                Side(side) if side in (Side.LEFT.value, Side.RIGHT.value) else None,
                trial=trial,
            )
            self.show_page("player")
            if autostart:
                self.player_page.begin()

        from routine_app.ui.player.safety_dialog import ensure_safety_acknowledged

        self.safety_dialog = ensure_safety_acknowledged(
            self, self.preferences, load, self.journal_actions.set_episode_start
        )
        return True

    def _journal_changed(self, changes: Changes) -> None:
        # The lock (emergency signs, clearances), the episode week, the last logged pain.
        if changes.entries or changes.safety_records:
            self.library_page.update_gentle_hint()
            self.refresh_safety()

    def refresh_safety(self) -> None:
        """Show or hide the lock and review banners from what the journal now holds."""
        journal = self.journal_actions.journal
        lock = self.journal_actions.lock()
        self.lock_banner.show_lock(lock)
        self.library_page.show_paused(lock is not None)
        today = date.today()
        self.review_banner.show_clock(safety.episode_clock(journal, today), today)

    def refuse_if_locked(self) -> bool:
        """Under the emergency lock, say why no routine starts and return True."""
        if self.journal_actions.lock() is None:
            return False
        self.lock_banner.show_lock(self.journal_actions.lock())
        self.locked_box = warn(self, APP_TITLE, safety_texts.LOCKED_MESSAGE)
        return True

    def locked_message(self) -> str | None:
        """The urgent message while the lock holds (for reminders), else None."""
        return safety_texts.LOCKED_MESSAGE if self.journal_actions.lock() is not None else None

    def show_reminder(self, text: str) -> None:
        """A reminder shown inside the window (where the desktop has no notifications)."""
        text = self.locked_message() or text
        self.reminder_banner.show_text(self.tr("Reminder"), text)

    def gentle_suggestion(self, routine: Routine) -> tuple[Routine, int] | None:
        """The gentle version of *routine* and the last pain, when that pain is high."""
        gentle = self.library.gentle_version(routine, self.preferences.gentle_version(routine.id))
        last = self.journal_actions.last_entry()
        if gentle is None or last is None or self.journal_actions.lock() is not None:
            return None
        pain = max(last.back_pain, last.leg_pain)
        return (gentle, pain) if pain >= self.preferences.get(GENTLE_THRESHOLD) else None

    def reload_routines(self, select: str = "") -> None:
        """Read the routine files again (after the editor saved one) and show them."""
        self.library = load_all(self.data_dir)
        self.library_page.set_library(self.library)
        if select:
            self.library_page.select(select)

    def open_shortcuts(self) -> ShortcutsDialog:
        from routine_app.ui.shortcuts_dialog import ShortcutsDialog

        self._player.page()  # the player's keys live on its page: built so they are listed
        dialog = ShortcutsDialog(self)
        dialog.open()
        self.shortcuts_dialog = dialog
        return dialog

    def open_settings(self) -> SettingsDialog:
        """Open Settings (non-blocking); a running routine pauses while it is open."""
        from routine_app.ui.settings_dialog import SettingsDialog

        if self._player.built:
            self.player_page.pause_if_running()
        dialog = SettingsDialog(
            self.preferences, self.journal_actions, self.data_dir, self.apply_preferences, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def apply_preferences(self, theme: bool = True) -> None:
        """Apply saved preferences now: theme (unless *theme* is False), volume, sound, voice."""
        app = QApplication.instance()
        if theme and isinstance(app, QApplication):
            apply_theme(app, self.preferences.get(THEME))
        self.cues.set_volume(self.preferences.get(VOLUME) / 100)
        if self._player.built:  # a player built later reads them as it is built
            self.player_page.apply_preferences()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._editor.built and self.editor_page.unsaved and not self._close_anyway:
            event.ignore()  # the editor asks Save / Discard / Cancel first
            self.editor_page.before_closing(self._close_after_question, self._close_cancelled)
            return
        self._close_anyway = False
        if self._player.built:
            self.player_page.stop_if_running()  # recorded as stopped, not left running
        save_window_state(self, self.preferences)
        super().closeEvent(event)

    def _close_after_question(self) -> None:
        self._close_anyway = True
        self.close()

    def _close_cancelled(self) -> None:
        """The window stays: show the editor's changes (or why they could not be saved)."""
        self.show_page("editor")
        if self.background is not None:
            self.background.cancel_quit()

    def report_dialog(self, first: date, last: date) -> QFileDialog:
        return choose_file(
            self,
            self.tr("Save report"),
            str(Path.home() / f"sciatica-report-{last}.pdf"),
            self.tr("PDF document (*.pdf)"),
            lambda paths, _f: paths and self.save_report(Path(paths[0]), first, last),
            save=True,
        )

    def save_report(self, path: Path, first: date, last: date) -> bool:
        from routine_app.core.figures import plural

        try:
            pages = self.printouts.report(
                self.journal_actions.journal, path, first, last, self.routine_title
            )
        except OSError as exc:
            warn(self, APP_TITLE, self.tr("Could not write the report: %1").replace("%1", str(exc)))
            return False
        self.statusBar().showMessage(
            self.tr("Report saved to %1 (%2).")
            .replace("%1", str(path))
            .replace("%2", plural(pages, "page")),
            8000,
        )
        return True

    def safety_card_dialog(self) -> QFileDialog:
        """Ask where to save the safety card (non-blocking); saving follows the choice."""
        dialog = QFileDialog(
            self,
            self.tr("Save the safety card"),
            str(Path.home() / "sciatica-safety-card.pdf"),
            self.tr("PDF document (*.pdf)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda chosen: self.save_safety_card(Path(chosen)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.card_dialog = dialog
        return dialog

    def save_safety_card(self, path: Path) -> bool:
        """Write the one-page safety card (A6) to *path*; say where, or why not."""
        try:
            self.printouts.safety_card(path)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            warn(
                self,
                APP_TITLE,
                self.tr("Could not write the safety card: %1").replace("%1", reason),
            )
            return False
        self.statusBar().showMessage(
            self.tr("Safety card saved to %1: print it and keep it with you.").replace(
                "%1", str(path)
            ),
            8000,
        )
        return True

    def routine_title(self, routine_id: str) -> str:
        routine = self.library.get(routine_id)
        return routine.title if routine else routine_id

    def show_error(self, message: str) -> None:
        warn(self, APP_TITLE, message)

    def open_log_dialog(self, existing: Entry | None = None) -> LogPainDialog:
        """Open the log form (non-blocking); saving writes one entry and closes it."""
        from routine_app.ui.journal.log_dialog import LogPainDialog

        previous = None if existing else self.journal_actions.last_entry()
        dialog = LogPainDialog(
            self,
            save=lambda e: self._save_entry(e, existing is not None),
            existing=existing,
            previous=previous,
            save_episode=self.journal_actions.set_episode_start,
            episode_began=self.episode_began(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def episode_began(self) -> date | None:
        episode = safety.current_episode(self.journal_actions.journal)
        return None if episode is None else episode.began_on

    def _save_entry(self, entry: Entry, editing: bool) -> bool:
        from routine_app.ui.journal.red_flag import show_red_flag_alert, show_warning_signs_note

        saved = (self.journal_actions.edit if editing else self.journal_actions.add)(entry)
        if saved:
            self.statusBar().showMessage(self.tr("Saved."), 4000)
            if entry.red_flags:
                self.red_flag_alert = show_red_flag_alert(self, entry.red_flags)
            elif entry.warning_signs:
                self.warning_note = show_warning_signs_note(self, entry.warning_signs)
        return saved

    def _about(self) -> QMessageBox:
        """The About box, opened with open(): it never blocks the event loop."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About Sciatica Routines"),
            self.tr(
                "<h3>Sciatica Routines %1</h3><p>Guided self-massage and stretch routines "
                "with a private pain journal. Everything stays on this computer.</p>"
                "<p>This app offers self-care guidance. It is not a diagnosis or a "
                "treatment, and it cannot promise a cure. See a clinician if your pain "
                "gets worse, spreads down your leg, or does not improve.</p>"
            ).replace("%1", __version__),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.about_box = box
        return box
