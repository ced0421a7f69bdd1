"""Deleting customers: a backup first, one transaction, and an undo that restores every row."""
from __future__ import annotations

import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.services import InvalidInput, NotFound
from salesdesk.storage.models import ALL_MODELS

TABLES = tuple(m._meta.table_name for m in ALL_MODELS)


def dump(desk) -> dict:
    return {t: desk.db.execute_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in TABLES}


def search_ids(desk, text):
    return [r[0] for r in desk.db.execute_sql(
        "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? ORDER BY rowid", (f'"{text}"',))]


@pytest.fixture
def family(desk):
    """何建国 introduced 李秀英 and 王芳; 李秀英 has prospects, history, activities, contacts,
    dates, appointments, to-dos and level changes."""
    db = desk.db
    he = desk.add_customer(CustomerData(name="何建国", mobile="13812345678"))
    li = desk.add_customer(CustomerData(name="李秀英", referrer_id=he, company="锦程物流"))
    wang = desk.add_customer(CustomerData(name="王芳", referrer_id=li))
    p = desk.add_prospect(li, "重疾险", at=dt.datetime(2026, 11, 2, 9))
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 4), at=dt.datetime(2026, 11, 3, 9))
    desk.add_prospect(li, "年金险", at=dt.datetime(2026, 11, 5, 9))
    desk.add_prospect(he, "医疗险", at=dt.datetime(2026, 11, 5, 9))
    desk.log_activity(li, "dial", at=dt.datetime(2026, 11, 20, 9))
    desk.add_contact(li, "电话", at=dt.datetime(2026, 11, 21, 9), summary="谈了计划")
    now = "2026-11-22 09:00:00"
    db.execute_sql("INSERT INTO customer_date (customer_id, label, lunar, year, month, day, leap, note) "
                   "VALUES (?, '孩子生日', 1, NULL, 4, 8, 1, '')", (li,))
    db.execute_sql("INSERT INTO level_change (customer_id, at, from_level, to_level, manual, reason) "
                   "VALUES (?, ?, '潜在客户', '目标客户', 1, '')", (li, now))
    db.execute_sql("INSERT INTO appointment (customer_id, prospect_id, start, minutes, title, place, notes, "
                   "first_meeting, created_at) VALUES (?, ?, ?, 60, '初次见面', '', '', 1, ?)", (li, p, now, now))
    db.execute_sql("INSERT INTO todo (text, notes, due, important, urgent, customer_id, period, progress, created_at) "
                   "VALUES ('送生日礼物', '', NULL, 1, 0, ?, '', 0, ?)", (li, now))
    return desk, he, li, wang


def test_delete_takes_a_backup_and_removes_everything_that_hangs_on_the_customer(family, db_path):
    desk, he, li, wang = family
    before = dump(desk)
    deleted = desk.customers.delete([li])
    assert deleted.backup is not None and deleted.backup.exists() and deleted.backup.parent == db_path.parent / "backups"
    assert deleted.names == ("李秀英",)
    assert dict(deleted.related)["prospect"] == 2 and dict(deleted.related)["stage_change"] >= 3
    after = dump(desk)
    assert [r[0] for r in after["customer"]] == [he, wang]
    assert [r[0] for r in after["prospect"]] == [3]  # 何建国's own
    for table in ("activity", "contact_record", "customer_date", "level_change", "appointment"):
        assert after[table] == [], table
    assert after["todo"][0][6] is None  # the to-do stays, without its customer
    wang_row = desk.get_customer(wang)
    assert wang_row.referrer_id is None
    assert search_ids(desk, "李秀英") == []
    desk.customers.undo_delete(deleted)
    assert dump(desk) == before  # every row back, ids included
    assert desk.get_customer(wang).referrer_id == li
    assert search_ids(desk, "李秀英") == [li]  # type-ahead finds her again


def test_several_customers_in_one_delete_and_a_referral_between_them(family):
    desk, he, li, wang = family
    before = dump(desk)
    deleted = desk.customers.delete([he, li, wang])
    assert dump(desk)["customer"] == []
    desk.customers.undo_delete(deleted)
    assert dump(desk) == before


def test_undo_refuses_when_an_id_was_taken_again(family):
    desk, he, li, wang = family
    deleted = desk.customers.delete([wang])  # the highest id: SQLite gives it to the next customer
    new = desk.add_customer(CustomerData(name="赵敏"))
    assert new == wang
    before = dump(desk)
    with pytest.raises(InvalidInput, match="备份"):
        desk.customers.undo_delete(deleted)
    assert dump(desk) == before


def test_undo_after_the_referrer_was_deleted_too_restores_without_the_referrer(family):
    desk, he, li, wang = family
    first = desk.customers.delete([wang])
    desk.customers.delete([li])
    desk.customers.undo_delete(first)
    assert desk.get_customer(wang).referrer_id is None
    assert desk.db.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_bad_deletes_change_nothing(family):
    desk, he, li, wang = family
    before = dump(desk)
    for bad in ([], [99], "1", [li, 99]):
        with pytest.raises((InvalidInput, NotFound)):
            desk.customers.delete(bad)
    with pytest.raises(InvalidInput):
        desk.customers.undo_delete("snapshot")
    assert dump(desk) == before


def test_one_notification_for_a_delete(family):
    desk, he, li, wang = family
    seen = []
    desk.subscribe(seen.append)
    desk.customers.delete([li])
    assert len(seen) == 1 and seen[0].customers == {li} and seen[0].prospects
