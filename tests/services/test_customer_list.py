"""The customer list sorted and filtered in SQL: order, filters and the count agree."""
from __future__ import annotations

import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.services import InvalidInput
from salesdesk.services.customer_query import CustomerQuery


@pytest.fixture
def people(desk):
    ids = {}
    for name, company, grade, level, city, tags, birthday in (
        ("王芳", "锦程物流", "A", "成交客户", "杭州", "高净值，企业主", dt.date(1980, 11, 25)),
        ("李娜", "", "C", "潜在客户", "上海", "家庭保障", dt.date(1990, 11, 22)),
        ("张伟", "百川软件", "", "目标客户", "杭州", "企业主", dt.date(1984, 2, 29)),
        ("陈静", "锦程物流", "B", "忠诚客户", "北京", "", None),
        ("曾娟娜", "阿里", "A", "准客户", "杭州", "高净值", dt.date(1975, 1, 3)),
    ):
        ids[name] = desk.add_customer(CustomerData(name=name, company=company, value_grade=grade,
                                                   relation_level=level, city=city, tags=tags, birthday=birthday))
    # last contacts: 王芳 yesterday, 李娜 100 days ago (a contact record), 张伟 40 days ago, others never
    desk.log_activity(ids["王芳"], "dial", at=dt.datetime(2026, 11, 22, 9))
    desk.add_contact(ids["李娜"], "电话", at=dt.datetime(2026, 8, 15, 9))
    desk.log_activity(ids["张伟"], "meet", at=dt.datetime(2026, 10, 14, 9))
    return ids


def names(desk, query, limit=100, offset=0):
    return [r.name for r in desk.customers.page(query, limit, offset)]


def test_sorted_by_name_in_pinyin_order_and_the_other_columns(desk, people):
    assert names(desk, CustomerQuery()) == ["陈静", "李娜", "王芳", "曾娟娜", "张伟"]  # chen li wang zeng zhang
    assert names(desk, CustomerQuery(sort="name", descending=True)) == ["张伟", "曾娟娜", "王芳", "李娜", "陈静"]
    # company: text order, customers of one company together (by pinyin), no company last
    assert names(desk, CustomerQuery(sort="company")) == ["张伟", "陈静", "王芳", "曾娟娜", "李娜"]
    # grade A first, ungraded last whichever way
    assert names(desk, CustomerQuery(sort="grade")) == ["王芳", "曾娟娜", "陈静", "李娜", "张伟"]
    assert names(desk, CustomerQuery(sort="grade", descending=True))[-1] == "张伟"
    assert names(desk, CustomerQuery(sort="level")) == ["李娜", "张伟", "曾娟娜", "王芳", "陈静"]


def test_last_contact_counts_activities_and_contact_records(desk, people):
    rows = desk.customers.page(CustomerQuery(sort="last_contact", descending=True))
    assert [r.name for r in rows][:3] == ["王芳", "张伟", "李娜"]
    assert rows[0].last_contact == dt.datetime(2026, 11, 22, 9)
    assert rows[2].last_contact == dt.datetime(2026, 8, 15, 9)
    assert {r.name for r in rows[3:]} == {"陈静", "曾娟娜"} and rows[3].last_contact is None
    # ascending: never contacted counts as longest ago
    assert names(desk, CustomerQuery(sort="last_contact"))[-1] == "王芳"
    # a filtered list reads each customer's latest on its own: the same order
    assert names(desk, CustomerQuery(city="杭州", sort="last_contact", descending=True)) == ["王芳", "张伟", "曾娟娜"]
    assert names(desk, CustomerQuery(city="杭州", sort="last_contact")) == ["曾娟娜", "张伟", "王芳"]


