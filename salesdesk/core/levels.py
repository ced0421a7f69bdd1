"""客户五级分类 moving with the prospects (issue 11).

A customer's level rises as their prospects move on the board:
- a prospect reaching 约定初次见面 or 25% (a first meeting booked or held): 目标客户;
- a prospect reaching 50% or 90%: 准客户;
- a first 成交: 成交客户;
- ``loyal_deals`` deals or more (default 3, prospects that reached 成交): 忠诚客户.

Only upwards: a prospect sent back or closed lost never lowers a level (an undo of the
move that raised it does: the services work that out from the history). A level the
agent chose by hand is never changed by the prospects.
"""
from __future__ import annotations

import re
from typing import Iterable

from salesdesk.i18n import tr

from .customer import RELATION_LEVELS, level_label  # noqa: F401 - level_label: shown here too
from .stages import STAGE_LABELS, Stage

PROSPECT, TARGET, NEAR, CUSTOMER, LOYAL = RELATION_LEVELS
DEFAULT_LOYAL_DEALS = 3

#: The level a prospect reaching a stage earns its customer.
STAGE_LEVELS = {Stage.APPOINTMENT: TARGET, Stage.P25: TARGET, Stage.P50: NEAR, Stage.P90: NEAR,
                Stage.WON: CUSTOMER}


def rank(level: str) -> int:
    """Position of a level, 0 (潜在客户) to 4 (忠诚客户); an unknown or empty level is -1."""
    return RELATION_LEVELS.index(level) if level in RELATION_LEVELS else -1


def earned_level(reached: Iterable[tuple[int, Stage]], loyal_deals: int = DEFAULT_LOYAL_DEALS) -> str:
    """The level a customer's history earns: ``reached`` is (prospect, stage) for every stage
    their prospects entered (undone moves left out)."""
    best = PROSPECT
    deals: set[int] = set()
    for prospect, stage in reached:
        level = STAGE_LEVELS.get(stage)
        if level is not None and rank(level) > rank(best):
            best = level
        if stage == Stage.WON:
            deals.add(prospect)
    if deals and len(deals) >= loyal_deals:
        return LOYAL
    return best


def raised(current: str, earned: str) -> str | None:
    """The new level when ``earned`` is above ``current`` (only upwards), else None."""
    return earned if rank(earned) > rank(current) else None


def reason_for(stage: Stage, deals: int = 0) -> str:
    """Why the prospects moved the level, as the history keeps it (in Chinese, like every
    stored text; ``shown_reason`` says it in the user's language)."""
    if stage == Stage.WON:
        return f"第 {deals} 次成交" if deals > 1 else "首次成交"  # i18n: data
    return f"潜在客户进入“{stage.label}”"  # i18n: data


_NTH_DEAL = re.compile(r"第 (\d+) 次成交")  # i18n: data
_ENTERED = re.compile(r"潜在客户进入“(.+)”")  # i18n: data
_LABELS = {label: stage for stage, label in STAGE_LABELS.items()}


def shown_reason(reason: str) -> str:
    """A stored ``reason_for`` text in the user's language; any other text as it is."""
    if reason == "首次成交":  # i18n: data
        return tr("首次成交")
    match = _NTH_DEAL.fullmatch(reason)
    if match:
        return tr("第 {count} 次成交").format(count=match.group(1))
    match = _ENTERED.fullmatch(reason)
    if match and match.group(1) in _LABELS:
        return tr("潜在客户进入“{stage}”").format(stage=tr(match.group(1)))
    return reason

