"""The prospect board (看板): six columns in the method's order, worked every day.

Reads and writes go through the services only. The board loads once (one query) and
then follows the ``Changes`` each write reports, reloading only the prospects named
there; the filter bar works on the cards already in memory.
"""
from __future__ import annotations

import datetime as dt
import weakref
from typing import Iterable, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QListView, QMenu, QPushButton,
    QSplitter, QToolButton, QVBoxLayout, QWidget,
)

from salesdesk.core.cycle import AgeState
from salesdesk.core.diagnosis import diagnose, is_stuck_at_90
from salesdesk.core.money import format_cny
from salesdesk.core.rules import Missing, ProspectFacts, check_move
from salesdesk.core.stages import BOARD_STAGES, Stage
from salesdesk.services import Changes, MoveRefused, ServiceError
from salesdesk.services.board import SEND_BACK_REASON, BoardCard
from salesdesk.ui.messages import Messages

from .delegate import CardDelegate
from .details import ProspectDetailsDialog
from .diagnosis_panel import DiagnosisPanel
from .dialogs import ConfirmListDialog, LostDialog, LostReasonsDialog, MoveDialog, card_title
from .model import AgeFilter, BoardFilter, ColumnModel, IdRole, money_total

STUCK_REASON = "签约日期已过仍未确认收款，退回50%"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProspectBoard", text)


#: 成交 range choices: (label, days back; None = this review week, -1 = all).
WON_RANGES: tuple[tuple[str, int | None], ...] = (
    ("本周成交", None), ("本月成交", 0), ("近三个月", 90), ("全部成交", -1),
)
AGE_CHOICES: tuple[tuple[str, AgeFilter], ...] = (
    ("全部时间", AgeFilter.ALL), ("临近周期（≥75%）", AgeFilter.ATTENTION), ("已超出周期", AgeFilter.OVERDUE),
    ("本阶段 ≥ 7 天", AgeFilter.STAGE_WEEK), ("本阶段 ≥ 30 天", AgeFilter.STAGE_MONTH),
)
_MONEY_LABEL = {Stage.P50: "预算", Stage.P90: "预收保费", Stage.WON: "承保标保"}


def facts_of(card: BoardCard) -> ProspectFacts:
    return ProspectFacts(
        stage=card.stage, first_meeting=card.first_meeting, criteria=card.criteria, budget=card.budget,
        signing_date=card.signing_date, next_step=card.next_step, signed=card.signed, paid=card.paid,
        premium=card.premium,
    )


