"""Reads for the weekly action table: per review window, only the prospects worked in it.

Each window is one indexed query: the prospects moved in it or whose customer had work
logged in it, each with its stage as of the window's end ("the latest change at or
before", through the (prospect, at) index). Closed prospects nobody touched are never
read, and no history is loaded into Python: what is printed comes back as plain tuples.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from salesdesk.core.money import from_fen
from salesdesk.core.review import ReviewRow, week_of
from salesdesk.core.stages import BOARD_STAGES, Stage
from salesdesk.core.text import shown
from salesdesk.core.weekly import (
    Entry, ProspectRef, RowMoney, WeeklyTable, WindowState, entry_at_end, sort_cells,
)

from . import inputs
from salesdesk.i18n import tr

#: The prospects worked in [s, e) and their state at e. Parameters: s, e, week end.
_WORKED_SQL = """
WITH cust AS (
    SELECT customer_id FROM activity WHERE at >= :s AND at < :e
    UNION SELECT customer_id FROM contact_record WHERE at >= :s AND at < :e
), cand AS (
    SELECT prospect_id AS pid, 1 AS moved FROM stage_change WHERE at >= :s AND at < :e
        AND from_stage IS NOT to_stage  -- an edit in place (update_prospect_facts) is no stage change
    UNION ALL
    SELECT p.id, 0 FROM cust JOIN prospect p ON p.customer_id = cust.customer_id WHERE p.created_at < :week_end
), worked AS (
    SELECT pid, MAX(moved) AS moved,
           (SELECT x.id FROM stage_change x WHERE x.prospect_id = cand.pid AND x.at < :e
            ORDER BY x.at DESC, x.id DESC LIMIT 1) AS last_id
    FROM cand GROUP BY pid
)
SELECT w.pid, p.customer_id, c.name, p.plan, sc.to_stage,
       (SELECT y.first_meeting FROM stage_change y WHERE y.prospect_id = w.pid AND y.at < :e
        AND y.first_meeting IS NOT NULL ORDER BY y.at DESC, y.id DESC LIMIT 1),
       (SELECT z.at FROM stage_change z WHERE z.prospect_id = w.pid AND z.at < :e AND +z.to_stage = sc.to_stage
        AND z.from_stage IS NOT z.to_stage ORDER BY z.at DESC, z.id DESC LIMIT 1)
FROM worked w
JOIN stage_change sc ON sc.id = w.last_id
JOIN prospect p ON p.id = w.pid
JOIN customer c ON c.id = p.customer_id
WHERE sc.to_stage != 'lost' AND (w.moved = 1 OR sc.to_stage != 'won')
"""

#: Money booked in [s, e): a change undone before the week ended was never really booked
#: (a past week prints the same today as it did then: the manager may hold its export).
_MONEY_SQL = """
SELECT COALESCE(SUM(sc.paid_fen), 0), COALESCE(SUM(sc.premium_fen), 0) FROM stage_change sc
WHERE sc.at >= :s AND sc.at < :e AND (sc.paid_fen != 0 OR sc.premium_fen != 0)
  AND NOT EXISTS (SELECT 1 FROM stage_change u WHERE u.correction_of_id = sc.id AND u.at < :week_end)
"""


def _date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    return dt.date.fromisoformat(str(value)[:10])


def _money(fen: int) -> Decimal:
    return from_fen(fen) if fen else Decimal(0)


class ReportingService:
    def weekly_table(self, day: dt.date | None = None) -> WeeklyTable:
        week = week_of(inputs.day(day, tr("日期", "field")) or self._now().date())
        cycle = self.sales_cycle(as_of=week.end_at).days
        cells: dict[ReviewRow, dict[Stage, list[Entry]]] = {}
        money: dict[ReviewRow, RowMoney] = {}
        for window in week.windows:
            args = {"s": str(window.start), "e": str(window.end), "week_end": str(week.end_at)}
            row_cells = cells[window.row] = {s: [] for s in BOARD_STAGES}
            for pid, cid, name, plan, stage, first_meeting, entered in self.db.execute_sql(_WORKED_SQL, args):
                state = WindowState(Stage(stage), _date(first_meeting), _date(entered))
                entry = entry_at_end(ProspectRef(pid, cid, shown(name), shown(plan)), state, window, cycle)
                row_cells[entry.stage].append(entry)
            paid, premium = self.db.execute_sql(_MONEY_SQL, args).fetchone()
            money[window.row] = RowMoney(_money(paid), _money(premium))
        sort_cells(cells)
        return WeeklyTable(week, cycle, cells, money)
