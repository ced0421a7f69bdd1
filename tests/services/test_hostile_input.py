"""Hostile values through the services: every text field of every write, ids, dates, numbers.

Each bad value raises the services' own error (InvalidInput / NotFound) with a Chinese
message that is itself free of control characters, and nothing is written.
"""
from __future__ import annotations

import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.services import InvalidInput, NotFound, ServiceError

HOSTILE = ["\x1b[31m红", "a\rb", "a\nb", "a\tb", "a\x07b", "a\x08b", "a\x00b", "a\ufffeb", "a\uffffb",
           "a\ud800b", "a\u202eb", "a\x85b"]


MULTILINE = ("customer.notes", "customer.first_impression", "contact.summary", "contact.needs")


def tables(desk):
    names = ("customer", "prospect", "stage_change", "activity", "contact_record", "setting")
    return {t: desk.db.execute_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in names}


def clean_message(exc: BaseException) -> str:
    text = str(exc)
    assert text and all(ch.isprintable() for ch in text), repr(text)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text), text
    return text


@pytest.fixture
def seeded(desk, clock):
    cid = desk.add_customer(CustomerData(name="何建国", mobile="13812345678"))
    pid = desk.add_prospect(cid, "重疾险")
    return cid, pid


def writes(cid, pid, bad):
    """Every text field of every write, each holding ``bad``."""
    at = dt.datetime(2026, 11, 20, 9, 0)
    return {
        **{f"customer.{f}": (lambda d, f=f: d.add_customer(CustomerData(**{"name": "李四", f: bad})))
           for f in CustomerData.field_names() if f not in ("met_on", "birthday", "lunar_birthday",
                                                             "anniversary", "referrer_id")
           and f not in ("gender", "value_grade", "relation_level")},
        "customer.update.name": lambda d: d.update_customer(cid, CustomerData(name=bad)),
        "prospect.plan": lambda d: d.add_prospect(cid, bad),
        "move.reason": lambda d: d.move_prospect(pid, Stage.LOST, reason=bad),
        "move.next_step": lambda d: d.move_prospect(pid, Stage.APPOINTMENT, first_meeting=at.date(),
                                                    next_step=bad),
        "send_back.reason": lambda d: d.send_back([pid], reason=bad),
        "criteria_note": lambda d: d.set_criteria_notes(pid, {1: bad}),
        "activity.note": lambda d: d.log_activity(cid, "dial", note=bad),
        **{f"contact.{f}": (lambda d, f=f: d.add_contact(cid, "电话", at=at, **{f: bad}))
           for f in ("subject", "purpose", "summary", "needs", "next_step", "result")},
        "contact.method": lambda d: d.add_contact(cid, bad),
        "setting.agent_name": lambda d: d.set_setting("agent_name", bad),
        "setting.lost_reasons": lambda d: d.set_lost_reasons(["预算不足", bad]),
    }


@pytest.mark.parametrize("bad", HOSTILE)
def test_control_characters_are_refused_in_every_text_field_of_every_write(desk, seeded, bad):
    cid, pid = seeded
    before = tables(desk)
    for where, call in writes(cid, pid, bad).items():
        if where in MULTILINE and bad in ("a\rb", "a\nb", "a\x85b", "a\tb"):
            continue  # kept as a line break / a space: see the next test
        with pytest.raises(InvalidInput) as refused:
            call(desk)
        clean_message(refused.value)
        assert tables(desk) == before, where


def test_multi_line_fields_keep_line_breaks_as_lf(desk, seeded):
    cid, _pid = seeded
    desk.update_customer(cid, CustomerData(name="何建国", notes="一\r\n二\r三\x85四\t五"))
    assert desk.get_customer(cid).notes == "一\n二\n三\n四 五"
    desk.add_contact(cid, "面谈", summary="纪要\r\n第二行", needs="需求\t体会")
    row = desk.db.execute_sql("SELECT summary, needs FROM contact_record").fetchone()
    assert row == ("纪要\n第二行", "需求 体会")


