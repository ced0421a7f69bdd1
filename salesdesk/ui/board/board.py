"""The prospect board (看板): six columns in the method's order, worked every day.

Reads and writes go through the services only. The board loads once (one query) and
then follows the ``Changes`` each write reports, reloading only the prospects named
there; the filter bar works on the cards already in memory.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QToolButton, QVBoxLayout, QWidget

from salesdesk.core.diagnosis import diagnose
from salesdesk.core.stages import BOARD_STAGES, Stage
from salesdesk.i18n import N_
from salesdesk.services import Changes
from salesdesk.services.board import BoardCard
from salesdesk.ui.messages import Messages
from salesdesk.ui.page_refresh import follow_desk

from .actions import CYCLE_TIP, BoardActions
from .columns import WON_RANGES, Column
from .delegate import CardDelegate
from .details import ProspectDetailsDialog
from .diagnosis_panel import DiagnosisPanel
from .model import AgeFilter, BoardFilter, IdRole, money_total
from .moves import STUCK_REASON, BoardMoves, facts_of

__all__ = ["ProspectBoard", "STUCK_REASON", "facts_of"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProspectBoard", text)


AGE_CHOICES: tuple[tuple[str, AgeFilter], ...] = (
    (N_("全部时间"), AgeFilter.ALL), (N_("临近周期（≥75%）"), AgeFilter.ATTENTION), (N_("已超出周期"), AgeFilter.OVERDUE),
    (N_("本阶段 ≥ 7 天"), AgeFilter.STAGE_WEEK), (N_("本阶段 ≥ 30 天"), AgeFilter.STAGE_MONTH),
)


class ProspectBoard(BoardMoves, BoardActions, QWidget):
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
        self._back_queue: list[BoardCard] = []
        self._tags: tuple[str, ...] = ()
        self._syncing_selection = False
        #: The dialog the board has open (a move's missing criteria, 退出, a confirmation).
        self.current_dialog = None
        self.details_dialog: ProspectDetailsDialog | None = None
        #: Why this board may not write (a read-only file, a second window); "" = it may.
        self.read_only_reason = ""
        self._build()
        self._make_actions()
        self.reload()

        # Hidden (another tab in front), the board reads nothing; it catches up when shown.
        self._when_shown = follow_desk(self, desk, self._on_changes)
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
        self.cycle_button.setToolTip(_tr(CYCLE_TIP))
        self.cycle_button.clicked.connect(self.edit_cycle)
        bar.addWidget(self.cycle_button)
        self.send_back_button = QPushButton()
        self.send_back_button.setObjectName("sendBack")
        self.send_back_button.clicked.connect(lambda: self.send_back_overdue())
        bar.addWidget(self.send_back_button)
        self.stuck_button = QPushButton()
        self.stuck_button.setObjectName("stuck90")
        self.stuck_button.setStyleSheet("QPushButton:enabled { color: #c5221f; }")  # greyed when read-only
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
        details = self._open_details()
        if details is not None and details.prospect_id in changes.prospects:
            details.refresh_if_clean()

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
        if self.read_only_reason:
            self._disable_writes()
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

    # == opening ===========================================================================
    def open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_details(ids[0])

    def open_details(self, prospect_id: int) -> ProspectDetailsDialog | None:
        if prospect_id not in self._cards:
            return None
        old = self._open_details()
        if old is not None:
            old.close()
            if old.isVisible():  # the agent kept it open to finish an edit
                return old
        dialog = ProspectDetailsDialog(self.desk, prospect_id, self, messages=self.messages,
                                       read_only=self.read_only_reason)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_customer.connect(self.open_customer)
        dialog.move_back_requested.connect(self.move_back_from_details)
        dialog.edited.connect(lambda result, name=self._cards[prospect_id].customer_name: self._push_undo(
            _tr("修改 {name} 的标准和签约信息").format(name=name), [result]))
        self.details_dialog = dialog
        dialog.show()
        return dialog

    def _open_details(self) -> ProspectDetailsDialog | None:
        dialog = self.details_dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            return dialog
        return None

    def open_selected_customer(self) -> None:
        cards = self.selected_cards()
        if cards:
            self.open_customer.emit(cards[0].customer_id)


    def sizeHint(self) -> QSize:
        return QSize(1280, 720)
