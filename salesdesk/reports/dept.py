"""The department tracking table (潜在客户管理行动工具部门追踪表, SPEC §2.1).

An agent exports only their own rows — counts and money per review row, never a
customer's name, phone or note. A manager merges the files of several agents into one
table. A department file carries a very hidden sheet ``salesdesk`` holding the format
name, version, week and the numbers themselves; the merge reads only that sheet and
checks every value, because a file from outside can hold anything (dept_merge.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from salesdesk.core.review import ReviewRow, ReviewWeek
from salesdesk.core.stages import Stage
from salesdesk.core.weekly import WeeklyTable

from salesdesk.i18n import N_, tr

from . import xlsx_style as xs
from .errors import ReportError
from .weekly_text import CONTINUED, row_label

#: Texts in the source language, shown through ``tr`` (sheet names: see ``dept_sheet_names``).
TITLE = N_("潜在客户管理行动工具部门追踪表")
DEPT_SHEET = N_("部门追踪表")
WEEKLY_SHEET = N_("行动工具表")  # the weekly workbook's grid: a file people pick by mistake
#: Where a department file comes from, for a refusal to say.
WHERE_FROM = N_("部门追踪表由组员用“salesdesk dept export”（或窗口中行动工具表页的“部门追踪表导出”）生成")
#: The sheet names an English export has (a merge reads files made in either language).
ENGLISH_SHEETS = {DEPT_SHEET: "Team tracking sheet", WEEKLY_SHEET: "Action table"}
META_SHEET = "salesdesk"
FORMAT_NAME = "salesdesk-dept"
FORMAT_VERSION = 1

#: The counted columns, in the paper table's order (约定初次见面数, 25%, 50%, 90%, 成交).
COUNT_STAGES: tuple[Stage, ...] = (Stage.APPOINTMENT, Stage.P25, Stage.P50, Stage.P90, Stage.WON)
HEADERS = (N_("检视日"), N_("组员姓名"), N_("约定初次见面数"), "25%", "50%", "90%", N_("成交"), N_("预收保费"),
           N_("承保标保"))
WIDTHS = (14, 14, 16, 9, 9, 9, 9, 16, 16)
ROW_HEIGHT = 20  # one line of 10 pt text in any client (xs.line_height)

# Limits for files from outside. A real export is a few kB; a merged one of a big
# department stays far below these.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ZIP_ENTRIES = 200
MAX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_RATIO = 100  # per compressed part larger than RATIO_FLOOR
RATIO_FLOOR = 64 * 1024
MAX_AGENTS = 1000
MAX_AGENT_NAME = 100
MAX_COUNT = 1_000_000
MAX_MONEY = Decimal("1000000000000")  # sums of many rows: 1e12 yuan is already absurd
_MONEY_TEXT = re.compile(r"\d{1,13}(\.\d{1,2})?")
_META_KEYS = ("format", "version", "week_start", "week_end", "agents")
_DATA_HEADER = ("agent", "row", *(s.value for s in COUNT_STAGES), "paid", "premium")
_DATA_FIRST_ROW = len(_META_KEYS) + 3  # keys, a blank row, the header, then data


@dataclass(frozen=True)
class RowFigures:
    """One agent's figures for one review row (or a sum of such rows)."""

    counts: tuple[int, ...]  # one per COUNT_STAGES
    paid: Decimal = Decimal(0)  # 预收保费
    premium: Decimal = Decimal(0)  # 承保标保

    def __add__(self, other: "RowFigures") -> "RowFigures":
        return RowFigures(
            tuple(a + b for a, b in zip(self.counts, other.counts)),
            self.paid + other.paid, self.premium + other.premium,
        )

    @classmethod
    def zero(cls) -> "RowFigures":
        return cls((0,) * len(COUNT_STAGES))

    @classmethod
    def total(cls, rows) -> "RowFigures":
        result = cls.zero()
        for row in rows:
            result = result + row
        return result


@dataclass(frozen=True)
class AgentWeek:
    agent: str
    rows: dict[ReviewRow, RowFigures]

    @property
    def total(self) -> RowFigures:
        return RowFigures.total(self.rows[r] for r in ReviewRow)


