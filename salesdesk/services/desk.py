"""SalesDesk: the one facade the UI and the CLI call (no peewee objects cross it)."""
from __future__ import annotations

import datetime as dt
import logging
from typing import Callable

import peewee as pw

from salesdesk.core.clock import Clock, SystemClock

from .board import BoardService
from .customers import CustomerService
from .pipeline import PipelineService
from .reporting import ReportingService
from .settings import SettingsService
from .views import Changes

log = logging.getLogger(__name__)


class SalesDesk(CustomerService, PipelineService, ReportingService, SettingsService, BoardService):
    def __init__(self, db: pw.SqliteDatabase, clock: Clock | None = None):
        self.db = db
        self.clock = clock or SystemClock()
        self._listeners: list[Callable[[Changes], None]] = []

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
        for listener in list(self._listeners):
            listener(changes)
