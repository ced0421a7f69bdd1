"""待办 as the agent uses it: type and Enter, tick done, drag between quadrants, Ctrl+Z."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from salesdesk.ui.todo_view import TodoPage

from fake_messages import FakeMessages, type_text


@pytest.fixture
def page(qtbot, desk):
    widget = TodoPage(desk, FakeMessages())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_type_enter_tick_done_and_undo(qtbot, desk, page):
    page.new_important.setChecked(True)
    page.new_urgent.setChecked(True)
    type_text(qtbot, page.new_edit, "回访何建国")
    qtbot.keyClick(page.new_edit, Qt.Key.Key_Return)
    assert page.texts("重要紧急") == ["回访何建国"] and page.new_edit.text() == ""
    item = page.lists["重要紧急"].item(0)
    item.setCheckState(Qt.CheckState.Checked)
    assert desk.todos.open() == [] and page.texts("重要紧急") == []
    page.undo()
    assert [t.text for t in desk.todos.open()] == ["回访何建国"]
    assert page.texts("重要紧急") == ["回访何建国"]


def test_moving_to_another_quadrant_and_a_plan(qtbot, desk, page):
    t = desk.todos.add("整理名片", due=dt.date(2026, 11, 20))
    assert page.texts("不重要不紧急") == ["整理名片（已过期 11.20）"]
    page.move_to_quadrant(t, "重要不紧急")
    assert page.texts("重要不紧急") == ["整理名片（已过期 11.20）"] and page.texts("不重要不紧急") == []
    page.undo()
    assert page.texts("不重要不紧急") == ["整理名片（已过期 11.20）"]

    def fill(dialog):
        dialog.text_edit.setText("本月拜访 20 位老客户")
        dialog.important_box.setChecked(True)
        dialog.period_box.setCurrentIndex(dialog.period_box.findData("月"))
        dialog.start_edit.setDate(dt.date(2026, 11, 1))
        dialog.end_edit.setDate(dt.date(2026, 11, 30))
        dialog.progress_spin.setValue(40)
        return True

    page.run_dialog = fill
    new = page.add_with_dialog()
    assert desk.todos.get(new).period == "月"
    assert page.texts("重要不紧急") == ["本月拜访 20 位老客户 [月计划 11.01–11.30 40%]"]


def test_grabbed_at_laptop_size(qtbot, desk, page, tmp_path):
    desk.todos.add("回访", important=True, urgent=True)
    page.reload()
    assert page.grab().save(str(tmp_path / "todo.png"))
