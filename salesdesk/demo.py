"""A demo database: invented people and a few months of history.

The history is simulated day by day, as an agent would work: new contacts, the ratio
game, moves on the board. Every move is decided by the method's own rules
(``salesdesk.core.rules.check_move`` on the sales cycle of that moment), exactly as
``SalesDesk.move_prospect`` decides it. Two writers play the same simulation:

* ``BulkWriter`` (the default) keeps the rows in memory and writes each table with one
  ``executemany`` at the end: the 80-customer demo takes a fraction of a second, so
  ``salesdesk --demo`` shows its window at once;
* ``ServiceWriter`` makes every write through ``SalesDesk`` on a walking clock.

tests/test_demo.py checks that both give the same database, row for row, so the bulk
path fills every column (pinyin keys, search text, snapshots, booked money…) as the
services do. The same seed and the same "now" give the same database.
"""
from __future__ import annotations

import bisect
import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Iterable, Protocol

import peewee as pw

from salesdesk.core.agenda import FIRST_MEETING_TIME
from salesdesk.core import levels
from salesdesk.core.clock import FixedClock
from salesdesk.core.customer import CustomerData, validate
from salesdesk.core.cycle import CYCLE_WINDOW, sales_cycle
from salesdesk.core.lunar import DateSpec, leap_month_of, lunar_month_days
from salesdesk.core.money import to_fen
from salesdesk.core.rules import check_move
from salesdesk.core.stages import Stage
from salesdesk import demo_english, i18n
from salesdesk.i18n import N_, tr
from salesdesk.services import MoveRefused, SalesDesk
from salesdesk.services.pipeline import _facts, _snapshot, moved_facts, put_move
from salesdesk.services.agenda import _first_title
from salesdesk.storage.db import close_db, open_db
from salesdesk.storage.models import (Activity, Appointment, ContactRecord, Customer, LevelChange, Prospect,
                                      StageChange)

#: The demo agent's name unless one is given (``salesdesk demo --agent NAME``), shown with tr().
DEFAULT_AGENT = N_("演示业务员")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"  # i18n: data
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文辉晓东海燕鹏飞雪梅丹晨阳思远佳怡子涵浩然雨萱嘉欣俊杰宇轩梓涵诗琪欣怡一鸣家豪"  # i18n: data
COMPANY_A = "宏达 华信 金桥 恒通 瑞丰 新元 东方 鼎盛 博远 锦程 天成 和泰 正阳 嘉禾 安信 启明 远航 盛世 永兴 汇丰".split()  # i18n: data
COMPANY_B = "贸易 科技 建材 物流 餐饮 电子 制造 医疗器械 文化传媒 装饰工程 服装 食品 教育咨询 汽车服务".split()  # i18n: data
TITLES = ["总经理", "董事长", "办公室主任", "财务总监", "部门经理", "销售经理", "个体户", "教师", "医生", "工程师", "会计"]  # i18n: data
#: Third digit of a demo mobile: 154 and 194 are no Chinese mobile prefixes, so 4 reads as 8.
DEMO_THIRD = "0123856789"
SOURCES = ["朋友介绍", "老客户转介绍", "陌生拜访", "网络", "社区活动", "展会", "同学", "电话营销"]  # i18n: data
PLANS = ["重疾险", "终身寿险", "年金险", "医疗险", "意外险", "教育金", "养老规划", "团体意外险", "企业财产险"]  # i18n: data
CITIES = ["北京", "上海", "广州", "深圳", "杭州", "成都", "南京", "武汉"]  # i18n: data
INDUSTRIES = ["制造业", "服务业", "教育", "医疗", "IT", "金融", "零售", "建筑"]  # i18n: data
LOST_REASONS = ["预算不足", "选择了其他公司", "联系不上", "暂无需求"]  # i18n: data
NEXT_STEPS = ["下次见面讲解建议书", "带计划书面谈", "确认体检时间", "讨论缴费方式", "约家人一起面谈"]  # i18n: data

