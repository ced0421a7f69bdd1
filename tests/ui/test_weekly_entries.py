"""Entries of the weekly table as the screen shows them."""
import datetime as dt

from salesdesk.core.customer import CustomerData
from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import Stage
from salesdesk.ui.weekly_view import entry_tooltip


def test_two_prospects_of_one_customer_are_told_apart_by_their_plan(desk):
    cid = desk.add_customer(CustomerData(name="何建国"))
    desk.add_prospect(cid, "重疾险", at=dt.datetime(2026, 11, 21, 9))
    desk.add_prospect(cid, "年金险", at=dt.datetime(2026, 11, 21, 10))
    entries = desk.weekly_table().cell(ReviewRow.MON, Stage.OPPORTUNITY)
    assert [e.text for e in entries] == ["11.21何建国", "11.21何建国"]
    assert sorted(e.plan for e in entries) == ["年金险", "重疾险"]
    assert "年金险" in entry_tooltip(next(e for e in entries if e.plan == "年金险"))


def test_the_screen_tells_two_prospects_of_one_customer_apart_as_paper_does(desk, qtbot):
    from salesdesk.ui.weekly_grid import WeeklyTableModel

    cid = desk.add_customer(CustomerData(name="何建国"))
    desk.add_prospect(cid, "重疾险", at=dt.datetime(2026, 11, 21, 9))
    desk.add_prospect(cid, "年金险", at=dt.datetime(2026, 11, 21, 10))
    other = desk.add_customer(CustomerData(name="蔡兰"))
    desk.add_prospect(other, "重疾险", at=dt.datetime(2026, 11, 21, 11))
    model = WeeklyTableModel()
    model.set_table(desk.weekly_table())
    lines = model.index(0, 0).data().split("\n")  # 周一, 1-销售机会
    assert sorted(lines) == ["11.21何建国·年金险", "11.21何建国·重疾险", "11.21蔡兰"]
