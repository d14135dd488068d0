"""Small screens: pages and dialogs scroll instead of growing past the screen.

The app must be usable at 800x600 and at 910x512 logical pixels (1366x768 at 150 %).
Pages are put in a frameless scroll area, dialogs get their content moved into one and
are never opened larger than the screen's free area.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

#: Below this window width (logical pixels) the page list shows short names only.
COMPACT_WIDTH = 1000


def scrollable(widget: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """*widget* in a frameless scroll area that follows its width and scrolls when short.

    The area itself takes no keyboard focus (Tab goes straight to the page's controls),
    and it scrolls a control into view when it gets focus.
    """
    return _frameless(QScrollArea(parent), widget)


def _frameless(area: QScrollArea, widget: QWidget) -> QScrollArea:
    area.setObjectName(f"{widget.objectName() or type(widget).__name__}Scroll")
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


def available_geometry(widget: QWidget) -> QRect:
    """The free area of the screen *widget* is on (or the primary screen)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_dialog(dialog: QDialog) -> QScrollArea:
    """Move *dialog*'s content into a scroll area and keep the dialog on the screen.

    Call at the end of the dialog's constructor, once its layout is set. The dialog
    opens at its preferred size, or as large as the screen's free area allows.
    """
    content = QWidget(dialog)
    content.setObjectName("dialogContent")
    old = dialog.layout()
    assert old is not None, "call fit_dialog once the dialog has its layout"
    content.setLayout(old)  # Qt moves the layout and its widgets to *content*
    area = scrollable(content, dialog)
    area.setObjectName("dialogScroll")
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    free = available_geometry(dialog)
    frame = 40  # title bar and borders drawn by the window manager
    bar = area.verticalScrollBar().sizeHint().width()
    width = min(content.sizeHint().width() + bar, free.width())
    height = min(content.sizeHint().height() + 8, free.height() - frame)
    dialog.resize(max(width, 200), max(height, 150))
    dialog.setMaximumSize(free.size())
    return area


class SpaceWatcher(QObject):
    """Calls *changed(size)* with the room *host* has on screen whenever it changes.

    The room is the size of the scroll area's viewport when *host* is a page inside
    one (a page is never smaller than its minimum size, but the room can be), else
    the size of *host*. Pages use it to rearrange themselves for narrow windows.
    """

    def __init__(self, host: QWidget, changed: Callable[[QSize], None]) -> None:
        super().__init__(host)
        self._host = host
        self._changed = changed
        self._last = QSize()
        self._watched: QWidget | None = None
        host.installEventFilter(self)

    def room(self) -> QSize:
        viewport = self._viewport()
        return (viewport or self._host).size()

    def _viewport(self) -> QWidget | None:
        parent = self._host.parentWidget()
        if parent is not None and isinstance(parent.parentWidget(), QScrollArea):
            return parent
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            viewport = self._viewport()
            if viewport is not None and viewport is not self._watched:
                viewport.installEventFilter(self)
                self._watched = viewport
            self.update()
        return False

    def update(self) -> None:
        room = self.room()
        if room != self._last:
            self._last = room
            self._changed(room)


class CurrentPanelStack(QStackedWidget):
    """A stacked widget sized by the panel it shows, not by the largest of its panels,
    so a short screen does not scroll past empty space under a small panel."""

    def _current(self) -> QWidget | None:
        return self.currentWidget()

    def sizeHint(self) -> QSize:
        current = self._current()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        current = self._current()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        current = self._current()
        return current.hasHeightForWidth() if current is not None else False

    def heightForWidth(self, width: int) -> int:
        current = self._current()
        return current.heightForWidth(width) if current is not None else -1


class Panel(QWidget):
    """A page, or a page of a CurrentPanelStack: while hidden it asks for no height
    (QStackedLayout asks every panel's heightForWidth, shown or not).

    A page's scroll area makes the page as tall as its heightForWidth, which a layout
    computes from preferred heights. Areas given to :meth:`shrink_first` scroll inside
    the panel instead: the panel asks only for their minimum height, so on a short
    screen they shrink (and scroll) while the rest of the panel stays in view.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shrinking: list[QWidget] = []

    def shrink_first(self, area: QWidget) -> QWidget:
        """*area* (a scroll area in this panel's layout) gives up its height first."""
        self._shrinking.append(area)
        return area

    def heightForWidth(self, width: int) -> int:
        if self.isHidden():
            return -1
        preferred = super().heightForWidth(width)
        layout = self.layout()
        if preferred < 0 or layout is None:
            return preferred
        items = [layout.itemAt(layout.indexOf(area)) for area in self._shrinking]
        spare = sum(
            max(0, item.sizeHint().height() - item.minimumSize().height())
            for item in items
            if item is not None and not item.isEmpty()
        )
        return preferred - spare


class FitScrollArea(QScrollArea):
    """A frameless scroll area that asks to be as tall as its content at its width, and
    takes no more (put a stretch after it): with room, all the content shows and nothing
    scrolls; on a short screen a Panel shrinks it first and it scrolls.
    """

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _frameless(self, widget)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._width = -1

    def sizeHint(self) -> QSize:
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        hint = widget.sizeHint()
        width = self.viewport().width() if self._width > 0 else hint.width()
        height = widget.heightForWidth(width) if widget.hasHeightForWidth() else -1
        return QSize(hint.width(), height if height >= 0 else hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:  # the content wraps anew: a new height
            self._width = event.size().width()
            self.updateGeometry()
