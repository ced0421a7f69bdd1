"""遵循周期: the sales cycle and the aging of prospects (SPEC §1.2)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from statistics import median
from typing import Sequence

from salesdesk.i18n import tr

DEFAULT_CYCLE_DAYS = 28
#: Until this many deals exist the configured default is used.
MIN_DEALS_FOR_CYCLE = 5
#: The cycle is the median of the most recent deals, this many at most.
CYCLE_WINDOW = 20


class CycleSource(str, Enum):
    DEFAULT = "default"
    COMPUTED = "computed"
    OVERRIDE = "override"


@dataclass(frozen=True)
class SalesCycle:
    days: int
    source: CycleSource
    deals_used: int

    @property
    def label(self) -> str:
        if self.source == CycleSource.COMPUTED:
            return tr("按最近 {count} 笔成交计算").format(count=self.deals_used)
        return tr("手动设置") if self.source == CycleSource.OVERRIDE else tr("默认值")


def sales_cycle(
    deal_days: Sequence[int],
    default_days: int = DEFAULT_CYCLE_DAYS,
    override_days: int | None = None,
) -> SalesCycle:
    """The agent's cycle from the first-meeting→成交 durations of closed deals.

    ``deal_days`` is ordered oldest deal first. The median of the last 20 is used once at
    least 5 deals exist; an override always wins.
    """
    if override_days:
        return SalesCycle(int(override_days), CycleSource.OVERRIDE, 0)
    recent = [max(0, int(d)) for d in deal_days][-CYCLE_WINDOW:]
    if len(recent) < MIN_DEALS_FOR_CYCLE:
        return SalesCycle(int(default_days), CycleSource.DEFAULT, len(recent))
    mid = Decimal(str(median(recent))).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return SalesCycle(max(1, int(mid)), CycleSource.COMPUTED, len(recent))


class AgeState(str, Enum):
    OK = "ok"
    WARNING = "warning"
    OVERDUE = "overdue"


def age_days(first_meeting: dt.date | None, today: dt.date) -> int | None:
    """Days since the first meeting (0 while the meeting is still ahead)."""
    if first_meeting is None:
        return None
    return max(0, (today - first_meeting).days)


def age_state(age: int | None, cycle_days: int) -> AgeState:
    """Warning from 75% of the cycle (inclusive), overdue past the cycle."""
    if age is None:
        return AgeState.OK
    if age > cycle_days:
        return AgeState.OVERDUE
    if 4 * age >= 3 * cycle_days:
        return AgeState.WARNING
    return AgeState.OK
