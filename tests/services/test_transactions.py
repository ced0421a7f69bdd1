"""Each write is one transaction: a failure part-way leaves nothing behind."""
import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.services import InvalidInput, MoveRefused, NotFound
from salesdesk.storage import models


def counts():
    return {m.__name__: m.select().count() for m in models.ALL_MODELS}


def test_add_prospect_failing_after_the_first_insert_rolls_back(desk, monkeypatch):
    cid = desk.add_customer(CustomerData(name="何建国"))
    before = counts()

    def fail(*a, **k):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(models.StageChange, "create", fail)
    with pytest.raises(RuntimeError):
        desk.add_prospect(cid, "重疾险")
    assert counts() == before


def test_refused_move_saves_none_of_the_supplied_facts(desk):
    cid = desk.add_customer(CustomerData(name="何建国"))
    pid = desk.add_prospect(cid, at=dt.datetime(2026, 11, 2, 9))
    desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 3), at=dt.datetime(2026, 11, 2, 10))
    desk.move_prospect(pid, Stage.P25, at=dt.datetime(2026, 11, 3, 15))
    with pytest.raises(MoveRefused) as refused:
        desk.move_prospect(pid, Stage.P50, criteria=[1, 2], budget=1500)
    assert [m.criterion for m in refused.value.missing] == [4, 5]
    view = desk.get_prospect(pid)
    assert view.stage == Stage.P25 and view.budget is None and view.criteria == frozenset()
    assert len(desk.stage_history(pid)) == 3


def test_unknown_ids_and_bad_cards_change_nothing(desk):
    before = counts()
    with pytest.raises(NotFound):
        desk.add_prospect(999)
    with pytest.raises(InvalidInput) as bad:
        desk.add_customer(CustomerData(name="王五", mobile="1234", email="not-an-email"))
    assert set(bad.value.errors) == {"mobile", "email"}
    assert counts() == before


def test_every_move_is_in_the_history_with_reason_and_money(desk):
    cid = desk.add_customer(CustomerData(name="何建国"))
    pid = desk.add_prospect(cid, "重疾险", at=dt.datetime(2026, 11, 2, 9))
    desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 3), at=dt.datetime(2026, 11, 2, 10))
    desk.move_prospect(pid, Stage.P25, at=dt.datetime(2026, 11, 3, 15))
    desk.move_prospect(pid, Stage.P50, criteria=[1, 2], budget=1500, signing_date=dt.date(2026, 11, 20),
                       next_step="讲解建议书", at=dt.datetime(2026, 11, 10, 15))
    desk.move_prospect(pid, Stage.P90, signed=True, paid=1500, at=dt.datetime(2026, 11, 20, 15))
    desk.move_prospect(pid, Stage.P50, reason="付款未到账", at=dt.datetime(2026, 11, 21, 15))
    history = desk.stage_history(pid)
    assert [(h.from_stage, h.to_stage) for h in history] == [
        (None, Stage.OPPORTUNITY), (Stage.OPPORTUNITY, Stage.APPOINTMENT), (Stage.APPOINTMENT, Stage.P25),
        (Stage.P25, Stage.P50), (Stage.P50, Stage.P90), (Stage.P90, Stage.P50),
    ]
    assert history[4].paid == 1500 and history[-1].reason == "付款未到账"


def test_undo_is_recorded_as_a_correction(desk):
    cid = desk.add_customer(CustomerData(name="何建国"))
    pid = desk.add_prospect(cid, at=dt.datetime(2026, 11, 2, 9))
    moved = desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 3))
    undone = desk.undo_move(moved.change_id)
    assert undone.to_stage == Stage.OPPORTUNITY
    history = desk.stage_history(pid)
    assert len(history) == 3 and history[-1].correction_of == moved.change_id
    assert desk.get_prospect(pid).stage == Stage.OPPORTUNITY


