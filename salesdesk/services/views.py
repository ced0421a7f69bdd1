"""Read-only records the services hand to the UI and CLI (no peewee objects leak out)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from decimal import Decimal

from salesdesk.core.cycle import AgeState
from salesdesk.core.stages import Stage
from salesdesk.core.text import shown


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    company: str
    mobile: str
    title: str = ""
    relation_level: str = ""

    def __post_init__(self):
        # A file an older version wrote may hold control characters: never print them raw.
        for name in ("name", "company", "mobile", "title"):
            value = getattr(self, name)
            clean = shown(value)
            if clean is not value:
                object.__setattr__(self, name, clean)


@dataclass(frozen=True)
class ProspectView:
    id: int
    customer_id: int
    customer_name: str
    plan: str
    stage: Stage
    stage_since: dt.datetime
    created_at: dt.datetime
    first_meeting: dt.date | None
    criteria: frozenset[int]
    budget: Decimal | None
    signing_date: dt.date | None
    next_step: str
    signed: bool
    paid: Decimal | None
    premium: Decimal | None
    lost_reason: str
    age: int | None = None
    age_state: AgeState = AgeState.OK
    days_in_stage: int = 0
    criteria_notes: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class StageChangeView:
    id: int
    prospect_id: int
    at: dt.datetime
    from_stage: Stage | None
    to_stage: Stage
    reason: str
    paid: Decimal
    premium: Decimal
    correction_of: int | None


@dataclass(frozen=True)
class Changes:
    """What a write changed, so every screen can decide itself whether to refresh."""

    customers: frozenset[int] = frozenset()
    prospects: frozenset[int] = frozenset()
    stages: bool = False
    activities: bool = False
    settings: bool = False
    #: 交流记录 added, edited or removed (v6)
    contacts: bool = False
    #: appointments (the agenda) changed (v6)
    agenda: bool = False
    #: to-dos changed (v6)
    todos: bool = False

    def __or__(self, other: "Changes") -> "Changes":
        merged = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = mine | theirs if isinstance(mine, frozenset) else (mine or theirs)
        return Changes(**merged)


@dataclass(frozen=True)
class MoveResult:
    prospect_id: int
    change_id: int
    from_stage: Stage
    to_stage: Stage
    changes: Changes
