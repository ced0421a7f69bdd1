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

