"""BoardService: the board's snapshot, bulk send-back in one transaction, lost reasons, 90% checks."""
import datetime as dt
from decimal import Decimal

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.diagnosis import ShapeKind
from salesdesk.core.stages import Stage
from salesdesk.services import InvalidInput, MoveRefused, NotFound
from salesdesk.services.board import DEFAULT_LOST_REASONS, SEND_BACK_REASON

ORDER = (Stage.OPPORTUNITY, Stage.APPOINTMENT, Stage.P25, Stage.P50, Stage.P90, Stage.WON)


def place(desk, name, stage, age=5, signing_in=7, tags="", won_at=None):
    """A prospect walked honestly through the stages to ``stage``, first met ``age`` days ago.

    Every step happens on the day of the first meeting, except 成交: now (or ``won_at``).
    """
    today = desk.today()
    met = today - dt.timedelta(days=age)
    cid = desk.add_customer(CustomerData(name=name, tags=tags))
    pid = desk.add_prospect(cid, "重疾险", at=dt.datetime.combine(met - dt.timedelta(days=2), dt.time(9)))
    steps = {
        Stage.APPOINTMENT: dict(first_meeting=met),
        Stage.P25: {},
        Stage.P50: dict(criteria=[1, 2], budget=Decimal(1500), signing_date=today + dt.timedelta(days=signing_in),
                        next_step="讲解建议书"),
        Stage.P90: dict(signed=True, paid=Decimal(1500)),
        Stage.WON: dict(premium=Decimal(1500)),
    }
    for i, step in enumerate(ORDER[1:ORDER.index(stage) + 1]):
        at = dt.datetime.combine(met - dt.timedelta(days=1), dt.time(9)) if step == Stage.APPOINTMENT \
            else dt.datetime.combine(met, dt.time(9, 10 * i))
        if step == Stage.WON:
            at = won_at or desk.clock.now()
        desk.move_prospect(pid, step, at=at, **steps[step])
    return pid


def dump(db):
    return list(db.connection().iterdump())


def test_snapshot_has_open_prospects_and_this_weeks_deals_with_search_keys(desk):
    a = place(desk, "何建国", Stage.P25, tags="高净值，企业主")
    won_now = place(desk, "李娜", Stage.WON, age=10)
    won_old = place(desk, "王强", Stage.WON, age=20, won_at=dt.datetime(2026, 11, 10, 9))
    lost = place(desk, "赵敏", Stage.P25)
    desk.move_prospect(lost, Stage.LOST, reason="联系不上")
    snap = desk.board_snapshot()
    assert snap.won_since == dt.date(2026, 11, 20)  # the review week starts last Friday
    ids = {c.id for c in snap.cards}
    assert a in ids and won_now in ids and won_old not in ids and lost not in ids
    card = next(c for c in snap.cards if c.id == a)
    assert card.tags == ("高净值", "企业主")
    assert "hjg" in card.search_text and "hejianguo" in card.search_text
    assert card.age == 5 and card.stage == Stage.P25
    older = desk.board_snapshot(won_since=dt.date(2026, 11, 1))
    assert won_old in {c.id for c in older.cards}


def test_board_cards_returns_named_prospects_in_any_stage(desk):
    pid = place(desk, "何建国", Stage.P25)
    desk.move_prospect(pid, Stage.LOST, reason="暂无需求")
    [card] = desk.board_cards([pid])
    assert card.stage == Stage.LOST and card.lost_reason == "暂无需求"
    cid = card.customer_id
    other = desk.add_prospect(cid, "年金险")
    assert {c.id for c in desk.board_cards(customers=[cid])} == {pid, other}


def test_overdue_means_age_past_the_cycle(desk):
    edge = place(desk, "周期内", Stage.P25, age=28)
    late = place(desk, "过期了", Stage.P50, age=29, signing_in=-2)
    place(desk, "新客户", Stage.APPOINTMENT, age=0)
    assert [c.id for c in desk.overdue_prospects()] == [late]
    assert edge not in {c.id for c in desk.overdue_prospects()}


