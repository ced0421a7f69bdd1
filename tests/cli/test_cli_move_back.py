"""`move … p25` from 50%: the command line must say which criteria no longer hold."""
import sqlite3

from salesdesk.cli import main



def digest(db_path):
    con = sqlite3.connect(db_path)
    rows = list(con.iterdump())
    con.close()
    return rows


def run(db_path, *args):
    return main([*args, "--db", str(db_path)])


def test_back_to_25_keeping_all_five_exits_2_and_names_the_option(db_path, capsys):
    assert run(db_path, "customer", "add", "何建国") == 0
    assert run(db_path, "prospect", "add", "何建国", "--at", "2026-11-02 09:00") == 0
    assert run(db_path, "move", "1", "appointment", "--first-meeting", "2026-11-03", "--at", "2026-11-02 10:00") == 0
    assert run(db_path, "move", "1", "p25", "--at", "2026-11-03 11:00") == 0
    assert run(db_path, "move", "1", "p50", "--at", "2026-11-03 12:00", "--criteria", "1,2", "--budget", "1500",
               "--signing-date", "2026-11-20", "--next-step", "讲解建议书") == 0
    capsys.readouterr()
    before = digest(db_path)
    for extra in ([], ["--criteria", "1,2,3,4,5"]):
        assert run(db_path, "move", "1", "p25", "--reason", "客户要再考虑", *extra) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
        assert "哪些标准已不再成立" in err and "--criteria" in err
        assert digest(db_path) == before
    assert run(db_path, "move", "1", "p25", "--reason", "客户要再考虑", "--criteria", "1,2,5") == 0
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT stage, criteria FROM prospect").fetchall() == [("p25", "1,2,5")]
    [(reason,)] = con.execute("SELECT reason FROM stage_change ORDER BY id DESC LIMIT 1").fetchall()
    con.close()
    assert reason == "客户要再考虑（不再成立：3. 预算合理、4. 合适的时间）"


def test_the_help_says_what_criteria_mean_on_the_way_back(capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["move", "--help"])
    out = capsys.readouterr().out
    assert "退回时列出仍然成立的" in " ".join(out.split())
