"""Automatic backups while the app runs: only when something changed, at most every
30 minutes, and once more on close (Anki's policy). Pruned by the pure retention rule."""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from salesdesk.storage.backup import make_backup, prune_backups
from salesdesk.storage.errors import StorageError

from .views import Changes

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
            self.last_error = str(exc)
            log.warning("automatic backup failed: %s", exc)
            return None
        self.dirty = False
        self.last = now
        self.last_error = ""
        return path

    def close(self) -> None:
        self.desk.unsubscribe(self._changed)
