"""Lunar and solar dates that recur (SPEC §3.1).

Every expected solar day below is a published fact or follows from one by counting days,
not a value read back from lunar-python:
- 春节 2023-01-22, 2024-02-10, 2025-01-29, 2026-02-17, 2027-02-06; 中秋 2024-09-17,
  2025-10-06, 2026-09-25; 端午 2025-05-31, 2026-06-19; 龙抬头(二月初二) 2023-02-21,
  2024-03-11; 七夕 2025-08-29;
- 2025–2029 have no 年三十: 除夕 2025 is 腊月廿九 2025-01-28, 除夕 2027 is 2027-02-05;
  除夕 2024 is 腊月三十 2024-02-09;
- leap months: 2020 闰四月, 2023 闰二月, 2025 闰六月, none in 2024 or 2026.
"""
import datetime as dt

import pytest

from salesdesk.core.lunar import (
    DateSpec, birth_solar_date, both_calendars, check_spec, format_spec, leap_month_of, lunar_date_of,
    lunar_month_days, next_occurrence, parse_date_spec, solar_date_of, spec_input_text, when_text,
)

D = dt.date


def lunar(month, day, leap=False, year=None):
    return DateSpec(True, year, month, day, leap)


def solar(month, day, year=None):
    return DateSpec(False, year, month, day)


@pytest.mark.parametrize("year,expected", [
    (2023, D(2023, 1, 22)), (2024, D(2024, 2, 10)), (2025, D(2025, 1, 29)), (2026, D(2026, 2, 17)),
    (2027, D(2027, 2, 6)),
])
def test_spring_festival(year, expected):
    assert solar_date_of(lunar(1, 1), year) == expected
    assert next_occurrence(lunar(1, 1), D(year, 1, 1)) == expected


@pytest.mark.parametrize("spec,year,expected", [
    (lunar(8, 15), 2024, D(2024, 9, 17)), (lunar(8, 15), 2025, D(2025, 10, 6)),
    (lunar(8, 15), 2026, D(2026, 9, 25)), (lunar(5, 5), 2025, D(2025, 5, 31)),
    (lunar(5, 5), 2026, D(2026, 6, 19)), (lunar(2, 2), 2023, D(2023, 2, 21)),
    (lunar(2, 2), 2024, D(2024, 3, 11)), (lunar(7, 7), 2025, D(2025, 8, 29)),
])
def test_festivals(spec, year, expected):
    assert solar_date_of(spec, year) == expected


def test_the_leap_months_the_tables_agree_on():
    assert [leap_month_of(y) for y in (2020, 2023, 2024, 2025, 2026, 2028)] == [4, 2, 0, 6, 0, 5]


def test_a_leap_month_birthday_recurs_in_the_regular_month_in_a_year_with_that_leap_month():
    # 2023 has 闰二月: 二月初一 is 2023-02-20 (龙抬头 02-21 minus one), so 二月十五 is 03-06 —
    # not in 闰二月, which begins 2023-03-22.
    born = lunar(2, 15, leap=True, year=2020)
    assert solar_date_of(born, 2023) == D(2023, 3, 6)
    assert solar_date_of(lunar(2, 15), 2023) == D(2023, 3, 6)
    # 2025 has 闰六月: 五月初一 is 05-27 (端午 05-31 minus four), 五月 has 29 days, so 六月初一
    # is 06-25 and 六月初十 07-04.
    assert solar_date_of(lunar(6, 10, leap=True), 2025) == D(2025, 7, 4)


def test_a_leap_month_birthday_recurs_in_the_regular_month_in_a_year_without_one():
    # 2024: 二月初一 = 龙抬头 03-11 minus one = 03-10, so 二月十五 is 03-24.
    assert solar_date_of(lunar(2, 15, leap=True), 2024) == D(2024, 3, 24)
    # 2026: 端午 06-19 → 五月初一 06-15; 五月 has 29 days → 六月初一 07-14, 六月初十 07-23.
    assert solar_date_of(lunar(6, 10, leap=True), 2026) == D(2026, 7, 23)


def test_day_thirty_falls_on_the_29th_in_a_29_day_month():
    new_years_eve = lunar(12, 30)
    assert solar_date_of(new_years_eve, 2023) == D(2024, 2, 9)  # 腊月 of 2023 has 30 days
    assert solar_date_of(new_years_eve, 2024) == D(2025, 1, 28)  # no 年三十: 除夕 is 廿九
    assert solar_date_of(new_years_eve, 2026) == D(2027, 2, 5)
    assert lunar_month_days(2024, 12) == 29 and lunar_month_days(2023, 12) == 30


