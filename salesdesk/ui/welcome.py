"""欢迎: the first start on a computer without a data file yet.

Instead of creating an empty file without a word, the window asks how to begin: start
empty, look at the demo first (a throw-away copy, as ``--demo``: the agent's data file is
not created), or import a spreadsheet (the empty file, then the import wizard). It also asks
the two settings a new desk needs (业务员姓名, 默认销售周期), saved through the services once
the file exists. 退出 (or closing the dialog) quits with nothing created.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from salesdesk.services import ServiceError
from salesdesk.services.first_run import DEFAULT_CYCLE_DAYS, checked_answers, chosen_folder_missing


class Start(Enum):
    EMPTY = "empty"
    DEMO = "demo"
    IMPORT = "import"


@dataclass(frozen=True)
class FirstRun:
    """What the agent chose; ``settings`` are checked and ready for ``desk.set_settings``."""

    start: Start
    settings: dict


class WelcomeDialog(QDialog):
    def __init__(self, db_path: Path, messages, parent: QWidget | None = None):
        super().__init__(parent)
        self.messages = messages
        self.first_run: FirstRun | None = None
        self.setWindowTitle(self.tr("欢迎使用 salesdesk"))
        self.setMinimumWidth(560)

        heading = QLabel(self.tr("欢迎使用 salesdesk 销售管理"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("这台电脑上还没有 salesdesk 的数据。请先填写下面两项（以后可在“设置”中修改），"
                               "再选择怎样开始。"))
        intro.setWordWrap(True)

        self.agent_name = QLineEdit()
        self.agent_name.setMaxLength(100)
        self.agent_name.setPlaceholderText(self.tr("打印表头和部门追踪表中使用"))
        self.cycle_days = QSpinBox()
        self.cycle_days.setRange(1, 3650)
        self.cycle_days.setSuffix(self.tr(" 天"))
        self.cycle_days.setValue(DEFAULT_CYCLE_DAYS)
        form = QFormLayout()
        form.addRow(self.tr("业务员姓名"), self.agent_name)
        form.addRow(self.tr("默认销售周期"), self.cycle_days)
        hint = QLabel(self.tr("成交少于 5 笔时使用默认值；之后按最近 20 笔成交的中位数计算。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        form.addRow("", hint)

        self.empty_button = QCommandLinkButton(
            self.tr("从空白开始"), self.tr("新建一个空的数据文件，然后录入客户。"))
        self.import_button = QCommandLinkButton(
            self.tr("导入表格…"), self.tr("新建数据文件，然后从 Excel 或 CSV 表格导入已有的客户。"))
        self.demo_button = QCommandLinkButton(
            self.tr("先看看演示数据"),
            self.tr("打开一份演示数据随意试用，关闭后不留痕迹；不会创建您的数据文件，下次启动还会看到这里。"))
        self.empty_button.clicked.connect(lambda: self.choose(Start.EMPTY))
        self.import_button.clicked.connect(lambda: self.choose(Start.IMPORT))
        self.demo_button.clicked.connect(lambda: self.choose(Start.DEMO))
        self.empty_button.setDefault(True)

        self.where = QLabel(self.tr("数据文件将保存在：{path}").format(path=db_path))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setStyleSheet("color: #666;")
        if chosen_folder_missing(db_path):
            self.where.setText(self.tr("您选定的数据文件夹不存在：{folder}。如果它在移动硬盘或网络盘上，"
                                       "请先连接它，再退出并重新打开 salesdesk。").format(folder=Path(db_path).parent))
            self.where.setStyleSheet("color: #c62828;")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.quit_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.quit_button.setText(self.tr("退出", "quit the program"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addSpacing(6)
        for button in (self.empty_button, self.import_button, self.demo_button):
            layout.addWidget(button)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.agent_name.setFocus()

    def choose(self, start: Start) -> None:
        """Close with ``start`` when the answers are acceptable (the demo saves none)."""
        if start is Start.DEMO:
            self.first_run = FirstRun(start, {})
            self.accept()
            return
        try:
            settings = checked_answers(self.agent_name.text(), self.cycle_days.value())
        except ServiceError as exc:
            self.messages.warn(self, self.tr("无法开始"), str(exc))
            self.agent_name.setFocus()
            return
        self.first_run = FirstRun(start, settings)
        self.accept()


def ask_first_run(db_path: Path, messages, parent: QWidget | None = None) -> FirstRun | None:
    """The welcome, modal; None when the agent quits."""
    dialog = WelcomeDialog(db_path, messages, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.first_run
    finally:
        dialog.deleteLater()
