import datetime as dt

from salesdesk.core.cycle import AgeState, CycleSource, age_days, age_state, sales_cycle


def test_default_until_five_deals():
    c = sales_cycle([10, 12, 14, 16])
    assert (c.days, c.source) == (28, CycleSource.DEFAULT)


def test_median_of_five_deals():
    c = sales_cycle([30, 10, 20, 50, 40])
    assert (c.days, c.source, c.deals_used) == (30, CycleSource.COMPUTED, 5)


def test_only_the_last_twenty_deals_count():
    old = [100] * 30
    recent = [20] * 20
    assert sales_cycle(old + recent).days == 20


def test_even_count_median_rounds_half_up():
    assert sales_cycle([10, 11, 20, 21, 30, 31]).days == 21  # median 20.5


def test_override_wins():
    c = sales_cycle([5] * 10, override_days=45)
    assert (c.days, c.source) == (45, CycleSource.OVERRIDE)


def test_configured_default_is_used():
    assert sales_cycle([], default_days=35).days == 35


def test_age_counts_days_since_first_meeting_and_zero_before_it():
    assert age_days(dt.date(2026, 11, 1), dt.date(2026, 11, 23)) == 22
    assert age_days(dt.date(2026, 11, 30), dt.date(2026, 11, 23)) == 0
    assert age_days(None, dt.date(2026, 11, 23)) is None


def test_warning_from_exactly_75_percent_overdue_past_the_cycle():
    assert age_state(20, 28) == AgeState.OK
    assert age_state(21, 28) == AgeState.WARNING  # exactly 75%
    assert age_state(28, 28) == AgeState.WARNING  # the last day of the cycle
    assert age_state(29, 28) == AgeState.OVERDUE  # cycle + 1
    # 75% of 30 is 22.5: 22 is not yet a warning, 23 is.
    assert age_state(22, 30) == AgeState.OK
    assert age_state(23, 30) == AgeState.WARNING
