"""The customer card (客户名片) as plain data, and its validation."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields

RELATION_LEVELS = ("潜在客户", "目标客户", "准客户", "成交客户", "忠诚客户")
VALUE_GRADES = ("", "A", "B", "C", "D", "E")
GENDERS = ("", "男", "女")
CONTACT_METHODS = ("电话", "面谈", "微信", "短信", "邮件", "拜访")
CONTACT_RESULTS = {"A": "商谈成功", "B": "有希望", "C": "再度访问", "D": "无希望", "E": "继续观察"}

#: Longest text accepted per field; longer is almost always a paste gone wrong.
MAX_LEN = {"name": 100, "company": 200, "title": 100, "mobile": 32, "phone": 32, "wechat": 64,
           "qq": 20, "email": 254, "address": 300, "website": 300, "source": 100,
           "industry": 100, "region": 100, "city": 100, "circle": 100, "tags": 500,
           "credit_grade": 20, "no_visit_times": 200}
MAX_TEXT = 20000

_MOBILE = re.compile(r"^(?:\+?86[- ]?)?1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^(?:\+?\d{1,4}[- ]?)?(?:\(?0\d{2,3}\)?[- ]?)?\d{7,8}(?:[- ]?\d{1,6})?$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_QQ = re.compile(r"^[1-9]\d{4,11}$")

FIELD_LABELS = {
    "name": "姓名", "gender": "性别", "company": "公司", "title": "职务", "mobile": "手机",
    "phone": "电话", "wechat": "微信", "qq": "QQ", "email": "邮箱", "address": "地址",
    "website": "网址", "source": "认识来源", "first_impression": "第一印象", "met_on": "认识时间",
    "birthday": "生日", "anniversary": "结婚纪念日", "industry": "行业", "region": "区域",
    "city": "城市", "circle": "人脉圈", "tags": "标签", "value_grade": "价值分级",
    "credit_grade": "信用等级", "relation_level": "客户五级分类", "no_visit_times": "不宜拜访时间",
    "notes": "备注", "referrer_id": "介绍人",
}


@dataclass
class CustomerData:
    name: str = ""
    gender: str = ""
    company: str = ""
    title: str = ""
    mobile: str = ""
    phone: str = ""
    wechat: str = ""
    qq: str = ""
    email: str = ""
    address: str = ""
    website: str = ""
    referrer_id: int | None = None
    source: str = ""
    first_impression: str = ""
    met_on: dt.date | None = None
    birthday: dt.date | None = None
    birthday_lunar: bool = False
    anniversary: dt.date | None = None
    industry: str = ""
    region: str = ""
    city: str = ""
    circle: str = ""
    tags: str = ""
    value_grade: str = ""
    credit_grade: str = ""
    relation_level: str = "潜在客户"
    no_visit_times: str = ""
    notes: str = ""
    extra: dict = field(default_factory=dict, repr=False)

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls) if f.name != "extra"]


class InvalidCustomer(ValueError):
    """``errors`` maps a field name to a message; str() is one line for the CLI."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("；".join(errors.values()))


def normalise(data: CustomerData) -> CustomerData:
    for name in CustomerData.field_names():
        value = getattr(data, name)
        if isinstance(value, str):
            setattr(data, name, value.strip())
    data.mobile = re.sub(r"[\s]", "", data.mobile)
    data.phone = data.phone.strip()
    return data


def valid_mobile(text: str) -> bool:
    return bool(_MOBILE.match(re.sub(r"[\s-]", "", text)))


def valid_phone(text: str) -> bool:
    return valid_mobile(text) or bool(_LANDLINE.match(text.strip()))


def validate(data: CustomerData, today: dt.date | None = None) -> CustomerData:
    """Normalise and check a card; raise InvalidCustomer naming every bad field."""
    data = normalise(data)
    errors: dict[str, str] = {}
    if not data.name:
        errors["name"] = "姓名不能为空"
    for name, limit in MAX_LEN.items():
        value = getattr(data, name)
        if len(value) > limit:
            errors[name] = f"{FIELD_LABELS[name]}太长（最多 {limit} 个字）"
    for name in ("first_impression", "notes"):
        if len(getattr(data, name)) > MAX_TEXT:
            errors[name] = f"{FIELD_LABELS[name]}太长（最多 {MAX_TEXT} 个字）"
    if data.mobile and "mobile" not in errors and not valid_mobile(data.mobile):
        errors["mobile"] = f"手机号码“{data.mobile}”格式不正确（应为 11 位，如 13812345678）"
    if data.phone and "phone" not in errors and not valid_phone(data.phone):
        errors["phone"] = f"电话号码“{data.phone}”格式不正确（如 010-12345678）"
    if data.email and "email" not in errors and not _EMAIL.match(data.email):
        errors["email"] = f"邮箱“{data.email}”格式不正确（如 name@example.com）"
    if data.qq and "qq" not in errors and not _QQ.match(data.qq):
        errors["qq"] = f"QQ 号“{data.qq}”格式不正确（5–12 位数字）"
    if data.gender not in GENDERS:
        errors["gender"] = "性别只能是 男 或 女"
    if data.value_grade not in VALUE_GRADES:
        errors["value_grade"] = "价值分级只能是 A–E"
    if data.relation_level and data.relation_level not in RELATION_LEVELS:
        errors["relation_level"] = "客户五级分类不正确"
    if today is not None:
        for name in ("birthday", "met_on", "anniversary"):
            value = getattr(data, name)
            if value is not None and value > today and name != "met_on":
                errors[name] = f"{FIELD_LABELS[name]}不能晚于今天"
            if value is not None and value.year < 1900:
                errors[name] = f"{FIELD_LABELS[name]}不正确"
    if errors:
        raise InvalidCustomer(errors)
    return data
