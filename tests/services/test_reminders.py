"""Reminders with an injected clock: due once, snoozed, never repeated after a restart."""
import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.reminders import Occurrence, Shown, due_reminders, snooze_until
from salesdesk.services import InvalidInput, SalesDesk

MON = dt.date(2026, 11, 23)


def at(day, hh, mm=0):
    return dt.datetime.combine(day, dt.time(hh, mm))


def test_core_due_once_and_snoozed():
    o = Occurrence("appt:1", "appointment", "约会", "", at(MON, 9, 45), at(MON, 10))
    assert due_reminders(at(MON, 9, 44), [o], {}) == []
    assert due_reminders(at(MON, 9, 45), [o], {}) == [o]
    assert due_reminders(at(MON, 10), [o], {}) == []  # the meeting began: too late to remind
    assert due_reminders(at(MON, 9, 50), [o], {"appt:1": Shown(at(MON, 9, 45))}) == []
    snoozed = {"appt:1": Shown(at(MON, 9, 45), at(MON, 9, 55))}
    assert due_reminders(at(MON, 9, 54), [o], snoozed) == [] and due_reminders(at(MON, 9, 55), [o], snoozed) == [o]
    assert snooze_until(at(MON, 22), "tomorrow") == at(MON + dt.timedelta(days=1), 8)
    assert snooze_until(at(MON, 22), "1h") == at(MON, 23)
    assert snooze_until(at(MON, 22), "10m") == at(MON, 22, 10)


def test_appointment_birthday_and_todo_fire_once_and_not_after_a_restart(desk, clock, db):
    he = desk.add_customer(CustomerData(name="何建国", birthday=dt.date(1980, 11, 24)))
    desk.agenda.add(he, at(MON + dt.timedelta(days=1), 10), 60, "送计划书")
    desk.todos.add("回访", due=MON + dt.timedelta(days=1))
    clock.set(at(MON + dt.timedelta(days=1), 7, 59))
    assert desk.reminders.due() == []
    clock.set(at(MON + dt.timedelta(days=1), 8))
    due = desk.reminders.due()
    assert sorted(o.kind for o in due) == ["birthday", "todo"]
    for o in due:
        desk.reminders.shown(o.key)
    assert desk.reminders.due() == []
    clock.set(at(MON + dt.timedelta(days=1), 9, 45))
    (appt,) = desk.reminders.due()
    assert appt.kind == "appointment" and "送计划书" in appt.text and appt.customer_id == he
    desk.reminders.snooze(appt.key, "10m")
    assert desk.reminders.due() == []
    restarted = SalesDesk(db, clock)  # a new session on the same file
    clock.set(at(MON + dt.timedelta(days=1), 9, 55))
    assert [o.key for o in restarted.reminders.due()] == [appt.key]
    restarted.reminders.shown(appt.key)
    assert restarted.reminders.due() == []


def test_the_lead_is_a_setting_and_bad_snoozes_are_refused(desk, clock):
    he = desk.add_customer(CustomerData(name="何建国"))
    desk.agenda.add(he, at(MON, 11), 60)
    desk.set_setting("remind_minutes", "60")
    clock.set(at(MON, 10))
    (o,) = desk.reminders.due()
    with pytest.raises(InvalidInput):
        desk.reminders.snooze(o.key, "5m")