def test_a_one_line_field_refuses_a_tab_and_names_it(desk, seeded):
    cid, _ = seeded
    with pytest.raises(InvalidInput, match="计划名称含有不可见的控制字符（制表符 Tab）"):
        desk.add_prospect(cid, "重疾\t险")


@pytest.mark.parametrize("bad_id", [2**63, 2**64, -1, 0, -(2**63) - 1])
def test_ids_outside_sqlite_integers_are_not_found_not_overflow(desk, seeded, bad_id):
    calls = [
        lambda: desk.get_customer(bad_id), lambda: desk.customer_name(bad_id),
        lambda: desk.update_customer(bad_id, CustomerData(name="x")), lambda: desk.add_prospect(bad_id),
        lambda: desk.move_prospect(bad_id, Stage.LOST, reason="x"), lambda: desk.undo_move(bad_id),
        lambda: desk.undo_moves([bad_id]), lambda: desk.get_prospect(bad_id), lambda: desk.prospects_of(bad_id),
        lambda: desk.stage_history(bad_id), lambda: desk.send_back([bad_id]), lambda: desk.referrals_of(bad_id),
        lambda: desk.log_activity(bad_id, "dial"), lambda: desk.add_contact(bad_id, "电话"),
        lambda: desk.set_criteria_notes(bad_id, {1: "x"}), lambda: desk.board_cards([bad_id]),
        lambda: desk.prospect_count(bad_id),
    ]
    before = tables(desk)
    for call in calls:
        with pytest.raises(NotFound) as missing:
            call()
        clean_message(missing.value)
    assert tables(desk) == before


@pytest.mark.parametrize("bad_id", ["abc", 1.5, None, True, [1], "²"])
def test_an_id_that_is_no_number_is_invalid_input(desk, seeded, bad_id):
    for call in (lambda: desk.get_customer(bad_id), lambda: desk.add_prospect(bad_id),
                 lambda: desk.move_prospect(bad_id, Stage.LOST, reason="x"), lambda: desk.send_back([bad_id])):
        with pytest.raises(InvalidInput):
            call()


@pytest.mark.parametrize("interest", ["abc", 0, 6, 2**63, 3.5, "", [3]])
def test_interest_must_be_one_to_five(desk, seeded, interest):
    cid, _ = seeded
    with pytest.raises(InvalidInput, match="客户兴趣程度应为 1–5"):
        desk.add_contact(cid, "电话", interest=interest)


def test_interest_given_as_text_is_read(desk, seeded):
    cid, _ = seeded
    desk.add_contact(cid, "电话", interest="4")
    assert desk.db.execute_sql("SELECT interest FROM contact_record").fetchone() == (4,)


@pytest.mark.parametrize("day", [dt.date(9999, 12, 31), dt.date(2026, 11, 24), dt.date(1, 1, 1)])
def test_met_on_in_the_future_or_before_1900_is_refused(desk, day):
    with pytest.raises(InvalidInput, match="认识时间"):
        desk.add_customer(CustomerData(name="王五", met_on=day))
    assert desk.count_customers() == 0


