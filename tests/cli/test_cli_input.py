"""Bad input exits 2 with one Chinese line and changes nothing; ids on the last line."""
import hashlib
import json

import pytest

from salesdesk.cli import main


def digest(db_path):
    from salesdesk.storage.db import close_db, open_db

    db = open_db(db_path)
    rows = []
    for (table,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        rows.append((table, db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()))
    close_db(db)
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.fixture
def seeded(db_path, capsys):
    assert main(["customer", "add", "何建国", "--phone", "13812345678", "--db", str(db_path)]) == 0
    assert main(["prospect", "add", "何建国", "--at", "2026-11-02 09:00", "--db", str(db_path)]) == 0
    capsys.readouterr()
    return db_path


@pytest.mark.parametrize("args", [
    ["customer", "add", ""],
    ["customer", "add", "王五", "--phone", "12345"],
    ["customer", "add", "王五", "--referrer", "不存在的人"],
    ["prospect", "add", "不存在的人"],
    ["prospect", "add", "何建国", "--at", "2026-02-30 10:00"],
    ["prospect", "add", "何建国", "--at", "2999-01-01 10:00"],
    ["move", "1", "p60"],
    ["move", "999", "appointment", "--first-meeting", "2026-11-03"],
    ["move", "1", "appointment", "--first-meeting", "11/03/2026"],
    ["move", "1", "appointment", "--first-meeting", "2026-11-03", "--at", "2999-01-01 10:00"],
    ["move", "1", "appointment", "--first-meeting", "2026-11-03", "--at", "2026-11-01 10:00"],
    ["move", "1", "lost"],
    ["move", "1", "p50", "--budget", "abc"],
    ["move", "1", "p50", "--criteria", "1,7"],
    ["log", "何建国", "jump"],
    ["log", "何建国", "contact"],
    ["weekly", "--week", "last week"],
    ["weekly", "--week", "9999-12-31"],
    ["move", "1", "appointment", "--first-meeting", "9999-12-31"],
    ["move", "1", "appointment", "--first-meeting", "1900-01-01"],
    ["move", "99999999999999999999", "p25"],
    ["move", "²", "p25"],
    ["prospect", "add", "99999999999999999999"],
    ["customer", "add", "王五", "--referrer", "²"],
    ["log", "何建国", "meet", "--method", "电话"],
    ["no-such-command"],
])
def test_bad_input_exits_2_with_one_line_and_changes_nothing(seeded, capsys, args):
    before = digest(seeded)
    code = main([*args, "--db", str(seeded)])
    out, err = capsys.readouterr()
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err), err  # says it in Chinese
    assert digest(seeded) == before


def test_ids_are_printed_alone_on_the_last_line(db_path, capsys):
    assert main(["customer", "add", "何建国", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "1"
    assert main(["customer", "add", "李秀英", "--json", "--db", str(db_path)]) == 0
    assert json.loads(capsys.readouterr().out) == {"id": 2}
    assert main(["prospect", "add", "2", "--plan", "年金险", "--json", "--db", str(db_path)]) == 0
    assert json.loads(capsys.readouterr().out) == {"id": 1}


def test_customer_list_finds_by_pinyin(db_path, capsys):
    for name in ("何建国", "李秀英", "何丽"):
        main(["customer", "add", name, "--db", str(db_path)])
    capsys.readouterr()
    for query in ("hjg", "hejianguo", "建国"):
        assert main(["customer", "list", "--search", query, "--json", "--db", str(db_path)]) == 0
        assert [c["name"] for c in json.loads(capsys.readouterr().out)] == ["何建国"]


def test_corrupt_database_exits_1_without_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    assert main(["customer", "list", "--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "损坏" in err
    assert bad.read_bytes() == b"this is not a database" * 100


def test_demo_writes_a_database_and_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--customers", "12", "--seed", "3"]) == 0
    capsys.readouterr()
    assert main(["customer", "list", "--json", "--db", str(path)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 12
    assert main(["demo", "--db", str(path)]) == 2


def test_an_unwritable_export_exits_1_not_2(db_path, capsys, tmp_path, monkeypatch):
    import errno
    import os

    def disk_full(*args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    target = tmp_path / "week.xlsx"
    assert main(["weekly", "--xlsx", str(target), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and "磁盘空间不足" in err
    assert not target.exists() and list(tmp_path.glob(".week.xlsx*")) == []


def test_meeting_in_chinese_is_the_meet_activity(seeded, capsys):
    import sqlite3

    assert main(["log", "何建国", "面谈", "--db", str(seeded)]) == 0
    assert main(["log", "何建国", "contact", "--method", "面谈", "--db", str(seeded)]) == 0
    con = sqlite3.connect(seeded)
    assert con.execute("SELECT kind FROM activity").fetchall() == [("meet",)]
    assert con.execute("SELECT method FROM contact_record").fetchall() == [("面谈",)]
    con.close()


def test_reading_a_missing_database_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "typo" / "nothere.db"
    for args in (["weekly"], ["customer", "list"], ["dept", "export", "-o", str(tmp_path / "d.xlsx")]):
        assert main([*args, "--db", str(missing)]) == 2
        assert "不存在" in capsys.readouterr().err
    assert not missing.parent.exists()


def test_demo_count_must_be_a_number(tmp_path, capsys):
    assert main(["demo", "--db", str(tmp_path / "d.db"), "--customers", "abc"]) == 2
    assert "不是整数" in capsys.readouterr().err


def test_a_locked_database_is_explained_in_chinese(seeded, capsys, monkeypatch):
    import sqlite3

    from salesdesk.storage import db as dbmod

    monkeypatch.setattr(dbmod, "PRAGMAS", tuple((k, 50 if k == "busy_timeout" else v) for k, v in dbmod.PRAGMAS))
    holder = sqlite3.connect(seeded, timeout=0.05)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code = main(["customer", "add", "赵六", "--db", str(seeded)])
    finally:
        holder.rollback()
        holder.close()
    err = capsys.readouterr().err
    assert code == 1 and "占用" in err and "Traceback" not in err


def test_help_speaks_chinese(capsys):
    with pytest.raises(SystemExit) as done:
        main(["customer", "add", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：salesdesk customer add") and "选项:" in out and "--db PATH" in out
    assert out.count("选项:") == 1 and "usage" not in out and "options" not in out
