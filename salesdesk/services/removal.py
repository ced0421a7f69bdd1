"""Deleting rows with everything that hangs on them, and putting them all back.

The snapshot is taken from the schema itself (``PRAGMA foreign_key_list``), not from a
hand-kept list of tables: a table a later version adds with a foreign key to customers (or
to prospects…) is captured and restored too. Rows that an ``ON DELETE CASCADE`` would
delete are kept whole (every column, ids included); columns an ``ON DELETE SET NULL`` would
clear are kept as (table, rowid, column, old value). The snapshot is plain JSON, taken in
the same transaction as the delete, so an undo restores exactly what the delete removed.
"""
from __future__ import annotations

import json

import peewee as pw

_IDS = "SELECT value FROM json_each(?)"


def _tables(db: pw.SqliteDatabase) -> list[str]:
    return [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE '%fts%'")]


def references(db: pw.SqliteDatabase) -> dict[str, list[tuple[str, str, str, str]]]:
    """parent table -> [(child table, child column, parent column, on delete)]."""
    out: dict[str, list[tuple[str, str, str, str]]] = {}
    for table in _tables(db):
        for row in db.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall():
            _, _, parent, column, parent_column, _, on_delete, _ = row
            out.setdefault(parent, []).append((table, column, parent_column or "id", on_delete.upper()))
    return out


def _columns(db: pw.SqliteDatabase, table: str) -> list[str]:
    return [r[1] for r in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()]


def snapshot(db: pw.SqliteDatabase, table: str, ids: list[int]) -> dict:
    """Every row deleting ``table``'s rows ``ids`` would remove or change, as JSON-able data."""
    refs = references(db)
    rows: dict[str, dict[int, list]] = {}
    columns: dict[str, list[str]] = {}
    nulled: list[list] = []
    queue: list[tuple[str, list[int]]] = [(table, list(ids))]
    while queue:
        name, keys = queue.pop()
        if not keys:
            continue
        columns.setdefault(name, _columns(db, name))
        have = rows.setdefault(name, {})
        cols = ", ".join(f'"{c}"' for c in columns[name])
        fresh = []
        for row in db.execute_sql(f'SELECT rowid, {cols} FROM "{name}" WHERE rowid IN ({_IDS})',
                                  (json.dumps(keys),)).fetchall():
            if row[0] not in have:
                have[row[0]] = list(row[1:])
                fresh.append(row[0])
        if not fresh:
            continue
        for child, column, parent_column, on_delete in refs.get(name, ()):
            found = db.execute_sql(
                f'SELECT c.rowid, c."{column}" FROM "{child}" c WHERE c."{column}" IN '
                f'(SELECT "{parent_column}" FROM "{name}" WHERE rowid IN ({_IDS}))', (json.dumps(fresh),)).fetchall()
            if on_delete == "CASCADE":
                queue.append((child, [r[0] for r in found]))
            elif on_delete in ("SET NULL", "SET DEFAULT"):
                nulled += [[child, r[0], column, r[1]] for r in found]
    # A cleared column of a row that is deleted anyway comes back with the whole row.
    nulled = [n for n in nulled if n[1] not in rows.get(n[0], {})]
    return {"columns": columns, "rows": {t: [[k, *v] for k, v in r.items()] for t, r in rows.items() if r},
            "nulled": nulled}


def well_formed(db: pw.SqliteDatabase, snap: object) -> bool:
    """The snapshot names only this file's tables and columns, and its rows fit them."""
    if not isinstance(snap, dict) or set(snap) != {"columns", "rows", "nulled"}:
        return False
    columns, rows, nulled = snap["columns"], snap["rows"], snap["nulled"]
    if not (isinstance(columns, dict) and isinstance(rows, dict) and isinstance(nulled, list)):
        return False
    tables = set(_tables(db))
    scalar = (type(None), int, float, str)
    for table, cols in columns.items():
        if table not in tables or not isinstance(cols, list) or not set(cols) <= set(_columns(db, table)):
            return False
    for table, table_rows in rows.items():
        if table not in columns or not isinstance(table_rows, list):
            return False
        width = 1 + len(columns[table])
        for row in table_rows:
            if not (isinstance(row, list) and len(row) == width and type(row[0]) is int
                    and all(isinstance(v, scalar) for v in row)):
                return False
    for entry in nulled:
        if not (isinstance(entry, list) and len(entry) == 4 and entry[0] in tables and type(entry[1]) is int
                and isinstance(entry[2], str) and entry[2] in _columns(db, entry[0]) and isinstance(entry[3], scalar)):
            return False
    return True


def taken(db: pw.SqliteDatabase, snap: dict) -> list[tuple[str, int]]:
    """(table, rowid) of rows the snapshot would restore whose ids are in use again."""
    out = []
    for table, rows in snap["rows"].items():
        keys = [r[0] for r in rows]
        out += [(table, r[0]) for r in db.execute_sql(
            f'SELECT rowid FROM "{table}" WHERE rowid IN ({_IDS})', (json.dumps(keys),)).fetchall()]
    return out


def restore(db: pw.SqliteDatabase, snap: dict) -> None:
    """Put the snapshot's rows back (inside the caller's transaction). A reference to a row
    that no longer exists (a referrer deleted since) is left empty where the column allows it."""
    db.execute_sql("PRAGMA defer_foreign_keys = ON")
    existing = set(_tables(db))
    for table, rows in snap["rows"].items():
        if table not in existing:
            continue
        now_cols = set(_columns(db, table))
        cols = [c for c in snap["columns"][table]]
        keep = [i for i, c in enumerate(cols) if c in now_cols]
        names = ", ".join(f'"{cols[i]}"' for i in keep)
        marks = ", ".join("?" for _ in keep)
        if "id" in now_cols:  # the rowid's alias: the id comes back with the columns
            db.connection().executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                                        [[r[1 + i] for i in keep] for r in rows])
        else:
            db.connection().executemany(f'INSERT INTO "{table}" (rowid, {names}) VALUES (?, {marks})',
                                        [[r[0], *(r[1 + i] for i in keep)] for r in rows])
    for table, rowid, column, value in snap["nulled"]:
        if table in existing:
            db.execute_sql(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ? AND "{column}" IS NULL',
                           (value, rowid))
    _clear_dangling(db, set(snap["rows"]) | {n[0] for n in snap["nulled"]})


def _clear_dangling(db: pw.SqliteDatabase, tables: set[str]) -> None:
    for table in tables:
        problems = db.execute_sql(f'PRAGMA foreign_key_check("{table}")').fetchall()
        if not problems:
            continue
        fks = {r[0]: r[3] for r in db.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall()}
        for _, rowid, _, fkid in problems:
            db.execute_sql(f'UPDATE "{table}" SET "{fks[fkid]}" = NULL WHERE rowid = ?', (rowid,))
