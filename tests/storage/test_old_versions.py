"""Every schema version ever released opens in this salesdesk, data intact (TagStudio's habit)."""
import shutil
from pathlib import Path

import pytest

from salesdesk.core.clock import FixedClock
from salesdesk.services import SalesDesk
from salesdesk.storage.db import SCHEMA_VERSION, close_db, open_db, read_user_version

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema_v*.db"))


def test_there_is_a_fixture_for_every_version():
    versions = sorted(int(p.stem.removeprefix("schema_v")) for p in FIXTURES)
    assert versions == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_database_opens_at_the_current_version(fixture, tmp_path, clock):
    path = tmp_path / "old.db"
    shutil.copy(fixture, path)
    db = open_db(path)
    try:
        desk = SalesDesk(db, clock)
        assert desk.count_customers() == 6
        some = desk.list_customers(limit=1)[0]
        assert desk.get_customer(some.id).name == some.name
        # Search works on migrated rows too (v2 fills the search column from old data).
        initials = some.name  # Chinese name: found by itself and by its pinyin initials
        from salesdesk.core.search import pinyin_keys

        assert some.id in [c.id for c in desk.list_customers(initials)]
        assert some.id in [c.id for c in desk.list_customers(pinyin_keys(some.name)[1])]
        assert desk.weekly_table().week  # reports still compute
    finally:
        close_db(db)
    assert read_user_version(path) == SCHEMA_VERSION


