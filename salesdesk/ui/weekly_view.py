"""The 潜在客户管理行动工具表 screen (SPEC §2): the weekly paper, on screen.

The grid (weekly_grid) lists each cell's entries ``M.DD姓名``, overdue ones in red. The
agent picks any week (arrows, calendar), clicks an entry to open that customer, prints
(preview) or exports the week (weekly_exports).

The week is read when the page is shown, not before, and again only when a write
touches what it shows; a hidden page that missed such a write reads when next shown.
With ``background=True`` the read runs on a worker thread and a busy bar appears when it
takes longer than a moment.
"""
from __future__ import annotations

import datetime as dt
import weakref
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QDate, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit, QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QToolBar, QVBoxLayout, QWidget,
)

from salesdesk.core.money import format_cny
from salesdesk.core.review import ReviewRow, week_of
from salesdesk.core.weekly import Entry, WeeklyTable
from salesdesk.reports.weekly_xlsx import OVERDUE_MARK, TITLE
from salesdesk.services import Changes, SalesDesk, ServiceError

from .background import read_in_background
from .messages import Messages
from .weekly_exports import MAX_MERGE_FILES, OpenFiles, WeeklyExports  # noqa: F401
from .weekly_grid import (  # noqa: F401 - the screen's names, as before the split
    ENTRIES_ROLE, SUBTOTAL_ROW, TODAY_COLOR, EntryDelegate, WeeklyGrid, WeeklyTableModel, entry_tooltip,
)

#: A read still running after this long shows the busy bar.
BUSY_AFTER_MS = 100

__all__ = ["WeeklyView", "WeeklyTableModel", "EntryDelegate", "entry_tooltip", "ENTRIES_ROLE", "SUBTOTAL_ROW",
           "TODAY_COLOR", "MAX_MERGE_FILES"]


