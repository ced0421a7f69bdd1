"""Writing customers (or an import's rejected rows) to .xlsx or .csv, with the columns the
import reads, so an exported file imports back as the same customers.

Text never becomes a formula: in .xlsx every text cell is a string cell, with Excel's quote
prefix when it starts with ``= + - @`` (xlsx_style.put_text's rule, in write-only mode); in
.csv such text is written after an apostrophe (the usual guard; the import drops it again).
Dates are date cells. The workbook is streamed (write-only) and written all or nothing.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Iterable

from salesdesk.core.import_values import cell_text

from salesdesk.i18n import N_, tr

from .errors import ReportError
from .files import write_atomically
from .xlsx_style import CJK_FONT, FORMULA_TRIGGERS, safe_text

DATE_FORMAT = "yyyy-mm-dd"
#: Column widths (in digits) by header; others get DEFAULT_WIDTH.
WIDTHS = {"姓名": 12, "性别": 6, "QQ": 12, "价值分级": 9, "公司": 24, "手机": 14, "电话": 16,  # i18n: data
          "邮箱": 24, "地址": 30, "备注": 40, "第一印象": 24, "家庭地址": 30, "原因": 50, "行号": 8}  # i18n: data
DEFAULT_WIDTH = 12


#: The sheet of an export and of an import's rejected rows (shown through ``tr``).
CUSTOMERS_SHEET = N_("客户")
REJECTS_SHEET = N_("未导入的行")
ROW_HEADER = N_("行号")
REASON_HEADER = N_("原因")


def write_rows(headers: Iterable[str], rows: Iterable[tuple], path: str | Path, sheet_title: str | None = None) -> Path:
    """``headers`` and ``rows`` (cell values) to ``path``: .xlsx or .csv by its suffix
    (the sheet is named ``客户`` in the UI's language unless ``sheet_title`` says otherwise)."""
    sheet_title = tr(CUSTOMERS_SHEET) if sheet_title is None else sheet_title
    path = Path(path)
    headers = list(headers)
    if path.suffix.lower() == ".csv":
        return write_atomically(path, _csv_bytes(headers, rows))
    if path.suffix.lower() == ".xlsx":
        return write_atomically(path, _xlsx_bytes(headers, rows, sheet_title))
    raise ReportError(tr("导出文件应以 .xlsx 或 .csv 结尾：{path}").format(path=path))


def write_rejects(headers: Iterable[str], rejected, path: str | Path) -> Path:
    """An import's rejected rows, as they were, with 行号 and 原因 columns in front, to fix
    and import again (the import ignores those two columns)."""
    rows = ((r.row, r.reason, *r.values) for r in rejected)
    return write_rows([tr(ROW_HEADER), tr(REASON_HEADER), *headers], rows, path, tr(REJECTS_SHEET))


def _width(header: str) -> float:
    """A column's width: the Chinese header's (an English header has the width of the Chinese
    one it translates), never narrower than the header itself."""
    width = WIDTHS.get(header)
    if width is None:
        width = next((w for name, w in WIDTHS.items() if tr(name) == header), DEFAULT_WIDTH)
    return max(width, min(40, len(header) + 2))


def _csv_text(value) -> str:
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    text = cell_text(value)
    if isinstance(value, str) and text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def _csv_bytes(headers: list[str], rows: Iterable[tuple]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([_csv_text(v) for v in row])
    # UTF-8 with a BOM: Excel then opens the Chinese right.
    return out.getvalue().encode("utf-8-sig")


def _xlsx_bytes(headers: list[str], rows: Iterable[tuple], sheet_title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    wb.properties.creator = "salesdesk"
    ws = wb.create_sheet(sheet_title)
    for index, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(index)].width = _width(header)
    ws.freeze_panes = "B2"
    body = Font(name=CJK_FONT, size=10)
    bold = Font(name=CJK_FONT, size=10, bold=True)
    fill = PatternFill("solid", fgColor="FFE7E6E6")
    top = Alignment(vertical="top")

    def text_cell(value, font=body):
        cell = WriteOnlyCell(ws, safe_text(value))
        cell.data_type = "s"  # never a formula, an error code or a number
        cell.font = font
        cell.alignment = top
        if str(cell.value).startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True
        return cell

    header_cells = []
    for header in headers:
        cell = text_cell(header, bold)
        cell.fill = fill
        header_cells.append(cell)
    ws.append(header_cells)
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, (dt.date, dt.datetime)):
                cell = WriteOnlyCell(ws, value)
                cell.number_format = DATE_FORMAT
                cell.font = body
                cell.alignment = top
            elif isinstance(value, bool) or value is None or value == "":
                cell = WriteOnlyCell(ws, None if value in (None, "") else cell_text(value))
            elif isinstance(value, (int, float)):
                cell = WriteOnlyCell(ws, value)
                cell.font = body
            else:
                cell = text_cell(value)
            cells.append(cell)
        ws.append(cells)
    buffer = io.BytesIO()
    try:
        wb.save(buffer)
    except (ValueError, TypeError) as exc:
        raise ReportError(tr("无法生成 Excel 文件：{reason}").format(reason=exc)) from exc
    return buffer.getvalue()
