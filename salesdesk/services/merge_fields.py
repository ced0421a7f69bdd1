"""The parts of a merge that need no database: which customer columns make one card field,
how each side is read and shown, KEEP's row as a merge leaves it, and the records a merge
returns (services/duplicates.py does the reading and writing)."""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Callable

import peewee as pw

from salesdesk.core.customer import MAX_TEXT
from salesdesk.core.search import pinyin_keys, search_text
from salesdesk.core.text import shown
from salesdesk.storage.models import ALL_MODELS, Customer, ImportItem

from .errors import InvalidInput
from .views import Changes
from salesdesk.i18n import N_, tr

#: Columns kept in step with the card, never chosen: recomputed (or restored on undo).
DERIVED = ("id", "name_pinyin", "name_initials", "search_text", "created_at", "updated_at")
#: Columns that are one field on the card and move together in a merge.
GROUPS = {
    "birthday": ("birthday", "birthday_lunar", "lunar_birthday_year", "lunar_birthday_month",
                 "lunar_birthday_day", "lunar_birthday_leap"),
    "value_grade": ("value_grade", "value_grade_manual"),
    "relation_level": ("relation_level", "relation_level_manual"),
}
#: Field labels and what moves with a customer (in the source language: shown through ``tr``).
FIELD_LABELS = {
    "name": N_("姓名"), "gender": N_("性别"), "company": N_("公司"), "title": N_("职务"), "mobile": N_("手机"), "phone": N_("电话"),
    "wechat": N_("微信"), "qq": N_("QQ"), "email": N_("邮箱"), "address": N_("地址"), "website": N_("网址"),
    "referrer_id": N_("介绍人"), "source": N_("认识来源"), "first_impression": N_("第一印象"), "met_on": N_("认识时间"),
    "birthday": N_("生日"), "anniversary": N_("结婚纪念日"), "industry": N_("行业"), "region": N_("区域"), "city": N_("城市"),
    "circle": N_("人脉圈"), "tags": N_("标签"), "value_grade": N_("价值分级"), "credit_grade": N_("信用等级"),
    "relation_level": N_("客户五级分类"), "no_visit_times": N_("不宜拜访时间"), "notes": N_("备注"),
    "native_place": N_("籍贯"), "marital_status": N_("婚姻状况"), "home_address": N_("家庭地址"), "id_number": N_("身份证"),
}
#: Text fields a merge may also keep from both sides, KEEP's first ("both"): nothing written is lost.
BOTH_FIELDS = ("notes", "first_impression")
#: What moves with a customer, as the merge summary names it.
MOVE_LABELS = {
    "prospect": N_("潜在客户"), "activity": N_("活动记录"), "contact_record": N_("交流记录"), "customer_date": N_("重要日期"),
    "level_change": N_("分类变化"), "appointment": N_("约见"), "todo": N_("待办"), "import_item": N_("导入记录"),
    "referrals": N_("介绍的客户"),
}


@dataclass(frozen=True)
class FieldChoice:
    """One field of the two cards, side by side, as the merge dialog shows it."""

    key: str
    label: str
    keep: str
    other: str
    #: What ``merge`` takes when not told: KEEP's value unless it is empty.
    default: str  # "keep" | "other"
    #: What the dialog proposes: the non-empty one; both filled, the more recently updated card's
    #: (notes and first impressions: both).
    suggested: str
    #: Whether "both" may be chosen (BOTH_FIELDS).
    can_both: bool = False

    @property
    def differs(self) -> bool:
        return self.keep != self.other


@dataclass(frozen=True)
class MergePreview:
    keep_id: int
    other_id: int
    keep_name: str
    other_name: str
    fields: tuple[FieldChoice, ...]
    #: What moves from OTHER to KEEP: MOVE_LABELS key -> count (only those with rows).
    moves: dict[str, int]


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    kept_id: int
    other_id: int
    moved: dict[str, int]
    backup: str | None
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class MergeUndone:
    merge_id: int
    kept_id: int
    #: OTHER's id again (a new one only when a customer added since took it).
    restored_id: int
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class MergeView:
    id: int
    at: dt.datetime
    kept_id: int
    other_id: int
    other_name: str
    undone_at: dt.datetime | None


#: ``3 个潜在客户``: each kind of record counted, with its Chinese measure word.
MOVE_COUNTS = {
    "prospect": N_("{count} 个潜在客户"), "activity": N_("{count} 条活动记录"), "contact_record": N_("{count} 条交流记录"),
    "customer_date": N_("{count} 个重要日期"), "level_change": N_("{count} 条分类变化"), "appointment": N_("{count} 次约见"),
    "todo": N_("{count} 项待办"), "import_item": N_("{count} 条导入记录"), "referrals": N_("{count} 位介绍的客户"),
}


