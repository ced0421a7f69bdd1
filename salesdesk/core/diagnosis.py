"""有效潜在客户的理想形式: diagnosing the shape of the board (SPEC §1.4).

The healthy board is a funnel that narrows steadily — many at 25%, fewer at 50%, few at
90% — with every date inside the sales cycle. Each diagnosis here says in plain words
what is wrong, names the prospects behind it and gives one concrete next action.
A healthy board gets no diagnosis at all.

Pure functions of the board's entries, the day and the cycle: the board, the CLI and
the tests all ask the same question the same way.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Protocol, Sequence

from salesdesk.i18n import tr

from .cycle import AgeState, age_days, age_state
from .stages import AGING_STAGES, Stage


class BoardEntryLike(Protocol):
    """What a diagnosis needs to know about one prospect (a ProspectView fits)."""

    id: int
    customer_name: str
    stage: Stage
    first_meeting: dt.date | None
    signing_date: dt.date | None


@dataclass(frozen=True)
class BoardEntry:
    """A minimal board entry, for callers (and tests) without a service view at hand."""

    id: int
    customer_name: str
    stage: Stage
    first_meeting: dt.date | None = None
    signing_date: dt.date | None = None


@dataclass(frozen=True)
class Named:
    """A prospect a diagnosis points at: clicking it on the board selects its card."""

    prospect_id: int
    name: str


class ShapeKind:
    DRY_TOP = "dry_top"
    PROPOSALS_PENDING = "proposals_pending"
    STUCK_AT_90 = "stuck_at_90"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Diagnosis:
    kind: str
    #: The method's name for the shape: 断层, 计划书待定式, 卡在90%, 过期.
    title: str
    #: What the board shows, in plain words with the numbers.
    finding: str
    #: One concrete next action.
    action: str
    prospects: tuple[Named, ...]


@dataclass(frozen=True)
class ShapeRules:
    """The thresholds of 'few' and 'most'; defaults follow the method's weekly rhythm."""

    #: 断层 when 约定初次见面 + 25% hold fewer than this: a week needs 5 new first meetings.
    min_top: int = 5
    #: 过期 when more than this share (numerator, denominator) of the aging board is overdue.
    overdue_share: tuple[int, int] = (1, 3)


def is_overdue(entry: BoardEntryLike, today: dt.date, cycle_days: int) -> bool:
    """Past the cycle (age > cycle) in a stage that ages (约定初次见面 … 90%)."""
    if entry.stage not in AGING_STAGES:
        return False
    return age_state(age_days(entry.first_meeting, today), cycle_days) == AgeState.OVERDUE


def is_stuck_at_90(entry: BoardEntryLike, today: dt.date) -> bool:
    """At 90% after the agreed signing date: the payment was not confirmed in time.

    The method's rule: 90% whose payment is not confirmed by the signing date goes back
    to 50%. A prospect still at 90% the day after its signing date is exactly that case.
    """
    return entry.stage == Stage.P90 and entry.signing_date is not None and entry.signing_date < today


def _named(entries: Iterable[BoardEntryLike]) -> tuple[Named, ...]:
    return tuple(Named(e.id, e.customer_name) for e in entries)


def _oldest_first(entries: Iterable[BoardEntryLike], today: dt.date) -> list[BoardEntryLike]:
    def key(e: BoardEntryLike):
        age = age_days(e.first_meeting, today)
        return (-(age if age is not None else -1), e.id)

    return sorted(entries, key=key)


