"""The journal page: entries and routine sessions newest first, grouped by day."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from routine_app.core import insights
from routine_app.core.journal import Entry, Session
from routine_app.store.changes import Changes
from routine_app.store.exchange import Exported, ImportFileError, export_text
from routine_app.store.files import write_private
from routine_app.store.journal import JournalError
from routine_app.store.progress import Range, figures_for, period
from routine_app.ui.common.delegates import TwoLineDelegate
from routine_app.ui.common.flow_layout import FlowLayout
from routine_app.ui.common.labels import page_title
from routine_app.ui.common.messages import choose_file, warn
from routine_app.ui.common.safety_summary import SafetySummary
from routine_app.ui.common.theme import set_tone
from routine_app.ui.journal.actions import JournalActions
from routine_app.ui.journal.timeline_model import ITEM_ROLE, TimelineModel

INSIGHTS_RANGE = Range.THREE_MONTHS


class JournalPage(QWidget):
    """Signals: ``log_requested()``, ``edit_requested(Entry)`` (the window opens the form),
    ``safety_card_requested()``."""

    log_requested = Signal()
    edit_requested = Signal(object)
    safety_card_requested = Signal()

    def __init__(
        self,
        actions: JournalActions,
        model: TimelineModel,
        parent: QWidget | None = None,
        routine_title: Callable[[str], str] = str,
    ) -> None:
        super().__init__(parent)
        self.journal_actions = actions
        self.model = model
        #: names a routine by its id in the insights
        self.routine_title = routine_title
        title = page_title(self, self.tr("Pain journal"))
        self.log_button = QPushButton(self.tr("Log pain…"), self)
        self.log_button.setToolTip(self.tr("Log how your back and leg feel now (Ctrl+L)"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected entry (Enter)"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected item (Delete); you can undo"))
        self.undo_button = QPushButton(self.tr("Undo delete"), self)
        self.undo_button.setToolTip(self.tr("Put back what you deleted (Ctrl+Z)"))
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Save the journal as JSON or CSV"))
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("Merge a JSON export into this journal"))
        self.card_button = QPushButton(self.tr("Safety card…"), self)
        self.card_button.setToolTip(
            self.tr("A one-page card with the emergency signs, to print and keep with you")
        )
        self.card_button.clicked.connect(self.safety_card_requested)
        self.insights = QLabel(self)
        self.insights.setObjectName("insights")
        set_tone(self.insights, "caution")
        self.insights.setWordWrap(True)
        self.safety_summary = SafetySummary(model.routine_title, self)
        self.status = QLabel(self)
        self.empty = QLabel(
            self.tr(
                "<h3>Nothing logged yet</h3><p>Press <b>Ctrl+L</b> (or “Log pain…”) to record how "
                "your back and leg feel. It takes a few seconds. Log once or twice a day, and "
                "after routines, so the progress page can show whether things are improving.</p>"
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.list = QListView(self)
        self.list.setModel(model)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setUniformItemSizes(False)
        self.list.setAccessibleName(self.tr("Journal entries and sessions"))
        self.list.activated.connect(self._activated)
        self._build_layout(title)
        self._connect()
        self.refresh()

    def _build_layout(self, title: QLabel) -> None:
        buttons = FlowLayout()  # wraps on a narrow window
        buttons.addWidget(title)
        buttons.addStretch(1)
        for button in (
            self.log_button,
            self.edit_button,
            self.delete_button,
            self.undo_button,
            self.export_button,
            self.import_button,
            self.card_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.insights)
        layout.addWidget(self.safety_summary)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.log_button.clicked.connect(self.log_requested)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo)
        self.export_button.clicked.connect(self.export_dialog)
        self.import_button.clicked.connect(self.import_dialog)
        self.journal_actions.changed.connect(self._journal_changed)
        self.journal_actions.undo_available.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(self.journal_actions.can_undo())
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        for keys, slot, what in (
            (
                QKeySequence.StandardKey.Delete,
                self.delete_selected,
                self.tr("Journal: delete the item"),
            ),
            (
                QKeySequence.StandardKey.Undo,
                self.undo,
                self.tr("Journal: put back what you deleted"),
            ),
        ):
            action = QAction(what, self)  # the text is listed in Help
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # --- state ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()
        has_items = self.model.rowCount() > 0
        self.empty.setVisible(not has_items)
        self.list.setVisible(has_items)
        self._update_buttons()
        self._update_insights()
        self.safety_summary.show_journal(self.journal_actions.journal, date.today())

    def _journal_changed(self, changes: Changes) -> None:
        # The timeline (entries, sessions), the insights and the episode week.
        if changes.entries or changes.sessions or changes.safety_records:
            self.refresh()

    def _update_insights(self) -> None:
        journal = self.journal_actions.journal
        # The same figures as the progress page's default range (core.figures rules).
        first, last = period(journal, INSIGHTS_RANGE, date.today())
        found = insights.warnings(figures_for(journal, first, last), self.routine_title)
        self.insights.setVisible(bool(found))
        if found:
            self.insights.setText("<br>".join(f"⚠ {html.escape(w)}" for w in found))

    def selected(self) -> Entry | Session | None:
        index = self.list.currentIndex()
        item = index.data(ITEM_ROLE) if index.isValid() else None
        return item if isinstance(item, Entry | Session) else None

    def _update_buttons(self) -> None:
        item = self.selected()
        self.edit_button.setEnabled(isinstance(item, Entry))
        self.delete_button.setEnabled(item is not None)

    # --- actions --------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if isinstance(item, Entry):
            self.edit_requested.emit(item)

    def edit_selected(self) -> None:
        item = self.selected()
        if isinstance(item, Entry):
            self.edit_requested.emit(item)

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        row = self.list.currentIndex().row()
        if self.journal_actions.delete(item):
            self.status.setText(
                self.tr("Entry deleted. Press Ctrl+Z or “Undo delete” to put it back.")
                if isinstance(item, Entry)
                else self.tr("Session deleted. Press Ctrl+Z or “Undo delete” to put it back.")
            )
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))

    def undo(self) -> None:
        if self.journal_actions.undo_delete() is not None:
            self.status.setText(self.tr("Put back."))

    def export_dialog(self) -> QFileDialog:
        def export(paths: list[str], chosen: str) -> None:
            path = paths[0]
            kind = "csv" if path.lower().endswith(".csv") or "CSV" in chosen else "json"
            self.export_to(Path(path), kind)

        return choose_file(
            self,
            self.tr("Export journal"),
            str(Path.home() / "pain-journal.json"),
            self.tr("JSON, complete (*.json);;CSV for spreadsheets (*.csv)"),
            export,
            save=True,
        )

    def export_to(self, path: Path, kind: str) -> bool:
        done = Exported()
        try:
            text = export_text(self.journal_actions.journal, kind, done)
            write_private(path, text.encode("utf-8"))
        except OSError as exc:
            warn(
                self,
                self.tr("Export failed"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return False
        self.status.setText(done.summary(str(path)))
        return True

    def import_dialog(self) -> QFileDialog:
        return choose_file(
            self,
            self.tr("Import journal"),
            str(Path.home()),
            self.tr("Journal export (*.json)"),
            lambda paths, _f: self.import_from(Path(paths[0])),
        )

    def import_from(self, path: Path) -> bool:
        try:
            result, undo_dropped = self.journal_actions.import_json(path.read_bytes())
        except (OSError, ImportFileError, JournalError, ValueError) as exc:
            warn(
                self,
                self.tr("Import failed"),
                self.tr("%1 was not imported: %2. Your journal is unchanged.")
                .replace("%1", path.name)
                .replace("%2", str(exc)),
            )
            return False
        text = result.summary()
        if undo_dropped:
            text += " " + self.tr(
                "What you deleted before the import can no longer be put back with Undo."
            )
        self.status.setText(text)
        return True
