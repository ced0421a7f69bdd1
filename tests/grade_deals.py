"""Building a history of deals through the services (invented customers)."""
import datetime as dt
from decimal import Decimal

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage

MET = dt.date(2026, 10, 5)


def at(day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(MET + dt.timedelta(days=day), dt.time(hour))


def prospect(desk, customer_id: int, plan: str = "重疾险", day: int = 0) -> int:
    return desk.add_prospect(customer_id, plan, at=at(day, 8))


def to_stage(desk, pid: int, stage: Stage, day: int = 0, premium=Decimal(1000)) -> None:
    """Forward through the method's stages up to ``stage`` (on ``day``, an hour apart; 成交 on day + 5)."""
    steps = {
        Stage.APPOINTMENT: dict(first_meeting=MET + dt.timedelta(days=day)),
        Stage.P25: {},
        Stage.P50: dict(criteria=[1, 2], budget=Decimal(2000), signing_date=MET + dt.timedelta(days=day + 5),
                        next_step="递送建议书"),
        Stage.P90: dict(signed=True, paid=Decimal(2000)),
        Stage.WON: dict(premium=premium),
    }
    current = desk.get_prospect(pid).stage
    hour = 9
    for step, kwargs in steps.items():
        if step.rank <= current.rank:
            continue
        # 成交 five days after the first meeting: the sales cycle becomes 5 days, and the
        # signing dates stay inside it.
        when = at(day + 5, hour) if step == Stage.WON else at(day, hour)
        desk.move_prospect(pid, step, at=when, **kwargs)
        hour += 1
        if step == stage:
            return


def customer(desk, name: str) -> int:
    return desk.add_customer(CustomerData(name=name))


def won(desk, name: str, premium, day: int = 0) -> int:
    cid = customer(desk, name)
    to_stage(desk, prospect(desk, cid, day=day), Stage.WON, day=day, premium=Decimal(premium))
    return cid
