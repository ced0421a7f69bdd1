"""Which automatic backups to keep (Anki's scheme): a pure function, no file I/O.

Keep every backup of today and yesterday, then the newest of each of the previous 12 days,
the newest of each of 10 weeks before that, and of 9 months before that.
"""
from __future__ import annotations

import datetime as dt
from typing import Hashable, Iterable, TypeVar

K = TypeVar("K", bound=Hashable)

DAILY, WEEKLY, MONTHLY = 12, 10, 9


def backups_to_delete(backups: Iterable[tuple[K, dt.datetime]], now: dt.datetime) -> list[K]:
    items = sorted(backups, key=lambda kv: kv[1], reverse=True)  # newest first
    today = now.date()
    keep: set = set()
    seen_days: set = set()
    seen_weeks: set = set()
    seen_months: set = set()
    for key, when in items:
        day = when.date()
        age = (today - day).days
        if age <= 1:
            keep.add(key)
            continue
        if day not in seen_days and len(seen_days) < DAILY:
            seen_days.add(day)
            keep.add(key)
            continue
        week = day.isocalendar()[:2]
        if day in seen_days or week in seen_weeks:
            continue
        if len(seen_weeks) < WEEKLY:
            seen_weeks.add(week)
            keep.add(key)
            continue
        month = (day.year, day.month)
        if month not in seen_months and len(seen_months) < MONTHLY:
            seen_months.add(month)
            keep.add(key)
    return [key for key, _ in items if key not in keep]
