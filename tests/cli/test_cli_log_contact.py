"""``salesdesk log CUSTOMER contact …`` (SPEC §7.1): every field of a 交流记录, its id, its refusals."""
import json
import sqlite3

import pytest

from salesdesk.cli import main


@pytest.fixture
def seeded(db_path, capsys):
    assert main(["customer", "add", "何建国", "--phone", "13812345678", "--db", str(db_path)]) == 0
    capsys.readouterr()
    return db_path


def rows(path, table="contact_record"):
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        con.close()


def test_a_contact_with_every_field_prints_its_id_as_json(seeded, capsys):
    code = main(["log", "何建国", "contact", "--method", "拜访", "--at", "2026-11-20 09:30", "--topic", "重疾险方案",
                 "--purpose", "了解需求", "--interest", "4", "--result", "B", "--summary", "家里两个孩子",
                 "--needs", "教育金", "--next-step", "下周三送计划书", "--json", "--db", str(seeded)])
    assert code == 0
    assert json.loads(capsys.readouterr().out) == {"id": 1}
    assert rows(seeded) == [(1, 1, "2026-11-20 09:30:00", "拜访", "重疾险方案", "了解需求", 4, "家里两个孩子", "教育金",
                             "B", "下周三送计划书")]


def test_without_json_the_id_is_alone_on_the_last_line(seeded, capsys):
    assert main(["log", "1", "contact", "--method", "微信", "--db", str(seeded)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "1" and "何建国" in out[0] and "微信" in out[0]


def test_note_is_the_summary_as_before(seeded, capsys):
    assert main(["log", "何建国", "contact", "--method", "电话", "--note", "约了周五", "--db", str(seeded)]) == 0
    assert rows(seeded)[0][7] == "约了周五"


def test_activities_are_logged_as_before(seeded, capsys):
    for kind in ("dial", "reach", "book", "meet", "close", "拨打"):
        assert main(["log", "何建国", kind, "--json", "--db", str(seeded)]) == 0
    assert [r[3] for r in rows(seeded, "activity")] == ["dial", "reach", "book", "meet", "close", "dial"]
    assert rows(seeded) == []


@pytest.mark.parametrize("args, says", [
    (["contact"], "需要 --method"),
    (["contact", "--method", "信鸽"], "交流方式“信鸽”不正确"),
    (["contact", "--method", "电话", "--interest", "6"], "客户兴趣程度应为 1–5"),
    (["contact", "--method", "电话", "--interest", "很高"], "客户兴趣程度应为 1–5"),
    (["contact", "--method", "电话", "--result", "F"], "结果“F”不正确"),
    (["contact", "--method", "电话", "--at", "2999-01-01 10:00"], "超出范围"),
    (["contact", "--method", "电话", "--note", "a", "--summary", "b"], "--note 与 --summary 不能同用"),
    (["contact", "--method", "电话", "--topic", "x\x1by"], "主题"),
    (["dial", "--topic", "约时间"], "--topic 只用于交流记录"),
    (["meet", "--interest", "3"], "--interest 只用于交流记录"),
])
def test_bad_input_exits_2_with_one_chinese_line_and_writes_nothing(seeded, capsys, args, says):
    code = main(["log", "何建国", *args, "--json", "--db", str(seeded)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and says in err and "Traceback" not in err
    assert rows(seeded) == [] and rows(seeded, "activity") == []


def test_an_unknown_customer_exits_2(seeded, capsys):
    assert main(["log", "王五", "contact", "--method", "电话", "--db", str(seeded)]) == 2
    assert "王五" in capsys.readouterr().err
