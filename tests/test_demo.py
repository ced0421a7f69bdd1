import datetime as dt
import hashlib
import sqlite3

import pytest

from salesdesk.core.clock import FixedClock
from salesdesk.core.stages import Stage
from salesdesk.demo import make_demo_db
from salesdesk.services import SalesDesk
from salesdesk.storage.db import close_db, open_db

NOW = dt.datetime(2026, 11, 23, 10, 0)


def content(path):
    con = sqlite3.connect(path)
    try:
        rows = [con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
                for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    finally:
        con.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    make_demo_db(path, customers=40, seed=11, now=NOW)
    return path


def test_same_seed_same_database(demo, tmp_path):
    again = make_demo_db(tmp_path / "again.db", customers=40, seed=11, now=NOW)
    other = make_demo_db(tmp_path / "other.db", customers=40, seed=12, now=NOW)
    assert content(again) == content(demo)
    assert content(other) != content(demo)


def test_demo_history_obeys_the_method(demo):
    db = open_db(demo)
    try:
        desk = SalesDesk(db, FixedClock(NOW))
        assert desk.count_customers() == 40
        prospects = [p for c in desk.list_customers(limit=1000) for p in desk.prospects_of(c.id)]
        stages = {p.stage for p in prospects}
        assert {Stage.OPPORTUNITY, Stage.P25, Stage.WON} <= stages  # a board worth looking at
        for p in prospects:
            history = desk.stage_history(p.id)
            assert history[0].from_stage is None and history[0].to_stage == Stage.OPPORTUNITY
            for before, after in zip(history, history[1:]):
                assert after.from_stage == before.to_stage and after.at >= before.at
                if after.to_stage == Stage.WON:
                    assert after.from_stage == Stage.P90
                if after.to_stage.rank < after.from_stage.rank or after.to_stage == Stage.LOST:
                    assert after.reason
            assert history[-1].to_stage == p.stage
            assert all(h.at <= NOW for h in history)
        assert desk.weekly_table().subtotal  # this week has entries to review
        assert sum(desk.weekly_table().subtotal.values()) > 0
    finally:
        close_db(db)


def test_demo_names_are_invented_chinese_names(demo):
    db = open_db(demo)
    try:
        names = [c.name for c in SalesDesk(db, FixedClock(NOW)).list_customers(limit=1000)]
    finally:
        close_db(db)
    assert len(set(names)) == len(names)
    assert all(2 <= len(n) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in n) for n in names)
