"""The customer card in English: every tab, the combos' words, and values still stored as before."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.ui.card.card import CustomerCard

from fake_messages import FakeMessages
from tests.english import chinese, chinese_on, widget_texts


@pytest.fixture
def card(qtbot, desk):
    card = CustomerCard(desk, FakeMessages())
    qtbot.addWidget(card)
    desk.subscribe(card.on_changes)
    card.resize(1366, 768)
    card.show()
    return card


@pytest.fixture
def zhang(desk):
    referrer = desk.add_customer(CustomerData(name="Li Na", company="Acme Trading"))
    cid = desk.add_customer(CustomerData(name="Zhang Wei", company="Acme Trading", gender="男",
                                         marital_status="已婚", relation_level="目标客户", value_grade="B",
                                         referrer_id=referrer, birthday=dt.date(1985, 5, 20)))
    desk.add_customer(CustomerData(name="Wang Fang", referrer_id=cid))
    desk.contacts.add(cid, "面谈", summary="Talked about the family's cover", subject="First talk", result="B")
    desk.add_prospect(cid, "Critical illness")
    return cid


def chinese_on_card(card) -> list[str]:
    """What is Chinese on the card outside the prospect panel (prospect_panel.py, tested with it)."""
    inside = set(chinese_on(card.prospect_panel))
    return [text for text in chinese_on(card) if text not in inside]


def test_every_tab_of_a_new_card_reads_english(english, card):
    assert [card.tabs.tabText(i) for i in range(card.tabs.count())] == [
        "Card", "Prospects", "Contact records", "Referrals", "Related"]
    assert chinese_on_card(card) == []


def test_every_tab_of_a_customer_reads_english(english, card, zhang):
    card.show_customer(zhang)
    assert card.tabs.tabText(0) == "Card"
    for index in range(card.tabs.count()):  # a tab reads its rows when first shown
        card.tabs.setCurrentIndex(index)
        assert chinese_on_card(card) == [], card.tabs.tabText(index)
    assert card.fields["gender"].currentText() == "Male"
    assert card.fields["relation_level"].currentText() == "Target"
    assert card.fields["marital_status"].currentText() == "Married"
    texts = widget_texts(card.contacts_tab)
    assert "Meeting" in texts and "B Promising" in texts


def test_english_words_save_the_stored_values(english, qtbot, card, zhang, desk):
    card.show_customer(zhang)
    level = card.fields["relation_level"]
    level.setCurrentIndex(level.findText("Loyal"))
    card.fields["gender"].setCurrentIndex(card.fields["gender"].findText("Female"))
    assert card.save()
    saved = desk.get_customer(zhang)
    assert (saved.relation_level, saved.gender, saved.marital_status) == ("忠诚客户", "女", "已婚")
    tab = card.contacts_tab
    tab.method.setCurrentIndex(tab.method.findText("WeChat"))
    tab.summary.setText("Sent the proposal")
    assert tab.quick_add() is not None
    methods = [c.method for c in desk.contacts.list(zhang)]
    assert "微信" in methods and chinese([tab.method.currentText()]) == []