class WeeklyView(QWidget):
    """The weekly action table screen. Emits ``open_customer(customer_id, prospect_id)``."""

    open_customer = Signal(int, int)
    #: The table was reloaded (after a change through the services or another week).
    refreshed = Signal()
    #: A file was written: its path (the main window may show it in the status bar).
    exported = Signal(str)

    def __init__(self, desk: SalesDesk, parent: QWidget | None = None, messages: Messages | None = None,
                 open_files: OpenFiles | None = None, background: bool = False):
        super().__init__(parent)
        self.desk = desk
        self.messages = messages or Messages()
        self._day = desk.today()
        self._table: WeeklyTable | None = None
        self._stale = True
        self._background = background
        self._generation = 0  # of the latest read asked for; older results are dropped
        self._pending = False  # a read runs on a worker
        self._customers: frozenset[int] = frozenset()

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.prev_action = self._action(self.tr("◀ 上一周"), self.previous_week, QKeySequence("Alt+Left"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setToolTip(self.tr("选择日期：显示包含该日的一周（上周五至本周四）"))
        self.date_edit.setDate(_qdate(self._day))
        self.date_edit.dateChanged.connect(self._date_picked)
        self.this_week_action = self._action(self.tr("本周"), self.this_week, QKeySequence("Alt+Home"))
        self.next_action = self._action(self.tr("下一周 ▶"), self.next_week, QKeySequence("Alt+Right"))
        self.toolbar.addAction(self.prev_action)
        self.toolbar.addWidget(self.date_edit)
        self.toolbar.addAction(self.this_week_action)
        self.toolbar.addAction(self.next_action)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("weeklyBusy")
        self.busy_bar.setRange(0, 0)  # no end known: a moving bar
        self.busy_bar.setFormat(self.tr("正在读取…"))
        self.busy_bar.setTextVisible(True)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setToolTip(self.tr("正在读取这一周的记录"))
        self.busy_bar.hide()
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.exports = WeeklyExports(self, open_files)
        self.print_action = self._action(self.tr("打印预览"), self.exports.print_preview)
        self.pdf_action = self._action(self.tr("导出 PDF"), self.exports.export_pdf)
        self.xlsx_action = self._action(self.tr("导出 Excel"), self.exports.export_xlsx)
        self.dept_action = self._action(self.tr("部门追踪表导出"), self.exports.export_dept)
        self.merge_action = self._action(self.tr("合并部门追踪表…"), self.exports.merge_dept)
        self.merge_action.setToolTip(self.tr("经理用：把几位组员导出的部门追踪表合并为一张"))
        for action in (self.print_action, self.pdf_action, self.xlsx_action, self.dept_action, self.merge_action):
            self.toolbar.addAction(action)

        # One line of heading, as on the paper form: agent · title · cycle and range.
        self.title_label = QLabel(self.tr(TITLE), self)
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 10) * 1.3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.agent_label = QLabel(self)
        self.cycle_label = QLabel(self)
        self.range_label = QLabel(self)
        self.range_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label in (self.agent_label, self.cycle_label, self.range_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.grid = WeeklyGrid(self)
        self.table_view = self.grid  # the name tests and older code use
        self.model = self.grid.weekly_model
        self.delegate = self.grid.delegate
        self.delegate.entry_clicked.connect(self._entry_clicked)

        self.money_label = QLabel(self)
        self.legend_label = QLabel(self.tr("红色 {mark} = 已超过销售周期，按方法应退回销售机会；单击姓名打开客户")
                                   .format(mark=OVERDUE_MARK), self)
        self.legend_label.setStyleSheet("color: #555;")
        self.status_label = QLabel(self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()

        header = QHBoxLayout()
        header.addWidget(self.agent_label, 2)
        header.addWidget(self.title_label, 3)
        right = QHBoxLayout()
        right.addStretch(1)
        right.addWidget(self.busy_bar)
        right.addSpacing(8)
        right.addWidget(self.cycle_label)
        right.addSpacing(16)
        right.addWidget(self.range_label)
        header.addLayout(right, 2)
        footer = QHBoxLayout()
        footer.addWidget(self.legend_label)
        footer.addWidget(self.status_label, 1)
        footer.addStretch(0)
        footer.addWidget(self.money_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 4)
        layout.setSpacing(4)
        layout.addWidget(self.toolbar)
        layout.addLayout(header)
        layout.addWidget(self.grid, 1)
        layout.addLayout(footer)

        # Changes arrive as one notification per write; a burst reloads once.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._listener = _listener_for(self)
        desk.subscribe(self._listener)
        listener = self._listener
        self.destroyed.connect(lambda *_: desk.unsubscribe(listener))
        # Nothing is read yet: the week is read when the page is first shown.

    def _action(self, text: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            shortcut = QKeySequence(shortcut)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- the week shown ----------------------------------------------------------------------
    @property
    def table(self) -> WeeklyTable:
        """The week shown, read now if it is not up to date (a command from the 工具 menu)."""
        if self._table is None or self._stale:
            self._generation += 1  # a read under way is overtaken by this one
            self._pending = False
            self._apply(self.desk.weekly_table(self._day))
        return self._table

    @property
    def day(self) -> dt.date:
        return self._day

    @property
    def loading(self) -> bool:
        """A read runs on a worker."""
        return self._pending

    def set_day(self, day: dt.date) -> None:
        """Show the week containing ``day``, from its top."""
        self._day = day
        if self.date_edit.date() != _qdate(day):
            blocked = self.date_edit.blockSignals(True)
            self.date_edit.setDate(_qdate(day))
            self.date_edit.blockSignals(blocked)
        self._stale = True
        self.grid.scrollToTop()
        if self.isVisible():
            self.reload()

    def previous_week(self) -> None:
        self.set_day(week_of(self._day).start - dt.timedelta(days=1))

    def next_week(self) -> None:
        self.set_day(week_of(self._day).end + dt.timedelta(days=1))

    def this_week(self) -> None:
        self.set_day(self.desk.today())

    def _date_picked(self, date: QDate) -> None:
        self.set_day(dt.date(date.year(), date.month(), date.day()))

    def reload(self) -> None:
        """Read the week again (on a worker when the view was made with ``background``)."""
        self._reload_timer.stop()
        self._stale = True
        day = self._day
        if not self._background:
            self._generation += 1
            self._pending = False
            self._apply(self.desk.weekly_table(day))
            return
        self._generation += 1
        generation = self._generation
        self._pending = True
        read_in_background(self, self.desk, lambda: self.desk.weekly_table(day),
                           lambda table: self._read_done(generation, table), self._read_failed)
        if not self._busy_timer.isActive() and self.busy_bar.isHidden():
            self._busy_timer.start()

    def _read_done(self, generation: int, table: WeeklyTable) -> None:
        if generation != self._generation:
            return  # overtaken (another week, a newer change, or read at once meanwhile)
        self._pending = False
        self._apply(table)

    def _read_failed(self, error: BaseException) -> None:
        self._pending = False
        self._hide_busy()
        if isinstance(error, ServiceError):
            self.show_status(str(error))
            return
        raise error

    def _show_busy(self) -> None:
        if self.loading:
            self.busy_bar.show()
            self.grid.viewport().setCursor(Qt.CursorShape.BusyCursor)

    def _hide_busy(self) -> None:
        self._busy_timer.stop()
        self.busy_bar.hide()
        self.grid.viewport().unsetCursor()

    def _apply(self, table: WeeklyTable) -> None:
        self._hide_busy()
        self._table = table
        self._stale = False
        self._customers = frozenset(e.customer_id for cells in table.cells.values() for entries in cells.values()
                                    for e in entries)
        self.model.set_table(table, self.desk.today())
        agent = self.agent_name()
        self.agent_label.setText(self.tr("业务员：{name}").format(name=agent or self.tr("（未设置）")))
        self.cycle_label.setText(self.tr("我的销售周期: {days} 天").format(days=table.cycle_days))
        self.range_label.setText(table.week.range_label)
        paid = sum((m.paid for m in table.money.values()), start=Decimal(0))
        premium = sum((m.premium for m in table.money.values()), start=Decimal(0))
        self.money_label.setText(self.tr("本周预收保费 {paid}　承保标保 {premium}").format(
            paid=format_cny(paid), premium=format_cny(premium)))
        self.next_action.setEnabled(table.week.start <= self.desk.today())
        self.fit_rows()
        self.refreshed.emit()

    def agent_name(self) -> str:
        return self.desk.setting("agent_name")

    # -- following changes ------------------------------------------------------------------------
    def touches(self, changes: Changes) -> bool:
        """Whether a write may change what the page shows."""
        if changes.stages or changes.activities or changes.settings or changes.prospects:
            return True
        # A customer edit matters only for a name on the table (a new customer never is).
        return bool(changes.customers & self._customers)

    def _changed(self, changes: Changes) -> None:
        if self._table is None or not self.touches(changes):
            return
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and not self.loading:
            self.reload()

    # -- the grid ------------------------------------------------------------------------------------
    def fit_rows(self) -> None:
        self.grid.fit_rows()

    def entry_at(self, pos: QPoint) -> Entry | None:
        """The entry under a point of the table's viewport, if any."""
        return self.grid.entry_at(pos)

    def entry_rect(self, row: ReviewRow, stage_index: int, line: int) -> QRect:
        """Where an entry is drawn, in viewport coordinates (tests click there)."""
        return self.grid.entry_rect(row, stage_index, line)

    def _entry_clicked(self, entry: Entry) -> None:
        self.open_customer.emit(entry.customer_id, entry.prospect_id)

    # -- print and export (weekly_exports) --------------------------------------------------------------
    def print_preview(self) -> None:
        self.exports.print_preview()

    def print_on(self, printer) -> None:
        self.exports.print_on(printer)

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _listener_for(view: WeeklyView):
    """A SalesDesk listener that does not keep the view alive."""
    ref = weakref.ref(view)

    def changed(changes: Changes) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            target._changed(changes)

    return changed
