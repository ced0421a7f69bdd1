import datetime as dt

from salesdesk.core.retention import backups_to_delete

NOW = dt.datetime(2026, 11, 23, 18, 0)


def test_keeps_today_and_yesterday_all():
    items = [(i, NOW - dt.timedelta(hours=i * 3)) for i in range(12)]  # 33 hours back
    assert backups_to_delete(items, NOW) == []


def test_one_a_day_then_one_a_week_then_one_a_month():
    # Four backups a day for two years.
    items = [(i, NOW - dt.timedelta(hours=6 * i)) for i in range(4 * 730)]
    deleted = set(backups_to_delete(items, NOW))
    kept = sorted((when for key, when in items if key not in deleted), reverse=True)
    recent = [w for w in kept if (NOW.date() - w.date()).days <= 1]
    assert len(recent) == 4 + 4  # today's (18:00, 12:00, 06:00, 00:00) and yesterday's
    older = [w for w in kept if (NOW.date() - w.date()).days > 1]
    assert len(older) == 12 + 10 + 9
    days = [w.date() for w in older]
    assert len(set(days)) == len(days)  # never two of one day
    assert older[0].date() == NOW.date() - dt.timedelta(days=2) and older[0].hour == 18  # newest of that day


def test_empty_and_single():
    assert backups_to_delete([], NOW) == []
    assert backups_to_delete([("a", NOW - dt.timedelta(days=400))], NOW) == []
