"""The card's 相关信息 tab: 身份证 masked except while edited, saved whole, refused when wrong."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from salesdesk.core.customer import CustomerData
from salesdesk.ui.card.card import CustomerCard
from salesdesk.ui.card.id_field import IdNumberEdit

from fake_messages import FakeMessages, type_text

NUMBER = "11010519491231002X"


def focus(widget, on: bool) -> None:
    kind = QEvent.Type.FocusIn if on else QEvent.Type.FocusOut
    QApplication.sendEvent(widget, QFocusEvent(kind, Qt.FocusReason.TabFocusReason))


def make_card(qtbot, desk):
    card = CustomerCard(desk, FakeMessages())
    qtbot.addWidget(card)
    card.resize(1100, 700)
    card.show()
    return card


def test_the_number_is_masked_except_while_it_is_edited(qtbot, desk):
    cid = desk.add_customer(CustomerData(name="何建国", id_number=NUMBER, native_place="浙江杭州", marital_status="已婚"))
    card = make_card(qtbot, desk)
    card.show_customer(cid)
    field = card.fields["id_number"]
    assert isinstance(field, IdNumberEdit)
    assert field.shown_text() == "1101**********002X" and field.text() == NUMBER
    card.tabs.setCurrentWidget(card.related_page)
    focus(field, True)
    assert field.shown_text() == NUMBER and field.is_editing()
    assert not card.is_dirty()  # showing it whole is not an edit
    focus(field, False)
    assert field.shown_text() == "1101**********002X" and not card.is_dirty()
    assert card.fields["native_place"].text() == "浙江杭州"
    assert card.fields["marital_status"].currentText() == "已婚"


def test_a_number_typed_is_saved_whole_and_shown_masked(qtbot, desk):
    cid = desk.add_customer(CustomerData(name="何建国"))
    card = make_card(qtbot, desk)
    card.show_customer(cid)
    field = card.fields["id_number"]
    focus(field, True)
    type_text(qtbot, field, "11010519491231002x")
    assert card.is_dirty()
    assert card.save()  # saved while still being edited: the whole number is what is typed
    assert desk.get_customer(cid).id_number == NUMBER
    focus(field, False)
    assert field.shown_text() == "1101**********002X"


def test_a_wrong_check_digit_is_refused_on_the_related_tab(qtbot, desk):
    cid = desk.add_customer(CustomerData(name="何建国"))
    card = make_card(qtbot, desk)
    card.show_customer(cid)
    field = card.fields["id_number"]
    focus(field, True)
    type_text(qtbot, field, "110105194912310021")
    focus(field, False)
    assert not card.save()
    assert card.tabs.currentWidget() is card.related_page
    assert card.errors["id_number"].text() == "身份证号码校验位不对，请核对后重新输入"
    assert desk.get_customer(cid).id_number == ""


def test_the_level_says_who_moved_it_when(qtbot, desk):
    cid = desk.add_customer(CustomerData(name="何建国", relation_level="准客户", value_grade="B"))
    card = make_card(qtbot, desk)
    card.show_customer(cid)
    tip = card.fields["relation_level"].toolTip()
    assert "手动设置" in tip and "潜在客户 → 准客户（手动）" in tip
    assert card.fields["value_grade"].toolTip().startswith("手动设置")
