"""One customer in full, as ``customer show`` prints it (SPEC §7.1): the card, the birthday
in its own calendar and its next occurrence, the prospects, the 交流记录 (newest first)
and the referrals with what they produced."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salesdesk.core.customer import CustomerData
from salesdesk.core.text import shown

from .birthdays import next_lunar, next_solar
from .referrals import ReferralValue
from .views import ProspectView


@dataclass(frozen=True)
class BirthdayView:
    calendar: str  # "solar" | "lunar"
    year: int | None
    month: int
    day: int
    leap: bool = False


@dataclass(frozen=True)
class ContactView:
    id: int
    at: dt.datetime
    method: str
    subject: str
    purpose: str
    interest: int | None
    summary: str
    needs: str
    result: str
    next_step: str


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    card: CustomerData
    birthday: BirthdayView | None
    next_birthday: dt.date | None
    prospects: tuple[ProspectView, ...]
    contacts: tuple[ContactView, ...]
    referred_by: int | None
    referrals: tuple[int, ...]
    referral: ReferralValue


def birthday_of(db, customer_id: int) -> BirthdayView | None:
    row = db.execute_sql("SELECT birthday, lunar_birthday_year, lunar_birthday_month, lunar_birthday_day, "
                         "lunar_birthday_leap FROM customer WHERE id = ?", (customer_id,)).fetchone()
    if row is None:
        return None
    solar, year, month, day, leap = row
    if solar:
        try:
            date = solar if isinstance(solar, dt.date) else dt.date.fromisoformat(str(solar)[:10])
        except ValueError:
            return None
        return BirthdayView("solar", date.year, date.month, date.day, False)
    if month and day:
        return BirthdayView("lunar", year, int(month), int(day), bool(leap))
    return None


def next_birthday(birthday: BirthdayView | None, on: dt.date) -> dt.date | None:
    if birthday is None:
        return None
    if birthday.calendar == "solar":
        date = next_solar(birthday.month, birthday.day, on)
        return None if date == dt.date.max else date
    return next_lunar(birthday.month, birthday.day, birthday.leap, on)


def contacts_of(db, customer_id: int) -> tuple[ContactView, ...]:
    rows = db.execute_sql("SELECT id, at, method, subject, purpose, interest, summary, needs, result, next_step "
                          "FROM contact_record WHERE customer_id = ? ORDER BY at DESC, id DESC", (customer_id,))
    out = []
    for cid, at, method, subject, purpose, interest, summary, needs, result, next_step in rows:
        moment = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
        out.append(ContactView(cid, moment, shown(method), shown(subject), shown(purpose), interest,
                               shown(summary, True), shown(needs, True), shown(result), shown(next_step)))
    return tuple(out)