# Per-day chance that a prospect in a stage moves on.
ADVANCE = {Stage.OPPORTUNITY: 0.12, Stage.P25: 0.05, Stage.P50: 0.06, Stage.P90: 0.22}


def _english() -> bool:
    """A demo made while the UI speaks English is written in English (demo_english)."""
    return i18n.language() == "en"


def _word(text: str) -> str:
    return demo_english.word(text) if _english() else text


def _name(rng: random.Random, used: set[str]) -> str:
    for _ in range(200):
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        if _english():  # 王伟 and 王玮 both read Wang Wei: the names stay distinct in English too
            name = demo_english.person(name)
        if name not in used:
            used.add(name)
            return name
    name = f"{rng.choice(SURNAMES)}客户{len(used)}"  # i18n: data
    used.add(name)
    return name


def invented_lunar_birthday(rng: random.Random, year: int) -> DateSpec:
    """A lunar birthday in ``year``: now and then in that year's 闰 month or on a 三十 (the
    cases the calendar rules of SPEC §3.1 are about), the year sometimes not known."""
    leap_month = leap_month_of(year)
    if leap_month and rng.random() < 0.3:
        month, leap = leap_month, True
    else:
        month, leap = rng.randint(1, 12), False
    day = rng.randint(1, 30) if rng.random() < 0.9 else 30
    day = min(day, lunar_month_days(year, month, leap))
    return DateSpec(True, year if rng.random() < 0.8 else None, month, day, leap)


def _customer(rng: random.Random, used: set[str], referrer: int | None, met_on: dt.date) -> CustomerData:
    company = ""
    if rng.random() < 0.75:
        first, kind = rng.choice(COMPANY_A), rng.choice(COMPANY_B)
        company = demo_english.company(first, kind) if _english() else first + kind + "有限公司"  # i18n: data
    birthday = dt.date(rng.randint(1960, 1998), rng.randint(1, 12), rng.randint(1, 28))
    lunar_birthday = None
    if rng.random() < 0.2:
        birthday, lunar_birthday = None, invented_lunar_birthday(rng, birthday.year)
    return CustomerData(
        name=_name(rng, used),
        gender=rng.choice(("男", "女")),  # i18n: data
        company=company,
        title=_word(rng.choice(TITLES)),
        mobile=f"1{rng.choice('3589')}{DEMO_THIRD[rng.randint(0, 9)]}0000{rng.randint(0, 9999):04d}",
        source=_word("老客户转介绍" if referrer else rng.choice(SOURCES)),  # i18n: data
        referrer_id=referrer,
        met_on=met_on,
        birthday=birthday,
        lunar_birthday=lunar_birthday,
        city=_word(rng.choice(CITIES)),
        industry=_word(rng.choice(INDUSTRIES)),
        value_grade=rng.choice("ABCCDDE"),
        tags=_word(rng.choice(["", "", "高净值", "企业主", "家庭保障", "转介绍中心"])),  # i18n: data
        notes=_word(rng.choice(["", "", "喜欢下午见面", "周末不方便", "对收益型产品感兴趣"])),  # i18n: data
    )


class DemoWriter(Protocol):
    """Where the simulation's writes go. ``at`` is the moment of every write that follows."""

    def set_time(self, at: dt.datetime) -> None: ...
    def add_customer(self, data: CustomerData) -> int: ...
    def add_prospect(self, customer_id: int, plan: str) -> int: ...
    def move(self, prospect_id: int, target: Stage, **kw) -> bool: ...
    def log_activity(self, customer_id: int, kind: str) -> None: ...
    def add_contact(self, customer_id: int, method: str, **kw) -> None: ...
    def cycle_days(self) -> int: ...


