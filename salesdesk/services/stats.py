"""统计: the funnel, the ratio game, the forecast and the goal planner (SPEC §1.3, §5).

Every figure is a SQL aggregate over the history read through the time indexes (a GROUP
BY, never every row in Python); core/stats.py decides what the sums mean. A stage
change counts as entering its stage unless it is an undo, was undone, or is an edit in
place; a lost prospect keeps what it reached before it was lost.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from salesdesk.core import stats as core
from salesdesk.core.money import from_fen
from salesdesk.core.stages import Stage
from salesdesk.core.text import shown

from . import inputs
from .area import Area
from .desk import area
from .errors import InvalidInput
from salesdesk.i18n import tr

#: A stage change that entered its stage: not an undo, not undone, not an edit in place.
_ENTRIES = """
    SELECT sc.prospect_id AS pid, sc.to_stage AS st, sc.at AS at, sc.first_meeting AS fm FROM stage_change sc
    WHERE sc.at >= :s AND sc.at < :e AND +sc.correction_of_id IS NULL  -- through the time index
      AND sc.from_stage IS NOT sc.to_stage AND sc.to_stage != 'lost'
      AND NOT EXISTS (SELECT 1 FROM stage_change u WHERE u.correction_of_id = sc.id)
"""
_RANK = "CASE st WHEN 'p25' THEN 2 WHEN 'p50' THEN 3 WHEN 'p90' THEN 4 WHEN 'won' THEN 5 ELSE -1 END"

#: Per prospect: the highest stage from 25% on it entered, and whether it entered the first two.
_FUNNEL_SQL = f"""
WITH per AS (
    SELECT pid, MAX({_RANK}) AS top, MAX(st = 'opportunity') AS opp, MAX(st = 'appointment') AS appt
    FROM ({_ENTRIES}) GROUP BY pid
)
SELECT COALESCE(SUM(opp), 0), COALESCE(SUM(appt), 0), COALESCE(SUM(top >= 2), 0), COALESCE(SUM(top >= 3), 0),
       COALESCE(SUM(top >= 4), 0), COALESCE(SUM(top >= 5), 0),
       COALESCE(SUM(CASE WHEN top >= 3 THEN p.budget_fen END), 0),
       COALESCE(SUM(CASE WHEN top >= 4 THEN p.paid_fen END), 0),
       COALESCE(SUM(CASE WHEN top >= 5 THEN p.premium_fen END), 0)
