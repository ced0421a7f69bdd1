"""desk.grades: premium per customer from the history, compute and apply (SPEC §5)."""
import datetime as dt
from decimal import Decimal

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.services import InvalidInput

from grade_deals import at, customer, prospect, to_stage, won


def grades(desk):
    return {r.name: (r.current, r.computed, r.manual) for r in desk.grades.compute()}


def test_premium_is_the_won_deals_premium_summed_per_customer(desk):
    cid = won(desk, "何建国", 1000)
    to_stage(desk, prospect(desk, cid, "年金险", day=1), Stage.WON, day=1, premium=Decimal("500.50"))
    to_stage(desk, prospect(desk, cid, "意外险", day=2), Stage.P90, day=2)  # paid, not won: no premium
    assert desk.grades.premiums() == {cid: Decimal("1500.50")}
    rows = desk.grades.compute()
    assert [(r.customer_id, r.premium, r.computed) for r in rows] == [(cid, Decimal("1500.50"), "A")]


def test_a_won_deal_undone_or_sent_back_does_not_count(desk):
    kept = won(desk, "何建国", 3000)
    undone = customer(desk, "李秀英")
    pid = prospect(desk, undone)
    to_stage(desk, pid, Stage.WON, premium=Decimal(9000))
    last = desk.stage_history(pid)[-1]
    desk.undo_move(last.id)
    back = won(desk, "王强", 8000)
    desk.move_prospect(desk.prospects_of(back)[0].id, Stage.P90, reason="保单撤回", at=at(6))
    assert desk.grades.premiums() == {kept: Decimal(3000)}


def test_a_deal_won_again_after_a_step_back_counts_its_premium_once(desk):
    cid = won(desk, "何建国", 1000)
    pid = desk.prospects_of(cid)[0].id
    desk.move_prospect(pid, Stage.P90, reason="保单撤回重录", at=at(6))
    desk.move_prospect(pid, Stage.WON, at=at(6))
    assert desk.grades.premiums() == {cid: Decimal(1000)}


def test_compute_grades_every_customer_by_premium_descending_and_no_premium_is_e(desk):
    for i, premium in enumerate([1000, 900, 800, 700, 600, 500, 400, 300, 200, 100]):
        won(desk, f"客户{i}", premium, day=i)
    customer(desk, "没成交")
    rows = desk.grades.compute()
    assert "".join(r.computed for r in rows) == "ABCDEEEEEEE"
    assert rows[-1].name == "没成交" and rows[-1].premium == 0
    assert all(r.current == "" and not r.manual for r in rows)


def test_apply_writes_grades_and_keeps_hand_set_ones_unless_asked(desk):
    top = won(desk, "何建国", 5000)
    low = won(desk, "李秀英", 100, day=1)
    hand = desk.add_customer(CustomerData(name="王强", value_grade="A"))  # chosen by hand
    assert grades(desk)["王强"] == ("A", "E", True)
    preview = desk.grades.preview()
    assert (preview.changed, preview.kept_manual) == (2, 1)
    assert grades(desk)["何建国"] == ("", "A", False)  # a preview writes nothing
    summary = desk.grades.apply()
    assert (summary.changed, summary.kept_manual, dict(summary.counts)) == (2, 1, {"A": 2, "B": 0, "C": 0, "D": 0,
                                                                                   "E": 1})
    assert [desk.get_customer(c).value_grade for c in (top, low, hand)] == ["A", "E", "A"]
    summary = desk.grades.apply(overwrite_manual=True)
    assert (summary.changed, summary.kept_manual) == (1, 0)
    assert desk.get_customer(hand).value_grade == "E"
    assert grades(desk)["王强"] == ("E", "E", False)  # computed from now on


def test_a_grade_chosen_on_the_card_becomes_hand_set_and_clearing_it_gives_it_back(desk):
    cid = won(desk, "何建国", 5000)
    desk.grades.apply()
    data = desk.get_customer(cid)
    data.value_grade = "C"
    desk.update_customer(cid, data)
    assert grades(desk)["何建国"] == ("C", "A", True)
    data.value_grade = ""
    desk.update_customer(cid, data)
    assert grades(desk)["何建国"] == ("", "A", False)
    data = desk.get_customer(cid)
    data.notes = "只改备注"
    desk.update_customer(cid, data)
    assert grades(desk)["何建国"] == ("", "A", False)  # saving the card without touching it


def test_apply_notifies_the_changed_customers_once(desk):
    cid = won(desk, "何建国", 5000)
    seen = []
    desk.subscribe(seen.append)
    desk.grades.apply()
    assert [c.customers for c in seen] == [frozenset({cid})]
    seen.clear()
    desk.grades.apply()
    assert seen == []  # nothing to change: nothing written, nobody told


def test_thresholds_come_from_the_settings(desk):
    for i in range(10):
        won(desk, f"客户{i}", 1000 - i * 100, day=i)
    desk.set_setting("grade_thresholds", "50,40,30,20")
    assert desk.grades.thresholds() == (50, 40, 30, 20)
    assert "".join(r.computed for r in desk.grades.compute()) == "AAAAABCDEE"
    with pytest.raises(InvalidInput, match="依次变小"):
        desk.set_setting("grade_thresholds", "60,70,80,90")
    assert desk.grades.thresholds() == (50, 40, 30, 20)


def test_apply_refuses_a_flag_that_is_not_yes_or_no(desk):
    with pytest.raises(InvalidInput, match="是 或 否"):
        desk.grades.apply(overwrite_manual="yes")


def test_the_premium_query_is_one_grouped_query_driven_by_the_won_prospects(desk):
    from salesdesk.services.grades import _PREMIUM_SQL

    plan = " ".join(row[-1] for row in desk.db.execute_sql("EXPLAIN QUERY PLAN " + _PREMIUM_SQL))
    assert "SEARCH p USING" in plan and "SCAN sc" not in plan, plan
