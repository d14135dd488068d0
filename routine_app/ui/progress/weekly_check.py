"""The weekly check: a one-minute, optional form (Sciatica Bothersomeness Index and PEG,
see :mod:`routine_app.core.weekly_check`), and the banner that offers it once a week.

The banner never blocks: "Answer (1 minute)…" opens the form, "Not this week" puts it
off for seven days (remembered in the settings), and the form's own "Not now" closes
without saving. A saved check goes to the journal in one transaction, through the journal's one door
(:mod:`routine_app.ui.journal.actions`); a known storage error is shown and nothing
changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from routine_app.core.journal import JournalValueError, new_id, now
from routine_app.core.settings import WEEKLY_CHECK_PUT_OFF_ON
from routine_app.core.weekly_check import (
    PEG_ITEMS,
    SBI_ITEMS,
    Item,
    WeeklyCheck,
    is_due,
)
from routine_app.store import weekly_checks
from routine_app.store.journal import Journal, JournalError
from routine_app.ui.common.adaptive import fit_dialog
from routine_app.ui.common.pain_scale import ScaleButton
from routine_app.ui.common.preferences import Preferences
from routine_app.ui.journal.actions import JournalActions


class ScoreRow(QWidget):
    """One question: a row of radio buttons 0..top drawn as buttons (a one-of-many
    choice for a screen reader); clicking the checked one clears it."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for value in range(item.top + 1):
            button = ScaleButton(str(value), self)
            button.setFixedWidth(max(30, button.fontMetrics().horizontalAdvance("10") + 16))
            button.setAccessibleName(f"{item.question}: {value}")
            self.group.addButton(button, value)
            layout.addWidget(button)
        # Toggled, not clicked: assistive tools check a button without clicking it.
        self.group.idToggled.connect(lambda value, on: self._only(value) if on else None)

    def _only(self, value: int) -> None:
        for button in self.group.buttons():
            if self.group.id(button) != value:
                button.setChecked(False)

    @property
    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int | None) -> None:
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == value)


class WeeklyCheckDialog(QDialog):
    """The form. ``saved(WeeklyCheck)`` after a check is stored."""

    saved = Signal(object)

    def __init__(
        self,
        actions: JournalActions,
        warn: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal_actions = actions
        self._warn = warn
        self.setWindowTitle(self.tr("Weekly check"))
        intro = QLabel(
            self.tr(
                "<b>About a minute, and optional.</b> Think of the <b>past 7 days</b>. "
                "Skip any question you like. Your clinician may know these two short "
                "questionnaires: they show change that pain scores alone miss."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.rows: list[ScoreRow] = []
        for heading, items in (
            (self.tr("How bothersome was each of these? (0 to 6)"), SBI_ITEMS),
            (self.tr("Your pain and what it got in the way of (0 to 10)"), PEG_ITEMS),
        ):
            layout.addWidget(QLabel(f"<h3>{heading}</h3>", self))
            grid = QGridLayout()
            for index, item in enumerate(items):
                label = QLabel(item.question, self)
                row = ScoreRow(item, self)
                label.setBuddy(row.group.buttons()[0])
                low = QLabel(item.low, self)
                low.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                high = QLabel(item.high, self)
                for text in (label, low, high):  # narrow screens: wrap, never widen
                    text.setWordWrap(True)
                # The question above its scale, so the dialog fits an 800-pixel screen.
                grid.addWidget(label, 2 * index, 0, 1, 4)
                grid.addWidget(low, 2 * index + 1, 1)
                grid.addWidget(row, 2 * index + 1, 2)
                grid.addWidget(high, 2 * index + 1, 3)
                self.rows.append(row)
            grid.setColumnStretch(4, 1)
            layout.addLayout(grid)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = self.buttons.addButton(
            self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_dialog(self)  # scrolls on a small screen

    def check(self) -> WeeklyCheck:
        values = [row.value for row in self.rows]
        return WeeklyCheck(
            new_id(),
            now(),
            (values[0], values[1], values[2], values[3]),
            (values[4], values[5], values[6]),
        )

    def save(self) -> None:
        check = self.check()
        if check.empty:
            self.status.setText(self.tr("Answer at least one question, or choose “Not now”."))
            return
        try:
            stored = self.journal_actions.add_weekly_check(check)
        except (JournalError, JournalValueError) as exc:
            self._warn(str(exc))
            return
        self.saved.emit(stored)
        self.accept()


class WeeklyCheckBanner(QFrame):
    """ "Your weekly check is due" with Answer / Not this week; hidden when not due.

    Signals: ``answer_requested()``."""

    answer_requested = Signal()

    def __init__(
        self,
        journal: Callable[[], Journal],
        preferences: Preferences | None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._preferences = preferences
        self._today = today
        self.setObjectName("weeklyCheckBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(
            self.tr(
                "<b>Weekly check</b>: seven quick questions about the past week (about a "
                "minute). They help you and your clinician see change beyond pain scores."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.answer_button = QPushButton(self.tr("Answer (1 minute)…"), self)
        self.later_button = QPushButton(self.tr("Not this week"), self)
        self.later_button.setToolTip(self.tr("Ask again in 7 days"))
        layout = QHBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(self.answer_button)
        layout.addWidget(self.later_button)
        self.answer_button.clicked.connect(self.answer_requested)
        self.later_button.clicked.connect(self.put_off)

    def _put_off_on(self) -> date | None:
        if self._preferences is None:
            return None
        return self._preferences.get(WEEKLY_CHECK_PUT_OFF_ON)

    def due(self) -> bool:
        latest = weekly_checks.latest_day(self._journal())
        return is_due(latest, self._put_off_on(), self._today())

    def update_visibility(self, has_data: bool = True) -> None:
        """Show the banner when the check is due (and the journal has something in it:
        on the very first day, the page's own hint comes first)."""
        self.setVisible(has_data and self.due())

    def put_off(self) -> None:
        if self._preferences is not None:
            self._preferences.set(WEEKLY_CHECK_PUT_OFF_ON, self._today())
        self.update_visibility()
