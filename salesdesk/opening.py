"""Opening the agent's file for the window: one writer per file, read-only otherwise.

A second window on a file that a salesdesk window is already editing opens it read-only,
with a banner (rather than bringing the first window to the front: raising another
process's window is refused by Wayland and by most window managers' focus-stealing
rules, while read-only works everywhere, needs no socket, and still lets the agent look).
Who is editing is a ``QLockFile`` beside the database (``salesdesk.db.lock``): it holds
the process id and host, so a lock left by a crashed or killed window is recognised as
stale and taken over at once. A file or folder that cannot be written opens read-only
too, with its own reason, instead of refusing only when the agent saves.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import peewee as pw
from PySide6.QtCore import QCoreApplication, QLockFile

from salesdesk import paths
from salesdesk.storage.db import close_db, open_db, open_db_read_only
from salesdesk.storage.health import file_writable, folder_writable


def _tr(text: str) -> str:
    return QCoreApplication.translate("opening", text)


def reason_other_window() -> str:
    return _tr("此文件已在另一个 salesdesk 窗口中打开。为免两处修改互相覆盖，这里只能查看、不能修改；"
               "要修改，请回到那个窗口（或关闭它后重新打开）。")


def reason_read_only_file() -> str:
    return _tr("数据库文件是只读的（或没有写入权限），只能查看、不能修改。"
               "要修改，请在文件属性中取消“只读”或给予写入权限后重新打开。")


def reason_read_only_folder() -> str:
    return _tr("数据库所在的文件夹不能写入，只能查看、不能修改，也不会自动备份。"
               "要修改，请把文件放到可写入的文件夹后重新打开。")


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@dataclass
class Opened:
    db: pw.SqliteDatabase
    path: Path
    #: Why the window must not edit (empty: it may).
    read_only_reason: str = ""
    lock: QLockFile | None = None

    def __post_init__(self) -> None:
        # The services refuse every write with this reason, before SQLite would (with a
        # vaguer one): whatever a page still tries, the agent reads why.
        self.db.read_only_reason = self.read_only_reason

    def close(self) -> None:
        close_db(self.db)
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def open_for_window(path: Path, *, lock: bool = True) -> Opened:
    """Open ``path`` for a window: for writing when this is the only window on a writable
    file, read-only (with the reason) otherwise. Raises what ``open_db`` raises."""
    path = Path(path)
    if not path.parent.exists():
        try:
            paths.make_private_dir(path.parent)
        except OSError:
            pass  # open_db says what is wrong with the folder
    held: QLockFile | None = None
    reason = ""
    if lock and path.parent.is_dir() and folder_writable(path.parent):
        held = QLockFile(str(lock_path(path)))
        held.setStaleLockTime(0)  # never stale by age: only when its process is gone
        if not held.tryLock(0):
            if held.error() == QLockFile.LockError.LockFailedError:
                reason = reason_other_window()
            held = None
    if not reason and path.is_file() and path.stat().st_size > 0:
        if not folder_writable(path.parent):
            reason = reason_read_only_folder()
        elif not file_writable(path):
            reason = reason_read_only_file()
    try:
        if reason:
            return Opened(open_db_read_only(path), path, reason, held)
        db = open_db(path)
        if getattr(db, "read_only", False):  # SQLite could only open it read-only
            close_db(db)
            return Opened(open_db_read_only(path), path, reason_read_only_file(), held)
        return Opened(db, path, "", held)
    except BaseException:
        if held is not None:
            held.unlock()
        raise
