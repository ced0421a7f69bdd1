"""A prospect's facts and their record: the criteria typed in, the facts a move leaves,
the snapshot a stage change keeps for its undo, the reason an edit writes, amounts and stages
as the user gives them (pipeline.py holds the use cases that put them together)."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Iterable

from peewee import fn

from salesdesk.core.money import BadAmount, format_cny, from_fen, parse_money, to_fen
from salesdesk.core.rules import ProspectFacts, criteria_text
from salesdesk.core.stages import Stage
from salesdesk.i18n import tr
from salesdesk.storage.models import Prospect, StageChange

from . import inputs
from .errors import InvalidInput


def parse_criteria(raw: str | Iterable[int] | None) -> frozenset[int]:
    if raw is None:
        return frozenset()
    if isinstance(raw, str):
        parts = [p for p in raw.replace("，", ",").replace(" ", ",").split(",") if p]  # i18n: data
    else:
        try:
            parts = list(raw)
        except TypeError:
            raise InvalidInput(tr("标准编号应为 1–5 的一组数字")) from None
    out = set()
    for part in parts:
        try:
            n = int(part) if isinstance(part, (int, str)) and not isinstance(part, bool) else 0
        except (TypeError, ValueError):
            n = 0
        if not 1 <= n <= 5:
            raise InvalidInput(tr("标准编号“{query}”不正确，应为 1–5").format(query=inputs.query(part, 20)))
        out.add(n)
    return frozenset(out)


def _criteria_text(numbers: Iterable[int]) -> str:
    return ",".join(str(n) for n in sorted(numbers))


def _facts(row: Prospect) -> ProspectFacts:
    return ProspectFacts(
        stage=Stage(row.stage),
        first_meeting=row.first_meeting,
        criteria=parse_criteria(row.criteria),
        budget=from_fen(row.budget_fen),
        signing_date=row.signing_date,
        next_step=row.next_step or "",
        signed=bool(row.signed),
        paid=from_fen(row.paid_fen),
        premium=from_fen(row.premium_fen),
    )


def moved_facts(facts: ProspectFacts, target: Stage, ticks: Iterable[int], *, first_meeting: dt.date | None,
                budget: Decimal | None, signing_date: dt.date | None, next_step: str | None,
                signed: bool | None, paid: Decimal | None, premium: Decimal | None) -> ProspectFacts:
    """A prospect's facts after a move (``ticks``: its criteria then): what the agent supplied
    is recorded; a budget, a signing date or a next step ticks its criterion (3, 4, 5)."""
    ticks = set(ticks)
    changes: dict = {}
    if first_meeting is not None:
        changes["first_meeting"] = first_meeting
    if budget is not None:
        changes["budget"] = budget
        ticks.add(3)
    if signing_date is not None:
        changes["signing_date"] = signing_date
        ticks.add(4)
    if next_step is not None and next_step.strip():
        changes["next_step"] = next_step.strip()
        ticks.add(5)
    if signed is not None:
        changes["signed"] = signed
    if paid is not None:
        changes["paid"] = paid
    if premium is not None:
        changes["premium"] = premium
    if target == Stage.OPPORTUNITY and first_meeting is None:
        # Back to the start: the next first meeting (and its cycle) is booked anew.
        changes.setdefault("first_meeting", None)
        changes.setdefault("signing_date", None)
    return facts.with_(criteria=frozenset(ticks), **changes)


def put_move(row: Prospect, facts: ProspectFacts, target: Stage, at: dt.datetime, reason: str) -> None:
    """Write a move's stage and facts onto the prospect's row (the caller saves it)."""
    from_stage = Stage(row.stage)
    row.stage = target.value
    row.stage_since = at
    row.first_meeting = facts.first_meeting
    row.criteria = _criteria_text(facts.criteria)
    row.budget_fen = to_fen(facts.budget)
    row.signing_date = facts.signing_date
    row.next_step = facts.next_step
    row.signed = facts.signed
    row.paid_fen = to_fen(facts.paid)
    row.premium_fen = to_fen(facts.premium)
    if target == Stage.LOST:
        row.lost_reason = reason
    elif from_stage == Stage.LOST:
        row.lost_reason = ""


def _edit_reason(before: ProspectFacts, after: ProspectFacts) -> str:
    """``修改：勾选 3. 预算合理；预算 — → ¥1,500.00``: what an in-place edit changed."""
    def short(text: str) -> str:
        return text if len(text) <= 40 else text[:39] + "…"

    def day(value: dt.date | None) -> str:
        return value.isoformat() if value else "—"

    parts = []
    if after.criteria - before.criteria:
        parts.append(tr("勾选 {criteria_text}").format(criteria_text=criteria_text(after.criteria - before.criteria)))
    if before.criteria - after.criteria:
        parts.append(tr("取消 {criteria_text}").format(criteria_text=criteria_text(before.criteria - after.criteria)))
    if after.budget != before.budget:
        parts.append(tr("预算 {value} → {value2}").format(
            value=format_cny(before.budget) or '—', value2=format_cny(after.budget) or '—'))
    if after.signing_date != before.signing_date:
        parts.append(tr("签约日期 {day} → {day2}").format(day=day(before.signing_date), day2=day(after.signing_date)))
    if after.next_step != before.next_step:
        parts.append(tr("下一步 {value} → {value2}").format(
            value=short(before.next_step) or '—', value2=short(after.next_step) or '—'))
    return tr("修改：") + tr("；").join(parts)


_FACTS = ("stage", "stage_since", "first_meeting", "signing_date", "criteria", "budget_fen", "next_step",
          "signed", "paid_fen", "premium_fen", "lost_reason")


def _snapshot(row: Prospect) -> str:
    """The prospect's facts as JSON, kept on a stage change so an undo can restore them."""
    values = {}
    for name in _FACTS:
        value = getattr(row, name)
        values[name] = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value
    return json.dumps(values, ensure_ascii=False)


def _restore(row: Prospect, text: str) -> None:
    values = json.loads(text)
    for name in _FACTS:
        if name not in values:
            continue
        value = values[name]
        if name == "stage_since":
            value = dt.datetime.fromisoformat(value)
        elif name in ("first_meeting", "signing_date") and value:
            value = dt.date.fromisoformat(value)
        setattr(row, name, value)


def _booked_money(prospect_id: int) -> tuple[int, int]:
    """预收保费 and 承保标保 already booked for a prospect, leaving out undone changes."""
    undone = StageChange.select(StageChange.correction_of).where(StageChange.correction_of.is_null(False))
    row = (StageChange.select(fn.COALESCE(fn.SUM(StageChange.paid_fen), 0),
                              fn.COALESCE(fn.SUM(StageChange.premium_fen), 0))
           .where((StageChange.prospect == prospect_id) & StageChange.id.not_in(undone)).tuples().first())
    return int(row[0]), int(row[1])


def _amount(value) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)) or (
            abs(value) > 10**40 if isinstance(value, int) else len(str(value)) > 40):  # str(10**5000) raises
        raise InvalidInput(tr("金额不是有效数字"))
    try:
        return parse_money(value)
    except BadAmount as exc:
        raise InvalidInput(inputs.query(str(exc), 80)) from None


def _stage(target) -> Stage:
    if isinstance(target, Stage):
        return target
    try:
        return Stage(target)
    except ValueError:
        raise InvalidInput(tr("阶段“{query}”不正确").format(query=inputs.query(target, 20))) from None
