"""Importing customers from a spreadsheet, and undoing the last import (SPEC §3.3).

The file is read by the reports layer (salesdesk/reports/customer_import.py) into an
``ImportTable``; this area checks every row, finds duplicates (against the customers on
file and inside the file) and imports all or nothing: one transaction, a backup first,
recorded as an ImportBatch with one ImportItem per customer added or merged, so the last
import can be undone exactly (what it added removed, what it merged put back).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from salesdesk.core.customer import CustomerData
from salesdesk.core.idcard import mask
from salesdesk.core.import_fields import (
    ImportTable, fold_header, guess_field, guess_mapping, import_columns, label_of,
)
from salesdesk.core.import_rows import RowCard, column_label, read_row
from salesdesk.core.import_values import lunar_text
from salesdesk.core.search import search_text
from salesdesk.core.text import printable, shown
from salesdesk.storage.models import (
    Activity, Appointment, ContactRecord, Customer, CustomerDate, ImportBatch, ImportItem, Prospect, Setting, Todo,
)

from . import inputs
from .area import Area
from .desk import area
from .duplicates import NAME_COMPANY, PHONE, fold
from .errors import InvalidInput, NotFound, WriteFailed
from .import_views import (
    DUPLICATE_CHOICES, ImportBatchView, ImportDuplicate, ImportProblem, ImportResult, ImportUndo, RejectedRow,
)
from .views import Changes
from salesdesk.i18n import tr

MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAPPING_KEY = "import_mapping"
_CELL_TYPES = (str, int, float, bool, dt.date, type(None))
_CHUNK = 500
#: The card's fields that are columns of the customer table (the referrer is set apart).
_STORED = [f for f in CustomerData.field_names() if f != "referrer_id" and f in Customer._meta.fields]
_INSERT_COLUMNS = [*_STORED, "created_at", "updated_at", "name_pinyin", "name_initials", "search_text",
                   "lunar_birthday_year", "lunar_birthday_month", "lunar_birthday_day", "lunar_birthday_leap"]
#: Every other column gets the model's default (as ``Customer(...).save()`` would write it).
_DEFAULTED = [(f.column_name, f.default) for f in Customer._meta.sorted_fields
              if f.name not in _INSERT_COLUMNS and f.name not in ("id", "referrer") and f.default is not None
              and not callable(f.default)]
_INSERT_SQL = (f"INSERT INTO customer ({', '.join([*_INSERT_COLUMNS, *(c for c, _ in _DEFAULTED)])}) "
               f"VALUES ({', '.join('?' * (len(_INSERT_COLUMNS) + len(_DEFAULTED)))})")


class ImportCancelled(Exception):
    """The user cancelled while the rows were being written: everything was rolled back."""


@dataclasses.dataclass
class _Plan:
    cards: list[RowCard]
    errors: list[ImportProblem]
    bad_rows: set[int]
    duplicates: list[ImportDuplicate]
    #: row -> ("add", None) | ("merge", customer id) | ("merge-row", earlier row) | ("skip", None)
    actions: dict[int, tuple[str, int | None]]
    referrers: dict[int, tuple[str, int]]  # row -> ("customer", id) | ("row", row)
    values: dict[int, tuple]


@area
class Imports(Area):
    name = "imports"

    # -- reads -------------------------------------------------------------------------------
    def mapping_for(self, headers: object) -> dict[int, str]:
        """The columns' fields as guessed from ``headers``, with what the user fixed last time."""
        headers = self._headers(headers)
        return guess_mapping(list(headers), self._remembered())

    def check(self, table: object, mapping: object = None) -> ImportResult:
        """What importing ``table`` would do: every row checked, the duplicates listed. No write."""
        return self.run(table, mapping, dry_run=True)

    def last_import(self) -> ImportBatchView | None:
        row = ImportBatch.select().where(ImportBatch.undone_at.is_null()).order_by(ImportBatch.id.desc()).first()
        if row is None:
            return None
        counts = self._counts(row.id)
        return ImportBatchView(row.id, row.at, shown(row.file_name), counts.get("added", 0), counts.get("merged", 0),
                               row.undone_at)

    def export_table(self, query: object = None) -> ImportTable:
        """Every customer, or those the list's ``query`` shows (a CustomerQuery or a search
        text), in the list's order, with the columns import reads."""
        columns = import_columns()
        names = [f for f, _ in columns if f not in ("referrer", "lunar_birthday")]
        select = ", ".join(f"c.{n}" for n in names)
        sql = (f"SELECT c.id, {select}, r.name, c.lunar_birthday_year, c.lunar_birthday_month, c.lunar_birthday_day, "
               "c.lunar_birthday_leap FROM customer c LEFT JOIN customer r ON r.id = c.referrer_id")
        if query is None or query == "":
            raw = [r[1:] for r in self.db.execute_sql(f"{sql} ORDER BY c.name_pinyin, c.id")]
        else:
            ids = [row.id for row in self.desk.customers.page(query, limit=inputs.MAX_ID)]
            order = {cid: i for i, cid in enumerate(ids)}
            found = []
            for chunk in _chunks(ids):
                found += self.db.execute_sql(f"{sql} WHERE c.id IN ({_marks(chunk)})", chunk).fetchall()
            raw = [r[1:] for r in sorted(found, key=lambda r: order[r[0]])]
        rows = []
        for number, record in enumerate(raw, start=2):
            by_name = dict(zip(names, record))
            referrer, year, month, day, leap = record[len(names):]
            values = []
            for f, _ in columns:
                if f == "referrer":
                    values.append(shown(referrer or ""))
                elif f == "lunar_birthday":
                    values.append(lunar_text(year, month, day, bool(leap)) if month else "")
                else:
                    values.append(_exported(f, by_name[f]))
            rows.append((number, tuple(values)))
        return ImportTable(tuple(_export_header(f, label) for f, label in columns), tuple(rows), "")

    # -- writes ------------------------------------------------------------------------------
    def remember_mapping(self, headers: object, mapping: object) -> Changes:
        """Keep the user's mapping (by header) for the next import."""
        headers = self._headers(headers)
        mapping = self._mapping(mapping, headers)
        remembered = self._remembered()
        for index, header in enumerate(headers):
            key = fold_header(header)
            if key:
                remembered[key[:100]] = mapping.get(index, "")
        if len(remembered) > 500:
            remembered = dict(list(remembered.items())[-500:])
        with self._write():
            Setting.insert(key=MAPPING_KEY, value=json.dumps(remembered, ensure_ascii=False)).on_conflict_replace().execute()
        changes = Changes(settings=True)
        self._emit(changes)
        return changes

    def run(self, table: object, mapping: object = None, *, on_duplicate: object = "skip", choices: object = None,
            skip_bad_rows: object = False, dry_run: object = False,
            progress: Callable[[int, int], bool] | None = None, announce: object = True) -> ImportResult:
        """Import ``table``. By default a bad row stops everything (nothing changes);
        ``skip_bad_rows`` imports the good rows and returns the rejected ones. Duplicates get
        ``on_duplicate`` (skip / merge / add), or the row's own entry in ``choices``.
        ``progress(done, total)`` is called while writing; False cancels (all rolled back:
        ImportCancelled). ``announce=False`` leaves the notification to ``announce(result)``
        (an import run on a worker thread announces on the GUI thread)."""
        table = self._table(table)
        mapping = self._mapping(mapping, table.headers) if mapping is not None else self.mapping_for(table.headers)
        if "name" not in mapping.values():
            raise InvalidInput(tr("表格中没有“姓名”列（可在导入向导中指定哪一列是姓名）"))
        on_duplicate = self._choice(on_duplicate)
        choices = self._choices(choices)
        for flag, label in ((skip_bad_rows, tr("跳过错误行")), (dry_run, tr("试运行")), (announce, tr("通知"))):
            if not isinstance(flag, bool):
                raise InvalidInput(tr("“{label}”应为 是 或 否").format(label=label))
        if progress is not None and not callable(progress):
            raise InvalidInput(tr("进度回调不正确"))
        plan = self._plan(table, mapping, on_duplicate, choices)
        rejected = tuple(RejectedRow(c.row, plan.values[c.row], self._reasons(plan, c.row))
                         for c in plan.cards if c.row in plan.bad_rows)
        counts = {k: sum(1 for a, _ in plan.actions.values() if a.startswith(k)) for k in ("add", "merge", "skip")}
        result = ImportResult(counts["add"], counts["merge"], counts["skip"] + (len(rejected) if skip_bad_rows else 0),
                              len(rejected), tuple(plan.errors), tuple(plan.duplicates), dry_run, headers=table.headers,
                              rejected_rows=rejected, rows=len(table.rows))
        if plan.errors and not skip_bad_rows:
            return dataclasses.replace(result, imported=0, merged=0, skipped=0, stopped=True)
        if dry_run or not (counts["add"] or counts["merge"]):
            return result
        with self._thread_connection():
            self._backup()
            batch_id, changed = self._write_plan(table, plan, progress)
        result = dataclasses.replace(result, batch_id=batch_id, changes=Changes(customers=frozenset(changed)))
        if announce:
            self._emit(result.changes)
        return result

    def announce(self, result: object) -> None:
        """Tell every screen what an import run with ``announce=False`` changed."""
        if not isinstance(result, (ImportResult, ImportUndo)):
            raise InvalidInput(tr("导入结果不正确"))
        if result.changes != Changes():
            self._emit(result.changes)

    def undo_last(self, announce: object = True) -> ImportUndo:
        """Undo the last import: remove the customers it added, put back those it merged into.

        Refused (nothing changes) when one of them was edited since, or has prospects,
        contacts, activities or referrals recorded after the import."""
        if not isinstance(announce, bool):
            raise InvalidInput(tr("“通知”应为 是 或 否"))
        with self._thread_connection():
            batch = ImportBatch.select().where(ImportBatch.undone_at.is_null()).order_by(ImportBatch.id.desc()).first()
            if batch is None:
                raise NotFound(tr("没有可以撤销的导入"))
            items = list(ImportItem.select().where(ImportItem.batch == batch.id).order_by(ImportItem.id))
            added = [i.customer_id for i in items if i.action == "added"]
            merged = [i for i in items if i.action == "merged"]
            self._undo_allowed(batch, added, [i.customer_id for i in merged])
            self._backup()
            with self._write():
                present = set()
                for chunk in _chunks(added):
                    present |= {r[0] for r in self.db.execute_sql(
                        f"SELECT id FROM customer WHERE id IN ({_marks(chunk)})", chunk)}
                    self.db.execute_sql(f"DELETE FROM customer WHERE id IN ({_marks(chunk)})", chunk)
                for item in reversed(merged):  # a customer merged into twice gets its first state back
                    before = json.loads(item.before or "{}")
                    row = Customer.get_or_none(Customer.id == item.customer_id)
                    if row is None:
                        continue
                    for name, value in before.get("fields", {}).items():
                        setattr(row, name, _stored_value(name, value))
                    if "referrer" in before:
                        row.referrer = before["referrer"]
                    self._searchable(row)
                    row.updated_at = self._now()
                    row.save()
                batch.undone_at = self._now()
                batch.save()
        undo = ImportUndo(batch.id, shown(batch.file_name), len(present), len(merged),
                          Changes(customers=frozenset(present | {i.customer_id for i in merged})))
        if announce:
            self._emit(undo.changes)
        return undo

    # -- the plan ----------------------------------------------------------------------------
    def _plan(self, table: ImportTable, mapping: dict[int, str], on_duplicate: str, choices: dict[int, str]) -> _Plan:
        today = self.today()
        label = {i: (table.headers[i] or column_label(f)) for i, f in mapping.items()}
        by_field = {f: label[i] for i, f in mapping.items()}
        cell_errors: dict[int, list[tuple[int, str]]] = {}
        for row, column, reason in table.cell_errors:
            if column in mapping:
                cell_errors.setdefault(row, []).append((column, reason))
        cards, errors, bad = [], [], set()
        values = {}
        for number, row_values in table.rows:
            card = read_row(number, row_values, mapping, today)
            values[number] = row_values
            for column, reason in cell_errors.get(number, ()):
                card.errors[mapping[column]] = reason
            for name, reason in card.errors.items():
                errors.append(ImportProblem(number, printable(by_field.get(name) or column_label(name), 60), reason))
            if card.errors:
                bad.add(number)
            cards.append(card)
        plan = _Plan(cards, errors, bad, [], {}, {}, values)
        self._find_duplicates(plan, on_duplicate, choices)
        self._link_referrers(plan)
        return plan

    def _find_duplicates(self, plan: _Plan, on_duplicate: str, choices: dict[int, str]) -> None:
        on_file = _CustomerIndex(self.db)
        seen_phone: dict[str, RowCard] = {}
        seen_name: dict[tuple[str, str], RowCard] = {}
        for card in plan.cards:
            if card.row in plan.bad_rows:
                continue
            found = likely_duplicate(on_file, card.data)
            choice = choices.get(card.row, on_duplicate)
            if found is not None:
                customer, why, other_name = found
                plan.duplicates.append(ImportDuplicate(card.row, customer, why, card.data.name, other_name))
                plan.actions[card.row] = {"skip": ("skip", None), "merge": ("merge", customer),
                                          "add": ("add", None)}[choice]
            else:
                earlier, why = _earlier_row(seen_phone, seen_name, card.data)
                if earlier is not None:
                    plan.duplicates.append(ImportDuplicate(card.row, None, why, card.data.name, earlier.data.name,
                                                           earlier.row))
                    target = plan.actions.get(earlier.row, ("add", None))
                    if choice == "merge" and target[0] == "merge":  # the earlier row merges into a customer too
                        plan.actions[card.row] = target
                    elif choice == "merge" and target[0] == "merge-row":
                        plan.actions[card.row] = target
                    else:
                        plan.actions[card.row] = {"skip": ("skip", None), "merge": ("merge-row", earlier.row),
                                                  "add": ("add", None)}[choice]
                else:
                    plan.actions[card.row] = ("add", None)
            if plan.actions[card.row][0] == "add":
                for key in _phone_keys(card.data):
                    seen_phone.setdefault(key, card)
                if fold(card.data.company):
                    seen_name.setdefault((fold(card.data.name), fold(card.data.company)), card)

    def _link_referrers(self, plan: _Plan) -> None:
        wanted = {c.referrer for c in plan.cards if c.referrer and c.row not in plan.bad_rows}
        if not wanted:
            return
        on_file: dict[str, list[int]] = {}
        names = sorted(wanted)
        for chunk in _chunks(names):
            for cid, name in self.db.execute_sql(f"SELECT id, name FROM customer WHERE name IN ({_marks(chunk)})", chunk):
                on_file.setdefault(name, []).append(cid)
        in_file: dict[str, list[int]] = {}
        for card in plan.cards:
            if card.row not in plan.bad_rows and plan.actions.get(card.row, ("skip",))[0] == "add":
                in_file.setdefault(card.data.name, []).append(card.row)
        for card in plan.cards:
            name = card.referrer
            if not name or card.row in plan.bad_rows:
                continue
            customers, rows = on_file.get(name, []), [r for r in in_file.get(name, []) if r != card.row]
            if len(customers) + len(rows) == 1:
                plan.referrers[card.row] = ("customer", customers[0]) if customers else ("row", rows[0])
            elif name != card.data.name:
                why = tr("有多位同名客户") if customers or rows else tr("不是已有客户")
                note = tr("介绍人：{name}（{why}，未关联）").format(name=name, why=why)
                card.data.notes = f"{card.data.notes}\n{note}" if card.data.notes else note

    def _reasons(self, plan: _Plan, row: int) -> str:
        return tr("；").join(tr("{column}：{reason}").format(
            column=p.column, reason=p.reason) for p in plan.errors if p.row == row)

    # -- writing -----------------------------------------------------------------------------
    def _write_plan(self, table: ImportTable, plan: _Plan, progress) -> tuple[int, set[int]]:
        now = self._now()
        todo = [c for c in plan.cards if plan.actions.get(c.row, ("skip",))[0] != "skip" and c.row not in plan.bad_rows]
        total = len(todo)
        ids: dict[int, int] = {}  # row -> the customer it became (added) or went into
        changed: set[int] = set()
        with self._write():
            batch = ImportBatch.create(at=now, file_name=printable(table.file_name, 200))
            items = []
            for done, card in enumerate(todo, start=1):
                action, target = plan.actions[card.row]
                if action == "add":
                    cid = self._insert(card, now)
                    ids[card.row] = cid
                    items.append({"batch": batch.id, "customer_id": cid, "action": "added", "before": ""})
                elif action == "merge-row":
                    cid = ids.get(target)
                    if cid is not None:
                        self._merge_into_added(cid, card)
                        ids[card.row] = cid
                elif action == "merge":
                    items.append({"batch": batch.id, "customer_id": target, "action": "merged",
                                  "before": self._merge(target, card, now)})
                    ids[card.row] = target
                changed.add(ids.get(card.row, 0))
                if progress is not None and (done % 100 == 0 or done == total):
                    if progress(done, total) is False:
                        raise ImportCancelled(tr("导入已取消，没有导入任何客户"))
            for row, (kind, ref) in plan.referrers.items():
                cid = ids.get(row)
                if cid is None:
                    continue
                referrer = ref if kind == "customer" else ids.get(ref)
                if referrer and referrer != cid:
                    self.db.execute_sql("UPDATE customer SET referrer_id = ? WHERE id = ? AND referrer_id IS NULL",
                                        (referrer, cid))
            for start in range(0, len(items), _CHUNK):
                ImportItem.insert_many(items[start:start + _CHUNK]).execute()
            counts = {"added": sum(1 for i in items if i["action"] == "added"),
                      "merged": sum(1 for i in items if i["action"] == "merged"), "rows": len(table.rows)}
            batch.summary = json.dumps(counts)
            batch.save()
        changed.discard(0)
        return batch.id, changed

    def _insert(self, card: RowCard, now: dt.datetime) -> int:
        """One INSERT with the values as peewee would store them. Not through the model:
        building each statement in peewee cost more than half of a 20,000-row import."""
        data = card.data
        spec = data.lunar_birthday
        full, initials, text = searchable(data.name, data.mobile, data.phone, data.company, data.notes)
        values = [_sql_value(getattr(data, name)) for name in _STORED]
        values += [_sql_value(now), _sql_value(now), full, initials, text,
                   spec.year if spec else None, spec.month if spec else None, spec.day if spec else None,
                   int(bool(spec and spec.leap)), *(_sql_value(v) for _, v in _DEFAULTED)]
        cursor = self.db.execute_sql(_INSERT_SQL, values)
        return cursor.lastrowid

    def _merge_into_added(self, cid: int, card: RowCard) -> None:
        row = Customer.get_by_id(cid)
        filled = _fill(row, card)
        if filled:
            self._searchable(row)
            row.save()

    def _merge(self, customer_id: int, card: RowCard, now: dt.datetime) -> str:
        row = Customer.get_by_id(customer_id)
        before = {name: _jsonable(getattr(row, name)) for name in (*_STORED, *_LUNAR)}
        changed = _fill(row, card)
        self._searchable(row)
        row.updated_at = now
        row.save()
        return json.dumps({"fields": {n: before[n] for n in changed}}, ensure_ascii=False)

    @staticmethod
    def _searchable(row: Customer) -> None:
        row.name_pinyin, row.name_initials, row.search_text = searchable(row.name, row.mobile, row.phone, row.company,
                                                                         row.notes)

    # -- helpers -----------------------------------------------------------------------------
    def _undo_allowed(self, batch: ImportBatch, added: list[int], merged: list[int]) -> None:
        for ids in (added, merged):
            for chunk in _chunks(ids):
                edited = self.db.execute_sql(
                    f"SELECT name FROM customer WHERE id IN ({_marks(chunk)}) AND updated_at > ? LIMIT 1",
                    [*chunk, batch.at]).fetchone()
                if edited:
                    raise InvalidInput(tr("导入之后客户“{shown}”已被修改，不能撤销这次导入").format(shown=shown(edited[0])))
        mine = set(added)
        for model, what in ((Prospect, tr("潜在客户", "field")), (Activity, tr("活动", "field")),
                            (ContactRecord, tr("交流记录", "field")), (CustomerDate, tr("重要日期", "field")),
                            (Appointment, tr("约会", "field")), (Todo, tr("待办", "field"))):
            table = model._meta.table_name
            for chunk in _chunks(added):
                hit = self.db.execute_sql(
                    f"SELECT c.name FROM {table} t JOIN customer c ON c.id = t.customer_id "
                    f"WHERE t.customer_id IN ({_marks(chunk)}) LIMIT 1", chunk).fetchone()
                if hit:
                    raise InvalidInput(tr("导入的客户“{shown}”已有{what}记录，不能撤销这次导入").format(shown=shown(hit[0]), what=what))
        for chunk in _chunks(added):
            for cid, name in self.db.execute_sql(
                    f"SELECT id, name FROM customer WHERE referrer_id IN ({_marks(chunk)})", chunk):
                if cid not in mine:
                    raise InvalidInput(tr("客户“{shown}”的介绍人是这次导入的客户，不能撤销这次导入").format(shown=shown(name)))

    def _backup(self) -> None:
        """A backup before an import or its undo; WriteFailed (nothing done) when it cannot be taken."""
        from salesdesk.storage.backup import backup_folder, make_backup, prune_backups
        from salesdesk.storage.errors import StorageError

        refused = getattr(self.db, "read_only_reason", "")
        if refused:
            raise WriteFailed(refused)
        path = self.db.database
        if not path or path == ":memory:" or str(path).startswith("file:"):
            return
        folder = backup_folder(Path(path))
        try:
            make_backup(self.db, folder, self.desk.clock.now())
            prune_backups(folder, self.desk.clock.now())
        except (StorageError, OSError) as exc:
            raise WriteFailed(tr("导入前的备份没有完成，没有导入：{printable}").format(printable=printable(exc, 200))) from exc

    @contextmanager
    def _thread_connection(self) -> Iterator[None]:
        """Writes made on a worker thread (the wizard's) go through that thread's own
        connection, opened here and closed after; on a thread already connected, nothing."""
        if not self.db.is_closed():
            yield
            return
        self.db.connect()
        try:
            yield
        finally:
            self.db.close()

    def _counts(self, batch_id: int) -> dict[str, int]:
        return {a: n for a, n in self.db.execute_sql(
            "SELECT action, COUNT(*) FROM import_item WHERE batch_id = ? GROUP BY action", (batch_id,))}

    def _remembered(self) -> dict[str, str]:
        row = Setting.get_or_none(Setting.key == MAPPING_KEY)
        try:
            value = json.loads(row.value) if row else {}
        except ValueError:
            return {}
        known = {f for f, _ in import_columns()} | {""}
        return {k: v for k, v in value.items() if isinstance(k, str) and v in known} if isinstance(value, dict) else {}

    # -- input checks ------------------------------------------------------------------------
    @staticmethod
    def _headers(headers: object) -> tuple[str, ...]:
        if isinstance(headers, list):
            headers = tuple(headers)
        if not isinstance(headers, tuple) or len(headers) > MAX_COLUMNS or not all(isinstance(h, str) for h in headers):
            raise InvalidInput(tr("表格的标题行不正确"))
        return headers

    def _table(self, table: object) -> ImportTable:
        if not isinstance(table, ImportTable):
            raise InvalidInput(tr("要导入的表格不正确"))
        self._headers(table.headers)
        if not isinstance(table.rows, tuple) or len(table.rows) > MAX_ROWS:
            raise InvalidInput(tr("要导入的表格不正确（最多 {limit} 行）").format(limit=MAX_ROWS))
        seen = set()
        for entry in table.rows:
            if not (isinstance(entry, tuple) and len(entry) == 2 and type(entry[0]) is int and 1 <= entry[0] <= 10**7
                    and isinstance(entry[1], tuple) and len(entry[1]) <= MAX_COLUMNS
                    and all(isinstance(v, _CELL_TYPES) for v in entry[1]) and entry[0] not in seen):
                raise InvalidInput(tr("要导入的表格中有一行不正确"))
            seen.add(entry[0])
        if not isinstance(table.file_name, str) or not isinstance(table.cell_errors, tuple):
            raise InvalidInput(tr("要导入的表格不正确"))
        for entry in table.cell_errors:
            if not (isinstance(entry, tuple) and len(entry) == 3 and type(entry[0]) is int and type(entry[1]) is int
                    and isinstance(entry[2], str)):
                raise InvalidInput(tr("要导入的表格不正确"))
        return dataclasses.replace(table, cell_errors=tuple((r, c, printable(m, 200)) for r, c, m in table.cell_errors))

    @staticmethod
    def _mapping(mapping: object, headers: tuple[str, ...]) -> dict[int, str]:
        if not isinstance(mapping, dict):
            raise InvalidInput(tr("列的对应关系不正确"))
        known = {f for f, _ in import_columns()}
        out: dict[int, str] = {}
        for index, name in mapping.items():
            if type(index) is not int or not 0 <= index < len(headers):
                raise InvalidInput(tr("列的对应关系中有不存在的列"))
            if name in (None, ""):
                continue
            if name not in known:
                raise InvalidInput(tr("没有这个字段：“{printable}”").format(printable=printable(name, 20)))
            if name in out.values():
                raise InvalidInput(tr("“{label_of}”对应了不止一列").format(label_of=label_of(name)))
            out[index] = name
        return out

    @staticmethod
    def _choice(value: object) -> str:
        if value not in DUPLICATE_CHOICES or not isinstance(value, str):
            raise InvalidInput(tr("重复客户的处理方式应为 skip（跳过）、merge（合并）或 add（仍然添加）"))
        return value

    def _choices(self, choices: object) -> dict[int, str]:
        if choices is None:
            return {}
        if not isinstance(choices, dict) or len(choices) > MAX_ROWS:
            raise InvalidInput(tr("重复客户的处理方式不正确"))
        out = {}
        for row, choice in choices.items():
            if type(row) is not int:
                raise InvalidInput(tr("重复客户的行号不正确"))
            out[row] = self._choice(choice)
        return out


