"""The card's 交流记录 tab: the customer's timeline, a quick-add row, the full form, delete and undo.

The timeline (``desk.contacts.timeline``) holds contact records and the ratio game's
activities (拨打, 接通…) newest first, loaded a page at a time as the table scrolls. The
common case is one line: pick 方式, type the 纪要, Enter. Everything else is in the form
(详细记录…, or double-click a record to edit it). A delete asks first and can be taken
back (撤销 on the notice, or Ctrl+Z while the app runs).
"""
from __future__ import annotations

import weakref

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QTabWidget,
    QVBoxLayout, QWidget,
)

from salesdesk.core.customer import CONTACT_METHODS
from salesdesk.i18n import N_, tr
from salesdesk.services import Changes, SalesDesk, ServiceError
from salesdesk.services.contacts import LIMITS, PAGE, TimelineEntry

from ..labels import method_name, result_name
from ..messages import Messages
from ..session_undo import UndoStack, undo_action
from .contact_form import ContactForm

#: (header, width in px) — fixed widths: sizing to contents makes a long timeline slow.
COLUMNS = ((N_("时间"), 132), (N_("方式"), 56), (N_("主题"), 200), (N_("目的"), 130), (N_("兴趣"), 80), (N_("结果"), 96),
           (N_("下一步"), 160))
ACTIVITY_COLOUR = QColor("#5f6b7a")
EntryRole = Qt.ItemDataRole.UserRole + 1