def diagnose(
    entries: Sequence[BoardEntryLike],
    today: dt.date,
    cycle_days: int,
    rules: ShapeRules = ShapeRules(),
) -> list[Diagnosis]:
    """The diagnoses of a board (open prospects; 成交 and 退出 entries are ignored)."""
    by_stage: dict[Stage, list[BoardEntryLike]] = {s: [] for s in Stage}
    for e in entries:
        by_stage[e.stage].append(e)
    opportunity = by_stage[Stage.OPPORTUNITY]
    appointment, p25, p50, p90 = (by_stage[s] for s in AGING_STAGES)
    out: list[Diagnosis] = []

    # 断层: the top of the funnel is thin — not enough new contacts are coming in.
    top = len(appointment) + len(p25)
    deeper = len(p50) + len(p90)
    if top < rules.min_top or top < deeper:
        if top < rules.min_top:
            finding = tr("约定初次见面和 25% 一共只有 {top} 位（至少需要 {least} 位）："
                         "新接触的客户不够，几周后就会没有成交。").format(top=top, least=rules.min_top)
        else:
            finding = tr("约定初次见面和 25% 共 {top} 位，少于 50% 和 90% 的 {deeper} 位："
                         "漏斗上窄下宽，后续没有新客户补充。").format(top=top, deeper=deeper)
        if opportunity:
            action = tr("提高拨打量：今天打 15 个电话（15-7-1），先从这 {count} 位销售机会开始，"
                        "约定初次见面。").format(count=len(opportunity))
        else:
            action = tr("提高拨打量：先收集 20 个新名单（20:5:1），每天打 15 个电话，约 1 次初次见面。")
        out.append(Diagnosis(ShapeKind.DRY_TOP, tr("断层"), finding, action, _named(opportunity)))

    # 计划书待定式: proposals pile up at 50% — they do not fit, or the board is stale.
    old50 = [e for e in p50 if is_overdue(e, today, cycle_days)]
    many_50 = bool(p50) and len(p50) >= len(p25)
    stale_50 = bool(p50) and 2 * len(old50) > len(p50)
    if many_50 or stale_50:
        parts = []
        if many_50:
            parts.append(tr("50% 有 {count} 位，不少于 25% 的 {p25} 位").format(count=len(p50), p25=len(p25)))
        if stale_50:
            parts.append(tr("50% 中 {count} 位已超出 {days} 天的销售周期").format(count=len(old50), days=cycle_days))
        finding = tr("{findings}：计划书可能不符合客户需要，或者看板没有及时更新。").format(
            findings=tr("，").join(parts))
        behind = old50 if stale_50 and not many_50 else p50
        action = tr("逐一复核这些 50% 的客户：计划不符合需要的退回 25% 重做计划书，"
                    "超出周期的送回销售机会，其余的约定签约日期。")
        out.append(Diagnosis(ShapeKind.PROPOSALS_PENDING, tr("计划书待定式"), finding, action,
                             _named(_oldest_first(behind, today))))

    # 卡在90%: signed, but the signing date passed without the deal closing.
    stuck = [e for e in p90 if is_stuck_at_90(e, today)]
    if stuck:
        finding = tr("90% 中 {count} 位已过约定的签约日期，仍未确认收款承保。").format(count=len(stuck))
        action = tr("今天逐一追收款和承保；签约日期前确认不了收款的，退回 50%。")
        ordered = sorted(stuck, key=lambda e: (e.signing_date, e.id))
        out.append(Diagnosis(ShapeKind.STUCK_AT_90, tr("卡在90%"), finding, action, _named(ordered)))

    # 过期: too much of the board is past the cycle.
    aging = appointment + p25 + p50 + p90
    overdue = [e for e in aging if is_overdue(e, today, cycle_days)]
    num, den = rules.overdue_share
    if aging and den * len(overdue) > num * len(aging):
        finding = tr("看板上 {total} 位有初次见面日期的客户中，{count} 位已超出 "
                     "{days} 天的销售周期（超过 {num}/{den}）。").format(
            total=len(aging), count=len(overdue), days=cycle_days, num=num, den=den)
        action = tr("把这些客户送回销售机会（看板上的“送回销售机会”一次完成），把时间留给周期内的客户。")
        out.append(Diagnosis(ShapeKind.OVERDUE, tr("过期"), finding, action, _named(_oldest_first(overdue, today))))
    return out