# -- duplicates (SPEC §3.2) -------------------------------------------------------------------
class _CustomerIndex:
    """The customers on file by stored phone and by name+company, read once per import.

    The rule is desk.duplicates' (services/duplicates.py), applied in bulk: its
    ``likely_duplicates`` asks the indexes once per card, which for 20,000 rows is
    20,000 round trips; here one read of five columns answers every row. Stored phones are
    one form per number (equal E.164 is equal stored text, as duplicates.py notes), names
    and companies are compared through its ``fold``."""

    def __init__(self, db):
        self.phones: dict[str, tuple[int, str]] = {}
        self.names: dict[tuple[str, str], tuple[int, str]] = {}
        for cid, name, company, mobile, phone in db.execute_sql(
                "SELECT id, name, company, mobile, phone FROM customer ORDER BY id"):
            for number in (mobile, phone):
                if number:
                    self.phones.setdefault(number, (cid, name))
            if company and fold(company):
                self.names.setdefault((fold(name), fold(company)), (cid, name))


def likely_duplicate(index: _CustomerIndex, data: CustomerData) -> tuple[int, str, str] | None:
    """(customer id, "phone" | "name+company", their name) of a customer on file that ``data``
    duplicates, or None. Phones are compared in their stored form (core/phones.py: one form
    per number, so 138-1234-5678 and +86 13812345678 are the same text)."""
    for key in _phone_keys(data):
        if key in index.phones:
            cid, name = index.phones[key]
            return cid, PHONE, name
    key = (fold(data.name), fold(data.company))
    if key[1] and key in index.names:
        cid, name = index.names[key]
        return cid, NAME_COMPANY, name
    return None