class TimelineModel(QAbstractTableModel):
    """One customer's timeline, fetched ``PAGE`` rows at a time."""

    def __init__(self, desk: SalesDesk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._customer_id: int | None = None
        self._rows: list[TimelineEntry] = []
        self._total = 0

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    def set_customer(self, customer_id: int | None, *, read: bool = True) -> None:
        """Show ``customer_id``'s timeline; with ``read=False`` empty until ``reload``."""
        self._customer_id = customer_id
        if read:
            self.reload()
        else:
            self.beginResetModel()
            self._rows, self._total = [], 0
            self.endResetModel()

    def reload(self) -> None:
        self.beginResetModel()
        if self._customer_id is None:
            self._rows, self._total = [], 0
        else:
            self._total = self._desk.contacts.timeline_count(self._customer_id)
            self._rows = self._desk.contacts.timeline(self._customer_id, limit=PAGE)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def entry(self, row: int) -> TimelineEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, kind: str, entry_id: int) -> int:
        return next((i for i, e in enumerate(self._rows) if e.kind == kind and e.id == entry_id), -1)

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._customer_id is not None and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._desk.contacts.timeline(self._customer_id, limit=PAGE, offset=len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if entry.kind == "activity":
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(ACTIVITY_COLOUR)
            if role == Qt.ItemDataRole.FontRole and index.column() == 1:
                font = QFont()
                font.setItalic(True)
                return font
        return None

    def _text(self, entry: TimelineEntry, column: int) -> str:
        if column == 0:
            return f"{entry.at:%Y-%m-%d %H:%M}"
        if column == 1:
            return method_name(entry.label) if entry.kind == "contact" else tr(entry.label)
        contact = entry.contact
        if contact is None:  # an activity: its note stands where a record's subject would
            return entry.note if column == 2 else ""
        if column == 2:
            return contact.subject or _first_line(contact.summary)
        if column == 3:
            return contact.purpose
        if column == 4:
            return "★" * contact.interest + "☆" * (5 - contact.interest) if contact.interest else ""
        if column == 5:
            return result_name(contact.result)
        return contact.next_step

    def _tooltip(self, entry: TimelineEntry) -> str:
        contact = entry.contact
        if contact is None:
            return self.tr("活动：{label}").format(label=tr(entry.label)) + (f"\n{entry.note}" if entry.note else "")
        parts = [f"{contact.at:%Y-%m-%d %H:%M} {method_name(contact.method)}"]
        if contact.subject:
            parts.append(self.tr("主题：") + contact.subject)
        if contact.interest:
            parts.append(self.tr("客户兴趣程度：{n}").format(n=contact.interest))
        if contact.summary:
            parts.append(self.tr("交流纪要：") + _clip(contact.summary))
        if contact.needs:
            parts.append(self.tr("需求体会：") + _clip(contact.needs))
        return "\n".join(parts)


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def _clip(text: str, limit: int = 600) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


class ContactsTab(QWidget):
    """``count_changed(n)`` after each reload: the rows of the timeline."""

    count_changed = Signal(int)

    def __init__(self, desk: SalesDesk, messages: Messages | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contactsTab")
        self._desk = desk
        self._messages = messages or Messages()
        self._stale = False
        self.read_only_reason = ""
        self.form: ContactForm | None = None
        self.model = TimelineModel(desk, self)
        self.undo_stack = UndoStack(self)
        self._notice_entry = None

        self.method = QComboBox(self)
        self.method.setObjectName("quickMethod")
        for method in CONTACT_METHODS:
            self.method.addItem(method_name(method), method)
        self.method.setToolTip(self.tr("交流方式"))
        self.summary = QLineEdit(self)
        self.summary.setObjectName("quickSummary")
        self.summary.setMaxLength(LIMITS["summary"])
        self.summary.setPlaceholderText(self.tr("交流纪要，按回车记下（更多字段用“详细记录…”）"))
        self.summary.returnPressed.connect(self.quick_add)
        self.add_button = QPushButton(self.tr("记下"), self)
        self.add_button.setObjectName("quickAdd")
        self.add_button.clicked.connect(self.quick_add)
        self.form_button = QPushButton(self.tr("详细记录…"), self)
        self.form_button.setObjectName("newContact")
        self.form_button.clicked.connect(lambda: self.open_form())
        self.edit_button = QPushButton(self.tr("编辑…"), self)
        self.edit_button.setObjectName("editContact")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.delete_button.setObjectName("deleteContact")
        self.delete_button.clicked.connect(self.delete_selected)
        self.error = QLabel(self)
        self.error.setObjectName("quickError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("undoNotice")
        self.notice.linkActivated.connect(lambda _link: self.undo_notice())
        self.notice.hide()

        self.view = QTableView(self)
        self.view.setObjectName("timeline")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, (_title, width) in enumerate(COLUMNS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        self.delete_action = QAction(self.tr("删除交流记录"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)
        self.edit_action = QAction(self.tr("编辑交流记录"), self)
        self.edit_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.view.addAction(self.edit_action)
        # Ctrl+Z of the tab alone (a test, a card without a window); the window hands its
        # own stack in with ``use_undo`` and this shortcut steps aside.
        self.undo_action = undo_action(self.undo_stack, self, self._messages)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.undo_stack.changed.connect(self._update_notice)

        quick = QHBoxLayout()
        quick.addWidget(self.method)
        quick.addWidget(self.summary, 1)
        quick.addWidget(self.add_button)
        quick.addSpacing(12)
        quick.addWidget(self.form_button)
        quick.addWidget(self.edit_button)
        quick.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 6, 2, 2)
        layout.addLayout(quick)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    # -- the customer --------------------------------------------------------------------
    @property
    def customer_id(self) -> int | None:
        return self.model.customer_id

    def set_customer(self, customer_id: int | None) -> None:
        """Show a customer's timeline (read now if the tab is in sight, else when it is shown)."""
        self.error.hide()
        if customer_id == self.model.customer_id and not self._stale and customer_id is not None:
            return
        if self.isVisible() or customer_id is None:
            self.model.set_customer(customer_id)
            self._stale = False
            self._announce(self.model.total())
        else:
            self.model.set_customer(customer_id, read=False)
            self._stale = True
            self._announce(self._desk.contacts.timeline_count(customer_id))
        self._notice_entry = None
        self._update_notice()
        self._update_buttons()

    def on_changes(self, changes: Changes) -> None:
        cid = self.model.customer_id
        if cid is not None and cid in changes.customers and (changes.contacts or changes.activities):
            self._reload_when_seen()

    def _reload_when_seen(self) -> None:
        if self.isVisible() or self.model.customer_id is None:
            self.reload()
        else:
            self._stale = True
            self._announce(self._desk.contacts.timeline_count(self.model.customer_id))

    def reload(self) -> None:
        selected = self.selected_entry()
        self._stale = False
        self.model.reload()
        if selected is not None:
            self.select(selected.kind, selected.id)
        self._announce(self.model.total())

    def _announce(self, count: int) -> None:
        """The count, on the tab that holds this page too (交流记录 (12)): read in one COUNT."""
        self.count_changed.emit(count)
        tabs = self.parentWidget().parentWidget() if self.parentWidget() is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.tr("交流记录") + (f" ({count})" if count else ""))

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def use_undo(self, stack: UndoStack) -> None:
        """Push onto the window's undo stack (one Ctrl+Z for the whole window)."""
        self.undo_stack.changed.disconnect(self._update_notice)
        self.undo_stack = stack
        stack.changed.connect(self._update_notice)
        self.removeAction(self.undo_action)
        self.undo_action.setShortcut(QKeySequence())

    def set_read_only(self, reason: str) -> None:
        self.read_only_reason = reason
        self._update_buttons()

    # -- selection -----------------------------------------------------------------------
    def selected_entry(self) -> TimelineEntry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def select(self, kind: str, entry_id: int) -> bool:
        row = self.model.row_of(kind, entry_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self, *_args) -> None:
        writable = not self.read_only_reason and self.model.customer_id is not None
        entry = self.selected_entry()
        is_contact = entry is not None and entry.kind == "contact"
        for widget in (self.method, self.summary, self.add_button, self.form_button):
            widget.setEnabled(writable)
            widget.setToolTip(self.read_only_reason)
        self.edit_button.setEnabled(writable and is_contact)
        self.delete_button.setEnabled(writable and is_contact)
        self.delete_action.setEnabled(writable and is_contact)
        self.edit_action.setEnabled(writable and is_contact)
        if self.model.customer_id is None and not self.read_only_reason:
            self.summary.setToolTip(self.tr("先保存客户，再记交流"))

    # -- adding --------------------------------------------------------------------------
    def quick_add(self) -> int | None:
        """方式 + 纪要 + Enter: a record now; the line is cleared for the next one."""
        if self.model.customer_id is None or self.read_only_reason:
            return None
        summary = self.summary.text()
        if not summary.strip():
            self._show_error(self.tr("请先写下交流纪要"))
            return None
        method = self.method.currentData()
        try:
            contact_id = self._desk.contacts.add(self.model.customer_id, method, summary=summary)
        except ServiceError as exc:
            self._show_error(str(exc))
            return None
        self.error.hide()
        self.summary.clear()
        self._added(contact_id)
        return contact_id

    def open_form(self, contact_id: int | None = None) -> ContactForm | None:
        """The full form, for a new record or to edit one (shown window-modal, not blocking)."""
        if self.model.customer_id is None or self.read_only_reason:
            return None
        try:
            contact = self._desk.contacts.get(contact_id) if contact_id is not None else None
        except ServiceError as exc:
            self._messages.warn(self, self.tr("无法打开交流记录"), str(exc))
            return None
        form = ContactForm(self._desk, self.model.customer_id, contact, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if contact is None:
            form.method.setCurrentIndex(max(0, form.method.findData(self.method.currentData())))
            form.summary.setPlainText(self.summary.text())
            form.saved.connect(lambda cid: (self.summary.clear(), self._added(cid)))
        else:
            form.saved.connect(lambda cid: self._after_write("contact", cid))
        self.form = form
        form.open()
        return form

    def edit_selected(self) -> ContactForm | None:
        rows = self.view.selectionModel().selectedRows()
        return self.edit_row(rows[0].row()) if rows else None

    def edit_row(self, row: int) -> ContactForm | None:
        entry = self.model.entry(row)
        if entry is None or entry.kind != "contact":
            return None
        return self.open_form(entry.id)

    def _added(self, contact_id: int) -> None:
        desk = self._desk
        self.undo_stack.push(self.tr("添加交流记录"), lambda: desk.contacts.delete(contact_id))
        self._after_write("contact", contact_id)

    def _after_write(self, kind: str, entry_id: int) -> None:
        self.reload()  # the services announced it already; reload now to select the row
        self.select(kind, entry_id)

    # -- deleting ------------------------------------------------------------------------
    def delete_selected(self) -> bool:
        entry = self.selected_entry()
        if entry is None or entry.kind != "contact" or self.read_only_reason:
            return False
        contact = entry.contact
        what = contact.subject or _first_line(contact.summary) or method_name(contact.method)
        if not self._messages.ask(self, self.tr("删除交流记录"), self.tr(
                "删除 {at} 的交流记录“{what}”吗？\n删除后可以撤销（Ctrl+Z）。").format(
                    at=f"{contact.at:%Y-%m-%d %H:%M}", what=_clip(what, 40))):
            return False
        try:
            deleted = self._desk.contacts.delete(contact.id)
        except ServiceError as exc:
            self._messages.warn(self, self.tr("无法删除"), str(exc))
            return False
        desk, tab = self._desk, weakref.ref(self)

        def restore() -> None:
            restored = desk.contacts.restore(deleted)
            alive = tab()
            if alive is not None and alive.model.customer_id == deleted.customer_id:
                alive._after_write("contact", restored)

        self._notice_entry = self.undo_stack.push(self.tr("删除交流记录"), restore)
        self.reload()
        self._update_notice()
        return True

    def undo_notice(self) -> None:
        """The notice's 撤销: takes back the delete it announces (even if other steps came after)."""
        entry, self._notice_entry = self._notice_entry, None
        if entry is None:
            return
        try:
            self.undo_stack.undo(entry)
        except ServiceError as exc:
            self._messages.warn(self, self.tr("无法撤销"), str(exc))
        self._update_notice()

    def _update_notice(self) -> None:
        pending = self._notice_entry is not None and self.undo_stack.holds(self._notice_entry)
        if pending:
            self.notice.setText(self.tr('已删除 1 条交流记录。<a href="undo">撤销</a>（Ctrl+Z）'))
        else:
            self._notice_entry = None
        self.notice.setVisible(pending)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
