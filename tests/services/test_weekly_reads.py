"""The weekly table reads only what it prints, and prints what the full history says."""
import datetime as dt
import shutil
from decimal import Decimal

import pytest

from salesdesk.bench.generate import write_file
from salesdesk.core.clock import FixedClock
from salesdesk.core.money import from_fen
from salesdesk.core.review import week_of
from salesdesk.core.stages import Stage
from salesdesk.core.weekly import ProspectRef, StageEvent, WorkEvent, build_weekly_table
from salesdesk.services import SalesDesk
from salesdesk.storage.db import close_db, open_db

NOW = dt.datetime(2026, 11, 26, 7, 0)


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    path = tmp_path_factory.mktemp("weekly") / "history.db"
    write_file(path, 0.03, seed=7, now=NOW)
    return path


@pytest.fixture
def busy_desk(history, tmp_path):
    path = tmp_path / "copy.db"
    shutil.copy(history, path)
    db = open_db(path)
    yield SalesDesk(db, FixedClock(NOW))
    close_db(db)


def _from_full_history(desk, day):
    """The table as core lays it out from every prospect's complete history."""
    con = desk.db.connection()
    week = week_of(day)
    end = str(week.end_at)
    prospects = {pid: ProspectRef(pid, cid, name, plan) for pid, cid, name, plan in con.execute(
        "SELECT p.id, p.customer_id, c.name, p.plan FROM prospect p JOIN customer c ON c.id = p.customer_id")}
    undone = {r[0] for r in con.execute(
        "SELECT correction_of_id FROM stage_change WHERE correction_of_id IS NOT NULL AND at < ?", (end,))}
    events = [
        StageEvent(pid, dt.datetime.fromisoformat(at), Stage(f) if f else None, Stage(t),
                   dt.date.fromisoformat(fm) if fm else None,
                   Decimal(0) if cid in undone else from_fen(paid), Decimal(0) if cid in undone else from_fen(prem))
        for cid, pid, at, f, t, fm, paid, prem in con.execute(
            "SELECT id, prospect_id, at, from_stage, to_stage, first_meeting, paid_fen, premium_fen "
            "FROM stage_change WHERE at < ? ORDER BY at, id", (end,))
    ]
    work = [WorkEvent(cid, dt.datetime.fromisoformat(at)) for table in ("activity", "contact_record")
            for cid, at in con.execute(f"SELECT customer_id, at FROM {table} WHERE at >= ? AND at < ?",
                                       (str(week.start_at), end))]
    return build_weekly_table(week, desk.sales_cycle(as_of=week.end_at).days, prospects, events, work)


def test_every_week_of_two_years_prints_what_the_full_history_says(busy_desk):
    entries = 0
    for k in range(0, 104, 3):
        day = NOW.date() - dt.timedelta(days=7 * k)
        expected, table = _from_full_history(busy_desk, day), busy_desk.weekly_table(day)
        assert table.cells == expected.cells, day
        assert table.money == expected.money, day
        assert table.cycle_days == expected.cycle_days
        entries += sum(len(v) for row in table.cells.values() for v in row.values())
    assert entries > 200  # the weeks were busy: steps back, undos, lost and won prospects


def test_the_week_is_a_few_bounded_queries_without_id_lists(busy_desk):
    statements = []
    con = busy_desk.db.connection()
    con.set_trace_callback(statements.append)
    try:
        busy_desk.weekly_table(NOW.date())
    finally:
        con.set_trace_callback(None)
    assert len(statements) <= 12, statements
    # No history is fetched by lists of ids (5,014 prospects' worth at 5x, 42,800 values).
    assert not [s for s in statements if s.count(",") > 60 and " IN (" in s.upper()]


def test_board_cards_carry_exactly_what_a_prospect_view_says(busy_desk):
    from dataclasses import fields

    from salesdesk.services.views import ProspectView

    snap = busy_desk.board_snapshot(won_since=NOW.date() - dt.timedelta(days=60))
    assert len(snap.cards) > 50 and {c.stage for c in snap.cards} >= {Stage.OPPORTUNITY, Stage.P50, Stage.WON}
    for card in snap.cards:
        view = busy_desk.get_prospect(card.id)
        assert {f.name: getattr(card, f.name) for f in fields(ProspectView)} == \
            {f.name: getattr(view, f.name) for f in fields(ProspectView)}
