"""重要日期: a customer's dated notes, and whose day is coming up (SPEC §3, §3.1)."""
import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.lunar import DateSpec
from salesdesk.services import InvalidInput, NotFound
from salesdesk.services.dates import CustomerDateView, UpcomingDate

D = dt.date


@pytest.fixture
def he(desk):
    return desk.add_customer(CustomerData(name="何建国"))


def test_dated_notes_are_added_listed_in_calendar_order_edited_and_deleted(desk, he):
    seen = []
    desk.subscribe(seen.append)
    child = desk.dates.add(he, "孩子生日", "农历闰四月初八")
    founded = desk.dates.add(he, "公司成立日", DateSpec(False, 2018, 3, 18), note="送花篮")
    assert seen and seen[-1].customers == {he}
    assert desk.dates.list(he) == [
        CustomerDateView(founded, he, "公司成立日", DateSpec(False, 2018, 3, 18), "送花篮"),
        CustomerDateView(child, he, "孩子生日", DateSpec(True, None, 4, 8, True)),
    ]
    assert desk.dates.list(he)[1].text == "农历闰四月初八"
    edited = desk.dates.edit(child, label="女儿生日", date="农历1990年五月初八")
    assert edited == CustomerDateView(child, he, "女儿生日", DateSpec(True, 1990, 5, 8), "")
    assert desk.dates.edit(child, note="喜欢画画").label == "女儿生日"
    gone = desk.dates.delete(founded)
    assert gone.label == "公司成立日" and [v.id for v in desk.dates.list(he)] == [child]
    with pytest.raises(NotFound):
        desk.dates.delete(founded)


@pytest.mark.parametrize("label,date,reason", [
    ("", "3-18", "日期名称不能为空"),
    ("孩子生日", "2-30", "公历2月没有30日"),
    ("孩子生日", "1991-闰5-1", "农历1991年没有闰五月"),
    ("孩子生日", DateSpec(True, None, 13, 1), "月份应为 1–12"),
    ("孩子生日", 20260318, "应为日期"),
    ("孩子\x1b生日", "3-18", "ESC"),
])
def test_a_bad_dated_note_is_refused_in_chinese_and_nothing_changes(desk, he, label, date, reason):
    with pytest.raises(InvalidInput) as refused:
        desk.dates.add(he, label, date)
    assert reason in str(refused.value)
    assert desk.dates.list(he) == []


def test_a_dated_note_needs_an_existing_customer(desk):
    with pytest.raises(NotFound):
        desk.dates.add(99, "孩子生日", "3-18")


def test_upcoming_covers_birthdays_anniversaries_and_dated_notes_sorted_by_date(desk, he):
    li = desk.add_customer(CustomerData(name="李秀英", lunar_birthday=DateSpec(True, 1985, 12, 8)))  # 腊八
    wang = desk.add_customer(CustomerData(name="王芳", birthday=D(1990, 12, 28), anniversary=D(2015, 1, 3)))
    zhao = desk.add_customer(CustomerData(name="赵敏", birthday=D(1990, 6, 1)))  # outside the window
    desk.dates.add(he, "孩子生日", "农历冬月廿三")  # lunar 2026-11-23 is 2026-12-31
    desk.dates.add(zhao, "公司成立日", "1-5")
    got = desk.dates.upcoming(D(2026, 12, 20), 30)
    assert got == [
        UpcomingDate(wang, "王芳", "birthday", "生日", D(2026, 12, 28), 8, False),
        UpcomingDate(he, "何建国", "date", "孩子生日", D(2026, 12, 31), 11, True),
        UpcomingDate(wang, "王芳", "anniversary", "结婚纪念日", D(2027, 1, 3), 14, False),
        UpcomingDate(zhao, "赵敏", "date", "公司成立日", D(2027, 1, 5), 16, False),
        UpcomingDate(li, "李秀英", "birthday", "生日", D(2027, 1, 15), 26, True),  # 腊八 of lunar 2026
    ]
    assert desk.dates.upcoming(D(2026, 12, 20), 7) == []  # 12-28 is eight days later
    assert [u.customer_id for u in desk.dates.upcoming(D(2026, 12, 20), 8)] == [wang]
    assert desk.dates.upcoming(D(2026, 12, 28), 0) == [
        UpcomingDate(wang, "王芳", "birthday", "生日", D(2026, 12, 28), 0, False)]


