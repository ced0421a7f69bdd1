"""Benchmark databases with a heavy agent's shape, written straight into SQLite.

At 1× (``scale=1``): 20,000 customers over two years; 6,020 prospects (1,520 won, 2,500
lost, 2,000 still open) with ~26,000 stage changes — steps back, send-backs to 销售机会 and
undone moves included —, 10,000 contact records and 164,000 activities. Names use the
polyphonic surnames (曾, 单, 解, 仇…), mobiles are random 13x/15x/18x numbers, companies are
named like 锦程物流有限公司, some customers carry notes.

Nothing goes through the per-row services (26,000 moves would take minutes): each
prospect's history is planned as the operations an agent would do (``add``, ``move``
with what the agent types, ``undo``), and ``_Replayer`` turns them into rows exactly as
``PipelineService.move_prospect``/``undo_move`` would, the derived customer columns come
from the same functions the services call, and the storage layer's own rebuild fills
whatever it derives from those rows. ``tests/benchmarks`` replays a sample of the same
operations through the services and compares the rows.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from salesdesk.core.rules import criteria_text
from salesdesk.core.search import pinyin_keys, search_text
from salesdesk.core.stages import Stage
from salesdesk.demo import invented_lunar_birthday

#: Bump when the generated data changes: cached files are keyed by it.
GENERATOR_VERSION = 2
#: The moment the generated history ends (a Thursday evening: the week is complete).
NOW = dt.datetime(2026, 11, 26, 18, 0)
DAYS = 730

CUSTOMERS = 20_000
WON, LOST, OPEN = 1_520, 2_500, 2_000
CONTACTS = 10_000
ACTIVITIES = 164_000

#: Surnames with rough weights; the polyphonic ones are there on purpose.
SURNAMES = (
    "王" * 9 + "李" * 9 + "张" * 8 + "刘" * 7 + "陈" * 6 + "杨" * 4 + "黄" * 3 + "赵" * 3 + "吴" * 3
    + "周" * 3 + "徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    + "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤"
    + "曾曾曾单单解解仇仇查区朴覃盖乐翟缪柏"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉文辉晓东海燕鹏飞雪梅丹晨阳思远佳怡"
    "子涵浩然雨萱嘉欣俊宇轩梓诗琪一鸣家豪婷慧颖琳倩蕾瑶博文昊天宏斌亮峰凯鑫悦蓉"
)
COMPANY_A = ("宏达 华信 金桥 恒通 瑞丰 新元 东方 鼎盛 博远 锦程 天成 和泰 正阳 嘉禾 安信 启明 远航 盛世 永兴 "
             "汇丰 中联 广源 海川 长江 银河 星辰 百川 智诚 德信 九州 鸿运 蓝天 绿源 同创 方圆 前程").split()
COMPANY_B = ("贸易 科技 建材 物流 餐饮 电子 制造 医疗器械 文化传媒 装饰工程 服装 食品 教育咨询 汽车服务 "
             "置业 印务 机电 环保 软件 网络").split()
CITIES = ("北京", "上海", "广州", "深圳", "杭州", "成都", "南京", "武汉", "苏州", "西安")
TITLES = ("总经理", "董事长", "办公室主任", "财务总监", "部门经理", "销售经理", "个体户", "教师", "医生", "工程师", "会计")
SOURCES = ("朋友介绍", "老客户转介绍", "陌生拜访", "网络", "社区活动", "展会", "同学", "电话营销")
INDUSTRIES = ("制造业", "服务业", "教育", "医疗", "IT", "金融", "零售", "建筑")
TAGS = ("", "", "", "高净值", "企业主", "家庭保障", "转介绍中心")
NOTES = ("", "", "", "", "喜欢下午见面", "周末不方便", "对收益型产品感兴趣", "孩子明年上小学，关心教育金",
         "太太做主", "刚换工作，社保断了两个月", "父母年纪大，想给父母买医疗险", "开公司，关心企业财产保障")
PLANS = ("重疾险", "终身寿险", "年金险", "医疗险", "意外险", "教育金", "养老规划", "团体意外险", "企业财产险")
NEXT_STEPS = ("下次见面讲解建议书", "带计划书面谈", "确认体检时间", "讨论缴费方式", "约家人一起面谈")
LOST_REASONS = ("预算不足", "选择了其他公司", "联系不上", "暂无需求")
MOBILE_PREFIXES = tuple(f"13{d}" for d in range(10)) + tuple(f"15{d}" for d in "012356789") \
    + tuple(f"18{d}" for d in range(10))
CONTACT_METHODS = ("电话", "面谈", "微信", "短信", "邮件", "拜访")
SUBJECTS = ("保单检视", "需求分析", "建议书讲解", "节日问候", "理赔咨询", "续期提醒")
ACTIVITY_KINDS = (("dial", 60), ("reach", 25), ("book", 8), ("meet", 5), ("close", 2))


# -- the operations an agent does on one prospect -----------------------------------------
@dataclass
class Op:
    kind: str  # "add", "move" or "undo"
    at: dt.datetime
    target: Stage | None = None
    #: What the agent supplies with a move (move_prospect's keyword arguments).
    kwargs: dict = field(default_factory=dict)
    #: For "add": the plan; for "undo": the index (in this prospect's ops) of the move undone.
    plan: str = ""
    undo_of: int = -1


@dataclass
class PlannedProspect:
    customer: int  # 1-based row number of the customer
    ops: list[Op]


def _t(day: dt.date, rng: random.Random, lo: int = 9, hi: int = 19) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(lo, hi - 1), rng.choice((0, 10, 20, 30, 40, 50))))


def plan_prospect(rng: random.Random, customer: int, created: dt.datetime, fate: str, now: dt.datetime) -> PlannedProspect:
    """One prospect's history: ``fate`` is "won", "lost" or "open"; times stay before ``now``."""
    ops = [Op("add", created, plan=rng.choice(PLANS))]
    clock = created

    def step(days_lo: int, days_hi: int) -> dt.datetime:
        nonlocal clock
        day = clock.date() + dt.timedelta(days=rng.randint(days_lo, days_hi))
        at = _t(day, rng)
        if at <= clock:
            at = clock + dt.timedelta(minutes=10)
        clock = at
        return at

    def move(target: Stage, at: dt.datetime, **kwargs) -> None:
        ops.append(Op("move", at, target, kwargs))

    # Where it stops: open prospects are spread over the board, lost ones drop out anywhere.
    if fate == "won":
        last = Stage.WON
    elif fate == "lost":
        last = rng.choice((Stage.OPPORTUNITY, Stage.OPPORTUNITY, Stage.APPOINTMENT, Stage.P25, Stage.P25, Stage.P50))
    else:
        last = rng.choices((Stage.OPPORTUNITY, Stage.APPOINTMENT, Stage.P25, Stage.P50, Stage.P90),
                           weights=(30, 10, 33, 17, 10))[0]
    order = [Stage.APPOINTMENT, Stage.P25, Stage.P50, Stage.P90, Stage.WON]
    path = order[:order.index(last) + 1] if last in order else []
    first_meeting = None
    for stage in path:
        if stage == Stage.APPOINTMENT:
            at = step(0, 6)
            first_meeting = at.date() + dt.timedelta(days=rng.randint(1, 5))
            move(stage, at, first_meeting=first_meeting)
        elif stage == Stage.P25:
            clock = max(clock, dt.datetime.combine(first_meeting, dt.time(8)))
            at = step(0, 1)
            move(stage, at)
            if rng.random() < 0.12:  # a step back, and on again
                move(Stage.APPOINTMENT, step(1, 4), reason="客户临时改期")
                move(Stage.P25, step(0, 3))
        elif stage == Stage.P50:
            at = step(0, 4)
            signing = max(at.date(), first_meeting) + dt.timedelta(days=rng.randint(2, 8))
            signing = min(signing, first_meeting + dt.timedelta(days=12))
            move(stage, at, criteria=[1, 2], budget=Decimal(rng.choice((1500, 3000, 5000, 8000, 12000, 20000))),
                 signing_date=signing, next_step=rng.choice(NEXT_STEPS))
            if rng.random() < 0.10:  # a 25% never keeps all five: the budget no longer holds
                move(Stage.P25, step(0, 2), reason="预算需要重新讨论", criteria=[1, 2, 4, 5])
                move(Stage.P50, step(0, 2), criteria=[3])
        elif stage == Stage.P90:
            at = step(0, 5)
            move(stage, at, signed=True, paid=Decimal(rng.choice((1500, 3000, 5000, 8000))))
            if rng.random() < 0.15:  # entered by mistake: undone at once
                ops.append(Op("undo", at + dt.timedelta(minutes=5), undo_of=len(ops) - 1))
                clock = at + dt.timedelta(minutes=5)
                move(stage, step(0, 2), signed=True, paid=Decimal(rng.choice((1500, 3000, 5000, 8000))))
        elif stage == Stage.WON:
            move(stage, step(2, 25), premium=Decimal(rng.choice((3000, 6000, 9000, 15000, 24000))))
    if fate == "open" and last != Stage.OPPORTUNITY and rng.random() < 0.06:
        # Sent back to 销售机会 (over the cycle), then the undo of that send-back.
        at = step(1, 10)
        move(Stage.OPPORTUNITY, at, reason="超出销售周期，送回销售机会")
        ops.append(Op("undo", at + dt.timedelta(minutes=3), undo_of=len(ops) - 1))
    if fate == "lost":
        move(Stage.LOST, step(1, 20), reason=rng.choice(LOST_REASONS))
    # Keep the whole history in the past: shift it back if it ran past ``now``.
    overrun = max(op.at for op in ops) - (now - dt.timedelta(minutes=30))
    if overrun > dt.timedelta(0):
        shift = dt.timedelta(days=overrun.days + 1)
        for op in ops:
            op.at -= shift
            for key in ("first_meeting", "signing_date"):
                if key in op.kwargs:
                    op.kwargs[key] -= shift
    return PlannedProspect(customer, ops)


