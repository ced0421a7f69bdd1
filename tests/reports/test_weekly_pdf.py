"""The printed table: one A4 landscape page, every name in its cell, nothing clipped.

The PDF is read back with poppler (pdftotext -bbox gives each word's box), and each
word is placed in the cell the renderer says it drew.
"""
from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import BOARD_STAGES
from salesdesk.reports import weekly_pdf
from salesdesk.reports.errors import ReportError
from salesdesk.reports.weekly_pdf import MARGIN_MM, PDF_RESOLUTION, READABLE_PT, render_pdf, write_weekly_pdf
from salesdesk.reports.weekly_xlsx import entry_text

from weekly_sample import AGENT, CUSTOMER_NAMES, EXPECTED, OVERDUE, WEEK_DAY, build_week, stuffed_table

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
MARGIN_PT = MARGIN_MM / 25.4 * 72


@pytest.fixture
def table(qapp, desk, clock):
    build_week(desk, clock)
    return desk.weekly_table(WEEK_DAY)


def words(pdf: Path) -> list[tuple[QRectF, str]]:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [(QRectF(float(x1), float(y1), float(x2) - float(x1), float(y2) - float(y1)), html.unescape(text))
            for x1, y1, x2, y2, text in _WORD.findall(out)]


def pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def in_points(rect: QRectF) -> QRectF:
    """A rectangle the renderer reported (device pixels inside the margins) in PDF points."""
    scale = 72 / PDF_RESOLUTION
    return QRectF(MARGIN_PT + rect.x() * scale, MARGIN_PT + rect.y() * scale, rect.width() * scale,
                  rect.height() * scale)


def cell_texts(pdf: Path, layout) -> dict:
    """The words inside each cell, in reading order, joined (a wrapped name joins up again)."""
    found = {key: [] for key in layout.cells}
    for box, text in words(pdf):
        for key, rect in layout.cells.items():
            if in_points(rect).contains(box.center()):
                found[key].append((round(box.top()), box.left(), text))
    return {key: "".join(t for _y, _x, t in sorted(parts)) for key, parts in found.items()}


def write(tmp_path: Path, table, agent=AGENT, name="week.pdf"):
    path = tmp_path / name
    assert write_weekly_pdf(table, path, agent) == path
    _data, layout = render_pdf(table, agent)
    return path, layout


def test_pdf_shows_the_header_and_every_entry_in_its_cell(table, tmp_path):
    path, layout = write(tmp_path, table)

    assert pages(path) == 1
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    for header in ("潜在客户管理行动工具表", f"业务员：{AGENT}", "我的销售周期: 28 天",
                   "2026年11月20日---2026年11月26日", "周一", "周三", "周五", "小计"):
        assert header in text
    for stage in BOARD_STAGES:
        assert stage.column_label in text
    cells = cell_texts(path, layout)
    for row in ReviewRow:
        for stage in BOARD_STAGES:
            expected = [t + ("※" if t in OVERDUE else "") for t in EXPECTED.get((row, stage), [])]
            assert cells[(row, stage)] == "".join(expected), (row, stage)
            # ...and the same as the JSON the CLI prints.
            json_texts = [e["text"] + ("※" if e["overdue"] else "")
                          for e in table.as_json()["rows"][row.value][stage.value]]
            assert "".join(json_texts) == cells[(row, stage)]


def test_subtotals_are_printed_under_their_columns(table, tmp_path):
    path, layout = write(tmp_path, table)
    found = {stage: "" for stage in BOARD_STAGES}
    for box, text in words(path):
        for stage, rect in layout.subtotal.items():
            if in_points(rect).contains(box.center()):
                found[stage] += text
    assert found == {stage: str(n) for stage, n in table.subtotal.items()}


def test_fifteen_names_a_cell_fit_one_page_readably(qapp, tmp_path):
    table = stuffed_table(per_cell=15)
    path, layout = write(tmp_path, table)

    assert pages(path) == 1
    assert layout.entry_pt >= READABLE_PT and not layout.subcolumns
    assert_every_entry_whole_in_its_cell(path, layout, table)


@pytest.mark.parametrize("per_cell,name_length", [(60, 3), (4, 40)])
def test_crowded_cells_and_long_names_are_never_clipped(qapp, tmp_path, per_cell, name_length):
    table = stuffed_table(per_cell=per_cell, name_length=name_length)
    path, layout = write(tmp_path, table)

    assert pages(path) == 1
    if per_cell == 60:
        assert layout.subcolumns
    assert_every_entry_whole_in_its_cell(path, layout, table, joined=name_length > 10)


def assert_every_entry_whole_in_its_cell(path: Path, layout, table, joined: bool = False) -> None:
    boxes = words(path)
    for (row, stage), rect in layout.cells.items():
        cell = in_points(rect).adjusted(-0.5, -0.5, 0.5, 0.5)
        inside = [(box, text) for box, text in boxes if cell.contains(box.center())]
        for box, _text in inside:
            assert cell.contains(box), f"clipped or overflowing in {row.label} {stage.column_label}"
        expected = [entry_text(e) for e in table.cell(row, stage)]
        if joined:  # long names wrap onto several lines
            text = "".join(t for _b, t in sorted(inside, key=lambda w: (round(w[0].left() / 20), w[0].top())))
            assert text == "".join(expected)
        else:
            assert sorted(t for _b, t in inside) == sorted(expected)


def test_an_unwritable_path_is_a_report_error_and_leaves_nothing(table, tmp_path):
    target = tmp_path / "missing" / "week.pdf"
    with pytest.raises(ReportError, match="文件夹不存在"):
        write_weekly_pdf(table, target, AGENT)
    assert not target.parent.exists()

    out = tmp_path / "out"
    folder = out / "folder.pdf"
    folder.mkdir(parents=True)
    with pytest.raises(ReportError):
        write_weekly_pdf(table, folder, AGENT)
    assert list(out.iterdir()) == [folder]


def test_the_cli_writes_the_pdf_without_a_window(db_path, tmp_path):
    """A fresh process with no QApplication: the CLI path, exit code included."""
    out = tmp_path / "cli.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).parents[2])}
    code = ("import sys; from salesdesk.cli import main; "
            f"sys.exit(main(['weekly', '--week', '2026-11-23', '--pdf', {str(out)!r}, '--db', {str(db_path)!r}]))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    assert pages(out) == 1
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "潜在客户管理行动工具表" in text and "2026年11月20日---2026年11月26日" in text


def test_names_are_drawn_with_a_chinese_font(table, tmp_path):
    path, _layout = write(tmp_path, table)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert re.search(r"WenQuanYi|Micro ?Hei|Noto ?Sans ?CJK|YaHei|PingFang|Hei|Song", fonts), fonts
    assert weekly_pdf.cjk_family()
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    for name in CUSTOMER_NAMES:
        assert name in text.replace("\n", "") or name.startswith("=")
