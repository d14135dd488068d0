"""One settings dialog: sound, voice, timing, theme, affected side, data and backups."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import time
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from routine_app.core.reminders import ReminderKind, Schedule
from routine_app.core.settings import (
    AFFECTED_SIDE,
    AFFECTED_SIDES,
    GENTLE_THRESHOLD,
    KEEP_IN_TRAY,
    LANGUAGE,
    LEAD_IN,
    SOUND,
    THEME,
    THEMES,
    VOICE,
    VOLUME,
    Scheme,
    bounds,
    load_schedule,
    save_schedule,
)
from routine_app.i18n import SOURCE_LANGUAGE, SYSTEM_LANGUAGE, _, available_languages
from routine_app.store import safety
from routine_app.store.errors import BACK_UP, RESTORE, explain
from routine_app.store.journal import JournalError
from routine_app.store.recovery import Backups
from routine_app.ui.common.adaptive import fit_dialog
from routine_app.ui.common.flow_layout import FlowLayout
from routine_app.ui.common.messages import ask, warn
from routine_app.ui.common.preferences import Preferences
from routine_app.ui.journal.actions import JournalActions
from routine_app.ui.journal.episode_field import EpisodeField


def language_name(code: str) -> str:
    """A language's name in that language (Deutsch, English), as people look for it."""
    if code == SOURCE_LANGUAGE:
        return "English"
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


