"""Is this file a healthy salesdesk database? Answered without changing it.

Everything here reads through ``reader()``: a read-only connection that, when nobody has
the file open (no -wal or -journal beside it), is also ``immutable`` — SQLite then takes
no locks and creates no -wal/-shm, so a refused file stays byte-identical with nothing
left beside it. Pragmas are only set (``open_db``) after a file has passed.

SQLite's own errors become one typed ``StorageError`` per cause (``translate_error``): a
locked, read-only or full file is never called corrupt, because the advice for corrupt —
restore a backup — would throw away newer data.
"""
from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from salesdesk.core.os_errors import os_reason
from salesdesk.i18n import tr

from .errors import (
    CorruptDatabaseError,
    DiskFullError,
    ForeignDatabaseError,
    LockedDatabaseError,
    MissingFolderError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    ReadOnlyFolderError,
    StorageError,
    TruncatedDatabaseError,
)

MAGIC = b"SQLite format 3\x00"

#: Tables every salesdesk schema version has had: a file at version >= 1 without them
#: is not (or no longer) a salesdesk database.
BASE_TABLES = frozenset({"customer", "prospect", "stage_change", "activity", "contact_record", "setting"})

#: Work allowed to ``PRAGMA quick_check`` when a file is opened, in SQLite VM steps.
#: Measured: a 278 MB database (100k customers, 1M activities, schema v3) takes 21 M
#: steps, 0.42 s — files up to ~350 MB are checked whole; beyond that the check stops after
#: ~0.6 s and the first and last rows of every table are read instead.
QUICK_CHECK_STEPS = 30_000_000
#: Up to this size a command-line command (``salesdesk customer list``…) checks the file
#: whole (≈ 25 ms); a bigger file gets the header, schema and table-end reads only, because
#: the whole check was 0.39 s of a 0.67 s ``customer list`` at 5× a heavy agent, and a VM-step
#: budget cannot bound it (one opcode does most of the work: 10 k steps took 330 ms). A
#: damaged page the command then touches is still reported as corrupt (cli/run.py); the
#: window, ``backup``, ``restore`` and ``check`` always check the whole file.
COMMAND_FULL_CHECK_BYTES = 16 * 1024 * 1024


def command_check_steps(path: Path) -> int | None:
    """The quick-check budget for one command on ``path`` (see COMMAND_FULL_CHECK_BYTES)."""
    try:
        small = path.stat().st_size <= COMMAND_FULL_CHECK_BYTES
    except OSError:
        small = True  # open_db reports what is wrong with it
    return QUICK_CHECK_STEPS if small else 0
_STEP = 10_000

#: Below this much free space the disk counts as full for ``salesdesk check``.
FREE_SPACE_MIN = 1024 * 1024

# Primary SQLite result codes (sqlite.org/rescode.html).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _uri(path: Path, *, immutable: bool) -> str:
    # as_uri() percent-encodes '?', '#', '%' and spaces that a bare "file:" URI would misread.
    uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def pending_beside(path: Path) -> bool:
    """A -wal or -journal lies beside the file: it is in use, or a crash left committed
    pages there. Such a file must be read normally; ``immutable=1`` would skip them."""
    return side_file(path, "-wal").exists() or side_file(path, "-journal").exists()


@contextmanager
def reader(path: str | Path, timeout: float = 5.0) -> Iterator[sqlite3.Connection]:
    """A read-only connection that leaves no file behind.

    With a -wal (or -journal) beside it the file is in use or was left by a crash: then
    it is read normally, so committed pages still in the WAL count (its side files exist
    already). Otherwise nothing can be pending and ``immutable=1`` reads the bytes as
    they are, creating nothing — even for a file whose header says WAL.
    """
    path = Path(path)
    try:
        con = sqlite3.connect(_uri(path, immutable=not pending_beside(path)), uri=True, timeout=timeout)
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    try:
        yield con
    finally:
        con.close()


# -- errors ----------------------------------------------------------------------
def _root_cause(exc: BaseException) -> BaseException:
    """peewee rolls back after a failed statement; when SQLite has already rolled back
    (a full disk does that) the rollback fails with "cannot rollback - no transaction is
    active" and hides the real cause, which is kept as the exception's context."""
    seen: set[int] = set()
    while "no transaction is active" in str(exc) and exc.__context__ is not None and id(exc) not in seen:
        seen.add(id(exc))
        exc = exc.__context__
    return exc


def _sqlite_code(exc: BaseException) -> int | None:
    for candidate in (exc, getattr(exc, "orig", None), exc.__cause__, exc.__context__):
        code = getattr(candidate, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF
    return None


def folder_writable(folder: Path) -> bool:
    """Can a new file be made in ``folder``? Tried for real (root ignores permission bits)."""
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".salesdesk-probe-"):
            return True
    except OSError:
        return False


def file_writable(path: Path) -> bool:
    """Can ``path`` be opened for writing? Opened and closed: nothing written, mtime kept."""
    try:
        with open(path, "r+b"):
            return True
    except OSError as exc:
        return exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS)


