"""The grid of the 行动工具表: rows 周一/周三/周五/小计 by the six stage columns.

Each cell lists its entries ``M.DD姓名`` (overdue ones red and bold, ※). A cell holding
more names than its row has lines flows them into further columns side by side before the
row grows, so a normal week shows its three rows and 小计 on a laptop screen; a row too
full even then grows, and the grid scrolls by pixel, its row labels staying in sight.
"""
from __future__ import annotations

import datetime as dt
import math
import time

from PySide6.QtCore import (
    QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QPointF, QRect, QSize, Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView,
    QToolTip, QWidget,
)

from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import BOARD_STAGES
from salesdesk.core.weekly import Entry, WeeklyTable
from salesdesk.i18n import tr
from salesdesk.reports.weekly_text import cell_texts, window_label

ROWS: tuple[ReviewRow, ...] = tuple(ReviewRow)
SUBTOTAL_ROW = len(ROWS)
ENTRIES_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOR = QColor(200, 0, 0)
TODAY_COLOR = QColor(255, 246, 204)
SUBTOTAL_COLOR = QColor(242, 242, 242)
CELL_PAD = 6
#: Between two columns of names inside one cell.
COLUMN_GAP = 12
#: A quiet row still shows this many lines (the paper form's rows are never slivers).
MIN_LINES = 3


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
            return "\n".join(cell_texts(entries))
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
                return tr(BOARD_STAGES[section].column_label)
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
            return f"{tr(row.label)}{today}\n{window_label(self._table, row)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            window = self._table.week.window(row)
            return self.tr("{label}检视：{first} 至 {last} 的工作，{review} 检视").format(
                label=tr(row.label), first=window.first_day.isoformat(), last=window.last_day.isoformat(),
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
    """Paints a cell's entries (overdue: red, bold, ※) and finds the one clicked.

    Entries run down the cell; when the row has fewer lines than the cell has entries,
    they continue in a further column beside (as many as the cell's width holds).
    """

    entry_clicked = Signal(object)  # Entry

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._last_press: tuple[int, float] | None = None  # (prospect, when) of the last press

    # -- geometry ------------------------------------------------------------------------
    @staticmethod
    def _fonts(font: QFont) -> tuple[QFont, QFont]:
        bold = QFont(font)
        bold.setBold(True)
        return font, bold

    def line_height(self, option: QStyleOptionViewItem) -> int:
        _regular, bold = self._fonts(option.font)
        return QFontMetrics(bold).lineSpacing() + 2

    def widths(self, font: QFont, entries: list[Entry]) -> list[int]:
        regular, bold = self._fonts(font)
        metrics = (QFontMetrics(regular), QFontMetrics(bold))
        return [metrics[e.overdue].horizontalAdvance(text) for e, text in zip(entries, cell_texts(entries))]

    @staticmethod
    def max_columns(cell_width: int, widest: int) -> int:
        """How many columns of names of this width a cell holds side by side."""
        return max(1, (cell_width - 2 * CELL_PAD + COLUMN_GAP) // (widest + COLUMN_GAP))

    def lines_needed(self, font: QFont, entries: list[Entry], cell_width: int) -> int:
        """The fewest lines that show every entry of a cell this wide."""
        if not entries:
            return 0
        columns = self.max_columns(cell_width, max(self.widths(font, entries)))
        return math.ceil(len(entries) / columns)

    def entry_rects(self, option: QStyleOptionViewItem, entries: list[Entry]) -> list[QRect]:
        """Where each entry is drawn inside ``option.rect``, in order."""
        if not entries:
            return []
        rect = option.rect
        line_h = self.line_height(option)
        widths = self.widths(option.font, entries)
        widest = max(widths)
        room = max(1, (rect.height() - 2 * CELL_PAD) // line_h)
        columns = self.max_columns(rect.width(), widest)
        per_column = max(room, math.ceil(len(entries) / columns)) if len(entries) > room else len(entries)
        return [QRect(rect.left() + CELL_PAD + (i // per_column) * (widest + COLUMN_GAP),
                      rect.top() + CELL_PAD + (i % per_column) * line_h, width, line_h)
                for i, width in enumerate(widths)]

    def entry_at(self, option: QStyleOptionViewItem, index: QModelIndex, pos: QPointF) -> Entry | None:
        entries = index.data(ENTRIES_ROLE) or []
        point = pos.toPoint()
        for entry, rect in zip(entries, self.entry_rects(option, entries)):
            if rect.adjusted(0, 0, CELL_PAD, 0).contains(point):
                return entry
        return None

    # -- QStyledItemDelegate ---------------------------------------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        entries = index.data(ENTRIES_ROLE)
        if entries is None:
            return super().sizeHint(option, index)
        width = max(self.widths(option.font, entries), default=40)
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
        regular, bold = self._fonts(option.font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        normal = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        painter.setClipRect(option.rect)
        # As on paper: two prospects of one customer are told apart by their plan.
        for entry, text, rect in zip(entries, cell_texts(entries), self.entry_rects(option, entries)):
            painter.setFont(bold if entry.overdue else regular)
            painter.setPen(OVERDUE_COLOR if entry.overdue and not selected else normal)
            painter.drawText(rect.adjusted(0, 0, CELL_PAD, 0),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
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
        return QApplication.translate("WeeklyView", text)

    parts = [entry.name, tr(entry.stage.label)]
    if entry.plan:
        parts.insert(1, entry.plan)
    if entry.age is not None:
        parts.append(tr("初次见面 {day}，已 {age} 天").format(day=entry.day.isoformat(), age=entry.age))
    if entry.overdue:
        parts.append(tr("已超过销售周期"))
    parts.append(tr("单击打开客户"))
    return " · ".join(parts)


class RowLabels(QHeaderView):
    """The row labels (周一 11.20–11.22…); a row taller than the screen keeps its label in
    the part of the row that is in sight."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:  # noqa: N802
        seen = rect.intersected(self.viewport().rect())
        super().paintSection(painter, seen if not seen.isEmpty() else rect, logical_index)

    def visible_label_rect(self, section: int) -> QRect:
        """Where a row's label is drawn now, in the header's viewport."""
        rect = QRect(0, self.sectionViewportPosition(section), self.width(), self.sectionSize(section))
        return rect.intersected(self.viewport().rect())


class WeeklyGrid(QTableView):
    """The grid view: rows share the height like the paper form, a busy one taking more."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weeklyTable")
        self.weekly_model = WeeklyTableModel(self)
        self.delegate = EntryDelegate(self)
        self.labels = RowLabels(self)
        self.setVerticalHeader(self.labels)
        self.setModel(self.weekly_model)
        self.setItemDelegate(self.delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # By pixel: a row taller than the screen can be read to its end.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        self.setMouseTracking(True)
        self.setStyleSheet("QTableView#weeklyTable { gridline-color: #808080; }")
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        columns.setHighlightSections(False)
        columns.setMinimumHeight(QFontMetrics(self.font()).height() + 12)
        self.labels.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.labels.setHighlightSections(False)
        self.labels.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        # The labels follow the part of their row in sight: repaint them whole on a scroll.
        self.verticalScrollBar().valueChanged.connect(lambda _value: self.labels.viewport().update())
        self.viewport().installEventFilter(self)
        self.weekly_model.modelReset.connect(self.fit_rows)

    # -- rows that fill the screen like the paper form --------------------------------------------
    def _option(self) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        option.font = self.font()
        return option

    def fit_rows(self) -> None:
        """Rows fill the height like the paper form; a crowded row takes more of it."""
        table = self.weekly_model.table
        if table is None or self.weekly_model.rowCount() == 0:
            return
        line_h = self.delegate.line_height(self._option())
        subtotal_h = QFontMetrics(self.font()).height() + 14
        available = self.viewport().height() - subtotal_h
        widths = [self.columnWidth(c) for c in range(len(BOARD_STAGES))]
        needs = []
        for row in ROWS:
            lines = max(self.delegate.lines_needed(self.font(), table.cell(row, stage), widths[c])
                        for c, stage in enumerate(BOARD_STAGES))
            needs.append(max(MIN_LINES, lines) * line_h + 2 * CELL_PAD)
        # Each row gets what it needs plus an equal share of the room left, so a busy row
        # grows at the expense of quiet ones and 小计 stays on screen; only a week too
        # full for the window scrolls.
        extra = max(0, available - sum(needs)) // len(ROWS)
        for r, need in enumerate(needs):
            self.setRowHeight(r, need + extra)
        self.setRowHeight(SUBTOTAL_ROW, subtotal_h)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport():
            if event.type() == QEvent.Type.Resize:
                self.fit_rows()
            elif event.type() == QEvent.Type.MouseMove:
                self._update_cursor(event.position())
        return super().eventFilter(watched, event)

    def _update_cursor(self, pos: QPointF) -> None:
        hit = self.entry_at(pos.toPoint()) is not None
        shape = Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(shape)

    def entry_at(self, pos: QPoint) -> Entry | None:
        """The entry under a point of the viewport, if any."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        option = self._option()
        option.rect = self.visualRect(index)
        return self.delegate.entry_at(option, index, QPointF(pos))

    def entry_rect(self, row: ReviewRow, stage_index: int, line: int) -> QRect:
        """Where the ``line``-th entry of a cell is drawn, in viewport coordinates (tests click there)."""
        index = self.weekly_model.index(ROWS.index(row), stage_index)
        option = self._option()
        option.rect = self.visualRect(index)
        entries = index.data(ENTRIES_ROLE) or []
        rects = self.delegate.entry_rects(option, entries)
        if line < len(rects):
            return rects[line]
        # Below the last entry (tests click there to hit nothing).
        top = option.rect.top() + CELL_PAD + line * self.delegate.line_height(option)
        return QRect(option.rect.left() + CELL_PAD, top, option.rect.width() // 3, self.delegate.line_height(option))
