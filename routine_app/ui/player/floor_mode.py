"""Floor mode: the running routine alone, full screen, readable from a mat 2-3 m away.

No menus, page list or status bar: the step name and side, a countdown at least a
quarter of the screen's height, and one line saying whether the routine is paused,
white on black whatever the theme. Esc or F11 leaves; Space, Left and Right still
work. The view only shows what the RoutinePlayer's signals say.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from routine_app.core.durations import format_clock
from routine_app.core.segments import SegmentKind
from routine_app.engine.player import RoutinePlayer, State

#: The countdown's glyph height as a share of the window's height.
COUNTDOWN_SHARE = 0.34


class FloorView(QWidget):
    """A window of its own showing *player*'s step. Signals: ``closed()`` when left."""

    closed = Signal()

    def __init__(self, player: RoutinePlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.player = player
        self.setWindowTitle(self.tr("Floor mode"))
        self.setAccessibleName(self.tr("Floor mode"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Window, QColor(Qt.GlobalColor.black))
            palette.setColor(group, QPalette.ColorRole.WindowText, QColor(Qt.GlobalColor.white))
        self.setPalette(palette)
        # The theme's style sheet colours labels with the app palette, which wins over
        # this window's palette in the light theme (dark text on black): say it here.
        self.setObjectName("floorView")
        self.setStyleSheet(
            "#floorView { background: black; }"
            " #floorView QLabel { color: white; background: black; }"
        )
        self.side = self._label("floorSide")
        self.name = self._label("floorName")
        self.countdown = self._label("floorCountdown")
        self.countdown.setAccessibleName(self.tr("Time left in this step"))
        self.state = self._label("floorState")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addStretch(1)
        for label in (self.side, self.name, self.countdown, self.state):
            layout.addWidget(label)
        layout.addStretch(1)
        for key, slot in (
            ("Escape", self.leave),
            ("F11", self.leave),
            ("Space", player.toggle_pause),
            ("Right", player.next),
            ("N", player.next),
            ("Left", player.previous),
            ("P", player.previous),
        ):
            QShortcut(QKeySequence(key), self, slot)
        player.segment_started.connect(self._show_segment)
        player.remaining_changed.connect(self._show_remaining)
        player.state_changed.connect(self._show_state)
        player.finished.connect(self.leave)
        player.stopped.connect(self.leave)
        self._size = QSize(800, 600)
        if player.state in (State.RUNNING, State.PAUSED):
            self._show_segment(player.index)
            self._show_remaining(round(player.remaining_in_segment()))
        self._show_state(player.state.value)
        self._fit(self._size)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(name != "floorCountdown")
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def open(self) -> None:
        self.showFullScreen()
        self.activateWindow()

    def leave(self) -> None:
        if self.isVisible():
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size())

    def _fit(self, size: QSize) -> None:
        """Sizes from the window's height: the countdown's digits fill about a third."""
        height = max(size.height(), 200)
        for label, share, bold in (
            (self.side, 0.08, True),
            (self.name, 0.09, True),
            (self.state, 0.05, False),
        ):
            font = QFont(self.font())
            font.setPixelSize(max(16, int(height * share)))
            font.setBold(bold)
            label.setFont(font)
        self._size = QSize(size.width(), height)
        self._fit_countdown()

    def _fit_countdown(self) -> None:
        """Digits about a third of the height, narrowed only if the time would not fit."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(100)
        metrics = QFontMetrics(font)
        ink = metrics.tightBoundingRect("0123456789").height()
        by_height = 100 * self._size.height() * COUNTDOWN_SHARE / ink
        text = self.countdown.text() or "0:00"
        by_width = 100 * (self._size.width() - 64) / max(1, metrics.horizontalAdvance(text))
        font.setPixelSize(max(12, int(min(by_height, by_width))))
        self.countdown.setFont(font)

    def countdown_height(self) -> int:
        """Height in pixels of the countdown's digits as drawn (their ink, not the line)."""
        return self.countdown.fontMetrics().tightBoundingRect("0123456789").height()

    def _show_segment(self, index: int) -> None:
        segment = self.player.segments[index]
        self.name.setText(segment.name)
        if segment.kind is SegmentKind.REST:
            side = self.tr("Rest")
        else:
            side = segment.side.label if segment.side else ""
        self.side.setText(side)
        self.side.setVisible(bool(side))

    def _show_remaining(self, seconds: int) -> None:
        text = format_clock(seconds)
        if len(text) != len(self.countdown.text()):  # 10:00 -> 9:59 may change the size
            self.countdown.setText(text)
            self._fit_countdown()
        self.countdown.setText(text)

    def _show_state(self, state: str) -> None:
        paused = state == State.PAUSED.value
        self.state.setText(
            self.tr("Paused: press Space to go on") if paused else self.tr("Esc leaves floor mode")
        )
