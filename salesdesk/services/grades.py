"""客户分级 and 客户五级分类, and the deals' 交易总结 (issue 11): ``desk.grades``.

- 价值分级 A–E (SPEC §5) from each customer's premium: the 承保标保 booked in the history
  (StageChange.premium_fen, undone changes left out) of their prospects that stand in
  成交 now (a deal sent back or closed lost no longer counts). ``compute`` shows what the
  grades would be, ``apply`` writes them, keeping the grades the agent set by hand
  (Customer.value_grade_manual) unless asked to recompute over them.
- 客户五级分类 rises with the prospects (core.levels): the pipeline calls ``_after_move``
  and ``_after_undo`` inside its own transaction. Every change, by the prospects or by
  hand, is a LevelChange row.
- 交易总结: 成功原因 / 失败原因 and 经验总结 of a prospect that ended 成交 or 退出, and the
  reasons counted.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from salesdesk.core import levels
from salesdesk.core.customer import RELATION_LEVELS
from salesdesk.core.grades import (BadThresholds, DEFAULT_THRESHOLDS, GRADES, check_thresholds, grade_all,
                                   parse_thresholds)
from salesdesk.core.money import from_fen
from salesdesk.core.stages import Stage
from salesdesk.core.text import shown
from salesdesk.storage.models import Customer, LevelChange, Prospect, StageChange

from . import inputs
from .area import Area
from .desk import area
from .errors import InvalidInput, NotFound
from .views import Changes
from salesdesk.i18n import tr

THRESHOLDS_KEY = "grade_thresholds"
LOYAL_KEY = "loyal_deals"
MAX_REASON = 500
MAX_LESSONS = 20000
MAX_CHANGES = 10000

#: 承保标保 per customer: the premium booked on entering 成交 (changes undone left out),
#: of prospects in 成交 now. One grouped query, driven by the prospects in 成交.
_PREMIUM_SQL = """
SELECT p.customer_id, SUM(sc.premium_fen) FROM prospect p
JOIN stage_change sc ON sc.prospect_id = p.id
WHERE p.stage = 'won' AND sc.premium_fen > 0 AND sc.correction_of_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM stage_change u WHERE u.correction_of_id = sc.id)
GROUP BY p.customer_id
"""
#: The stages a customer's prospects entered, undone changes and the undos themselves left out.
_REACHED_SQL = """
SELECT sc.prospect_id, sc.to_stage FROM stage_change sc JOIN prospect p ON p.id = sc.prospect_id
WHERE p.customer_id = ? AND sc.correction_of_id IS NULL
  AND sc.to_stage IN ('appointment', 'p25', 'p50', 'p90', 'won')
  AND NOT EXISTS (SELECT 1 FROM stage_change u WHERE u.correction_of_id = sc.id)
"""


@dataclass(frozen=True)
class GradeRow:
    """One customer's 价值分级: stored (``current``), recomputed, and whether set by hand."""

    customer_id: int
    current: str
    computed: str
    manual: bool
    name: str
    premium: Decimal


@dataclass(frozen=True)
class GradeSummary:
    """What ``apply`` changes (or changed): ``changed`` grades written, ``kept_manual``
    hand-set grades left as they are although the computation differs."""

    changed: int
    kept_manual: int
    overwrite_manual: bool
    counts: tuple[tuple[str, int], ...]  # (grade, customers) A–E after applying
    before: tuple[tuple[str, int], ...] = ()  # (grade, customers) A–E as stored now


@dataclass(frozen=True)
class LevelChangeView:
    id: int
    customer_id: int
    customer_name: str
    at: dt.datetime
    from_level: str
    to_level: str
    manual: bool
    reason: str


@dataclass(frozen=True)
class DealSummary:
    prospect_id: int
    stage: Stage
    reason: str  # 成功原因 (成交) / 失败原因 (退出)
    lessons: str  # 经验总结
    lost_reason: str  # the reason given with 退出