# -- turning operations into rows, as the services do ---------------------------------------
_FACTS = ("stage", "stage_since", "first_meeting", "signing_date", "criteria", "budget_fen", "next_step",
          "signed", "paid_fen", "premium_fen", "lost_reason")


def _fen(value) -> int | None:
    return None if value is None else int(Decimal(value) * 100)


def _iso(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


class _Replayer:
    """The prospect and stage-change rows ``move_prospect``/``undo_move`` would write."""

    def __init__(self):
        self.prospects: list[tuple] = []
        self.changes: list[tuple] = []

    def replay(self, planned: PlannedProspect) -> None:
        pid = len(self.prospects) + 1
        add = planned.ops[0]
        row = dict(stage=Stage.OPPORTUNITY.value, stage_since=add.at, first_meeting=None, signing_date=None,
                   criteria="", budget_fen=None, next_step="", signed=False, paid_fen=None, premium_fen=None,
                   lost_reason="")
        change_ids: list[int | None] = []
        changes: list[dict] = []  # this prospect's, for booking and undo
        cid = self._change(pid, add.at, None, Stage.OPPORTUNITY.value, "", None, 0, 0, None, "")
        changes.append(dict(id=cid, from_stage=None, before="", paid=0, premium=0, correction_of=None))
        change_ids.append(cid)
        for op in planned.ops[1:]:
            if op.kind == "move":
                change_ids.append(self._move(pid, row, changes, op))
            else:
                change_ids.append(self._undo(pid, row, changes, change_ids[op.undo_of], op.at))
        self.prospects.append((
            pid, planned.customer, add.plan, row["stage"], str(row["stage_since"]), str(add.at),
            _iso(row["first_meeting"]), row["criteria"], "", row["budget_fen"], _iso(row["signing_date"]),
            row["next_step"], int(row["signed"]), row["paid_fen"], row["premium_fen"], row["lost_reason"],
        ))

    def _change(self, pid, at, from_stage, to_stage, reason, first_meeting, paid, premium, correction_of, before):
        cid = len(self.changes) + 1
        self.changes.append((cid, pid, str(at), from_stage, to_stage, reason, _iso(first_meeting), paid, premium,
                             correction_of, str(at), before))
        return cid

    @staticmethod
    def _snapshot(row: dict) -> str:
        return json.dumps({name: _iso(row[name]) for name in _FACTS}, ensure_ascii=False)

    def _move(self, pid, row, changes, op: Op) -> int:
        kw = op.kwargs
        target = op.target
        reason = kw.get("reason", "")
        ticks = {int(n) for n in row["criteria"].split(",") if n}
        if "criteria" in kw and target.rank < Stage(row["stage"]).rank and target != Stage.LOST:
            # Back: the criteria that still hold; the dropped ones are named in the reason.
            dropped, ticks = ticks - set(kw["criteria"]), set(kw["criteria"])
            if dropped:
                reason = f"{reason}（不再成立：{criteria_text(dropped)}）"
        else:
            ticks |= set(kw.get("criteria", ()))
        first_meeting, signing_date = row["first_meeting"], row["signing_date"]
        next_step, signed = row["next_step"], row["signed"]
        budget, paid, premium = row["budget_fen"], row["paid_fen"], row["premium_fen"]
        if "first_meeting" in kw:
            first_meeting = kw["first_meeting"]
        if "budget" in kw:
            budget = _fen(kw["budget"])
            ticks.add(3)
        if "signing_date" in kw:
            signing_date = kw["signing_date"]
            ticks.add(4)
        if kw.get("next_step", "").strip():
            next_step = kw["next_step"].strip()
            ticks.add(5)
        if "signed" in kw:
            signed = kw["signed"]
        if "paid" in kw:
            paid = _fen(kw["paid"])
        if "premium" in kw:
            premium = _fen(kw["premium"])
        if target == Stage.OPPORTUNITY and "first_meeting" not in kw:
            first_meeting = None
            signing_date = None
        from_stage = row["stage"]
        before = self._snapshot(row)
        row.update(stage=target.value, stage_since=op.at, first_meeting=first_meeting,
                   criteria=",".join(str(n) for n in sorted(ticks)), budget_fen=budget, signing_date=signing_date,
                   next_step=next_step, signed=signed, paid_fen=paid, premium_fen=premium)
        if target == Stage.LOST:
            row["lost_reason"] = reason
        elif from_stage == Stage.LOST.value:
            row["lost_reason"] = ""
        paid_fen = premium_fen = 0
        if target in (Stage.P90, Stage.WON):
            undone = {c["correction_of"] for c in changes if c["correction_of"] is not None}
            booked_paid = sum(c["paid"] for c in changes if c["id"] not in undone)
            booked_premium = sum(c["premium"] for c in changes if c["id"] not in undone)
            if target == Stage.P90:
                paid_fen = max(0, (paid or 0) - booked_paid)
            else:
                premium_fen = max(0, (premium or 0) - booked_premium)
        cid = self._change(pid, op.at, from_stage, target.value, reason, first_meeting, paid_fen, premium_fen,
                           None, before)
        changes.append(dict(id=cid, from_stage=from_stage, before=before, paid=paid_fen, premium=premium_fen,
                            correction_of=None))
        return cid

    def _undo(self, pid, row, changes, change_id, at) -> int:
        change = next(c for c in changes if c["id"] == change_id)
        from_stage = row["stage"]
        now_facts = self._snapshot(row)
        values = json.loads(change["before"])
        for name in _FACTS:
            value = values[name]
            if name == "stage_since":
                value = dt.datetime.fromisoformat(value)
            elif name in ("first_meeting", "signing_date") and value:
                value = dt.date.fromisoformat(value)
            row[name] = value
        reason = f"撤销：{Stage(change['from_stage']).label} → {Stage(from_stage).label}"
        cid = self._change(pid, at, from_stage, change["from_stage"], reason, row["first_meeting"], 0, 0,
                           change_id, now_facts)
        changes.append(dict(id=cid, from_stage=from_stage, before=now_facts, paid=0, premium=0,
                            correction_of=change_id))
        return cid


# -- customers ----------------------------------------------------------------------------
@lru_cache(maxsize=None)
def _derived(name: str, mobile: str, company: str, notes: str) -> tuple[str, str, str]:
    full, initials = pinyin_keys(name)
    return full, initials, search_text(name, mobile, "", company, notes)


def customer_rows(rng: random.Random, n: int, start: dt.datetime, now: dt.datetime) -> list[dict]:
    """``n`` invented customers, created between ``start`` and ``now``, oldest first."""
    mobiles: set[str] = set()
    span = int((now - start).total_seconds() // 60)
    minutes = sorted(rng.randrange(span) for _ in range(n))
    out = []
    for minute in minutes:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))
        while True:
            mobile = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
            if mobile not in mobiles:
                mobiles.add(mobile)
                break
        company = ""
        if rng.random() < 0.7:
            company = (rng.choice(CITIES) if rng.random() < 0.3 else "") + rng.choice(COMPANY_A) \
                + rng.choice(COMPANY_B) + rng.choice(("有限公司", "有限公司", "股份有限公司", ""))
        notes = rng.choice(NOTES)
        created = start + dt.timedelta(minutes=minute)
        birthday = dt.date(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.6 else None
        lunar_birthday = None
        if birthday is not None and rng.random() < 0.15:
            birthday, lunar_birthday = None, invented_lunar_birthday(rng, birthday.year)
        out.append(dict(
            name=name, gender=rng.choice(("男", "女", "")), company=company,
            title=rng.choice(TITLES) if company else "", mobile=mobile, source=rng.choice(SOURCES),
            met_on=created.date(),
            birthday=birthday, lunar_birthday=lunar_birthday, industry=rng.choice(INDUSTRIES), city=rng.choice(CITIES),
            tags=rng.choice(TAGS), value_grade=rng.choice("ABCCDDE") if rng.random() < 0.5 else "",
            relation_level=rng.choice(("潜在客户", "潜在客户", "目标客户", "准客户")), notes=notes,
            created_at=created.replace(second=0, microsecond=0),
        ))
    return out


#: Customer columns written, in order (the rest keep their defaults as a new card would).
_CUSTOMER_COLUMNS = ("id", "name", "gender", "company", "title", "mobile", "phone", "wechat", "qq", "email",
                     "address", "website", "referrer_id", "source", "first_impression", "met_on", "birthday",
                     "birthday_lunar", "anniversary", "industry", "region", "city", "circle", "tags",
                     "value_grade", "credit_grade", "relation_level", "no_visit_times", "notes", "name_pinyin",
                     "name_initials", "created_at", "updated_at", "search_text", "lunar_birthday_year",
                     "lunar_birthday_month", "lunar_birthday_day", "lunar_birthday_leap")


def _customer_tuple(i: int, c: dict) -> tuple:
    full, initials, text = _derived(c["name"], c["mobile"], c["company"], c["notes"])
    created = str(c["created_at"])
    return (i, c["name"], c["gender"], c["company"], c["title"], c["mobile"], "", "", "", "", "", "", None,
            c["source"], "", _iso(c["met_on"]), _iso(c["birthday"]), 0, None,
            c["industry"], "", c["city"], "", c["tags"], c["value_grade"], "", c["relation_level"], "",
            c["notes"], full, initials, created, created, text, *_lunar_columns(c["lunar_birthday"]))


def _lunar_columns(spec) -> tuple:
    if spec is None:
        return (None, None, None, 0)
    return (spec.year, spec.month, spec.day, int(spec.leap))


# -- the whole file ---------------------------------------------------------------------------
@dataclass
class Shape:
    customers: int
    won: int
    lost: int
    open: int
    contacts: int
    activities: int

    @classmethod
    def at(cls, scale: float) -> "Shape":
        def n(x):
            return max(1, round(x * scale))
        # The board a heavy agent works stays about 2,000 open prospects; history grows.
        return cls(n(CUSTOMERS), n(WON), n(LOST), OPEN if scale >= 1 else n(OPEN),
                   n(CONTACTS), n(ACTIVITIES))


@dataclass
class Plan:
    customers: list[dict]
    prospects: list[PlannedProspect]
    contacts: list[tuple]
    activities: list[tuple]


def make_plan(scale: float = 1.0, seed: int = 1, now: dt.datetime = NOW) -> Plan:
    shape = Shape.at(scale)
    rng = random.Random(seed)
    start = now - dt.timedelta(days=DAYS)
    customers = customer_rows(rng, shape.customers, start, now)
    n = len(customers)
    created = [c["created_at"] for c in customers]

    def customer_before(limit: dt.datetime, recent_days: int | None = None) -> int:
        """A 1-based customer created before ``limit`` (among the recent ones if asked)."""
        hi = _bisect(created, limit)
        lo = 0 if recent_days is None else _bisect(created, limit - dt.timedelta(days=recent_days))
        if hi <= 0:
            return 1
        return rng.randrange(min(lo, hi - 1), hi) + 1

    prospects: list[PlannedProspect] = []
    fates = ["won"] * shape.won + ["lost"] * shape.lost
    for fate in fates:
        when = start + dt.timedelta(minutes=rng.randrange(int((DAYS - 40) * 1440)))
        prospects.append(plan_prospect(rng, customer_before(when, 120), when, fate, now))
    for _ in range(shape.open):
        # Open prospects are recent; a fifth have sat past the cycle.
        age = rng.randint(0, 45) if rng.random() < 0.8 else rng.randint(46, 200)
        when = _t(now.date() - dt.timedelta(days=age), rng)
        when = min(when, now - dt.timedelta(hours=2))
        prospects.append(plan_prospect(rng, customer_before(when, 365), when, "open", now))
    prospects.sort(key=lambda p: p.ops[0].at)

    # Work is logged around the prospects being worked, and cold calls on everyone.
    windows = [(p.customer, p.ops[0].at, p.ops[-1].at) for p in prospects]
    activities = []
    kinds = [k for k, w in ACTIVITY_KINDS for _ in range(w)]
    span = DAYS * 1440
    for i in range(shape.activities):
        if i % 5 < 2 and windows:
            cust, a, b = rng.choice(windows)
            lo = a - dt.timedelta(days=3)
            minutes = max(1, int((b - lo).total_seconds() // 60) + 4 * 1440)
            at = lo + dt.timedelta(minutes=rng.randrange(minutes))
        else:
            at = start + dt.timedelta(minutes=rng.randrange(span))
            cust = customer_before(at)
        at = min(at, now - dt.timedelta(minutes=1)).replace(second=0, microsecond=0)
        activities.append((cust, str(at), rng.choice(kinds), "" if rng.random() < 0.9 else rng.choice(NEXT_STEPS)))
    contacts = []
    for _ in range(shape.contacts):
        cust, a, b = rng.choice(windows) if rng.random() < 0.6 else (None, None, None)
        if cust is None:
            at = start + dt.timedelta(minutes=rng.randrange(span))
            cust = customer_before(at)
        else:
            at = a + dt.timedelta(minutes=rng.randrange(max(1, int((b - a).total_seconds() // 60) + 1)))
        at = min(at, now - dt.timedelta(minutes=1)).replace(second=0, microsecond=0)
        contacts.append((cust, str(at), rng.choice(CONTACT_METHODS), rng.choice(SUBJECTS), "了解需求",
                         rng.choice((None, 1, 2, 3, 4, 5)), rng.choice(NOTES) or "客户认可保障型计划",
                         rng.choice(NOTES), rng.choice(("", "A", "B", "C", "D", "E")), rng.choice(NEXT_STEPS)))
    return Plan(customers, prospects, contacts, activities)


def _bisect(values: list, x) -> int:
    import bisect

    return bisect.bisect_left(values, x)


def write_file(path: Path, scale: float = 1.0, seed: int = 1, now: dt.datetime = NOW) -> dict:
    """Create the benchmark database at ``path`` (replacing it); returns its row counts."""
    from salesdesk.storage import db as storage

    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    storage.close_db(storage.open_db(path))  # the schema, exactly as the app makes it
    plan = make_plan(scale, seed, now)
    replayer = _Replayer()
    for planned in plan.prospects:
        replayer.replay(planned)
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("BEGIN")
        cols = ", ".join(_CUSTOMER_COLUMNS)
        marks = ", ".join("?" * len(_CUSTOMER_COLUMNS))
        con.executemany(f"INSERT INTO customer ({cols}) VALUES ({marks})",
                        (_customer_tuple(i + 1, c) for i, c in enumerate(plan.customers)))
        con.executemany(
            "INSERT INTO prospect (id, customer_id, plan, stage, stage_since, created_at, first_meeting, criteria,"
            " criteria_notes, budget_fen, signing_date, next_step, signed, paid_fen, premium_fen, lost_reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", replayer.prospects)
        con.executemany(
            "INSERT INTO stage_change (id, prospect_id, at, from_stage, to_stage, reason, first_meeting, paid_fen,"
            " premium_fen, correction_of_id, recorded_at, before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            replayer.changes)
        con.executemany("INSERT INTO activity (customer_id, at, kind, note) VALUES (?, ?, ?, ?)", plan.activities)
        con.executemany(
            "INSERT INTO contact_record (customer_id, at, method, subject, purpose, interest, summary, needs,"
            " result, next_step) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", plan.contacts)
        con.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('agent_name', '基准业务员')")
        rebuild = getattr(storage, "rebuild_derived", None)
        if rebuild is not None:  # whatever the storage layer derives from rows (indexes, caches)
            rebuild(con)
        con.execute("COMMIT")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("customer", "prospect", "stage_change", "activity", "contact_record")}
    finally:
        con.close()
    counts["won"] = sum(1 for p in replayer.prospects if p[3] == "won")
    counts["lost"] = sum(1 for p in replayer.prospects if p[3] == "lost")
    counts["open"] = len(replayer.prospects) - counts["won"] - counts["lost"]
    return counts
