"""The department tracking table: the agent's export carries no customer data; the
manager's merge adds the agents up and refuses anything it cannot trust."""
from __future__ import annotations

import datetime as dt
import html
import io
import struct
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from salesdesk.cli import main
from salesdesk.core.review import ReviewRow, week_of
from salesdesk.core.weekly import WeeklyTable
from salesdesk.reports.dept import (
    COUNT_STAGES, merge_department, merge_dept_files, read_dept_file, write_dept_export,
)
from salesdesk.reports.errors import ReportError

from weekly_sample import (
    AGENT, CUSTOMER_NAMES, FORMULA_NAME, PHONE, WEEK_DAY, build_week, stuffed_table,
)


@pytest.fixture
def table(desk, clock):
    build_week(desk, clock)
    return desk.weekly_table(WEEK_DAY)


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


def export(table: WeeklyTable, folder: Path, agent: str) -> Path:
    return write_dept_export(table, folder / f"{agent}.xlsx", agent)


def test_export_contains_no_customer_data(table, out_dir):
    path = export(table, out_dir, AGENT)
    with zipfile.ZipFile(path) as zf:
        text = "".join(zf.read(name).decode("utf-8") for name in zf.namelist())
    assert AGENT in text
    for secret in (*CUSTOMER_NAMES, html.escape(FORMULA_NAME), "HYPERLINK", PHONE, "备注", "重疾险"):
        assert secret not in text, secret
    for entries in table.as_json()["rows"]["mon"].values():
        for entry in entries:
            assert entry["text"] not in text


def test_export_reads_back_with_the_agents_figures(table, out_dir):
    dept = read_dept_file(export(table, out_dir, AGENT))
    assert dept.week == table.week
    (agent,) = dept.agents
    assert agent.agent == AGENT
    for row in ReviewRow:
        assert agent.rows[row].counts == tuple(len(table.cell(row, s)) for s in COUNT_STAGES)
        assert agent.rows[row].paid == table.money[row].paid
        assert agent.rows[row].premium == table.money[row].premium


def test_export_needs_the_agents_name(table, out_dir):
    with pytest.raises(ReportError, match="业务员姓名"):
        write_dept_export(table, out_dir / "x.xlsx", "  ")
    assert list(out_dir.iterdir()) == []


def test_merge_of_three_agents_adds_up(table, out_dir):
    tables = {AGENT: table, "李四": stuffed_table(2), "王五": stuffed_table(5, overdue_every=0)}
    files = [export(t, out_dir, name) for name, t in tables.items()]
    out = merge_dept_files(files, out_dir / "merged.xlsx")

    ws = load_workbook(out)["部门追踪表"]
    assert ws["A2"].value.startswith("2026年11月20日---2026年11月26日") and "3 位组员" in ws["A2"].value
    blocks = {ws.cell(r, 1).value.split("\n")[0]: r for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value}
    assert list(blocks) == ["周一", "周三", "周五", "本周合计"]

    def figures(r):
        counts = [ws.cell(r, c).value for c in range(3, 8)]
        return counts, Decimal(str(ws.cell(r, 8).value)), Decimal(str(ws.cell(r, 9).value))

    for row in ReviewRow:
        first = blocks[row.label]
        assert [ws.cell(first + i, 2).value for i in range(4)] == [AGENT, "李四", "王五", "小计"]
        for i, t in enumerate(tables.values()):
            assert figures(first + i) == ([len(t.cell(row, s)) for s in COUNT_STAGES],
                                          t.money[row].paid, t.money[row].premium)
        assert figures(first + 3) == (
            [sum(len(t.cell(row, s)) for t in tables.values()) for s in COUNT_STAGES],
            sum(t.money[row].paid for t in tables.values()), sum(t.money[row].premium for t in tables.values()))
    total = blocks["本周合计"]
    assert [ws.cell(total + i, 2).value for i in range(4)] == [AGENT, "李四", "王五", "合计"]
    counts, paid, premium = figures(total + 3)
    assert counts == [sum(t.subtotal[s] for t in tables.values()) for s in COUNT_STAGES]
    assert paid == Decimal("1500") + 6 * Decimal("1234.50")
    assert premium == Decimal("3000") + 6 * Decimal("99999.99")
    # The merged file is itself a department file: a regional manager can merge it again.
    assert [a.agent for a in read_dept_file(out).agents] == list(tables)
    again = merge_dept_files([out, export(stuffed_table(1), out_dir, "赵六")], out_dir / "region.xlsx")
    assert len(read_dept_file(again).agents) == 4


