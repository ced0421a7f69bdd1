"""Opening the one SQLite file: pragmas, schema version, migrations, refusals.

``PRAGMA user_version`` holds the schema version. A file from a newer salesdesk is
refused (never 'upgraded' backwards); an older one is copied with SQLite's online backup
API before any migration step runs, and each step is one transaction.
"""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from contextlib import contextmanager
from typing import Callable, Iterator

import peewee as pw

from . import models
from .errors import CorruptDatabaseError, LockedDatabaseError, NewerDatabaseError, StorageError

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3

PRAGMAS = (
    ("busy_timeout", 5000),  # before journal_mode: a second process waits instead of failing
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    # FULL: a commit survives power loss too (TECH-NOTES); the cost is small at our write sizes.
    ("synchronous", "full"),
)


def _create_current(db: pw.SqliteDatabase) -> None:
    db.create_tables(models.ALL_MODELS)
    for sql in models.SEARCH_INDEX_DDL:
        db.execute_sql(sql)


def _migrate_to_2(db: pw.SqliteDatabase) -> None:
    db.execute_sql("ALTER TABLE stage_change ADD COLUMN before TEXT NOT NULL DEFAULT ''")
    db.execute_sql('CREATE INDEX IF NOT EXISTS "stage_change_to_stage_at" ON "stage_change" ("to_stage", "at")')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "customer_name_pinyin_id" ON "customer" ("name_pinyin", "id")')
    db.execute_sql("ALTER TABLE customer ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    # Pinyin keys are recomputed too: v2 reads polyphonic surnames as surnames (曾 → zeng).
    from salesdesk.core.search import pinyin_keys, search_text

    rows = db.execute_sql("SELECT id, name, mobile, phone, company, notes FROM customer").fetchall()
    updates = []
    for cid, name, mobile, phone, company, notes in rows:
        full, initials = pinyin_keys(name)
        updates.append((full, initials, search_text(name, mobile, phone, company, notes), cid))
    db.connection().executemany(
        "UPDATE customer SET name_pinyin = ?, name_initials = ?, search_text = ? WHERE id = ?", updates
    )


def _migrate_to_3(db: pw.SqliteDatabase) -> None:
    # search_text gains the company's pinyin (jincheng finds 锦程物流): recomputed, then the
    # trigram index is built from it and kept in step by triggers from now on.
    from salesdesk.core.search import search_text

    rows = db.execute_sql("SELECT id, name, mobile, phone, company, notes FROM customer").fetchall()
    db.connection().executemany(
        "UPDATE customer SET search_text = ? WHERE id = ?",
        [(search_text(name, mobile, phone, company, notes), cid) for cid, name, mobile, phone, company, notes in rows],
    )
    for sql in models.SEARCH_INDEX_DDL:
        db.execute_sql(sql)
    db.execute_sql("INSERT INTO customer_fts(customer_fts) VALUES ('rebuild')")


#: MIGRATIONS[n] brings a database at version n-1 to version n. A new, empty file is
#: created at the current version directly (``_create_current``).
MIGRATIONS: dict[int, Callable[[pw.SqliteDatabase], None]] = {2: _migrate_to_2, 3: _migrate_to_3}


def translate_error(exc: Exception, path: Path) -> StorageError:
    """A SQLite error as a one-line message in the user's language."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return LockedDatabaseError(f"数据库文件正被其他程序占用，请关闭其他 salesdesk 窗口后重试：{path}")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StorageError(f"无法写入数据库文件（只读或没有权限）：{path}")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(f"文件不是有效的 salesdesk 数据库或已损坏：{path}")
    if "disk" in text and ("full" in text or "i/o" in text):
        return StorageError(f"磁盘已满或无法写入，未做任何更改：{path}")
    return StorageError(f"数据库操作失败（{exc}），未做任何更改：{path}")


def read_user_version(path: Path) -> int:
    """The schema version of a file, read without changing it."""
    uri = f"file:{path}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True, timeout=5)
        try:
            return int(con.execute("PRAGMA user_version").fetchone()[0])
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, path) from exc


def _table_names(db: pw.SqliteDatabase) -> list[str]:
    return [r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")]


def backup_database(db: pw.SqliteDatabase, dest: Path) -> Path:
    """A consistent copy of a live (WAL) database through SQLite's online backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    target = sqlite3.connect(str(tmp))
    try:
        db.connection().backup(target)
    finally:
        target.close()
    tmp.replace(dest)
    return dest


def open_db(path: str | Path, *, migrate: bool = True) -> pw.SqliteDatabase:
    """Open (creating if needed) the database at ``path`` and bind the models to it."""
    path = Path(path)
    if path.is_dir():
        raise StorageError(f"这是一个文件夹，不是数据库文件：{path}")
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"无法创建数据文件夹 {path.parent}：{exc.strerror or exc}") from exc
    if path.exists() and path.stat().st_size > 0:
        version = read_user_version(path)
        if version > SCHEMA_VERSION:
            raise NewerDatabaseError(
                f"此数据库由更新版本的 salesdesk 创建（数据版本 {version}，本程序支持到 {SCHEMA_VERSION}），"
                "请升级 salesdesk 后再打开；文件未做任何更改。"
            )
    db = pw.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=5, autoconnect=True)
    try:
        db.connect()
        version = db.execute_sql("PRAGMA user_version").fetchone()[0]
        if version == 0 and _table_names(db):
            raise CorruptDatabaseError(f"文件不是 salesdesk 数据库：{path}")
        models.database.initialize(db)
        if version < SCHEMA_VERSION and migrate:
            _migrate(db, path, version)
    except StorageError:
        db.close()
        raise
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        raise translate_error(exc, path) from exc
    return db


def _migrate(db: pw.SqliteDatabase, path: Path, version: int) -> None:
    if version > 0:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.stem}.before-v{SCHEMA_VERSION}-{stamp}{path.suffix or '.db'}")
        backup_database(db, copy)
        log.info("backed up %s to %s before migrating from v%s", path, copy, version)
    if version == 0:
        with db.atomic("IMMEDIATE"):
            _create_current(db)
            db.execute_sql(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
        return
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with db.atomic("IMMEDIATE"):
            MIGRATIONS[target](db)
            db.execute_sql(f"PRAGMA user_version = {int(target)}")


def close_db(db: pw.SqliteDatabase) -> None:
    if not db.is_closed():
        db.close()


@contextmanager
def thread_reader(db: pw.SqliteDatabase) -> Iterator[None]:
    """Reads made on a worker thread, beside the GUI thread's writes.

    peewee keeps one connection per thread: this opens the calling thread's own, read-only
    (``PRAGMA query_only``), and closes it afterwards. WAL gives the reader one consistent
    snapshot while the other thread writes. On a thread whose connection is already open
    it changes nothing.
    """
    if not db.is_closed():
        yield
        return
    db.connect()
    try:
        db.execute_sql("PRAGMA query_only = 1")
        yield
    finally:
        db.close()
