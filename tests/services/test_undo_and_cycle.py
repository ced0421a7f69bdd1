"""Findings of the first review, kept fixed."""
import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import Stage
from salesdesk.services import InvalidInput


def at_50(desk, name="何建国", met=dt.date(2026, 11, 2)):
    cid = desk.add_customer(CustomerData(name=name))
    pid = desk.add_prospect(cid, at=dt.datetime.combine(met, dt.time(8)))
    desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=met, at=dt.datetime.combine(met, dt.time(9)))
    desk.move_prospect(pid, Stage.P25, at=dt.datetime.combine(met, dt.time(15)))
    desk.move_prospect(pid, Stage.P50, criteria=[1, 2], budget=1500, signing_date=met + dt.timedelta(days=20),
                       next_step="签约", at=dt.datetime.combine(met, dt.time(16)))
    return pid


def test_undoing_a_send_back_restores_the_first_meeting_and_age(desk):
    pid = at_50(desk)
    before = desk.get_prospect(pid)
    sent = desk.move_prospect(pid, Stage.OPPORTUNITY, reason="超出销售周期")
    assert desk.get_prospect(pid).first_meeting is None
    desk.undo_move(sent.change_id)
    after = desk.get_prospect(pid)
    assert (after.stage, after.first_meeting, after.signing_date, after.age, after.stage_since) == (
        Stage.P50, before.first_meeting, before.signing_date, before.age, before.stage_since)
    desk.move_prospect(pid, Stage.P90, signed=True, paid=1500)  # the criteria hold again


def test_an_undo_cannot_be_undone(desk):
    pid = at_50(desk)
    moved = desk.move_prospect(pid, Stage.P90, signed=True, paid=1500)
    undone = desk.undo_move(moved.change_id)
    with pytest.raises(InvalidInput, match="不能再撤销"):
        desk.undo_move(undone.change_id)


def test_a_deal_reopened_and_closed_again_counts_once_in_the_cycle(desk):
    pid = at_50(desk)
    desk.move_prospect(pid, Stage.P90, signed=True, paid=1500, at=dt.datetime(2026, 11, 10, 9))
    for day in range(5):
        desk.move_prospect(pid, Stage.WON, at=dt.datetime(2026, 11, 12 + day, 9))
        desk.move_prospect(pid, Stage.P90, reason="保单撤回重录", at=dt.datetime(2026, 11, 12 + day, 10))
    assert len(desk.deal_durations()) == 1
    assert desk.sales_cycle().days == 28  # still the default: one deal is not five


def test_the_cycle_reads_only_the_latest_twenty_deals(desk):
    for i in range(25):
        pid = at_50(desk, f"客户{i}", dt.date(2026, 6, 1) + dt.timedelta(days=i))
        desk.move_prospect(pid, Stage.P90, signed=True, paid=100, at=dt.datetime(2026, 7, 1, 9) + dt.timedelta(days=i))
        desk.move_prospect(pid, Stage.WON, at=dt.datetime(2026, 7, 1, 10) + dt.timedelta(days=i + (i >= 5) * 10))
    durations = desk.deal_durations()
    assert len(durations) == 20 and durations[-1] == (dt.date(2026, 8, 4) - dt.date(2026, 6, 25)).days


def test_an_undo_after_the_week_does_not_change_that_week(desk, clock):
    pid = at_50(desk, met=dt.date(2026, 11, 19))
    moved = desk.move_prospect(pid, Stage.P90, signed=True, paid=5000, at=dt.datetime(2026, 11, 21, 9))
    week_day = dt.date(2026, 11, 21)
    assert desk.weekly_table(week_day).money[ReviewRow.MON].paid == 5000
    clock.set(dt.datetime(2026, 12, 10, 9))
    desk.undo_move(moved.change_id)
    assert desk.weekly_table(week_day).money[ReviewRow.MON].paid == 5000  # as printed then



def _overdue_at_25(desk, name, met):
    cid = desk.add_customer(CustomerData(name=name))
    pid = desk.add_prospect(cid, at=dt.datetime.combine(met, dt.time(8)))
    desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=met, at=dt.datetime.combine(met, dt.time(9)))
    desk.move_prospect(pid, Stage.P25, at=dt.datetime.combine(met, dt.time(15)))
    desk.log_activity(cid, "meet", at=dt.datetime(2026, 11, 9, 10))  # worked in the week of 11-06
    return pid


