"""A write the database refuses (locked, read-only) is a WriteFailed in Chinese, not a raw error."""
import sqlite3

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.services import SalesDesk, WriteFailed
from salesdesk.storage import db as dbmod
from salesdesk.storage.db import close_db, open_db


@pytest.fixture
def quick_desk(db_path, clock, monkeypatch):
    monkeypatch.setattr(dbmod, "PRAGMAS", tuple((k, 50 if k == "busy_timeout" else v) for k, v in dbmod.PRAGMAS))
    database = open_db(db_path)
    yield SalesDesk(database, clock)
    close_db(database)


def test_a_locked_database_refuses_writes_in_chinese_and_changes_nothing(quick_desk, db_path):
    cid = quick_desk.add_customer(CustomerData(name="何建国"))
    pid = quick_desk.add_prospect(cid)
    other = sqlite3.connect(db_path, timeout=0.05)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(WriteFailed, match="占用"):
            quick_desk.add_customer(CustomerData(name="李秀英"))
        with pytest.raises(WriteFailed):
            quick_desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=quick_desk.today())
        with pytest.raises(WriteFailed):
            quick_desk.send_back([pid])
    finally:
        other.rollback()
        other.close()
    assert quick_desk.count_customers() == 1
    assert quick_desk.get_prospect(pid).stage == Stage.OPPORTUNITY
    quick_desk.add_customer(CustomerData(name="李秀英"))  # works again once the lock is gone


def test_a_full_disk_is_reported_as_such_not_as_a_failed_rollback(quick_desk):
    """SQLite rolls back by itself on SQLITE_FULL; peewee's own rollback then fails with
    "cannot rollback - no transaction is active", which used to be the message shown."""
    from salesdesk.storage.errors import DiskFullError

    db = quick_desk.db
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")  # the file may not grow: a full disk
    before = quick_desk.count_customers()
    with pytest.raises(WriteFailed) as caught:
        for i in range(500):
            quick_desk.add_customer(CustomerData(name=f"测试客户{i}", notes="备注" * 500))
    message = str(caught.value)
    assert "磁盘空间已满" in message and "database or disk is full" in message
    assert "cannot rollback" not in message and "损坏" not in message
    assert isinstance(caught.value.__cause__, Exception)
    written = quick_desk.count_customers() - before
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    quick_desk.add_customer(CustomerData(name="李秀英"))  # works again once there is room
    assert quick_desk.count_customers() == before + written + 1  # the failed one left nothing
    from salesdesk.storage.db import translate_error

    assert isinstance(translate_error(caught.value.__cause__, db.database), DiskFullError)
