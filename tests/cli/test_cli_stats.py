"""``ratios``, ``plan``, ``forecast`` and ``chart`` (SPEC §7.1): the JSON shapes are a contract."""
import datetime as dt
import json

import pytest
from PIL import Image

from salesdesk.cli import main
from salesdesk.core.clock import FixedClock
from salesdesk.services import SalesDesk
from salesdesk.storage.db import close_db, open_db
from stats_history import build


@pytest.fixture
def history_db(db_path):
    db = open_db(db_path)
    build(SalesDesk(db, FixedClock(dt.datetime(2026, 11, 23, 10))))
    close_db(db)
    return str(db_path)


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_ratios_json_has_exactly_the_contracted_keys(history_db, capsys):
    code, out, err = run(capsys, "ratios", "--period", "month", "--date", "2026-11-23", "--json", "--db", history_db)
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == ["period", "start", "end", "counts", "per_day", "reference"]
    assert (data["period"], data["start"], data["end"]) == ("month", "2026-11-01", "2026-11-30")
    assert data["counts"] == {"dial": 31, "reach": 14, "book": 2, "meet": 4, "close": 1, "new_contacts": 4,
                              "prospects": 5, "deals": 1}
    assert list(data["per_day"]) == ["dial", "reach", "book"] and data["per_day"]["dial"] == round(31 / 21, 2)
    assert data["reference"]["contacts_ratio"] == "20:5:1" and data["reference"]["daily"] == "15-7-1"


def test_ratios_text_prints_the_ratios_and_the_advice(history_db, capsys):
    code, out, _ = run(capsys, "ratios", "--period", "month", "--date", "2026-11-23", "--db", history_db)
    assert code == 0 and "4:5:1" in out and "离参考值最远的是" in out


def test_plan_json_and_a_refused_goal(history_db, capsys):
    code, out, err = run(capsys, "plan", "--deals", "50", "--date", "2026-11-23", "--json", "--db", history_db)
    assert code == 0, err
    data = json.loads(out)
    assert data["goal_deals"] == 50 and data["ratios"] == "reference"
    assert data["week"] == {"deals": 1.0, "meetings": 8.0, "books": 5.0, "dials": 75.0} and data["dials_day"] == 15.0
    assert data["this_week"]["dial"]["done"] == 0 and data["today"]["ahead"] == -15.0
    code, out, err = run(capsys, "plan", "--db", history_db)
    assert code == 2 and "年度目标" in err and out == ""
    code, _, err = run(capsys, "plan", "--deals", "5", "--premium", "100", "--db", history_db)
    assert code == 2 and "不能与" in err


def test_forecast_json(history_db, capsys):
    code, out, _ = run(capsys, "forecast", "--date", "2026-11-23", "--json", "--db", history_db)
    assert code == 0
    assert json.loads(out) == {"months": [
        {"month": "2026-11", "weighted": "3850.00", "unweighted": "5000.00", "won": "9000.00"},
        {"month": "2026-12", "weighted": "500.00", "unweighted": "2000.00", "won": "0.00"}]}


def test_chart_funnel_json(history_db, capsys):
    code, out, _ = run(capsys, "chart", "funnel", "--from", "2026-11-01", "--to", "2026-11-30", "--json",
                       "--db", history_db)
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["stages", "conversion"]
    assert data["stages"][3] == {"stage": "p50", "reached": 3, "money": "18000.00"}
    assert [s["stage"] for s in data["stages"]] == ["opportunity", "appointment", "p25", "p50", "p90", "won"]
    assert data["conversion"][2] == {"from": "p25", "to": "p50", "rate": 0.6}
    assert all(0.0 <= c["rate"] <= 1.0 for c in data["conversion"])


@pytest.mark.parametrize("kind", ["funnel", "ratios", "cycle", "pareto"])
def test_chart_files_are_written_and_never_overwritten_without_force(history_db, capsys, tmp_path, kind):
    png, pdf = tmp_path / f"{kind}.png", tmp_path / f"{kind}.pdf"
    code, out, err = run(capsys, "chart", kind, "--from", "2026-11-01", "--to", "2026-11-30", "--png", str(png),
                         "--pdf", str(pdf), "--db", history_db)
    assert code == 0, err
    with Image.open(png) as image:
        assert image.size[0] >= 800
    assert pdf.read_bytes().startswith(b"%PDF")
    before = png.read_bytes()
    code, _, err = run(capsys, "chart", kind, "--png", str(png), "--db", history_db)
    assert code == 2 and "已存在" in err and png.read_bytes() == before
    assert run(capsys, "chart", kind, "--png", str(png), "--force", "--db", history_db)[0] == 0


@pytest.mark.parametrize("args,words", [
    (["--png", "x.jpg"], ".png 结尾"),
    (["--pdf", "missing-folder/x.pdf"], "文件夹不存在"),
    (["--from", "2026-11-30", "--to", "2026-11-01"], "早于"),
    (["--from", "2026-13-01"], "格式不正确"),
])
def test_chart_bad_arguments_exit_2(history_db, capsys, tmp_path, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "chart", "funnel", *args, "--db", history_db)
    assert code == 2 and words in err and out == ""
    assert not list(tmp_path.glob("x.*"))
