"""The left side of the 客户 page: a search box and filters over the paged, sortable customer
table; several customers can be selected and deleted (after a confirmation and a backup),
and the delete undone."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from salesdesk.core.customer import RELATION_LEVELS
from salesdesk.i18n import tr
from salesdesk.services import ServiceError
from salesdesk.services.customer_query import GRADE_FILTERS

from .customer_model import BIRTHDAY, COMPANY, GRADE, LAST_CONTACT, LEVEL, MOBILE, NAME, CustomerTableModel
from .labels import level_name
from .messages import Messages
from .shortcut_sheet import declare_keys

#: "not contacted for" choices, in days (0 = any).
NOT_CONTACTED_DAYS = (0, 30, 60, 90, 180, 365)

#: Typing pauses this long before the list is filtered: one query per pause, not per key.
DEBOUNCE_MS = 150


class CustomerListPanel(QWidget):
    """Emits ``customer_chosen(id)`` when the user moves to another customer."""

    customer_chosen = Signal(int)
    #: The number of matching customers changed (matching, total-with-no-filter unknown here).
    count_changed = Signal()

    #: Customers were deleted (their ids): the card may be showing one of them.
    customers_deleted = Signal(list)

    def __init__(self, model: CustomerTableModel, debounce: QTimer | None = None, parent: QWidget | None = None,
                 messages: Messages | None = None):
        super().__init__(parent)
        self.model = model
        self.messages = messages or Messages()
        self.last_deleted = None

        self.filter_edit = QLineEdit(self)
        declare_keys(self.filter_edit, [(["Down"], self.tr("从搜索框进入客户列表"))])
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
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
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
        # Seven columns in a narrow panel: each keeps a readable width and the list scrolls sideways.
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        # Wide enough for a typical value and for the heading, in either language.
        metrics = self.fontMetrics()

        def fit(column: int, *samples: str, margin: int = 24) -> None:
            heading = model.headerData(column, Qt.Orientation.Horizontal) or ""
            header.resizeSection(column, max(metrics.horizontalAdvance(s) for s in (*samples, heading)) + margin)

        fit(NAME, "欧阳建国", margin=20)  # i18n: data
        fit(MOBILE, "13800000000", margin=20)
        fit(COMPANY, "锦程物流有限公司", margin=20)  # i18n: data
        fit(GRADE, "E")
        fit(LEVEL, *(level_name(level) for level in RELATION_LEVELS), margin=24 + metrics.horizontalAdvance("客"))  # i18n: data
        fit(LAST_CONTACT, "2026-12-31")
        fit(BIRTHDAY, "下次生日")  # i18n: data

        self._build_filters()
        self._build_delete()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addLayout(self.filters)
        layout.addWidget(self.view)
        layout.addWidget(self.undo_bar)

        self.filter_edit.installEventFilter(self)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelReset.connect(self.count_changed)
        self._silent = False

    def _build_filters(self) -> None:
        self.grade_filter = QComboBox(self)
        self.grade_filter.setObjectName("gradeFilter")
        self.grade_filter.addItem(self.tr("全部分级"), "")
        for grade in GRADE_FILTERS:
            self.grade_filter.addItem(grade if grade != "未分级" else self.tr("未分级"), grade)  # i18n: data
        self.level_filter = QComboBox(self)
        self.level_filter.setObjectName("levelFilter")
        self.level_filter.addItem(self.tr("全部分类"), "")
        for level in RELATION_LEVELS:
            self.level_filter.addItem(level_name(level), level)
        self.city_filter = QComboBox(self)
        self.city_filter.setObjectName("cityFilter")
        self.city_filter.setEditable(True)
        self.city_filter.lineEdit().setPlaceholderText(self.tr("城市"))
        self.city_filter.addItem("")
        self.city_filter.addItems(self.model.desk.customers.cities())
        self.tag_filter = QLineEdit(self)
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.setPlaceholderText(self.tr("标签"))
        self.tag_filter.setClearButtonEnabled(True)
        self.contact_filter = QComboBox(self)
        self.contact_filter.setObjectName("contactFilter")
        for days in NOT_CONTACTED_DAYS:
            self.contact_filter.addItem(self.tr("联系不限") if not days else self.tr("{n} 天未联系").format(n=days), days)
        self.filters = QHBoxLayout()
        self.filters.setSpacing(4)
        for widget in (self.grade_filter, self.level_filter, self.city_filter, self.tag_filter, self.contact_filter):
            if isinstance(widget, QComboBox):  # a narrow list panel must not be widened by its filters
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                widget.setMinimumContentsLength(3)
            widget.setMinimumWidth(40)
            self.filters.addWidget(widget, 1)
        for combo in (self.grade_filter, self.level_filter, self.contact_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.city_filter.currentTextChanged.connect(lambda _t: self.debounce.start())
        self.tag_filter.textChanged.connect(lambda _t: self.debounce.start())

    def _build_delete(self) -> None:
        self.delete_action = QAction(self.tr("删除客户…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)
        self.undo_delete_action = QAction(self.tr("撤销删除"), self)
        self.undo_delete_action.setEnabled(False)
        self.undo_delete_action.triggered.connect(self.undo_delete)
        self.view.addAction(self.undo_delete_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.undo_bar = QWidget(self)
        self.undo_bar.setObjectName("undoDeleteBar")
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("撤销删除"), self.undo_bar)
        self.undo_button.setObjectName("undoDelete")
        self.undo_button.clicked.connect(self.undo_delete)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()

    # -- deleting ---------------------------------------------------------------------
    def selected_customers(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        ids = [self.model.customer_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def delete_selected(self) -> bool:
        """Ask, then delete the selected customers (a backup first); the undo bar offers to take it back."""
        ids = self.selected_customers()
        if not ids:
            return False
        names = [self.model.index(r, NAME).data() for r in sorted({i.row() for i in self.view.selectionModel().selectedRows()})]
        who = tr("、", "list separator").join(names[:3]) + (self.tr(" 等 {n} 位").format(n=len(names)) if len(names) > 3 else "")
        question = self.tr("删除客户 {who}？\n\n他们的潜在客户、阶段历史、活动、交流记录和重要日期会一并删除。"
                           "删除前会自动备份，删除后可以撤销。").format(who=who)
        if not self.messages.ask(self, self.tr("删除客户"), question):
            return False
        try:
            deleted = self.model.desk.customers.delete(ids)
        except ServiceError as exc:
            self.messages.warn(self, self.tr("未删除"), str(exc))
            return False
        self.last_deleted = deleted
        self.undo_delete_action.setEnabled(True)
        self.undo_label.setText(self.tr("已删除 {n} 位客户（删除前已备份）").format(n=len(deleted.ids)))
        self.undo_bar.show()
        self.customers_deleted.emit(list(deleted.ids))
        return True

    def undo_delete(self) -> bool:
        if self.last_deleted is None:
            return False
        try:
            self.model.desk.customers.undo_delete(self.last_deleted)
        except ServiceError as exc:
            self.messages.warn(self, self.tr("无法撤销删除"), str(exc))
            return False
        restored = self.last_deleted
        self.last_deleted = None
        self.undo_delete_action.setEnabled(False)
        self.undo_bar.hide()
        self.select_customer(restored.ids[0], fetch_pages=50)
        return True

    # -- filtering -----------------------------------------------------------------
    def apply_filters(self) -> None:
        """The search text and every filter at once."""
        self.apply_filter()

    def apply_filter(self) -> None:
        self.debounce.stop()
        tag = self.tag_filter.text().strip()
        for sep in ",，;；、 /|":  # i18n: data
            tag = tag.split(sep)[0] if sep in tag else tag  # one tag at a time
        self.model.set_query(search=self.filter_edit.text().strip(), grade=self.grade_filter.currentData() or "",
                             level=self.level_filter.currentData() or "", city=self.city_filter.currentText().strip(),
                             tag=tag, not_contacted_days=self.contact_filter.currentData() or None)

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
