import datetime as dt

import pytest

from salesdesk.core.review import ReviewRow, week_of, window_of, table_date

D = dt.date


def test_spec_example_week():
    week = week_of(D(2026, 11, 23))
    assert (week.start, week.end) == (D(2026, 11, 20), D(2026, 11, 26))
    assert week.range_label == "2026年11月20日---2026年11月26日"
    assert [w.review_day for w in week.windows] == [D(2026, 11, 23), D(2026, 11, 25), D(2026, 11, 27)]


@pytest.mark.parametrize("day,row", [
    (D(2026, 11, 20), ReviewRow.MON), (D(2026, 11, 21), ReviewRow.MON), (D(2026, 11, 22), ReviewRow.MON),
    (D(2026, 11, 23), ReviewRow.WED), (D(2026, 11, 24), ReviewRow.WED),
    (D(2026, 11, 25), ReviewRow.FRI), (D(2026, 11, 26), ReviewRow.FRI),
])
def test_rows(day, row):
    assert window_of(day).row == row
    assert week_of(day).start == D(2026, 11, 20)


def test_every_day_of_several_years_falls_in_exactly_one_week_and_row():
    day = D(2023, 12, 1)
    while day < D(2029, 3, 1):
        week = week_of(day)
        assert week.start.weekday() == 4 and week.end - week.start == dt.timedelta(days=6)
        assert sum(w.contains(day) for w in week.windows) == 1
        assert week.start <= day <= week.end
        day += dt.timedelta(days=1)


def test_windows_cover_the_week_without_gaps():
    week = week_of(D(2026, 2, 27))
    days = [w.first_day + dt.timedelta(days=i) for w in week.windows
            for i in range((w.last_day - w.first_day).days + 1)]
    assert days == [week.start + dt.timedelta(days=i) for i in range(7)]


def test_week_across_a_year_end():
    week = week_of(D(2026, 1, 1))  # a Thursday
    assert (week.start, week.end) == (D(2025, 12, 26), D(2026, 1, 1))
    assert week.range_label == "2025年12月26日---2026年1月1日"
    assert window_of(D(2025, 12, 31)).row == ReviewRow.FRI
    assert week.next().start == D(2026, 1, 2) and week.previous().end == D(2025, 12, 25)


def test_week_across_a_month_end_and_leap_day():
    assert week_of(D(2028, 2, 29)).start == D(2028, 2, 25)
    assert window_of(D(2028, 3, 1)).row == ReviewRow.FRI  # Wednesday


def test_table_date():
    assert table_date(D(2026, 12, 15)) == "12.15"
    assert table_date(D(2026, 3, 5)) == "3.05"
