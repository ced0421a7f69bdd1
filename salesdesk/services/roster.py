"""The customer list in depth (``desk.customers``): sorted and filtered pages, the count,
deleting customers with everything that hangs on them, and undoing it.

Pages of a filtered or sorted list come from the ordered ids read once per query and data
version (customer_query.py), so the count and every page agree and scrolling a 100,000-row
list reads each page by id. The plain list (every customer, pinyin order) keeps the keyset
pages of ``list_customers``.

A delete takes a backup first (services stop when it cannot be written), then deletes in
one transaction that also snapshots every row the delete removes or changes
(removal.py). ``undo_delete`` restores from that snapshot, ids included, in one
transaction; the backup stays as the safety net (``salesdesk restore FILE``).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from salesdesk.core.text import shown
from salesdesk.storage.errors import StorageError

from . import inputs, removal
from .area import Area
from .birthdays import next_from_key
from .customer_detail import CustomerDetail, birthday_of, next_birthday
from .customer_query import BIRTHDAY_KEY, CustomerQuery, checked_query, ordered_ids_sql
from .customers import TRIGRAM, _fts_phrase
from .desk import area
from .errors import InvalidInput, NotFound, WriteFailed
from .views import Changes
from salesdesk.i18n import tr


@dataclass(frozen=True)
class CustomerListRow:
    id: int
    name: str
    company: str
    mobile: str
    value_grade: str
    relation_level: str
    city: str
    tags: str
    last_contact: dt.datetime | None
    next_birthday: dt.date | None


@dataclass(frozen=True)
class DeletedCustomers:
    """What ``delete`` removed: hand it to ``undo_delete``. ``backup`` is the copy taken
    before (None for an in-memory database)."""

    ids: tuple[int, ...]
    names: tuple[str, ...]
    backup: Path | None
    at: dt.datetime
    snapshot: str  # JSON (removal.snapshot)
    #: How many rows went with them, by table (prospect, activity, …).
    related: tuple[tuple[str, int], ...] = ()


_ROW_SQL = ("SELECT id, name, company, mobile, value_grade, relation_level, city, tags, "
            f"birthday, {BIRTHDAY_KEY.replace('c.', '')} FROM customer WHERE id IN (SELECT value FROM json_each(?))")
_LAST_SQL = ("SELECT customer_id, MAX(at) FROM {table} WHERE customer_id IN (SELECT value FROM json_each(?)) "
             "GROUP BY customer_id")


@area
class CustomerArea(Area):
    name = "customers"

    # -- the list ---------------------------------------------------------------------
    def page(self, query: CustomerQuery | str | None = None, limit: int = 200, offset: int = 0) -> list[CustomerListRow]:
        """A page of the list ``query`` describes, in its order."""
        query = checked_query(query)
        limit = inputs.number(limit, tr("显示条数", "field"), 0, inputs.MAX_ID)
        offset = inputs.number(offset, tr("起始位置", "field"), 0, inputs.MAX_ID)
        if query == CustomerQuery():
            ids = [r.id for r in self.desk.list_customers("", limit=limit, offset=offset)]
        else:
            ids = self._ordered_ids(query)[offset:offset + limit]
        return self._rows(ids)

    def count(self, query: CustomerQuery | str | None = None) -> int:
        """How many customers ``query`` lists (the plain count needs no list)."""
        query = checked_query(query)
        if query == CustomerQuery():
            return self.desk.count_customers()
        return len(self._ordered_ids(query))

    def position(self, customer_id: int, query: CustomerQuery | str | None = None) -> int | None:
        """Where a customer stands in the list (from 0); None when the query does not list them."""
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        query = checked_query(query)
        if query == CustomerQuery():
            return self.desk.customer_position(customer_id)
        ids = self._ordered_ids(query)
        try:
            return ids.index(customer_id)
        except ValueError:
            return None

    def rows(self, customer_ids) -> list[CustomerListRow]:
        """The list's rows of these customers (those that still exist), in the order given:
        a screen refreshes the rows it shows after a call is logged without reading the list again."""
        return self._rows(inputs.idents(customer_ids, tr("客户", "field"))[:1000])

    def cities(self) -> list[str]:
        """The cities customers are in, for the list's filter (most customers first)."""
        return [shown(r[0]) for r in self.db.execute_sql(
            "SELECT city FROM customer WHERE city != '' GROUP BY city ORDER BY COUNT(*) DESC, city LIMIT 200")]

    def show(self, customer_id: int, on: dt.date | None = None) -> CustomerDetail:
        """Everything ``customer show`` prints about one customer; next birthday on or after ``on``."""
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        on = inputs.day(on, tr("日期", "field"), 1900, 2199) or self.today()
        card = self.desk.get_customer(customer_id)
        birthday = birthday_of(card)
        referrals = self.desk.referrals
        contacts: list = []
        while len(contacts) % 1000 == 0:
            page = self.desk.contacts.list(customer_id, limit=1000, offset=len(contacts))
            contacts += page
            if not page:
                break
        return CustomerDetail(
            id=customer_id, card=card, birthday=birthday, next_birthday=next_birthday(birthday, on),
            prospects=tuple(self.desk.prospects_of(customer_id)), contacts=tuple(contacts),
            referred_by=referrals.referrer_of(customer_id), referrals=tuple(referrals.referrals(customer_id)),
            referral=referrals.value(customer_id))

    # -- deleting ---------------------------------------------------------------------
    def delete(self, customer_ids) -> DeletedCustomers:
        """Delete customers with their prospects, history, activities, contacts, dates…:
        a backup first, then one transaction. Returns what ``undo_delete`` needs."""
        ids = inputs.idents(customer_ids, tr("客户", "field"))
        if not ids:
            raise InvalidInput(tr("没有选择要删除的客户"))
        found = {r[0]: r[1] for r in self.db.execute_sql(
            "SELECT id, name FROM customer WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFound(tr("找不到编号为 {missing} 的客户").format(missing=missing[0]))
        refused = getattr(self.db, "read_only_reason", "")
        if refused:  # opened read-only: say why before taking a backup there is no use for
            raise WriteFailed(refused)
        backup = self._backup()
        now = self._now()
        with self._write():
            snap = removal.snapshot(self.db, "customer", ids)
            self.db.execute_sql("DELETE FROM customer WHERE id IN (SELECT value FROM json_each(?))",
                                (json.dumps(ids),))
        related = tuple(sorted((t, len(r)) for t, r in snap["rows"].items() if t != "customer"))
        prospects = frozenset(r[0] for r in snap["rows"].get("prospect", ()))
        self._emit(Changes(customers=frozenset(ids), prospects=prospects, stages=True, activities=True,
                           contacts=True, agenda=True, todos=True))
        return DeletedCustomers(ids=tuple(ids), names=tuple(shown(found[i]) for i in ids), backup=backup, at=now,
                                snapshot=json.dumps(snap, ensure_ascii=False), related=related)

    def undo_delete(self, deleted: DeletedCustomers) -> Changes:
        """Put back the customers ``delete`` removed, with everything that went with them."""
        if not isinstance(deleted, DeletedCustomers) or not isinstance(deleted.snapshot, str):
            raise InvalidInput(tr("没有可以撤销的删除"))
        broken = tr("删除记录已损坏，无法撤销（可从删除前的备份恢复）")
        try:
            snap = json.loads(deleted.snapshot)
        except (ValueError, RecursionError):
            raise InvalidInput(broken) from None
        if not removal.well_formed(self.db, snap):
            raise InvalidInput(broken)
        try:
            with self._write():
                if removal.taken(self.db, snap):
                    where = tr("：{backup}").format(backup=deleted.backup) if isinstance(deleted.backup, Path) else ""
                    raise InvalidInput(tr("编号已被新记录使用，无法撤销删除（可从删除前的备份恢复{where}）").format(where=where))
                removal.restore(self.db, snap)
        except pw.IntegrityError:
            raise InvalidInput(broken) from None
        prospects = frozenset(r[0] for r in snap["rows"].get("prospect", ()))
        restored = frozenset(r[0] for r in snap["rows"].get("customer", ()))
        changes = Changes(customers=restored, prospects=prospects, stages=True, activities=True,
                          contacts=True, agenda=True, todos=True)
        self._emit(changes)
        return changes

    # -- helpers ----------------------------------------------------------------------
    def _backup(self) -> Path | None:
        from salesdesk.storage.backup import backup_folder, make_backup, prune_backups

        name = str(self.db.database)
        if not name or name == ":memory:" or name.startswith("file::memory:"):
            return None
        now = self._now()
        try:
            path = make_backup(self.db, backup_folder(Path(name)), now)
            prune_backups(backup_folder(Path(name)), now)
        except (StorageError, OSError) as exc:
            reason = str(exc) if isinstance(exc, StorageError) else tr("无法写入备份")
            raise WriteFailed(tr("删除前的备份失败，未删除：{reason}").format(reason=' '.join(reason.split()))) from None
        return path

    def _ordered_ids(self, query: CustomerQuery) -> list[int]:
        # To the minute: the pages of one scroll come from one read, not one per second.
        now = self._now().replace(second=0)

        def compute() -> list[int]:
            days = self._birthday_days(now.date()) if query.sort == "next_birthday" else None
            sql, params = ordered_ids_sql(query, now, days, fts_phrase=_fts_phrase, trigram=TRIGRAM)
            return [r[0] for r in self.db.execute_sql(sql, params)]

        key = ("customer list", query, now.date() if query.sort == "next_birthday" else None,
               now if query.not_contacted_days else None)
        return self.desk._cached(key, compute)

    def _birthday_days(self, today: dt.date) -> dict[str, int]:
        keys = [r[0] for r in self.db.execute_sql(
            f"SELECT DISTINCT {BIRTHDAY_KEY} AS k FROM customer c WHERE k IS NOT NULL")]
        out = {}
        for key in keys:
            date = next_from_key(key, today)
            if date is not None:
                out[key] = (date - today).days
        return out

    def _rows(self, ids: list[int]) -> list[CustomerListRow]:
        if not ids:
            return []
        arg = (json.dumps(ids),)
        last: dict[int, str] = {}
        for table in ("activity", "contact_record"):
            for cid, at in self.db.execute_sql(_LAST_SQL.format(table=table), arg):
                if at and (cid not in last or str(at) > last[cid]):
                    last[cid] = str(at)
        today = self.today()
        found = {}
        for cid, name, company, mobile, grade, level, city, tags, _birthday, key in self.db.execute_sql(_ROW_SQL, arg):
            found[cid] = CustomerListRow(
                id=cid, name=shown(name), company=shown(company), mobile=shown(mobile), value_grade=grade or "",
                relation_level=shown(level), city=shown(city), tags=shown(tags),
                last_contact=_moment(last.get(cid)), next_birthday=next_from_key(key, today) if key else None)
        return [found[i] for i in ids if i in found]


def _moment(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None
