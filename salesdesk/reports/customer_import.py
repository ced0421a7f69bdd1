"""Reading a customer spreadsheet (.xlsx, .csv) into an ImportTable, refusing hostile files.

Every refusal is a ``BadImportFile`` with one line of Chinese, raised before much is read:

- .xlsx: the zip's directory is checked first (member sizes as declared and their
  compression ratios: a zip bomb never gets unpacked); then each sheet is scanned while
  unpacking, without parsing (its rows counted: more than MAX_ROWS is refused; its
  highest cell and whether it holds formulas noted). A plain sheet of reasonable extent
  is read by python-calamine (Rust; it holds the sheet's cells in memory, which the scan
  has bounded, and expands no XML entities). A sheet with formulas, or whose cells
  reach far (a stray cell at XFD1048576 would make calamine's dense grid enormous), is
  parsed row by row with openpyxl's sheet parser, read-only with defusedxml (entity
  bombs refused): gaps between rows cost nothing, formulas are never evaluated, their
  saved results are imported, and a formula saved without one (files written by programs
  that do not calculate) is that row's error.
- .csv: the file's size is capped, then decoded as UTF-8 (with or without BOM), UTF-16
  with BOM, or what charset-normalizer detects (GBK/GB18030…), or the encoding the user
  names; NUL bytes and a mix of encodings are refused. Comma, tab or semicolon separated.

Measured here (20,000 rows × 13 columns, 1.1 MB): openpyxl read-only 3.7 s (5.7 s through
the row parser with the formula check), python-calamine 0.16 s in 34 MB — hence calamine
for the common sheet and openpyxl only where calamine cannot say what a cell was.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import warnings
import zipfile
from pathlib import Path

from salesdesk.core.import_fields import ImportTable
from salesdesk.core.import_rows import MAX_CELL

from .errors import ReportError
from salesdesk.i18n import tr

MAX_FILE_BYTES = 64 * 1024 * 1024
#: A member unpacks to at most this, all of them together to at most MAX_UNPACKED.
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_UNPACKED = 160 * 1024 * 1024
#: Real sheets compress 5–30×; a bomb compresses hundreds or thousands of times.
MAX_RATIO = 120
RATIO_FROM = 2 * 1024 * 1024  # small members may compress as they like
#: Rows the file may number (blank ones included), and columns a header may have.
MAX_ROWS = 200_000
MAX_COLUMNS = 200
#: calamine keeps a sheet as a dense grid: rows × columns up to its highest cell.
MAX_DENSE_CELLS = 4_000_000
#: A CSV field may be this long before the file is refused (a row error above MAX_CELL).
CSV_FIELD_LIMIT = 4 * MAX_CELL
CSV_ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "gb2312", "big5", "utf-16")


class BadImportFile(ReportError):
    """The file cannot be imported; nothing was read into the database."""


def read_table(path: str | Path, encoding: str | None = None) -> ImportTable:
    """The first sheet of ``path`` (.xlsx or .csv) as headers and data rows."""
    path = Path(path)
    try:
        if not path.is_file():
            raise BadImportFile(tr("文件不存在：{path}").format(path=path))
        size = path.stat().st_size
    except OSError as exc:
        raise BadImportFile(tr("无法读取文件“{file}”：{reason}").format(file=path.name, reason=_reason(exc))) from exc
    if size == 0:
        raise BadImportFile(tr("文件“{file}”是空的").format(file=path.name))
    if size > MAX_FILE_BYTES:
        raise BadImportFile(tr("文件“{file}”太大（{value} MB，最多 {value2} MB）").format(
            file=path.name, value=size // 1024 // 1024, value2=MAX_FILE_BYTES // 1024 // 1024))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(path, encoding)
    if suffix == ".xls":
        raise BadImportFile(tr("“{file}”是旧版 Excel 文件（.xls），请在 Excel 中另存为 .xlsx 后再导入").format(file=path.name))
    raise BadImportFile(tr("不支持的文件类型“{value}”：请导入 .xlsx 或 .csv 文件").format(value=suffix or path.name))


def _reason(exc: OSError) -> str:
    from .files import os_reason

    return os_reason(exc)


# -- xlsx -----------------------------------------------------------------------------------
def check_zip(path: Path) -> None:
    """Refuse a file that is not a zip, or whose members would unpack too far."""
    try:
        with open(path, "rb") as handle:
            magic = handle.read(8)
    except OSError as exc:
        raise BadImportFile(tr("无法读取文件“{file}”：{reason}").format(file=path.name, reason=_reason(exc))) from exc
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise BadImportFile(tr("“{file}”是旧版 Excel 文件（.xls）或加密的工作簿，请在 Excel 中另存为 .xlsx 后再导入").format(file=path.name))
    not_xlsx = tr("“{file}”不是有效的 Excel 文件（.xlsx），可能是改了扩展名的其他文件或已损坏").format(file=path.name)
    if not magic.startswith(b"PK"):
        raise BadImportFile(not_xlsx)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise BadImportFile(not_xlsx) from exc
    if len(members) > 10_000:
        raise BadImportFile(tr("“{file}”内含文件过多，拒绝读取").format(file=path.name))
    names = {m.filename for m in members}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise BadImportFile(not_xlsx)
    total = 0
    for member in members:
        total += member.file_size
        too_big = member.file_size > MAX_MEMBER_BYTES
        ratio = member.file_size / max(1, member.compress_size)
        if too_big or total > MAX_UNPACKED or (member.file_size > RATIO_FROM and ratio > MAX_RATIO):
            raise BadImportFile(tr("“{file}”解压后过大（可能是“压缩炸弹”），拒绝读取").format(file=path.name))



def _read_xlsx(path: Path) -> ImportTable:
    check_zip(path)
    # Every sheet is scanned before anything parses any: sizing a sheet without a
    # <dimension> walks all of its rows (openpyxl takes seconds over a million empty ones).
    try:
        with zipfile.ZipFile(path) as archive:
            scans = {m.filename: _scan_sheet(path, archive, m.filename) for m in archive.infolist()
                     if m.filename.startswith("xl/worksheets/") and m.filename.endswith(".xml")}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise BadImportFile(tr("“{file}”不是有效的 Excel 文件（.xlsx），可能是改了扩展名的其他文件或已损坏").format(file=path.name)) from exc
    first = _first_sheet(path)
    scan = scans.get(first) if first else None
    if scan is not None and not scan.formulas and scan.refs_complete and scan.last_row * scan.last_col <= MAX_DENSE_CELLS:
        table = _calamine_table(path)
        if table is not None:
            return table
    return _openpyxl_table(path)


def _openpyxl_table(path: Path) -> ImportTable:
    import openpyxl
    from openpyxl import DEFUSEDXML

    if not DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise BadImportFile(tr("缺少 defusedxml，无法安全读取 Excel 文件"))
    from defusedxml import DefusedXmlException

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and date serials it drops
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
            try:
                if not workbook.worksheets:
                    raise BadImportFile(tr("“{file}”中没有工作表").format(file=path.name))
                sheet = workbook.worksheets[0]
                if not hasattr(sheet, "_get_source"):
                    raise BadImportFile(tr("“{file}”的第一张表不是数据表（可能是图表）").format(file=path.name))
                return _sheet_table(path, workbook, sheet)
            finally:
                workbook.close()
    except BadImportFile:
        raise
    except DefusedXmlException as exc:
        raise BadImportFile(tr("“{file}”含有不安全的 XML 内容（实体定义），拒绝读取").format(file=path.name)) from exc
    except MemoryError as exc:
        raise BadImportFile(tr("“{file}”太大，无法读取").format(file=path.name)) from exc
    except OSError as exc:
        raise BadImportFile(tr("无法读取文件“{file}”：{reason}").format(file=path.name, reason=_reason(exc))) from exc
    except Exception as exc:  # noqa: BLE001 - openpyxl raises anything on a malformed file
        if _caused_by(exc, DefusedXmlException):  # openpyxl wraps the parser's refusal in a ValueError
            raise BadImportFile(tr("“{file}”含有不安全的 XML 内容（实体定义），拒绝读取").format(file=path.name)) from exc
        raise BadImportFile(tr("“{file}”不是有效的 Excel 文件（.xlsx），或已损坏").format(file=path.name)) from exc


def _caused_by(exc: BaseException, kind: type) -> bool:
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, kind):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


class _Scan:
    """What a sheet holds, seen while unpacking it (no XML parse)."""

    #: ``formulas``: formulas or error values, which only the row parser reports.
    __slots__ = ("rows", "last_row", "last_col", "formulas", "cells", "refs")

    def __init__(self):
        self.rows = self.last_row = self.last_col = self.cells = self.refs = 0
        self.formulas = False

    @property
    def refs_complete(self) -> bool:
        """Every cell says where it is (a cell may omit its r="A1": then only the row parser
        knows its place)."""
        return self.cells == self.refs


_CELL_REF = re.compile(rb'<c\b[^>]*?\sr="([A-Z]{1,3})(\d{1,7})"')
_CELL_TAG = re.compile(rb"<c[\s>/]")
_FORMULA = re.compile(rb"<f[\s>/]")
_ERROR_CELL = re.compile(rb'<c\b[^>]*?\st="e"')


def _scan_sheet(path: Path, archive: zipfile.ZipFile, member: str) -> _Scan:
    """Count a sheet's rows (refusing more than MAX_ROWS) and note its highest cell and its
    formulas, at the speed of unpacking: a million rows take a tenth of a second here where
    parsing them takes many."""
    scan = _Scan()
    tail = b""
    with archive.open(member) as stream:
        while True:
            chunk = stream.read(1 << 20)
            data = tail + chunk
            if chunk:  # keep an unfinished tag for the next chunk (tags are short)
                cut = data.rfind(b"<")
                if cut < len(data) - 512:
                    cut = len(data)
                data, tail = data[:cut], data[cut:]
            scan.rows += data.count(b"<row")
            if scan.rows > MAX_ROWS:
                raise BadImportFile(tr("“{file}”超过 {limit} 行，拒绝读取（请分成几个文件导入）").format(file=path.name, limit=MAX_ROWS))
            if not scan.formulas and (_FORMULA.search(data) or _ERROR_CELL.search(data)):
                scan.formulas = True  # (or an error value: calamine reads it as an empty cell)
            scan.cells += len(_CELL_TAG.findall(data))
            for letters, number in _CELL_REF.findall(data):
                scan.refs += 1
                row = int(number)
                if row > scan.last_row:
                    scan.last_row = row
                if len(letters) > 1 or letters[0] - 64 > scan.last_col:
                    col = 0
                    for ch in letters:
                        col = col * 26 + ch - 64
                    scan.last_col = max(scan.last_col, col)
            if not chunk:
                return scan


def _first_sheet(path: Path) -> str | None:
    """The member holding the first sheet, read from the workbook's relations (defused)."""
    from defusedxml import ElementTree

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except Exception:  # noqa: BLE001 - openpyxl then reads it, or says it cannot
        return None
    sheet = workbook.find(f"{main}sheets/{main}sheet")
    if sheet is None:
        return None
    wanted = sheet.get(rel)
    for entry in rels:
        if entry.get("Id") == wanted:
            target = entry.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else "xl/" + target
    return None


