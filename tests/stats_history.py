"""A constructed history for the 统计 tests: every number it should give is worked out by hand.

The clock stands at Monday 2026-11-23 10:00 (tests/conftest.py). November 2026:
- 甲 (pa): created 11-02, 约见 11-03, 25% 11-05, 50% 11-10 (budget 10,000), 90% 11-16 (paid 8,000),
  成交 11-20 (premium 9,000).
- 乙 (pb): created 11-02, 约见, 25% 11-04, then straight to 90% on 11-12 (budget 5,000, paid
  4,000): it skipped 50% and counts as having reached it. Signing 11-25.
- 丙 (pc): created 11-02, 约见, 25% 11-06 (budget 2,000), 50% 11-09 — undone on 11-23: it
  reached 25% only, and stands at 25% again (first meeting 11-04: expected 12-02).
- 丁 (pd): created 11-02, 约见, 25% 11-04, 50% 11-06 (budget 3,000), 退出 11-11 (预算不足):
  it keeps what it reached.
- 戊 (pe): created 10-30, 约见 10-31 (before November), 25% 11-02 (budget 1,000, first meeting
  10-31): in November it reached 25% but was neither created nor booked there.
Activities on 甲: November 30 dials, 14 reached, 2 booked, 4 met, 1 closed; a dial at 10-31 23:59
(October) and one at 11-22 23:59 (Sunday: the week before the clock's).
"""
from __future__ import annotations

import datetime as dt

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage


def at(day: str, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime.fromisoformat(f"2026-{day}").replace(hour=hour, minute=minute)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(f"2026-{text}")


def five(desk, pid, when, *, budget, signing, target=Stage.P50, **kw):
    return desk.move_prospect(pid, target, at=when, criteria=[1, 2], budget=budget, signing_date=signing,
                              next_step="送建议书", **kw)


def build(desk) -> dict:
    ids = {}
    for name in "甲乙丙丁戊":
        ids[name] = desk.add_customer(CustomerData(name=f"{name}先生"))
    c = ids
    pa = desk.add_prospect(c["甲"], "重疾险", at=at("11-02"))
    desk.move_prospect(pa, Stage.APPOINTMENT, at=at("11-03"), first_meeting=day("11-05"))
    desk.move_prospect(pa, Stage.P25, at=at("11-05", 15))
    five(desk, pa, at("11-10"), budget="10000", signing=day("11-20"))
    desk.move_prospect(pa, Stage.P90, at=at("11-16"), signed=True, paid="8000")
    desk.move_prospect(pa, Stage.WON, at=at("11-20"), premium="9000")

    pb = desk.add_prospect(c["乙"], "年金险", at=at("11-02"))
    desk.move_prospect(pb, Stage.APPOINTMENT, at=at("11-03"), first_meeting=day("11-04"))
    desk.move_prospect(pb, Stage.P25, at=at("11-04", 15))
    five(desk, pb, at("11-12"), budget="5000", signing=day("11-25"), target=Stage.P90, signed=True, paid="4000")

    pc = desk.add_prospect(c["丙"], "教育金", at=at("11-02"))
    desk.move_prospect(pc, Stage.APPOINTMENT, at=at("11-03"), first_meeting=day("11-04"))
    desk.move_prospect(pc, Stage.P25, at=at("11-06"), budget="2000")
    undone = five(desk, pc, at("11-09"), budget="2000", signing=day("11-28"))
    desk.undo_move(undone.change_id)

    pd = desk.add_prospect(c["丁"], "意外险", at=at("11-02"))
    desk.move_prospect(pd, Stage.APPOINTMENT, at=at("11-03"), first_meeting=day("11-04"))
    desk.move_prospect(pd, Stage.P25, at=at("11-04", 15))
    five(desk, pd, at("11-06"), budget="3000", signing=day("11-20"))
    desk.move_prospect(pd, Stage.LOST, at=at("11-11"), reason="预算不足")

    pe = desk.add_prospect(c["戊"], "医疗险", at=dt.datetime(2026, 10, 30, 9))
    desk.move_prospect(pe, Stage.APPOINTMENT, at=dt.datetime(2026, 10, 31, 9), first_meeting=dt.date(2026, 10, 31))
    desk.move_prospect(pe, Stage.P25, at=at("11-02"), budget="1000")

    weekdays = [d for d in (dt.date(2026, 11, 2) + dt.timedelta(days=i) for i in range(21)) if d.weekday() < 5]
    plan = {"dial": 30, "reach": 14, "book": 2, "meet": 4, "close": 1}
    for kind, n in plan.items():
        for i in range(n):
            when = dt.datetime.combine(weekdays[i % len(weekdays)], dt.time(10, i % 50))
            desk.log_activity(c["甲"], kind, at=when)
    desk.log_activity(c["甲"], "dial", at=dt.datetime(2026, 10, 31, 23, 59))
    desk.log_activity(c["甲"], "dial", at=at("11-22", 23, 59))
    return {"customers": ids, "pa": pa, "pb": pb, "pc": pc, "pd": pd, "pe": pe}
