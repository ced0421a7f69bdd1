"""Department files from outside: read, checked, merged (SPEC §2.1).

The merge reads only a file's very hidden ``salesdesk`` sheet and checks every value,
because a file from outside can hold anything; the visible sheet is compared with it so
the manager hears of numbers edited by hand. Nothing is written unless every file is valid.
"""
from __future__ import annotations

import datetime as dt
import io
import warnings
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook

from salesdesk.core.review import ReviewRow, ReviewWeek, week_of

from salesdesk.i18n import tr

from . import xlsx_style as xs
from .dept import (
    _DATA_FIRST_ROW, _DATA_HEADER, _META_KEYS, _MONEY_TEXT, COUNT_STAGES, DEPT_SHEET, ENGLISH_SHEETS, FORMAT_NAME,
    FORMAT_VERSION,
    HEADERS, MAX_AGENT_NAME, MAX_AGENTS, MAX_COUNT, MAX_FILE_BYTES, MAX_MONEY, MAX_RATIO, MAX_UNCOMPRESSED,
    MAX_ZIP_ENTRIES, META_SHEET, RATIO_FLOOR, WEEKLY_SHEET, WHERE_FROM, AgentWeek, DeptWeek, RowFigures,
    dept_workbook, write_dept_sheet,
)
from .errors import ReportError
from .files import os_reason


@dataclass(frozen=True)
class MergeResult:
    path: Path
    #: One line of Chinese each: things the manager should know, though the merge went through.
    warnings: tuple[str, ...] = ()


def merge_dept_files(paths: list[Path], out: Path) -> Path:
    """One department table from the agents' files (see ``merge_department``); its path."""
    return merge_department(paths, out).path


def merge_department(paths: list[Path], out: Path) -> MergeResult:
    """One department table from the agents' files; refuses duplicates and mixed weeks.

    Nothing is written unless every file is valid. A file whose visible numbers were
    edited by hand is merged from its data sheet, with a warning naming the cells.
    """
    merged, notes = check_department(paths, Path(out))
    return MergeResult(xs.save_workbook(dept_workbook(merged), Path(out)), notes)


def check_department(paths: list[Path], out: Path | None = None) -> tuple[DeptWeek, tuple[str, ...]]:
    """The merge of the agents' files and its warnings, checked but not written
    (ReportError if refused): the window checks the files before it asks where to save."""
    paths = [Path(p) for p in paths]
    if not paths:
        raise ReportError(tr("没有要合并的文件"))
    for i, p in enumerate(paths):
        if out is not None and _same_file(p, out):
            raise ReportError(tr("输出文件不能是要合并的文件之一：{file}").format(file=p.name))
        if any(_same_file(p, q) for q in paths[:i]):
            raise ReportError(tr("“{file}”被选择了两次（组员重复），请去掉重复的文件后再合并").format(file=p.name))
    files = []
    notes: list[str] = []
    for p in paths:
        dept, warnings_ = read_dept_file_checked(p)
        files.append((p, dept))
        notes.extend(warnings_)

    weeks: dict[dt.date, list[str]] = {}
    for p, dept in files:
        weeks.setdefault(dept.week.start, []).append(p.name)
    if len(weeks) > 1:
        parts = tr("；").join(tr("{week}：{files}").format(week=week_of(start).range_label, files=tr("、").join(names))
                            for start, names in weeks.items())
        raise ReportError(tr("这些文件属于不同的周，只能合并同一周的文件（{weeks}）").format(weeks=parts))

    seen: dict[str, str] = {}
    agents: list[AgentWeek] = []
    for p, dept in files:
        for agent in dept.agents:
            key = agent.agent.casefold()
            if key in seen:
                where = seen[key] if seen[key] == p.name else tr("{first} 和 {second}").format(
                    first=seen[key], second=p.name)
                raise ReportError(tr("组员“{name}”重复出现（{where}），请去掉重复的文件后再合并").format(
                    name=agent.agent, where=where))
            seen[key] = p.name
            agents.append(agent)
    if len(agents) > MAX_AGENTS:
        raise ReportError(tr("组员太多（最多 {count} 位）").format(count=MAX_AGENTS))
    return DeptWeek(files[0][1].week, tuple(agents)), tuple(notes)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def read_dept_file(path: Path) -> DeptWeek:
    """Read and check a department file; ReportError for anything that is not one."""
    return read_dept_file_checked(path)[0]


