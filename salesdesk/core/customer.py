"""The customer card (客户名片) as plain data, and its validation."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields

from salesdesk.i18n import N_, tr

from . import idcard
from .lunar import DateSpec, birth_solar_date, check_spec
from .phones import normalise_mobile, normalise_phone
from .text import BadText, ascii_digits, check_line, check_text, printable

#: 客户五级分类, stored and compared in Chinese; ``level_label`` shows one.
RELATION_LEVELS = ("潜在客户", "目标客户", "准客户", "成交客户", "忠诚客户")  # i18n: data
VALUE_GRADES = ("", "A", "B", "C", "D", "E")
GENDERS = ("", N_("男"), N_("女"))
MARITAL_STATUSES = ("", N_("未婚"), N_("已婚"), N_("离异"), N_("丧偶"))  # 婚姻状况 (相关信息)
CONTACT_METHODS = (N_("电话"), N_("面谈"), N_("微信"), N_("短信"), N_("邮件"), N_("拜访"))
CONTACT_RESULTS = {"A": N_("商谈成功"), "B": N_("有希望"), "C": N_("再度访问"), "D": N_("无希望"), "E": N_("继续观察")}

#: Longest text accepted per field; longer is almost always a paste gone wrong.
MAX_LEN = {"name": 100, "company": 200, "title": 100, "mobile": 32, "phone": 32, "wechat": 64,
           "qq": 20, "email": 254, "address": 300, "website": 300, "source": 100,
           "industry": 100, "region": 100, "city": 100, "circle": 100, "tags": 500,
           "credit_grade": 20, "no_visit_times": 200,
           "native_place": 100, "marital_status": 10, "home_address": 300, "id_number": 40}
MAX_TEXT = 20000

_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_QQ = re.compile(r"^[1-9]\d{4,11}$")

#: The card's field names in Chinese (``field_label`` shows one in the user's language).
FIELD_LABELS = {
    "name": N_("姓名"), "gender": N_("性别"), "company": N_("公司"), "title": N_("职务"), "mobile": N_("手机"),
    "phone": N_("电话"), "wechat": N_("微信"), "qq": "QQ", "email": N_("邮箱"), "address": N_("地址"),
    "website": N_("网址"), "source": N_("认识来源"), "first_impression": N_("第一印象"), "met_on": N_("认识时间"),
    "birthday": N_("生日"), "anniversary": N_("结婚纪念日"), "industry": N_("行业"), "region": N_("区域"),
    "city": N_("城市"), "circle": N_("人脉圈"), "tags": N_("标签"), "value_grade": N_("价值分级"),
    "credit_grade": N_("信用等级"), "relation_level": N_("客户五级分类"), "no_visit_times": N_("不宜拜访时间"),
    "notes": N_("备注"), "referrer_id": N_("介绍人"), "lunar_birthday": N_("农历生日"),
    "native_place": N_("籍贯"), "marital_status": N_("婚姻状况"), "home_address": N_("家庭地址"), "id_number": N_("身份证"),
}


def field_label(name: str) -> str:
    """A card field's name in the user's language (``"mobile"`` -> ``Mobile``)."""
    label = FIELD_LABELS.get(name)
    return tr(label) if label else name


def level_label(level: str) -> str:
    """A 客户五级分类 level (stored in Chinese) in the user's language: ``Target``; any other
    text as it is (an empty level stays empty)."""
    shown = {
        "潜在客户": tr("潜在客户", "客户五级分类"),  # i18n: data
        "目标客户": tr("目标客户", "客户五级分类"),  # i18n: data
        "准客户": tr("准客户", "客户五级分类"),  # i18n: data
        "成交客户": tr("成交客户", "客户五级分类"),  # i18n: data
        "忠诚客户": tr("忠诚客户", "客户五级分类"),  # i18n: data
    }
    return shown.get(level, level)


def shown_value(value: str) -> str:
    """One of this module's fixed choices (gender, marital status, contact method, contact
    result), stored in Chinese, in the user's language; anything else as it is."""
    return tr(value) if value else value


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
    #: A solar birthday; a lunar one is ``lunar_birthday`` (SPEC §3.1). At most one of the two.
    birthday: dt.date | None = None
    lunar_birthday: DateSpec | None = None
    anniversary: dt.date | None = None
    industry: str = ""
    region: str = ""
    city: str = ""
    circle: str = ""
    tags: str = ""
    value_grade: str = ""
    credit_grade: str = ""
    relation_level: str = "潜在客户"  # i18n: data
    no_visit_times: str = ""
    notes: str = ""
    # 相关信息 (SPEC §3)
    native_place: str = ""
    marital_status: str = ""
    home_address: str = ""
    #: 18 characters with a valid check digit (core.idcard); shown masked except while edited.
    id_number: str = ""
    extra: dict = field(default_factory=dict, repr=False)

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls) if f.name != "extra"]


