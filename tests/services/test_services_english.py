"""The services speak the UI's language: a refusal, a warning, a summary read English.

Data in Latin letters ("Zhang Wei"), so any Chinese found is the program's own text.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.import_fields import ImportTable
from salesdesk.services import InvalidInput, NotFound
from salesdesk.services.merge_fields import move_summary

from english import chinese


def refusal(call, *args, **kwargs) -> str:
    with pytest.raises((InvalidInput, NotFound)) as info:
        call(*args, **kwargs)
    return str(info.value)


def test_refusals_read_english(english, desk):
    zhang = desk.add_customer(CustomerData(name="Zhang Wei", company="Acme Trading"))
    said = [
        refusal(desk.get_customer, 999),
        refusal(desk.get_customer, "abc"),
        refusal(desk.duplicates.merge, zhang, zhang),
        refusal(desk.add_prospect, zhang, "Critical illness", at=dt.datetime(2099, 1, 1, 9, 0)),
        refusal(desk.set_settings, {"no_such_setting": "1"}),
        refusal(desk.set_settings, {"reminder_days": "many"}),
    ]
    assert chinese(said) == [], said
    assert said[0] == "Customer 999 not found"
    assert said[1] == "Customer number “abc” is not valid: use digits"
    assert said[2] == "A customer cannot be merged with itself"
    assert said[3].startswith("The time 2099-01-01 09:00 is in the future")
    assert said[4].startswith("Unknown setting “no_such_setting” (use: agent_name, ")


def test_the_same_refusal_stays_chinese_without_english(desk):
    with pytest.raises(NotFound) as info:
        desk.get_customer(999)
    assert str(info.value) == "找不到编号为 999 的客户"


def test_a_merge_summary_and_the_default_lost_reasons_read_english(english, desk):
    assert move_summary({"prospect": 2, "todo": 1}) == "2 prospect(s), 1 to-do(s)"
    assert move_summary({}) == "no related records"
    assert desk.lost_reasons() == ["Not enough budget", "Chose another company", "Cannot be reached",
                                        "No need for now"]


def test_import_problems_read_english(english, desk, tmp_path):
    with pytest.raises(InvalidInput) as info:
        desk.imports.run(ImportTable(("notes",), ((2, ("hello",)),), "customers.xlsx"))
    assert str(info.value) == ("The table has no “Name” column (the import wizard can say which column holds "
                               "the name)")


def test_the_json_reason_of_an_import_follows_the_language(db_path, tmp_path):
    """SPEC §7.1: keys stay, the reason a person reads is in the UI's language."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["name", "notes"])
    wb.active.append(["Zhang Wei", "hello"])
    wb.active.append(["Li Na", "=1+1"])  # a formula with no saved result: the reader's own reason
    sheet = tmp_path / "customers.xlsx"
    wb.save(sheet)
    for lang, expected in (("en", "the formula has no saved result (open and save the file in Excel, or "
                                  "“paste values only”)"),
                           ("zh", "公式没有保存计算结果（请在 Excel 中打开并保存，或“只粘贴数值”）")):
        run = subprocess.run([sys.executable, "-m", "salesdesk", "import", str(sheet), "--dry-run", "--json",
                              "--db", str(db_path)], capture_output=True, text=True,
                             env={**os.environ, "SALESDESK_LANG": lang})
        result = json.loads(run.stdout)
        (error,) = result["errors"]
        assert set(error) == {"row", "column", "reason"} and error["row"] == 3, result
        assert error["reason"] == expected, result


def test_a_file_that_cannot_be_imported_is_refused_in_english(english, tmp_path):
    from salesdesk.reports.customer_import import BadImportFile, read_table

    for name, data in (("old.xls", b"\xd0\xcf\x11\xe0" + bytes(100)), ("empty.csv", b""),
                       ("fake.xlsx", b"not a workbook")):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(BadImportFile) as info:
            read_table(path)
        assert chinese([str(info.value)]) == [], str(info.value)
        assert name in str(info.value)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_english_export_has_english_heads_and_imports_back_as_the_same_customers(english, desk, clock, tmp_path,
                                                                                   suffix):
    from openpyxl import load_workbook

    from salesdesk.reports.customer_export import write_rows
    from salesdesk.reports.customer_import import read_table
    from salesdesk.services import SalesDesk
    from salesdesk.storage.db import open_db
    from salesdesk.storage.models import database

    zhang = desk.add_customer(CustomerData(name="Zhang Wei", mobile="13812345678", company="Acme Trading",
                                           notes="two\nlines", met_on=dt.date(2020, 3, 5), value_grade="A"))
    desk.add_customer(CustomerData(name="Li Na", referrer_id=zhang, tags="friend,school", email="li@example.com",
                                   birthday=dt.date(1985, 6, 7), relation_level="准客户"))
    exported = desk.imports.export_table()
    assert exported.headers[:3] == ("Name", "Gender", "Company")
    path = write_rows(exported.headers, (v for _, v in exported.rows), tmp_path / f"customers{suffix}")
    if suffix == ".xlsx":
        assert load_workbook(path).sheetnames == ["Customers"]

    def cards(d):
        return {row.name: (d.get_customer(row.id).mobile, d.get_customer(row.id).birthday,
                           d.get_customer(row.id).relation_level, d.get_customer(row.id).notes,
                           d.customer_name(d.get_customer(row.id).referrer_id) if d.get_customer(row.id).referrer_id
                           else None)
                for row in d.list_customers(limit=100)}

    before = cards(desk)
    other_db = open_db(tmp_path / "empty.db")
    try:
        other = SalesDesk(other_db, clock)
        result = other.imports.run(read_table(path))
        assert (result.imported, result.errors) == (2, ())
        assert cards(other) == before
    finally:
        other_db.close()
        database.initialize(desk.db)


def test_a_birthday_reminder_reads_english_and_keeps_its_key(english, desk, clock):
    from salesdesk import i18n

    today = clock.now().date()
    desk.add_customer(CustomerData(name="Wang Fang", birthday=today.replace(year=1985)))
    (english_one,) = [r for r in desk.reminders.due() if r.kind == "birthday"]
    state = i18n.current()
    i18n.set_lookup(None, "zh")
    try:
        (chinese_one,) = [r for r in desk.reminders.due() if r.kind == "birthday"]
    finally:
        i18n.restore(state)
    assert english_one.title == "Today is Wang Fang's birthday"
    assert chinese([english_one.title, english_one.text]) == []
    assert chinese_one.title == "今天是Wang Fang的生日"
    assert english_one.key == chinese_one.key