@dataclass(frozen=True)
class DeptWeek:
    week: ReviewWeek
    agents: tuple[AgentWeek, ...]

    def row_total(self, row: ReviewRow) -> RowFigures:
        return RowFigures.total(a.rows[row] for a in self.agents)

    @property
    def total(self) -> RowFigures:
        return RowFigures.total(a.total for a in self.agents)


def checked_agent_name(name: str) -> str:
    name = " ".join(str(name or "").split())
    if not name:
        raise ReportError(tr("请先设置业务员姓名（设置 → 业务员姓名），部门追踪表需要它"))
    if len(name) > MAX_AGENT_NAME:
        raise ReportError(tr("业务员姓名太长（最多 {count} 个字）").format(count=MAX_AGENT_NAME))
    return name


def agent_week(table: WeeklyTable, agent_name: str) -> AgentWeek:
    """The agent's rows of the department table: counts and money only, no names."""
    rows = {}
    for row in ReviewRow:
        money = table.money.get(row)
        rows[row] = RowFigures(
            tuple(len(table.cell(row, s)) for s in COUNT_STAGES),
            money.paid if money else Decimal(0),
            money.premium if money else Decimal(0),
        )
    return AgentWeek(agent_name, rows)


# -- writing ---------------------------------------------------------------------------
def write_dept_sheet(ws: Worksheet, dept: DeptWeek) -> None:
    """The department table as people read it: one block per review row, 小计, 本周合计."""
    ws.title = tr(DEPT_SHEET)
    last_col = chr(ord("A") + len(HEADERS) - 1)
    xs.merge_text(ws, f"A1:{last_col}1", tr(TITLE), font_=xs.font(16, bold=True), alignment=xs.centre())
    ws.row_dimensions[1].height = 30
    who = (tr("组员：{name}").format(name=dept.agents[0].agent) if len(dept.agents) == 1
           else tr("共 {count} 位组员").format(count=len(dept.agents)))
    xs.merge_text(ws, f"A2:{last_col}2", tr("{week}　　{who}").format(week=dept.week.range_label, who=who),
                  font_=xs.font(11), alignment=xs.centre())
    ws.row_dimensions[2].height = 22
    for col, (header, width) in enumerate(zip(HEADERS, WIDTHS), start=1):
        cell = xs.put_text(ws.cell(3, col), tr(header))
        cell.font, cell.alignment, cell.border, cell.fill = xs.font(10, True), xs.centre(), xs.GRID, xs.HEADER_FILL
        ws.column_dimensions[cell.column_letter].width = width
    ws.row_dimensions[3].height = _header_height()

    r = 4
    blocks: list[tuple[int, int]] = []
    for window in dept.week.windows:
        rows = [(agent.agent, agent.rows[window.row], False) for agent in dept.agents]
        rows.append((tr("小计"), dept.row_total(window.row), True))
        r = _block(ws, r, rows, lambda part: row_label(dept.week, window.row, continued=part > 0), blocks)
    rows = [(agent.agent, agent.total, False) for agent in dept.agents] + [(tr("合计"), dept.total, True)]
    _block(ws, r, rows, lambda part: tr("本周合计") + (tr(CONTINUED) if part else ""), blocks, fill=xs.TOTAL_FILL)
    ws.freeze_panes = "C4"
    xs.print_a4_landscape(ws, title_rows="1:3")
    xs.paginate(ws, (1, 3), blocks)
    ws.oddHeader.left.text = xs.header_footer_text(who)
    ws.oddHeader.right.text = xs.header_footer_text(dept.week.range_label)


def _header_height() -> float:
    """The column heads' row: one line in Chinese; English heads may wrap onto two or three."""
    lines = max(xs.text_lines(tr(header), width) for header, width in zip(HEADERS, WIDTHS))
    return max(24.0, lines * xs.line_height(10) + 2 * xs.ROW_PAD)


