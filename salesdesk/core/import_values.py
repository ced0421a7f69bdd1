"""A spreadsheet cell as a card's value: dates written any common way or as Excel serials,
lunar birthdays in §3.1's form or ``农历八月十五``, numbers a spreadsheet made of phones.

Each reader returns the value or raises ``BadCell`` with a one-line reason in the user's
language. The Chinese words below that a cell is READ from are data, not shown text.
"""
from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from salesdesk.i18n import tr

from .text import ascii_digits


class BadCell(ValueError):
    """A cell that cannot be read as its column's value; ``str()`` says why, in the user's language."""


#: Excel's day 0 (its serials count from 1900-01-01 = 1, with the phantom 1900-02-29).
EXCEL_EPOCH = dt.date(1899, 12, 30)
MAX_SERIAL = 2958465  # 9999-12-31

_DATE_TEXT = (
    re.compile(r"^(?P<y>\d{4})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"),
    re.compile(r"^(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]?$"),  # i18n: data
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"),
)


def cell_text(value: object) -> str:
    """A cell as text: a whole number without ``.0`` (a phone the spreadsheet made a number),
    a date as YYYY-MM-DD, True/False as 是/否."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"  # i18n: data (the stored text)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value) and abs(value) < 1e17:
            return str(int(value))
        return repr(value) if math.isfinite(value) else ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _plain(text: str) -> str:
    return ascii_digits(unicodedata.normalize("NFKC", text)).strip()


def parse_date(value: object) -> dt.date | None:
    """A date from a cell: a date, an Excel serial, or text such as 2026-1-5, 2026/01/05,
    2026.1.5, 2026年1月5日, 20260105. None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise BadCell(tr("不是日期"))
    if isinstance(value, (int, float)):
        return _serial(value)
    text = _plain(str(value))
    if not text:
        return None
    for pattern in _DATE_TEXT:
        match = pattern.match(text)
        if match:
            try:
                return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                raise BadCell(tr("“{value}”不是存在的日期").format(value=text[:20])) from None
    raise BadCell(tr("“{value}”不是日期（可写 2026-1-5、2026/01/05 或 2026年1月5日）").format(value=text[:20]))


def _serial(number: float) -> dt.date:
    if not math.isfinite(number) or not 1 <= number <= MAX_SERIAL:
        raise BadCell(tr("{value} 不是日期").format(value=cell_text(number)[:20]))
    return EXCEL_EPOCH + dt.timedelta(days=int(number))


# -- lunar dates ----------------------------------------------------------------------------
_LUNAR_MONTHS = {"正": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,  # i18n: data
                 "十": 10, "冬": 11, "十一": 11, "腊": 12, "十二": 12, "冬月": 11, "腊月": 12}  # i18n: data
_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}  # i18n: data
_NUMERIC = re.compile(r"^(?:(?P<y>\d{4})\s*[-/.年]\s*)?(?P<leap>闰|L|l)?\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号]?$")  # i18n: data
_WORDS = re.compile(r"^(?:(?P<y>\d{4})\s*年?\s*)?(?:农历|阴历)?\s*(?P<leap>闰)?\s*(?P<m>正|十一|十二|冬|腊|[一二三四五六七八九十])月"  # i18n: data
                    r"\s*(?P<d>[初十廿卅二三][一二三四五六七八九十]?|[一二三四五六七八九十]+)\s*[日号]?$")  # i18n: data


def _lunar_day(word: str) -> int | None:
    if word in ("初十",):  # i18n: data
        return 10
    if word in ("二十",):  # i18n: data
        return 20
    if word in ("三十",):  # i18n: data
        return 30
    if word.startswith("初") and len(word) == 2:  # i18n: data
        return _DIGITS.get(word[1])
    if word.startswith("十") and len(word) == 2:  # i18n: data
        return 10 + _DIGITS.get(word[1], 0) if word[1] in _DIGITS else None
    if word.startswith("廿") and len(word) == 2:  # i18n: data
        return 20 + _DIGITS[word[1]] if word[1] in _DIGITS else None
    if word == "十":  # i18n: data
        return 10
    if word.startswith("卅"):  # i18n: data
        return 30 if len(word) == 1 else None
    if len(word) == 1 and word in _DIGITS:  # 农历八月五 (colloquial)
        return _DIGITS[word]
    return None


def parse_lunar(value: object) -> tuple[int | None, int, int, bool] | None:
    """A lunar birthday (year or None, month, day, leap) from §3.1's ``[YYYY-][闰|L]M-D``
    (``1990-闰5-20``, ``8-15``) or words (``农历八月十五``, ``1990年农历闰四月初八``,
    ``腊月三十``). A date cell (a spreadsheet turned 1990-8-15 into one) gives its numbers.
    None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _checked_lunar(value.year, value.month, value.day, False)
    if isinstance(value, (bool, int, float)):
        raise BadCell(tr("“{value}”不是农历日期（可写 8-15、1990-闰5-20 或 农历八月十五）").format(value=cell_text(value)[:20]))
    text = _plain(str(value)).replace(" ", "")
    if not text:
        return None
    for prefix in ("农历", "阴历", "lunar", "Lunar"):  # i18n: data
        if text.startswith(prefix) and _NUMERIC.match(text[len(prefix):]):
            text = text[len(prefix):]
    match = _NUMERIC.match(text)
    if match:
        year = int(match["y"]) if match["y"] else None
        return _checked_lunar(year, int(match["m"]), int(match["d"]), bool(match["leap"]))
    match = _WORDS.match(text)
    if match:
        day = _lunar_day(match["d"])
        if day is not None:
            year = int(match["y"]) if match["y"] else None
            return _checked_lunar(year, _LUNAR_MONTHS[match["m"]], day, bool(match["leap"]))
    raise BadCell(tr("“{value}”不是农历日期（可写 8-15、1990-闰5-20 或 农历八月十五）").format(value=text[:20]))


def _checked_lunar(year: int | None, month: int, day: int, leap: bool) -> tuple[int | None, int, int, bool]:
    if not 1 <= month <= 12 or not 1 <= day <= 30:
        raise BadCell(tr("农历没有 {month} 月 {day} 日").format(month=month, day=day))
    if year is not None and not 1900 <= year <= 2100:
        raise BadCell(tr("农历年份 {year} 超出范围（1900–2100）").format(year=year))
    return year, month, day, leap


def lunar_text(year: int | None, month: int, day: int, leap: bool) -> str:
    """§3.1's form, which ``parse_lunar`` reads back: ``1990-闰5-20``, ``8-15``."""
    core = f"{'闰' if leap else ''}{month}-{day}"  # i18n: data (the stored form)
    return f"{year}-{core}" if year else core


_GENDERS = {"男": "男", "女": "女", "m": "男", "f": "女", "male": "男", "female": "女", "先生": "男", "女士": "女",  # i18n: data
            "男性": "男", "女性": "女"}  # i18n: data


def parse_gender(value: object) -> str:
    text = _plain(cell_text(value)).lower()
    if not text:
        return ""
    if text in _GENDERS:
        return _GENDERS[text]
    raise BadCell(tr("“{value}”不是性别（男 或 女）").format(value=text[:10]))


def parse_grade(value: object) -> str:
    text = _plain(cell_text(value)).upper()
    if text.endswith("级") or text.endswith("类"):  # i18n: data
        text = text[:-1]
    return text
