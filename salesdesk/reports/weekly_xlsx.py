"""The week's review sheets as one workbook (SPEC §2.2).

Sheet ``行动工具表`` is laid out like the paper table (rows 周一/周三/周五/小计, the six
stage columns, one ``M.DD姓名`` per line, overdue entries bold red with ``※`` so they
still stand out on a black-and-white print-out); sheet ``部门追踪表`` holds the agent's
rows of the department table.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.worksheet.worksheet import Worksheet

from salesdesk.core.review import ReviewRow, table_date
from salesdesk.core.stages import BOARD_STAGES
from salesdesk.core.weekly import Entry, WeeklyTable

from . import xlsx_style as xs
from .dept import DeptWeek, agent_week, write_dept_sheet

TITLE = "潜在客户管理行动工具表"
GRID_SHEET = "行动工具表"
OVERDUE_MARK = "※"
OVERDUE_COLOR = "FFC00000"
ENTRY_SIZE = 10
LINE_HEIGHT = 14  # points per entry line at ENTRY_SIZE
MAX_ROW_HEIGHT = 409  # Excel's limit


def entry_text(entry: Entry) -> str:
    """An entry as printed: ``11.21何建国``, with the overdue mark when past the cycle."""
    return entry.text + (OVERDUE_MARK if entry.overdue else "")


def window_label(table: WeeklyTable, row: ReviewRow) -> str:
    """``11.20–11.22``: the days a review row covers."""
    window = table.week.window(row)
    return f"{table_date(window.first_day)}–{table_date(window.last_day)}"


def write_weekly_xlsx(table: WeeklyTable, path: Path, agent_name: str) -> Path:
    wb = xs.new_workbook(f"{TITLE} {table.week.range_label}")
    write_grid_sheet(wb.active, table, agent_name)
    agent = " ".join((agent_name or "").split()) or "（未设置姓名）"
    write_dept_sheet(wb.create_sheet(), DeptWeek(table.week, (agent_week(table, agent),)))
    return xs.save_workbook(wb, Path(path))


def write_grid_sheet(ws: Worksheet, table: WeeklyTable, agent_name: str) -> None:
    ws.title = GRID_SHEET
    xs.merge_text(ws, "A1:G1", TITLE, font_=xs.font(16, bold=True), alignment=xs.centre())
    ws.row_dimensions[1].height = 30
    agent = " ".join((agent_name or "").split())
    header = xs.font(11)
    xs.merge_text(ws, "A2:B2", f"业务员：{agent or '________'}", font_=header,
                  alignment=xs.Alignment(horizontal="left", vertical="center"))
    xs.merge_text(ws, "C2:E2", f"我的销售周期: {table.cycle_days} 天", font_=header, alignment=xs.centre())
    xs.merge_text(ws, "F2:G2", table.week.range_label, font_=header,
                  alignment=xs.Alignment(horizontal="right", vertical="center"))
    ws.row_dimensions[2].height = 22

    xs.put_text(ws["A3"], "检视日")
    for col, stage in enumerate(BOARD_STAGES, start=2):
        xs.put_text(ws.cell(3, col), stage.column_label)
    xs.style_range(ws, "A3:G3", font_=xs.font(10, True), fill=xs.HEADER_FILL, alignment=xs.centre())
    ws.row_dimensions[3].height = 24
    ws.column_dimensions["A"].width = 14
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 24

    for r, row in enumerate(ReviewRow, start=4):
        xs.put_text(ws.cell(r, 1), f"{row.label}\n{window_label(table, row)}")
        lines = 1
        for col, stage in enumerate(BOARD_STAGES, start=2):
            entries = table.cell(row, stage)
            _put_entries(ws.cell(r, col), entries)
            lines = max(lines, len(entries))
        ws.row_dimensions[r].height = min(MAX_ROW_HEIGHT, max(3, lines) * LINE_HEIGHT + 6)
        xs.style_range(ws, f"B{r}:G{r}", font_=xs.font(ENTRY_SIZE), alignment=xs.top_left())
        xs.style_range(ws, f"A{r}:A{r}", font_=xs.font(10, True), alignment=xs.centre())

    total_row = 4 + len(ReviewRow)
    xs.put_text(ws.cell(total_row, 1), "小计")
    for col, stage in enumerate(BOARD_STAGES, start=2):
        xs.put_number(ws.cell(total_row, col), table.subtotal[stage], xs.COUNT_FORMAT)
    xs.style_range(ws, f"A{total_row}:G{total_row}", font_=xs.font(10, True), fill=xs.TOTAL_FILL,
                   alignment=xs.centre(False))
    ws.row_dimensions[total_row].height = 22
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
                  f"{OVERDUE_MARK} 表示已超过销售周期（{table.cycle_days} 天）：按方法应退回销售机会。"
                  "日期为初次见面日期（销售机会为进入该阶段的日期）。",
                  font_=xs.font(9), alignment=xs.Alignment(horizontal="left", vertical="center"))
    ws.freeze_panes = "B4"
    xs.print_a4_landscape(ws, title_rows="3:3")
    ws.oddHeader.left.text = xs.header_footer_text(f"业务员：{agent}") if agent else ""
    ws.oddHeader.right.text = xs.header_footer_text(table.week.range_label)


def _put_entries(cell, entries: list[Entry]) -> None:
    """One entry per line; overdue ones as bold red runs (rich text), the rest plain."""
    if not any(e.overdue for e in entries):
        xs.put_text(cell, "\n".join(xs.safe_text(e.text) for e in entries))
        return
    overdue = InlineFont(rFont=xs.CJK_FONT, sz=ENTRY_SIZE, b=True, color=OVERDUE_COLOR)
    parts: list = []
    for i, entry in enumerate(entries):
        text = xs.safe_text(entry_text(entry)) + ("\n" if i < len(entries) - 1 else "")
        parts.append(TextBlock(overdue, text) if entry.overdue else text)
    cell.value = CellRichText(parts)
