"""The four quadrants of time management (SPEC §4): a to-do's place from important × urgent."""
from __future__ import annotations

from salesdesk.i18n import N_, tr

#: In the order the to-do view shows them (top-left, top-right, bottom-left, bottom-right).
QUADRANTS = (N_("重要紧急"), N_("重要不紧急"), N_("紧急不重要"), N_("不重要不紧急"))
_FLAGS = {"重要紧急": (True, True), "重要不紧急": (True, False), "紧急不重要": (False, True),  # i18n: data
          "不重要不紧急": (False, False)}  # i18n: data
#: The seed's 计划安排 periods.
PERIODS = ("日", "周", "月", "季", "年")  # i18n: data (stored; period_label shows one)


def quadrant_label(name: str) -> str:
    """A quadrant's name (stored in Chinese) in the user's language: ``Important & urgent``."""
    return tr(name) if name in _FLAGS else name


def period_label(period: str) -> str:
    """A 计划安排 period (stored as one Chinese character) in the user's language: ``Week``."""
    shown = {"日": tr("日", "计划周期"), "周": tr("周", "计划周期"), "月": tr("月", "计划周期"),  # i18n: data
             "季": tr("季", "计划周期"), "年": tr("年", "计划周期")}  # i18n: data
    return shown.get(period, period)


def quadrant(important: bool, urgent: bool) -> str:
    for name, flags in _FLAGS.items():
        if flags == (bool(important), bool(urgent)):
            return name
    raise AssertionError("unreachable")


def flags(quadrant_name: str) -> tuple[bool, bool]:
    """(important, urgent) of a quadrant's name; KeyError for any other text."""
    return _FLAGS[quadrant_name]
