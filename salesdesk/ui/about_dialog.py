"""关于 salesdesk: the version, where the agent's data file and log are, and the bundled font.

"打开数据文件夹" hands the folder to the system's file manager through ``open_url``
(``QDesktopServices.openUrl``; tests pass a recorder instead).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QIcon
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

import salesdesk
from salesdesk import paths

from .messages import Messages

#: The icon's side in the dialog, in pixels.
ICON_SIZE = 64
#: The app icon's files (resources/icons/salesdesk-<size>.png; the .ico and .icns are for the executables).
ICON_SUFFIXES = (".png",)


def app_version() -> str:
    """The version the program was built as (salesdesk/__init__.py; pyproject reads it too)."""
    return salesdesk.__version__


def app_icon(widget: QWidget | None = None) -> QIcon:
    """The window's icon, else the application's, else the files in resources/icons/."""
    for icon in (widget.windowIcon() if widget is not None else QIcon(), QApplication.windowIcon()):
        if not icon.isNull():
            return icon
    icon = QIcon()
    folder = paths.resource_path("icons")
    if folder.is_dir():
        for file in sorted(folder.iterdir()):
            if file.suffix.lower() in ICON_SUFFIXES:
                icon.addFile(str(file))
    return icon


def font_licence_path() -> Path:
    return paths.bundled_cjk_font_path().parent / "LICENSE-Apache-2.0.txt"


class AboutDialog(QDialog):
    """What the program is, which version, and where it keeps the agent's data."""

    def __init__(self, data_file: Path | None, log_file: Path | None, messages: Messages, *,
                 demo: bool = False, open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("关于 salesdesk"))
        self.data_file = data_file
        self.log_file = log_file
        self._messages = messages
        self._open_url = open_url

        icon = app_icon(parent)
        self.icon_label = QLabel(self)
        self.icon_label.setObjectName("aboutIcon")
        if not icon.isNull():
            self.icon_label.setPixmap(icon.pixmap(QSize(ICON_SIZE, ICON_SIZE)))
        self.icon_label.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.icon_label.setVisible(not icon.isNull())

        name = QLabel(self.tr("salesdesk 销售管理"), self)
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        name.setFont(font)
        self.version_label = QLabel(self.tr("版本 {version}").format(version=app_version()), self)
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(self.tr("离线的个人客户管理工具：所有数据只保存在本机的一个文件里，从不联网。") + "\n"
                       + self.tr("按“潜在客户管理系统”管理客户：坚持标准，遵循周期。"), self)
        blurb.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(name)
        heading.addWidget(self.version_label)
        heading.addWidget(blurb)
        top = QHBoxLayout()
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(heading, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if data_file is None:
            data_text = self.tr("（内存中的数据库，不保存到文件）")
        elif demo:
            data_text = self.tr("{path}（演示数据：关闭后即删除）").format(path=data_file)
        else:
            data_text = str(data_file)
        self.data_label = self._path_label(data_text, "aboutDataFile")
        form.addRow(self.tr("数据文件："), self.data_label)
        if log_file is not None:
            log_text = str(log_file)
            if not log_file.exists():
                log_text = self.tr("{path}（尚未创建：出现意外错误时才会写入）").format(path=log_file)
            self.log_label = self._path_label(log_text, "aboutLogFile")
            form.addRow(self.tr("日志文件："), self.log_label)
        else:
            self.log_label = None
        licence = font_licence_path()
        self.font_label = QLabel(self)
        self.font_label.setObjectName("aboutFont")
        self.font_label.setWordWrap(True)
        self.font_label.setText(self.tr(
            "内置中文字体：文泉驿微米黑（WenQuanYi Micro Hei）0.2.0-beta，"
            "按 Apache-2.0 许可证分发（也可选 GPL-3.0 或更新版本，附字体嵌入例外）。"
            "<a href=\"{url}\">许可证全文</a>").format(url=QUrl.fromLocalFile(str(licence)).toString()))
        self.font_label.setTextFormat(Qt.TextFormat.RichText)
        self.font_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.font_label.linkActivated.connect(lambda url: self._open(QUrl(url), licence))
        form.addRow(self.tr("字体："), self.font_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.open_folder_button = QPushButton(self.tr("打开数据文件夹"), self)
        self.open_folder_button.setObjectName("openDataFolder")
        self.open_folder_button.setEnabled(data_file is not None)
        self.open_folder_button.clicked.connect(self.open_data_folder)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _path_label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def data_folder(self) -> Path | None:
        return self.data_file.parent if self.data_file is not None else None

    def open_data_folder(self) -> bool:
        """Show the data file's folder in the system's file manager."""
        folder = self.data_folder()
        if folder is None:
            return False
        return self._open(QUrl.fromLocalFile(str(folder)), folder)

    def _open(self, url: QUrl, path: Path) -> bool:
        if path.exists() and self._open_url(url):
            return True
        if not path.exists():
            text = self.tr("找不到 {path}").format(path=path)
        else:
            text = self.tr("系统没有打开 {path}：请在文件管理器中打开它。").format(path=path)
        self._messages.warn(self, self.tr("无法打开"), text)
        return False


def show_about(window) -> AboutDialog:
    """The window's About box (one at a time: a second 关于 brings the first to the front)."""
    dialog = getattr(window, "about_dialog", None)
    if dialog is None:
        dialog = AboutDialog(window.desk.database_path, window.log_path, window.messages,
                             demo=window.demo, open_url=window.open_url, parent=window)
        window.about_dialog = dialog
        dialog.finished.connect(lambda _result: _forget(window, dialog))
    bring_forward(dialog)
    return dialog


def bring_forward(dialog: QDialog) -> None:
    """Show a modeless box; one already open comes to the front instead of a second one."""
    if dialog.isVisible():
        dialog.raise_()
    else:
        dialog.show()
    dialog.activateWindow()


def _forget(window, dialog: AboutDialog) -> None:
    if getattr(window, "about_dialog", None) is dialog:
        window.about_dialog = None
    dialog.deleteLater()
