"""The customer list model: paged loading, SQL filtering (pinyin too), refresh on writes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from salesdesk.core.customer import CustomerData
from salesdesk.services import Changes
from salesdesk.ui.customer_model import CustomerIdRole, CustomerTableModel

PEOPLE = [
    ("何建国", "宏达贸易有限公司", "13812345678"),
    ("王芳", "华信科技有限公司", "13900001111"),
    ("李伟", "", "13700002222"),
    ("张秀英", "金桥物流有限公司", "13600003333"),
    ("刘洋", "恒通建材有限公司", "13500004444"),
    ("陈静", "瑞丰电子有限公司", "13300005555"),
    ("杨磊", "新元餐饮有限公司", "15800006666"),
    ("赵敏", "东方服装有限公司", "18800007777"),
]


@pytest.fixture
def people(desk):
    return {name: desk.add_customer(CustomerData(name=name, company=company, mobile=mobile))
            for name, company, mobile in PEOPLE}


def names(model: CustomerTableModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_model_passes_the_qt_model_tester(qtmodeltester, desk, people):
    model = CustomerTableModel(desk, page_size=3)
    qtmodeltester.check(model)


def test_filtered_model_passes_the_qt_model_tester(qtmodeltester, desk, people):
    # Filtered before the tester is attached: both Qt's tester and pytest-qt's call
    # fetchMore() from their own modelReset handler, before they mark the reset as
    # finished, so they flag any lazily-loading model's later resets.
    model = CustomerTableModel(desk, page_size=3)
    model.set_filter("有限公司")
    qtmodeltester.check(model)


def test_columns_are_name_company_mobile_grade_level_last_contact_next_birthday(desk, people):
    model = CustomerTableModel(desk)

    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["姓名", "公司", "手机", "分级", "分类", "最近联系", "下次生日"]
    row = names(model).index("何建国")
    assert [model.index(row, c).data() for c in range(3)] == ["何建国", "宏达贸易有限公司", "13812345678"]
    assert model.index(row, 2).data(CustomerIdRole) == people["何建国"]


def test_rows_arrive_a_page_at_a_time(desk, people):
    model = CustomerTableModel(desk, page_size=3)

    assert model.rowCount() == 3
    assert model.total() == len(PEOPLE)
    seen = []
    while model.canFetchMore(QModelIndex()):
        seen.append(model.rowCount())
        model.fetchMore(QModelIndex())
    assert seen == [3, 6]
    assert model.rowCount() == len(PEOPLE)
    assert sorted(names(model)) == sorted(name for name, _c, _m in PEOPLE)
    assert len(set(names(model))) == len(PEOPLE)  # no row twice across pages


def test_the_default_page_is_two_hundred_rows(desk):
    from salesdesk.ui.customer_model import PAGE_SIZE

    assert PAGE_SIZE == 200


@pytest.mark.parametrize("typed, expected", [
    ("hjg", ["何建国"]),           # pinyin initials
    ("hejianguo", ["何建国"]),     # full pinyin
    ("建国", ["何建国"]),          # part of the name
    ("1390000", ["王芳"]),         # part of the phone number
    ("金桥", ["张秀英"]),          # company
    ("没有这个人", []),
])
def test_filter_narrows_the_list(desk, people, typed, expected):
    model = CustomerTableModel(desk)

    model.set_filter(typed)

    assert names(model) == expected
    assert model.total() == len(expected)
    assert not model.canFetchMore(QModelIndex())


def test_clearing_the_filter_shows_everyone_again(qtbot, desk, people):
    model = CustomerTableModel(desk)
    model.set_filter("hjg")

    with qtbot.waitSignal(model.modelReset):
        model.set_filter("  ")

    assert model.rowCount() == len(PEOPLE)


def test_a_new_customer_appears_after_the_change_is_announced(desk, people):
    model = CustomerTableModel(desk, page_size=3)
    model.fetchMore(QModelIndex())
    desk.subscribe(model.on_changes)

    desk.add_customer(CustomerData(name="阿黄"))  # sorts first by pinyin

    assert model.index(0, 0).data() == "阿黄"
    assert model.total() == len(PEOPLE) + 1
    assert model.rowCount() == 6  # as many rows as were loaded before stay loaded


def test_changes_without_customers_do_not_reload(qtbot, desk, people):
    model = CustomerTableModel(desk)

    with qtbot.assertNotEmitted(model.modelReset):
        model.on_changes(Changes(activities=True))


def test_work_logged_for_a_listed_customer_does_not_reload(qtbot, desk, people):
    model = CustomerTableModel(desk)
    desk.subscribe(model.on_changes)

    with qtbot.assertNotEmitted(model.modelReset):
        desk.log_activity(people["王芳"], "dial")
        desk.add_prospect(people["王芳"], "重疾险")


def test_an_edited_card_reloads(qtbot, desk, people):
    model = CustomerTableModel(desk)
    desk.subscribe(model.on_changes)
    data = desk.get_customer(people["王芳"])
    data.company = "新公司"

    with qtbot.waitSignal(model.modelReset):
        desk.update_customer(people["王芳"], data)

    assert model.index(names(model).index("王芳"), 1).data() == "新公司"


def test_row_of_loads_pages_until_the_customer_is_found(desk, people):
    model = CustomerTableModel(desk, page_size=2)
    last = names_in_order = [r.name for r in desk.list_customers(limit=100)]
    target = people[last[-1]]

    assert model.row_of(target) is None
    assert model.row_of(target, fetch_pages=10) == len(names_in_order) - 1


def test_a_customer_deep_in_a_long_list_is_reached_in_one_read(desk):
    """At a heavy agent's size the customer opened from another page may be row 15,000:
    the rows down to theirs are read at once, not a page at a time (nor never)."""
    ids = [desk.add_customer(CustomerData(name=f"客户{i:03d}")) for i in range(30)]
    model = CustomerTableModel(desk, page_size=2)
    order = [r.id for r in desk.list_customers(limit=100)]
    reads = []
    real = desk.list_customers
    desk.list_customers = lambda *a, **k: reads.append(k) or real(*a, **k)

    assert model.row_of(order[-3], fetch_pages=1) == 27
    assert len(reads) == 1 and model.rowCount() == 28
    assert model.row_of(order[5], fetch_pages=1) == 5 and len(reads) == 1  # already loaded
    assert sorted(ids) == sorted(order)


@pytest.mark.parametrize("search", ["", "客户", "客户01"])  # none, short (scan), trigram (index)
def test_positions_follow_the_lists_order(desk, search):
    for i in range(12):
        desk.add_customer(CustomerData(name=f"客户{i:03d}", company="锦程贸易有限公司" if i % 2 else ""))
    listed = [r.id for r in desk.list_customers(search, limit=100)]
    assert listed
    assert [desk.customer_position(cid, search) for cid in listed] == list(range(len(listed)))
    other = next(r.id for r in desk.list_customers(limit=100) if r.id not in listed) if search == "客户01" else None
    if other is not None:
        assert desk.customer_position(other, search) is None
