"""The ratio game's one-click log (SPEC §1.3): today's counts and the undo of a click.

An activity is written by ``desk.log_activity`` (services/worklog.py); this area reads a
day's counts against the daily reference 15 – 7 – 1 (拨打 – 接通 – 约见) and removes an
activity again when the agent undoes a click.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from salesdesk.core.stats import REFERENCE
from salesdesk.core.text import shown
from salesdesk.storage.models import Activity

from . import inputs
from .area import Area
from .desk import area
from .errors import NotFound
from .views import Changes
from .worklog import ACTIVITY_KINDS
from salesdesk.i18n import tr

#: The daily reference of the ratio game: dial 15, reach 7, book 1 (SPEC §1.3).
DAILY_REFERENCE = {"dial": REFERENCE.dial, "reach": REFERENCE.reach, "book": REFERENCE.book}


@dataclass(frozen=True)
class ActivityView:
    id: int
    customer_id: int
    at: dt.datetime
    kind: str  # dial, reach, book, meet, close
    note: str = ""

    @property
    def label(self) -> str:
        return tr(ACTIVITY_KINDS[self.kind]) if self.kind in ACTIVITY_KINDS else self.kind


def _view(row: Activity) -> ActivityView:
    at = dt.datetime.fromisoformat(row.at) if isinstance(row.at, str) else row.at
    return ActivityView(row.id, row.customer_id, at, shown(row.kind), shown(row.note))


@area
class ActivityLog(Area):
    """``desk.activities``: read one activity, count a day's, take one back."""

    name = "activities"

    def get(self, activity_id: int) -> ActivityView:
        return _view(self._row(inputs.ident(activity_id, tr("活动", "field"))))

    def day_counts(self, day: dt.date | None = None) -> dict[str, int]:
        """Activities per kind (dial, reach, book, meet, close) logged on ``day`` (default today)."""
        day = inputs.day(day, tr("日期", "field")) or self.today()
        start = dt.datetime.combine(day, dt.time())
        rows = (Activity.select(Activity.kind, pw.fn.COUNT(Activity.id))
                .where((Activity.at >= start) & (Activity.at < start + dt.timedelta(days=1)))
                .group_by(Activity.kind).tuples())
        counts = dict.fromkeys(ACTIVITY_KINDS, 0)
        for kind, n in rows:
            if kind in counts:
                counts[kind] = n
        return counts

    def delete(self, activity_id: int) -> ActivityView:
        """Remove one activity (the undo of a click); what it was."""
        activity_id = inputs.ident(activity_id, tr("活动", "field"))
        with self._write():
            view = _view(self._row(activity_id))
            Activity.delete().where(Activity.id == activity_id).execute()
        self._emit(Changes(customers=frozenset({view.customer_id}), activities=True))
        return view

    def _row(self, activity_id: int) -> Activity:
        row = Activity.get_or_none(Activity.id == activity_id)
        if row is None:
            raise NotFound(tr("找不到编号为 {activity_id} 的活动记录").format(activity_id=activity_id))
        return row
