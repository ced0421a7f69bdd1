"""Reads off the GUI thread (as Anki's ``QueryOp``): the window stays responsive.

``read_in_background(owner, desk, read, done, failed)`` runs ``read()`` on a worker thread
with that thread's own read-only connection (``SalesDesk.reading_thread``) and calls
``done(result)`` or ``failed(exception)`` back on the GUI thread — only if ``owner`` still
exists. Nothing of Qt's widgets is touched on the worker.
"""
from __future__ import annotations

import itertools
import weakref
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from salesdesk.services import SalesDesk

_ids = itertools.count(1)


class _Relay(QObject):
    """Lives on the GUI thread for the program's life; workers post their results to it."""

    finished = Signal(int, object, object)  # job, result, exception

    def __init__(self):
        super().__init__()
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(2)
        self.jobs: dict[int, tuple[weakref.ref, Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self.finished.connect(self._finished)

    def _finished(self, job: int, result: object, error: object) -> None:
        entry = self.jobs.pop(job, None)
        if entry is None:
            return
        owner_ref, done, failed = entry
        owner = owner_ref()
        if owner is None or not shiboken6.isValid(owner):
            return
        if error is not None:
            failed(error)
        else:
            done(result)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _Job(QRunnable):
    def __init__(self, relay: _Relay, job: int, desk: SalesDesk, read: Callable[[], Any]):
        super().__init__()
        self._relay, self._job, self._desk, self._read = relay, job, desk, read

    def run(self) -> None:
        try:
            with self._desk.reading_thread():
                result = self._read()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            self._relay.finished.emit(self._job, None, exc)
        else:
            self._relay.finished.emit(self._job, result, None)


def read_in_background(owner: QObject, desk: SalesDesk, read: Callable[[], Any],
                       done: Callable[[Any], None], failed: Callable[[BaseException], None]) -> int:
    """Start ``read`` on a worker; returns the job's number (results come back in order of arrival)."""
    relay = _the_relay()
    job = next(_ids)
    relay.jobs[job] = (weakref.ref(owner), done, failed)
    relay.pool.start(_Job(relay, job, desk, read))
    return job


def wait_for_reads(msecs: int = 5000) -> bool:
    """Let running reads end (before the database closes); True when none is left."""
    return _relay is None or _relay.pool.waitForDone(msecs)
