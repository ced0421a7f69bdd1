"""坚持标准: the entry criteria of each stage and the rules for moving between stages (SPEC §1.1).

Everything here is a pure function of a prospect's facts, the target stage, the moment of
the move and the sales cycle, so the same rules serve the CLI, the board and the demo.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from salesdesk.i18n import N_, tr

from .stages import BOARD_STAGES, Stage


@dataclass(frozen=True)
class Criterion:
    """One of the five criteria. ``label``, ``meaning`` and ``needs_label`` are kept in
    Chinese; ``shown_label`` and ``shown_meaning`` say them in the user's language."""

    number: int
    key: str
    label: str
    meaning: str
    #: The fact this criterion needs recorded besides the tick, if any.
    needs: str | None = None
    needs_label: str | None = None

    @property
    def shown_label(self) -> str:
        return tr(self.label)

    @property
    def shown_meaning(self) -> str:
        return tr(self.meaning)

    @property
    def shown_needs_label(self) -> str | None:
        return tr(self.needs_label) if self.needs_label else self.needs_label


CRITERIA: tuple[Criterion, ...] = (
    Criterion(1, "right_person", N_("合适的人"), N_("正在与决策人商谈")),
    Criterion(2, "plan_fits", N_("计划符合需要"), N_("推荐的计划符合客户需要")),
    Criterion(3, "budget", N_("预算合理"), N_("已讨论价格或价格范围"), "budget", N_("预算金额")),
    Criterion(4, "timing", N_("合适的时间"), N_("已约定销售周期内的具体签约日期"), "signing_date", N_("签约日期")),
    Criterion(5, "next_step", N_("有进一步发展"), N_("客户清楚下次见面的内容"), "next_step", N_("下一步")),
)
CRITERIA_BY_NUMBER = {c.number: c for c in CRITERIA}


@dataclass(frozen=True)
class ProspectFacts:
    """What the agent has recorded about one prospect, at one moment."""

    stage: Stage = Stage.OPPORTUNITY
    first_meeting: dt.date | None = None
    #: Numbers (1–5) of the 50% criteria the agent has ticked.
    criteria: frozenset[int] = frozenset()
    budget: Decimal | None = None
    signing_date: dt.date | None = None
    next_step: str = ""
    signed: bool = False
    #: 预收保费: money transferred and received by the company.
    paid: Decimal | None = None
    #: 承保标保: standard premium underwritten.
    premium: Decimal | None = None
    #: The policy/contract is in force (承保). Only used to classify a described situation.
    in_force: bool = False

    def with_(self, **changes) -> "ProspectFacts":
        return replace(self, **changes)


@dataclass(frozen=True)
class Missing:
    """One requirement that blocks a move, with the fact the agent must supply."""

    key: str
    label: str
    #: For a criterion, its number; lets a dialog show the matching check box.
    criterion: int | None = None

    def __str__(self) -> str:
        """The label in the user's language (``DROP_CRITERIA``'s is kept in Chinese)."""
        return tr(self.label)


def criterion_holds(number: int, facts: ProspectFacts, cycle_days: int | None = None) -> bool:
    if number not in facts.criteria:
        return False
    if number == 3:
        return facts.budget is not None and facts.budget > 0
    if number == 4:
        if facts.signing_date is None:
            return False
        if facts.first_meeting is not None and cycle_days is not None:
            return facts.signing_date <= facts.first_meeting + dt.timedelta(days=cycle_days)
        return True
    if number == 5:
        return bool(facts.next_step.strip())
    return True


def all_criteria_hold(facts: ProspectFacts, cycle_days: int | None = None) -> bool:
    """All five 50% criteria hold: the prospect belongs at 50% or above, never at 25%."""
    return all(criterion_holds(c.number, facts, cycle_days) for c in CRITERIA)


#: The requirement a move into 25% names when all five criteria still hold.
DROP_CRITERIA = Missing("criteria_drop", N_("不再成立的标准"))
DROP_CRITERIA_REFUSAL = N_("退回“25%”须说明哪些标准已不再成立（25% 的客户不能五项标准全部成立）")