def _phone_keys(data: CustomerData) -> list[str]:
    return [n for n in (data.mobile, data.phone) if n]


def _earlier_row(phones: dict, names: dict, data: CustomerData):
    for key in _phone_keys(data):
        if key in phones:
            return phones[key], "phone"
    key = (fold(data.name), fold(data.company))
    if key[1] and key in names:
        return names[key], NAME_COMPANY
    return None, ""


# -- merging a row into a customer --------------------------------------------------------------
_LUNAR = ("lunar_birthday_year", "lunar_birthday_month", "lunar_birthday_day", "lunar_birthday_leap")
_DEFAULTS = {"relation_level": "潜在客户"}  # i18n: data


def _empty(name: str, value) -> bool:
    return value in (None, "", False) or value == _DEFAULTS.get(name)


def _fill(row: Customer, card: RowCard) -> list[str]:
    """Fill the customer's empty fields from the row; notes and tags are added to. Returns
    the fields changed (nothing on file is overwritten)."""
    changed = []
    for name in _STORED:
        new = getattr(card.data, name)
        if _empty(name, new):
            continue
        old = getattr(row, name)
        if name == "notes" and old and new not in old:
            setattr(row, name, f"{old}\n{new}")
        elif name == "tags" and old:
            tags = list(dict.fromkeys([*old.replace("，", ",").split(","), *new.replace("，", ",").split(",")]))  # i18n: data
            joined = ",".join(t.strip() for t in tags if t.strip())
            if joined == old:
                continue
            setattr(row, name, joined[:500])
        elif name == "birthday" and row.lunar_birthday_month:
            continue  # one birthday: the lunar one on file stays
        elif _empty(name, old):
            setattr(row, name, new)
        else:
            continue
        changed.append(name)
    spec = card.data.lunar_birthday
    if spec is not None and not row.lunar_birthday_month and not row.birthday:
        _set_lunar(row, spec)
        changed += list(_LUNAR)
    return changed


