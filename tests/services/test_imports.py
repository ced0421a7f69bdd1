"""Importing customers: all or nothing, bad rows, duplicates and each choice, undo, round trip."""
import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.import_fields import ImportTable
from salesdesk.services import InvalidInput, NotFound
from salesdesk.storage.models import Customer, ImportBatch, ImportItem

HEADERS = ("姓名", "手机", "公司", "生日", "农历生日", "介绍人", "备注")


def table(*rows, headers=HEADERS):
    return ImportTable(headers, tuple((i + 2, tuple(r)) for i, r in enumerate(rows)), "客户.xlsx")


def names(desk):
    return sorted(r.name for r in desk.list_customers(limit=1000))


def test_good_rows_are_imported_with_phones_dates_lunar_birthdays_and_referrers(desk):
    result = desk.imports.run(table(
        ("何建国", "138-1234-5678", "示例公司", "1980/3/5", None, None, "老客户"),
        ("李秀英", 13900001111, "", None, "农历八月十五", "何建国", None),
    ))
    assert (result.imported, result.skipped, result.errors, result.stopped) == (2, 0, (), False)
    he = desk.find_customer("何建国")
    li = desk.find_customer("李秀英")
    assert desk.get_customer(he).mobile == "13812345678"
    assert desk.get_customer(he).birthday == dt.date(1980, 3, 5)
    assert desk.get_customer(li).referrer_id == he
    row = Customer.get_by_id(li)
    assert (row.lunar_birthday_month, row.lunar_birthday_day, row.lunar_birthday_leap) == (8, 15, False)
    assert desk.list_customers("hjg")[0].name == "何建国"  # pinyin search works on imported customers


def test_one_bad_row_stops_the_import_and_lists_every_problem(desk):
    result = desk.imports.run(table(
        ("何建国", "13812345678", "", None, None, None, None),
        ("", "12345", "", "明天", None, None, None),
    ))
    assert result.stopped and result.imported == 0
    assert [(e.row, e.column) for e in result.errors] == [(3, "生日"), (3, "姓名"), (3, "手机")] or \
        sorted((e.row, e.column) for e in result.errors) == [(3, "姓名"), (3, "手机"), (3, "生日")]
    assert names(desk) == [] and ImportBatch.select().count() == 0


def test_skip_bad_rows_imports_the_good_ones_and_returns_the_rejected_with_reasons(desk):
    result = desk.imports.run(table(
        ("何建国", "13812345678", "", None, None, None, None),
        ("王五", "12345", "", None, None, None, None),
    ), skip_bad_rows=True)
    assert (result.imported, result.skipped, result.rejected) == (1, 1, 1)
    assert names(desk) == ["何建国"]
    (rejected,) = result.rejected_rows
    assert rejected.row == 3 and rejected.values[0] == "王五" and "手机" in rejected.reason


def test_dry_run_changes_nothing(desk):
    result = desk.imports.run(table(("何建国", "13812345678", "", None, None, None, None)), dry_run=True)
    assert result.imported == 1 and result.dry_run
    assert names(desk) == [] and ImportBatch.select().count() == 0


@pytest.fixture
def on_file(desk):
    return desk.add_customer(CustomerData(name="何建国", mobile="13812345678", company="示例公司", notes="旧备注"))


ROW = ("何建国", "+86 138 1234 5678", "示例公司", "1980-3-5", None, None, "新备注")


def test_a_duplicate_of_a_customer_on_file_is_reported_and_skipped_by_default(desk, on_file):
    result = desk.imports.run(table(ROW))
    assert [(d.row, d.customer, d.why) for d in result.duplicates] == [(2, on_file, "phone")]
    assert (result.imported, result.skipped) == (0, 1)
    assert desk.count_customers() == 1


def test_merge_fills_the_empty_fields_keeps_the_rest_and_undo_puts_it_back(desk, on_file):
    result = desk.imports.run(table(ROW), on_duplicate="merge")
    assert result.merged == 1 and desk.count_customers() == 1
    card = desk.get_customer(on_file)
    assert card.birthday == dt.date(1980, 3, 5) and card.notes == "旧备注\n新备注"
    desk.imports.undo_last()
    card = desk.get_customer(on_file)
    assert card.birthday is None and card.notes == "旧备注"


def test_add_anyway_adds_a_second_customer(desk, on_file):
    desk.imports.run(table(ROW), on_duplicate="add")
    assert desk.count_customers() == 2


def test_a_choice_per_row_wins_over_the_choice_for_all(desk, on_file):
    other = ("何建国", "13812345678", "", None, None, None, None)
    result = desk.imports.run(table(ROW, other), on_duplicate="skip", choices={3: "add"})
    assert (result.imported, result.skipped) == (1, 1)


def test_duplicates_inside_the_file_by_phone_and_by_name_and_company(desk):
    rows = table(("何建国", "13812345678", "", None, None, None, None),
                 ("何老师", "138-1234-5678", "", "1980-3-5", None, None, None),
                 ("李秀英", "", "示例公司", None, None, None, None),
                 ("李秀英", "", "示例公司", None, None, None, "第二次"))
    result = desk.imports.run(rows, dry_run=True)
    assert [(d.row, d.same_as_row, d.why) for d in result.duplicates] == [(3, 2, "phone"), (5, 4, "name+company")]
    assert desk.imports.run(rows, dry_run=True, on_duplicate="add").imported == 4
    merged = desk.imports.run(rows, on_duplicate="merge")
    assert (merged.imported, merged.merged) == (2, 2)
    he = desk.get_customer(desk.find_customer("何建国"))
    assert he.birthday == dt.date(1980, 3, 5)
    assert desk.get_customer(desk.find_customer("李秀英")).notes == "第二次"


