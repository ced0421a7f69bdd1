"""客户五级分类 moves with the prospects, only upwards, recorded in LevelChange (issue 11)."""
import datetime as dt
from decimal import Decimal

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage

from grade_deals import at, customer, prospect, to_stage


def level(desk, cid):
    return desk.get_customer(cid).relation_level


def history(desk, cid):
    return [(c.from_level, c.to_level, c.manual) for c in reversed(desk.grades.level_changes(customer_id=cid))]


def test_a_replayed_history_gives_the_expected_level_changes(desk):
    """One customer's year: a meeting, 50%, a first deal, a second prospect lost, two more deals."""
    cid = customer(desk, "何建国")
    first = prospect(desk, cid)
    desk.move_prospect(first, Stage.APPOINTMENT, first_meeting=dt.date(2026, 10, 6), at=at(0, 9))
    desk.move_prospect(first, Stage.P25, at=at(1, 8))
    to_stage(desk, first, Stage.P50, day=1)
    to_stage(desk, first, Stage.WON, day=1)
    lost = prospect(desk, cid, "年金险", day=8)
    to_stage(desk, lost, Stage.P25, day=8)
    desk.move_prospect(lost, Stage.LOST, reason="预算不足", at=at(9))
    for n, plan in enumerate(["意外险", "医疗险"], start=1):
        to_stage(desk, prospect(desk, cid, plan, day=10 + n), Stage.WON, day=10 + n)
    changes = list(reversed(desk.grades.level_changes(customer_id=cid)))
    assert [(c.at, c.from_level, c.to_level, c.manual, c.reason) for c in changes] == [
        (at(0, 9), "潜在客户", "目标客户", False, "潜在客户进入“约定初次见面”"),
        (at(1, 9), "目标客户", "准客户", False, "潜在客户进入“50%”"),
        (at(6, 10), "准客户", "成交客户", False, "首次成交"),
        (at(17, 13), "成交客户", "忠诚客户", False, "第 3 次成交"),
    ]
    assert level(desk, cid) == "忠诚客户"
    assert dict(desk.grades.level_counts())["忠诚客户"] == 1


def test_moving_back_or_losing_never_lowers_the_level(desk):
    cid = customer(desk, "何建国")
    pid = prospect(desk, cid)
    to_stage(desk, pid, Stage.P50)
    desk.move_prospect(pid, Stage.OPPORTUNITY, reason="超出销售周期", at=at(2))
    desk.move_prospect(pid, Stage.LOST, reason="预算不足", at=at(3))
    assert level(desk, cid) == "准客户"
    assert len(history(desk, cid)) == 2


def test_a_level_chosen_by_hand_is_recorded_and_kept_from_the_prospects(desk):
    cid = desk.add_customer(CustomerData(name="何建国", relation_level="准客户"))
    assert history(desk, cid) == [("潜在客户", "准客户", True)]
    to_stage(desk, prospect(desk, cid), Stage.WON)
    assert level(desk, cid) == "准客户"  # by hand: the deal does not move it
    data = desk.get_customer(cid)
    data.relation_level = "目标客户"
    desk.update_customer(cid, data)
    assert history(desk, cid)[-1] == ("准客户", "目标客户", True)


def test_undoing_the_move_that_raised_the_level_puts_it_back(desk):
    cid = customer(desk, "何建国")
    pid = prospect(desk, cid)
    to_stage(desk, pid, Stage.P90)
    assert level(desk, cid) == "准客户"
    desk.move_prospect(pid, Stage.WON, premium=Decimal(1000), at=at(5))
    assert level(desk, cid) == "成交客户"
    desk.undo_move(desk.stage_history(pid)[-1].id)
    assert level(desk, cid) == "准客户"
    assert history(desk, cid)[-1][:2] == ("成交客户", "准客户")
    assert desk.grades.level_changes(customer_id=cid)[0].reason.startswith("撤销")
    # Undoing a move that raised nothing changes nothing.
    count = len(history(desk, cid))
    desk.move_prospect(pid, Stage.P50, reason="客户要求重新考虑")
    desk.undo_move(desk.stage_history(pid)[-1].id)
    assert level(desk, cid) == "准客户" and len(history(desk, cid)) == count


def test_an_undo_keeps_the_level_another_prospect_still_earns(desk):
    cid = customer(desk, "何建国")
    first, second = prospect(desk, cid), prospect(desk, cid, "年金险")
    desk.move_prospect(first, Stage.APPOINTMENT, first_meeting=dt.date(2026, 10, 8), at=at(1))
    desk.move_prospect(second, Stage.APPOINTMENT, first_meeting=dt.date(2026, 10, 9), at=at(1, 10))
    desk.undo_move(desk.stage_history(first)[-1].id)
    assert level(desk, cid) == "目标客户"  # the second prospect's meeting is still booked


def test_an_undo_never_lowers_below_where_the_customer_was(desk):
    cid = desk.add_customer(CustomerData(name="何建国", relation_level="目标客户"))
    data = desk.get_customer(cid)
    desk.db.execute_sql("UPDATE customer SET relation_level_manual = 0 WHERE id = ?", (cid,))  # an older file
    pid = prospect(desk, cid)
    to_stage(desk, pid, Stage.P50)
    assert level(desk, cid) == "准客户"
    desk.undo_move(desk.stage_history(pid)[-1].id)
    assert level(desk, cid) == "目标客户" and data.relation_level == "目标客户"


def test_a_hand_set_level_is_not_put_back_by_an_undo(desk):
    cid = customer(desk, "何建国")
    pid = prospect(desk, cid)
    to_stage(desk, pid, Stage.P50)
    data = desk.get_customer(cid)
    data.relation_level = "成交客户"
    desk.update_customer(cid, data)
    desk.undo_move(desk.stage_history(pid)[-1].id)
    assert level(desk, cid) == "成交客户"


def test_loyal_deals_is_a_setting(desk):
    desk.set_setting("loyal_deals", "2")
    cid = customer(desk, "何建国")
    to_stage(desk, prospect(desk, cid), Stage.WON)
    to_stage(desk, prospect(desk, cid, "年金险", day=1), Stage.WON, day=1)
    assert level(desk, cid) == "忠诚客户"


def test_level_changes_since_a_day_and_counts_per_level(desk):
    a, b = customer(desk, "何建国"), customer(desk, "李秀英")
    to_stage(desk, prospect(desk, a), Stage.P25, day=0)
    to_stage(desk, prospect(desk, b, day=3), Stage.P25, day=3)
    assert [c.customer_name for c in desk.grades.level_changes(since=dt.date(2026, 10, 7))] == ["李秀英"]
    assert [(c.customer_id, c.customer_name) for c in desk.grades.level_changes()] == [(b, "李秀英"), (a, "何建国")]
    assert desk.grades.level_counts()[:5] == [("潜在客户", 0), ("目标客户", 2), ("准客户", 0), ("成交客户", 0),
                                             ("忠诚客户", 0)]


def test_the_level_moves_in_the_same_transaction_as_the_move(desk, monkeypatch):
    cid = customer(desk, "何建国")
    pid = prospect(desk, cid)
    from salesdesk.storage.models import LevelChange

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(LevelChange, "create", broken)
    with pytest.raises(RuntimeError):
        desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=dt.date(2026, 10, 6), at=at(0))
    assert desk.get_prospect(pid).stage == Stage.OPPORTUNITY and level(desk, cid) == "潜在客户"
