"""交流记录 (SPEC §3): a customer's contact log, and the timeline of everything done with them.

A contact record is what the agent writes after talking to a customer: when, how (电话,
面谈…), about what, how interested the customer was (1–5), what was said, what the customer
needs, how it ended (A 商谈成功 … E 继续观察) and the next step. Like an activity it *works*
the customer's open prospects in the weekly table (SPEC §2): the table reads both tables.

The timeline merges contact records with the ratio game's activities (拨打, 接通, 约见,
面谈, 成交) newest first, paged in SQL: a heavy agent's customer may have hundreds of rows.

Deleting returns the record as it was, and ``restore`` puts exactly that row back (the same
id, every field): the window's undo keeps the returned view, nothing is kept here.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace

from salesdesk.core.customer import CONTACT_METHODS, CONTACT_RESULTS
from salesdesk.core.text import shown
from salesdesk.storage.models import ContactRecord, Customer

from . import inputs
from .area import Area
from .desk import area
from .errors import InvalidInput, NotFound
from .views import Changes
from .worklog import ACTIVITY_KINDS
from salesdesk.i18n import N_, tr

#: Longest text per field (the table's own limits; the texts are generous).
LIMITS = {"subject": 200, "purpose": 200, "next_step": 500, "summary": 20000, "needs": 20000}
LABELS = {"method": N_("交流方式"), "at": N_("交流时间"), "subject": N_("主题"), "purpose": N_("目的"),
          "interest": N_("客户兴趣程度"), "summary": N_("交流纪要"), "needs": N_("需求体会"), "result": N_("结果"),
          "next_step": N_("下一步")}
MULTILINE = ("summary", "needs")
#: A page of the timeline or the list, and the most one call may ask for.
PAGE = 100
MAX_PAGE = 1000


class _Keep:
    """``edit``'s default: the field keeps its value."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()


@dataclass(frozen=True)
class ContactView:
    id: int
    customer_id: int
    at: dt.datetime
    method: str
    subject: str = ""
    purpose: str = ""
    interest: int | None = None
    summary: str = ""
    needs: str = ""
    result: str = ""
    next_step: str = ""

    @property
    def result_label(self) -> str:
        """``B 有希望``, or "" when no result was recorded."""
        return f"{self.result} {CONTACT_RESULTS[self.result]}" if self.result in CONTACT_RESULTS else ""


@dataclass(frozen=True)
class TimelineEntry:
    """One row of a customer's timeline: a contact record or an activity."""

    kind: str  # "contact" | "activity"
    id: int
    customer_id: int
    at: dt.datetime
    #: 方式 of a contact (电话…), or the activity's label (拨打…)
    label: str
    #: the activity's key (dial…), "" for a contact
    activity: str = ""
    note: str = ""
    contact: ContactView | None = None


def _interest(value) -> int | None:
    if value is None:
        return None
    return inputs.number(value, tr("客户兴趣程度", "field"), 1, 5)


def _method(value) -> str:
    method = inputs.line(value, tr("交流方式", "field"), 8)
    if method not in CONTACT_METHODS:
        raise InvalidInput(tr("交流方式“{method}”不正确，可用：{items}").format(method=method, items=tr("、").join(CONTACT_METHODS)))
    return method


def _result(value) -> str:
    result = inputs.line(value, tr("结果", "field"), 8).upper()
    if result and result not in CONTACT_RESULTS:
        choices = tr("、").join(f"{k} {v}" for k, v in CONTACT_RESULTS.items())
        raise InvalidInput(tr("结果“{result}”不正确，可用：{choices}").format(result=result, choices=choices))
    return result


def _checked(values: dict) -> dict:
    """The fields given, each validated; an InvalidInput names the first bad one."""
    out = {}
    for name, value in values.items():
        if name == "method":
            out[name] = _method(value)
        elif name == "interest":
            out[name] = _interest(value)
        elif name == "result":
            out[name] = _result(value)
        elif name in MULTILINE:
            out[name] = inputs.text(value, tr(LABELS[name]), LIMITS[name])
        else:
            out[name] = inputs.line(value, tr(LABELS[name]), LIMITS[name])
    return out


