"""The week's workbook reopened with openpyxl: the cells, and what makes it a real spreadsheet."""
from __future__ import annotations

import zipfile
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock

from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import BOARD_STAGES
from salesdesk.reports import xlsx_style
from salesdesk.reports.errors import ReportError
from salesdesk.reports.weekly_text import cell_texts
from salesdesk.reports.weekly_xlsx import write_weekly_xlsx
from salesdesk.reports.xlsx_style import CJK_FONT, MONEY_FORMAT, put_text

from weekly_sample import (
    AGENT, EXPECTED, FORMULA_NAME, OVERDUE, PAID, PREMIUM, WEEK_DAY, build_week, stuffed_table,
)
from xlsx_checks import short_rows

GRID_ROW = {ReviewRow.MON: 4, ReviewRow.WED: 5, ReviewRow.FRI: 6}
SUBTOTAL_ROW = 7


@pytest.fixture
def table(desk, clock):
    build_week(desk, clock)
    return desk.weekly_table(WEEK_DAY)


@pytest.fixture
def book(table, tmp_path):
    path = tmp_path / "week.xlsx"
    assert write_weekly_xlsx(table, path, AGENT) == path
    return load_workbook(path)


def test_grid_cells_hold_the_same_entries_as_the_table(book, table):
    ws = book["行动工具表"]
    data = table.as_json()
    for row in ReviewRow:
        for col, stage in enumerate(BOARD_STAGES, start=2):
            value = ws.cell(GRID_ROW[row], col).value
            lines = value.split("\n") if value else []
            expected = [t + ("※" if t in OVERDUE else "") for t in EXPECTED.get((row, stage), [])]
            assert lines == expected, (row, stage)
            assert lines == [e["text"] + ("※" if e["overdue"] else "") for e in data["rows"][row.value][stage.value]]
    for col, stage in enumerate(BOARD_STAGES, start=2):
        cell = ws.cell(SUBTOTAL_ROW, col)
        assert cell.value == table.subtotal[stage] and cell.data_type == "n"
        assert cell.number_format == "0"


def test_layout_like_the_paper_form(book, table):
    assert book.sheetnames[:2] == ["行动工具表", "部门追踪表"]
    ws = book["行动工具表"]
    assert ws["A1"].value == "潜在客户管理行动工具表" and ws["A1"].font.b
    assert {"A1:G1", "A2:B2", "C2:E2", "F2:G2"} <= {str(r) for r in ws.merged_cells.ranges}
    assert ws["A2"].value == f"业务员：{AGENT}"
    assert ws["C2"].value == "我的销售周期: 28 天"
    assert ws["F2"].value == "2026年11月20日---2026年11月26日"
    assert [ws.cell(3, c).value for c in range(2, 8)] == [s.column_label for s in BOARD_STAGES]
    assert [ws.cell(r, 1).value.split("\n")[0] for r in (4, 5, 6, 7)] == ["周一", "周三", "周五", "小计"]
    assert ws.freeze_panes == "B4"
    assert ws.column_dimensions["B"].width >= 20
    assert ws.row_dimensions[4].height >= 40
    cell = ws["D4"]
    assert cell.font.name == CJK_FONT and cell.alignment.wrap_text and cell.alignment.vertical == "top"
    assert cell.border.left.style and cell.border.top.style
    assert ws["A3"].border.left.style == "medium"


@pytest.mark.parametrize("sheet", ["行动工具表", "部门追踪表"])
def test_print_setup_a4_landscape_one_page_wide(book, sheet):
    ws = book[sheet]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert int(ws.page_setup.fitToWidth) == 1
    assert int(ws.page_setup.fitToHeight) == 1  # a normal week: one page, as on paper
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    # The title, the header line and the column heads are repeated on every page.
    assert ws.print_title_rows.replace("$", "") == "1:3"


@pytest.mark.parametrize("sheet", ["行动工具表", "部门追踪表"])
def test_page_header_and_footer_have_room_to_print(book, sheet):
    """LibreOffice draws them only between the header margin and the top margin."""
    ws = book[sheet]
    margins = ws.page_margins
    assert margins.header + 0.3 <= margins.top and margins.footer + 0.3 <= margins.bottom
    assert "2026年11月20日---2026年11月26日" in ws.oddHeader.right.text
    assert AGENT in ws.oddHeader.left.text
    assert "&P" in ws.oddFooter.center.text


