"""The stored Chinese values the window shows (客户五级分类, 交流方式, 性别, 婚姻状况, 交流结果)
in the user's language. The values stay as stored; only what is shown changes.

The disambiguations match the command line's (cli/words.py), so both say the same English.
"""
from __future__ import annotations

from salesdesk.core.customer import CONTACT_RESULTS
from salesdesk.i18n import tr


def level_name(level: str) -> str:
    """A 客户五级分类 (潜在客户 is "Potential" here, not a prospect)."""
    names = {"潜在客户": tr("潜在客户", "客户五级分类"), "目标客户": tr("目标客户", "客户五级分类"),  # i18n: data
             "准客户": tr("准客户", "客户五级分类"), "成交客户": tr("成交客户", "客户五级分类"),  # i18n: data
             "忠诚客户": tr("忠诚客户", "客户五级分类")}  # i18n: data
    return names.get(level, level)


def method_name(method: str) -> str:
    """A 交流方式 (电话…)."""
    names = {"电话": tr("电话", "交流方式"), "面谈": tr("面谈", "交流方式"), "微信": tr("微信", "交流方式"),  # i18n: data
             "短信": tr("短信", "交流方式"), "邮件": tr("邮件", "交流方式"), "拜访": tr("拜访", "交流方式")}  # i18n: data
    return names.get(method, method)


def gender_name(gender: str) -> str:
    names = {"男": tr("男", "性别"), "女": tr("女", "性别")}  # i18n: data
    return names.get(gender, gender)


def marital_name(status: str) -> str:
    names = {"未婚": tr("未婚"), "已婚": tr("已婚"), "离异": tr("离异"), "丧偶": tr("丧偶")}  # i18n: data
    return names.get(status, status)


def result_name(result: str) -> str:
    """A contact's result letter with its words: ``B 有希望`` (empty when none was recorded)."""
    if result not in CONTACT_RESULTS:
        return ""
    names = {"商谈成功": tr("商谈成功"), "有希望": tr("有希望"), "再度访问": tr("再度访问"),  # i18n: data
             "无希望": tr("无希望"), "继续观察": tr("继续观察")}  # i18n: data
    said = CONTACT_RESULTS[result]
    return f"{result} {names.get(said, said)}"


def shown(field: str, value: str) -> str:
    """The text a combo of the card shows for a stored ``value`` of ``field``."""
    show = {"relation_level": level_name, "gender": gender_name, "marital_status": marital_name}.get(field)
    return show(value) if show else value


def weekday_short(day) -> str:
    """周一 … 周日 (Mon … Sun) of a date."""
    names = (tr("周一"), tr("周二"), tr("周三"), tr("周四"), tr("周五"), tr("周六"), tr("周日"))
    return names[day.weekday()]


def weekday_long(day) -> str:
    """星期一 … 星期日 (Monday … Sunday) of a date."""
    names = (tr("星期一"), tr("星期二"), tr("星期三"), tr("星期四"), tr("星期五"), tr("星期六"), tr("星期日"))
    return names[day.weekday()]
