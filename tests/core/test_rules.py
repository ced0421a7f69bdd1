import datetime as dt
from decimal import Decimal

import pytest

from salesdesk.core.rules import CRITERIA, ProspectFacts, check_facts_edit, check_move
from salesdesk.core.stages import Stage, UnknownStage, parse_stage

DAY = dt.date(2026, 11, 23)
MET = DAY - dt.timedelta(days=3)
ALL_FIVE = ProspectFacts(
    stage=Stage.P25, first_meeting=MET, criteria=frozenset({1, 2, 3, 4, 5}), budget=Decimal(1500),
    signing_date=DAY + dt.timedelta(days=5), next_step="讲解建议书",
)


def test_criteria_are_the_five_of_the_method():
    assert [c.label for c in CRITERIA] == ["合适的人", "计划符合需要", "预算合理", "合适的时间", "有进一步发展"]


def test_50_refused_names_every_missing_criterion():
    facts = ProspectFacts(stage=Stage.P25, first_meeting=MET, criteria=frozenset({1}))
    check = check_move(facts, Stage.P50, DAY, 28)
    assert not check.allowed
    assert [m.criterion for m in check.missing] == [2, 3, 4, 5]
    for label in ("计划符合需要", "预算合理", "合适的时间", "有进一步发展"):
        assert label in check.refusal
    assert "合适的人" not in check.refusal


def test_ticked_budget_without_an_amount_does_not_count():
    facts = ALL_FIVE.with_(budget=None)
    check = check_move(facts, Stage.P50, DAY, 28)
    assert [m.criterion for m in check.missing] == [3]
    assert "预算金额" in check.refusal


def test_signing_date_outside_the_cycle_does_not_count():
    facts = ALL_FIVE.with_(signing_date=MET + dt.timedelta(days=29))
    check = check_move(facts, Stage.P50, DAY, 28)
    assert [m.criterion for m in check.missing] == [4]
    assert check_move(facts, Stage.P50, DAY, 30).allowed


def test_50_allowed_with_all_five():
    assert check_move(ALL_FIVE, Stage.P50, DAY, 28).allowed


def test_90_needs_signature_and_money_received():
    facts = ALL_FIVE.with_(stage=Stage.P50)
    check = check_move(facts, Stage.P90, DAY, 28)
    assert {m.key for m in check.missing} == {"signed", "paid"}
    assert "已签署" in check.refusal and "预收到帐" in check.refusal
    assert check_move(facts.with_(signed=True, paid=Decimal(1500)), Stage.P90, DAY, 28).allowed


def test_90_also_needs_the_five_criteria():
    facts = ProspectFacts(stage=Stage.P25, first_meeting=MET, signed=True, paid=Decimal(100))
    check = check_move(facts, Stage.P90, DAY, 28)
    assert {m.criterion for m in check.missing if m.criterion} == {1, 2, 3, 4, 5}


def test_won_only_from_90():
    facts = ALL_FIVE.with_(stage=Stage.P50, signed=True, paid=Decimal(1))
    check = check_move(facts, Stage.WON, DAY, 28)
    assert not check.allowed and "90%" in check.refusal
    assert check_move(facts.with_(stage=Stage.P90), Stage.WON, DAY, 28).allowed


def test_appointment_needs_a_date_and_25_needs_the_meeting_to_have_happened():
    assert not check_move(ProspectFacts(), Stage.APPOINTMENT, DAY, 28).allowed
    booked = ProspectFacts(stage=Stage.APPOINTMENT, first_meeting=DAY + dt.timedelta(days=2))
    check = check_move(booked, Stage.P25, DAY, 28)
    assert not check.allowed and "尚未发生" in check.refusal
    assert check_move(booked, Stage.P25, DAY + dt.timedelta(days=2), 28).allowed


@pytest.mark.parametrize("target", [Stage.OPPORTUNITY, Stage.APPOINTMENT, Stage.P25])
def test_backward_needs_a_reason(target):
    facts = ALL_FIVE.with_(stage=Stage.P50)
    if target == Stage.P25:
        facts = facts.with_(criteria=frozenset({1, 2, 3, 5}))  # 25% cannot keep all five
    refused = check_move(facts, target, DAY, 28)
    assert not refused.allowed and "原因" in refused.refusal
    assert check_move(facts, target, DAY, 28, reason="客户推迟签约").allowed


