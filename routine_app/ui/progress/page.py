"""The progress page: is my pain going down, am I doing the routines, which one helps?

The charts (:mod:`routine_app.ui.progress.charts`) are built the first time the page is shown,
so they cost nothing at startup.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from routine_app.core.figures import trend_rule, verdicts_note
from routine_app.i18n import format_decimal
from routine_app.store.changes import Changes
from routine_app.store.files import private_output
from routine_app.store.journal import Journal
from routine_app.store.progress import Progress, Range, collect, period
from routine_app.ui.common.flow_layout import FlowLayout
from routine_app.ui.common.labels import page_title
from routine_app.ui.common.messages import choose_file, warn
from routine_app.ui.common.preferences import Preferences
from routine_app.ui.common.safety_summary import SafetySummary
from routine_app.ui.common.toggle_button import ToggleButton
from routine_app.ui.journal.actions import JournalActions
from routine_app.ui.progress.weekly_check import WeeklyCheckBanner, WeeklyCheckDialog


def chart_names() -> dict[str, str]:
    """Names a screen reader gives the charts (each also has its figures in text on the page)."""
    return {
        "pain": QCoreApplication.translate("ProgressPage", "Chart: back and leg pain over time"),
        "reach": QCoreApplication.translate(
            "ProgressPage", "Chart: how far down the leg the pain reached"
        ),
        "weeks": QCoreApplication.translate("ProgressPage", "Chart: routines done per week"),
        "calendar": QCoreApplication.translate("ProgressPage", "Calendar: days with a routine"),
    }


def _fmt(value: float | None) -> str:
    return (
        QCoreApplication.translate("ProgressPage", "n/a")
        if value is None
        else format_decimal(value)
    )


def summary_html(progress: Progress) -> str:
    """The plain-words answer at the top of the page, from the shared figures."""
    figures = progress.figures
    parts = []
    for trend in (figures.back, figures.leg):
        label, _, rest = trend.text.partition(": ")
        parts.append(f"<b>{html.escape(label)}</b>: {html.escape(rest)}")
    routines = QCoreApplication.translate("ProgressPage", "Routines")
    parts.append(f"<b>{html.escape(routines)}</b>: {html.escape(figures.adherence_text)}")
    parts.append(f"<small>{html.escape(figures.covered_text)} {html.escape(trend_rule())}</small>")
    return "<br>".join(parts)


class ProgressPage(QWidget):
    """Signals: ``report_requested(date, date)`` with the shown period."""

    report_requested = Signal(object, object)

    def __init__(
        self,
        actions: JournalActions,
        routine_title: Callable[[str], str],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal_actions = actions
        self._routine_title = routine_title
        self._today = today
        self.range = Range.THREE_MONTHS
        self.progress: Progress | None = None
        self.charts: dict[str, Any] = {}
        self._dirty = True
        title = page_title(self, self.tr("Progress"))
        self.range_group = QButtonGroup(self)
        header = FlowLayout()  # wraps on a narrow window
        header.addWidget(title)
        header.addStretch(1)
        for span in Range:
            button = ToggleButton(span.label, self)  # filled while chosen
            button.setProperty("range", span.value)
            button.setToolTip(self.tr("Show %1").replace("%1", span.label))
            self.range_group.addButton(button)
            header.addWidget(button)
        self.range_group.buttonClicked.connect(
            lambda b: self.set_range(Range(str(b.property("range"))))
        )
        self.report_button = QPushButton(self.tr("Create report…"), self)
        self.report_button.setToolTip(self.tr("A one- or two-page PDF for your clinician"))
        self.report_button.clicked.connect(
            lambda: (
                self.progress
                and self.report_requested.emit(self.progress.first, self.progress.last)
            )
        )
        header.addWidget(self.report_button)
        self.check_button = QPushButton(self.tr("Weekly check…"), self)
        self.check_button.setToolTip(
            self.tr("Seven quick questions about the past week (SBI and PEG), for your report")
        )
        self.check_button.clicked.connect(self.open_weekly_check)
        header.insertWidget(header.count() - 1, self.check_button)
        self.weekly_banner = WeeklyCheckBanner(lambda: self.journal, preferences, today, self)
        self.weekly_banner.answer_requested.connect(self.open_weekly_check)
        self.weekly_dialog: WeeklyCheckDialog | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.safety_summary = SafetySummary(routine_title, self)
        self.empty = QLabel(
            self.tr(
                "<h3>Nothing to show yet</h3><p>Your progress appears here as you use the app:</p>"
                "<ol><li>Log how your back and leg feel with <b>Ctrl+L</b>, once or twice a "
                "day.</li><li>Do a routine from the Routines page, and rate your pain before and "
                "after it.</li></ol><p>After a few days you will see your pain over time; after "
                "a few rated sessions, which routine helps you.</p>"
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Charts and tables"))
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.help_table = QTableWidget(0, 6, self.body)  # in the body: no stray header
        self.help_table.setHorizontalHeaderLabels(
            [
                self.tr("Routine"),
                self.tr("Rated"),
                self.tr("Before"),
                self.tr("After"),
                self.tr("Median change"),
                self.tr("What it shows"),
            ]
        )
        self.help_table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.help_table.verticalHeader().hide()
        self.help_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.help_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.help_table.setAccessibleName(self.tr("Does it help: pain before and after"))
        # The last column wraps: when its width changes, so do the rows' heights.
        self.help_table.horizontalHeader().sectionResized.connect(self._column_resized)
        self.help_note = QLabel(self.body)
        self.help_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.weekly_banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.safety_summary)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.chart_area = scroll
        actions.changed.connect(self._journal_changed)
        self._check_range_button()

    @property
    def journal(self) -> Journal:
        return self.journal_actions.journal

    def _check_range_button(self) -> None:
        for button in self.range_group.buttons():
            button.setChecked(button.property("range") == self.range.value)

    def set_range(self, span: Range) -> None:
        """Show *span*; the numbers are computed now if the page is visible, else when shown."""
        self.range = span
        self._check_range_button()
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def _journal_changed(self, changes: Changes) -> None:
        if not changes:  # the page shows every kind of record, so any change counts
            return
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _build_charts(self) -> None:
        from routine_app.ui.progress import charts  # loaded on first use, not at start

        self.charts = {
            "pain": charts.PainChart(self.journal.entries_on, self.body),
            "reach": charts.ReachChart(self.body),
            "weeks": charts.WeeklyChart(self.body),
            "calendar": charts.CalendarHeatmap(self.body),
        }
        for name, chart in self.charts.items():
            chart.setAccessibleName(chart_names().get(name, name))
            self.body_layout.addWidget(chart)
            save = QPushButton(self.tr("Save chart as PNG…"), self.body)
            save.clicked.connect(lambda _=False, n=name: self.save_dialog(n))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(save)
            self.body_layout.addLayout(row)
        heading = QLabel(
            self.tr("<h3>Does it help? Pain before and after each routine</h3>"), self.body
        )
        self.body_layout.addWidget(heading)
        self.body_layout.addWidget(self.help_note)
        self.body_layout.addWidget(self.help_table)
        self.body_layout.addStretch(1)  # spare height goes below, not between the parts

    def open_weekly_check(self) -> None:
        """Show the weekly check form (not modal: it never blocks the app)."""
        if self.weekly_dialog is None:
            self.weekly_dialog = WeeklyCheckDialog(
                self.journal_actions,
                lambda text: warn(self, self.tr("Weekly check"), text),
                self,
            )
            self.weekly_dialog.finished.connect(self._weekly_closed)
        self.weekly_dialog.show()
        self.weekly_dialog.raise_()

    def _weekly_closed(self) -> None:
        if self.weekly_dialog is not None:
            self.weekly_dialog.deleteLater()
            self.weekly_dialog = None

    def refresh(self) -> None:
        first, last = period(self.journal, self.range, self._today())
        self.progress = collect(self.journal, first, last, self._today())
        self.safety_summary.show_journal(self.journal, self._today())
        self._dirty = False
        empty = self.progress.empty
        self.weekly_banner.update_visibility(not empty)
        self.empty.setVisible(empty)
        self.chart_area.setVisible(not empty)
        self.summary.setVisible(not empty)
        self.report_button.setEnabled(True)
        if empty:
            return
        if not self.charts:
            self._build_charts()
        self.summary.setText(summary_html(self.progress))
        for chart in self.charts.values():
            chart.show_progress(self.progress)
        self._fill_help_table(self.progress)

    def _fill_help_table(self, progress: Progress) -> None:
        rows = progress.figures.routines
        self.help_table.setRowCount(len(rows))
        for row, stats in enumerate(rows):
            values = [
                self._routine_title(stats.routine_id),
                str(stats.rated),
                _fmt(stats.mean_before),
                _fmt(stats.mean_after),
                stats.median_text,
                stats.verdict_text,
            ]
            for column, value in enumerate(values):
                self.help_table.setItem(row, column, QTableWidgetItem(value))
        for column in range(5):
            self.help_table.resizeColumnToContents(column)
        self.help_table.setWordWrap(True)
        self._fit_help_table()
        self.help_note.setText(
            html.escape(
                verdicts_note()
                if rows
                else self.tr(
                    "No routine has been rated before and after yet. When you start a "
                    "routine, pick a number for your pain; rate it again when you finish."
                )
            )
        )

    def _column_resized(self, index: int, _old: int, _new: int) -> None:
        # Qt reports the new width before the header stores it: fit once it has.
        if index == self.help_table.columnCount() - 1:
            QTimer.singleShot(0, self._fit_help_table)

    def _fit_help_table(self) -> None:
        """Rows as tall as their wrapped text at the current width, and the table as tall
        as its rows, so the page scrolls rather than the table."""
        table = self.help_table
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(table.horizontalHeader().height() + 2 * table.frameWidth() + rows)

    def save_chart(self, name: str, path: Path) -> bool:
        chart = self.charts.get(name)
        if chart is None:
            return False
        try:
            with private_output(path) as temp:  # 0600, unique O_EXCL name, atomic rename
                if not chart.grab().save(str(temp), "PNG"):
                    raise OSError(f"could not write {path}")
        except OSError:
            return False
        return True

    def save_dialog(self, name: str) -> QFileDialog:
        def save(paths: list[str], _filter: str) -> None:
            if not self.save_chart(name, Path(paths[0])):
                message = self.tr("Could not save %1.").replace("%1", paths[0])
                warn(self, self.tr("Save chart"), message)

        return choose_file(
            self,
            self.tr("Save chart"),
            str(Path.home() / f"{name}-chart.png"),
            self.tr("PNG image (*.png)"),
            save,
            save=True,
        )
