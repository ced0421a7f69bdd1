"""A database in a read-only folder shows every committed row, those a crash left in its WAL too."""
import shutil

from bad_files import read_only
from salesdesk.core.customer import CustomerData
from salesdesk.services import SalesDesk
from salesdesk.storage.db import close_db, open_db, open_db_read_only
from salesdesk.storage.models import Customer


def _left_by_a_crash(tmp_path):
    """A salesdesk file whose last commits are still in its -wal, copied as a crash leaves it."""
    src = tmp_path / "live" / "salesdesk.db"
    db = open_db(src)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    desk = SalesDesk(db)
    for i in range(3):
        desk.add_customer(CustomerData(name=f"测试客户{i}"))
    folder = tmp_path / "readonly"
    folder.mkdir()
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(f"{src}{suffix}", folder / f"salesdesk.db{suffix}")
    close_db(db)
    return folder / "salesdesk.db"


def test_a_read_only_folder_with_a_wal_left_by_a_crash_shows_its_committed_rows(tmp_path):
    path = _left_by_a_crash(tmp_path)
    assert (path.parent / "salesdesk.db-wal").stat().st_size > 0
    with read_only(path.parent):
        db = open_db_read_only(path)
        try:
            assert Customer.select().count() == 3
        finally:
            close_db(db)
        assert sorted(p.name for p in path.parent.iterdir()) == ["salesdesk.db", "salesdesk.db-shm", "salesdesk.db-wal"]
