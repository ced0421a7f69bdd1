"""The method's numbers as pure functions (SPEC §1.3, §5)."""
import datetime as dt
from decimal import Decimal

import pytest

from salesdesk.core import stats
from salesdesk.core.stages import Stage


@pytest.mark.parametrize("kind,day,start,end", [
    ("day", "2026-11-23", "2026-11-23", "2026-11-23"),
    ("week", "2026-11-29", "2026-11-23", "2026-11-29"),  # a Sunday belongs to the week of its Monday
    ("week", "2026-11-23", "2026-11-23", "2026-11-29"),
    ("month", "2024-02-10", "2024-02-01", "2024-02-29"),
    ("quarter", "2026-11-23", "2026-10-01", "2026-12-31"),
    ("year", "2026-11-23", "2026-01-01", "2026-12-31"),
])
def test_periods_contain_their_day(kind, day, start, end):
    period = stats.period_of(kind, dt.date.fromisoformat(day))
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)


def test_the_previous_period_is_the_one_just_before():
    month = stats.period_of("month", dt.date(2026, 3, 15))
    assert (month.previous().start, month.previous().end) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    year = stats.period_of("year", dt.date(2026, 1, 1))
    assert year.previous().start == dt.date(2025, 1, 1)
    custom = stats.period_of("custom", dt.date(2026, 11, 10), dt.date(2026, 11, 19))
    assert (custom.previous().start, custom.previous().end) == (dt.date(2026, 10, 31), dt.date(2026, 11, 9))


def test_working_days_are_monday_to_friday():
    assert stats.period_of("month", dt.date(2026, 11, 1)).working_days == 21
    assert stats.period_of("week", dt.date(2026, 11, 23)).working_days == 5
    assert stats.period_of("day", dt.date(2026, 11, 22)).working_days == 0  # a Sunday
    assert stats.working_days(dt.date(2026, 11, 27), dt.date(2026, 11, 30)) == 2  # Fri, Mon


def test_the_skip_rule_counts_skipped_stages_only_from_25_percent_on():
    assert stats.reached_stages({Stage.P25, Stage.P90}) == {Stage.P25, Stage.P50, Stage.P90}
    # 销售机会 → 50% directly: 25% counts, 约定初次见面 does not.
    assert stats.reached_stages({Stage.OPPORTUNITY, Stage.P50}) == {Stage.OPPORTUNITY, Stage.P25, Stage.P50}
    assert stats.reached_stages({Stage.APPOINTMENT}) == {Stage.APPOINTMENT}
    assert stats.reached_stages({Stage.LOST}) == frozenset()


def test_conversion_is_the_next_stage_over_this_one_and_never_above_one():
    period = stats.period_of("month", dt.date(2026, 11, 1))
    reached = dict(zip(stats.FUNNEL_STAGES, [10, 8, 9, 3, 0, 0]))
    funnel = stats.build_funnel(period, reached, {Stage.P50: Decimal("100")})
    rates = [c.rate for c in funnel.conversion]
    assert rates == [0.8, 1.0, pytest.approx(1 / 3), 0.0, None]
    assert funnel.as_json()["conversion"][4] == {"from": "p90", "to": "won", "rate": 0.0}
    assert [s["money"] for s in funnel.as_json()["stages"]] == ["0.00", "0.00", "0.00", "100.00", "0.00", "0.00"]


@pytest.mark.parametrize("values,text", [
    ([20, 5, 1], "20:5:1"), ([48, 12, 2], "24:6:1"), ([7, 3, 2], "3.5:1.5:1"), ([4, 0], "4:0"), ([10, 3], "3.3:1"),
])
def test_ratios_are_scaled_so_the_last_term_is_one(values, text):
    assert stats.ratio_text(values) == text


def _ratios(**counts):
    base = {k: 0 for k in stats.COUNT_KEYS}
    base.update(counts)
    return stats.Ratios(stats.period_of("week", dt.date(2026, 11, 23)), base)


def test_the_advice_names_the_ratio_furthest_from_the_reference():
    # Plenty of dials, reached often, but almost nothing booked: 约见率 is furthest off.
    r = _ratios(dial=80, reach=40, book=1, meet=8, new_contacts=20, prospects=5, deals=1)
    assert r.daily_ratio == "16-8-0.2"
    assert "约见率" in stats.advice(r)
    few_dials = _ratios(dial=10, reach=5, book=1, meet=8, new_contacts=20, prospects=5, deals=1)
    assert "每日拨打" in stats.advice(few_dials) and "加倍" in stats.advice(few_dials)
    assert "还没有记录" in stats.advice(_ratios())


def test_the_plan_from_the_reference_works_back_to_dials_a_day():
    ratios = stats.plan_ratios({"dial": 3, "book": 1, "meet": 1, "deals": 0})
    assert not ratios.own and "参考" in ratios.source
    week = stats.period_of("week", dt.date(2026, 11, 25))
    plan = stats.build_plan(50, ratios, week, dt.date(2026, 11, 25), {"dial": 30}, 4)
    assert (plan.deals_week, plan.meetings_week, plan.books_week, plan.dials_week, plan.dials_day) == (1, 8, 5, 75, 15)
    # Wednesday: three working days of five are due.
    assert plan.this_week["dial"].expected == pytest.approx(45) and plan.this_week["dial"].ahead == pytest.approx(-15)
    assert plan.today.ahead == -11
    assert "落后 11" in plan.summary


def test_the_plan_uses_the_agents_own_ratios_with_enough_history():
    ratios = stats.plan_ratios({"dial": 1000, "book": 50, "meet": 40, "deals": 10})
    assert ratios.own and (ratios.dials_per_book, ratios.books_per_meeting, ratios.meetings_per_deal) == (20, 1.25, 4)


def test_a_premium_goal_needs_whole_deals():
    assert stats.deals_for_premium(Decimal("100000"), Decimal("30000")) == 4


def test_pareto_curve_and_the_share_holding_80_percent():
    pareto = stats.Pareto(tuple(Decimal(v) for v in (80, 10, 5, 5)))
    xs, ys = pareto.curve()
    assert xs == [0, 0.25, 0.5, 0.75, 1.0] and ys == [0, 0.8, 0.9, 0.95, 1.0]
    assert pareto.customers_for(0.8) == 0.25


def test_expected_month_is_the_signing_date_else_first_meeting_plus_cycle():
    today = dt.date(2026, 11, 23)
    assert stats.expected_month(dt.date(2027, 1, 3), dt.date(2026, 11, 1), 28, today) == "2027-01"
    assert stats.expected_month(None, dt.date(2026, 11, 10), 28, today) == "2026-12"
    assert stats.expected_month(None, None, 28, today) == "2026-11"