@pytest.mark.parametrize("call", [
    lambda d, p: d.move_prospect(p, Stage.APPOINTMENT, first_meeting=dt.date(9999, 12, 31)),
    lambda d, p: d.move_prospect(p, Stage.APPOINTMENT, first_meeting="2026-11-20"),
    lambda d, p: d.move_prospect(p, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 20),
                                 at=dt.datetime.max),
    lambda d, p: d.move_prospect(p, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 20), at="now"),
    lambda d, p: d.move_prospect(p, "p60"),
    lambda d, p: d.move_prospect(p, Stage.P50, budget="1e999999"),
    lambda d, p: d.move_prospect(p, Stage.P50, budget=[1]),
    lambda d, p: d.move_prospect(p, Stage.P50, criteria=7),
    lambda d, p: d.move_prospect(p, Stage.P50, criteria=[2**70]),
    lambda d, p: d.move_prospect(p, Stage.WON, signed="yes"),
    lambda d, p: d.weekly_table(dt.date(9999, 12, 31)),
    lambda d, p: d.weekly_table(dt.date.min),
    lambda d, p: d.weekly_table("2026-11-20"),
    lambda d, p: d.deal_durations(as_of="tomorrow"),
    lambda d, p: d.board_snapshot(won_since="x"),
    lambda d, p: d.open_prospects(include_won_since=dt.date(1, 1, 1)),
    lambda d, p: d.get_prospect(p, today=dt.date.max),
    lambda d, p: d.list_customers(limit=2**63),
    lambda d, p: d.list_customers(limit="abc"),
    lambda d, p: d.list_customers(offset=-1),
    lambda d, p: d.set_criteria_notes(p, {"abc": "x"}),
    lambda d, p: d.set_criteria_notes(p, "1=x"),
    lambda d, p: d.set_setting("cycle_default_days", "²"),
    lambda d, p: d.set_setting("cycle_default_days", "9" * 5000),
    lambda d, p: d.set_setting("cycle_default_days", 1.5),
    lambda d, p: d.set_setting(["agent_name"], "x"),
    lambda d, p: d.set_settings([("agent_name", "x")]),
    lambda d, p: d.set_lost_reasons(5),
    lambda d, p: d.add_customer({"name": "王五"}),
    lambda d, p: d.log_activity(1, "dial", at=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)),
])
def test_bad_values_are_invalid_input_never_a_bare_python_error(desk, seeded, call):
    _cid, pid = seeded
    before = tables(desk)
    with pytest.raises(InvalidInput) as refused:
        call(desk, pid)
    clean_message(refused.value)
    assert tables(desk) == before


def test_reads_with_unusable_text_answer_instead_of_crashing(desk, seeded):
    assert desk.list_customers("\ud800何") != [] or True  # no UnicodeEncodeError
    assert desk.count_customers("何\x00") == 1
    assert desk.setting("\ud800", "默认") == "默认"
    with pytest.raises(NotFound):
        desk.find_customer("\x1b[31m何")


def test_search_finds_a_phone_however_it_was_typed(desk):
    a = desk.add_customer(CustomerData(name="张一", mobile="１３８１２３４５６７８"))
    b = desk.add_customer(CustomerData(name="张二", phone="+86 139-0000-1111"))
    c = desk.add_customer(CustomerData(name="张三", mobile="-13800001111"))
    assert desk.get_customer(a).mobile == "13812345678"
    assert desk.get_customer(c).mobile == "13800001111"
    assert {r.id for r in desk.list_customers("138")} == {a, c}
    assert [r.id for r in desk.list_customers("13900001111")] == [b]
    assert [r.id for r in desk.list_customers("13812345678")] == [a]


def test_a_refused_phone_says_so_in_chinese(desk):
    with pytest.raises(InvalidInput) as bad:
        desk.add_customer(CustomerData(name="王五", mobile="138-1234-567x"))
    assert bad.value.errors["mobile"].startswith("手机号码")


def test_errors_are_service_errors(desk):
    assert issubclass(InvalidInput, ServiceError) and issubclass(NotFound, ServiceError)


def test_an_amount_with_thousands_of_digits_is_refused_not_a_value_error(desk, seeded):
    _cid, pid = seeded
    with pytest.raises(InvalidInput, match="金额"):
        desk.move_prospect(pid, Stage.P50, budget=10**5000)


def test_a_setting_of_thousands_of_digits_is_refused_not_a_value_error(desk):
    with pytest.raises(InvalidInput, match="默认销售周期"):
        desk.set_setting("cycle_default_days", 10**5000)
