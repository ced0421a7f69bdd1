"""A customer's birthday: solar or lunar (SPEC §3.1), stored as given, refused when not a day."""
import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.lunar import DateSpec
from salesdesk.services import InvalidInput


def test_a_lunar_birthday_is_kept_as_the_lunar_date_it_is(desk):
    leap_30 = DateSpec(True, 2020, 4, 29, True)  # 2020 has 闰四月 (29 days)
    cid = desk.add_customer(CustomerData(name="何建国", lunar_birthday=leap_30))
    stored = desk.get_customer(cid)
    assert stored.lunar_birthday == leap_30 and stored.birthday is None
    row = desk.db.execute_sql("SELECT birthday, birthday_lunar, lunar_birthday_year, lunar_birthday_month, "
                              "lunar_birthday_day, lunar_birthday_leap FROM customer WHERE id = ?", (cid,)).fetchone()
    assert row == (None, 0, 2020, 4, 29, 1)


def test_a_lunar_birthday_without_year_and_a_change_back_to_solar(desk):
    cid = desk.add_customer(CustomerData(name="李秀英", lunar_birthday=DateSpec(True, None, 12, 30)))
    assert desk.get_customer(cid).lunar_birthday == DateSpec(True, None, 12, 30)
    desk.update_customer(cid, CustomerData(name="李秀英", birthday=dt.date(1988, 2, 29)))
    stored = desk.get_customer(cid)
    assert stored.birthday == dt.date(1988, 2, 29) and stored.lunar_birthday is None
    assert desk.db.execute_sql("SELECT lunar_birthday_month, lunar_birthday_day, lunar_birthday_leap FROM customer "
                               "WHERE id = ?", (cid,)).fetchone() == (None, None, 0)


def test_an_edit_elsewhere_of_the_lunar_birthday_is_a_stale_edit(desk):
    from salesdesk.services import StaleEdit

    cid = desk.add_customer(CustomerData(name="王芳", lunar_birthday=DateSpec(True, None, 8, 15)))
    loaded = desk.get_customer(cid)
    desk.update_customer(cid, CustomerData(name="王芳", lunar_birthday=DateSpec(True, None, 8, 16)))
    with pytest.raises(StaleEdit):
        desk.update_customer(cid, CustomerData(name="王芳", notes="x", lunar_birthday=loaded.lunar_birthday),
                             loaded=loaded)


@pytest.mark.parametrize("spec,reason", [
    (DateSpec(True, 1991, 5, 20, True), "农历1991年没有闰五月"),
    (DateSpec(True, 2024, 12, 30), "只有二十九天"),
    (DateSpec(True, None, 13, 1), "月份应为 1–12"),
    (DateSpec(True, None, 1, 31), "农历日应为初一至三十"),
    (DateSpec(False, 1990, 5, 20), "农历生日应为农历日期"),
    (DateSpec(True, 2026, 12, 1), "不能晚于今天"),  # the clock says 2026-11-23: 腊月初一 is 2027-01-08
    ("8-15", "农历生日应为农历日期"),
])
def test_a_lunar_birthday_that_is_no_day_is_refused_in_chinese_and_nothing_is_stored(desk, spec, reason):
    with pytest.raises(InvalidInput) as refused:
        desk.add_customer(CustomerData(name="赵敏", lunar_birthday=spec))
    assert reason in str(refused.value) and "lunar_birthday" in refused.value.errors
    assert desk.count_customers() == 0


def test_one_person_has_one_birthday(desk):
    with pytest.raises(InvalidInput) as refused:
        desk.add_customer(CustomerData(name="赵敏", birthday=dt.date(1990, 5, 20),
                                       lunar_birthday=DateSpec(True, 1990, 4, 26)))
    assert "生日只能填一个" in str(refused.value)
    assert desk.count_customers() == 0
