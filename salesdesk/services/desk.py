"""SalesDesk: the one facade the UI and the CLI call (no peewee objects cross it)."""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from contextlib import contextmanager
from typing import Callable, Iterator

import peewee as pw

from salesdesk.core.clock import Clock, SystemClock
from salesdesk.storage.db import thread_reader, translate_error

from .area import Area
from .board import BoardService
from .customers import CustomerService
from .cycle import CycleService
from .errors import WriteFailed
from .pipeline import PipelineService
from .reporting import ReportingService
from .settings import SettingsService
from .views import Changes
from .worklog import WorkLogService

log = logging.getLogger(__name__)


#: The areas composed on the facade (services/area.py): attribute name -> class. An area
#: module registers itself with ``@area``; SalesDesk builds one of each per desk.
AREAS: dict[str, type[Area]] = {}


def area(cls: type[Area]) -> type[Area]:
    """Class decorator: ``desk.<cls.name>`` is an instance of ``cls`` on every desk."""
    assert cls.name and cls.name not in AREAS, cls
    AREAS[cls.name] = cls
    return cls


class SalesDesk(CustomerService, PipelineService, CycleService, WorkLogService, ReportingService, SettingsService,
                BoardService):
    def __init__(self, db: pw.SqliteDatabase, clock: Clock | None = None):
        self.db = db
        self.clock = clock or SystemClock()
        self._listeners: list[Callable[[Changes], None]] = []
        self._held: Changes | None = None
        _load_areas()
        for name, cls in AREAS.items():
            setattr(self, name, cls(self))

    @property
    def database_path(self) -> Path | None:
        """The database file (None for an in-memory one): About shows it, backups sit beside it."""
        name = str(self.db.database or "")
        return None if not name or name == ":memory:" or name.startswith("file::memory:") else Path(name)

    def _now(self) -> dt.datetime:
        return self.clock.now().replace(microsecond=0)

    def today(self) -> dt.date:
        return self._now().date()

    # One hook, as in Anki's operation_did_execute: every screen decides itself what to refresh.
    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Changes], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, changes: Changes) -> None:
        if self._held is not None:
            self._held = self._held | changes
            return
        for listener in list(self._listeners):
            listener(changes)

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One IMMEDIATE write transaction; SQLite's refusals become WriteFailed in Chinese."""
        refused = getattr(self.db, "read_only_reason", "")
        if refused:  # the window opened the file read-only (salesdesk/opening.py): say why
            raise WriteFailed(refused)
        try:
            with self.db.atomic("IMMEDIATE"):
                yield
        except (pw.OperationalError, pw.DatabaseError, sqlite3.Error) as exc:
            if isinstance(exc, pw.IntegrityError):
                raise
            message = str(translate_error(exc, Path(self.db.database)))
            log.warning("write refused: %s", exc)
            raise WriteFailed(message) from exc

    @contextmanager
    def reading_thread(self) -> Iterator[None]:
        """Around reads made on a worker thread: that thread's own read-only connection,
        closed when the block ends (the GUI thread's connection is not shared)."""
        with thread_reader(self.db):
            yield

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Writes inside the block notify once, with their combined Changes, after it ends.

        Listeners never see a half-done batch (it may still roll back): if the block
        raises, nothing is announced. Nested batches join the outermost one.
        """
        if self._held is not None:
            yield
            return
        self._held = Changes()
        try:
            yield
        except BaseException:
            self._held = None
            raise
        held, self._held = self._held, None
        if held != Changes():
            self._emit(held)


def _load_areas() -> None:
    """Every area module registers itself with ``@area`` when imported; the package's
    __init__ imports them all (statically, so PyInstaller finds them too)."""
    import salesdesk.services  # noqa: F401
