"""One area of the desk's use cases, composed on the SalesDesk facade.

SalesDesk began as one class grown by a mixin per area (customers, pipeline, board,
reporting, settings…). With customers in depth, contacts, the agenda, to-dos, statistics
and imports arriving, a mixin per area would make one class of a hundred methods whose
names must never collide and whose private helpers all share one namespace. From v6 on a
new area is a class of its own, reached as an attribute of the facade
(``desk.contacts.add(…)``, ``desk.agenda.week(…)``), in the way Anki's Collection exposes
``col.decks`` and ``col.models``. Every area shares the desk's one context: the database,
the clock, the one write transaction (``_write``) and the one notification (``_emit`` /
``desk.batch()``), so a use case that spans areas is still one transaction and one
``Changes``. The older mixins move to areas as they are next changed.
"""
from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

import peewee as pw

from .views import Changes

if TYPE_CHECKING:
    from .desk import SalesDesk


class Area:
    #: The attribute of SalesDesk this area is reached by (``desk.<name>``).
    name: str = ""

    def __init__(self, desk: "SalesDesk"):
        self.desk = desk

    @property
    def db(self) -> pw.SqliteDatabase:
        return self.desk.db

    def _now(self) -> dt.datetime:
        return self.desk._now()

    def today(self) -> dt.date:
        return self.desk.today()

    def _write(self) -> AbstractContextManager[None]:
        return self.desk._write()

    def _emit(self, changes: Changes) -> None:
        self.desk._emit(changes)
