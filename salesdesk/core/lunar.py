"""Dates that recur every year, solar or lunar (SPEC §3.1): birthdays and other dated notes.

A lunar date is kept as what the customer says — (year or none, month 1–12, day 1–30,
leap yes/no) — never as a solar date with a flag: a 闰月 or a 三十 has no solar twin.
Each year it recurs on the solar day of that lunar month and day, with two rules the
calendar libraries leave to us:

- a leap-month date recurs in the REGULAR month of that number, every year, also in the
  rare year that has that leap month again (the custom: the leap month comes back once in
  decades, the regular month every year, and a birthday should not move by a month in the
  years where both exist);
- a day 30 falls on the 29th in a 29-day month.

A solar 2月29日 falls on 2月28日 in common years.

The lunar ↔ solar conversion is lunar-python's; this module only chooses which lunar day
to convert, and caches each conversion (100k customers share a few thousand distinct
month/day pairs).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from lunar_python import Lunar, LunarMonth, LunarYear, Solar

from .text import ascii_digits, printable

#: Years a date may name (the lunar tables are exact well beyond; a birth year outside this
#: is a typing error).
MIN_YEAR, MAX_YEAR = 1900, 2100
#: Years the recurrence may be computed for (lunar-python's range, with a margin).
_CALC_MIN, _CALC_MAX = 2, 9990

MONTH_NAMES = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")
DAY_NAMES = tuple(
    ["初" + c for c in "一二三四五六七八九十"]
    + ["十" + c for c in "一二三四五六七八九"] + ["二十"]
    + ["廿" + c for c in "一二三四五六七八九"] + ["三十"])


@dataclass(frozen=True)
class DateSpec:
    """A date that recurs every year: solar (``lunar`` False, ``leap`` False) or lunar."""

    lunar: bool
    year: int | None
    month: int
    day: int
    leap: bool = False


# ---------------------------------------------------------------- the calendar, cached

@lru_cache(maxsize=512)
def leap_month_of(lunar_year: int) -> int:
    """The lunar year's leap month (1–12), or 0 when it has none."""
    return LunarYear.fromYear(lunar_year).getLeapMonth()


@lru_cache(maxsize=8192)
def lunar_month_days(lunar_year: int, month: int, leap: bool = False) -> int:
    """29 or 30: the length of that lunar month (a leap month the year lacks: ValueError)."""
    if leap and leap_month_of(lunar_year) != month:
        raise ValueError(f"农历{lunar_year}年没有闰{MONTH_NAMES[month - 1]}月")
    return LunarMonth.fromYm(lunar_year, -month if leap else month).getDayCount()