def _calamine_table(path: Path) -> ImportTable | None:
    """The first sheet read by python-calamine; None when it cannot (openpyxl then tries)."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover - a dependency; the slower reader still works
        return None
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        try:
            # From A1 (skip_empty_area=False): a row's index is its number less one.
            grid = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
        finally:
            workbook.close()
    except Exception:  # noqa: BLE001 - anything calamine refuses, openpyxl reads or explains
        return None
    rows: list[tuple[int, tuple]] = []
    cell_errors: list[tuple[int, int, str]] = []
    headers: tuple[str, ...] | None = None
    width = 0
    for offset, raw in enumerate(grid):
        number = offset + 1
        values = [_calamine_value(v) for v in raw]
        if headers is None:
            if _blank(values):
                continue
            while values and values[-1] is None:
                values.pop()
            if len(values) > MAX_COLUMNS:
                raise BadImportFile(tr("“{file}”的标题行超过 {limit} 列，拒绝读取").format(file=path.name, limit=MAX_COLUMNS))
            width = len(values)
            headers = tuple(_header(v) for v in values)
            continue
        row = tuple(values[:width]) + (None,) * max(0, width - len(values))
        cleaned = []
        for column, value in enumerate(row):
            if isinstance(value, str) and len(value) > MAX_CELL:
                cell_errors.append((number, column, tr("内容太长（{count} 个字符，最多 {limit}）").format(
                    count=len(value), limit=MAX_CELL)))
                value = None
            cleaned.append(value)
        row = tuple(cleaned)
        if _blank(row) and not (cell_errors and cell_errors[-1][0] == number):
            continue
        rows.append((number, row))
    if headers is None:
        raise BadImportFile(tr("“{file}”中没有数据（第一张表是空的）").format(file=path.name))
    return ImportTable(headers, tuple(rows), path.name, tuple(cell_errors))


def _calamine_value(value):
    """calamine gives "" for an empty cell, floats for numbers, dates as date/datetime."""
    if value == "" or value is None:
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, (dt.time, dt.timedelta)):
        return str(value)
    return value


def _sheet_table(path: Path, workbook, sheet) -> ImportTable:
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class _Parser(WorkSheetParser):
        """openpyxl's sheet parser, noting which cells hold a formula (their saved value is read)."""

        def parse_cell(self, element):
            cell = super().parse_cell(element)
            if element.find(FORMULA_TAG) is not None:
                cell["formula"] = True
            return cell

    rows: list[tuple[int, tuple]] = []
    cell_errors: list[tuple[int, int, str]] = []
    headers: tuple[str, ...] | None = None
    width = MAX_COLUMNS
    parsed = 0
    with sheet._get_source() as source:
        parser = _Parser(source, sheet._shared_strings, data_only=True, epoch=workbook.epoch,
                         date_formats=workbook._date_formats, timedelta_formats=workbook._timedelta_formats)
        for number, cells in parser.parse():
            parsed += 1
            if parsed > MAX_ROWS or number > 1_048_576:
                raise BadImportFile(tr("“{file}”超过 {limit} 行，拒绝读取（请分成几个文件导入）").format(file=path.name, limit=MAX_ROWS))
            values: dict[int, object] = {}
            flagged = len(cell_errors)
            for cell in cells:
                column = cell["column"] - 1
                if column >= width:
                    if headers is None and cell["value"] not in (None, ""):
                        raise BadImportFile(tr("“{file}”的标题行超过 {limit} 列，拒绝读取").format(
                            file=path.name, limit=MAX_COLUMNS))
                    continue
                value = cell["value"]
                if cell.get("formula") and value is None:
                    cell_errors.append((number, column, tr("公式没有保存计算结果（请在 Excel 中打开并保存，或“只粘贴数值”）")))
                if cell["data_type"] == "e":
                    cell_errors.append((number, column, tr("单元格是错误值 {value}").format(value=value)))
                    value = None
                if isinstance(value, str) and len(value) > MAX_CELL:
                    cell_errors.append((number, column, tr("内容太长（{count} 个字符，最多 {limit}）").format(
                        count=len(value), limit=MAX_CELL)))
                    value = None
                values[column] = value
            if headers is None:
                if _blank(values.values()):
                    continue
                width = max(values) + 1
                headers = tuple(_header(values.get(i)) for i in range(width))
                continue
            row = tuple(values.get(i) for i in range(width))
            if _blank(row) and len(cell_errors) == flagged:
                continue
            rows.append((number, row))
    if headers is None:
        raise BadImportFile(tr("“{file}”中没有数据（第一张表是空的）").format(file=path.name))
    return ImportTable(headers, tuple(rows), path.name, tuple(cell_errors))


