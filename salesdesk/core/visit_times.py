"""不宜拜访时间: reading the card's free text ("周一上午、午休时间、晚上9点后") as time spans.

What is understood (pieces separated by 、，,；;/ 和 及 or line breaks; each piece may name days,
a part of the day and clock times, in any order):

- days: 周一…周日 / 星期一…星期日(天) / 礼拜一…礼拜天, 工作日 (Mon–Fri), 周末 (Sat, Sun),
  several at once ("周一周三上午", "周一至周五"/"周一到周五"/"周一-周五" a range);
  days alone mean the whole day;
- parts of the day: 凌晨 0–6, 早上/早晨/清晨 6–9, 上午 8–12, 中午 11:30–13:30, 午休/午睡/午饭
  12–14, 下午 13–18, 傍晚 17–19, 晚上/晚间/夜里/夜间 18–24, 深夜/半夜 22–24 (a piece with
  "时间"/"时段" after it reads the same: "午休时间");
- clock spans: "9:00-11:30", "9点-11点", "9-11点", "14:00~15:00", "9点半-10点";
- open spans: "X点后"/"X点以后"/"X点之后" (X to midnight), "X点前"/"X点以前"/"X点之前"
  (midnight to X); a part of the day before the hour reads it as that part's hour:
  "晚上9点后" is 21:00–24:00, "下午3点前" is 13:00–15:00, "上午10点前" 8:00–10:00.

A piece that says nothing of these is kept as ``unknown`` (the card can say it was not
understood) and never matches. Everything here is pure: no Qt, no database. The Chinese words here are what the card's
text is READ from (data, not shown text); the spans keep the piece of text they came from.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

#: Minutes from midnight: a span is [start, end), end may be 1440 (midnight after).
DAY_END = 24 * 60

PARTS: dict[str, tuple[int, int]] = {
    "凌晨": (0, 6 * 60), "早上": (6 * 60, 9 * 60), "早晨": (6 * 60, 9 * 60), "清晨": (6 * 60, 9 * 60),  # i18n: data
    "上午": (8 * 60, 12 * 60), "中午": (11 * 60 + 30, 13 * 60 + 30), "午休": (12 * 60, 14 * 60),  # i18n: data
    "午睡": (12 * 60, 14 * 60), "午饭": (12 * 60, 14 * 60), "下午": (13 * 60, 18 * 60),  # i18n: data
    "傍晚": (17 * 60, 19 * 60), "晚上": (18 * 60, DAY_END), "晚间": (18 * 60, DAY_END),  # i18n: data
    "夜里": (18 * 60, DAY_END), "夜间": (18 * 60, DAY_END), "深夜": (22 * 60, DAY_END),  # i18n: data
    "半夜": (22 * 60, DAY_END),  # i18n: data
}
#: Parts whose hours are afternoon or evening: "晚上9点" is 21:00.
_PM_PARTS = {"下午", "傍晚", "晚上", "晚间", "夜里", "夜间", "深夜", "半夜"}  # i18n: data
WEEKDAY_NAMES = "一二三四五六日"  # i18n: data
_DAY_WORD = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天七])")  # i18n: data
_DAY_RANGE = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天七])(?:至|到|-|－|~|～|—)(?:周|星期|礼拜)?([一二三四五六日天七])")  # i18n: data
_SEPARATORS = re.compile(r"[、，,；;/／。\n]+|以及|和|及")  # i18n: data
_CLOCK = r"(\d{1,2})(?:[:：](\d{2})|点半|点(\d{1,2})分?|点|时)?"  # i18n: data
_SPAN = re.compile(_CLOCK + r"\s*(?:-|－|~|～|—|至|到)\s*" + _CLOCK)  # i18n: data
_OPEN = re.compile(_CLOCK + r"\s*(以后|之后|后|以前|之前|前)")  # i18n: data


@dataclass(frozen=True)
class NoVisitSpan:
    """A time not to visit: on ``weekdays`` (0 = Monday; empty: every day), from ``start``
    to ``end`` minutes after midnight. ``text`` is the piece of the card it came from."""

    weekdays: frozenset[int]
    start: int
    end: int
    text: str

    def covers(self, moment_start: dt.datetime, moment_end: dt.datetime) -> bool:
        """Whether [moment_start, moment_end) meets this span on some day."""
        day = moment_start.date()
        while dt.datetime.combine(day, dt.time()) < moment_end:
            if not self.weekdays or day.weekday() in self.weekdays:
                lo = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=self.start)
                hi = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=self.end)
                if moment_start < hi and lo < moment_end:
                    return True
            day += dt.timedelta(days=1)
        return False


@dataclass(frozen=True)
class NoVisitTimes:
    spans: tuple[NoVisitSpan, ...]
    unknown: tuple[str, ...]

    def conflicts(self, start: dt.datetime, minutes: int) -> list[str]:
        """The pieces of the card an appointment from ``start`` lasting ``minutes`` falls in."""
        end = start + dt.timedelta(minutes=max(1, minutes))
        return list(dict.fromkeys(s.text for s in self.spans if s.covers(start, end)))


def _day_number(char: str) -> int:
    return 6 if char in "日天七" else WEEKDAY_NAMES.index(char)  # i18n: data


def _minutes(hour: str, minute: str | None, half: bool, pm: bool) -> int | None:
    h, m = int(hour), int(minute) if minute else (30 if half else 0)
    if pm and h < 12:
        h += 12
    if not (0 <= h <= 24 and 0 <= m < 60) or h * 60 + m > DAY_END:
        return None
    return h * 60 + m


def parse_no_visit_times(text: str | None) -> NoVisitTimes:
    """The spans the card's 不宜拜访时间 names (see the module's docstring for the forms)."""
    spans: list[NoVisitSpan] = []
    unknown: list[str] = []
    for piece in _pieces(text or ""):
        found = _piece_spans(piece)
        if found:
            spans.extend(found)
        else:
            unknown.append(piece)
    return NoVisitTimes(tuple(spans), tuple(unknown))


def _pieces(text: str) -> list[str]:
    # Keep "周一至周五" and "9点-11点" whole: only split on separators that cannot be inside.
    return [p.strip() for p in _SEPARATORS.split(text) if p and p.strip()]


def _piece_spans(piece: str) -> list[NoVisitSpan]:
    days: set[int] = set()
    rest = piece
    for m in _DAY_RANGE.finditer(piece):
        a, b = _day_number(m.group(1)), _day_number(m.group(2))
        days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
        rest = rest.replace(m.group(0), " ")
    for m in _DAY_WORD.finditer(rest):
        days.add(_day_number(m.group(1)))
    rest = _DAY_WORD.sub(" ", rest)
    if "工作日" in rest:  # i18n: data
        days.update(range(5))
        rest = rest.replace("工作日", " ")  # i18n: data
    if "周末" in rest:  # i18n: data
        days.update((5, 6))
        rest = rest.replace("周末", " ")  # i18n: data
    part = next((name for name in PARTS if name in rest), None)
    pm = part in _PM_PARTS
    weekdays = frozenset(days)
    out: list[NoVisitSpan] = []
    clock_text = _strip_parts(rest)
    span = _SPAN.search(clock_text)
    opened = _OPEN.search(clock_text)
    if span:
        start = _clock_of(span, 1, pm)
        end = _clock_of(span, 4, pm or _later_pm(span, pm))
        if start is not None and end is not None and start < end:
            out.append(NoVisitSpan(weekdays, start, end, piece))
    elif opened:
        at = _clock_of(opened, 1, pm)
        if at is not None:
            lo, hi = PARTS[part] if part else (0, DAY_END)
            if opened.group(4).endswith("后"):  # i18n: data
                span_start, span_end = at, (hi if part and hi > at else DAY_END)
            else:
                span_start, span_end = (lo if part and lo < at else 0), at
            if span_start < span_end:
                out.append(NoVisitSpan(weekdays, span_start, span_end, piece))
    elif part:
        lo, hi = PARTS[part]
        out.append(NoVisitSpan(weekdays, lo, hi, piece))
    elif weekdays and not clock_text.strip(" 时间段全天整天"):  # i18n: data
        out.append(NoVisitSpan(weekdays, 0, DAY_END, piece))
    return out


def _strip_parts(text: str) -> str:
    for name in PARTS:
        text = text.replace(name, " ")
    return text


def _later_pm(span: re.Match, pm: bool) -> bool:
    """"11点-2点" after noon: an end hour below the start hour is in the afternoon."""
    try:
        return not pm and int(span.group(4)) < int(span.group(1)) <= 12
    except (TypeError, ValueError):
        return False


def _clock_of(match: re.Match, first: int, pm: bool) -> int | None:
    hour = match.group(first)
    colon = match.group(first + 1)
    after_dot = match.group(first + 2)
    whole = match.group(0)
    # "9点半": the group between hour and the next clock text holds 点半.
    start = match.start(first) - match.start(0)
    tail = whole[start + len(hour): start + len(hour) + 2]
    return _minutes(hour, colon or after_dot, tail == "点半", pm)  # i18n: data
