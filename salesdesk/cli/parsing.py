"""The argparse parser in the user's language, and the parsers of dates, ids and amounts."""
from __future__ import annotations

import argparse
import datetime as dt
from contextlib import contextmanager
from decimal import Decimal
from typing import Iterator

from salesdesk import i18n
from salesdesk.core.money import BadAmount, parse_money
from salesdesk.i18n import tr

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """Wrong arguments: exit 2 with this message."""


#: argparse's own messages (Python 3.11 templates, looked up through its gettext ``_``),
#: in Chinese; in English argparse's own words are used as they are. An English template
#: missing here still reaches error(), which names the sub-command's help: run.py's test
#: walks every message a user can provoke.
_ARGPARSE_ZH = {  # i18n: data
    "usage: ": "用法：",  # i18n: data
    "positional arguments": "参数",  # i18n: data
    "options": "选项",  # i18n: data
    "show this help message and exit": "显示帮助并退出",  # i18n: data
    "argument %(argument_name)s: %(message)s": "%(argument_name)s：%(message)s",  # i18n: data
    "the following arguments are required: %s": "缺少参数 %s",  # i18n: data (names joined by ", ": see error())
    "unrecognized arguments: %s": "无法识别的参数：%s",  # i18n: data
    "expected one argument": "后面需要一个值",  # i18n: data
    "expected at most one argument": "后面最多一个值",  # i18n: data
    "expected at least one argument": "后面至少需要一个值",  # i18n: data
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r 不是可选的值（可选：%(choices)s）",  # i18n: data
    "invalid %(type)s value: %(value)r": "%(value)r 不是有效的值",  # i18n: data
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是：%(matches)s",  # i18n: data
    "not allowed with argument %s": "不能与 %s 同用",  # i18n: data
    "ignored explicit argument %r": "不接受值 %r",  # i18n: data
    "one of the arguments %s is required": "需要以下参数之一：%s",  # i18n: data
    "unexpected option string: %s": "无法识别的选项：%s",  # i18n: data
    "unknown parser %(parser_name)r (choices: %(choices)s)": "没有子命令 %(parser_name)r（可选：%(choices)s）",  # i18n: data
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",  # i18n: data
}


def _chinese() -> bool:
    return i18n.language() == i18n.SOURCE_LANGUAGE


def _gettext(message: str) -> str:
    return _ARGPARSE_ZH.get(message, message) if _chinese() else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument" and _chinese():
        return "后面需要 %s 个值"  # i18n: data (argparse's template in Chinese)
    return singular if n == 1 else plural


_action_name = argparse._get_action_name


def _named_action(action) -> str | None:
    """A positional as "NAME（客户姓名）" ("NAME (customer name)") in messages: its metavar
    and what it is."""
    name = _action_name(action)
    if action is not None and not action.option_strings and action.help and name:
        if _chinese():
            what = action.help.split("：")[0].split("（")[0]  # i18n: data
            return f"{name}（{what}）"  # i18n: data (the positional's own help, already translated)
        what = action.help.split(": ")[0].split(" (")[0].strip()
        if len(what) > 1 and what[1].islower():
            what = what[0].lower() + what[1:]
        return f"{name} ({what})"
    return name


def joined(items) -> str:
    """``items`` as one list in the user's language: 甲、乙 / A, B."""
    return tr("、", "list separator").join(map(str, items))


@contextmanager
def _chinese_argparse() -> Iterator[None]:
    """argparse looks its texts up in module globals at the moment it needs them (the
    Chinese templates, or argparse's own English ones, follow the language)."""
    saved = argparse._, argparse.ngettext, argparse._get_action_name
    argparse._, argparse.ngettext, argparse._get_action_name = _gettext, _ngettext, _named_action
    try:
        yield
    finally:
        argparse._, argparse.ngettext, argparse._get_action_name = saved


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        # argparse passes prefix="" when it builds a sub-command's name: keep that.
        super().add_usage(usage, actions, groups, prefix=tr("用法：") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """Help in the user's language, and errors as one line (argparse would print usage and
    exit with its own text)."""

    def __init__(self, *args, parents=(), **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = tr("参数", "help section")
        self._optionals.title = tr("选项", "help section")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = tr("显示帮助并退出")
        # Parents are added after the titles change, so their options join the same group.
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def parse_args(self, args=None, namespace=None):
        with _chinese_argparse():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with _chinese_argparse():
            return super().parse_known_args(args, namespace)

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = joined(action.choices)
            if isinstance(action, argparse._SubParsersAction):
                raise argparse.ArgumentError(None, tr("没有子命令“{value}”（可选：{choices}）").format(
                    value=value, choices=choices))
            raise argparse.ArgumentError(action, tr("“{value}”不是可选的值（可选：{choices}）").format(
                value=value, choices=choices))

    def error(self, message: str):
        if message.startswith("缺少参数 "):  # i18n: data (argparse's Chinese template, above)
            message = message.replace(", ", "、")  # i18n: data
        raise BadInput(tr("参数错误：{message}（{prog} --help 查看用法）").format(
            message=" ".join(message.split()), prog=self.prog))


#: Dates of sales work outside this range are typing mistakes (and 9999-12-31 would
#: overflow date arithmetic further on).
FIRST_YEAR, LAST_YEAR = 2000, 2099
MAX_ID = 2**62


def _in_range(value, text: str):
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise BadInput(tr("日期“{text}”超出范围（{first}–{last} 年）").format(text=text, first=FIRST_YEAR, last=LAST_YEAR))
    return value


def parse_datetime(text: str) -> dt.datetime:
    raw = text.strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return _in_range(dt.datetime.strptime(raw, fmt), text)
        except ValueError:
            pass
    raise BadInput(tr("时间“{text}”格式不正确，应为 YYYY-MM-DD HH:MM").format(text=text))


def parse_date(text: str) -> dt.date:
    try:
        value = dt.datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise BadInput(tr("日期“{text}”格式不正确，应为 YYYY-MM-DD").format(text=text)) from None
    return _in_range(value, text)


def parse_id(text: str, what: str) -> int:
    """``what``: the thing numbered, in the user's language (``tr("待办", "numbered")``)."""
    raw = text.strip()
    if not (raw.isascii() and raw.isdecimal()) or not 0 < int(raw) < MAX_ID:
        raise BadInput(tr("{what}编号“{text}”不正确，应为正整数").format(what=what, text=text))
    return int(raw)


def _count(text: str) -> int:
    """argparse type for whole numbers, with a message in the user's language."""
    raw = text.strip()
    if not (raw.isascii() and raw.lstrip("-").isdecimal()):
        raise argparse.ArgumentTypeError(tr("“{text}”不是整数").format(text=text))
    return int(raw)


def _money(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return parse_money(text)
    except BadAmount as exc:
        raise BadInput(str(exc)) from None
