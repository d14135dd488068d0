"""A page that is built the first time it is shown, or asked for.

The window starts with the first page only; the others cost nothing (not even their
modules' import) until the user goes to them. Code that needs a page before that calls
:meth:`LazyPage.page`, which builds it then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazyPage(QWidget, Generic[W]):
    """Stands in the page stack for the page *build* makes (with this as its parent)."""

    def __init__(self, build: Callable[[QWidget], W], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._page: W | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> W:
        if self._page is None:
            self._page = self._build(self)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._page)
            self._page.show()  # a child added to a shown widget is not shown by itself
            # Laid out now, as a page put straight into its scroll area would be, not
            # when the layout request is handled: code asking for the page may measure
            # or draw it at once.
            self.resize(self.size().expandedTo(self.minimumSizeHint()))
            layout.activate()
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        self.page()
        super().showEvent(event)

    def heightForWidth(self, width: int) -> int:
        """The page's own answer (a layout asks a child's layout, not the child, so a
        page that scrolls inside, such as an adaptive Panel, would go unheard)."""
        if self._page is None:
            return super().heightForWidth(width)
        return self._page.heightForWidth(width)
