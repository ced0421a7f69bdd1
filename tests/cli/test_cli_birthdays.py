"""``customer add --birthday DATE | --lunar-birthday LUNAR [--anniversary DATE]`` (SPEC §3.1, §7.1),
and the ``birthday`` / ``next_birthday`` JSON that ``customer show`` prints."""
import json
import sqlite3

import pytest

from salesdesk.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stored(path, cid):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT birthday, anniversary, lunar_birthday_year, lunar_birthday_month, lunar_birthday_day, "
                           "lunar_birthday_leap FROM customer WHERE id = ?", (cid,)).fetchone()
    finally:
        con.close()


@pytest.mark.parametrize("option,value,row", [
    ("--lunar-birthday", "1990-闰5-20", (None, None, 1990, 5, 20, 1)),
    ("--lunar-birthday", "8-15", (None, None, None, 8, 15, 0)),
    ("--lunar-birthday", "L5-20", (None, None, None, 5, 20, 1)),
    ("--lunar-birthday", "农历腊月三十", (None, None, None, 12, 30, 0)),
    ("--birthday", "1988-02-29", ("1988-02-29", None, None, None, None, 0)),
])
def test_a_birthday_is_stored_as_given(db_path, capsys, option, value, row):
    code, out, err = run(capsys, "customer", "add", "何建国", option, value, "--json", "--db", str(db_path))
    assert code == 0, err
    assert stored(db_path, json.loads(out)["id"]) == row


def test_an_anniversary_beside_a_lunar_birthday(db_path, capsys):
    code, out, _ = run(capsys, "customer", "add", "李秀英", "--lunar-birthday", "农历八月十五", "--anniversary",
                       "2015-10-01", "--db", str(db_path))
    assert code == 0
    assert stored(db_path, int(out.splitlines()[-1])) == (None, "2015-10-01", None, 8, 15, 0)


@pytest.mark.parametrize("args,reason", [
    (["--lunar-birthday", "1991-闰5-20"], "农历1991年没有闰五月"),
    (["--lunar-birthday", "5-31"], "农历日应为初一至三十"),
    (["--lunar-birthday", "13-1"], "月份应为 1–12"),
    (["--lunar-birthday", "公历5-20"], "这里应填农历日期"),
    (["--birthday", "1990-02-30"], "生日“1990-02-30”"),
    (["--birthday", "5-20"], "生日“5-20”"),
    (["--birthday", "2030-01-01"], "不能晚于今天"),
    (["--anniversary", "明天"], "结婚纪念日“明天”"),
])
def test_a_bad_date_is_exit_2_with_one_chinese_line_and_nothing_added(db_path, capsys, args, reason):
    run(capsys, "customer", "add", "王芳", "--db", str(db_path))
    code, out, err = run(capsys, "customer", "add", "赵敏", *args, "--db", str(db_path))
    assert code == 2 and out == ""
    assert reason in err and err.count("\n") == 1
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 1
    con.close()


def test_one_birthday_calendar_at_a_time(db_path, capsys):
    code, _, err = run(capsys, "customer", "add", "赵敏", "--birthday", "1990-05-20", "--lunar-birthday", "4-26",
                       "--db", str(db_path))
    assert code == 2 and err.count("\n") == 1


@pytest.mark.parametrize("option,value,birthday,next_birthday", [
    ("--lunar-birthday", "1990-闰5-20", {"calendar": "lunar", "year": 1990, "month": 5, "day": 20, "leap": True},
     "2027-06-24"),  # 五月二十 of 2027 (端午 06-09 → 五月初一 06-05), the regular month
    ("--birthday", "1988-02-29", {"calendar": "solar", "year": 1988, "month": 2, "day": 29, "leap": False},
     "2027-02-28"),
    ("--lunar-birthday", "农历腊月初八", {"calendar": "lunar", "year": None, "month": 12, "day": 8, "leap": False},
     "2027-01-15"),  # seen from December: 腊八 of lunar 2026
])
def test_customer_show_prints_the_birthday_in_its_calendar_and_the_next_one(db_path, capsys, option, value, birthday,
                                                                           next_birthday):
    code, out, _ = run(capsys, "customer", "add", "何建国", option, value, "--json", "--db", str(db_path))
    cid = json.loads(out)["id"]
    code, out, err = run(capsys, "customer", "show", str(cid), "--date", "2026-12-02", "--json", "--db", str(db_path))
    assert code == 0, err
    shown = json.loads(out)
    assert shown["birthday"] == birthday and shown["next_birthday"] == next_birthday
