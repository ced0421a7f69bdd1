"""The appointment dialog offers the customer's open prospects by plan and stage."""
import datetime as dt

from salesdesk.core.customer import CustomerData
from salesdesk.ui.appointment_dialog import AppointmentDialog


def test_the_open_prospects_of_the_customer_are_offered(qtbot, desk):
    cid = desk.add_customer(CustomerData(name="何建国"))
    pid = desk.add_prospect(cid, "重疾险")
    dialog = AppointmentDialog(desk, dt.datetime(2026, 11, 23, 15), customer_id=cid)
    qtbot.addWidget(dialog)
    items = [(dialog.prospect_box.itemText(i), dialog.prospect_box.itemData(i)) for i in range(dialog.prospect_box.count())]
    assert items == [("（不关联）", None), ("重疾险 · 销售机会", pid)]


def test_in_english_the_stage_is_named_in_english(english, qtbot, desk):
    cid = desk.add_customer(CustomerData(name="Zhang Wei"))
    desk.add_prospect(cid, "Critical illness")
    dialog = AppointmentDialog(desk, dt.datetime(2026, 11, 23, 15), customer_id=cid)
    qtbot.addWidget(dialog)
    assert dialog.prospect_box.itemText(0) == "(none)"
    assert dialog.prospect_box.itemText(1).startswith("Critical illness · ")
