"""desk.stats on a constructed history (tests/services/stats_history.py): every §5 number."""
import datetime as dt
from decimal import Decimal

import pytest

from salesdesk.core.stages import Stage
from salesdesk.services import InvalidInput

from stats_history import build

NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


@pytest.fixture
def history(desk):
    return build(desk)


def test_the_funnel_counts_each_prospect_once_per_stage_it_reached(desk, history):
    funnel = desk.stats.funnel(*NOV)
    reached = {s.stage: s.reached for s in funnel.stages}
    # 戊 was created and booked in October; 丙's 50% was undone; 乙 skipped 50%; 丁 (lost) keeps its 50%.
    assert reached == {Stage.OPPORTUNITY: 4, Stage.APPOINTMENT: 4, Stage.P25: 5, Stage.P50: 3, Stage.P90: 2,
                       Stage.WON: 1}
    money = {s.stage: s.money for s in funnel.stages}
    assert money[Stage.P50] == Decimal("18000.00")  # 甲 10,000 + 乙 5,000 + 丁 3,000 (not 丙's undone 2,000)
    assert money[Stage.P90] == Decimal("12000.00") and money[Stage.WON] == Decimal("9000.00")
    assert money[Stage.OPPORTUNITY] is None
    rates = {(c.from_stage, c.to_stage): c.rate for c in funnel.conversion}
    assert rates[(Stage.P25, Stage.P50)] == pytest.approx(3 / 5)
    assert rates[(Stage.P50, Stage.P90)] == pytest.approx(2 / 3)
    assert rates[(Stage.APPOINTMENT, Stage.P25)] == 1.0  # 5/4 across the month's edge: capped


def test_an_undone_move_does_not_count_and_the_undo_is_no_entry(desk, history):
    week = desk.stats.funnel(dt.date(2026, 11, 9), dt.date(2026, 11, 15))
    # 甲 50% (11-10), 乙 90% (11-12), 丁 退出 (11-11): 丙's undone 50% (11-09) is not there.
    assert [s.reached for s in week.stages] == [0, 0, 2, 2, 1, 0]
    # The undo itself (11-23, back to 25%) does not enter 25% again.
    assert desk.stats.funnel(dt.date(2026, 11, 23), dt.date(2026, 11, 23)).reached(Stage.P25) == 0


def test_ratio_counts_of_a_month(desk, history):
    ratios = desk.stats.ratios("month", dt.date(2026, 11, 23))
    assert ratios.as_json() == {
        "period": "month", "start": "2026-11-01", "end": "2026-11-30",
        "counts": {"dial": 31, "reach": 14, "book": 2, "meet": 4, "close": 1, "new_contacts": 4, "prospects": 5,
                   "deals": 1},
        "per_day": {"dial": round(31 / 21, 2), "reach": round(14 / 21, 2), "book": round(2 / 21, 2)},
        "reference": ratios.reference.as_json(),
    }
    assert ratios.contacts_ratio == "4:5:1" and ratios.close_ratio == "4:1"


def test_a_period_boundary_splits_at_midnight(desk, history):
    before = desk.stats.ratios("week", dt.date(2026, 11, 22))  # Mon 11-16 … Sun 11-22 23:59
    this = desk.stats.ratios("week", dt.date(2026, 11, 23))
    assert (before.period.start, before.period.end) == (dt.date(2026, 11, 16), dt.date(2026, 11, 22))
    assert before.counts["dial"] == 11 and this.counts["dial"] == 0
    assert desk.stats.ratios("month", dt.date(2026, 10, 5)).counts["dial"] == 1  # 10-31 23:59
    assert desk.stats.ratios("day", dt.date(2026, 11, 2)).counts["new_contacts"] == 4


def test_the_report_compares_with_the_previous_period(desk, history):
    report = desk.stats.report("month", dt.date(2026, 11, 23))
    assert report.previous.period.start == dt.date(2026, 10, 1)
    assert report.previous.counts["dial"] == 1 and report.previous.counts["new_contacts"] == 1
    assert report.trend("dial").arrow == "↑" and report.trend("close").arrow == "↑"
    assert report.advice.startswith("离参考值最远的是")
    assert report.funnel.reached(Stage.WON) == 1


