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
