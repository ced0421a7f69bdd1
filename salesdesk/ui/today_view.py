"""今天 (SPEC §4): the page the window opens on.

Today's appointments and to-dos, birthdays and anniversaries within the reminder days,
prospects turning overdue and 90% past the signing date (each with 送回销售机会), customers
not contacted for longer than their grade allows (the first ones, and how many in all), and
today's 拨打/接通/约见 against 15-7-1. A click on any entry opens its customer.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from salesdesk.i18n import N_, tr
from salesdesk.services import Changes, SalesDesk, ServiceError
from salesdesk.services.day import DayOverview

from .messages import Messages
from .page_refresh import follow_desk
from .session_undo import UndoStack

WEEKDAYS = (N_("星期一"), N_("星期二"), N_("星期三"), N_("星期四"), N_("星期五"), N_("星期六"), N_("星期日"))
#: Entries shown per section (the title gives the count of the rest).
SHOWN = 12


def _md(day: dt.date) -> str:
    return f"{day.month}.{day.day:02d}"


class _Section(QGroupBox):
    """A titled list of one-line entries; each entry is a flat button that opens, plus an
    optional action button."""

    def __init__(self, title: str, empty: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.base_title = title
        self.empty_text = empty
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self._layout.setSpacing(1)
        self.entries: list[QPushButton] = []
        self.actions: list[QPushButton] = []

    def fill(self, rows: list[tuple[str, Callable[[], None], str, Callable[[], None] | None]], total: int | None = None,
             style: str = "") -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.entries, self.actions = [], []
        count = len(rows) if total is None else total
        self.setTitle(self.tr("{title}（{n}）").format(title=self.base_title, n=count) if count else self.base_title)
        if not rows:
            label = QLabel(self.empty_text, self)
            label.setStyleSheet("color: #888888;")
            self._layout.addWidget(label)
        for text, on_open, action_text, on_action in rows[:SHOWN]:
            line = QHBoxLayout()
            button = QPushButton(text, self)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("QPushButton { text-align: left; padding: 2px 4px; %s }"
                                 "QPushButton:hover { color: #1a5fb4; text-decoration: underline; }" % style)
            button.clicked.connect(on_open)
            line.addWidget(button, 1)
            self.entries.append(button)
            if on_action is not None:
                act = QPushButton(action_text, self)
                act.clicked.connect(on_action)
                line.addWidget(act)
                self.actions.append(act)
            holder = QWidget(self)
            holder.setLayout(line)
            line.setContentsMargins(0, 0, 0, 0)
            self._layout.addWidget(holder)
        more = count - min(len(rows), SHOWN)
        if more > 0:
            label = QLabel(self.tr("……另有 {n} 项").format(n=more), self)
            label.setStyleSheet("color: #888888;")
            self._layout.addWidget(label)
        self._layout.addStretch(1)

    def texts(self) -> list[str]:
        return [b.text() for b in self.entries]


class TodayView(QWidget):
    #: (customer id, prospect id or None)
    open_customer = Signal(object, object)
    #: the agent asked to see the agenda / the to-dos
    show_agenda = Signal()
    show_todos = Signal()

    def __init__(self, desk: SalesDesk, messages: Messages | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("todayView")
        self.desk = desk
        self.messages = messages or Messages()
        self.undo_stack = UndoStack(self)
        self.read_only_reason = ""
        self.view: DayOverview | None = None
        self._build()
        self.reload()
        self._when_shown = follow_desk(self, desk, self._on_changes)
        # A new day comes without any write: look once a minute.
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()

    def use_undo(self, stack: UndoStack) -> None:
        self.undo_stack = stack

    def _build(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("todayTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("todayCounts")
        agenda_button = QPushButton(self.tr("日程…"), self)
        agenda_button.clicked.connect(self.show_agenda)
        todo_button = QPushButton(self.tr("待办…"), self)
        todo_button.clicked.connect(self.show_todos)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addSpacing(24)
        top.addWidget(self.counts_label, 1)
        top.addWidget(agenda_button)
        top.addWidget(todo_button)

        self.appointments = _Section(self.tr("今天的约会"), self.tr("今天没有约会"))
        self.todos = _Section(self.tr("今天的待办"), self.tr("没有到期的待办"))
        self.dates = _Section(self.tr("生日与纪念日"), self.tr("近期没有生日或纪念日"))
        self.turning = _Section(self.tr("将过期的潜在客户"), self.tr("没有将过期的潜在客户"))
        self.stuck = _Section(self.tr("90% 已过签约日"), self.tr("没有"))
        self.silent = _Section(self.tr("久未联系的客户"), self.tr("所有客户都在联系间隔内"))
        grid = QGridLayout()
        grid.addWidget(self.appointments, 0, 0)
        grid.addWidget(self.todos, 1, 0)
        grid.addWidget(self.dates, 0, 1)
        grid.addWidget(self.stuck, 1, 1)
        grid.addWidget(self.turning, 0, 2)
        grid.addWidget(self.silent, 1, 2)
        for c in range(3):
            grid.setColumnStretch(c, 1)
        body = QWidget(self)
        body.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    # -- reading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            view = self.desk.day.overview()
        except ServiceError as exc:
            self.messages.warn(self, self.tr("今天"), str(exc))
            return
        self.view = view
        d = view.date
        self.title_label.setText(self.tr("今天 {y}年{m}月{d}日 {weekday}").format(
            y=d.year, m=d.month, d=d.day, weekday=tr(WEEKDAYS[d.weekday()])))
        counts, ref = view.activity, view.reference
        parts = []
        for kind, label in (("dial", self.tr("拨打")), ("reach", self.tr("接通")), ("book", self.tr("约见", "count"))):
            done, goal = counts.get(kind, 0), ref.get(kind, 0)
            color = "#2e7d32" if done >= goal else "#b35c00"
            parts.append(f"{label} <b style='color:{color}'>{done}</b>/{goal}")
        parts.append(self.tr("面谈 {n}").format(n=counts.get("meet", 0)))
        parts.append(self.tr("成交 {n}").format(n=counts.get("close", 0)))
        self.counts_label.setText(self.tr("今日活动（15-7-1）：") + self.tr("　", "between counts").join(parts))

        def opener(customer_id, prospect_id=None):
            return lambda: self.open_customer.emit(customer_id, prospect_id)

        self.appointments.fill([
            ((self.tr("全天") if a.all_day else f"{a.start:%H:%M}–{a.end:%H:%M}") + f"  {tr(a.label)}",
             opener(a.customer_id, a.prospect_id), "", None)
            for a in view.appointments])
        self.todos.fill([
            ((self.tr("{text}（{quadrant}，{due} 到期）").format(text=t.text, quadrant=tr(t.quadrant), due=_md(t.due))
              if t.due else self.tr("{text}（{quadrant}）").format(text=t.text, quadrant=tr(t.quadrant)))
             + (f" · {t.customer_name}" if t.customer_name else ""),
             opener(t.customer_id) if t.customer_id else self.show_todos.emit, self.tr("完成", "to-do"),
             (lambda _checked=False, tid=t.id: self.done(tid)))
            for t in view.todos])
        dates = sorted(view.birthdays + view.anniversaries + view.other_dates, key=lambda x: (x.in_days, x.name))
        self.dates.fill([
            (f"{_md(x.date)} {self._in_days(x.in_days)}  "
             f"{x.name} {tr(x.label)}{self.tr('（农历）') if x.lunar else ''}", opener(x.customer_id), "", None)
            for x in dates])
        self.turning.fill([
            (f"{p.name} · {p.plan or tr(p.stage.label)}  " + (self._overdue_by(p.age_days - p.cycle_days) if p.overdue
                                                         else self._overdue_in(p.overdue_in)),
             opener(p.customer_id, p.prospect_id), self.tr("送回"), (lambda _checked=False, pid=p.prospect_id, n=p.name: self.send_back(pid, n)))
            for p in view.turning_overdue])
        self.stuck.fill([
            (f"{p.name} · {p.plan}  " + self.tr("签约日 {d}").format(d=_md(p.signing_date)),
             opener(p.customer_id, p.prospect_id), self.tr("送回"),
             (lambda _checked=False, pid=p.prospect_id, n=p.name: self.send_back(pid, n)))
            for p in view.stuck_at_90])
        self.silent.fill([
            (f"{c.name}  {c.grade or self.tr('未分级')}  " + (self.tr("{n} 天未联系").format(n=c.days) if not c.never
                                                           else self.tr("{n} 天，从未联系").format(n=c.days)),
             opener(c.customer_id), "", None)
            for c in view.not_contacted], total=view.not_contacted_count)

    # -- counts of days (English says "1 day", "2 days") -----------------------------------------
    def _in_days(self, n: int) -> str:
        if n == 0:
            return self.tr("今天", "in days")
        return (self.tr("{n} 天后", "n=1") if n == 1 else self.tr("{n} 天后")).format(n=n)

    def _overdue_by(self, n: int) -> str:
        return (self.tr("已过期 {n} 天", "n=1") if n == 1 else self.tr("已过期 {n} 天")).format(n=n)

    def _overdue_in(self, n: int) -> str:
        return (self.tr("{n} 天后过期", "n=1") if n == 1 else self.tr("{n} 天后过期")).format(n=n)

    def _on_changes(self, changes: Changes) -> None:
        self.reload()

    def _check_day(self) -> None:
        if self.view is not None and self.view.date != self.desk.today() and self.isVisible():
            self.reload()

    def set_read_only(self, reason: str) -> None:
        self.read_only_reason = reason

    # -- the one action of each entry ----------------------------------------------------------
    def send_back(self, prospect_id: int, name: str) -> bool:
        if self.read_only_reason:
            self.messages.warn(self, self.tr("不能修改"), self.read_only_reason)
            return False
        if not self.messages.ask(self, self.tr("送回销售机会"),
                                 self.tr("把“{name}”送回销售机会？（已超出销售周期，按方法不再投入时间）").format(name=name)):
            return False
        try:
            results = self.desk.send_back([prospect_id])
        except ServiceError as exc:
            self.messages.warn(self, self.tr("不能送回"), str(exc))
            return False
        ids = [r.change_id for r in results]
        self.undo_stack.push(self.tr("送回销售机会 {name}").format(name=name), lambda: self.desk.undo_moves(ids))
        return True

    def done(self, todo_id: int) -> bool:
        if self.read_only_reason:
            self.messages.warn(self, self.tr("不能修改"), self.read_only_reason)
            return False
        try:
            view = self.desk.todos.done(todo_id)
        except ServiceError as exc:
            self.messages.warn(self, self.tr("不能保存待办"), str(exc))
            return False
        self.undo_stack.push(self.tr("完成 {t}").format(t=view.text), lambda: self.desk.todos.undone(todo_id))
        return True
