import datetime as dt

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
