"""Book or edit one appointment: customer (and optionally one of their prospects), time,
length, title, place, notes; overlaps and 不宜拜访时间 are shown as the agent types."""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from salesdesk.core.agenda import MAX_MINUTES, MIN_MINUTES
from salesdesk.i18n import tr
from salesdesk.services import SalesDesk, ServiceError
from salesdesk.services.agenda import AppointmentView

from .customer_picker import pick_customer

PickCustomer = Callable[[QWidget | None, SalesDesk, str], "int | None"]


class AppointmentDialog(QDialog):
    """``values()`` is what to hand ``desk.agenda.add``/``edit``; the dialog writes nothing."""

    def __init__(self, desk: SalesDesk, start: dt.datetime, appointment: AppointmentView | None = None,
                 customer_id: int | None = None, pick: PickCustomer = pick_customer,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.appointment = appointment
        self._pick = pick
        self.customer_id = appointment.customer_id if appointment else customer_id
        self.setWindowTitle(self.tr("修改约会") if appointment else self.tr("新建约会"))
        self.setObjectName("appointmentDialog")

        self.customer_label = QLabel(self)
        self.customer_label.setObjectName("appointmentCustomer")
        self.choose_button = QPushButton(self.tr("选择客户…"), self)
        self.choose_button.clicked.connect(self.choose_customer)
        self.choose_button.setEnabled(not (appointment and appointment.first_meeting))
        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer_label, 1)
        customer_row.addWidget(self.choose_button)
        self.prospect_box = QComboBox(self)
        self.prospect_box.setObjectName("appointmentProspect")
        self.start_edit = QDateTimeEdit(self)
        self.start_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDateTime(QDateTime((appointment.start if appointment else start)))
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setSuffix(self.tr(" 分钟"))
        self.minutes_spin.setValue(appointment.minutes if appointment else 60)
        self.title_edit = QLineEdit(appointment.title if appointment else "", self)
        self.title_edit.setPlaceholderText(self.tr("如 送计划书、初次见面"))
        self.title_edit.setMaxLength(200)
        self.place_edit = QLineEdit(appointment.place if appointment else "", self)
        self.place_edit.setMaxLength(300)
        self.notes_edit = QPlainTextEdit(appointment.notes if appointment else "", self)
        self.notes_edit.setFixedHeight(70)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("appointmentWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b35c00;")

        form = QFormLayout()
        form.addRow(self.tr("客户："), customer_row)
        form.addRow(self.tr("潜在客户："), self.prospect_box)
        form.addRow(self.tr("开始："), self.start_edit)
        form.addRow(self.tr("时长："), self.minutes_spin)
        form.addRow(self.tr("标题："), self.title_edit)
        form.addRow(self.tr("地点："), self.place_edit)
        form.addRow(self.tr("备注："), self.notes_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        parent=self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.buttons)
        self.start_edit.dateTimeChanged.connect(lambda *_: self.update_warnings())
        self.minutes_spin.valueChanged.connect(lambda *_: self.update_warnings())
        self._show_customer()
        self.resize(460, 0)

    def choose_customer(self) -> None:
        chosen = self._pick(self, self.desk, self.tr("选择客户"))
        if chosen is not None:
            self.customer_id = chosen
            self._show_customer()

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self._show_customer()

    def _show_customer(self) -> None:
        self.prospect_box.clear()
        self.prospect_box.addItem(self.tr("（不关联）"), None)
        if self.customer_id is None:
            self.customer_label.setText(self.tr("（未选择）"))
        else:
            try:
                self.customer_label.setText(self.desk.customer_name(self.customer_id))
                for p in self.desk.prospects_of(self.customer_id):
                    if p.stage.is_open:
                        self.prospect_box.addItem(f"{p.plan or self.tr('（未命名）')} · {tr(p.stage.label)}", p.id)
            except ServiceError:
                self.customer_label.setText(self.tr("（客户已删除）"))
        wanted = self.appointment.prospect_id if self.appointment else None
        index = self.prospect_box.findData(wanted)
        self.prospect_box.setCurrentIndex(max(0, index))
        self.prospect_box.setEnabled(not (self.appointment and self.appointment.first_meeting))
        self.update_warnings()

    def start(self) -> dt.datetime:
        value = self.start_edit.dateTime().toPython()
        return value.replace(second=0, microsecond=0)

    def values(self) -> dict:
        return {"customer_id": self.customer_id, "start": self.start(), "minutes": self.minutes_spin.value(),
                "title": self.title_edit.text().strip(), "place": self.place_edit.text().strip(),
                "notes": self.notes_edit.toPlainText(), "prospect_id": self.prospect_box.currentData()}

    def update_warnings(self) -> None:
        try:
            found = self.desk.agenda.check(self.customer_id, self.start(), self.minutes_spin.value(),
                                           exclude=self.appointment.id if self.appointment else None)
        except ServiceError as exc:
            self.warning_label.setText(str(exc))
            return
        self.warning_label.setText("\n".join("⚠ " + w.message for w in found))

    @staticmethod
    def time_of(value: QTime) -> dt.time:
        return value.toPython()
