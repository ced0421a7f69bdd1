"""Weeks the report tests share beyond tests/weekly_sample.py."""
from __future__ import annotations

import datetime as dt

from salesdesk.core.customer import CustomerData

from weekly_sample import END_OF_WEEK, WEEK_DAY, at

#: The 1,000-customer demo's "now" (tests/reports/conftest.py): its history runs up to
#: here, whatever day the tests run.
DEMO_NOW = dt.datetime(2026, 12, 1, 18, 0)

#: Two prospects of one customer, both new on Friday 11-20 (周一, 销售机会), and one other.
TWINS = "蔡兰"
TWIN_PLANS = ("重疾险", "养老险")
OTHER = "周敏"


def build_twins(desk, clock):
    clock.set(END_OF_WEEK)
    desk.set_setting("agent_name", "张三")
    twin = desk.add_customer(CustomerData(name=TWINS))
    for i, plan in enumerate(TWIN_PLANS):
        desk.add_prospect(twin, plan, at=at(f"2026-11-20 09:1{i}"))
    desk.add_prospect(desk.add_customer(CustomerData(name=OTHER)), TWIN_PLANS[0], at=at("2026-11-20 11:00"))
    return desk.weekly_table(WEEK_DAY)

