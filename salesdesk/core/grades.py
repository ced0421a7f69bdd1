"""价值分级 A–E (SPEC §5, the seed's 客户分级表): a customer's grade from their premium's rank.

Only customers with premium (more than zero) are ranked, by premium descending. A
customer's percentile is the share of those customers whose premium is not above theirs:

    percentile = 100 × (n − above) / n

where ``n`` is the number of customers with premium and ``above`` the number with strictly
more premium. A percentile above the A threshold (default 90: the top 10%) is A, above
the B threshold (80) B, above C (70) C, above D (60) D; the rest, and every customer
without premium, E. Of ten customers with different premiums the best is A, the next B,
C and D, the other six E; the best customer is A however few have premium.

Ties: customers with equal premium share the best rank among them (competition ranking,
"1224"), so they always get the same grade — the higher one when the tie straddles a
threshold. The comparison is done in whole numbers (``(n − above) × 100 > threshold × n``),
so no rounding decides a grade.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Mapping, Sequence, TypeVar

from salesdesk.i18n import tr

GRADES = ("A", "B", "C", "D", "E")
DEFAULT_THRESHOLDS = (90, 80, 70, 60)
LOWEST_GRADE = "E"

K = TypeVar("K")


class BadThresholds(ValueError):
    """str() is one line in the user's language."""


def check_thresholds(values: Sequence[int]) -> tuple[int, int, int, int]:
    """Four whole percentiles for A, B, C, D, each 1–99, strictly decreasing."""
    try:
        items = list(values)
    except TypeError:
        raise BadThresholds(tr("分级界限应为 4 个百分位数，如 90,80,70,60")) from None
    if len(items) != 4 or any(isinstance(v, bool) or not isinstance(v, int) for v in items):
        raise BadThresholds(tr("分级界限应为 4 个整数百分位数（A、B、C、D），如 90,80,70,60"))
    if any(not 1 <= v <= 99 for v in items):
        raise BadThresholds(tr("分级界限的每个百分位数应在 1–99 之间"))
    if any(a <= b for a, b in zip(items, items[1:])):
        raise BadThresholds(tr("分级界限应从 A 到 D 依次变小，如 90,80,70,60"))
    return tuple(items)  # type: ignore[return-value]


def parse_thresholds(text: str) -> tuple[int, int, int, int]:
    """``"90,80,70,60"`` (commas, full-width commas or spaces) -> checked thresholds."""
    if not isinstance(text, str):
        raise BadThresholds(tr("分级界限应为 4 个百分位数，如 90,80,70,60"))
    parts = [p for p in text.replace("，", ",").replace("、", ",").replace(" ", ",").split(",") if p]  # i18n: data
    numbers = []
    for part in parts:
        if not (part.isascii() and part.isdecimal()) or len(part) > 3:
            raise BadThresholds(tr("分级界限“{part}”不是整数（应如 90,80,70,60）").format(part=part[:10]))
        numbers.append(int(part))
    return check_thresholds(numbers)


def format_thresholds(values: Sequence[int]) -> str:
    return ",".join(str(v) for v in values)


def grade_of(above: int, n: int, thresholds: Sequence[int] = DEFAULT_THRESHOLDS) -> str:
    """The grade of a customer with premium, ``above`` of the ``n`` ranked having more."""
    for grade, threshold in zip(GRADES, thresholds):
        if (n - above) * 100 > threshold * n:
            return grade
    return LOWEST_GRADE


def grade_all(premiums: Mapping[K, Decimal | int | None],
              thresholds: Sequence[int] = DEFAULT_THRESHOLDS) -> dict[K, str]:
    """Every customer of ``premiums`` with their grade (no or zero premium: E)."""
    thresholds = check_thresholds(thresholds)
    out: dict[K, str] = {}
    ranked = []
    for key, premium in premiums.items():
        if premium is None or premium <= 0:
            out[key] = LOWEST_GRADE
        else:
            ranked.append((premium, key))
    ranked.sort(key=lambda pair: pair[0], reverse=True)
    n = len(ranked)
    above = 0
    previous = None
    for index, (premium, key) in enumerate(ranked):
        if premium != previous:
            above, previous = index, premium
        out[key] = grade_of(above, n, thresholds)
    return out


def grade_counts(grades: Mapping[K, str]) -> dict[str, int]:
    """How many of each grade, A to E (a blank grade is not counted)."""
    counts = dict.fromkeys(GRADES, 0)
    for grade in grades.values():
        if grade in counts:
            counts[grade] += 1
    return counts