def move_summary(moves: dict[str, int]) -> str:
    """``3 个潜在客户、12 条活动记录`` (nothing: ``没有相关记录``)."""
    parts = [tr(MOVE_COUNTS[k]).format(count=n) if k in MOVE_COUNTS else f"{n} {k}" for k, n in moves.items() if n]
    return tr("、").join(parts) or tr("没有相关记录")


def customer_links() -> list[tuple[str, str]]:
    """(table, column) of every row that belongs to a customer (the referrer apart)."""
    links = []
    for model in ALL_MODELS:
        for f in model._meta.sorted_fields:
            if isinstance(f, pw.ForeignKeyField) and f.rel_model is Customer and model is not Customer:
                links.append((model._meta.table_name, f.column_name))
    links.append((ImportItem._meta.table_name, ImportItem.customer_id.column_name))
    return links


def field_groups(columns: list[str]) -> dict[str, tuple[str, ...]]:
    """Field key -> the customer columns it stands for, in the table's order."""
    grouped: dict[str, tuple[str, ...]] = {}
    taken = {c for cols in GROUPS.values() for c in cols}
    for column in columns:
        if column in DERIVED:
            continue
        if column in taken:
            key = next(k for k, cols in GROUPS.items() if column in cols)
            if key not in grouped:
                grouped[key] = tuple(c for c in GROUPS[key] if c in columns)
        else:
            grouped[column] = (column,)
    return grouped


def join_both(mine: str | None, theirs: str | None, key: str) -> str:
    """KEEP's text, then OTHER's on the next line (once when they are the same)."""
    mine, theirs = mine or "", theirs or ""
    if not theirs or theirs == mine:
        return mine
    joined = f"{mine}\n{theirs}" if mine else theirs
    if len(joined) > MAX_TEXT:
        raise InvalidInput(tr("两边的{field}合起来超过 {limit} 字，请选其中一边").format(
            field=tr(FIELD_LABELS.get(key, key)), limit=MAX_TEXT))
    return joined


def is_empty(row: dict, columns: tuple[str, ...]) -> bool:
    return all(row.get(c) in (None, "", 0) for c in columns)


def merged_card(keep: dict, other: dict, choices: dict[str, str]) -> dict:
    """KEEP's row as the merge leaves it: each field from the side chosen (unnamed: KEEP's unless
    empty), the referrer made sense of, the search columns recomputed."""
    merged = dict(keep)
    for key, cols in field_groups(list(keep)).items():
        side = choices.get(key) or ("other" if is_empty(keep, cols) and not is_empty(other, cols) else "keep")
        if side == "other":
            merged.update({c: other[c] for c in cols})
        elif side == "both":
            merged[key] = join_both(keep[key], other[key], key)
    # OTHER goes away: a referrer naming it is OTHER's own referrer; a customer is not their own.
    if merged.get("referrer_id") == other["id"]:
        merged["referrer_id"] = other.get("referrer_id")
    if merged.get("referrer_id") == keep["id"]:
        merged["referrer_id"] = None
    merged["created_at"] = min(keep["created_at"], other["created_at"])
    merged["name_pinyin"], merged["name_initials"] = pinyin_keys(merged["name"] or "")
    merged["search_text"] = search_text(merged["name"], merged["mobile"], merged["phone"], merged["company"],
                                        merged["notes"])
    return merged


def field_text(key: str, row: dict, name_of: Callable[[int], str | None]) -> str:
    """A field of a stored row as the merge dialog shows it (``name_of``: a customer's name, None if gone)."""
    if key == "birthday":
        if row.get("birthday"):
            return str(row["birthday"])
        if row.get("lunar_birthday_month"):
            year = tr("{year}年").format(year=row["lunar_birthday_year"]) if row.get("lunar_birthday_year") else ""
            leap = tr("闰") if row.get("lunar_birthday_leap") else ""
            return tr("农历{year}{leap}{month}月{day}日").format(
                year=year, leap=leap, month=row["lunar_birthday_month"], day=row["lunar_birthday_day"])
        return ""
    if key == "referrer_id":
        ref = row.get("referrer_id")
        if ref is None:
            return ""
        name = name_of(ref)
        return tr("{name}（编号 {ref}）").format(name=shown(name) if name is not None else tr("（已删除）"), ref=ref)
    value = row.get(key)
    if value is None:
        return ""
    text = shown(str(value), key in ("notes", "first_impression"))
    if key == "id_number" and len(text) > 8:  # shown masked (SPEC §3), as on the card
        text = text[:4] + "*" * (len(text) - 8) + text[-4:]
    if key in ("value_grade", "relation_level") and text and row.get(f"{key}_manual"):
        text += tr("（手动）")
    return unicodedata.normalize("NFC", text)