def read_dept_file_checked(path: Path) -> tuple[DeptWeek, list[str]]:
    """The file's figures (from its data sheet), and warnings about its visible sheet."""
    path = Path(path)
    data = _read_bytes(path)
    _check_zip(path, data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about odd files; we judge them ourselves
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # noqa: BLE001 - whatever openpyxl/defusedxml raise, the file is bad
        raise ReportError(tr("“{file}”不是有效的 Excel 文件（{error}）").format(
            file=path.name, error=type(exc).__name__)) from exc
    try:
        if META_SHEET not in wb.sheetnames:
            if _sheet_name(wb.sheetnames, WEEKLY_SHEET):
                raise ReportError(tr("“{file}”是行动工具表（salesdesk weekly 导出的工作簿），不是部门追踪表："
                                     "{where_from}").format(file=path.name, where_from=tr(WHERE_FROM)))
            raise _not_ours(path)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rows = list(wb[META_SHEET].iter_rows(min_row=1, max_row=_DATA_FIRST_ROW - 1 + 3 * MAX_AGENTS,
                                                  max_col=len(_DATA_HEADER), values_only=True))
            visible = None
            visible_name = _sheet_name(wb.sheetnames, DEPT_SHEET)
            if visible_name:
                visible = list(wb[visible_name].iter_rows(min_row=1, max_row=_visible_rows_max(),
                                                         max_col=len(HEADERS), values_only=True))
    except ReportError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise ReportError(tr("“{file}”无法读取（{error}），不是有效的部门追踪表").format(
            file=path.name, error=type(exc).__name__)) from exc
    finally:
        wb.close()
    dept = _parse_meta(path, rows)
    return dept, _visible_warnings(path, dept, visible)


def _sheet_name(names: list[str], sheet: str) -> str | None:
    """The name ``sheet`` has in a workbook, made in either language (``None``: not there)."""
    for name in (sheet, ENGLISH_SHEETS[sheet], tr(sheet)):
        if name in names:
            return name
    return None


def _visible_rows_max() -> int:
    return 3 + 4 * (MAX_AGENTS + 1)


def _visible_warnings(path: Path, dept: DeptWeek, visible: list[tuple] | None) -> list[str]:
    """The cells of the visible sheet whose numbers differ from the data sheet's."""
    if visible is None:
        return [tr("“{file}”中没有“{sheet}”工作表，合并按文件内的数据计算").format(file=path.name, sheet=tr(DEPT_SHEET))]
    expected = Workbook().active
    write_dept_sheet(expected, dept)
    differ = []
    for row in expected.iter_rows(min_row=4, min_col=3, max_col=len(HEADERS)):
        for cell in row:
            if not isinstance(cell.value, (int, Decimal)):
                continue
            r, c = cell.row - 1, cell.column - 1
            actual = visible[r][c] if r < len(visible) and c < len(visible[r]) else None
            if not _same_number(actual, cell.value):
                differ.append(cell.coordinate)
    if not differ:
        return []
    shown = tr("、").join(differ[:12]) + (tr(" 等 {count} 处").format(count=len(differ)) if len(differ) > 12 else "")
    return [tr("“{file}”的“{sheet}”中 {cells} 与文件内的数据不一致（可能被手工改过），"
               "合并按导出时的数据计算").format(file=path.name, sheet=tr(DEPT_SHEET), cells=shown)]


def _same_number(actual, expected) -> bool:
    if isinstance(actual, bool) or not isinstance(actual, (int, float, Decimal)):
        return False
    try:
        return abs(Decimal(str(actual)) - Decimal(expected)) < Decimal("0.005")
    except ArithmeticError:
        return False


def _read_bytes(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise ReportError(tr("找不到文件“{path}”").format(path=path))
        size = path.stat().st_size
        if size == 0:
            raise ReportError(tr("“{file}”是空文件，不是部门追踪表").format(file=path.name))
        if size > MAX_FILE_BYTES:
            raise ReportError(tr("“{file}”太大（{size} MB），不是 salesdesk 导出的部门追踪表").format(
                file=path.name, size=size // 1024 // 1024))
        return path.read_bytes()
    except OSError as exc:
        raise ReportError(tr("无法读取“{path}”：{reason}").format(path=path, reason=os_reason(exc))) from exc


def _check_zip(path: Path, data: bytes) -> None:
    """Refuse non-zips and zip bombs before any XML is decompressed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ReportError(tr("“{file}”不是 .xlsx 文件（可能是 CSV、旧的 .xls 或加密的文件）").format(file=path.name)) from exc
    if len(infos) > MAX_ZIP_ENTRIES:
        raise ReportError(tr("“{file}”包含的部件太多，不是部门追踪表").format(file=path.name))
    total = 0
    for info in infos:
        total += info.file_size
        compressed = max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and info.file_size / compressed > MAX_RATIO:
            raise ReportError(tr("“{file}”的压缩比异常（可能是压缩炸弹），已拒绝").format(file=path.name))
    if total > MAX_UNCOMPRESSED:
        raise ReportError(tr("“{file}”解压后过大（可能是压缩炸弹），已拒绝").format(file=path.name))
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise ReportError(tr("“{file}”不是 Excel 工作簿").format(file=path.name))


def _not_ours(path: Path, detail: str = "") -> ReportError:
    extra = tr("（{detail}）").format(detail=detail) if detail else ""
    return ReportError(tr("“{file}”不是 salesdesk 导出的部门追踪表{detail}：{where_from}").format(
        file=path.name, detail=extra, where_from=tr(WHERE_FROM)))


def _parse_meta(path: Path, rows: list[tuple]) -> DeptWeek:
    def cell(r: int, c: int):
        return rows[r][c] if r < len(rows) and c < len(rows[r]) else None

    if [cell(r, 0) for r in range(len(_META_KEYS))] != list(_META_KEYS) or cell(0, 1) != FORMAT_NAME:
        raise _not_ours(path)
    version = cell(1, 1)
    if not _is_int(version):
        raise _not_ours(path, tr("版本号不正确"))
    if version > FORMAT_VERSION:
        raise ReportError(tr("“{file}”由更新版本的 salesdesk 生成（格式版本 {version}），请先升级再合并").format(
            file=path.name, version=version))
    if version < 1:
        raise _not_ours(path, tr("版本号不正确"))
    week = _parse_week(path, cell(2, 1), cell(3, 1))
    count = cell(4, 1)
    if not _is_int(count) or not 1 <= count <= MAX_AGENTS:
        raise _not_ours(path, tr("组员人数不正确"))
    if tuple(cell(_DATA_FIRST_ROW - 2, c) for c in range(len(_DATA_HEADER))) != _DATA_HEADER:
        raise _not_ours(path, tr("数据表头不正确"))

    agents: list[AgentWeek] = []
    names: set[str] = set()
    r = _DATA_FIRST_ROW - 1
    for _ in range(count):
        agent_rows: dict[ReviewRow, RowFigures] = {}
        name = _agent_name(cell(r, 0))
        if name is None:
            raise _not_ours(path, tr("第 {row} 行组员姓名不正确").format(row=r + 1))
        if name.casefold() in names:
            raise ReportError(tr("“{file}”中组员“{name}”重复出现").format(file=path.name, name=name))
        names.add(name.casefold())
        for row in ReviewRow:
            if _agent_name(cell(r, 0)) != name or cell(r, 1) != row.value:
                raise _not_ours(path, tr("第 {row} 行不是组员“{name}”的{day}数据").format(
                    row=r + 1, name=name, day=tr(row.label)))
            counts = tuple(cell(r, c) for c in range(2, 2 + len(COUNT_STAGES)))
            if not all(_is_int(n) and 0 <= n <= MAX_COUNT for n in counts):
                raise _not_ours(path, tr("第 {row} 行的数量不正确").format(row=r + 1))
            paid = _money(cell(r, 2 + len(COUNT_STAGES)))
            premium = _money(cell(r, 3 + len(COUNT_STAGES)))
            if paid is None or premium is None:
                raise _not_ours(path, tr("第 {row} 行的金额不正确").format(row=r + 1))
            agent_rows[row] = RowFigures(counts, paid, premium)
            r += 1
        agents.append(AgentWeek(name, agent_rows))
    return DeptWeek(week, tuple(agents))


def _agent_name(value) -> str | None:
    if not isinstance(value, str):
        return None
    name = " ".join(value.split())
    if not name or len(name) > MAX_AGENT_NAME or not name.isprintable():
        return None
    return name


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _money(value) -> Decimal | None:
    if not isinstance(value, str) or not _MONEY_TEXT.fullmatch(value):
        return None
    amount = Decimal(value)
    return amount if amount <= MAX_MONEY else None


def _parse_week(path: Path, start, end) -> ReviewWeek:
    try:
        if not isinstance(start, str) or not isinstance(end, str) or len(start) != 10 or len(end) != 10:
            raise ValueError
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        raise _not_ours(path, tr("周的日期不正确")) from None
    week = week_of(first)
    if week.start != first or week.end != last:
        raise _not_ours(path, tr("周的日期不正确"))
    return week
