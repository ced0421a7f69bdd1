"""What a storage failure says to an English user: the cause, the file, and the way out."""
import errno
import sqlite3

import pytest

from bad_files import filled, make_corrupt, make_truncated
from english import chinese
from salesdesk.core.os_errors import os_reason
from salesdesk.storage import health
from salesdesk.storage.backup import validate_backup
from salesdesk.storage.db import SCHEMA_VERSION, open_db
from salesdesk.storage.errors import (
    CorruptDatabaseError, LockedDatabaseError, TruncatedDatabaseError,
)


def test_a_locked_database_reads_english_and_says_not_to_restore(tmp_path, english):
    path = filled(tmp_path / "salesdesk.db", customers=3)
    holder = sqlite3.connect(str(path))
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(LockedDatabaseError) as caught:
            health.probe_write_lock(path, timeout=0.05)
    finally:
        holder.rollback()
        holder.close()
    message, advice = str(caught.value), caught.value.advice
    assert message.startswith("The database file is in use by another program")
    assert str(path) in message
    assert "do not restore from a backup" in advice
    assert chinese([message, advice]) == []


def test_a_corrupt_database_reads_english_and_advises_a_backup(tmp_path, english):
    path = make_corrupt(tmp_path / "salesdesk.db")
    with pytest.raises(CorruptDatabaseError) as caught:
        open_db(path)
    assert "damaged" in str(caught.value) and str(path) in str(caught.value)
    assert caught.value.advice.startswith("Restore from a backup")
    assert chinese([str(caught.value), caught.value.advice]) == []


def test_a_truncated_file_gives_its_size_in_english(tmp_path, english):
    path = make_truncated(tmp_path / "salesdesk.db")
    with pytest.raises(TruncatedDatabaseError, match=r"The database file is incomplete \(") as caught:
        health.inspect(path, SCHEMA_VERSION)
    assert "bytes" in str(caught.value) and chinese([str(caught.value)]) == []


def test_a_missing_backup_is_refused_in_english(tmp_path, english):
    missing = tmp_path / "salesdesk-20260101-090000.db"
    with pytest.raises(Exception, match="The backup file is missing or empty") as caught:
        validate_backup(missing)
    assert str(missing) in str(caught.value)


def test_the_class_advice_follows_the_language(english):
    assert LockedDatabaseError.advice.startswith("Close the other salesdesk window")


def test_an_os_error_reason_reads_english(english):
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
    assert os_reason(OSError(12345, "odd")) == "system error (code 12345)"


def test_os_error_reasons_stay_chinese_by_default():
    assert os_reason(OSError(errno.EACCES, "Permission denied")) == "没有权限"
