"""The day (SPEC §4, 今天): what the agent should see on start.

Today's appointments and to-dos; birthdays and anniversaries within N days; prospects
turning overdue and 90% past their signing date, each with its one action; customers not
contacted for longer than their grade allows; today's activity against 15-7-1.

Every list is read in SQL bounded by the day or by an index: at 100,000 customers and a
million activities the 未联系 list is one grouped query over the activities and contact
records of the longest interval (the (at, customer) indexes), not a scan of history.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from salesdesk.core.stages import AGING_STAGES, Stage
from salesdesk.core.text import shown
from salesdesk.storage.models import Customer

from . import inputs
from .activities import DAILY_REFERENCE
from .agenda import AppointmentView
from .area import Area
from .desk import area
from .errors import InvalidInput
from .todos import TodoView
from salesdesk.i18n import tr

GRADES = "ABCDE"
#: §4 intervals (days) by value grade, and for customers with no grade.
DEFAULT_INTERVALS = {"A": 30, "B": 60, "C": 90, "D": 120, "E": 180}
UNGRADED_DAYS = 90
#: "Turning overdue": the age passes the cycle within this many days (or has passed it).
TURNING_DAYS = 7
#: The 未联系 list shows this many (the most valuable grades first); the count says how many in all.
NOT_CONTACTED_SHOWN = 50
MAX_DAYS_AHEAD = 366


@dataclass(frozen=True)
class UpcomingDate:
    """A birthday, anniversary or other date of a customer within the next days (the shape
    of ``desk.dates.upcoming``, which knows lunar dates; this module's own solar reading is
    used until it is there)."""

    customer_id: int
    name: str
    kind: str  # "birthday" | "anniversary" | "date"
    label: str
    date: dt.date
    in_days: int
    lunar: bool = False


@dataclass(frozen=True)
class TurningOverdue:
    prospect_id: int
    customer_id: int
    name: str
    plan: str
    stage: Stage
    first_meeting: dt.date
    age_days: int
    cycle_days: int

    @property
    def overdue(self) -> bool:
        return self.age_days > self.cycle_days

    @property
    def overdue_in(self) -> int:
        """Days until the age passes the cycle (0 or less: it has)."""
        return self.cycle_days + 1 - self.age_days


@dataclass(frozen=True)
class StuckAt90:
    prospect_id: int
    customer_id: int
    name: str
    plan: str
    signing_date: dt.date


@dataclass(frozen=True)
class NotContacted:
    customer_id: int
    name: str
    grade: str  # "" when ungraded
    days: int  # since the last activity or contact record (since added, if never)
    allowed: int
    never: bool = False


@dataclass(frozen=True)
class DayOverview:
    date: dt.date
    days: int
    appointments: list[AppointmentView]
    todos: list[TodoView]
    birthdays: list[UpcomingDate]
    anniversaries: list[UpcomingDate]
    other_dates: list[UpcomingDate]
    turning_overdue: list[TurningOverdue]
    stuck_at_90: list[StuckAt90]
    not_contacted: list[NotContacted]
    not_contacted_count: int
    activity: dict[str, int] = field(default_factory=dict)
    reference: dict[str, int] = field(default_factory=lambda: dict(DAILY_REFERENCE))
    cycle_days: int = 0


@area
class Day(Area):
    name = "day"

    def overview(self, date: dt.date | None = None, days: int | None = None) -> DayOverview:
        """Everything the 今天 view shows for ``date`` (default today); birthdays and
        anniversaries within ``days`` (default the reminder_days setting, 7)."""
        date = inputs.day(date, tr("日期", "field")) or self.today()
        days = self.desk.settings_int("reminder_days", 7) if days is None else inputs.number(days, tr("天数", "field"), 0,
                                                                                             MAX_DAYS_AHEAD)
        end = dt.datetime.combine(date + dt.timedelta(days=1), dt.time())
        cycle = self.desk.sales_cycle(as_of=end).days
        dates = self.upcoming_dates(date, days)
        shown_rows, count = self.not_contacted(date)
        return DayOverview(
            date=date, days=days,
            appointments=self.desk.agenda.day(date),
            todos=self.desk.todos.for_day(date),
            birthdays=[d for d in dates if d.kind == "birthday"],
            anniversaries=[d for d in dates if d.kind == "anniversary"],
            other_dates=[d for d in dates if d.kind not in ("birthday", "anniversary")],
            turning_overdue=self.turning_overdue(date, cycle),
            stuck_at_90=self.stuck_at_90(date),
            not_contacted=shown_rows, not_contacted_count=count,
            activity=self.activity_counts(date), cycle_days=cycle,
        )

    def upcoming_dates(self, start: dt.date, days: int) -> list[UpcomingDate]:
        """Birthdays, anniversaries and dated notes from ``start`` to ``start + days``."""
        start = inputs.day(start, tr("日期", "field"))
        if start is None:
            raise InvalidInput(tr("请指定日期"))
        days = inputs.number(days, tr("天数", "field"), 0, MAX_DAYS_AHEAD)
        dates_area = getattr(self.desk, "dates", None)
        if dates_area is not None and hasattr(dates_area, "upcoming"):
            found = dates_area.upcoming(start, days)
            return sorted((UpcomingDate(d.customer_id, d.name, d.kind, d.label, d.date, d.in_days, bool(d.lunar))
                           for d in found), key=lambda d: (d.in_days, d.kind, d.customer_id))
        return _solar_upcoming(start, days)

    def turning_overdue(self, date: dt.date, cycle_days: int | None = None) -> list[TurningOverdue]:
        """Open prospects in stages 2–5 whose age passes the cycle within 7 days, or has."""
        date = inputs.day(date, tr("日期", "field")) or self.today()
        if cycle_days is None:
            cycle_days = self.desk.sales_cycle(as_of=dt.datetime.combine(date + dt.timedelta(days=1), dt.time())).days
        cycle_days = inputs.number(cycle_days, tr("销售周期", "field"), 1, 3650)
        # age > cycle - TURNING_DAYS  <=>  first_meeting < date - (cycle - TURNING_DAYS)
        limit = date - dt.timedelta(days=cycle_days - TURNING_DAYS)
        rows = self.db.execute_sql(
            "SELECT p.id, c.id, c.name, p.plan, p.stage, p.first_meeting FROM prospect p"
            " JOIN customer c ON c.id = p.customer_id"
            f" WHERE p.stage IN ({','.join('?' * len(AGING_STAGES))}) AND p.first_meeting IS NOT NULL"
            " AND p.first_meeting < ? ORDER BY p.first_meeting, p.id",
            [s.value for s in AGING_STAGES] + [limit.isoformat()])
        out = []
        for pid, cid, name, plan, stage, first in rows:
            first = dt.date.fromisoformat(str(first)[:10])
            out.append(TurningOverdue(pid, cid, shown(name), shown(plan), Stage(stage), first,
                                      max(0, (date - first).days), cycle_days))
        return out

    def stuck_at_90(self, date: dt.date) -> list[StuckAt90]:
        """90% prospects past their signing date on ``date`` (chase payment or move back)."""
        date = inputs.day(date, tr("日期", "field")) or self.today()
        rows = self.db.execute_sql(
            "SELECT p.id, c.id, c.name, p.plan, p.signing_date FROM prospect p JOIN customer c ON c.id = p.customer_id"
            " WHERE p.stage = ? AND p.signing_date IS NOT NULL AND p.signing_date < ? ORDER BY p.signing_date, p.id",
            (Stage.P90.value, date.isoformat()))
        return [StuckAt90(pid, cid, shown(name), shown(plan), dt.date.fromisoformat(str(signing)[:10]))
                for pid, cid, name, plan, signing in rows]

    def contact_intervals(self) -> dict[str, int]:
        """Days allowed without contact by grade ("" = ungraded), from the settings."""
        out = {g: self.desk.settings_int(f"contact_days_{g}", DEFAULT_INTERVALS[g]) for g in GRADES}
        out[""] = UNGRADED_DAYS
        return out

    def not_contacted(self, date: dt.date, limit: int = NOT_CONTACTED_SHOWN) -> tuple[list[NotContacted], int]:
        """Customers with no activity or contact record for longer than their grade allows
        on ``date``: the first ``limit`` (grade A first, longest silent first) and the count."""
        date = inputs.day(date, tr("日期", "field")) or self.today()
        limit = inputs.number(limit, tr("条数", "field"), 1, 1000)
        intervals = self.contact_intervals()
        end = dt.datetime.combine(date + dt.timedelta(days=1), dt.time())
        since = dt.datetime.combine(date - dt.timedelta(days=max(intervals.values())), dt.time())

        def threshold(grade: str) -> str:
            return str(dt.datetime.combine(date - dt.timedelta(days=intervals[grade]), dt.time()))

        grade_case = " ".join(f"WHEN '{g}' THEN ?" for g in GRADES)
        rank_case = " ".join(f"WHEN '{g}' THEN {i}" for i, g in enumerate(GRADES))
        sql = (
            "WITH recent(cid, last) AS (SELECT customer_id, MAX(at) FROM ("
            " SELECT customer_id, at FROM activity WHERE at >= ? AND at < ?"
            " UNION ALL SELECT customer_id, at FROM contact_record WHERE at >= ? AND at < ?)"
            " GROUP BY customer_id)"
            " SELECT c.id, c.name, c.value_grade, COALESCE(r.last, c.created_at), r.last IS NULL,"
            " COUNT(*) OVER () FROM customer c LEFT JOIN recent r ON r.cid = c.id"
            f" WHERE c.created_at < ? AND COALESCE(r.last, c.created_at) < CASE c.value_grade {grade_case} ELSE ? END"
            f" ORDER BY CASE c.value_grade {rank_case} ELSE 9 END, COALESCE(r.last, c.created_at), c.id LIMIT ?")
        args = [str(since), str(end), str(since), str(end), str(end)]
        args += [threshold(g) for g in GRADES] + [threshold(""), limit]
        rows = list(self.db.execute_sql(sql, args))
        count = rows[0][5] if rows else 0
        out = []
        for cid, name, grade, ref, none_recent, _ in rows:
            grade = grade if grade in GRADES else ""
            last = self._last_contact(cid, end) if none_recent else _moment(ref)
            never = last is None
            reference = _moment(ref) if never else last
            out.append(NotContacted(cid, shown(name), grade, max(0, (date - reference.date()).days),
                                    intervals[grade], never))
        return out, int(count)

    def activity_counts(self, date: dt.date) -> dict[str, int]:
        """The day's 拨打/接通/约见/面谈/成交 (every kind, 0 when none)."""
        return self.desk.activities.day_counts(inputs.day(date, tr("日期", "field")) or self.today())

    def _last_contact(self, customer_id: int, before: dt.datetime) -> dt.datetime | None:
        row = self.db.execute_sql(
            "SELECT MAX(at) FROM (SELECT MAX(at) AS at FROM activity WHERE customer_id = ? AND at < ?"
            " UNION ALL SELECT MAX(at) FROM contact_record WHERE customer_id = ? AND at < ?)",
            (customer_id, str(before), customer_id, str(before))).fetchone()
        return _moment(row[0]) if row and row[0] else None