def _set_lunar(row: Customer, spec) -> None:
    if spec is not None:
        row.lunar_birthday_year, row.lunar_birthday_month = spec.year, spec.month
        row.lunar_birthday_day, row.lunar_birthday_leap = spec.day, spec.leap


def _jsonable(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _stored_value(name: str, value):
    if isinstance(value, str) and name in ("met_on", "birthday", "anniversary") and value:
        return dt.date.fromisoformat(value[:10])
    return value


def _export_header(field_name: str, label: str) -> str:
    """A column's header in the UI's language when the import reads that header back as the
    same field (an exported file imports back in either language), else the Chinese one."""
    header = tr(label)
    return header if header != label and guess_field(header) == field_name else label


def _exported(name: str, value):
    if name == "id_number":  # masked in every export (SPEC §3)
        return mask(shown(value or ""))
    if name in ("met_on", "birthday", "anniversary"):
        if isinstance(value, str) and value:
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                return value
        return value
    if isinstance(value, str):
        return shown(value, name in ("notes", "first_impression"))
    return "" if value is None else value


def _sql_value(value):
    """A value as peewee stores it in SQLite: dates as ISO text, booleans as 0/1."""
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


@lru_cache(maxsize=8192)
def _name_lines(name: str) -> tuple[str, ...]:
    """The lines of ``search_text`` that come from the name: its full pinyin, its initials
    and the other readings of its surname."""
    return tuple(search_text(name, "", "", "", "").split("\n")[5:])


@lru_cache(maxsize=8192)
def _company_lines(company: str) -> tuple[str, ...]:
    """The lines that come from the company (its pinyin and initials), after the name's."""
    return tuple(search_text("", "", "", company, "").split("\n")[7:])


def searchable(name: str, mobile: str, phone: str, company: str, notes: str) -> tuple[str, str, str]:
    """(name_pinyin, name_initials, search_text) exactly as core/search writes them for a
    saved card (tests/services/test_imports.py compares), with pypinyin asked once per
    distinct name and company of the file instead of three times a row."""
    tail = _name_lines(name or "") + _company_lines(company or "")
    text = "\n".join([str(name or ""), str(mobile or ""), str(phone or ""), str(company or ""), str(notes or "")]
                     ).lower() + "\n" + "\n".join(tail)
    return tail[0], tail[1], text


def _chunks(values: list, size: int = _CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _marks(chunk) -> str:
    return ",".join("?" * len(chunk))
