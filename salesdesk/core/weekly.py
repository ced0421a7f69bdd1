"""The weekly action table (潜在客户管理行动工具表), computed from history only.

A cell lists every prospect worked in its row's window — created, moved, or its
customer had an activity/contact logged — in the column of the stage it stood in at
the end of the window. Nothing here reads a counter: a past week prints the same today
as it did then.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable, Mapping

from .cycle import age_days
from .review import ReviewRow, ReviewWeek, ReviewWindow, table_date
from .stages import AGING_STAGES, BOARD_STAGES, Stage


@dataclass(frozen=True)
class StageEvent:
    """One stored stage change, as the table needs it."""

    prospect_id: int
    at: dt.datetime
    from_stage: Stage | None
    to_stage: Stage
    first_meeting: dt.date | None = None
    paid: Decimal = Decimal(0)
    premium: Decimal = Decimal(0)


@dataclass(frozen=True)
class ProspectRef:
    id: int
    customer_id: int
    name: str
    plan: str = ""


@dataclass(frozen=True)
class WorkEvent:
    """An activity or contact record logged for a customer."""

    customer_id: int
    at: dt.datetime


@dataclass(frozen=True)
class Entry:
    prospect_id: int
    customer_id: int
    name: str
    day: dt.date
    stage: Stage
    age: int | None
    overdue: bool
    #: The plan being sold: tells apart two prospects of one customer (same M.DD姓名).
    plan: str = ""

    @property
    def text(self) -> str:
        return f"{table_date(self.day)}{self.name}"

    def as_json(self) -> dict:
        return {"text": self.text, "prospect": self.prospect_id, "overdue": self.overdue}


@dataclass(frozen=True)
class RowMoney:
    paid: Decimal = Decimal(0)  # 预收保费 recorded in the window
    premium: Decimal = Decimal(0)  # 承保标保 recorded in the window


@dataclass
class WeeklyTable:
    week: ReviewWeek
    cycle_days: int
    cells: dict[ReviewRow, dict[Stage, list[Entry]]]
    money: dict[ReviewRow, RowMoney] = field(default_factory=dict)

    def cell(self, row: ReviewRow, stage: Stage) -> list[Entry]:
        return self.cells[row][stage]

    def row_counts(self, row: ReviewRow) -> dict[Stage, int]:
        return {s: len(self.cells[row][s]) for s in BOARD_STAGES}

    @property
    def subtotal(self) -> dict[Stage, int]:
        return {s: sum(len(self.cells[r][s]) for r in ReviewRow) for s in BOARD_STAGES}

    def as_json(self) -> dict:
        return {
            "start": self.week.start.isoformat(),
            "end": self.week.end.isoformat(),
            "cycle_days": self.cycle_days,
            "rows": {
                r.value: {s.value: [e.as_json() for e in self.cells[r][s]] for s in BOARD_STAGES}
                for r in ReviewRow
            },
            "subtotal": {s.value: n for s, n in self.subtotal.items()},
        }


def build_weekly_table(
    week: ReviewWeek,
    cycle_days: int,
    prospects: Mapping[int, ProspectRef],
    events: Iterable[StageEvent],
    work: Iterable[WorkEvent],
) -> WeeklyTable:
    """Lay out the table.

    ``events`` must hold the complete history, up to the week's end, of every prospect
    that may appear (those with events in the week and those of worked customers);
    ``work`` the activities and contacts logged during the week.
    """
    history: dict[int, list[StageEvent]] = defaultdict(list)
    for ev in events:
        if ev.at < week.end_at:
            history[ev.prospect_id].append(ev)
    for evs in history.values():
        evs.sort(key=lambda e: e.at)
    by_customer: dict[int, list[int]] = defaultdict(list)
    for p in prospects.values():
        by_customer[p.customer_id].append(p.id)
    work = list(work)

    cells: dict[ReviewRow, dict[Stage, list[Entry]]] = {}
    money: dict[ReviewRow, RowMoney] = {}
    for window in week.windows:
        cells[window.row] = {s: [] for s in BOARD_STAGES}
        paid = premium = Decimal(0)
        worked: set[int] = set()
        for pid, evs in history.items():
            for ev in evs:
                # An edit of the facts in place (stage to itself) is not a stage change.
                if window.start <= ev.at < window.end and ev.from_stage != ev.to_stage:
                    worked.add(pid)
                    paid += ev.paid or 0
                    premium += ev.premium or 0
        for w in work:
            if window.start <= w.at < window.end:
                for pid in by_customer.get(w.customer_id, ()):
                    state = _state_at(history.get(pid, ()), window.end)
                    if state is not None and state.to_stage.is_open:
                        worked.add(pid)
        money[window.row] = RowMoney(paid, premium)
        for pid in worked:
            entry = _entry(prospects.get(pid), history.get(pid, ()), window, cycle_days)
            if entry is not None:
                cells[window.row][entry.stage].append(entry)
        for stage_entries in cells[window.row].values():
            stage_entries.sort(key=lambda e: (e.day, e.name, e.prospect_id))
    return WeeklyTable(week, cycle_days, cells, money)


def _state_at(evs, end: dt.datetime) -> StageEvent | None:
    last = None
    for ev in evs:
        if ev.at >= end:
            break
        last = ev
    return last


def _entry(ref: ProspectRef | None, evs, window: ReviewWindow, cycle_days: int) -> Entry | None:
    if ref is None:
        return None
    before = [ev for ev in evs if ev.at < window.end]
    if not before:
        return None
    stage = before[-1].to_stage
    if stage == Stage.LOST:
        return None
    first_meeting = next((ev.first_meeting for ev in reversed(before) if ev.first_meeting), None)
    entered = next(ev.at.date() for ev in reversed(before) if ev.to_stage == stage and ev.from_stage != stage)
    return entry_at_end(ref, WindowState(stage, first_meeting, entered), window, cycle_days)


@dataclass(frozen=True)
class WindowState:
    """A prospect at the end of a window, as its history up to then says."""

    stage: Stage
    #: The latest first-meeting date recorded by then.
    first_meeting: dt.date | None
    #: The day it last entered ``stage``.
    entered: dt.date


def entry_at_end(ref: ProspectRef, state: WindowState, window: ReviewWindow, cycle_days: int) -> Entry:
    """The entry of a prospect worked in ``window`` that stood in ``state`` at its end."""
    stage, first_meeting = state.stage, state.first_meeting
    day = state.entered if stage == Stage.OPPORTUNITY or first_meeting is None else first_meeting
    age = age_days(first_meeting, window.last_day) if stage in AGING_STAGES else None
    overdue = age is not None and age > cycle_days
    return Entry(ref.id, ref.customer_id, ref.name, day, stage, age, overdue, ref.plan)


def sort_cells(cells: dict[ReviewRow, dict[Stage, list[Entry]]]) -> None:
    """Entries in a cell by date, then name (as printed)."""
    for row in cells.values():
        for stage_entries in row.values():
            stage_entries.sort(key=lambda e: (e.day, e.name, e.prospect_id))
