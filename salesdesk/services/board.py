"""What the prospect board needs beyond the facade's single moves.

One query loads the whole board (open prospects plus recent 成交) with the customer
fields the board filters on, so typing in the filter box never goes back to the
database; a second form of the same query reloads only the prospects a ``Changes``
record names. Bulk send-back and bulk undo are one transaction each.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, fields
from typing import Iterable

import peewee as pw

from salesdesk.core.cycle import SalesCycle, age_days, age_state
from salesdesk.core.diagnosis import Diagnosis, diagnose
from salesdesk.core.money import from_fen
from salesdesk.core.review import week_of
from salesdesk.core.stages import AGING_STAGES, Stage
from salesdesk.storage.models import Customer, Prospect, Setting

from . import inputs
from .errors import InvalidInput, NotFound
from .pipeline import parse_criteria
from .views import Changes, MoveResult, ProspectView
from salesdesk.i18n import N_, tr

#: Written on the stage change in the UI's language (``tr`` where used); the text is free, never compared.
SEND_BACK_REASON = N_("超出销售周期，送回销售机会")
#: Offered until the user sets their own list; a chosen reason is stored as shown.
DEFAULT_LOST_REASONS = (N_("预算不足"), N_("选择了其他公司"), N_("联系不上"), N_("暂无需求"))
LOST_REASONS_KEY = "lost_reasons"
MAX_LOST_REASONS = 30
MAX_LOST_REASON = 50
MAX_CRITERION_NOTE = 200
_TAG_SPLIT = re.compile(r"[,，;；、\s/|]+")  # i18n: data
#: SQLite's default limit on host parameters is generous here, but stay well below it.
_CHUNK = 500


def split_tags(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for t in _TAG_SPLIT.split(text or "") if t))


@dataclass(frozen=True)
class BoardCard(ProspectView):
    """A prospect as the board shows it, with the customer fields the filter matches."""

    company: str = ""
    tags: tuple[str, ...] = ()
    name_pinyin: str = ""
    name_initials: str = ""

    @property
    def search_text(self) -> str:
        """Lower-case haystack for the board's filter box (name, pinyin, plan, company…)."""
        return "\n".join((
            self.customer_name, self.name_pinyin, self.name_initials, self.plan, self.company,
            self.next_step, " ".join(self.tags),
        )).lower()


@dataclass(frozen=True)
class BoardSnapshot:
    today: dt.date
    cycle: SalesCycle
    #: 成交 cards are those won on or after this day.
    won_since: dt.date
    cards: list[BoardCard]


_VIEW_FIELDS = [f.name for f in fields(ProspectView)]
_CARD_COLUMNS = (
    Prospect.id, Prospect.customer, Customer.name, Prospect.plan, Prospect.stage, Prospect.stage_since,
    Prospect.created_at, Prospect.first_meeting, Prospect.criteria, Prospect.budget_fen, Prospect.signing_date,
    Prospect.next_step, Prospect.signed, Prospect.paid_fen, Prospect.premium_fen, Prospect.lost_reason,
    Prospect.criteria_notes, Customer.company, Customer.tags, Customer.name_pinyin, Customer.name_initials,
)


def _day(value) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) and value else value or None


def _moment(value) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def _notes(text: str) -> dict[int, str]:
    if not text:
        return {}
    try:
        return {int(k): v for k, v in json.loads(text).items()}
    except (ValueError, AttributeError):
        return {}


