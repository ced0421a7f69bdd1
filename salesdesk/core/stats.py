"""The numbers of the method (SPEC §1.3, §5): periods, the funnel, the ratio game, the
weighted forecast and the goal planner — pure functions over plain records.

The services (services/stats.py) aggregate the history in SQL and hand the sums in;
everything the method says about them (the skip rule, the ratios as ``A:B:C``, the
reference 20:5:1 / 15-7-1 / 8 meetings a week at 8:1, the advice) is decided here.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from typing import Iterable, Mapping, Sequence

from salesdesk.i18n import N_, language, tr

from .stages import BOARD_STAGES, Stage

ZERO = Decimal("0.00")


# -- periods -------------------------------------------------------------------------------
class PeriodKind(str, Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        return {"day": tr("日", "时段"), "week": tr("周", "时段"), "month": tr("月", "时段"), "quarter": tr("季度"),
                "year": tr("年", "时段"), "custom": tr("自定义", "时段")}[self.value]


@dataclass(frozen=True)
class Period:
    """FROM…TO inclusive. A week runs Monday to Sunday (the ratio game counts working weeks)."""

    kind: PeriodKind
    start: dt.date
    end: dt.date

    @property
    def start_at(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time())

    @property
    def end_at(self) -> dt.datetime:
        """Exclusive: midnight after the last day."""
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time())

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def working_days(self) -> int:
        """Monday to Friday inside the period."""
        return working_days(self.start, self.end)

    def previous(self) -> "Period":
        """The period just before, of the same kind (a custom one: as many days)."""
        before = self.start - dt.timedelta(days=1)
        if self.kind == PeriodKind.CUSTOM:
            return Period(self.kind, self.start - dt.timedelta(days=self.days), before)
        return period_of(self.kind, before)

    @property
    def label(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return tr("{start} 至 {end}").format(start=self.start.isoformat(), end=self.end.isoformat())


def working_days(first: dt.date, last: dt.date) -> int:
    if last < first:
        return 0
    days = (last - first).days + 1
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    weekday = first.weekday()
    for i in range(rest):
        if (weekday + i) % 7 < 5:
            count += 1
    return count


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def period_of(kind: PeriodKind | str, day: dt.date, end: dt.date | None = None) -> Period:
    """The period of ``kind`` containing ``day`` (custom: ``day`` … ``end``)."""
    kind = PeriodKind(kind)
    if kind == PeriodKind.DAY:
        return Period(kind, day, day)
    if kind == PeriodKind.WEEK:
        first = week_start(day)
        return Period(kind, first, first + dt.timedelta(days=6))
    if kind == PeriodKind.MONTH:
        return Period(kind, day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]))
    if kind == PeriodKind.QUARTER:
        first_month = 3 * ((day.month - 1) // 3) + 1
        last = dt.date(day.year, first_month + 2, calendar.monthrange(day.year, first_month + 2)[1])
        return Period(kind, dt.date(day.year, first_month, 1), last)
    if kind == PeriodKind.YEAR:
        return Period(kind, dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
    if end is None or end < day:
        raise ValueError(tr("自定义时段的结束日期应不早于开始日期"))
    return Period(kind, day, end)


# -- the funnel ----------------------------------------------------------------------------
#: The stages of the funnel, in order (退出 is no stage of it).
FUNNEL_STAGES: tuple[Stage, ...] = BOARD_STAGES
#: From this stage on, a prospect entering a later stage directly has reached the ones it
#: skipped (SPEC §5: 25% → 90% reached 50%); before it, only what it entered counts.
SKIP_FROM = Stage.P25
#: The money each stage carries (SPEC §5).
MONEY_LABELS = {Stage.P50: N_("预算"), Stage.P90: N_("预收保费"), Stage.WON: N_("承保标保")}


def reached_stages(entered: Iterable[Stage]) -> frozenset[Stage]:
    """The funnel stages a prospect reached, given the stages it entered in the period."""
    entered = {s for s in entered if s in FUNNEL_STAGES}
    out = set(entered)
    top = max((s.rank for s in entered), default=-1)
    for stage in FUNNEL_STAGES:
        if SKIP_FROM.rank <= stage.rank <= top:
            out.add(stage)
    return frozenset(out)


@dataclass(frozen=True)
class FunnelStage:
    stage: Stage
    reached: int
    money: Decimal | None  # None: the stage carries no money


@dataclass(frozen=True)
class Conversion:
    from_stage: Stage
    to_stage: Stage
    #: reached(k+1) / reached(k), at most 1: a period's edge can hold prospects that reached
    #: the later stage inside it but the earlier one before it. None: nobody reached stage k.
    rate: float | None


@dataclass(frozen=True)
class Funnel:
    period: Period
    stages: tuple[FunnelStage, ...]
    conversion: tuple[Conversion, ...]

    def reached(self, stage: Stage) -> int:
        return next(s.reached for s in self.stages if s.stage == stage)

    def as_json(self) -> dict:
        return {
            "stages": [{"stage": s.stage.value, "reached": s.reached, "money": money_text(s.money)}
                       for s in self.stages],
            "conversion": [{"from": c.from_stage.value, "to": c.to_stage.value,
                            "rate": 0.0 if c.rate is None else round(c.rate, 4)} for c in self.conversion],
        }


def build_funnel(period: Period, reached: Mapping[Stage, int], money: Mapping[Stage, Decimal]) -> Funnel:
    stages = tuple(FunnelStage(s, int(reached.get(s, 0)), money.get(s, ZERO) if s in MONEY_LABELS else None)
                   for s in FUNNEL_STAGES)
    conversion = tuple(
        Conversion(a.stage, b.stage, min(1.0, b.reached / a.reached) if a.reached else None)
        for a, b in zip(stages, stages[1:]))
    return Funnel(period, stages, conversion)


def money_text(value: Decimal | None) -> str:
    return f"{(value or ZERO):.2f}"


# -- the ratio game ------------------------------------------------------------------------
ACTIVITY_KEYS = ("dial", "reach", "book", "meet", "close")
COUNT_KEYS = ACTIVITY_KEYS + ("new_contacts", "prospects", "deals")
#: Shown through ``tr`` (``count_label``).
COUNT_LABELS = {"dial": N_("拨打"), "reach": N_("接通"), "book": N_("约见"), "meet": N_("面谈"), "close": N_("成交（活动）"),
                "new_contacts": N_("新名单"), "prospects": N_("潜在客户（达25%）"), "deals": N_("成交件数")}


def count_label(key: str) -> str:
    """A ratio-game count's name in the user's language (``"dial"`` -> ``Dials``). 面谈 here
    counts meetings (``Meetings``), not the contact method (``Meeting``)."""
    if key == "meet":
        return tr("面谈", "次数")
    return tr(COUNT_LABELS[key])


@dataclass(frozen=True)
class Reference:
    """The method's reference ratios (SPEC §1.3)."""

    new_contacts: int = 20
    prospects: int = 5
    deals: int = 1
    dial: int = 15
    reach: int = 7
    book: int = 1
    meetings_week: int = 8
    new_meetings_week: int = 5  # of the 8: 5 new + 3 carried over
    meetings_per_deal: int = 8
    weeks_year: int = 50

    def as_json(self) -> dict:
        return {"new_contacts": self.new_contacts, "prospects": self.prospects, "deals": self.deals,
                "dial": self.dial, "reach": self.reach, "book": self.book,
                "meetings_week": self.meetings_week, "meetings_per_deal": self.meetings_per_deal,
                "contacts_ratio": f"{self.new_contacts}:{self.prospects}:{self.deals}",
                "daily": f"{self.dial}-{self.reach}-{self.book}",
                "close_ratio": f"{self.meetings_per_deal}:1"}


