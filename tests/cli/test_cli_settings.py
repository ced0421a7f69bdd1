"""``salesdesk settings list | get | set`` (SPEC §7.1): what a script reads and writes."""
import json

import pytest

from salesdesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_every_key_with_its_default(db_path, capsys):
    code, out, _ = run(capsys, "settings", "list", "--json", "--db", str(db_path))
    assert code == 0
    values = json.loads(out)
    assert values == {
        "agent_name": "", "cycle_override_days": 0, "cycle_default_days": 28, "reminder_days": 7,
        "contact_days_A": 30, "contact_days_B": 60, "contact_days_C": 90, "contact_days_D": 120,
        "contact_days_E": 180, "goal_deals_year": 0, "goal_premium_year": "0.00",
        "lost_reasons": values["lost_reasons"], "remind_minutes": 15, "close_to_tray": 0,
        "grade_thresholds": [90, 80, 70, 60], "loyal_deals": 3,
    }
    assert values["lost_reasons"] and all(isinstance(r, str) for r in values["lost_reasons"])


def test_set_then_get_round_trips_and_the_services_see_it(db_path, capsys):
    db = str(db_path)
    assert run(capsys, "settings", "set", "agent_name", "  周明  ", "--db", db)[0] == 0
    assert run(capsys, "settings", "get", "agent_name", "--db", db)[1] == "周明\n"
    code, out, _ = run(capsys, "settings", "set", "goal_premium_year", "120,000.5", "--json", "--db", db)
    assert code == 0 and json.loads(out) == {"goal_premium_year": "120000.50"}
    assert run(capsys, "settings", "set", "cycle_override_days", "21", "--db", db)[0] == 0
    assert json.loads(run(capsys, "settings", "get", "cycle_override_days", "--json", "--db", db)[1]) == {
        "cycle_override_days": 21}
    run(capsys, "settings", "set", "lost_reasons", "预算不足\n已有保障", "--db", db)
    assert json.loads(run(capsys, "settings", "get", "lost_reasons", "--json", "--db", db)[1]) == {
        "lost_reasons": ["预算不足", "已有保障"]}
    # The agent's name is what dept export needs: now a script can produce the file.
    code, out, err = run(capsys, "dept", "export", "-o", str(db_path.parent / "d.xlsx"), "--db", db)
    assert code == 0, err
    listed = json.loads(run(capsys, "settings", "list", "--json", "--db", db)[1])
    assert listed["agent_name"] == "周明" and listed["cycle_override_days"] == 21


def test_text_forms_are_chinese(db_path, capsys):
    code, out, _ = run(capsys, "settings", "list", "--db", str(db_path))
    assert code == 0 and "业务员姓名" in out and "goal_premium_year\t0.00\t" in out
    code, out, _ = run(capsys, "settings", "set", "reminder_days", "3", "--db", str(db_path))
    assert code == 0 and out.startswith("已保存：")


@pytest.mark.parametrize("args", [
    ["set", "no_such_key", "1"],
    ["get", "no_such_key"],
    ["set", "cycle_default_days", "0"],
    ["set", "cycle_override_days", "-3"],
    ["set", "cycle_override_days", "3651"],
    ["set", "reminder_days", "²"],
    ["set", "contact_days_C", "abc"],
    ["set", "contact_days_A", "0"],
    ["set", "goal_deals_year", "1.5"],
    ["set", "goal_premium_year", "-100"],
    ["set", "goal_premium_year", "很多"],
    ["set", "agent_name", "周" * 101],
    ["set", "agent_name", "周明\n李四"],
    ["set", "lost_reasons", "   "],
])
def test_bad_key_or_value_exits_2_and_changes_nothing(db_path, capsys, args):
    before = run(capsys, "settings", "list", "--json", "--db", str(db_path))[1]
    code, out, err = run(capsys, "settings", *args, "--db", str(db_path))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err), err
    assert run(capsys, "settings", "list", "--json", "--db", str(db_path))[1] == before


def test_reading_settings_of_a_missing_database_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "nothere.db"
    for args in (["list"], ["get", "agent_name"]):
        code, _, err = run(capsys, "settings", *args, "--db", str(missing))
        assert code == 2 and "不存在" in err
    assert not missing.exists()


def test_an_agent_name_with_a_full_width_space_is_kept_as_a_customer_name_would_be(db_path, capsys):
    # An IME types U+3000 between the parts of a name; it is no control character.
    db = str(db_path)
    code, _, err = run(capsys, "settings", "set", "agent_name", "周　明", "--db", db)
    assert code == 0, err
    assert run(capsys, "settings", "get", "agent_name", "--db", db)[1] == "周　明\n"
