"""When reminders are due (SPEC §4): pure scheduling with the clock handed in.

An *occurrence* is one thing to be reminded of once: an appointment (``lead`` minutes
before it starts), a birthday or anniversary (in the morning of its day), a to-do (in the
morning of its due day). Its ``key`` names it for good (``appt:12:2026-12-02T10:00``), so
the record of it having been shown survives a restart and it is never shown twice; a
snooze asks for it again at a later moment.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping

from salesdesk.i18n import N_

#: Birthdays, anniversaries and to-dos are shown from this time of their day.
MORNING = dt.time(8, 0)
SNOOZES = {"10m": N_("10 分钟后"), "1h": N_("1 小时后"), "tomorrow": N_("明天早上")}


@dataclass(frozen=True)
class Occurrence:
    key: str
    kind: str  # "appointment" | "birthday" | "anniversary" | "date" | "todo"
    title: str
    text: str
    at: dt.datetime  # due from this moment
    expires: dt.datetime | None = None  # not shown first after this moment (the meeting began, the day ended)
    customer_id: int | None = None
    prospect_id: int | None = None


@dataclass(frozen=True)
class Shown:
    fired_at: dt.datetime
    snoozed_until: dt.datetime | None = None


def due_reminders(now: dt.datetime, occurrences: Iterable[Occurrence], shown: Mapping[str, Shown]) -> list[Occurrence]:
    """The occurrences to show at ``now``: never shown and due (not yet expired), or
    snoozed until a moment that has come."""
    out = []
    for o in occurrences:
        state = shown.get(o.key)
        if state is None:
            if o.at <= now and (o.expires is None or now < o.expires):
                out.append(o)
        elif state.snoozed_until is not None and state.snoozed_until <= now:
            out.append(o)
    return sorted(out, key=lambda o: (o.at, o.key))


def snooze_until(now: dt.datetime, choice: str) -> dt.datetime:
    """The moment a snoozed reminder comes back: in 10 minutes, in an hour, tomorrow morning."""
    if choice == "10m":
        return now + dt.timedelta(minutes=10)
    if choice == "1h":
        return now + dt.timedelta(hours=1)
    if choice == "tomorrow":
        return dt.datetime.combine(now.date() + dt.timedelta(days=1), MORNING)
    raise ValueError(choice)
