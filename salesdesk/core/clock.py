"""An injectable clock: everything that depends on 'now' takes one."""
from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


class SystemClock:
    """Local wall-clock time without tzinfo (the agent's own time zone)."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)

    def today(self) -> dt.date:
        return self.now().date()


class FixedClock:
    """A clock tests and the demo generator move by hand."""

    def __init__(self, at: dt.datetime):
        self._at = at

    def now(self) -> dt.datetime:
        return self._at

    def today(self) -> dt.date:
        return self._at.date()

    def set(self, at: dt.datetime) -> None:
        self._at = at

    def advance(self, **delta: float) -> None:
        self._at = self._at + dt.timedelta(**delta)
