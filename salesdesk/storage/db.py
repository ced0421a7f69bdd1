"""Opening the one SQLite file: pragmas, schema version, migrations, refusals.

``PRAGMA user_version`` holds the schema version. A file from a newer salesdesk is
refused (never 'upgraded' backwards); an older one is copied with SQLite's online backup
API before any migration step runs, and each step is one transaction.

An existing file is checked (``health.inspect``: header, version, schema, a bounded quick
check) before any pragma is set, so a refused file is left byte-identical. New files and
folders are created private (0600 / 0700); existing ones an older version made readable
by others are narrowed to that at open (``make_existing_private``).
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
import stat
from pathlib import Path
from contextlib import contextmanager
from typing import Callable, Iterator

import peewee as pw

from salesdesk.i18n import tr
from salesdesk.paths import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, create_private_file, data_dir, make_private_dir

from . import models
from .errors import CorruptDatabaseError, StorageError
from .health import (
    QUICK_CHECK_STEPS, file_writable, folder_writable, inspect, quick_check, reader, side_file, translate_error, translate_os_error,
)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 8

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


def _migrate_to_4(db: pw.SqliteDatabase) -> None:
    # The weekly table asks whose work was logged in each window: (at, customer) answers it
    # from the index alone, twice as fast as looking up every row found by at.
    for table in ("activity", "contact_record"):
        db.execute_sql(f'DROP INDEX IF EXISTS "{table}_at"')
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{table}_at_customer_id" ON "{table}" ("at", "customer_id")')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "customer_search_text_name_pinyin" '
                   'ON "customer" ("search_text", "name_pinyin")')


#: A mobile already in the stored form (11 digits from 1): normalising gives it back or
#: refuses it, and either way it stays; skipping the parse keeps v5 fast at 100k customers.
_STORED_MOBILE = re.compile(r"^1[0-9]{10}$")


def _migrate_to_5(db: pw.SqliteDatabase) -> None:
    # Phones are stored in one form since v5 (core/phones): what an older version kept as
    # typed (138-1234-5678, full-width digits) is normalised as the services do on save, so
    # a search for 13812345678 finds it. A value that does not parse stays exactly as it
    # was: nothing is lost. search_text follows, and the FTS triggers follow search_text.
    from salesdesk.core.phones import normalise_mobile, normalise_phone
    from salesdesk.core.search import search_text

    def normalised(value, normalise, stored=None):
        if not isinstance(value, str) or not value or (stored is not None and stored.match(value)):
            return value
        return normalise(value) or value

    rows = db.execute_sql(
        "SELECT id, name, mobile, phone, company, notes FROM customer WHERE mobile <> '' OR phone <> ''").fetchall()
    updates = []
    for cid, name, mobile, phone, company, notes in rows:
        new_mobile = normalised(mobile, normalise_mobile, _STORED_MOBILE)
        new_phone = normalised(phone, normalise_phone)
        if (new_mobile, new_phone) != (mobile, phone):
            updates.append((new_mobile, new_phone, search_text(name, new_mobile, new_phone, company, notes), cid))
    db.connection().executemany("UPDATE customer SET mobile = ?, phone = ?, search_text = ? WHERE id = ?", updates)


#: Columns v6 adds to existing tables: (table, column definition).
_V6_COLUMNS = (
    ("customer", "lunar_birthday_year INTEGER"),
    ("customer", "lunar_birthday_month INTEGER"),
    ("customer", "lunar_birthday_day INTEGER"),
    ("customer", "lunar_birthday_leap INTEGER NOT NULL DEFAULT 0"),
    ("customer", "native_place VARCHAR(100) NOT NULL DEFAULT ''"),
    ("customer", "marital_status VARCHAR(10) NOT NULL DEFAULT ''"),
    ("customer", "home_address VARCHAR(300) NOT NULL DEFAULT ''"),
    ("customer", "id_number VARCHAR(18) NOT NULL DEFAULT ''"),
    ("customer", "value_grade_manual INTEGER NOT NULL DEFAULT 0"),
    ("customer", "relation_level_manual INTEGER NOT NULL DEFAULT 0"),
    ("prospect", "outcome_reason VARCHAR(500) NOT NULL DEFAULT ''"),
    ("prospect", "lessons TEXT NOT NULL DEFAULT ''"),
)


def _migrate_to_6(db: pw.SqliteDatabase) -> None:
    # Customers in depth, import, the agent's day (SPEC §3, §3.3, §4): new columns and tables.
    for table, column in _V6_COLUMNS:
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN {column}')
    db.create_tables((models.CustomerDate, models.LevelChange, models.MergeRecord, models.ImportBatch,
                      models.ImportItem, models.Appointment, models.Todo, models.Reminder), safe=True)
    # A lunar birthday was a solar date with a tick (the date picker's numbers were the lunar
    # ones): it becomes the lunar date it meant, year, month and day as typed, not leap.
    db.execute_sql(
        "UPDATE customer SET lunar_birthday_year = CAST(strftime('%Y', birthday) AS INTEGER), "
        "lunar_birthday_month = CAST(strftime('%m', birthday) AS INTEGER), "
        "lunar_birthday_day = MIN(CAST(strftime('%d', birthday) AS INTEGER), 30), "
        "lunar_birthday_leap = 0, birthday = NULL, birthday_lunar = 0 "
        "WHERE birthday_lunar AND birthday IS NOT NULL AND strftime('%m', birthday) IS NOT NULL")
    db.execute_sql("UPDATE customer SET birthday_lunar = 0 WHERE birthday_lunar")


def _migrate_to_7(db: pw.SqliteDatabase) -> None:
    # Activity counts per kind over a period read the (at, kind) index alone (models.Activity).
    db.execute_sql('CREATE INDEX IF NOT EXISTS "activity_at_kind" ON "activity" ("at", "kind")')


def _migrate_to_8(db: pw.SqliteDatabase) -> None:
    # A customer's last contact and timeline read (customer, at) (models.Activity); the
    # foreign key's own single-column index is a prefix of it, and goes.
    for table in ("activity", "contact_record"):
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{table}_customer_id_at" ON "{table}" ("customer_id", "at")')
        db.execute_sql(f'DROP INDEX IF EXISTS "{table}_customer_id"')


#: MIGRATIONS[n] brings a database at version n-1 to version n. A new, empty file is
#: created at the current version directly (``_create_current``).
MIGRATIONS: dict[int, Callable[[pw.SqliteDatabase], None]] = {
    2: _migrate_to_2, 3: _migrate_to_3, 4: _migrate_to_4, 5: _migrate_to_5, 6: _migrate_to_6, 7: _migrate_to_7, 8: _migrate_to_8}


def read_user_version(path: Path) -> int:
    """The schema version of a file, read without changing it (nothing created beside it)."""
    path = Path(path)
    with reader(path) as con:
        try:
            return int(con.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.Error as exc:
            raise translate_error(exc, path) from exc


def _table_names(db: pw.SqliteDatabase) -> list[str]:
    return [r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")]


def remove_with_side_files(path: Path) -> None:
    for candidate in (path, side_file(path, "-journal"), side_file(path, "-wal"), side_file(path, "-shm")):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass


def _claim(part: Path, dest: Path, unique: bool) -> Path:
    """Give the finished copy its name without ever replacing a file (a hard link fails if
    the name exists); ``unique``: take the next free ``name-2``, ``name-3``… instead."""
    for n in range(1, 1000):
        target = dest if n == 1 else dest.with_name(f"{dest.stem}-{n}{dest.suffix}")
        try:
            os.link(part, target)
            return target
        except FileExistsError:
            if not unique:
                raise
        except OSError:  # no hard links on this file system (FAT, some network drives)
            if not target.exists():
                os.replace(part, target)
                return target
            if not unique:
                raise FileExistsError(17, tr("文件已存在"), str(target)) from None
    raise FileExistsError(17, tr("文件已存在"), str(dest))


def backup_database(db: pw.SqliteDatabase, dest: Path, *, unique: bool = False) -> Path:
    """A consistent, checked copy of a live (WAL) database through SQLite's online backup API.

    The copy is written to ``<dest>.<pid>.part`` (0600), switched to rollback-journal mode
    (reading a backup later creates no -wal/-shm), quick-checked, and only then given its
    name — which is never written over (``unique``: the next free one). A copy that fails
    the check is deleted: a corrupt database is refused, never backed up. On any failure
    no ``.part`` (nor its journal) is left.
    """
    dest = Path(dest)
    try:
        make_private_dir(dest.parent)
    except OSError as exc:
        raise translate_os_error(exc, dest) from exc
    part = dest.with_name(f"{dest.name}.{os.getpid()}.part")
    remove_with_side_files(part)
    try:
        create_private_file(part)
        target = sqlite3.connect(str(part))
        try:
            db.connection().backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            problems = quick_check(target, steps=None)
        finally:
            target.close()
        if problems:
            raise CorruptDatabaseError(
                tr("数据库文件已损坏（{problem}），未备份：{path}。现有的备份没有被替换。").format(
                    problem=problems[0], path=db.database), db.database)
        return _claim(part, dest, unique)
    except (sqlite3.Error, pw.DatabaseError) as exc:
        error = translate_error(exc, Path(db.database))
        if isinstance(error, CorruptDatabaseError):
            raise CorruptDatabaseError(tr("{problem}，未备份。现有的备份没有被替换。").format(problem=error), db.database) from exc
        raise translate_error(exc, dest) from exc
    except FileExistsError:
        raise
    except OSError as exc:
        raise translate_os_error(exc, dest) from exc
    finally:
        remove_with_side_files(part)


def _narrow_mode(target: Path, allowed: int) -> None:
    """Take from ``target``'s mode what ``allowed`` lacks (never adds a bit), if the user owns
    it; a chmod that fails is logged, never raised: an open is not refused over it."""
    try:
        info = os.stat(target)
        if info.st_uid != os.geteuid():
            return
        mode = stat.S_IMODE(info.st_mode)
        if mode & allowed != mode:
            os.chmod(target, mode & allowed)
            log.info("made %s private (%o -> %o)", target, mode, mode & allowed)
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("could not make %s private: %s", target, exc)


def make_existing_private(path: Path) -> None:
    """Files an older salesdesk left world-readable (a 0644 database, -wal and -shm in 0755
    folders) become 0600 in 0700 folders: the database and its side files, its backups
    folder, and its folder when that is salesdesk's own data folder (a folder the user
    chose, say Documents, is theirs to set). POSIX only; only what the user owns, and only
    for a database the user owns and can write."""
    if os.name != "posix":
        return
    from .backup import backup_folder

    try:
        if path.stat().st_uid != os.geteuid() or not file_writable(path):
            return
    except OSError:
        return
    for target in (path, side_file(path, "-wal"), side_file(path, "-shm")):
        _narrow_mode(target, PRIVATE_FILE_MODE)
    folders = [backup_folder(path)]
    try:
        if path.parent.resolve() == data_dir().resolve():
            folders.append(path.parent)
    except OSError:
        pass
    for folder in folders:
        _narrow_mode(folder, PRIVATE_DIR_MODE | stat.S_ISGID | stat.S_ISVTX)


def open_db(path: str | Path, *, migrate: bool = True,
            check_steps: int | None = QUICK_CHECK_STEPS) -> pw.SqliteDatabase:
    """Open (creating if needed) the database at ``path`` and bind the models to it.

    Raises one ``StorageError`` subclass per cause (see storage/errors.py), each with the
    path: NewerDatabaseError, CorruptDatabaseError (and its kinds: truncated, not a
    database, another program's), LockedDatabaseError, ReadOnly…, DiskFullError.
    """
    path = Path(path)
    if path.is_dir():
        raise StorageError(tr("这是一个文件夹，不是数据库文件：{path}").format(path=path), path)
    try:
        make_private_dir(path.parent)
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    if path.exists() and path.stat().st_size > 0:
        inspect(path, SCHEMA_VERSION, steps=check_steps)  # before any pragma: a refused file stays as it was
        make_existing_private(path)  # before connecting: a -wal/-shm SQLite creates takes the file's mode
    else:
        try:
            create_private_file(path)
        except OSError as exc:
            raise translate_os_error(exc, path) from exc
    db = pw.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=5, autoconnect=True)
    try:
        db.connect()
        #: True when SQLite could only open the file read-only (the file or its folder
        #: refuses writes): the window opens it read-only instead of failing on save.
        db.read_only = not (file_writable(path) and folder_writable(path.parent))
        version = db.execute_sql("PRAGMA user_version").fetchone()[0]
        if version == 0 and _table_names(db):
            raise CorruptDatabaseError(tr("文件不是 salesdesk 数据库：{path}").format(path=path), path)
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


def open_db_read_only(path: str | Path) -> pw.SqliteDatabase:
    """Open an existing database for reading only (``query_only``: every write is refused).

    For a file that is read-only, in a folder that is, or that another salesdesk window
    is editing: nothing is written to the file, and in a read-only folder nothing is
    created beside it (``immutable``). Refuses what ``open_db`` refuses, and a file that
    would need a migration (a migration writes).
    """
    from .errors import ReadOnlyDatabaseError, ReadOnlyFolderError
    from .health import _uri, pending_beside

    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise StorageError(tr("数据库文件不存在：{path}").format(path=path), path)
    version = inspect(path, SCHEMA_VERSION)
    folder_read_only = not folder_writable(path.parent)
    if version < SCHEMA_VERSION:
        error = ReadOnlyFolderError if folder_read_only else ReadOnlyDatabaseError
        raise error(tr("此数据库需要升级数据版本（{old} → {new}）才能打开，但现在不能写入：{path}").format(
            old=version, new=SCHEMA_VERSION, path=path), path)
    # In a read-only folder nothing may be created beside the file (immutable), unless a
    # -wal left there holds committed pages: those are read too (its -shm is there as well).
    db = _ReadOnlyDatabase(path, _uri(path, immutable=folder_read_only and not pending_beside(path)))
    try:
        db.connect()
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        raise translate_error(exc, path) from exc
    db.read_only = True
    models.database.initialize(db)
    return db


class _ReadOnlyDatabase(pw.SqliteDatabase):
    """Connects through a read-only URI; ``database`` stays the plain path messages name."""

    def __init__(self, path: Path, uri: str):
        super().__init__(str(path), uri=True, timeout=5, autoconnect=True,
                         pragmas=(("busy_timeout", 5000), ("foreign_keys", 1), ("query_only", 1)))
        self._uri = uri

    def _connect(self):  # as peewee's, with the URI (one per thread: the workers' too)
        conn = sqlite3.connect(self._uri, timeout=self._timeout, isolation_level=None, **self.connect_params)
        try:
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn
