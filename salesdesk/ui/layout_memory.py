"""The layout a user arranged comes back: splitters, table columns and dialog sizes.

One event filter on the application sees every splitter and table header the first time it
is shown (pages built lazily included) and gives it its saved state; whenever one is hidden,
and when the window closes, its state is saved. salesdesk's own dialogs get their size and
place back the same way, by class name (STYLE: "Dialogs restore and save their geometry by
name"). No widget has to opt in, so a new page or dialog is remembered from its first day.

A widget is known by its path of object names (or class names) from its window, so the key
does not change with the language; two siblings of one class are told apart by their order.
"""
from __future__ import annotations

import weakref

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QHeaderView, QSplitter, QWidget

PREFIX = "layout"


def _own_class(obj: QObject) -> bool:
    return type(obj).__module__.startswith("salesdesk.")


def layout_key(widget: QWidget) -> str:
    """``CustomerList/QTableView/QHeaderView`` style path from the widget's window."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None:
        name = current.objectName() or type(current).__name__
        parent = current.parentWidget()
        if not current.objectName() and parent is not None:
            twins = [w for w in parent.findChildren(type(current), options=Qt.FindChildOption.FindDirectChildrenOnly)
                     if type(w) is type(current) and not w.objectName()]
            if len(twins) > 1:
                name += f"[{twins.index(current)}]"
        parts.append(name)
        if current.isWindow():
            break
        current = parent
    return "/".join(reversed(parts))


def _remembered(widget: QWidget) -> bool:
    if isinstance(widget, QSplitter):
        return True
    if isinstance(widget, QHeaderView):
        return widget.orientation() == Qt.Orientation.Horizontal and widget.count() > 0
    # salesdesk's own dialogs: Qt's message boxes and file dialogs size themselves.
    return isinstance(widget, QDialog) and _own_class(widget)


class LayoutMemory(QObject):
    """One per main window (``owner``): what is inside it, and dialogs it opened, are
    remembered in ``settings``; ``close()`` saves and stops. Without an owner: every window."""

    def __init__(self, settings: QSettings, owner: QWidget | None = None, app: QApplication | None = None):
        super().__init__(app or QApplication.instance())
        self.settings = settings
        self.owner = owner
        self._restored: "weakref.WeakSet[QWidget]" = weakref.WeakSet()
        (app or QApplication.instance()).installEventFilter(self)

    def close(self) -> None:
        self.save_all()
        QApplication.instance().removeEventFilter(self)

    def _key(self, widget: QWidget) -> str:
        if isinstance(widget, QDialog):
            return f"{PREFIX}/dialog/{type(widget).__name__}"
        # A header's state is only good for as many columns as it was saved with.
        count = f"#{widget.count()}" if isinstance(widget, QHeaderView) else ""
        return f"{PREFIX}/state/{layout_key(widget)}{count}"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide) or not isinstance(watched, QWidget):
            return False
        if not _remembered(watched) or not self._mine(watched):
            return False
        if kind == QEvent.Type.Show and watched not in self._restored:
            self._restored.add(watched)
            self.restore(watched)
        elif kind == QEvent.Type.Hide and watched in self._restored:
            self.save(watched)
        return False

    def _mine(self, widget: QWidget) -> bool:
        if self.owner is None:
            return True
        window = widget.window()
        while window is not None:
            if window is self.owner:
                return True
            parent = window.parentWidget()
            window = parent.window() if parent is not None else None
        return False

    def restore(self, widget: QWidget) -> bool:
        value = self.settings.value(self._key(widget))
        if not isinstance(value, (QByteArray, bytes)) or not value:
            return False
        if isinstance(widget, QDialog):
            return widget.restoreGeometry(value)
        return widget.restoreState(value)

    def save(self, widget: QWidget) -> None:
        state = widget.saveGeometry() if isinstance(widget, QDialog) else widget.saveState()
        self.settings.setValue(self._key(widget), state)

    def save_all(self) -> None:
        for widget in list(self._restored):
            try:
                if widget.isVisible():
                    self.save(widget)
            except RuntimeError:  # deleted on the C++ side meanwhile
                continue
        self.settings.sync()