REFERENCE = Reference()


def _short(value: float) -> str:
    text = f"{Decimal(str(value)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}"
    return text[:-2] if text.endswith(".0") else text


def ratio_text(values: Sequence[float], sep: str = ":") -> str:
    """``A:B:C`` scaled so the last term is 1 (``24:6:1``); unscaled when the last is 0."""
    last = values[-1]
    if not last:
        return sep.join(_short(v) for v in values)
    return sep.join(_short(v / last) for v in values[:-1]) + f"{sep}1"


@dataclass(frozen=True)
class Ratios:
    period: Period
    counts: Mapping[str, int]
    reference: Reference = REFERENCE

    def per_day(self, key: str) -> float:
        return self.counts.get(key, 0) / max(1, self.period.working_days)

    @property
    def contacts_ratio(self) -> str:
        """new contacts : prospects : deals (reference 20:5:1)."""
        return ratio_text([self.counts[k] for k in ("new_contacts", "prospects", "deals")])

    @property
    def daily_ratio(self) -> str:
        """dial – reach – book a working day (reference 15-7-1), per day as counted."""
        return "-".join(_short(self.per_day(k)) for k in ("dial", "reach", "book"))

    @property
    def close_ratio(self) -> str:
        """meetings : deals (reference 8:1)."""
        return ratio_text([self.counts["meet"], self.counts["deals"]])

    @property
    def meetings_per_week(self) -> float:
        return self.counts["meet"] * 7 / max(1, self.period.days)

    def as_json(self) -> dict:
        return {
            "period": self.period.kind.value,
            "start": self.period.start.isoformat(),
            "end": self.period.end.isoformat(),
            "counts": {k: int(self.counts.get(k, 0)) for k in COUNT_KEYS},
            "per_day": {k: round(self.per_day(k), 2) for k in ("dial", "reach", "book")},
            "reference": self.reference.as_json(),
        }


