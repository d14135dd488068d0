"""The "Log pain" form: two pain ratings and a few taps, in under ten seconds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from routine_app.core.journal import (
    MAX_MEDICATION,
    Entry,
    JournalValueError,
    LegSide,
    Reach,
    RedFlag,
    contradiction,
    new_id,
    now,
    validate_new_entry,
    with_leg_side_flag,
)
from routine_app.core.triage import Level, signs_at
from routine_app.ui.common.flow_layout import FlowLayout
from routine_app.ui.common.pain_scale import PainScale
from routine_app.ui.common.theme import set_tone
from routine_app.ui.journal.episode_field import EpisodeField
from routine_app.ui.journal.wrap_check import wrapping_check

WARNING_SIGNS = signs_at(Level.SEE_SOON, reportable=True)

MIN_WIDTH = 760


def _choice_row(
    parent: QWidget, options: list[tuple[str, str]], name: str
) -> tuple[QButtonGroup, FlowLayout]:
    """Radio buttons in a row that wraps when the dialog is narrow (German names of the
    five pain extents are too long for one line at 800 pixels)."""
    group = QButtonGroup(parent)
    row = FlowLayout()
    for value, label in options:
        button = QRadioButton(label, parent)
        button.setProperty("value", value)
        button.setAccessibleName(f"{name}: {label}")
        group.addButton(button)
        row.addWidget(button)
    row.addStretch(1)
    return group, row


def _checked_value(group: QButtonGroup) -> str | None:
    button = group.checkedButton()
    return None if button is None else str(button.property("value"))


def _check_value(group: QButtonGroup, value: str) -> None:
    for button in group.buttons():
        button.setChecked(button.property("value") == value)


class LogPainDialog(QDialog):
    """Collects one journal entry and hands it to *save*; closes only once it is saved,
    so nothing typed is lost when saving fails.

    With *existing*, the form edits that entry (same id); otherwise it starts at "now",
    with the leg and extent of *previous* (the last entry) pre-selected, since those
    change slowly; the two pain ratings are always chosen afresh.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        save: Callable[[Entry], bool],
        existing: Entry | None = None,
        previous: Entry | None = None,
        save_episode: Callable[[date], bool] | None = None,
        episode_began: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._save_episode = save_episode
        self._id = existing.id if existing else new_id()
        self.setWindowTitle(self.tr("Edit entry") if existing else self.tr("Log pain"))
        self.setModal(True)
        self.back = PainScale(self.tr("Back pain"), self)
        self.leg = PainScale(self.tr("Leg pain"), self)
        # Made (and so reached by Tab) in the order shown: the emergency question next.
        flag_rows = {flag: wrapping_check(flag.question, self) for flag in RedFlag}
        self.red_flags = {flag: box for flag, (box, _row) in flag_rows.items()}
        self._flag_rows = [row for _box, row in flag_rows.values()]
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        #: A Qt date-time pattern (German: dd.MM.yyyy HH:mm).
        self.when.setDisplayFormat(self.tr("yyyy-MM-dd HH:mm", "date and time field"))
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.when.setAccessibleName(self.tr("When"))
        self.side_group, side_row = _choice_row(
            self, [(s.value, s.label) for s in LegSide], self.tr("Which leg")
        )
        self.reach_group, reach_row = _choice_row(
            self, [(r.value, r.label) for r in Reach], self.tr("Pain reaches")
        )
        self.numbness = QCheckBox(self.tr("Numbness"), self)
        self.tingling = QCheckBox(self.tr("Tingling / pins and needles"), self)
        self.weakness = QCheckBox(self.tr("Weakness"), self)
        sign_rows = {s.id: wrapping_check(s.text, self) for s in WARNING_SIGNS}
        self.warning_signs = {sign_id: box for sign_id, (box, _row) in sign_rows.items()}
        self._sign_rows = [row for _box, row in sign_rows.values()]
        self.episode = EpisodeField(self)
        self.episode_known, self.episode_began = self.episode.known, self.episode.began
        self.episode.set_date(episode_began)
        self._episode_was = episode_began
        self.medication = QLineEdit(self)
        self.medication.setMaxLength(MAX_MEDICATION)
        self.medication.setPlaceholderText(self.tr("e.g. ibuprofen 400 mg at 8:00 (optional)"))
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("What made it better or worse? (optional)"))
        self.notes.setFixedHeight(70)
        self.notes.setTabChangesFocus(True)
        self.hint = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout(side_row, reach_row)
        self._kept_time: tuple[int, datetime] | None = None
        self._fill(existing, previous)
        self.side_group.buttonToggled.connect(self._side_changed)
        self.red_flags[RedFlag.BOTH_LEGS].toggled.connect(self._both_legs_ticked)
        self.leg.value_changed.connect(self._leg_changed)
        for scale in (self.back, self.leg):
            scale.value_changed.connect(self._update_state)
        for group in (self.side_group, self.reach_group):
            group.buttonToggled.connect(self._update_state)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._save_if_ready)
        self._update_state()
        self._fit_to_screen()
        self.back.setFocus()

    def _layout(self, side_row: FlowLayout, reach_row: FlowLayout) -> None:
        symptoms = FlowLayout()
        for box in (self.numbness, self.tingling, self.weakness):
            symptoms.addWidget(box)
        symptoms.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Which leg"), side_row)
        form.addRow(self.tr("Pain reaches"), reach_row)
        reach_hint = QLabel(
            self.tr(
                "Pain moving up towards the back is a good sign; "
                "spreading towards the foot is a warning."
            ),
            self,
        )
        reach_hint.setWordWrap(True)
        form.addRow("", reach_hint)
        form.addRow(self.tr("Also"), symptoms)
        form.addRow(self.tr("Medication"), self.medication)
        form.addRow(self.tr("Notes"), self.notes)
        flags = QGroupBox(self.tr("⚠ Emergency symptoms"), self)
        flags.setObjectName("redFlags")
        set_tone(flags, "danger-box")
        flag_layout = QVBoxLayout(flags)
        flag_layout.setContentsMargins(12, 18, 12, 10)
        intro = QLabel(
            self.tr(
                "Since your last entry, have you noticed any of these? They are rare, but "
                "need emergency care, so the app asks every time."
            ),
            flags,
        )
        intro.setWordWrap(True)
        flag_layout.addWidget(intro)
        for row in self._flag_rows:
            flag_layout.addWidget(row)
        warnings = QGroupBox(self.tr("Any of these new since last time?"), self)
        warnings.setObjectName("warningSigns")
        warning_layout = QGridLayout(warnings)
        intro = QLabel(self.tr("Not an emergency, but worth getting checked soon."), warnings)
        warning_layout.addWidget(intro, 0, 0, 1, 2)
        for number, row in enumerate(self._sign_rows):
            warning_layout.addWidget(row, 1 + number // 2, number % 2)
        body = QWidget(self)
        content = QVBoxLayout(body)
        content.setContentsMargins(4, 4, 4, 4)  # room for the focus ring inside the scroll
        content.addWidget(self.back)
        content.addWidget(self.leg)
        # The emergency question comes right under the ratings, so it is seen on every
        # entry, also where the rest of the form has to scroll (800x600).
        content.addWidget(flags)
        content.addLayout(form)
        content.addWidget(warnings)
        content.addWidget(self.episode)
        # On a short screen the questions scroll; Save and the hint always stay in view.
        self.questions = QScrollArea(self)
        self.questions.setAccessibleName(self.tr("Questions"))
        self.questions.setWidget(body)
        self.questions.setWidgetResizable(True)
        self.questions.setFrameShape(QFrame.Shape.NoFrame)
        self.questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.questions, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(MIN_WIDTH)

    def _fit_to_screen(self) -> None:
        """As tall as the questions need (their wrapped text included), within the screen."""
        body = self.questions.widget()
        assert body is not None
        width = self.questions.viewport().width() or MIN_WIDTH
        needed = body.heightForWidth(width) if body.hasHeightForWidth() else -1
        needed = max(needed, body.sizeHint().height())
        screen = self.screen().availableGeometry().height() if self.screen() else 800
        extra = self.hint.sizeHint().height() + self.buttons.sizeHint().height() + 60
        self.resize(MIN_WIDTH, min(needed + extra, int(screen * 0.92)))

    def _fill(self, existing: Entry | None, previous: Entry | None) -> None:
        source = existing or previous
        moment = existing.recorded_at if existing else now()
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
        # An edit that leaves the time alone keeps it exactly, with its own UTC offset.
        shown = self.when.dateTime().toSecsSinceEpoch()
        self._kept_time = (shown, existing.recorded_at) if existing else None
        _check_value(self.side_group, (source.leg_side if source else LegSide.NONE).value)
        _check_value(self.reach_group, (source.reaches if source else Reach.BACK).value)
        if existing is None:
            return
        self.back.set_value(existing.back_pain)
        self.leg.set_value(existing.leg_pain)
        self.numbness.setChecked(existing.numbness)
        self.tingling.setChecked(existing.tingling)
        self.weakness.setChecked(existing.weakness)
        for flag, box in self.red_flags.items():
            box.setChecked(flag in existing.red_flags)
        for sign_id, box in self.warning_signs.items():
            box.setChecked(sign_id in existing.warning_signs)
        self.medication.setText(existing.medication)
        self.notes.setPlainText(existing.notes)

    def _missing(self) -> list[PainScale]:
        return [s for s in (self.back, self.leg) if s.value is None]

    def _update_state(self) -> None:
        missing = self._missing()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not missing)
        if len(missing) == 2:
            hint = self.tr("Choose a number for back pain and leg pain to save.")
        elif missing and missing[0] is self.back:
            hint = self.tr("Choose a number for back pain to save.")
        elif missing:
            hint = self.tr("Choose a number for leg pain to save.")
        else:
            problem = self._contradiction()
            save.setEnabled(problem is None)
            hint = self.tr("Ctrl+Enter saves.") if problem is None else problem
        self.hint.setText(hint)

    def _contradiction(self) -> str | None:
        """Why the chosen leg pain, leg and extent cannot all be true (core's wording)."""
        leg = self.leg.value
        if leg is None:
            return None
        side = LegSide(_checked_value(self.side_group) or LegSide.NONE.value)
        return contradiction(leg, side, Reach(_checked_value(self.reach_group) or Reach.BACK))

    def _leg_changed(self, value: int) -> None:
        """No leg pain: the leg and extent carried over from the last entry no longer
        hold, so they go back to no leg and the back (both legs stay: an emergency sign)."""
        if value != 0:
            return
        if _checked_value(self.side_group) in (LegSide.LEFT.value, LegSide.RIGHT.value):
            _check_value(self.side_group, LegSide.NONE.value)
        reach = Reach(_checked_value(self.reach_group) or Reach.BACK.value)
        if reach.level >= Reach.THIGH.level:
            _check_value(self.reach_group, Reach.BACK.value)

    def _save_if_ready(self) -> None:
        if not self._missing():
            self.accept()

    def accept(self) -> None:
        if self._missing():
            return
        try:
            entry = self.entry()
        except JournalValueError as exc:
            self.hint.setText(str(exc))
            return
        if self._save(entry):
            began = self.episode_date()
            changed = began != self._episode_was
            if began is not None and changed and self._save_episode is not None:
                self._save_episode(began)
            super().accept()

    def selected_time(self) -> datetime:
        seconds = self.when.dateTime().toSecsSinceEpoch()
        kept = self._kept_time
        if kept is not None and kept[0] == seconds:
            return kept[1]
        return datetime.fromtimestamp(seconds).astimezone()

    def entry(self) -> Entry:
        """The entry the form describes, validated; raises JournalValueError if incomplete."""
        return validate_new_entry(
            with_leg_side_flag(
                Entry(
                    id=self._id,
                    recorded_at=self.selected_time(),
                    back_pain=self.back.value,  # type: ignore[arg-type]  # checked by validate
                    leg_pain=self.leg.value,  # type: ignore[arg-type]
                    leg_side=LegSide(_checked_value(self.side_group) or LegSide.NONE.value),
                    reaches=Reach(_checked_value(self.reach_group) or Reach.BACK.value),
                    numbness=self.numbness.isChecked(),
                    tingling=self.tingling.isChecked(),
                    weakness=self.weakness.isChecked(),
                    red_flags=frozenset(f for f, box in self.red_flags.items() if box.isChecked()),
                    medication=self.medication.text(),
                    notes=self.notes.toPlainText(),
                    warning_signs=frozenset(
                        s for s, box in self.warning_signs.items() if box.isChecked()
                    ),
                )
            )
        )

    def episode_date(self) -> date | None:
        """The day this episode began, if the person said so in the form."""
        return self.episode.chosen()

    def _side_changed(self, button: QAbstractButton, checked: bool) -> None:
        """Both legs as the leg that hurts is an emergency sign: tick it, visibly."""
        if checked and button.property("value") == LegSide.BOTH.value:
            self.red_flags[RedFlag.BOTH_LEGS].setChecked(True)

    def _both_legs_ticked(self, checked: bool) -> None:
        """The both-legs sign with "No leg" chosen would contradict itself: choose both."""
        if checked and _checked_value(self.side_group) == LegSide.NONE.value:
            _check_value(self.side_group, LegSide.BOTH.value)

    def choose(self, group: QButtonGroup, value: str) -> QAbstractButton | None:
        """Check the option with *value* in *group* (for keyboard users and tests)."""
        _check_value(group, value)
        return group.checkedButton()
