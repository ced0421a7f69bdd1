"""What the customer card shows, group by group: fields, labels, editor kinds, suggestions."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from salesdesk.core.customer import GENDERS, MARITAL_STATUSES, RELATION_LEVELS, VALUE_GRADES

ERROR_STYLE = "color: #c62828;"

# Suggestions only: the agent may type any source.
SOURCES = ("朋友介绍", "老客户转介绍", "陌生拜访", "网络", "社区活动", "展会", "同学", "电话营销")


def _n(text: str) -> str:
    return QT_TRANSLATE_NOOP("CustomerCard", text)  # translated where shown, in CustomerCard


# (field, label, kind) per group; kinds: line, combo, source, date, birthday, referrer, text,
# idcard (masked except while edited: id_field.py).
LAYOUT: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    (_n("基本信息"), (
        ("name", _n("姓名 *"), "line"), ("gender", _n("性别"), "combo"), ("company", _n("公司"), "line"),
        ("title", _n("职务"), "line"), ("mobile", _n("手机"), "line"), ("phone", _n("电话"), "line"),
        ("wechat", _n("微信"), "line"), ("qq", _n("QQ"), "line"), ("email", _n("邮箱"), "line"),
        ("address", _n("地址"), "line"), ("website", _n("网址"), "line"),
    )),
    (_n("认识信息"), (
        ("referrer_id", _n("介绍人"), "referrer"), ("source", _n("认识来源"), "source"),
        ("met_on", _n("认识时间"), "date"), ("first_impression", _n("第一印象"), "text"),
    )),
    (_n("重要日期"), (
        ("birthday", _n("生日"), "birthday"), ("anniversary", _n("结婚纪念日"), "date"),
    )),
    (_n("分类与分级"), (
        ("industry", _n("行业"), "line"), ("region", _n("区域"), "line"), ("city", _n("城市"), "line"),
        ("circle", _n("人脉圈"), "line"), ("tags", _n("标签"), "line"),
        ("value_grade", _n("价值分级"), "combo"), ("credit_grade", _n("信用等级"), "line"),
        ("relation_level", _n("客户五级分类"), "combo"), ("no_visit_times", _n("不宜拜访时间"), "line"),
    )),
    (_n("相关信息"), (
        ("native_place", _n("籍贯"), "line"), ("marital_status", _n("婚姻状况"), "combo"),
        ("home_address", _n("家庭地址"), "line"), ("id_number", _n("身份证"), "idcard"),
    )),
    (_n("备注"), (("notes", "", "text"),)),
)

COMBO_ITEMS = {"gender": GENDERS, "value_grade": VALUE_GRADES, "relation_level": RELATION_LEVELS,
               "marital_status": MARITAL_STATUSES}
PLACEHOLDERS = {
    "mobile": _n("如 13812345678"), "phone": _n("如 010-12345678"), "email": _n("如 name@example.com"),
    "tags": _n("多个标签用空格或逗号分开"), "no_visit_times": _n("如 周一上午、午休时间"),
}
