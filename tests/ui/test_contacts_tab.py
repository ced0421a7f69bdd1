"""The card's 交流记录 tab as the agent uses it: one line and Enter, the full form, delete and undo."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from salesdesk.core.customer import CustomerData
from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import Stage
from salesdesk.services import Changes
from salesdesk.ui.card.card import CustomerCard
from salesdesk.ui.card.contacts_tab import ContactsTab

from fake_messages import FakeMessages, type_text


@pytest.fixture
def messages():
    return FakeMessages()


@pytest.fixture
def cid(desk):
    return desk.add_customer(CustomerData(name="何建国", mobile="13812345678"))


@pytest.fixture
def tab(qtbot, desk, messages, cid):
    widget = ContactsTab(desk, messages)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    widget.set_customer(cid)
    desk.subscribe(widget.on_changes)  # as the window does through the card
    yield widget
    desk.unsubscribe(widget.on_changes)


def shown(tab):
    model = tab.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_quick_add_is_method_summary_enter(qtbot, tab, desk, cid):
    tab.method.setCurrentText("微信")
    type_text(qtbot, tab.summary, "发了计划书，周五回复")
    qtbot.keyClick(tab.summary, Qt.Key.Key_Return)
    [record] = desk.contacts.list(cid)
    assert (record.method, record.summary, record.at) == ("微信", "发了计划书，周五回复", dt.datetime(2026, 11, 23, 10))
    assert tab.summary.text() == ""
    assert shown(tab) == [["2026-11-23 10:00", "微信", "发了计划书，周五回复", "", "", "", ""]]
    assert tab.selected_entry().id == record.id


def test_an_empty_quick_add_says_so_and_writes_nothing(qtbot, tab, desk, cid):
    qtbot.keyClick(tab.summary, Qt.Key.Key_Return)
    assert tab.error.isVisible() and "交流纪要" in tab.error.text()
    assert desk.contacts.count(cid) == 0


def test_the_timeline_shows_activities_among_the_records(qtbot, tab, desk, cid):
    desk.log_activity(cid, "dial", at=dt.datetime(2026, 11, 20, 9))
    desk.contacts.add(cid, "电话", at=dt.datetime(2026, 11, 20, 9, 5), subject="约面谈", purpose="约时间", interest=3,
                      result="B", next_step="周一面谈")
    desk.log_activity(cid, "book", at=dt.datetime(2026, 11, 20, 9, 6))
    assert shown(tab) == [
        ["2026-11-20 09:06", "约见", "", "", "", "", ""],
        ["2026-11-20 09:05", "电话", "约面谈", "约时间", "★★★☆☆", "B 有希望", "周一面谈"],
        ["2026-11-20 09:00", "拨打", "", "", "", "", ""],
    ]
    tab.view.selectRow(0)
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()  # an activity is not edited here
    tab.view.selectRow(1)
    assert tab.edit_button.isEnabled() and tab.delete_button.isEnabled()


def test_the_full_form_adds_a_record_with_every_field(qtbot, tab, desk, cid):
    form = tab.open_form()
    form.method.setCurrentText("拜访")
    form.at.setDateTime(form.at.dateTime().addDays(-1))
    type_text(qtbot, form.subject, "重疾险方案")
    type_text(qtbot, form.purpose, "送计划书")
    form.interest.setCurrentIndex(form.interest.findData(4))
    form.summary.setPlainText("看了计划书\n要和太太商量")
    form.needs.setPlainText("孩子教育金")
    form.result.setCurrentIndex(form.result.findData("B"))
    type_text(qtbot, form.next_step, "周三电话")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    [record] = desk.contacts.list(cid)
    assert (record.at, record.method, record.subject, record.purpose, record.interest, record.summary, record.needs,
            record.result, record.next_step) == (dt.datetime(2026, 11, 22, 10), "拜访", "重疾险方案", "送计划书", 4,
                                                 "看了计划书\n要和太太商量", "孩子教育金", "B", "周三电话")
    assert not form.isVisible()


def test_editing_from_the_table_and_a_refusal_stays_on_screen(qtbot, tab, desk, cid):
    rid = desk.contacts.add(cid, "电话", at=dt.datetime(2026, 11, 20, 9), subject="初次电话", interest=2)
    tab.view.selectRow(0)
    form = tab.edit_selected()
    assert form.subject.text() == "初次电话" and form.interest.currentData() == 2
    form.at.setDateTime(form.at.dateTime().addDays(10))  # in the future: refused
    form.accept()
    assert form.isVisible() and form.error.isVisible() and "将来" in form.error.text()
    assert desk.contacts.get(rid).at == dt.datetime(2026, 11, 20, 9)
    form.at.setDateTime(form.at.dateTime().addDays(-10))
    form.subject.setText("约了周五面谈")
    form.result.setCurrentIndex(form.result.findData("C"))
    form.accept()
    assert not form.isVisible()
    assert (desk.contacts.get(rid).subject, desk.contacts.get(rid).result) == ("约了周五面谈", "C")
    assert shown(tab)[0][2] == "约了周五面谈" and shown(tab)[0][5] == "C 再度访问"


def test_delete_asks_then_ctrl_z_brings_back_the_same_record(qtbot, tab, desk, cid, messages):
    rid = desk.contacts.add(cid, "面谈", at=dt.datetime(2026, 11, 20, 9), subject="讲解方案", summary="纪要",
                            interest=5, result="A", next_step="签单")
    before = desk.contacts.get(rid)
    tab.view.selectRow(0)
    messages.yes_no_answers.append(False)
    assert not tab.delete_selected()
    assert desk.contacts.count(cid) == 1
    messages.yes_no_answers.append(True)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert "讲解方案" in messages.texts("ask")[-1]
    assert desk.contacts.count(cid) == 0 and shown(tab) == []
    assert tab.notice.isVisible() and "撤销" in tab.notice.text()
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.contacts.get(rid) == before
    assert not tab.notice.isVisible() and tab.selected_entry().id == rid


def test_the_notice_undoes_its_own_delete(qtbot, tab, desk, cid, messages):
    desk.contacts.add(cid, "电话", at=dt.datetime(2026, 11, 20, 9), subject="甲")
    tab.reload()
    tab.view.selectRow(0)
    messages.yes_no_answers.append(True)
    tab.delete_selected()
    type_text(qtbot, tab.summary, "又打了一次")
    tab.quick_add()  # a later step on the stack
    tab.undo_notice()
    assert sorted(c.subject or c.summary for c in desk.contacts.list(cid)) == ["又打了一次", "甲"]


def test_the_card_has_the_tab_and_a_contact_works_the_weekly_table(qtbot, desk, cid, messages):
    pid = desk.add_prospect(cid, "重疾险", at=dt.datetime(2026, 11, 2, 9))
    desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 4), at=dt.datetime(2026, 11, 3, 9))
    card = CustomerCard(desk, messages)
    qtbot.addWidget(card)
    card.show()
    card.show_customer(cid)
    card.tabs.setCurrentWidget(card.contacts_tab)
    assert card.tabs.tabText(card.tabs.currentIndex()) == "交流记录"
    type_text(qtbot, card.contacts_tab.summary, "电话约了面谈")
    qtbot.keyClick(card.contacts_tab.summary, Qt.Key.Key_Return)
    cell = desk.weekly_table(dt.date(2026, 11, 23)).cell(ReviewRow.WED, Stage.APPOINTMENT)
    assert [e.prospect_id for e in cell] == [pid]


def test_a_hidden_tab_reads_when_shown(qtbot, desk, cid, messages):
    card = CustomerCard(desk, messages)
    qtbot.addWidget(card)
    card.show()
    desk.contacts.add(cid, "短信", at=dt.datetime(2026, 11, 20, 9), subject="生日祝福")
    card.show_customer(cid)
    assert card.contacts_tab.model.rowCount() == 0  # not in sight: nothing read yet but the count
    assert card.tabs.tabText(card.tabs.indexOf(card.contacts_tab)) == "交流记录 (1)"
    desk.log_activity(cid, "dial")
    card.on_changes(Changes(customers=frozenset({cid}), activities=True))
    assert card.tabs.tabText(card.tabs.indexOf(card.contacts_tab)) == "交流记录 (2)"
    card.tabs.setCurrentWidget(card.contacts_tab)
    assert [row[1:3] for row in shown(card.contacts_tab)] == [["拨打", ""], ["短信", "生日祝福"]]


def test_read_only_switches_the_writes_off(qtbot, tab):
    tab.set_read_only("另一个窗口正在编辑这个文件")
    assert not tab.summary.isEnabled() and not tab.form_button.isEnabled()
    assert tab.summary.toolTip() == "另一个窗口正在编辑这个文件"
    assert tab.open_form() is None and tab.quick_add() is None


def test_the_timeline_model_passes_the_model_tester_and_loads_a_page_at_a_time(qtbot, qtmodeltester, tab, desk, cid):
    start = dt.datetime(2026, 1, 5, 9)
    with desk.batch():
        for i in range(130):
            desk.log_activity(cid, "dial", at=start + dt.timedelta(hours=i))
        desk.contacts.add(cid, "电话", at=start - dt.timedelta(days=1), subject="最早的一次")
    assert tab.model.rowCount() == 100 and tab.model.total() == 131
    qtmodeltester.check(tab.model)
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    assert tab.model.rowCount() == 131 and shown(tab)[-1][2] == "最早的一次"
