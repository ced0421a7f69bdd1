import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.services.autobackup import AutoBackup


def backups(folder):
    return sorted(folder.glob("salesdesk-*.db"))


def test_backs_up_only_after_changes_and_at_most_every_30_minutes(desk, clock, tmp_path):
    auto = AutoBackup(desk, tmp_path / "backups")
    assert auto.maybe_backup() is None  # nothing changed yet
    desk.add_customer(CustomerData(name="何建国"))
    assert auto.maybe_backup() is not None
    clock.advance(minutes=10)
    desk.add_customer(CustomerData(name="李秀英"))
    assert auto.maybe_backup() is None  # too soon
    clock.advance(minutes=25)
    assert auto.maybe_backup() is not None
    clock.advance(minutes=1)
    assert auto.maybe_backup(closing=True) is None  # nothing new since
    desk.add_customer(CustomerData(name="王伟"))
    assert auto.maybe_backup(closing=True) is not None  # closing: no wait
    assert len(backups(tmp_path / "backups")) == 3


def test_a_failed_backup_is_retried_and_does_not_raise(desk, clock, tmp_path):
    blocker = tmp_path / "backups"
    blocker.write_text("a file where the folder should be")
    auto = AutoBackup(desk, blocker)
    desk.add_customer(CustomerData(name="何建国"))
    assert auto.maybe_backup() is None and auto.last_error
    blocker.unlink()
    assert auto.maybe_backup() is not None


def test_a_corrupt_database_is_not_backed_up_and_the_good_backups_stay(desk, clock, tmp_path):
    folder = tmp_path / "backups"
    auto = AutoBackup(desk, folder)
    desk.add_customer(CustomerData(name="何建国"))
    good = auto.maybe_backup()
    assert good is not None and not auto.refused_corrupt
    # The disk damages the file under the running app.
    path = desk.db.database
    desk.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    root = desk.db.execute_sql("SELECT rootpage FROM sqlite_master WHERE name = 'customer'").fetchone()[0]
    desk.db.close()
    with open(path, "r+b") as f:  # the customer table's first page scribbled over
        f.seek((root - 1) * 4096)
        f.write(b"\x0d" + b"\xff" * 11)
    desk.db.connect()  # the pages are read from the damaged file from now on
    for day in range(1, 40):  # weeks of refusals would have pruned the good backup away
        clock.advance(days=1)
        auto.dirty = True
        assert auto.maybe_backup() is None
        assert auto.refused_corrupt and "已损坏" in auto.last_error and "未备份" in auto.last_error
    assert backups(folder) == [good]


def test_the_window_can_list_backups_and_put_one_over_a_damaged_file(desk, clock, tmp_path):
    from bad_files import make_corrupt, sha
    from salesdesk.services.backups import CorruptDatabaseError, backups_of, restore_backup_over
    from salesdesk.storage.db import close_db, open_db

    db_path = tmp_path / "salesdesk.db"  # the desk fixture's file
    auto = AutoBackup(desk, db_path.parent / "backups")
    desk.add_customer(CustomerData(name="何建国"))
    taken = auto.maybe_backup()
    listed = backups_of(db_path)
    assert [(b.path, b.taken_at, b.customers, b.prospects, b.problem) for b in listed] == [
        (taken, clock.now(), 1, 0, "")]
    (tmp_path / "other").mkdir()
    damaged = make_corrupt(tmp_path / "other" / "salesdesk.db")
    before = sha(damaged)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_db(damaged)
    assert caught.value.path == damaged
    aside = restore_backup_over(damaged, listed[0].path, clock.now())
    assert sha(aside) == before and aside.name.startswith("damaged-")
    db = open_db(damaged)
    try:
        assert db.execute_sql("SELECT name FROM customer").fetchall() == [("何建国",)]
    finally:
        close_db(db)


def test_an_old_backup_that_cannot_be_removed_is_reported_in_chinese(desk, tmp_path, monkeypatch):
    import errno
    import os

    from salesdesk.services import autobackup

    def refused(folder, now):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder / "salesdesk-old.db"))

    monkeypatch.setattr(autobackup, "prune_backups", refused)
    auto = AutoBackup(desk, tmp_path / "backups")
    desk.add_customer(CustomerData(name="何建国"))
    assert auto.maybe_backup() is None
    assert "没有权限" in auto.last_error and "salesdesk-old.db" in auto.last_error
    assert os.strerror(errno.EACCES) not in auto.last_error and "Errno" not in auto.last_error