def _page(limit, offset) -> tuple[int, int]:
    limit = inputs.number(limit, tr("每页条数", "field"), 1, MAX_PAGE)
    offset = inputs.number(offset, tr("起始位置", "field"), 0, inputs.MAX_ID)
    return limit, offset


def _view(row: ContactRecord) -> ContactView:
    return ContactView(
        id=row.id, customer_id=row.customer_id, at=_moment(row.at), method=shown(row.method),
        subject=shown(row.subject), purpose=shown(row.purpose),
        interest=row.interest if isinstance(row.interest, int) and 1 <= row.interest <= 5 else None,
        summary=shown(row.summary, multiline=True), needs=shown(row.needs, multiline=True),
        result=row.result if row.result in CONTACT_RESULTS else "", next_step=shown(row.next_step),
    )


def _moment(value) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


_TIMELINE_SQL = """
    SELECT 'contact' AS src, id, at, method, '' AS note FROM contact_record WHERE customer_id = ?
    UNION ALL
    SELECT 'activity', id, at, kind, note FROM activity WHERE customer_id = ?
    ORDER BY at DESC, src DESC, id DESC LIMIT ? OFFSET ?
"""


@area
class ContactLog(Area):
    """``desk.contacts``: 交流记录 and each customer's timeline."""

    name = "contacts"

    # -- reads ---------------------------------------------------------------------------
    def list(self, customer_id: int, limit: int = PAGE, offset: int = 0) -> list[ContactView]:
        """A customer's contact records, newest first."""
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        limit, offset = _page(limit, offset)
        rows = (ContactRecord.select().where(ContactRecord.customer == customer_id)
                .order_by(ContactRecord.at.desc(), ContactRecord.id.desc()).limit(limit).offset(offset))
        return [_view(r) for r in rows]

    def count(self, customer_id: int) -> int:
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        return ContactRecord.select().where(ContactRecord.customer == customer_id).count()

    def get(self, contact_id: int) -> ContactView:
        return _view(self._row(inputs.ident(contact_id, tr("交流记录", "field"))))

    def timeline(self, customer_id: int, limit: int = PAGE, offset: int = 0) -> list[TimelineEntry]:
        """Contact records and activities of a customer, newest first (paged in SQL)."""
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        limit, offset = _page(limit, offset)
        rows = self.db.execute_sql(_TIMELINE_SQL, (customer_id, customer_id, limit, offset)).fetchall()
        contact_ids = [r[1] for r in rows if r[0] == "contact"]
        contacts = {r.id: _view(r) for r in ContactRecord.select().where(ContactRecord.id.in_(contact_ids))} \
            if contact_ids else {}
        out = []
        for src, row_id, at, what, note in rows:
            if src == "contact":
                view = contacts[row_id]
                out.append(TimelineEntry("contact", row_id, customer_id, view.at, view.method, contact=view))
            else:
                out.append(TimelineEntry("activity", row_id, customer_id, _moment(at),
                                         tr(ACTIVITY_KINDS[what]) if what in ACTIVITY_KINDS else shown(what), activity=what,
                                         note=shown(note or "")))
        return out

    def timeline_count(self, customer_id: int) -> int:
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        (n,) = self.db.execute_sql(
            "SELECT (SELECT COUNT(*) FROM contact_record WHERE customer_id = ?)"
            " + (SELECT COUNT(*) FROM activity WHERE customer_id = ?)", (customer_id, customer_id)).fetchone()
        return n

    # -- writes --------------------------------------------------------------------------
    def add(
        self, customer_id: int, method: str, *, at: dt.datetime | None = None, subject: str = "",
        purpose: str = "", interest: int | None = None, summary: str = "", needs: str = "",
        result: str = "", next_step: str = "",
    ) -> int:
        """A new contact record (``at`` defaults to now; never in the future)."""
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        values = _checked(dict(method=method, subject=subject, purpose=purpose, interest=interest,
                               summary=summary, needs=needs, result=result, next_step=next_step))
        at = self.desk._moment(at)
        with self._write():
            self._customer(customer_id)
            row = ContactRecord.create(customer=customer_id, at=at, **values)
        self._changed(customer_id)
        return row.id

    def edit(self, contact_id: int, *, method=KEEP, at=KEEP, subject=KEEP, purpose=KEEP, interest=KEEP,
             summary=KEEP, needs=KEEP, result=KEEP, next_step=KEEP) -> ContactView:
        """Change the fields given (the others keep their values); the record as stored."""
        contact_id = inputs.ident(contact_id, tr("交流记录", "field"))
        given = {k: v for k, v in dict(method=method, subject=subject, purpose=purpose, interest=interest,
                                       summary=summary, needs=needs, result=result,
                                       next_step=next_step).items() if v is not KEEP}
        values = _checked(given)
        if at is not KEEP:
            if at is None:
                raise InvalidInput(tr("交流时间不能为空"))
            values["at"] = self.desk._moment(at)
        with self._write():
            row = self._row(contact_id)
            if values:
                ContactRecord.update(**values).where(ContactRecord.id == contact_id).execute()
        self._changed(row.customer_id)
        return self.get(contact_id)

    def delete(self, contact_id: int) -> ContactView:
        """Remove a record; what it was (hand it to ``restore`` to undo)."""
        contact_id = inputs.ident(contact_id, tr("交流记录", "field"))
        with self._write():
            view = _view(self._row(contact_id))
            ContactRecord.delete().where(ContactRecord.id == contact_id).execute()
        self._changed(view.customer_id)
        return view

    def restore(self, record: ContactView) -> int:
        """Undo a delete: the same record, under the same id when that id is still free.

        SQLite hands the highest id out again once its row is gone: when a record added
        since holds it, the restored one takes a new id (returned). Restoring a record
        that is still there is refused.
        """
        if not isinstance(record, ContactView):
            raise InvalidInput(tr("要恢复的交流记录不正确"))
        contact_id = inputs.ident(record.id, tr("交流记录", "field"))
        customer_id = inputs.ident(record.customer_id, tr("客户", "field"))
        values = _checked({f.name: getattr(record, f.name) for f in fields(ContactView)
                           if f.name not in ("id", "customer_id", "at")})
        if not isinstance(record.at, dt.datetime):
            raise InvalidInput(tr("交流时间应为日期和时间"))
        values["at"] = self.desk._moment(inputs.moment(record.at, tr("交流时间", "field")))
        with self._write():
            self._customer(customer_id)
            there = ContactRecord.get_or_none(ContactRecord.id == contact_id)
            if there is not None and _view(there) == replace(record, **values):
                raise InvalidInput(tr("交流记录 {contact_id} 仍然存在，无需恢复").format(contact_id=contact_id))
            if there is None:
                ContactRecord.insert(id=contact_id, customer=customer_id, **values).execute()
            else:
                contact_id = ContactRecord.insert(customer=customer_id, **values).execute()
        self._changed(customer_id)
        return contact_id

    # -- helpers -------------------------------------------------------------------------
    def _row(self, contact_id: int) -> ContactRecord:
        row = ContactRecord.get_or_none(ContactRecord.id == contact_id)
        if row is None:
            raise NotFound(tr("找不到编号为 {contact_id} 的交流记录").format(contact_id=contact_id))
        return row

    def _customer(self, customer_id: int) -> None:
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFound(tr("找不到编号为 {customer_id} 的客户").format(customer_id=customer_id))

    def _changed(self, customer_id: int) -> None:
        # ``activities`` too: the weekly table and the ratios read contact records as work.
        self._emit(Changes(customers=frozenset({customer_id}), activities=True, contacts=True))
