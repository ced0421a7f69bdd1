"""The customer list as a Qt item model: paged, filtered in SQL by the services.

A heavy agent has tens of thousands of customers; the view asks for rows as it scrolls
(``canFetchMore``/``fetchMore``), one page of ``page_size`` at a time, and never holds a
widget per row. The filter text goes to ``SalesDesk.list_customers`` unchanged, so pinyin
(``hjg``, ``hejianguo``), phone, company and notes all match there.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from salesdesk.services import Changes, CustomerRow, SalesDesk

PAGE_SIZE = 200

NAME, COMPANY, MOBILE = range(3)

#: Role returning the customer's id for any cell of its row.
CustomerIdRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, desk: SalesDesk, page_size: int = PAGE_SIZE, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._page_size = page_size
        self._filter = ""
        self._rows: list[CustomerRow] = []
        self._total = 0
        self._headers = (self.tr("姓名"), self.tr("公司"), self.tr("手机"))
        self._reload(self._page_size)

    # -- what the window asks -----------------------------------------------------
    @property
    def filter_text(self) -> str:
        return self._filter

    def total(self) -> int:
        """How many customers match the filter (loaded or not)."""
        return self._total

    def set_filter(self, text: str) -> None:
        text = text.strip()
        if text == self._filter:
            return
        self._filter = text
        self._reload(self._page_size)

    def refresh(self) -> None:
        """Read again from the database, keeping as many rows loaded as before."""
        self._reload(max(self._page_size, len(self._rows)))

    def on_changes(self, changes: Changes) -> None:
        if not changes.customers:
            return
        # Logging a call or moving a prospect names the customer it concerns but leaves
        # name, company and phone alone: no need to query the list again (at 100k
        # customers a filtered reload costs ~0.2 s). Card edits and new customers
        # come without those flags, and can move anywhere in the pinyin order.
        if changes.activities or changes.stages:
            loaded = {row.id for row in self._rows}
            if changes.customers <= loaded:
                return
        self.refresh()

    def customer_id(self, row: int) -> int | None:
        if 0 <= row < len(self._rows):
            return self._rows[row].id
        return None

    def row_of(self, customer_id: int, fetch_pages: int = 0) -> int | None:
        """Row of a customer among the loaded rows; with ``fetch_pages``, the rows down to
        theirs are loaded (in one read, however deep in the list they are)."""
        for i, row in enumerate(self._rows):
            if row.id == customer_id:
                return i
        if not fetch_pages or not self.canFetchMore(QModelIndex()):
            return None
        position = self._desk.customer_position(customer_id, self._filter)
        if position is None or position < len(self._rows):
            return None
        self._fetch(position + 1 - len(self._rows))
        row = self.customer_id(position)
        if row == customer_id:
            return position
        # The list moved under us (another window wrote): look among what is loaded.
        return next((i for i, r in enumerate(self._rows) if r.id == customer_id), None)

    # -- QAbstractItemModel ----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = (row.name, row.company, row.mobile)[index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                return value or None
            return value
        if role == CustomerIdRole:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        self._fetch(self._page_size)

    def _fetch(self, count: int) -> None:
        page = self._desk.list_customers(self._filter, limit=max(count, 1), offset=len(self._rows))
        if not page:
            # The database shrank under us: stop asking.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- helpers -----------------------------------------------------------------------
    def _reload(self, rows: int) -> None:
        self.beginResetModel()
        self._total = self._desk.count_customers(self._filter)
        self._rows = self._desk.list_customers(self._filter, limit=rows, offset=0)
        self.endResetModel()
