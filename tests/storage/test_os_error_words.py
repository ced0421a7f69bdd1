"""A failed file operation on or beside the database is said in Chinese: the system's own
(English) error text never reaches the agent."""
import datetime as dt
import errno
import os

import pytest

from salesdesk.storage import backup, db as storage_db
from salesdesk.storage.db import open_db
from salesdesk.storage.errors import StorageError

EIO_ENGLISH = os.strerror(errno.EIO)


def _disk_error(*_args, **_kwargs):
    raise OSError(errno.EIO, EIO_ENGLISH)


def test_a_disk_error_making_the_data_folder_is_said_in_chinese(tmp_path, monkeypatch):
    monkeypatch.setattr(storage_db, "make_private_dir", _disk_error)
    with pytest.raises(StorageError) as refused:
        open_db(tmp_path / "new" / "salesdesk.db")
    assert "读写磁盘出错" in str(refused.value)
    assert EIO_ENGLISH not in str(refused.value)


def test_a_disk_error_writing_a_backup_is_said_in_chinese(db, tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "backup_database", _disk_error)
    with pytest.raises(StorageError) as refused:
        backup.make_backup(db, tmp_path / "backups", dt.datetime(2026, 11, 20, 9, 0))
    assert "读写磁盘出错" in str(refused.value)
    assert EIO_ENGLISH not in str(refused.value)