FROM per JOIN prospect p ON p.id = per.pid
"""

#: Answered from the (at, kind) covering index (v7) alone, whatever the period's length.
_ACTIVITY_SQL = "SELECT kind, COUNT(*) FROM activity WHERE at >= :s AND at < :e GROUP BY kind"
_NEW_SQL = "SELECT COUNT(*) FROM prospect WHERE created_at >= :s AND created_at < :e"

#: The Monday of a timestamp's week, in SQLite.
_MONDAY = "date({col}, '-6 days', 'weekday 1')"
#: By day (a cheap substr, not date() on every row); the days are folded into weeks in Python.
_DAY_ACTIVITY_SQL = ("SELECT substr(at, 1, 10) AS d, kind, COUNT(*) FROM activity"
                     " WHERE at >= :s AND at < :e GROUP BY d, kind")
_WEEK_NEW_SQL = (f"SELECT {_MONDAY.format(col='created_at')} AS wk, COUNT(*) FROM prospect"
                 " WHERE created_at >= :s AND created_at < :e GROUP BY wk")
_WEEK_REACHED_SQL = f"""
SELECT wk, SUM(top >= 2), SUM(top >= 5) FROM (
    SELECT {_MONDAY.format(col='at')} AS wk, pid, MAX({_RANK}) AS top FROM ({_ENTRIES}) GROUP BY wk, pid
) GROUP BY wk
"""

_CYCLE_SQL = f"""
SELECT CAST(julianday(date(at)) - julianday(fm) AS INTEGER) AS days, COUNT(*) FROM ({_ENTRIES})
WHERE st = 'won' AND fm IS NOT NULL GROUP BY days
"""

_PARETO_SQL = """
SELECT SUM(premium_fen) AS total FROM prospect
WHERE stage = 'won' AND premium_fen > 0 AND stage_since >= :s AND stage_since < :e
GROUP BY customer_id ORDER BY total DESC
"""

_LOST_SQL = """
SELECT lost_reason, COUNT(*) AS n FROM prospect WHERE stage = 'lost' AND stage_since >= :s AND stage_since < :e
GROUP BY lost_reason ORDER BY n DESC, lost_reason
"""

#: Open prospects at 25/50/90% by expected signing month. Parameters: cycle, this month.
_FORECAST_MONTH = ("COALESCE(substr(signing_date, 1, 7), substr(date(first_meeting, '+' || :cycle || ' days'), 1, 7),"
                   " :month)")
_FORECAST_AMOUNT = ("CASE WHEN stage = 'p90' THEN COALESCE(NULLIF(paid_fen, 0), budget_fen, 0)"
                    " ELSE COALESCE(budget_fen, 0) END")
_FORECAST_SQL = f"""
SELECT {_FORECAST_MONTH} AS month, stage, SUM({_FORECAST_AMOUNT}), COUNT(*) FROM prospect
WHERE stage IN ('p25', 'p50', 'p90') GROUP BY month, stage
"""
_FORECAST_ITEMS_SQL = f"""
SELECT p.id, p.customer_id, c.name, p.plan, p.stage, {_FORECAST_AMOUNT}, p.signing_date, p.first_meeting
FROM prospect p JOIN customer c ON c.id = p.customer_id
WHERE p.stage IN ('p25', 'p50', 'p90') AND {_FORECAST_MONTH} = :want
ORDER BY p.signing_date IS NULL, p.signing_date, p.id
"""
#: 承保标保 booked by month (money recorded on entering 成交, undone moves left out).
_WON_BY_MONTH_SQL = """
SELECT substr(sc.at, 1, 7) AS month, SUM(sc.premium_fen) FROM stage_change sc
WHERE sc.to_stage = 'won' AND sc.at >= :s AND sc.at < :e AND sc.correction_of_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM stage_change u WHERE u.correction_of_id = sc.id)
GROUP BY month
"""
_PREMIUM_PER_DEAL_SQL = f"""
SELECT COUNT(*), COALESCE(SUM(p.premium_fen), 0) FROM prospect p
WHERE p.premium_fen > 0 AND p.id IN (SELECT pid FROM ({_ENTRIES}) WHERE st = 'won')
"""

MAX_CUSTOM_DAYS = 3 * 366 + 1


@dataclass(frozen=True)
class ForecastItem:
    """An open prospect behind a forecast month."""

    prospect_id: int
    customer_id: int
    customer_name: str
    plan: str
    stage: Stage
    amount: Decimal
    weighted: Decimal
    signing_date: dt.date | None
    expected_by_cycle: bool  # the month is first meeting + cycle (no signing date)


@dataclass(frozen=True)
class StatsReport:
    """What the 统计 page shows for a period: the ratios against the previous period, the
    sentence of advice, and the funnel."""

    ratios: core.Ratios
    previous: core.Ratios
    advice: str
    funnel: core.Funnel

    def trend(self, key: str) -> core.Trend:
        return core.trend(self.ratios.counts.get(key, 0), self.previous.counts.get(key, 0))


def _day(value) -> dt.date | None:
    if value is None or value == "":
        return None
    return dt.date.fromisoformat(str(value)[:10])


def _money(fen) -> Decimal:
    return from_fen(int(fen or 0))


@area
class Stats(Area):
    name = "stats"

    # -- periods -------------------------------------------------------------------------
    def period(self, kind: str = "week", day: dt.date | None = None, end: dt.date | None = None) -> core.Period:
        """The period of ``kind`` (day, week, month, quarter, year, custom) containing ``day``
        (default today); custom runs ``day`` … ``end``."""
        if isinstance(kind, core.PeriodKind):
            kind = kind.value
        text = inputs.query(kind, 20)
        if text not in {k.value for k in core.PeriodKind}:
            raise InvalidInput(tr("时段“{text}”不正确，可用：day、week、month、quarter、year、custom").format(text=text))
        day = inputs.day(day, tr("日期", "field")) or self.today()
        end = inputs.day(end, tr("结束日期", "field"))
        if text == core.PeriodKind.CUSTOM.value:
            if end is None:
                raise InvalidInput(tr("自定义时段需要结束日期"))
            if end < day:
                raise InvalidInput(tr("结束日期 {isoformat} 早于开始日期 {isoformat2}").format(
                    isoformat=end.isoformat(), isoformat2=day.isoformat()))
            if (end - day).days >= MAX_CUSTOM_DAYS:
                raise InvalidInput(tr("自定义时段最长三年"))
        try:
            return core.period_of(text, day, end)
        except ValueError as exc:  # the year 2099's December has no successor: never reached here
            raise InvalidInput(str(exc)) from None

    def _range(self, start, end) -> core.Period:
        """FROM…TO for the charts (default: the year up to today)."""
        end = inputs.day(end, tr("结束日期", "field")) or self.today()
        start = inputs.day(start, tr("开始日期", "field")) or max(dt.date(2000, 1, 1), end - dt.timedelta(days=364))
        return self.period("custom", start, end)

    @staticmethod
    def _args(period: core.Period) -> dict:
        return {"s": str(period.start_at), "e": str(period.end_at)}

    # -- numbers -------------------------------------------------------------------------
    def funnel(self, start: dt.date | None = None, end: dt.date | None = None) -> core.Funnel:
        """The stage funnel over FROM…TO (default the last year): reached, money, conversion."""
        return self._funnel(self._range(start, end))

    def _funnel(self, period: core.Period) -> core.Funnel:
        row = self.db.execute_sql(_FUNNEL_SQL, self._args(period)).fetchone()
        reached = dict(zip(core.FUNNEL_STAGES, (int(v) for v in row[:6])))
        money = {Stage.P50: _money(row[6]), Stage.P90: _money(row[7]), Stage.WON: _money(row[8])}
        return core.build_funnel(period, reached, money)

    def ratios(self, period: str = "week", day: dt.date | None = None, end: dt.date | None = None) -> core.Ratios:
        """Activity counts, new contacts, prospects and deals of a period (SPEC §5)."""
        return self._ratios(self.period(period, day, end))

    def _ratios(self, period: core.Period) -> core.Ratios:
        args = self._args(period)
        counts = {k: 0 for k in core.COUNT_KEYS}
        sql = _ACTIVITY_SQL
        for kind, n in self.db.execute_sql(sql, args):
            if kind in counts:
                counts[kind] = int(n)
        counts["new_contacts"] = int(self.db.execute_sql(_NEW_SQL, args).fetchone()[0])
        funnel = self._funnel(period)
        counts["prospects"] = funnel.reached(Stage.P25)
        counts["deals"] = funnel.reached(Stage.WON)
        return core.Ratios(period, counts)

    def report(self, period: str = "week", day: dt.date | None = None, end: dt.date | None = None) -> StatsReport:
        """The period's ratios beside the previous period's, the advice and the funnel."""
        chosen = self.period(period, day, end)
        ratios = self._ratios(chosen)
        return StatsReport(ratios, self._ratios(chosen.previous()), core.advice(ratios), self._funnel(chosen))

    def weekly_trend(self, start: dt.date | None = None, end: dt.date | None = None) -> list[core.WeekFigures]:
        """Monday-to-Sunday weeks over FROM…TO (default the last year), oldest first."""
        period = self._range(start, end)
        first = core.week_start(period.start)
        args = {"s": str(dt.datetime.combine(first, dt.time())), "e": str(period.end_at)}
        weeks: dict[str, dict[str, int]] = {}
        day = first
        while day <= period.end:
            weeks[day.isoformat()] = {k: 0 for k in core.COUNT_KEYS}
            day += dt.timedelta(days=7)
        sql = _DAY_ACTIVITY_SQL
        for day_text, kind, n in self.db.execute_sql(sql, args):
            wk = core.week_start(dt.date.fromisoformat(day_text)).isoformat()
            if wk in weeks and kind in weeks[wk]:
                weeks[wk][kind] += int(n)
        for wk, n in self.db.execute_sql(_WEEK_NEW_SQL, args):
            if wk in weeks:
                weeks[wk]["new_contacts"] = int(n)
        for wk, prospects, deals in self.db.execute_sql(_WEEK_REACHED_SQL, args):
            if wk in weeks:
                weeks[wk]["prospects"], weeks[wk]["deals"] = int(prospects or 0), int(deals or 0)
        out = []
        for wk, counts in weeks.items():
            monday = dt.date.fromisoformat(wk)
            days = core.working_days(monday, min(monday + dt.timedelta(days=6), period.end))
            out.append(core.WeekFigures(monday, counts, days))
        return out

    def cycle_distribution(self, start: dt.date | None = None, end: dt.date | None = None) -> core.CycleDistribution:
        """Days first meeting → 成交 of the deals closed over FROM…TO, and the cycle now."""
        period = self._range(start, end)
        days = {int(d): int(n) for d, n in self.db.execute_sql(_CYCLE_SQL, self._args(period)) if d is not None}
        return core.CycleDistribution(days, self.desk.sales_cycle().days)

    def pareto(self, start: dt.date | None = None, end: dt.date | None = None) -> core.Pareto:
        """Customers by the premium of their deals closed over FROM…TO, largest first."""
        period = self._range(start, end)
        return core.Pareto(tuple(_money(v) for (v,) in self.db.execute_sql(_PARETO_SQL, self._args(period))))

    def levels(self) -> core.Levels:
        """客户五级分类 and 价值分级 counts of every customer."""
        relation = dict(self.db.execute_sql("SELECT relation_level, COUNT(*) FROM customer GROUP BY 1").fetchall())
        value = dict(self.db.execute_sql("SELECT value_grade, COUNT(*) FROM customer GROUP BY 1").fetchall())
        return core.Levels({shown(k or ""): int(n) for k, n in relation.items()},
                           {shown(k or ""): int(n) for k, n in value.items()})

    def lost_counts(self, start: dt.date | None = None, end: dt.date | None = None) -> list[tuple[str, int]]:
        """退出 reasons over FROM…TO, most frequent first."""
        period = self._range(start, end)
        out: dict[str, int] = {}
        for reason, n in self.db.execute_sql(_LOST_SQL, self._args(period)):
            key = shown(reason or "").strip() or core.NO_REASON
            out[key] = out.get(key, 0) + int(n)
        return sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))

    # -- forecast ------------------------------------------------------------------------
    def forecast(self, day: dt.date | None = None) -> core.Forecast:
        """Open prospects at 25/50/90% weighted by their stage, by expected signing month,
        beside the unweighted sums and the 承保标保 already won in each month."""
        today = inputs.day(day, tr("日期", "field")) or self.today()
        cycle = self.desk.sales_cycle().days
        sums: dict[str, list] = {}
        args = {"cycle": cycle, "month": f"{today:%Y-%m}"}
        for month, stage, fen, n in self.db.execute_sql(_FORECAST_SQL, args):
            amount = _money(fen)
            entry = sums.setdefault(month, [core.ZERO, core.ZERO, 0])
            entry[0] += amount * core.WEIGHTS[Stage(stage)]
            entry[1] += amount
            entry[2] += int(n)
        months = sorted(set(sums) | {args["month"]})
        first = dt.date.fromisoformat(months[0] + "-01")
        last = dt.date.fromisoformat(months[-1] + "-01")
        won_args = {"s": str(dt.datetime.combine(first, dt.time())),
                    "e": str(dt.datetime.combine(core.period_of("month", last).end + dt.timedelta(days=1), dt.time()))}
        won = {m: _money(fen) for m, fen in self.db.execute_sql(_WON_BY_MONTH_SQL, won_args)}
        return core.build_forecast(today, cycle, {m: tuple(v) for m, v in sums.items()}, won)

    def forecast_prospects(self, month: str, day: dt.date | None = None) -> list[ForecastItem]:
        """The open prospects behind a forecast month (``YYYY-MM``)."""
        text = inputs.query(month, 20)
        try:
            first = dt.datetime.strptime(text, "%Y-%m").date()
        except ValueError:
            raise InvalidInput(tr("月份“{text}”格式不正确，应为 YYYY-MM").format(text=text)) from None
        inputs.day(first, tr("月份", "field"))
        today = inputs.day(day, tr("日期", "field")) or self.today()
        cycle = self.desk.sales_cycle().days
        args = {"cycle": cycle, "month": f"{today:%Y-%m}", "want": f"{first:%Y-%m}"}
        out = []
        for pid, cid, name, plan, stage, fen, signing, _first_meeting in self.db.execute_sql(_FORECAST_ITEMS_SQL, args):
            amount = _money(fen)
            stage = Stage(stage)
            out.append(ForecastItem(int(pid), int(cid), shown(name), shown(plan), stage, amount,
                                    (amount * core.WEIGHTS[stage]).quantize(Decimal("0.01")), _day(signing),
                                    signing is None))
        return out

    # -- the goal planner ----------------------------------------------------------------
    def plan(self, deals: int | None = None, premium=None, day: dt.date | None = None) -> core.Plan:
        """From the annual goal (``deals`` or ``premium``, else the settings) to deals,
        meetings and dials a week and dials a day, with this week's and today's progress."""
        if deals is not None and premium is not None:
            raise InvalidInput(tr("目标只能给成交件数或保费其中之一"))
        if deals is not None:
            deals = inputs.number(deals, tr("年度成交件数目标", "field"), 1, 100000)
        goal_premium = None
        if premium is not None:
            goal_premium = _goal_money(premium)
        today = inputs.day(day, tr("日期", "field")) or self.today()
        year = self.period("custom", max(dt.date(2000, 1, 1), today - dt.timedelta(days=364)), today)
        history = self._ratios(year).counts
        won_n, won_fen = self.db.execute_sql(_PREMIUM_PER_DEAL_SQL, self._args(year)).fetchone()
        per_deal = (_money(won_fen) / int(won_n)).quantize(Decimal("0.01")) if won_n else None
        if deals is None and goal_premium is None:
            deals = self.desk.settings_int("goal_deals_year", 0)
            if not deals:
                goal_premium = _goal_money(self.desk.setting("goal_premium_year", "0") or "0", setting=True)
                if not goal_premium:
                    raise InvalidInput(tr("还没有设定年度目标：请在设置里填写年度成交件数目标或年度保费目标"))
        if deals is None:
            if per_deal is None:
                raise InvalidInput(tr("最近一年还没有带保费的成交，算不出每件平均保费：请改用成交件数目标"))
            deals = max(1, core.deals_for_premium(goal_premium, per_deal))
        ratios = core.plan_ratios(history)
        week = core.period_of("week", today)
        week_counts = self._ratios(week).counts
        today_counts = self._ratios(core.period_of("day", today)).counts
        done = {"deals": week_counts["deals"], "meet": week_counts["meet"], "book": week_counts["book"],
                "dial": week_counts["dial"]}
        return core.build_plan(deals, ratios, week, today, done, today_counts["dial"], goal_premium=goal_premium,
                               premium_per_deal=per_deal)


def _goal_money(value, setting: bool = False) -> Decimal:
    from salesdesk.core.money import BadAmount, parse_money

    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)) or (
            abs(value) > 10**40 if isinstance(value, int) else len(str(value)) > 40):  # str(10**5000) raises
        raise InvalidInput(tr("年度保费目标不是有效金额"))
    try:
        amount = parse_money(value)
    except BadAmount as exc:
        raise InvalidInput(tr("年度保费目标：{query}").format(query=inputs.query(str(exc), 60))) from None
    if amount <= 0 and not setting:
        raise InvalidInput(tr("年度保费目标应大于 0"))
    return amount