class SettingsDialog(QDialog):
    """Saving applies the choices at once through *applied* (theme, player, cues)."""

    def __init__(
        self,
        preferences: Preferences,
        actions: JournalActions,
        data_dir: Path,
        applied: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.preferences = preferences
        self.journal_actions = actions
        self.data_dir = data_dir
        self._applied = applied
        self._build_language()
        self.sound = QCheckBox(self.tr("Play a chime at each step, ticks at 3-2-1"), self)
        self.sound.setChecked(preferences.get(SOUND))
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(*bounds(VOLUME))
        self.volume.setValue(preferences.get(VOLUME))
        self.volume.setAccessibleName(self.tr("Volume"))
        self.voice = QCheckBox(self.tr("Speak each step's name and side"), self)
        self.voice.setChecked(preferences.get(VOICE))
        self.lead_in = QSpinBox(self)
        self.lead_in.setRange(*bounds(LEAD_IN))
        self.lead_in.setSuffix(" s")
        self.lead_in.setValue(preferences.get(LEAD_IN))
        self.theme = QComboBox(self)
        for scheme, label in THEMES.items():
            self.theme.addItem(_(label), scheme.value)
        self.theme.setCurrentIndex(self.theme.findData(preferences.get(THEME)))
        self.side = QComboBox(self)
        for value, label in AFFECTED_SIDES.items():
            self.side.addItem(_(label), value)
        self.side.setCurrentIndex(self.side.findData(preferences.get(AFFECTED_SIDE)))
        self.side.setToolTip(self.tr("Stretches done on both sides start with this side"))
        self.gentle_threshold = QSpinBox(self)
        self.gentle_threshold.setRange(*bounds(GENTLE_THRESHOLD))
        self.gentle_threshold.setValue(preferences.get(GENTLE_THRESHOLD))
        self.gentle_threshold.setToolTip(
            self.tr(
                "When your last logged back or leg pain is at least this, the library suggests "
                "the gentle version of a routine (mark one in the editor)"
            )
        )
        self.folder = QLabel(str(data_dir), self)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Open folder"), self)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.backups = QComboBox(self)
        self.backups.setAccessibleName(self.tr("Backups"))
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.clicked.connect(self.ask_restore)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.episode = EpisodeField(self)
        current = safety.current_episode(actions.journal)
        self._episode_was = None if current is None else current.began_on
        self.episode.set_date(self._episode_was)
        self._fill_backups()
        form = QFormLayout()
        form.addRow(self.tr("Sound"), self.sound)
        form.addRow(self.tr("Volume"), self.volume)
        form.addRow(self.tr("Voice"), self.voice)
        form.addRow(LEAD_IN.label, self.lead_in)
        form.addRow(THEME.label, self.theme)
        form.addRow(LANGUAGE.label, self.language_row)
        form.addRow(AFFECTED_SIDE.label, self.side)
        form.addRow(GENTLE_THRESHOLD.label, self.gentle_threshold)
        form.addRow(self.tr("Episode"), self.episode)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(open_folder)
        self.reminder_rows = {kind: self._reminder_row(kind) for kind in ReminderKind}
        for kind, (enabled, days, at) in self.reminder_rows.items():
            row = FlowLayout()  # the days wrap on a narrow screen
            row.addWidget(enabled)
            for box in days:
                row.addWidget(box)
            row.addWidget(at)
            row.addStretch(1)
            form.addRow(self._reminder_title(kind), row)
        self.keep_in_tray = QCheckBox(
            self.tr("While a reminder is on, closing the window keeps the app in the tray"), self
        )
        self.keep_in_tray.setChecked(self.preferences.get(KEEP_IN_TRAY))
        form.addRow(self.tr("In the background"), self.keep_in_tray)
        form.addRow(self.tr("Your data"), folder_row)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(self.backups, 1)
        backup_row.addWidget(self.restore_button)
        form.addRow(self.tr("Backups"), backup_row)
        form.addRow("", self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # A narrow screen puts each field under its label, and the whole form scrolls.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.setLayout(form)
        fit_dialog(self)

    def _build_language(self) -> None:
        """System / Deutsch / English ...: read at start, so the note says a restart is
        needed (the window's texts are not rebuilt while it runs)."""
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), SYSTEM_LANGUAGE)
        for code in available_languages():
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.preferences.get(LANGUAGE)))
        )
        self.language.setAccessibleName(LANGUAGE.label)
        self.language_note = QLabel(self.tr("Takes effect when you restart the app."), self)
        self.language_note.setWordWrap(True)
        self.language_row = QHBoxLayout()
        self.language_row.addWidget(self.language)
        self.language_row.addWidget(self.language_note, 1)

    def _reminder_row(self, kind: ReminderKind) -> tuple[QCheckBox, list[QCheckBox], QTimeEdit]:
        schedule = load_schedule(self.preferences, kind)
        title = self._reminder_title(kind)
        enabled = QCheckBox(self.tr("On"), self)
        enabled.setChecked(schedule.enabled)
        enabled.setAccessibleName(self.tr("%1 on").replace("%1", title))
        days = []
        locale = QLocale()  # the app's language (engine/translators.py sets it)
        for number in range(7):  # Monday 0 here, 1 for QLocale
            box = QCheckBox(locale.dayName(number + 1, QLocale.FormatType.ShortFormat), self)
            box.setChecked(number in schedule.days)
            box.setAccessibleName(f"{title}: {locale.dayName(number + 1)}")
            days.append(box)
        at = QTimeEdit(QTime(schedule.at.hour, schedule.at.minute), self)
        at.setDisplayFormat("HH:mm")
        at.setAccessibleName(self.tr("%1 time").replace("%1", title))
        return enabled, days, at

    def _reminder_title(self, kind: ReminderKind) -> str:
        if kind is ReminderKind.ROUTINE:
            return self.tr("Routine reminder")
        return self.tr("Log pain reminder")

    def _fill_backups(self) -> None:
        self.backups.clear()
        for path in Backups(self.data_dir).all():
            self.backups.addItem(path.name, str(path))
        self.restore_button.setEnabled(self.backups.count() > 0)

    def accept(self) -> None:
        prefs = self.preferences
        prefs.set(SOUND, self.sound.isChecked())
        prefs.set(VOLUME, self.volume.value())
        prefs.set(VOICE, self.voice.isChecked())
        prefs.set(LEAD_IN, self.lead_in.value())
        prefs.set(THEME, Scheme(self.theme.currentData()))
        prefs.set(LANGUAGE, self.language.currentData())
        prefs.set(AFFECTED_SIDE, self.side.currentData())
        prefs.set(GENTLE_THRESHOLD, self.gentle_threshold.value())
        prefs.set(KEEP_IN_TRAY, self.keep_in_tray.isChecked())
        for kind, (enabled, days, at) in self.reminder_rows.items():
            chosen = frozenset(i for i, box in enumerate(days) if box.isChecked())
            moment = time(at.time().hour(), at.time().minute())
            save_schedule(prefs, Schedule(kind, enabled.isChecked(), chosen, moment))
        began = self.episode.chosen()
        if began is not None and began != self._episode_was:
            self.journal_actions.set_episode_start(began)
        self._applied()
        super().accept()

    def back_up_now(self) -> None:
        try:
            path = self.journal_actions.journal.backup_now()
        except (OSError, sqlite3.Error, JournalError) as exc:
            message = str(exc) if isinstance(exc, JournalError) else explain(exc, BACK_UP)
            self.status.setText(message)
            warn(self, self.tr("Backup"), message)
            return
        self.status.setText(self.tr("Backed up to %1").replace("%1", str(path)))
        self._fill_backups()

    def ask_restore(self) -> QMessageBox | None:
        chosen = self.backups.currentData()
        if not chosen:
            return None
        return ask(
            self,
            self.tr("Restore from backup?"),
            self.tr(
                "Replace your journal with the backup %1? Your current "
                "journal is kept beside it, not deleted."
            ).replace("%1", Path(chosen).name),
            lambda yes: yes and self.restore(Path(chosen)),
        )

    def restore(self, backup: Path) -> bool:
        try:
            kept, undo_dropped = self.journal_actions.restore(backup)
        except (OSError, sqlite3.Error, JournalError) as exc:
            # restore() leaves the current journal in place and open, and says why.
            message = str(exc) if isinstance(exc, JournalError) else explain(exc, RESTORE)
            self.status.setText(message)
            warn(self, self.tr("Restore"), message)
            return False
        text = (
            self.tr("Restored %1. Your previous journal was kept as %2.")
            .replace("%1", backup.name)
            .replace("%2", str(kept))
        )
        if undo_dropped:
            text += " " + self.tr(
                "What you deleted before the restore can no longer be put back with Undo."
            )
        self.status.setText(text)
        return True
