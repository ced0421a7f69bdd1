"""What a manager prints: the workbooks converted by LibreOffice Calc (CI installs it).

One ``soffice --headless --convert-to pdf`` call converts the weekly workbook of the
1,000-customer demo's busiest week, that week's department file, a 5-agent merge and a
30-agent merge; the PDFs must hold every name and number, on the pages the print setup
asks for, with the page header and footer printed.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesdesk.core.clock import FixedClock
from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import BOARD_STAGES
from salesdesk.paths import bundled_cjk_font_path
from salesdesk.reports.dept import merge_department, read_dept_file, write_dept_export
from salesdesk.reports.weekly_text import cell_texts
from salesdesk.reports.weekly_xlsx import write_weekly_xlsx

from report_samples import DEMO_NOW
from xlsx_checks import short_rows

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed: apt-get install libreoffice-calc"),
    pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed"),
]

AGENT = "演示业务员"
TEAM = ("张三", "李四", "王五", "赵六", "钱七")


def _fontconfig(folder: Path) -> Path:
    """The machine's fonts plus the CJK font salesdesk ships, for LibreOffice to substitute."""
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{bundled_cjk_font_path().parent}</dir><cachedir>{folder / 'fc-cache'}</cachedir>"
        "</fontconfig>", encoding="utf-8")
    return conf


@pytest.fixture(scope="module")
def converted(busy_demo, tmp_path_factory):
    from salesdesk.services import SalesDesk
    from salesdesk.storage.db import close_db, open_db

    folder = tmp_path_factory.mktemp("libreoffice")
    db = open_db(busy_demo.db)
    try:
        table = SalesDesk(db, FixedClock(DEMO_NOW)).weekly_table(busy_demo.week_day)
    finally:
        close_db(db)
    files = {"week": write_weekly_xlsx(table, folder / "week.xlsx", AGENT),
             "dept": write_dept_export(table, folder / "dept.xlsx", AGENT)}
    team = [write_dept_export(table, folder / f"team{i}.xlsx", name) for i, name in enumerate(TEAM)]
    team += [write_dept_export(table, folder / f"more{i}.xlsx", f"组员{i:02d}") for i in range(25)]
    files["merge5"] = merge_department(team[:5], folder / "merge5.xlsx").path
    files["merge30"] = merge_department(team, folder / "merge30.xlsx").path

    out = folder / "pdf"
    env = {**os.environ, "HOME": str(folder), "FONTCONFIG_FILE": str(_fontconfig(folder))}
    run = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{folder / 'profile'}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out), *map(str, files.values())],
        capture_output=True, text=True, timeout=240, env=env)
    pdfs = {key: out / f"{path.stem}.pdf" for key, path in files.items()}
    missing = [p.name for p in pdfs.values() if not p.exists()]
    assert not missing, f"soffice did not convert {missing}: {run.stdout} {run.stderr}"
    return table, files, pdfs


def pages_text(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def intended_pages(path: Path) -> int:
    """The pages the workbook's print setup asks for, all visible sheets together."""
    total = 0
    for ws in load_workbook(path).worksheets:
        if ws.sheet_state != "visible":
            continue
        if ws.sheet_properties.pageSetUpPr.fitToPage:
            assert int(ws.page_setup.fitToWidth) == 1
            if int(ws.page_setup.fitToHeight) == 1:
                total += 1
                continue
        total += len(ws.row_breaks.brk) + 1
    return total


def money(value: Decimal) -> str:
    return f"¥{value:,.2f}"


def test_the_weekly_workbook_prints_every_entry_on_the_pages_it_asks_for(converted):
    table, files, pdfs = converted
    pages = pages_text(pdfs["week"])
    assert len(pages) == intended_pages(files["week"]) > 2
    lines = Counter(word for page in pages for word in page.split())
    for row in ReviewRow:
        for stage in BOARD_STAGES:
            for text in cell_texts(table.cell(row, stage)):
                assert lines[text] >= 1, text
    grid_pages = pages[:-1]  # the last page is the 部门追踪表 sheet
    for number, page in enumerate(grid_pages, start=1):
        # The page header (agent, range), the repeated title and column heads, the footer.
        assert page.count(f"业务员：{AGENT}") == 2 and page.count(table.week.range_label) == 2, number
        assert "检视日" in page and all(s.column_label in page for s in BOARD_STAGES)
        assert f"第 {number} 页" in page
        assert re.search(r"周[一三五](（续）)?", page)
    assert "小计" in grid_pages[-1]


def test_the_department_file_and_a_five_agent_merge_print_on_one_page(converted):
    table, files, pdfs = converted
    dept = read_dept_file(files["dept"])
    (agent,) = dept.agents
    for key, names in (("dept", (AGENT,)), ("merge5", TEAM)):
        pages = pages_text(pdfs[key])
        assert len(pages) == intended_pages(files[key]) == 1, key
        page = pages[0]
        for name in names:
            assert page.count(name) >= 4, (key, name)  # a row in each block
        for label in ("周一", "周三", "周五", "本周合计", "小计", "合计", table.week.range_label):
            assert label in page
        for row in ReviewRow:
            figures = agent.rows[row]
            for n in (*figures.counts, money(figures.paid), money(figures.premium)):
                assert str(n) in page, (key, row, n)
        total = agent.total
        scale = len(names)
        assert money(total.paid * scale) in page and money(total.premium * scale) in page
        assert all(str(n * scale) in page for n in total.counts)
        assert "第 1 页" in page


def test_a_large_merge_breaks_pages_only_between_blocks(converted):
    _table, files, pdfs = converted
    pages = pages_text(pdfs["merge30"])
    assert len(pages) == intended_pages(files["merge30"]) > 1
    for number, page in enumerate(pages, start=1):
        assert "组员姓名" in page and "约定初次见面数" in page, number  # the heads repeat
        # Every page starts a block (or its continuation) and ends one with its 小计 or
        # the continuation's last agent: the label printed on the page says which.
        assert re.search(r"周[一三五]|本周合计", page), number
    assert "合计" in pages[-1]


def test_no_row_is_lower_than_its_lines_need(converted):
    _table, files, _pdfs = converted
    for path in files.values():
        for ws in load_workbook(path).worksheets:
            if ws.sheet_state == "visible":
                assert short_rows(ws) == [], path.name
