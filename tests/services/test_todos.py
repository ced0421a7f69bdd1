"""To-dos in the four quadrants, with due dates, customers, done and undo, and plans (计划安排)."""
import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.services import InvalidInput

MON = dt.date(2026, 11, 23)


def test_quadrants_due_done_undo_and_drag(desk):
    he = desk.add_customer(CustomerData(name="何建国"))
    a = desk.todos.add("回访何建国", due=MON, important=True, urgent=True, customer_id=he)
    b = desk.todos.add("整理名片", due=MON + dt.timedelta(days=3))
    c = desk.todos.add("读书", important=True)
    assert [(t.text, t.quadrant) for t in desk.todos.open()] == [
        ("回访何建国", "重要紧急"), ("整理名片", "不重要不紧急"), ("读书", "重要不紧急")]
    assert desk.todos.get(a).customer_name == "何建国"
    assert [t.id for t in desk.todos.for_day(MON)] == [a]
    assert desk.todos.set_quadrant(b, "紧急不重要").urgent
    desk.todos.done(a)
    assert [t.id for t in desk.todos.for_day(MON)] == [] and desk.todos.done_list()[0].id == a
    desk.todos.undone(a)
    assert [t.id for t in desk.todos.for_day(MON)] == [a]
    gone = desk.todos.delete(c)
    assert desk.todos.restore(gone) == c and desk.todos.get(c) == gone
    with pytest.raises(InvalidInput):
        desk.todos.set_quadrant(b, "很重要")
    with pytest.raises(InvalidInput):
        desk.todos.add("   ")


def test_a_plan_with_a_period_shows_on_each_day_of_it(desk):
    plan = desk.todos.add("本月拜访 20 位老客户", period="月", period_start=dt.date(2026, 11, 1),
                          period_end=dt.date(2026, 11, 30), progress=40)
    assert [t.id for t in desk.todos.for_day(MON)] == [plan]
    assert desk.todos.for_day(dt.date(2026, 12, 1)) == []
    assert desk.todos.edit(plan, progress=55).progress == 55
    with pytest.raises(InvalidInput, match="早于"):
        desk.todos.edit(plan, period_end=dt.date(2026, 10, 1))
    with pytest.raises(InvalidInput, match="周期"):
        desk.todos.add("x", period="旬", period_start=MON)
