"""The agenda (SPEC §4): appointments with customers, day and week, overlap and 不宜拜访 warnings.

A first meeting booked on the board is the appointment whose ``prospect`` is set and
``first_meeting`` true (one fact, not two): moving the prospect with a first-meeting date
creates or moves it (``_sync_first_meeting``, called by pipeline.py inside the move's
transaction), and moving the appointment to another day changes the prospect's first
meeting (recorded in its stage history, so the weekly table and the cycle read it). A
prospect whose first meeting was booked before the agenda existed has no appointment: it
shows as an all-day entry (``id`` None) on that day, until it is given a time
(``book_first_meeting``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salesdesk.core.agenda import FIRST_MEETING_TIME, MAX_MINUTES, MIN_MINUTES, end_of, overlaps, week_days
from salesdesk.core.stages import Stage
from peewee import JOIN

from salesdesk.core.text import shown
from salesdesk.core.visit_times import parse_no_visit_times
from salesdesk.storage.models import Appointment, Customer, Prospect, StageChange

from . import inputs
from .desk import area
from .area import Area
from .errors import InvalidInput, NotFound
from .views import Changes
from salesdesk.i18n import tr

KEEP = object()
MAX_TITLE, MAX_PLACE, MAX_NOTES = 200, 300, 20000
#: The longest span one query may ask for (a month view and a bit).
MAX_RANGE_DAYS = 62


@dataclass(frozen=True)
class AppointmentView:
    id: int | None  # None: an all-day first meeting booked before the agenda (no appointment row)
    customer_id: int | None
    customer_name: str
    prospect_id: int | None
    start: dt.datetime
    minutes: int
    title: str
    place: str = ""
    notes: str = ""
    first_meeting: bool = False
    all_day: bool = False

    @property
    def end(self) -> dt.datetime:
        return end_of(self.start, self.minutes)

    @property
    def label(self) -> str:
        """What a grid cell says: the title, else the customer's name."""
        if self.title and self.customer_name and self.customer_name not in self.title:
            return tr("{customer_name}：{title}").format(customer_name=self.customer_name, title=self.title)
        return self.title or self.customer_name or tr("约会")


@dataclass(frozen=True)
class AgendaWarning:
    kind: str  # "overlap" | "no_visit"
    message: str
    other_id: int | None = None