class BoardService:
    db: pw.SqliteDatabase

    # -- reads ----------------------------------------------------------------
    def this_week_start(self) -> dt.date:
        """The first day of the review week (last Friday), as on the weekly table."""
        return week_of(self.today()).start

    def board_snapshot(self, won_since: dt.date | None = None) -> BoardSnapshot:
        """Every open prospect, plus 成交 since ``won_since`` (default: this review week)."""
        won_since = inputs.day(won_since, tr("成交起始日期", "field"), 1900)
        today = self.today()
        cycle = self.sales_cycle()
        since = self.this_week_start() if won_since is None else won_since
        cond = Prospect.stage.not_in([Stage.WON.value, Stage.LOST.value]) | (
            (Prospect.stage == Stage.WON.value) & (Prospect.stage_since >= dt.datetime.combine(since, dt.time()))
        )
        return BoardSnapshot(today, cycle, since, self._cards(cond, today, cycle.days))

    def board_cards(
        self, ids: Iterable[int] = (), customers: Iterable[int] = (),
        *, today: dt.date | None = None, cycle_days: int | None = None,
    ) -> list[BoardCard]:
        """The named prospects (and every prospect of the named customers), in any stage.

        A board refreshes from a ``Changes`` record with this: a card whose stage is now
        退出 (or 成交 before the shown range) is removed, the others are put in place.
        """
        ids, customers = inputs.idents(ids, tr("潜在客户", "field")), inputs.idents(customers, tr("客户", "field"))
        today = inputs.day(today, tr("日期", "field")) or self.today()
        if cycle_days is not None:
            cycle_days = inputs.number(cycle_days, tr("销售周期", "field"), 1, 3650)
        cycle_days = cycle_days if cycle_days is not None else self.sales_cycle().days
        ids, customers = sorted(set(ids)), sorted(set(customers))
        out: list[BoardCard] = []
        for i in range(0, len(ids), _CHUNK):
            out.extend(self._cards(Prospect.id.in_(ids[i:i + _CHUNK]), today, cycle_days))
        seen = {c.id for c in out}
        for i in range(0, len(customers), _CHUNK):
            more = self._cards(Prospect.customer.in_(customers[i:i + _CHUNK]), today, cycle_days)
            out.extend(c for c in more if c.id not in seen)
        return out

    def overdue_prospects(self) -> list[BoardCard]:
        """Open prospects past the cycle (age > cycle): the ones to send back to 销售机会."""
        today = self.today()
        cycle = self.sales_cycle().days
        limit = today - dt.timedelta(days=cycle)
        cond = Prospect.stage.in_([s.value for s in AGING_STAGES]) & (Prospect.first_meeting < limit)
        return self._cards(cond, today, cycle)

    def stuck_at_90(self) -> list[BoardCard]:
        """90% prospects past their signing date: payment not confirmed in time (→ 50%)."""
        today = self.today()
        cond = (Prospect.stage == Stage.P90.value) & (Prospect.signing_date < today)
        return self._cards(cond, today, self.sales_cycle().days)

    def board_diagnoses(self) -> list[Diagnosis]:
        snap = self.board_snapshot()
        open_cards = [c for c in snap.cards if c.stage.is_open]
        return diagnose(open_cards, snap.today, snap.cycle.days)

    def lost_reasons(self) -> list[str]:
        """The reasons offered when a prospect is closed as lost (退出), editable."""
        reasons = [line.strip() for line in self.setting(LOST_REASONS_KEY, "").splitlines() if line.strip()]
        return reasons or [tr(r) for r in DEFAULT_LOST_REASONS]

    # -- writes ---------------------------------------------------------------
    def set_lost_reasons(self, reasons: Iterable[str]) -> Changes:
        return self.set_settings({LOST_REASONS_KEY: reasons if isinstance(reasons, str) else self._reason_list(reasons)})

    @staticmethod
    def _reason_list(reasons) -> list:
        if not isinstance(reasons, Iterable):
            raise InvalidInput(tr("退出原因应为一组文字"))
        return list(reasons)

    @staticmethod
    def checked_lost_reasons(reasons: Iterable[str]) -> str:
        """The reasons as stored (one a line), or InvalidInput naming what is wrong."""
        if isinstance(reasons, str) or not isinstance(reasons, Iterable):
            raise InvalidInput(tr("退出原因应为一组文字"))
        cleaned = list(dict.fromkeys(r for r in (inputs.line(r, tr("退出原因", "field")) for r in reasons) if r))
        if not cleaned:
            raise InvalidInput(tr("退出原因列表不能为空"))
        if len(cleaned) > MAX_LOST_REASONS:
            raise InvalidInput(tr("退出原因最多 {limit} 条").format(limit=MAX_LOST_REASONS))
        for reason in cleaned:
            if len(reason) > MAX_LOST_REASON:
                raise InvalidInput(tr("退出原因“{reason}…”太长（最多 {limit} 个字）").format(
                    reason=reason[:10], limit=MAX_LOST_REASON))
        return "\n".join(cleaned)

    def send_back(self, prospect_ids: Iterable[int], reason: str = SEND_BACK_REASON) -> list[MoveResult]:
        """送回销售机会: move every named prospect back to 销售机会 in ONE transaction.

        All or nothing: an unknown id, or a prospect not open on the board (成交, 退出 or
        already in 销售机会), refuses the whole batch and changes nothing.
        """
        ids = inputs.idents(prospect_ids, tr("潜在客户", "field"))
        if not ids:
            return []
        reason = inputs.line(reason, tr("原因", "field"), 500) or tr(SEND_BACK_REASON)
        if reason == SEND_BACK_REASON:  # the window passes the constant: write it in the UI's language
            reason = tr(SEND_BACK_REASON)
        with self.batch(), self._write():
            stages = {}
            for i in range(0, len(ids), _CHUNK):
                q = Prospect.select(Prospect.id, Prospect.stage).where(Prospect.id.in_(ids[i:i + _CHUNK]))
                stages.update((r.id, Stage(r.stage)) for r in q.objects())
            unknown = [i for i in ids if i not in stages]
            if unknown:
                raise NotFound(tr("找不到编号为 {unknown} 的潜在客户").format(unknown=unknown[0]))
            wrong = [i for i in ids if not stages[i].is_open or stages[i] == Stage.OPPORTUNITY]
            if wrong:
                raise InvalidInput(
                    tr("编号 {wrong} 的客户在“{label}”，只能把约定初次见面到 90% 的客户送回销售机会").format(
                        wrong=wrong[0], label=tr(stages[wrong[0]].label))
                )
            results = [self.move_prospect(pid, Stage.OPPORTUNITY, reason=reason) for pid in ids]
        return results

    def undo_moves(self, change_ids: Iterable[int]) -> list[MoveResult]:
        """Undo several moves (a bulk send-back) in one transaction, newest first."""
        ids = inputs.idents(change_ids, tr("阶段变化", "field"))
        with self.batch(), self._write():
            return [self.undo_move(cid) for cid in reversed(ids)]

    def set_criteria_notes(self, prospect_id: int, notes: dict[int, str]) -> Changes:
        """The agent's note on each of the five 50% criteria (who decides, what budget…)."""
        prospect_id = inputs.ident(prospect_id, tr("潜在客户", "field"))
        if not isinstance(notes, dict):
            raise InvalidInput(tr("标准备注应为 编号→文字"))
        clean: dict[str, str] = {}
        for number, text in notes.items():
            number = min(parse_criteria([number]))
            text = inputs.line(text, tr("标准 {number} 的备注", "field").format(number=number))
            if len(text) > MAX_CRITERION_NOTE:
                raise InvalidInput(tr("标准 {number} 的备注太长（最多 {limit} 个字）").format(
                    number=number, limit=MAX_CRITERION_NOTE))
            if text:
                clean[str(int(number))] = text
        with self._write():
            row = Prospect.get_or_none(Prospect.id == prospect_id)
            if row is None:
                raise NotFound(tr("找不到编号为 {prospect_id} 的潜在客户").format(prospect_id=prospect_id))
            row.criteria_notes = json.dumps(clean, ensure_ascii=False, sort_keys=True) if clean else ""
            row.save()
        changes = Changes(customers=frozenset({row.customer_id}), prospects=frozenset({prospect_id}))
        self._emit(changes)
        return changes

    # -- helpers --------------------------------------------------------------
    def _cards(self, cond, today: dt.date, cycle_days: int) -> list[BoardCard]:
        # Plain tuples, converted here: peewee row objects cost 60% of a 2,000-card board.
        sql, params = (Prospect.select(*_CARD_COLUMNS).join(Customer).where(cond).order_by(Prospect.id)).sql()
        criteria_of: dict[str, frozenset[int]] = {}
        out = []
        for (pid, cid, name, plan, stage, since, created, first, criteria, budget, signing, next_step, signed,
             paid, premium, lost, notes, company, tags, pinyin, initials) in self.db.execute_sql(sql, params):
            stage = Stage(stage)
            first, since = _day(first), _moment(since)
            age = age_days(first, today) if stage in AGING_STAGES else None
            if criteria not in criteria_of:
                criteria_of[criteria] = parse_criteria(criteria)
            out.append(BoardCard(
                id=pid, customer_id=cid, customer_name=name, plan=plan, stage=stage, stage_since=since,
                created_at=_moment(created), first_meeting=first, criteria=criteria_of[criteria],
                budget=from_fen(budget), signing_date=_day(signing), next_step=next_step, signed=bool(signed),
                paid=from_fen(paid), premium=from_fen(premium), lost_reason=lost, age=age,
                age_state=age_state(age, cycle_days), days_in_stage=max(0, (today - since.date()).days),
                criteria_notes=_notes(notes), company=company, tags=split_tags(tags),
                name_pinyin=pinyin, name_initials=initials,
            ))
        return out
