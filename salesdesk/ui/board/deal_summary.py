"""交易总结: 成功原因 / 失败原因 and 经验总结 of a prospect that ended 成交 or 退出.

Offered after a move to 成交 or 退出 on the board (optional: 跳过 leaves it empty), and
editable later from the prospect's details and the card's 潜在客户 tab.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from salesdesk.core.stages import Stage
from salesdesk.services import ServiceError


def _tr(text: str) -> str:
    return QCoreApplication.translate("DealSummary", text)


def reason_label(stage: Stage) -> str:
    return _tr("成功原因") if stage == Stage.WON else _tr("失败原因")


def summary_lines(desk, prospect_id: int) -> list[tuple[str, str]]:
    """(label, text) rows of a prospect's 交易总结 for a details view (none when open)."""
    summary = desk.grades.deal_summary(prospect_id)
    if summary.stage not in (Stage.WON, Stage.LOST):
        return []
    return [(reason_label(summary.stage) + _tr("："), summary.reason or _tr("（未填写）")),
            (_tr("经验总结："), summary.lessons or _tr("（未填写）"))]


class DealSummaryDialog(QDialog):
    """One summary for one or several prospects that ended the same way (保存 / 跳过)."""

    def __init__(self, desk, prospect_ids: Sequence[int], title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.prospect_ids = list(prospect_ids)
        first = desk.grades.deal_summary(self.prospect_ids[0])
        self.stage = first.stage
        self.setWindowTitle(_tr("交易总结"))
        layout = QVBoxLayout(self)
        intro = QLabel(title or _tr("这笔交易已{how}。记下原因和经验（可跳过，以后在潜在客户详情里补写）：").format(
            how=_tr("成交") if self.stage == Stage.WON else _tr("退出")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason = QLineEdit(first.reason or ("" if self.stage == Stage.WON else first.lost_reason))
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(500)
        known = desk.grades.deal_reasons()
        choices = [r for r, _n in (known.won if self.stage == Stage.WON else known.lost)]
        completer = QCompleter(choices, self.reason)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.reason.setCompleter(completer)
        self.reason.setPlaceholderText(_tr("如 需求分析到位、老客户转介绍") if self.stage == Stage.WON
                                       else _tr("如 没有找到决策人、预算不足"))
        form.addRow(reason_label(self.stage) + _tr("："), self.reason)
        self.lessons = QPlainTextEdit(first.lessons)
        self.lessons.setObjectName("lessons")
        self.lessons.setTabChangesFocus(True)
        self.lessons.setPlaceholderText(_tr("下次可以做得更好的地方、值得保持的做法"))
        form.addRow(_tr("经验总结："), self.lessons)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(_tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.skip_button = buttons.addButton(_tr("跳过"), QDialogButtonBox.ButtonRole.RejectRole)
        self.skip_button.setObjectName("skip")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def save(self) -> None:
        try:
            with self.desk.batch():
                for pid in self.prospect_ids:
                    self.desk.grades.set_deal_summary(pid, self.reason.text(), self.lessons.toPlainText())
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()


def offer_deal_summary(board, prospect_ids: Sequence[int], then=None) -> None:
    """After a move to 成交 or 退出 on the board: the summary dialog, as the board's current
    dialog (保存 or 跳过 both carry on with ``then``, e.g. the rest of a queued move)."""
    if board.read_only_reason or not prospect_ids:
        if then:
            then()
        return
    try:
        dialog = DealSummaryDialog(board.desk, prospect_ids, parent=board)
    except ServiceError:  # gone meanwhile (another window): nothing to summarise
        if then:
            then()
        return
    board._open_dialog(dialog, on_accept=then, on_reject=then)
