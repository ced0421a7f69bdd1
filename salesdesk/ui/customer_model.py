"""The customer list as a Qt item model: paged, filtered and sorted in SQL by the services.

A heavy agent has tens of thousands of customers; the view asks for rows as it scrolls
(``canFetchMore``/``fetchMore``), one page of ``page_size`` at a time, and never holds a
widget per row. The filter text and the filters (grade, level, tag, city, not contacted for
N days) and the sort column go to ``desk.customers.page`` as one CustomerQuery, so pinyin
(``hjg``, ``hejianguo``), phone, company and notes all match there, and sorting by last
contact or next birthday is SQL's work, not the view's.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from salesdesk.services import Changes, SalesDesk
from salesdesk.services.customer_query import CustomerQuery
from salesdesk.services.roster import CustomerListRow

from .labels import level_name

PAGE_SIZE = 200

NAME, COMPANY, MOBILE, GRADE, LEVEL, LAST_CONTACT, BIRTHDAY = range(7)
#: Column -> the services' sort key (手机 is not sorted: it has no useful order).
SORT_KEYS = {NAME: "name", COMPANY: "company", GRADE: "grade", LEVEL: "level", LAST_CONTACT: "last_contact",
             BIRTHDAY: "next_birthday"}

#: Role returning the customer's id for any cell of its row.
CustomerIdRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, desk: SalesDesk, page_size: int = PAGE_SIZE, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._page_size = page_size
        self._query = CustomerQuery()
        self._rows: list[CustomerListRow] = []
        self._total = 0
        self._headers = (self.tr("姓名"), self.tr("公司"), self.tr("手机"), self.tr("分级"), self.tr("分类"),
                         self.tr("最近联系"), self.tr("下次生日"))
        self._reload(self._page_size)

    # -- what the window asks -----------------------------------------------------
    @property
    def desk(self) -> SalesDesk:
        return self._desk

    @property
    def filter_text(self) -> str:
        return self._query.search

    @property
    def query(self) -> CustomerQuery:
        return self._query

    @property
    def is_filtered(self) -> bool:
        """Some customers are left out (a search or a filter); sorting leaves no one out."""
        return dataclasses.replace(self._query, sort="name", descending=False) != CustomerQuery()

    def set_query(self, **changes) -> None:
        """Change filters or the sort (CustomerQuery's fields) and read the list again."""
        query = dataclasses.replace(self._query, **changes)
        if query != self._query:
            self._query = query
            self._reload(self._page_size)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:  # 手机: keep the order there is
            return
        self.set_query(sort=key, descending=order == Qt.SortOrder.DescendingOrder)

    def total(self) -> int:
        """How many customers match the filter (loaded or not)."""
        return self._total

    def set_filter(self, text: str) -> None:
        self.set_query(search=text.strip())

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
        # A call or a contact changes their 最近联系, which only a sort or filter by it can move.
        if (changes.activities or changes.stages or changes.contacts) and self._query.sort != "last_contact" \
                and not self._query.not_contacted_days:
            loaded = {row.id: i for i, row in enumerate(self._rows)}
            if changes.customers <= loaded.keys() and self._update_rows([loaded[c] for c in changes.customers]):
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
        position = self._desk.customers.position(customer_id, self._query)
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
            value = _cell(row, index.column())
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
        page = self._desk.customers.page(self._query, limit=max(count, 1), offset=len(self._rows))
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
        self._total = self._desk.customers.count(self._query)
        self._rows = self._desk.customers.page(self._query, limit=rows, offset=0)
        self.endResetModel()

    def _update_rows(self, positions: list[int]) -> bool:
        """Read these rows again in place; False when one is gone (deleted: the list must be read)."""
        fresh = {r.id: r for r in self._desk.customers.rows([self._rows[i].id for i in positions])}
        if len(fresh) < len(positions):
            return False
        for i in positions:
            row = fresh.get(self._rows[i].id)
            if row is not None and row != self._rows[i]:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self._headers) - 1))
        return True


def _cell(row: CustomerListRow, column: int) -> str:
    if column == LAST_CONTACT:
        return f"{row.last_contact:%Y-%m-%d}" if row.last_contact else ""
    if column == BIRTHDAY:
        return f"{row.next_birthday:%m-%d}" if row.next_birthday else ""
    return (row.name, row.company, row.mobile, row.value_grade, level_name(row.relation_level))[column]