# -- refusals: a clear message and no output file --------------------------------------------
def refuse(files: list[Path], out_dir: Path, match: str) -> None:
    out = out_dir / "merged.xlsx"
    before = sorted(out_dir.iterdir())
    with pytest.raises(ReportError, match=match) as info:
        merge_dept_files(files, out)
    assert "\n" not in str(info.value)
    assert not out.exists()
    assert sorted(out_dir.iterdir()) == before  # no temporary file left either


def test_duplicate_agents_are_refused(table, out_dir):
    first = export(table, out_dir, AGENT)
    second = write_dept_export(stuffed_table(1), out_dir / "again.xlsx", AGENT)
    refuse([first, export(stuffed_table(2), out_dir, "李四"), second], out_dir, f"“{AGENT}”重复")
    refuse([first, first], out_dir, "重复")


def test_files_of_different_weeks_are_refused(desk, table, out_dir):
    other = desk.weekly_table(WEEK_DAY - dt.timedelta(days=7))
    assert other.week == week_of(WEEK_DAY).previous()
    refuse([export(table, out_dir, AGENT), write_dept_export(other, out_dir / "old.xlsx", "李四")], out_dir,
           "不同的周")


def _random_xlsx(path: Path) -> None:
    wb = Workbook()
    wb.active.append(["组员姓名", "约定初次见面数"])
    wb.active.append(["张三", 3])
    wb.save(path)


@pytest.mark.parametrize("kind,match", [
    ("random_xlsx", "不是 salesdesk 导出的部门追踪表.*salesdesk dept export"),
    ("csv", "不是 .xlsx 文件"),
    ("empty", "空文件"),
    ("ratio_bomb", "压缩炸弹"),
    ("size_bomb", "压缩炸弹"),
    ("many_parts", "部件太多"),
    ("entity_bomb", "不是有效的|不是 salesdesk|无法读取"),
    ("weekly_workbook", "是行动工具表.*不是部门追踪表.*由组员用“salesdesk dept export”"),
    ("missing", "找不到文件"),
])
def test_files_that_are_not_department_exports_are_refused(table, out_dir, tmp_path, kind, match):
    bad = tmp_path / f"{kind}.xlsx"
    if kind == "random_xlsx":
        _random_xlsx(bad)
    elif kind == "csv":
        bad.write_text("组员姓名,约定初次见面数\n张三,3\n", encoding="utf-8")
    elif kind == "empty":
        bad.write_bytes(b"")
    elif kind == "ratio_bomb":
        with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("[Content_Types].xml", "<Types/>")
            zf.writestr("xl/workbook.xml", "<workbook/>")
            zf.writestr("xl/worksheets/sheet1.xml", b" " * (8 * 1024 * 1024))
    elif kind == "size_bomb":
        bad.write_bytes(_claiming_size(valid_zip := io.BytesIO(), 2**31 - 1) or valid_zip.getvalue())
    elif kind == "many_parts":
        with zipfile.ZipFile(bad, "w") as zf:
            zf.writestr("[Content_Types].xml", "<Types/>")
            zf.writestr("xl/workbook.xml", "<workbook/>")
            for i in range(300):
                zf.writestr(f"xl/media/{i}.bin", b"x")
    elif kind == "entity_bomb":
        _with_entity_bomb(export(table, out_dir, AGENT), bad)
    elif kind == "weekly_workbook":
        from salesdesk.reports.weekly_xlsx import write_weekly_xlsx

        write_weekly_xlsx(table, bad, AGENT)
    good = export(stuffed_table(1), out_dir, "李四")
    refuse([good, bad], out_dir, match)


def _claiming_size(buffer: io.BytesIO, size: int) -> bytes:
    """A small valid zip whose central directory claims a huge uncompressed part."""
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    data = bytearray(buffer.getvalue())
    at = data.index(b"PK\x01\x02")  # first central directory entry
    data[at + 24:at + 28] = struct.pack("<I", size)
    return bytes(data)


def _with_entity_bomb(source: Path, target: Path) -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&lol2;</workbook>')
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            dst.writestr(name, bomb if name == "xl/workbook.xml" else src.read(name))


