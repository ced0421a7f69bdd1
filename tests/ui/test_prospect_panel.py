"""The customer card's prospect panel shows an edit in place apart from a move."""
import datetime as dt
from decimal import Decimal

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.ui.prospect_panel import ProspectPanel

from fake_messages import FakeMessages


def test_an_edit_in_place_reads_as_an_edit_not_a_move(qtbot, desk):
    cid = desk.add_customer(CustomerData(name="何建国"))
    pid = desk.add_prospect(cid, "重疾险", at=dt.datetime(2026, 11, 10, 9))
    desk.move_prospect(pid, Stage.APPOINTMENT, at=dt.datetime(2026, 11, 12, 9), first_meeting=dt.date(2026, 11, 16))
    desk.move_prospect(pid, Stage.P25, at=dt.datetime(2026, 11, 16, 15))
    desk.update_prospect_facts(pid, criteria=[1], budget=Decimal(1500))
    panel = ProspectPanel(desk, FakeMessages())
    qtbot.addWidget(panel)
    panel.set_customer(cid)
    last = panel.history.rowCount() - 1
    assert panel.history.item(last, 1).text() == "25%（修改）"
    assert panel.history.item(last, 2).text() == "修改：勾选 1. 合适的人；预算 — → ¥1,500.00"
    assert panel.history.item(last - 1, 1).text() == "约定初次见面 → 25%"
