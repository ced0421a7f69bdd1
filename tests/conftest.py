import os

# Qt must pick its platform before anything imports it: tests run headless.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the Chinese source texts unless a test asks for English (the `english`
# fixture, or SALESDESK_LANG=en for a command it runs): a developer's English locale or
# saved language must not change what they see.
os.environ["SALESDESK_LANG"] = "zh"

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


@pytest.fixture
def english(monkeypatch, qapp):
    """The UI in English for one test: ``i18n.tr`` and every ``self.tr``. Commands the test
    runs in a subprocess see SALESDESK_LANG=en."""
    from salesdesk import i18n, i18n_qt

    monkeypatch.setenv("SALESDESK_LANG", "en")
    previous = i18n.current()
    translator = i18n_qt.install("en", qapp)
    assert translator is not None, "the English catalogue did not load"
    yield translator
    qapp.removeTranslator(translator)
    i18n.restore(previous)