def test_sales_cycle_from_deals(desk, clock):
    for i, days in enumerate([10, 14, 18, 22, 26]):
        cid = desk.add_customer(CustomerData(name=f"客户{i}"))
        start = dt.datetime(2026, 6, 1, 9) + dt.timedelta(days=i)
        pid = desk.add_prospect(cid, at=start)
        met = start.date() + dt.timedelta(days=1)
        desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=met, at=start)
        desk.move_prospect(pid, Stage.P25, at=start + dt.timedelta(days=1))
        desk.move_prospect(pid, Stage.P50, criteria=[1, 2], budget=1000, signing_date=met + dt.timedelta(days=days),
                           next_step="签约", at=start + dt.timedelta(days=2))
        desk.move_prospect(pid, Stage.P90, signed=True, paid=1000, at=start + dt.timedelta(days=3))
        desk.move_prospect(pid, Stage.WON, at=dt.datetime.combine(met + dt.timedelta(days=days), dt.time(12)))
    assert desk.sales_cycle().days == 18
    desk.set_setting("cycle_override_days", 45)
    assert desk.sales_cycle().days == 45


def test_views_carry_the_customer_id(desk):
    cid = desk.add_customer(CustomerData(name="何建国"))
    pid = desk.add_prospect(cid, "重疾险")
    assert desk.get_prospect(pid).customer_id == cid
    assert [p.customer_id for p in desk.prospects_of(cid)] == [cid]
    assert [p.customer_id for p in desk.open_prospects()] == [cid]


def test_sent_back_to_opportunity_books_the_first_meeting_anew(desk):
    cid = desk.add_customer(CustomerData(name="何建国"))
    pid = desk.add_prospect(cid, at=dt.datetime(2026, 10, 1, 9))
    desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=dt.date(2026, 10, 2), at=dt.datetime(2026, 10, 1, 10))
    desk.move_prospect(pid, Stage.P25, at=dt.datetime(2026, 10, 2, 15))
    desk.move_prospect(pid, Stage.OPPORTUNITY, reason="超出销售周期")
    assert desk.get_prospect(pid).first_meeting is None
    with pytest.raises(MoveRefused, match="初次见面日期"):
        desk.move_prospect(pid, Stage.APPOINTMENT)  # the old date is not reused
    desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 25))
    assert desk.get_prospect(pid).age == 0


def _to_90(desk, name, paid):
    cid = desk.add_customer(CustomerData(name=name))
    pid = desk.add_prospect(cid, at=dt.datetime(2026, 11, 20, 9))
    desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 20), at=dt.datetime(2026, 11, 20, 10))
    desk.move_prospect(pid, Stage.P25, at=dt.datetime(2026, 11, 20, 11))
    desk.move_prospect(pid, Stage.P50, criteria=[1, 2], budget=paid, signing_date=dt.date(2026, 11, 30),
                       next_step="签约", at=dt.datetime(2026, 11, 20, 12))
    return pid, desk.move_prospect(pid, Stage.P90, signed=True, paid=paid, at=dt.datetime(2026, 11, 21, 12))


def test_undone_money_is_not_counted_in_the_week(desk):
    from salesdesk.core.review import ReviewRow

    pid, moved = _to_90(desk, "何建国", 900)
    assert desk.weekly_table().money[ReviewRow.MON].paid == 900
    desk.undo_move(moved.change_id)
    assert desk.weekly_table().money[ReviewRow.MON].paid == 0


def test_re_entering_90_does_not_book_the_payment_twice(desk):
    from salesdesk.core.review import ReviewRow

    pid, _ = _to_90(desk, "何建国", 900)
    desk.move_prospect(pid, Stage.P50, reason="到账金额有误", at=dt.datetime(2026, 11, 22, 9))
    desk.move_prospect(pid, Stage.P90, paid=1200, at=dt.datetime(2026, 11, 22, 10))
    assert desk.weekly_table().money[ReviewRow.MON].paid == 1200  # 900, then the 300 more received


def test_a_batch_notifies_once_after_it_ends_and_never_when_it_fails(desk):
    seen = []
    desk.subscribe(seen.append)
    with desk.batch():
        a = desk.add_customer(CustomerData(name="何建国"))
        b = desk.add_customer(CustomerData(name="李秀英"))
        assert seen == []  # nothing announced mid-batch
    assert len(seen) == 1 and seen[0].customers == {a, b}
    with pytest.raises(NotFound):
        with desk.batch(), desk.db.atomic("IMMEDIATE"):
            desk.add_customer(CustomerData(name="王伟"))
            desk.add_prospect(999)
    assert len(seen) == 1 and desk.count_customers() == 2