def test_a_leap_day_thirty_uses_the_length_of_the_regular_month():
    # 2023: regular 二月 has 30 days (02-20 … 03-21), 闰二月 29: 闰二月三十 recurs on 二月三十 = 03-21.
    assert lunar_month_days(2023, 2) == 30 and lunar_month_days(2023, 2, leap=True) == 29
    assert solar_date_of(lunar(2, 30, leap=True), 2023) == D(2023, 3, 21)


def test_a_solar_29_february_falls_on_the_28th_in_common_years():
    leap_day = solar(2, 29, year=2000)
    assert solar_date_of(leap_day, 2025) == D(2025, 2, 28)
    assert solar_date_of(leap_day, 2028) == D(2028, 2, 29)
    assert next_occurrence(leap_day, D(2025, 3, 1)) == D(2026, 2, 28)
    assert next_occurrence(leap_day, D(2027, 3, 1)) == D(2028, 2, 29)


def test_year_end_wrap_a_birthday_in_la_yue_seen_from_december():
    # 腊八: lunar 2025's 腊月 begins 2026-01-19 (春节 02-17 minus 29 days) → 01-26; lunar 2026's
    # begins 2027-01-08 (春节 02-06 minus 29) → 2027-01-15.
    la_ba = lunar(12, 8)
    assert next_occurrence(la_ba, D(2026, 12, 2)) == D(2027, 1, 15)
    assert next_occurrence(la_ba, D(2026, 1, 1)) == D(2026, 1, 26)
    assert next_occurrence(la_ba, D(2026, 1, 27)) == D(2027, 1, 15)
    assert next_occurrence(solar(1, 3), D(2026, 12, 2)) == D(2027, 1, 3)


def test_the_day_itself_counts_and_the_day_after_moves_a_year():
    assert next_occurrence(lunar(8, 15), D(2025, 10, 6)) == D(2025, 10, 6)
    assert next_occurrence(lunar(8, 15), D(2025, 10, 7)) == D(2026, 9, 25)


def test_birth_solar_date_keeps_the_leap_month():
    # 闰二月 of 2023 begins 03-22 (二月 has 30 days from 02-20).
    assert birth_solar_date(lunar(2, 1, leap=True, year=2023)) == D(2023, 3, 22)
    assert birth_solar_date(lunar(2, 1)) is None
    assert birth_solar_date(solar(5, 20, 1990)) == D(1990, 5, 20)


def test_lunar_date_of_a_solar_day():
    assert lunar_date_of(D(2025, 10, 6)) == lunar(8, 15, year=2025)
    assert lunar_date_of(D(2023, 3, 22)) == lunar(2, 1, leap=True, year=2023)
    assert lunar_date_of(D(2025, 1, 28)) == lunar(12, 29, year=2024)


@pytest.mark.parametrize("text,expected", [
    ("1990-闰5-20", DateSpec(True, 1990, 5, 20, True)),
    ("8-15", DateSpec(False, None, 8, 15)),
    ("L5-20", DateSpec(True, None, 5, 20, True)),
    ("l5-20", DateSpec(True, None, 5, 20, True)),
    ("1990-L5-20", DateSpec(True, 1990, 5, 20, True)),
    ("1990/05/20", DateSpec(False, 1990, 5, 20)),
    ("1990年5月20日", DateSpec(False, 1990, 5, 20)),
    ("１９９０－５－２０", DateSpec(False, 1990, 5, 20)),
    (" 2-29 ", DateSpec(False, None, 2, 29)),
    ("农历八月十五", DateSpec(True, None, 8, 15)),
    ("农历1990年闰五月二十", DateSpec(True, 1990, 5, 20, True)),
    ("阴历腊月初八", DateSpec(True, None, 12, 8)),
    ("农历正月初一", DateSpec(True, None, 1, 1)),
    ("农历冬月廿三", DateSpec(True, None, 11, 23)),
    ("农历十二月三十", DateSpec(True, None, 12, 30)),
    ("农历十一月二十一", DateSpec(True, None, 11, 21)),
    ("农历一九九〇年三月初十", DateSpec(True, 1990, 3, 10)),
    ("农历8-15", DateSpec(True, None, 8, 15)),
    ("八月十五", DateSpec(True, None, 8, 15)),
    ("公历1990年5月20日", DateSpec(False, 1990, 5, 20)),
])
def test_parse(text, expected):
    assert parse_date_spec(text) == expected


