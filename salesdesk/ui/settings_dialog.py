"""设置: the agent's name, the sales cycle (computed or overridden) and the 退出 reasons, kept in
the data file; then this computer's language and data folder (ui/computer_settings.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from salesdesk.core.cycle import CycleSource
from salesdesk.services import SalesDesk, ServiceError

from .computer_settings import ComputerSettings


class SettingsDialog(QDialog):
    def __init__(self, desk: SalesDesk, parent: QWidget | None = None, read_only: str = "", *,
                 messages=None, db_path: Path | None = None, before_move: Callable[[], bool] | None = None):
        """``read_only``: why nothing may be saved (a read-only file…): the settings are shown
        only (the language too: the window that edits the file changes it). ``db_path``: the open file (None for
        the demo); ``before_move``: asked before the data folder moves (False: it does not)."""
        super().__init__(parent)
        self.desk = desk
        self.read_only = read_only
        if messages is None:
            from .messages import Messages

            messages = Messages()
        self.messages = messages
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(460)

        self.agent_name = QLineEdit(desk.setting("agent_name"))
        self.agent_name.setMaxLength(100)
        self.agent_name.setPlaceholderText(self.tr("打印表头和部门追踪表中使用"))

        override = desk.settings_int("cycle_override_days", 0)
        computed = self._computed_cycle()
        self.cycle_auto = QRadioButton(computed)
        self.cycle_manual = QRadioButton(self.tr("手动设置"))
        group = QButtonGroup(self)
        group.addButton(self.cycle_auto)
        group.addButton(self.cycle_manual)
        self.cycle_days = QSpinBox()
        self.cycle_days.setRange(1, 3650)
        self.cycle_days.setSuffix(self.tr(" 天"))
        self.cycle_days.setValue(override or desk.sales_cycle().days)
        (self.cycle_manual if override else self.cycle_auto).setChecked(True)
        self.cycle_days.setEnabled(bool(override))
        self.cycle_manual.toggled.connect(self.cycle_days.setEnabled)
        manual_row = QHBoxLayout()
        manual_row.addWidget(self.cycle_manual)
        manual_row.addWidget(self.cycle_days)
        manual_row.addStretch(1)

        self.default_days = QSpinBox()
        self.default_days.setRange(1, 3650)
        self.default_days.setSuffix(self.tr(" 天"))
        self.default_days.setValue(desk.settings_int("cycle_default_days", 28))

        self.lost_reasons = QPlainTextEdit("\n".join(desk.lost_reasons()))
        self.lost_reasons.setFixedHeight(110)

        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("业务员姓名"), self.agent_name)
        form.addRow(self.tr("销售周期"), self.cycle_auto)
        form.addRow("", _wrap(manual_row))
        form.addRow(self.tr("默认销售周期"), self.default_days)
        hint = QLabel(self.tr("成交少于 5 笔时使用默认值；之后按最近 20 笔成交的中位数计算。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        form.addRow("", hint)
        form.addRow(self.tr("退出原因\n（每行一条）"), self.lost_reasons)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.computer = ComputerSettings(desk, messages, db_path, read_only=read_only,
                                         before_move=self._before_move, parent=self)
        self._before_move_too = before_move
        self.computer.moved.connect(self._moved)
        #: The move done from this dialog (services.data_folder.FolderMove), if any.
        self.folder_move = None
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.computer)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        if read_only:
            for widget in (self.agent_name, self.cycle_auto, self.cycle_manual, self.cycle_days,
                           self.default_days, self.lost_reasons, self.save_button, self.computer.language):
                widget.setEnabled(False)
                widget.setToolTip(read_only)
            self.error.setText(read_only)
            self.error.setStyleSheet("color: #5c4400;")
            self.error.show()

    def _computed_cycle(self) -> str:
        cycle = self.desk.sales_cycle()
        if cycle.source == CycleSource.OVERRIDE:
            # Show what the automatic value would be without the override.
            durations = self.desk.deal_durations()
            from salesdesk.core.cycle import sales_cycle

            cycle = sales_cycle(durations, self.desk.settings_int("cycle_default_days", 28))
        return self.tr("自动计算（现为 {days} 天，{how}）").format(days=cycle.days, how=cycle.label)

    def save(self) -> None:
        if self._save_values():
            self.accept()

    def _save_values(self) -> bool:
        """Save the file's settings and the language; False, with the reason shown, when
        something was refused."""
        if self.read_only:
            return False
        reasons = [line for line in self.lost_reasons.toPlainText().splitlines() if line.strip()]
        try:
            # One transaction: a refused value saves nothing, so 取消 really cancels.
            self.desk.set_settings({
                "agent_name": self.agent_name.text(),
                "cycle_override_days": self.cycle_days.value() if self.cycle_manual.isChecked() else 0,
                "cycle_default_days": self.default_days.value(),
                "lost_reasons": reasons,
            })
        except ServiceError as exc:
            self._show_error(str(exc))
            return False
        try:
            self.computer.save_language()
        except OSError as exc:
            from salesdesk.core.os_errors import os_reason

            self._show_error(self.tr("无法保存界面语言（{reason}）").format(reason=os_reason(exc)))
            return False
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setStyleSheet("color: #c62828;")
        self.error.show()

    def _before_move(self) -> bool:
        # What was typed here is saved first: the file it would go to is about to move.
        if not self._save_values():
            return False
        return self._before_move_too is None or self._before_move_too()

    def _moved(self, move) -> None:
        self.folder_move = move
        self.accept()


def _wrap(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
