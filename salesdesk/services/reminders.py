"""Reminders that arrive while the app runs (SPEC §4): what is due now, shown once each.

``due(now)`` reads the occurrences around ``now`` (appointments ``remind_minutes`` before
they start, today's birthdays and anniversaries, to-dos due today) and leaves out those
already shown (table Reminder: one row per occurrence, so a restart never repeats one);
``shown(key)`` records one, ``snooze(key, choice)`` asks for it again later. The window's
notifier (ui/reminders.py) calls these on a timer; the 今天 page lists the same things, so
nothing depends on a notification arriving.
"""
from __future__ import annotations

import datetime as dt

from peewee import JOIN

from salesdesk.core.reminders import MORNING, SNOOZES, Occurrence, Shown, due_reminders, snooze_until
from salesdesk.storage.models import Appointment, Customer, Reminder

from . import inputs
from .area import Area
from .desk import area
from .errors import InvalidInput
from .views import Changes
from salesdesk.i18n import tr

DEFAULT_LEAD_MINUTES = 15
MAX_KEY = 120
#: A dismissed reminder is known by its key, the same in either language: a birthday keeps the
#: Chinese label it always had there (the label shown follows the language).
_KEY_LABELS = {"birthday": "生日", "anniversary": "结婚纪念日"}  # i18n: data


@area
class Reminders(Area):
    name = "reminders"

    def occurrences(self, now: dt.datetime | None = None) -> list[Occurrence]:
        """Everything that is or will soon be due around ``now`` (a day back, the lead ahead)."""
        now = inputs.moment(now, tr("时间", "field")) or self._now()
        lead = dt.timedelta(minutes=self.desk.settings_int("remind_minutes", DEFAULT_LEAD_MINUTES))
        out: list[Occurrence] = []
        rows = (Appointment.select(Appointment, Customer.id, Customer.name)
                .join(Customer, on=(Appointment.customer == Customer.id), join_type=JOIN.LEFT_OUTER)
                .where((Appointment.start > now - dt.timedelta(days=1)) & (Appointment.start <= now + lead)))
        for a in rows:
            view = self.desk.agenda._view_of(a)
            out.append(Occurrence(
                f"appt:{view.id}:{view.start:%Y-%m-%dT%H:%M}", "appointment", tr("{start:%H:%M} 约会").format(
                    start=view.start),
                f"{view.start:%H:%M}–{view.end:%H:%M} {view.label}" + (tr("（{place}）").format(
                    place=view.place) if view.place else ""),
                view.start - lead, view.start, view.customer_id, view.prospect_id))
        today = now.date()
        morning = dt.datetime.combine(today, MORNING)
        end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
        for d in self.desk.day.upcoming_dates(today, 0):
            key = f"{d.kind}:{d.customer_id}:{d.date.isoformat()}:{_KEY_LABELS.get(d.kind, d.label)}"[:MAX_KEY]
            out.append(Occurrence(key, d.kind, _today_title(d),
                                  f"{d.name} {d.label}" + (tr("（农历）") if d.lunar else ""), morning, end, d.customer_id))
        for t in self.desk.todos.due_on(today):
            out.append(Occurrence(f"todo:{t.id}:{today.isoformat()}", "todo", tr("今天到期的待办"),
                                  t.text + (f" · {t.customer_name}" if t.customer_name else ""), morning, end,
                                  t.customer_id))
        return out

    def due(self, now: dt.datetime | None = None) -> list[Occurrence]:
        """The reminders to show at ``now``: due and never shown, or snoozed until now."""
        now = inputs.moment(now, tr("时间", "field")) or self._now()
        found = self.occurrences(now)
        keys = [o.key for o in found]
        shown: dict[str, Shown] = {}
        for i in range(0, len(keys), 500):
            for row in Reminder.select().where(Reminder.key.in_(keys[i:i + 500])):
                shown[row.key] = Shown(_moment(row.fired_at), _moment(row.snoozed_until))
        return due_reminders(now, found, shown)

    def shown(self, key: str) -> Changes:
        """Record that a reminder was shown: it is not shown again (a restart included)."""
        key = _key(key)
        with self._write():
            Reminder.insert(key=key, fired_at=self._now(), snoozed_until=None).on_conflict_replace().execute()
        return Changes()

    def snooze(self, key: str, choice: str) -> dt.datetime:
        """Show it again later: ``choice`` is "10m", "1h" or "tomorrow"; the moment it returns."""
        key = _key(key)
        choice = inputs.query(choice, 20)
        if choice not in SNOOZES:
            raise InvalidInput(tr("稍后提醒应为 {items} 之一").format(items=tr("、").join(SNOOZES.values())))
        until = snooze_until(self._now(), choice)
        with self._write():
            Reminder.insert(key=key, fired_at=self._now(), snoozed_until=until).on_conflict_replace().execute()
        return until


def _key(value) -> str:
    key = inputs.line(value, tr("提醒", "field"), MAX_KEY)
    if not key:
        raise InvalidInput(tr("没有指定提醒"))
    return key


def _moment(value) -> dt.datetime | None:
    if value is None or value == "":
        return None
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def _today_title(d) -> str:
    """``今天是张三的生日``: birthdays and anniversaries read as a sentence in either language."""
    if d.kind == "birthday":
        return tr("今天是{name}的生日").format(name=d.name)
    if d.kind == "anniversary":
        return tr("今天是{name}的结婚纪念日").format(name=d.name)
    return tr("今天是{name}的{label}").format(name=d.name, label=d.label)
