"""日程 (SPEC §4): the agenda page, a day or a week (Monday–Sunday) on a time grid.

Double-click an empty slot to book an appointment, drag it to move it, drag its bottom
edge to change its length, Delete to remove it (after a confirmation); each step can be
taken back with Ctrl+Z. Overlaps and the customer's 不宜拜访时间 are warnings (the
appointment is saved), shown through the Messages seam.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QButtonGroup, QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QToolButton,
                               QVBoxLayout, QWidget)

from salesdesk.core.agenda import FIRST_MEETING_TIME, week_days
from salesdesk.services import Changes, SalesDesk, ServiceError
from salesdesk.services.agenda import AppointmentView

from .agenda_grid import FIRST_HOUR_SHOWN, HOUR_HEIGHT, DayHeader, TimeGrid
from .appointment_dialog import AppointmentDialog
from .customer_picker import pick_customer
from .labels import weekday_long
from .messages import Messages
from .page_refresh import follow_desk
from .session_undo import UndoStack



class AgendaView(QWidget):
    #: (customer id, prospect id or None): open that customer's card
    open_customer = Signal(object, object)

    def __init__(self, desk: SalesDesk, messages: Messages | None = None, settings: QSettings | None = None,
                 pick=pick_customer, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agendaView")
        self.desk = desk
        self.messages = messages or Messages()
        self._settings = settings
        self._pick = pick
        self.undo_stack = UndoStack(self)
        self.read_only_reason = ""
        self.day = desk.today()
        self.week_mode = True
        if settings is not None:
            self.week_mode = str(settings.value("agenda/mode", "week")) != "day"
        self.appointments: list[AppointmentView] = []
        #: Tests replace it: run a dialog, True when accepted.
        self.run_dialog = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted
        self._build()
        self.reload()
        QTimer.singleShot(0, self, self.scroll_to_morning)  # bound to self: never after it is gone

        self._when_shown = follow_desk(self, desk, self._on_changes)

    def use_undo(self, stack: UndoStack) -> None:
        """Share the window's one Ctrl+Z."""
        self.undo_stack = stack
        self.undo_action.setShortcut(QKeySequence())

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("上一天/上一周"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.today_button = QPushButton(self.tr("今天"), self)
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("下一天/下一周"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.range_label = QLabel(self)
        self.range_label.setObjectName("agendaRange")
        font = self.range_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.range_label.setFont(font)
        self.day_button = QPushButton(self.tr("日"), self)
        self.week_button = QPushButton(self.tr("周"), self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            button.setFixedWidth(44)
        group = QButtonGroup(self)
        group.addButton(self.day_button)
        group.addButton(self.week_button)
        self.week_button.setChecked(self.week_mode)
        self.day_button.setChecked(not self.week_mode)
        self.day_button.clicked.connect(lambda: self.set_week_mode(False))
        self.week_button.clicked.connect(lambda: self.set_week_mode(True))
        self.new_button = QPushButton(self.tr("新建约会…"), self)
        self.new_button.clicked.connect(lambda: self.create_at(self._default_slot()))
        self.hint_label = QLabel(self.tr("双击空白处新建；拖动改时间，拖下边改时长；Delete 删除"), self)
        self.hint_label.setStyleSheet("color: #777777;")
        bar = QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.range_label)
        bar.addStretch(1)
        bar.addWidget(self.hint_label)
        bar.addSpacing(12)
        bar.addWidget(self.day_button)
        bar.addWidget(self.week_button)
        bar.addSpacing(8)
        bar.addWidget(self.new_button)

        self.grid = TimeGrid()
        self.header = DayHeader(self.grid, self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid)
        self.scroll.setObjectName("agendaScroll")
        self.grid.create_at.connect(self.create_at)
        self.grid.edit_requested.connect(self.edit)
        self.grid.moved.connect(self.move_to)
        self.grid.resized.connect(self.resize_to)
        self.grid.selected.connect(self._selected)
        self.header.open_entry.connect(self.open_customer)
        self.header.book_entry.connect(self.book_entry)
        self.scroll.horizontalScrollBar().valueChanged.connect(lambda *_: self.header.update())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)

        self.delete_action = QAction(self.tr("删除约会"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.addAction(self.delete_action)
        self.open_action = QAction(self.tr("打开客户"), self)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_action.triggered.connect(self.open_selected)
        self.addAction(self.open_action)
        self.undo_action = QAction(self.tr("撤销"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)

    # -- navigation -----------------------------------------------------------------------------
    def days(self) -> list[dt.date]:
        return week_days(self.day) if self.week_mode else [self.day]

    def set_week_mode(self, on: bool) -> None:
        self.week_mode = on
        self.week_button.setChecked(on)
        self.day_button.setChecked(not on)
        if self._settings is not None:
            self._settings.setValue("agenda/mode", "week" if on else "day")
        self.reload()

    def step(self, direction: int) -> None:
        self.day += dt.timedelta(days=7 * direction if self.week_mode else direction)
        self.reload()

    def go_today(self) -> None:
        self.day = self.desk.today()
        self.reload()

    def show_day(self, day: dt.date) -> None:
        self.day = day
        self.reload()

    def scroll_to_morning(self) -> None:
        self.scroll.verticalScrollBar().setValue(FIRST_HOUR_SHOWN * HOUR_HEIGHT)

    # -- reading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        days = self.days()
        try:
            self.appointments = self.desk.agenda.between(days[0], days[-1])
        except ServiceError as exc:
            self.appointments = []
            self.messages.warn(self, self.tr("日程"), str(exc))
        warned = set()
        for a in self.appointments:
            if a.id is not None and self.desk.agenda.warnings(a.id):
                warned.add(a.id)
        now = self.desk._now()
        self.grid.set_days(days, self.appointments, warned, today=now.date(), now=now)
        self.header.set_entries(self.appointments)
        if self.week_mode:
            first, last = days[0], days[-1]
            text = self.tr("{y}年{m}月{d}日 – {m2}月{d2}日").format(y=first.year, m=first.month, d=first.day,
                                                                 m2=last.month, d2=last.day)
        else:
            text = self.tr("{y}年{m}月{d}日 {w}").format(y=self.day.year, m=self.day.month, d=self.day.day,
                                                        w=weekday_long(self.day))
        self.range_label.setText(text)

    def _on_changes(self, changes: Changes) -> None:
        if changes.agenda or changes.stages or changes.customers:
            self.reload()

    def set_read_only(self, reason: str) -> None:
        self.read_only_reason = reason
        self.new_button.setEnabled(not reason)

    # -- writing ------------------------------------------------------------------------------------
    def _default_slot(self) -> dt.datetime:
        now = self.desk._now()
        day = now.date() if now.date() in self.days() else self.days()[0]
        hour = now.hour + 1 if day == now.date() and now.hour < 22 else 9
        return dt.datetime.combine(day, dt.time(hour))

    def create_at(self, start: dt.datetime, customer_id: int | None = None) -> int | None:
        """Book an appointment starting at ``start`` (the dialog asks for the rest)."""
        if self._refused():
            return None
        dialog = AppointmentDialog(self.desk, start, customer_id=customer_id, pick=self._pick, parent=self)
        try:
            if not self.run_dialog(dialog):
                return None
            values = dialog.values()
        finally:
            dialog.deleteLater()
        try:
            new_id = self.desk.agenda.add(values["customer_id"], values["start"], values["minutes"], values["title"],
                                          values["prospect_id"], values["place"], values["notes"])
        except ServiceError as exc:
            self.messages.warn(self, self.tr("不能保存约会"), str(exc))
            return None
        self.undo_stack.push(self.tr("新建约会"), lambda: self.desk.agenda.delete(new_id))
        self._warn(new_id)
        return new_id

    def edit(self, appointment_id: int) -> bool:
        if self._refused():
            return False
        try:
            before = self.desk.agenda.get(appointment_id)
        except ServiceError as exc:
            self.messages.warn(self, self.tr("日程"), str(exc))
            return False
        dialog = AppointmentDialog(self.desk, before.start, before, pick=self._pick, parent=self)
        try:
            if not self.run_dialog(dialog):
                return False
            values = dialog.values()
        finally:
            dialog.deleteLater()
        if before.first_meeting:
            values.pop("customer_id")
            values.pop("prospect_id")
        try:
            self.desk.agenda.edit(appointment_id, **values)
        except ServiceError as exc:
            self.messages.warn(self, self.tr("不能保存约会"), str(exc))
            return False
        self.undo_stack.push(self.tr("修改约会"), lambda: self._put_back(before))
        self._warn(appointment_id)
        return True

    def move_to(self, appointment_id: int, start: dt.datetime) -> bool:
        return self._change(appointment_id, self.tr("移动约会"), start=start)

    def resize_to(self, appointment_id: int, minutes: int) -> bool:
        return self._change(appointment_id, self.tr("改约会时长"), minutes=minutes)

    def _change(self, appointment_id: int, label: str, **edits) -> bool:
        if self._refused():
            self.reload()
            return False
        try:
            before = self.desk.agenda.get(appointment_id)
            self.desk.agenda.edit(appointment_id, **edits)
        except ServiceError as exc:
            self.messages.warn(self, self.tr("不能移动约会"), str(exc))
            self.reload()
            return False
        self.undo_stack.push(label, lambda: self._put_back(before))
        self._warn(appointment_id)
        return True

    def _put_back(self, before: AppointmentView) -> None:
        edits = dict(start=before.start, minutes=before.minutes, title=before.title, place=before.place,
                     notes=before.notes)
        if not before.first_meeting:
            edits.update(customer_id=before.customer_id, prospect_id=before.prospect_id)
        self.desk.agenda.edit(before.id, **edits)

    def delete_selected(self) -> bool:
        appointment_id = self.grid.selected_id
        if appointment_id is None or self._refused():
            return False
        try:
            view = self.desk.agenda.get(appointment_id)
        except ServiceError:
            return False
        when = f"{view.start:%Y-%m-%d %H:%M}"
        if not self.messages.ask(self, self.tr("删除约会"),
                                 self.tr("删除 {when} 的约会“{label}”？").format(when=when, label=view.label)):
            return False
        try:
            gone = self.desk.agenda.delete(appointment_id)
        except ServiceError as exc:
            self.messages.warn(self, self.tr("不能删除约会"), str(exc))
            return False
        self.undo_stack.push(self.tr("删除约会"), lambda: self.desk.agenda.restore(gone))
        return True

    def book_entry(self, entry: AppointmentView) -> int | None:
        """Give an all-day first meeting (booked before the agenda) its time."""
        if self._refused() or entry.prospect_id is None:
            return None
        start = dt.datetime.combine(entry.start.date(), FIRST_MEETING_TIME)
        dialog = AppointmentDialog(self.desk, start, customer_id=entry.customer_id, pick=self._pick, parent=self)
        dialog.title_edit.setText(entry.title)
        dialog.choose_button.setEnabled(False)
        dialog.prospect_box.setEnabled(False)
        try:
            if not self.run_dialog(dialog):
                return None
            values = dialog.values()
        finally:
            dialog.deleteLater()
        try:
            new_id = self.desk.agenda.book_first_meeting(entry.prospect_id, values["start"], values["minutes"])
        except ServiceError as exc:
            self.messages.warn(self, self.tr("不能保存约会"), str(exc))
            return None
        self._warn(new_id)
        return new_id

    def undo(self) -> None:
        try:
            self.undo_stack.undo()
        except ServiceError as exc:
            self.messages.warn(self, self.tr("不能撤销"), str(exc))

    def open_selected(self) -> None:
        a = next((a for a in self.appointments if a.id == self.grid.selected_id), None)
        if a is not None and a.customer_id is not None:
            self.open_customer.emit(a.customer_id, a.prospect_id)

    def _selected(self, appointment: AppointmentView | None) -> None:
        if appointment is not None:
            self.setFocus()

    def _warn(self, appointment_id: int) -> None:
        try:
            found = self.desk.agenda.warnings(appointment_id)
        except ServiceError:
            return
        if found:
            self.messages.warn(self, self.tr("约会已保存，请注意"), "\n".join(w.message for w in found))

    def _refused(self) -> bool:
        if self.read_only_reason:
            self.messages.warn(self, self.tr("不能修改"), self.read_only_reason)
            return True
        return False