class InvalidCustomer(ValueError):
    """``errors`` maps a field name to a message; str() is one line for the CLI."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__(tr("；").join(errors.values()))


#: Fields typed on several lines (the card's text boxes); every other text field is one line.
MULTILINE = ("first_impression", "notes")
DATE_FIELDS = ("met_on", "birthday", "anniversary")
EARLIEST = dt.date(1900, 1, 1)
#: Ids are SQLite integers: anything outside 1 … 2^63-1 names no row.
MAX_ID = 2**63 - 1


def _text_fields() -> list[str]:
    return [f.name for f in fields(CustomerData) if f.type == "str"]


def normalise(data: CustomerData) -> CustomerData:
    """Trim every text field (no checks: ``validate`` does those)."""
    for name in CustomerData.field_names():
        value = getattr(data, name)
        if isinstance(value, str):
            setattr(data, name, value.strip())
    return data


def valid_mobile(text: str) -> bool:
    return isinstance(text, str) and normalise_mobile(text) is not None


def valid_phone(text: str) -> bool:
    return isinstance(text, str) and normalise_phone(text) is not None


def _check_texts(data: CustomerData, errors: dict[str, str]) -> None:
    """Every text field: a string, no control characters, not too long (trimmed in place)."""
    for name in _text_fields():
        label = field_label(name)
        check = check_text if name in MULTILINE else check_line
        try:
            setattr(data, name, check(getattr(data, name), label, MAX_TEXT if name in MULTILINE else MAX_LEN.get(name)))
        except BadText as exc:
            errors[name] = str(exc)


def _check_date(value, label: str, latest: dt.date | None):
    """(the date, None) or (None, message): a date between 1900 and ``latest``."""
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        value = value.date()
    elif isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            return None, tr("{label}“{value}”不是有效日期，请按 YYYY-MM-DD 填写").format(
                label=label, value=printable(value, 20))
    elif not isinstance(value, dt.date):
        return None, tr("{label}应为日期").format(label=label)
    if value < EARLIEST:
        return None, tr("{label} {date} 太早（应在 1900 年以后）").format(label=label, date=value.isoformat())
    if latest is not None and value > latest:
        return None, tr("{label}不能晚于今天").format(label=label)
    return value, None


def _check_others(data: CustomerData, today: dt.date | None, errors: dict[str, str]) -> None:
    for name in DATE_FIELDS:
        value, message = _check_date(getattr(data, name), field_label(name), today)
        if message:
            errors[name] = message
        else:
            setattr(data, name, value)
    _check_lunar_birthday(data, today, errors)
    ref = data.referrer_id
    if ref is not None and (isinstance(ref, bool) or not isinstance(ref, int) or not 1 <= ref <= MAX_ID):
        errors["referrer_id"] = tr("介绍人不存在")


def _check_lunar_birthday(data: CustomerData, today: dt.date | None, errors: dict[str, str]) -> None:
    """A lunar birthday is a lunar DateSpec naming a real day, not after today, and never
    beside a solar birthday (one person, one birthday)."""
    spec = data.lunar_birthday
    if spec is None:
        return
    if not isinstance(spec, DateSpec) or spec.lunar is not True:
        errors["lunar_birthday"] = tr("农历生日应为农历日期")
        return
    try:
        check_spec(spec, tr("农历生日"))
    except ValueError as exc:
        errors["lunar_birthday"] = str(exc)
        return
    born = birth_solar_date(spec)
    if today is not None and born is not None and born > today:
        errors["lunar_birthday"] = tr("农历生日不能晚于今天")
    elif data.birthday is not None and "birthday" not in errors:
        errors["lunar_birthday"] = tr("生日只能填一个：公历或农历")


def validate(data: CustomerData, today: dt.date | None = None) -> CustomerData:
    """Normalise and check a card; raise InvalidCustomer naming every bad field."""
    errors: dict[str, str] = {}
    _check_texts(data, errors)
    _check_others(data, today, errors)
    if not data.name and "name" not in errors:
        errors["name"] = tr("姓名不能为空")
    if data.mobile and "mobile" not in errors:
        mobile = normalise_mobile(data.mobile)
        if mobile is None:
            errors["mobile"] = tr("手机号码“{value}”格式不正确（应为 11 位，如 13812345678）").format(value=data.mobile[:20])
        else:
            data.mobile = mobile
    if data.phone and "phone" not in errors:
        phone = normalise_phone(data.phone)
        if phone is None:
            errors["phone"] = tr("电话号码“{value}”格式不正确（如 010-12345678）").format(value=data.phone[:20])
        else:
            data.phone = phone
    if data.email and "email" not in errors and not _EMAIL.match(data.email):
        errors["email"] = tr("邮箱“{value}”格式不正确（如 name@example.com）").format(value=data.email[:40])
    if data.qq and "qq" not in errors:
        qq = ascii_digits(data.qq)
        if _QQ.match(qq):
            data.qq = qq
        else:
            errors["qq"] = tr("QQ 号“{value}”格式不正确（5–12 位数字）").format(value=data.qq[:20])
    if "gender" not in errors and data.gender not in GENDERS:
        errors["gender"] = tr("性别只能是 男 或 女")
    if "value_grade" not in errors and data.value_grade not in VALUE_GRADES:
        errors["value_grade"] = tr("价值分级只能是 A–E")
    if "relation_level" not in errors and data.relation_level and data.relation_level not in RELATION_LEVELS:
        errors["relation_level"] = tr("客户五级分类不正确")
    if "marital_status" not in errors and data.marital_status not in MARITAL_STATUSES:
        errors["marital_status"] = tr("婚姻状况只能是 未婚、已婚、离异 或 丧偶")
    if data.id_number and "id_number" not in errors:
        try:
            data.id_number = idcard.validate(data.id_number, today)
        except idcard.BadIdNumber as exc:
            errors["id_number"] = str(exc)
    if errors:
        raise InvalidCustomer(errors)
    return data