def _blank(values) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _header(value: object) -> str:
    from salesdesk.core.import_values import cell_text
    from salesdesk.core.text import printable

    return printable(cell_text(value), 100).strip()


# -- csv ------------------------------------------------------------------------------------
def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """The file's text: in ``encoding`` if given, else UTF-8 (BOM or not), UTF-16 with a BOM,
    or the encoding charset-normalizer recognises. Refuses NULs and mixed encodings."""
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise BadImportFile(tr("不认识的编码“{encoding}”（可用：utf-8、gb18030、gbk、big5…）").format(
                encoding=encoding[:20])) from None
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise BadImportFile(tr("“{name}”不是 {encoding} 编码（第 {start} 字节处无法解码）").format(
                name=name, encoding=encoding, start=exc.start)) from None
        return _checked_text(text.removeprefix("\ufeff"), name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked_text(data.decode("utf-16").removeprefix("\ufeff"), name)
        except UnicodeDecodeError:
            raise BadImportFile(tr("“{name}”的 UTF-16 编码有误，无法读取").format(name=name)) from None
    if b"\x00" in data:
        raise BadImportFile(tr("“{name}”含有空字符（NUL），不是普通的文本表格，拒绝读取").format(name=name))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Not UTF-8 throughout. If much of it is valid UTF-8 Chinese, it is two encodings mixed
    # (a GBK file with UTF-8 lines pasted in): no single decoding is right.
    decoded = data.decode("utf-8", "replace")
    bad = decoded.count("\ufffd")
    good = sum(1 for ch in decoded if ord(ch) > 0x7F) - bad
    if good > max(4, bad // 2):
        raise BadImportFile(tr("“{name}”混用了多种编码（部分是 UTF-8，部分不是），请用 Excel 或记事本另存为 UTF-8 后再导入").format(name=name))
    from charset_normalizer import from_bytes

    best = from_bytes(data[:2_000_000], cp_isolation=["gb18030", "big5"]).best()
    # A short file fools the detector (姓名 in GBK reads as Big5 too): of the encodings that
    # decode the whole file, the one whose header row names the most known columns wins.
    chosen, most = None, -1
    for codec in dict.fromkeys([best.encoding if best is not None else "gb18030", "gb18030", "big5"]):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        known = _known_headers(text)
        if known > most:
            chosen, most = text, known
    if chosen is None:
        raise BadImportFile(tr("无法识别“{name}”的编码，请另存为 UTF-8 后再导入（或用 --encoding 指定）").format(name=name))
    return _checked_text(chosen, name)


def _known_headers(text: str) -> int:
    from salesdesk.core.import_fields import guess_field

    first = text[:10000].split("\n", 1)[0]
    return sum(1 for cell in first.replace("\t", ",").replace(";", ",").split(",") if guess_field(cell.strip()))


def _checked_text(text: str, name: str) -> str:
    if "\x00" in text:
        raise BadImportFile(tr("“{name}”含有空字符（NUL），不是普通的文本表格，拒绝读取").format(name=name))
    return text


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", "\t", ";", "，")}  # i18n: data
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _read_csv(path: Path, encoding: str | None) -> ImportTable:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadImportFile(tr("无法读取文件“{file}”：{reason}").format(file=path.name, reason=_reason(exc))) from exc
    if data.startswith(b"PK\x03\x04"):
        raise BadImportFile(tr("“{file}”是 Excel 文件（.xlsx）而不是 CSV，请把扩展名改为 .xlsx").format(file=path.name))
    text = decode(data, path.name, encoding)
    del data
    first = text[:10000].split("\n", 1)[0]
    delimiter = _delimiter(first)
    if delimiter == "，":  # i18n: data
        raise BadImportFile(tr("“{file}”用中文逗号分隔，请改用英文逗号或制表符").format(file=path.name))
    saved = csv.field_size_limit()
    csv.field_size_limit(CSV_FIELD_LIMIT)
    rows: list[tuple[int, tuple]] = []
    headers: tuple[str, ...] | None = None
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        number = 0
        for record in reader:
            number += 1  # as a spreadsheet numbers the rows: a record over several lines is one
            if number > MAX_ROWS:
                raise BadImportFile(tr("“{file}”超过 {limit} 行，拒绝读取（请分成几个文件导入）").format(file=path.name, limit=MAX_ROWS))
            values = [_csv_value(v) for v in record]
            if headers is None:
                if _blank(values):
                    continue
                while values and values[-1] is None:
                    values.pop()
                if len(values) > MAX_COLUMNS:
                    raise BadImportFile(tr("“{file}”的标题行超过 {limit} 列，拒绝读取").format(file=path.name, limit=MAX_COLUMNS))
                headers = tuple(_header(v) for v in values)
                continue
            row = tuple(values[: len(headers)]) + (None,) * max(0, len(headers) - len(values))
            if _blank(row):
                continue
            rows.append((number, row))
    except csv.Error as exc:
        raise BadImportFile(tr("“{file}”不是有效的 CSV 文件（{csv_reason}）").format(
            file=path.name, csv_reason=_csv_reason(exc))) from None
    finally:
        csv.field_size_limit(saved)
    if headers is None:
        raise BadImportFile(tr("文件“{file}”中没有数据").format(file=path.name))
    return ImportTable(headers, tuple(rows), path.name)


def _csv_value(text: str) -> str | None:
    """A CSV field: None when blank; the apostrophe an export put before ``= + - @`` dropped."""
    if not text.strip():
        return None
    if text.startswith("'") and text[1:2] and text[1] in "=+-@":
        return text[1:]
    return text


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger" in text:
        return tr("某个单元格超过 {csv_field_limit} 个字符").format(csv_field_limit=CSV_FIELD_LIMIT)
    if "NUL" in text:
        return tr("含有空字符")
    return tr("格式错误")
