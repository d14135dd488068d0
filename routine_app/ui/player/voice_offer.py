"""The one-time question about spoken steps, inline on the player's ready panel.

Voice is on by default where a speech engine works. The first time a routine is
ready, a bar says so and asks once whether to keep it; the answer is remembered and
the bar never shows again (the Voice button and Settings still change it). It is a
bar, not a dialog, so it never takes the keyboard from the player.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from routine_app.core.settings import VOICE_ASKED
from routine_app.ui.common.preferences import Preferences


class VoiceOffer(QFrame):
    """Signals: ``answered(bool)``: True keeps voice on, False turns it off."""

    answered = Signal(bool)

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.setObjectName("voiceOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#voiceOffer { border: 2px solid palette(highlight); border-radius: 6px; }"
        )
        text = QLabel(
            self.tr(
                "Steps are read aloud: the step, the side, and “rest”, so you can follow "
                "from the floor. Keep the voice on?"
            ),
            self,
        )
        text.setWordWrap(True)
        self.keep = QPushButton(self.tr("Keep voice on"), self)
        self.off = QPushButton(self.tr("Turn voice off"), self)
        self.keep.clicked.connect(lambda: self._answer(True))
        self.off.clicked.connect(lambda: self._answer(False))
        layout = QHBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(self.keep)
        layout.addWidget(self.off)
        self.hide()

    def asked(self) -> bool:
        return self.preferences.get(VOICE_ASKED)

    def offer(self, voice_on: bool) -> None:
        """Show the question if voice is on and it was never answered."""
        self.setVisible(voice_on and not self.asked())

    def _answer(self, keep: bool) -> None:
        self.preferences.set(VOICE_ASKED, True)
        self.hide()
        self.answered.emit(keep)
