"""Hostile text on the command line: refused by the services it calls, never printed raw."""
import json

import pytest

from salesdesk.cli import main


@pytest.mark.parametrize("name", ["\x1b[31m何建国", "何建国\n伪造的第二行", "何\x07建国", "何\ufffe建国", "何\t建国"])
def test_a_name_with_control_characters_is_refused_and_nothing_is_listed(db_path, capsys, name):
    assert main(["customer", "add", name, "--db", str(db_path)]) == 2
    _out, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 1 and "姓名" in err
    assert all(ch.isprintable() for ch in err.strip())
    assert main(["customer", "list", "--json", "--db", str(db_path)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_full_width_phone_is_stored_normalised_and_found(db_path, capsys):
    assert main(["customer", "add", "何建国", "--phone", "１３８－１２３４－５６７８", "--db", str(db_path)]) == 0
    assert main(["customer", "add", "李秀英", "--phone", "-13900001111", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["customer", "list", "--search", "138", "--json", "--db", str(db_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["phone"]) for r in rows] == [("何建国", "13812345678")]
    assert main(["customer", "list", "--search", "13900001111", "--json", "--db", str(db_path)]) == 0
    assert [r["phone"] for r in json.loads(capsys.readouterr().out)] == ["13900001111"]


def test_a_name_an_older_version_stored_with_control_characters_is_printed_clean(db_path, capsys):
    assert main(["customer", "add", "何建国", "--db", str(db_path)]) == 0
    assert main(["prospect", "add", "何建国", "--at", "2026-11-02 09:00", "--db", str(db_path)]) == 0
    from salesdesk.storage.db import close_db, open_db

    db = open_db(db_path)  # as an older salesdesk let it in: straight into the file
    db.execute_sql("UPDATE customer SET name = ?, company = ?", ("\x1b[31m何建国\n2\t伪造\x07", "宏达\r贸易"))
    close_db(db)
    capsys.readouterr()
    assert main(["customer", "list", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out
    assert out.splitlines()[0].split("\t")[:3] == ["1", "[31m何建国2伪造", "宏达贸易"]
    assert len(out.splitlines()) == 2  # the customer, then the count: no forged line
    assert main(["weekly", "--week", "2026-11-02", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "何建国2伪造" in out


def test_a_prospect_of_such_a_name_is_shown_and_reported_clean(db_path, capsys):
    db = ("--db", str(db_path))
    assert main(["customer", "add", "何建国", *db]) == 0
    assert main(["prospect", "add", "何建国", "--plan", "重疾险", "--at", "2026-11-02 09:00", *db]) == 0
    from salesdesk.storage.db import close_db, open_db

    old = open_db(db_path)  # as an older salesdesk let it in: straight into the file
    old.execute_sql("UPDATE customer SET name = ?", ("\x1b[31m何建国\n伪造的一行",))
    old.execute_sql("UPDATE prospect SET plan = ?", ("重疾\x1b[0m险",))
    close_db(old)
    capsys.readouterr()
    for args in (["prospect", "show", "1"], ["prospect", "add", "1", "--at", "2026-11-03 09:00"],
                 ["log", "1", "dial"]):
        assert main([*args, *db]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out, (args, out)
        assert not any(line.startswith("伪造") for line in out.splitlines()), (args, out)  # no forged line
    assert main(["prospect", "show", "1", "--json", *db]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["plan"] == "重疾[0m险"