@pytest.mark.parametrize("cell,value,match", [
    ("B1", "other-format", "不是 salesdesk"),
    ("B2", 99, "更新版本"),
    ("B2", "1", "版本号"),
    ("B3", "2026-11-21", "周的日期"),
    ("B4", "2026-11-27", "周的日期"),
    ("B5", 0, "人数"),
    ("B5", 2, "组员姓名|不是组员"),
    ("A8", None, "组员姓名"),
    ("A8", "x" * 500, "组员姓名"),
    ("B9", "fri", "不是组员"),
    ("C8", -1, "数量"),
    ("C8", 2.5, "数量"),
    ("C8", "3", "数量"),
    ("C8", 10**9, "数量"),
    ("H8", "1e999", "金额"),
    ("H8", 1500, "金额"),
    ("I8", "-5.00", "金额"),
])
def test_hostile_values_in_the_marker_are_refused(table, out_dir, tmp_path, cell, value, match):
    path = export(table, out_dir, AGENT)
    wb = load_workbook(path)
    wb["salesdesk"][cell] = value
    bad = tmp_path / "edited.xlsx"
    wb.save(bad)
    refuse([bad], out_dir, match)


def test_an_edited_but_valid_marker_is_accepted(table, out_dir, tmp_path):
    path = export(table, out_dir, AGENT)
    wb = load_workbook(path)
    wb["salesdesk"]["H8"] = "12.50"
    wb.save(tmp_path / "edited.xlsx")
    dept = read_dept_file(tmp_path / "edited.xlsx")
    assert dept.agents[0].rows[ReviewRow.MON].paid == Decimal("12.50")


def test_nothing_to_merge_and_output_over_an_input(table, out_dir):
    with pytest.raises(ReportError, match="没有要合并的文件"):
        merge_dept_files([], out_dir / "m.xlsx")
    path = export(table, out_dir, AGENT)
    with pytest.raises(ReportError, match="输出文件不能是"):
        merge_dept_files([path], path)


def test_unwritable_output_is_a_report_error(table, out_dir):
    with pytest.raises(ReportError, match="文件夹不存在"):
        merge_dept_files([export(table, out_dir, AGENT)], out_dir / "no" / "m.xlsx")


# -- the command line the lead wires (salesdesk dept export / merge) ------------------------
def test_cli_export_and_merge(table, db_path, tmp_path, capsys):
    mine = tmp_path / "mine.xlsx"
    assert main(["dept", "export", "--week", "2026-11-23", "-o", str(mine), "--db", str(db_path)]) == 0
    other = export(stuffed_table(2), tmp_path, "李四")
    merged = tmp_path / "merged.xlsx"
    assert main(["dept", "merge", str(mine), str(other), "-o", str(merged)]) == 0
    assert [a.agent for a in read_dept_file(merged).agents] == [AGENT, "李四"]
    capsys.readouterr()

    refused = tmp_path / "refused.xlsx"
    assert main(["dept", "merge", str(mine), str(mine), "-o", str(refused)]) == 2
    err = capsys.readouterr().err
    assert "重复" in err and err.count("\n") == 1 and not refused.exists()


# -- hand-edited visible numbers: merged from the data sheet, with a warning naming the cells ----
def _edited(path: Path, target: Path, changes: dict[str, object]) -> Path:
    wb = load_workbook(path)
    for cell, value in changes.items():
        wb["部门追踪表"][cell] = value
    wb.save(target)
    return target


def team_file(folder: Path, agents: int) -> Path:
    """A department file of ``agents`` agents (as a merge writes it), without exporting each."""
    from salesdesk.reports import xlsx_style
    from salesdesk.reports.dept import DeptWeek, agent_week, dept_workbook

    table = stuffed_table(1)
    dept = DeptWeek(table.week, tuple(agent_week(table, f"组员{i:02d}") for i in range(agents)))
    return xlsx_style.save_workbook(dept_workbook(dept), folder / f"team-{agents}.xlsx")


def test_untouched_files_merge_without_a_warning(table, out_dir):
    files = [export(table, out_dir, AGENT)] + [export(stuffed_table(i), out_dir, f"组员{i}") for i in range(1, 5)]
    result = merge_department(files, out_dir / "five.xlsx")
    assert result.warnings == ()
    # A big department's merge (blocks cut across pages) merges again as cleanly.
    big = merge_department([files[0], team_file(out_dir, 60)], out_dir / "big.xlsx")
    assert big.warnings == ()
    assert merge_department([big.path], out_dir / "again.xlsx").warnings == ()


def test_hand_edited_numbers_are_named_in_a_warning(table, out_dir, tmp_path):
    mine = export(table, out_dir, AGENT)
    # C4: 周一's 约定初次见面数; H8: 周五's 预收保费; I11 (本周合计's 合计 row) as text.
    edited = _edited(mine, tmp_path / "edited.xlsx", {"C4": 99, "H8": 1.5, "I11": "很多"})
    other = export(stuffed_table(2), out_dir, "李四")
    result = merge_department([edited, other], out_dir / "merged.xlsx")
    (warning,) = result.warnings
    assert "edited.xlsx" in warning and "C4" in warning and "H8" in warning and "I11" in warning
    assert "C5" not in warning and "\n" not in warning
    # The merge counts what was exported, not the edit.
    merged = read_dept_file(result.path)
    assert merged.agents[0].rows[ReviewRow.MON].counts == tuple(len(table.cell(ReviewRow.MON, s))
                                                                 for s in COUNT_STAGES)


