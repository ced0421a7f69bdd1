"""A week of real history, built through the services on the injected clock.

Shared by the report and view tests (tests/ is on sys.path through its conftest).
The week of Friday 2026-11-20 (SPEC §2's own example): 周一 = 11-20..11-22,
周三 = 11-23..11-24, 周五 = 11-25..11-26. The clock ends on Thursday evening so every
move is in the past.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from salesdesk.core.customer import CustomerData
from salesdesk.core.review import ReviewRow, week_of
from salesdesk.core.stages import Stage
from salesdesk.core.weekly import Entry, RowMoney, WeeklyTable

AGENT = "张三"
FORMULA_NAME = '=HYPERLINK("http://x","y")'
PHONE = "13800138000"
WEEK_DAY = dt.date(2026, 11, 23)
END_OF_WEEK = dt.datetime(2026, 11, 26, 20, 0)

#: (row, stage) -> the entry texts expected there (overdue ones listed in OVERDUE).
EXPECTED = {
    (ReviewRow.MON, Stage.OPPORTUNITY): ["11.20" + FORMULA_NAME],
    (ReviewRow.MON, Stage.APPOINTMENT): ["11.25王芳"],
    (ReviewRow.MON, Stage.P25): ["11.04何建国"],
    (ReviewRow.WED, Stage.OPPORTUNITY): ["11.24刘洋"],
    (ReviewRow.WED, Stage.P25): ["10.05李秀英"],
    (ReviewRow.WED, Stage.P50): ["11.03张伟"],
    (ReviewRow.WED, Stage.WON): ["10.20陈静"],
    (ReviewRow.FRI, Stage.P25): ["11.25王芳"],
    (ReviewRow.FRI, Stage.P90): ["11.03张伟"],
}
OVERDUE = {"10.05李秀英"}
CUSTOMER_NAMES = ("何建国", "李秀英", FORMULA_NAME, "王芳", "张伟", "陈静", "刘洋")
PAID = {ReviewRow.FRI: Decimal("1500.00")}
PREMIUM = {ReviewRow.WED: Decimal("3000.00")}


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def build_week(desk, clock) -> dict[str, int]:
    """Customers and moves giving EXPECTED; returns customer ids by name."""
    clock.set(END_OF_WEEK)
    desk.set_setting("agent_name", AGENT)
    ids = {}
    for name in CUSTOMER_NAMES:
        mobile = PHONE if name == "刘洋" else ""
        ids[name] = desk.add_customer(CustomerData(name=name, mobile=mobile, notes=f"{name}的备注"))

    def prospect(name, created):
        return desk.add_prospect(ids[name], "重疾险", at=at(created))

    # 何建国: 25% since 11-04, a meeting logged on Saturday -> 周一, 25%, 18 days old.
    p = prospect("何建国", "2026-11-02 09:00")
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 4), at=at("2026-11-02 10:00"))
    desk.move_prospect(p, Stage.P25, at=at("2026-11-04 15:00"))
    desk.log_activity(ids["何建国"], "meet", at=at("2026-11-21 10:00"))
    # 李秀英: 25% since October, a meeting on Tuesday -> 周三, overdue.
    p = prospect("李秀英", "2026-10-01 09:00")
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=dt.date(2026, 10, 5), at=at("2026-10-01 10:00"))
    desk.move_prospect(p, Stage.P25, at=at("2026-10-05 15:00"))
    desk.log_activity(ids["李秀英"], "meet", at=at("2026-11-24 10:00"))
    # The formula-looking name: a new name on Friday -> 周一, 销售机会.
    prospect(FORMULA_NAME, "2026-11-20 09:00")
    # 王芳: booked on Saturday for Wednesday (周一: 约定初次见面), met Wednesday (周五: 25%).
    p = prospect("王芳", "2026-11-18 09:00")
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 25), at=at("2026-11-21 11:00"))
    desk.move_prospect(p, Stage.P25, at=at("2026-11-25 16:00"))
    # 张伟: 50% on Tuesday (周三), 90% with 1500 paid on Thursday (周五).
    p = prospect("张伟", "2026-11-01 09:00")
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 3), at=at("2026-11-01 10:00"))
    desk.move_prospect(p, Stage.P25, at=at("2026-11-03 15:00"))
    desk.move_prospect(p, Stage.P50, criteria=[1, 2], budget=Decimal("1500"), signing_date=dt.date(2026, 11, 27),
                       next_step="签约", at=at("2026-11-24 15:00"))
    desk.move_prospect(p, Stage.P90, signed=True, paid=Decimal("1500"), at=at("2026-11-26 11:00"))
    # 陈静: 90% before the week, 成交 on Monday with 3000 underwritten (周三).
    p = prospect("陈静", "2026-10-18 09:00")
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=dt.date(2026, 10, 20), at=at("2026-10-18 10:00"))
    desk.move_prospect(p, Stage.P25, at=at("2026-10-20 15:00"))
    desk.move_prospect(p, Stage.P50, criteria=[1, 2], budget=Decimal("3000"), signing_date=dt.date(2026, 11, 10),
                       next_step="签约", at=at("2026-11-02 15:00"))
    desk.move_prospect(p, Stage.P90, signed=True, paid=Decimal("3000"), at=at("2026-11-10 11:00"))
    desk.move_prospect(p, Stage.WON, premium=Decimal("3000"), at=at("2026-11-23 11:00"))
    # 刘洋: new on Tuesday -> 周三, 销售机会.
    prospect("刘洋", "2026-11-24 09:00")
    return ids


def stuffed_table(per_cell: int = 15, name_length: int = 3, overdue_every: int = 4) -> WeeklyTable:
    """A table with ``per_cell`` entries in every cell (layout tests need no database)."""
    week = week_of(WEEK_DAY)
    cells = {}
    pid = 0
    surnames = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
    for row in ReviewRow:
        cells[row] = {}
        for stage in Stage:
            if stage == Stage.LOST:
                continue
            entries = []
            for i in range(per_cell):
                pid += 1
                name = (surnames[pid % len(surnames)] + "某某某某某某某某某某某某某某某某某某某")[:name_length]
                name = f"{name}{pid}"
                day = week.start - dt.timedelta(days=i)
                overdue = bool(overdue_every) and i % overdue_every == 0 and stage != Stage.OPPORTUNITY
                entries.append(Entry(pid, 1000 + pid, name, day, stage, 40 if overdue else 5, overdue))
            cells[row][stage] = entries
    money = {row: RowMoney(Decimal("1234.50"), Decimal("99999.99")) for row in ReviewRow}
    return WeeklyTable(week, 28, cells, money)
