"""The card's birthday editor: 公历 or 农历, 闰 months only where the year has one, both calendars."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from salesdesk.core.customer import CustomerData
from salesdesk.core.lunar import DateSpec
from salesdesk.ui.card.card import CustomerCard
from salesdesk.ui.card.lunar_field import NO_YEAR, BirthdayField, LunarDatePicker

from fake_messages import FakeMessages


def months(picker: LunarDatePicker) -> list[str]:
    return [picker.month.itemText(i) for i in range(picker.month.count())]


def days(picker: LunarDatePicker) -> list[str]:
    return [picker.day.itemText(i) for i in range(picker.day.count())]


@pytest.fixture
def picker(qtbot):
    widget = LunarDatePicker(2026)
    qtbot.addWidget(widget)
    return widget


def test_a_leap_month_is_offered_only_where_that_year_has_one(picker):
    picker.year.setValue(2025)  # 闰六月
    assert [m for m in months(picker) if m.startswith("闰")] == ["闰六月"]
    assert months(picker).index("闰六月") == months(picker).index("六月") + 1
    picker.year.setValue(2024)
    assert [m for m in months(picker) if m.startswith("闰")] == []
    picker.year.setValue(NO_YEAR)  # year not known: any month may be 闰
    assert len([m for m in months(picker) if m.startswith("闰")]) == 12
    assert picker.year.text() == "年份不详"


def test_a_chosen_leap_month_the_new_year_lacks_becomes_the_regular_month(picker):
    picker.year.setValue(2023)
    picker.month.setCurrentText("闰二月")
    picker.day.setCurrentText("十五")
    assert picker.value() == DateSpec(True, 2023, 2, 15, True)
    picker.year.setValue(2024)
    assert picker.value() == DateSpec(True, 2024, 2, 15, False)


def test_days_are_chinese_and_a_29_day_month_has_no_thirty(picker):
    picker.month.setCurrentText("腊月")
    assert days(picker)[0] == "初一" and days(picker)[-1] == "三十" and len(days(picker)) == 30
    picker.day.setCurrentText("三十")
    picker.year.setValue(2024)  # 腊月 of 2024 has 29 days
    assert days(picker)[-1] == "廿九" and picker.value() == DateSpec(True, 2024, 12, 29)
    picker.year.setValue(2023)
    assert days(picker)[-1] == "三十"


def test_no_month_means_no_lunar_birthday(picker):
    assert picker.value() is None and not picker.day.isEnabled()
    picker.set_value(DateSpec(True, None, 8, 15))
    assert picker.month.currentText() == "八月" and picker.day.currentText() == "十五"
    picker.set_value(None)
    assert picker.value() is None


def test_both_calendars_are_shown(qtbot):
    field = BirthdayField(lambda: dt.date(2026, 1, 5))
    qtbot.addWidget(field)
    field.set_values(None, DateSpec(True, 1990, 8, 15))
    assert field.is_lunar() and field.hint.text() == "农历八月十五（今年 9月25日）"
    field.set_values(dt.date(1988, 5, 20), None)
    assert not field.is_lunar()
    assert field.hint.text() == "下次 今年 5月20日（农历四月初四）"  # 2026-05-20 is 四月初四
    assert field.values() == {"birthday": dt.date(1988, 5, 20), "lunar_birthday": None}


@pytest.fixture
def card(qtbot, desk):
    card = CustomerCard(desk, FakeMessages())
    qtbot.addWidget(card)
    desk.subscribe(card.on_changes)
    card.resize(1366, 768)
    card.show()
    return card


def test_a_lunar_birthday_picked_on_the_card_is_saved_and_shown_again(qtbot, card, desk):
    card.fields["name"].setText("何建国")
    field: BirthdayField = card.fields["birthday"]
    field.calendar.setCurrentText("农历")
    assert card.is_dirty()
    field.lunar.year.setValue(1990)
    field.lunar.month.setCurrentText("闰五月")
    field.lunar.day.setCurrentText("二十")
    with qtbot.waitSignal(card.saved) as saved:
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    stored = desk.get_customer(saved.args[0])
    assert stored.lunar_birthday == DateSpec(True, 1990, 5, 20, True) and stored.birthday is None
    assert not card.is_dirty()
    # Shown again as stored; 2027 (the clock: 2026-11-23) ... 五月二十 of lunar 2027.
    assert card.fields["birthday"].is_lunar() and card.fields["birthday"].lunar.month.currentText() == "闰五月"
    assert card.fields["birthday"].hint.text().startswith("农历闰五月二十（明年 ")
    # Back to solar: the lunar birthday is gone.
    field.calendar.setCurrentText("公历")
    field.line.setText("1990-07-12")
    assert card.save()
    stored = desk.get_customer(saved.args[0])
    assert stored.birthday == dt.date(1990, 7, 12) and stored.lunar_birthday is None


def test_a_refused_lunar_birthday_shows_its_reason_under_the_field(card, desk):
    card.fields["name"].setText("李秀英")
    field: BirthdayField = card.fields["birthday"]
    field.calendar.setCurrentText("农历")
    field.lunar.year.setValue(2026)
    field.lunar.month.setCurrentText("腊月")  # 腊月初一 2026 is 2027-01-08, after "today"
    assert not card.save()
    assert "不能晚于今天" in card.errors["birthday"].text() and card.errors["birthday"].isVisible()
    assert desk.count_customers() == 0


def test_switching_the_calendar_back_is_not_an_edit(card, desk):
    cid = desk.add_customer(CustomerData(name="王芳", lunar_birthday=DateSpec(True, None, 1, 1)))
    card.show_customer(cid)
    field: BirthdayField = card.fields["birthday"]
    field.calendar.setCurrentText("公历")
    assert card.is_dirty()
    field.calendar.setCurrentText("农历")
    assert not card.is_dirty()
