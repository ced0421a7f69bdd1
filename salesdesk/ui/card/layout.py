"""What the customer card shows, group by group: fields, labels, editor kinds, suggestions."""
from __future__ import annotations

from salesdesk.core.customer import GENDERS, MARITAL_STATUSES, RELATION_LEVELS, VALUE_GRADES
from salesdesk.i18n import N_

ERROR_STYLE = "color: #c62828;"

# Suggestions only, in the user's language where shown: the agent may type any source.
SOURCES = (N_("朋友介绍"), N_("老客户转介绍"), N_("陌生拜访"), N_("网络"), N_("社区活动"), N_("展会"), N_("同学"),
           N_("电话营销"))


# (field, label, kind) per group; kinds: line, combo, source, date, birthday, referrer, text,
# idcard (masked except while edited: id_field.py).
LAYOUT: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    (N_("基本信息"), (
        ("name", N_("姓名 *"), "line"), ("gender", N_("性别"), "combo"), ("company", N_("公司"), "line"),
        ("title", N_("职务"), "line"), ("mobile", N_("手机"), "line"), ("phone", N_("电话"), "line"),
        ("wechat", N_("微信"), "line"), ("qq", "QQ", "line"), ("email", N_("邮箱"), "line"),
        ("address", N_("地址"), "line"), ("website", N_("网址"), "line"),
    )),
    (N_("认识信息"), (
        ("referrer_id", N_("介绍人"), "referrer"), ("source", N_("认识来源"), "source"),
        ("met_on", N_("认识时间"), "date"), ("first_impression", N_("第一印象"), "text"),
    )),
    (N_("重要日期"), (
        ("birthday", N_("生日"), "birthday"), ("anniversary", N_("结婚纪念日"), "date"),
    )),
    (N_("分类与分级"), (
        ("industry", N_("行业"), "line"), ("region", N_("区域"), "line"), ("city", N_("城市"), "line"),
        ("circle", N_("人脉圈"), "line"), ("tags", N_("标签"), "line"),
        ("value_grade", N_("价值分级"), "combo"), ("credit_grade", N_("信用等级"), "line"),
        ("relation_level", N_("客户五级分类"), "combo"), ("no_visit_times", N_("不宜拜访时间"), "line"),
    )),
    (N_("相关信息"), (
        ("native_place", N_("籍贯"), "line"), ("marital_status", N_("婚姻状况"), "combo"),
        ("home_address", N_("家庭地址"), "line"), ("id_number", N_("身份证"), "idcard"),
    )),
    (N_("备注"), (("notes", "", "text"),)),
)

COMBO_ITEMS = {"gender": GENDERS, "value_grade": VALUE_GRADES, "relation_level": RELATION_LEVELS,
               "marital_status": MARITAL_STATUSES}
PLACEHOLDERS = {
    "mobile": N_("如 13812345678"), "phone": N_("如 010-12345678"), "email": N_("如 name@example.com"),
    "tags": N_("多个标签用空格或逗号分开"), "no_visit_times": N_("如 周一上午、午休时间"),
}
