"""Moving the data folder (设置 → 数据文件夹 → 移动…) without losing anything.

``desk.data_folder.move(db_path, target)`` copies the open database (SQLite's backup, under
the write lock so nothing changes meanwhile), checks the copy (integrity, foreign keys, the
same row count in every table), copies the backups and the log beside it (compared byte for
byte), and only then writes the preference ``data_dir`` (atomically): from then on the
window and the command line find the file in the new folder. The originals are removed
later by ``FolderMove.finish()``, once the window has closed the database. Any failure
before that removes what was copied and leaves the original folder as it was.

Refused up front, with the reason in the user's language: a folder that does not exist or
cannot be written, one that already holds a salesdesk.db (or a backup of the same name),
one inside the current data folder, and a disk without room for the copies.
"""
from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from salesdesk import paths, preferences
from salesdesk.core.os_errors import os_reason
from salesdesk.core.text import printable
from salesdesk.i18n import tr
from salesdesk.storage.backup import PART, backup_folder
from salesdesk.storage.errors import StorageError
from salesdesk.storage.health import folder_writable, side_file
from salesdesk.storage.relocate import copy_database_checked, copy_file_checked, writes_held

from .area import Area
from .desk import area
from .errors import ServiceError

log = logging.getLogger(__name__)

DB_NAME = "salesdesk.db"
#: The window's log and its rotations (app.LOG_NAME), moved along with the data.
LOG_NAMES = ("salesdesk.log", "salesdesk.log.1", "salesdesk.log.2", "salesdesk.log.3")
#: Room kept free on the target disk beyond the copies themselves.
SPARE_BYTES = 8 * 1024 * 1024


class FolderMoveRefused(ServiceError):
    """The data folder was not moved (nothing was changed); the message says why."""


@dataclass
class FolderMove:
    """A move whose copies are checked and whose preference is written. ``finish()``
    removes the originals; call it once the database at ``old_db`` is closed."""

    old_db: Path
    new_db: Path
    old_files: list[Path] = field(default_factory=list)

    @property
    def new_folder(self) -> Path:
        return self.new_db.parent

    def finish(self) -> list[Path]:
        """Remove the original files (the database with its -wal/-shm, the copied backups
        and logs) and the folders they leave empty. Returns what could not be removed."""
        left: list[Path] = []
        for path in [*side_files(self.old_db), *self.old_files]:
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                log.warning("cannot remove %s after the move: %s", path, exc)
                left.append(path)
        for folder in (backup_folder(self.old_db), self.old_db.parent):
            try:
                folder.rmdir()  # only when empty: anything else in it is not ours to remove
            except OSError:
                pass
        return left


def side_files(db_path: Path) -> list[Path]:
    return [db_path, *(side_file(db_path, suffix) for suffix in ("-wal", "-shm", "-journal"))]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def files_to_copy(db_path: Path) -> list[Path]:
    """The files that move with the database: its backups (half-written ones excepted)
    and the log."""
    found = []
    folder = backup_folder(db_path)
    if folder.is_dir():
        found += sorted(p for p in folder.iterdir() if p.is_file() and not PART.search(p.name))
    found += [db_path.parent / name for name in LOG_NAMES if (db_path.parent / name).is_file()]
    return found


def _human(size: int) -> str:
    if size >= 1024 ** 3:
        return f"{size / 1024 ** 3:.1f} GB"
    return f"{max(size, 1) / 1024 ** 2:.1f} MB"


