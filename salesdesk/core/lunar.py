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

Shown in English, a lunar date is ``lunar 8/15`` (month/day), ``lunar leap 4/1`` for a
leap month, ``lunar 8/15, 1990`` with its year; a solar one is ``May 20`` or, with its year,
``1990-05-20``. The Chinese month and day names below are what a date is READ from (and
how it is written in Chinese), not shown text to translate.

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

from salesdesk.i18n import N_, language, tr

from .text import ascii_digits, printable

#: Years a date may name (the lunar tables are exact well beyond; a birth year outside this
#: is a typing error).
MIN_YEAR, MAX_YEAR = 1900, 2100
#: Years the recurrence may be computed for (lunar-python's range, with a margin).
_CALC_MIN, _CALC_MAX = 2, 9990

MONTH_NAMES = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")  # i18n: data
DAY_NAMES = tuple(
    ["初" + c for c in "一二三四五六七八九十"]  # i18n: data
    + ["十" + c for c in "一二三四五六七八九"] + ["二十"]  # i18n: data
    + ["廿" + c for c in "一二三四五六七八九"] + ["三十"])  # i18n: data
#: English month abbreviations (fixed, not the system locale's).
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _month_word(month: int) -> str:
    """A lunar month in a message: 五月 in Chinese, 5 in English (the English text says "month")."""
    return MONTH_NAMES[month - 1] + "月" if language() == "zh" else str(month)  # i18n: data


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
        raise ValueError(tr("农历{year}年没有闰{month}").format(year=lunar_year, month=_month_word(month)))
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
        raise ValueError(tr("农历{year}年超出可换算的范围").format(year=year))
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
    raise ValueError(tr("日期超出可换算的范围"))


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


def check_spec(spec: object, label: str = N_("日期")) -> DateSpec:
    """``spec`` if it names a real date, else ValueError with one line in the user's language:
    a 闰 month that year does not have, a day 31, a month 13, a 2月30日, a 三十 in a 29-day month."""
    label = tr(label)
    if not isinstance(spec, DateSpec):
        raise ValueError(tr("{label}应为日期").format(label=label))
    if not isinstance(spec.lunar, bool) or not isinstance(spec.leap, bool):
        raise ValueError(tr("{label}不正确").format(label=label))
    if not _is_int(spec.month) or not _is_int(spec.day) or not (spec.year is None or _is_int(spec.year)):
        raise ValueError(tr("{label}的年、月、日应为整数").format(label=label))
    if spec.year is not None and not MIN_YEAR <= spec.year <= MAX_YEAR:
        raise ValueError(tr("{label}的年份应在 {first}–{last} 之间（{year} 不是）").format(
            label=label, first=MIN_YEAR, last=MAX_YEAR, year=spec.year))
    if not 1 <= spec.month <= 12:
        raise ValueError(tr("{label}的月份应为 1–12（{month} 不是）").format(label=label, month=spec.month))
    if not spec.lunar:
        if spec.leap:
            raise ValueError(tr("{label}：公历没有闰月").format(label=label))
        last = calendar.monthrange(spec.year if spec.year is not None else 2000, spec.month)[1]
        if not 1 <= spec.day <= last:
            if spec.year is None:
                raise ValueError(tr("{label}：公历{month}月没有{day}日（最多 {last} 日）").format(
                    label=label, month=spec.month, day=spec.day, last=last))
            raise ValueError(tr("{label}：公历{year}年{month}月没有{day}日（最多 {last} 日）").format(
                label=label, year=spec.year, month=spec.month, day=spec.day, last=last))
        return spec
    if not 1 <= spec.day <= 30:
        raise ValueError(tr("{label}：农历日应为初一至三十（{day} 不是）").format(label=label, day=spec.day))
    if spec.year is not None:
        name = _month_word(spec.month)
        if spec.leap and leap_month_of(spec.year) != spec.month:
            leap = leap_month_of(spec.year)
            that = tr("那年闰{month}").format(month=_month_word(leap)) if leap else tr("那年没有闰月")
            raise ValueError(tr("{label}：农历{year}年没有闰{month}（{that}）").format(
                label=label, year=spec.year, month=name, that=that))
        days = lunar_month_days(spec.year, spec.month, spec.leap)
        if spec.day > days:
            text = tr("{label}：农历{year}年闰{month}只有二十九天，没有三十") if spec.leap else \
                tr("{label}：农历{year}年{month}只有二十九天，没有三十")
            raise ValueError(text.format(label=label, year=spec.year, month=name))
    return spec