def test_undo_removes_exactly_what_the_import_added(desk, on_file):
    desk.imports.run(table(("王五", "13900001111", "", None, None, None, None),
                           ("赵六", "", "", None, None, None, None)))
    assert desk.imports.last_import().added == 2
    undo = desk.imports.undo_last()
    assert (undo.removed, undo.reverted) == (2, 0)
    assert names(desk) == ["何建国"]
    assert desk.imports.last_import() is None
    with pytest.raises(NotFound):
        desk.imports.undo_last()


def test_undo_is_refused_once_an_imported_customer_has_more_history(desk):
    desk.imports.run(table(("王五", "13900001111", "", None, None, None, None)))
    desk.add_prospect(desk.find_customer("王五"), "重疾险")
    with pytest.raises(InvalidInput, match="王五"):
        desk.imports.undo_last()
    assert names(desk) == ["王五"]


def test_an_import_is_one_batch_with_one_item_per_customer_and_a_backup_first(desk, db_path):
    desk.imports.run(table(("王五", "13900001111", "", None, None, None, None)))
    assert ImportItem.select().where(ImportItem.action == "added").count() == 1
    assert list((db_path.parent / "backups").glob("salesdesk-*.db")), "no backup before the import"


def test_a_cancel_during_the_write_rolls_everything_back(desk):
    from salesdesk.services.imports import ImportCancelled

    rows = table(*[(f"客户{i}", "", "", None, None, None, None) for i in range(250)])
    with pytest.raises(ImportCancelled):
        desk.imports.run(rows, progress=lambda done, total: done < 200)
    assert desk.count_customers() == 0 and ImportBatch.select().count() == 0


def test_a_table_without_a_name_column_is_refused(desk):
    with pytest.raises(InvalidInput, match="姓名"):
        desk.imports.run(table(("13812345678",), headers=("手机",)))


def test_the_mapping_fixed_by_the_user_is_remembered(desk):
    headers = ("客户", "号码")
    assert desk.imports.mapping_for(headers) == {0: "name"}
    desk.imports.remember_mapping(headers, {0: "name", 1: "mobile"})
    assert desk.imports.mapping_for(headers) == {0: "name", 1: "mobile"}


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_into_an_empty_file_gives_the_same_customers(desk, tmp_path, clock, suffix):
    from salesdesk.reports.customer_export import write_rows
    from salesdesk.reports.customer_import import read_table
    from salesdesk.services import SalesDesk
    from salesdesk.storage.db import open_db
    from salesdesk.storage.models import database

    he = desk.add_customer(CustomerData(name="=何建国", mobile="13812345678", company="+示例", notes="两行\n备注",
                                        met_on=dt.date(2020, 3, 5), gender="男", value_grade="A", qq="12345",
                                        title="-经理", source="@转介绍"))
    desk.add_customer(CustomerData(name="李秀英", referrer_id=he, tags="朋友,同学", email="li@example.com",
                                   phone="010-12345678", anniversary=dt.date(2010, 10, 1), relation_level="准客户",
                                   birthday=dt.date(1985, 6, 7)))
    Customer.update(lunar_birthday_month=5, lunar_birthday_day=20, lunar_birthday_leap=True,
                    lunar_birthday_year=1990).where(Customer.id == he).execute()

    def cards(d):
        out = {}
        for row in d.list_customers(limit=100):
            card = d.get_customer(row.id)
            referrer = d.customer_name(card.referrer_id) if card.referrer_id else None
            card.referrer_id = None
            c = Customer.get_by_id(row.id)
            out[row.name] = (card, referrer, c.lunar_birthday_year, c.lunar_birthday_month, c.lunar_birthday_day,
                             c.lunar_birthday_leap)
        return out

    before = cards(desk)
    exported = desk.imports.export_table()
    path = write_rows(exported.headers, (v for _, v in exported.rows), tmp_path / f"客户{suffix}")
    other_db = open_db(tmp_path / "empty.db")
    try:
        other = SalesDesk(other_db, clock)
        result = other.imports.run(read_table(path))
        assert (result.imported, result.errors) == (2, ())
        assert cards(other) == before
    finally:
        other_db.close()
        database.initialize(desk.db)


@pytest.mark.parametrize("args", [("何建国", "138", "010-1", "示例公司", "备注\n两行"), ("曾娟娜", "", "", "", ""),
                                  ("John Smith", "", "", "ACME", "X"), ("单于", "", "", "锦程物流", ""), ("", "", "", "", ""),
                                  ("李", "", "", "Ａ公司", "")])
def test_imported_customers_get_the_search_keys_a_saved_card_gets(args):
    from salesdesk.core.search import pinyin_keys, search_text
    from salesdesk.services.imports import searchable

    assert searchable(*args) == (*pinyin_keys(args[0]), search_text(*args))