def test_next_birthday_from_today_and_leap_day(desk, people):
    # today 2026-11-23: 王芳 11-25 (2 days), 曾娟娜 1-3, 张伟 2-29 -> 2027-02-28, 李娜 11-22 -> next year
    rows = desk.customers.page(CustomerQuery(sort="next_birthday"))
    assert [(r.name, r.next_birthday) for r in rows] == [
        ("王芳", dt.date(2026, 11, 25)), ("曾娟娜", dt.date(2027, 1, 3)), ("张伟", dt.date(2027, 2, 28)),
        ("李娜", dt.date(2027, 11, 22)), ("陈静", None)]


def test_filters_and_count_follow_them(desk, people):
    def both(**kw):
        q = CustomerQuery(**kw)
        return desk.customers.count(q), set(names(desk, q))

    assert both(grade="A") == (2, {"曾娟娜", "王芳"})
    assert both(grade="未分级") == (1, {"张伟"})
    assert both(level="潜在客户") == (1, {"李娜"})
    assert both(city="杭州") == (3, {"张伟", "曾娟娜", "王芳"})
    assert both(tag="企业主") == (2, {"张伟", "王芳"})  # "高净值，企业主" is two tags
    assert both(tag="企业") == (0, set())  # a whole tag, not a part of one
    assert both(not_contacted_days=30) == (4, {"曾娟娜", "李娜", "张伟", "陈静"})
    assert both(not_contacted_days=90) == (3, {"曾娟娜", "李娜", "陈静"})
    assert both(city="杭州", grade="A", search="zjn") == (1, {"曾娟娜"})
    assert both(search="锦程物流", sort="grade") == (2, {"王芳", "陈静"})
    assert desk.customers.count() == desk.count_customers() == 5


def test_pages_and_position_of_a_sorted_list(desk, people):
    q = CustomerQuery(sort="grade")
    full = names(desk, q)
    assert names(desk, q, 2, 0) + names(desk, q, 2, 2) + names(desk, q, 2, 4) == full
    assert desk.customers.position(people["陈静"], q) == 2
    assert desk.customers.position(people["张伟"], CustomerQuery(grade="A")) is None
    assert desk.customers.position(people["王芳"]) == 2


def test_the_list_follows_a_write(desk, people):
    q = CustomerQuery(grade="A")
    assert desk.customers.count(q) == 2
    desk.add_customer(CustomerData(name="何建国", value_grade="A"))
    assert desk.customers.count(q) == 3 and "何建国" in names(desk, q)


@pytest.mark.parametrize("query", [
    CustomerQuery(grade="F"), CustomerQuery(level="大客户"), CustomerQuery(sort="mobile"),
    CustomerQuery(tag="a,b"), CustomerQuery(not_contacted_days=0), CustomerQuery(descending="yes"), 42,
])
def test_bad_queries_are_refused_in_chinese(desk, query):
    with pytest.raises(InvalidInput):
        desk.customers.page(query)


def test_lunar_birthdays_sort_by_their_solar_day_this_year(desk, people):
    from salesdesk.core.lunar import DateSpec, next_occurrence

    moon = desk.add_customer(CustomerData(name="孙悦"))
    # 农历十月初八 and 闰六月初一 (kept in the regular sixth month in years without that leap month)
    desk.db.execute_sql("UPDATE customer SET lunar_birthday_month = 10, lunar_birthday_day = 8 WHERE id = ?", (moon,))
    leap = desk.add_customer(CustomerData(name="周全"))
    desk.db.execute_sql("UPDATE customer SET lunar_birthday_month = 6, lunar_birthday_day = 1, "
                        "lunar_birthday_leap = 1 WHERE id = ?", (leap,))
    today = dt.date(2026, 11, 23)
    expected = {"孙悦": next_occurrence(DateSpec(True, None, 10, 8), today),
                "周全": next_occurrence(DateSpec(True, None, 6, 1, True), today)}
    rows = desk.customers.page(CustomerQuery(sort="next_birthday"))
    got = {r.name: r.next_birthday for r in rows}
    assert got["孙悦"] == expected["孙悦"] and got["周全"] == expected["周全"]
    dated = [r.next_birthday for r in rows if r.next_birthday]
    assert dated == sorted(dated) and len(dated) == 6
