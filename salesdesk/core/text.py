"""What text may be stored: no control characters, nothing XML 1.0 forbids.

Every text field a user (or a file, or a script) hands the services passes through one of
two checks:

- ``check_line`` for single-line fields (names, phones, plans, reasons, next steps…):
  leading and trailing white space is trimmed; any control character left inside
  (TAB, CR, LF, ESC, BEL, BS, NUL, DEL, C1 controls), a line or paragraph separator, a
  bidirectional override, a lone surrogate or a non-character (U+FFFE, U+FFFF…) is
  REFUSED with a message naming the field and the character. Inside a one-line value such
  a character is almost always a paste of several cells or lines, or an attack on the
  terminal that prints it (an ESC sequence recolours it, an LF splits a listing): the
  agent sees it and decides, nothing is silently merged.
- ``check_text`` for multi-line fields (notes, summaries, first impressions): line breaks
  are kept, written as LF (CRLF, CR, NEL, U+2028/U+2029 become LF), a TAB becomes a space
  (pasted text is full of them and they mean nothing in a note); every other control or
  forbidden character is refused, as above.

Zero-width no-break spaces (a BOM pasted at the start of text), zero-width spaces and word
joiners are dropped in both: they are invisible, carry no meaning here and break exact
matches. Characters XML 1.0 forbids are never stored, so every export can write them.
"""
from __future__ import annotations

import re
import unicodedata

from salesdesk.i18n import N_, tr

#: Invisible characters dropped silently (BOM / zero-width no-break space, zero-width space,
#: word joiner).
_DROPPED = dict.fromkeys(map(ord, "\ufeff\u200b\u2060"))
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
#: Bidirectional embeddings, overrides and isolates: they reorder how text is displayed.
_BIDI = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
#: Characters XML 1.0 does not allow in a document (openpyxl's own check misses U+FFFE/F).
XML_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_NAMES = {
    "\t": N_("制表符 Tab"), "\n": N_("换行符"), "\r": N_("回车符"), "\x1b": "ESC", "\x00": N_("空字符 NUL"),
    "\x07": N_("响铃符 BEL"), "\x08": N_("退格符 BS"), "\x7f": N_("删除符 DEL"), "\u2028": N_("行分隔符"),
    "\u2029": N_("段分隔符"),
}


class BadText(ValueError):
    """A text value that may not be stored; ``str()`` is one line in the user's language."""


def _forbidden(ch: str, multiline: bool) -> bool:
    code = ord(ch)
    if multiline and ch == "\n":
        return False
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return True
    if 0xD800 <= code <= 0xDFFF or code in _BIDI or ch in "\u2028\u2029":
        return True
    # Non-characters: U+FDD0–U+FDEF and the last two code points of every plane.
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def describe(ch: str) -> str:
    """A character as the agent can recognise it in a message: 换行符, ESC, U+FFFE…"""
    name = _NAMES.get(ch)
    return tr(name) if name else f"U+{ord(ch):04X}"


def first_forbidden(text: str, multiline: bool = False) -> str | None:
    for ch in text:
        if _forbidden(ch, multiline):
            return ch
    return None


def _as_text(value: object, label: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadText(tr("{label}应为文字").format(label=tr(label)))
    return value


def _refuse(label: str, ch: str) -> BadText:
    if ch in "\r\n\u2028\u2029":
        return BadText(tr("{label}只能写一行：含有{char}，请删除后再保存").format(label=tr(label), char=describe(ch)))
    return BadText(tr("{label}含有不可见的控制字符（{char}），请删除后再保存").format(
        label=tr(label), char=describe(ch)))


def _check_length(text: str, label: str, limit: int | None) -> str:
    if limit is not None and len(text) > limit:
        raise BadText(tr("{label}太长（最多 {limit} 个字）").format(label=tr(label), limit=limit))
    return text


def check_line(value: object, label: str, limit: int | None = None) -> str:
    """A single-line value as stored (trimmed), or BadText naming the field."""
    text = _as_text(value, label).translate(_DROPPED).strip()
    bad = first_forbidden(text)
    if bad is not None:
        raise _refuse(label, bad)
    return _check_length(text, label, limit)


def check_text(value: object, label: str, limit: int | None = None) -> str:
    """A multi-line value as stored: LF line breaks, no other control characters."""
    text = _as_text(value, label).translate(_DROPPED)
    text = _LINE_BREAKS.sub("\n", text).replace("\t", " ").strip()
    bad = first_forbidden(text, multiline=True)
    if bad is not None:
        raise _refuse(label, bad)
    return _check_length(text, label, limit)


def printable(value: object, limit: int | None = None) -> str:
    """Text safe to show or search with, whatever it holds: forbidden characters dropped.

    For values that are not stored (a search box) or were stored by an older version.
    """
    if value is None:
        text = ""
    elif isinstance(value, int) and abs(value) > 10**40:
        text = tr("（超长数字）")  # str() refuses an int past 4,300 digits
    else:
        text = str(value)
    text = "".join(ch for ch in text.translate(_DROPPED) if not _forbidden(ch, False))
    return text if limit is None else text[:limit]


#: A quick test for anything ``printable`` would drop (most text has none: left as it is).
_SUSPECT_RE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef\ufeff\u200b\u2060"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17)) + "]")


def shown(text: str, multiline: bool = False) -> str:
    """A stored value as it may be shown or printed: what an older version let in is dropped,
    so a name holding an ESC sequence or a line break cannot recolour or split a listing.
    ``multiline`` keeps line breaks (as LF) and turns tabs into spaces, as ``check_text``."""
    if not isinstance(text, str) or not _SUSPECT_RE.search(text):
        return text
    if not multiline:
        return printable(text)
    text = _LINE_BREAKS.sub("\n", text.translate(_DROPPED)).replace("\t", " ")
    return "".join(ch for ch in text if not _forbidden(ch, True))


def xml_safe(text: str) -> str:
    """``text`` without the characters an XML 1.0 document (an .xlsx) cannot hold."""
    return XML_ILLEGAL_RE.sub("", text)


def ascii_digits(text: str) -> str:
    """Every Unicode decimal digit as its ASCII twin: ``１３８`` and ``١٣٨`` become ``138``."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text)