def test_parse_as_the_caller_says():
    assert parse_date_spec("8-15", lunar=True) == lunar(8, 15)
    assert parse_date_spec("1990-5-20", lunar=True) == lunar(5, 20, year=1990)
    assert parse_date_spec("5-20", lunar=False) == solar(5, 20)


@pytest.mark.parametrize("text,lunar_,reason", [
    ("1991-闰5-20", None, "农历1991年没有闰五月（那年没有闰月）"),
    ("2023-闰5-1", None, "农历2023年没有闰五月（那年闰二月）"),
    ("5-31", True, "农历日应为初一至三十"),
    ("5-32", False, "公历5月没有32日"),
    ("4-31", None, "公历4月没有31日"),
    ("13-1", None, "月份应为 1–12"),
    ("0-1", None, "月份应为 1–12"),
    ("2-30", None, "公历2月没有30日"),
    ("2023-2-29", None, "公历2023年2月没有29日"),
    ("农历2024年腊月三十", None, "农历2024年腊月只有二十九天"),
    ("1850-5-1", None, "年份应在 1900–2100 之间"),
    ("闰5-20", False, "公历没有闰月"),
    ("农历八月十五", False, "是农历日期，这里应填公历日期"),
    ("公历5-20", True, "是公历日期，这里应填农历日期"),
    ("明天", None, "不是有效日期"),
    ("", None, "为空"),
    ("5-20-1", None, "不是有效日期"),
])
def test_parse_refuses_with_a_chinese_reason(text, lunar_, reason):
    with pytest.raises(ValueError) as caught:
        parse_date_spec(text, lunar=lunar_, label="生日")
    message = str(caught.value)
    assert reason in message and message.startswith("生日") and "\n" not in message


def test_parse_refuses_what_is_not_text():
    for value in (None, 5, b"5-20", dt.date(2020, 1, 1)):
        with pytest.raises(ValueError):
            parse_date_spec(value)


@pytest.mark.parametrize("spec", [
    DateSpec(True, None, 13, 1), DateSpec(True, None, 1, 31), DateSpec(True, None, 1, 0),
    DateSpec(False, None, 2, 30), DateSpec(False, None, 5, 1, True), DateSpec(True, True, 1, 1),
    DateSpec(True, None, 1.0, 1), DateSpec(1, None, 1, 1), DateSpec(True, 2025, 5, 1, True),
    DateSpec(True, 99999, 1, 1), "5-20",
])
def test_check_spec_refuses(spec):
    with pytest.raises(ValueError):
        check_spec(spec)


@pytest.mark.parametrize("spec,text", [
    (lunar(8, 15), "农历八月十五"), (lunar(5, 30, leap=True), "农历闰五月三十"),
    (lunar(5, 20, True, 1990), "农历1990年闰五月二十"), (lunar(1, 1), "农历正月初一"),
    (lunar(12, 8), "农历腊月初八"), (lunar(11, 21), "农历冬月廿一"), (lunar(3, 10), "农历三月初十"),
    (solar(5, 20), "5月20日"), (solar(5, 20, 1990), "1990年5月20日"),
])
def test_format(spec, text):
    assert format_spec(spec) == text
    assert parse_date_spec(text) == spec


def test_every_lunar_day_reads_back_from_its_name_and_its_input_form():
    for month in range(1, 13):
        for day in range(1, 31):
            for leap in (False, True):
                spec = lunar(month, day, leap)
                assert parse_date_spec(format_spec(spec)) == spec
                assert parse_date_spec(spec_input_text(spec), lunar=True) == spec


def test_both_calendars_as_the_card_shows_them():
    assert both_calendars(lunar(8, 15), D(2026, 1, 5)) == "农历八月十五（今年 9月25日）"
    assert both_calendars(lunar(12, 8), D(2026, 12, 2)) == "农历腊月初八（明年 1月15日）"
    assert both_calendars(lunar(8, 15), D(2025, 10, 6)) == "农历八月十五（今天）"
    assert when_text(D(2028, 2, 29), D(2026, 3, 1)) == "2028年2月29日"
