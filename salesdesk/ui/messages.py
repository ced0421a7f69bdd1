"""The one seam for modal message boxes and input dialogs.

Widgets never call ``QMessageBox.warning(...)`` and friends themselves: they call a
``Messages`` object handed to their constructor. Tests hand in a fake that answers at
once (and records what was asked), so no test ever blocks on a modal dialog.
"""
from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


class SaveChoice(Enum):
    """The answer to 'there are unsaved edits'."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Messages:
    """Real dialogs. Every method is modal and returns the user's answer."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        """A yes/no question; True for yes."""
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_save(self, parent: QWidget | None, title: str, text: str) -> SaveChoice:
        """保存 / 放弃 / 取消 for unsaved edits."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        save = box.addButton(_tr("保存"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_tr("放弃"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(_tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return SaveChoice.SAVE
        if clicked is discard:
            return SaveChoice.DISCARD
        return SaveChoice.CANCEL

    def get_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        """One line of text, or None when cancelled."""
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def open_file(self, parent: QWidget | None, title: str, filter: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", filter)
        return path or None

    def open_files(self, parent: QWidget | None, title: str, filter: str = "") -> list[str]:
        """Several files at once (empty when cancelled)."""
        paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filter)
        return list(paths)

    def save_file(self, parent: QWidget | None, title: str, suggested: str = "", filter: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter)
        return path or None

    def about(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.about(parent, title, text)
