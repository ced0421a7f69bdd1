"""Automatic backups while the app runs: only when something changed, at most every
30 minutes, and once more on close (Anki's policy). Pruned by the pure retention rule.

A database that fails the check is not backed up (``last_error`` says so, ``refused_corrupt``
is set): a damaged copy never enters the rotation, so it cannot push out the good ones."""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from salesdesk.core.os_errors import os_reason
from salesdesk.storage.backup import make_backup, prune_backups
from salesdesk.storage.errors import CorruptDatabaseError, StorageError

from .views import Changes
from salesdesk.i18n import tr

log = logging.getLogger(__name__)

INTERVAL = dt.timedelta(minutes=30)


class AutoBackup:
    def __init__(self, desk, folder: Path, interval: dt.timedelta = INTERVAL):
        self.desk = desk
        self.folder = Path(folder)
        self.interval = interval
        self.dirty = False
        self.last: dt.datetime | None = None
        self.last_error = ""
        self.refused_corrupt = False
        desk.subscribe(self._changed)

    def _changed(self, changes: Changes) -> None:
        self.dirty = True

    def maybe_backup(self, closing: bool = False) -> Path | None:
        """Back up if there are changes and the interval has passed (or the app is closing)."""
        if not self.dirty:
            return None
        now = self.desk.clock.now()
        if not closing and self.last is not None and now - self.last < self.interval:
            return None
        try:
            path = make_backup(self.desk.db, self.folder, now)
            prune_backups(self.folder, now)
        except (StorageError, OSError) as exc:
            # A failed backup must not stop the agent working; it is retried next time.
            # An OSError (a stale part or an old backup that cannot be removed) in Chinese too.
            self.last_error = str(exc) if isinstance(exc, StorageError) else (
                tr("无法写入备份（{os_reason}）：{value}").format(os_reason=os_reason(exc), value=exc.filename or self.folder))
            self.refused_corrupt = isinstance(exc, CorruptDatabaseError)
            log.warning("automatic backup failed: %s", exc)
            return None
        self.dirty = False
        self.last = now
        self.last_error = ""
        self.refused_corrupt = False
        return path

    def close(self) -> None:
        self.desk.unsubscribe(self._changed)
