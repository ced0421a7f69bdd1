"""Backups: checked before they enter the rotation, unique names, no .part left behind,
rollback-journal mode, read read-only, listed with dates and counts."""
import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bad_files import filled, make_corrupt, sha, side_files, small_disk
from salesdesk.storage.backup import (
    describe_backups, list_backups, make_backup, prune_backups, validate_backup,
)
from salesdesk.storage.db import close_db, open_db
from salesdesk.storage.errors import CorruptDatabaseError, DiskFullError, StorageError

NOW = dt.datetime(2026, 11, 23, 10, 0, 0)
REPO = Path(__file__).resolve().parents[2]


def test_two_backups_in_the_same_second_get_two_names_and_both_stay(db, tmp_path):
    folder = tmp_path / "backups"
    first = make_backup(db, folder, NOW)
    kept = sha(first)
    second = make_backup(db, folder, NOW)
    third = make_backup(db, folder, NOW)
    assert [p.name for p in (first, second, third)] == [
        "salesdesk-20261123-100000.db", "salesdesk-20261123-100000-2.db", "salesdesk-20261123-100000-3.db"]
    assert sha(first) == kept
    assert [p for p, _ in list_backups(folder)] == [first, second, third]  # in the order taken
    assert prune_backups(folder, NOW) == []


def test_a_backup_is_in_rollback_journal_mode_private_and_has_no_side_files(db, tmp_path):
    path = make_backup(db, tmp_path / "backups", NOW)
    assert path.read_bytes()[18:20] == b"\x01\x01"
    assert side_files(path) == []
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


def test_validating_an_old_wal_header_backup_creates_no_side_files(db_path, tmp_path):
    # Backups taken by earlier versions kept the live file's WAL header.
    old = tmp_path / "backups" / "salesdesk-20261101-090000.db"
    old.parent.mkdir()
    old.write_bytes(db_path.read_bytes())
    assert old.read_bytes()[18:20] == b"\x02\x02"
    before = sha(old)
    validate_backup(old)
    assert describe_backups(old.parent)[0].customers == 0
    assert sha(old) == before and side_files(old) == []


def test_a_corrupt_database_is_not_backed_up_and_cannot_push_out_good_backups(tmp_path):
    path = filled(tmp_path / "salesdesk.db")
    folder = tmp_path / "backups"
    db = open_db(path)
    good = make_backup(db, folder, NOW - dt.timedelta(days=3))
    close_db(db)
    # Damage the file behind the open connection's back, as a failing disk would.
    db = open_db(path)
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096:page * 4096 + 12] = b"\x0d" + b"\xff" * 11
    with open(path, "r+b") as f:
        f.write(bytes(data))
    try:
        for minute in range(3):
            with pytest.raises(CorruptDatabaseError, match="未备份"):
                make_backup(db, folder, NOW + dt.timedelta(minutes=minute))
    finally:
        close_db(db)
    assert sorted(folder.iterdir()) == [good]  # no damaged copy, no .part


def test_a_backup_that_fails_on_a_full_disk_leaves_no_part(tmp_path):
    with small_disk(tmp_path / "disk", size_kb=16384) as disk:
        path = filled(disk / "salesdesk.db", customers=150)
        folder = disk / "backups"
        folder.mkdir()
        size = path.stat().st_size
        ballast = disk / "ballast.bin"
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        ballast.write_bytes(b"\0" * max(0, free - size // 2))  # room for half a copy
        db = open_db(path)
        try:
            with pytest.raises(DiskFullError, match="磁盘空间已满"):
                make_backup(db, folder, NOW)
        finally:
            close_db(db)
        assert list(folder.iterdir()) == []


def test_stale_parts_of_a_killed_backup_are_removed_on_the_next_run(db_path, db, tmp_path):
    """A real backup process is killed while its copy is still a .part; the next run cleans up."""
    folder = tmp_path / "backups"
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_BACKUP, str(db_path), str(folder)],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert child.stdout.readline().strip() == "copying"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    left = sorted(p.name for p in folder.iterdir())
    assert left and all(".part" in name for name in left)
    # Also what older versions left, and a journal from a copy killed mid-write.
    (folder / "salesdesk-20261101-090000.db.part").write_bytes(b"x" * 4096)
    (folder / "salesdesk-20261101-090000.db.part-journal").write_bytes(b"x" * 512)
    busy = folder / f"salesdesk-20261123-095959.db.{os.getppid()}.part"  # a live process's copy
    busy.write_bytes(b"x")
    made = make_backup(db, folder, NOW)
    assert sorted(folder.iterdir()) == sorted([made, busy])


_KILLED_BACKUP = """
import datetime as dt
import sys
import time
from pathlib import Path
from salesdesk.storage import db as dbmod
from salesdesk.storage.backup import make_backup

def stop_here(con, steps=None):
    print("copying", flush=True)
    time.sleep(3600)  # killed here, the copy still a .part

dbmod.quick_check = stop_here
db = dbmod.open_db(sys.argv[1])
make_backup(db, Path(sys.argv[2]), dt.datetime(2026, 11, 23, 9, 0))
"""


def test_backups_are_listed_newest_first_with_counts_read_only(desk, db, tmp_path):
    from salesdesk.core.customer import CustomerData

    folder = tmp_path / "backups"
    cid = desk.add_customer(CustomerData(name="何建国"))
    make_backup(db, folder, NOW - dt.timedelta(days=1))
    desk.add_prospect(cid, "年金险")
    desk.add_customer(CustomerData(name="李秀英"))
    make_backup(db, folder, NOW)
    broken = make_corrupt(tmp_path / "elsewhere.db")
    (folder / "salesdesk-20261120-080000.db").write_bytes(broken.read_bytes())
    before = {p.name: sha(p) for p in folder.iterdir()}
    listed = describe_backups(folder)
    assert [(b.taken_at, b.customers, b.prospects) for b in listed[:2]] == [
        (NOW, 2, 1), (NOW - dt.timedelta(days=1), 1, 0)]
    assert listed[2].taken_at == dt.datetime(2026, 11, 20, 8, 0) and listed[2].problem and listed[2].customers is None
    assert {p.name: sha(p) for p in folder.iterdir()} == before  # nothing written, nothing beside them


def test_restore_refuses_a_corrupt_backup(db, tmp_path):
    from salesdesk.storage.backup import restore_into

    bad = make_corrupt(tmp_path / "bad.db")
    with pytest.raises(StorageError, match="损坏"):
        restore_into(db, bad)
