"""The words the weekly reports print: one source for the PDF, the workbook and the
department sheet, so paper and spreadsheet say the same thing the same way.

- A row label is ``周一`` over the days it covers (``11.20–11.22``), everywhere; a row
  continued on a further page (or spreadsheet row) is ``周一（续）``.
- An entry is ``M.DD姓名`` (the JSON text of SPEC §7), with ``※`` when past the cycle.
  Where two entries of one cell would read the same (two prospects of one customer),
  the plan is added — ``11.08蔡兰·重疾险`` — and only then.
"""
from __future__ import annotations

from collections import Counter

from salesdesk.core.review import ReviewRow, ReviewWeek, table_date
from salesdesk.core.weekly import Entry, WeeklyTable
from salesdesk.i18n import N_, tr

#: Constants in the source language: shown through ``tr`` (``title()``, ``row_heading``).
TITLE = N_("潜在客户管理行动工具表")
OVERDUE_MARK = "※"
PLAN_SEPARATOR = "·"
CONTINUED = N_("（续）")


def title() -> str:
    """The table's title in the UI's language."""
    return tr(TITLE)


def agent_line(agent: str, blank: str) -> str:
    """``业务员：张三`` (``blank`` stands for a name not set, to be written in by hand)."""
    return tr("业务员：{name}").format(name=agent or blank)


def cycle_line(days: int) -> str:
    return tr("我的销售周期: {days} 天").format(days=days)


def review_day_heading() -> str:
    return tr("检视日")


def subtotal_label() -> str:
    return tr("小计")


def entry_text(entry: Entry) -> str:
    """An entry as printed on its own: ``11.21何建国``, with the mark when past the cycle."""
    return entry.text + (OVERDUE_MARK if entry.overdue else "")


def cell_texts(entries: list[Entry]) -> list[str]:
    """The printed text of each entry of one cell, told apart where they would repeat."""
    texts = [e.text for e in entries]
    repeated = {t for t, n in Counter(texts).items() if n > 1}
    if repeated:
        texts = [f"{t}{PLAN_SEPARATOR}{e.plan.strip()}" if t in repeated and e.plan.strip() else t
                 for t, e in zip(texts, entries)]
        # Same plan twice (or none): number them, so the agent still sees two prospects.
        still = {t for t, n in Counter(texts).items() if n > 1}
        seen: Counter[str] = Counter()
        for i, t in enumerate(texts):
            if t in still:
                seen[t] += 1
                texts[i] = f"{t}({seen[t]})"
    return [t + (OVERDUE_MARK if e.overdue else "") for t, e in zip(texts, entries)]


def window_label(table: WeeklyTable, row: ReviewRow) -> str:
    """``11.20–11.22``: the days a review row covers."""
    return days_label(table.week, row)


def days_label(week: ReviewWeek, row: ReviewRow) -> str:
    window = week.window(row)
    return f"{table_date(window.first_day)}–{table_date(window.last_day)}"


def row_heading(row: ReviewRow, continued: bool = False) -> str:
    return tr(row.label) + (tr(CONTINUED) if continued else "")


def row_label(week: ReviewWeek, row: ReviewRow, continued: bool = False) -> str:
    """A review row's label in a spreadsheet cell: ``周一`` over ``11.20–11.22``."""
    return f"{row_heading(row, continued)}\n{days_label(week, row)}"