@area
class Agenda(Area):
    name = "agenda"

    # -- writes -----------------------------------------------------------------
    def add(self, customer_id: int | None, start: dt.datetime, minutes: int = 60, title: str = "",
            prospect_id: int | None = None, place: str = "", notes: str = "") -> int:
        """A new appointment; overlaps and 不宜拜访时间 are allowed (``warnings`` names them)."""
        customer_id = None if customer_id is None else inputs.ident(customer_id, tr("客户", "field"))
        start = _start(start)
        minutes = _minutes(minutes)
        title = inputs.line(title, tr("标题", "field"), MAX_TITLE)
        place = inputs.line(place, tr("地点", "field"), MAX_PLACE)
        notes = inputs.text(notes, tr("备注", "field"), MAX_NOTES)
        prospect_id = None if prospect_id is None else inputs.ident(prospect_id, tr("潜在客户", "field"))
        with self._write():
            customer_id = self._linked(customer_id, prospect_id)
            row = Appointment.create(customer=customer_id, prospect=prospect_id, start=start, minutes=minutes,
                                     title=title, place=place, notes=notes, created_at=self._now())
        self._emit(self._changes(customer_id))
        return row.id

    def edit(self, appointment_id: int, *, start=KEEP, minutes=KEEP, title=KEEP, place=KEEP, notes=KEEP,
             customer_id=KEEP, prospect_id=KEEP) -> AppointmentView:
        """Change what is given (KEEP: as it is). Moving a first meeting to another day moves
        the prospect's first meeting too. Returns the appointment as it is now."""
        appointment_id = inputs.ident(appointment_id, tr("约会", "field"))
        edits: dict = {}
        if start is not KEEP:
            edits["start"] = _start(start)
        if minutes is not KEEP:
            edits["minutes"] = _minutes(minutes)
        if title is not KEEP:
            edits["title"] = inputs.line(title, tr("标题", "field"), MAX_TITLE)
        if place is not KEEP:
            edits["place"] = inputs.line(place, tr("地点", "field"), MAX_PLACE)
        if notes is not KEEP:
            edits["notes"] = inputs.text(notes, tr("备注", "field"), MAX_NOTES)
        if customer_id is not KEEP:
            edits["customer"] = None if customer_id is None else inputs.ident(customer_id, tr("客户", "field"))
        if prospect_id is not KEEP:
            edits["prospect"] = None if prospect_id is None else inputs.ident(prospect_id, tr("潜在客户", "field"))
        changes = Changes(agenda=True)
        with self._write():
            row = self._row(appointment_id)
            if row.first_meeting and ("customer" in edits or "prospect" in edits):
                if edits.get("customer", row.customer_id) != row.customer_id or \
                        edits.get("prospect", row.prospect_id) != row.prospect_id:
                    raise InvalidInput(tr("这是潜在客户的初次见面：不能改成别的客户"))
            if "customer" in edits or "prospect" in edits:
                edits["customer"] = self._linked(edits.get("customer", row.customer_id),
                                                 edits.get("prospect", row.prospect_id))
            new_start = edits.get("start", row.start)
            if row.first_meeting and row.prospect_id and new_start.date() != row.start.date():
                changes = changes | self._move_first_meeting(row.prospect_id, new_start.date())
            for name, value in edits.items():
                setattr(row, name, value)
            row.save()
        changes = changes | self._changes(row.customer_id)
        self._emit(changes)
        return self.get(appointment_id)

    def move(self, appointment_id: int, start: dt.datetime) -> AppointmentView:
        return self.edit(appointment_id, start=start)

    def resize(self, appointment_id: int, minutes: int) -> AppointmentView:
        return self.edit(appointment_id, minutes=minutes)

    def delete(self, appointment_id: int) -> AppointmentView:
        """Remove an appointment; returns it as it was, for ``restore`` (undo).

        A prospect's first meeting is not removed here: it is the board's fact (send the
        prospect back to 销售机会 there, and its appointment goes with it)."""
        appointment_id = inputs.ident(appointment_id, tr("约会", "field"))
        with self._write():
            row = self._row(appointment_id)
            if row.first_meeting and row.prospect_id:
                raise InvalidInput(tr("这是潜在客户的初次见面：请在看板上把该客户送回销售机会，约会随之取消"))
            before = self._view_of(row)
            row.delete_instance()
        self._emit(self._changes(before.customer_id))
        return before

    def restore(self, appointment: AppointmentView) -> int:
        """Undo a delete: the appointment back, with its id when that is still free."""
        if not isinstance(appointment, AppointmentView) or appointment.id is None:
            raise InvalidInput(tr("没有可恢复的约会"))
        a = appointment
        inputs.ident(a.id, tr("约会", "field"))
        start, minutes = _start(a.start), _minutes(a.minutes)
        title, place = inputs.line(a.title, tr("标题", "field"), MAX_TITLE), inputs.line(a.place, tr("地点", "field"), MAX_PLACE)
        notes = inputs.text(a.notes, tr("备注", "field"), MAX_NOTES)
        with self._write():
            customer_id = self._linked(a.customer_id, a.prospect_id)
            fields = dict(customer=customer_id, prospect=a.prospect_id, start=start, minutes=minutes, title=title,
                          place=place, notes=notes, created_at=self._now())
            if not Appointment.select().where(Appointment.id == a.id).exists():
                fields["id"] = a.id
            new_id = Appointment.insert(**fields).execute()
        self._emit(self._changes(customer_id))
        return fields.get("id", new_id)

    def book_first_meeting(self, prospect_id: int, start: dt.datetime, minutes: int = 60) -> int:
        """Give a prospect's first meeting its time (an all-day entry becomes an appointment;
        an existing one moves). A new day moves the prospect's first meeting as well."""
        prospect_id = inputs.ident(prospect_id, tr("潜在客户", "field"))
        start, minutes = _start(start), _minutes(minutes)
        with self._write():
            prospect = Prospect.get_or_none(Prospect.id == prospect_id)
            if prospect is None:
                raise NotFound(tr("找不到编号为 {prospect_id} 的潜在客户").format(prospect_id=prospect_id))
            if prospect.first_meeting is None:
                raise InvalidInput(tr("该潜在客户还没有约定初次见面：请先在看板上移到“约定初次见面”"))
            row = self._first_meeting_row(prospect_id)
            changes = self._changes(prospect.customer_id)
            if start.date() != prospect.first_meeting:
                changes = changes | self._move_first_meeting(prospect_id, start.date())
            if row is None:
                row = Appointment.create(customer=prospect.customer_id, prospect=prospect_id, start=start,
                                         minutes=minutes, title=_first_title(prospect.plan), first_meeting=True,
                                         created_at=self._now())
            else:
                row.start, row.minutes = start, minutes
                row.save()
        self._emit(changes)
        return row.id

    # -- reads ------------------------------------------------------------------
    def get(self, appointment_id: int) -> AppointmentView:
        return self._view_of(self._row(inputs.ident(appointment_id, tr("约会", "field"))))

    def day(self, day: dt.date) -> list[AppointmentView]:
        """The appointments of a day, all-day first meetings first, then by time."""
        day = _day(day)
        return self.between(day, day)

    def week(self, day: dt.date) -> list[AppointmentView]:
        """The appointments of the calendar week (Monday–Sunday) holding ``day``."""
        days = week_days(_day(day))
        return self.between(days[0], days[-1])

    def between(self, first: dt.date, last: dt.date) -> list[AppointmentView]:
        """Appointments starting on ``first`` … ``last`` (inclusive), with the all-day first
        meetings of prospects that have no appointment."""
        first, last = _day(first), _day(last)
        if last < first:
            raise InvalidInput(tr("结束日期早于开始日期"))
        if (last - first).days > MAX_RANGE_DAYS:
            raise InvalidInput(tr("一次最多查看 {limit} 天的日程").format(limit=MAX_RANGE_DAYS))
        lo = dt.datetime.combine(first, dt.time())
        hi = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
        q = (Appointment.select(Appointment, Customer.id, Customer.name)
             .join(Customer, on=(Appointment.customer == Customer.id), join_type=JOIN.LEFT_OUTER)
             .where((Appointment.start >= lo) & (Appointment.start < hi))
             .order_by(Appointment.start, Appointment.id))
        out = [self._view_of(r) for r in q]
        out.extend(self._unbooked_first_meetings(first, last))
        out.sort(key=lambda a: (a.start.date(), not a.all_day, a.start, a.id or 0))
        return out

    def check(self, customer_id: int | None, start: dt.datetime, minutes: int = 60,
              exclude: int | None = None) -> list[AgendaWarning]:
        """What an appointment at ``start`` would be warned of: other appointments at the same
        time, and the customer's 不宜拜访时间. Warnings, never refusals."""
        customer_id = None if customer_id is None else inputs.ident(customer_id, tr("客户", "field"))
        start, minutes = _start(start), _minutes(minutes)
        exclude = None if exclude is None else inputs.ident(exclude, tr("约会", "field"))
        out: list[AgendaWarning] = []
        nearby = (Appointment.select(Appointment, Customer.id, Customer.name)
                  .join(Customer, on=(Appointment.customer == Customer.id), join_type=JOIN.LEFT_OUTER)
                  .where((Appointment.start > start - dt.timedelta(minutes=MAX_MINUTES))
                         & (Appointment.start < end_of(start, minutes)))
                  .order_by(Appointment.start))
        for other in overlaps(start, minutes, [self._view_of(r) for r in nearby], exclude):
            out.append(AgendaWarning("overlap", tr("与 {start:%H:%M}–{end:%H:%M}“{label}”时间重叠").format(
                start=other.start, end=other.end, label=other.label),
                                     other.id))
        if customer_id is not None:
            customer = Customer.select(Customer.name, Customer.no_visit_times).where(Customer.id == customer_id).first()
            if customer is not None and customer.no_visit_times:
                hit = parse_no_visit_times(customer.no_visit_times).conflicts(start, minutes)
                if hit:
                    out.append(AgendaWarning("no_visit", tr("{shown}不宜拜访：{items}").format(
                        shown=shown(customer.name), items=tr("、").join(hit))))
        return out

    def warnings(self, appointment_id: int) -> list[AgendaWarning]:
        """The warnings of an existing appointment (overlaps with the others, 不宜拜访时间)."""
        view = self.get(appointment_id)
        return self.check(view.customer_id, view.start, view.minutes, exclude=view.id)

    # -- the board's first meetings (called by pipeline.py inside its transaction) ----------
    def _sync_first_meeting(self, prospect_id: int, customer_id: int, first_meeting: dt.date | None,
                            plan: str = "") -> None:
        row = self._first_meeting_row(prospect_id)
        if first_meeting is None:
            if row is None:
                return
            if row.start.date() >= self.today():
                row.delete_instance()  # the meeting is off
            else:  # it happened: kept in the agenda as a plain appointment
                row.first_meeting = False
                row.save()
            return
        if row is not None:
            if row.start.date() != first_meeting:
                row.start = dt.datetime.combine(first_meeting, row.start.time())
                row.save()
            return
        same_day = (Appointment.select().where(
            (Appointment.prospect == prospect_id) & (Appointment.start >= dt.datetime.combine(first_meeting, dt.time()))
            & (Appointment.start < dt.datetime.combine(first_meeting + dt.timedelta(days=1), dt.time())))
            .order_by(Appointment.start).first())
        if same_day is not None:  # booked in the agenda (约见) before the board heard of it
            same_day.first_meeting = True
            same_day.save()
            return
        Appointment.create(customer=customer_id, prospect=prospect_id,
                           start=dt.datetime.combine(first_meeting, FIRST_MEETING_TIME), minutes=60,
                           title=_first_title(plan), first_meeting=True, created_at=self._now())

    # -- helpers ----------------------------------------------------------------
    def _move_first_meeting(self, prospect_id: int, day: dt.date) -> Changes:
        """The prospect's first meeting to ``day``, kept in its stage history as an edit."""
        from .pipeline import _snapshot

        prospect = Prospect.get_or_none(Prospect.id == prospect_id)
        if prospect is None or prospect.first_meeting == day:
            return Changes()
        stage = Stage(prospect.stage)
        if stage in (Stage.WON, Stage.LOST, Stage.OPPORTUNITY):
            raise InvalidInput(tr("该潜在客户在“{label}”，初次见面日期不能再改：只能改时间").format(label=tr(stage.label)))
        if stage != Stage.APPOINTMENT and day > self.today():
            raise InvalidInput(tr("该潜在客户已在“{label}”：初次见面已经发生，不能改到将来").format(label=tr(stage.label)))
        inputs.day(day, tr("初次见面日期", "field"))
        last = (StageChange.select(StageChange.at).where(StageChange.prospect == prospect_id)
                .order_by(StageChange.at.desc()).first())
        at = max(self._now(), last.at) if last is not None else self._now()
        before = _snapshot(prospect)
        old = prospect.first_meeting
        prospect.first_meeting = day
        prospect.save()
        StageChange.create(prospect=prospect_id, at=at, from_stage=stage.value, to_stage=stage.value,
                           reason=tr("修改：初次见面 {value} → {isoformat}").format(
                               value=old.isoformat() if old else '—', isoformat=day.isoformat()),
                           first_meeting=day, recorded_at=self._now(), before=before)
        return Changes(customers=frozenset({prospect.customer_id}), prospects=frozenset({prospect_id}), stages=True)

    def _first_meeting_row(self, prospect_id: int) -> Appointment | None:
        return (Appointment.select().where((Appointment.prospect == prospect_id) & Appointment.first_meeting)
                .order_by(Appointment.id).first())

    def _unbooked_first_meetings(self, first: dt.date, last: dt.date) -> list[AppointmentView]:
        booked = Appointment.select(Appointment.prospect).where(
            Appointment.first_meeting & Appointment.prospect.is_null(False))
        q = (Prospect.select(Prospect.id, Prospect.first_meeting, Prospect.plan, Customer.id, Customer.name)
             .join(Customer)
             .where((Prospect.first_meeting >= first) & (Prospect.first_meeting <= last)
                    & (Prospect.stage != Stage.LOST.value) & Prospect.id.not_in(booked)))
        return [AppointmentView(None, p.customer.id, shown(p.customer.name), p.id,
                                dt.datetime.combine(_as_date(p.first_meeting), dt.time()), MAX_MINUTES,
                                _first_title(p.plan), first_meeting=True, all_day=True) for p in q]

    def _linked(self, customer_id: int | None, prospect_id: int | None) -> int | None:
        """The customer an appointment belongs to, checked against its prospect."""
        if prospect_id is not None:
            prospect = Prospect.select(Prospect.customer).where(Prospect.id == prospect_id).first()
            if prospect is None:
                raise NotFound(tr("找不到编号为 {prospect_id} 的潜在客户").format(prospect_id=prospect_id))
            if customer_id is not None and prospect.customer_id != customer_id:
                raise InvalidInput(tr("潜在客户 {prospect_id} 不属于客户 {customer_id}").format(
                    prospect_id=prospect_id, customer_id=customer_id))
            return prospect.customer_id
        if customer_id is not None and not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFound(tr("找不到编号为 {customer_id} 的客户").format(customer_id=customer_id))
        return customer_id

    def _row(self, appointment_id: int) -> Appointment:
        row = Appointment.get_or_none(Appointment.id == appointment_id)
        if row is None:
            raise NotFound(tr("找不到编号为 {appointment_id} 的约会").format(appointment_id=appointment_id))
        return row

    def _view_of(self, row: Appointment) -> AppointmentView:
        name = ""
        if row.customer_id is not None:
            customer = row.customer  # joined by the list queries; one read for a single get
            name = shown(customer.name) if customer is not None else ""
        return AppointmentView(row.id, row.customer_id, name, row.prospect_id, _as_moment(row.start), row.minutes,
                               shown(row.title), shown(row.place), shown(row.notes), bool(row.first_meeting))

    @staticmethod
    def _changes(customer_id: int | None) -> Changes:
        return Changes(agenda=True, customers=frozenset({customer_id}) if customer_id else frozenset())


def _first_title(plan: str) -> str:
    return tr("初次见面（{shown}）").format(shown=shown(plan)) if plan else tr("初次见面")


def _start(value) -> dt.datetime:
    if value is None:
        raise InvalidInput(tr("请填写约会的开始时间"))
    return inputs.moment(value, tr("开始时间", "field")).replace(second=0, microsecond=0)


def _minutes(value) -> int:
    return inputs.number(value, tr("时长（分钟）", "field"), MIN_MINUTES, MAX_MINUTES)


def _day(value) -> dt.date:
    if value is None:
        raise InvalidInput(tr("请指定日期"))
    return inputs.day(value, tr("日期", "field"))


def _as_date(value) -> dt.date:
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


def _as_moment(value) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value