class ServiceWriter:
    """Every write through the services, on a clock set to the moment of the write."""

    def __init__(self, desk: SalesDesk, clock: FixedClock):
        self.desk = desk
        self.clock = clock

    def set_time(self, at: dt.datetime) -> None:
        self.clock.set(at)

    def add_customer(self, data: CustomerData) -> int:
        return self.desk.add_customer(data)

    def add_prospect(self, customer_id: int, plan: str) -> int:
        return self.desk.add_prospect(customer_id, plan)

    def move(self, prospect_id: int, target: Stage, **kw) -> bool:
        try:
            self.desk.move_prospect(prospect_id, target, **kw)
        except MoveRefused:
            return False
        return True

    def log_activity(self, customer_id: int, kind: str) -> None:
        self.desk.log_activity(customer_id, kind)

    def add_contact(self, customer_id: int, method: str, **kw) -> None:
        self.desk.add_contact(customer_id, method, **kw)

    def cycle_days(self) -> int:
        return self.desk.sales_cycle().days

    def finish(self) -> None:
        pass


class BulkWriter:
    """The same writes as ``ServiceWriter``, kept in memory and written table by table.

    Only for a fresh file filled by the demo: ids are handed out in order from 1, as
    SQLite would, and every move is checked by the same rule the service applies.
    """

    def __init__(self, desk: SalesDesk):
        self.desk = desk  # for the customer columns the service derives (pinyin, search text)
        self.now = desk.clock.now()
        self.rows: dict[type[pw.Model], list[pw.Model]] = {
            Customer: [], Prospect: [], StageChange: [], Activity: [], ContactRecord: [], Appointment: [],
            LevelChange: []}
        self.reached: dict[int, list[tuple[int, Stage]]] = {}  # customer → (prospect, stage) entered
        self.last_change: dict[int, dt.datetime] = {}
        self.booked: dict[int, list[int]] = {}  # prospect → [paid fen, premium fen] booked
        self.won: list[tuple[dt.datetime, int, dt.date | None]] = []  # (at, prospect, first meeting), sorted
        self.cycle_default = desk.settings_int("cycle_default_days", 28)
        self.cycle_override = desk.settings_int("cycle_override_days", 0) or None

    def _add(self, model: type[pw.Model], **values) -> pw.Model:
        rows = self.rows[model]
        row = model(id=len(rows) + 1, **values)
        rows.append(row)
        return row

    def set_time(self, at: dt.datetime) -> None:
        self.now = at.replace(microsecond=0)

    def add_customer(self, data: CustomerData) -> int:
        data = validate(data, self.now.date())
        if data.referrer_id is not None and not 1 <= data.referrer_id <= len(self.rows[Customer]):
            raise ValueError(f"unknown referrer {data.referrer_id}")
        row = self._add(Customer, created_at=self.now, updated_at=self.now)
        self.desk._fill(row, data)
        # As services.hand_set: a grade or level given with the card is hand-set.
        row.value_grade_manual = bool(row.value_grade)
        if row.relation_level != levels.PROSPECT:
            row.relation_level_manual = True
            self._add(LevelChange, customer=row.id, at=self.now, from_level=levels.PROSPECT,
                      to_level=row.relation_level, manual=True, reason="手动设置")  # i18n: data
        return row.id

    def add_prospect(self, customer_id: int, plan: str) -> int:
        row = self._add(Prospect, customer=customer_id, plan=plan.strip(), stage=Stage.OPPORTUNITY.value,
                        stage_since=self.now, created_at=self.now)
        self._add(StageChange, prospect=row.id, at=self.now, from_stage=None,
                  to_stage=Stage.OPPORTUNITY.value, recorded_at=self.now)
        self.last_change[row.id] = self.now
        self.booked[row.id] = [0, 0]
        return row.id

    def cycle_days(self, as_of: dt.datetime | None = None) -> int:
        # As PipelineService.deal_durations: the latest deals strictly before ``as_of``.
        end = len(self.won) if as_of is None else bisect.bisect_left(self.won, (as_of,))
        deals = self.won[max(0, end - CYCLE_WINDOW):end]
        durations = [(won.date() - first).days for won, _pid, first in deals if first is not None]
        return sales_cycle(durations, default_days=self.cycle_default, override_days=self.cycle_override).days

    def move(self, prospect_id: int, target: Stage, *, reason: str = "", first_meeting: dt.date | None = None,
             criteria: Iterable[int] = (), budget: Decimal | None = None, signing_date: dt.date | None = None,
             next_step: str | None = None, signed: bool | None = None, paid: Decimal | None = None,
             premium: Decimal | None = None) -> bool:
        # As PipelineService.move_prospect, for the moves the demo makes (no corrections).
        reason = reason.strip()
        at = self.now
        row = self.rows[Prospect][prospect_id - 1]
        if at < self.last_change[prospect_id]:
            raise ValueError("the demo's clock went backwards")
        facts = _facts(row)
        facts = moved_facts(facts, target, set(facts.criteria) | set(criteria), first_meeting=first_meeting,
                            budget=budget, signing_date=signing_date, next_step=next_step, signed=signed,
                            paid=paid, premium=premium)
        if not check_move(facts, target, at.date(), self.cycle_days(as_of=at), reason).allowed:
            return False
        from_stage = Stage(row.stage)
        before = _snapshot(row)
        old_first = row.first_meeting
        put_move(row, facts, target, at, reason)
        if row.first_meeting != old_first:
            self._sync_first_meeting(row)
        booked = self.booked[prospect_id]
        paid_fen = premium_fen = 0
        if target == Stage.P90:
            paid_fen = max(0, (to_fen(facts.paid) or 0) - booked[0])
        elif target == Stage.WON:
            premium_fen = max(0, (to_fen(facts.premium) or 0) - booked[1])
        booked[0] += paid_fen
        booked[1] += premium_fen
        self._add(StageChange, prospect=prospect_id, at=at, from_stage=from_stage.value, to_stage=target.value,
                  reason=reason, first_meeting=facts.first_meeting, paid_fen=paid_fen, premium_fen=premium_fen,
                  correction_of=None, recorded_at=self.now, before=before)
        self.last_change[prospect_id] = at
        self._raise_level(row.customer_id, prospect_id, target, at)
        if target == Stage.WON:
            # A prospect is won once: 成交 is closed and the demo never reopens it.
            bisect.insort(self.won, (at, prospect_id, facts.first_meeting))
        return True

    def _raise_level(self, customer_id: int, prospect_id: int, target: Stage, at: dt.datetime) -> None:
        # As services.grades._after_move: 客户五级分类 rises with the prospects.
        if target not in levels.STAGE_LEVELS:
            return
        reached = self.reached.setdefault(customer_id, [])
        reached.append((prospect_id, target))
        customer = self.rows[Customer][customer_id - 1]
        if customer.relation_level_manual:
            return
        new = levels.raised(customer.relation_level, levels.earned_level(reached, levels.DEFAULT_LOYAL_DEALS))
        if new is None:
            return
        deals = len({p for p, s in reached if s == Stage.WON}) if target == Stage.WON else 0
        self._add(LevelChange, customer=customer_id, at=at, from_level=customer.relation_level, to_level=new,
                  manual=False, reason=levels.reason_for(target, deals))
        customer.relation_level = new

    def _sync_first_meeting(self, row: Prospect) -> None:
        # As services/agenda.py Agenda._sync_first_meeting: the board's first meeting is an appointment.
        appointments = self.rows[Appointment]
        mine = self.__dict__.setdefault("_appointments_of", {}).setdefault(row.id, [])
        flagged = next((a for a in mine if a.first_meeting), None)
        if row.first_meeting is None:
            if flagged is None:
                return
            if flagged.start.date() >= self.now.date():
                mine.remove(flagged)
                appointments.remove(flagged)  # SQLite hands the next insert max(id) + 1 again
                if flagged.id == self.__dict__.get("_appointment_max", 0):
                    self._appointment_max = max((x.id for x in appointments), default=0)
            else:
                flagged.first_meeting = False
            return
        if flagged is not None:
            if flagged.start.date() != row.first_meeting:
                flagged.start = dt.datetime.combine(row.first_meeting, flagged.start.time())
            return
        same_day = sorted((a for a in mine if a.start.date() == row.first_meeting), key=lambda a: a.start)
        if same_day:
            same_day[0].first_meeting = True
            return
        new_id = self.__dict__.get("_appointment_max", 0) + 1
        self._appointment_max = new_id
        mine.append(Appointment(
            id=new_id, customer=row.customer_id, prospect=row.id,
            start=dt.datetime.combine(row.first_meeting, FIRST_MEETING_TIME), minutes=60, title=_first_title(row.plan),
            place="", notes="", first_meeting=True, created_at=self.now))
        appointments.append(mine[-1])

    def log_activity(self, customer_id: int, kind: str) -> None:
        self._add(Activity, customer=customer_id, at=self.now, kind=kind, note="")

    def add_contact(self, customer_id: int, method: str, **kw) -> None:
        self._add(ContactRecord, customer=customer_id, at=self.now, method=method, **kw)

    def finish(self) -> None:
        """Write every table in one transaction, in an order the foreign keys accept."""
        con = self.desk.db.connection()
        with self.desk.db.atomic("IMMEDIATE"):
            for model, rows in self.rows.items():
                if not rows:
                    continue
                fields = model._meta.sorted_fields
                columns = ", ".join(f'"{f.column_name}"' for f in fields)
                marks = ", ".join("?" for _ in fields)
                con.executemany(
                    f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})',
                    [[f.db_value(row.__data__.get(f.name)) for f in fields] for row in rows],
                )