def _schema(path):
    import sqlite3

    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        shape = {}
        for table in tables:
            columns = [(r[1], r[2].upper(), r[3], r[5]) for r in con.execute(f'PRAGMA table_info("{table}")')]
            indexes = sorted(
                (tuple(c[2] for c in con.execute(f'PRAGMA index_info("{i[1]}")')), i[2])
                for i in con.execute(f'PRAGMA index_list("{table}")')
            )
            shape[table] = (columns, indexes)
        # Virtual tables and triggers (the v3 search index) are compared by their SQL.
        shape["sql"] = sorted(con.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type = 'trigger' OR sql LIKE 'CREATE VIRTUAL%'"))
        return shape
    finally:
        con.close()


@pytest.mark.parametrize("fixture", FIXTURES[:-1], ids=lambda p: p.stem)
def test_a_migrated_database_has_the_same_schema_as_a_new_one(fixture, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(fixture, old)
    close_db(open_db(old))
    new = tmp_path / "new.db"
    close_db(open_db(new))
    assert _schema(old) == _schema(new)


def test_v2_rereads_polyphonic_surnames_of_old_rows(tmp_path, clock):
    import sqlite3

    old = tmp_path / "old.db"
    shutil.copy(FIXTURES[0], old)  # schema v1
    con = sqlite3.connect(old)
    con.execute("UPDATE customer SET name = '曾娟娜', name_pinyin = 'cengjuanna', name_initials = 'cjn' WHERE id = 1")
    con.commit()
    con.close()
    db = open_db(old)
    try:
        desk = SalesDesk(db, clock)
        assert [c.name for c in desk.list_customers("zjn")] == ["曾娟娜"]
        assert [c.name for c in desk.list_customers("cjn")] == ["曾娟娜"]
    finally:
        close_db(db)


def test_v3_finds_companies_by_pinyin_in_old_rows(tmp_path, clock):
    """search_text is recomputed: an old customer's company answers to its pinyin."""
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES[1], old)  # schema v2: 廖琪 of 鼎盛物流有限公司
    db = open_db(old)
    try:
        desk = SalesDesk(db, clock)
        for query in ("dingsheng", "dswl", "鼎盛物流", "鼎盛"):
            assert [c.name for c in desk.list_customers(query)] == ["廖琪"], query
        assert desk.count_customers("dingsheng") == 1
    finally:
        close_db(db)


def test_the_search_index_follows_every_write_even_outside_the_services(tmp_path, clock):
    import sqlite3

    from salesdesk.core.customer import CustomerData

    path = tmp_path / "new.db"
    db = open_db(path)
    try:
        desk = SalesDesk(db, clock)
        cid = desk.add_customer(CustomerData(name="何建国", company="锦程物流"))
        assert [c.id for c in desk.list_customers("jincheng")] == [cid]
        con = sqlite3.connect(path)  # another program (or connection) edits and deletes
        con.execute("UPDATE customer SET search_text = 'xyzabc' WHERE id = ?", (cid,))
        con.commit()
        assert desk.list_customers("jincheng") == [] and desk.count_customers("xyzab") == 1
        con.execute("DELETE FROM customer WHERE id = ?", (cid,))
        con.commit()
        con.close()
        assert desk.count_customers("xyzab") == 0 and desk.count_customers("xy") == 0
        assert db.execute_sql("INSERT INTO customer_fts(customer_fts) VALUES ('integrity-check')") is not None
    finally:
        close_db(db)


def test_v5_normalises_phones_an_older_version_stored_as_typed(tmp_path, clock):
    """Phones typed before they were normalised on save (138-1234-5678, full-width digits)
    are stored in the one form the services write: searching 13812345678 finds them. A value
    that is not a phone number is kept exactly as it was."""
    import sqlite3

    from salesdesk.core.search import search_text

    old = tmp_path / "old.db"
    shutil.copy(FIXTURES[3], old)  # schema v4
    typed = {  # id: (mobile, phone) as an older version stored them
        1: ("138-1234-5678", "０１０－８８８８６６６６"),
        2: ("１３９１２３４５６７８", "(0571) 8765 4321 转 12"),
        3: ("+86 136 0000 1111", "王经理的座机"),
        4: ("一三八", ""),
    }
    con = sqlite3.connect(old)
    for cid, (mobile, phone) in typed.items():
        name, company, notes = con.execute("SELECT name, company, notes FROM customer WHERE id = ?", (cid,)).fetchone()
        con.execute("UPDATE customer SET mobile = ?, phone = ?, search_text = ? WHERE id = ?",
                    (mobile, phone, search_text(name, mobile, phone, company, notes), cid))
    con.commit()
    con.close()
    db = open_db(old)
    try:
        desk = SalesDesk(db, clock)
        stored = {cid: (desk.get_customer(cid).mobile, desk.get_customer(cid).phone) for cid in typed}
        assert stored == {
            1: ("13812345678", "010-88886666"),
            2: ("13912345678", "0571-87654321转12"),
            3: ("13600001111", "王经理的座机"),  # not a number: kept as it was
            4: ("一三八", ""),
        }
        for query, cid in (("13812345678", 1), ("138", 1), ("010-88886666", 1), ("13912345678", 2),
                           ("0571-8765", 2), ("13600001111", 3), ("王经理的座机", 3), ("一三八", 4)):
            assert cid in [c.id for c in desk.list_customers(query)], query
        assert desk.count_customers("138-1234") == 0  # the index no longer holds the old text
        db.execute_sql("INSERT INTO customer_fts(customer_fts) VALUES ('integrity-check')")
        # Every other field of the card is as it was: only the phones and search text moved.
        assert desk.count_customers() == 6
    finally:
        close_db(db)


def test_v6_turns_a_solar_date_flagged_lunar_into_the_lunar_date_it_meant(tmp_path):
    """Before v6 a lunar birthday was picked in a solar date picker and ticked 阴历: the
    numbers were the lunar ones. v6 keeps them as the lunar date (year, month, day, not
    leap) and clears the solar date and the flag; a day 31 (no lunar month has one) is 30."""
    import sqlite3

    old = tmp_path / "old.db"
    shutil.copy(FIXTURES[4], old)  # schema v5
    con = sqlite3.connect(old)
    con.execute("UPDATE customer SET birthday = '1990-08-15', birthday_lunar = 1 WHERE id = 1")
    con.execute("UPDATE customer SET birthday = '1985-01-31', birthday_lunar = 1 WHERE id = 2")
    con.execute("UPDATE customer SET birthday = '1975-11-21', birthday_lunar = 0 WHERE id = 3")
    con.commit()
    con.close()
    close_db(open_db(old))
    con = sqlite3.connect(old)
    rows = {r[0]: r[1:] for r in con.execute(
        "SELECT id, birthday, birthday_lunar, lunar_birthday_year, lunar_birthday_month, lunar_birthday_day, "
        "lunar_birthday_leap FROM customer WHERE id IN (1, 2, 3)")}
    con.close()
    assert rows[1] == (None, 0, 1990, 8, 15, 0)
    assert rows[2] == (None, 0, 1985, 1, 30, 0)
    assert rows[3] == ("1975-11-21", 0, None, None, None, 0)  # a solar birthday stays solar