class Trend(str, Enum):
    UP = "up"
    DOWN = "down"
    SAME = "same"

    @property
    def arrow(self) -> str:
        return {"up": "↑", "down": "↓", "same": "→"}[self.value]


def trend(now: float, before: float) -> Trend:
    if now > before:
        return Trend.UP
    if now < before:
        return Trend.DOWN
    return Trend.SAME


# -- what the method says to do ------------------------------------------------------------
@dataclass(frozen=True)
class Gap:
    key: str
    label: str
    actual: float
    reference: float

    @property
    def share(self) -> float:
        """The agent's figure as a share of the reference (1.0 = on target)."""
        return self.actual / self.reference if self.reference else 1.0


#: 改善绩效的方法: what to do when a ratio falls short (key -> advice).
ADVICE = {
    "dial": N_("把每天的拨打数加倍，先做到每天 15 通：量是一切比例的起点"),
    "reach": N_("接通率偏低：换个时段拨打（午饭前、傍晚），先用短信或微信打招呼，名单要先筛选"),
    "book": N_("接通后约不到见面：练习电话约访话术，电话里只约见面、不谈产品，给出两个时间让客户选"),
    "meet": N_("面谈太少：每周安排 8 次面谈（5 个新约见 + 3 个跟进），把约见排进日程"),
    "prospects": N_("新名单转成潜在客户太少：提高名单质量，多要转介绍，初次面谈要问出需要"),
    "close": N_("面谈成交比低于 8:1：坚持标准，五项条件齐备再递建议书；复盘失败原因，练习促成"),
    "deals": N_("潜在客户成交太少：遵循周期，超期的退回销售机会，把时间花在 50% 和 90% 上"),
}


