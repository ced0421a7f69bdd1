"""The four quadrants of time management (SPEC §4): a to-do's place from important × urgent."""
from __future__ import annotations

#: In the order the to-do view shows them (top-left, top-right, bottom-left, bottom-right).
QUADRANTS = ("重要紧急", "重要不紧急", "紧急不重要", "不重要不紧急")
_FLAGS = {"重要紧急": (True, True), "重要不紧急": (True, False), "紧急不重要": (False, True),
          "不重要不紧急": (False, False)}
#: The seed's 计划安排 periods.
PERIODS = ("日", "周", "月", "季", "年")


def quadrant(important: bool, urgent: bool) -> str:
    for name, flags in _FLAGS.items():
        if flags == (bool(important), bool(urgent)):
            return name
    raise AssertionError("unreachable")


def flags(quadrant_name: str) -> tuple[bool, bool]:
    """(important, urgent) of a quadrant's name; KeyError for any other text."""
    return _FLAGS[quadrant_name]
