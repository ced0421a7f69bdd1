"""Backups of the live database, restore, and integrity checks.

Copies go through SQLite's online backup API, never a file copy (a live WAL file may
hold pages not yet in the main file). A backup is checked before it takes its name
(a corrupt database is refused, so a bad copy never enters the rotation and never
pushes out the good ones), is written in rollback-journal mode, and is read through
``health.reader`` (read-only, nothing created beside it). Names are unique even within
one second: ``salesdesk-YYYYMMDD-HHMMSS.db``, then ``…-2.db``, ``…-3.db``.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from salesdesk.core.os_errors import os_reason
from salesdesk.core.retention import backups_to_delete
from salesdesk.i18n import tr
from salesdesk.paths import create_private_file, make_private_dir

from .db import SCHEMA_VERSION, _claim, backup_database, remove_with_side_files
from .errors import CorruptDatabaseError, StorageError
from .health import full_check, inspect, reader, side_file, translate_error, translate_os_error

NAME = re.compile(r"^salesdesk-(\d{8}-\d{6})(?:-(\d+))?\.db$")
#: A copy being written: ``<name>.<pid>.part`` (older versions: ``<name>.part``) and the
#: journal SQLite keeps beside it.
PART = re.compile(r"\.db(?:\.(\d+))?\.part(?:-journal|-wal|-shm)?$")
#: A ``.part`` whose writer cannot be asked whether it still runs (Windows) is stale after this.
STALE_AFTER = dt.timedelta(hours=1)


def backup_folder(db_path: Path) -> Path:
    """Backups live beside the database, in ``backups/``."""
    return Path(db_path).parent / "backups"


def _writer_gone(pid: int | None, path: Path) -> bool:
    if pid is None:
        return True
    if pid == os.getpid():
        return False
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process there
        try:
            return time.time() - path.stat().st_mtime > STALE_AFTER.total_seconds()
        except OSError:
            return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, another user's
        return False
    return False


def clean_stale_parts(folder: Path) -> list[Path]:
    """Remove what a killed backup left (``.part`` copies and their journals: full copies of
    customer data); a copy another running process is still writing is left alone."""
    removed = []
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        match = PART.search(path.name)
        if match and _writer_gone(int(match.group(1)) if match.group(1) else None, path):
            try:
                path.unlink()
                removed.append(path)
            except FileNotFoundError:
                pass
    return removed


def make_backup(db: pw.SqliteDatabase, folder: Path, now: dt.datetime) -> Path:
    """A checked copy in ``folder`` under a new, unique name; CorruptDatabaseError when the
    database fails the check (nothing is written then)."""
    folder = Path(folder)
    dest = folder / f"salesdesk-{now:%Y%m%d-%H%M%S}.db"
    clean_stale_parts(folder)
    try:
        return backup_database(db, dest, unique=True)
    except StorageError:
        raise
    except OSError as exc:
        raise StorageError(tr("无法写入备份（{reason}）：{path}").format(reason=os_reason(exc), path=dest), dest) from exc


def _sort_key(match: re.Match) -> tuple[dt.datetime, int]:
    return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), int(match.group(2) or 1)


def list_backups(folder: Path) -> list[tuple[Path, dt.datetime]]:
    """The rotation's backups, oldest first (same second: in the order they were taken)."""
    found = []
    if Path(folder).is_dir():
        for path in Path(folder).iterdir():
            match = NAME.match(path.name)
            if match and path.is_file():
                found.append((_sort_key(match), path))
    return [(path, key[0]) for key, path in sorted(found)]


def prune_backups(folder: Path, now: dt.datetime) -> list[Path]:
    doomed = backups_to_delete(list_backups(folder), now)
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


@dataclass(frozen=True)
class BackupInfo:
    """One backup as a list of backups shows it. ``problem`` is empty for a readable one."""

    path: Path
    taken_at: dt.datetime
    customers: int | None
    prospects: int | None
    problem: str = ""


def describe_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first, with their customer and prospect counts,
    read read-only (no -wal/-shm is created beside them). Unreadable ones say why."""
    out = []
    for path, taken_at in reversed(list_backups(folder)):
        try:
            version = inspect(path, SCHEMA_VERSION, steps=0)
            if version == 0:
                raise CorruptDatabaseError(tr("不是 salesdesk 备份文件：{path}").format(path=path), path)
            with reader(path) as con:
                customers = con.execute("SELECT count(*) FROM customer").fetchone()[0]
                prospects = con.execute("SELECT count(*) FROM prospect").fetchone()[0]
        except StorageError as exc:
            out.append(BackupInfo(path, taken_at, None, None, str(exc)))
        except sqlite3.Error as exc:
            out.append(BackupInfo(path, taken_at, None, None, str(translate_error(exc, path))))
        else:
            out.append(BackupInfo(path, taken_at, customers, prospects))
    return out


def check_file(path: Path, full: bool = True) -> list[str]:
    """Problems SQLite finds in a database file (empty list: healthy). Read-only."""
    try:
        inspect(path, SCHEMA_VERSION, steps=None)
        return full_check(path) if full else []
    except StorageError as exc:
        return [str(exc)]


def validate_backup(path: Path) -> None:
    """Refuse anything that is not a healthy salesdesk database this version can open."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise StorageError(tr("备份文件不存在或为空：{path}").format(path=path), path)
    try:
        version = inspect(path, SCHEMA_VERSION, steps=None)
    except StorageError as exc:
        raise type(exc)(tr("不能从此文件恢复：{problem}").format(problem=exc), path) from exc
    if version == 0:
        raise StorageError(tr("不是 salesdesk 备份文件：{path}").format(path=path), path)
    problems = full_check(path)
    if problems:
        raise CorruptDatabaseError(tr("备份文件已损坏，未恢复：{problem}").format(problem=problems[0]), path)


def restore_into(db: pw.SqliteDatabase, backup: Path) -> None:
    """Replace the live database's content with ``backup``'s, in place, atomically for readers."""
    validate_backup(backup)
    with reader(backup) as source:
        try:
            source.backup(db.connection())
        except sqlite3.Error as exc:
            raise translate_error(exc, Path(db.database)) from exc


def restore_over_damaged(path: Path, backup: Path, now: dt.datetime) -> Path:
    """Restore ``backup`` as the database at ``path`` when that file cannot be opened
    (corrupt, truncated, not a database). The damaged file is not deleted: it is moved to
    ``backups/damaged-….db`` (outside the rotation) and its path is returned."""
    path, backup = Path(path), Path(backup)
    validate_backup(backup)
    folder = backup_folder(path)
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        make_private_dir(folder)
        remove_with_side_files(part)
        create_private_file(part)
        with reader(backup) as source:
            target = sqlite3.connect(str(part))
            try:
                source.backup(target)
            finally:
                target.close()
        aside = folder / f"damaged-{now:%Y%m%d-%H%M%S}.db"
        if path.exists():
            aside = _claim(path, aside, unique=True)
            for suffix in ("-wal", "-shm", "-journal"):
                if side_file(path, suffix).exists():
                    os.replace(side_file(path, suffix), side_file(aside, suffix))
        os.replace(part, path)
        return aside
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    finally:
        remove_with_side_files(part)
