"""Each bad file is refused with its own error, left byte-identical, with nothing beside it."""
import sqlite3

import pytest

from bad_files import (
    filled, make_corrupt, make_foreign, make_newer, make_not_sqlite, make_truncated, read_only, sha, side_files,
)
from salesdesk.storage import health
from salesdesk.storage.db import SCHEMA_VERSION, close_db, open_db
from salesdesk.storage.errors import (
    CorruptDatabaseError, ForeignDatabaseError, LockedDatabaseError, NewerDatabaseError, NotADatabaseError,
    ReadOnlyDatabaseError, ReadOnlyFolderError, TruncatedDatabaseError,
)

KINDS = [
    (make_corrupt, CorruptDatabaseError, "已损坏"),
    (make_truncated, TruncatedDatabaseError, "不完整"),
    (make_not_sqlite, NotADatabaseError, "不是有效的 salesdesk"),
    (make_newer, NewerDatabaseError, "更新版本"),
    (make_foreign, ForeignDatabaseError, "其他程序"),
]


@pytest.mark.parametrize("make,error,words", KINDS, ids=lambda v: getattr(v, "__name__", ""))
def test_a_refused_file_is_left_byte_identical_with_nothing_beside_it(tmp_path, make, error, words):
    path = make(tmp_path / "salesdesk.db")
    before = sha(path)
    with pytest.raises(error, match=words) as caught:
        open_db(path)
    assert caught.value.path == path  # the window's dialog names the file
    assert caught.value.advice
    assert sha(path) == before
    assert side_files(path) == []


def test_a_foreign_file_keeps_its_rollback_journal_header(tmp_path):
    # The bug: the first PRAGMA journal_mode=WAL switched bytes 18-19 before the refusal.
    path = make_foreign(tmp_path / "other.db")
    with pytest.raises(ForeignDatabaseError):
        open_db(path)
    assert path.read_bytes()[18:20] == b"\x01\x01"


def test_only_corrupt_kinds_advise_a_backup():
    restore = [cls for cls in (CorruptDatabaseError, TruncatedDatabaseError) if "备份" in cls.advice]
    assert len(restore) == 2
    for cls in (LockedDatabaseError, ReadOnlyDatabaseError, ReadOnlyFolderError, NewerDatabaseError):
        assert "不需要从备份恢复" in cls.advice or "不要从备份恢复" in cls.advice or "升级" in cls.advice


def test_corruption_is_found_even_when_the_quick_check_budget_runs_out(tmp_path):
    path = make_corrupt(tmp_path / "salesdesk.db")
    before = sha(path)
    with pytest.raises(CorruptDatabaseError):
        health.inspect(path, SCHEMA_VERSION, steps=0)  # no quick check to speak of: the table ends are read
    assert sha(path) == before and side_files(path) == []


def test_a_healthy_file_passes_within_a_small_budget(tmp_path):
    path = filled(tmp_path / "salesdesk.db")
    con = sqlite3.connect(path)
    try:
        assert health.quick_check(con, steps=1) is None  # the budget ran out, nothing found
        assert health.quick_check(con, steps=None) == []
    finally:
        con.close()
    assert health.inspect(path, SCHEMA_VERSION, steps=1) == SCHEMA_VERSION


def test_a_wal_header_file_is_read_without_creating_side_files(tmp_path):
    path = filled(tmp_path / "salesdesk.db")
    assert path.read_bytes()[18:20] == b"\x02\x02"  # the live file is in WAL mode
    assert health.inspect(path, SCHEMA_VERSION) == SCHEMA_VERSION
    assert side_files(path) == []


def test_an_empty_file_becomes_a_new_database_created_private(tmp_path):
    path = tmp_path / "new.db"
    path.touch()
    close_db(open_db(path))
    assert health.inspect(path, SCHEMA_VERSION) == SCHEMA_VERSION


def test_a_read_only_database_file_opens_flagged_and_refuses_writes_as_read_only(tmp_path, clock):
    from salesdesk.core.customer import CustomerData
    from salesdesk.services import SalesDesk, WriteFailed

    path = filled(tmp_path / "salesdesk.db")
    before = sha(path)
    with read_only(path):
        db = open_db(path)
        try:
            assert db.read_only  # the window can open it read-only with a banner
            with pytest.raises(WriteFailed, match="只读") as caught:
                SalesDesk(db, clock).add_customer(CustomerData(name="何建国"))
            assert "损坏" not in str(caught.value) and "备份" not in str(caught.value)
        finally:
            close_db(db)
    assert sha(path) == before


def test_a_writable_database_is_not_flagged(db):
    assert db.read_only is False
