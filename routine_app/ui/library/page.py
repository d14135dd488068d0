"""The routine library: every routine with its facts, and the selected one's steps and cautions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from routine_app.core.durations import format_duration
from routine_app.core.library import Library
from routine_app.core.routine import Routine, Side, Step
from routine_app.ui.common.adaptive import SpaceWatcher
from routine_app.ui.common.delegates import TwoLineDelegate
from routine_app.ui.common.labels import WrappedLabel
from routine_app.ui.common.texts import TextContext, arg, escape
from routine_app.ui.common.theme import caution_colours, set_tone
from routine_app.ui.library.routine_list import RoutineListModel, routine_subtitle

MAX_PROBLEMS_SHOWN = 8
#: Each step's picture beside it in the library (the pictures are 3:2).
PICTURE_SIZE = (132, 88)
#: A details column narrower than this puts each step's picture above its text, so a
#: long word (German has many) never needs more width than the column has.
PICTURES_ABOVE_BELOW = 420
#: A library page narrower than this gives the routine list a share of its width,
#: rather than its usual 360 pixels, so the details keep room to read.
NARROW_LIBRARY = 760
LIST_MIN_WIDTH = 240


class StepFacts(TextContext):
    """The translation context of a step's counted facts."""


def side_names(step: Step) -> str:
    """``left and right`` (taking turns) or ``left then right`` (one side, then the other)."""
    names = [
        QCoreApplication.translate("RoutineDetail", "left", "side")
        if side is Side.LEFT
        else QCoreApplication.translate("RoutineDetail", "right", "side")
        for side in step.sides
    ]
    if len(names) != 2:
        return ", ".join(names)
    if step.alternate:
        return arg(QCoreApplication.translate("RoutineDetail", "%1 and %2", "sides"), *names)
    return arg(QCoreApplication.translate("RoutineDetail", "%1 then %2", "sides"), *names)


def step_facts(step: Step) -> str:
    """``30 s · left and right · 3 times · 10 s rest`` for one step."""
    parts = [format_duration(step.duration)]
    if step.sides:
        parts.append(side_names(step))
    if step.reps > 1 and step.sides:
        parts.append(StepFacts.tr("%n times each side", "", step.reps))
    elif step.reps > 1:
        parts.append(StepFacts.tr("%n times", "", step.reps))
    if step.alternate and step.sides:
        parts.append(QCoreApplication.translate("RoutineDetail", "taking turns"))
    if step.rest > 0:
        parts.append(
            arg(
                QCoreApplication.translate("RoutineDetail", "%1 rest between"),
                format_duration(step.rest),
            )
        )
    return " · ".join(parts)


