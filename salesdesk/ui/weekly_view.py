"""The 潜在客户管理行动工具表 screen (SPEC §2): the weekly paper, on screen.

A grid of 周一/周三/周五/小计 by the six stage columns; each cell lists its entries
``M.DD姓名`` one per line, overdue ones in red. The agent picks any week (arrows,
calendar), clicks an entry to open that customer, prints (preview) or exports the
week as PDF, Excel or the department file, and merges the agents' department files.
Printing and PDF share one renderer (reports.weekly_pdf.paint_weekly).
"""
from __future__ import annotations

import datetime as dt
import math
import time
import weakref
from decimal import Decimal
from pathlib import Path
from typing import Callable

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QDate, QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, QSize, Qt,
    QTimer, Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QStyle, QStyledItemDelegate,
    QSizePolicy, QStyleOptionViewItem, QTableView, QToolBar, QToolTip, QVBoxLayout, QWidget,
)

from salesdesk.core.money import format_cny
from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import BOARD_STAGES
from salesdesk.core.weekly import Entry, WeeklyTable
from salesdesk.reports.dept import merge_department, write_dept_export
from salesdesk.reports.errors import ReportError
from salesdesk.reports.weekly_pdf import page_layout, render_on, write_weekly_pdf
from salesdesk.reports.weekly_xlsx import OVERDUE_MARK, TITLE, window_label, write_weekly_xlsx
from salesdesk.services import Changes, SalesDesk, ServiceError

from .messages import Messages


ROWS: tuple[ReviewRow, ...] = tuple(ReviewRow)
SUBTOTAL_ROW = len(ROWS)
ENTRIES_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOR = QColor(200, 0, 0)
TODAY_COLOR = QColor(255, 246, 204)
SUBTOTAL_COLOR = QColor(242, 242, 242)
CELL_PAD = 6
MAX_MERGE_FILES = 200

OpenFiles = Callable[[QWidget, str, str], list[str]]


def _one_by_one(messages: Messages) -> OpenFiles:
    """Several files through a seam that opens one at a time: ask until the user cancels.

    Used only while ``Messages`` has no multi-file ``open_files``.
    """
    def open_files(parent: QWidget, title: str, filter: str) -> list[str]:
        chosen: list[str] = []
        while len(chosen) < MAX_MERGE_FILES:
            hint = QCoreApplication.translate("WeeklyView", "（第 {n} 个，选完后点“取消”）").format(n=len(chosen) + 1)
            path = messages.open_file(parent, title + hint, filter)
            if not path:
                break
            chosen.append(path)
        return chosen

    return open_files


