"""The report tests' shared, expensive data: the 1,000-customer demo, built once."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from report_samples import DEMO_NOW


@dataclass(frozen=True)
class BusyDemo:
    db: Path
    week_day: dt.date  # a day of the demo's busiest week
    entries: int


@pytest.fixture(scope="session")
def busy_demo(tmp_path_factory) -> BusyDemo:
    """The 1,000-customer demo database and its busiest week (built once per session)."""
    from salesdesk.core.clock import FixedClock
    from salesdesk.demo import make_demo_db
    from salesdesk.services import SalesDesk
    from salesdesk.storage.db import close_db, open_db

    path = tmp_path_factory.mktemp("demo") / "demo-1000.db"
    make_demo_db(path, customers=1000, seed=7, now=DEMO_NOW)
    db = open_db(path)
    try:
        desk = SalesDesk(db, FixedClock(DEMO_NOW))
        weeks = []
        for back in range(0, 15):
            table = desk.weekly_table(DEMO_NOW.date() - dt.timedelta(days=7 * back))
            weeks.append((sum(table.subtotal.values()), table.week.start))
    finally:
        close_db(db)
    entries, start = max(weeks)
    return BusyDemo(path, start, entries)
