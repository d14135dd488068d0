"""The stop rule, checked after each routine: one tap says where the pain moved.

Pain spreading further down the leg (peripheralisation) is the signal to stop a
movement; pain moving back towards the back (centralisation) is a good sign
(pubmed 21947819). The answer is stored with the session.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from routine_app.core.journal import PainMoved
from routine_app.ui.common.labels import scaled_label
from routine_app.ui.common.texts import arg
from routine_app.ui.common.theme import set_tone
from routine_app.ui.common.toggle_button import ToggleButton


class PainMovedQuestion(QWidget):
    """Signals: ``answered(str)`` with a PainMoved value, each time the answer changes."""

    answered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = scaled_label(self, 1.1, True)
        self.question.setText(
            self.tr(
                "Since you started, did your pain move further down the leg, back towards "
                "the back, or neither?"
            )
        )
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[PainMoved, QPushButton] = {}
        row = QHBoxLayout()
        for choice in PainMoved:
            # Worded in core.journal; filled, bold and wide enough for it while chosen.
            button = ToggleButton(choice.label, self)
            button.setMinimumHeight(48)
            button.setAccessibleName(arg(self.tr("Pain moved: %1"), choice.label))
            # Toggled, not clicked: assistive tools check a button without clicking it.
            button.toggled.connect(lambda on, c=choice: self.answered.emit(c.value) if on else None)
            self.group.addButton(button)
            self.buttons[choice] = button
            row.addWidget(button)
        self.advice = scaled_label(self, 1.0, True)
        self.advice.setObjectName("stopRuleAdvice")
        set_tone(self.advice, "caution")
        self.advice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.advice)

    def reset(self) -> None:
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)
        self.show_advice("")

    def show_advice(self, text: str) -> None:
        self.advice.setText(f"⚠ {text}" if text else "")
        self.advice.setVisible(bool(text))

    def choose(self, choice: PainMoved) -> None:
        """Tap an answer (for keyboard users and tests)."""
        self.buttons[choice].click()


__all__ = ["PainMovedQuestion"]