@pytest.mark.parametrize("start", [Stage.P50, Stage.P90])
def test_back_to_25_refused_while_all_five_criteria_hold(start):
    facts = ALL_FIVE.with_(stage=start, signed=start == Stage.P90)
    check = check_move(facts, Stage.P25, DAY, 28, reason="客户要再考虑")
    assert not check.allowed
    assert [m.key for m in check.missing] == ["criteria_drop"]
    assert "哪些标准已不再成立" in check.refusal
    dropped_one = facts.with_(criteria=frozenset({1, 2, 3, 4}))
    assert check_move(dropped_one, Stage.P25, DAY, 28, reason="客户要再考虑").allowed
    # Further back than 25% the criteria may stay: 25% is the stage defined by them.
    assert check_move(facts, Stage.APPOINTMENT, DAY, 28, reason="改约").allowed


def test_a_criterion_that_no_longer_holds_counts_as_dropped():
    late = ALL_FIVE.with_(stage=Stage.P50, signing_date=MET + dt.timedelta(days=29))
    assert check_move(late, Stage.P25, DAY, 28, reason="签约日期推迟").allowed


def test_forward_into_25_with_all_five_is_refused():
    met = ALL_FIVE.with_(stage=Stage.APPOINTMENT)
    check = check_move(met, Stage.P25, DAY, 28)
    assert not check.allowed and "50%" in check.refusal


def test_facts_edit_keeps_the_stage_rules():
    at_50 = ALL_FIVE.with_(stage=Stage.P50)
    refusal = check_facts_edit(at_50, at_50.with_(criteria=frozenset({1, 2, 3, 5})), DAY, 28)
    assert "合适的时间" in refusal and "退回“25%”" in refusal
    assert "预算合理" in check_facts_edit(at_50, at_50.with_(budget=None), DAY, 28)
    assert check_facts_edit(at_50, at_50.with_(budget=Decimal(2000), next_step="签约"), DAY, 28) == ""
    at_90 = at_50.with_(stage=Stage.P90, signed=True, paid=Decimal(1500))
    assert "合适的时间" in check_facts_edit(at_90, at_90.with_(signing_date=MET + dt.timedelta(days=40)), DAY, 28)
    at_25 = ALL_FIVE.with_(criteria=frozenset({1, 2, 3, 4}))
    assert "50%" in check_facts_edit(at_25, at_25.with_(criteria=frozenset({1, 2, 3, 4, 5})), DAY, 28)
    assert check_facts_edit(at_25, at_25.with_(criteria=frozenset({1})), DAY, 28) == ""
    assert check_facts_edit(ALL_FIVE.with_(stage=Stage.WON), ALL_FIVE.with_(stage=Stage.WON, next_step="x"), DAY, 28)


def test_facts_edit_is_not_blocked_by_what_already_failed():
    # The cycle shrank since: criterion 4 no longer holds, the budget may still change.
    at_50 = ALL_FIVE.with_(stage=Stage.P50, signing_date=MET + dt.timedelta(days=20))
    assert check_facts_edit(at_50, at_50.with_(budget=Decimal(900)), DAY, 14) == ""


def test_lost_from_any_stage_needs_a_reason():
    for stage in (Stage.OPPORTUNITY, Stage.P50, Stage.P90):
        assert not check_move(ProspectFacts(stage=stage), Stage.LOST, DAY, 28).allowed
        assert check_move(ProspectFacts(stage=stage), Stage.LOST, DAY, 28, reason="预算不足").allowed


def test_lost_only_reopens_into_opportunity():
    lost = ProspectFacts(stage=Stage.LOST, first_meeting=MET)
    assert not check_move(lost, Stage.P25, DAY, 28, reason="x").allowed
    assert check_move(lost, Stage.OPPORTUNITY, DAY, 28, reason="客户重新联系").allowed


def test_same_stage_is_refused():
    assert not check_move(ALL_FIVE, Stage.P25, DAY, 28).allowed


@pytest.mark.parametrize("text,stage", [
    ("p50", Stage.P50), ("50%", Stage.P50), ("成交", Stage.WON), ("退出", Stage.LOST),
    ("销售机会", Stage.OPPORTUNITY), ("约定初次见面", Stage.APPOINTMENT), (" P25 ", Stage.P25),
])
def test_stage_names_accept_keys_and_chinese_labels(text, stage):
    assert parse_stage(text) == stage


def test_unknown_stage_message_is_chinese():
    with pytest.raises(UnknownStage, match="未知的阶段"):
        parse_stage("p60")


def test_a_late_deal_still_closes_even_if_the_cycle_shrank():
    at_90 = ALL_FIVE.with_(stage=Stage.P90, signed=True, paid=Decimal(1500),
                           signing_date=MET + dt.timedelta(days=40))  # outside a 28-day cycle now
    assert check_move(at_90, Stage.WON, DAY, 28).allowed
