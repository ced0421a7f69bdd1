"""The Chinese argparse parser and the parsers of dates, ids and amounts."""
from __future__ import annotations

import argparse
import datetime as dt
from contextlib import contextmanager
from decimal import Decimal
from typing import Iterator

from salesdesk.core.money import BadAmount, parse_money

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """Wrong arguments: exit 2 with this message."""


#: argparse's own messages (Python 3.11 templates, looked up through its gettext ``_``),
#: in Chinese. An English template missing here still reaches error(), which names the
#: sub-command's help: run.py's test walks every message a user can provoke.
_ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "show this help message and exit": "显示帮助并退出",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s：%(message)s",
    "the following arguments are required: %s": "缺少参数 %s",  # names joined by ", ": see error()
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "后面需要一个值",
    "expected at most one argument": "后面最多一个值",
    "expected at least one argument": "后面至少需要一个值",
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r 不是可选的值（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "%(value)r 不是有效的值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是：%(matches)s",
    "not allowed with argument %s": "不能与 %s 同用",
    "ignored explicit argument %r": "不接受值 %r",
    "one of the arguments %s is required": "需要以下参数之一：%s",
    "unexpected option string: %s": "无法识别的选项：%s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "没有子命令 %(parser_name)r（可选：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
}


def _gettext(message: str) -> str:
    return _ARGPARSE_ZH.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        return "后面需要 %s 个值"
    return singular if n == 1 else plural


_action_name = argparse._get_action_name


def _named_action(action) -> str | None:
    """A positional as "NAME（客户姓名）" in messages: its metavar and what it is."""
    name = _action_name(action)
    if action is not None and not action.option_strings and action.help and name:
        what = action.help.split("：")[0].split("（")[0]
        return f"{name}（{what}）"
    return name


@contextmanager
def _chinese_argparse() -> Iterator[None]:
    """argparse looks its texts up in module globals at the moment it needs them."""
    saved = argparse._, argparse.ngettext, argparse._get_action_name
    argparse._, argparse.ngettext, argparse._get_action_name = _gettext, _ngettext, _named_action
    try:
        yield
    finally:
        argparse._, argparse.ngettext, argparse._get_action_name = saved


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        # argparse passes prefix="" when it builds a sub-command's name: keep that.
        super().add_usage(usage, actions, groups, prefix="用法：" if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """Help in Chinese, and errors as one line (argparse would print usage + English)."""

    def __init__(self, *args, parents=(), **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = "显示帮助并退出"
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
            choices = "、".join(map(str, action.choices))
            if isinstance(action, argparse._SubParsersAction):
                raise argparse.ArgumentError(None, f"没有子命令“{value}”（可选：{choices}）")
            raise argparse.ArgumentError(action, f"“{value}”不是可选的值（可选：{choices}）")

    def error(self, message: str):
        if message.startswith("缺少参数 "):
            message = message.replace(", ", "、")
        raise BadInput(f"参数错误：{' '.join(message.split())}（{self.prog} --help 查看用法）")


#: Dates of sales work outside this range are typing mistakes (and 9999-12-31 would
#: overflow date arithmetic further on).
FIRST_YEAR, LAST_YEAR = 2000, 2099
MAX_ID = 2**62


def _in_range(value, text: str):
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise BadInput(f"日期“{text}”超出范围（{FIRST_YEAR}–{LAST_YEAR} 年）")
    return value


def parse_datetime(text: str) -> dt.datetime:
    raw = text.strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return _in_range(dt.datetime.strptime(raw, fmt), text)
        except ValueError:
            pass
    raise BadInput(f"时间“{text}”格式不正确，应为 YYYY-MM-DD HH:MM")


def parse_date(text: str) -> dt.date:
    try:
        value = dt.datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise BadInput(f"日期“{text}”格式不正确，应为 YYYY-MM-DD") from None
    return _in_range(value, text)


def parse_id(text: str, what: str) -> int:
    raw = text.strip()
    if not (raw.isascii() and raw.isdecimal()) or not 0 < int(raw) < MAX_ID:
        raise BadInput(f"{what}编号“{text}”不正确，应为正整数")
    return int(raw)


def _count(text: str) -> int:
    """argparse type for whole numbers, with a Chinese message."""
    raw = text.strip()
    if not (raw.isascii() and raw.lstrip("-").isdecimal()):
        raise argparse.ArgumentTypeError(f"“{text}”不是整数")
    return int(raw)


def _money(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return parse_money(text)
    except BadAmount as exc:
        raise BadInput(str(exc)) from None
