"""The columns a customer spreadsheet has, and how their headers are recognised (SPEC §3.3).

The same list orders the columns an export writes, so an exported file imports back
unchanged. Headers are compared folded (NFKC, case, spaces and punctuation dropped,
a trailing note in brackets ignored: ``手机号（必填）`` is ``手机号``), against the card's
labels and the names people commonly give those columns, in Chinese and English.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from salesdesk.i18n import tr

from .customer import CustomerData
from .text import printable

#: (field, the header an export writes, other headers read as that field). ``referrer``
#: is the 介绍人's name (linked to a customer by name), ``lunar_birthday`` the §3.1 text.
COLUMNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("name", "姓名", ("名字", "客户姓名", "客户名称", "客户名", "客户", "联系人", "姓名称呼", "name", "fullname",  # i18n: data
                     "customer", "customername", "contact", "contactname")),
    ("gender", "性别", ("gender", "sex")),  # i18n: data
    ("company", "公司", ("单位", "工作单位", "公司名称", "单位名称", "企业", "company", "organization",  # i18n: data
                        "organisation", "employer", "companyname")),
    ("title", "职务", ("职位", "职称", "岗位", "头衔", "title", "jobtitle", "position")),  # i18n: data
    ("mobile", "手机", ("手机号", "手机号码", "移动电话", "手机电话", "联系手机", "mobile", "mobilephone", "cell",  # i18n: data
                       "cellphone", "mobileno", "mobilenumber")),
    ("phone", "电话", ("固定电话", "座机", "办公电话", "联系电话", "电话号码", "phone", "telephone", "tel",  # i18n: data
                      "officephone", "workphone", "landline")),
    ("wechat", "微信", ("微信号", "wechat", "weixin", "wechatid")),  # i18n: data
    ("qq", "QQ", ("qq号", "qq号码")),  # i18n: data
    ("email", "邮箱", ("电子邮箱", "电子邮件", "邮件", "email", "e-mail", "mail", "emailaddress")),  # i18n: data
    ("address", "地址", ("通讯地址", "单位地址", "公司地址", "办公地址", "address", "officeaddress")),  # i18n: data
    ("website", "网址", ("网站", "主页", "website", "web", "url", "homepage")),  # i18n: data
    ("referrer", "介绍人", ("推荐人", "转介绍人", "引荐人", "referrer", "referredby", "referral")),  # i18n: data
    ("source", "认识来源", ("来源", "客户来源", "渠道", "获客渠道", "source", "leadsource", "channel")),  # i18n: data
    ("first_impression", "第一印象", ("印象", "firstimpression", "impression")),  # i18n: data
    ("met_on", "认识时间", ("认识日期", "结识时间", "相识时间", "初识日期", "metOn", "met", "firstmet")),  # i18n: data
    ("birthday", "生日", ("出生日期", "出生年月", "出生年月日", "阳历生日", "公历生日", "生辰", "birthday",  # i18n: data
                         "birthdate", "dateofbirth", "dob", "birth")),
    ("lunar_birthday", "农历生日", ("阴历生日", "农历出生日期", "lunarbirthday", "lunar")),  # i18n: data
    ("anniversary", "结婚纪念日", ("纪念日", "结婚日期", "anniversary", "weddinganniversary")),  # i18n: data
    ("industry", "行业", ("所属行业", "industry", "sector")),  # i18n: data
    ("region", "区域", ("地区", "片区", "region", "area")),  # i18n: data
    ("city", "城市", ("所在城市", "city")),  # i18n: data
    ("circle", "人脉圈", ("圈子", "人脉", "circle", "network")),  # i18n: data
    ("tags", "标签", ("tag", "tags", "label", "labels")),  # i18n: data
    ("value_grade", "价值分级", ("价值等级", "客户价值", "客户等级", "等级", "分级", "grade", "valuegrade")),  # i18n: data
    ("credit_grade", "信用等级", ("信用", "credit", "creditgrade", "creditrating")),  # i18n: data
    ("relation_level", "客户五级分类", ("五级分类", "客户分类", "客户类型", "关系", "level", "relationlevel", "customerlevel",  # i18n: data
                                   "status")),
    ("no_visit_times", "不宜拜访时间", ("不宜拜访", "勿扰时间", "novisittimes", "donotvisit", "timesnottovisit")),  # i18n: data
    ("native_place", "籍贯", ("老家", "nativeplace", "hometown")),  # i18n: data
    ("marital_status", "婚姻状况", ("婚姻", "婚否", "maritalstatus", "marital")),  # i18n: data
    ("home_address", "家庭地址", ("家庭住址", "住址", "家庭住所", "homeaddress")),  # i18n: data
    ("id_number", "身份证", ("身份证号", "身份证号码", "证件号码", "idnumber", "idcard", "idno")),  # i18n: data
    ("notes", "备注", ("说明", "附注", "备忘", "描述", "notes", "note", "remarks", "remark", "comments", "comment",  # i18n: data
                     "memo", "description")),
)

#: Fields import reads besides the card's own (resolved by the import itself).
SPECIAL = ("referrer", "lunar_birthday")
DATE_COLUMNS = ("met_on", "birthday", "anniversary")


def import_columns() -> list[tuple[str, str]]:
    """(field, header) of every column import reads and export writes, in order: the card's
    fields this version has (the 相关信息 fields once the card holds them)."""
    card = set(CustomerData.field_names())
    return [(f, label) for f, label, _ in COLUMNS if f in card or f in SPECIAL]


def label_of(field_name: str) -> str:
    """The Chinese header of a column (as an export writes it in Chinese)."""
    for f, label, _ in COLUMNS:
        if f == field_name:
            return label
    return field_name


def header_label(field_name: str) -> str:
    """A column's header in the user's language (``Mobile``); import reads it back either way."""
    return tr(label_of(field_name))


_BRACKETED = re.compile(r"[(\[（【<《].*?[)\]）】>》]\s*$")  # i18n: data
_PUNCT = re.compile(r"[\s_\-.:：/\\*＊·•'\"“”‘’?？!！#]+")  # i18n: data


def fold_header(text: object) -> str:
    """A header as compared: ``" 手机号（必填）:"`` → ``手机号``, ``"E-mail"`` → ``email``."""
    if text is None:
        return ""
    value = printable(unicodedata.normalize("NFKC", str(text)), 200).strip()
    shorter = _BRACKETED.sub("", value).strip()
    if shorter:
        value = shorter
    return _PUNCT.sub("", value).lower()


def _synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for f, label, others in COLUMNS:
        for name in (label, *others, f):
            table.setdefault(fold_header(name), f)
    return table


SYNONYMS = _synonyms()


def guess_field(header: object) -> str | None:
    """The field a header names, or None (a column the import leaves out)."""
    key = fold_header(header)
    if not key:
        return None
    found = SYNONYMS.get(key)
    if found is None:
        return None
    fields_now = {f for f, _ in import_columns()}
    return found if found in fields_now else None


def guess_mapping(headers: list[object], remembered: dict[str, str] | None = None) -> dict[int, str]:
    """Column index → field, one column per field (the first header that names it).

    ``remembered`` (folded header → field, or "" for a column left out) is the mapping the
    user fixed last time: it wins over the guess.
    """
    remembered = remembered or {}
    known = {f for f, _ in import_columns()}
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        key = fold_header(header)
        if key in remembered:
            chosen = remembered[key] or None
            if chosen not in known:
                chosen = None
        else:
            chosen = guess_field(header)
        if chosen and chosen not in taken:
            mapping[index] = chosen
            taken.add(chosen)
    return mapping


@dataclass(frozen=True)
class ImportTable:
    """A spreadsheet as read: its header row and its data rows, each with the row number the
    spreadsheet shows (header = 1). Values are what the cell held: text, a number, a date,
    a bool or None. Blank rows are not in ``rows``."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple], ...]
    file_name: str = ""
    #: Problems the reader found in single cells (a formula without a saved value, a cell
    #: too long): (row, column index, reason). They are that row's errors.
    cell_errors: tuple[tuple[int, int, str], ...] = field(default=())
