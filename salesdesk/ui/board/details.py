"""A prospect's details: its facts, the five criteria with notes, and the stage history.

The criteria, the budget, the signing date and the next step can be changed here, under
the same rules as a move (core.rules.check_facts_edit, enforced again by the services):
a 50% cannot lose a criterion without going back, a 25% cannot gain all five. The line
under the fields says, as the agent types, what the rules would refuse. A saved edit is
one row of the stage history, and the board can undo it like a move.

Sized for a 1366×768 screen: facts and fields on the left (scrolling if the font is
large), the history on the right with the dialog's full height.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from salesdesk.core.cycle import AgeState
from salesdesk.core.money import BadAmount, format_cny, parse_money
from salesdesk.core.rules import CRITERIA, ProspectFacts, all_criteria_hold, check_facts_edit, criterion_holds
from salesdesk.core.stages import Stage
from salesdesk.i18n import N_, tr
from salesdesk.services import MoveResult, ServiceError
from salesdesk.ui.messages import Messages, SaveChoice

from .deal_summary import DealSummaryDialog, summary_lines
from .dialogs import _error_label, card_title, signing_default


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProspectDetails", text)


_AGE_WORDS = {AgeState.OK: N_("周期内"), AgeState.WARNING: N_("临近周期"), AgeState.OVERDUE: N_("已超出周期")}
#: The dialog's size on a 1366×768 screen (a window's frame and the task bar take ~100 px).
WIDTH, HEIGHT = 1040, 620


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _facts(card) -> ProspectFacts:
    return ProspectFacts(
        stage=card.stage, first_meeting=card.first_meeting, criteria=card.criteria, budget=card.budget,
        signing_date=card.signing_date, next_step=card.next_step, signed=card.signed, paid=card.paid,
        premium=card.premium,
    )


class ProspectDetailsDialog(QDialog):
    #: The agent asked for the customer card of this prospect's customer.
    open_customer = Signal(int)
    #: A facts edit was saved (the board keeps it on its undo stack).
    edited = Signal(object)
    #: The agent unticked a criterion a 50%/90% needs: move it back to 25% keeping these.
    move_back_requested = Signal(int, object)

    def __init__(self, desk, prospect_id: int, parent: QWidget | None = None, messages: Messages | None = None,
                 read_only: str = ""):
        super().__init__(parent)
        self.desk = desk
        #: Why nothing may be saved here ("" = it may): the dialog only shows the prospect.
        self.read_only = read_only
        self.messages = messages or Messages()
        self.prospect_id = prospect_id
        self.today = desk.today()
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setSpacing(6)

        head = QHBoxLayout()
        self.title = QLabel()
        head.addWidget(self.title, 1)
        self.customer_button = QPushButton(_tr("打开客户名片"))
        self.customer_button.clicked.connect(lambda: self.open_customer.emit(self.card.customer_id))
        self.summary_button = QPushButton(_tr("交易总结…"))
        self.summary_button.setObjectName("dealSummary")
        self.summary_button.clicked.connect(self.edit_deal_summary)
        head.addWidget(self.summary_button)
        head.addWidget(self.customer_button)
        layout.addLayout(head)

        body = QHBoxLayout()
        layout.addLayout(body, 1)
        body.addWidget(self._build_left(), 0)
        body.addWidget(self._build_history(), 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()
        self.resize(*self._fitting_size())

    def _fitting_size(self) -> tuple[int, int]:
        """WIDTH×HEIGHT, or less on a screen smaller than 1366×768 (room for the frame)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return WIDTH, HEIGHT
        room = screen.availableGeometry()
        return min(WIDTH, room.width() - 40), min(HEIGHT, room.height() - 60)

    # == building ============================================================================
    def _build_left(self) -> QWidget:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 6, 0)
        self.facts_form = QFormLayout()
        self.facts_form.setVerticalSpacing(3)
        column.addLayout(self.facts_form)

        box = QGroupBox(_tr("50% 的五项标准（勾选 = 成立）"))
        grid = QGridLayout(box)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(2, 1)
        self.checks: dict[int, QCheckBox] = {}
        self.marks: dict[int, QLabel] = {}
        self.notes: dict[int, QLineEdit] = {}
        for row, crit in enumerate(CRITERIA):
            mark = QLabel()
            mark.setFixedWidth(mark.fontMetrics().horizontalAdvance("✓✓"))
            self.marks[crit.number] = mark
            grid.addWidget(mark, row, 0)
            check = QCheckBox(f"{crit.number}. {tr(crit.label)}")
            check.setObjectName(f"criterion{crit.number}")
            check.setToolTip(tr(crit.meaning))
            check.toggled.connect(self._on_edit)
            self.checks[crit.number] = check
            grid.addWidget(check, row, 1)
            note = QLineEdit()
            note.setPlaceholderText(_tr("备注"))
            note.setMaxLength(200)
            note.textChanged.connect(self._on_edit)
            self.notes[crit.number] = note
            grid.addWidget(note, row, 2)
        column.addWidget(box)

        fields = QFormLayout()
        fields.setVerticalSpacing(3)
        self.budget = QLineEdit()
        self.budget.setObjectName("budget")
        self.budget.setPlaceholderText(_tr("预算金额（元），如 1500；空 = 未谈"))
        self.budget.textChanged.connect(self._on_edit)
        fields.addRow(_tr("预算："), self.budget)
        signing = QHBoxLayout()
        self.has_signing = QCheckBox(_tr("已约定"))
        self.has_signing.setObjectName("hasSigning")
        self.has_signing.toggled.connect(self._on_signing_toggled)
        self.signing = QDateEdit()
        self.signing.setObjectName("signing")
        self.signing.setCalendarPopup(True)
        self.signing.setDisplayFormat("yyyy-MM-dd")
        self.signing.dateChanged.connect(self._on_edit)
        signing.addWidget(self.has_signing)
        signing.addWidget(self.signing, 1)
        fields.addRow(_tr("签约日期："), signing)
        self.next_step = QLineEdit()
        self.next_step.setObjectName("nextStep")
        self.next_step.setMaxLength(500)
        self.next_step.setPlaceholderText(_tr("下次见面谈什么"))
        self.next_step.textChanged.connect(self._on_edit)
        fields.addRow(_tr("下一步："), self.next_step)
        column.addLayout(fields)

        self.rule = QLabel()
        self.rule.setObjectName("rule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #b26a00;")
        column.addWidget(self.rule)
        self.error = _error_label()
        column.addWidget(self.error)
        row = QHBoxLayout()
        self.back_button = QPushButton(_tr("退回“25%”…"))
        self.back_button.setObjectName("moveBack")
        self.back_button.setToolTip(_tr("不再成立的标准要在退回 25% 时说明（写明原因，记入历史）"))
        self.back_button.clicked.connect(self._request_back)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.revert_button = QPushButton(_tr("还原"))
        self.revert_button.setToolTip(_tr("放弃未保存的修改"))
        self.revert_button.clicked.connect(self.load)
        row.addWidget(self.revert_button)
        self.save_button = QPushButton(_tr("保存修改"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        column.addLayout(row)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("detailsLeft")
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(470)
        self.left = scroll
        return scroll

    def _build_history(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(_tr("阶段历史")))
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels([_tr("时间"), _tr("从"), _tr("到"), _tr("原因 / 金额")])
        self.history.verticalHeader().setVisible(False)
        self.history.verticalHeader().setDefaultSectionSize(self.history.fontMetrics().height() + 8)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(False)
        self.history.setAlternatingRowColors(True)
        column.addWidget(self.history, 1)
        return box

    # == filling =============================================================================
    def load(self) -> None:
        """(Re)read the prospect: facts, criteria, notes and history; unsaved edits go."""
        [card] = self.desk.board_cards([self.prospect_id])
        self.card = card
        self._before = _facts(card)
        self._cycle = self.desk.sales_cycle().days
        self.editable = card.stage not in (Stage.WON, Stage.LOST) and not self.read_only
        self.setWindowTitle(_tr("潜在客户 — {name}").format(name=card_title(card)))
        self.title.setText(_tr("{name}　{plan}　{stage}").format(
            name=f"<b style='font-size:14pt'>{card.customer_name}</b>", plan=card.plan,
            stage=f"<span style='color:#1a73e8'>{tr(card.stage.label)}</span>"))
        self._fill_facts(card)
        self._loading = True
        try:
            for n, check in self.checks.items():
                check.setChecked(n in card.criteria)
                check.setEnabled(self.editable)
                self.notes[n].setText(card.criteria_notes.get(n, ""))
                self.notes[n].setEnabled(not self.read_only)
            self.budget.setText(f"{card.budget:.2f}" if card.budget else "")
            self.has_signing.setChecked(card.signing_date is not None)
            self.signing.setDate(_qdate(card.signing_date or self._offered_signing()))
            self.signing.setEnabled(self.editable and card.signing_date is not None)
            self.next_step.setText(card.next_step)
            for widget in (self.budget, self.has_signing, self.next_step):
                widget.setEnabled(self.editable)
        finally:
            self._loading = False
        self._saved_notes = self._current_notes()
        self._fill_history()
        self.error.setVisible(False)
        self._on_edit()

    def _offered_signing(self) -> dt.date:
        first = self.card.first_meeting
        latest = first + dt.timedelta(days=self._cycle) if first else None
        return signing_default(None, self.today, latest)

    def _fill_facts(self, card) -> None:
        while self.facts_form.rowCount():
            self.facts_form.removeRow(0)
        day = lambda d: d.isoformat() if d else "—"  # noqa: E731
        rows = [(_tr("公司："), card.company or "—"),
                (_tr("录入："), card.created_at.strftime("%Y-%m-%d %H:%M")),
                (_tr("初次见面："), day(card.first_meeting))]
        if card.age is not None:
            rows.append((_tr("已经："), _tr("{age} 天 / 销售周期 {cycle} 天（{state}）").format(
                age=card.age, cycle=self._cycle, state=_tr(_AGE_WORDS[card.age_state]))))
        rows.append((_tr("本阶段："), _tr("{since} 起，{n} 天").format(
            since=card.stage_since.strftime("%Y-%m-%d"), n=card.days_in_stage)))
        if card.signed or card.paid or card.premium:
            rows.append((_tr("金额："), _tr("已签单 {s}　预收保费 {p}　承保标保 {w}").format(
                s=_tr("是") if card.signed else _tr("否"), p=format_cny(card.paid) or "—",
                w=format_cny(card.premium) or "—")))
        if card.tags:
            rows.append((_tr("标签："), tr("、", "list separator").join(card.tags)))
        if card.lost_reason:
            rows.append((_tr("退出原因："), card.lost_reason))
        rows += summary_lines(self.desk, card.id)  # 交易总结 of a prospect that ended
        self.summary_button.setVisible(card.stage in (Stage.WON, Stage.LOST))
        self.summary_button.setEnabled(not self.read_only)
        for label, text in rows:
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts_form.addRow(label, value)

    def _fill_history(self) -> None:
        history = self.desk.stage_history(self.prospect_id)
        self.history.setRowCount(len(history))
        for row, change in enumerate(history):
            reason = change.reason
            if change.correction_of:
                reason = _tr("【更正】") + reason
            if change.paid:
                reason += _tr("　预收保费 {m}").format(m=format_cny(change.paid))
            if change.premium:
                reason += _tr("　承保标保 {m}").format(m=format_cny(change.premium))
            cells = [change.at.strftime("%Y-%m-%d %H:%M"),
                     tr(change.from_stage.label) if change.from_stage else _tr("（新建）"),
                     tr(change.to_stage.label), reason.strip()]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setToolTip(text)
                self.history.setItem(row, col, item)
        header = self.history.horizontalHeader()
        self.history.resizeColumnsToContents()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if history:
            self.history.scrollToBottom()

    # == editing =============================================================================
    def _on_signing_toggled(self, on: bool) -> None:
        self.signing.setEnabled(on and self.editable)
        self._on_edit()

    def _current_notes(self) -> dict[int, str]:
        return {n: e.text().strip() for n, e in self.notes.items()}

    def edited_facts(self) -> ProspectFacts:
        """The facts as the fields show them; ValueError naming a field that is not valid."""
        text = self.budget.text().strip()
        budget: Decimal | None = None
        if text:
            try:
                budget = parse_money(text)
            except BadAmount as exc:
                raise ValueError(str(exc)) from None
            if budget <= 0:
                raise ValueError(_tr("预算金额应大于 0"))
        signing = self.signing.date().toPython() if self.has_signing.isChecked() else None
        criteria = frozenset(n for n, check in self.checks.items() if check.isChecked())
        return self._before.with_(criteria=criteria, budget=budget, signing_date=signing,
                                  next_step=self.next_step.text().strip())

    def facts_dirty(self) -> bool:
        try:
            return self.edited_facts() != self._before
        except ValueError:
            return True

    def dirty(self) -> bool:
        return self.facts_dirty() or self._current_notes() != self._saved_notes

    def problem(self) -> str:
        """What would stop the edit being saved ("" when nothing would)."""
        try:
            facts = self.edited_facts()
        except ValueError as exc:
            return str(exc)
        if facts == self._before:
            return ""
        return check_facts_edit(self._before, facts, self.today, self._cycle)

    def _on_edit(self, *_args) -> None:
        if self._loading:
            return
        try:
            facts = self.edited_facts()
        except ValueError:
            facts = self._before
        for n, mark in self.marks.items():
            holds = criterion_holds(n, facts, self._cycle)
            mark.setText("✓" if holds else "✗")
            mark.setStyleSheet(f"color: {'#1e8e3e' if holds else '#80868b'}; font-weight: bold;")
            mark.setToolTip(_tr("成立") if holds else _tr("不成立（未勾选，或缺少所需的金额、日期、下一步）"))
        problem = self.problem()
        self.back_button.setVisible(bool(problem) and self._criteria_lost(facts))
        if not problem and self.card.stage == Stage.P25 and all_criteria_hold(facts, self._cycle):
            # Kept from before the rule (or a cycle that grew): say so, do not block other edits.
            problem = _tr("25% 的客户不能五项标准全部成立：请取消已不再成立的标准，或把它前进到“50%”")
        if self.read_only:
            problem = self.read_only
        elif not self.editable:
            problem = _tr("{stage}的客户只能查看，不能修改标准和签约信息（备注仍可保存）").format(
                stage=tr(self.card.stage.label))
        self.rule.setText(problem)
        self.rule.setVisible(bool(problem))
        dirty = self.dirty()
        self.save_button.setEnabled(dirty and not self.problem())
        self.revert_button.setEnabled(dirty)
        self.save_button.setText(_tr("保存修改") if dirty else _tr("已保存"))
        if self.read_only:
            self.save_button.setText(_tr("只读"))
            for button in (self.save_button, self.revert_button):
                button.setEnabled(False)
                button.setToolTip(self.read_only)

    def _criteria_lost(self, facts: ProspectFacts) -> bool:
        return self.card.stage in (Stage.P50, Stage.P90) and bool(self._before.criteria - facts.criteria)

    def _request_back(self) -> None:
        """Hand the unticked criteria to the board's way back into 25% (which asks the reason)."""
        kept = self.edited_facts().criteria & self._before.criteria
        notes = self._current_notes()
        if notes != self._saved_notes:
            try:
                self.desk.set_criteria_notes(self.prospect_id, notes)
            except ServiceError as exc:
                self._show_error(str(exc))
                return
        self.load()  # the other unsaved edits are not part of a move
        self.move_back_requested.emit(self.prospect_id, kept)
        self.close()

    def save(self) -> bool:
        """Save the edit (facts, then notes) through the services; False if refused."""
        problem = self.problem()
        if problem:
            self._show_error(problem)
            return False
        facts = self.edited_facts()
        try:
            if facts != self._before:
                result: MoveResult | None = self.desk.update_prospect_facts(
                    self.prospect_id, criteria=facts.criteria, budget=facts.budget,
                    signing_date=facts.signing_date, next_step=facts.next_step)
                if result is not None:
                    self.edited.emit(result)
            notes = self._current_notes()
            if notes != self._saved_notes:
                self.desk.set_criteria_notes(self.prospect_id, notes)
        except ServiceError as exc:
            self._show_error(str(exc))
            return False
        self.load()
        return True

    def edit_deal_summary(self) -> None:
        dialog = DealSummaryDialog(self.desk, [self.prospect_id], parent=self)
        try:
            if dialog.exec():
                self._fill_facts(self.card)
        finally:
            dialog.deleteLater()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def refresh_if_clean(self) -> None:
        """Follow a change made elsewhere (a move, an undo) unless the agent is editing."""
        if not self.dirty():
            self.load()

    def done(self, result: int) -> None:
        # Closing (关闭, Esc, the title bar, opening another card) keeps what was typed:
        # notes are saved on the way out; changed facts are saved if the agent says so.
        if self.facts_dirty():
            choice = self.messages.ask_save(self, _tr("潜在客户"), _tr("标准、预算、签约日期或下一步的修改还没有保存。"))
            if choice == SaveChoice.CANCEL:
                return
            if choice == SaveChoice.SAVE and not self.save():
                return
        elif self._current_notes() != self._saved_notes and not self.save():
            return
        super().done(result)
