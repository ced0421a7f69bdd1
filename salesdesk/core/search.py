"""Pinyin keys for type-ahead search: ``hejianguo`` and ``hjg`` both find 何建国."""
from __future__ import annotations

from pypinyin import Style, lazy_pinyin


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials), lower case, no separators; non-Chinese text kept as is."""
    full = lazy_pinyin(name, style=Style.NORMAL, errors="default")
    initials = lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default")
    return "".join(full).lower().replace(" ", ""), "".join(initials).lower().replace(" ", "")
