"""Likely duplicates and merging two customers into one (SPEC §3.2): ``desk.duplicates``.

Two customers are likely one person when
- a phone number of one (手机 or 电话) is a phone number of the other. Numbers are stored in
  one form per number since v5 (core/phones.py: ``138-1234-5678``, ``+86 13812345678``,
  ``１３８１２３４５６７８`` are all stored ``13812345678``), and that form is a function of the
  number, so equal E.164 means equal stored text; numbers are compared by their E.164 (the
  stored text when they have none: a local number without its area code, an extension);
- or their names and companies are equal, trimmed, with runs of spaces as one and case
  folded. Both companies must be non-empty: two 张伟 with no company written are more often
  two people than one, and a warning on every common name would teach the agent to ignore it.

Every look-up goes through an index, never a scan of the customers: the phones through the
type-ahead trigram index (``customer_fts``, which holds both phone fields) and the mobile
index, the name through the name and pinyin indexes. ``all_duplicates`` is one GROUP BY pass.

A merge moves everything of OTHER's to KEEP in one transaction, after a backup: prospects
(with their stage history), activities, contact records, dates, level changes, appointments,
to-dos, import items, and the customers OTHER introduced; KEEP's card takes, field by field,
the value chosen; OTHER is deleted. A MergeRecord holds OTHER's row, KEEP's row before and the
ids of every row moved, so ``undo_merge`` puts back OTHER under its own id and exactly what
was moved, and KEEP's card as it was.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from salesdesk.core.customer import CustomerData
from salesdesk.core.phones import e164
from salesdesk.core.search import pinyin_keys, search_text
from salesdesk.core.text import printable, shown
from salesdesk.storage.backup import backup_folder, make_backup, prune_backups
from salesdesk.storage.errors import StorageError
from salesdesk.storage.models import Customer, MergeRecord

from . import inputs
from .area import Area
from .desk import area
from .errors import InvalidInput, LikelyDuplicate, NotFound, WriteFailed
from .merge_fields import (  # noqa: F401 - the records and labels are this area's API too
    BOTH_FIELDS, DERIVED, FIELD_LABELS, MOVE_LABELS, FieldChoice, MergePreview, MergeResult, MergeUndone, MergeView,
    customer_links, field_groups, field_text, is_empty, merged_card, move_summary,
)
from .views import Changes
from salesdesk.i18n import N_, tr

PHONE, NAME_COMPANY = "phone", "name+company"
WHY_TEXT = {PHONE: N_("电话相同"), NAME_COMPANY: N_("姓名和公司相同")}
SNAPSHOT_FORMAT = 1
#: Ids per ``IN (…)`` when rows are moved back.
CHUNK = 500


@dataclass(frozen=True)
class Duplicate:
    """Another customer who is likely the same person, and why."""

    customer_id: int
    name: str
    why: str  # "phone" | "name+company"

    @property
    def why_text(self) -> str:
        return tr(WHY_TEXT[self.why])


@dataclass(frozen=True)
class DuplicatePair:
    """Two stored customers who are likely one (``customer dupes``): the lower id first."""

    customers: tuple[int, int]
    why: str



def fold(text: str | None) -> str:
    """A name or company as compared: trimmed, runs of spaces as one, case folded."""
    return " ".join(str(text or "").split()).casefold()


def phone_key(stored: str) -> str:
    """A stored phone number as compared: its E.164, else the stored text itself."""
    return e164(stored) or stored



@area
class Duplicates(Area):
    name = "duplicates"

    # -- finding ------------------------------------------------------------------------------
    def likely_duplicates(self, data: CustomerData, exclude_id: int | None = None) -> list[Duplicate]:
        """Stored customers who are likely the person on this card (the card's own id excluded)."""
        if exclude_id is not None:
            exclude_id = inputs.ident(exclude_id, tr("客户", "field"))
        return self._found(self.desk._checked(data), exclude_id)

    def all_duplicates(self) -> list[DuplicatePair]:
        """Every pair of likely duplicates among the stored customers, in one pass each.

        A group of three or more sharing a number (or a name and company) is given as pairs of
        its lowest id with each other one: merging them in turn makes the group one customer.
        A pair alike both ways is listed once, as "phone".
        """
        con = self.db.connection()
        con.create_function("salesdesk_fold", 1, fold, deterministic=True)
        groups: list[tuple[str, str]] = []
        groups += [(PHONE, r[0]) for r in self.db.execute_sql(
            "SELECT group_concat(id) FROM (SELECT DISTINCT id, num FROM ("
            " SELECT id, mobile AS num FROM customer WHERE mobile != ''"
            " UNION ALL SELECT id, phone FROM customer WHERE phone != '')) "
            "GROUP BY num HAVING COUNT(*) > 1")]
        groups += [(NAME_COMPANY, r[0]) for r in self.db.execute_sql(
            "SELECT group_concat(id) FROM (SELECT id, salesdesk_fold(name) AS n, salesdesk_fold(company) AS c "
            " FROM customer WHERE company != '') WHERE c != '' GROUP BY n, c HAVING COUNT(*) > 1")]
        pairs: dict[tuple[int, int], str] = {}
        for why, ids_text in groups:
            ids = sorted({int(i) for i in ids_text.split(",")})
            for other in ids[1:]:
                pairs.setdefault((ids[0], other), why)
        return [DuplicatePair(pair, why) for pair, why in sorted(pairs.items())]

    def _found(self, data: CustomerData, exclude_id: int | None) -> list[Duplicate]:
        """``likely_duplicates`` of a card already checked (phones stored-normalised)."""
        found: dict[int, Duplicate] = {}
        numbers = {n for n in (data.mobile, data.phone) if n}
        if numbers:
            keys = {phone_key(n) for n in numbers}
            marks = ",".join("?" * len(numbers))
            fts = " OR ".join(["id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)"] * len(numbers))
            rows = self.db.execute_sql(
                f"SELECT id, name, mobile, phone FROM customer WHERE mobile IN ({marks}) OR {fts} ORDER BY id",
                [*numbers, *('"' + n.replace('"', '""') + '"' for n in numbers)]).fetchall()
            for cid, name, mobile, phone in rows:
                if cid != exclude_id and keys & {phone_key(p) for p in (mobile, phone) if p}:
                    found.setdefault(cid, Duplicate(cid, shown(name), PHONE))
        name, company = fold(data.name), fold(data.company)
        if name and company:
            rows = self.db.execute_sql(
                "SELECT id, name, company FROM customer WHERE name = ? OR name_pinyin = ? ORDER BY id",
                (data.name, pinyin_keys(data.name)[0])).fetchall()
            for cid, other_name, other_company in rows:
                if cid != exclude_id and fold(other_name) == name and fold(other_company) == company:
                    found.setdefault(cid, Duplicate(cid, shown(other_name), NAME_COMPANY))
        return sorted(found.values(), key=lambda d: d.customer_id)

    def _refuse(self, data: CustomerData, exclude_id: int | None = None, already: CustomerData | None = None) -> None:
        """LikelyDuplicate when the (checked) card is likely another stored customer, leaving
        out those the customer as ``already`` stored was likely to be."""
        found = self._found(data, exclude_id)
        if found and already is not None:
            known = {d.customer_id for d in self._found(already, exclude_id)}
            found = [d for d in found if d.customer_id not in known]
        if found:
            first = found[0]
            more = tr("等 {count} 位客户").format(count=len(found)) if len(found) > 1 else ""
            raise LikelyDuplicate(
                tr("可能与已有客户重复：{printable}（编号 {customer_id}，{why_text}）{more}").format(
                    printable=printable(first.name, 40), customer_id=first.customer_id, why_text=first.why_text, more=more),
                tuple(found))

    # -- merging ---------------------------------------------------------------------------------
    def compare(self, keep_id: int, other_id: int) -> MergePreview:
        """The two cards side by side, and what a merge would move."""
        keep_id, other_id = self._pair(keep_id, other_id)
        keep, other = self._row(keep_id), self._row(other_id)
        newer_other = (other.get("updated_at") or "") > (keep.get("updated_at") or "")
        choices = []
        for key, cols in field_groups(list(keep)).items():
            default = "other" if is_empty(keep, cols) and not is_empty(other, cols) else "keep"
            if is_empty(keep, cols) != is_empty(other, cols):
                suggested = default
            else:
                suggested = "other" if newer_other and not is_empty(other, cols) else "keep"
                if key in BOTH_FIELDS and not is_empty(keep, cols) and keep[key] != other[key]:
                    suggested = "both"
            choices.append(FieldChoice(key, tr(FIELD_LABELS.get(key, key)), field_text(key, keep, self._name_of),
                                       field_text(key, other, self._name_of), default, suggested, key in BOTH_FIELDS))
        moves = {k: n for k, n in self._moved_ids(other_id, keep_id, count=True).items() if n}
        return MergePreview(keep_id, other_id, shown(keep["name"]), shown(other["name"]), tuple(choices), moves)

    def merge(self, keep_id: int, other_id: int, choices: dict[str, str] | None = None) -> MergeResult:
        """Everything of OTHER's moves to KEEP; OTHER is deleted; undoable (``undo_merge``).

        ``choices`` maps a card field (``compare``'s keys) to "keep" or "other"; a field not
        named keeps KEEP's value unless it is empty. A backup is taken first.
        """
        keep_id, other_id = self._pair(keep_id, other_id)
        choices = self._choices(choices)
        # Both exist and the card they make is acceptable, before a backup is taken.
        merged_card(self._row(keep_id), self._row(other_id), choices)
        backup = self._backup()
        now = self._now()
        with self._write():
            keep, other = self._row(keep_id), self._row(other_id)
            moved = self._moved_ids(other_id, keep_id)
            for table, column in customer_links():
                self._execute(f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?', (keep_id, other_id))
            self._execute("UPDATE customer SET referrer_id = ? WHERE referrer_id = ? AND id != ?",
                          (keep_id, other_id, keep_id))
            merged = merged_card(keep, other, choices)
            merged["updated_at"] = now
            self._update_customer(keep_id, merged)
            self._execute("DELETE FROM customer WHERE id = ?", (other_id,))
            snapshot = {"format": SNAPSHOT_FORMAT, "kept_before": keep, "kept_after": self._row(keep_id),
                        "other": other, "moved": moved,
                        "backup": backup}
            record = MergeRecord.create(at=now, kept_id=keep_id, other_id=other_id,
                                        snapshot=json.dumps(snapshot, ensure_ascii=False, default=str))
        changes = self._changes(keep_id, other_id, moved)
        self._emit(changes)
        return MergeResult(record.id, keep_id, other_id, {k: len(v) for k, v in moved.items() if v}, backup, changes)

    def undo_merge(self, merge_id: int) -> "MergeUndone":
        """Put back OTHER under its own id, with exactly what was moved, and KEEP's card as it was.

        Rows added to KEEP since the merge stay with KEEP; a moved row deleted since stays deleted;
        a field of KEEP's card edited since keeps its new value. When a customer added since has taken OTHER's id, OTHER comes back under a new id
        (``restored_id`` says which).
        """
        merge_id = inputs.ident(merge_id, tr("合并记录", "field"))
        record = self._record(merge_id)
        self._check_undo(record)
        backup = self._backup()
        with self._write():
            record = self._record(merge_id)
            snapshot = self._check_undo(record)
            keep_id, other_id = record.kept_id, record.other_id
            other, kept_before, moved = snapshot["other"], snapshot["kept_before"], snapshot["moved"]
            columns = self._columns()
            cols = [c for c in other if c in columns]
            if Customer.select().where(Customer.id == other_id).exists():
                # A customer added since took the freed id (SQLite reuses the highest): OTHER
                # comes back under a new one rather than not at all.
                cols.remove("id")
            cursor = self.db.execute_sql(
                f"INSERT INTO customer ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [other[c] for c in cols])
            other_id = other_id if "id" in cols else cursor.lastrowid
            links = dict(customer_links())
            for table, ids in moved.items():
                column = links.get(table, "referrer_id") if table != "referrals" else "referrer_id"
                name = "customer" if table == "referrals" else table
                for start in range(0, len(ids), CHUNK):
                    part = ids[start:start + CHUNK]
                    self._execute(f'UPDATE "{name}" SET "{column}" = ? WHERE "{column}" = ? AND id IN '
                                  f'({",".join("?" * len(part))})', (other_id, keep_id, *part))
            self._update_customer(keep_id, self._kept_restored(keep_id, kept_before, snapshot.get("kept_after"),
                                                               columns))
            MergeRecord.update(undone_at=self._now()).where(MergeRecord.id == merge_id).execute()
        changes = self._changes(keep_id, other_id, moved) | Changes(customers=frozenset({record.other_id}))
        self._emit(changes)
        return MergeUndone(merge_id, keep_id, other_id, changes)

    def merges(self, limit: int = 20) -> list[MergeView]:
        """The latest merges, newest first."""
        limit = inputs.number(limit, tr("显示条数", "field"), 0, 10_000)
        rows = MergeRecord.select().order_by(MergeRecord.id.desc()).limit(limit)
        return [self._view(r) for r in rows]

    def last_merge(self) -> MergeView | None:
        """The latest merge not undone, if any (what 撤销合并 and ``customer merge --undo`` revert)."""
        row = (MergeRecord.select().where(MergeRecord.undone_at.is_null())
               .order_by(MergeRecord.id.desc()).first())
        return None if row is None else self._view(row)

    def merged_into(self, customer_id: int) -> int | None:
        """The stored customer a merged-away one now lives on in (following later merges of
        the kept one), None when it was not merged away (or the merge was undone)."""
        current = inputs.ident(customer_id, tr("客户", "field"))
        for _ in range(100):  # a chain of merges, never a loop: each one deleted its OTHER
            if Customer.select().where(Customer.id == current).exists():
                return None if current == customer_id else current
            row = (MergeRecord.select(MergeRecord.kept_id)
                   .where((MergeRecord.other_id == current) & MergeRecord.undone_at.is_null())
                   .order_by(MergeRecord.id.desc()).first())
            if row is None:
                return None
            current = row.kept_id
        return None

    # -- helpers ------------------------------------------------------------------------------------
    def _pair(self, keep_id, other_id) -> tuple[int, int]:
        keep_id, other_id = inputs.ident(keep_id, tr("客户", "field")), inputs.ident(other_id, tr("客户", "field"))
        if keep_id == other_id:
            raise InvalidInput(tr("不能把客户与自己合并"))
        return keep_id, other_id

    def _row(self, customer_id: int) -> dict:
        cursor = self.db.execute_sql("SELECT * FROM customer WHERE id = ?", (customer_id,))
        row = cursor.fetchone()
        if row is None:
            raise NotFound(tr("找不到编号为 {customer_id} 的客户").format(customer_id=customer_id))
        return dict(zip((d[0] for d in cursor.description), row))

    def _columns(self) -> set[str]:
        return {r[1] for r in self.db.execute_sql("PRAGMA table_info(customer)")}

    def _execute(self, sql: str, params) -> None:
        self.db.execute_sql(sql, tuple(params))

    def _choices(self, choices) -> dict[str, str]:
        if choices is None:
            return {}
        if not isinstance(choices, dict):
            raise InvalidInput(tr("合并的选择应为 字段 → keep 或 other"))
        keys = field_groups(sorted(self._columns()))
        out = {}
        for key, side in choices.items():
            if not isinstance(key, str) or key not in keys:
                raise InvalidInput(tr("合并的选择中没有字段“{printable}”").format(printable=printable(key, 30)))
            if key in BOTH_FIELDS and side not in ("keep", "other", "both"):
                raise InvalidInput(tr("字段“{field}”应选 keep、other 或 both").format(field=tr(FIELD_LABELS.get(key, key))))
            if key not in BOTH_FIELDS and side not in ("keep", "other"):
                raise InvalidInput(tr("字段“{field}”应选 keep 或 other").format(field=tr(FIELD_LABELS.get(key, key))))
            out[key] = side
        return out

    def _name_of(self, customer_id: int) -> str | None:
        found = self.db.execute_sql("SELECT name FROM customer WHERE id = ?", (customer_id,)).fetchone()
        return None if found is None else found[0]

    def _update_customer(self, customer_id: int, values: dict) -> None:
        values = {c: v for c, v in values.items() if c != "id"}
        sets = ", ".join(f'"{c}" = ?' for c in values)
        self._execute(f"UPDATE customer SET {sets} WHERE id = ?", (*values.values(), customer_id))

    def _kept_restored(self, keep_id: int, before: dict, after: dict | None, columns: set[str]) -> dict:
        """KEEP's card as before the merge, but for the fields the agent has edited since: those
        keep their new value (and the search columns are then recomputed from the result)."""
        restored = {c: v for c, v in before.items() if c in columns and c != "id"}
        if after is None:
            return restored
        now = self._row(keep_id)
        edited = [c for c in restored if c not in DERIVED and c in now and now[c] != after.get(c)]
        if not edited:
            return restored
        restored.update({c: now[c] for c in edited})
        restored["updated_at"] = now["updated_at"]
        restored["name_pinyin"], restored["name_initials"] = pinyin_keys(restored["name"] or "")
        restored["search_text"] = search_text(restored["name"], restored["mobile"], restored["phone"],
                                              restored["company"], restored["notes"])
        return restored

    def _moved_ids(self, other_id: int, keep_id: int, count: bool = False) -> dict:
        """Table -> ids of OTHER's rows there (``referrals``: the customers OTHER introduced)."""
        what = "COUNT(*)" if count else "id"
        out = {}
        for table, column in customer_links():
            rows = self.db.execute_sql(f'SELECT {what} FROM "{table}" WHERE "{column}" = ? ORDER BY 1',
                                       (other_id,)).fetchall()
            out[table] = rows[0][0] if count else [r[0] for r in rows]
        rows = self.db.execute_sql(f"SELECT {what} FROM customer WHERE referrer_id = ? AND id != ? ORDER BY 1",
                                   (other_id, keep_id)).fetchall()
        out["referrals"] = rows[0][0] if count else [r[0] for r in rows]
        return out

    def _changes(self, keep_id: int, other_id: int, moved: dict) -> Changes:
        return Changes(
            customers=frozenset({keep_id, other_id, *moved.get("referrals", ())}),
            prospects=frozenset(moved.get("prospect", ())), stages=bool(moved.get("prospect")),
            activities=bool(moved.get("activity")), contacts=bool(moved.get("contact_record")),
            agenda=bool(moved.get("appointment")), todos=bool(moved.get("todo")))

    def _backup(self) -> str | None:
        """A backup before a merge or its undo; WriteFailed (nothing done) when it cannot be taken."""
        refused = getattr(self.db, "read_only_reason", "")
        if refused:
            raise WriteFailed(refused)
        path = self.db.database
        if not path or path == ":memory:" or str(path).startswith("file:"):
            return None
        folder = backup_folder(Path(path))
        try:
            made = make_backup(self.db, folder, self.desk.clock.now())
            prune_backups(folder, self.desk.clock.now())
        except (StorageError, OSError) as exc:
            raise WriteFailed(tr("合并前的备份没有完成，未做任何修改：{printable}").format(printable=printable(exc, 200))) from exc
        return str(made)

    def _record(self, merge_id: int) -> MergeRecord:
        record = MergeRecord.get_or_none(MergeRecord.id == merge_id)
        if record is None:
            raise NotFound(tr("找不到编号为 {merge_id} 的合并记录").format(merge_id=merge_id))
        return record

    def _check_undo(self, record: MergeRecord) -> dict:
        if record.undone_at is not None:
            raise InvalidInput(tr("这次合并已经撤销过了"))
        try:
            snapshot = json.loads(record.snapshot)
        except ValueError:
            snapshot = None
        if not isinstance(snapshot, dict) or snapshot.get("format") != SNAPSHOT_FORMAT:
            raise InvalidInput(tr("这次合并的记录不完整，无法撤销（可从合并前的备份恢复）"))
        if not Customer.select().where(Customer.id == record.kept_id).exists():
            raise InvalidInput(tr("保留的客户（编号 {kept_id}）已被删除或又被合并，无法撤销这次合并").format(kept_id=record.kept_id))
        return snapshot

    def _view(self, row: MergeRecord) -> MergeView:
        try:
            name = json.loads(row.snapshot)["other"]["name"]
        except (ValueError, KeyError, TypeError):
            name = ""
        return MergeView(row.id, row.at, row.kept_id, row.other_id, shown(str(name or "")), row.undone_at)
