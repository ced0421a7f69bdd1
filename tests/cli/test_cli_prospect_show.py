"""``salesdesk prospect show PROSPECT [--json]`` (SPEC §7.1): what a script sees after a move."""
import json

import pytest

from salesdesk.cli import main


def cli(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.fixture
def moved(db_path, capsys):
    db = ("--db", str(db_path))
    cli(capsys, "customer", "add", "何建国", *db)
    cli(capsys, "prospect", "add", "何建国", "--plan", "重疾险", "--at", "2026-11-02 09:00", *db)
    cli(capsys, "move", "1", "appointment", "--first-meeting", "2026-11-04", "--at", "2026-11-03 10:00", *db)
    cli(capsys, "move", "1", "p25", "--at", "2026-11-04 15:00", *db)
    cli(capsys, "move", "1", "p50", "--criteria", "1,2", "--budget", "1,500", "--signing-date", "2026-11-20",
        "--next-step", "讲解建议书", "--at", "2026-11-06 16:30", *db)
    return db_path


def test_json_has_the_facts_and_the_history(moved, capsys):
    shown = json.loads(cli(capsys, "prospect", "show", "1", "--json", "--db", str(moved)))
    assert {k: shown[k] for k in ("stage", "first_meeting", "criteria", "budget", "signing_date", "next_step",
                                  "signed", "paid", "premium")} == {
        "stage": "p50", "first_meeting": "2026-11-04", "criteria": [1, 2, 3, 4, 5], "budget": "1500.00",
        "signing_date": "2026-11-20", "next_step": "讲解建议书", "signed": False, "paid": None, "premium": None,
    }
    assert shown["history"] == [
        {"at": "2026-11-02T09:00", "from": None, "to": "opportunity", "reason": ""},
        {"at": "2026-11-03T10:00", "from": "opportunity", "to": "appointment", "reason": ""},
        {"at": "2026-11-04T15:00", "from": "appointment", "to": "p25", "reason": ""},
        {"at": "2026-11-06T16:30", "from": "p25", "to": "p50", "reason": ""},
    ]
    assert shown["id"] == 1 and shown["customer"] == 1 and shown["plan"] == "重疾险"


def test_a_won_and_a_lost_prospect_show_money_and_reason(moved, capsys):
    db = ("--db", str(moved))
    cli(capsys, "move", "1", "p90", "--signed", "--paid", "3600", "--next-step", "签约", "--at", "2026-11-10 09:00", *db)
    cli(capsys, "move", "1", "won", "--premium", "3600.5", "--at", "2026-11-12 11:00", *db)
    shown = json.loads(cli(capsys, "prospect", "show", "1", "--json", *db))
    assert shown["stage"] == "won" and shown["signed"] is True
    assert (shown["paid"], shown["premium"]) == ("3600.00", "3600.50")
    assert shown["signing_date"] == "2026-11-20" and shown["next_step"] == "签约"
    assert shown["criteria"] == [1, 2, 3, 4, 5]

    cli(capsys, "prospect", "add", "何建国", "--plan", "年金险", "--at", "2026-11-05 09:00", *db)
    cli(capsys, "move", "2", "lost", "--reason", "预算不足", "--at", "2026-11-07 09:00", *db)
    lost = json.loads(cli(capsys, "prospect", "show", "2", "--json", *db))
    assert lost["history"][-1] == {"at": "2026-11-07T09:00", "from": "opportunity", "to": "lost", "reason": "预算不足"}


def test_text_form_is_readable_chinese(moved, capsys):
    out = cli(capsys, "prospect", "show", "1", "--db", str(moved))
    assert out.startswith("潜在客户 1：何建国")
    for line in ("阶段：50%", "首次面谈：2026-11-04", "✓1 合适的人", "✓4 合适的时间", "预算：¥1,500.00",
                 "预计签单：2026-11-20", "下一步：讲解建议书", "2026-11-06 16:30  25% → 50%",
                 "2026-11-02 09:00  新建：销售机会"):
        assert line in out, line
    cli(capsys, "prospect", "add", "何建国", "--at", "2026-11-05 09:00", "--db", str(moved))
    fresh = cli(capsys, "prospect", "show", "2", "--db", str(moved))
    assert "阶段：销售机会" in fresh and "✗4 合适的时间" in fresh and "预算：—" in fresh


@pytest.mark.parametrize("prospect", ["9", "abc", "0"])
def test_an_unknown_prospect_is_bad_input(moved, capsys, prospect):
    assert main(["prospect", "show", prospect, "--db", str(moved)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "潜在客户" in err


def test_show_never_creates_a_database(tmp_path, capsys):
    missing = tmp_path / "none.db"
    assert main(["prospect", "show", "1", "--db", str(missing)]) == 2
    assert not missing.exists()