class ColumnView(QListView):
    """A column's list; plain ←/→ hop to the neighbouring column, Enter opens the card."""

    neighbour_requested = Signal(int)
    open_requested = Signal()

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        if mods == Qt.KeyboardModifier.NoModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.neighbour_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class Column(QFrame):
    def __init__(self, stage: Stage, delegate: CardDelegate, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.setObjectName("boardColumn")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.setSpacing(4)
        self.header = QLabel()
        self.header.setObjectName(f"header_{stage.value}")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setMinimumHeight(self.header.fontMetrics().height() * 2 + 4)
        self.header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        head = QHBoxLayout()
        head.setContentsMargins(4, 0, 2, 0)
        head.addWidget(self.header, 1)
        self.range_combo: QComboBox | None = None
        if stage == Stage.WON:
            self.range_combo = QComboBox()
            self.range_combo.setObjectName("wonRange")
            self.range_combo.addItems([_tr(label) for label, _ in WON_RANGES])
            self.range_combo.setToolTip(_tr("成交列显示哪段时间的成交"))
            head.addWidget(self.range_combo, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.model = ColumnModel(stage, self)
        self.view = ColumnView()
        self.view.setObjectName(f"column_{stage.value}")
        self.view.setAccessibleName(_tr("{stage} 列").format(stage=stage.label))
        self.view.setModel(self.model)
        self.view.setItemDelegate(delegate)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(False)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setMinimumWidth(150)
        layout.addWidget(self.view, 1)

    def set_header(self, shown: int, total: int, money) -> None:
        count = f"{shown}" if shown == total else f"{shown} / {total}"
        line2 = ""
        if money is not None:
            line2 = f"<br><span style='color:#5f6368'>{_tr(_MONEY_LABEL[self.stage])} {format_cny(money)}</span>"
        self.header.setText(
            f"<b>{self.stage.label}</b>&nbsp;&nbsp;<span style='color:#1a73e8'><b>{count}</b></span>{line2}"
        )


class ProspectBoard(QWidget):
    """The board. ``open_customer(customer_id)`` asks the window to show a customer card."""

    open_customer = Signal(int)
    #: Emitted after the board (re)loaded or applied a change: tests and the window can wait on it.
    refreshed = Signal()

    def __init__(self, desk, parent: QWidget | None = None, messages: Messages | None = None):
        super().__init__(parent)
        self.desk = desk
        self.messages = messages or Messages()
        self.setObjectName("prospectBoard")
        self._cards: dict[int, BoardCard] = {}
        self._filter = BoardFilter()
        self._won_range: int | None = None
        self._won_since = dt.date.min
        self._today = desk.today()
        self._cycle = None
        self._undo: list[tuple[str, list[int]]] = []
        self._queue: list[tuple[int, Stage]] = []
        self._tags: tuple[str, ...] = ()
        self._syncing_selection = False
        #: The dialog the board has open (a move's missing criteria, 退出, a confirmation).
        self.current_dialog = None
        self.details_dialog: ProspectDetailsDialog | None = None
        self._build()
        self._make_actions()
        self.reload()

        ref = weakref.ref(self)

        def listener(changes: Changes) -> None:
            board = ref()
            if board is not None and shiboken6.isValid(board):
                board._on_changes(changes)

        desk.subscribe(listener)
        self.destroyed.connect(lambda *_: desk.unsubscribe(listener))
        # Ages change at midnight without any write: look once a minute.
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()

    # == building ==========================================================================
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(6, 6, 6, 6)
        root.setSpacing(6)

        bar = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("boardFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(_tr("筛选：姓名、拼音首字母、计划、标签"))
        self.filter_edit.setMinimumWidth(280)
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        bar.addWidget(self.filter_edit)
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("tagFilter")
        self.tag_combo.addItem(_tr("全部标签"), "")
        self.tag_combo.currentIndexChanged.connect(self._on_filter_changed)
        bar.addWidget(self.tag_combo)
        self.age_combo = QComboBox()
        self.age_combo.setObjectName("ageFilter")
        for label, value in AGE_CHOICES:
            self.age_combo.addItem(_tr(label), value)
        self.age_combo.currentIndexChanged.connect(self._on_filter_changed)
        bar.addWidget(self.age_combo)
        bar.addStretch(1)
        self.cycle_label = QLabel()
        self.cycle_label.setObjectName("cycleLabel")
        bar.addWidget(self.cycle_label)
        self.cycle_button = QToolButton()
        self.cycle_button.setText(_tr("修改…"))
        self.cycle_button.setToolTip(_tr("手动设置销售周期（0 = 按最近的成交自动计算）"))
        self.cycle_button.clicked.connect(self.edit_cycle)
        bar.addWidget(self.cycle_button)
        self.send_back_button = QPushButton()
        self.send_back_button.setObjectName("sendBack")
        self.send_back_button.clicked.connect(lambda: self.send_back_overdue())
        bar.addWidget(self.send_back_button)
        self.stuck_button = QPushButton()
        self.stuck_button.setObjectName("stuck90")
        self.stuck_button.setStyleSheet("color: #c5221f;")
        self.stuck_button.clicked.connect(lambda: self.move_stuck_back())
        bar.addWidget(self.stuck_button)
        self.undo_button = QPushButton(_tr("撤销"))
        self.undo_button.setObjectName("undo")
        self.undo_button.clicked.connect(self.undo_last)
        bar.addWidget(self.undo_button)
        root.addLayout(bar)

        self.delegate = CardDelegate(self)
        area = QWidget()
        columns = QHBoxLayout(area)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(6)
        self.columns: dict[Stage, Column] = {}
        for i, stage in enumerate(BOARD_STAGES):
            column = Column(stage, self.delegate)
            column.model.move_requested.connect(self.request_move)
            column.view.neighbour_requested.connect(lambda step, i=i: self._focus_column(i + step))
            column.view.open_requested.connect(self.open_selected)
            column.view.doubleClicked.connect(lambda index: self.open_details(int(index.data(IdRole))))
            column.view.customContextMenuRequested.connect(lambda pos, c=column: self._context_menu(c, pos))
            column.view.selectionModel().selectionChanged.connect(
                lambda *_a, c=column: self._on_selection(c))
            if column.range_combo is not None:
                column.range_combo.currentIndexChanged.connect(self._on_won_range)
            self.columns[stage] = column
            columns.addWidget(column, 1)

        self.diagnosis = DiagnosisPanel()
        self.diagnosis.prospect_clicked.connect(self.select_prospect)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(area)
        split.addWidget(self.diagnosis)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setSizes([560, 130])
        self.diagnosis.setMinimumHeight(70)
        root.addWidget(split, 1)
        self.setStyleSheet(
            "#boardColumn { background: #f1f3f4; border-radius: 6px; }"
            "QListView#column_opportunity, QListView#column_appointment, QListView#column_p25,"
            "QListView#column_p50, QListView#column_p90, QListView#column_won { background: #f1f3f4; }"
            "#diagnosisPanel { background: #fafafa; }"
        )

    def _make_actions(self) -> None:
        def action(text: str, keys, slot) -> QAction:
            act = QAction(_tr(text), self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_forward = action("前进一个阶段", ["Ctrl+Right"], lambda: self.move_selected(1))
        self.act_back = action("退回一个阶段", ["Ctrl+Left"], lambda: self.move_selected(-1))
        self.act_send_back = action("送回销售机会…", ["Ctrl+Shift+Left"], lambda: self.send_back_overdue(selected=True))
        self.act_lost = action("退出…", ["Ctrl+Delete"], lambda: self.mark_lost())
        self.act_undo = action("撤销上一次移动", ["Ctrl+Z"], self.undo_last)
        self.act_customer = action("打开客户名片", ["Ctrl+Return", "Ctrl+Enter"], self.open_selected_customer)
        self.act_filter = action("筛选", ["Ctrl+F"], lambda: (self.filter_edit.setFocus(), self.filter_edit.selectAll()))
        self.act_reload = action("刷新看板", ["F5"], self.reload)

    # == loading and following changes =====================================================
    def _won_since_choice(self) -> dt.date | None:
        back = self._won_range
        if back is None:
            return None
        if back == -1:
            return dt.date(1900, 1, 1)
        if back == 0:
            return self._today.replace(day=1)
        return self._today - dt.timedelta(days=back)

    def reload(self) -> None:
        """Load the whole board (start-up, a new day, a new cycle, the 成交 range)."""
        selected = self.selected_ids()
        self._today = self.desk.today()
        snap = self.desk.board_snapshot(self._won_since_choice())
        self._today, self._cycle, self._won_since = snap.today, snap.cycle, snap.won_since
        self._cards = {c.id: c for c in snap.cards}
        for column in self.columns.values():
            column.model.set_today(self._today)
        self._fill_columns()
        self._select_ids(selected, focus=False)
        self._after_change()

    def _fill_columns(self) -> None:
        by_stage: dict[Stage, list[BoardCard]] = {s: [] for s in BOARD_STAGES}
        for card in self._cards.values():
            if card.stage in by_stage and self._filter.matches(card):
                by_stage[card.stage].append(card)
        for stage, column in self.columns.items():
            column.model.set_cards(by_stage[stage])

    def _on_board(self, card: BoardCard) -> bool:
        if card.stage == Stage.WON:
            return card.stage_since.date() >= self._won_since
        return card.stage.is_open

    def _on_changes(self, changes: Changes) -> None:
        if changes.settings:
            self.reload()
            return
        if not changes.prospects and not (changes.customers and not changes.activities):
            return
        if self.desk.today() != self._today:
            self.reload()  # every card's age and colour depends on the day
            return
        if changes.stages:
            cycle = self.desk.sales_cycle()  # a deal (or its undo) may change the cycle
            if cycle.days != self._cycle.days:
                self.reload()  # every card's colour depends on it
                return
            self._cycle = cycle
        cards = self.desk.board_cards(changes.prospects, changes.customers,
                                      today=self._today, cycle_days=self._cycle.days)
        for card in cards:
            self._put(card)
        for pid in set(changes.prospects) - {c.id for c in cards}:
            self._drop(pid)
        self._after_change()

    def _put(self, card: BoardCard) -> None:
        old = self._cards.get(card.id)
        if old is not None and old.stage != card.stage and old.stage in self.columns:
            self.columns[old.stage].model.remove(card.id)
        if not self._on_board(card):
            self._cards.pop(card.id, None)
            return
        self._cards[card.id] = card
        model = self.columns[card.stage].model
        if self._filter.matches(card):
            model.put(card)
        else:
            model.remove(card.id)

    def _drop(self, pid: int) -> None:
        old = self._cards.pop(pid, None)
        if old is not None and old.stage in self.columns:
            self.columns[old.stage].model.remove(pid)

    def _after_change(self) -> None:
        counts = {s: 0 for s in BOARD_STAGES}
        tags: set[str] = set()
        for card in self._cards.values():
            counts[card.stage] = counts.get(card.stage, 0) + 1
            tags.update(card.tags)
        for stage, column in self.columns.items():
            shown = column.model.cards()
            column.set_header(len(shown), counts[stage], money_total(shown, stage))
        self._update_tags(tuple(sorted(tags)))
        cycle = self._cycle
        self.cycle_label.setText(_tr("我的销售周期：<b>{days}</b> 天（{how}）").format(days=cycle.days, how=cycle.label))
        overdue = len(self.overdue_cards())
        self.send_back_button.setText(_tr("送回销售机会（{n}）").format(n=overdue))
        self.send_back_button.setEnabled(overdue > 0)
        self.send_back_button.setToolTip(_tr("超出销售周期的客户送回销售机会（先确认名单）"))
        stuck = len(self.stuck_cards())
        self.stuck_button.setText(_tr("90% 过签约日（{n}）").format(n=stuck))
        self.stuck_button.setVisible(stuck > 0)
        self.stuck_button.setToolTip(_tr("签约日期已过仍未确认收款：退回 50%"))
        self.undo_button.setEnabled(bool(self._undo))
        self.undo_button.setToolTip(_tr("撤销：{what}").format(what=self._undo[-1][0]) if self._undo else "")
        open_cards = [c for c in self._cards.values() if c.stage.is_open]
        self.diagnosis.show_diagnoses(diagnose(open_cards, self._today, cycle.days))
        self.refreshed.emit()

    def _update_tags(self, tags: tuple[str, ...]) -> None:
        if tags == self._tags:
            return
        self._tags = tags
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(_tr("全部标签"), "")
        for tag in tags:
            self.tag_combo.addItem(tag, tag)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(current)))
        self.tag_combo.blockSignals(False)

    def _check_day(self) -> None:
        if self.desk.today() != self._today:
            self.reload()

    # == filtering =========================================================================
    def set_filter(self, text: str | None = None, tag: str | None = None, age: AgeFilter | None = None) -> None:
        if text is not None:
            self.filter_edit.setText(text)
        if tag is not None:
            self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(tag)))
        if age is not None:
            self.age_combo.setCurrentIndex(max(0, self.age_combo.findData(age)))

    def _on_filter_changed(self, *_args) -> None:
        wanted = BoardFilter(self.filter_edit.text(), self.tag_combo.currentData() or "",
                             self.age_combo.currentData() or AgeFilter.ALL)
        if wanted == self._filter:
            return
        selected = self.selected_ids()
        self._filter = wanted
        self._fill_columns()
        self._select_ids(selected, focus=False)
        self._after_change()

    def _on_won_range(self, index: int) -> None:
        self._won_range = WON_RANGES[index][1]
        self.reload()

    # == selection =========================================================================
    def _on_selection(self, column: Column) -> None:
        """One column at a time holds the selection, as the keyboard moves act on it."""
        if self._syncing_selection or not column.view.selectionModel().hasSelection():
            return
        self._on_selection_clear_others(column)

    def selected_ids(self) -> list[int]:
        out = []
        for column in self.columns.values():
            for index in sorted(column.view.selectionModel().selectedIndexes(), key=lambda i: i.row()):
                out.append(int(index.data(IdRole)))
        return out

    def selected_cards(self) -> list[BoardCard]:
        return [self._cards[i] for i in self.selected_ids() if i in self._cards]

    def card(self, prospect_id: int) -> BoardCard | None:
        return self._cards.get(prospect_id)

    def column_ids(self, stage: Stage) -> list[int]:
        """The ids shown in a column, top to bottom."""
        return [c.id for c in self.columns[stage].model.cards()]

    def _select_ids(self, ids: Iterable[int], focus: bool = True) -> None:
        ids = [i for i in ids if i in self._cards]
        if not ids:
            return
        stage = self._cards[ids[0]].stage
        column = self.columns.get(stage)
        if column is None:
            return
        sel = column.view.selectionModel()
        first = None
        self._on_selection_clear_others(column)
        sel.clearSelection()
        for pid in ids:
            row = column.model.row_of(pid)
            if row < 0 or self._cards[pid].stage != stage:
                continue
            index = column.model.index(row)
            sel.select(index, QItemSelectionModel.SelectionFlag.Select)
            first = first or index
        if first is not None:
            sel.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            column.view.scrollTo(first)
            if focus:
                column.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_selection_clear_others(self, column: Column) -> None:
        self._syncing_selection = True
        try:
            for other in self.columns.values():
                if other is not column:
                    other.view.selectionModel().clearSelection()
        finally:
            self._syncing_selection = False

    def select_prospect(self, prospect_id: int) -> bool:
        """Select (and show) a card; clears the filter if it hides the card."""
        card = self._cards.get(prospect_id)
        if card is None:
            return False
        if not self._filter.matches(card):
            self.set_filter(text="", tag="", age=AgeFilter.ALL)
        self._select_ids([prospect_id])
        return True

    def _focus_column(self, i: int) -> None:
        if not 0 <= i < len(BOARD_STAGES):
            return
        current = next((c for c in self.columns.values() if c.view.hasFocus()), None)
        row = current.view.currentIndex().row() if current is not None else 0
        column = self.columns[BOARD_STAGES[i]]
        column.view.setFocus(Qt.FocusReason.TabFocusReason)
        count = column.model.rowCount()
        if count:
            column.view.setCurrentIndex(column.model.index(min(max(row, 0), count - 1)))

    # == moving ============================================================================
    def move_selected(self, step: int) -> None:
        """Ctrl+→ / Ctrl+←: the selected cards one stage forward or back."""
        cards = self.selected_cards()
        if not cards:
            return
        rank = cards[0].stage.rank + step
        if not 0 <= rank < len(BOARD_STAGES):
            return
        self.request_move([c.id for c in cards], BOARD_STAGES[rank])

    def request_move(self, ids: Sequence[int], target: Stage) -> None:
        """Move cards (a drop, a shortcut, a menu): forward asks for what is missing,
        backward asks a reason, 退出 asks a reason from the list."""
        if self.current_dialog is not None:
            return
        cards = [self._cards[i] for i in ids if i in self._cards and self._cards[i].stage != target]
        if not cards:
            return
        if target == Stage.LOST:
            self.mark_lost([c.id for c in cards])
            return
        back = [c for c in cards if target.rank < c.stage.rank]
        forward = [c for c in cards if target.rank > c.stage.rank]
        if back:
            self._move_back(back, target)
        if forward:
            self._queue = [(c.id, target) for c in forward]
            self._next_forward()

    def _move_back(self, cards: list[BoardCard], target: Stage, reason: str | None = None) -> None:
        if reason is None:
            names = "、".join(card_title(c) for c in cards[:5]) + ("…" if len(cards) > 5 else "")
            reason = self.messages.get_text(
                self, _tr("退回“{stage}”").format(stage=target.label),
                _tr("{names} 退回“{stage}”的原因（记入历史）：").format(names=names, stage=target.label))
            if reason is None:
                return
            reason = reason.strip()
            if not reason:
                self.messages.warn(self, _tr("退回"), _tr("退回需要填写原因，没有做任何更改。"))
                return
        ids = [c.id for c in cards]
        try:
            if target == Stage.OPPORTUNITY:
                results = self.desk.send_back(ids, reason)
            else:
                results = [self.desk.move_prospect(pid, target, reason=reason) for pid in ids]
        except ServiceError as exc:
            self.messages.warn(self, _tr("不能退回"), str(exc))
            return
        self._push_undo(_tr("退回“{stage}”").format(stage=target.label), results)
        self._select_ids(ids)

    def _next_forward(self) -> None:
        while self._queue:
            pid, target = self._queue.pop(0)
            card = self._cards.get(pid)
            if card is None or card.stage == target:
                continue
            check = check_move(facts_of(card), target, self._today, self._cycle.days)
            missing = list(check.missing)
            if check.refusal and not missing:
                self._queue.clear()
                self.messages.warn(self, _tr("不能移动"), check.refusal)
                return
            if card.stage == Stage.OPPORTUNITY:
                # Leaving 销售机会 always asks the first meeting's date: one kept from before a
                # send-back is stale, and the age (遵循周期) counts from it. Booked for
                # 约定初次见面; already held (today or earlier) for 25% and beyond.
                key = "first_meeting" if target == Stage.APPOINTMENT else "first_meeting_held"
                missing = [Missing(key, _tr("初次见面日期"))] + [
                    m for m in missing if not m.key.startswith("first_meeting")]
            if target == Stage.WON:
                missing.append(Missing("premium", _tr("承保标保")))
            if not missing:
                try:
                    result = self.desk.move_prospect(pid, target)
                except MoveRefused as exc:
                    missing = list(exc.missing)
                    if not missing:
                        self._queue.clear()
                        self.messages.warn(self, _tr("不能移动"), str(exc))
                        return
                except ServiceError as exc:
                    self._queue.clear()
                    self.messages.warn(self, _tr("不能移动"), str(exc))
                    return
                else:
                    self._push_undo(_tr("{name} 移到“{stage}”").format(name=card.customer_name, stage=target.label),
                                    [result])
                    self._select_ids([pid])
                    continue
            self._open_move_dialog(card, target, missing)
            return

    def _open_move_dialog(self, card: BoardCard, target: Stage, missing: list[Missing]) -> None:
        def submit(values: dict) -> str | None:
            try:
                result = self.desk.move_prospect(card.id, target, **values)
            except ServiceError as exc:
                return str(exc)
            self._push_undo(_tr("{name} 移到“{stage}”").format(name=card.customer_name, stage=target.label),
                            [result])
            self._select_ids([card.id])
            return None

        dialog = MoveDialog(card, target, missing, today=self._today, cycle_days=self._cycle.days,
                            submit=submit, parent=self)
        self._open_dialog(dialog, on_accept=self._next_forward, on_reject=lambda: self._queue.clear())

    def _open_dialog(self, dialog, on_accept=None, on_reject=None) -> None:
        self.current_dialog = dialog

        def finished(code: int) -> None:
            self.current_dialog = None
            dialog.deleteLater()
            if code and on_accept:
                on_accept()
            elif not code and on_reject:
                on_reject()

        dialog.finished.connect(finished)
        dialog.open()

    def mark_lost(self, ids: Sequence[int] | None = None) -> None:
        """退出: a reason from the editable list plus free text; the cards leave the board."""
        if self.current_dialog is not None:
            return
        cards = [self._cards[i] for i in (ids if ids is not None else self.selected_ids()) if i in self._cards]
        cards = [c for c in cards if c.stage != Stage.WON]
        if not cards:
            return

        def submit(reason: str) -> str | None:
            results = []
            try:
                for card in cards:
                    results.append(self.desk.move_prospect(card.id, Stage.LOST, reason=reason))
            except ServiceError as exc:
                self._push_undo(_tr("退出"), results)
                return str(exc)
            self._push_undo(_tr("退出"), results)
            return None

        dialog = LostDialog(cards, self.desk.lost_reasons(), submit=submit,
                            edit_reasons=self.edit_lost_reasons, parent=self)
        self._open_dialog(dialog)

    def edit_lost_reasons(self) -> list[str] | None:
        """The editable list of 退出 reasons (modal: opened from inside the 退出 dialog)."""
        def submit(reasons: list[str]) -> str | None:
            try:
                self.desk.set_lost_reasons(reasons)
            except ServiceError as exc:
                return str(exc)
            return None

        dialog = LostReasonsDialog(self.desk.lost_reasons(), submit=submit, parent=self.current_dialog or self)
        if dialog.exec():
            return self.desk.lost_reasons()
        return None

    # == the cycle =========================================================================
    def overdue_cards(self) -> list[BoardCard]:
        cards = [c for c in self._cards.values() if c.stage.is_open and c.age_state == AgeState.OVERDUE]
        return sorted(cards, key=lambda c: (-(c.age or 0), c.id))

    def stuck_cards(self) -> list[BoardCard]:
        return sorted((c for c in self._cards.values() if is_stuck_at_90(c, self._today)),
                      key=lambda c: (c.signing_date, c.id))

    def send_back_overdue(self, selected: bool = False) -> None:
        """送回销售机会: the overdue cards (the selected ones, if any are) after a confirmation."""
        if self.current_dialog is not None:
            return
        overdue = self.overdue_cards()
        if selected:
            chosen = set(self.selected_ids())
            picked = [c for c in overdue if c.id in chosen]
            if not picked:
                # Any selected open card may be sent back on request, overdue or not.
                picked = [c for c in self.selected_cards()
                          if c.stage.is_open and c.stage != Stage.OPPORTUNITY]
            overdue = picked
        if not overdue:
            self.messages.inform(self, _tr("送回销售机会"), _tr("没有超出销售周期的客户。"))
            return
        rows = [(c.id, _tr("{name} · {stage} · {age} 天").format(name=card_title(c), stage=c.stage.label,
                                                                  age=c.age if c.age is not None else "—"))
                for c in overdue]

        def submit(ids: list[int]) -> str | None:
            try:
                results = self.desk.send_back(ids, SEND_BACK_REASON)
            except ServiceError as exc:
                return str(exc)
            self._push_undo(_tr("送回销售机会（{n} 位）").format(n=len(results)), results)
            return None

        intro = _tr("以下 {n} 位客户已超出 {days} 天的销售周期。按照方法把他们送回销售机会，"
                    "把时间留给周期内的客户（可取消勾选）：").format(n=len(overdue), days=self._cycle.days)
        self._open_dialog(ConfirmListDialog(_tr("送回销售机会"), intro, rows, _tr("送回 {n} 位"),
                                            submit=submit, parent=self))

    def move_stuck_back(self) -> None:
        """90% past the signing date without payment: offered the move back to 50%."""
        if self.current_dialog is not None:
            return
        stuck = self.stuck_cards()
        if not stuck:
            return
        rows = [(c.id, _tr("{name} · 签约日 {day}").format(name=card_title(c), day=c.signing_date.isoformat()))
                for c in stuck]

        def submit(ids: list[int]) -> str | None:
            results = []
            try:
                for pid in ids:
                    results.append(self.desk.move_prospect(pid, Stage.P50, reason=STUCK_REASON))
            except ServiceError as exc:
                self._push_undo(_tr("退回 50%"), results)
                return str(exc)
            self._push_undo(_tr("退回 50%（{n} 位）").format(n=len(results)), results)
            return None

        intro = _tr("这些 90% 的客户已过约定的签约日期，仍未确认收款。按照方法退回 50%"
                    "（已经收款的，请改为移到成交）：")
        self._open_dialog(ConfirmListDialog(_tr("90% 过签约日"), intro, rows, _tr("退回 50%（{n} 位）"),
                                            submit=submit, parent=self))

    def edit_cycle(self) -> None:
        current = self.desk.setting("cycle_override_days", "0") or "0"
        text = self.messages.get_text(
            self, _tr("销售周期"),
            _tr("手动设置销售周期天数（填 0 按最近 20 笔成交自动计算，现在是 {days} 天）：").format(days=self._cycle.days),
            current)
        if text is None:
            return
        try:
            self.desk.set_setting("cycle_override_days", text.strip() or "0")
        except ServiceError as exc:
            self.messages.warn(self, _tr("销售周期"), str(exc))

    # == undo ==============================================================================
    def _push_undo(self, label: str, results) -> None:
        ids = [r.change_id for r in results]
        if ids:
            self._undo.append((label, ids))
            self.undo_button.setEnabled(True)
            self.undo_button.setToolTip(_tr("撤销：{what}").format(what=label))

    def undo_last(self) -> None:
        """Ctrl+Z: revert the board's last move; history keeps both, the undo as a correction."""
        if not self._undo or self.current_dialog is not None:
            return
        label, ids = self._undo.pop()
        try:
            results = self.desk.undo_moves(ids) if len(ids) > 1 else [self.desk.undo_move(ids[0])]
        except ServiceError as exc:
            self._after_change()
            self.messages.warn(self, _tr("不能撤销"), str(exc))
            return
        self._select_ids([r.prospect_id for r in results])

    # == opening ===========================================================================
    def open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_details(ids[0])

    def open_details(self, prospect_id: int) -> ProspectDetailsDialog | None:
        if prospect_id not in self._cards:
            return None
        if self.details_dialog is not None and shiboken6.isValid(self.details_dialog):
            self.details_dialog.close()
        dialog = ProspectDetailsDialog(self.desk, prospect_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_customer.connect(self.open_customer)
        self.details_dialog = dialog
        dialog.show()
        return dialog

    def open_selected_customer(self) -> None:
        cards = self.selected_cards()
        if cards:
            self.open_customer.emit(cards[0].customer_id)

    def _context_menu(self, column: Column, pos) -> None:
        index = column.view.indexAt(pos)
        if not index.isValid():
            return
        if not column.view.selectionModel().isSelected(index):
            column.view.setCurrentIndex(index)
        card = self._cards.get(int(index.data(IdRole)))
        if card is None:
            return
        menu = QMenu(self)
        menu.addAction(_tr("详情…"), lambda: self.open_details(card.id))
        menu.addAction(self.act_customer)
        menu.addSeparator()
        if card.stage.rank + 1 < len(BOARD_STAGES):
            menu.addAction(_tr("前进到“{s}”").format(s=BOARD_STAGES[card.stage.rank + 1].label) + "\tCtrl+→",
                           lambda: self.move_selected(1))
        if card.stage.rank > 0:
            menu.addAction(_tr("退回到“{s}”").format(s=BOARD_STAGES[card.stage.rank - 1].label) + "\tCtrl+←",
                           lambda: self.move_selected(-1))
        move_to = menu.addMenu(_tr("移到"))
        for stage in BOARD_STAGES:
            if stage != card.stage:
                move_to.addAction(stage.label, lambda s=stage: self.request_move(self.selected_ids(), s))
        if card.stage.is_open and card.stage != Stage.OPPORTUNITY:
            menu.addAction(self.act_send_back)
        if is_stuck_at_90(card, self._today):
            menu.addAction(_tr("退回 50%（签约日已过未收款）"),
                           lambda: self._move_back([card], Stage.P50, STUCK_REASON))
        if card.stage != Stage.WON:
            menu.addSeparator()
            menu.addAction(self.act_lost)
        menu.exec(column.view.viewport().mapToGlobal(pos))

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)
