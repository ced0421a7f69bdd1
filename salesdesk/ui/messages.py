"""The one seam for modal message boxes and input dialogs.

Widgets never call ``QMessageBox.warning(...)`` and friends themselves: they call a
``Messages`` object handed to their constructor. Tests hand in a fake that answers at
once (and records what was asked), so no test ever blocks on a modal dialog.
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QCoreApplication, QDir, QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


class SaveChoice(Enum):
    """The answer to 'there are unsaved edits'."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


# Kinds of file whose dialogs remember their own last folder.
WEEKLY_PDF = "weekly_pdf"
WEEKLY_XLSX = "weekly_xlsx"
DEPT_EXPORT = "dept_export"
MERGE_INPUTS = "merge_inputs"
MERGED = "merged"
BACKUPS = "backups"


def documents_folder() -> str:
    """The user's Documents folder (their home when the system has none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else QDir.homePath()


class RecentFolders:
    """Where a file dialog opens: the last folder used for that kind of file, else Documents."""

    KEY = "file_dialogs/{kind}"

    def __init__(self, settings: QSettings | None = None):
        self._settings = settings

    @property
    def settings(self) -> QSettings:
        if self._settings is None:
            self._settings = QSettings()  # the application's own (organisation "salesdesk")
        return self._settings

    def use(self, settings: QSettings) -> None:
        self._settings = settings

    def folder(self, kind: str) -> str:
        if kind:
            remembered = str(self.settings.value(self.KEY.format(kind=kind), "") or "")
            if remembered and Path(remembered).is_dir():
                return remembered
        return documents_folder()

    def remember(self, kind: str, path: str | Path) -> None:
        if not kind:
            return
        path = Path(path)
        folder = path if path.is_dir() else path.parent
        self.settings.setValue(self.KEY.format(kind=kind), str(folder))


def replace_question(path: Path) -> str:
    return _tr("“{name}”已存在，要替换它吗？").format(name=path.name)


class Messages:
    """Real dialogs. Every method is modal and returns the user's answer."""

    def __init__(self, settings: QSettings | None = None):
        self.folders = RecentFolders(settings)

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

    def open_file(self, parent: QWidget | None, title: str, filter: str = "", kind: str = "") -> str | None:
        paths = self._choose(parent, title, filter, kind, QFileDialog.FileMode.ExistingFile)
        return paths[0] if paths else None

    def open_files(self, parent: QWidget | None, title: str, filter: str = "", kind: str = "") -> list[str]:
        """Several files at once (empty when cancelled)."""
        return self._choose(parent, title, filter, kind, QFileDialog.FileMode.ExistingFiles)

    def save_file(self, parent: QWidget | None, title: str, suggested: str = "", filter: str = "",
                  kind: str = "", suffix: str = "") -> str | None:
        """Where to save; ``suffix`` (".xlsx") is added when missing, and replacing an
        existing file (under the name as finally completed) is asked here, once."""
        name = suggested
        while True:
            paths = self._choose(parent, title, filter, kind, QFileDialog.FileMode.AnyFile, name)
            if not paths:
                return None
            path = Path(paths[0])
            if suffix and path.suffix.lower() != suffix.lower():
                path = path.with_name(path.name + suffix)
            if not path.exists() or self.ask(parent, title, replace_question(path)):
                return str(path)
            name = str(path)  # "no": back to the dialog, as Qt's own question does

    def choose_folder(self, parent: QWidget | None, title: str, kind: str = "") -> str | None:
        """An existing folder, or None when cancelled."""
        dialog = QFileDialog(parent, title, self.folders.folder(kind))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        try:
            if not self._run(dialog):
                return None
            chosen = [p for p in dialog.selectedFiles() if p]
        finally:
            dialog.deleteLater()
        if chosen:
            self.folders.remember(kind, chosen[0])
        return chosen[0] if chosen else None

    def _choose(self, parent: QWidget | None, title: str, filter: str, kind: str, mode: QFileDialog.FileMode,
                suggested: str = "") -> list[str]:
        dialog = QFileDialog(parent, title, self.folders.folder(kind), filter)
        dialog.setFileMode(mode)
        if mode == QFileDialog.FileMode.AnyFile:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            # Asked in save_file, after the suffix is added: Qt would ask about the name typed.
            dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
        if suggested:
            dialog.selectFile(suggested)
        try:
            if not self._run(dialog):
                return []
            paths = [p for p in dialog.selectedFiles() if p]
        finally:
            dialog.deleteLater()
        if paths:
            self.folders.remember(kind, paths[0])
        return paths

    def _run(self, dialog: QDialog) -> bool:
        """Show a dialog until it is closed (tests answer it instead)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def about(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.about(parent, title, text)

    def choose(self, parent: QWidget | None, title: str, text: str, choices: Sequence[str]) -> int:
        """A warning with one button per choice, in order; the index of the one clicked.
        Esc (or closing the box) picks the last choice, which should be the safe one."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 480px; }")  # a path wraps less
        buttons = [box.addButton(choice, QMessageBox.ButtonRole.ActionRole) for choice in choices]
        box.setDefaultButton(buttons[0])
        box.setEscapeButton(buttons[-1])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else len(buttons) - 1

    def pick(self, parent: QWidget | None, title: str, label: str, items: Sequence[str]) -> int | None:
        """One of ``items`` from a list (the first preselected); its index, None when cancelled."""
        items = list(items)
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setOption(QInputDialog.InputDialogOption.UseListViewForComboBoxItems)
        dialog.setComboBoxItems(items)
        dialog.setComboBoxEditable(False)
        if items:
            dialog.setTextValue(items[0])
        dialog.resize(560, 320)
        if dialog.exec() != QInputDialog.DialogCode.Accepted or dialog.textValue() not in items:
            return None
        return items.index(dialog.textValue())
