"""One customer in full, as ``customer show`` prints it (SPEC §7.1): the card, the birthday
in its own calendar and its next occurrence, the prospects, the 交流记录 (newest first,
as ``desk.contacts`` lists them) and the referrals with what they produced."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salesdesk.core.customer import CustomerData

from .birthdays import next_lunar, next_solar
from .contacts import ContactView
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
class CustomerDetail:
    id: int
    card: CustomerData
    birthday: BirthdayView | None
    next_birthday: dt.date | None
    prospects: tuple[ProspectView, ...]
    contacts: tuple[ContactView, ...]  # newest first
    referred_by: int | None
    referrals: tuple[int, ...]
    referral: ReferralValue


def birthday_of(card: CustomerData) -> BirthdayView | None:
    if card.birthday is not None:
        return BirthdayView("solar", card.birthday.year, card.birthday.month, card.birthday.day, False)
    spec = card.lunar_birthday
    if spec is not None:
        return BirthdayView("lunar", spec.year, spec.month, spec.day, bool(spec.leap))
    return None


def next_birthday(birthday: BirthdayView | None, on: dt.date) -> dt.date | None:
    if birthday is None:
        return None
    if birthday.calendar == "solar":
        date = next_solar(birthday.month, birthday.day, on)
        return None if date == dt.date.max else date
    return next_lunar(birthday.month, birthday.day, birthday.leap, on)
