"""The card saved on top of a change made elsewhere: refused, said so, reload offered."""
from __future__ import annotations

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.ui.card.card import CustomerCard

from fake_messages import FakeMessages, type_text
from second_desk import change_in_another_process


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
    cid = desk.add_customer(CustomerData(name="何建国", mobile="13812345678", notes="喜欢钓鱼"))
    card.show_customer(cid)
    return card


def edit_notes(qtbot, card, text):
    notes = card.fields["notes"]
    notes.clear()
    type_text(qtbot, notes, text)
    assert card.is_dirty()


def test_save_after_another_window_changed_the_mobile_is_refused_and_reload_shows_it(
        qtbot, desk, db_path, card, messages):
    edit_notes(qtbot, card, "周末不方便")
    change_in_another_process(db_path, card.customer_id, mobile="13900001111")
    messages.yes_no_answers.append(True)  # 重新载入
    assert card.save() is False
    (kind, title, text), = messages.shown
    assert kind == "ask" and title == "名片已在别处修改" and "重新载入" in text
    assert card.fields["mobile"].text() == "13900001111"
    assert card.fields["notes"].toPlainText() == "喜欢钓鱼" and not card.is_dirty()
    stored = desk.get_customer(card.customer_id)
    assert (stored.mobile, stored.notes) == ("13900001111", "喜欢钓鱼")


def test_declining_the_reload_keeps_the_edits_on_screen_and_saves_nothing(
        qtbot, desk, db_path, card, messages):
    edit_notes(qtbot, card, "周末不方便")
    change_in_another_process(db_path, card.customer_id, mobile="13900001111")
    messages.yes_no_answers.append(False)
    assert card.save() is False
    assert card.fields["notes"].toPlainText() == "周末不方便" and card.is_dirty()
    assert "已在别处修改" in card.general_error.text() and card.general_error.isVisible()
    assert desk.get_customer(card.customer_id).mobile == "13900001111"


def test_an_edit_of_this_window_alone_still_saves(qtbot, desk, card, messages):
    edit_notes(qtbot, card, "周末不方便")
    assert card.save() is True and messages.shown == []
    assert desk.get_customer(card.customer_id).notes == "周末不方便"
