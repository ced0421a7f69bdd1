"""Prospect use cases: add, move through the method's stages, edit in place, undo.

The facts and their record are pipeline_facts.py; the work log, worklog.py; the sales cycle, cycle.py."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Iterable

import peewee as pw

from salesdesk.core.cycle import age_days, age_state
from salesdesk.core.money import from_fen, to_fen
from salesdesk.core.rules import check_facts_edit, check_move, criteria_text
from salesdesk.core.stages import AGING_STAGES, Stage
from salesdesk.core.text import shown
from salesdesk.i18n import tr
from salesdesk.storage.models import Customer, Prospect, StageChange

from . import inputs
from .errors import InvalidInput, MoveRefused, NotFound
from .pipeline_facts import (  # noqa: F401 - parse_criteria and the move helpers are used through here too
    _amount, _booked_money, _criteria_text, _edit_reason, _facts, _restore, _snapshot, _stage, moved_facts,
    parse_criteria, put_move,
)
from .views import Changes, MoveResult, ProspectView, StageChangeView

MAX_PLAN = 200
MAX_REASON = 500
#: ``update_prospect_facts``: leave this fact as it is.
KEEP = object()


class PipelineService:
    db: pw.SqliteDatabase

    # -- prospects ------------------------------------------------------------
    def add_prospect(self, customer_id: int, plan: str = "", at: dt.datetime | None = None) -> int:
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        plan = inputs.line(plan, tr("计划名称", "field"), MAX_PLAN)
        at = self._moment(at)
        with self._write():
            self._customer_row(customer_id)
            row = Prospect.create(
                customer=customer_id, plan=plan, stage=Stage.OPPORTUNITY.value,
                stage_since=at, created_at=at,
            )
            StageChange.create(
                prospect=row, at=at, from_stage=None, to_stage=Stage.OPPORTUNITY.value,
                recorded_at=self._now(),
            )
        self._emit(Changes(customers=frozenset({customer_id}), prospects=frozenset({row.id}), stages=True))
        return row.id

    def move_prospect(
        self,
        prospect_id: int,
        target: Stage,
        *,
        at: dt.datetime | None = None,
        reason: str = "",
        first_meeting: dt.date | None = None,
        criteria: Iterable[int] | None = None,
        budget: Decimal | None = None,
        signing_date: dt.date | None = None,
        next_step: str | None = None,
        signed: bool | None = None,
        paid: Decimal | None = None,
        premium: Decimal | None = None,
        correction_of: int | None = None,
    ) -> MoveResult:
        """Move a prospect, recording what the agent supplies with the move.

        Supplying a budget, a signing date or a next step ticks the matching criterion.
        Forward, ``criteria`` are ticked on top of those already ticked; backward, they are
        the criteria that still hold (the others are unticked, and named in the reason):
        moving back into 25% must drop at least one of the five.
        A refused move raises MoveRefused naming what is missing and changes nothing.
        """
        prospect_id = inputs.ident(prospect_id, tr("潜在客户", "field"))
        target = _stage(target)
        reason = inputs.line(reason, tr("原因", "field"), MAX_REASON)
        if next_step is not None:
            next_step = inputs.line(next_step, tr("下一步", "field"), 500)
        criteria = parse_criteria(criteria) if criteria is not None else None  # None: as they are
        first_meeting = inputs.day(first_meeting, tr("初次见面日期", "field"))
        signing_date = inputs.day(signing_date, tr("签约日期", "field"))
        if signed is not None and not isinstance(signed, bool):
            raise InvalidInput(tr("是否签约应为 是 或 否"))
        if correction_of is not None:
            correction_of = inputs.ident(correction_of, tr("阶段变化", "field"))
        budget, paid, premium = (_amount(v) for v in (budget, paid, premium))
        at = self._moment(at)
        with self._write():
            row = self._prospect_row(prospect_id)
            last = (StageChange.select(StageChange.at).where(StageChange.prospect == row)
                    .order_by(StageChange.at.desc()).first())
            if last is not None and at < last.at:
                raise InvalidInput(
                    tr("时间 {at:%Y-%m-%d %H:%M} 早于该客户上一次阶段变化（{at2:%Y-%m-%d %H:%M}）").format(at=at, at2=last.at)
                )
            facts = _facts(row)
            backward = target.rank < Stage(row.stage).rank and target != Stage.LOST
            if criteria is None:
                ticks = set(facts.criteria)
            elif backward:
                ticks = set(criteria)
                if ticks - facts.criteria:
                    raise InvalidInput(tr("退回时只能保留原本已勾选的标准：{criteria_text} 原本就未勾选").format(criteria_text=criteria_text(ticks - facts.criteria)))
            else:
                ticks = set(facts.criteria) | criteria
            dropped = set(facts.criteria) - ticks
            facts = moved_facts(facts, target, ticks, first_meeting=first_meeting, budget=budget,
                                signing_date=signing_date, next_step=next_step, signed=signed, paid=paid,
                                premium=premium)
            cycle = self.sales_cycle(as_of=at).days
            check = check_move(facts, target, at.date(), cycle, reason)
            if not check.allowed:
                raise MoveRefused(check.refusal, check.missing)
            if dropped:
                reason = tr("{reason}（不再成立：{criteria_text}）").format(
                    reason=reason, criteria_text=criteria_text(dropped))
            from_stage = Stage(row.stage)
            before = _snapshot(row)
            old_first = row.first_meeting
            put_move(row, facts, target, at, reason)
            row.save()
            if row.first_meeting != old_first:  # the agenda's appointment is the same fact
                self.agenda._sync_first_meeting(row.id, row.customer_id, row.first_meeting, row.plan)
            # Money is recorded in the window it is booked: 预收保费 on entering 90%, 承保标保
            # on 成交 (the department table sums these per window). Only what was not booked
            # before counts, so re-entering 90% after a step back does not count it twice.
            paid_fen = premium_fen = 0
            if correction_of is None and target in (Stage.P90, Stage.WON):
                booked_paid, booked_premium = _booked_money(row.id)
                if target == Stage.P90:
                    paid_fen = max(0, (to_fen(facts.paid) or 0) - booked_paid)
                else:
                    premium_fen = max(0, (to_fen(facts.premium) or 0) - booked_premium)
            change = StageChange.create(
                prospect=row, at=at, from_stage=from_stage.value, to_stage=target.value,
                reason=reason, first_meeting=facts.first_meeting,
                paid_fen=paid_fen, premium_fen=premium_fen,
                correction_of=correction_of, recorded_at=self._now(), before=before,
            )
            if correction_of is None:  # 客户五级分类 rises with the prospects (services/grades.py)
                self.grades._after_move(row.customer_id, change, target)
        result = MoveResult(
            row.id, change.id, from_stage, target,
            Changes(customers=frozenset({row.customer_id}), prospects=frozenset({row.id}), stages=True),
        )
        self._emit(result.changes)
        return result

    def undo_move(self, change_id: int) -> MoveResult:
        """Revert a stage change by recording the opposite change as a correction.

        Every fact the change overwrote (first meeting, signing date, money…) comes back,
        so undoing a send-back to 销售机会 restores the prospect's age too.
        """
        try:
            change_id = inputs.ident(change_id, tr("阶段变化", "field"))
        except NotFound:
            change_id = None
        change = StageChange.get_or_none(StageChange.id == change_id) if change_id else None
        if change is None:
            raise NotFound(tr("找不到要撤销的阶段变化"))
        if change.from_stage is None:
            raise InvalidInput(tr("新建的潜在客户不能用撤销退回"))
        if change.correction_of_id is not None:
            raise InvalidInput(tr("这是一次撤销，不能再撤销；请直接移动到需要的阶段"))
        latest = (StageChange.select().where(StageChange.prospect == change.prospect_id)
                  .order_by(StageChange.at.desc(), StageChange.id.desc()).first())
        if latest.id != change.id:
            raise InvalidInput(tr("这不是该客户最近一次阶段变化，不能撤销"))
        at = max(self._now(), change.at)
        with self._write():
            row = self._prospect_row(change.prospect_id)
            from_stage = Stage(row.stage)
            now_facts = _snapshot(row)
            old_first = row.first_meeting
            if change.before:
                _restore(row, change.before)
            else:
                row.stage = change.from_stage
                row.stage_since = at
                if from_stage == Stage.LOST:
                    row.lost_reason = ""
            row.save()
            if row.first_meeting != old_first:
                self.agenda._sync_first_meeting(row.id, row.customer_id, row.first_meeting, row.plan)
            if change.from_stage == change.to_stage:
                undo_reason = tr("撤销{reason}").format(reason=change.reason)[:MAX_REASON]  # 撤销修改：…
            else:
                undo_reason = tr("撤销：{label} → {label2}").format(
                    label=tr(Stage(change.from_stage).label), label2=tr(from_stage.label))
            new = StageChange.create(
                prospect=row, at=at, from_stage=from_stage.value, to_stage=change.from_stage,
                reason=undo_reason,
                first_meeting=row.first_meeting, correction_of=change.id, recorded_at=self._now(),
                before=now_facts,
            )
            self.grades._after_undo(row.customer_id, change, new)
        result = MoveResult(
            row.id, new.id, from_stage, Stage(change.from_stage),
            Changes(customers=frozenset({row.customer_id}), prospects=frozenset({row.id}), stages=True),
        )
        self._emit(result.changes)
        return result

    def update_prospect_facts(
        self,
        prospect_id: int,
        *,
        criteria: Iterable[int] | None = None,
        budget=KEEP,
        signing_date=KEEP,
        next_step: str | None = None,
    ) -> MoveResult | None:
        """Change what is recorded about a prospect without moving it (the details dialog).

        ``criteria`` is the full set now ticked; ``budget`` and ``signing_date`` may be
        None to clear them (KEEP: unchanged). The stage's rules apply as for a move
        (core.rules.check_facts_edit): a 50% cannot lose a criterion in place, a 25% cannot
        gain all five. The edit is one transaction, recorded in the stage history as a
        change from the stage to itself with the old facts, so ``undo_move`` reverts it.
        Returns None when nothing differs (nothing is written).
        """
        prospect_id = inputs.ident(prospect_id, tr("潜在客户", "field"))
        if next_step is not None:
            next_step = inputs.line(next_step, tr("下一步", "field"), 500)
        if criteria is not None:
            criteria = parse_criteria(criteria)
        if budget is not KEEP and budget is not None:
            budget = _amount(budget)
            if budget <= 0:
                raise InvalidInput(tr("预算金额应大于 0"))
        if signing_date is not KEEP:
            signing_date = inputs.day(signing_date, tr("签约日期", "field"))
        with self._write():
            row = self._prospect_row(prospect_id)
            before = _facts(row)
            edits: dict = {}
            if criteria is not None:
                edits["criteria"] = criteria
            if budget is not KEEP:
                edits["budget"] = budget
            if signing_date is not KEEP:
                edits["signing_date"] = signing_date
            if next_step is not None:
                edits["next_step"] = next_step.strip()
            after = before.with_(**edits)
            if after == before:
                return None
            last = (StageChange.select(StageChange.at).where(StageChange.prospect == row)
                    .order_by(StageChange.at.desc()).first())
            at = max(self._now(), last.at) if last is not None else self._now()
            refusal = check_facts_edit(before, after, at.date(), self.sales_cycle().days)
            if refusal:
                raise MoveRefused(refusal)
            snapshot = _snapshot(row)
            row.criteria = _criteria_text(after.criteria)
            row.budget_fen = to_fen(after.budget)
            row.signing_date = after.signing_date
            row.next_step = after.next_step
            row.save()
            change = StageChange.create(
                prospect=row, at=at, from_stage=row.stage, to_stage=row.stage,
                reason=_edit_reason(before, after), first_meeting=row.first_meeting,
                recorded_at=self._now(), before=snapshot,
            )
        stage = Stage(row.stage)
        result = MoveResult(
            row.id, change.id, stage, stage,
            Changes(customers=frozenset({row.customer_id}), prospects=frozenset({row.id}), stages=True),
        )
        self._emit(result.changes)
        return result

    def get_prospect(self, prospect_id: int, today: dt.date | None = None) -> ProspectView:
        prospect_id, today = inputs.ident(prospect_id, tr("潜在客户", "field")), inputs.day(today, tr("日期", "field"))
        row = (Prospect.select(Prospect, Customer.id, Customer.name).join(Customer)
               .where(Prospect.id == prospect_id).first())
        if row is None:
            raise NotFound(tr("找不到编号为 {prospect_id} 的潜在客户").format(prospect_id=prospect_id))
        return self._view(row, today or self._now().date(), self.sales_cycle().days)

    def prospects_of(self, customer_id: int) -> list[ProspectView]:
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        today = self._now().date()
        cycle = self.sales_cycle().days
        q = (Prospect.select(Prospect, Customer.id, Customer.name).join(Customer)
             .where(Prospect.customer == customer_id).order_by(Prospect.created_at, Prospect.id))
        return [self._view(r, today, cycle) for r in q]

    def open_prospects(self, include_won_since: dt.date | None = None) -> list[ProspectView]:
        """Prospects on the board: every open stage, plus 成交 since a date."""
        include_won_since = inputs.day(include_won_since, tr("成交起始日期", "field"), 1900)
        today = self._now().date()
        cycle = self.sales_cycle().days
        cond = Prospect.stage.not_in([Stage.WON.value, Stage.LOST.value])
        if include_won_since is not None:
            since = dt.datetime.combine(include_won_since, dt.time())
            cond = cond | ((Prospect.stage == Stage.WON.value) & (Prospect.stage_since >= since))
        q = Prospect.select(Prospect, Customer.id, Customer.name).join(Customer).where(cond).order_by(Prospect.id)
        return [self._view(r, today, cycle) for r in q]

    def stage_history(self, prospect_id: int) -> list[StageChangeView]:
        prospect_id = inputs.ident(prospect_id, tr("潜在客户", "field"))
        q = (StageChange.select().where(StageChange.prospect == prospect_id)
             .order_by(StageChange.at, StageChange.id))
        return [
            StageChangeView(
                c.id, c.prospect_id, c.at, Stage(c.from_stage) if c.from_stage else None,
                Stage(c.to_stage), shown(c.reason), from_fen(c.paid_fen), from_fen(c.premium_fen),
                c.correction_of_id,
            )
            for c in q
        ]

    # -- helpers ----------------------------------------------------------------
    def _view(self, row: Prospect, today: dt.date, cycle: int) -> ProspectView:
        stage = Stage(row.stage)
        age = age_days(row.first_meeting, today) if stage in AGING_STAGES else None
        try:
            notes = {int(k): v for k, v in json.loads(row.criteria_notes or "{}").items()}
        except (ValueError, AttributeError):
            notes = {}
        return ProspectView(
            id=row.id, customer_id=row.customer_id, customer_name=shown(row.customer.name), plan=shown(row.plan),
            stage=stage, stage_since=row.stage_since, created_at=row.created_at,
            first_meeting=row.first_meeting, criteria=parse_criteria(row.criteria),
            budget=from_fen(row.budget_fen), signing_date=row.signing_date, next_step=shown(row.next_step),
            signed=bool(row.signed), paid=from_fen(row.paid_fen), premium=from_fen(row.premium_fen),
            lost_reason=shown(row.lost_reason), age=age, age_state=age_state(age, cycle),
            days_in_stage=max(0, (today - row.stage_since.date()).days), criteria_notes=notes,
        )

    def _prospect_row(self, prospect_id: int) -> Prospect:
        row = Prospect.get_or_none(Prospect.id == prospect_id)
        if row is None:
            raise NotFound(tr("找不到编号为 {prospect_id} 的潜在客户").format(prospect_id=prospect_id))
        return row

    def _moment(self, at: dt.datetime | None) -> dt.datetime:
        now = self._now()
        if at is not None and not isinstance(at, dt.datetime):
            raise InvalidInput(tr("时间应为日期和时间"))
        if at is not None and at.tzinfo is not None:
            raise InvalidInput(tr("时间应为本地时间（不带时区）"))
        if at is None:
            return now
        if at > now:
            raise InvalidInput(tr("时间 {at:%Y-%m-%d %H:%M} 在将来：只能记录已经发生的事").format(at=at))
        if at.year < 2000:
            raise InvalidInput(tr("时间 {at:%Y-%m-%d} 不正确").format(at=at))
        return at.replace(microsecond=0)