def populate(writer: DemoWriter, customers: int, seed: int, now: dt.datetime, days: int = 100) -> None:
    rng = random.Random(seed)
    used: set[str] = set()
    start = (now - dt.timedelta(days=days)).replace(hour=9, minute=0, second=0, microsecond=0)
    all_customers: list[int] = []
    open_prospects: list[int] = []
    stage_of: dict[int, Stage] = {}
    first_meeting: dict[int, dt.date] = {}
    customer_of: dict[int, int] = {}
    budget_of: dict[int, Decimal] = {}
    paid_of: dict[int, Decimal] = {}
    per_day = customers / (days + 1)

    def at(day: dt.date, hour: int) -> None:
        # Never past "now": the demo's last day is today, and today is not over yet.
        writer.set_time(min(now, dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59)))))

    def move(pid: int, stage: Stage, **kw) -> bool:
        if not writer.move(pid, stage, **kw):
            return False
        stage_of[pid] = stage
        if not stage.is_open:
            open_prospects.remove(pid)
        return True

    for offset in range(days + 1):
        day = (start + dt.timedelta(days=offset)).date()
        if day > now.date():
            break
        last_day = day == now.date()
        # New contacts.
        # Spread the customers evenly over the days, all of them in by the last day.
        due = customers if last_day else min(customers, int((offset + 1) * per_day))
        for _ in range(due - len(all_customers)):
            at(day, 9)
            referrer = rng.choice(all_customers) if all_customers and rng.random() < 0.25 else None
            cid = writer.add_customer(_customer(rng, used, referrer, day))
            all_customers.append(cid)
            for _ in range(1 if rng.random() < 0.85 else 2):
                pid = writer.add_prospect(cid, _word(rng.choice(PLANS)))
                open_prospects.append(pid)
                stage_of[pid] = Stage.OPPORTUNITY
                customer_of[pid] = cid
        if day.weekday() == 6 and not last_day:
            continue
        # The ratio game: dials, reaches, appointments.
        if all_customers:
            for _ in range(rng.randint(8, 15)):
                at(day, rng.randint(9, 11))
                cid = rng.choice(all_customers)
                writer.log_activity(cid, "dial")
                if rng.random() < 0.45:
                    writer.log_activity(cid, "reach")
        # Work the board.
        cycle = writer.cycle_days()
        for pid in list(open_prospects):
            stage = stage_of[pid]
            at(day, rng.randint(13, 17))
            if rng.random() < 0.006:
                move(pid, Stage.LOST, reason=_word(rng.choice(LOST_REASONS)))
                continue
            fm = first_meeting.get(pid)
            if fm and stage in (Stage.P25, Stage.P50) and (day - fm).days > cycle and rng.random() < 0.08:
                move(pid, Stage.OPPORTUNITY, reason=_word("超出销售周期，送回销售机会"))  # i18n: data
                first_meeting.pop(pid, None)
                continue
            if stage == Stage.APPOINTMENT:
                if fm and fm <= day and rng.random() < 0.8:
                    # Most first meetings end with the next step agreed (criterion 5 alone
                    # keeps it a 25%); some agents forget to write it down.
                    step = _word(rng.choice(NEXT_STEPS)) if rng.random() < 0.7 else None
                    if move(pid, Stage.P25, next_step=step):
                        writer.log_activity(customer_of[pid], "meet")
                continue
            if rng.random() >= ADVANCE.get(stage, 0):
                continue
            if stage == Stage.OPPORTUNITY:
                meet = day + dt.timedelta(days=rng.randint(1, 5))
                if move(pid, Stage.APPOINTMENT, first_meeting=meet):
                    first_meeting[pid] = meet
                    writer.log_activity(customer_of[pid], "book")
            elif stage == Stage.P25 and fm:
                budget = Decimal(rng.choice((800, 1200, 1500, 3000, 5000, 8000, 12000)))
                latest = fm + dt.timedelta(days=cycle)
                signing = min(latest, day + dt.timedelta(days=rng.randint(3, 14)))
                if signing >= day and move(pid, Stage.P50, criteria=[1, 2], budget=budget,
                                           signing_date=signing, next_step=_word(rng.choice(NEXT_STEPS))):
                    budget_of[pid] = budget
            elif stage == Stage.P50:
                paid = budget_of.get(pid) or Decimal(1000)
                if move(pid, Stage.P90, signed=True, paid=paid):
                    paid_of[pid] = paid
            elif stage == Stage.P90:
                if move(pid, Stage.WON, premium=paid_of.get(pid) or Decimal(1000)):
                    writer.log_activity(customer_of[pid], "close")
        if rng.random() < 0.5 and all_customers:
            at(day, 18)
            writer.add_contact(rng.choice(all_customers), rng.choice(("电话", "面谈", "微信")),  # i18n: data
                               subject=_word("跟进"), interest=rng.randint(1, 5), result=rng.choice("ABCDE"))  # i18n: data
    writer.set_time(now)


def make_demo_db(path: str | Path, customers: int = 80, seed: int = 7, now: dt.datetime | None = None,
                 agent: str | None = None, *, through_services: bool = False) -> Path:
    """Write a demo database at ``path`` (which must not hold a database already).

    ``through_services`` makes every write through ``SalesDesk`` (slow; the same result).
    ``agent``: the agent's name, by default the demo agent in the user's language.
    """
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(tr("文件已存在，演示数据不会覆盖它：{path}").format(path=path))
    now = (now or dt.datetime.now()).replace(second=0, microsecond=0)
    db = open_db(path)
    try:
        # A throwaway file being filled in one go: durability per commit buys nothing here.
        db.execute_sql("PRAGMA synchronous = OFF")
        clock = FixedClock(now)
        desk = SalesDesk(db, clock)
        desk.set_setting("agent_name", tr(DEFAULT_AGENT) if agent is None else agent)
        writer = ServiceWriter(desk, clock) if through_services else BulkWriter(desk)
        populate(writer, customers, seed, now)
        writer.finish()
        db.execute_sql("PRAGMA synchronous = FULL")
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        close_db(db)
    return path
