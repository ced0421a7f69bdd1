"""The card's 价值分级 and 客户五级分类 say how they were set: by hand or computed, and the
level's history (who moved when) as the combo's tooltip."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from salesdesk.core.levels import shown_reason
from salesdesk.services import ServiceError

from ..labels import level_name

#: Level changes listed in the tooltip, newest first.
SHOWN_CHANGES = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerCard", text)


def show_grade_hints(card) -> None:
    grade, level = card.fields["value_grade"], card.fields["relation_level"]
    if card.customer_id is None:
        grade.setToolTip(_tr("价值分级 A–E：可手动选择，或由 客户 → 重新计算价值分级 按保费计算"))
        level.setToolTip(_tr("客户五级分类：随潜在客户的进展自动提升，也可手动选择"))
        return
    try:
        grade_manual, level_manual = card._desk.grades.hand_set(card.customer_id)
        changes = card._desk.grades.level_changes(customer_id=card.customer_id, limit=SHOWN_CHANGES)
    except ServiceError:
        return
    grade.setToolTip(_tr("手动设置：重新计算价值分级时保留（清空后改为按保费计算）") if grade_manual
                     else _tr("按保费计算（客户 → 重新计算价值分级）；在此选择即为手动设置"))
    head = (_tr("手动设置：不再随潜在客户自动变化") if level_manual
            else _tr("随潜在客户的进展自动提升；在此选择即为手动设置"))
    lines = [f"<b>{escape(head)}</b>"]
    for c in changes:
        how = _tr("手动") if c.manual else escape(shown_reason(c.reason))  # stored in Chinese, shown in the language
        lines.append(_tr("{at} {before} → {after}（{how}）").format(
            at=f"{c.at:%Y-%m-%d}", before=escape(level_name(c.from_level) if c.from_level else "—"),
            after=escape(level_name(c.to_level)), how=how))
    if not changes:
        lines.append(_tr("还没有分类变化记录"))
    level.setToolTip("<br>".join(lines))