def criteria_text(numbers) -> str:
    """``1. 合适的人、3. 预算合理``: criteria named as the agent ticks them, in Chinese (as the
    history stores them); ``shown_criteria_text`` says them in the user's language."""
    return "、".join(f"{n}. {CRITERIA_BY_NUMBER[n].label}" for n in sorted(numbers))  # i18n: data


def shown_criteria_text(numbers) -> str:
    """``1. Right person, 3. Budget fits``: ``criteria_text`` in the user's language."""
    return tr("、").join(f"{n}. {tr(CRITERIA_BY_NUMBER[n].label)}" for n in sorted(numbers))


def criterion_label(number: int) -> str:
    """A criterion's name in the user's language, by its number (1–5)."""
    return tr(CRITERIA_BY_NUMBER[number].label)


def _missing_criteria(facts: ProspectFacts, cycle_days: int | None) -> list[Missing]:
    out = []
    for c in CRITERIA:
        if criterion_holds(c.number, facts, cycle_days):
            continue
        label = tr(c.label)
        if c.number in facts.criteria and c.needs_label:
            if c.number == 4 and facts.signing_date is not None:
                label = tr("{criterion}（签约日期超出销售周期 {days} 天）").format(criterion=label, days=cycle_days)
            else:
                label = tr("{criterion}（需填写{needs}）").format(criterion=label, needs=tr(c.needs_label))
        elif c.needs_label:
            label = tr("{criterion}（{needs}）").format(criterion=label, needs=tr(c.needs_label))
        out.append(Missing(f"criterion{c.number}", label, c.number))
    return out


def requirements_for(target: Stage, facts: ProspectFacts, at: dt.date, cycle_days: int | None) -> list[Missing]:
    """What is missing for ``facts`` to stand in ``target`` on day ``at`` (empty: it may)."""
    missing: list[Missing] = []
    if target in (Stage.OPPORTUNITY, Stage.LOST):
        return missing
    if facts.first_meeting is None:
        missing.append(Missing("first_meeting", tr("初次见面日期")))
    elif target != Stage.APPOINTMENT and facts.first_meeting > at:
        missing.append(Missing("first_meeting_held", tr("初次见面（{date}）尚未发生").format(
            date=facts.first_meeting.isoformat())))
    if target in (Stage.APPOINTMENT, Stage.P25):
        return missing
    missing.extend(_missing_criteria(facts, cycle_days))
    if target == Stage.P50:
        return missing
    if not facts.signed:
        missing.append(Missing("signed", tr("已签署投保单/合同")))
    if facts.paid is None or facts.paid <= 0:
        missing.append(Missing("paid", tr("预收到帐（已收款金额）")))
    return missing


class MoveKind:
    FORWARD = "forward"
    BACKWARD = "backward"
    LOST = "lost"
    REOPEN = "reopen"


@dataclass(frozen=True)
class MoveCheck:
    kind: str
    missing: tuple[Missing, ...] = field(default_factory=tuple)
    #: A one-line reason the move is refused (empty when allowed).
    refusal: str = ""

    @property
    def allowed(self) -> bool:
        return not self.refusal


