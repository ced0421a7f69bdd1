"""Backups of the live database, restore, and integrity checks.

Copies go through SQLite's online backup API, never a file copy (a live WAL file may
hold pages not yet in the main file).
"""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import peewee as pw

from salesdesk.core.retention import backups_to_delete

from .db import SCHEMA_VERSION, backup_database, read_user_version
from .errors import StorageError

NAME = re.compile(r"^salesdesk-(\d{8}-\d{6})\.db$")


def backup_folder(db_path: Path) -> Path:
    """Backups live beside the database, in ``backups/``."""
    return Path(db_path).parent / "backups"


def make_backup(db: pw.SqliteDatabase, folder: Path, now: dt.datetime) -> Path:
    dest = folder / f"salesdesk-{now:%Y%m%d-%H%M%S}.db"
    try:
        return backup_database(db, dest)
    except OSError as exc:
        raise StorageError(f"无法写入备份（{exc.strerror or exc}）：{dest}") from exc
    except sqlite3.Error as exc:
        raise StorageError(f"备份失败：{exc}") from exc


def list_backups(folder: Path) -> list[tuple[Path, dt.datetime]]:
    out = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = NAME.match(path.name)
            if match:
                out.append((path, dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")))
    return sorted(out, key=lambda kv: kv[1])


def prune_backups(folder: Path, now: dt.datetime) -> list[Path]:
    doomed = backups_to_delete(list_backups(folder), now)
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def check_file(path: Path, full: bool = True) -> list[str]:
    """Problems SQLite finds in a database file (empty list: healthy)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return [f"无法打开：{exc}"]
    try:
        pragma = "integrity_check" if full else "quick_check"
        problems = [r[0] for r in con.execute(f"PRAGMA {pragma}") if r[0] != "ok"]
        problems += [f"外键错误：表 {r[0]} 第 {r[1]} 行" for r in con.execute("PRAGMA foreign_key_check")]
        return problems
    except sqlite3.DatabaseError as exc:
        return [f"文件已损坏：{exc}"]
    finally:
        con.close()


def validate_backup(path: Path) -> None:
    """Refuse anything that is not a healthy salesdesk database this version can open."""
    if not path.is_file() or path.stat().st_size == 0:
        raise StorageError(f"备份文件不存在或为空：{path}")
    version = read_user_version(path)
    if version == 0:
        raise StorageError(f"不是 salesdesk 备份文件：{path}")
    if version > SCHEMA_VERSION:
        raise StorageError(f"此备份由更新版本的 salesdesk 创建（数据版本 {version}），无法恢复")
    problems = check_file(path)
    if problems:
        raise StorageError(f"备份文件已损坏，未恢复：{problems[0]}")


def restore_into(db: pw.SqliteDatabase, backup: Path) -> None:
    """Replace the live database's content with ``backup``'s, in place, atomically for readers."""
    validate_backup(backup)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        source.backup(db.connection())
    finally:
        source.close()
