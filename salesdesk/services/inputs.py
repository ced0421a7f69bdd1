"""Checks at the entry of every service method: bad input becomes InvalidInput (or NotFound).

Whatever the caller hands in — text with control characters, a huge string, an id past
SQLite's 64-bit integers, a date in the year 9999, a string where a number belongs — the
method raises one of the services' own errors with a one-line Chinese message before it
touches the database. Never a bare ValueError, TypeError or OverflowError.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from salesdesk.core.text import BadText, check_line, check_text, printable

from .errors import InvalidInput, NotFound
from salesdesk.i18n import tr

#: SQLite integers are signed 64-bit; an id outside 1 … MAX_ID names no row.
MAX_ID = 2**63 - 1
#: Dates the method's records may carry (a first meeting, a signing date, a week shown).
FIRST_YEAR, LAST_YEAR = 2000, 2099
#: Most ids one call may name (a bulk send-back of a whole board stays far below it).
MAX_IDS = 100_000
MAX_QUERY = 100


def line(value: object, label: str, limit: int | None = None) -> str:
    """A single-line text field, trimmed; InvalidInput naming the field otherwise."""
    try:
        return check_line(value, label, limit)
    except BadText as exc:
        raise InvalidInput(str(exc)) from None


def text(value: object, label: str, limit: int | None = None) -> str:
    """A multi-line text field (LF line breaks kept); InvalidInput naming the field otherwise."""
    try:
        return check_text(value, label, limit)
    except BadText as exc:
        raise InvalidInput(str(exc)) from None


def query(value: object, limit: int = MAX_QUERY) -> str:
    """Text typed into a search or lookup box: never refused, unusable characters dropped."""
    return printable(value, limit).strip()


def ident(value: object, what: str) -> int:
    """A record id: an int naming a row could exist; NotFound for any other number."""
    if isinstance(value, bool) or not isinstance(value, int):
        if _decimal_text(value):
            value = int(value.strip()) if len(value.strip()) <= 40 else MAX_ID + 1
        else:
            raise InvalidInput(tr("{what}编号“{printable}”不正确，应为数字").format(what=what, printable=printable(value, 20)))
    if not 1 <= value <= MAX_ID:
        raise NotFound(tr("找不到编号为 {printable} 的{what}").format(printable=printable(value, 24), what=what))
    return value


def _decimal_text(value: object, signed: bool = False) -> bool:
    """ASCII digits (int() also reads "１２" and "١٢", and str.isdigit() says "²" is one)."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    if signed and text.startswith("-"):
        text = text[1:]
    return text.isascii() and text.isdecimal()


def idents(values: object, what: str) -> list[int]:
    """Several ids, in order, each once."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise InvalidInput(tr("{what}编号应为一组数字").format(what=what))
    out: list[int] = []
    for value in values:
        out.append(ident(value, what))
        if len(out) > MAX_IDS:
            raise InvalidInput(tr("一次最多处理 {limit} 个{what}").format(limit=MAX_IDS, what=what))
    return list(dict.fromkeys(out))


def number(value: object, label: str, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high`` (``"3"`` counts; ``"abc"`` and 3.5 do not)."""
    if _decimal_text(value, signed=True) and len(value.strip()) <= 40:
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(tr("{label}应为 {low}–{high} 之间的整数").format(label=label, low=low, high=high))
    return value


def day(value: object, label: str, first: int = FIRST_YEAR, last: int = LAST_YEAR) -> dt.date | None:
    """A date (or None) in the years the method's records may carry."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        raise InvalidInput(tr("{label}应为日期").format(label=label))
    if not first <= value.year <= last:
        raise InvalidInput(tr("{label} {isoformat} 超出范围（{first}–{last} 年）").format(
            label=label, isoformat=value.isoformat(), first=first, last=last))
    return value


def moment(value: object, label: str | None = None) -> dt.datetime | None:
    """A date and time (or None); a plain date means its midnight."""
    if value is None:
        return None
    label = tr("时间", "field") if label is None else label
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    if not isinstance(value, dt.datetime):
        raise InvalidInput(tr("{label}应为日期和时间").format(label=label))
    if value.tzinfo is not None:
        raise InvalidInput(tr("{label}应为本地时间（不带时区）").format(label=label))
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InvalidInput(tr("{label} {value:%Y-%m-%d} 超出范围（{first_year}–{last_year} 年）").format(
            label=label, value=value, first_year=FIRST_YEAR, last_year=LAST_YEAR))
    return value
