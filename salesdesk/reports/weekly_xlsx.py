"""The week's review sheets as one workbook (SPEC §2.2).

Sheet ``行动工具表`` is laid out like the paper table (rows 周一/周三/周五/小计, the six
stage columns, one ``M.DD姓名`` per line, overdue entries bold red with ``※`` so they
still stand out on a black-and-white print-out); sheet ``部门追踪表`` holds the agent's
rows of the department table.

Every row is as tall as its lines need in any client (LibreOffice's CJK face is taller
than Excel's). A review row with more lines than a page holds continues on further
spreadsheet rows labelled ``周一（续）``; the sheet prints on one page when it stays
readable, else on further pages with the title and column heads repeated and page
breaks only between rows.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.worksheet.worksheet import Worksheet

import math

from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import BOARD_STAGES
from salesdesk.core.weekly import WeeklyTable

from . import xlsx_style as xs
from .dept import DeptWeek, agent_week, write_dept_sheet
from salesdesk.i18n import N_, tr

from .weekly_text import (
    OVERDUE_MARK, TITLE, agent_line, cell_texts, cycle_line, entry_text, review_day_heading, row_label, subtotal_label,
    title, window_label,
)

__all__ = ["GRID_SHEET", "OVERDUE_MARK", "TITLE", "entry_text", "window_label", "write_grid_sheet",
           "write_weekly_xlsx"]

GRID_SHEET = N_("行动工具表")
OVERDUE_COLOR = "FFC00000"
ENTRY_SIZE = 10
LABEL_SIZE = 10
ENTRY_WIDTH = 24  # column width of the six stage columns
TITLE_ROWS = (1, 3)  # title, header line, column heads: repeated on every printed page
FIRST_ROW = TITLE_ROWS[1] + 1
SUBTOTAL_HEIGHT, NOTE_HEIGHT = 22, 18
MIN_LINES = 3  # a quiet row still has room to write in by hand


def _title_height() -> float:
    return 30 + 22 + 24  # rows 1, 2, 3 as set below


def max_lines_per_row() -> int:
    """Entry lines one spreadsheet row may hold.

    Half of what a printed page holds (with 小计 and the note), so two parts of a busy row
    share a page; never more than Excel's tallest row.
    """
    room = xs.paged_height() - _title_height() - SUBTOTAL_HEIGHT - NOTE_HEIGHT
    line = xs.line_height(ENTRY_SIZE)
    per_page = int((room - 4 * xs.ROW_PAD) // line) // 2
    return max(MIN_LINES, min(per_page, int((xs.EXCEL_MAX_ROW_HEIGHT - 2 * xs.ROW_PAD) // line)))


def write_weekly_xlsx(table: WeeklyTable, path: Path, agent_name: str) -> Path:
    wb = xs.new_workbook(f"{title()} {table.week.range_label}")
    write_grid_sheet(wb.active, table, agent_name)
    agent = " ".join((agent_name or "").split()) or tr("（未设置姓名）")
    write_dept_sheet(wb.create_sheet(), DeptWeek(table.week, (agent_week(table, agent),)))
    return xs.save_workbook(wb, Path(path))


def write_grid_sheet(ws: Worksheet, table: WeeklyTable, agent_name: str) -> None:
    ws.title = tr(GRID_SHEET)
    xs.merge_text(ws, "A1:G1", title(), font_=xs.font(16, bold=True), alignment=xs.centre())
    ws.row_dimensions[1].height = 30
    agent = " ".join((agent_name or "").split())
    header = xs.font(11)
    xs.merge_text(ws, "A2:B2", agent_line(agent, "________"), font_=header,
                  alignment=xs.Alignment(horizontal="left", vertical="center"))
    xs.merge_text(ws, "C2:E2", cycle_line(table.cycle_days), font_=header, alignment=xs.centre())
    xs.merge_text(ws, "F2:G2", table.week.range_label, font_=header,
                  alignment=xs.Alignment(horizontal="right", vertical="center"))
    ws.row_dimensions[2].height = 22

    xs.put_text(ws["A3"], review_day_heading())
    for col, stage in enumerate(BOARD_STAGES, start=2):
        xs.put_text(ws.cell(3, col), tr(stage.column_label))
    xs.style_range(ws, "A3:G3", font_=xs.font(10, True), fill=xs.HEADER_FILL, alignment=xs.centre())
    ws.row_dimensions[3].height = 24
    ws.column_dimensions["A"].width = 14
    for col in "BCDEFG":
        ws.column_dimensions[col].width = ENTRY_WIDTH

    r = FIRST_ROW
    blocks: list[tuple[int, int]] = []
    for row in ReviewRow:
        for part, lines_by_col in enumerate(_row_parts(table, row)):
            xs.put_text(ws.cell(r, 1), row_label(table.week, row, continued=part > 0))
            lines = MIN_LINES
            for col, cell_lines in enumerate(lines_by_col, start=2):
                _put_entries(ws.cell(r, col), cell_lines)
                lines = max(lines, sum(n for _t, _o, n in cell_lines))
            ws.row_dimensions[r].height = math.ceil(lines * xs.line_height(ENTRY_SIZE) + 2 * xs.ROW_PAD)
            xs.style_range(ws, f"B{r}:G{r}", font_=xs.font(ENTRY_SIZE), alignment=xs.top_left())
            xs.style_range(ws, f"A{r}:A{r}", font_=xs.font(LABEL_SIZE, True), alignment=xs.centre())
            blocks.append((r, r))
            r += 1

    total_row = r
    xs.put_text(ws.cell(total_row, 1), subtotal_label())
    for col, stage in enumerate(BOARD_STAGES, start=2):
        xs.put_number(ws.cell(total_row, col), table.subtotal[stage], xs.COUNT_FORMAT)
    xs.style_range(ws, f"A{total_row}:G{total_row}", font_=xs.font(10, True), fill=xs.TOTAL_FILL,
                   alignment=xs.centre(False))
    ws.row_dimensions[total_row].height = SUBTOTAL_HEIGHT
    # The paper form's heavy outline.
    for cells in ws[f"A3:G{total_row}"]:
        for cell in cells:
            cell.border = xs.Border(
                left=xs.MEDIUM if cell.column == 1 else xs.THIN,
                right=xs.MEDIUM if cell.column == 7 else xs.THIN,
                top=xs.MEDIUM if cell.row == 3 else xs.THIN,
                bottom=xs.MEDIUM if cell.row in (3, total_row) else xs.THIN,
            )

    note = total_row + 1
    xs.merge_text(ws, f"A{note}:G{note}",
                  tr("{mark} 表示已超过销售周期（{days} 天）：按方法应退回销售机会。"
                     "日期为初次见面日期（销售机会为进入该阶段的日期）。").format(mark=OVERDUE_MARK,
                                                                     days=table.cycle_days),
                  font_=xs.font(9), alignment=xs.Alignment(horizontal="left", vertical="center"))
    ws.row_dimensions[note].height = NOTE_HEIGHT
    ws.freeze_panes = f"B{FIRST_ROW}"
    xs.print_a4_landscape(ws, title_rows=f"{TITLE_ROWS[0]}:{TITLE_ROWS[1]}")
    # The last review row stays on the page of 小计 and the note.
    blocks[-1] = (blocks[-1][0], note)
    xs.paginate(ws, TITLE_ROWS, blocks)
    ws.oddHeader.left.text = xs.header_footer_text(agent_line(agent, "")) if agent else ""
    ws.oddHeader.right.text = xs.header_footer_text(table.week.range_label)


def _row_parts(table: WeeklyTable, row: ReviewRow) -> list[list[list[tuple[str, bool, int]]]]:
    """A review row's cells cut into spreadsheet rows of at most a page's lines each.

    Returns, per spreadsheet row, per stage column, the (text, overdue, lines) entries.
    """
    limit = max_lines_per_row()
    columns = []
    for stage in BOARD_STAGES:
        entries = table.cell(row, stage)
        pieces: list[list[tuple[str, bool, int]]] = [[]]
        used = 0
        for entry, text in zip(entries, cell_texts(entries)):
            lines = xs.text_lines(text, ENTRY_WIDTH)
            if used + lines > limit and pieces[-1]:
                pieces.append([])
                used = 0
            pieces[-1].append((text, entry.overdue, lines))
            used += lines
        columns.append(pieces)
    count = max(len(p) for p in columns)
    return [[p[i] if i < len(p) else [] for p in columns] for i in range(count)]


def _put_entries(cell, entries: list[tuple[str, bool, int]]) -> None:
    """One entry per line; overdue ones as bold red runs (rich text), the rest plain."""
    if not any(overdue for _t, overdue, _n in entries):
        xs.put_text(cell, "\n".join(xs.safe_text(t) for t, _o, _n in entries))
        return
    overdue_font = InlineFont(rFont=xs.CJK_FONT, sz=ENTRY_SIZE, b=True, color=OVERDUE_COLOR)
    parts: list = []
    for i, (text, overdue, _n) in enumerate(entries):
        text = xs.safe_text(text) + ("\n" if i < len(entries) - 1 else "")
        parts.append(TextBlock(overdue_font, text) if overdue else text)
    cell.value = CellRichText(parts)
