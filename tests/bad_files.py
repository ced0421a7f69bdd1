"""Bad database files of every kind salesdesk must refuse, and unwritable places (tests only).

Customer data is invented. ``read_only`` works as root too (root ignores permission bits:
it sets the immutable attribute instead); ``small_disk`` mounts a tiny tmpfs and needs root.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest

from salesdesk.core.clock import FixedClock
from salesdesk.core.customer import CustomerData
from salesdesk.storage.db import SCHEMA_VERSION, close_db, open_db

PAGE = 4096


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    """Files beside ``path`` that SQLite (or a copy) would make: -wal, -shm, -journal, .part…"""
    path = Path(path)
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path)


def filled(path: Path, customers: int = 60) -> Path:
    """A healthy salesdesk database with a few pages of invented customers."""
    from salesdesk.services import SalesDesk
    import datetime as dt

    db = open_db(path)
    desk = SalesDesk(db, FixedClock(dt.datetime(2026, 11, 23, 10, 0)))
    for i in range(customers):
        cid = desk.add_customer(CustomerData(name=f"测试客户{i:03d}", company="示例保险代理", notes="备注" * 40))
        if i % 3 == 0:
            desk.add_prospect(cid, "年金险")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_db(db)
    return path


def make_corrupt(path: Path) -> Path:
    """Every b-tree page header but the first scribbled over."""
    filled(path)
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // PAGE):
        data[page * PAGE:page * PAGE + 12] = b"\x0d" + b"\xff" * 11
    path.write_bytes(bytes(data))
    return path


def make_truncated(path: Path) -> Path:
    filled(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])  # mid-page, as an interrupted copy stops
    return path


def make_not_sqlite(path: Path) -> Path:
    path.write_bytes(b"PK\x03\x04 a spreadsheet, not a database " * 200)
    return path


def make_newer(path: Path) -> Path:
    filled(path, customers=3)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    return path


def make_foreign(path: Path) -> Path:
    """Another program's SQLite file, in rollback-journal mode (header bytes 18–19 = 1)."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    con.executemany("INSERT INTO notes (text) VALUES (?)", [("备忘",)] * 50)
    con.commit()
    con.close()
    return path


def _chattr(flag: str, path: Path) -> bool:
    try:
        return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0
    except OSError:
        return False


@contextlib.contextmanager
def read_only(path: Path):
    """``path`` (a file or a folder) cannot be written, for whoever runs the tests."""
    path = Path(path)
    if os.geteuid() == 0:
        if not _chattr("+i", path):
            pytest.skip("cannot make a file read-only for root here (no chattr)")
        try:
            yield path
        finally:
            _chattr("-i", path)
        return
    mode = path.stat().st_mode
    os.chmod(path, 0o555 if path.is_dir() else 0o444)
    try:
        yield path
    finally:
        os.chmod(path, mode)


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int = 1024):
    """A tiny real file system mounted at ``folder`` (tmpfs; root only, else the test skips)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a small file system needs root and mount")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", f"sd-{uuid.uuid4().hex[:8]}", str(folder)],
                          capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill_disk(folder: Path) -> Path:
    """Fill the file system holding ``folder`` to the last byte."""
    filler = Path(folder) / "filler.bin"
    chunk = b"\0" * 65536
    with open(filler, "wb", buffering=0) as out:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    out.write(chunk[:size])
            except OSError:
                pass
    return filler