def gaps(ratios: Ratios) -> list[Gap]:
    """Each of the agent's ratios beside its reference, as a share (higher is better)."""
    c, ref = ratios.counts, ratios.reference
    out = [
        Gap("dial", tr("每日拨打"), ratios.per_day("dial"), ref.dial),
        Gap("reach", tr("接通率"), c["reach"] / c["dial"] if c["dial"] else 0.0, ref.reach / ref.dial),
        Gap("book", tr("约见率"), c["book"] / c["reach"] if c["reach"] else 0.0, ref.book / ref.reach),
        Gap("meet", tr("每周面谈"), ratios.meetings_per_week, ref.meetings_week),
        Gap("prospects", tr("新名单→潜在客户"), c["prospects"] / c["new_contacts"] if c["new_contacts"] else 0.0,
            ref.prospects / ref.new_contacts),
        Gap("close", tr("面谈→成交"), c["deals"] / c["meet"] if c["meet"] else 0.0, 1 / ref.meetings_per_deal),
        Gap("deals", tr("潜在客户→成交"), c["deals"] / c["prospects"] if c["prospects"] else 0.0,
            ref.deals / ref.prospects),
    ]
    return out


def advice(ratios: Ratios) -> str:
    """One sentence: the ratio furthest below its reference and what the method says to do."""
    if not any(ratios.counts.get(k, 0) for k in COUNT_KEYS):
        return tr("这段时间还没有记录：每次拨打、接通、约见、面谈、成交都点一下，比例才算得出来。")
    worst = min(gaps(ratios), key=lambda g: g.share)
    if worst.share >= 1:
        return tr("各项比例都达到或超过参考值：保持每天的拨打量，按周期推进潜在客户。")
    percent = round(worst.share * 100)
    return tr("离参考值最远的是{ratio}（只有参考值的 {percent}%）：{advice}。").format(
        ratio=worst.label, percent=percent, advice=tr(ADVICE[worst.key]))


# -- the weighted forecast -----------------------------------------------------------------
WEIGHTS = {Stage.P25: Decimal("0.25"), Stage.P50: Decimal("0.5"), Stage.P90: Decimal("0.9")}


@dataclass(frozen=True)
class ForecastMonth:
    month: str  # YYYY-MM
    weighted: Decimal
    unweighted: Decimal
    won: Decimal
    prospects: int = 0

    def as_json(self) -> dict:
        return {"month": self.month, "weighted": money_text(self.weighted),
                "unweighted": money_text(self.unweighted), "won": money_text(self.won)}


@dataclass(frozen=True)
class Forecast:
    today: dt.date
    cycle_days: int
    months: tuple[ForecastMonth, ...]

    def as_json(self) -> dict:
        return {"months": [m.as_json() for m in self.months]}


def expected_month(signing_date: dt.date | None, first_meeting: dt.date | None, cycle_days: int,
                   today: dt.date) -> str:
    """The month a prospect is expected to sign: its signing date, else first meeting + cycle."""
    if signing_date is not None:
        return f"{signing_date:%Y-%m}"
    if first_meeting is not None:
        return f"{first_meeting + dt.timedelta(days=cycle_days):%Y-%m}"
    return f"{today:%Y-%m}"


def build_forecast(today: dt.date, cycle_days: int, open_sums: Mapping[str, tuple[Decimal, Decimal, int]],
                   won: Mapping[str, Decimal]) -> Forecast:
    """``open_sums``: month -> (weighted, unweighted, prospects); ``won``: month -> premium.
    The months listed: every month with an open prospect, and this month."""
    months = sorted(set(open_sums) | {f"{today:%Y-%m}"})
    out = []
    for month in months:
        weighted, unweighted, n = open_sums.get(month, (ZERO, ZERO, 0))
        out.append(ForecastMonth(month, _cent(weighted), _cent(unweighted), _cent(won.get(month, ZERO)), n))
    return Forecast(today, cycle_days, tuple(out))


def _cent(value: Decimal) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# -- the goal planner ----------------------------------------------------------------------
#: The agent's own ratios are used once the last year holds at least this much.
MIN_OWN = {"deals": 5, "meet": 20, "book": 10}


@dataclass(frozen=True)
class PlanRatios:
    dials_per_book: float
    books_per_meeting: float  # the share of meetings that are newly booked (5 of 8)
    meetings_per_deal: float
    own: bool  # from the agent's history (else the reference)

    @property
    def source(self) -> str:
        return tr("按您最近一年的实际比例") if self.own else tr("按参考比例 20:5:1、15-7-1、每周 8 次面谈 8:1")


