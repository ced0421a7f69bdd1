"""Agenda arithmetic: when appointments overlap, the days of a week (pure, no Qt, no database)."""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Protocol

#: An appointment lasts 5 minutes to a day.
MIN_MINUTES, MAX_MINUTES = 5, 24 * 60
#: When the board books a first meeting it knows the date only: the appointment starts here
#: (editable in the agenda).
FIRST_MEETING_TIME = dt.time(9, 0)


class Timed(Protocol):
    id: int | None
    start: dt.datetime
    minutes: int


def end_of(start: dt.datetime, minutes: int) -> dt.datetime:
    return start + dt.timedelta(minutes=minutes)


def overlaps(start: dt.datetime, minutes: int, others: Iterable[Timed], exclude: int | None = None) -> list:
    """The ``others`` that share some minute with [start, start + minutes)."""
    end = end_of(start, minutes)
    return [o for o in others if not (exclude is not None and o.id == exclude)
            and o.start < end and start < end_of(o.start, o.minutes)]


def week_start(day: dt.date) -> dt.date:
    """The Monday of the calendar week (Mon–Sun) holding ``day``."""
    return day - dt.timedelta(days=day.weekday())


def week_days(day: dt.date) -> list[dt.date]:
    monday = week_start(day)
    return [monday + dt.timedelta(days=i) for i in range(7)]