def test_cli_prints_the_warning_on_stderr_and_succeeds(table, out_dir, tmp_path, capsys):
    edited = _edited(export(table, out_dir, AGENT), tmp_path / "edited.xlsx", {"D6": 7})
    out = tmp_path / "merged.xlsx"
    assert main(["dept", "merge", str(edited), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "D6" in err and "edited.xlsx" in err and err.count("\n") == 1
    assert out.exists()


class _Messages:
    def __init__(self, save_as: Path):
        self.save_as, self.shown = save_as, []

    def save_file(self, parent, title, suggested="", filter="", kind="", suffix=""):
        return str(self.save_as)

    def warn(self, parent, title, text):
        self.shown.append(("warn", text))

    def error(self, parent, title, text, details=""):
        self.shown.append(("error", text))

    def inform(self, parent, title, text):
        self.shown.append(("inform", text))


def test_the_window_shows_the_warning(qapp, qtbot, desk, table, out_dir, tmp_path):
    from salesdesk.ui.weekly_view import WeeklyView

    edited = _edited(export(table, out_dir, AGENT), tmp_path / "edited.xlsx", {"E6": 3})
    messages = _Messages(tmp_path / "merged.xlsx")
    view = WeeklyView(desk, messages=messages, open_files=lambda parent, title, filter: [str(edited)])
    qtbot.addWidget(view)
    view.merge_action.trigger()
    assert (tmp_path / "merged.xlsx").exists()
    assert [kind for kind, _t in messages.shown] == ["warn"] and "E6" in messages.shown[0][1]


# -- files written before this version ------------------------------------------------------
DATA = Path(__file__).parent / "data"


def test_exports_of_the_previous_version_still_merge_without_warnings(out_dir):
    """Written by salesdesk 0.1 before the row labels and print setup changed."""
    old_agent, old_merged = DATA / "dept-2026-11-20-v1-agent.xlsx", DATA / "dept-2026-11-20-v1-merged.xlsx"
    new = export(stuffed_table(1), out_dir, "赵六")
    result = merge_department([old_merged, new], out_dir / "region.xlsx")
    assert result.warnings == ()
    assert [a.agent for a in read_dept_file(result.path).agents] == ["李四", "王五", "赵六"]
    assert read_dept_file(old_agent).agents[0].rows[ReviewRow.MON].counts == (2, 2, 2, 2, 2)
    assert merge_department([old_agent, new], out_dir / "two.xlsx").warnings == ()


# -- printing: one page while readable, else breaks only between blocks ------------------------
def _blocks(ws) -> list[tuple[int, int]]:
    return sorted((r.min_row, r.max_row) for r in ws.merged_cells.ranges if r.min_col == 1 and r.min_row >= 4)


@pytest.mark.parametrize("agents", [5, 30, 60])
def test_a_merge_prints_without_breaking_inside_a_block(table, out_dir, agents):
    from salesdesk.reports import xlsx_style

    ws = load_workbook(merge_dept_files([team_file(out_dir, agents)], out_dir / "merged.xlsx"))["部门追踪表"]
    breaks = [b.id for b in ws.row_breaks.brk]
    blocks = _blocks(ws)
    if agents == 5:
        assert int(ws.page_setup.fitToHeight) == 1 and breaks == []  # one page, like the 5-agent paper
        return
    assert not ws.sheet_properties.pageSetUpPr.fitToPage and int(ws.page_setup.scale) == 65 and breaks
    assert set(breaks) <= {last for _first, last in blocks}  # a break follows a block's last row
    assert ws.print_title_rows.replace("$", "") == "1:3"
    heads = sum(ws.row_dimensions[r].height for r in (1, 2, 3))
    bounds = [3, *breaks, blocks[-1][1]]
    for first, last in zip(bounds, bounds[1:]):
        page = heads + sum(ws.row_dimensions[r].height for r in range(first + 1, last + 1))
        assert page * 0.65 <= xlsx_style.printable_height()
    labels = [ws.cell(first, 1).value.split("\n")[0] for first, _last in blocks]
    assert labels[0] == "周一" and "本周合计" in labels
    if agents == 60:  # a block taller than a page continues, labelled
        assert "周一（续）" in labels and "本周合计（续）" in labels