WORKBOOKS = {
    "sample": None,
    "crowded": dict(per_cell=60),
    "long_names": dict(per_cell=4, name_length=40),
    "fifteen": dict(per_cell=15),
}


@pytest.mark.parametrize("kind", WORKBOOKS)
def test_every_row_is_as_tall_as_its_lines_need_in_any_client(table, tmp_path, kind):
    source = table if WORKBOOKS[kind] is None else stuffed_table(**WORKBOOKS[kind])
    path = write_weekly_xlsx(source, tmp_path / "week.xlsx", AGENT)
    book = load_workbook(path)
    for ws in book.worksheets:
        if ws.sheet_state == "visible":
            assert short_rows(ws) == []
            assert all((d.height or 0) <= 409 for d in ws.row_dimensions.values())  # Excel's limit


def grid_rows(ws):
    """(label, row) of each review-row line of the grid, down to 小计."""
    rows = []
    r = 4
    while ws.cell(r, 1).value != "小计":
        rows.append((ws.cell(r, 1).value, r))
        r += 1
    return rows, r


def test_a_busy_week_continues_on_labelled_rows_and_pages_with_the_heads(tmp_path):
    table = stuffed_table(per_cell=60)
    book = load_workbook(write_weekly_xlsx(table, tmp_path / "week.xlsx", AGENT))
    ws = book["行动工具表"]
    rows, subtotal = grid_rows(ws)
    labels = [label.split("\n") for label, _r in rows]
    assert len(rows) > 3
    for row in ReviewRow:
        mine = [r for (label, r), lines in zip(rows, labels) if lines[0].startswith(row.label)]
        assert labels[[r for _l, r in rows].index(mine[0])][0] == row.label
        for r in mine[1:]:
            assert ws.cell(r, 1).value.split("\n")[0] == f"{row.label}（续）"
            assert ws.cell(r, 1).value.split("\n")[1] == ws.cell(mine[0], 1).value.split("\n")[1]
        for col, stage in enumerate(BOARD_STAGES, start=2):
            printed = [line for r in mine for line in (ws.cell(r, col).value or "").split("\n") if line]
            assert printed == cell_texts(table.cell(row, stage))
    # Print setup: pages at 65 % (10 pt prints at the PDF's smallest, 6.5 pt), broken only
    # between rows, each page within A4 with the heads repeated.
    assert not ws.sheet_properties.pageSetUpPr.fitToPage and int(ws.page_setup.scale) == 65
    breaks = [b.id for b in ws.row_breaks.brk]
    assert breaks and all(4 <= b < subtotal - 1 for b in breaks)
    heads = sum(ws.row_dimensions[r].height for r in (1, 2, 3))
    bounds = [3, *breaks, subtotal + 1]
    for first, last in zip(bounds, bounds[1:]):
        page = heads + sum(ws.row_dimensions[r].height for r in range(first + 1, last + 1))
        assert page * 0.65 <= xlsx_style.printable_height()


def test_overdue_entries_are_bold_red_runs(table, tmp_path):
    path = tmp_path / "week.xlsx"
    write_weekly_xlsx(table, path, AGENT)
    value = load_workbook(path, rich_text=True)["行动工具表"]["D5"].value
    assert isinstance(value, CellRichText)
    overdue = [part for part in value if isinstance(part, TextBlock) and "李秀英" in part.text]
    assert overdue and overdue[0].font.b and overdue[0].font.color.rgb == "FFC00000"
    assert overdue[0].text.startswith("10.05李秀英※")


def test_formula_looking_text_stays_text(table, tmp_path):
    path = tmp_path / "week.xlsx"
    write_weekly_xlsx(table, path, FORMULA_NAME)  # the agent's own name, alone in a cell on 部门追踪表
    book = load_workbook(path)
    grid = book["行动工具表"]["B4"]
    assert grid.value == "11.20" + FORMULA_NAME and grid.data_type == "s"
    agent = book["部门追踪表"]["B4"]
    assert agent.value == FORMULA_NAME and agent.data_type == "s" and agent.quotePrefix
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            assert b"<f>" not in zf.read(name) and b"<f " not in zf.read(name), name


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "#N/A", "=HYPERLINK(\"x\")"])
def test_put_text_never_makes_a_formula(tmp_path, text):
    wb = Workbook()
    put_text(wb.active["A1"], text)
    put_text(wb.active["A2"], "bad\x00\x07chars")
    wb.save(tmp_path / "t.xlsx")
    ws = load_workbook(tmp_path / "t.xlsx").active
    # (XML reads a CR back as a line feed; what matters is that it stays text)
    assert ws["A1"].value == text.replace("\r", "\n") and ws["A1"].data_type == "s"
    assert ws["A2"].value == "badchars"


