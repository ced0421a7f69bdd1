"""日程 as the agent uses it: double-click to book, drag to move, drag the edge to lengthen,
Delete and Ctrl+Z; overlaps and 不宜拜访时间 arrive as warnings, the appointment is kept."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.ui.agenda_view import AgendaView

from fake_messages import FakeMessages

MON = dt.date(2026, 11, 23)


def at(day, hh, mm=0):
    return dt.datetime.combine(day, dt.time(hh, mm))


@pytest.fixture
def he(desk):
    return desk.add_customer(CustomerData(name="何建国", no_visit_times="周一上午"))


@pytest.fixture
def view(qtbot, desk):
    messages = FakeMessages()
    widget = AgendaView(desk, messages)
    widget.messages = messages
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def accept_with(customer_id, title="", minutes=60):
    def run(dialog):
        dialog.set_customer(customer_id)
        dialog.title_edit.setText(title)
        dialog.minutes_spin.setValue(minutes)
        return True
    return run


def test_double_click_an_empty_slot_books_there_and_warns_of_no_visit_time(qtbot, desk, view, he):
    view.run_dialog = accept_with(he, "送计划书")
    point = view.grid.point_for(at(MON, 9, 5))
    qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=point)
    (a,) = desk.agenda.day(MON)
    assert (a.start, a.title, a.customer_id) == (at(MON, 9), "送计划书", he)
    assert view.messages.texts("warn") == ["何建国不宜拜访：周一上午"]
    assert view.grid.rect_of(a.id) is not None  # the grid shows it at once


def test_drag_moves_and_the_bottom_edge_resizes_then_undo(qtbot, desk, view, he):
    a = desk.agenda.add(he, at(MON, 14), 60, "面谈")
    view.reload()
    rect = view.grid.rect_of(a)
    start = QPoint(int(rect.center().x()), int(rect.top()) + 10)
    qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.grid, start + QPoint(0, 88))  # two hours down
    qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=start + QPoint(0, 88))
    assert desk.agenda.get(a).start == at(MON, 16)
    rect = view.grid.rect_of(a)
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(view.grid, edge + QPoint(0, 22))
    qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=edge + QPoint(0, 22))
    assert desk.agenda.get(a).minutes == 90
    view.undo()
    assert desk.agenda.get(a).minutes == 60
    view.undo()
    assert desk.agenda.get(a).start == at(MON, 14)


def test_delete_asks_and_undo_brings_it_back_and_overlap_is_marked(qtbot, desk, view, he):
    other = desk.add_customer(CustomerData(name="李秀英"))
    a = desk.agenda.add(other, at(MON, 15), 60, "面谈")
    b = desk.agenda.add(other, at(MON, 15, 30), 30)
    view.reload()
    assert view.grid.warned == {a, b}
    assert view.grid.rect_of(a).right() <= view.grid.rect_of(b).left() + 1  # side by side
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=view.grid.rect_of(a).center().toPoint())
    view.messages.yes_no_answers.append(True)
    assert view.delete_selected()
    assert [x.id for x in desk.agenda.day(MON)] == [b]
    view.undo()
    assert [x.id for x in desk.agenda.day(MON)] == [a, b]


def test_an_old_first_meeting_shows_all_day_and_the_week_moves(qtbot, desk, view, he, db):
    p = desk.add_prospect(he, "重疾险")
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=MON + dt.timedelta(days=2))
    db.execute_sql("DELETE FROM appointment")
    view.reload()
    assert [e.prospect_id for e in view.header.entries] == [p]
    view.step(1)
    assert view.header.entries == [] and view.grid.days[0] == MON + dt.timedelta(days=7)
    view.set_week_mode(False)
    view.go_today()
    assert view.grid.days == [MON]


def test_the_week_grabbed_at_laptop_size(qtbot, desk, view, he, tmp_path):
    desk.agenda.add(he, at(MON, 10), 60, "送计划书")
    view.reload()
    image = view.grab()
    assert image.width() == 1366 and image.height() == 768
    assert image.save(str(tmp_path / "agenda.png"))