def plan_ratios(history: Mapping[str, int], reference: Reference = REFERENCE) -> PlanRatios:
    """The agent's own ratios when the last year has enough of them, else the reference."""
    if all(history.get(k, 0) >= n for k, n in MIN_OWN.items()) and history.get("dial", 0) > 0:
        return PlanRatios(history["dial"] / history["book"], history["book"] / history["meet"],
                          history["meet"] / history["deals"], True)
    return PlanRatios(reference.dial / reference.book, reference.new_meetings_week / reference.meetings_week,
                      reference.meetings_per_deal, False)


@dataclass(frozen=True)
class Progress:
    target: float
    done: int
    expected: float  # what the target asks by now

    @property
    def ahead(self) -> float:
        """Positive: ahead of the plan by this much; negative: behind."""
        return self.done - self.expected

    def as_json(self) -> dict:
        return {"target": round(self.target, 1), "done": self.done, "expected": round(self.expected, 1),
                "ahead": round(self.ahead, 1)}


@dataclass(frozen=True)
class Plan:
    goal_deals: int
    goal_premium: Decimal | None
    premium_per_deal: Decimal | None
    ratios: PlanRatios
    deals_week: float
    meetings_week: float
    books_week: float
    dials_week: float
    dials_day: float
    week: Period
    this_week: Mapping[str, Progress] = field(default_factory=dict)  # deals, meet, book, dial
    today: Progress | None = None  # dials today

    @property
    def summary(self) -> str:
        lines = [tr("年度目标 {goal} 件（{source}）：每周成交 {deals} 件、面谈 {meetings} 次、新约见 {books} 个、"
                    "拨打 {dials} 通，每天拨打 {dials_day} 通。").format(
            goal=self.goal_deals, source=self.ratios.source, deals=_short(self.deals_week),
            meetings=_short(self.meetings_week), books=_short(self.books_week), dials=_short(self.dials_week),
            dials_day=_short(self.dials_day))]
        if self.today is not None:
            lines.append(behind_text(tr("今天拨打"), self.today))
        dial = self.this_week.get("dial")
        if dial is not None:
            lines.append(behind_text(tr("本周拨打"), dial))
        return ("" if language() == "zh" else " ").join(lines)  # Chinese sentences need no space

    def as_json(self) -> dict:
        return {
            "goal_deals": self.goal_deals,
            "goal_premium": None if self.goal_premium is None else money_text(self.goal_premium),
            "premium_per_deal": None if self.premium_per_deal is None else money_text(self.premium_per_deal),
            "ratios": "own" if self.ratios.own else "reference",
            "ratios_text": self.ratios.source,
            "week": {"deals": round(self.deals_week, 2), "meetings": round(self.meetings_week, 1),
                     "books": round(self.books_week, 1), "dials": round(self.dials_week, 1)},
            "dials_day": round(self.dials_day, 1),
            "week_start": self.week.start.isoformat(), "week_end": self.week.end.isoformat(),
            "this_week": {k: p.as_json() for k, p in self.this_week.items()},
            "today": None if self.today is None else self.today.as_json(),
        }


def behind_text(what: str, progress: Progress) -> str:
    gap = progress.ahead
    if abs(gap) < 0.05:
        state = tr("正好跟上计划")
    elif gap > 0:
        state = tr("领先 {count}").format(count=_short(gap))
    else:
        state = tr("落后 {count}").format(count=_short(-gap))
    return tr("{what} {done}，按计划此时应为 {expected}，{state}。").format(
        what=what, done=progress.done, expected=_short(progress.expected), state=state)


