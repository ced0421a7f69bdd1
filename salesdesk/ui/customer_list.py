"""The left side of the 客户 page: a filter box over the paged customer table."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from .customer_model import COMPANY, MOBILE, NAME, CustomerTableModel

#: Typing pauses this long before the list is filtered: one query per pause, not per key.
DEBOUNCE_MS = 150


class CustomerListPanel(QWidget):
    """Emits ``customer_chosen(id)`` when the user moves to another customer."""

    customer_chosen = Signal(int)
    #: The number of matching customers changed (matching, total-with-no-filter unknown here).
    count_changed = Signal()

    def __init__(self, model: CustomerTableModel, debounce: QTimer | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("customerFilter")
        self.filter_edit.setPlaceholderText(self.tr("搜索姓名、电话、公司、拼音…"))
        self.filter_edit.setClearButtonEnabled(True)

        # Injectable so tests can fire it by hand (as qutebrowser stubs its timers).
        self.debounce = debounce if debounce is not None else QTimer(self)
        self.debounce.setSingleShot(True)
        if debounce is None:
            self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self.debounce.start())
        # Enter filters at once.
        self.filter_edit.returnPressed.connect(self.apply_filter)

        self.view = QTableView(self)
        self.view.setObjectName("customerTable")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        # Fixed row heights: ResizeToContents makes big tables quadratic (TECH-NOTES).
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COMPANY, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.resizeSection(NAME, self.fontMetrics().horizontalAdvance("欧阳建国") + 20)
        header.resizeSection(MOBILE, self.fontMetrics().horizontalAdvance("13800000000") + 20)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)

        self.filter_edit.installEventFilter(self)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelReset.connect(self.count_changed)
        self._silent = False

    # -- filtering -----------------------------------------------------------------
    def apply_filter(self) -> None:
        self.debounce.stop()
        self.model.set_filter(self.filter_edit.text())

    def clear_filter(self) -> None:
        """Show every customer (the box emptied and the list reloaded at once)."""
        blocked = self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(blocked)
        self.apply_filter()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ↓ in the search box goes on into the list, as in a launcher.
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down and self.model.rowCount():
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, NAME))
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    # -- selection -------------------------------------------------------------------
    def current_customer(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.customer_id(index.row()) if index.isValid() else None

    def select_customer(self, customer_id: int | None, fetch_pages: int = 0) -> bool:
        """Make ``customer_id`` current without emitting ``customer_chosen``.

        Returns False (and clears the selection) when it is not among the rows the
        filter shows.
        """
        row = None if customer_id is None else self.model.row_of(customer_id, fetch_pages)
        self._silent = True
        try:
            selection = self.view.selectionModel()
            if row is None:
                selection.clear()
                return False
            index = self.model.index(row, NAME)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
            return True
        finally:
            self._silent = False

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        # A reset (new filter, refresh) clears the current row: that is not a choice.
        if self._silent or not current.isValid():
            return
        if previous.isValid() and previous.row() == current.row():
            return
        customer_id = self.model.customer_id(current.row())
        if customer_id is not None:
            self.customer_chosen.emit(customer_id)
