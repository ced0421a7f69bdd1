"""A week of history replayed through the CLI, checked cell by cell against a hand-made table.

The week of Friday 2025-12-26 crosses the year end: 周一 = 12-26..12-28, 周三 = 12-29..12-30,
周五 = 12-31..2026-01-01.
"""
import json

import pytest

from salesdesk.cli import main

STAGES = ("opportunity", "appointment", "p25", "p50", "p90", "won")


@pytest.fixture
def run(db_path, capsys):
    def run(*args, expect=0):
        code = main([*args, "--db", str(db_path)])
        out, err = capsys.readouterr()
        assert code == expect, err
        return out.strip().splitlines()[-1] if out.strip() else ""
    return run


def test_week_across_year_end(run):
    ids = {}
    for name in ("赵一", "钱二", "孙三", "李四", "周五", "吴六"):
        run("customer", "add", name)
    # 赵一: 25% since November, only a meeting logged this week -> overdue by the end of 周一.
    ids["zhao"] = run("prospect", "add", "赵一", "--plan", "重疾险", "--at", "2025-11-10 09:00")
    run("move", ids["zhao"], "appointment", "--first-meeting", "2025-11-12", "--at", "2025-11-10 10:00")
    run("move", ids["zhao"], "p25", "--at", "2025-11-12 15:00")
    run("log", "赵一", "meet", "--at", "2025-12-27 10:00")
    # ...and it is lost the week after: the past week must not change.
    run("move", ids["zhao"], "lost", "--reason", "预算不足", "--at", "2026-01-02 09:00")
    # 钱二: new on Friday, booked for Monday (周一: 约定初次见面), met on Monday (周三: 25%).
    ids["qian"] = run("prospect", "add", "钱二", "--at", "2025-12-26 09:00")
    run("move", ids["qian"], "约定初次见面", "--first-meeting", "2025-12-29", "--at", "2025-12-26 11:00")
    run("move", ids["qian"], "25%", "--at", "2025-12-29 16:00")
    # 孙三: moves twice inside 周五 (25% -> 50% -> 90%): only 90% counts.
    ids["sun"] = run("prospect", "add", "孙三", "--at", "2025-12-10 09:00")
    run("move", ids["sun"], "appointment", "--first-meeting", "2025-12-15", "--at", "2025-12-10 10:00")
    run("move", ids["sun"], "p25", "--at", "2025-12-15 15:00")
    run("move", ids["sun"], "p50", "--criteria", "1,2", "--budget", "1500", "--signing-date", "2026-01-05",
        "--next-step", "签约", "--at", "2025-12-31 10:00")
    run("move", ids["sun"], "p90", "--signed", "--paid", "1500", "--at", "2026-01-01 11:00")
    # 李四: created on Tuesday (周三: 销售机会, dated the day it entered).
    ids["li"] = run("prospect", "add", "李四", "--at", "2025-12-30 10:00")
    # 周五: lost during 周一 -> not listed.
    ids["zhou"] = run("prospect", "add", "周五", "--at", "2025-12-01 09:00")
    run("move", ids["zhou"], "appointment", "--first-meeting", "2025-12-03", "--at", "2025-12-01 10:00")
    run("move", ids["zhou"], "p25", "--at", "2025-12-03 15:00")
    run("move", ids["zhou"], "lost", "--reason", "选择了其他公司", "--at", "2025-12-27 12:00")
    # 吴六: won before the week; a call during it does not list a closed deal.
    ids["wu"] = run("prospect", "add", "吴六", "--at", "2025-11-01 09:00")
    run("move", ids["wu"], "appointment", "--first-meeting", "2025-11-03", "--at", "2025-11-01 10:00")
    run("move", ids["wu"], "p25", "--at", "2025-11-03 15:00")
    run("move", ids["wu"], "p50", "--criteria", "1,2,3,4,5", "--budget", "800", "--signing-date", "2025-11-20",
        "--next-step", "签约", "--at", "2025-11-10 15:00")
    run("move", ids["wu"], "p90", "--signed", "--paid", "800", "--at", "2025-11-20 15:00")
    run("move", ids["wu"], "won", "--premium", "800", "--at", "2025-12-20 15:00")
    run("log", "吴六", "dial", "--at", "2025-12-29 09:00")

    table = json.loads(run("weekly", "--week", "2025-12-31", "--json"))
    entry = lambda who, text, overdue=False: {"text": text, "prospect": int(ids[who]), "overdue": overdue}  # noqa: E731
    empty = {s: [] for s in STAGES}
    expected = {
        "start": "2025-12-26",
        "end": "2026-01-01",
        "cycle_days": 28,
        "rows": {
            "mon": {**empty, "appointment": [entry("qian", "12.29钱二")], "p25": [entry("zhao", "11.12赵一", True)]},
            "wed": {**empty, "opportunity": [entry("li", "12.30李四")], "p25": [entry("qian", "12.29钱二")]},
            "fri": {**empty, "p90": [entry("sun", "12.15孙三")]},
        },
        "subtotal": {"opportunity": 1, "appointment": 1, "p25": 2, "p50": 0, "p90": 1, "won": 0},
    }
    assert table == expected
    # Any day of the week gives the same table.
    assert json.loads(run("weekly", "--week", "2025-12-26", "--json")) == expected


def test_refused_moves_exit_2_and_name_the_missing_criteria(run, capsys, db_path):
    run("customer", "add", "何建国")
    pid = run("prospect", "add", "何建国", "--at", "2026-11-02 09:00")
    run("move", pid, "appointment", "--first-meeting", "2026-11-03", "--at", "2026-11-02 10:00")
    run("move", pid, "p25", "--at", "2026-11-03 15:00")
    assert main(["move", pid, "p50", "--criteria", "1", "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    for label in ("计划符合需要", "预算合理", "合适的时间", "有进一步发展"):
        assert label in err
    assert main(["move", pid, "p90", "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "已签署" in err and "预收到帐" in err
    assert main(["move", pid, "won", "--db", str(db_path)]) == 2
    assert "90%" in capsys.readouterr().err
    # Nothing moved.
    table = json.loads(run("weekly", "--week", "2026-11-03", "--json"))
    assert [e["text"] for e in table["rows"]["wed"]["p25"]] == ["11.03何建国"]  # a Tuesday
