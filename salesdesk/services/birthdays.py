"""When a birthday next comes round: solar (a 2月29日 on 2月28日 in common years) or lunar
(SPEC §3.1, through core/lunar.py)."""
from __future__ import annotations

import datetime as dt


def next_solar(month: int, day: int, on: dt.date) -> dt.date:
    """The first (month, day) on or after ``on``; 2-29 falls on 2-28 in a common year."""
    for year in (on.year, on.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            if (month, day) != (2, 29):
                return dt.date.max
            date = dt.date(year, 2, 28)
        if date >= on:
            return date
    return dt.date.max  # pragma: no cover - the next year always answers


def next_lunar(month: int, day: int, leap: bool, on: dt.date) -> dt.date | None:
    """The solar date of the next lunar (month, day) on or after ``on``; None while the
    lunar calendar (core/lunar.py) is not available or the date is outside its range."""
    try:
        from salesdesk.core import lunar
    except ImportError:
        return None
    try:
        spec = lunar.DateSpec(lunar=True, year=None, month=month, day=day, leap=bool(leap))
        return lunar.next_occurrence(spec, on)
    except Exception:  # noqa: BLE001 - an unknown or out-of-range date sorts last, never breaks the list
        return None


def next_from_key(key: str, on: dt.date) -> dt.date | None:
    """customer_query.BIRTHDAY_KEY's value -> the next occurrence."""
    try:
        if key.startswith("S-"):
            month, day = int(key[2:4]), int(key[5:7])
            date = next_solar(month, day, on)
            return None if date == dt.date.max else date
        if key.startswith("L"):
            month, day, leap = (int(p) for p in key[1:].split("-"))
            return next_lunar(month, day, bool(leap), on)
    except ValueError:
        return None
    return None
