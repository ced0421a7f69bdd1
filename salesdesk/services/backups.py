"""The backups of a database file, as a window lists them when the file cannot be opened:
dates, customer and prospect counts (read read-only: nothing is created beside them),
and restoring one over a damaged file.

The storage errors are re-exported here so the screens, which may not import storage,
can tell the causes apart (only ``CorruptDatabaseError`` calls for a backup).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from salesdesk.storage.backup import BackupInfo, backup_folder, describe_backups, restore_over_damaged
from salesdesk.storage.errors import (  # noqa: F401 - re-exported for the screens
    CorruptDatabaseError,
    DiskFullError,
    ForeignDatabaseError,
    LockedDatabaseError,
    MissingFolderError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    ReadOnlyFolderError,
    StorageError,
    TruncatedDatabaseError,
)

__all__ = ["BackupInfo", "backups_of", "restore_backup_over", "CorruptDatabaseError", "DiskFullError",
           "ForeignDatabaseError", "LockedDatabaseError", "MissingFolderError", "NewerDatabaseError",
           "NotADatabaseError", "ReadOnlyDatabaseError", "ReadOnlyFolderError", "StorageError",
           "TruncatedDatabaseError"]


def backups_of(db_path: str | Path) -> list[BackupInfo]:
    """The backups kept for the database at ``db_path``, newest first, with their counts."""
    return describe_backups(backup_folder(Path(db_path)))


def restore_backup_over(db_path: str | Path, backup: str | Path, now: dt.datetime | None = None) -> Path:
    """Put ``backup`` in place of a database that cannot be opened; the damaged file is
    moved (not deleted) into the backup folder as ``damaged-….db``, whose path is returned."""
    return restore_over_damaged(Path(db_path), Path(backup), now or dt.datetime.now())
