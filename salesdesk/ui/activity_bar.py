"""The ratio game in one click (SPEC §1.3): 拨打, 接通, 约见, 面谈, 成交 for the current customer.

A tool bar beside the main window's page tabs (where it costs the pages no height), with
today's counts in the status bar. Each button (Alt+1 … Alt+5: Ctrl+<n> switches pages) writes
one Activity for the customer the window has in front — the card's on 客户, the selected
card's on the board (``MainWindow.current_customer_id``) — and today's counts beside it are
read again at once, against the daily reference 15 – 7 – 1. Every click goes onto the
window's undo stack: Ctrl+Z (or 撤销) deletes that activity again.

约见 asks when the meeting is (``BookingDialog``) and puts it in the agenda (offering to move a
prospect still in 销售机会 to 约定初次见面, whose first meeting it then is); 面谈 with a
prospect still in 约定初次见面 offers to move it to 25%, the stage a first meeting opens.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QToolBar, QVBoxLayout,
    QWidget,
)

from salesdesk.core.stages import Stage
from salesdesk.i18n import N_, tr
from salesdesk.services import ACTIVITY_KINDS, Changes, ServiceError
from salesdesk.services.activities import DAILY_REFERENCE

from .card.contact_form import from_qt, to_qt

if TYPE_CHECKING:
    from .main_window import MainWindow

#: (kind, shortcut) in the method's order.
BUTTONS = (("dial", "Alt+1"), ("reach", "Alt+2"), ("book", "Alt+3"), ("meet", "Alt+4"), ("close", "Alt+5"))
HELP = {
    "dial": N_("为当前客户记一次拨打"),
    "reach": N_("为当前客户记一次接通（电话打通了）"),
    "book": N_("为当前客户记一次约见，并把约好的时间放进日程"),
    "meet": N_("为当前客户记一次面谈"),
    "close": N_("为当前客户记一次成交"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivityBar", text)


class BookingDialog(QDialog):
    """约见: when (and how long) the meeting is."""

    def __init__(self, name: str, start: dt.datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bookingDialog")
        self.setWindowTitle(_tr("约见 — {name}").format(name=name))
        self.start = QDateTimeEdit(to_qt(start), self)
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start.setCalendarPopup(True)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(5, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(_tr(" 分钟"))
        self.title = QLineEdit(self)
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(_tr("如 初次面谈、送计划书"))
        form = QFormLayout()
        form.addRow(_tr("见面时间"), self.start)
        form.addRow(_tr("时长"), self.minutes)
        form.addRow(_tr("事由"), self.title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("约见", "button"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def booking(self) -> tuple[dt.datetime, int, str]:
        return from_qt(self.start.dateTime()), self.minutes.value(), self.title.text()


def ask_booking(parent: QWidget, name: str, start: dt.datetime) -> tuple[dt.datetime, int, str] | None:
    """Ask when; None when cancelled (tests put their own answer in ``ActivityBar.ask_booking``)."""
    dialog = BookingDialog(name, start, parent)
    try:
        return dialog.booking() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def next_slot(now: dt.datetime) -> dt.datetime:
    """A meeting is usually booked for another day: tomorrow at ten."""
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(10, 0))


class ActivityBar(QToolBar):
    """The one-click log. ``window`` supplies the desk, Messages, the undo stack and the customer."""

    def __init__(self, window: "MainWindow"):
        super().__init__(_tr("活动"), window)
        self.setObjectName("activityBar")
        self.setMovable(False)
        self.setFloatable(False)
        self._window = window
        self._desk = window.desk
        self._messages = window.messages
        self._undo = window.undo_stack
        self.read_only_reason = ""
        #: The 约见 question; tests replace it.
        self.ask_booking: Callable[[QWidget, str, dt.datetime], tuple[dt.datetime, int, str] | None] = ask_booking
        self.actions_by_kind: dict[str, QAction] = {}
        self.addWidget(_caption(_tr("一键记录："), self))
        for kind, key in BUTTONS:
            action = QAction(_tr(ACTIVITY_KINDS[kind]), self)
            action.setObjectName(f"log_{kind}")
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, kind=kind: self.log(kind))
            self.addAction(action)
            self.actions_by_kind[kind] = action
        self.addSeparator()
        # Its own 撤销 (a fixed width: the window's action is named after the step it takes back).
        self.undo_button_action = QAction(_tr("撤销"), self)
        self.undo_button_action.setObjectName("undoClick")
        self.undo_button_action.triggered.connect(window.undo_action.trigger)
        self.addAction(self.undo_button_action)
        self._undo.changed.connect(self._update_undo)
        self._update_undo()
        # Today's counts live in the status bar, where they are always in sight.
        self.counter = QLabel(window)
        self.counter.setObjectName("todayCounts")
        self.counter.setToolTip(_tr("今天的活动；斜线后为每日参考 15 – 7 – 1（拨打 15、接通 7、约见 1）"))
        window.statusBar().addPermanentWidget(self.counter)
        self._day = self._desk.today()
        self._update_tooltips()
        self.refresh()
        window.changed.connect(self.on_changes)
        # Midnight starts a new day without any write: look once a minute.
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()

    # -- reading -------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return self._desk.activities.day_counts()

    def refresh(self) -> None:
        counts = self.counts()
        parts = []
        for kind, _key in BUTTONS:
            label = _tr(ACTIVITY_KINDS[kind])
            if kind in DAILY_REFERENCE:
                parts.append(f"{counts[kind]}/{DAILY_REFERENCE[kind]} {label}")
            else:
                parts.append(f"{counts[kind]} {label}")
        self.counter.setText(_tr("今天：") + " · ".join(parts))

    def _update_undo(self) -> None:
        action = self.undo_button_action
        action.setEnabled(self._undo.can_undo())
        key = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(_tr("{action}（{key}）").format(action=self._window.undo_action.text(), key=key)
                          if self._undo.can_undo()
                          else _tr("没有可以撤销的记录"))

    def on_changes(self, changes: Changes) -> None:
        if changes.activities:
            self.refresh()

    def _check_day(self) -> None:
        if self._desk.today() != self._day:
            self._day = self._desk.today()
            self.refresh()

    # -- read-only -----------------------------------------------------------------------
    def set_read_only(self, reason: str) -> None:
        self.read_only_reason = reason
        for action in self.actions_by_kind.values():
            action.setEnabled(not reason)
        self._update_tooltips()

    def _update_tooltips(self) -> None:
        for kind, action in self.actions_by_kind.items():
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if self.read_only_reason:
                action.setToolTip(_tr("只读：") + self.read_only_reason)
            else:
                action.setToolTip(_tr("{label}（{key}）：{help}").format(
                    label=_tr(ACTIVITY_KINDS[kind]), key=key, help=_tr(HELP[kind])))

    # -- writing -------------------------------------------------------------------------
    def log(self, kind: str) -> int | None:
        """One click: an activity for the current customer; its id (None when nothing was written)."""
        if self.read_only_reason:
            return None
        customer_id = self._window.current_customer_id()
        if customer_id is None:
            self._say(_tr("请先选择一位客户，再记“{label}”").format(label=_tr(ACTIVITY_KINDS[kind])))
            return None
        try:
            name = self._desk.customer_name(customer_id)
            if kind == "book":
                return self._book(customer_id, name)
            if kind == "meet":
                return self._meet(customer_id, name)
            activity_id = self._desk.log_activity(customer_id, kind)
        except ServiceError as exc:
            self._messages.warn(self._window, _tr("无法记录"), str(exc))
            return None
        self._done(kind, name, activity_id, lambda: self._desk.activities.delete(activity_id))
        return activity_id

    def _book(self, customer_id: int, name: str) -> int | None:
        answer = self.ask_booking(self._window, name, next_slot(self._desk.clock.now()))
        if answer is None:
            return None
        start, minutes, title = answer
        prospect = self._prospect_to_book(customer_id, name, start)
        desk = self._desk
        move = None
        with desk.batch():
            if prospect is not None:
                # The method's step: a booked first meeting puts the prospect in 约定初次见面,
                # and that first meeting is the agenda's appointment (one fact, not two).
                move = desk.move_prospect(prospect.id, Stage.APPOINTMENT, first_meeting=start.date()).change_id
                appointment_id = book_first_meeting(desk, prospect.id, start, minutes)
            else:
                # The agenda first: a time it refuses leaves nothing written.
                appointment_id = book_appointment(desk, customer_id, start, minutes, title)
            activity_id = desk.log_activity(customer_id, "book", note=title)

        def undo() -> None:
            with desk.batch():
                desk.activities.delete(activity_id)
                if move is not None:
                    desk.undo_move(move)  # the agenda takes the first meeting's appointment with it
                else:
                    cancel_appointment(desk, appointment_id)

        extra = f" {start:%m-%d %H:%M}" + (_tr("，移到约定初次见面") if move is not None else "")
        self._done("book", name, activity_id, undo, extra)
        return activity_id

    def _prospect_to_book(self, customer_id: int, name: str, start: dt.datetime):
        """A prospect of the customer still in 销售机会 the agent says this meeting is for, or None."""
        waiting = [p for p in self._desk.prospects_of(customer_id) if p.stage is Stage.OPPORTUNITY]
        if not waiting:
            return None
        when = f"{start:%Y-%m-%d %H:%M}"
        if len(waiting) == 1:
            plan = f"“{waiting[0].plan}”" if waiting[0].plan else ""
            question = _tr("{name}的潜在客户{plan}还在“销售机会”。\n约好了 {when} 初次见面：移到“约定初次见面”吗？")
            ok = self._messages.ask(self._window, _tr("约见"), question.format(name=name, plan=plan, when=when))
            return waiting[0] if ok else None
        keep = _tr("都不移动（只记约见）")
        labels = [p.plan or _tr("（未写计划）") for p in waiting]
        items = [label if labels.count(label) == 1 else f"{label} #{p.id}" for label, p in zip(labels, waiting)]
        items.append(keep)
        index = self._messages.pick(self._window, _tr("约见"), _tr(
            "{name}有 {n} 个潜在客户在“销售机会”。{when} 的初次见面是哪一个的？").format(
                name=name, n=len(waiting), when=when), items)
        return waiting[index] if index is not None and index < len(waiting) else None

    def _meet(self, customer_id: int, name: str) -> int:
        desk = self._desk
        activity_id = desk.log_activity(customer_id, "meet")
        moves = []
        for prospect in desk.prospects_of(customer_id):
            if prospect.stage is not Stage.APPOINTMENT:
                continue
            plan = f"“{prospect.plan}”" if prospect.plan else ""
            if not self._messages.ask(self._window, _tr("面谈之后"), _tr(
                    "{name}的潜在客户{plan}还在“约定初次见面”。\n已经见过面了：移到 25% 吗？").format(name=name, plan=plan)):
                continue
            try:
                moves.append(desk.move_prospect(prospect.id, Stage.P25).change_id)
            except ServiceError as exc:
                self._messages.warn(self._window, _tr("无法移到 25%"), str(exc))

        def undo() -> None:
            with desk.batch():
                for change_id in reversed(moves):
                    desk.undo_move(change_id)
                desk.activities.delete(activity_id)

        self._done("meet", name, activity_id, undo, _tr("，移到 25%") if moves else "")
        return activity_id

    def _done(self, kind: str, name: str, activity_id: int, undo: Callable[[], None], extra: str = "") -> None:
        label = _tr(ACTIVITY_KINDS[kind])
        self._undo.push(f"{label} {name}", undo)
        self._say(_tr("已记录：{label} {name}{extra}（Ctrl+Z 撤销）").format(label=label, name=name, extra=extra))

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 5000)


# -- the agenda ------------------------------------------------------------------------------
def book_appointment(desk, customer_id: int, start: dt.datetime, minutes: int, title: str) -> int:
    """约见 → an appointment in the agenda (SPEC §4)."""
    return desk.agenda.add(customer_id, start, minutes=minutes, title=title)


def book_first_meeting(desk, prospect_id: int, start: dt.datetime, minutes: int) -> int:
    """The time of a prospect's first meeting: the agenda's appointment for it (one fact, not two)."""
    return desk.agenda.book_first_meeting(prospect_id, start, minutes)


def cancel_appointment(desk, appointment_id: int) -> None:
    """The undo of ``book_appointment``."""
    desk.agenda.delete(appointment_id)


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setContentsMargins(6, 0, 6, 0)
    return label