def _moment(value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _solar_upcoming(start: dt.date, days: int) -> list[UpcomingDate]:
    """Solar birthdays and anniversaries from the card (lunar ones come with desk.dates)."""
    window = [start + dt.timedelta(days=i) for i in range(days + 1)]
    month_days = {d.strftime("%m-%d") for d in window}
    if any(d.month == 2 and d.day == 28 and not _leap(d.year) for d in window):
        month_days.add("02-29")  # a 2月29日 falls on 2月28日 in common years (§3.1)
    marks = ",".join("?" * len(month_days))
    out: list[UpcomingDate] = []
    db = Customer._meta.database
    for kind, column, label, extra in (
            ("birthday", "birthday", tr("生日"), " AND lunar_birthday_month IS NULL AND NOT birthday_lunar"),
            ("anniversary", "anniversary", tr("结婚纪念日"), "")):
        sql = (f"SELECT id, name, {column} FROM customer WHERE {column} IS NOT NULL{extra}"
               f" AND strftime('%m-%d', {column}) IN ({marks})")
        for cid, name, value in db.execute_sql(sql, sorted(month_days)):
            value = dt.date.fromisoformat(str(value)[:10])
            when = _next_on_or_after(value, start)
            if when is not None and 0 <= (when - start).days <= days:
                out.append(UpcomingDate(cid, shown(name), kind, label, when, (when - start).days, False))
    return sorted(out, key=lambda d: (d.in_days, d.kind, d.customer_id))


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _next_on_or_after(value: dt.date, start: dt.date) -> dt.date | None:
    for year in (start.year, start.year + 1):
        day = value.day
        if value.month == 2 and value.day == 29 and not _leap(year):
            day = 28
        when = dt.date(year, value.month, day)
        if when >= start:
            return when
    return None