@dataclass(frozen=True)
class DealReasons:
    """Reasons counted, most frequent first: (reason, prospects)."""

    won: tuple[tuple[str, int], ...]
    lost: tuple[tuple[str, int], ...]


@area
class Grades(Area):
    name = "grades"

    # -- settings ---------------------------------------------------------------------------
    def thresholds(self) -> tuple[int, int, int, int]:
        """The A, B, C, D percentiles (setting ``grade_thresholds``, default 90,80,70,60)."""
        try:
            return parse_thresholds(self.desk.setting(THRESHOLDS_KEY, ""))
        except BadThresholds:
            return DEFAULT_THRESHOLDS

    def loyal_deals(self) -> int:
        """Deals (prospects reaching 成交) that make a customer 忠诚客户 (setting ``loyal_deals``)."""
        value = self.desk.settings_int(LOYAL_KEY, levels.DEFAULT_LOYAL_DEALS)
        return value if 1 <= value <= 1000 else levels.DEFAULT_LOYAL_DEALS

    # -- 价值分级 -----------------------------------------------------------------------------
    def premiums(self) -> dict[int, Decimal]:
        """承保标保 per customer with premium (customers without are left out)."""
        return {cid: from_fen(fen) for cid, fen in self.db.execute_sql(_PREMIUM_SQL) if fen}

    def compute(self, thresholds=None) -> list[GradeRow]:
        """Every customer's grade as stored and as recomputed, by premium descending
        (``thresholds``: other A–D percentiles than the setting's, to preview them)."""
        thresholds = self.thresholds() if thresholds is None else _thresholds(thresholds)
        fen = {cid: total for cid, total in self.db.execute_sql(_PREMIUM_SQL) if total}
        computed = grade_all(fen, thresholds)
        rows = [
            GradeRow(cid, grade or "", computed.get(cid, "E"), bool(manual), shown(name), from_fen(fen.get(cid, 0)))
            for cid, name, grade, manual in self.db.execute_sql(
                "SELECT id, name, value_grade, value_grade_manual FROM customer")
        ]
        rows.sort(key=lambda r: (-r.premium, r.customer_id))
        return rows

    def preview(self, overwrite_manual: bool = False, thresholds=None) -> GradeSummary:
        """What ``apply(overwrite_manual)`` would change, for its confirmation (with
        ``thresholds``: what it would change once they are the setting)."""
        overwrite_manual = _flag(overwrite_manual, tr("是否覆盖手动设置的分级"))
        return _summary(self.compute(thresholds), overwrite_manual)

    def apply(self, overwrite_manual: bool = False) -> GradeSummary:
        """Write the computed grades; hand-set ones are kept unless ``overwrite_manual``
        (then they take the computed grade and count as computed from now on)."""
        overwrite_manual = _flag(overwrite_manual, tr("是否覆盖手动设置的分级"))
        with self._write():
            rows = self.compute()
            summary = _summary(rows, overwrite_manual)
            writes = [(r.computed, r.customer_id) for r in rows
                      if (overwrite_manual or not r.manual) and (r.computed != r.current or r.manual)]
            self.db.connection().executemany(
                "UPDATE customer SET value_grade = ?, value_grade_manual = 0 WHERE id = ?", writes)
        if writes:
            self._emit(Changes(customers=frozenset(cid for _g, cid in writes)))
        return summary

    def hand_set(self, customer_id: int) -> tuple[bool, bool]:
        """(价值分级 set by hand, 客户五级分类 set by hand) of a customer."""
        row = Customer.get_or_none(Customer.id == inputs.ident(customer_id, tr("客户", "field")))
        if row is None:
            raise NotFound(tr("找不到编号为 {customer_id} 的客户").format(customer_id=customer_id))
        return bool(row.value_grade_manual), bool(row.relation_level_manual)

    # -- 客户五级分类 ---------------------------------------------------------------------------
    def level_counts(self) -> list[tuple[str, int]]:
        """Customers per level, 潜在客户 to 忠诚客户 (any other stored level after them)."""
        counts = dict(self.db.execute_sql("SELECT relation_level, COUNT(*) FROM customer GROUP BY relation_level"))
        out = [(level, counts.pop(level, 0)) for level in RELATION_LEVELS]
        out += sorted((shown(level) or tr("（未设置）"), n) for level, n in counts.items())
        return out

    def level_changes(self, since: dt.date | dt.datetime | None = None, customer_id: int | None = None,
                      limit: int = 500) -> list[LevelChangeView]:
        """Who moved between levels, and when, newest first (``since``: on or after)."""
        since = inputs.moment(since, tr("起始时间", "field"))
        limit = inputs.number(limit, tr("显示条数", "field"), 1, MAX_CHANGES)
        query = (LevelChange.select(LevelChange, Customer.id, Customer.name).join(Customer)
                 .order_by(LevelChange.at.desc(), LevelChange.id.desc()).limit(limit))
        if since is not None:
            query = query.where(LevelChange.at >= since)
        if customer_id is not None:
            query = query.where(LevelChange.customer == inputs.ident(customer_id, tr("客户", "field")))
        return [LevelChangeView(c.id, c.customer_id, shown(c.customer.name), c.at, c.from_level, c.to_level,
                                bool(c.manual), shown(c.reason)) for c in query]

    def _earned(self, customer_id: int) -> str:
        reached = [(pid, Stage(stage)) for pid, stage in self.db.execute_sql(_REACHED_SQL, (customer_id,))]
        return levels.earned_level(reached, self.loyal_deals())

    def _after_move(self, customer_id: int, change: StageChange, target: Stage) -> None:
        """Inside the move's transaction: raise the customer's level if the move earns it."""
        if target not in levels.STAGE_LEVELS:
            return
        row = Customer.get_or_none(Customer.id == customer_id)
        if row is None or row.relation_level_manual:
            return
        new = levels.raised(row.relation_level, self._earned(customer_id))
        if new is None:
            return
        deals = self.db.execute_sql(
            "SELECT COUNT(DISTINCT sc.prospect_id) FROM stage_change sc JOIN prospect p ON p.id = sc.prospect_id "
            "WHERE p.customer_id = ? AND sc.to_stage = 'won' AND sc.correction_of_id IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM stage_change u WHERE u.correction_of_id = sc.id)",
            (customer_id,)).fetchone()[0] if target == Stage.WON else 0
        old = row.relation_level
        Customer.update(relation_level=new).where(Customer.id == customer_id).execute()
        LevelChange.create(customer=customer_id, at=change.at, from_level=old, to_level=new, manual=False,
                           reason=levels.reason_for(target, deals))

    def _after_undo(self, customer_id: int, undone: StageChange, correction: StageChange) -> None:
        """Inside the undo's transaction: if the undone move raised the level (the customer's
        last level change recorded is the prospects' own, made at that move's moment, to the level
        they have now), put it back down to what the rest of the history still earns, never
        below where it was before that move."""
        row = Customer.get_or_none(Customer.id == customer_id)
        if row is None or row.relation_level_manual:
            return
        # The last one recorded (a move may be entered with an earlier date than a later one's).
        last = (LevelChange.select().where(LevelChange.customer == customer_id)
                .order_by(LevelChange.id.desc()).first())
        if last is None or last.manual or last.at != undone.at or last.to_level != row.relation_level:
            return
        earned = self._earned(customer_id)
        back = earned if levels.rank(earned) > levels.rank(last.from_level) else last.from_level
        if levels.rank(back) >= levels.rank(row.relation_level):
            return
        current = row.relation_level
        Customer.update(relation_level=back).where(Customer.id == customer_id).execute()
        LevelChange.create(customer=customer_id, at=correction.at, from_level=current, to_level=back, manual=False,
                           reason=shown(correction.reason)[:200])  # 撤销：…

    # -- 交易总结 -----------------------------------------------------------------------------
    def deal_summary(self, prospect_id: int) -> DealSummary:
        row = self._prospect(inputs.ident(prospect_id, tr("潜在客户", "field")))
        return DealSummary(row.id, Stage(row.stage), shown(row.outcome_reason), shown(row.lessons, True),
                           shown(row.lost_reason))

    def set_deal_summary(self, prospect_id: int, reason: str = "", lessons: str = "") -> Changes:
        """成功原因 / 失败原因 and 经验总结 of a prospect that ended 成交 or 退出."""
        prospect_id = inputs.ident(prospect_id, tr("潜在客户", "field"))
        reason = inputs.line(reason, tr("原因", "field"), MAX_REASON)
        lessons = inputs.text(lessons, tr("经验总结", "field"), MAX_LESSONS)
        with self._write():
            row = self._prospect(prospect_id)
            if row.stage not in (Stage.WON.value, Stage.LOST.value):
                raise InvalidInput(tr("只有成交或退出的潜在客户才能填写交易总结"))
            row.outcome_reason, row.lessons = reason, lessons
            row.save(only=[Prospect.outcome_reason, Prospect.lessons])
        changes = Changes(customers=frozenset({row.customer_id}), prospects=frozenset({row.id}))
        self._emit(changes)
        return changes

    def deal_reasons(self, start: dt.date | None = None, end: dt.date | None = None) -> DealReasons:
        """成功原因 of deals won and 失败原因 of prospects lost (the 退出 reason when no
        失败原因 was written), counted, for prospects that ended FROM…TO inclusive."""
        start, end = inputs.day(start, tr("起始日期", "field")), inputs.day(end, tr("结束日期", "field"))
        if start and end and end < start:
            raise InvalidInput(tr("结束日期不能早于起始日期"))
        where, args = ["stage IN ('won', 'lost')"], []
        if start:
            where.append("stage_since >= ?")
            args.append(dt.datetime.combine(start, dt.time()))
        if end:
            where.append("stage_since < ?")
            args.append(dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))
        sql = (f"SELECT stage, CASE WHEN outcome_reason != '' OR stage = 'won' THEN outcome_reason "
               f"ELSE lost_reason END AS why, COUNT(*) FROM prospect WHERE {' AND '.join(where)} "
               f"GROUP BY stage, why")
        won: dict[str, int] = {}
        lost: dict[str, int] = {}
        for stage, why, count in self.db.execute_sql(sql, args):
            why = shown(why or "").strip()
            if why:
                bucket = won if stage == Stage.WON.value else lost
                bucket[why] = bucket.get(why, 0) + count
        return DealReasons(_ranked(won), _ranked(lost))

    def _prospect(self, prospect_id: int) -> Prospect:
        row = Prospect.get_or_none(Prospect.id == prospect_id)
        if row is None:
            raise NotFound(tr("找不到编号为 {prospect_id} 的潜在客户").format(prospect_id=prospect_id))
        return row


def _thresholds(value) -> tuple[int, int, int, int]:
    try:
        if isinstance(value, str):
            return parse_thresholds(inputs.query(value, 40))
        if isinstance(value, (list, tuple)):
            return check_thresholds(value)
    except BadThresholds as exc:
        raise InvalidInput(str(exc)) from None
    raise InvalidInput(tr("分级界限应为 4 个百分位数，如 90,80,70,60"))


def _flag(value, label: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(tr("{label}应为 是 或 否").format(label=label))
    return value


def _summary(rows: list[GradeRow], overwrite_manual: bool) -> GradeSummary:
    changed = kept = 0
    counts = dict.fromkeys(GRADES, 0)
    before = dict.fromkeys(GRADES, 0)
    for r in rows:
        if r.current in before:
            before[r.current] += 1
        differs = r.computed != r.current
        if r.manual and not overwrite_manual:
            kept += differs
            final = r.current
        else:
            changed += differs
            final = r.computed
        if final in counts:
            counts[final] += 1
    return GradeSummary(changed, kept, overwrite_manual, tuple(counts.items()), tuple(before.items()))


def _ranked(counts: dict[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])))