@lru_cache(maxsize=65536)
def _lunar_to_solar(lunar_year: int, month: int, day: int, leap: bool) -> dt.date:
    solar = Lunar.fromYmd(lunar_year, -month if leap else month, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def lunar_date_of(day: dt.date) -> DateSpec:
    """The lunar date of a solar day (with its lunar year)."""
    lunar = Solar.fromYmd(day.year, day.month, day.day).getLunar()
    month = lunar.getMonth()
    return DateSpec(True, lunar.getYear(), abs(month), lunar.getDay(), month < 0)


def lunar_year_of(day: dt.date) -> int:
    return Solar.fromYmd(day.year, day.month, day.day).getLunar().getYear()


# ---------------------------------------------------------------- recurrence

def solar_date_of(spec: DateSpec, year: int) -> dt.date:
    """The solar day ``spec`` falls on in ``year`` — a LUNAR year for a lunar spec (its 腊月
    lies in January/February of the next solar year), a solar year otherwise — with the
    §3.1 rules: a leap month recurs in the regular month, 三十 in a 29-day month on the
    29th, 2月29日 on 2月28日 in a common year."""
    if not spec.lunar:
        day = spec.day
        if spec.month == 2 and day == 29 and not calendar.isleap(year):
            day = 28
        return dt.date(year, spec.month, day)
    if not _CALC_MIN <= year <= _CALC_MAX:
        raise ValueError(f"农历{year}年超出可换算的范围")
    day = min(spec.day, lunar_month_days(year, spec.month))
    # A lunar month's days are consecutive solar days: one conversion per month, cached.
    return _lunar_to_solar(year, spec.month, 1, False) + dt.timedelta(days=day - 1)


def next_occurrence(spec: DateSpec, on_or_after: dt.date) -> dt.date:
    """The first solar day on or after ``on_or_after`` that ``spec`` falls on."""
    first = on_or_after.year - 1 if spec.lunar else on_or_after.year
    for year in range(max(first, 1), on_or_after.year + 2):
        if year > dt.MAXYEAR:
            break
        day = solar_date_of(spec, year)
        if day >= on_or_after:
            return day
    raise ValueError("日期超出可换算的范围")


def birth_solar_date(spec: DateSpec) -> dt.date | None:
    """The very day a dated spec names (a lunar one converted as given, leap month included),
    or None when the year is not known."""
    if spec.year is None:
        return None
    if not spec.lunar:
        return dt.date(spec.year, spec.month, spec.day)
    return _lunar_to_solar(spec.year, spec.month, spec.day, spec.leap)


# ---------------------------------------------------------------- checks

def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_spec(spec: object, label: str = "日期") -> DateSpec:
    """``spec`` if it names a real date, else ValueError with one line of Chinese: a 闰 month
    that year does not have, a day 31, a month 13, a 2月30日, a 三十 in a 29-day month."""
    if not isinstance(spec, DateSpec):
        raise ValueError(f"{label}应为日期")
    if not isinstance(spec.lunar, bool) or not isinstance(spec.leap, bool):
        raise ValueError(f"{label}不正确")
    if not _is_int(spec.month) or not _is_int(spec.day) or not (spec.year is None or _is_int(spec.year)):
        raise ValueError(f"{label}的年、月、日应为整数")
    kind = "农历" if spec.lunar else "公历"
    if spec.year is not None and not MIN_YEAR <= spec.year <= MAX_YEAR:
        raise ValueError(f"{label}的年份应在 {MIN_YEAR}–{MAX_YEAR} 之间（{spec.year} 不是）")
    if not 1 <= spec.month <= 12:
        raise ValueError(f"{label}的月份应为 1–12（{spec.month} 不是）")
    if not spec.lunar:
        if spec.leap:
            raise ValueError(f"{label}：公历没有闰月")
        last = calendar.monthrange(spec.year if spec.year is not None else 2000, spec.month)[1]
        if not 1 <= spec.day <= last:
            year = f"{spec.year}年" if spec.year is not None else ""
            raise ValueError(f"{label}：公历{year}{spec.month}月没有{spec.day}日（最多 {last} 日）")
        return spec
    if not 1 <= spec.day <= 30:
        raise ValueError(f"{label}：农历日应为初一至三十（{spec.day} 不是）")
    if spec.year is not None:
        name = MONTH_NAMES[spec.month - 1] + "月"
        if spec.leap and leap_month_of(spec.year) != spec.month:
            leap = leap_month_of(spec.year)
            that = f"那年闰{MONTH_NAMES[leap - 1]}月" if leap else "那年没有闰月"
            raise ValueError(f"{label}：农历{spec.year}年没有闰{name}（{that}）")
        days = lunar_month_days(spec.year, spec.month, spec.leap)
        if spec.day > days:
            raise ValueError(f"{label}：农历{spec.year}年{'闰' if spec.leap else ''}{name}只有二十九天，没有三十")
    return spec


# ---------------------------------------------------------------- text

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_CN_MONTHS = {"正": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "十": 10, "十一": 11, "冬": 11, "十二": 12, "腊": 12, "臘": 12}
_LUNAR_PREFIX = re.compile(r"^(农历|阴历|农曆|陰曆|旧历|夏历)")
_SOLAR_PREFIX = re.compile(r"^(公历|阳历|新历|西历|公曆|陽曆)")
_NUMERIC = re.compile(
    r"^(?:(\d{4})\s*[-/.年]\s*)?(闰|閏|[Ll])?\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?$")
_CHINESE = re.compile(
    r"^(?:([\d〇零○一二三四五六七八九]{4})年)?(闰|閏)?(十一|十二|[正一二三四五六七八九十冬腊臘]|\d{1,2})月"
    r"(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]"
    r"|三十|卅|[一二三四五六七八九]|\d{1,2})[日号號]?$")


def _cn_day(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "卅":
        return 30
    if text == "十":
        return 10
    if text in DAY_NAMES:
        return DAY_NAMES.index(text) + 1
    if text.startswith("二十"):  # 二十一 … 二十九
        return 20 + _CN_DIGITS[text[2]]
    if text.startswith("十"):
        return 10 + _CN_DIGITS[text[1]]
    return _CN_DIGITS[text]


def _cn_year(text: str) -> int:
    if text.isdigit():
        return int(text)
    return int("".join(str(_CN_DIGITS.get(ch, ch)) for ch in text))


def parse_date_spec(text: object, lunar: bool | None = None, label: str = "日期") -> DateSpec:
    """Read a date as the agent types it or a spreadsheet holds it.

    ``[YYYY-]M-D`` (also ``/``, ``.`` or 年/月/日), with 闰 or L before the month for a leap
    month (``1990-闰5-20``, ``8-15``, ``L5-20``), or the Chinese form ``农历八月十五``,
    ``农历1990年闰五月二十``, ``阴历腊月初八`` (days 初一 … 三十, months 正 … 腊). ``lunar``:
    True reads a lunar date (a 农历 column), False a solar one, None decides from the text
    (农历/阴历, 闰 or Chinese month names mean lunar). Raises ValueError with one line of
    Chinese saying why (``label`` names the field in it: 生日, 农历生日…)."""
    if not isinstance(text, str):
        raise ValueError(f"{label}应为文字")
    shown = printable(text, 30)
    t = ascii_digits(text).strip().translate(str.maketrans("－／．–—", "-/.--")).replace(" ", "").replace("\u3000", "")
    if not t:
        raise ValueError(f"{label}为空")
    said: bool | None = None
    if m := _LUNAR_PREFIX.match(t):
        said, t = True, t[m.end():]
    elif m := _SOLAR_PREFIX.match(t):
        said, t = False, t[m.end():]
    if lunar is not None and said is not None and said != lunar:
        raise ValueError(f"{label}“{shown}”是{'农历' if said else '公历'}日期，这里应填{'农历' if lunar else '公历'}日期")
    if m := _NUMERIC.match(t):
        year = int(m[1]) if m[1] else None
        leap, month, day = bool(m[2]), int(m[3]), int(m[4])
        chinese = False
    elif m := _CHINESE.match(t):
        year = _cn_year(m[1]) if m[1] else None
        leap = bool(m[2])
        month = int(m[3]) if m[3].isdigit() else _CN_MONTHS[m[3]]
        day = _cn_day(m[4])
        chinese = not m[3].isdigit()
    else:
        raise ValueError(f"{label}“{shown}”不是有效日期，请按 [年-]月-日 填写，如 1990-5-20、8-15、1990-闰5-20 或 农历八月十五")
    is_lunar = lunar if lunar is not None else said if said is not None else (leap or chinese)
    if leap and not is_lunar:
        raise ValueError(f"{label}“{shown}”：公历没有闰月")
    return check_spec(DateSpec(bool(is_lunar), year, month, day, leap), label)


def lunar_month_name(month: int, leap: bool = False) -> str:
    """正月, 闰五月, 腊月…"""
    return ("闰" if leap else "") + MONTH_NAMES[month - 1] + "月"


def format_spec(spec: DateSpec) -> str:
    """``农历八月十五``, ``农历1990年闰五月二十``, ``5月20日``, ``1990年5月20日``."""
    year = f"{spec.year}年" if spec.year is not None else ""
    if spec.lunar:
        return f"农历{year}{lunar_month_name(spec.month, spec.leap)}{DAY_NAMES[spec.day - 1]}"
    return f"{year}{spec.month}月{spec.day}日"


def spec_input_text(spec: DateSpec) -> str:
    """The §3.1 input form (``1990-闰5-20``, ``8-15``) that ``parse_date_spec`` reads back
    (with ``lunar`` given: the form itself does not say which calendar a plain 8-15 is)."""
    year = f"{spec.year}-" if spec.year is not None else ""
    return f"{year}{'闰' if spec.leap else ''}{spec.month}-{spec.day}"


def when_text(day: dt.date, today: dt.date) -> str:
    """``今天``, ``今年 9月15日``, ``明年 1月3日`` or ``2028年2月29日``."""
    if day == today:
        return "今天"
    if day.year == today.year:
        return f"今年 {day.month}月{day.day}日"
    if day.year == today.year + 1:
        return f"明年 {day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日"


def both_calendars(spec: DateSpec, today: dt.date) -> str:
    """What the card shows: ``农历八月十五（今年 9月15日）`` — the date as given and its next
    solar day (for a solar date, its next occurrence)."""
    return f"{format_spec(spec)}（{when_text(next_occurrence(spec, today), today)}）"
