"""The routine editor: make your own routines, or a copy of a bundled one, without YAML.

Every keystroke rebuilds the routine file in memory and checks it with the same loader
as ``routine-app validate``; problems are shown next to the field at fault and saving
is refused until there are none. Nothing typed is lost while the routine is invalid.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from routine_app.core.durations import format_duration
from routine_app.core.library import Library
from routine_app.core.loader import load_routine_bytes
from routine_app.core.problems import Problem, RoutineError
from routine_app.core.routine import Routine
from routine_app.core.writer import RoutineDraft, StepDraft, draft_from_routine, to_yaml
from routine_app.resources import assets_dir
from routine_app.store.files import DataDirError
from routine_app.store.user_routines import (
    Clash,
    IdClashError,
    ImportRefusedError,
    RoutineFolderError,
    copy_picture,
    delete_routine,
    export_routine,
    import_routine,
    is_own,
    put_back,
    save_routine,
    user_folder,
)
from routine_app.ui.common.adaptive import Panel, SpaceWatcher, scrollable
from routine_app.ui.common.flow_layout import FlowLayout
from routine_app.ui.common.labels import page_title
from routine_app.ui.common.messages import ask, choose_file, warn
from routine_app.ui.common.preferences import Preferences
from routine_app.ui.common.texts import arg
from routine_app.ui.common.theme import error_style

SIDES = ("", "left, right", "right, left")
#: Lines of the problem list in view; more scroll.
PROBLEM_LINES = 4
POSITIONS = ("", "floor", "seated", "standing")


def bundled_pictures(folder: Path) -> list[Path]:
    """The bundled step pictures a step can use (mirrored ``-right`` ones are automatic)."""
    try:
        files = sorted(folder.glob("*.svg"))
    except OSError:
        return []
    return [f for f in files if not f.stem.endswith("-right")]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class EditorPage(Panel):
    """Signals: ``saved(str)`` with the routine id; ``try_requested(Routine)``."""

    saved = Signal(str)
    try_requested = Signal(object)

    def __init__(
        self,
        library: Callable[[], Library],
        data_dir: Path,
        preferences: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self._library = library
        self.data_dir = data_dir
        self.draft = RoutineDraft()
        self.original_id: str | None = None  # the saved routine this draft edits, if any
        self.original_source: Path | None = None
        self.routine: Routine | None = None  # the valid routine, when there are no problems
        self.problems: list[str] = []
        self._loading = False
        self._fresh = False
        self.unsaved = False  # edits made since the routine was opened or saved
        self._build()
        for text in self.findChildren(QPlainTextEdit):  # Tab moves on; it types no tab
            text.setTabChangesFocus(True)
        self.new_routine()

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self.id_edit = QLineEdit(self)
        self.id_edit.setToolTip(self.tr("Made from the title; you may change it"))
        self.title_edit = QLineEdit(self)
        self._derived_id = ""  # the id last made from the title (kept while not edited)
        self.title_edit.textEdited.connect(self._derive_id)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setFixedHeight(60)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Stretch"), "stretch")
        self.kind.addItem(self.tr("Self-massage"), "self-massage")
        self.equipment = QPlainTextEdit(self)
        self.equipment.setPlaceholderText(self.tr("One item per line, e.g. Foam roller"))
        self.equipment.setFixedHeight(54)
        self.cautions = QPlainTextEdit(self)
        self.cautions.setPlaceholderText(self.tr("One caution per line"))
        self.cautions.setFixedHeight(70)
        self.position = QComboBox(self)
        positions = {
            "": self.tr("Not set (format 1)"),
            "floor": self.tr("On the floor"),
            "seated": self.tr("Seated"),
            "standing": self.tr("Standing"),
        }
        for value in POSITIONS:
            self.position.addItem(positions[value], value)
        self.position.setToolTip(
            self.tr("Where the body is; setting it saves the routine in format 2")
        )
        self.evidence = QPlainTextEdit(self)
        self.evidence.setPlaceholderText(self.tr("What is known, and how strongly (optional)"))
        self.evidence.setFixedHeight(44)
        self.gentle_of = QComboBox(self)
        self.gentle_of.setAccessibleName(self.tr("Gentle version of"))
        self.gentle_of.setToolTip(
            self.tr(
                "Mark this routine as the flare-day version of another: the library suggests it "
                "when your last logged pain is high"
            )
        )
        self.steps = QListWidget(self)
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setToolTip(self.tr("Drag to reorder, or Alt+Up / Alt+Down"))
        self.steps.model().rowsMoved.connect(self._steps_reordered)
        self.steps.currentRowChanged.connect(self._show_step)
        self.steps.installEventFilter(self)  # Alt+Up / Alt+Down reorder from the keyboard
        self.step_name = QLineEdit(self)
        self.step_instructions = QPlainTextEdit(self)
        self.step_instructions.setFixedHeight(90)
        self.step_duration = QLineEdit(self)
        self.step_duration.setPlaceholderText("45s, 2m, 1m30s")
        self.step_sides = QComboBox(self)
        sides = {
            "": self.tr("Once (no sides)"),
            "left, right": self.tr("Left, then right"),
            "right, left": self.tr("Right, then left"),
        }
        for value in SIDES:
            self.step_sides.addItem(sides[value], value)
        self.step_reps = QSpinBox(self)
        self.step_reps.setRange(1, 100)
        self.step_rest = QLineEdit(self)
        self.step_rest.setPlaceholderText(self.tr("e.g. 10s (between reps and sides)"))
        self.step_image = QLineEdit(self)
        self.picture_choice = QComboBox(self)
        self.picture_choice.setAccessibleName(self.tr("Bundled pictures"))
        self.picture_choice.setIconSize(QSize(60, 40))
        self.picture_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picture_choice.setMinimumContentsLength(6)
        self.picture_choice.view().setMinimumWidth(260)
        self.picture_choice.addItem(self.tr("Bundled pictures…"), "")
        for picture in bundled_pictures(assets_dir() / "images"):
            # Named by its file (the name a routine file uses), in every language.
            self.picture_choice.addItem(QIcon(str(picture)), picture.name, f"images/{picture.name}")
        self.picture_choice.activated.connect(self._pick_bundled_picture)
        self.step_caution = QLineEdit(self)
        self.step_caution.setPlaceholderText(
            self.tr("Shown on this step, e.g. Skip this on a flare day (optional)")
        )
        self.step_alternate = QCheckBox(self.tr("Take turns"), self)
        self.step_alternate.setToolTip(
            self.tr("Sides take turns rep by rep: left, right, left, right")
        )
        self.step_say = QLineEdit(self)
        self.step_say.setPlaceholderText(self.tr("Spoken when the step starts (optional)"))
        self.total = QLabel(self)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.RichText)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.try_button = QPushButton(self.tr("Try it"), self)
        self.try_button.setToolTip(self.tr("Run this routine in the player without saving"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter
        scrolls: list[QScrollArea] = []
        for form in (self._routine_form(), self._step_form()):
            scroll = QScrollArea(self)  # small screens scroll the form, not the window
            scroll.setAccessibleName(self.tr("Step") if splitter.count() else self.tr("Routine"))
            scroll.setWidget(form)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setMinimumWidth(form.minimumSizeHint().width())
            splitter.addWidget(scroll)
            scrolls.append(scroll)
        layout.addWidget(self.shrink_first(splitter), 1)  # the forms scroll, not the page
        # A narrow window puts the step form under the routine form.
        wide = sum(form.minimumWidth() for form in scrolls) + 40
        self.space = SpaceWatcher(
            self,
            lambda room: splitter.setOrientation(
                Qt.Orientation.Vertical if room.width() < wide else Qt.Orientation.Horizontal
            ),
        )
        # Problems come and go with every edit: they scroll in an area of fixed height,
        # so adding a step never moves the forms above.
        self.problem_area = scrollable(self.problem_label, self)
        self.problem_area.setObjectName("editorProblems")
        self.problem_area.setAccessibleName(self.tr("Problems"))
        self.problem_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problem_area.setFixedHeight(self.fontMetrics().lineSpacing() * PROBLEM_LINES + 8)
        layout.addWidget(self.problem_area)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.try_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.save_button.clicked.connect(self.save)
        self.try_button.clicked.connect(self.try_it)
        for edit in (
            self.id_edit,
            self.title_edit,
            self.step_name,
            self.step_duration,
            self.step_rest,
            self.step_image,
            self.step_say,
            self.step_caution,
        ):
            edit.textChanged.connect(self._changed)
        for text in (
            self.summary_edit,
            self.equipment,
            self.cautions,
            self.step_instructions,
            self.evidence,
        ):
            text.textChanged.connect(self._changed)
        for combo in (self.kind, self.step_sides, self.position):
            combo.currentIndexChanged.connect(self._changed)
        self.step_alternate.toggled.connect(self._changed)
        self.step_reps.valueChanged.connect(self._changed)

    def _top_bar(self) -> FlowLayout:
        bar = FlowLayout()  # wraps on a narrow window
        bar.addWidget(page_title(self, self.tr("Routine editor")))
        bar.addStretch(1)
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Routine to edit"))
        # Long titles must not widen the whole window; the open list shows them in full.
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(24)
        self.chooser.view().setMinimumWidth(380)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Edit your routine, or a copy of a bundled one"))
        self.open_button.clicked.connect(self._open_chosen)
        new_button = QPushButton(self.tr("New"), self)
        new_button.clicked.connect(lambda: self.unless_unsaved(self.new_routine))
        import_button = QPushButton(self.tr("Import…"), self)
        import_button.setToolTip(self.tr("Add routine files from disk, checked like 'validate'"))
        import_button.clicked.connect(self.import_dialog)
        export_button = QPushButton(self.tr("Export…"), self)
        export_button.setToolTip(self.tr("Save the chosen routine as a YAML file to share"))
        export_button.clicked.connect(self.export_dialog)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setToolTip(self.tr("Delete this routine of your own (you can undo)"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.undo_delete_button = QPushButton(self.tr("Undo delete"), self)
        self.undo_delete_button.clicked.connect(self.undo_delete)
        self.undo_delete_button.hide()
        self._deleted: tuple[Path, bytes, str] | None = None
        for widget in (
            self.chooser,
            self.open_button,
            new_button,
            import_button,
            export_button,
            self.delete_button,
            self.undo_delete_button,
        ):
            bar.addWidget(widget)
        return bar

    # --- import and export ---------------------------------------------------------------

    def import_dialog(self) -> QFileDialog:
        return choose_file(
            self,
            self.tr("Import routines"),
            str(Path.home()),
            self.tr("Routine files (*.yaml *.yml)"),
            lambda paths, _f: [self.import_file(Path(path)) for path in paths],
            many=True,
        )

    def import_file(self, path: Path, clash: Clash = Clash.ASK) -> Routine | None:
        """Import one file; an id clash asks whether to replace or keep both."""
        try:
            routine = import_routine(path, self.data_dir, self._library(), [assets_dir()], clash)
        except RoutineError as exc:
            lines = "\n".join(p.format() for p in exc.problems)
            warn(
                self,
                self.tr("Import"),
                self.tr("%1 was not imported:\n%2").replace("%1", path.name).replace("%2", lines),
            )
            return None
        except IdClashError as exc:
            self.ask_clash(path, str(exc))
            return None
        except ImportRefusedError as exc:
            warn(self, self.tr("Import"), str(exc))
            return None
        except (OSError, DataDirError) as exc:
            warn(self, self.tr("Import"), str(exc))
            return None
        self.saved.emit(routine.id)
        self.refresh_chooser()
        self.problem_label.setText(self.tr("Imported %1.").replace("%1", routine.title))
        return routine

    def ask_clash(self, path: Path, why: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Routine already exists"),
            why[0].upper() + why[1:] + ".",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)

        def chosen(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked is replace:
                self.import_file(path, Clash.REPLACE)
            elif clicked is keep:
                self.import_file(path, Clash.KEEP_BOTH)

        box.finished.connect(chosen)
        box.open()
        self.clash_question = box
        return box

    def export_dialog(self) -> None:
        routine = self._library().get(str(self.chooser.currentData()))
        if routine is None:
            return

        def export(paths: list[str], _filter: str) -> None:
            try:
                export_routine(routine, Path(paths[0]))
            except (OSError, ImportRefusedError) as exc:
                warn(self, self.tr("Export"), str(exc))

        choose_file(
            self,
            self.tr("Export routine"),
            str(Path.home() / f"{routine.id}.yaml"),
            self.tr("Routine file (*.yaml)"),
            export,
            save=True,
        )

    def _routine_form(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        form.addRow(self.tr("Id"), self.id_edit)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Summary"), self.summary_edit)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Equipment"), self.equipment)
        form.addRow(self.tr("Cautions"), self.cautions)
        form.addRow(self.tr("Evidence"), self.evidence)
        form.addRow(self.tr("Gentle version of"), self.gentle_of)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add step"), self.add_step),
            (self.tr("Remove step"), self.remove_step),
            (self.tr("Move up"), lambda: self.move_step(-1)),
            (self.tr("Move down"), lambda: self.move_step(1)),
        ):
            button = QPushButton(text, box)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        form.addRow(self.tr("Steps"), self.steps)
        form.addRow("", buttons)
        return box

    def _step_form(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        form.addRow(self.tr("Step name"), self.step_name)
        form.addRow(self.tr("Instructions"), self.step_instructions)
        form.addRow(self.tr("Duration"), self.step_duration)
        form.addRow(self.tr("Sides"), self.step_sides)
        form.addRow("", self.step_alternate)
        form.addRow(self.tr("Reps"), self.step_reps)
        form.addRow(self.tr("Rest"), self.step_rest)
        browse = QPushButton(self.tr("Choose picture…"), box)
        browse.clicked.connect(self.choose_image)
        row = QHBoxLayout()
        row.addWidget(self.step_image, 1)
        row.addWidget(browse)
        self.step_image.setAccessibleName(self.tr("Picture"))  # the form labels the row only
        form.addRow(self.tr("Picture"), row)
        form.addRow("", self.picture_choice)
        form.addRow(self.tr("Step caution"), self.step_caution)
        form.addRow(self.tr("Spoken text"), self.step_say)
        return box

    # --- loading --------------------------------------------------------------------

    def refresh_chooser(self) -> None:
        current = self.gentle_of.currentData()
        self.gentle_of.clear()
        self.gentle_of.addItem(self.tr("(none: an everyday routine)"), "")
        for routine in self._library().routines:
            self.gentle_of.addItem(routine.title, routine.id)
        self.gentle_of.setCurrentIndex(max(0, self.gentle_of.findData(current)))
        self.chooser.clear()
        for routine in self._library().routines:
            label = (
                arg(self.tr("%1 (bundled: edit a copy)"), routine.title)
                if routine.bundled
                else routine.title
            )
            self.chooser.addItem(label, routine.id)

    def showEvent(self, event: object) -> None:
        self.refresh_chooser()
        super().showEvent(event)  # type: ignore[arg-type]

    def _open_chosen(self) -> None:
        routine = self._library().get(str(self.chooser.currentData()))
        if routine is not None:
            self.unless_unsaved(lambda: self.edit(routine))

    def own_routine_file(self) -> Path | None:
        """The file of the routine open here when it is the user's own (not bundled)."""
        source = self.original_source
        return source if is_own(self.data_dir, source) else None

    def ask_delete(self) -> QMessageBox | None:
        if self.own_routine_file() is None:
            return None
        box = ask(
            self,
            self.tr("Delete routine"),
            self.tr("Delete “%1”? Your journal keeps its sessions. You can undo this.").replace(
                "%1", self.title_edit.text()
            ),
            lambda yes: self.delete_routine() if yes else None,
            QMessageBox.StandardButton.Cancel,
        )
        self.delete_question = box
        return box

    def delete_routine(self) -> bool:
        """Delete the user's routine open here; its text is kept for Undo until the next
        delete. A file that cannot be removed is reported and left as it was."""
        path = self.own_routine_file()
        if path is None or self.original_id is None:
            return False
        try:
            data = delete_routine(self.data_dir, path)
        except RoutineFolderError as exc:
            self.problem_label.setText(
                html.escape(self.tr("Could not delete: %1").replace("%1", exc.reason))
            )
            return False
        self._deleted = (path, data, self.original_id)
        title = self.title_edit.text()
        self.saved.emit("")  # the library reloads without it
        self.new_routine()
        self.undo_delete_button.show()
        self.problem_label.setText(
            html.escape(self.tr("Deleted “%1”. Undo delete brings it back.").replace("%1", title))
        )
        return True

    def undo_delete(self) -> bool:
        if self._deleted is None:
            return False
        path, data, routine_id = self._deleted
        try:
            put_back(self.data_dir, path, data)
        except RoutineFolderError as exc:
            self.problem_label.setText(
                html.escape(self.tr("Could not restore: %1").replace("%1", exc.reason))
            )
            return False
        self._deleted = None
        self.undo_delete_button.hide()
        self.saved.emit(routine_id)
        routine = self._library().get(routine_id)
        if routine is not None:
            self.edit(routine)
        return True

    def unless_unsaved(self, then: Callable[[], None]) -> QMessageBox | None:
        """Run *then* at once, or after the person agrees to drop unsaved changes."""
        if not self.unsaved:
            then()
            return None
        return self._ask_unsaved(
            self.tr("“%1” has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
            lambda button: then() if button == QMessageBox.StandardButton.Discard else None,
        )

    def before_closing(
        self, then: Callable[[], None], cancelled: Callable[[], None]
    ) -> QMessageBox | None:
        """The app is closing: run *then* at once, or once unsaved changes are saved or
        discarded. Cancel, or a save that fails (the page then says why), runs
        *cancelled* and keeps everything as it was."""
        if not self.unsaved:
            then()
            return None

        def answered(button: int) -> None:
            saved = button == QMessageBox.StandardButton.Save and self.save()
            if saved or button == QMessageBox.StandardButton.Discard:
                then()
            else:
                cancelled()

        return self._ask_unsaved(
            self.tr("“%1” has changes that are not saved. Save them before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
            answered,
        )

    def _ask_unsaved(
        self,
        question: str,
        buttons: QMessageBox.StandardButton,
        default: QMessageBox.StandardButton,
        answered: Callable[[int], None],
    ) -> QMessageBox:
        """The unsaved-changes question (%1: the routine's title), opened without blocking."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Unsaved changes"),
            question.replace("%1", self.title_edit.text() or self.tr("This routine")),
            buttons,
            self,
        )
        box.setDefaultButton(default)
        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.unsaved_question = box
        return box

    def _derive_id(self, title: str) -> None:
        """A routine never saved gets its id from the title, until the id is edited."""
        if self.original_id is not None or self.id_edit.text() not in ("", self._derived_id):
            return
        self._derived_id = id_from_title(title)
        self.id_edit.setText(self._derived_id)

    def new_routine(self) -> None:
        self.original_id = None
        self.original_source = None
        self._load_draft(RoutineDraft(steps=[StepDraft(name=self.tr("First step"))]))
        self._fresh = True  # an untouched new routine is not shouted at in red
        self._validate()

    def edit(self, routine: Routine) -> None:
        """Edit *routine*; a bundled one is copied first (bundled files stay read-only)."""
        draft = draft_from_routine(routine, [assets_dir()])
        if routine.bundled:
            taken = {r.id for r in self._library().routines}
            new_id = f"{routine.id}-mine"
            number = 2
            while new_id in taken:
                new_id = f"{routine.id}-mine-{number}"
                number += 1
            title = arg(self.tr("%1 (my copy)"), routine.title)
            draft = dataclasses.replace(draft, id=new_id, title=title)
            self.original_id = None
            self.original_source = None
        else:
            self.original_id = routine.id
            self.original_source = routine.source
        self._load_draft(draft)

    def _load_draft(self, draft: RoutineDraft) -> None:
        self.refresh_chooser()
        base = self.preferences.gentle_of(self.original_id) if self.original_id else ""
        self.gentle_of.setCurrentIndex(max(0, self.gentle_of.findData(base)))
        self._loading = True
        self.draft = draft
        self.id_edit.setText(draft.id)
        self.title_edit.setText(draft.title)
        self.summary_edit.setPlainText(draft.summary)
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
        self.equipment.setPlainText("\n".join(draft.equipment))
        self.cautions.setPlainText("\n".join(draft.cautions))
        self.position.setCurrentIndex(max(0, self.position.findData(draft.position)))
        self.evidence.setPlainText(draft.evidence)
        self.steps.clear()
        for step in draft.steps:
            self._add_item(step)
        self._loading = False
        self.steps.setCurrentRow(0)
        self._changed()
        self.unsaved = False  # just opened: nothing to lose yet

    def _show_step(self, row: int) -> None:
        if not 0 <= row < len(self.draft.steps):
            return
        step = self.draft.steps[row]
        self._loading = True
        self.step_name.setText(step.name)
        self.step_instructions.setPlainText(step.instructions)
        self.step_duration.setText(step.duration)
        self.step_sides.setCurrentIndex(max(0, self.step_sides.findData(step.sides)))
        self.step_reps.setValue(step.reps)
        self.step_rest.setText(step.rest)
        self.step_image.setText(step.image)
        self.step_say.setText(step.say)
        self.step_caution.setText(step.caution)
        self.step_alternate.setChecked(step.alternate)
        self._loading = False
        self._validate()

    # --- editing steps ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.steps
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_step(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def _add_item(self, step: StepDraft) -> None:
        """A list row that carries its step, so reordering never depends on names."""
        item = QListWidgetItem(step.name or self.tr("(unnamed step)"))
        item.setData(Qt.ItemDataRole.UserRole, step)
        self.steps.addItem(item)

    def add_step(self) -> None:
        step = StepDraft(name=self.tr("New step"))
        self.draft.steps.append(step)
        self._add_item(step)
        self.steps.setCurrentRow(len(self.draft.steps) - 1)
        self._changed()

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        if 0 <= row < len(self.draft.steps):
            del self.draft.steps[row]
            self.steps.takeItem(row)
            self._changed()

    def move_step(self, offset: int) -> None:
        row = self.steps.currentRow()
        target = row + offset
        if not (0 <= row < len(self.draft.steps) and 0 <= target < len(self.draft.steps)):
            return
        steps = self.draft.steps
        steps[row], steps[target] = steps[target], steps[row]
        item = self.steps.takeItem(row)
        self.steps.insertItem(target, item)
        self.steps.setCurrentRow(target)
        self._changed()

    def _steps_reordered(self, *_args: object) -> None:
        """Drag and drop moved list items: put the drafts in the same order."""
        self.draft.steps = [
            self.steps.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.steps.count())
        ]
        self._changed()

    def choose_image(self) -> QFileDialog:
        return choose_file(
            self,
            self.tr("Choose a picture"),
            str(Path.home()),
            self.tr("Pictures (*.svg *.png *.jpg *.jpeg)"),
            lambda paths, _f: self.use_image(Path(paths[0])),
        )

    def _pick_bundled_picture(self, index: int) -> None:
        value = str(self.picture_choice.itemData(index) or "")
        if value:
            self.step_image.setText(value)
        self.picture_choice.setCurrentIndex(0)

    def use_image(self, source: Path) -> str:
        """Copy a picture into the user's routines folder and point the step at it; a
        picture that cannot be read or copied is reported, the step keeps its picture,
        and "" is returned."""
        try:
            text = copy_picture(self.data_dir, source)
        except RoutineFolderError as exc:
            self._not_written(
                exc,
                self.tr(
                    "Picture not copied: your routines folder %1 cannot be written (%2). "
                    "Check that it exists, that you may write to it and that the disk is "
                    "not full."
                ),
            )
            return ""
        except OSError as exc:
            message = (
                self.tr("Picture not copied: %1 cannot be read (%2).")
                .replace("%1", str(source))
                .replace("%2", exc.strerror or str(exc))
            )
            self.problem_label.setText(f"<b>⚠ {html.escape(message)}</b>")
            return ""
        self.step_image.setText(text)
        return text

    # --- validation and saving ----------------------------------------------------------

    def _changed(self) -> None:
        if self._loading:
            return
        self._fresh = False
        self.unsaved = True
        draft = self.draft
        draft.id = self.id_edit.text().strip()
        draft.title = self.title_edit.text()
        draft.summary = self.summary_edit.toPlainText()
        draft.kind = str(self.kind.currentData())
        draft.equipment = _lines(self.equipment.toPlainText())
        draft.cautions = _lines(self.cautions.toPlainText())
        draft.position = str(self.position.currentData() or "")
        draft.evidence = " ".join(_lines(self.evidence.toPlainText()))
        if self.gentle_of.currentData():
            draft.intensity = "gentle"
        row = self.steps.currentRow()
        if 0 <= row < len(draft.steps):
            step = draft.steps[row]  # edited in place: the list row holds the same object
            step.name = self.step_name.text()
            step.instructions = self.step_instructions.toPlainText()
            step.duration = self.step_duration.text()
            step.sides = str(self.step_sides.currentData())
            step.reps = self.step_reps.value()
            step.rest = self.step_rest.text()
            step.image = self.step_image.text()
            step.say = self.step_say.text()
            step.caution = self.step_caution.text()
            step.alternate = self.step_alternate.isChecked()
            self.steps.item(row).setText(self.step_name.text() or self.tr("(unnamed step)"))
        self._validate()

    def _validate(self) -> None:
        text, where = to_yaml(self.draft)
        target = user_folder(self.data_dir) / f"{self.draft.id or 'routine'}.yaml"
        problems: list[Problem] = []
        try:
            routine = load_routine_bytes(
                text.encode("utf-8"), target, asset_dirs=[user_folder(self.data_dir), assets_dir()]
            )
        except RoutineError as exc:
            routine = None
            problems = list(exc.problems)
        taken = self._library().get(self.draft.id)
        if routine is not None and taken is not None and taken.id != self.original_id:
            problems.append(
                Problem(
                    target,
                    2,
                    5,
                    arg(
                        self.tr("id %1 is already used by %2; choose another"),
                        repr(self.draft.id),
                        repr(taken.title),
                    ),
                )
            )
            routine = None
        self.routine = routine
        self._show_problems(problems, where)

    def _show_problems(
        self, problems: list[Problem], where: dict[int, tuple[int | None, str]]
    ) -> None:
        self.problems = []
        faulty: set[tuple[int | None, str]] = set()
        for problem in problems:
            step, name = where.get(problem.line, (None, "file"))
            faulty.add((step, name))
            field = self._field_name(name)
            place = arg(self.tr("Step %1, %2"), step + 1, field) if step is not None else field
            self.problems.append(f"{place}: {problem.message}")
        row = self.steps.currentRow()
        fields = {
            (None, "id"): self.id_edit,
            (None, "title"): self.title_edit,
            (None, "summary"): self.summary_edit,
            (None, "kind"): self.kind,
            (None, "equipment"): self.equipment,
            (None, "cautions"): self.cautions,
            (None, "position"): self.position,
            (None, "evidence"): self.evidence,
            (None, "steps"): self.steps,
            (row, "name"): self.step_name,
            (row, "instructions"): self.step_instructions,
            (row, "duration"): self.step_duration,
            (row, "sides"): self.step_sides,
            (row, "reps"): self.step_reps,
            (row, "rest"): self.step_rest,
            (row, "image"): self.step_image,
            (row, "say"): self.step_say,
            (row, "caution"): self.step_caution,
            (row, "alternate"): self.step_alternate,
        }
        for key, widget in fields.items():
            message = next(
                (p for p, w in zip(problems, problems, strict=True) if where.get(p.line) == key),
                None,
            )
            widget.setProperty("invalid", key in faulty and not self._fresh)
            widget.setToolTip(message.message if message else "")
        self._mark_invalid()
        for index in range(self.steps.count()):
            bad = any(step == index for step, _ in faulty)
            item = self.steps.item(index)
            name = self.draft.steps[index].name or self.tr("(unnamed step)")
            item.setText(("⚠ " if bad else "") + name)
        self.save_button.setEnabled(self.routine is not None)
        self.delete_button.setEnabled(self.own_routine_file() is not None)
        self.try_button.setEnabled(self.routine is not None)
        if self.routine is not None:
            self.total.setText(
                self.tr("Total time: %1").replace(
                    "%1", format_duration(self.routine.total_duration)
                )
            )
            self.problem_label.setText(self.tr("No problems: ready to save."))
        else:
            self.total.setText("")
            items = "".join(f"<li>{html.escape(p)}</li>" for p in self.problems)
            heading = (
                self.tr("Fill in the fields above; this list shows what is still missing")
                if self._fresh
                else self.tr("Fix these to save")
            )
            self.problem_label.setText(f"<b>⚠ {heading}</b><ul style='margin-top:2px'>{items}</ul>")

    def _mark_invalid(self) -> None:
        """A red edge on each field in the wrong, in the danger colour of the theme now."""
        for widget in self._fields():
            widget.setStyleSheet(error_style() if widget.property("invalid") else "")

    def _fields(self) -> list[QWidget]:
        return [w for w in self.findChildren(QWidget) if w.property("invalid") is not None]

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: the red edges take its danger colour at once, not at the next edit."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._mark_invalid()

    def _field_name(self, name: str) -> str:
        """The form's name for a routine file's field, as the problems list shows it."""
        names = {
            "file": self.tr("File"),
            "format": self.tr("Format"),
            "id": self.tr("Id"),
            "title": self.tr("Title"),
            "summary": self.tr("Summary"),
            "kind": self.tr("Kind"),
            "position": self.tr("Position"),
            "intensity": self.tr("Intensity"),
            "gentle_version": self.tr("Gentle version"),
            "evidence": self.tr("Evidence"),
            "equipment": self.tr("Equipment"),
            "cautions": self.tr("Cautions"),
            "steps": self.tr("Steps"),
            "name": self.tr("name", "step field"),
            "instructions": self.tr("instructions", "step field"),
            "duration": self.tr("duration", "step field"),
            "sides": self.tr("sides", "step field"),
            "reps": self.tr("reps", "step field"),
            "rest": self.tr("rest", "step field"),
            "image": self.tr("picture", "step field"),
            "say": self.tr("spoken text", "step field"),
            "caution": self.tr("caution", "step field"),
            "alternate": self.tr("take turns", "step field"),
        }
        return names.get(name, name)

    def _not_written(self, exc: RoutineFolderError, template: str) -> None:
        """A folder that cannot be written: say so, and no longer say "ready to save"."""
        message = template.replace("%1", str(exc.folder)).replace("%2", exc.reason)
        self.problem_label.setText(f"<b>⚠ {html.escape(message)}</b>")

    def try_it(self) -> None:
        if self.routine is not None:
            self.try_requested.emit(self.routine)

    def save(self) -> bool:
        """Write the routine to the user's routines folder; False while it has problems."""
        if self.routine is None:
            return False
        text, _ = to_yaml(self.draft)
        try:
            target = save_routine(
                self.data_dir, self.routine.id, text.encode("utf-8"), self.original_source
            )
        except RoutineFolderError as exc:
            self._not_written(
                exc,
                self.tr(
                    "Not saved: your routines folder %1 cannot be written (%2). Check that "
                    "it exists, that you may write to it and that the disk is not full."
                ),
            )
            return False
        base = str(self.gentle_of.currentData() or "")
        previous = self.preferences.gentle_of(self.original_id) if self.original_id else ""
        if previous and previous != base:
            self.preferences.set_gentle_version(previous, "")
        if base and base != self.routine.id:
            self.preferences.set_gentle_version(base, self.routine.id)
        self.original_id = self.routine.id
        self.original_source = target
        self.unsaved = False
        self.delete_button.setEnabled(True)
        self.saved.emit(self.routine.id)
        self.problem_label.setText(self.tr("Saved to %1").replace("%1", str(target)))
        return True


def id_from_title(title: str) -> str:
    """``"Evening stretch (gentle)"`` -> ``"evening-stretch-gentle"``: lower-case letters,
    digits and single hyphens, as routine ids must be."""
    import re
    import unicodedata

    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60].strip("-")
