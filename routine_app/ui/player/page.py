"""The player page: what to do, for how long, on which side, hands-free.

The page holds no timing logic: it shows what the RoutinePlayer's signals say and
forwards key presses as commands. It also records the session in the journal.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontInfo, QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from routine_app.core import safety as texts
from routine_app.core import session as sessions
from routine_app.core.durations import format_clock, format_duration
from routine_app.core.journal import Outcome, PainMoved, Session, new_id, now
from routine_app.core.routine import Kind, Routine, Side
from routine_app.core.safety import ready_cautions
from routine_app.core.segments import Segment, SegmentKind, expand
from routine_app.core.settings import SOUND, VOICE
from routine_app.engine.clock import Clock
from routine_app.engine.cues import Cues, connect_cues
from routine_app.engine.player import RoutinePlayer, State
from routine_app.store import safety
from routine_app.store.changes import Changes
from routine_app.ui.common.adaptive import (
    CurrentPanelStack,
    FitScrollArea,
    Panel,
    SpaceWatcher,
    scrollable,
)
from routine_app.ui.common.flow_layout import FlowLayout
from routine_app.ui.common.labels import scaled_label
from routine_app.ui.common.messages import ask, warn
from routine_app.ui.common.pain_scale import PainScale
from routine_app.ui.common.preferences import Preferences
from routine_app.ui.common.texts import arg
from routine_app.ui.common.theme import set_tone
from routine_app.ui.common.toggle_button import ToggleButton
from routine_app.ui.journal.actions import JournalActions
from routine_app.ui.player.floor_mode import FloorView
from routine_app.ui.player.quiet_widgets import QuietBar, SteadyLabel
from routine_app.ui.player.routine_summary import Done, summary_html
from routine_app.ui.player.stop_rule import PainMovedQuestion
from routine_app.ui.player.voice_offer import VoiceOffer

DEFAULT_LEAD_IN = 5.0
#: Below this width (logical pixels) the step picture goes under the instructions.
NARROW_PLAYER = 760
#: The least height of the instructions' area on a short screen (logical pixels).
BODY_MIN_HEIGHT = 48


def describe_next(segments: tuple[Segment, ...], index: int) -> str:
    if index + 1 >= len(segments):
        return QCoreApplication.translate("PlayerPage", "Next: finished")
    upcoming = segments[index + 1]
    duration = format_duration(upcoming.duration)
    if upcoming.side is Side.LEFT:
        text = QCoreApplication.translate("PlayerPage", "Next: %1 (left side), %2")
    elif upcoming.side is Side.RIGHT:
        text = QCoreApplication.translate("PlayerPage", "Next: %1 (right side), %2")
    else:
        text = QCoreApplication.translate("PlayerPage", "Next: %1, %2")
    return arg(text, upcoming.name, duration)


class PlayerPage(QWidget):
    """Signals: ``done()`` once a finished routine's session is recorded; ``leave()``.

    Quiet while playing: the display changes only when the shown second does (the
    player's ``remaining_changed``), never on a timer of its own; while the page is
    hidden or its window minimised it changes nothing at all, and catches up when seen.
    """

    done = Signal()
    leave = Signal()

    previous_button: QPushButton
    pause_button: QPushButton
    next_button: QPushButton
    restart_button: QPushButton
    stop_button: QPushButton
    fullscreen_button: QPushButton
    sound_button: QPushButton
    voice_button: QPushButton

    def __init__(
        self,
        actions: JournalActions,
        cues: Cues,
        preferences: Preferences,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal_actions = actions
        actions.changed.connect(self._journal_changed)
        self.cues = cues
        self.preferences = preferences
        self._clock = clock
        self.routine: Routine | None = None
        self.player: RoutinePlayer | None = None
        self.session: Session | None = None
        #: the session's row is in the journal now open (so later writes update it)
        self._session_stored = False
        self.trial = False
        self.floor: FloorView | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Player"))  # it takes the focus: keys drive it
        self.stack = CurrentPanelStack(self)  # sized by the panel shown
        self.empty = scaled_label(self, 1.2)
        self.empty.setText(
            self.tr("Choose a routine on the Routines page and press “Start routine”.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._build_ready()
        self._build_running()
        self._build_done()
        for panel in (self.empty, self.ready, self.running, self.finished_panel):
            self.stack.addWidget(panel)
        self.stack.currentChanged.connect(self.stack.updateGeometry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # each panel has its own
        layout.addWidget(self.stack)
        self._stale = False  # the player moved on while nobody could see the page
        self._watched: QWidget | None = None  # the window whose minimising we follow
        self._shortcuts()
        self._audio_ready = False  # sound is set up with the first routine, not at start
        self.space = SpaceWatcher(self, self._fit)
        self.cues.sound_enabled = bool(self.preferences.get(SOUND))
        self.voice_button.setChecked(bool(self.preferences.get(VOICE)))
        self.sound_button.setChecked(self.cues.sound_enabled)  # sound itself loads later
        self._show_toggles()
        self.cues.voice_changed.connect(self._voice_settled)

    def _fit(self, room: QSize) -> None:
        """Narrow: the picture goes under the text. Short: a smaller countdown."""
        narrow = room.width() < NARROW_PLAYER
        self.body_layout.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        font = self.countdown.font()
        font.setPixelSize(max(36, min(self._countdown_size, int(room.height() * 0.16))))
        self.countdown.setFont(font)

    # --- panels -------------------------------------------------------------------------

    def _build_ready(self) -> None:
        self.ready = Panel(self)
        self.ready_title = scaled_label(self.ready, 1.6, True)
        self.ready_facts = scaled_label(self.ready)
        self.ready_cautions = scaled_label(self.ready)
        self.ready_cautions.setObjectName("readyCautions")
        set_tone(self.ready_cautions, "caution")
        self.ready_evidence = scaled_label(self.ready, 0.95)
        self.ready_evidence.setObjectName("readyEvidence")
        self.pain_before = PainScale(
            self.tr("Optional: how bad is your pain right now?"), self.ready
        )
        self.voice_offer = VoiceOffer(self.preferences, self.ready)
        self.voice_offer.answered.connect(self.voice_button_set)
        self.start_button = QPushButton(self.tr("Start routine (Space)"), self.ready)
        self.start_button.setMinimumHeight(56)
        self.start_button.clicked.connect(self.begin)
        # What to know scrolls on a short screen; the pain question and Start stay in view.
        about = QWidget(self.ready)
        about.setObjectName("readyAbout")
        about_layout = QVBoxLayout(about)
        about_layout.setContentsMargins(0, 0, 0, 0)
        for label in (
            self.ready_title,
            self.ready_facts,
            self.ready_evidence,
            self.ready_cautions,
        ):
            label.setParent(about)
            about_layout.addWidget(label)
        layout = QVBoxLayout(self.ready)
        layout.addWidget(self.ready.shrink_first(FitScrollArea(about, self.ready)))
        for widget in (self.pain_before, self.voice_offer, self.start_button):
            layout.addWidget(widget)
        layout.addStretch(1)

    def _build_running(self) -> None:
        self.running = Panel(self)
        self.routine_label = scaled_label(self.running, 1.0, True)
        self.overall = QuietBar(self.running)
        self.overall.setTextVisible(True)
        #: %p is the percentage done; keep it, with its % sign.
        self.overall.setFormat(self.tr("%p% of the routine"))
        self.overall.setAccessibleName(self.tr("Progress through the routine"))
        self.side_label = scaled_label(self.running, 2.0, True)
        self.side_label.setObjectName("sideLabel")
        set_tone(self.side_label, "side")  # the pictures' worked-side blue
        self.rep_label = scaled_label(self.running, 1.6)
        self.name_label = scaled_label(self.running, 2.0, True)
        self.countdown = SteadyLabel(self.running, 8.0, True)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._countdown_size = QFontInfo(self.countdown.font()).pixelSize()
        # The name is the text itself ("0:42"), so a screen reader reads the number.
        self.countdown.setAccessibleDescription(self.tr("Time left in this step"))
        self.step_bar = QuietBar(self.running)
        self.step_bar.setTextVisible(False)
        self.step_bar.setAccessibleName(self.tr("Progress through this step"))
        self.step_bar.setFixedHeight(18)
        self.instructions = scaled_label(self.running, 1.15)
        self.step_caution = scaled_label(self.running, 1.05, True)
        self.step_caution.setObjectName("stepCaution")
        set_tone(self.step_caution, "caution")
        self.image = QLabel(self.running)
        self.image.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.next_label = scaled_label(self.running, 1.1)
        self.state_label = scaled_label(self.running, 1.3, True)
        self.state_label.hide()  # shown while paused or after sleep
        self.reminder = scaled_label(self.running, 1.0, True)
        self.reminder.setObjectName("stopReminder")
        set_tone(self.reminder, "caution")
        self.reminder.setText(f"⚠ {texts.STOP_RULE}")
        self.audio_note = scaled_label(self.running, 0.9)
        top = QHBoxLayout()
        top.addWidget(self.routine_label, 1)
        top.addWidget(self.overall, 1)
        heading = QHBoxLayout()
        heading.addWidget(self.side_label)
        heading.addStretch(1)
        heading.addWidget(self.rep_label)
        body_widget = QWidget(self.running)
        body = QBoxLayout(QBoxLayout.Direction.LeftToRight, body_widget)
        body.setContentsMargins(0, 0, 0, 0)
        self.body_layout = body
        text = QVBoxLayout()
        text.addWidget(self.instructions)
        text.addWidget(self.step_caution)
        text.addWidget(self.next_label)
        text.addWidget(self.audio_note)  # why there is no sound: read once, then scrolls
        text.addStretch(1)
        body.addLayout(text, 1)
        body.addWidget(self.image)
        layout = QVBoxLayout(self.running)
        layout.addLayout(top)
        layout.addLayout(heading)
        layout.addWidget(self.name_label)
        layout.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.step_bar)
        layout.addWidget(self.state_label)
        # On a short screen the instructions and picture scroll; the controls stay in view.
        body_area = scrollable(body_widget, self.running)
        body_area.setMinimumHeight(BODY_MIN_HEIGHT)  # two lines: the rest scrolls
        layout.addWidget(self.running.shrink_first(body_area), 1)
        layout.addWidget(self.reminder)
        layout.addLayout(self._controls())

    def _controls(self) -> FlowLayout:
        row = FlowLayout()  # the buttons wrap onto two lines on a narrow window
        specs = [
            (
                "previous_button",
                self.tr("◀ Previous"),
                self.tr("Restart this step; twice goes back a step (Left or P)"),
            ),
            ("pause_button", self.tr("Pause"), self.tr("Pause or resume (Space)")),
            ("next_button", self.tr("Next ▶"), self.tr("Skip to the next step (Right or N)")),
            ("restart_button", self.tr("Restart"), self.tr("Start the routine again (R)")),
            ("stop_button", self.tr("Stop"), self.tr("Stop the routine (Esc)")),
            (
                "fullscreen_button",
                self.tr("Floor mode"),
                self.tr("The countdown alone, full screen, to read from the floor (F11)"),
            ),
            ("sound_button", self.tr("Sound"), self.tr("Sound cues on or off")),
            ("voice_button", self.tr("Voice"), self.tr("Spoken step names on or off")),
        ]
        toggles = ("sound_button", "voice_button")  # stay pressed while on
        for attribute, text, tip in specs:
            kind = ToggleButton if attribute in toggles else QPushButton
            button = kind(text, self.running)
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys always reach the page
            button.setMinimumHeight(44)
            setattr(self, attribute, button)
            row.addWidget(button)
        for toggle in (self.sound_button, self.voice_button):
            toggle.toggled.connect(self._show_toggles)
        self.previous_button.clicked.connect(self.previous)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(self.next)
        self.restart_button.clicked.connect(self.restart)
        self.stop_button.clicked.connect(self.ask_stop)
        self.fullscreen_button.clicked.connect(self.toggle_full_screen)
        self.sound_button.toggled.connect(self._set_sound)
        self.voice_button.toggled.connect(self._set_voice)
        return row

    def _build_done(self) -> None:
        self.finished_panel = Panel(self)
        self.done_title = scaled_label(self.finished_panel, 1.8, True)
        self.done_text = scaled_label(self.finished_panel, 1.1)
        self.done_summary = scaled_label(self.finished_panel, 1.1)
        self.done_summary.setObjectName("doneSummary")
        self.done_summary.setAccessibleName(self.tr("What you did"))
        self.pain_after = PainScale(
            self.tr("Optional: how bad is your pain now?"), self.finished_panel
        )
        self.pain_after.value_changed.connect(self._save_pain_after)
        self.pain_moved = PainMovedQuestion(self.finished_panel)
        self.pain_moved.answered.connect(self._save_pain_moved)
        done_reminder = scaled_label(self.finished_panel, 1.0, True)
        done_reminder.setText(
            arg(
                self.tr(
                    "⚠ %1 If it does, or if the pain is not improving, review your plan "
                    "with a clinician."
                ),
                texts.STOP_RULE,
            )
        )
        self.back_button = QPushButton(self.tr("Back to routines"), self.finished_panel)
        self.back_button.clicked.connect(self.leave)
        layout = QVBoxLayout(self.finished_panel)
        for widget in (
            self.done_title,
            self.done_summary,
            self.done_text,
            self.pain_after,
            self.pain_moved,
            done_reminder,
            self.back_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    def _shortcuts(self) -> None:
        keys = [
            ("Space", self.toggle_pause, self.tr("Player: start, pause or resume")),
            ("Right", self.next, self.tr("Player: next step")),
            ("N", self.next, self.tr("Player: next step")),
            ("Left", self.previous, self.tr("Player: restart the step; twice, the step before")),
            ("P", self.previous, self.tr("Player: restart the step; twice, the step before")),
            ("R", self.restart, self.tr("Player: start the routine again (asks first)")),
            ("Escape", self.ask_stop, self.tr("Player: stop the routine (asks first)")),
            ("F11", self.toggle_full_screen, self.tr("Player: full screen on or off")),
        ]
        for key, slot, what in keys:
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)  # listed by Help → Keyboard shortcuts

    # --- loading and starting ---------------------------------------------------------------

    def load(
        self,
        routine: Routine,
        lead_in: float = DEFAULT_LEAD_IN,
        first_side: Side | None = None,
        trial: bool = False,
    ) -> None:
        """Show *routine* ready to start, with its cautions. Any running routine is stopped.

        Steps done on both sides start with *first_side* when given (the side that hurts).
        """
        self.stop_if_running()
        self.routine = routine
        self.session = None
        self._session_stored = False
        self.trial = trial  # a try-out from the editor: nothing goes to the journal
        if self.player is not None:
            self.player.deleteLater()
        self.player = RoutinePlayer(
            expand(routine, lead_in=lead_in, first_side=first_side), self._clock, self
        )
        self.player.segment_started.connect(self._show_segment)
        self.player.remaining_changed.connect(self._show_remaining)
        self.player.state_changed.connect(self._show_state)
        self.player.finished.connect(self._finished)
        self.player.stopped.connect(self._stopped)
        self.player.slept.connect(self._slept)
        connect_cues(self.player, self.cues)
        self._set_up_audio()
        self._apply_voice()
        self.voice_offer.offer(self.cues.voice_enabled and self.cues.voice_ready)
        self.ready_title.setText(routine.title)
        facts = (
            format_duration(routine.total_duration),
            self.tr("%n step(s)", "", len(routine.steps)),
            ", ".join(routine.equipment) or self.tr("no equipment"),
        )
        self.ready_facts.setText(html.escape(" · ".join(facts)))
        spread = self._spread_caution(routine.id)
        own_and_triage = ready_cautions(routine.cautions, routine.kind is Kind.SELF_MASSAGE)
        cautions = "".join(f"<li>{html.escape(c)}</li>" for c in (*spread, *own_and_triage))
        before = self.tr("Before you start")  # lupdate cannot see tr() in an f-string
        self.ready_cautions.setText(f"<b>⚠ {html.escape(before)}</b><ul>{cautions}</ul>")
        self.ready_evidence.setVisible(bool(routine.evidence))
        evidence = self.tr("What the evidence says")
        self.ready_evidence.setText(
            f"<b>{html.escape(evidence)}:</b> {html.escape(routine.evidence or '')}"
        )
        self.pain_before.set_value(None)
        self.pain_after.set_value(None)
        self.pain_moved.reset()
        self.stack.setCurrentWidget(self.ready)
        self.setFocus()

    def begin(self) -> None:
        """Start the loaded routine and record its session."""
        if self.player is None or self.routine is None or self.player.state is not State.IDLE:
            return
        if self.journal_actions.lock() is not None:  # the emergency lock: no routine starts
            self.locked_box = warn(self, self.tr("Routines are paused"), texts.LOCKED_MESSAGE)
            return
        self.stack.setCurrentWidget(self.running)
        if self.trial:
            self.routine_label.setText(
                self.tr("%1 (try-out, not saved)").replace("%1", self.routine.title)
            )
            self.setFocus()
            self._watch_window()
            self.player.start()
            return
        self.session = sessions.begin(
            new_id(), self.routine.id, self.player.segments, now(), self.pain_before.value
        )
        self._session_stored = self.journal_actions.save_session(self.session, new=True)
        self.stack.setCurrentWidget(self.running)
        self.routine_label.setText(self.routine.title)
        self.setFocus()
        self._watch_window()
        self.player.start()

    # --- commands -----------------------------------------------------------------------------

    def toggle_pause(self) -> None:
        if self.player is None:
            return
        if self.stack.currentWidget() is self.ready:
            self.begin()
        elif self.stack.currentWidget() is self.running:
            self.player.toggle_pause()

    def next(self) -> None:
        if self.player is not None:
            self.player.next()

    def previous(self) -> None:
        if self.player is not None:
            self.player.previous()

    def restart(self) -> QMessageBox | None:
        """R asks before starting again from the beginning (the time done so far is lost)."""
        player = self.player
        return self._ask(
            self.tr("Start again?"),
            self.tr("Start this routine again from the beginning?"),
            lambda: player.restart() if player is not None else None,
        )

    def ask_stop(self) -> QMessageBox | None:
        """Esc asks before stopping; the routine pauses while the question is open."""
        player = self.player
        return self._ask(
            self.tr("Stop the routine?"),
            self.tr("Stop this routine now? It is saved in your journal as stopped."),
            lambda: player.stop() if player is not None else None,
        )

    def _ask(self, title: str, text: str, confirmed: Callable[[], object]) -> QMessageBox | None:
        """Pause, ask *text* (No by default), then do *confirmed* or carry on as before."""
        player = self.player
        if player is None or player.state not in (State.RUNNING, State.PAUSED):
            return None
        was_running = player.state is State.RUNNING
        player.pause()

        def answered(yes: bool) -> None:
            if yes:
                confirmed()
            elif was_running:
                player.resume()

        box = ask(self, title, text, answered)
        self.stop_question = box
        return box

    def pause_if_running(self) -> None:
        """Pause a running routine (a dialog such as Settings is opening over it)."""
        if self.player is not None and self.player.state is State.RUNNING:
            self.player.pause()

    def stop_if_running(self) -> None:
        if self.player is not None and self.player.state in (State.RUNNING, State.PAUSED):
            self.player.stop()

    def toggle_full_screen(self) -> None:
        """F11: floor mode on or off while a routine runs (else the window's full screen)."""
        if self.floor is not None:
            self.floor.leave()
            return
        if self.player is not None and self.player.state in (State.RUNNING, State.PAUSED):
            self.floor = FloorView(self.player, self)
            self.floor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.floor.closed.connect(self._floor_closed)
            self.floor.open()
            return
        window = self.window()
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()

    def _floor_closed(self) -> None:
        self.floor = None
        self.window().activateWindow()
        self.setFocus()

    def apply_preferences(self) -> None:
        """Pick up sound and voice choices saved in the settings dialog."""
        if self._audio_ready:
            self.sound_button.setChecked(
                bool(self.preferences.get(SOUND)) and self.cues.sound_available
            )
        else:
            self.cues.sound_enabled = bool(self.preferences.get(SOUND))
        self.voice_button.setChecked(bool(self.preferences.get(VOICE)))

    def _set_up_audio(self) -> None:
        """Load the sounds (QtMultimedia) once, when the first routine is loaded."""
        if self._audio_ready:
            return
        self._audio_ready = True
        self.sound_button.setChecked(self.cues.sound_enabled and self.cues.sound_available)
        self.sound_button.setEnabled(self.cues.sound_available)
        self._show_audio_state()

    def voice_button_set(self, on: bool) -> None:
        """Voice on or off as if the Voice button was pressed (saved as the preference)."""
        self.voice_button.setChecked(on)

    def _set_sound(self, on: bool) -> None:
        self.cues.sound_enabled = on
        self.preferences.set(SOUND, on)

    def _set_voice(self, on: bool) -> None:
        self.preferences.set(VOICE, on)
        if self.routine is not None:  # the engine starts with the first routine, not the app
            self._apply_voice()

    def _apply_voice(self) -> None:
        """Voice as the button says. The engine starts in the background; where it fails
        the button shows "off" but the saved choice stays (it may work next time)."""
        wanted = self.voice_button.isChecked()
        if self.cues.set_voice_enabled(wanted) != wanted:
            self._show_voice_off()
        self._show_audio_state()

    def _voice_settled(self) -> None:
        """The speech engine answered or gave up: ask about voice once it is heard."""
        if not self.cues.voice_available and self.voice_button.isChecked():
            self._show_voice_off()
        self._show_audio_state()
        if self.stack.currentWidget() is self.ready:
            self.voice_offer.offer(self.cues.voice_enabled and self.cues.voice_ready)

    def _show_voice_off(self) -> None:
        self.voice_button.blockSignals(True)  # not a choice: the saved one is kept
        self.voice_button.setChecked(False)
        self.voice_button.blockSignals(False)
        self._show_toggles()

    def _show_toggles(self) -> None:
        """Sound and Voice say whether they are on, in words as well as by their fill."""
        sound_on = self.sound_button.isChecked()
        self.sound_button.setText(self.tr("Sound: on") if sound_on else self.tr("Sound: off"))
        voice_on = self.voice_button.isChecked()
        self.voice_button.setText(self.tr("Voice: on") if voice_on else self.tr("Voice: off"))

    def _show_audio_state(self) -> None:
        self.voice_button.setEnabled(self.cues.voice_available)
        self.audio_note.setText(" ".join(self.cues.unavailable))
        self.audio_note.setVisible(bool(self.cues.unavailable))

    # --- showing the player's state -------------------------------------------------------

    def _show_segment(self, index: int) -> None:
        assert self.player is not None
        if not self._seen():
            self._stale = True
            return
        segment = self.player.segments[index]
        self.name_label.setText(segment.name)
        self.side_label.setText(segment.side.label if segment.side else "")
        is_step = segment.kind is SegmentKind.STEP
        self.rep_label.setText(
            arg(self.tr("Rep %1 of %2"), segment.rep, segment.reps)
            if is_step and segment.reps > 1
            else ""
        )
        self.instructions.setText(segment.instructions)
        self.step_caution.setText(f"⚠ {segment.caution}" if segment.caution else "")
        self.step_caution.setVisible(bool(segment.caution))
        self.next_label.setText(describe_next(self.player.segments, index))
        self._show_image(segment)
        self.step_bar.setMaximum(int(segment.duration * 10))
        self._update_bars()

    def _show_image(self, segment: Segment) -> None:
        if segment.image is None:
            self.image.clear()
            self.image.hide()
            return
        self.image.setPixmap(QIcon(str(segment.image)).pixmap(260, 260))
        self.image.setAccessibleName(self.tr("Picture: %1").replace("%1", segment.name))
        self.image.show()

    def _show_remaining(self, seconds: int) -> None:
        if not self._seen():
            self._stale = True
            return
        self.countdown.setText(format_clock(seconds))
        self._update_bars()

    def _show_state(self, state: str) -> None:
        paused = state == State.PAUSED.value
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self._show_state_text(self.tr("Paused — press Space to continue") if paused else "")

    def _show_state_text(self, text: str) -> None:
        """Paused, or asleep: a line that takes no room while there is nothing to say."""
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))

    def _update_bars(self) -> None:
        if self.player is None:
            return
        self.step_bar.setValue(round(self.player.elapsed_in_segment() * 10))
        self.overall.setMaximum(round(self.player.total_duration * 10))
        self.overall.setValue(round(self.player.elapsed_overall() * 10))

    # --- nothing to draw while nobody can see it ---------------------------------------------

    def _seen(self) -> bool:
        return self.isVisible() and not self.window().isMinimized()

    def _watch_window(self) -> None:
        """Follow the window's minimising, to catch up the moment it is restored."""
        window = self.window()
        if window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.WindowStateChange:
            self._catch_up()
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._catch_up()

    def _catch_up(self) -> None:
        """Show where the player is now, if the page missed its changes while unseen."""
        player = self.player
        if not self._stale or player is None or not self._seen():
            return
        self._stale = False
        self._show_segment(player.index)
        self.countdown.setText(
            format_clock(max(1, math.ceil(player.remaining_in_segment() - 1e-9)))
        )

    def _slept(self) -> None:
        self._show_state_text(
            self.tr(
                "The computer was asleep, so the routine paused "
                "where you were. Press Space to continue."
            )
        )

    def _end_session(self, outcome: Outcome) -> None:
        if self.session is None or self.player is None:
            return
        self.session = sessions.end(self.session, outcome, self.player.parts_done(), now())
        self._store_session()
        self._show_summary(outcome is Outcome.COMPLETED)

    def _show_summary(self, completed: bool) -> None:
        """What was done, for how long, and the pain before: above the after-questions."""
        if self.session is None or self.player is None or self.routine is None:
            return
        count = sessions.count_steps(self.player.segments, self.session.segments_done)
        self.done_summary.setText(
            summary_html(
                Done.of(
                    self.routine.title,
                    count,
                    self._routine_seconds(),
                    completed,
                    self.session.pain_before,
                )
            )
        )

    def _routine_seconds(self) -> float:
        """Time spent in the routine itself (core.session.routine_seconds)."""
        assert self.player is not None
        return sessions.routine_seconds(self.player.segments, self.player.elapsed_overall())

    def _show_trial_note(self) -> None:
        """After a try-out: no questions (nothing is recorded), just what was done."""
        for widget in (self.pain_after, self.pain_moved, self.done_text):
            widget.setVisible(not self.trial)
        if self.trial and self.player is not None and self.routine is not None:
            self.done_summary.setText(
                summary_html(
                    Done.of(
                        self.routine.title,
                        self.player.step_count(),
                        self._routine_seconds(),
                        self.player.state is State.FINISHED,
                        None,
                    )
                )
                + self.tr("This was a try-out: nothing was written to your journal.")
            )

    def _finished(self) -> None:
        self._show_end(
            Outcome.COMPLETED,
            self.tr("Routine complete. Well done."),
            self.tr(
                "Rate your pain now if you like: your journal keeps it beside the "
                "rating from before the routine."
            ),
        )
        self.done.emit()

    def _stopped(self) -> None:
        self._show_end(
            Outcome.STOPPED,
            self.tr("Routine stopped."),
            self.tr(
                "That is fine: stop whenever something does not feel "
                "right. It is saved in your journal as stopped."
            ),
        )

    def _show_end(self, outcome: Outcome, title: str, text: str) -> None:
        """Record how the routine ended and show the end panel with *title* and *text*."""
        self._end_session(outcome)
        self._show_trial_note()
        self.done_title.setText(title)
        self.done_text.setText(text)
        self.stack.setCurrentWidget(self.finished_panel)

    def _spread_caution(self, routine_id: str) -> tuple[str, ...]:
        """A caution when the last one or two answers for this routine were "further down"."""
        recent = safety.recent_pain_moved(self.journal_actions.journal, routine_id, 2)
        spread = [moved is PainMoved.FURTHER_DOWN for moved in recent]
        if spread == [True, True]:
            return (texts.SPREAD_TWICE,)
        return (texts.SPREAD_LAST_TIME,) if spread[:1] == [True] else ()

    def _store_session(self) -> None:
        """Write the session's progress: an update of its row, or the row afresh when
        the journal open now lacks it (a restore swapped the journal mid-routine, or
        the first write failed), so what was played is not lost."""
        assert self.session is not None
        if self.journal_actions.save_session(self.session, new=not self._session_stored):
            self._session_stored = True

    def _journal_changed(self, changes: Changes) -> None:
        """After a restore, is the session being recorded in the journal now open?"""
        if not changes.replaced or self.session is None:
            return
        try:
            self.journal_actions.journal.session(self.session.id)
        except KeyError:
            self._session_stored = False
        else:
            self._session_stored = True

    def _save_pain_moved(self, value: str) -> None:
        """Store the stop-rule answer; "further down" shows the stop-rule advice at once."""
        if self.session is None or self.routine is None:
            return
        moved = PainMoved(value)
        self.session = sessions.answer_pain_moved(self.session, moved)
        self._store_session()
        if moved is not PainMoved.FURTHER_DOWN:
            self.pain_moved.show_advice("")
            return
        advice, spread_twice = texts.STOP_RULE_ADVICE, texts.SPREAD_TWICE
        twice = self._spread_caution(self.routine.id) == (spread_twice,)
        self.pain_moved.show_advice(f"{advice} {spread_twice}" if twice else advice)

    def _save_pain_after(self, value: int) -> None:
        if self.session is not None:
            self.session = sessions.rate_after(self.session, value)
            self._store_session()
