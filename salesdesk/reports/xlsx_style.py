"""What every salesdesk workbook shares: fonts, borders, safe text, print setup, saving.

Text is never trusted to stay text: openpyxl turns a string starting with ``=`` into a
formula, and Excel treats ``+ - @`` (and a leading tab or CR) as the start of one when
the cell is edited. ``put_text`` stores such text as a string with Excel's quote prefix,
so a customer called ``=HYPERLINK(...)`` stays a name.
"""
from __future__ import annotations

import io
import math
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from salesdesk.core.text import xml_safe
from salesdesk.i18n import tr

from .errors import ReportError
from .files import write_atomically

#: Excel ships it on Windows; Excel for Mac and WPS substitute a CJK face of their own.
CJK_FONT = "Microsoft YaHei"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32767

COUNT_FORMAT = "0"
MONEY_FORMAT = "¥#,##0.00"

THIN = Side(style="thin", color="FF000000")
MEDIUM = Side(style="medium", color="FF000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="FFE7E6E6")
TOTAL_FILL = PatternFill("solid", fgColor="FFF2F2F2")


def font(size: float = 10, bold: bool = False, color: str | None = None) -> Font:
    return Font(name=CJK_FONT, size=size, bold=bold, color=color)


def centre(wrap: bool = True) -> Alignment:
    return Alignment(horizontal="center", vertical="center", wrap_text=wrap)


def top_left() -> Alignment:
    return Alignment(horizontal="left", vertical="top", wrap_text=True)


def safe_text(value: object) -> str:
    """The text as it may go into a cell: no XML-illegal control characters, not too long."""
    text = "" if value is None else str(value)
    text = xml_safe(text)  # openpyxl's ILLEGAL_CHARACTERS_RE lets U+FFFE/U+FFFF through
    return text[:MAX_CELL_TEXT]


def needs_quoting(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def put_text(cell: Cell, value: object) -> Cell:
    """Write ``value`` as a string, never a formula, error code or number."""
    text = safe_text(value)
    cell.value = text
    cell.data_type = "s"  # after the value: openpyxl guesses "f" for "=..." and "e" for "#N/A"
    if needs_quoting(text):
        cell.quotePrefix = True
    return cell


def put_number(cell: Cell, value: int | Decimal, number_format: str) -> Cell:
    cell.value = value
    cell.number_format = number_format
    return cell


def style_range(ws: Worksheet, cells: str, *, border: Border | None = GRID, font_: Font | None = None,
                fill: PatternFill | None = None, alignment: Alignment | None = None) -> None:
    """Style every cell of a range (merged ranges need their border on each cell)."""
    for row in ws[cells]:
        for cell in row:
            if border is not None:
                cell.border = border
            if font_ is not None:
                cell.font = font_
            if fill is not None:
                cell.fill = fill
            if alignment is not None:
                cell.alignment = alignment


def merge_text(ws: Worksheet, cells: str, value: object, *, font_: Font, alignment: Alignment,
               border: Border | None = None, fill: PatternFill | None = None) -> None:
    ws.merge_cells(cells)
    put_text(ws[cells.split(":")[0]], value)
    style_range(ws, cells, border=border, font_=font_, fill=fill, alignment=alignment)


#: Points a line of text needs, per point of font size, in any client. Excel's
#: Microsoft YaHei needs about 1.3; LibreOffice substitutes a Noto CJK face that needs
#: about 1.45 (TECH-NOTES, 2026-12-01), so a row sized at 1.4 loses its last line there.
LINE_FACTOR = 1.55
ROW_PAD = 6.0  # points above and below the text of a wrapped cell

#: A4 landscape, in points, and the margins in inches. The header and footer are drawn
#: in the gap between their margin and the page margin: LibreOffice draws nothing when
#: the two are equal.
PAGE_HEIGHT_PT = 595.28
MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM = 0.4, 0.75, 0.75
MARGIN_HEADER = MARGIN_FOOTER = 0.3
#: Fitting a whole sheet on one page may shrink it down to this; below it, the sheet
#: flows onto further pages (never a page break inside a block) printed at PAGED_SCALE,
#: where 10 pt text prints at 6.5 pt, the smallest size the PDF prints.
MIN_FIT_SCALE = 0.55
PAGED_SCALE = 65  # per cent
EXCEL_MAX_ROW_HEIGHT = 409.0


def line_height(size: float) -> float:
    return LINE_FACTOR * size


def text_units(text: str) -> float:
    """Width in column-width units (one is about a digit): a CJK character is two."""
    return sum(2.0 if ord(ch) >= 0x2E80 else 1.1 for ch in text)


def text_lines(text: str, column_width: float) -> int:
    """Lines a wrapped cell's text takes in a column ``column_width`` wide."""
    room = max(1.0, column_width - 2)
    return sum(max(1, math.ceil(text_units(part) / room)) for part in str(text).split("\n"))


def rows_height(ws: Worksheet, first: int, last: int) -> float:
    return sum(ws.row_dimensions[r].height or 15 for r in range(first, last + 1))


def printable_height() -> float:
    """The height of a page's printing area, in points."""
    return PAGE_HEIGHT_PT - (MARGIN_TOP + MARGIN_BOTTOM) * 72


def paged_height() -> float:
    """The sheet height (points at 100 %) one page holds when a sheet flows onto pages."""
    return printable_height() * 100 / PAGED_SCALE


def print_a4_landscape(ws: Worksheet, title_rows: str | None = None) -> None:
    """A4 landscape, one page wide (as tall as it needs), centred, page numbers in the footer."""
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = MARGIN_SIDE
    ws.page_margins.top, ws.page_margins.bottom = MARGIN_TOP, MARGIN_BOTTOM
    ws.page_margins.header, ws.page_margins.footer = MARGIN_HEADER, MARGIN_FOOTER
    ws.oddFooter.center.text = tr("第 &P 页，共 &N 页")
    if title_rows:
        ws.print_title_rows = title_rows


def paginate(ws: Worksheet, title_rows: tuple[int, int], blocks: list[tuple[int, int]]) -> int:
    """Fit the sheet on one page if it stays readable, else break between blocks.

    ``blocks`` are row ranges that must stay on one page (each must fit one page under
    the repeated title rows). Returns the number of pages the print setup intends.
    """
    if not blocks:
        return 1
    last = blocks[-1][1]
    if rows_height(ws, 1, last) * MIN_FIT_SCALE <= printable_height():
        ws.page_setup.fitToHeight = 1
        return 1
    # A fixed scale, not fit-to-page: the pages and their breaks are then the same in
    # every client (LibreOffice and Excel shrink differently to fit). The sheet's width
    # at this scale is well inside the page.
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = PAGED_SCALE
    ws.page_setup.fitToHeight = 0
    room = paged_height() - rows_height(ws, *title_rows)
    # Page 1 prints the title rows themselves; later pages repeat them.
    used = rows_height(ws, title_rows[1] + 1, blocks[0][0] - 1)
    pages = 1
    for first, end in blocks:
        height = rows_height(ws, first, end)
        if used + height > room and used > 0:
            ws.row_breaks.append(Break(id=first - 1))  # the break goes after this row
            pages += 1
            used = 0.0
        used += height
    return pages


def header_footer_text(text: str) -> str:
    """Text for a page header/footer: '&' starts a code there, so it is doubled."""
    return safe_text(text).replace("&", "&&")


def new_workbook(title: str) -> Workbook:
    wb = Workbook()
    wb.properties.creator = "salesdesk"
    wb.properties.lastModifiedBy = "salesdesk"
    wb.properties.title = safe_text(title)[:200]
    return wb


def save_workbook(wb: Workbook, path: Path) -> Path:
    """Serialise in memory, then write all or nothing (ReportError on any failure)."""
    buffer = io.BytesIO()
    try:
        wb.save(buffer)
    except (ValueError, TypeError) as exc:  # openpyxl refuses a value: a bug, not the user's fault
        raise ReportError(tr("无法生成 Excel 文件：{reason}").format(reason=exc)) from exc
    return write_atomically(Path(path), buffer.getvalue())