class ProblemBanner(QFrame):
    """Tells the user which routine files could not be loaded, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBanner")
        set_tone(self, "caution-box")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)

    def show_library(self, library: Library) -> None:
        problems = library.problems
        self.setVisible(bool(problems))
        if not problems:
            return
        files = len(library.broken_files)
        lines = [escape(p.format()) for p in problems[:MAX_PROBLEMS_SHOWN]]
        if len(problems) > MAX_PROBLEMS_SHOWN:
            more = len(problems) - MAX_PROBLEMS_SHOWN
            lines.append(escape(self.tr("… and %n more problems", "", more)))
        if files == 1:
            heading = self.tr("⚠ 1 routine file could not be loaded and was skipped.")
        else:
            heading = self.tr("⚠ %1 routine files could not be loaded and were skipped.")
            heading = heading.replace("%1", str(files))
        heading += " " + self.tr("Your other routines are fine.")
        self._label.setText(f"<b>{escape(heading)}</b><br><tt>{'<br>'.join(lines)}</tt>")
        self._label.setAccessibleName(heading)


class RoutineDetail(QWidget):
    """Shows one routine: title, summary, facts, links to its gentle or regular version,
    the evidence behind it, cautions and numbered steps (each with its own caution).

    Signal: ``routine_link(str)`` with the id of a linked routine the user clicked.
    """

    routine_link = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.facts = WrappedLabel(self)
        self.summary = WrappedLabel(self)
        self.cautions = WrappedLabel(self)
        self.cautions.setObjectName("cautions")
        set_tone(self.cautions, "caution")
        self.steps = WrappedLabel(self)  # a table with a picture a step: costly to lay out
        self.links = WrappedLabel(self)
        self.links.setObjectName("routineLinks")
        self.links.linkActivated.connect(lambda href: self.routine_link.emit(href))
        self.untranslated = QLabel(self)
        self.untranslated.setObjectName("untranslated")
        self.untranslated.setWordWrap(True)
        self.evidence = WrappedLabel(self)
        self.evidence.setObjectName("evidence")
        set_tone(self.evidence, "accent")
        for label in (self.facts, self.summary, self.cautions, self.steps, self.evidence):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 24)  # 800x600 needs no sideways scrolling
        layout.setSpacing(14)
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        for widget in (
            self.title,
            self.facts,
            self.untranslated,
            self.links,
            self.summary,
            self.evidence,
            self.cautions,
            self.steps,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._shown: tuple[Routine | None, Routine | None, Routine | None] = (None, None, None)
        self.pictures_above = False
        self.space = SpaceWatcher(self, self._fit)
        self.show_routine(None)

    def _fit(self, room: QSize) -> None:
        """A narrow column shows each step's picture above its text."""
        above = room.width() < PICTURES_ABOVE_BELOW
        if above != self.pictures_above:
            self.pictures_above = above
            shown = self._shown[0]
            if shown is not None:
                self.steps.setText(self._steps_html(shown))

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: draw the steps' inline caution colours again."""
        super().changeEvent(event)
        shown = getattr(self, "_shown", (None,))[0]
        if event.type() == QEvent.Type.PaletteChange and shown is not None:
            self.steps.setText(self._steps_html(shown))

    def show_routine(
        self,
        routine: Routine | None,
        gentle: Routine | None = None,
        original: Routine | None = None,
    ) -> None:
        """Show *routine*; *gentle* is its flare-day version, *original* the routine it is
        the gentle version of (each linked when given)."""
        self._shown = (routine, gentle, original)
        self.cautions.setVisible(bool(routine and routine.cautions))
        self.evidence.setVisible(bool(routine and routine.evidence))
        self.links.setVisible(bool(routine and (gentle or original)))
        self.untranslated.setVisible(bool(routine and routine.untranslated))
        if routine is None:
            self.title.setText(self.tr("No routine selected"))
            self.facts.setText(self.tr("Choose a routine on the left to see its steps."))
            self.summary.clear()
            self.steps.clear()
            return
        self.title.setText(routine.title)
        self.facts.setText(escape(routine_subtitle(routine)))
        self.summary.setText(escape(routine.summary))
        items = "".join(f"<li>{escape(c)}</li>" for c in routine.cautions)
        before = self.tr("Before you start")  # lupdate cannot see tr() in an f-string
        self.cautions.setText(
            f"<b>⚠ {escape(before)}</b><ul style='margin-left:-20px'>{items}</ul>"
        )
        self.steps.setText(self._steps_html(routine))
        self.links.setText(self._links_html(gentle, original))
        self.untranslated.setText(
            self.tr(
                "%n text(s) of this routine are not translated into your language yet and "
                "are shown in English.",
                "",
                len(routine.untranslated),
            )
        )
        evidence = self.tr("What the evidence says")
        if routine.evidence:
            self.evidence.setText(f"<b>{escape(evidence)}</b><br>{escape(routine.evidence)}")

    def _links_html(self, gentle: Routine | None, original: Routine | None) -> str:
        bad_day, gentle_of = self.tr("For a bad day:"), self.tr("The gentle version of")
        links = []
        if gentle is not None:
            links.append(
                f"{escape(bad_day)} <a href='{escape(gentle.id)}'>{escape(gentle.title)}</a>"
            )
        if original is not None:
            links.append(
                f"{escape(gentle_of)} <a href='{escape(original.id)}'>{escape(original.title)}</a>"
            )
        return "<br>".join(links)

    def _steps_html(self, routine: Routine) -> str:
        rows = []
        bg, fg, _border = caution_colours(self.palette())
        for number, step in enumerate(routine.steps, start=1):
            caution = (
                f"<br><span style='color:{fg}; background:{bg}'>"
                f"<b>⚠</b> {escape(step.caution)}</span>"
                if step.caution
                else ""
            )
            picture = (
                f"<img src='{escape(str(step.image))}' width='{PICTURE_SIZE[0]}' "
                f"height='{PICTURE_SIZE[1]}'>"
                if step.image is not None
                else ""
            )
            text = (
                f"<td valign='top'><b>{number}. {escape(step.name)}</b>"
                f" <span>— {escape(step_facts(step))}</span><br>"
                f"{escape(step.instructions)}{caution}</td>"
            )
            if self.pictures_above:
                rows.append(f"<tr><td>{picture}</td></tr><tr>{text}</tr>" if picture else text)
            else:
                rows.append(
                    f"<tr><td valign='top' width='{PICTURE_SIZE[0] + 12}'>{picture}</td>{text}</tr>"
                )
        heading = escape(self.tr("Steps"))
        table = f"<table cellspacing='0' cellpadding='6'>{''.join(rows)}</table>"
        return f"<h3>{heading}</h3>{table}"


