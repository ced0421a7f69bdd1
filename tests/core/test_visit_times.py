"""不宜拜访时间: the card's free text read as time spans."""
import datetime as dt

import pytest

from salesdesk.core.visit_times import parse_no_visit_times

MONDAY = dt.date(2026, 11, 23)


def at(day: dt.date, hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hh, mm))


def spans(text):
    return [(sorted(s.weekdays), s.start, s.end) for s in parse_no_visit_times(text).spans]


@pytest.mark.parametrize("text, expected", [
    ("周一上午", [([0], 480, 720)]),
    ("午休时间", [([], 720, 840)]),
    ("晚上9点后", [([], 1260, 1440)]),
    ("下午3点前", [([], 780, 900)]),
    ("9:00-11:30", [([], 540, 690)]),
    ("9点-11点", [([], 540, 660)]),
    ("9点半-10点", [([], 570, 600)]),
    ("14：00～15：00", [([], 840, 900)]),
    ("周末", [([5, 6], 0, 1440)]),
    ("星期三", [([2], 0, 1440)]),
    ("工作日中午", [([0, 1, 2, 3, 4], 690, 810)]),
    ("周一至周五 18:00-20:00", [([0, 1, 2, 3, 4], 1080, 1200)]),
    ("礼拜天", [([6], 0, 1440)]),
])
def test_common_forms_are_read(text, expected):
    assert spans(text) == expected


def test_the_cards_example_in_one_line_and_what_it_does_not_understand():
    times = parse_no_visit_times("周一上午、午休时间、晚上9点后；看心情")
    assert len(times.spans) == 3 and times.unknown == ("看心情",)
    assert times.conflicts(at(MONDAY, 10), 60) == ["周一上午"]
    assert times.conflicts(at(MONDAY + dt.timedelta(days=1), 10), 60) == []  # Tuesday morning is fine
    assert times.conflicts(at(MONDAY + dt.timedelta(days=2), 13, 30), 60) == ["午休时间"]
    assert times.conflicts(at(MONDAY, 20, 30), 60) == ["晚上9点后"]  # runs into 21:00
    assert times.conflicts(at(MONDAY, 20, 0), 60) == []  # ends at 21:00 sharp
    assert times.conflicts(at(MONDAY + dt.timedelta(days=3), 15), 60) == []


def test_empty_or_nonsense_never_warns():
    assert parse_no_visit_times("").spans == ()
    assert parse_no_visit_times(None).conflicts(at(MONDAY, 10), 60) == []
    assert parse_no_visit_times("99点后、25:00-26:00").spans == ()