def _unwritable(path: Path) -> StorageError:
    if path.parent.is_dir() and not folder_writable(path.parent):
        return ReadOnlyFolderError(tr("数据库所在的文件夹不能写入（只读或没有权限）：{folder}").format(folder=path.parent), path)
    return ReadOnlyDatabaseError(tr("数据库文件是只读的（或没有写入权限），无法保存更改：{path}").format(path=path), path)


def disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < FREE_SPACE_MIN
    except OSError:
        return False


def translate_os_error(exc: OSError, path: Path) -> StorageError:
    """A failed file operation on or beside the database, by its cause."""
    path = Path(path)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFullError(tr("磁盘空间已满，无法写入，未做任何更改：{path}").format(path=path), path)
    if exc.errno == errno.ENOENT and not path.parent.is_dir():
        return MissingFolderError(tr("文件夹不存在：{folder}").format(folder=path.parent), path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _unwritable(path)
    return StorageError(tr("无法读写数据库文件（{reason}）：{path}").format(reason=os_reason(exc), path=path), path)


def translate_error(exc: BaseException, path: str | Path) -> StorageError:
    """An SQLite (or peewee) error as a one-line message in the user's language, typed by cause."""
    path = Path(path)
    exc = _root_cause(exc)
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OSError):
        return translate_os_error(exc, path)
    code = _sqlite_code(exc)
    text = str(exc).lower()
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or (code is None and ("locked" in text or "busy" in text)):
        return LockedDatabaseError(
            tr("数据库文件正被其他程序占用（另一个 salesdesk 窗口或程序正在写入），请关闭后重试：{path}").format(path=path),
            path)
    if code == SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError(tr("磁盘空间已满（database or disk is full），这次的更改未保存：{path}").format(path=path), path)
    if code == SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return _unwritable(path)
    if code == SQLITE_CANTOPEN or "unable to open" in text:
        if not path.parent.is_dir():
            return MissingFolderError(tr("文件夹不存在：{folder}").format(folder=path.parent), path)
        if path.exists() and not (folder_writable(path.parent) and file_writable(path)):
            return _unwritable(path)
        return StorageError(tr("无法打开数据库文件：{path}").format(path=path), path)
    if code == SQLITE_NOTADB or "not a database" in text:
        return NotADatabaseError(
            tr("文件已损坏或不是有效的 salesdesk 数据库（不是 SQLite 数据库文件）：{path}").format(path=path), path)
    if code == SQLITE_CORRUPT or "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(tr("数据库文件已损坏（{problem}）：{path}").format(problem=exc, path=path), path)
    if code == SQLITE_IOERR or "disk i/o" in text:
        if disk_full(path.parent):  # e.g. the -shm cannot grow on a full disk
            return DiskFullError(tr("磁盘空间已满，无法读写数据库，这次的更改未保存：{path}").format(path=path), path)
        return StorageError(tr("读写磁盘出错（{problem}），未做任何更改：{path}").format(problem=exc, path=path), path)
    return StorageError(tr("数据库操作失败（{problem}），未做任何更改：{path}").format(problem=exc, path=path), path)


