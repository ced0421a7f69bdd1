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


def test_bulk_demo_is_row_for_row_what_the_services_write(demo, tmp_path):
    """The fast path fills every table and column exactly as SalesDesk would."""
    through_services = make_demo_db(tmp_path / "services.db", customers=40, seed=11, now=NOW,
                                    through_services=True)
    assert content(through_services) == content(demo)


def test_demo_agent_is_named(tmp_path):
    default = make_demo_db(tmp_path / "default.db", customers=3, seed=1, now=NOW)
    named = make_demo_db(tmp_path / "named.db", customers=3, seed=1, now=NOW, agent="林晓东")
    for path, expected in ((default, "演示业务员"), (named, "林晓东")):
        db = open_db(path)
        try:
            assert SalesDesk(db, FixedClock(NOW)).setting("agent_name") == expected
        finally:
            close_db(db)


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


def test_demo_command_names_the_agent(tmp_path, capsys):
    from salesdesk.cli import main

    path = tmp_path / "lin.db"
    assert main(["demo", "--db", str(path), "--customers", "5", "--agent", "林晓东"]) == 0
    db = open_db(path)
    try:
        assert SalesDesk(db, FixedClock(NOW)).setting("agent_name") == "林晓东"
    finally:
        close_db(db)
    capsys.readouterr()

    assert main(["demo", "--db", str(tmp_path / "blank.db"), "--agent", "  "]) == 2
    assert "业务员姓名不能为空" in capsys.readouterr().err
    assert not (tmp_path / "blank.db").exists()


def _texts(path):
    """Every text an English user would read in the demo's people, deals and records."""
    con = sqlite3.connect(path)
    try:
        queries = [
            "SELECT name, company, title, source, city, industry, tags, notes FROM customer",
            "SELECT plan, next_step FROM prospect",
            "SELECT reason FROM stage_change",
        ]
        texts = []
        for query in queries:
            try:
                texts += [v for row in con.execute(query) for v in row if isinstance(v, str)]
            except sqlite3.OperationalError as exc:  # a column renamed: say so, do not skip silently
                raise AssertionError(f"{query}: {exc}") from exc
    finally:
        con.close()
    return texts


def test_a_demo_made_in_english_reads_english_and_has_the_same_shape(english, demo, tmp_path):
    from tests.english import chinese

    path = make_demo_db(tmp_path / "en.db", customers=40, seed=11, now=NOW)
    texts = _texts(path)
    assert chinese(texts) == []
    db = open_db(path)
    try:
        names = [c.name for c in SalesDesk(db, FixedClock(NOW)).list_customers(limit=1000)]
    finally:
        close_db(db)
    assert len(set(names)) == len(names) == 40
    assert all(len(n.split()) == 2 and n.replace(" ", "").isalpha() and n.istitle() for n in names)
    # The same simulation: as many deals in each stage as the Chinese demo.
    def stages(p):
        con = sqlite3.connect(p)
        try:
            return con.execute("SELECT stage, COUNT(*) FROM prospect GROUP BY stage ORDER BY stage").fetchall()
        finally:
            con.close()
    assert stages(path) == stages(demo)


def test_the_english_demo_is_row_for_row_what_the_services_write(english, tmp_path):
    bulk = make_demo_db(tmp_path / "bulk.db", customers=15, seed=5, now=NOW)
    through_services = make_demo_db(tmp_path / "services.db", customers=15, seed=5, now=NOW, through_services=True)
    assert content(through_services) == content(bulk)
