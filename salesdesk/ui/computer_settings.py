"""设置 of this computer rather than of the data file: the UI language and the data folder.

Both are preferences of this computer's user (salesdesk/preferences.py), read at start by the
window and the command line alike. The language takes effect at the next start. The data
folder moves at once (``desk.data_folder.move``: copied, checked, then the originals
removed), after which the window reopens on the moved file (``moved`` is emitted).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from salesdesk import i18n, preferences
from salesdesk.services import ServiceError

#: The language choices: (label, preference value); None follows the system. The names of
#: the languages read the same in every language: each in its own.
LANGUAGE_NAMES = (("中文", "zh"), ("English", "en"))  # i18n: data

#: Where the folder dialog of 移动… opens next time (Messages.folders).
DATA_FOLDER = "data_folder"


class ComputerSettings(QGroupBox):
    #: A move is done (a services.data_folder.FolderMove): the window must reopen the file.
    moved = Signal(object)

    def __init__(self, desk, messages, db_path: Path | None, *, read_only: str = "",
                 before_move: Callable[[], bool] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("这台电脑"))
        self.desk = desk
        self.messages = messages
        self.db_path = Path(db_path) if db_path is not None else None
        self.before_move = before_move

        self.language = QComboBox()
        self.language.addItem(self.tr("跟随系统"), None)
        for name, code in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        saved = i18n.normalise(preferences.get(preferences.LANGUAGE))
        self.language.setCurrentIndex(max(0, self.language.findData(saved)) if saved else 0)
        self.saved_language = self.language.currentData()
        self.language_note = QLabel(self.tr("重新启动 salesdesk 后生效。"))
        self.language_note.setStyleSheet("color: #666;")
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addWidget(self.language_note, 1)

        self.folder = QLabel(str(self.db_path.parent) if self.db_path else self.tr("（演示数据，不保存）"))
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setToolTip(str(self.db_path) if self.db_path else "")
        self.move_button = QPushButton(self.tr("移动(&M)…"))
        self.move_button.clicked.connect(self.move_folder)
        why_not = read_only or ("" if self.db_path else self.tr("演示数据不能移动"))
        if why_not:
            self.move_button.setEnabled(False)
            self.move_button.setToolTip(why_not)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignTop)

        form = QFormLayout(self)
        form.addRow(self.tr("界面语言"), language_row)
        form.addRow(self.tr("数据文件夹"), folder_row)
        hint = QLabel(self.tr("数据文件、备份和日志都在这个文件夹中。移动时先复制并检查，确认无误后才删除原来的文件。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        form.addRow("", hint)

    # -- language -------------------------------------------------------------------------
    def language_changed(self) -> bool:
        return self.language.currentData() != self.saved_language

    def save_language(self) -> None:
        """Write the language preference (only when changed). Raises OSError."""
        if self.language_changed():
            preferences.set_values({preferences.LANGUAGE: self.language.currentData()})
            self.saved_language = self.language.currentData()

    # -- data folder ----------------------------------------------------------------------
    def move_folder(self) -> None:
        title = self.tr("移动数据文件夹")
        if self.db_path is None:
            return
        chosen = self.messages.choose_folder(self, self.tr("把数据文件夹移到…"), kind=DATA_FOLDER)
        if not chosen:
            return
        question = self.tr("把数据文件（{name}）以及它的备份和日志移到：\n{target}\n\n"
                           "先复制并检查，确认无误后才删除原来的文件；之后窗口会在新位置重新打开。"
                           "要移动吗？").format(name=self.db_path.name, target=chosen)
        if not self.messages.ask(self, title, question):
            return
        if self.before_move is not None and not self.before_move():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            move = self.desk.data_folder.move(chosen)
        except ServiceError as exc:
            QApplication.restoreOverrideCursor()
            self.messages.warn(self, self.tr("无法移动数据文件夹"), str(exc))
            return
        QApplication.restoreOverrideCursor()
        self.folder.setText(str(move.new_folder))
        self.moved.emit(move)