class LibraryPage(QWidget):
    """The library page. ``routine_selected`` carries the selected routine's id."""

    routine_selected = Signal(str)
    start_requested = Signal(str)

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        suggest_gentle: Callable[[Routine], tuple[Routine, int] | None] = lambda _r: None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._suggest_gentle = suggest_gentle
        self.gentle_hint = QLabel(self)
        self.gentle_hint.setWordWrap(True)
        self.gentle_button = QPushButton(self.tr("Show the gentle version"), self)
        self.gentle_button.clicked.connect(self._show_gentle)
        self._gentle: Routine | None = None
        self.banner = ProblemBanner(self)
        self.model = RoutineListModel(library.routines, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        # The whole equipment list shows, wrapped: rows grow with it.
        self.list.setItemDelegate(TwoLineDelegate(self.list, wrap=True))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.list.setMinimumWidth(LIST_MIN_WIDTH)
        # The rows elide their text to the list's width: never a sideways scroll bar.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(
            self.tr(
                "No routines could be loaded. Check the problems listed "
                "above; the bundled routines may be damaged, so "
                "reinstalling the app will restore them."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.detail = RoutineDetail()
        self.detail.routine_link.connect(self.select)
        self.start_button = QPushButton(self.tr("Start routine"), self)
        self.start_button.setToolTip(self.tr("Open the selected routine in the player (Enter)"))
        self.start_button.setMinimumHeight(48)
        self.start_button.clicked.connect(self._start_selected)
        self.list.activated.connect(lambda _index: self._start_selected())
        scroll = QScrollArea(self)
        self.detail_scroll = scroll
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Routine details"))
        self.detail.setAccessibleName(self.tr("Routine details"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.start_button)
        left_layout.addWidget(self.gentle_hint)
        left_layout.addWidget(self.gentle_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 640])
        self.splitter = splitter
        self._narrow: bool | None = None
        self.space = SpaceWatcher(self, self._fit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(splitter)
        layout.addLayout(row, 1)
        self.list.selectionModel().selectionChanged.connect(self._on_selection)
        self.set_library(library)

    def _fit(self, room: QSize) -> None:
        """On a narrow page the list takes a share of the width (the details the rest);
        back on a wide one, its usual 360 pixels. Only on crossing, so a splitter the
        person dragged stays where it was."""
        narrow = room.width() < NARROW_LIBRARY
        if narrow == self._narrow:
            return
        self._narrow = narrow
        total = max(sum(self.splitter.sizes()), self.splitter.width() - self.splitter.handleWidth())
        first = max(LIST_MIN_WIDTH, int(total * 0.42)) if narrow else 360
        self.splitter.setSizes([first, max(0, total - first)])

    def set_library(self, library: Library) -> None:
        self.library = library
        self.model.set_routines(library.routines)
        self.banner.show_library(library)
        self.empty.setVisible(not library.routines)
        self.start_button.setEnabled(bool(library.routines))
        self.list.setVisible(bool(library.routines))
        if library.routines:
            self.select(library.routines[0].id)
        else:
            self.detail.show_routine(None)

    def select(self, routine_id: str) -> bool:
        row = self.model.row_of(routine_id)
        if row < 0:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        return True

    def selected_routine(self) -> Routine | None:
        return self.model.routine_at(self.list.currentIndex().row())

    def _start_selected(self) -> None:
        routine = self.selected_routine()
        if routine is not None:
            self.start_requested.emit(routine.id)

    def show_paused(self, paused: bool) -> None:
        """Under the emergency lock the Start button says routines are paused (it stays
        reachable: pressing it explains why and what to do)."""
        if paused:
            self.start_button.setText(self.tr("Routines paused: why?"))
            self.start_button.setToolTip(
                self.tr("Routines are paused after an emergency sign; press to read why")
            )
        else:
            self.start_button.setText(self.tr("Start routine"))
            self.start_button.setToolTip(self.tr("Open the selected routine in the player (Enter)"))

    def update_gentle_hint(self) -> None:
        """On a bad day (last pain at or above the setting), point to the gentle version."""
        routine = self.selected_routine()
        found = self._suggest_gentle(routine) if routine is not None else None
        self._gentle = found[0] if found else None
        self.gentle_hint.setVisible(found is not None)
        self.gentle_button.setVisible(found is not None)
        if found is not None:
            gentle, pain = found
            self.gentle_hint.setText(
                self.tr(
                    "Your last logged pain was %1 of 10. On a bad day, the gentle version may suit "
                    "you better: %2."
                )
                .replace("%1", str(pain))
                .replace("%2", gentle.title)
            )

    def _show_gentle(self) -> None:
        if self._gentle is not None:
            self.select(self._gentle.id)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        routine = self.selected_routine()
        if routine is None:
            self.detail.show_routine(None)
        else:
            self.detail.show_routine(
                routine,
                self.library.gentle_version(routine),
                self.library.original_of(routine),
            )
        self.detail_scroll.verticalScrollBar().setValue(0)  # a new routine starts at its top
        self.update_gentle_hint()
        if routine is not None:
            self.routine_selected.emit(routine.id)
