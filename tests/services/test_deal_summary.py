"""交易总结: 成功原因 / 失败原因 and 经验总结 of prospects that ended 成交 or 退出."""
import datetime as dt

import pytest

from salesdesk.core.stages import Stage
from salesdesk.services import InvalidInput, NotFound

from grade_deals import at, customer, prospect, to_stage


def test_a_won_or_lost_prospect_takes_a_summary_and_an_open_one_does_not(desk):
    cid = customer(desk, "何建国")
    won, lost, open_ = prospect(desk, cid), prospect(desk, cid, "年金险"), prospect(desk, cid, "意外险")
    to_stage(desk, won, Stage.WON)
    desk.move_prospect(lost, Stage.LOST, reason="预算不足", at=at(1))
    seen = []
    desk.subscribe(seen.append)
    desk.grades.set_deal_summary(won, " 需求分析到位 ", "先讲保障，再讲收益\n第二次见面就带建议书")
    assert seen[0].prospects == frozenset({won})
    summary = desk.grades.deal_summary(won)
    assert (summary.stage, summary.reason, summary.lessons) == (
        Stage.WON, "需求分析到位", "先讲保障，再讲收益\n第二次见面就带建议书")
    desk.grades.set_deal_summary(lost, "没有找到决策人", "")
    assert desk.grades.deal_summary(lost).lost_reason == "预算不足"
    with pytest.raises(InvalidInput, match="只有成交或退出"):
        desk.grades.set_deal_summary(open_, "还没结束")
    with pytest.raises(NotFound):
        desk.grades.set_deal_summary(999, "无")
    with pytest.raises(InvalidInput, match="原因"):
        desk.grades.set_deal_summary(won, "换行\n不行")


def test_reasons_are_counted_won_and_lost_apart_the_exit_reason_standing_in(desk):
    cid = customer(desk, "何建国")
    for reason in ("需求分析到位", "需求分析到位", "老客户转介绍"):
        pid = prospect(desk, cid)
        to_stage(desk, pid, Stage.WON)
        desk.grades.set_deal_summary(pid, reason)
    to_stage(desk, prospect(desk, cid), Stage.WON)  # no reason written: not counted
    for exit_reason, written in (("预算不足", ""), ("预算不足", ""), ("已有保障", "没有找到决策人")):
        pid = prospect(desk, cid)
        desk.move_prospect(pid, Stage.LOST, reason=exit_reason, at=at(1))
        if written:
            desk.grades.set_deal_summary(pid, written)
    reasons = desk.grades.deal_reasons()
    assert reasons.won == (("需求分析到位", 2), ("老客户转介绍", 1))
    assert reasons.lost == (("预算不足", 2), ("没有找到决策人", 1))


def test_reasons_are_counted_over_a_period_by_the_day_the_prospect_ended(desk):
    cid = customer(desk, "何建国")
    early, late = prospect(desk, cid), prospect(desk, cid)
    desk.move_prospect(early, Stage.LOST, reason="预算不足", at=at(0))
    desk.move_prospect(late, Stage.LOST, reason="已有保障", at=at(3))
    day = (at(3)).date()
    assert desk.grades.deal_reasons(start=day, end=day).lost == (("已有保障", 1),)
    assert desk.grades.deal_reasons(end=at(0).date()).lost == (("预算不足", 1),)
    with pytest.raises(InvalidInput, match="早于"):
        desk.grades.deal_reasons(start=day, end=day - dt.timedelta(days=1))
