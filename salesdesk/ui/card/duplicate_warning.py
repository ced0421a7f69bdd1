"""The card's answer to a likely duplicate (SPEC §3.2): 打开 / 合并… / 仍然保存 / 取消.

The services refuse the save (LikelyDuplicate) and nothing is written; the agent chooses:
- 打开: the other customer's card (the edits here are asked about on the way, as always);
- 合并…: this card is saved, then the merge dialog opens with the stored customer kept and
  this one merged into it (the dialog can swap the sides);
- 仍然保存: saved as another customer;
- 取消 (or Esc): back to the card, nothing saved.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import N_
from salesdesk.services import LikelyDuplicate

if TYPE_CHECKING:
    from .card import CustomerCard

OPEN, MERGE, SAVE_ANYWAY, CANCEL = N_("打开"), N_("合并…"), N_("仍然保存"), N_("取消")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerCard", text)


def answer_duplicate(card: "CustomerCard", refused: LikelyDuplicate) -> bool:
    """What the agent chose; True when the card ends saved (or merged)."""
    found = list(refused.duplicates)
    first = found[0]
    others = "".join(_tr("\n{name}（编号 {id}，{why}）").format(name=d.name, id=d.customer_id, why=_tr(d.why_text))
                     for d in found[:5])
    more = _tr("\n等 {n} 位").format(n=len(found)) if len(found) > 5 else ""
    text = _tr("这位客户可能已经记录过了：\n{others}{more}\n\n"
               "要打开那位客户、把两位合并，还是仍然保存为另一位客户？").format(others=others, more=more)
    choices = [_tr(OPEN), _tr(MERGE), _tr(SAVE_ANYWAY), _tr(CANCEL)]
    chosen = choices[card._messages.choose(card, _tr("可能重复的客户"), text, choices)]
    if chosen == _tr(OPEN):
        card.open_customer.emit(first.customer_id)
        return False
    if chosen == _tr(SAVE_ANYWAY):
        return card.save(allow_duplicate=True)
    if chosen == _tr(MERGE):
        if not card.save(allow_duplicate=True):
            return False
        result = card.open_merge(card, card._desk, first.customer_id, card.customer_id, card._messages)
        if result is not None:
            card.show_customer(result.kept_id)
            card.saved.emit(result.kept_id)
        return True
    return False
