"""Phone numbers, read with Google's libphonenumber (the ``phonenumbers`` port).

Numbers are parsed as Chinese unless they start with ``+``/``00``. What is stored is one
form per number, so ``138-1234-5678``, ``+86 13812345678``, ``１３８１２３４５６７８`` and
``13812345678`` are the same text and a search for ``138`` finds each:

- a Chinese mobile: its 11 digits, ``13812345678``;
- a Chinese landline: area code, a dash, the number: ``010-12345678``, ``0571-88888888``
  (an extension follows as ``转123``); other Chinese numbers (400/800) as ``400-820-8820``;
- a local landline written without its area code (7–8 digits): the digits;
- a number abroad: E.164, ``+16502530000``.
"""
from __future__ import annotations

import re
import unicodedata

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from .text import ascii_digits

REGION = "CN"
_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
#: What a phone number may be written with: digits, separators, a leading +, an extension.
_SHAPE = re.compile(r"^\(?\+?[\d\s\-().]+$")
_EXTENSION = re.compile(r"^(?P<main>.+?)\s*(?:转|分机|ext\.?|x|#)\s*(?P<ext>\d{1,6})$", re.IGNORECASE)  # i18n: data
_DASH_EXTENSION = re.compile(r"^(?P<main>.+?)-(?P<ext>\d{1,6})$")
_LOCAL = re.compile(r"^[2-9]\d{6,7}$")


def _plain(text: str) -> str:
    # NFKC folds full-width digits, plus, hyphen and brackets; other scripts' digits by hand.
    text = ascii_digits(unicodedata.normalize("NFKC", text))
    return text.replace("\u2010", "-").replace("\u2011", "-").replace("\u2013", "-").replace("\u2212", "-").strip()


def _parse(text: str):
    if not _SHAPE.match(text):
        return None
    try:
        number = phonenumbers.parse(text, REGION)
    except NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _stored(number) -> str:
    if phonenumbers.region_code_for_number(number) != REGION:
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    kind = phonenumbers.number_type(number)
    if kind in _MOBILE_TYPES:
        return str(number.national_number)
    groups = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL).split()
    if kind == PhoneNumberType.FIXED_LINE and len(groups) > 1:
        return f"{groups[0]}-{''.join(groups[1:])}"
    return "-".join(groups)


def normalise_mobile(text: str) -> str | None:
    """A mobile number as stored, or None when it is not one."""
    number = _parse(_plain(text))
    if number is None:
        return None
    if phonenumbers.region_code_for_number(number) == REGION and phonenumbers.number_type(number) not in _MOBILE_TYPES:
        return None
    return _stored(number)


def normalise_phone(text: str) -> str | None:
    """Any phone number (landline, mobile, with an extension) as stored, or None."""
    plain = _plain(text)
    number = _parse(plain)
    if number is not None:
        return _stored(number)
    if _LOCAL.match(re.sub(r"[\s\-]", "", plain)):
        return re.sub(r"[\s\-]", "", plain)
    for pattern in (_EXTENSION, _DASH_EXTENSION):
        match = pattern.match(plain)
        if match:
            main = _parse(match["main"])
            if main is not None:
                return f"{_stored(main)}转{match['ext']}"  # i18n: data (the stored form)
    return None


def e164(text: str) -> str | None:
    """The number in E.164 (``+8613812345678``) for comparing two customers, or None."""
    number = _parse(_plain(text))
    return None if number is None else phonenumbers.format_number(number, PhoneNumberFormat.E164)
