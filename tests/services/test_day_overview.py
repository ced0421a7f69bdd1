"""The 今天 view's contents on a fixed date, from a constructed database (SPEC §4)."""
import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage

TODAY = dt.date(2026, 11, 23)  # Monday; the fixture clock says 10:00


def at(day, hh=10, mm=0):
    return dt.datetime.combine(day, dt.time(hh, mm))


def days_ago(n):
    return TODAY - dt.timedelta(days=n)


@pytest.fixture
def day_desk(desk, clock):
    clock.set(at(days_ago(400)))
    ids = {}
    ids["a_silent"] = desk.add_customer(CustomerData(name="赵一", value_grade="A"))
    ids["a_recent"] = desk.add_customer(CustomerData(name="钱二", value_grade="A"))
    ids["e_recent"] = desk.add_customer(CustomerData(name="孙三", value_grade="E"))
    ids["plain"] = desk.add_customer(CustomerData(name="李四", birthday=dt.date(1980, 11, 26),
                                                  anniversary=dt.date(2005, 11, 23)))
    ids["far_bday"] = desk.add_customer(CustomerData(name="周五", birthday=dt.date(1990, 12, 20)))
    clock.set(at(days_ago(40)))
    desk.log_activity(ids["a_silent"], "dial", at=at(days_ago(40), 9))  # A allows 30: overdue by 10
    desk.log_activity(ids["e_recent"], "dial", at=at(days_ago(40), 9))  # E allows 180: fine
    desk.add_contact(ids["plain"], "电话", at=at(days_ago(40), 9))  # ungraded allows 90: fine
    clock.set(at(days_ago(20)))
    desk.log_activity(ids["a_recent"], "reach", at=at(days_ago(20), 9))
    # Prospects: cycle 28 (the default). Age 25 turns overdue within 7 days; age 30 has; age 10 is fine.
    clock.set(at(days_ago(35)))
    for key, age in (("turning", 25), ("overdue", 30), ("young", 10)):
        p = desk.add_prospect(ids["plain"], key)
        desk.clock.set(at(days_ago(age)))
        desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=days_ago(age))
        desk.clock.set(at(days_ago(35)))
        ids[key] = p
    clock.set(at(days_ago(5)))
    desk.add_contact(ids["far_bday"], "电话", at=at(days_ago(10), 9))
    stuck = desk.add_prospect(ids["far_bday"], "年金险")
    desk.move_prospect(stuck, Stage.APPOINTMENT, first_meeting=days_ago(5))
    desk.move_prospect(stuck, Stage.P90, criteria=[1, 2, 5], budget="5000", signing_date=days_ago(2),
                       next_step="收款", signed=True, paid="5000")
    ids["stuck"] = stuck
    clock.set(at(TODAY, 8))
    desk.log_activity(ids["plain"], "dial")
    desk.log_activity(ids["plain"], "dial")
    desk.log_activity(ids["plain"], "reach")
    ids["todo"] = desk.todos.add("回访李四", due=TODAY, urgent=True)
    desk.todos.add("下周的事", due=TODAY + dt.timedelta(days=7))
    ids["appt"] = desk.agenda.add(ids["plain"], at(TODAY, 15), 60, "送计划书")
    clock.set(at(TODAY))
    return desk, ids


def test_every_list_of_the_day(day_desk):
    desk, ids = day_desk
    view = desk.day.overview(TODAY, 7)
    assert [(a.id, a.title) for a in view.appointments] == [(ids["appt"], "送计划书")]
    assert [t.id for t in view.todos] == [ids["todo"]] and view.todos[0].quadrant == "紧急不重要"
    assert [(b.name, b.date, b.in_days) for b in view.birthdays] == [("李四", dt.date(2026, 11, 26), 3)]
    assert [(b.name, b.in_days) for b in view.anniversaries] == [("李四", 0)]
    assert view.cycle_days == 28
    turning = {t.prospect_id: t for t in view.turning_overdue}
    assert set(turning) == {ids["turning"], ids["overdue"]}
    assert (turning[ids["turning"]].age_days, turning[ids["turning"]].overdue_in) == (25, 4)
    assert turning[ids["overdue"]].overdue
    assert [(s.prospect_id, s.signing_date) for s in view.stuck_at_90] == [(ids["stuck"], days_ago(2))]
    assert [(c.name, c.grade, c.days, c.allowed) for c in view.not_contacted] == [("赵一", "A", 40, 30)]
    assert view.not_contacted_count == 1
    assert (view.activity["dial"], view.activity["reach"], view.activity["book"]) == (2, 1, 0)
    assert view.reference == {"dial": 15, "reach": 7, "book": 1}


def test_a_grade_interval_setting_and_a_customer_never_contacted(day_desk):
    desk, ids = day_desk
    desk.set_setting("contact_days_E", "30")
    names = [(c.name, c.days) for c in desk.day.not_contacted(TODAY)[0]]
    assert names == [("赵一", 40), ("孙三", 40)]
    new = desk.add_customer(CustomerData(name="吴六", value_grade="B"))
    assert new not in [c.customer_id for c in desk.day.not_contacted(TODAY)[0]]  # just added: not yet
    rows, count = desk.day.not_contacted(TODAY + dt.timedelta(days=61))
    never = [c for c in rows if c.customer_id == new]
    assert never and never[0].never and never[0].days == 61 and count == len(rows)


def test_birthdays_within_the_setting_window(day_desk):
    desk, _ = day_desk
    assert [b.name for b in desk.day.overview(TODAY).birthdays] == ["李四"]  # reminder_days 7
    desk.set_setting("reminder_days", "30")
    assert [b.name for b in desk.day.overview(TODAY).birthdays] == ["李四", "周五"]
    assert [b.name for b in desk.day.overview(TODAY, 2).birthdays] == []


def test_a_leap_day_birthday_falls_on_the_28th_in_a_common_year(desk):
    desk.add_customer(CustomerData(name="闰日", birthday=dt.date(1996, 2, 29)))
    (b,) = desk.day.upcoming_dates(dt.date(2027, 2, 25), 7)
    assert b.date == dt.date(2027, 2, 28) and b.in_days == 3


def test_a_lunar_birthday_is_listed_on_its_solar_day_this_year(desk):
    """desk.dates knows the lunar calendar: 农历十月十七 falls on 2026-11-25 in 2026 (SPEC §3.1)."""
    from salesdesk.core.lunar import DateSpec

    desk.add_customer(CustomerData(name="农历", lunar_birthday=DateSpec(year=1980, month=10, day=17, leap=False,
                                                                        lunar=True)))
    (b,) = desk.day.overview(TODAY, 7).birthdays
    assert b.lunar and b.name == "农历" and b.in_days == (b.date - TODAY).days
    assert b.date == dt.date(2026, 11, 25)
