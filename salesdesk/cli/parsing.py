"""The Chinese argparse parser and the parsers of dates, ids and amounts."""
from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal

from salesdesk.core.money import BadAmount, parse_money

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """Wrong arguments: exit 2 with this message."""


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

    def error(self, message: str):
        raise BadInput(f"参数错误：{message}（salesdesk --help 查看用法）")


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
