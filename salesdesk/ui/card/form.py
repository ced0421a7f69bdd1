"""The customer card's form: its fields built from layout.py, read into a CustomerData, filled
from one, and the referrer's row. Mixed into CustomerCard (card.py), which owns the state."""
from __future__ import annotations

import dataclasses
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from salesdesk.core.customer import MAX_LEN, CustomerData
from salesdesk.i18n import tr
from salesdesk.services import NotFound

from ..date_field import OptionalDateEdit
from ..labels import shown
from .dates_editor import DatesEditor
from .id_field import IdNumberEdit
from .layout import COMBO_ITEMS, ERROR_STYLE, LAYOUT, PLACEHOLDERS, SOURCES
from .lunar_field import BirthdayField
from .related_info import related_page


class CardForm:
    """The form half of CustomerCard: ``fields`` by name, ``errors`` under them."""

    def form_data(self) -> CustomerData:
        """The card as typed, over the loaded data (fields the card does not show are kept)."""
        values: dict = {}
        bad: dict[str, str] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, BirthdayField):
                try:
                    values.update(widget.values())
                except ValueError:
                    bad[name] = self.tr("生日“{text}”不是有效日期，请按 YYYY-MM-DD 填写").format(text=widget.line.text())
            elif isinstance(widget, OptionalDateEdit):
                try:
                    values[name] = widget.date()
                except ValueError:
                    label = self.tr(_label_of(name)).rstrip(" *")
                    bad[name] = self.tr("{label}“{text}”不是有效日期，请按 YYYY-MM-DD 填写").format(
                        label=label, text=widget.text())
            elif isinstance(widget, QComboBox):
                # A fixed list holds the stored value behind the text it shows (in English too).
                stored = None if widget.isEditable() else widget.currentData()
                values[name] = widget.currentText() if stored is None else stored
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
        if bad:
            raise _DateErrors(bad)
        values["referrer_id"] = self._referrer_id
        return dataclasses.replace(self._loaded, **values)

    def _fill_fields(self, data: CustomerData) -> None:
        """Every field shows ``data`` (signals held: showing is not editing)."""
        for name, widget in self.fields.items():
            value = getattr(data, name)
            widget.blockSignals(True)
            if isinstance(widget, BirthdayField):
                widget.set_values(data.birthday, data.lunar_birthday)
            elif isinstance(widget, OptionalDateEdit):
                widget.line.blockSignals(True)
                widget.set_date(value)
                widget.line.blockSignals(False)
            elif isinstance(widget, QComboBox):
                if widget.isEditable():
                    widget.setCurrentText(value or "")
                else:
                    index = widget.findData(value or "")
                    if index < 0 and value:
                        # A value from an older version or an import: keep it, never blank it.
                        widget.addItem(value, value)
                        index = widget.count() - 1
                    widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                widget.setText(value or "")
            widget.blockSignals(False)

    def _snapshot(self) -> tuple:
        values: list = []
        for widget in self.fields.values():
            if isinstance(widget, BirthdayField):
                values.append(widget.state())
            elif isinstance(widget, OptionalDateEdit):
                values.append(widget.text().strip())
            elif isinstance(widget, QComboBox):
                values.append(widget.currentText())
            elif isinstance(widget, QPlainTextEdit):
                values.append(widget.toPlainText())
            elif isinstance(widget, QCheckBox):
                values.append(widget.isChecked())
            else:
                values.append(widget.text())
        values.append(self._referrer_id)
        return tuple(values)

    # -- building the form ------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(2, 0, 2, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        boxes = {title: self._group(title, rows) for title, rows in LAYOUT}
        basic, met, dates, classes, related, notes = (boxes[title] for title, _ in LAYOUT)
        self.dates_editor = DatesEditor(self._desk, self._messages)
        dates.layout().addRow(self.tr("其他日期"), self.dates_editor)
        self.dates_editor.place_in(dates.layout())
        self.fields["anniversary"].layout().addWidget(self.dates_editor.open_button)
        # Two columns, the notes filling what the left one leaves: on a 1366×768 screen the
        # whole card, notes included, is in sight without scrolling.
        left, right = QVBoxLayout(), QVBoxLayout()
        for column in (left, right):
            column.setSpacing(4)
        left.addWidget(basic)
        left.addWidget(notes, 1)
        self.related_page = related_page(related)  # a tab of its own (related_info.py)
        right.addWidget(met)
        right.addWidget(dates)
        right.addWidget(classes)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 1)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _group(self, title: str, rows: tuple[tuple[str, str, str], ...]) -> QGroupBox:
        box = QGroupBox(self.tr(title))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(3)
        form.setContentsMargins(8, 2, 8, 4)
        for name, label, kind in rows:
            editor = self._editor(name, kind)
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.errors[name] = error
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            if label:
                form.addRow(self.tr(label), cell)
            else:
                form.addRow(cell)
        return box

    def _editor(self, name: str, kind: str) -> QWidget:
        if kind == "combo":
            widget = QComboBox()
            for value in COMBO_ITEMS[name]:
                widget.addItem(shown(name, value), value)
            widget.currentIndexChanged.connect(self._edited)
        elif kind == "source":
            widget = QComboBox()
            widget.setEditable(True)
            widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            widget.addItems(["", *(self.tr(source) for source in SOURCES)])
            widget.lineEdit().setMaxLength(MAX_LEN["source"])
            widget.currentTextChanged.connect(self._edited)
        elif kind in ("date", "birthday"):
            widget = OptionalDateEdit() if kind == "date" else BirthdayField(self._desk.today)
            widget.changed.connect(self._edited)
        elif kind == "referrer":
            return self._referrer_editor()
        elif kind == "text":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            lines = 3 if name == "notes" else 2
            widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * lines + 12)
            if name != "notes":  # only the notes take the room left over
                widget.setMaximumHeight(widget.minimumHeight())
            widget.textChanged.connect(self._edited)
        else:
            widget = IdNumberEdit() if kind == "idcard" else QLineEdit()
            widget.setMaxLength(MAX_LEN.get(name, 32767))
            widget.textChanged.connect(self._edited)
        if name in PLACEHOLDERS and isinstance(widget, QLineEdit):
            widget.setPlaceholderText(self.tr(PLACEHOLDERS[name]))
        widget.setObjectName(name)
        self.fields[name] = widget
        return widget

    def _referrer_editor(self) -> QWidget:
        box = QWidget()
        box.setObjectName("referrer_id")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.referrer_link = QLabel()
        self.referrer_link.setObjectName("referrerLink")
        self.referrer_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                   | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.referrer_link.linkActivated.connect(lambda link: self.open_customer.emit(int(link)))
        choose = QPushButton(self.tr("选择…"))
        choose.setObjectName("chooseReferrer")
        choose.clicked.connect(self.choose_referrer)
        self.clear_referrer_button = QPushButton(self.tr("清除"))
        self.clear_referrer_button.clicked.connect(lambda: self.set_referrer(None))
        row.addWidget(self.referrer_link, 1)
        row.addWidget(choose)
        row.addWidget(self.clear_referrer_button)
        self.referrals = QLabel()
        self.referrals.setObjectName("referrals")
        self.referrals.setWordWrap(True)
        self.referrals.linkActivated.connect(lambda link: self.open_customer.emit(int(link)))
        outer = QWidget()
        column = QVBoxLayout(outer)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(box)
        column.addWidget(self.referrals)
        return outer

    # -- the referrer ---------------------------------------------------------------------------
    def choose_referrer(self) -> None:
        chosen = self._pick(self, self._desk, self.tr("选择介绍人"), self._customer_id)
        if chosen is not None:
            self.set_referrer(chosen)

    def set_referrer(self, customer_id: int | None) -> None:
        self._referrer_id = customer_id
        self._show_referrer()
        self._edited()

    def _show_referrer(self) -> None:
        if self._referrer_id is None:
            self.referrer_link.setText(self.tr("（无）"))
        else:
            try:
                name = self._desk.customer_name(self._referrer_id)
            except NotFound:
                name = self.tr("（已删除）")
            self.referrer_link.setText(_link(self._referrer_id, name))
        self.clear_referrer_button.setEnabled(self._referrer_id is not None)
        people = self._desk.referrals_of(self._customer_id) if self._customer_id else []
        self.referrals.setVisible(bool(people))
        if people:
            links = tr("、", "list separator").join(_link(p.id, p.name) for p in people[:20])
            more = self.tr(" 等 {n} 位").format(n=len(people)) if len(people) > 20 else ""
            self.referrals.setText(self.tr("TA 介绍的客户：") + links + more)


class _DateErrors(Exception):
    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def _label_of(name: str) -> str:
    for _title, rows in LAYOUT:
        for field, label, _kind in rows:
            if field == name:
                return label
    return name


def _link(customer_id: int, name: str) -> str:
    return f'<a href="{customer_id}">{escape(name)}</a>'