#: Rows of one block that fit a page under the repeated title rows.
def _rows_per_page() -> int:
    return int((xs.paged_height() - (30 + 22 + _header_height())) // ROW_HEIGHT)


def _block(ws: Worksheet, r: int, rows: list[tuple[str, RowFigures, bool]], label, blocks: list,
           fill=None) -> int:
    """One block (a review row's agents and 小计, or 本周合计), its label merged down the left.

    A block taller than a page is cut into pieces that each fit one (the label repeated
    with （续）); a page never breaks inside a piece.
    """
    per_page = max(2, _rows_per_page())
    pieces = [rows[i:i + per_page] for i in range(0, len(rows), per_page)]
    if len(pieces) > 1 and len(pieces[-1]) < 2:  # the label needs two rows' height
        pieces[-1].insert(0, pieces[-2].pop())
    for part, piece in enumerate(pieces):
        first = r
        for name, figures, total in piece:
            _figures_row(ws, r, name, figures, total=total)
            r += 1
        xs.merge_text(ws, f"A{first}:A{r - 1}", label(part), font_=xs.font(10, True), alignment=xs.centre(),
                      border=xs.GRID, fill=fill)
        blocks.append((first, r - 1))
    return r


def _figures_row(ws: Worksheet, r: int, label: str, figures: RowFigures, total: bool = False) -> None:
    cell = xs.put_text(ws.cell(r, 2), label)
    cell.alignment = xs.centre()
    for col, n in enumerate(figures.counts, start=3):
        xs.put_number(ws.cell(r, col), n, xs.COUNT_FORMAT).alignment = xs.centre(False)
    money_col = 3 + len(COUNT_STAGES)
    xs.put_number(ws.cell(r, money_col), figures.paid, xs.MONEY_FORMAT)
    xs.put_number(ws.cell(r, money_col + 1), figures.premium, xs.MONEY_FORMAT)
    for col in range(2, money_col + 2):
        cell = ws.cell(r, col)
        cell.border = xs.GRID
        cell.font = xs.font(10, bold=total)
        if total:
            cell.fill = xs.TOTAL_FILL
    ws.row_dimensions[r].height = ROW_HEIGHT


def write_meta_sheet(wb: Workbook, dept: DeptWeek) -> None:
    """The machine-readable copy the merge reads (very hidden: not in Excel's unhide list)."""
    ws = wb.create_sheet(META_SHEET)
    ws.sheet_state = "veryHidden"
    values = (FORMAT_NAME, FORMAT_VERSION, dept.week.start.isoformat(), dept.week.end.isoformat(),
              len(dept.agents))
    for r, (key, value) in enumerate(zip(_META_KEYS, values), start=1):
        xs.put_text(ws.cell(r, 1), key)
        if isinstance(value, int):
            ws.cell(r, 2, value)
        else:
            xs.put_text(ws.cell(r, 2), value)
    for col, key in enumerate(_DATA_HEADER, start=1):
        xs.put_text(ws.cell(_DATA_FIRST_ROW - 1, col), key)
    r = _DATA_FIRST_ROW
    for agent in dept.agents:
        for row in ReviewRow:
            figures = agent.rows[row]
            xs.put_text(ws.cell(r, 1), agent.agent)
            xs.put_text(ws.cell(r, 2), row.value)
            for col, n in enumerate(figures.counts, start=3):
                ws.cell(r, col, n)
            # Money as exact text: the figures must survive the round trip to the cent.
            xs.put_text(ws.cell(r, 3 + len(COUNT_STAGES)), f"{figures.paid:.2f}")
            xs.put_text(ws.cell(r, 4 + len(COUNT_STAGES)), f"{figures.premium:.2f}")
            r += 1


def dept_workbook(dept: DeptWeek) -> Workbook:
    wb = xs.new_workbook(f"{tr(TITLE)} {dept.week.range_label}")
    write_dept_sheet(wb.active, dept)
    write_meta_sheet(wb, dept)
    return wb


def write_dept_export(table: WeeklyTable, path: Path, agent_name: str) -> Path:
    """The agent's own rows of the department table, for the manager (no customer data)."""
    agent = checked_agent_name(agent_name)
    dept = DeptWeek(table.week, (agent_week(table, agent),))
    return xs.save_workbook(dept_workbook(dept), Path(path))


#: Reading and merging live in dept_merge; their names are kept here for callers.
_MERGE_NAMES = frozenset({"MergeResult", "check_department", "merge_department", "merge_dept_files",
                          "read_dept_file", "read_dept_file_checked"})


def __getattr__(name: str):
    if name in _MERGE_NAMES:
        from . import dept_merge

        return getattr(dept_merge, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
