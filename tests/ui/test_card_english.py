"""The customer card in English: the combos' words, and the values still stored as before."""
from __future__ import annotations

import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.ui.card.card import CustomerCard

from fake_messages import FakeMessages
from tests.english import chinese


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