class WeeklyTableModel(QAbstractTableModel):
    """Rows 周一/周三/周五/小计 by the six stages; a cell's entries under ENTRIES_ROLE."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._table: WeeklyTable | None = None
        self._today_row: ReviewRow | None = None

    def set_table(self, table: WeeklyTable, today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._table = table
        self._today_row = next((w.row for w in table.week.windows if today and w.contains(today)), None)
        self.endResetModel()

    @property
    def table(self) -> WeeklyTable | None:
        return self._table

    @property
    def today_row(self) -> ReviewRow | None:
        return self._today_row

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(ROWS) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(BOARD_STAGES)

    def entries(self, index: QModelIndex) -> list[Entry]:
        if self._table is None or not index.isValid() or index.row() >= len(ROWS):
            return []
        return self._table.cell(ROWS[index.row()], BOARD_STAGES[index.column()])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if self._table is None or not index.isValid():
            return None
        stage = BOARD_STAGES[index.column()]
        if index.row() == SUBTOTAL_ROW:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return str(self._table.subtotal[stage])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.BackgroundRole:
                return SUBTOTAL_COLOR
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        row = ROWS[index.row()]
        entries = self._table.cell(row, stage)
        if role == ENTRIES_ROLE:
            return entries
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return "\n".join(e.text + (OVERDUE_MARK if e.overdue else "") for e in entries)
        if role == Qt.ItemDataRole.BackgroundRole and row == self._today_row:
            return TODAY_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(BOARD_STAGES):
                return BOARD_STAGES[section].column_label
            return None
        if not 0 <= section <= len(ROWS):
            return None
        if section == SUBTOTAL_ROW:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("小计")
            return None
        row = ROWS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            today = self.tr("（今天）") if row == self._today_row else ""
            return f"{row.label}{today}\n{window_label(self._table, row)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            window = self._table.week.window(row)
            return self.tr("{label}检视：{first} 至 {last} 的工作，{review} 检视").format(
                label=row.label, first=window.first_day.isoformat(), last=window.last_day.isoformat(),
                review=window.review_day.isoformat())
        if role == Qt.ItemDataRole.FontRole and row == self._today_row:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class EntryDelegate(QStyledItemDelegate):
    """Paints a cell's entries one per line (overdue: red, bold, ※) and finds the one clicked."""

    entry_clicked = Signal(object)  # Entry

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._last_press: tuple[int, float] | None = None  # (prospect, when) of the last press

    # -- geometry ------------------------------------------------------------------------
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return option.font, bold

    def line_height(self, option: QStyleOptionViewItem) -> int:
        _regular, bold = self._fonts(option)
        return QFontMetrics(bold).lineSpacing() + 2

    def entry_at(self, option: QStyleOptionViewItem, index: QModelIndex, pos: QPointF) -> Entry | None:
        entries = index.data(ENTRIES_ROLE) or []
        if not entries:
            return None
        rect = option.rect
        line = math.floor((pos.y() - rect.top() - CELL_PAD) / self.line_height(option))
        if not 0 <= line < len(entries):
            return None
        regular, bold = self._fonts(option)
        entry = entries[line]
        width = QFontMetrics(bold if entry.overdue else regular).horizontalAdvance(self._text(entry))
        if pos.x() > rect.left() + CELL_PAD + width + CELL_PAD:
            return None
        return entry

    @staticmethod
    def _text(entry: Entry) -> str:
        return entry.text + (OVERDUE_MARK if entry.overdue else "")

    # -- QStyledItemDelegate ---------------------------------------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        entries = index.data(ENTRIES_ROLE)
        if entries is None:
            return super().sizeHint(option, index)
        regular, bold = self._fonts(option)
        width = max((QFontMetrics(bold if e.overdue else regular).horizontalAdvance(self._text(e))
                     for e in entries), default=40)
        return QSize(width + 2 * CELL_PAD, max(1, len(entries)) * self.line_height(option) + 2 * CELL_PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        entries = index.data(ENTRIES_ROLE)
        if entries is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        regular, bold = self._fonts(option)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        normal = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        line_h = self.line_height(option)
        painter.save()
        painter.setClipRect(option.rect)
        y = option.rect.top() + CELL_PAD
        for entry in entries:
            painter.setFont(bold if entry.overdue else regular)
            painter.setPen(OVERDUE_COLOR if entry.overdue and not selected else normal)
            rect = QRect(option.rect.left() + CELL_PAD, y, option.rect.width() - 2 * CELL_PAD, line_h)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self._text(entry))
            y += line_h
        painter.restore()

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        # A real double-click is press, release, double-click, release: the press opens the
        # entry and the double-click that follows within the interval opens nothing more.
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick) \
                and event.button() == Qt.MouseButton.LeftButton:
            entry = self.entry_at(option, index, event.position())
            if entry is not None:
                now = time.monotonic()
                repeat = (kind == QEvent.Type.MouseButtonDblClick and self._last_press is not None
                          and self._last_press[0] == entry.prospect_id
                          and now - self._last_press[1] <= QApplication.doubleClickInterval() / 1000)
                self._last_press = (entry.prospect_id, now) if kind == QEvent.Type.MouseButtonPress else None
                if not repeat:
                    self.entry_clicked.emit(entry)
        return super().editorEvent(event, model, option, index)

    def helpEvent(self, event, view, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            entry = self.entry_at(option, index, QPointF(event.pos()))
            if entry is not None:
                QToolTip.showText(event.globalPos(), entry_tooltip(entry), view)
                return True
        return super().helpEvent(event, view, option, index)


def entry_tooltip(entry: Entry) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("WeeklyView", text)

    parts = [entry.name, entry.stage.label]
    if entry.plan:
        parts.insert(1, entry.plan)
    if entry.age is not None:
        parts.append(tr("初次见面 {day}，已 {age} 天").format(day=entry.day.isoformat(), age=entry.age))
    if entry.overdue:
        parts.append(tr("已超过销售周期"))
    parts.append(tr("单击打开客户"))
    return " · ".join(parts)


class WeeklyView(QWidget):
    """The weekly action table screen. Emits ``open_customer(customer_id, prospect_id)``."""

    open_customer = Signal(int, int)
    #: The table was reloaded (after a change through the services or another week).
    refreshed = Signal()
    #: A file was written: its path (the main window may show it in the status bar).
    exported = Signal(str)

    def __init__(self, desk: SalesDesk, parent: QWidget | None = None, messages: Messages | None = None,
                 open_files: OpenFiles | None = None):
        super().__init__(parent)
        self.desk = desk
        self.messages = messages or Messages()
        self._open_files = open_files or getattr(self.messages, "open_files", None) or _one_by_one(self.messages)
        self._day = desk.today()
        self._run_dialog: Callable[[QPrintPreviewDialog], object] = lambda dialog: dialog.exec()

        self.title_label = QLabel(self.tr(TITLE), self)
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 10) * 1.5)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.agent_label = QLabel(self)
        self.cycle_label = QLabel(self)
        self.cycle_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.range_label = QLabel(self)
        self.range_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label in (self.agent_label, self.cycle_label, self.range_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

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
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.print_action = self._action(self.tr("打印预览"), self.print_preview, QKeySequence.StandardKey.Print)
        self.pdf_action = self._action(self.tr("导出 PDF"), self.export_pdf)
        self.xlsx_action = self._action(self.tr("导出 Excel"), self.export_xlsx)
        self.dept_action = self._action(self.tr("部门追踪表导出"), self.export_dept)
        self.merge_action = self._action(self.tr("合并部门追踪表…"), self.merge_dept)
        self.merge_action.setToolTip(self.tr("经理用：把几位组员导出的部门追踪表合并为一张"))
        for action in (self.print_action, self.pdf_action, self.xlsx_action, self.dept_action, self.merge_action):
            self.toolbar.addAction(action)

        self.model = WeeklyTableModel(self)
        self.delegate = EntryDelegate(self)
        self.delegate.entry_clicked.connect(self._entry_clicked)
        self.table_view = QTableView(self)
        self.table_view.setObjectName("weeklyTable")
        self.table_view.setModel(self.model)
        self.table_view.setItemDelegate(self.delegate)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setWordWrap(False)
        self.table_view.setMouseTracking(True)
        self.table_view.setStyleSheet("QTableView#weeklyTable { gridline-color: #808080; }")
        columns = self.table_view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        columns.setHighlightSections(False)
        columns.setMinimumHeight(QFontMetrics(self.font()).height() + 12)
        rows = self.table_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setHighlightSections(False)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table_view.viewport().installEventFilter(self)

        self.money_label = QLabel(self)
        self.legend_label = QLabel(self.tr("红色 {mark} = 已超过销售周期，按方法应退回销售机会；单击姓名打开客户")
                                   .format(mark=OVERDUE_MARK), self)
        self.legend_label.setStyleSheet("color: #555;")
        self.status_label = QLabel(self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        header = QHBoxLayout()
        header.addWidget(self.agent_label, 1)
        header.addWidget(self.cycle_label, 1)
        header.addWidget(self.range_label, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.legend_label)
        footer.addStretch(1)
        footer.addWidget(self.money_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.title_label)
        layout.addLayout(header)
        layout.addWidget(self.table_view, 1)
        layout.addLayout(footer)
        layout.addWidget(self.status_label)

        # Changes arrive as one notification per write; a burst reloads once.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        self._listener = _listener_for(self)
        desk.subscribe(self._listener)
        listener = self._listener
        self.destroyed.connect(lambda *_: desk.unsubscribe(listener))
        self.reload()

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
        return self._table

    @property
    def day(self) -> dt.date:
        return self._day

    def set_day(self, day: dt.date) -> None:
        """Show the week containing ``day``."""
        self._day = day
        if self.date_edit.date() != _qdate(day):
            blocked = self.date_edit.blockSignals(True)
            self.date_edit.setDate(_qdate(day))
            self.date_edit.blockSignals(blocked)
        self.reload()

    def previous_week(self) -> None:
        self.set_day(self._table.week.start - dt.timedelta(days=1))

    def next_week(self) -> None:
        self.set_day(self._table.week.end + dt.timedelta(days=1))

    def this_week(self) -> None:
        self.set_day(self.desk.today())

    def _date_picked(self, date: QDate) -> None:
        self.set_day(dt.date(date.year(), date.month(), date.day()))

    def reload(self) -> None:
        self._reload_timer.stop()
        self._table = self.desk.weekly_table(self._day)
        table = self._table
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

    def _changed(self, _changes: Changes) -> None:
        self._reload_timer.start()

    # -- rows that fill the screen like the paper form --------------------------------------------
    def fit_rows(self) -> None:
        """Rows fill the height like the paper form; a crowded row takes more of it."""
        if self.model.rowCount() == 0:
            return
        option = QStyleOptionViewItem()
        option.font = self.table_view.font()
        line_h = self.delegate.line_height(option)
        subtotal_h = QFontMetrics(self.table_view.font()).height() + 14
        available = self.table_view.viewport().height() - subtotal_h
        needs = [max(3, max(len(self._table.cell(row, s)) for s in BOARD_STAGES)) * line_h + 2 * CELL_PAD
                 for row in ROWS]
        # Each row gets what it needs plus an equal share of the room left, so a busy row
        # grows at the expense of quiet ones and 小计 stays on screen; only a week too
        # full for the window scrolls.
        extra = max(0, available - sum(needs)) // len(ROWS)
        for r, need in enumerate(needs):
            self.table_view.setRowHeight(r, need + extra)
        self.table_view.setRowHeight(SUBTOTAL_ROW, subtotal_h)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table_view.viewport():
            if event.type() == QEvent.Type.Resize:
                self.fit_rows()
            elif event.type() == QEvent.Type.MouseMove:
                self._update_cursor(event.position())
        return super().eventFilter(watched, event)

    def _update_cursor(self, pos: QPointF) -> None:
        hit = self.entry_at(pos.toPoint()) is not None
        shape = Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor
        self.table_view.viewport().setCursor(shape)

    def entry_at(self, pos) -> Entry | None:
        """The entry under a point of the table's viewport, if any."""
        index = self.table_view.indexAt(pos)
        if not index.isValid():
            return None
        option = QStyleOptionViewItem()
        option.rect = self.table_view.visualRect(index)
        option.font = self.table_view.font()
        return self.delegate.entry_at(option, index, QPointF(pos))

    def entry_rect(self, row: ReviewRow, stage_index: int, line: int) -> QRect:
        """Where an entry is drawn, in viewport coordinates (tests click there)."""
        index = self.model.index(ROWS.index(row), stage_index)
        cell = self.table_view.visualRect(index)
        option = QStyleOptionViewItem()
        option.font = self.table_view.font()
        line_h = self.delegate.line_height(option)
        return QRect(cell.left() + CELL_PAD, cell.top() + CELL_PAD + line * line_h, cell.width() // 3, line_h)

    def _entry_clicked(self, entry: Entry) -> None:
        self.open_customer.emit(entry.customer_id, entry.prospect_id)

    # -- print and export ------------------------------------------------------------------------
    def print_preview(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(f"{TITLE} {self._table.week.range_label}")
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印预览 — {title}").format(title=self.tr(TITLE)))
        dialog.paintRequested.connect(self.print_on)
        self._run_dialog(dialog)
        dialog.deleteLater()

    def print_on(self, printer: QPrinter) -> None:
        try:
            render_on(printer, self._table, self.agent_name())
        except ReportError as exc:
            self.messages.error(self, self.tr("打印"), str(exc))

    def export_pdf(self) -> None:
        path = self._save_path(self.tr("导出 PDF"), f"{TITLE}_{self._week_tag()}.pdf", self.tr("PDF 文件 (*.pdf)"),
                               ".pdf")
        if path:
            self._export(self.tr("导出 PDF"), path, lambda: write_weekly_pdf(self._table, path, self.agent_name()))

    def export_xlsx(self) -> None:
        path = self._save_path(self.tr("导出 Excel"), f"{TITLE}_{self._week_tag()}.xlsx",
                               self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx")
        if path:
            self._export(self.tr("导出 Excel"), path,
                         lambda: write_weekly_xlsx(self._table, path, self.agent_name()))

    def export_dept(self) -> None:
        title = self.tr("部门追踪表导出")
        if not self.agent_name() and not self._ask_agent_name(title):
            return
        agent = self.agent_name()
        path = self._save_path(title, f"部门追踪表_{agent}_{self._week_tag()}.xlsx",
                               self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx")
        if path:
            self._export(title, path, lambda: write_dept_export(self._table, path, agent))

    def merge_dept(self) -> None:
        title = self.tr("合并部门追踪表")
        files = self._open_files(self, self.tr("选择组员导出的部门追踪表（可多选）"),
                                 self.tr("Excel 工作簿 (*.xlsx)"))
        if not files:
            return
        path = self._save_path(title, f"部门追踪表_合并_{self._week_tag()}.xlsx", self.tr("Excel 工作簿 (*.xlsx)"),
                               ".xlsx")
        if path:
            merged = []
            self._export(title, path, lambda: merged.append(merge_department([Path(f) for f in files], path)))
            for warning in merged[0].warnings if merged else ():  # merged, but the manager should know
                self.messages.warn(self, title, warning)

    def _ask_agent_name(self, title: str) -> bool:
        name = self.messages.get_text(self, title, self.tr("部门追踪表需要您的姓名（业务员姓名）："))
        if not name or not name.strip():
            return False
        try:
            self.desk.set_setting("agent_name", name.strip())
        except ServiceError as exc:
            self.messages.warn(self, title, str(exc))
            return False
        return True

    def _week_tag(self) -> str:
        return self._table.week.start.strftime("%Y%m%d")

    def _save_path(self, title: str, suggested: str, filter: str, suffix: str) -> Path | None:
        chosen = self.messages.save_file(self, title, suggested, filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
            # The dialog asked about overwriting the name typed, not this one.
            if path.exists() and not self.messages.ask(
                self, title, self.tr("“{name}”已存在，要替换它吗？").format(name=path.name)
            ):
                return None
        return path

    def _export(self, title: str, path: Path, write: Callable[[], object]) -> None:
        try:
            write()
        except ReportError as exc:
            self.status_label.setText("")
            self.messages.error(self, title, str(exc))
            return
        self.status_label.setText(self.tr("已导出：{path}").format(path=str(path)))
        self.exported.emit(str(path))


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
