"""The work log: the method's activities (拨打, 接通, 约见, 面谈, 成交) and contact records."""
from __future__ import annotations

import datetime as dt

from salesdesk.storage.models import Activity

from . import inputs
from .errors import InvalidInput
from .views import Changes
from salesdesk.i18n import N_, tr

#: Activity kinds and their labels (in the source language: shown through ``tr``).
ACTIVITY_KINDS = {"dial": N_("拨打"), "reach": N_("接通"), "book": N_("约见"), "meet": N_("面谈"), "close": N_("成交")}
MAX_NOTE = 500


class WorkLogService:
    def log_activity(self, customer_id: int, kind: str, at: dt.datetime | None = None, note: str = "") -> int:
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        key = _activity_key(kind)
        note = inputs.line(note, tr("备注", "field"), MAX_NOTE)
        at = self._moment(at)
        with self._write():
            self._customer_row(customer_id)
            row = Activity.create(customer=customer_id, at=at, kind=key, note=(note or "").strip())
        self._emit(Changes(customers=frozenset({customer_id}), activities=True))
        return row.id

    def add_contact(
        self, customer_id: int, method: str, *, at: dt.datetime | None = None, subject: str = "",
        purpose: str = "", interest: int | None = None, summary: str = "", needs: str = "",
        result: str = "", next_step: str = "",
    ) -> int:
        """Forwards to ``desk.contacts.add`` (services/contacts.py), kept for existing callers."""
        return self.contacts.add(customer_id, method, at=at, subject=subject, purpose=purpose, interest=interest,
                                 summary=summary, needs=needs, result=result, next_step=next_step)


def _activity_key(kind: str) -> str:
    text = inputs.query(kind, 20)
    if text in ACTIVITY_KINDS:
        return text
    for key, label in ACTIVITY_KINDS.items():
        if text == label or text.casefold() == tr(label).casefold():
            return key
    raise InvalidInput(tr("未知的活动类型“{text}”，可用：dial、reach、book、meet、close（拨打/接通/约见/面谈/成交）").format(text=text))
