"""The session's undo: what the agent did since the window opened, taken back with Ctrl+Z.

One stack per window, shared by the one-click activity log and the contact log (two Ctrl+Z
shortcuts live at once cancel each other out in Qt). Each entry is a label (撤销 拨打 何建国)
and the function that takes the step back through the services. Nothing is kept across
sessions: the database keeps history, this keeps only the agent's last clicks.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from salesdesk.services import ServiceError

#: Steps kept; the oldest go first.
LIMIT = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoStack", text)


@dataclass(eq=False)
class UndoEntry:
    text: str
    undo: Callable[[], None]


class UndoStack(QObject):
    """``changed`` whenever an entry is pushed or taken."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._entries: list[UndoEntry] = []

    def push(self, text: str, undo: Callable[[], None]) -> UndoEntry:
        entry = UndoEntry(text, undo)
        self._entries.append(entry)
        del self._entries[:-LIMIT]
        self.changed.emit()
        return entry

    def can_undo(self) -> bool:
        return bool(self._entries)

    def undo_text(self) -> str:
        return self._entries[-1].text if self._entries else ""

    def holds(self, entry: UndoEntry) -> bool:
        return entry in self._entries

    def undo(self, entry: UndoEntry | None = None) -> str | None:
        """Take back the last step (or ``entry``); its text, None when there is nothing.

        A ServiceError (the record was changed elsewhere meanwhile…) is raised to the
        caller; the step is dropped either way: it cannot be taken back twice.
        """
        if entry is None:
            if not self._entries:
                return None
            entry = self._entries[-1]
        elif entry not in self._entries:
            return None
        self._entries.remove(entry)
        self.changed.emit()
        entry.undo()
        return entry.text


def undo_action(stack: UndoStack, parent: QWidget, messages, done: Callable[[str], None] | None = None) -> QAction:
    """撤销 (Ctrl+Z), enabled while there is something to take back, named after it."""
    action = QAction(_tr("撤销"), parent)
    action.setShortcut(QKeySequence.StandardKey.Undo)

    def update() -> None:
        action.setEnabled(stack.can_undo())
        action.setText(_tr("撤销 {what}").format(what=stack.undo_text()) if stack.can_undo() else _tr("撤销"))

    def run() -> None:
        try:
            text = stack.undo()
        except ServiceError as exc:
            messages.warn(parent, _tr("无法撤销"), str(exc))
            return
        if text and done is not None:
            done(text)

    action.triggered.connect(run)
    stack.changed.connect(update)
    update()
    return action
