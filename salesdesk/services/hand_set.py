"""A 价值分级 or 客户五级分类 chosen on the card is hand-set: recomputation keeps it (issue 11)."""
from __future__ import annotations

import datetime as dt

from salesdesk.storage.models import Customer, LevelChange
from salesdesk.i18n import tr


def hand_set(row: Customer, old_level: str, old_grade: str, at: dt.datetime) -> None:
    """After a card is saved (``row`` already stored): a 价值分级 or 客户五级分类 the agent
    chose differently from what was stored is hand-set from now on, and a level chosen by
    hand is recorded in the level history. Called by the customer service's writes."""
    flags = []
    if row.relation_level != old_level:
        row.relation_level_manual = True
        flags.append(Customer.relation_level_manual)
        LevelChange.create(customer=row.id, at=at, from_level=old_level or "", to_level=row.relation_level,
                           manual=True, reason=tr("手动设置"))
    if row.value_grade != old_grade:
        row.value_grade_manual = bool(row.value_grade)  # cleared: computed again next time
        flags.append(Customer.value_grade_manual)
    if flags:
        row.save(only=flags)
