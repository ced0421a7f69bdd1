import os

# Qt must pick its platform before anything imports it: tests run headless.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import shutil  # noqa: E402

import pytest  # noqa: E402

from salesdesk.core.clock import FixedClock  # noqa: E402
from salesdesk.storage.db import close_db, open_db  # noqa: E402

#: Monday 2026-11-23 10:00 — the week of Friday 2026-11-20 (SPEC §2's own example).
DEFAULT_NOW = dt.datetime(2026, 11, 23, 10, 0)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory):
    """A migrated, empty database made once; each test copies it (fast)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_db(path)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_db(db)
    return path


@pytest.fixture
def db_path(tmp_path, template_db):
    path = tmp_path / "salesdesk.db"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def clock():
    return FixedClock(DEFAULT_NOW)


@pytest.fixture
def db(db_path):
    database = open_db(db_path)
    yield database
    close_db(database)


@pytest.fixture
def desk(db, clock):
    from salesdesk.services import SalesDesk

    return SalesDesk(db, clock)
