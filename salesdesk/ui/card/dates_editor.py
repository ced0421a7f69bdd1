"""The card's other dated notes (重要日期 → 其他日期): 孩子生日 农历闰四月初八, 公司成立日 3-18…

A short list under the birthday, each line with both calendars (``孩子生日  农历四月初八（明年
5月24日）``), and one row to add a note: a name, 公历/农历, the date as §3.1 reads it (``3-18``,
``1990-闰5-20``, ``农历八月十五``). A note is written at once through ``desk.dates`` (it is a
record of its own, not a field of the card waiting for 保存); removing one asks first.
Double-click a line to change it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from salesdesk.core.lunar import DateSpec, format_spec, next_occurrence, parse_date_spec, spec_input_text, when_text
from salesdesk.services import SalesDesk, ServiceError

from ..messages import Messages
from .layout import ERROR_STYLE

SOLAR, LUNAR = 0, 1
#: Lines the list shows before it scrolls (the card fits 1366×768 without scrolling).
VISIBLE_LINES = 4


class DatesEditor(QWidget):
    def __init__(self, desk: SalesDesk, messages: Messages, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk = desk
        self._messages = messages
        self._customer_id: int | None = None
        self._editing: int | None = None  # the note being changed, None when adding

        self.list = QListWidget(self)
        self.list.setObjectName("customerDates")
        self.list.setAlternatingRowColors(True)
        self.list.setToolTip(self.tr("双击修改"))
        self.list.setUniformItemSizes(True)
        self._fit_height()
        self.list.itemDoubleClicked.connect(lambda item: self.start_edit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.currentRowChanged.connect(lambda _row: self._enable())

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
        self.add_button = QPushButton(self.tr("添加"), self)
        self.add_button.setObjectName("addDate")
        self.add_button.clicked.connect(self.submit)
        self.remove_button = QPushButton(self.tr("删除"), self)
        self.remove_button.setObjectName("removeDate")
        self.remove_button.clicked.connect(self.remove_current)
        self.error = QLabel(self)
        self.error.setObjectName("datesError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.label, 2)
        row.addWidget(self.calendar)
        row.addWidget(self.date, 2)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.list)
        column.addLayout(row)
        column.addWidget(self.error)
        self.set_customer(None)

    # -- which customer ---------------------------------------------------------------------------
    def set_customer(self, customer_id: int | None) -> None:
        if customer_id != self._customer_id:
            self._clear_form()
        self._customer_id = customer_id
        self.reload()

    def reload(self) -> None:
        current = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        self.list.clear()
        if self._customer_id is None:
            placeholder = QListWidgetItem(self.tr("保存客户后可记下孩子生日、公司成立日等日期"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        else:
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

    def _fit_height(self) -> None:
        row = self.list.sizeHintForRow(0) if self.list.count() else -1
        if row <= 0:
            row = self.list.fontMetrics().height() + 2
        self.list.setFixedHeight(row * VISIBLE_LINES + 2 * self.list.frameWidth())

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
        self.reload()
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == new_id:
                self.list.setCurrentRow(i)
        self.label.setFocus()
        return True

    def start_edit(self, date_id: int | None) -> None:
        """Put a note in the form to change it (添加 becomes 保存)."""
        if date_id is None or self._customer_id is None:
            return
        note = next((n for n in self._desk.dates.list(self._customer_id) if n.id == date_id), None)
        if note is None:
            return
        self._editing = date_id
        self.label.setText(note.label)
        self.calendar.setCurrentIndex(LUNAR if note.date.lunar else SOLAR)
        self.date.setText(spec_input_text(note.date))
        self.add_button.setText(self.tr("保存"))
        self.label.setFocus()

    def remove_current(self) -> bool:
        item = self.list.currentItem()
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
            self._clear_form()
        self.reload()
        return True

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
        for widget in (self.label, self.calendar, self.date, self.add_button):
            widget.setEnabled(saved)
        item = self.list.currentItem()
        self.remove_button.setEnabled(saved and item is not None and item.data(Qt.ItemDataRole.UserRole) is not None)
