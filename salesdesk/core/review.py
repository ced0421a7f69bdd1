"""Review windows of the weekly action table (SPEC §2).

The week runs from last Friday to this Thursday. It is reviewed on Monday (covering
Fri–Sun), Wednesday (Mon–Tue) and Friday (Wed–Thu); every date falls in exactly one
week and one row.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from salesdesk.i18n import language, tr

FRIDAY = 4


class ReviewRow(str, Enum):
    MON = "mon"
    WED = "wed"
    FRI = "fri"

    @property
    def label(self) -> str:
        """The paper table's row name in Chinese (written in the sheet, read back by the merge)."""
        return {"mon": "周一", "wed": "周三", "fri": "周五"}[self.value]  # i18n: data

    @property
    def shown_label(self) -> str:
        """The row name in the user's language: ``Mon``."""
        return {"mon": tr("周一"), "wed": tr("周三"), "fri": tr("周五")}[self.value]


#: (row, first day offset from the week's Friday, number of days)
_ROW_SPANS = ((ReviewRow.MON, 0, 3), (ReviewRow.WED, 3, 2), (ReviewRow.FRI, 5, 2))


@dataclass(frozen=True)
class ReviewWindow:
    row: ReviewRow
    first_day: dt.date
    last_day: dt.date

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.first_day, dt.time())

    @property
    def end(self) -> dt.datetime:
        """Exclusive end: midnight after the last day."""
        return dt.datetime.combine(self.last_day + dt.timedelta(days=1), dt.time())

    @property
    def review_day(self) -> dt.date:
        """The day this row is reviewed (the Monday, Wednesday or Friday after it opens)."""
        return self.last_day + dt.timedelta(days=1)

    def contains(self, moment: dt.datetime | dt.date) -> bool:
        day = moment.date() if isinstance(moment, dt.datetime) else moment
        return self.first_day <= day <= self.last_day


@dataclass(frozen=True)
class ReviewWeek:
    start: dt.date  # a Friday
    end: dt.date  # the Thursday after

    @property
    def windows(self) -> tuple[ReviewWindow, ...]:
        return tuple(
            ReviewWindow(row, self.start + dt.timedelta(days=off), self.start + dt.timedelta(days=off + n - 1))
            for row, off, n in _ROW_SPANS
        )

    def window(self, row: ReviewRow) -> ReviewWindow:
        return next(w for w in self.windows if w.row == row)

    @property
    def start_at(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time())

    @property
    def end_at(self) -> dt.datetime:
        """Exclusive end of the week."""
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time())

    @property
    def range_label(self) -> str:
        return f"{_cn_date(self.start)}---{_cn_date(self.end)}"

    def previous(self) -> "ReviewWeek":
        return week_of(self.start - dt.timedelta(days=1))

    def next(self) -> "ReviewWeek":
        return week_of(self.end + dt.timedelta(days=1))


def _cn_date(day: dt.date) -> str:
    if language() != "zh":
        return day.isoformat()  # SPEC's YYYY-MM-DD
    return f"{day.year}年{day.month}月{day.day}日"  # i18n: data (the Chinese form; English above)


def week_of(day: dt.date | dt.datetime) -> ReviewWeek:
    if isinstance(day, dt.datetime):
        day = day.date()
    start = day - dt.timedelta(days=(day.weekday() - FRIDAY) % 7)
    return ReviewWeek(start, start + dt.timedelta(days=6))


def window_of(day: dt.date | dt.datetime) -> ReviewWindow:
    week = week_of(day)
    return next(w for w in week.windows if w.contains(day))


def table_date(day: dt.date) -> str:
    """``M.DD`` as written inside the paper tables (``12.05``)."""
    return f"{day.month}.{day.day:02d}"
