"""The sales cycle: the median days first meeting → 成交 of the latest deals, or the
agent's override as it stood at a moment (SPEC §7.1: a past week keeps its cycle)."""
from __future__ import annotations

import datetime as dt
import json

from salesdesk.core.cycle import CYCLE_WINDOW, SalesCycle, sales_cycle
from salesdesk.storage.models import Setting

from . import inputs

#: Setting holding [[day set, days], …]: the cycle override's history (SPEC §7.1).
CYCLE_OVERRIDE_HISTORY = "cycle_override_history"


class CycleService:
    def deal_durations(self, as_of: dt.datetime | None = None) -> list[int]:
        """Days first meeting → 成交 of the latest closed deals before ``as_of``, oldest first.

        A prospect counts once (its latest 成交, should it have been reopened); deals undone
        before ``as_of`` do not count. The newest 成交 changes are read through the
        (to_stage, at) index until CYCLE_WINDOW prospects are found: a few dozen rows
        however long the history, never a scan of every deal.
        """
        as_of = inputs.moment(as_of)
        bound = str(as_of) if as_of is not None else "9999-12-31"
        rows = self.db.execute_sql(
            "SELECT sc.prospect_id, sc.at, sc.first_meeting FROM stage_change sc"
            " WHERE sc.to_stage = 'won' AND sc.at < ? AND sc.correction_of_id IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM stage_change u WHERE u.correction_of_id = sc.id AND u.at < ?)"
            " ORDER BY sc.at DESC, sc.id DESC", (bound, bound))
        seen: set[int] = set()
        out = []
        for prospect_id, won, first in rows:
            if prospect_id in seen:
                continue
            seen.add(prospect_id)
            won_day, first_day = _as_date(won), _as_date(first)
            if won_day is not None and first_day is not None:
                out.append((won_day - first_day).days)
            if len(seen) >= CYCLE_WINDOW:
                break
        rows.close()
        out.reverse()
        return out

    def sales_cycle(self, as_of: dt.datetime | None = None) -> SalesCycle:
        """The cycle in force at ``as_of`` (default now): the override set by then, else the
        median of the deals closed before it (SPEC §7.1: a past week keeps its cycle)."""
        as_of = inputs.moment(as_of)
        override = self.cycle_override(as_of)
        default = self.settings_int("cycle_default_days", 28)
        if override:
            return sales_cycle((), default_days=default, override_days=override)
        return self._cached(("cycle", as_of), lambda: sales_cycle(self.deal_durations(as_of), default_days=default))

    def cycle_override(self, as_of: dt.datetime | None = None) -> int:
        """The cycle override in force at ``as_of`` (0: computed). An override takes effect
        from the day it is set; ``as_of`` is an exclusive moment (a week's end_at)."""
        as_of = inputs.moment(as_of)
        history = self._override_history()
        if not history:  # set before its history was kept: in force always
            return self.settings_int("cycle_override_days", 0)
        moment = as_of if as_of is not None else self._now() + dt.timedelta(seconds=1)
        value = 0
        for day, days in history:
            if day and dt.datetime.combine(dt.date.fromisoformat(day), dt.time()) >= moment:
                break
            value = days
        return value

    def _override_history(self) -> list[list]:
        try:
            history = json.loads(self.setting(CYCLE_OVERRIDE_HISTORY, "") or "[]")
            return [[str(day), int(days)] for day, days in history]
        except (ValueError, TypeError):
            return []

    def _record_cycle_override(self, days: int) -> None:
        """Called inside the settings write: keep (day set, value) so past weeks keep theirs."""
        history = self._override_history()
        if not history:
            old = self.settings_int("cycle_override_days", 0)
            history = [["", old]] if old else []
        if (history[-1][1] if history else 0) == days:
            return
        today = self.today().isoformat()
        history = [h for h in history if h[0] != today] + [[today, days]]
        Setting.insert(key=CYCLE_OVERRIDE_HISTORY, value=json.dumps(history)).on_conflict_replace().execute()


def _as_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.datetime.fromisoformat(str(value)).date()
