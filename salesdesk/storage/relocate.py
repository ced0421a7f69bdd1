"""Copies for moving the data folder: the live database and the files beside it, each
checked before anything of the original is removed (services/data_folder.py decides when).

The database goes through SQLite's online backup API (``db.backup_database``, never a file
copy: a live WAL file may hold pages not yet in the main file) while the caller holds the
write lock (``writes_held``), so the copy can be compared with the original table by table.
Other files (backups, logs) are copied byte for byte and compared by SHA-256. Nothing is
ever written over: a name that exists is refused.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import peewee as pw

from salesdesk.i18n import tr
from salesdesk.paths import create_private_file, make_private_dir

from .db import _claim, backup_database, remove_with_side_files
from .errors import CorruptDatabaseError, StorageError
from .health import full_check, reader, translate_error, translate_os_error


@contextmanager
def writes_held(db: pw.SqliteDatabase) -> Iterator[None]:
    """Nobody (another window, a command) writes to ``db``'s file during the block: a
    connection of its own holds the write lock, while ``db``'s connection still reads (a
    backup cannot read through a connection that is itself writing). Nothing is written;
    a lock held elsewhere is waited for (5 s), then LockedDatabaseError."""
    path = Path(db.database)
    try:
        holder = sqlite3.connect(str(path), timeout=5, isolation_level=None)
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    try:
        try:
            holder.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate_error(exc, path) from exc
        try:
            yield
        finally:
            holder.execute("ROLLBACK")
    finally:
        holder.close()


def table_counts(con: sqlite3.Connection) -> dict[str, int]:
    """Rows of every table (SQLite's own excepted)."""
    names = [row[0] for row in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def copy_database_checked(db: pw.SqliteDatabase, dest: Path) -> Path:
    """A copy of the live ``db`` at ``dest`` (which must not exist) that passes SQLite's
    integrity and foreign-key checks and has the original's row count in every table.

    Call it inside ``writes_held(db)``: the counts are compared with the original as it is.
    A copy that fails a check is deleted and CorruptDatabaseError raised.
    """
    dest = Path(dest)
    copy = backup_database(db, dest)
    try:
        problems = full_check(copy)
        if not problems:
            original = table_counts(db.connection())
            with reader(copy) as con:
                copied = table_counts(con)
            if copied != original:
                differing = sorted(name for name in set(original) | set(copied)
                                   if original.get(name) != copied.get(name))
                problems = [tr("表 {tables} 的行数与原文件不同").format(tables=", ".join(differing))]
        if problems:
            raise CorruptDatabaseError(
                tr("复制的数据库没有通过检查（{problem}）").format(problem=problems[0]), copy)
    except BaseException:
        remove_with_side_files(copy)
        raise
    return copy


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def copy_file_checked(source: Path, dest: Path) -> Path:
    """``source`` copied to ``dest`` (0600, its times kept), compared byte for byte by
    SHA-256 before it takes its name; ``dest`` is never written over (FileExistsError)."""
    source, dest = Path(source), Path(dest)
    part = dest.with_name(f"{dest.name}.{os.getpid()}.part")
    try:
        make_private_dir(dest.parent)
        part.unlink(missing_ok=True)
        create_private_file(part)
        with open(source, "rb") as src, open(part, "wb") as out:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        shutil.copystat(source, part)
        os.chmod(part, 0o600)
        if sha256(part) != sha256(source):
            raise StorageError(tr("复制的文件与原文件不一致：{path}").format(path=source), source)
        return _claim(part, dest, unique=False)
    except FileExistsError:
        raise
    except OSError as exc:
        raise translate_os_error(exc, dest) from exc
    finally:
        part.unlink(missing_ok=True)