def test_the_forecast_weighs_open_prospects_by_stage_and_month(desk, history):
    forecast = desk.stats.forecast(dt.date(2026, 11, 23))
    assert forecast.as_json() == {"months": [
        # 乙 at 90%: paid 4,000 × 0.9, signing 11-25; 戊 at 25%: budget 1,000 × 0.25, 10-31 + 28 days.
        {"month": "2026-11", "weighted": "3850.00", "unweighted": "5000.00", "won": "9000.00"},
        # 丙 back at 25% (its 50% undone): budget 2,000 × 0.25, 11-04 + 28 days = 12-02.
        {"month": "2026-12", "weighted": "500.00", "unweighted": "2000.00", "won": "0.00"},
    ]}
    behind = desk.stats.forecast_prospects("2026-11", dt.date(2026, 11, 23))
    assert [(i.customer_name, i.stage, i.weighted, i.expected_by_cycle) for i in behind] == [
        ("乙先生", Stage.P90, Decimal("3600.00"), False), ("戊先生", Stage.P25, Decimal("250.00"), True)]
    with pytest.raises(InvalidInput):
        desk.stats.forecast_prospects("2026-13")


def test_the_plan_from_the_settings_goal(desk, history):
    with pytest.raises(InvalidInput, match="年度目标"):
        desk.stats.plan()
    desk.set_setting("goal_deals_year", 100)
    desk.log_activity(history["customers"]["甲"], "dial", at=dt.datetime(2026, 11, 23, 9, 30))
    plan = desk.stats.plan(day=dt.date(2026, 11, 23))
    assert not plan.ratios.own  # one deal in the last year: the reference is used
    assert (plan.deals_week, plan.meetings_week, plan.dials_day) == (2, 16, 30)
    assert plan.today.done == 1 and plan.today.ahead == -29
    assert plan.this_week["dial"].done == 1
    assert plan.premium_per_deal == Decimal("9000.00")
    by_premium = desk.stats.plan(premium="95000", day=dt.date(2026, 11, 23))
    assert by_premium.goal_deals == 11  # 95,000 / 9,000 a deal, rounded up


def test_charts_data(desk, history):
    cycle = desk.stats.cycle_distribution(*NOV)
    assert dict(cycle.days) == {15: 1} and cycle.cycle_days == 28  # 甲: 11-05 → 11-20
    assert desk.stats.pareto(*NOV).premiums == (Decimal("9000.00"),)
    assert desk.stats.lost_counts(*NOV) == [("预算不足", 1)]
    # The levels rose with the prospects (desk.grades): 丙's undone 50% put it back to 目标客户,
    # 丁's 退出 keeps the 准客户 its 50% earned.
    assert desk.stats.levels().relation == {"目标客户": 2, "准客户": 2, "成交客户": 1}
    weeks = desk.stats.weekly_trend(dt.date(2026, 11, 2), dt.date(2026, 11, 22))
    assert [w.start.isoformat() for w in weeks] == ["2026-11-02", "2026-11-09", "2026-11-16"]
    assert [(w.counts["prospects"], w.counts["deals"]) for w in weeks] == [(5, 0), (2, 0), (1, 1)]
    assert sum(w.counts["dial"] for w in weeks) == 31


@pytest.mark.parametrize("call", [
    lambda s: s.ratios("fortnight"),
    lambda s: s.ratios("custom", dt.date(2026, 11, 5)),
    lambda s: s.ratios("custom", dt.date(2026, 11, 5), dt.date(2026, 11, 1)),
    lambda s: s.funnel(dt.date(2026, 11, 5), dt.date(2026, 11, 1)),
    lambda s: s.plan(deals=5, premium="100"),
    lambda s: s.plan(premium="-1"),
])
def test_bad_requests_are_refused_in_chinese(desk, call):
    with pytest.raises(InvalidInput):
        call(desk.stats)
