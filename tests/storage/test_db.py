import hashlib
import sqlite3

import pytest

from salesdesk.storage import db as dbmod
from salesdesk.storage.db import SCHEMA_VERSION, close_db, open_db, read_user_version
from salesdesk.storage.errors import CorruptDatabaseError, NewerDatabaseError
from salesdesk.storage.models import Customer


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tables(path):
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def test_new_and_empty_files_are_created_at_the_current_version(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()  # a 0-byte file, e.g. made by a file manager
    for path in (tmp_path / "sub" / "new.db", empty):
        close_db(open_db(path))
        assert read_user_version(path) == SCHEMA_VERSION
        assert {"customer", "prospect", "stage_change", "activity", "contact_record", "setting"} <= tables(path)


def test_pragmas(db):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.db"
    close_db(open_db(path))
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    before = sha(path)
    with pytest.raises(NewerDatabaseError, match="更新版本"):
        open_db(path)
    assert sha(path) == before


def test_not_a_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"PK\x03\x04 definitely not sqlite" * 50)
    before = sha(path)
    with pytest.raises(CorruptDatabaseError):
        open_db(path)
    assert sha(path) == before


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE stuff (x)")
    con.commit()
    con.close()
    with pytest.raises(CorruptDatabaseError, match="不是 salesdesk"):
        open_db(path)


def test_migration_backs_up_first_and_runs_each_step(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    db = open_db(path)
    Customer.create(name="何建国", created_at="2026-01-01 00:00:00", updated_at="2026-01-01 00:00:00")
    close_db(db)

    def add_column(database):
        database.execute_sql("ALTER TABLE customer ADD COLUMN nickname TEXT DEFAULT ''")

    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(dbmod.MIGRATIONS, SCHEMA_VERSION + 1, add_column)
    close_db(open_db(path))
    assert read_user_version(path) == SCHEMA_VERSION + 1
    backups = list(tmp_path.glob(f"old.before-v{SCHEMA_VERSION + 1}-*.db"))
    assert len(backups) == 1
    assert read_user_version(backups[0]) == SCHEMA_VERSION  # the copy is the old file, consistent
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT name FROM customer").fetchall() == [("何建国",)]
    con.close()


def test_a_failing_migration_step_leaves_the_old_version(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    close_db(open_db(path))

    def broken(database):
        database.execute_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(dbmod.MIGRATIONS, SCHEMA_VERSION + 1, broken)
    with pytest.raises(Exception):
        open_db(path)
    assert read_user_version(path) == SCHEMA_VERSION
    assert "half_done" not in tables(path)


def test_a_rolled_back_transaction_leaves_nothing_behind(db):
    with pytest.raises(RuntimeError):
        with db.atomic("IMMEDIATE"):
            Customer.create(name="半途", created_at="2026-01-01 00:00:00", updated_at="2026-01-01 00:00:00")
            raise RuntimeError("crash in the middle")
    assert Customer.select().count() == 0
