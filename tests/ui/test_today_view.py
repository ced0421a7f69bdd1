"""今天 as the agent sees it: each list, one click opens, 送回 and 完成 with undo."""
from __future__ import annotations

import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.ui.today_view import TodayView

from fake_messages import FakeMessages

TODAY = dt.date(2026, 11, 23)


def at(day, hh=10):
    return dt.datetime.combine(day, dt.time(hh))


@pytest.fixture
def built(desk, clock):
    clock.set(at(TODAY - dt.timedelta(days=60)))
    silent = desk.add_customer(CustomerData(name="赵一", value_grade="A"))
    he = desk.add_customer(CustomerData(name="何建国", birthday=dt.date(1980, 11, 25)))
    desk.log_activity(he, "dial")
    p = desk.add_prospect(he, "重疾险")
    clock.set(at(TODAY - dt.timedelta(days=30)))
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=TODAY - dt.timedelta(days=30))
    clock.set(at(TODAY, 8))
    desk.log_activity(he, "dial")
    desk.agenda.add(he, at(TODAY, 15), 60, "送计划书")
    todo = desk.todos.add("回访何建国", due=TODAY, important=True, customer_id=he)
    clock.set(at(TODAY))
    return {"silent": silent, "he": he, "prospect": p, "todo": todo}


@pytest.fixture
def view(qtbot, desk, built):
    widget = TodayView(desk, FakeMessages())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_every_list_and_one_click_opens(qtbot, desk, view, built):
    assert view.appointments.texts() == ["15:00–16:00  何建国：送计划书"]
    assert view.todos.texts() == ["回访何建国（重要不紧急，11.23 到期） · 何建国"]
    assert view.dates.texts() == ["11.25 2 天后  何建国 生日"]
    assert view.turning.texts() == ["何建国 · 重疾险  已过期 2 天"]
    assert view.silent.texts() == ["赵一  A  60 天，从未联系"] and view.silent.title() == "久未联系的客户（1）"
    assert "拨打" in view.counts_label.text() and "1</b>/15" in view.counts_label.text()
    with qtbot.waitSignal(view.open_customer) as opened:
        view.turning.entries[0].click()
    assert opened.args == [built["he"], built["prospect"]]


def test_send_back_and_done_with_undo(qtbot, desk, view, built):
    view.messages.yes_no_answers.append(True)
    view.turning.actions[0].click()
    assert desk.get_prospect(built["prospect"]).stage == Stage.OPPORTUNITY
    assert view.turning.texts() == []
    view.undo_stack.undo()
    assert desk.get_prospect(built["prospect"]).stage == Stage.APPOINTMENT
    view.todos.actions[0].click()
    assert view.todos.texts() == []
    view.undo_stack.undo()
    assert len(view.todos.texts()) == 1


def test_grabbed_at_laptop_size(view, tmp_path):
    assert view.grab().save(str(tmp_path / "today.png"))