def check_move(
    facts: ProspectFacts,
    target: Stage,
    at: dt.date,
    cycle_days: int | None,
    reason: str = "",
) -> MoveCheck:
    """Decide whether a prospect whose facts are ``facts`` may move to ``target``.

    ``facts`` already includes whatever the agent supplies with the move (a budget, a
    signing date, ticks), so a refusal names exactly what is still missing.
    """
    current = facts.stage
    reason = (reason or "").strip()
    if target == current:
        return MoveCheck(MoveKind.FORWARD, refusal=tr("已在“{stage}”阶段").format(stage=tr(target.label)))
    if target == Stage.LOST:
        if not reason:
            return MoveCheck(MoveKind.LOST, refusal=tr("退出需要填写原因"))
        return MoveCheck(MoveKind.LOST)
    if current == Stage.LOST:
        if target != Stage.OPPORTUNITY:
            return MoveCheck(MoveKind.REOPEN, refusal=tr("已退出的客户只能重新放回“销售机会”"))
        if not reason:
            return MoveCheck(MoveKind.REOPEN, refusal=tr("重新放回销售机会需要填写原因"))
        return MoveCheck(MoveKind.REOPEN)
    if target.rank < current.rank:
        if not reason:
            return MoveCheck(MoveKind.BACKWARD, refusal=tr("退回“{stage}”需要填写原因").format(stage=tr(target.label)))
        if target == Stage.P25 and all_criteria_hold(facts, cycle_days):
            # 坚持标准: a 25% with all five criteria ticked is a 50% in disguise.
            return MoveCheck(MoveKind.BACKWARD, (DROP_CRITERIA,), tr(DROP_CRITERIA_REFUSAL))
        return MoveCheck(MoveKind.BACKWARD)
    if target == Stage.WON:
        # 成交 follows 90% (signed, paid, criteria checked on the way in); the policy taking
        # effect later than planned must not block it, whatever the cycle has become since.
        if current != Stage.P90:
            return MoveCheck(MoveKind.FORWARD, refusal=tr("只能从“90%”进入“成交”"))
        return MoveCheck(MoveKind.FORWARD)
    missing = tuple(requirements_for(target, facts, at, cycle_days))
    if missing:
        names = tr("、").join(str(m) for m in missing)
        return MoveCheck(MoveKind.FORWARD, missing, tr("不能进入“{stage}”，缺少：{names}").format(
            stage=tr(target.label), names=names))
    if target == Stage.P25 and all_criteria_hold(facts, cycle_days):
        return MoveCheck(MoveKind.FORWARD, refusal=tr("五项标准都已成立：应进入“50%”，而不是“25%”"))
    return MoveCheck(MoveKind.FORWARD)


def check_facts_edit(before: ProspectFacts, after: ProspectFacts, at: dt.date, cycle_days: int | None) -> str:
    """Whether the agent may change a prospect's recorded facts without moving it.

    The same rules as a move (坚持标准): a prospect may not lose, in place, what its stage
    requires (a 50% keeps its five criteria, a 90% also its signature and payment) and a
    25% may not gain all five (that is a move to 50%). Returns "" when allowed, else a
    one-line refusal naming what to do instead. A requirement that already failed before
    the edit (a cycle that shrank since) does not block changing something else.
    """
    stage = before.stage
    if stage == Stage.LOST:
        return tr("已退出的客户不能修改；请先把它重新放回“销售机会”")
    if stage == Stage.WON:
        return tr("已成交的客户不能再修改标准、预算和签约日期")
    if stage in (Stage.P50, Stage.P90):
        had = {m.key for m in requirements_for(stage, before, at, cycle_days)}
        lost = [m for m in requirements_for(stage, after, at, cycle_days) if m.key not in had]
        if lost:
            names = tr("、").join(str(m) for m in lost)
            return tr("“{stage}”的客户必须保持：{names}。如果确实不再成立，请把它退回“25%”（或更早的阶段）并写明原因").format(
                stage=tr(stage.label), names=names)
    if stage == Stage.P25 and all_criteria_hold(after, cycle_days) and not all_criteria_hold(before, cycle_days):
        return tr("五项标准都已成立：请把它前进到“50%”，而不是留在“25%”")
    return ""


def supported_stage(facts: ProspectFacts, today: dt.date, cycle_days: int | None = None) -> Stage:
    """The highest stage an honest agent would place a described situation in."""
    if facts.in_force and not requirements_for(Stage.P90, facts, today, cycle_days):
        return Stage.WON
    best = Stage.OPPORTUNITY
    for stage in BOARD_STAGES[1:5]:
        if requirements_for(stage, facts, today, cycle_days):
            break
        best = stage
    return best
