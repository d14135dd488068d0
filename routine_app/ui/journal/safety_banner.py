"""Banners for the safety net at the top of the window.

``LockBanner``: while the emergency lock holds it stays visible (it has no close
button) and offers the one way to lift it: confirming that a doctor or nurse has
checked the person since. ``ReviewBanner``: from week 6 of an episode with leg
pain not clearly better, advises a clinician review, at most once a week.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from routine_app.core import safety
from routine_app.core.safety_records import Lock
from routine_app.core.settings import REVIEW_DISMISSED_ON
from routine_app.core.triage import sign
from routine_app.i18n import format_datetime
from routine_app.store.safety import EpisodeClock
from routine_app.ui.common.colours import for_palette
from routine_app.ui.common.flow_layout import FlowLayout
from routine_app.ui.common.messages import ask
from routine_app.ui.common.preferences import Preferences
from routine_app.ui.common.texts import arg, escape
from routine_app.ui.common.theme import set_tone

#: Below this width (logical pixels) the lock banner's buttons go under its line.
NARROW_BANNER = 900
REVIEW_EVERY_DAYS = 7


class LockBanner(QFrame):
    """Signals: ``confirmed(str note)`` when the person says they have been checked.

    Compact, so a small screen keeps room for the page: one bold line in the danger
    colour says routines are paused and what to do now; "Details" opens the warning sign
    and the whole message. It has no close button while the lock holds.
    """

    confirmed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockBanner")
        set_tone(self, "danger-box")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel(self)  # the details: the sign and the whole message
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.hide()
        self.details_button = QToolButton(self)
        self.details_button.setCheckable(True)
        self.details_button.setMinimumHeight(44)
        self.details_button.toggled.connect(self._show_details)
        self._show_details(False)
        self.confirm_button = QPushButton(self.tr("A doctor or nurse has checked me…"), self)
        self.confirm_button.setMinimumHeight(44)
        self.confirm_button.clicked.connect(self.ask)
        buttons = FlowLayout()  # beside the line when there is room, else under it
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.confirm_button)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addLayout(buttons)
        self._top = top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(top)
        layout.addWidget(self.text)
        self.lock: Lock | None = None
        self.question: QMessageBox | None = None
        self.hide()

    def _show_details(self, shown: bool) -> None:
        self.text.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Details"))
        self.details_button.setAccessibleDescription(
            self.tr("The warning sign you reported, and how to lift the pause")
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow: the buttons go under the line, so the line keeps its width."""
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_BANNER
        self._top.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )

    def show_lock(self, lock: Lock | None) -> None:
        self.lock = lock
        if lock is None:
            self.hide()
            return
        signs = "; ".join(sign(f.value).text for f in sorted(lock.entry.red_flags))
        heading = escape(self.tr("Routines are paused"))
        since = escape(
            arg(
                self.tr("since %1. If you have not been seen yet, seek emergency care now."),
                format_datetime(lock.since),
            )
        )
        danger = for_palette(self.palette()).danger
        self.summary.setText(f"<b style='color:{danger}'>⚠ {heading}</b> <b>{since}</b>")
        reported = escape(arg(self.tr("You reported: %1"), signs))
        message = escape(safety.LOCKED_MESSAGE, quote=False)
        self.text.setText(f"{reported}<br>{message}")
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: the heading's colour again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "lock", None):
            self.show_lock(self.lock)

    def ask(self) -> QMessageBox | None:
        """One question, answered Yes only by someone who has been checked."""
        if self.lock is None:
            return None
        box = ask(
            self,
            self.tr("Has a doctor or nurse checked you?"),
            self.tr(
                "Has a doctor or nurse checked you since %1, when you reported an emergency "
                "sign? Answer Yes only if they have; the app records it with today's time "
                "and the routines become available again."
            ).replace("%1", format_datetime(self.lock.since)),
            lambda yes: self.confirmed.emit("") if yes else None,
        )
        self.question = box
        return box


class ReviewBanner(QFrame):
    """Advises a clinician review; dismissing it hides it for a week (the settings)."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.setObjectName("reviewBanner")
        set_tone(self, "notice")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.dismiss_button = QPushButton(self.tr("Dismiss for a week"), self)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss_button)
        self.today = date.today()
        self.hide()

    def _dismissed_recently(self, today: date) -> bool:
        last = self.preferences.get(REVIEW_DISMISSED_ON)
        return last is not None and today - last < timedelta(days=REVIEW_EVERY_DAYS)

    def show_clock(self, clock: EpisodeClock | None, today: date) -> None:
        self.today = today
        if clock is None or not clock.review_advised or self._dismissed_recently(today):
            self.hide()
            return
        self.text.setText(arg(safety.EPISODE_REVIEW, clock.week - 1))
        self.show()

    def dismiss(self) -> None:
        self.preferences.set(REVIEW_DISMISSED_ON, self.today)
        self.hide()
