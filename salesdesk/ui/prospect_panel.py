"""A customer's prospects and the selected prospect's stage history, inside the card.

A customer has a handful of prospects at most, so small item-based tables are enough here.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QStyle, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from salesdesk.core.cycle import AgeState
from salesdesk.i18n import tr
from salesdesk.services import ProspectView, SalesDesk, ServiceError, StageChangeView

from .board.deal_summary import summary_lines
from .messages import Messages

AGE_COLOURS = {AgeState.WARNING: QColor("#b26a00"), AgeState.OVERDUE: QColor("#c62828")}


def m_dd(day: dt.date | None) -> str:
    """Inside tables dates are written M.DD (SPEC): 12.15."""
    return f"{day.month}.{day.day:02d}" if day else ""


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    return table


def _header_width(table: QTableWidget, column: int) -> int:
    """What a column needs to show its whole header (English headers are longer)."""
    header = table.horizontalHeader()
    text = table.horizontalHeaderItem(column).text()
    return header.fontMetrics().horizontalAdvance(text) + 2 * header.style().pixelMetric(
        QStyle.PixelMetric.PM_HeaderMargin) + 8


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class ProspectPanel(QWidget):
    #: The number of prospects shown changed (the card puts it in its tab title).
    count_changed = Signal(int)

    def __init__(self, desk: SalesDesk, messages: Messages, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk = desk
        self._messages = messages
        self._customer_id: int | None = None
        self._prospects: list[ProspectView] = []

        self.new_button = QPushButton(self.tr("新建潜在客户…"), self)
        self.new_button.setObjectName("newProspect")
        self.new_button.clicked.connect(self.new_prospect)
        self.hint = QLabel(self)
        self.hint.setObjectName("prospectHint")
        self.hint.setWordWrap(True)

        self.prospects = _table(self, [self.tr("计划"), self.tr("阶段"), self.tr("初次见面"), self.tr("天数")])
        self.prospects.setObjectName("prospectTable")
        header = self.prospects.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().horizontalAdvance("国")  # i18n: data
        for column, chars in ((1, 7), (2, 5), (3, 4)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(char * chars, _header_width(self.prospects, column)))
        self.prospects.itemSelectionChanged.connect(self._show_history)

        self.history_title = QLabel(self.tr("阶段记录"), self)
        self.history = _table(self, [self.tr("时间"), self.tr("从 → 到"), self.tr("原因")])
        self.history.setObjectName("historyTable")
        self.history.horizontalHeader().resizeSection(0, char * 9)
        self.history.horizontalHeader().resizeSection(1, char * 14)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.new_button)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.prospects)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.history_title)
        bottom_layout.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.set_customer(None)

    # -- what the card calls ------------------------------------------------------
    def set_customer(self, customer_id: int | None) -> None:
        self._customer_id = customer_id
        self.reload()

    def reload(self) -> None:
        selected = self.selected_prospect()
        self._prospects = self._desk.prospects_of(self._customer_id) if self._customer_id else []
        self.new_button.setEnabled(self._customer_id is not None)
        if self._customer_id is None:
            self.hint.setText(self.tr("先保存客户，再为他新建潜在客户。"))
        elif not self._prospects:
            self.hint.setText(self.tr("还没有潜在客户：每个计划或产品一个。"))
        else:
            self.hint.setText("")
        self.prospects.blockSignals(True)
        self.prospects.setRowCount(len(self._prospects))
        for row, prospect in enumerate(self._prospects):
            self._fill_row(row, prospect)
        self.prospects.blockSignals(False)
        ids = [p.id for p in self._prospects]
        if ids:
            self.prospects.selectRow(ids.index(selected) if selected in ids else len(ids) - 1)
        self._show_history()
        self.count_changed.emit(len(self._prospects))

    def prospect_ids(self) -> frozenset[int]:
        return frozenset(p.id for p in self._prospects)

    def selected_prospect(self) -> int | None:
        rows = self.prospects.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self._prospects):
            return self._prospects[rows[0].row()].id
        return None

    def new_prospect(self) -> None:
        if self._customer_id is None:
            return
        plan = self._messages.get_text(
            self, self.tr("新建潜在客户"), self.tr("计划或产品名称（如 重疾险、年金险）："),
        )
        if plan is None:
            return
        try:
            new_id = self._desk.add_prospect(self._customer_id, plan)
        except ServiceError as exc:
            self._messages.warn(self, self.tr("未能新建潜在客户"), str(exc))
            return
        self.reload()
        ids = [p.id for p in self._prospects]
        if new_id in ids:
            self.prospects.selectRow(ids.index(new_id))

    # -- helpers ----------------------------------------------------------------------
    def _fill_row(self, row: int, prospect: ProspectView) -> None:
        plan = prospect.plan or self.tr("（未填计划）")
        stage = _item(tr(prospect.stage.label), "\n".join(
            [self.tr("退出原因：") + prospect.lost_reason] * bool(prospect.lost_reason)
            + [label + text for label, text in summary_lines(self._desk, prospect.id)]))
        since = prospect.stage_since.strftime("%Y-%m-%d")
        stage.setToolTip(stage.toolTip() or self.tr("自 {date} 起").format(date=since))
        first = _item(m_dd(prospect.first_meeting),
                      prospect.first_meeting.isoformat() if prospect.first_meeting else "")
        age = _item("" if prospect.age is None else str(prospect.age))
        age.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        colour = AGE_COLOURS.get(prospect.age_state)
        if colour is not None:
            for item in (first, age):
                item.setForeground(QBrush(colour))
            age.setToolTip(self.tr("已超过销售周期") if prospect.age_state == AgeState.OVERDUE
                           else self.tr("接近销售周期"))
        for column, item in enumerate((_item(plan, plan), stage, first, age)):
            self.prospects.setItem(row, column, item)

    def _show_history(self) -> None:
        prospect_id = self.selected_prospect()
        changes = self._desk.stage_history(prospect_id) if prospect_id else []
        self.history.setRowCount(len(changes))
        for row, change in enumerate(changes):
            self._fill_change(row, change)
        self.history_title.setText(self.tr("阶段记录") if prospect_id else self.tr("阶段记录（选择一个潜在客户）"))

    def _fill_change(self, row: int, change: StageChangeView) -> None:
        start = tr(change.from_stage.label) if change.from_stage else self.tr("新建")
        if change.from_stage == change.to_stage:  # criteria, budget… changed in place, no move
            move = self.tr("{stage}（修改）").format(stage=tr(change.to_stage.label))
        else:
            move = f"{start} → {tr(change.to_stage.label)}"
        reason = change.reason
        money = []
        if change.paid:
            money.append(self.tr("预收保费 {amount}").format(amount=f"{change.paid:,.2f}"))
        if change.premium:
            money.append(self.tr("承保标保 {amount}").format(amount=f"{change.premium:,.2f}"))
        if money:
            reason = self.tr("；").join([reason, *money] if reason else money)
        for column, item in enumerate((_item(change.at.strftime("%Y-%m-%d %H:%M")), _item(move), _item(reason, reason))):
            self.history.setItem(row, column, item)
