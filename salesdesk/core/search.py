"""Pinyin keys for type-ahead search: ``hejianguo`` and ``hjg`` both find 何建国.

A surname is read as a surname: 曾 is zēng in 曾娟娜, not céng as in 曾经, and 单 is
shàn, not dān. pypinyin reads characters as in ordinary words, so the common
polyphonic surnames are listed here; the other readings of the first character stay
searchable too (an agent who types ``cjn`` still finds 曾娟娜). A company is searchable by
its pinyin too: ``jincheng`` and ``jcwl`` find 锦程物流.

pypinyin is imported on first use: its dictionaries take about half a second to load, and a
read-only command (``customer list``) never needs them.
"""
from __future__ import annotations


def _pypinyin():
    import pypinyin

    return pypinyin

#: The reading a polyphonic character takes as a (single-character) surname.
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "仇": "qiu", "解": "xie", "乐": "yue", "查": "zha", "区": "ou",  # i18n: data
    "朴": "piao", "覃": "qin", "盖": "ge", "缪": "miao", "翟": "zhai", "柏": "bai", "秘": "bi",  # i18n: data
    "召": "shao", "种": "chong", "员": "yun", "句": "gou", "宓": "mi", "隗": "wei", "尉": "wei",  # i18n: data
    "长": "chang", "重": "chong", "繁": "po", "能": "nai", "郇": "huan", "眭": "sui",  # i18n: data
}
#: Two-character surnames whose first character would otherwise be caught above.
COMPOUND_SURNAMES = ("单于", "尉迟", "长孙", "万俟")  # i18n: data


def _surname_split(name: str) -> tuple[str | None, str]:
    """(reading of a listed single-character surname, the rest) or (None, name)."""
    if len(name) > 1 and name[0] in SURNAME_READINGS and not name.startswith(COMPOUND_SURNAMES):
        return SURNAME_READINGS[name[0]], name[1:]
    return None, name


def _join(parts: list[str]) -> str:
    return "".join(parts).lower().replace(" ", "")


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials), lower case, no separators; non-Chinese text kept as is."""
    py = _pypinyin()
    surname, rest = _surname_split(name)
    full = py.lazy_pinyin(rest, style=py.Style.NORMAL, errors="default")
    initials = py.lazy_pinyin(rest, style=py.Style.FIRST_LETTER, errors="default")
    if surname:
        full, initials = [surname, *full], [surname[0], *initials]
    return _join(full), _join(initials)


def pinyin_variants(name: str) -> list[str]:
    """Full pinyin and initials under the other readings of the name's first character."""
    if not name or name.startswith(COMPOUND_SURNAMES):
        return []
    py = _pypinyin()
    readings = py.pinyin(name[0], style=py.Style.NORMAL, heteronym=True, errors="default")[0]
    if len(readings) < 2:
        return []
    chosen = pinyin_keys(name)[0]
    rest_full = _join(py.lazy_pinyin(name[1:], style=py.Style.NORMAL, errors="default"))
    rest_initials = _join(py.lazy_pinyin(name[1:], style=py.Style.FIRST_LETTER, errors="default"))
    out = []
    for reading in readings:
        full = reading.lower() + rest_full
        if full != chosen:
            out.extend((full, reading[0].lower() + rest_initials))
    return out


#: The customer fields type-ahead search looks in, in this order.
SEARCHED_FIELDS = ("name", "mobile", "phone", "company", "notes")


def search_text(name: str, mobile: str = "", phone: str = "", company: str = "", notes: str = "") -> str:
    """What type-ahead search looks in: the fields, the name's pinyin and initials (and the
    other readings of a polyphonic surname), the company's pinyin and initials (v3),
    lower-cased, one a line."""
    full, initials = pinyin_keys(name or "")
    parts = [name, mobile, phone, company, notes, full, initials, *pinyin_variants(name or "")]
    if company and not company.isascii():
        py = _pypinyin()
        parts.append(_join(py.lazy_pinyin(company, style=py.Style.NORMAL, errors="default")))
        parts.append(_join(py.lazy_pinyin(company, style=py.Style.FIRST_LETTER, errors="default")))
    return "\n".join(str(p or "") for p in parts).lower()
