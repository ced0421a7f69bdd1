"""The card's 人脉关系 tab: the referral tree drawn, nodes open their customer, a loop is said."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from salesdesk.core.customer import CustomerData
from salesdesk.ui.card.referrals_tab import ReferralsTab


def test_tree_with_a_loop_and_clicking_a_node(qtbot, desk):
    from salesdesk.fonts import ensure_cjk_font

    ensure_cjk_font(QApplication.instance())
    he = desk.add_customer(CustomerData(name="何建国"))
    li = desk.add_customer(CustomerData(name="李秀英", referrer_id=he))
    for name in ("王芳", "张伟", "陈静"):
        desk.add_customer(CustomerData(name=name, referrer_id=li))
    tab = ReferralsTab(desk)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show_customer(li)
    assert set(tab.nodes) == {he, li, 3, 4, 5}
    assert "TA 介绍了 3 位客户" in tab.summary.text() and "循环" not in tab.summary.text()
    tab.show()
    qtbot.waitExposed(tab)
    tab.grab().save("/tmp/customers-referrals.png")
    opened = []
    tab.open_customer.connect(opened.append)
    view = tab.view
    point = view.mapFromScene(tab.nodes[he].rect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened == [he]
    desk.db.execute_sql("UPDATE customer SET referrer_id = ? WHERE id = ?", (li, he))  # old data: a loop
    tab.reload()
    assert "循环" in tab.summary.text() and len(tab.nodes) == 5


def test_card_has_the_tab(qtbot, desk):
    from salesdesk.ui.card.card import CustomerCard

    card = CustomerCard(desk)
    qtbot.addWidget(card)
    he = desk.add_customer(CustomerData(name="何建国"))
    card.show_customer(he)
    titles = [card.tabs.tabText(i) for i in range(card.tabs.count())]
    assert "人脉关系" in titles and card.referrals_tab.nodes.keys() == {he}
