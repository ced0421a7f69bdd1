"""重要日期 (SPEC §3, §3.1): a customer's other dated notes, and every date coming up.

A dated note (``CustomerDate``) is a label and a solar or lunar date that recurs every year
(孩子生日 农历闰四月初八, 公司成立日 3月18日), year optional. ``upcoming`` answers "whose day is
it soon?" for the agent's day: birthdays (solar and lunar), 结婚纪念日 and dated notes whose
next occurrence lies in a window, each with the solar day it falls on.

At 100,000 customers this never loads every customer: the window is first turned into the
few month/day pairs that fall in it — the solar ones directly (2月29日 joining 2月28日 in a
common year), the lunar ones by converting each lunar month of the years concerned once
(``core.lunar`` caches the conversions) — and SQL returns only the customers whose date is
one of those pairs.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from salesdesk.core.lunar import DateSpec, check_spec, format_spec, next_occurrence, parse_date_spec
from salesdesk.core.text import shown
from salesdesk.storage.models import Customer, CustomerDate

from . import inputs
from .area import Area
from .customers import lunar_birthday_of
from .desk import area
from .errors import InvalidInput, NotFound
from .views import Changes
from salesdesk.i18n import tr

LABEL_MAX, NOTE_MAX = 100, 500
#: Most dated notes one customer may carry (a list on the card, not a diary).
MAX_PER_CUSTOMER = 50
#: The longest window ``upcoming`` looks ahead (a year and a day).
MAX_DAYS = 366
KINDS = ("birthday", "anniversary", "date")
_KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()


@dataclass(frozen=True)
class CustomerDateView:
    """One dated note: ``date`` is solar or lunar (``date.lunar``), its year possibly None."""

    id: int
    customer_id: int
    label: str
    date: DateSpec
    note: str = ""

    @property
    def text(self) -> str:
        """``农历闰四月初八``, ``2018年3月18日``…"""
        return format_spec(self.date)


@dataclass(frozen=True)
class UpcomingDate:
    """A date coming up: whose, what (kind "birthday" | "anniversary" | "date", and its label),
    the solar day it falls on next (on or after the window's start), in how many days, and
    whether it is kept in the lunar calendar."""

    customer_id: int
    name: str
    kind: str
    label: str
    date: dt.date
    in_days: int
    lunar: bool


def _spec(value: object, label: str | None = None) -> DateSpec:
    """A DateSpec, or text read as one (§3.1 forms, 农历…); InvalidInput in the UI's language otherwise."""
    label = tr("日期", "field") if label is None else label
    try:
        if isinstance(value, str):
            return parse_date_spec(value, label=label)
        return check_spec(value, label)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None


def _label(value: object) -> str:
    label = inputs.line(value, tr("日期名称", "field"), LABEL_MAX)
    if not label:
        raise InvalidInput(tr("日期名称不能为空（如 孩子生日、公司成立日）"))
    return label


def _view(row: CustomerDate) -> CustomerDateView:
    return CustomerDateView(row.id, row.customer_id, shown(row.label),
                            DateSpec(bool(row.lunar), row.year, row.month, row.day, bool(row.leap) and bool(row.lunar)),
                            shown(row.note))


def _solar_keys(start: dt.date, end: dt.date) -> set[tuple[int, int]]:
    """(month, day) of every solar day in the window, with (2, 29) wherever a common year's
    2月28日 is in it (a 2月29日 date falls there)."""
    keys = set()
    day = start
    while day <= end:
        keys.add((day.month, day.day))
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            keys.add((2, 29))
        day += dt.timedelta(days=1)
    return keys


def _lunar_keys(start: dt.date, end: dt.date) -> set[tuple[int, int]]:
    """(month, day) of every lunar date (day 1–30, leap or not: both recur in the regular
    month) whose next occurrence from ``start`` is in the window."""
    keys = set()
    for month in range(1, 13):
        for day in range(1, 31):
            if next_occurrence(DateSpec(True, None, month, day), start) <= end:
                keys.add((month, day))
    return keys


def _md_codes(keys: set[tuple[int, int]]) -> list[int]:
    return sorted(m * 100 + d for m, d in keys)


def _iso_codes(keys: set[tuple[int, int]]) -> list[str]:
    return sorted(f"{m:02d}-{d:02d}" for m, d in keys)


@area
class Dates(Area):
    name = "dates"

    # -- a customer's dated notes -------------------------------------------------------------
    def list(self, customer_id: int) -> list[CustomerDateView]:
        """The customer's dated notes, in calendar order (month, day), solar and lunar mixed."""
        customer_id = self._customer(customer_id)
        rows = CustomerDate.select().where(CustomerDate.customer == customer_id).order_by(
            CustomerDate.month, CustomerDate.day, CustomerDate.id)
        return [_view(row) for row in rows]

    def add(self, customer_id: int, label: str, date: DateSpec | str, note: str = "") -> int:
        """A new dated note; ``date`` is a DateSpec or text (``农历四月初八``, ``3-18``)."""
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        label, spec, note = _label(label), _spec(date), inputs.line(note, tr("备注", "field"), NOTE_MAX)
        with self._write():
            self._customer(customer_id)
            if CustomerDate.select().where(CustomerDate.customer == customer_id).count() >= MAX_PER_CUSTOMER:
                raise InvalidInput(tr("一位客户最多记 {limit} 个重要日期").format(limit=MAX_PER_CUSTOMER))
            row = CustomerDate.create(customer=customer_id, label=label, lunar=spec.lunar, year=spec.year,
                                      month=spec.month, day=spec.day, leap=spec.leap, note=note)
        self._emit(Changes(customers=frozenset({customer_id})))
        return row.id

    def edit(self, date_id: int, *, label: object = KEEP, date: object = KEEP, note: object = KEEP) -> CustomerDateView:
        """Change what is given; the rest keeps its value. Returns the note as stored."""
        date_id = inputs.ident(date_id, tr("重要日期", "field"))
        values: dict = {}
        if label is not KEEP:
            values["label"] = _label(label)
        if date is not KEEP:
            spec = _spec(date)
            values.update(lunar=spec.lunar, year=spec.year, month=spec.month, day=spec.day, leap=spec.leap)
        if note is not KEEP:
            values["note"] = inputs.line(note, tr("备注", "field"), NOTE_MAX)
        with self._write():
            row = self._row(date_id)
            for name, value in values.items():
                setattr(row, name, value)
            if values:
                row.save()
        self._emit(Changes(customers=frozenset({row.customer_id})))
        return _view(row)

    def delete(self, date_id: int) -> CustomerDateView:
        """Remove a dated note; returns it as it was (for an undo: ``add`` it again)."""
        date_id = inputs.ident(date_id, tr("重要日期", "field"))
        with self._write():
            row = self._row(date_id)
            view = _view(row)
            row.delete_instance()
        self._emit(Changes(customers=frozenset({view.customer_id})))
        return view

    # -- what is coming up ----------------------------------------------------------------------
    def next_birthday(self, customer_id: int, on_or_after: dt.date) -> dt.date | None:
        """The customer's next birthday on or after the day (solar or lunar), None without one."""
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        on_or_after = inputs.day(on_or_after, tr("日期", "field"))
        if on_or_after is None:
            raise InvalidInput(tr("请给出日期"))
        row = Customer.get_or_none(Customer.id == customer_id)
        if row is None:
            raise NotFound(tr("找不到编号为 {customer_id} 的客户").format(customer_id=customer_id))
        spec = birthday_spec(row.birthday, lunar_birthday_of(row))
        return next_occurrence(spec, on_or_after) if spec else None

    def upcoming(self, start: dt.date, days: int) -> list[UpcomingDate]:
        """Every birthday, 结婚纪念日 and dated note whose next occurrence on or after ``start``
        is at most ``days`` days later (0: that day only), sorted by date."""
        start = inputs.day(start, tr("开始日期", "field"))
        if start is None:
            raise InvalidInput(tr("请给出开始日期"))
        days = inputs.number(days, tr("天数", "field"), 0, MAX_DAYS)
        end = start + dt.timedelta(days=days)
        solar, lunar = _solar_keys(start, end), _lunar_keys(start, end)
        found: list[UpcomingDate] = []

        def add(customer_id, name, kind, label, spec: DateSpec):
            try:
                day = next_occurrence(spec, start)
            except (ValueError, TypeError, IndexError):
                return  # a row a script wrote wrong (2月30日…) names no day
            if day <= end:  # (a key's 2月29日 outside a leap window never lands here)
                found.append(UpcomingDate(customer_id, shown(name), kind, label, day, (day - start).days, spec.lunar))

        iso, codes = _iso_codes(solar), _md_codes(lunar)
        # One pass over the customers (the table scan is most of the cost at 100k).
        for cid, name, birthday, anniversary, month, day, leap in self.db.execute_sql(
                "SELECT id, name, birthday, anniversary, lunar_birthday_month, lunar_birthday_day, lunar_birthday_leap "
                f"FROM customer WHERE substr(birthday, 6, 5) IN ({_marks(iso)}) "
                f"OR substr(anniversary, 6, 5) IN ({_marks(iso)}) "
                f"OR lunar_birthday_month * 100 + lunar_birthday_day IN ({_marks(codes)})", iso + iso + codes):
            born, married = _date(birthday), _date(anniversary)
            if born is not None:
                add(cid, name, "birthday", tr("生日"), DateSpec(False, None, born.month, born.day))
            elif month is not None and day is not None:
                add(cid, name, "birthday", tr("生日"), DateSpec(True, None, month, day, bool(leap)))
            if married is not None:
                add(cid, name, "anniversary", tr("结婚纪念日"), DateSpec(False, None, married.month, married.day))
        solar_codes = _md_codes(solar)
        for cid, name, label, is_lunar, month, day, leap in self.db.execute_sql(
                "SELECT d.customer_id, c.name, d.label, d.lunar, d.month, d.day, d.leap FROM customer_date d "
                "JOIN customer c ON c.id = d.customer_id "
                f"WHERE (d.lunar AND d.month * 100 + d.day IN ({_marks(codes)})) "
                f"OR (NOT d.lunar AND d.month * 100 + d.day IN ({_marks(solar_codes)}))", codes + solar_codes):
            add(cid, name, "date", shown(label), DateSpec(bool(is_lunar), None, month, day, bool(leap) and bool(is_lunar)))
        found.sort(key=lambda u: (u.date, _KIND_ORDER[u.kind], u.customer_id, u.label))
        return found

    # -- helpers ---------------------------------------------------------------------------------
    def _customer(self, customer_id) -> int:
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFound(tr("找不到编号为 {customer_id} 的客户").format(customer_id=customer_id))
        return customer_id

    def _row(self, date_id: int) -> CustomerDate:
        row = CustomerDate.get_or_none(CustomerDate.id == date_id)
        if row is None:
            raise NotFound(tr("找不到编号为 {date_id} 的重要日期").format(date_id=date_id))
        return row


def birthday_spec(birthday: dt.date | None, lunar_birthday: DateSpec | None) -> DateSpec | None:
    """A customer's birthday as a DateSpec (solar with its year, or the lunar one), or None."""
    if lunar_birthday is not None:
        return lunar_birthday
    if birthday is not None:
        return DateSpec(False, birthday.year, birthday.month, birthday.day)
    return None


def _marks(values: list) -> str:
    return ", ".join("?" * len(values)) or "NULL"


def _date(value) -> dt.date | None:
    """A stored date column (text in SQLite), None when it is not one."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