def test_a_cycle_override_takes_effect_from_the_day_it_is_set(desk, clock):
    """SPEC §7.1: weeks that ended before keep the cycle (and overdue marks) they had."""
    clock.set(dt.datetime(2026, 11, 10, 9))
    _overdue_at_25(desk, "何建国", dt.date(2026, 10, 20))  # 21 days old on 11-10
    past = desk.weekly_table(dt.date(2026, 11, 9))
    assert past.cycle_days == 28 and not past.cell(ReviewRow.WED, Stage.P25)[0].overdue
    clock.set(dt.datetime(2026, 11, 20, 9))  # the week of 11-06 ended on 11-12
    desk.set_setting("cycle_override_days", 10)
    assert desk.sales_cycle().days == 10
    again = desk.weekly_table(dt.date(2026, 11, 9))
    assert again.as_json() == past.as_json() and again.cycle_days == 28
    assert desk.weekly_table(dt.date(2026, 11, 20)).cycle_days == 10  # the week it was set in
    clock.set(dt.datetime(2026, 11, 27, 9))
    desk.set_setting("cycle_override_days", 0)  # back to computed from today on
    assert desk.sales_cycle().days == 28
    assert desk.weekly_table(dt.date(2026, 11, 20)).cycle_days == 10
    assert desk.weekly_table(dt.date(2026, 11, 9)).as_json() == past.as_json()
    assert desk.setting("cycle_override_days") == "0"


def test_setting_the_override_twice_a_day_keeps_the_last(desk, clock):
    clock.set(dt.datetime(2026, 11, 20, 9))
    desk.set_setting("cycle_override_days", 10)
    clock.set(dt.datetime(2026, 11, 20, 15))
    desk.set_settings({"cycle_override_days": 14, "agent_name": "张三"})
    assert desk.sales_cycle().days == 14 and desk.weekly_table(dt.date(2026, 11, 20)).cycle_days == 14
    assert desk.sales_cycle(as_of=dt.datetime(2026, 11, 20)).days == 28  # not yet that morning


def test_an_override_from_before_its_history_holds_for_every_week(desk, db):
    db.execute_sql("INSERT INTO setting (key, value) VALUES ('cycle_override_days', '12')")
    assert desk.weekly_table(dt.date(2025, 3, 3)).cycle_days == 12 and desk.sales_cycle().days == 12


def test_the_computed_cycle_of_a_past_week_is_the_one_as_of_its_end(desk, clock):
    """Deals closed, and undone, after a week ended do not change that week's cycle."""
    won = []
    for i in range(6):
        pid = at_50(desk, f"客户{i}", dt.date(2026, 9, 1) + dt.timedelta(days=i))
        desk.move_prospect(pid, Stage.P90, signed=True, paid=100, at=dt.datetime(2026, 9, 20, 9) + dt.timedelta(days=i))
        won.append(desk.move_prospect(pid, Stage.WON, at=dt.datetime(2026, 9, 21, 9) + dt.timedelta(days=2 * i)))
    week = desk.weekly_table(dt.date(2026, 10, 3))
    assert week.cycle_days == 23  # median of 20..25 days
    for i in range(6, 12):  # later, much longer deals
        pid = at_50(desk, f"客户{i}", dt.date(2026, 10, 10) + dt.timedelta(days=i))
        desk.move_prospect(pid, Stage.P90, signed=True, paid=100, at=dt.datetime(2026, 11, 1, 9) + dt.timedelta(days=i))
        desk.move_prospect(pid, Stage.WON, at=dt.datetime(2026, 11, 10, 9) + dt.timedelta(days=i))
    desk.undo_move(won[-1].change_id)  # undone today, long after that week
    assert desk.weekly_table(dt.date(2026, 10, 3)).cycle_days == 23
    assert desk.sales_cycle().days != 23


def test_the_cycle_reads_a_few_rows_without_a_not_in_over_all_deals(desk):
    for i in range(8):
        pid = at_50(desk, f"客户{i}", dt.date(2026, 6, 1) + dt.timedelta(days=i))
        desk.move_prospect(pid, Stage.P90, signed=True, paid=100, at=dt.datetime(2026, 7, 1, 9) + dt.timedelta(days=i))
        desk.move_prospect(pid, Stage.WON, at=dt.datetime(2026, 7, 2, 9) + dt.timedelta(days=i))
    statements = []
    con = desk.db.connection()
    con.set_trace_callback(statements.append)
    try:
        first = desk.sales_cycle()
        assert desk.sales_cycle() == first  # unchanged data: not read again
    finally:
        con.set_trace_callback(None)
    assert not [s for s in statements if "NOT IN" in s.upper()]
    assert len([s for s in statements if "'won'" in s]) == 1
