"""What a spreadsheet client needs from our workbooks, checked on the saved file."""
from __future__ import annotations

import math

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

#: Points a line needs per point of font size in any client (LibreOffice's Noto CJK
#: needs about 1.45).
LINE_FACTOR = 1.5


def _units(text: str) -> int:
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def _merged(ws: Worksheet) -> dict[str, tuple[int, int, int, int]]:
    return {r.start_cell.coordinate: (r.min_row, r.max_row, r.min_col, r.max_col) for r in ws.merged_cells.ranges}


def lines_needed(ws: Worksheet, cell, cols: tuple[int, int]) -> int:
    text = str(cell.value)
    paragraphs = text.split("\n")
    if not (cell.alignment and cell.alignment.wrap_text):
        return len(paragraphs)
    width = sum(ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(cols[0], cols[1] + 1))
    return sum(max(1, math.ceil(_units(p) / width)) for p in paragraphs)


def short_rows(ws: Worksheet) -> list[str]:
    """Cells whose row (or merged rows) are lower than their lines need: lines × 1.5 × size."""
    merged = _merged(ws)
    covered = {(r, c) for (r1, r2, c1, c2) in merged.values() for r in range(r1, r2 + 1)
               for c in range(c1, c2 + 1)}
    problems = []
    for row in ws.iter_rows():
        for cell in row:
            if cell.value in (None, ""):
                continue
            span = merged.get(cell.coordinate)
            if span is None and (cell.row, cell.column) in covered:
                continue
            r1, r2, c1, c2 = span or (cell.row, cell.row, cell.column, cell.column)
            height = sum(ws.row_dimensions[r].height or 15 for r in range(r1, r2 + 1))
            size = (cell.font.sz if cell.font and cell.font.sz else 11)
            lines = lines_needed(ws, cell, (c1, c2))
            if height < lines * LINE_FACTOR * size:
                problems.append(f"{ws.title}!{cell.coordinate}: {lines} lines at {size} pt in {height} pt")
    return problems