def test_upcoming_leap_month_day_thirty_and_29_february(desk):
    leap = desk.add_customer(CustomerData(name="闰月生", lunar_birthday=DateSpec(True, 2020, 4, 10, True)))
    eve = desk.add_customer(CustomerData(name="三十生", lunar_birthday=DateSpec(True, None, 12, 30)))
    feb = desk.add_customer(CustomerData(name="闰日生", birthday=D(2000, 2, 29)))
    # 2027: regular 四月初十; 腊月 of lunar 2026 has 29 days (除夕 2027-02-05); 2027 is a common year.
    days = {u.customer_id: u.date for u in desk.dates.upcoming(D(2027, 1, 1), 180)}
    assert days[eve] == D(2027, 2, 5) and days[feb] == D(2027, 2, 28)
    assert days[leap] == desk.dates.next_birthday(leap, D(2027, 1, 1))
    assert desk.dates.upcoming(D(2027, 2, 28), 0)[0].customer_id == feb
    assert [u.date for u in desk.dates.upcoming(D(2028, 2, 28), 1) if u.customer_id == feb] == [D(2028, 2, 29)]


def test_next_birthday(desk, he):
    lunar = desk.add_customer(CustomerData(name="李秀英", lunar_birthday=DateSpec(True, None, 8, 15)))
    solar = desk.add_customer(CustomerData(name="王芳", birthday=D(1990, 11, 23)))
    assert desk.dates.next_birthday(lunar, D(2026, 1, 1)) == D(2026, 9, 25)  # 中秋 2026
    assert desk.dates.next_birthday(solar, D(2026, 11, 23)) == D(2026, 11, 23)
    assert desk.dates.next_birthday(solar, D(2026, 11, 24)) == D(2027, 11, 23)
    assert desk.dates.next_birthday(he, D(2026, 1, 1)) is None
    with pytest.raises(NotFound):
        desk.dates.next_birthday(999, D(2026, 1, 1))


@pytest.mark.parametrize("start,days", [(None, 7), ("2026-12-01", 7), (D(2026, 12, 1), -1), (D(2026, 12, 1), 367),
                                        (D(1850, 1, 1), 7), (D(2026, 12, 1), "7天")])
def test_upcoming_refuses_a_bad_window(desk, start, days):
    with pytest.raises(InvalidInput):
        desk.dates.upcoming(start, days)


def test_upcoming_finds_exactly_what_checking_every_customer_one_by_one_finds(desk):
    """The SQL shortcut (only the month/day pairs in the window) against the plain way."""
    import random

    from salesdesk.core.lunar import next_occurrence
    from salesdesk.demo import invented_lunar_birthday

    rng = random.Random(11)
    specs = {}
    for i in range(120):
        year = rng.randint(1960, 2000)
        if i % 3 == 0:
            data = CustomerData(name=f"客户{i}", lunar_birthday=invented_lunar_birthday(rng, year))
        else:
            birthday = D(2000, 2, 29) if i % 17 == 1 else D(year, rng.randint(1, 12), rng.randint(1, 28))
            data = CustomerData(name=f"客户{i}", birthday=birthday)
        cid = desk.add_customer(data)
        spec = data.lunar_birthday or DateSpec(False, None, data.birthday.month, data.birthday.day)
        specs[cid] = spec
    for start in [D(2026, 12, 2), D(2027, 2, 1), D(2028, 2, 20), D(2025, 7, 20), D(2026, 1, 1)]:
        for days in (0, 6, 45, 366):
            expected = sorted((next_occurrence(s, start), cid) for cid, s in specs.items()
                              if (next_occurrence(s, start) - start).days <= days)
            assert [(u.date, u.customer_id) for u in desk.dates.upcoming(start, days)] == expected
