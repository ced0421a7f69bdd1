"""``salesdesk customer grade [--apply] [--overwrite] [--json]`` (SPEC §7.1, §5)."""
import json
from decimal import Decimal

from salesdesk.cli import main
from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.services import SalesDesk
from salesdesk.storage.db import close_db, open_db

from grade_deals import prospect, to_stage


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def build(db_path, clock):
    """何建国 won 5000, 李秀英 won 100, 王强 graded A by hand with no premium."""
    db = open_db(db_path)
    desk = SalesDesk(db, clock)
    ids = {}
    for name, premium in (("何建国", 5000), ("李秀英", 100)):
        ids[name] = desk.add_customer(CustomerData(name=name))
        to_stage(desk, prospect(desk, ids[name]), Stage.WON, premium=Decimal(premium))
    ids["王强"] = desk.add_customer(CustomerData(name="王强", value_grade="A"))
    close_db(db)
    return ids


def test_json_lists_every_customer_with_premium_and_grades_without_writing(db_path, clock, capsys):
    ids = build(db_path, clock)
    code, out, _ = run(capsys, "customer", "grade", "--json", "--db", str(db_path))
    assert code == 0
    assert json.loads(out) == [
        {"customer": ids["何建国"], "name": "何建国", "premium": "5000.00", "grade": "A", "current": "", "manual": False},
        {"customer": ids["李秀英"], "name": "李秀英", "premium": "100.00", "grade": "E", "current": "", "manual": False},
        {"customer": ids["王强"], "name": "王强", "premium": "0.00", "grade": "E", "current": "A", "manual": True},
    ]
    code, out, _ = run(capsys, "customer", "grade", "--json", "--db", str(db_path))
    assert json.loads(out)[0]["current"] == ""  # nothing was written


def test_apply_writes_and_keeps_hand_set_grades_unless_overwrite(db_path, clock, capsys):
    build(db_path, clock)
    code, out, _ = run(capsys, "customer", "grade", "--apply", "--db", str(db_path))
    assert code == 0
    assert "已更新 2 位客户的价值分级，手动设置的 1 位保持不变" in out
    rows = json.loads(run(capsys, "customer", "grade", "--json", "--db", str(db_path))[1])
    assert [(r["current"], r["manual"]) for r in rows] == [("A", False), ("E", False), ("A", True)]
    code, out, _ = run(capsys, "customer", "grade", "--apply", "--overwrite", "--json", "--db", str(db_path))
    assert code == 0 and [(r["current"], r["manual"]) for r in json.loads(out)] == [
        ("A", False), ("E", False), ("E", False)]


def test_text_output_says_what_would_change(db_path, clock, capsys):
    build(db_path, clock)
    code, out, _ = run(capsys, "customer", "grade", "--db", str(db_path))
    assert code == 0
    assert "共 3 位客户（分级界限 90,80,70,60）：A 2 位、B 0 位、C 0 位、D 0 位、E 1 位" in out
    assert "将改变 2 位客户的价值分级，手动设置的 1 位保持不变（加 --apply 写入）" in out


def test_overwrite_without_apply_and_a_missing_file_exit_2(db_path, tmp_path, capsys):
    code, _, err = run(capsys, "customer", "grade", "--overwrite", "--db", str(db_path))
    assert code == 2 and "--overwrite 需与 --apply 同用" in err
    code, _, err = run(capsys, "customer", "grade", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "数据库文件不存在" in err


def test_thresholds_and_loyal_deals_are_settings(db_path, capsys):
    db = str(db_path)
    assert run(capsys, "settings", "set", "grade_thresholds", "95，85，75，65", "--db", db)[0] == 0
    assert run(capsys, "settings", "get", "grade_thresholds", "--db", db)[1] == "95,85,75,65\n"
    code, _, err = run(capsys, "settings", "set", "grade_thresholds", "60,70,80,90", "--db", db)
    assert code == 2 and "依次变小" in err
    code, out, _ = run(capsys, "settings", "set", "loyal_deals", "5", "--json", "--db", db)
    assert code == 0 and json.loads(out) == {"loyal_deals": 5}