def build_plan(goal_deals: int, ratios: PlanRatios, week: Period, today: dt.date, week_done: Mapping[str, int],
               today_dials: int, *, goal_premium: Decimal | None = None, premium_per_deal: Decimal | None = None,
               reference: Reference = REFERENCE) -> Plan:
    deals_week = goal_deals / reference.weeks_year
    meetings_week = deals_week * ratios.meetings_per_deal
    books_week = meetings_week * ratios.books_per_meeting
    dials_week = books_week * ratios.dials_per_book
    dials_day = dials_week / 5
    # Working days of this week up to today, inclusive: what the week's target asks by now.
    elapsed = working_days(week.start, min(today, week.end)) / 5
    targets = {"deals": deals_week, "meet": meetings_week, "book": books_week, "dial": dials_week}
    progress = {k: Progress(t, int(week_done.get(k, 0)), t * elapsed) for k, t in targets.items()}
    today_target = dials_day if today.weekday() < 5 else 0.0
    return Plan(goal_deals, goal_premium, premium_per_deal, ratios, deals_week, meetings_week, books_week,
                dials_week, dials_day, week, progress, Progress(today_target, int(today_dials), today_target))


def deals_for_premium(goal: Decimal, premium_per_deal: Decimal) -> int:
    """Deals a premium goal asks for, at the agent's average premium per deal (rounded up)."""
    if premium_per_deal <= 0:
        raise ValueError("no premium per deal")
    whole = (goal / premium_per_deal).to_integral_value(rounding="ROUND_CEILING")
    return int(whole)


# -- chart data ----------------------------------------------------------------------------
@dataclass(frozen=True)
class WeekFigures:
    """One Monday-to-Sunday week of the ratio trends."""

    start: dt.date
    counts: Mapping[str, int]
    working_days: int = 5

    def per_day(self, key: str) -> float:
        return self.counts.get(key, 0) / max(1, self.working_days)


@dataclass(frozen=True)
class CycleDistribution:
    """Days from first meeting to 成交 of the deals closed in the period."""

    days: Mapping[int, int]  # days -> deals
    cycle_days: int

    @property
    def deals(self) -> int:
        return sum(self.days.values())

    def as_json(self) -> dict:
        return {"cycle_days": self.cycle_days, "deals": self.deals,
                "days": [{"days": d, "deals": n} for d, n in sorted(self.days.items())]}


@dataclass(frozen=True)
class Pareto:
    """二八分割图: customers by premium, largest first."""

    premiums: tuple[Decimal, ...]

    @property
    def total(self) -> Decimal:
        return sum(self.premiums, ZERO)

    def curve(self) -> tuple[list[float], list[float]]:
        """(share of customers, cumulative share of premium), both 0…1, from (0, 0)."""
        n, total = len(self.premiums), self.total
        xs, ys = [0.0], [0.0]
        running = ZERO
        for i, value in enumerate(self.premiums, 1):
            running += value
            xs.append(i / n)
            ys.append(float(running / total) if total else 0.0)
        return xs, ys

    def customers_for(self, share: float = 0.8) -> float:
        """The share of customers (largest first) holding ``share`` of the premium."""
        xs, ys = self.curve()
        return next((x for x, y in zip(xs, ys) if y >= share - 1e-9), 1.0) if self.premiums else 0.0

    def as_json(self) -> dict:
        return {"customers": len(self.premiums), "premium": money_text(self.total),
                "customers_for_80": round(self.customers_for(0.8), 4),
                "premiums": [money_text(p) for p in self.premiums]}


RELATION_LEVELS = ("潜在客户", "目标客户", "准客户", "成交客户", "忠诚客户")  # i18n: data (JSON values)
VALUE_GRADES = ("A", "B", "C", "D", "E")


@dataclass(frozen=True)
class Levels:
    """客户五级分类 and 价值分级 counts (customers without a grade under "")."""

    relation: Mapping[str, int]
    value: Mapping[str, int]

    def as_json(self) -> dict:
        return {"relation": [{"level": k, "customers": int(self.relation.get(k, 0))} for k in RELATION_LEVELS],
                "value": [{"grade": k, "customers": int(self.value.get(k, 0))} for k in VALUE_GRADES + ("",)]}


#: The group of lost prospects without a reason (a key; shown through ``tr``).
NO_REASON = N_("（未填写原因）")
