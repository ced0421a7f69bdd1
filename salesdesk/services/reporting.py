"""Reads for the weekly action table, restricted to one week through the time indexes."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from salesdesk.core.review import week_of
from salesdesk.core.money import from_fen
from salesdesk.core.stages import Stage
from salesdesk.core.weekly import ProspectRef, StageEvent, WeeklyTable, WorkEvent, build_weekly_table
from salesdesk.storage.models import Activity, ContactRecord, Customer, Prospect, StageChange

from . import inputs


class ReportingService:
    def weekly_table(self, day: dt.date | None = None) -> WeeklyTable:
        week = week_of(inputs.day(day, "日期") or self._now().date())
        start, end = week.start_at, week.end_at
        moved = {r.prospect_id for r in StageChange.select(StageChange.prospect)
                 .where((StageChange.at >= start) & (StageChange.at < end)).objects()}
        work: list[WorkEvent] = []
        for model in (Activity, ContactRecord):
            q = model.select(model.customer, model.at).where((model.at >= start) & (model.at < end))
            work.extend(WorkEvent(r.customer_id, r.at) for r in q.objects())
        worked_customers = {w.customer_id for w in work}
        cond = Prospect.id.in_(moved) if moved else None
        if worked_customers:
            by_customer = Prospect.customer.in_(worked_customers) & (Prospect.created_at < end)
            cond = by_customer if cond is None else (cond | by_customer)
        prospects: dict[int, ProspectRef] = {}
        events: list[StageEvent] = []
        if cond is not None:
            q = (Prospect.select(Prospect.id, Prospect.customer, Prospect.plan, Customer.name)
                 .join(Customer).where(cond))
            for r in q.objects():
                prospects[r.id] = ProspectRef(r.id, r.customer_id, r.name, r.plan)
            ids = list(prospects)
            for chunk_start in range(0, len(ids), 500):
                chunk = ids[chunk_start:chunk_start + 500]
                q = (StageChange.select().where(StageChange.prospect.in_(chunk) & (StageChange.at < end))
                     .order_by(StageChange.at, StageChange.id))
                changes = list(q)
                # Money of a change that was later undone was never really booked.
                # Only corrections made before the week ended: a past week prints the same
                # today as it did then (the manager may already hold its export).
                undone = {r.correction_of_id for r in StageChange.select(StageChange.correction_of)
                          .where(StageChange.correction_of.in_([c.id for c in changes])
                                 & (StageChange.at < end))}
                events.extend(
                    StageEvent(
                        c.prospect_id, c.at, Stage(c.from_stage) if c.from_stage else None, Stage(c.to_stage),
                        c.first_meeting,
                        Decimal(0) if c.id in undone else from_fen(c.paid_fen),
                        Decimal(0) if c.id in undone else from_fen(c.premium_fen),
                    )
                    for c in changes
                )
        cycle = self.sales_cycle(as_of=end).days
        return build_weekly_table(week, cycle, prospects, events, work)