def test_department_sheet_holds_the_agents_rows(book, table):
    ws = book["部门追踪表"]
    assert ws["A1"].value == "潜在客户管理行动工具部门追踪表"
    assert [ws.cell(3, c).value for c in range(1, 10)] == [
        "检视日", "组员姓名", "约定初次见面数", "25%", "50%", "90%", "成交", "预收保费", "承保标保"]
    assert ws.freeze_panes == "C4"
    rows = {ws.cell(r, 1).value.split("\n")[0]: r for r in range(4, ws.max_row + 1)
            if ws.cell(r, 1).value}
    assert list(rows) == ["周一", "周三", "周五", "本周合计"]
    for row in ReviewRow:
        r = rows[row.label]
        assert ws.cell(r, 2).value == AGENT
        counts = [ws.cell(r, c).value for c in range(3, 8)]
        assert counts == [len(table.cell(row, s)) for s in BOARD_STAGES[1:]]
        assert Decimal(str(ws.cell(r, 8).value)) == PAID.get(row, 0)
        assert Decimal(str(ws.cell(r, 9).value)) == PREMIUM.get(row, 0)
        assert ws.cell(r, 8).number_format == MONEY_FORMAT
        assert ws.cell(r + 1, 2).value == "小计" and ws.cell(r + 1, 3).value == counts[0]
    total = rows["本周合计"]
    assert ws.cell(total, 2).value == AGENT
    assert [ws.cell(total, c).value for c in range(3, 8)] == [table.subtotal[s] for s in BOARD_STAGES[1:]]
    assert ws.cell(total + 1, 2).value == "合计"
    assert Decimal(str(ws.cell(total + 1, 8).value)) == Decimal("1500")
    assert Decimal(str(ws.cell(total + 1, 9).value)) == Decimal("3000")
    assert ws.cell(total + 1, 9).number_format == MONEY_FORMAT
    assert f"A{total}:A{total + 1}" in {str(r) for r in ws.merged_cells.ranges}


def test_a_failed_write_keeps_the_previous_file(table, tmp_path, monkeypatch):
    import errno
    import os

    from salesdesk.reports import files

    path = tmp_path / "out" / "week.xlsx"
    path.parent.mkdir()
    path.write_bytes(b"previous")

    def full_disk(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full_disk)
    with pytest.raises(ReportError, match="磁盘空间不足"):
        write_weekly_xlsx(table, path, AGENT)
    assert path.read_bytes() == b"previous"
    assert list(path.parent.iterdir()) == [path]


def test_two_prospects_of_one_customer_are_told_apart_by_their_plan(desk, clock, tmp_path):
    from report_samples import OTHER, TWIN_PLANS, TWINS, build_twins

    table = build_twins(desk, clock)
    json_texts = sorted(e["text"] for e in table.as_json()["rows"]["mon"]["opportunity"])
    assert json_texts == sorted([f"11.20{TWINS}", f"11.20{TWINS}", f"11.20{OTHER}"])  # the JSON contract
    ws = load_workbook(write_weekly_xlsx(table, tmp_path / "week.xlsx", "张三"))["行动工具表"]
    printed = ws["B4"].value.split("\n")
    assert sorted(printed) == sorted([f"11.20{TWINS}·{plan}" for plan in TWIN_PLANS] + [f"11.20{OTHER}"])


def test_row_labels_read_the_same_on_every_sheet(book):
    grid, dept = book["行动工具表"], book["部门追踪表"]
    labels = ["周一\n11.20–11.22", "周三\n11.23–11.24", "周五\n11.25–11.26"]
    assert [grid.cell(r, 1).value for r in (4, 5, 6)] == labels
    assert [dept.cell(r, 1).value for r in (4, 6, 8)] == labels


def test_a_disk_error_is_said_in_chinese_not_the_systems_english(table, tmp_path, monkeypatch):
    import errno
    import os

    from salesdesk.reports import files

    def failing_disk(_fd):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(files.os, "fsync", failing_disk)
    with pytest.raises(ReportError) as refused:
        write_weekly_xlsx(table, tmp_path / "week.xlsx", AGENT)
    assert "读写磁盘出错" in str(refused.value)
    assert os.strerror(errno.EIO) not in str(refused.value)
