"""The one-click log: each button one activity for the customer in front, counted at once, undone by Ctrl+Z."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from salesdesk.core.customer import CustomerData
from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import Stage
from salesdesk.ui.activity_bar import next_slot
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.pages import install_pages

from fake_messages import FakeMessages

NOTHING = "今天：0/15 拨打 · 0/7 接通 · 0/1 约见 · 0 面谈 · 0 成交"


@pytest.fixture
def messages():
    return FakeMessages()


@pytest.fixture
def cid(desk):
    cid = desk.add_customer(CustomerData(name="何建国", mobile="13812345678"))
    pid = desk.add_prospect(cid, "重疾险", at=dt.datetime(2026, 11, 2, 9))
    desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 4), at=dt.datetime(2026, 11, 3, 9))
    return cid


@pytest.fixture
def window(qtbot, desk, tmp_path, messages, cid):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(desk, settings, messages)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.current_customer_id() == cid  # the first customer is open on the card
    return win


def activities(desk):
    return desk.db.execute_sql("SELECT customer_id, at, kind, note FROM activity ORDER BY id").fetchall()


def prospect_stage(desk, cid):
    [prospect] = desk.prospects_of(cid)
    return prospect.stage


def test_a_click_logs_one_activity_counts_it_at_once_and_works_the_weekly_table(qtbot, window, desk, cid):
    bar = window.activity_bar
    assert bar.counter.text() == NOTHING
    week = desk.weekly_table(dt.date(2026, 11, 23))
    assert not week.cell(ReviewRow.WED, Stage.APPOINTMENT)
    bar.actions_by_kind["dial"].trigger()
    assert activities(desk) == [(cid, "2026-11-23 10:00:00", "dial", "")]
    assert bar.counter.text() == "今天：1/15 拨打 · 0/7 接通 · 0/1 约见 · 0 面谈 · 0 成交"
    assert len(desk.weekly_table(dt.date(2026, 11, 23)).cell(ReviewRow.WED, Stage.APPOINTMENT)) == 1
    assert "拨打 何建国" in window.statusBar().currentMessage()


def test_the_shortcuts_are_alt_digits_and_said_in_the_tooltips(qtbot, window, desk):
    bar = window.activity_bar
    keys = [bar.actions_by_kind[k].shortcut() for k in ("dial", "reach", "book", "meet", "close")]
    assert keys == [QKeySequence(f"Alt+{n}") for n in range(1, 6)]
    assert bar.actions_by_kind["reach"].toolTip().startswith("接通（Alt+2）")
    window.activateWindow()
    qtbot.keyClick(window.customer_list.view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert [kind for _c, _at, kind, _n in activities(desk)] == ["reach"]


def test_ctrl_z_takes_the_last_click_back(qtbot, window, desk):
    bar = window.activity_bar
    bar.log("dial")
    bar.log("reach")
    assert window.undo_action.text() == "撤销 接通 何建国"
    window.activateWindow()
    qtbot.keyClick(window.customer_list.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [kind for _c, _at, kind, _n in activities(desk)] == ["dial"]
    assert bar.counter.text() == "今天：1/15 拨打 · 0/7 接通 · 0/1 约见 · 0 面谈 · 0 成交"
    bar.undo_button_action.trigger()
    assert activities(desk) == [] and bar.counter.text() == NOTHING
    assert not window.undo_action.isEnabled() and not bar.undo_button_action.isEnabled()


def test_without_a_customer_nothing_is_written(qtbot, window, desk):
    window.new_customer()
    assert window.current_customer_id() is None
    assert window.activity_bar.log("dial") is None
    assert activities(desk) == [] and "请先选择一位客户" in window.statusBar().currentMessage()


def booked(desk, day):
    return [(a.customer_id, a.prospect_id, a.start, a.minutes, a.title, a.first_meeting, a.all_day)
            for a in desk.agenda.day(day)]


def test_booking_asks_when_and_puts_the_meeting_in_the_agenda(qtbot, window, desk, cid):
    asked = []
    start = dt.datetime(2026, 11, 25, 14, 30)

    def answer(parent, name, proposed):
        asked.append((name, proposed))
        return start, 90, "初次面谈"

    window.activity_bar.ask_booking = answer
    window.activity_bar.log("book")  # the prospect is in 约定初次见面 already: no question
    assert asked == [("何建国", next_slot(dt.datetime(2026, 11, 23, 10)))] and asked[0][1] == dt.datetime(2026, 11, 24, 10)
    assert activities(desk) == [(cid, "2026-11-23 10:00:00", "book", "初次面谈")]
    assert booked(desk, start.date()) == [(cid, None, start, 90, "初次面谈", False, False)]
    window.undo_action.trigger()
    assert activities(desk) == [] and booked(desk, start.date()) == []


def test_a_cancelled_booking_writes_nothing(qtbot, window, desk):
    window.activity_bar.ask_booking = lambda *args: None
    assert window.activity_bar.log("book") is None
    assert activities(desk) == [] and not window.undo_action.isEnabled()


def test_meeting_offers_to_move_a_booked_prospect_to_25_and_the_undo_takes_both_back(qtbot, window, desk, cid,
                                                                                       messages):
    messages.yes_no_answers.append(True)
    window.activity_bar.log("meet")
    assert "还在“约定初次见面”" in messages.texts("ask")[-1] and "重疾险" in messages.texts("ask")[-1]
    assert prospect_stage(desk, cid) is Stage.P25
    assert [kind for _c, _at, kind, _n in activities(desk)] == ["meet"]
    window.undo_action.trigger()
    assert prospect_stage(desk, cid) is Stage.APPOINTMENT and activities(desk) == []


def test_meeting_without_moving_keeps_the_stage(qtbot, window, desk, cid, messages):
    messages.yes_no_answers.append(False)
    window.activity_bar.log("meet")
    assert prospect_stage(desk, cid) is Stage.APPOINTMENT
    assert [kind for _c, _at, kind, _n in activities(desk)] == ["meet"]


def test_on_the_board_the_selected_cards_customer_is_logged(qtbot, window, desk, cid, messages):
    other = desk.add_customer(CustomerData(name="王芳"))
    pid = desk.add_prospect(other, "年金险", at=dt.datetime(2026, 11, 20, 9))
    pages = install_pages(window, messages)
    window.tabs.setCurrentWidget(pages.board_tab)
    assert window.current_customer_id() is None  # nothing selected yet
    assert pages.board.select_prospect(pid)
    assert window.current_customer_id() == other
    window.activity_bar.log("close")
    assert activities(desk) == [(other, "2026-11-23 10:00:00", "close", "")]
    # The board keeps its own Ctrl+Z (its moves); the window's steps aside there.
    assert window.undo_action.shortcut().isEmpty()
    window.tabs.setCurrentWidget(window.customers_page)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)


def test_a_click_elsewhere_counts_too(qtbot, window, desk, cid):
    desk.log_activity(cid, "book", at=dt.datetime(2026, 11, 23, 8))
    assert "1/1 约见" in window.activity_bar.counter.text()


def test_read_only_switches_the_buttons_off_and_says_why(qtbot, window, desk):
    reason = "另一个 salesdesk 窗口正在编辑这个文件"
    window.set_read_only(True, reason)
    for action in window.activity_bar.actions_by_kind.values():
        assert not action.isEnabled() and reason in action.toolTip()
    assert window.activity_bar.log("dial") is None and activities(desk) == []
    window.set_read_only(False)
    assert all(a.isEnabled() for a in window.activity_bar.actions_by_kind.values())


def test_in_the_window_one_ctrl_z_serves_clicks_and_contact_deletes_in_order(qtbot, window, desk, cid, messages):
    tab = window.card.contacts_tab
    window.card.tabs.setCurrentWidget(tab)
    rid = desk.contacts.add(cid, "电话", at=dt.datetime(2026, 11, 20, 9), subject="约时间")
    tab.view.selectRow(tab.model.row_of("contact", rid))
    messages.yes_no_answers.append(True)
    assert tab.delete_selected()
    window.activity_bar.log("dial")
    assert [kind for _c, _at, kind, _n in activities(desk)] == ["dial"]
    assert [tab.model.entry(r).label for r in range(tab.model.rowCount())] == ["拨打"]  # the click shows in the timeline at once
    window.activateWindow()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the click
    assert activities(desk) == [] and desk.contacts.count(cid) == 0
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # then the delete
    assert desk.contacts.get(rid).subject == "约时间"
    assert window.card.tabs.tabText(window.card.tabs.indexOf(tab)) == "交流记录 (1)"


@pytest.fixture
def newcomer(desk):
    cid = desk.add_customer(CustomerData(name="王芳"))
    return cid, desk.add_prospect(cid, "年金险", at=dt.datetime(2026, 11, 20, 9))


def test_booking_a_prospect_in_opportunity_moves_it_and_books_its_first_meeting(qtbot, window, desk, messages,
                                                                               newcomer):
    cid, pid = newcomer
    assert window.open_customer(cid)
    start = dt.datetime(2026, 11, 25, 14, 30)
    window.activity_bar.ask_booking = lambda *args: (start, 60, "")
    messages.yes_no_answers.append(True)
    window.activity_bar.log("book")
    assert "“年金险”还在“销售机会”" in messages.texts("ask")[-1]
    prospect = desk.get_prospect(pid)
    assert prospect.stage is Stage.APPOINTMENT and prospect.first_meeting == dt.date(2026, 11, 25)
    [meeting] = desk.agenda.day(start.date())  # one fact: the first meeting is the appointment
    assert (meeting.prospect_id, meeting.start, meeting.minutes, meeting.first_meeting) == (pid, start, 60, True)
    assert [kind for c, _at, kind, _n in activities(desk) if c == cid] == ["book"]
    window.undo_action.trigger()
    prospect = desk.get_prospect(pid)
    assert prospect.stage is Stage.OPPORTUNITY and prospect.first_meeting is None
    assert activities(desk) == [] and booked(desk, start.date()) == []  # the undone move takes it along


def test_booking_without_moving_is_a_plain_appointment(qtbot, window, desk, messages, newcomer):
    cid, pid = newcomer
    assert window.open_customer(cid)
    window.activity_bar.ask_booking = lambda *args: (dt.datetime(2026, 11, 25, 9), 30, "送资料")
    messages.yes_no_answers.append(False)
    window.activity_bar.log("book")
    assert desk.get_prospect(pid).stage is Stage.OPPORTUNITY
    assert booked(desk, dt.date(2026, 11, 25)) == [(cid, None, dt.datetime(2026, 11, 25, 9), 30, "送资料", False, False)]


def test_with_several_prospects_waiting_the_agent_picks_the_one_met(qtbot, window, desk, messages, newcomer):
    cid, pid = newcomer
    second = desk.add_prospect(cid, "重疾险", at=dt.datetime(2026, 11, 21, 9))
    assert window.open_customer(cid)
    window.activity_bar.ask_booking = lambda *args: (dt.datetime(2026, 11, 26, 10), 60, "")
    messages.pick_answers.append("重疾险")
    window.activity_bar.log("book")
    assert messages.offered[-1] == ["年金险", "重疾险", "都不移动（只记约见）"]
    assert desk.get_prospect(second).first_meeting == dt.date(2026, 11, 26)
    assert [a.prospect_id for a in desk.agenda.day(dt.date(2026, 11, 26))] == [second]
    assert desk.get_prospect(pid).stage is Stage.OPPORTUNITY
