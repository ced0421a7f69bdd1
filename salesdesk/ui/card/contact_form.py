"""The full form of one 交流记录 (add or edit), every field of SPEC §3's contact log."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
    QWidget,
)

from salesdesk.core.customer import CONTACT_METHODS, CONTACT_RESULTS
from salesdesk.services import SalesDesk, ServiceError
from salesdesk.services.contacts import LIMITS, ContactView

from ..labels import method_name
from .layout import ERROR_STYLE


def to_qt(moment: dt.datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def from_qt(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class ContactForm(QDialog):
    """``saved(id)`` once the services stored the record; refused input stays on screen in red."""

    saved = Signal(int)

    def __init__(self, desk: SalesDesk, customer_id: int, contact: ContactView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contactForm")
        self._desk = desk
        self._customer_id = customer_id
        self._contact = contact
        name = desk.customer_name(customer_id)
        self.setWindowTitle(self.tr("编辑交流记录 — {name}").format(name=name) if contact
                            else self.tr("新建交流记录 — {name}").format(name=name))

        self.at = QDateTimeEdit(self)
        self.at.setObjectName("at")
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setCalendarPopup(True)
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        for method in CONTACT_METHODS:
            self.method.addItem(method_name(method), method)
        self.subject = self._line("subject", self.tr("如 重疾险方案"))
        self.purpose = self._line("purpose", self.tr("如 了解需求、送计划书"))
        self.interest = QComboBox(self)
        self.interest.setObjectName("interest")
        self.interest.addItem(self.tr("（未填）"), None)
        for n in range(1, 6):
            self.interest.addItem(f"{n} {'★' * n}", n)
        self.result = QComboBox(self)
        self.result.setObjectName("result")
        self.result.addItem(self.tr("（未填）"), "")
        for key, label in CONTACT_RESULTS.items():
            self.result.addItem(f"{key} {self.tr(label)}", key)
        self.summary = self._text("summary", 5)
        self.needs = self._text("needs", 3)
        self.next_step = self._line("next_step", self.tr("如 周三下午送计划书"))
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("时间"), self.at)
        form.addRow(self.tr("方式"), self.method)
        form.addRow(self.tr("主题"), self.subject)
        form.addRow(self.tr("目的"), self.purpose)
        form.addRow(self.tr("客户兴趣程度"), self.interest)
        form.addRow(self.tr("交流纪要"), self.summary)
        form.addRow(self.tr("需求体会"), self.needs)
        form.addRow(self.tr("结果"), self.result)
        form.addRow(self.tr("下一步"), self.next_step)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 520)
        self._fill(contact)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(LIMITS[name])
        edit.setPlaceholderText(placeholder)
        return edit

    def _text(self, name: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        return edit

    def _fill(self, contact: ContactView | None) -> None:
        self.at.setDateTime(to_qt(contact.at if contact else self._desk.clock.now()))
        if contact is None:
            return
        index = self.method.findData(contact.method)
        if index < 0:  # a method an older version stored: keep it
            self.method.addItem(contact.method, contact.method)
            index = self.method.count() - 1
        self.method.setCurrentIndex(index)
        self.subject.setText(contact.subject)
        self.purpose.setText(contact.purpose)
        self.interest.setCurrentIndex(max(0, self.interest.findData(contact.interest)) if contact.interest else 0)
        self.result.setCurrentIndex(max(0, self.result.findData(contact.result)))
        self.summary.setPlainText(contact.summary)
        self.needs.setPlainText(contact.needs)
        self.next_step.setText(contact.next_step)

    def values(self) -> dict:
        return dict(method=self.method.currentData(), at=from_qt(self.at.dateTime()), subject=self.subject.text(),
                    purpose=self.purpose.text(), interest=self.interest.currentData(),
                    summary=self.summary.toPlainText(), needs=self.needs.toPlainText(),
                    result=self.result.currentData(), next_step=self.next_step.text())

    def accept(self) -> None:
        values = self.values()
        try:
            if self._contact is None:
                method = values.pop("method")
                contact_id = self._desk.contacts.add(self._customer_id, method, **values)
            else:
                contact_id = self._desk.contacts.edit(self._contact.id, **values).id
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.saved.emit(contact_id)
        super().accept()
