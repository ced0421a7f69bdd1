"""身份证号码 (resident identity number, GB 11643-1999): check, normalise, mask.

Eighteen characters: a six-digit area code, the birth date as YYYYMMDD, a three-digit
sequence and a check character. The check character is the ISO 7064 MOD 11-2 sum of the
first seventeen digits, each times its weight, mapped through ``CHECK_MAP`` (10 is ``X``).
The card shows the number masked (SPEC §3: ``3301**********1234``) except while it is
being edited; every report and export uses ``mask``.
"""
from __future__ import annotations

from salesdesk.i18n import tr

import datetime as dt
import re

from .text import ascii_digits

LENGTH = 18
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
#: sum of weight × digit, mod 11 -> the check character
CHECK_MAP = "10X98765432"
EARLIEST_BIRTH = dt.date(1900, 1, 1)
#: Characters kept visible at each end by ``mask``.
SHOWN_HEAD, SHOWN_TAIL = 4, 4


#: What ``mask`` makes of a valid number: an export read back in carries it (import_rows.py).
_MASKED = re.compile(r"^[0-9]{4}\*{10}[0-9X]{4}$")


class BadIdNumber(ValueError):
    """str() is one Chinese line saying what is wrong."""


def normalise(text: str) -> str:
    """Trimmed, full-width digits and letters as ASCII (``１``, ``ｘ``), spaces inside dropped,
    a lower-case ``x`` upper-cased. No check: ``validate`` does that."""
    if not isinstance(text, str):
        return ""
    out = ascii_digits(text.strip())
    out = out.replace("ｘ", "X").replace("Ｘ", "X").replace("x", "X")  # i18n: data
    return "".join(out.split())


def check_digit(first17: str) -> str:
    """The check character of the first seventeen digits."""
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS))
    return CHECK_MAP[total % 11]


def birth_date(number: str) -> dt.date | None:
    """The birth date inside a (normalised) number, or None when it is not a real date."""
    try:
        return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def validate(text: str, today: dt.date | None = None) -> str:
    """The number normalised, or BadIdNumber. Empty stays empty (the field is optional)."""
    number = normalise(text)
    if not number:
        return ""
    if len(number) != LENGTH:
        raise BadIdNumber(tr("身份证号码应为 18 位（现在是 {count} 位）").format(count=len(number)))
    if not (number[:17].isascii() and number[:17].isdecimal()):
        raise BadIdNumber(tr("身份证号码前 17 位应为数字"))
    last = number[17]
    if not (last == "X" or (last.isascii() and last.isdecimal())):
        raise BadIdNumber(tr("身份证号码最后一位应为数字或 X"))
    born = birth_date(number)
    if born is None:
        raise BadIdNumber(tr("身份证号码中的出生日期 {date} 不是有效日期").format(date=number[6:14]))
    if born < EARLIEST_BIRTH or (today is not None and born > today):
        raise BadIdNumber(tr("身份证号码中的出生日期 {date} 不合理").format(date=born.isoformat()))
    if check_digit(number[:17]) != last:
        raise BadIdNumber(tr("身份证号码校验位不对，请核对后重新输入"))
    return number


def is_valid(text: str, today: dt.date | None = None) -> bool:
    try:
        return bool(validate(text, today))
    except BadIdNumber:
        return False


def mask(text: str) -> str:
    """``3301**********1234``: the first and last four characters, every other one a ``*``.

    Anything too short to hide something is all stars, so no short value leaks whole."""
    if not text:
        return ""
    if len(text) <= SHOWN_HEAD + SHOWN_TAIL:
        return "*" * len(text)
    return text[:SHOWN_HEAD] + "*" * (len(text) - SHOWN_HEAD - SHOWN_TAIL) + text[-SHOWN_TAIL:]


def is_masked(text: str) -> bool:
    """A number as ``mask`` shows it (``3301**********1234``): nothing to store."""
    return isinstance(text, str) and bool(_MASKED.match(normalise(text)))
