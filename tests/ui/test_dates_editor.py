"""The card's other dated notes: added at once, shown in both calendars, changed, removed after asking."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesdesk.core.customer import CustomerData
from salesdesk.core.lunar import DateSpec
from salesdesk.ui.card.card import CustomerCard

from fake_messages import FakeMessages, type_text


@pytest.fixture
def messages():
    return FakeMessages()


@pytest.fixture
def card(qtbot, desk, messages):
    card = CustomerCard(desk, messages)
    qtbot.addWidget(card)
    desk.subscribe(card.on_changes)
    card.resize(1366, 768)
    card.show()
    return card


@pytest.fixture
def he(desk):
    return desk.add_customer(CustomerData(name="何建国"))


def lines(editor) -> list[str]:
    return [editor.list.item(i).text() for i in range(editor.list.count())]


def test_a_new_customer_must_be_saved_first(card):
    editor = card.dates_editor
    assert not editor.open_button.isEnabled() and "保存客户后" in editor.open_button.toolTip()
    assert not editor.isVisible()  # no room taken


def test_the_row_takes_room_only_with_notes_or_while_adding(qtbot, card, desk, he):
    card.show_customer(he)
    editor = card.dates_editor
    assert not editor.isVisible() and editor.open_button.isVisible()
    qtbot.mouseClick(editor.open_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.form.isVisible() and not editor.list.isVisible()
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    desk.dates.add(he, "公司成立日", "3-18")
    assert editor.isVisible() and editor.list.isVisible() and not editor.form.isVisible()


def test_a_dated_note_typed_is_added_at_once_in_both_calendars(qtbot, card, desk, he):
    card.show_customer(he)
    editor = card.dates_editor
    qtbot.mouseClick(editor.open_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, editor.label, "孩子生日")
    editor.calendar.setCurrentText("农历")
    type_text(qtbot, editor.date, "闰4-8")
    qtbot.keyClick(editor.date, Qt.Key.Key_Return)
    assert [(n.label, n.date) for n in desk.dates.list(he)] == [("孩子生日", DateSpec(True, None, 4, 8, True))]
    # clock: 2026-11-23; 2027 has no 闰四月: 四月初八 of 2027 is 2027-05-13
    assert lines(editor) == ["孩子生日　农历闰四月初八（明年 5月13日）"]
    assert editor.label.text() == "" and editor.date.text() == "" and not editor.form.isVisible()
    assert not card.is_dirty()  # a record of its own, not an edit of the card waiting for 保存


def test_what_the_text_says_wins_over_the_calendar_box(qtbot, card, desk, he):
    card.show_customer(he)
    editor = card.dates_editor
    editor.open_form()
    editor.label.setText("中秋")
    editor.date.setText("农历八月十五")  # 公历 chosen, but the text says 农历
    assert editor.submit()
    assert desk.dates.list(he)[0].date == DateSpec(True, None, 8, 15)


def test_a_bad_date_is_shown_in_red_and_nothing_is_added(card, desk, he):
    card.show_customer(he)
    editor = card.dates_editor
    editor.open_form()
    editor.label.setText("孩子生日")
    editor.date.setText("2-30")
    assert not editor.submit()
    assert "2月没有30日" in editor.error.text() and editor.error.isVisible()
    editor.date.setText("3-18")
    editor.label.setText("")
    assert not editor.submit() and "日期名称不能为空" in editor.error.text()
    assert desk.dates.list(he) == []


def test_double_click_changes_a_note(qtbot, card, desk, he):
    note = desk.dates.add(he, "公司成立日", "2018-3-18")
    card.show_customer(he)
    editor = card.dates_editor
    editor.start_edit(note)
    assert (editor.label.text(), editor.date.text(), editor.add_button.text()) == ("公司成立日", "2018-3-18", "保存")
    assert editor.remove_button.isVisible()
    editor.date.setText("2018-3-19")
    assert editor.submit()
    assert desk.dates.list(he)[0].date == DateSpec(False, 2018, 3, 19)
    assert editor.add_button.text() == "添加" and len(lines(editor)) == 1


def test_removing_asks_first(qtbot, card, desk, messages, he):
    desk.dates.add(he, "公司成立日", "3-18")
    desk.dates.add(he, "父亲生日", "10-1")
    card.show_customer(he)
    editor = card.dates_editor
    editor.list.setCurrentRow(0)
    messages.yes_no_answers.append(False)
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert len(desk.dates.list(he)) == 2
    messages.yes_no_answers.append(True)
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert [n.label for n in desk.dates.list(he)] == ["父亲生日"]
    assert "删除“公司成立日" in messages.shown[-1][2]
    # From the edit row too.
    editor.start_edit(desk.dates.list(he)[0].id)
    messages.yes_no_answers.append(True)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert desk.dates.list(he) == [] and lines(editor) == [] and not editor.isVisible()


def test_another_customer_shows_their_own_notes(card, desk, he):
    li = desk.add_customer(CustomerData(name="李秀英"))
    desk.dates.add(he, "公司成立日", "3-18")
    card.show_customer(he)
    card.dates_editor.open_form()
    card.dates_editor.label.setText("半截")
    card.show_customer(li)
    assert lines(card.dates_editor) == [] and card.dates_editor.label.text() == ""