def check_target(db_path: Path, target: object, *,
                 disk_usage: Callable[[Path], tuple] = shutil.disk_usage) -> Path:
    """The folder to move to, resolved; FolderMoveRefused with the reason otherwise."""
    db_path = Path(db_path)
    current = db_path.parent.resolve()
    if not isinstance(target, (str, os.PathLike)) or not str(target).strip():
        raise FolderMoveRefused(tr("请选择一个文件夹"))
    shown = printable(os.fspath(target), 300)
    try:
        raw = Path(target).expanduser()
        if not raw.is_absolute():
            raise FolderMoveRefused(tr("请选择一个完整的文件夹位置：{path}").format(path=shown))
        if not raw.is_dir():
            raise FolderMoveRefused(tr("文件夹不存在：{path}").format(path=shown))
        target = raw.resolve()
    except (OSError, ValueError, RuntimeError):  # a NUL, a lone surrogate, a loop of links…
        raise FolderMoveRefused(tr("文件夹不存在：{path}").format(path=shown)) from None
    if target == current:
        raise FolderMoveRefused(tr("数据已经在这个文件夹中：{path}").format(path=target))
    if _inside(target, current):
        raise FolderMoveRefused(tr("不能移到当前数据文件夹之内：{path}。请选择它以外的文件夹。").format(path=target))
    taken = [p for p in side_files(target / DB_NAME) if p.exists()]
    if taken:
        raise FolderMoveRefused(tr("这个文件夹中已有 salesdesk 数据文件（{name}），为免覆盖，没有移动。"
                                   "请选择另一个文件夹。").format(name=taken[0].name))
    copies = files_to_copy(db_path)
    for source in copies:
        dest = target / source.relative_to(db_path.parent)
        if dest.exists():
            raise FolderMoveRefused(tr("这个文件夹中已有同名的文件（{name}），为免覆盖，没有移动。"
                                       "请选择另一个文件夹。").format(name=dest.relative_to(target)))
    if not folder_writable(target):
        raise FolderMoveRefused(tr("不能写入这个文件夹（只读或没有权限）：{path}").format(path=target))
    needed = sum(_size(p) for p in side_files(db_path)) + sum(_size(p) for p in copies) + SPARE_BYTES
    try:
        free = disk_usage(target)[2]
    except OSError as exc:
        raise FolderMoveRefused(tr("无法读取这个文件夹所在磁盘的空间（{reason}）：{path}").format(
            reason=os_reason(exc), path=target)) from exc
    if free < needed:
        raise FolderMoveRefused(tr("目标磁盘空间不足：需要约 {needed}，只剩 {free}。没有移动。").format(
            needed=_human(needed), free=_human(free)))
    return target


def save_data_dir(folder: Path) -> None:
    """The preference ``data_dir``: ``folder``, or none at all when it is the system's own."""
    try:
        is_default = folder.resolve() == paths.default_data_dir().resolve()
    except OSError:
        is_default = False
    preferences.set_values({preferences.DATA_DIR: None if is_default else str(folder)})


@area
class DataFolderService(Area):
    """Where the data file lives, and moving it (see the module's docstring)."""

    name = "data_folder"

    def move(self, target: object, *,
             disk_usage: Callable[[Path], tuple] = shutil.disk_usage,
             save: Callable[[Path], None] = save_data_dir) -> FolderMove:
        """Copy the open database and what lives beside it into ``target``, checked, then
        point the preference at ``target``. FolderMoveRefused (nothing changed) when the
        folder will not do or a step fails."""
        db_path = Path(self.db.database)
        refused = getattr(self.db, "read_only_reason", "")
        if refused:
            raise FolderMoveRefused(refused)
        target = check_target(db_path, target, disk_usage=disk_usage)
        created: list[Path] = []
        made_backups = not (target / "backups").exists()
        try:
            with writes_held(self.db):
                created.append(copy_database_checked(self.db, target / DB_NAME))
                copies = files_to_copy(db_path)
                for source in copies:
                    created.append(copy_file_checked(source, target / source.relative_to(db_path.parent)))
                try:
                    save(target)
                except OSError as exc:
                    raise FolderMoveRefused(tr("无法保存新的数据文件夹位置（{reason}）：{path}").format(
                        reason=os_reason(exc), path=preferences.preferences_path())) from exc
        except BaseException as exc:
            for path in created:
                for leftover in side_files(path):
                    leftover.unlink(missing_ok=True)
            if made_backups:
                try:
                    (target / "backups").rmdir()
                except OSError:
                    pass
            if isinstance(exc, FolderMoveRefused):
                raise
            if isinstance(exc, (StorageError, OSError)):
                reason = str(exc) if isinstance(exc, StorageError) else os_reason(exc)
                raise FolderMoveRefused(tr("没有移动数据文件夹：{reason}。原来的数据没有改动。").format(
                    reason=reason)) from exc
            raise
        log.info("data folder moved from %s to %s", db_path.parent, target)
        return FolderMove(db_path, target / DB_NAME, copies)