# -- checks ------------------------------------------------------------------------
def check_header(path: Path) -> None:
    """The first 100 bytes, read as bytes: not SQLite at all, or cut short."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    if not head.startswith(MAGIC[: len(head)]) or not head:
        raise NotADatabaseError(
            tr("文件已损坏或不是有效的 salesdesk 数据库（不是 SQLite 数据库文件）：{path}").format(path=path), path)
    if len(head) < 100:
        raise TruncatedDatabaseError(
            tr("数据库文件不完整（只有 {size} 字节，可能复制或下载中断）：{path}").format(size=size, path=path), path)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptDatabaseError(tr("数据库文件已损坏（文件头无效）：{path}").format(path=path), path)
    if side_file(path, "-wal").exists():
        return  # pages may still be in the WAL: SQLite's own reading decides
    pages = int.from_bytes(head[28:32], "big")
    header_size_valid = head[24:28] == head[92:96] and pages > 0
    if size < page_size or (header_size_valid and size < pages * page_size):
        expected = pages * page_size if header_size_valid else page_size
        raise TruncatedDatabaseError(
            tr("数据库文件不完整（{size} 字节，应有 {expected} 字节，可能复制或下载中断）：{path}").format(
                size=size, expected=expected, path=path), path)


def quick_check(con: sqlite3.Connection, steps: int | None = QUICK_CHECK_STEPS) -> list[str] | None:
    """``PRAGMA quick_check`` within ``steps`` VM steps: its problems, or None when the
    budget ran out first (nothing found so far). ``steps=None``: no limit."""
    if steps is not None:
        calls = 0
        step = max(1, min(_STEP, steps))
        limit = max(1, steps // step)

        def progress() -> int:
            nonlocal calls
            calls += 1
            return calls > limit

        con.set_progress_handler(progress, step)
    try:
        rows = con.execute("PRAGMA quick_check(20)").fetchall()
    except sqlite3.OperationalError as exc:
        if steps is not None and "interrupt" in str(exc).lower():
            return None
        raise
    finally:
        con.set_progress_handler(None, 0)
    return [r[0] for r in rows if r[0] != "ok"]


def _read_table_ends(con: sqlite3.Connection, tables: set[str], rows: int = 50) -> None:
    """Read the first and last rows of each table (walks the b-tree's edges)."""
    for table in sorted(tables):
        for order in ("ASC", "DESC"):
            con.execute(f'SELECT * FROM "{table}" ORDER BY rowid {order} LIMIT {rows}').fetchall()


def inspect(path: str | Path, newest: int, *, steps: int | None = QUICK_CHECK_STEPS) -> int:
    """Check an existing, non-empty file before anything writes to it; its schema version.

    0 means a blank SQLite file (no tables) that may be set up as a new database.
    Raises NotADatabaseError, TruncatedDatabaseError, NewerDatabaseError,
    ForeignDatabaseError, CorruptDatabaseError (or LockedDatabaseError & co. when the
    file cannot even be read). Nothing is written, nothing is created beside the file.
    """
    path = Path(path)
    check_header(path)
    with reader(path) as con:
        try:
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
            if version > newest:
                raise NewerDatabaseError(
                    tr("此数据库由更新版本的 salesdesk 创建（数据版本 {version}，本程序支持到 {newest}），"
                       "请升级 salesdesk 后再打开；文件未做任何更改。").format(version=version, newest=newest), path)
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if version == 0 and tables or version > 0 and not tables & BASE_TABLES:
                raise ForeignDatabaseError(
                    tr("文件不是 salesdesk 数据库（是其他程序的数据库），未做任何更改：{path}").format(path=path), path)
            if version == 0:
                return 0
            missing = BASE_TABLES - tables
            if missing:
                raise CorruptDatabaseError(tr("数据库文件已损坏（缺少数据表 {tables}）：{path}").format(
                    tables=tr("、").join(sorted(missing)), path=path), path)
            problems = quick_check(con, steps)
            if problems is None:
                _read_table_ends(con, BASE_TABLES)  # ours, with rowids (not FTS shadow tables)
            elif problems:
                raise CorruptDatabaseError(tr("数据库文件已损坏（{problem}）：{path}").format(problem=problems[0], path=path), path)
            return version
        except sqlite3.Error as exc:
            raise translate_error(exc, path) from exc


def full_check(path: str | Path) -> list[str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check``: every problem (empty: healthy)."""
    path = Path(path)
    with reader(path) as con:
        try:
            problems = [r[0] for r in con.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [tr("外键错误：表 {table} 第 {row} 行").format(table=r[0], row=r[1]) for r in con.execute("PRAGMA foreign_key_check")]
        except sqlite3.Error as exc:
            error = translate_error(exc, path)
            if isinstance(error, CorruptDatabaseError):
                return [str(exc)]
            raise error from exc
    return problems


def probe_write_lock(path: Path, timeout: float = 0.5) -> None:
    """LockedDatabaseError when another process holds the write lock (nothing is written)."""
    try:
        con = sqlite3.connect(str(path), timeout=timeout)
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    finally:
        con.close()


def diagnose(path: str | Path, newest: int) -> None:
    """Everything ``salesdesk check`` looks at, most serious first; raises the cause found.

    The content first (a full integrity check), then whether it can be written: the
    folder, the file, another process's write lock, free space.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise MissingFolderError(tr("文件夹不存在：{folder}").format(folder=path.parent), path)
    if path.is_dir():
        raise StorageError(tr("这是一个文件夹，不是数据库文件：{path}").format(path=path), path)
    if not path.is_file():
        raise StorageError(tr("数据库文件不存在：{path}").format(path=path), path, advice=tr("请检查路径是否正确。"))
    if path.stat().st_size == 0:
        raise NotADatabaseError(tr("数据库文件是空的（0 字节）：{path}").format(path=path), path)
    inspect(path, newest, steps=None)
    problems = full_check(path)
    if problems:
        error = CorruptDatabaseError(tr("数据库有 {count} 处损坏（{problem}）：{path}").format(
            count=len(problems), problem=problems[0], path=path), path)
        error.problems = problems
        raise error
    if not folder_writable(path.parent):
        raise ReadOnlyFolderError(
            tr("数据库完好，但所在的文件夹不能写入（只读或没有权限）：{folder}").format(folder=path.parent), path)
    if not file_writable(path):
        raise ReadOnlyDatabaseError(tr("数据库完好，但文件是只读的（或没有写入权限）：{path}").format(path=path), path)
    free = shutil.disk_usage(path.parent).free
    if free < FREE_SPACE_MIN:
        raise DiskFullError(tr("数据库完好，但磁盘空间已满（剩余 {kb} KB），无法保存新的更改：{path}").format(
            kb=free // 1024, path=path), path)
    probe_write_lock(path)
