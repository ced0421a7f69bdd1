"""The card's other dated notes (重要日期 → 其他日期): 孩子生日 农历闰四月初八, 公司成立日 3-18…

A short list under the birthday, each line with both calendars (``孩子生日  农历四月初八（明年
5月13日）``). ``＋其他日期`` (beside 结婚纪念日) opens one row to add a note: a name, 公历/农历,
the date as §3.1 reads it (``3-18``, ``1990-闰5-20``, ``农历八月十五``). A note is written at
once through ``desk.dates`` (a record of its own, not a field of the card waiting for 保存).
Double-click a line to change it (the row then offers 删除 too); Delete removes the selected
line; removing asks first. Without notes and while nothing is being added the row takes no
room: the card fits a 1280×680 window without scrolling.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from salesdesk.core.lunar import DateSpec, format_spec, next_occurrence, parse_date_spec, spec_input_text, when_text
from salesdesk.services import SalesDesk, ServiceError

from ..messages import Messages
from ..shortcut_sheet import declare_keys
from .layout import ERROR_STYLE

SOLAR, LUNAR = 0, 1
#: Lines the list shows before it scrolls (the card fits 1366×768 without scrolling).
VISIBLE_LINES = 3


class DatesEditor(QWidget):
    def __init__(self, desk: SalesDesk, messages: Messages, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk = desk
        self._messages = messages
        self._customer_id: int | None = None
        self._editing: int | None = None  # the note being changed, None when adding

        self.list = QListWidget(self)
        declare_keys(self.list, [(["Return"], self.tr("修改选中的日期")), (["Delete"], self.tr("删除选中的日期"))])
        self.list.setObjectName("customerDates")
        self.list.setAlternatingRowColors(True)
        self.list.setToolTip(self.tr("双击修改"))
        self.list.setUniformItemSizes(True)
        self._fit_height()
        self.list.itemDoubleClicked.connect(lambda item: self.start_edit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.list.installEventFilter(self)
        #: ``＋其他日期``: the card puts it beside 结婚纪念日.
        self.open_button = QToolButton()
        self.open_button.setObjectName("openDates")
        self.open_button.setText(self.tr("＋其他日期"))
        self.open_button.setToolTip(self.tr("记下孩子生日、公司成立日等其他日期"))
        self.open_button.clicked.connect(self.open_form)
        self._form_layout: QFormLayout | None = None
        self._form_open = False

        self.label = QLineEdit(self)
        self.label.setObjectName("dateLabel")
        self.label.setPlaceholderText(self.tr("名称，如 孩子生日"))
        self.label.setMaxLength(100)
        self.calendar = QComboBox(self)
        self.calendar.setObjectName("dateCalendar")
        self.calendar.addItems([self.tr("公历"), self.tr("农历")])
        self.date = QLineEdit(self)
        self.date.setObjectName("dateText")
        self.date.setPlaceholderText(self.tr("如 3-18、闰4-8、八月十五"))
        self.date.setMaxLength(40)
        self.date.returnPressed.connect(self.submit)
        self.label.returnPressed.connect(self.submit)
        # Tool buttons: no taller than the line edits (the card fits 1280×680 without scrolling).
        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("添加"))
        self.add_button.setObjectName("addDate")
        self.add_button.clicked.connect(self.submit)
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("删除"))
        self.remove_button.setObjectName("removeDate")
        self.remove_button.clicked.connect(self.remove_current)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("取消"))
        self.cancel_button.clicked.connect(self.close_form)
        self.error = QLabel(self)
        self.error.setObjectName("datesError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        self.form = QWidget(self)
        row = QHBoxLayout(self.form)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.label, 2)
        row.addWidget(self.calendar)
        row.addWidget(self.date, 2)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.list)
        column.addWidget(self.form)
        column.addWidget(self.error)
        self.set_customer(None)

    # -- which customer ---------------------------------------------------------------------------
    def place_in(self, form: QFormLayout) -> None:
        """The card's form holds this editor's row: shown only with notes or while adding."""
        self._form_layout = form
        self._show_row()

    def set_customer(self, customer_id: int | None) -> None:
        if customer_id != self._customer_id:
            self._clear_form()
            self._form_open = False
        self._customer_id = customer_id
        self.reload()

    def open_form(self) -> None:
        """Show the row to add a note (``＋其他日期``)."""
        if self._customer_id is None:
            return
        self._clear_form()
        self._form_open = True
        self._show_row()
        self.label.setFocus()

    def close_form(self) -> None:
        self._clear_form()
        self._form_open = False
        self._show_row()

    def _show_row(self) -> None:
        self.form.setVisible(self._form_open)
        if self._form_open:
            self.remove_button.setVisible(self._editing is not None)
        if self._form_layout is not None:
            self._form_layout.setRowVisible(self, self._form_open or self.list.count() > 0)

    def reload(self) -> None:
        current = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        self.list.clear()
        if self._customer_id is not None:
            try:
                notes = self._desk.dates.list(self._customer_id)
            except ServiceError:
                notes = []
            today = self._desk.today()
            for note in notes:
                item = QListWidgetItem(self.line_text(note.label, note.date, today))
                item.setData(Qt.ItemDataRole.UserRole, note.id)
                item.setToolTip(note.note or note.text)
                self.list.addItem(item)
                if note.id == current:
                    self.list.setCurrentItem(item)
        self._fit_height()
        self._enable()
        self._show_row()

    def _fit_height(self) -> None:
        """As many lines as there are notes, up to VISIBLE_LINES; no list at all without any
        (the card must fit a 1280×680 window without scrolling)."""
        count = self.list.count()
        self.list.setVisible(count > 0)
        row = self.list.sizeHintForRow(0) if count else -1
        if row <= 0:
            row = self.list.fontMetrics().height() + 2
        self.list.setFixedHeight(row * max(1, min(count, VISIBLE_LINES)) + 2 * self.list.frameWidth())

    def line_text(self, label: str, spec: DateSpec, today) -> str:
        shown = format_spec(spec)
        return self.tr("{label}　{date}（{when}）").format(
            label=label, date=shown, when=when_text(next_occurrence(spec, today), today))

    def ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).data(Qt.ItemDataRole.UserRole) is not None]

    # -- adding, changing, removing ---------------------------------------------------------------
    def submit(self) -> bool:
        """Add the note typed (or save the one being changed); False and a red reason when refused."""
        if self._customer_id is None:
            return False
        self._show_error("")
        try:
            # What the text says (农历…, 闰, 八月十五) wins; a plain 3-18 follows 公历/农历.
            spec = parse_date_spec(self.date.text())
            if not spec.lunar and self.calendar.currentIndex() == LUNAR:
                spec = parse_date_spec(self.date.text(), lunar=True)
        except ValueError as exc:
            self._show_error(str(exc))
            self.date.setFocus()
            return False
        try:
            if self._editing is None:
                new_id = self._desk.dates.add(self._customer_id, self.label.text(), spec)
            else:
                new_id = self._desk.dates.edit(self._editing, label=self.label.text(), date=spec).id
        except ServiceError as exc:
            self._show_error(str(exc))
            return False
        self._clear_form()
        self._form_open = False
        self.reload()
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == new_id:
                self.list.setCurrentRow(i)
        self.list.setFocus()
        return True

    def start_edit(self, date_id: int | None) -> None:
        """Put a note in the form to change it (添加 becomes 保存)."""
        if date_id is None or self._customer_id is None:
            return
        note = next((n for n in self._desk.dates.list(self._customer_id) if n.id == date_id), None)
        if note is None:
            return
        self._clear_form()
        self._editing = date_id
        self._form_open = True
        self._show_row()
        self.label.setText(note.label)
        self.calendar.setCurrentIndex(LUNAR if note.date.lunar else SOLAR)
        self.date.setText(spec_input_text(note.date))
        self.add_button.setText(self.tr("保存"))
        self.label.setFocus()

    def remove_current(self) -> bool:
        """Remove the note being changed, else the selected line (after asking)."""
        item = self.list.currentItem()
        if self._editing is not None:
            item = next((self.list.item(i) for i in range(self.list.count())
                         if self.list.item(i).data(Qt.ItemDataRole.UserRole) == self._editing), item)
        date_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if date_id is None:
            return False
        if not self._messages.ask(self, self.tr("删除日期"), self.tr("删除“{text}”吗？").format(text=item.text())):
            return False
        try:
            self._desk.dates.delete(date_id)
        except ServiceError as exc:
            self._show_error(str(exc))
            return False
        if self._editing == date_id:
            self.close_form()
        self.reload()
        return True

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.remove_current()
            return True
        if watched is self.list and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.currentItem() is not None:
            self.start_edit(self.list.currentItem().data(Qt.ItemDataRole.UserRole))
            return True
        return super().eventFilter(watched, event)

    # -- helpers ------------------------------------------------------------------------------------
    def _clear_form(self) -> None:
        self._editing = None
        self.label.clear()
        self.date.clear()
        self.add_button.setText(self.tr("添加"))
        self._show_error("")

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _enable(self) -> None:
        saved = self._customer_id is not None
        self.open_button.setEnabled(saved)
        self.open_button.setToolTip(self.tr("记下孩子生日、公司成立日等其他日期") if saved
                                    else self.tr("保存客户后可记下孩子生日、公司成立日等其他日期"))