def test_send_back_moves_all_in_one_transaction_with_one_notification(desk):
    a = place(desk, "甲", Stage.P25, age=30)
    b = place(desk, "乙", Stage.P90, age=40, signing_in=-20)
    seen = []
    desk.subscribe(seen.append)
    results = desk.send_back([a, b])
    assert [r.to_stage for r in results] == [Stage.OPPORTUNITY] * 2
    assert len(seen) == 1 and seen[0].prospects == frozenset({a, b})
    for pid in (a, b):
        last = desk.stage_history(pid)[-1]
        assert last.to_stage == Stage.OPPORTUNITY and last.reason == SEND_BACK_REASON


@pytest.mark.parametrize("bad", ["unknown", "won", "opportunity"])
def test_send_back_refuses_the_whole_batch(desk, db, bad):
    a = place(desk, "甲", Stage.P25, age=30)
    other = {"unknown": lambda: 9999, "won": lambda: place(desk, "乙", Stage.WON),
             "opportunity": lambda: place(desk, "丙", Stage.OPPORTUNITY)}[bad]()
    before = dump(db)
    seen = []
    desk.subscribe(seen.append)
    with pytest.raises(NotFound if bad == "unknown" else InvalidInput):
        desk.send_back([a, other])
    assert dump(db) == before and seen == []
    # The listener is still subscribed after the refused batch.
    desk.set_setting("agent_name", "我")
    assert len(seen) == 1


def test_undo_moves_reverts_a_batch_as_corrections(desk):
    a = place(desk, "甲", Stage.P25, age=30)
    b = place(desk, "乙", Stage.P50, age=31, signing_in=-3)
    results = desk.send_back([a, b])
    undone = desk.undo_moves([r.change_id for r in results])
    assert {r.prospect_id: r.to_stage for r in undone} == {a: Stage.P25, b: Stage.P50}
    history = desk.stage_history(b)
    assert [h.to_stage for h in history[-2:]] == [Stage.OPPORTUNITY, Stage.P50]
    assert history[-1].correction_of == history[-2].id


def test_stuck_at_90_is_past_the_signing_date(desk):
    due_today = place(desk, "今天签", Stage.P90, signing_in=0)
    stuck = place(desk, "过期签", Stage.P90, signing_in=-1)
    assert [c.id for c in desk.stuck_at_90()] == [stuck]
    assert due_today not in {c.id for c in desk.stuck_at_90()}
    kinds = {d.kind: d for d in desk.board_diagnoses()}
    assert [n.prospect_id for n in kinds[ShapeKind.STUCK_AT_90].prospects] == [stuck]


def test_lost_reasons_default_and_are_editable(desk):
    assert desk.lost_reasons() == list(DEFAULT_LOST_REASONS)
    desk.set_lost_reasons(["预算不足", " 搬家了 ", "预算不足", ""])
    assert desk.lost_reasons() == ["预算不足", "搬家了"]
    with pytest.raises(InvalidInput):
        desk.set_lost_reasons([])
    with pytest.raises(InvalidInput):
        desk.set_lost_reasons(["太长" * 40])
    assert desk.lost_reasons() == ["预算不足", "搬家了"]


def test_criteria_notes_are_kept(desk):
    pid = place(desk, "何建国", Stage.P25)
    desk.set_criteria_notes(pid, {1: "本人就是老板", 3: "  "})
    assert desk.get_prospect(pid).criteria_notes == {1: "本人就是老板"}
    with pytest.raises(InvalidInput):
        desk.set_criteria_notes(pid, {6: "x"})


# -- 坚持标准 on the way back, and edits in place -------------------------------------------
def weekly_ids(desk):
    table = desk.weekly_table()
    return {e.prospect_id for cells in table.cells.values() for entries in cells.values() for e in entries}


