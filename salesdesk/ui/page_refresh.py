"""Pages that read only when they are seen.

``LazyPage`` builds a tab's page the first time it is shown. ``WhenShown`` hands a page
the ``Changes`` of each write while the page is visible; what arrives while it is hidden
is joined into one ``Changes`` and handed over when the page is next shown, so a hidden
page never queries the database for a screen nobody looks at.
"""
from __future__ import annotations

import weakref
from typing import Callable

import shiboken6

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from salesdesk.services import Changes


def follow_desk(page: QWidget, desk, deliver: Callable[[Changes], None]) -> "WhenShown":
    """``deliver`` gets the desk's Changes while ``page`` is visible (else on its next show).

    The desk holds only a weak reference, so a closed page is neither kept alive nor called;
    the subscription ends when the page is destroyed. Keep the returned object on the page.
    """
    when_shown = WhenShown(page, deliver)
    ref = weakref.ref(when_shown)

    def listener(changes: Changes) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            target.notify(changes)

    desk.subscribe(listener)
    page.destroyed.connect(lambda *_: desk.unsubscribe(listener))
    return when_shown


class WhenShown(QObject):
    """Delivers ``Changes`` to ``deliver`` only while ``page`` is visible (else on its next show)."""

    def __init__(self, page: QWidget, deliver: Callable[[Changes], None]):
        super().__init__(page)
        self._page = page
        self._deliver = deliver
        self._held: Changes | None = None
        page.installEventFilter(self)

    @property
    def holding(self) -> bool:
        """Changes arrived while hidden and wait for the next show."""
        return self._held is not None

    def notify(self, changes: Changes) -> None:
        if self._page.isVisible():
            self._deliver(changes)
        else:
            self._held = changes if self._held is None else self._held | changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self._held is not None:
            held, self._held = self._held, None
            self._deliver(held)
        return False


class LazyPage(QWidget):
    """A tab's page, made by ``factory`` the first time it is shown (or asked for)."""

    built = Signal(QWidget)

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        if self._page is None:
            page = self._factory()
            self._page = page
            self.layout().addWidget(page)
            if self.isVisible():
                page.show()  # now, not on the next turn of the event loop
            self.built.emit(page)
        return self._page

    def showEvent(self, event) -> None:
        self.page()
        super().showEvent(event)
