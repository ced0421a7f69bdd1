"""Two desks on one file: a save made on a stale card is refused and loses nothing."""
from __future__ import annotations

import dataclasses

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.services import StaleEdit

from second_desk import change_in_another_process


@pytest.fixture
def cid(desk):
    return desk.add_customer(CustomerData(name="何建国", mobile="13812345678", notes="喜欢钓鱼"))


def test_a_save_on_a_card_changed_by_another_process_is_refused_and_keeps_the_other_change(desk, db_path, cid):
    loaded = desk.get_customer(cid)                                      # desk A opens the card
    change_in_another_process(db_path, cid, mobile="13900001111")        # desk B changes the mobile
    with pytest.raises(StaleEdit, match="已被修改"):                      # A saves its notes
        desk.update_customer(cid, dataclasses.replace(loaded, notes="周末不方便"), loaded=loaded)
    stored = desk.get_customer(cid)
    assert (stored.mobile, stored.notes) == ("13900001111", "喜欢钓鱼")


def test_a_save_on_a_fresh_card_goes_through(desk, db_path, cid):
    change_in_another_process(db_path, cid, mobile="13900001111")
    loaded = desk.get_customer(cid)
    desk.update_customer(cid, dataclasses.replace(loaded, notes="周末不方便"), loaded=loaded)
    stored = desk.get_customer(cid)
    assert (stored.mobile, stored.notes) == ("13900001111", "周末不方便")


def test_work_on_the_customers_prospects_is_no_conflict(desk, cid):
    loaded = desk.get_customer(cid)
    desk.add_prospect(cid, "重疾险")
    desk.log_activity(cid, "dial")
    desk.update_customer(cid, dataclasses.replace(loaded, notes="周末不方便"), loaded=loaded)
    assert desk.get_customer(cid).notes == "周末不方便"


def test_without_a_loaded_card_the_save_is_unconditional(desk, cid):
    desk.update_customer(cid, CustomerData(name="何建国", notes="新"))
    assert desk.get_customer(cid).notes == "新"


def test_a_card_an_older_version_stored_with_control_characters_loads_clean_and_saves(desk, cid):
    desk.db.execute_sql("UPDATE customer SET name = ?, notes = ? WHERE id = ?",
                        ("何\x1b[31m建国\x07", "第一行\r\n第二行\x00", cid))
    loaded = desk.get_customer(cid)
    assert (loaded.name, loaded.notes) == ("何[31m建国", "第一行\n第二行")
    desk.update_customer(cid, dataclasses.replace(loaded, company="宏达贸易"), loaded=loaded)
    stored = desk.db.execute_sql("SELECT name, notes, company FROM customer WHERE id = ?", (cid,)).fetchone()
    assert stored == ("何[31m建国", "第一行\n第二行", "宏达贸易")
