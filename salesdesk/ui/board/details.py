"""A prospect's details: criteria with notes, money, dates and the stage history."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from salesdesk.core.cycle import AgeState
from salesdesk.core.money import format_cny
from salesdesk.core.rules import CRITERIA, ProspectFacts, criterion_holds
from salesdesk.services import ServiceError

from .dialogs import _error_label, card_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProspectDetails", text)


_AGE_WORDS = {AgeState.OK: "周期内", AgeState.WARNING: "临近周期", AgeState.OVERDUE: "已超出周期"}


class ProspectDetailsDialog(QDialog):
    #: The agent asked for the customer card of this prospect's customer.
    open_customer = Signal(int)

    def __init__(self, desk, prospect_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.prospect_id = prospect_id
        [card] = desk.board_cards([prospect_id])
        self.card = card
        cycle = desk.sales_cycle()
        self.setWindowTitle(_tr("潜在客户 — {name}").format(name=card_title(card)))
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        title = QLabel(f"<b style='font-size:14pt'>{card.customer_name}</b>　{card.plan}　"
                       f"<span style='color:#1a73e8'>{card.stage.label}</span>")
        head.addWidget(title, 1)
        self.customer_button = QPushButton(_tr("打开客户名片"))
        self.customer_button.clicked.connect(lambda: self.open_customer.emit(card.customer_id))
        head.addWidget(self.customer_button)
        layout.addLayout(head)

        facts = QFormLayout()
        day = lambda d: d.isoformat() if d else "—"  # noqa: E731
        facts.addRow(_tr("公司："), QLabel(card.company or "—"))
        facts.addRow(_tr("录入："), QLabel(card.created_at.strftime("%Y-%m-%d %H:%M")))
        facts.addRow(_tr("初次见面："), QLabel(day(card.first_meeting)))
        if card.age is not None:
            facts.addRow(_tr("已经："), QLabel(_tr("{age} 天 / 销售周期 {cycle} 天（{state}）").format(
                age=card.age, cycle=cycle.days, state=_tr(_AGE_WORDS[card.age_state]))))
        facts.addRow(_tr("本阶段："), QLabel(_tr("{since} 起，{n} 天").format(
            since=card.stage_since.strftime("%Y-%m-%d"), n=card.days_in_stage)))
        facts.addRow(_tr("签约日期："), QLabel(day(card.signing_date)))
        facts.addRow(_tr("下一步："), QLabel(card.next_step or "—"))
        money = _tr("预算 {b}　预收保费 {p}　承保标保 {w}").format(
            b=format_cny(card.budget) or "—", p=format_cny(card.paid) or "—", w=format_cny(card.premium) or "—")
        facts.addRow(_tr("金额："), QLabel(money))
        if card.tags:
            facts.addRow(_tr("标签："), QLabel("、".join(card.tags)))
        if card.lost_reason:
            facts.addRow(_tr("退出原因："), QLabel(card.lost_reason))
        layout.addLayout(facts)

        box = QGroupBox(_tr("50% 的五项标准"))
        grid = QGridLayout(box)
        self.notes: dict[int, QLineEdit] = {}
        state = ProspectFacts(stage=card.stage, first_meeting=card.first_meeting, criteria=card.criteria,
                              budget=card.budget, signing_date=card.signing_date, next_step=card.next_step)
        for row, crit in enumerate(CRITERIA):
            holds = criterion_holds(crit.number, state, cycle.days)
            mark = QLabel(("✓ " if holds else "✗ ") + f"{crit.number}. {crit.label}")
            mark.setStyleSheet(f"color: {'#1e8e3e' if holds else '#80868b'};")
            mark.setToolTip(crit.meaning)
            grid.addWidget(mark, row, 0)
            note = QLineEdit(card.criteria_notes.get(crit.number, ""))
            note.setPlaceholderText(_tr("备注"))
            note.setMaxLength(200)
            self.notes[crit.number] = note
            grid.addWidget(note, row, 1)
        self._saved_notes = self._current_notes()
        self.save_notes = QPushButton(_tr("保存备注"))
        self.save_notes.clicked.connect(self._save_notes)
        grid.addWidget(self.save_notes, len(CRITERIA), 1)
        layout.addWidget(box)
        self.error = _error_label()
        layout.addWidget(self.error)

        history = desk.stage_history(prospect_id)
        layout.addWidget(QLabel(_tr("阶段历史")))
        self.history = QTableWidget(len(history), 4)
        self.history.setHorizontalHeaderLabels([_tr("时间"), _tr("从"), _tr("到"), _tr("原因 / 金额")])
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, change in enumerate(history):
            reason = change.reason
            if change.correction_of:
                reason = _tr("【更正】") + reason
            if change.paid:
                reason += _tr("　预收保费 {m}").format(m=format_cny(change.paid))
            if change.premium:
                reason += _tr("　承保标保 {m}").format(m=format_cny(change.premium))
            cells = [change.at.strftime("%Y-%m-%d %H:%M"),
                     change.from_stage.label if change.from_stage else _tr("（新建）"),
                     change.to_stage.label, reason.strip()]
            for col, text in enumerate(cells):
                self.history.setItem(row, col, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.history, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(660, 720)  # room for several history rows at 1366x768

    def _current_notes(self) -> dict[int, str]:
        return {n: e.text().strip() for n, e in self.notes.items()}

    def _save_notes(self) -> bool:
        notes = self._current_notes()
        try:
            self.desk.set_criteria_notes(self.prospect_id, notes)
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            return False
        self._saved_notes = notes
        self.error.setVisible(False)
        self.save_notes.setText(_tr("已保存"))
        return True

    def done(self, result: int) -> None:
        # Closing (关闭, Esc, the title bar, opening another card) keeps what was typed:
        # notes are saved on the way out; if that is refused the dialog stays open.
        if self._current_notes() != self._saved_notes and not self._save_notes():
            return
        super().done(result)