@pytest.mark.parametrize("start", [Stage.P50, Stage.P90])
def test_back_to_25_must_say_which_criteria_no_longer_hold(desk, db, start):
    pid = place(desk, "何建国", start)
    before = dump(db)
    with pytest.raises(MoveRefused, match="哪些标准已不再成立") as refused:
        desk.move_prospect(pid, Stage.P25, reason="客户要和家人商量")
    assert [m.key for m in refused.value.missing] == ["criteria_drop"]
    with pytest.raises(MoveRefused):  # naming all five as still holding is the same refusal
        desk.move_prospect(pid, Stage.P25, reason="客户要和家人商量", criteria=[1, 2, 3, 4, 5])
    assert dump(db) == before
    desk.move_prospect(pid, Stage.P25, reason="客户要和家人商量", criteria=[1, 2, 5])
    view = desk.get_prospect(pid)
    assert view.stage == Stage.P25 and view.criteria == frozenset({1, 2, 5})
    assert view.budget == Decimal(1500)  # the facts stay; only the ticks go
    last = desk.stage_history(pid)[-1]
    assert last.reason == "客户要和家人商量（不再成立：3. 预算合理、4. 合适的时间）"
    # Undo puts the prospect back where it was, with all five criteria.
    desk.undo_move(last.id)
    view = desk.get_prospect(pid)
    assert view.stage == start and view.criteria == frozenset({1, 2, 3, 4, 5})


def test_a_backward_move_cannot_tick_a_criterion(desk):
    pid = place(desk, "何建国", Stage.P50)
    desk.update_prospect_facts(pid, criteria=[1, 2, 3, 4, 5])
    desk.move_prospect(pid, Stage.P25, reason="预算变了", criteria=[1, 2])
    with pytest.raises(InvalidInput, match="原本就未勾选"):
        desk.move_prospect(pid, Stage.APPOINTMENT, reason="改约", criteria=[1, 3])


def test_edit_in_place_is_one_history_row_and_can_be_undone(desk):
    pid = place(desk, "何建国", Stage.P50, age=10)
    seen = []
    desk.subscribe(seen.append)
    signing = desk.today() + dt.timedelta(days=10)
    result = desk.update_prospect_facts(pid, budget=Decimal(2000), signing_date=signing, next_step="带计划书签约")
    assert len(seen) == 1 and seen[0].prospects == frozenset({pid})
    view = desk.get_prospect(pid)
    assert (view.stage, view.budget, view.signing_date, view.next_step) == (
        Stage.P50, Decimal(2000), signing, "带计划书签约")
    last = desk.stage_history(pid)[-1]
    assert last.id == result.change_id and (last.from_stage, last.to_stage) == (Stage.P50, Stage.P50)
    assert last.reason.startswith("修改：") and "¥1,500.00 → ¥2,000.00" in last.reason
    assert "讲解建议书 → 带计划书签约" in last.reason
    # An edit is not a stage change: the weekly table does not list the prospect for it.
    assert pid not in weekly_ids(desk)
    desk.undo_move(result.change_id)
    view = desk.get_prospect(pid)
    assert (view.budget, view.next_step) == (Decimal(1500), "讲解建议书")
    assert desk.stage_history(pid)[-1].reason.startswith("撤销修改：")
    assert desk.update_prospect_facts(pid, next_step="讲解建议书") is None  # nothing differs


def test_edit_in_place_keeps_the_stage_rules(desk, db):
    at_50 = place(desk, "何建国", Stage.P50)
    at_25 = place(desk, "李娜", Stage.P25)
    at_90 = place(desk, "王强", Stage.P90)
    won = place(desk, "赵敏", Stage.WON)
    before = dump(db)
    with pytest.raises(MoveRefused, match="退回“25%”"):
        desk.update_prospect_facts(at_50, criteria=[1, 2, 3, 5])
    with pytest.raises(MoveRefused, match="预算合理"):
        desk.update_prospect_facts(at_50, budget=None)
    late = desk.today() + dt.timedelta(days=40)  # beyond the 28-day cycle from the first meeting
    with pytest.raises(MoveRefused, match="合适的时间"):
        desk.update_prospect_facts(at_90, signing_date=late)
    with pytest.raises(MoveRefused, match="50%"):
        desk.update_prospect_facts(at_25, criteria=[1, 2, 3, 4, 5], budget=Decimal(800),
                                   signing_date=desk.today(), next_step="签约")
    with pytest.raises(MoveRefused, match="成交"):
        desk.update_prospect_facts(won, next_step="回访")
    with pytest.raises(InvalidInput):
        desk.update_prospect_facts(at_50, budget=Decimal(-5))
    assert dump(db) == before
    desk.update_prospect_facts(at_25, criteria=[1, 2], next_step="下周讲解建议书")
    assert desk.get_prospect(at_25).criteria == frozenset({1, 2})