# ---------------------------------------------------------------- text

# What a date is read from (data, not shown text).
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,  # i18n: data
              "八": 8, "九": 9}  # i18n: data
_CN_MONTHS = {"正": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,  # i18n: data
              "十": 10, "十一": 11, "冬": 11, "十二": 12, "腊": 12, "臘": 12}  # i18n: data
_LUNAR_PREFIX = re.compile(r"^(农历|阴历|农曆|陰曆|旧历|夏历|lunar)", re.IGNORECASE)  # i18n: data
_SOLAR_PREFIX = re.compile(r"^(公历|阳历|新历|西历|公曆|陽曆|solar)", re.IGNORECASE)  # i18n: data
_NUMERIC = re.compile(
    r"^(?:(\d{4})\s*[-/.年]\s*)?(闰|閏|(?i:leap)|[Ll])?\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?$")  # i18n: data
_CHINESE = re.compile(
    r"^(?:([\d〇零○一二三四五六七八九]{4})年)?(闰|閏)?(十一|十二|[正一二三四五六七八九十冬腊臘]|\d{1,2})月"  # i18n: data
    r"(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]"  # i18n: data
    r"|三十|卅|[一二三四五六七八九]|\d{1,2})[日号號]?$")  # i18n: data


def _cn_day(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "卅":  # i18n: data
        return 30
    if text == "十":  # i18n: data
        return 10
    if text in DAY_NAMES:
        return DAY_NAMES.index(text) + 1
    if text.startswith("二十"):  # 二十一 … 二十九  # i18n: data
        return 20 + _CN_DIGITS[text[2]]
    if text.startswith("十"):  # i18n: data
        return 10 + _CN_DIGITS[text[1]]
    return _CN_DIGITS[text]


def _cn_year(text: str) -> int:
    if text.isdigit():
        return int(text)
    return int("".join(str(_CN_DIGITS.get(ch, ch)) for ch in text))


def parse_date_spec(text: object, lunar: bool | None = None, label: str = N_("日期")) -> DateSpec:
    """Read a date as the agent types it or a spreadsheet holds it.

    ``[YYYY-]M-D`` (also ``/``, ``.`` or 年/月/日), with 闰 or L before the month for a leap
    month (``1990-闰5-20``, ``8-15``, ``L5-20``), or the Chinese form ``农历八月十五``,
    ``农历1990年闰五月二十``, ``阴历腊月初八`` (days 初一 … 三十, months 正 … 腊). ``lunar``:
    True reads a lunar date (a 农历 column), False a solar one, None decides from the text
    (农历/阴历, 闰 or Chinese month names mean lunar). Raises ValueError with one line of
    the user's language saying why (``label`` names the field in it: 生日, 农历生日…)."""
    label = tr(label)
    if not isinstance(text, str):
        raise ValueError(tr("{label}应为文字").format(label=label))
    shown = printable(text, 30)
    t = ascii_digits(text).strip().translate(str.maketrans("－／．–—", "-/.--")).replace(" ", "").replace("\u3000", "")  # i18n: data
    if not t:
        raise ValueError(tr("{label}为空").format(label=label))
    said: bool | None = None
    if m := _LUNAR_PREFIX.match(t):
        said, t = True, t[m.end():]
    elif m := _SOLAR_PREFIX.match(t):
        said, t = False, t[m.end():]
    if lunar is not None and said is not None and said != lunar:
        text = tr("{label}“{value}”是农历日期，这里应填公历日期") if said else \
            tr("{label}“{value}”是公历日期，这里应填农历日期")
        raise ValueError(text.format(label=label, value=shown))
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
        raise ValueError(tr("{label}“{value}”不是有效日期，请按 [年-]月-日 填写，如 1990-5-20、8-15、1990-闰5-20 或 "
                            "农历八月十五").format(label=label, value=shown))
    is_lunar = lunar if lunar is not None else said if said is not None else (leap or chinese)
    if leap and not is_lunar:
        raise ValueError(tr("{label}“{value}”：公历没有闰月").format(label=label, value=shown))
    return check_spec(DateSpec(bool(is_lunar), year, month, day, leap), label)


# The forms below are written per language (English dates are built, not translated: their
# order differs); the Chinese lines are the Chinese form, marked data for the catalogue.

def lunar_month_name(month: int, leap: bool = False) -> str:
    """正月, 闰五月, 腊月… (English: ``month 1``, ``leap month 5``)."""
    if language() != "zh":
        return f"leap month {month}" if leap else f"month {month}"
    return ("闰" if leap else "") + MONTH_NAMES[month - 1] + "月"  # i18n: data


def lunar_day_name(day: int) -> str:
    """A lunar day as a picker lists it: 初一 … 三十 in Chinese, 1 … 30 in English."""
    return DAY_NAMES[day - 1] if language() == "zh" else str(day)


def _english_spec(spec: DateSpec) -> str:
    if spec.lunar:
        text = f"lunar {'leap ' if spec.leap else ''}{spec.month}/{spec.day}"
        return f"{text}, {spec.year}" if spec.year is not None else text
    if spec.year is not None:
        return f"{spec.year:04d}-{spec.month:02d}-{spec.day:02d}"
    return f"{_EN_MONTHS[spec.month - 1]} {spec.day}"


def format_spec(spec: DateSpec) -> str:
    """``农历八月十五``, ``农历1990年闰五月二十``, ``5月20日``, ``1990年5月20日``; in English
    ``lunar 8/15``, ``lunar leap 5/20, 1990``, ``May 20``, ``1990-05-20``."""
    if language() != "zh":
        return _english_spec(spec)
    year = f"{spec.year}年" if spec.year is not None else ""  # i18n: data
    if spec.lunar:
        return f"农历{year}{lunar_month_name(spec.month, spec.leap)}{DAY_NAMES[spec.day - 1]}"  # i18n: data
    return f"{year}{spec.month}月{spec.day}日"  # i18n: data


def spec_input_text(spec: DateSpec) -> str:
    """The §3.1 input form (``1990-闰5-20``, ``8-15``; in English ``1990-L5-20``) that
    ``parse_date_spec`` reads back (with ``lunar`` given: the form itself does not say
    which calendar a plain 8-15 is)."""
    year = f"{spec.year}-" if spec.year is not None else ""
    leap = ("闰" if language() == "zh" else "L") if spec.leap else ""  # i18n: data
    return f"{year}{leap}{spec.month}-{spec.day}"


def when_text(day: dt.date, today: dt.date) -> str:
    """``今天``, ``今年 9月15日``, ``明年 1月3日`` or ``2028年2月29日``; in English ``today``,
    ``Sep 15``, ``Jan 3 next year`` or ``2028-02-29``."""
    if day == today:
        return tr("今天", "日期")
    if language() != "zh":
        if day.year == today.year:
            return f"{_EN_MONTHS[day.month - 1]} {day.day}"
        if day.year == today.year + 1:
            return f"{_EN_MONTHS[day.month - 1]} {day.day} next year"
        return day.isoformat()
    if day.year == today.year:
        return f"今年 {day.month}月{day.day}日"  # i18n: data
    if day.year == today.year + 1:
        return f"明年 {day.month}月{day.day}日"  # i18n: data
    return f"{day.year}年{day.month}月{day.day}日"  # i18n: data


def both_calendars(spec: DateSpec, today: dt.date) -> str:
    """What the card shows: ``农历八月十五（今年 9月15日）`` — the date as given and its next
    solar day (for a solar date, its next occurrence); in English ``lunar 8/15 (Sep 15)``."""
    shown = format_spec(spec), when_text(next_occurrence(spec, today), today)
    return tr("{date}（{next}）").format(date=shown[0], next=shown[1])
