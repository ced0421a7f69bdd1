"""The Chinese words the command line takes as values (--level, --method), their English
equivalents a user may type instead, and how each is said in the user's language.

The stored values stay the Chinese ones (SPEC: JSON values never change with the language).
"""
from __future__ import annotations

from salesdesk import i18n
from salesdesk.cli.parsing import BadInput
from salesdesk.core.customer import CONTACT_METHODS, RELATION_LEVELS
from salesdesk.i18n import tr

#: The 客户五级分类 as English words a user may type for --level (the Chinese stay accepted).
LEVEL_WORDS = {"potential": "潜在客户", "target": "目标客户", "qualified": "准客户",  # i18n: data
               "customer": "成交客户", "loyal": "忠诚客户"}  # i18n: data
#: The 交流方式 as English words for --method and log's KIND.
METHOD_WORDS = {"phone": "电话", "meeting": "面谈", "wechat": "微信", "sms": "短信",  # i18n: data
                "email": "邮件", "visit": "拜访"}  # i18n: data


def _english() -> bool:
    return i18n.language() != i18n.SOURCE_LANGUAGE


def level_name(level: str) -> str:
    """A 客户五级分类 in the user's language (潜在客户 is "Potential" here, not a prospect)."""
    names = {"潜在客户": tr("潜在客户", "客户五级分类"), "目标客户": tr("目标客户", "客户五级分类"),  # i18n: data
             "准客户": tr("准客户", "客户五级分类"), "成交客户": tr("成交客户", "客户五级分类"),  # i18n: data
             "忠诚客户": tr("忠诚客户", "客户五级分类")}  # i18n: data
    return names.get(level, level)


def method_name(method: str) -> str:
    """A 交流方式 in the user's language."""
    names = {"电话": tr("电话", "交流方式"), "面谈": tr("面谈", "交流方式"), "微信": tr("微信", "交流方式"),  # i18n: data
             "短信": tr("短信", "交流方式"), "邮件": tr("邮件", "交流方式"), "拜访": tr("拜访", "交流方式")}  # i18n: data
    return names.get(method, method)


def levels_said() -> str:
    """The levels --level takes, as the user's language names them (the others work too)."""
    return "|".join(LEVEL_WORDS if _english() else RELATION_LEVELS)


def methods_said() -> str:
    """The methods --method takes, as the user's language names them (the others work too)."""
    return "|".join(METHOD_WORDS if _english() else CONTACT_METHODS)


def parse_level(text: str) -> str:
    """--level's value as stored: a Chinese level, or its English word; "" when empty."""
    level = text.strip()
    level = LEVEL_WORDS.get(level.lower(), level)
    if level and level not in RELATION_LEVELS:
        raise BadInput(tr("客户五级分类“{text}”不正确，应为 {levels}").format(text=text, levels=levels_said()))
    return level


def method(text: str) -> str | None:
    """A 交流方式 as stored, from its Chinese or English word; ``None`` when it is neither."""
    word = text.strip()
    word = METHOD_WORDS.get(word.lower(), word)
    return word if word in CONTACT_METHODS else None


def quadrant_name(quadrant: str) -> str:
    """A to-do's quadrant (its stored Chinese name) in the user's language."""
    names = {"重要紧急": tr("重要紧急"), "重要不紧急": tr("重要不紧急"),  # i18n: data
             "紧急不重要": tr("紧急不重要"), "不重要不紧急": tr("不重要不紧急")}  # i18n: data
    return names.get(quadrant, tr(quadrant))


def result_name(result: str) -> str:
    """A contact record's result (A–E) as the user's language says it."""
    from salesdesk.core.customer import CONTACT_RESULTS

    names = {"商谈成功": tr("商谈成功"), "有希望": tr("有希望"), "再度访问": tr("再度访问"),  # i18n: data
             "无希望": tr("无希望"), "继续观察": tr("继续观察")}  # i18n: data
    said = CONTACT_RESULTS.get(result, result)
    return names.get(said, tr(said))
