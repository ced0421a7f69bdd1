"""A small desk with Latin names everywhere, for the English tests: any Chinese on screen is
then the program's own text, not the user's.

The clock ends at Monday 2026-11-23 10:00 (tests/conftest.py). What it holds:
- Zhang Wei (grade A, born 1980-11-25): a "Critical illness" prospect booked 30 days ago, so
  past the 28-day cycle; an appointment today at 15:00; a to-do due today; dials today.
- Wang Fang: an "Annuity" prospect at 90% whose signing date (11-20) has passed.
- Chen Jie: won a "Pension" deal on 11-16 (premium 9,000).
- Li Na: never contacted (grade B).
- a weekly plan to-do, and an urgent one with no customer.
"""
from __future__ import annotations

import datetime as dt

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage

TODAY = dt.date(2026, 11, 23)


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def build_latin(desk, clock) -> dict:
    clock.set(at(TODAY - dt.timedelta(days=60)))
    ids = {
        "li": desk.add_customer(CustomerData(name="Li Na", value_grade="B")),
        "zhang": desk.add_customer(CustomerData(name="Zhang Wei", value_grade="A", company="Acme Trading",
                                                birthday=dt.date(1980, 11, 25))),
        "wang": desk.add_customer(CustomerData(name="Wang Fang", company="Acme Trading")),
        "chen": desk.add_customer(CustomerData(name="Chen Jie")),
    }
    desk.log_activity(ids["zhang"], "dial")
    zhang = desk.add_prospect(ids["zhang"], "Critical illness")
    wang = desk.add_prospect(ids["wang"], "Annuity")
    chen = desk.add_prospect(ids["chen"], "Pension")
    clock.set(at(TODAY - dt.timedelta(days=30)))
    desk.move_prospect(zhang, Stage.APPOINTMENT, first_meeting=TODAY - dt.timedelta(days=30))
    for pid in (wang, chen):
        desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=TODAY - dt.timedelta(days=28))
    clock.set(at(TODAY - dt.timedelta(days=20)))
    for pid, signing in ((wang, dt.date(2026, 11, 20)), (chen, dt.date(2026, 11, 16))):
        desk.move_prospect(pid, Stage.P25)
        desk.move_prospect(pid, Stage.P50, criteria=[1, 2], budget="6000", signing_date=signing,
                           next_step="Go through the proposal")
    clock.set(at(TODAY - dt.timedelta(days=10)))
    for pid in (wang, chen):
        desk.move_prospect(pid, Stage.P90, signed=True, paid="5000")
    clock.set(at(dt.date(2026, 11, 16)))
    desk.move_prospect(chen, Stage.WON, premium="9000")
    clock.set(at(TODAY, 8))
    desk.log_activity(ids["zhang"], "dial")
    desk.log_activity(ids["zhang"], "reach")
    desk.agenda.add(ids["zhang"], at(TODAY, 15), 60, "Bring the proposal")
    ids["todo"] = desk.todos.add("Call Zhang Wei back", due=TODAY, important=True, customer_id=ids["zhang"])
    ids["plan"] = desk.todos.add("Ten new names", period="周", period_start=TODAY,
                                 period_end=TODAY + dt.timedelta(days=6), progress=20)
    ids["urgent"] = desk.todos.add("Renew the car insurance", due=TODAY - dt.timedelta(days=2), urgent=True)
    desk.set_setting("agent_name", "Liu Yang")
    desk.set_settings({"lost_reasons": ["No budget", "Moved away"]})  # the user's own words
    clock.set(at(TODAY))
    ids.update(zhang_prospect=zhang, wang_prospect=wang, chen_prospect=chen)
    return ids
