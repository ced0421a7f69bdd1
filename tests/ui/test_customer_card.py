"""The customer card: what the agent types is saved, refused input is shown and not saved."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.ui.card.card import CustomerCard
from salesdesk.ui.messages import SaveChoice

from fake_messages import FakeMessages, type_text

# Qt's offscreen platform (headless tests) warns whenever a shown window's size hints
# change; a real platform does not. Every other Qt warning still fails a test.


@pytest.fixture
def messages():
    return FakeMessages()


@pytest.fixture
def make_card(qtbot, desk, messages):
    def make(**kwargs):
        card = CustomerCard(desk, messages, **kwargs)
        qtbot.addWidget(card)
        desk.subscribe(card.on_changes)
        card.resize(900, 700)
        card.show()
        return card

    return make


@pytest.fixture
def card(make_card):
    return make_card()


def type_into(qtbot, card, field, text):
    widget = card.fields[field]
    target = getattr(widget, "line", widget)  # date fields wrap a line edit
    target.clear()
    type_text(qtbot, target, text)


def visible_error(card, field) -> str:
    label = card.errors[field]
    return label.text() if label.isVisible() else ""


def test_a_new_card_is_empty_and_clean(card):
    assert card.customer_id is None
    assert card.heading.text() == "新客户"
    assert card.fields["name"].text() == ""
    assert card.fields["relation_level"].currentText() == "潜在客户"
    assert not card.is_dirty()
    assert not card.save_button.isEnabled()


def test_typed_card_is_saved_through_the_services(qtbot, card, desk):
    type_into(qtbot, card, "name", "何建国")
    type_into(qtbot, card, "company", "宏达贸易有限公司")
    type_into(qtbot, card, "mobile", "138 1234 5678")
    type_into(qtbot, card, "email", "he@example.com")
    type_into(qtbot, card, "birthday", "1975-03-08")
    card.fields["gender"].setCurrentText("男")
    card.fields["value_grade"].setCurrentText("B")
    card.fields["relation_level"].setCurrentText("目标客户")
    card.fields["source"].setCurrentText("展会")
    card.fields["notes"].setPlainText("喜欢下午见面")
    assert card.is_dirty()

    with qtbot.waitSignal(card.saved) as saved:
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)

    stored = desk.get_customer(saved.args[0])
    assert (stored.name, stored.company, stored.mobile, stored.email) == (
        "何建国", "宏达贸易有限公司", "13812345678", "he@example.com")
    assert stored.birthday == dt.date(1975, 3, 8) and stored.lunar_birthday is None
    assert (stored.gender, stored.value_grade, stored.relation_level, stored.source) == ("男", "B", "目标客户", "展会")
    assert stored.notes == "喜欢下午见面"
    # The card now shows what was stored, and nothing is pending.
    assert card.customer_id == saved.args[0]
    assert card.fields["mobile"].text() == "13812345678"
    assert card.heading.text() == "何建国"
    assert not card.is_dirty()


def test_ctrl_s_saves(qtbot, card, desk):
    assert card.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    type_into(qtbot, card, "name", "王芳")
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)

    with qtbot.waitSignal(card.saved):
        qtbot.keyClick(card.fields["name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert [r.name for r in desk.list_customers()] == ["王芳"]


def test_an_existing_customer_is_shown_and_edited(qtbot, card, desk):
    cid = desk.add_customer(CustomerData(name="李伟", company="华信科技", mobile="13900001111",
                                         met_on=dt.date(2026, 5, 4)))
    card.show_customer(cid)

    assert card.fields["name"].text() == "李伟"
    assert card.fields["met_on"].text() == "2026-05-04"
    assert card.heading.text() == "李伟"

    type_into(qtbot, card, "title", "总经理")
    assert card.heading.text() == "李伟 *"
    assert card.save()

    assert desk.get_customer(cid).title == "总经理"
    assert desk.get_customer(cid).company == "华信科技"  # untouched fields stay


def test_name_is_required(qtbot, card, desk, messages):
    type_into(qtbot, card, "company", "无名公司")

    assert not card.save()

    assert visible_error(card, "name") == "姓名不能为空"
    assert desk.count_customers() == 0
    assert card.is_dirty()


def test_a_bad_phone_number_is_shown_beside_the_field_and_nothing_is_saved(qtbot, card, desk):
    type_into(qtbot, card, "name", "张三")
    type_into(qtbot, card, "mobile", "12345")

    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)

    assert "手机号码“12345”格式不正确" in visible_error(card, "mobile")
    assert card.errors["mobile"].styleSheet().replace(" ", "").startswith("color:#c62828")
    assert visible_error(card, "name") == ""
    assert desk.count_customers() == 0
    assert card.customer_id is None

    # Fixed, it saves and the message goes away.
    type_into(qtbot, card, "mobile", "13812345678")
    assert card.save()
    assert visible_error(card, "mobile") == ""
    assert desk.count_customers() == 1


def test_every_bad_field_is_marked(qtbot, card, desk):
    type_into(qtbot, card, "name", "张三")
    type_into(qtbot, card, "email", "zhang@")
    type_into(qtbot, card, "qq", "12")
    type_into(qtbot, card, "phone", "电话号码")

    assert not card.save()

    assert "邮箱" in visible_error(card, "email")
    assert "QQ" in visible_error(card, "qq")
    assert "电话号码" in visible_error(card, "phone")
    assert card.general_error.isVisible() and "3" in card.general_error.text()
    assert desk.count_customers() == 0


def test_an_impossible_date_is_refused_before_the_services(qtbot, card, desk):
    type_into(qtbot, card, "name", "张三")
    type_into(qtbot, card, "birthday", "1980-02-30")

    assert not card.save()

    assert "不是有效日期" in visible_error(card, "birthday")
    assert desk.count_customers() == 0


def test_a_birthday_in_the_future_is_refused_by_the_services(qtbot, card, desk):
    type_into(qtbot, card, "name", "张三")
    type_into(qtbot, card, "birthday", "2030-01-01")  # the clock says 2026-11-23

    assert not card.save()

    assert "不能晚于今天" in visible_error(card, "birthday")
    assert desk.count_customers() == 0


@pytest.mark.parametrize("typed", ["1985/3/8", "1985.03.08", "19850308", "1985年3月8日"])
def test_dates_are_understood_in_the_usual_ways(qtbot, card, desk, typed):
    type_into(qtbot, card, "name", "张三")
    type_into(qtbot, card, "anniversary", typed)

    assert card.save()

    assert desk.get_customer(card.customer_id).anniversary == dt.date(1985, 3, 8)
    assert card.fields["anniversary"].text() == "1985-03-08"


def test_typing_back_the_original_text_is_not_an_unsaved_edit(qtbot, card, desk):
    card.show_customer(desk.add_customer(CustomerData(name="李伟", company="华信")))

    type_into(qtbot, card, "company", "华信科技")
    assert card.is_dirty()
    type_into(qtbot, card, "company", "华信")
    assert not card.is_dirty()


def test_revert_puts_back_what_is_stored(qtbot, card, desk):
    card.show_customer(desk.add_customer(CustomerData(name="李伟", company="华信")))
    type_into(qtbot, card, "company", "别的公司")

    card.revert_button.click()

    assert card.fields["company"].text() == "华信"
    assert not card.is_dirty()


@pytest.fixture
def editing(qtbot, card, desk):
    """A stored customer with an unsaved company change on the card."""
    cid = desk.add_customer(CustomerData(name="李伟", company="华信"))
    card.show_customer(cid)
    type_into(qtbot, card, "company", "恒通建材")
    return cid


def test_leaving_unsaved_edits_can_be_cancelled(card, desk, messages, editing):
    messages.save_answers.append(SaveChoice.CANCEL)

    assert not card.maybe_leave()

    assert messages.kinds() == ["ask_save"]
    assert "李伟" in messages.texts()[0]
    assert card.fields["company"].text() == "恒通建材"
    assert desk.get_customer(editing).company == "华信"


def test_leaving_unsaved_edits_can_discard_them(card, desk, messages, editing):
    messages.save_answers.append(SaveChoice.DISCARD)

    assert card.maybe_leave()

    assert desk.get_customer(editing).company == "华信"
    assert not card.is_dirty()


def test_leaving_unsaved_edits_can_save_them(card, desk, messages, editing):
    messages.save_answers.append(SaveChoice.SAVE)

    assert card.maybe_leave()

    assert desk.get_customer(editing).company == "恒通建材"


def test_saving_refused_input_on_leaving_stays(qtbot, card, desk, messages, editing):
    type_into(qtbot, card, "mobile", "123")
    messages.save_answers.append(SaveChoice.SAVE)

    assert not card.maybe_leave()

    assert "手机号码" in visible_error(card, "mobile")
    assert desk.get_customer(editing).company == "华信"


def test_a_clean_card_leaves_without_asking(card, desk, messages):
    card.show_customer(desk.add_customer(CustomerData(name="李伟")))

    assert card.maybe_leave()
    assert messages.shown == []


def test_referrer_is_picked_saved_and_navigable(qtbot, make_card, desk):
    referrer = desk.add_customer(CustomerData(name="老客户王"))
    picked = []

    def pick(parent, desk_, title, exclude):
        picked.append((title, exclude))
        return referrer

    card = make_card(pick=pick)
    type_into(qtbot, card, "name", "新客户李")
    card.choose_referrer()
    assert "老客户王" in card.referrer_link.text()
    assert card.save()

    assert desk.get_customer(card.customer_id).referrer_id == referrer
    assert picked == [("选择介绍人", None)]
    with qtbot.waitSignal(card.open_customer) as opened:
        card.referrer_link.linkActivated.emit(str(referrer))
    assert opened.args == [referrer]

    # The referrer's own card lists whom they introduced.
    newcomer = card.customer_id
    card.show_customer(referrer)
    assert card.referrals.isVisible()
    assert "新客户李" in card.referrals.text()
    assert f'href="{newcomer}"' in card.referrals.text()


def test_clearing_the_referrer(qtbot, card, desk):
    referrer = desk.add_customer(CustomerData(name="老客户王"))
    cid = desk.add_customer(CustomerData(name="新客户李", referrer_id=referrer))
    card.show_customer(cid)

    card.clear_referrer_button.click()
    assert card.is_dirty()
    assert card.save()

    assert desk.get_customer(cid).referrer_id is None
    assert "无" in card.referrer_link.text()


def _prospect_with_history(desk):
    cid = desk.add_customer(CustomerData(name="何建国"))
    pid = desk.add_prospect(cid, "重疾险", at=dt.datetime(2026, 11, 10, 9, 0))
    desk.move_prospect(pid, Stage.APPOINTMENT, at=dt.datetime(2026, 11, 12, 9, 0),
                       first_meeting=dt.date(2026, 11, 16))
    desk.move_prospect(pid, Stage.P25, at=dt.datetime(2026, 11, 16, 15, 0))
    return cid, pid


def table_rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_prospects_and_their_stage_history_are_shown(card, desk):
    cid, _pid = _prospect_with_history(desk)

    card.show_customer(cid)

    panel = card.prospect_panel
    assert card.tabs.tabText(1) == "潜在客户 (1)"
    # Plan, stage, first meeting as M.DD, age in days since the first meeting.
    assert table_rows(panel.prospects) == [["重疾险", "25%", "11.16", "7"]]
    assert panel.prospects.item(0, 2).toolTip() == "2026-11-16"
    assert table_rows(panel.history) == [
        ["2026-11-10 09:00", "新建 → 销售机会", ""],
        ["2026-11-12 09:00", "销售机会 → 约定初次见面", ""],
        ["2026-11-16 15:00", "约定初次见面 → 25%", ""],
    ]


def test_a_move_made_elsewhere_shows_up_on_the_card(card, desk):
    cid, pid = _prospect_with_history(desk)
    card.show_customer(cid)

    desk.move_prospect(pid, Stage.OPPORTUNITY, reason="暂时没时间")

    assert table_rows(card.prospect_panel.prospects)[0][1] == "销售机会"
    assert table_rows(card.prospect_panel.history)[-1][1:] == ["25% → 销售机会", "暂时没时间"]


def test_new_prospect_asks_for_the_plan(card, desk, messages):
    cid = desk.add_customer(CustomerData(name="何建国"))
    card.show_customer(cid)
    card.tabs.setCurrentIndex(1)
    messages.text_answers.append("年金险")

    card.prospect_panel.new_button.click()

    assert [(p.plan, p.stage) for p in desk.prospects_of(cid)] == [("年金险", Stage.OPPORTUNITY)]
    assert table_rows(card.prospect_panel.prospects) == [["年金险", "销售机会", "", ""]]
    assert table_rows(card.prospect_panel.history) == [["2026-11-23 10:00", "新建 → 销售机会", ""]]


def test_new_prospect_cancelled_adds_nothing(card, desk, messages):
    cid = desk.add_customer(CustomerData(name="何建国"))
    card.show_customer(cid)
    messages.text_answers.append(None)

    card.prospect_panel.new_button.click()

    assert desk.prospects_of(cid) == []


def test_an_unsaved_customer_cannot_have_prospects_yet(card):
    assert not card.prospect_panel.new_button.isEnabled()
    assert "先保存客户" in card.prospect_panel.hint.text()


def test_a_new_referral_shows_up_on_the_referrers_card(card, desk):
    referrer = desk.add_customer(CustomerData(name="老客户王"))
    card.show_customer(referrer)
    assert not card.referrals.isVisible()

    desk.add_customer(CustomerData(name="新客户李", referrer_id=referrer))

    assert card.referrals.isVisible() and "新客户李" in card.referrals.text()


def test_unsaved_edits_survive_a_change_made_elsewhere(qtbot, card, desk):
    cid = desk.add_customer(CustomerData(name="李伟", company="华信"))
    card.show_customer(cid)
    type_into(qtbot, card, "company", "恒通")

    desk.log_activity(cid, "dial")

    assert card.fields["company"].text() == "恒通"
    assert card.is_dirty()


def test_the_referrer_picker_filters_and_never_offers_the_customer_himself(qtbot, desk):
    from salesdesk.ui.customer_picker import CustomerPickerDialog

    me = desk.add_customer(CustomerData(name="何建国"))
    other = desk.add_customer(CustomerData(name="王芳"))
    dialog = CustomerPickerDialog(desk, "选择介绍人", exclude=me)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()

    dialog.panel.filter_edit.setText("wf")
    dialog.panel.apply_filter()
    dialog.panel.view.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.chosen() == other and ok.isEnabled()

    dialog.panel.filter_edit.setText("hjg")
    dialog.panel.apply_filter()
    dialog.panel.view.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.chosen() is None and not ok.isEnabled()
