"""The benchmark's data is what the services would have written, and the benchmark runs.

No timing is asserted here: ``python -m salesdesk.bench`` prints the figures.
"""
import datetime as dt
import json
import random
import sqlite3

import pytest

from salesdesk.bench import generate
from salesdesk.bench.__main__ import main as bench_main
from salesdesk.core.clock import FixedClock
from salesdesk.core.customer import CustomerData
from salesdesk.services import SalesDesk

NOW = dt.datetime(2026, 11, 26, 7, 0)
SCALE = 0.02
#: Columns the services fill themselves (ids aside): compared one by one.
CUSTOMER_COLUMNS = [c for c in generate._CUSTOMER_COLUMNS if c not in ("id", "referrer_id")]
PROSPECT_COLUMNS = ("plan", "stage", "stage_since", "created_at", "first_meeting", "criteria", "criteria_notes",
                    "budget_fen", "signing_date", "next_step", "signed", "paid_fen", "premium_fen", "lost_reason")
CHANGE_COLUMNS = ("at", "from_stage", "to_stage", "reason", "first_meeting", "paid_fen", "premium_fen",
                  "recorded_at", "before")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "bench.db"
    counts = generate.write_file(path, SCALE, now=NOW)
    return path, counts, generate.make_plan(SCALE, now=NOW)


def _rows(con, sql, args=()):
    con.row_factory = sqlite3.Row
    return [dict(r) for r in con.execute(sql, args)]


def test_the_file_has_a_heavy_agents_shape(generated):
    _, counts, _ = generated
    assert counts["won"] == round(generate.WON * SCALE) and counts["lost"] == round(generate.LOST * SCALE)
    assert counts["open"] == round(generate.OPEN * SCALE)
    # Several changes a prospect (steps back and undos included), work logged on customers.
    assert counts["stage_change"] > 4 * counts["prospect"]
    assert counts["activity"] == round(generate.ACTIVITIES * SCALE)


def test_names_phones_and_companies_look_real(generated):
    path, _, _ = generated
    con = sqlite3.connect(path)
    names = [r[0] for r in con.execute("SELECT name FROM customer")]
    mobiles = [r[0] for r in con.execute("SELECT mobile FROM customer")]
    companies = [r[0] for r in con.execute("SELECT company FROM customer WHERE company != ''")]
    con.close()
    assert any(n[0] in "曾单解仇" for n in names)
    assert len(set(mobiles)) == len(mobiles) and {m[:2] for m in mobiles} == {"13", "15", "18"}
    assert not any(m[3:] == "0" * 8 for m in mobiles)
    assert len({m[3:7] for m in mobiles}) > 100  # random, not sequential
    assert not any(c.startswith("公司") for c in companies) and len(set(companies)) > 50


def test_rows_are_the_ones_the_services_write(generated, desk, clock: FixedClock):
    """A sample of prospects replayed through the services gives the generated rows."""
    path, _, plan = generated
    con = sqlite3.connect(path)
    sample = random.Random(5).sample(range(len(plan.prospects)), 40)
    ops = [op for i in sample for op in plan.prospects[i].ops]
    assert {"undo", "move"} <= {op.kind for op in ops} and any(op.kwargs.get("reason") for op in ops)
    # Kept in the generated order: the services see the same sequence of deals.
    customer_ids: dict[int, int] = {}
    for index in sorted(sample):
        planned = plan.prospects[index]
        if planned.customer not in customer_ids:
            c = plan.customers[planned.customer - 1]
            clock.set(c["created_at"])
            customer_ids[planned.customer] = desk.add_customer(CustomerData(**{
                k: c[k] for k in ("name", "gender", "company", "title", "mobile", "source", "met_on", "birthday",
                                  "lunar_birthday", "industry", "city", "tags", "value_grade", "relation_level",
                                  "notes")}))
            made = _rows(desk.db.connection(), "SELECT * FROM customer WHERE id = ?",
                         (customer_ids[planned.customer],))[0]
            written = _rows(con, "SELECT * FROM customer WHERE id = ?", (planned.customer,))[0]
            assert {k: made[k] for k in CUSTOMER_COLUMNS} == {k: written[k] for k in CUSTOMER_COLUMNS}
        change_ids = []
        pid = None
        for op in planned.ops:
            clock.set(max(op.at, clock.now()))
            if op.kind == "add":
                pid = desk.add_prospect(customer_ids[planned.customer], op.plan, at=op.at)
                change_ids.append(desk.stage_history(pid)[0].id)
            elif op.kind == "move":
                change_ids.append(desk.move_prospect(pid, op.target, at=op.at, **op.kwargs).change_id)
            else:
                change_ids.append(desk.undo_move(change_ids[op.undo_of]).change_id)
        made = _rows(desk.db.connection(), "SELECT * FROM prospect WHERE id = ?", (pid,))[0]
        written = _rows(con, "SELECT * FROM prospect WHERE id = ?", (index + 1,))[0]
        assert {k: made[k] for k in PROSPECT_COLUMNS} == {k: written[k] for k in PROSPECT_COLUMNS}
        made = _rows(desk.db.connection(), "SELECT * FROM stage_change WHERE prospect_id = ? ORDER BY id", (pid,))
        written = _rows(con, "SELECT * FROM stage_change WHERE prospect_id = ? ORDER BY id", (index + 1,))
        assert [{k: r[k] for k in CHANGE_COLUMNS} for r in made] == [{k: r[k] for k in CHANGE_COLUMNS} for r in written]
        # An undo points at the change it reverts, in both.
        assert [r["correction_of_id"] is None for r in made] == [r["correction_of_id"] is None for r in written]
    con.close()


def test_a_generated_file_opens_and_reads_like_any_other(generated, tmp_path):
    import shutil

    from salesdesk.storage.db import close_db, open_db

    path, counts, _ = generated
    copy = tmp_path / "copy.db"
    shutil.copy(path, copy)
    db = open_db(copy)
    try:
        desk = SalesDesk(db, FixedClock(NOW))
        assert desk.count_customers() == counts["customer"]
        assert len(desk.board_snapshot().cards) >= counts["open"]
        first = desk.list_customers(limit=1)[0]
        assert first.id in [c.id for c in desk.list_customers(first.name)]
    finally:
        close_db(db)


def test_the_quick_benchmark_runs_every_figure(tmp_path, qapp, capsys):
    out = tmp_path / "bench.json"
    assert bench_main(["--quick", "--cache", str(tmp_path / "cache"), "--json", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    (figures,) = results.values()
    from salesdesk.bench.figures import LABELS

    assert set(LABELS) <= set(figures)
    failed = {k: v["note"] for k, v in figures.items() if v["note"].startswith("failed")}
    assert not failed
    measured = [k for k, v in figures.items() if v["median"] is not None]
    # The window's start needs --exit-when-ready; every in-process figure is measured.
    assert set(LABELS) - {"start", "rss"} <= set(measured)
    assert "weekly table" in capsys.readouterr().out
