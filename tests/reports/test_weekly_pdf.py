"""The printed table: A4 landscape, every name in its cell, nothing clipped or overlapping.

A normal week is one page; a busy one flows onto further pages at a readable size, each
with the header and column heads, every row labelled. The PDF is read back with poppler
(pdftotext -bbox gives each word's box), and each word is placed in the cell the
renderer says it drew.
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

from collections import Counter

from salesdesk.cli import main
from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import BOARD_STAGES
from salesdesk.reports import weekly_pdf
from salesdesk.reports.errors import ReportError
from salesdesk.reports.weekly_pdf import MARGIN_MM, PDF_RESOLUTION, READABLE_PT, render_pdf, write_weekly_pdf
from salesdesk.reports.weekly_text import cell_texts as printed_texts

from weekly_sample import AGENT, CUSTOMER_NAMES, EXPECTED, OVERDUE, WEEK_DAY, build_week, stuffed_table

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
MARGIN_PT = MARGIN_MM / 25.4 * 72


@pytest.fixture
def table(qapp, desk, clock):
    build_week(desk, clock)
    return desk.weekly_table(WEEK_DAY)


def page_words(pdf: Path) -> list[list[tuple[QRectF, str]]]:
    """Each page's words with their boxes (PDF points, from the page's top left)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [[(QRectF(float(x1), float(y1), float(x2) - float(x1), float(y2) - float(y1)), html.unescape(text))
             for x1, y1, x2, y2, text in _WORD.findall(page)]
            for page in out.split("<page ")[1:]]


def words(pdf: Path) -> list[tuple[QRectF, str]]:
    return [word for page in page_words(pdf) for word in page]


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
                   "2026年11月20日---2026年11月26日", "周一", "周三", "周五", "小计",
                   "11.20–11.22", "11.23–11.24", "11.25–11.26"):
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

    assert pages(path) == len(layout.pages)
    assert layout.entry_pt >= READABLE_PT
    if per_cell == 60:
        assert layout.subcolumns and len(layout.pages) > 1
    else:
        assert len(layout.pages) == 1
    assert_every_entry_whole_in_its_cell(path, layout, table, joined=name_length > 10)


def assert_every_entry_whole_in_its_cell(path: Path, layout, table, joined: bool = False) -> None:
    printed = {(row, stage): [] for row in ReviewRow for stage in BOARD_STAGES}
    for page, boxes in zip(layout.pages, page_words(path), strict=True):
        for (row, stage), rect in page.cells.items():
            cell = in_points(rect).adjusted(-0.5, -0.5, 0.5, 0.5)
            inside = [(box, text) for box, text in boxes if cell.contains(box.center())]
            for box, _text in inside:
                assert cell.contains(box), f"clipped or overflowing in {row.label} {stage.column_label}"
            expected = [item.text for item in page.items[(row, stage)]]
            if joined:  # long names wrap onto several lines
                text = "".join(t for _b, t in sorted(inside, key=lambda w: (round(w[0].left() / 20), w[0].top())))
                assert text == "".join(expected)
            else:
                assert sorted(t for _b, t in inside) == sorted(expected)
            printed[(row, stage)] += expected
    # Page after page, each cell's entries in the table's order, none lost, none twice.
    for (row, stage), texts in printed.items():
        assert texts == printed_texts(table.cell(row, stage)), (row, stage)


HEADS = ("潜在客户管理行动工具表", f"业务员：{AGENT}", "我的销售周期: 28 天", "2026年11月20日---2026年11月26日",
         "检视日", *(s.column_label for s in BOARD_STAGES))


def test_a_busy_week_flows_onto_pages_with_the_heads_and_every_row_labelled(qapp, tmp_path):
    table = stuffed_table(per_cell=60)
    path, layout = write(tmp_path, table)
    assert pages(path) == len(layout.pages) > 1
    texts = page_texts(path)
    seen_rows = []
    for number, (page, text) in enumerate(zip(layout.pages, texts), start=1):
        for head in HEADS:
            assert head in text, (number, head)
        assert f"第 {number} 页，共 {len(layout.pages)} 页" in text
        for row, continued in page.continued.items():
            label = row.label + ("（续）" if continued else "")
            assert label in label_column_words(path, number - 1, page, row), (number, label)
            assert continued == (row in seen_rows)
            seen_rows.append(row)
        assert ("小计" in text) == (number == len(layout.pages))
    assert set(seen_rows) == set(ReviewRow)


def page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def label_column_words(pdf: Path, index: int, page, row) -> str:
    """The words printed in the label column beside a row's cells on one page."""
    cell = in_points(page.cells[(row, BOARD_STAGES[0])])
    column = QRectF(MARGIN_PT, cell.top(), cell.left() - MARGIN_PT, cell.height())
    return " ".join(t for box, t in page_words(pdf)[index] if column.contains(box.center()))


def assert_no_overlaps(pdf: Path) -> None:
    for number, boxes in enumerate(page_words(pdf), start=1):
        boxes = sorted(boxes, key=lambda w: w[0].left())
        for i, (a, ta) in enumerate(boxes):
            for b, tb in boxes[i + 1:]:
                if b.left() >= a.right():
                    break
                overlap = a.intersected(b)
                assert overlap.width() < 0.05 or overlap.height() < 0.05, f"page {number}: {ta!r} over {tb!r}"


def test_the_1000_customer_demos_busiest_week_prints_every_entry_readably(qapp, busy_demo, tmp_path, capsys):
    week = busy_demo.week_day.isoformat()
    assert main(["weekly", "--week", week, "--json", "--db", str(busy_demo.db)]) == 0
    data = __import__("json").loads(capsys.readouterr().out)
    pdf = tmp_path / "busy.pdf"
    assert main(["weekly", "--week", week, "--pdf", str(pdf), "--db", str(busy_demo.db)]) == 0
    capsys.readouterr()

    assert_no_overlaps(pdf)
    printed = Counter(t for page in page_words(pdf) for _box, t in page)
    expected = Counter()
    for row in data["rows"].values():
        for entries in row.values():
            for entry in entries:
                expected[entry["text"]] += 1
    assert sum(expected.values()) == busy_demo.entries > 300
    # Each JSON entry is a printed word: its text, maybe with the plan (·…) and the mark (※).
    words_by_entry = Counter()
    for word, n in printed.items():
        base = word.rstrip("※").split("·")[0]
        base = re.sub(r"\(\d+\)$", "", base)
        words_by_entry[base] += n
    missing = {text: n - words_by_entry[text] for text, n in expected.items() if words_by_entry[text] < n}
    assert not missing
    # ...at a readable size: a CJK face's box is at least 1.1 times its font size tall.
    entry_heights = [box.height() for page in page_words(pdf) for box, t in page if re.match(r"\d+\.\d\d\D", t)]
    assert min(entry_heights) >= READABLE_PT * 1.1
    assert pages(pdf) > 1


def test_two_prospects_of_one_customer_print_with_their_plan(qapp, desk, clock, tmp_path):
    from report_samples import OTHER, TWIN_PLANS, TWINS, build_twins

    table = build_twins(desk, clock)
    path, _layout = write(tmp_path, table, agent="张三")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    for plan in TWIN_PLANS:
        assert f"11.20{TWINS}·{plan}" in text
    assert f"11.20{OTHER}" in text and f"11.20{OTHER}·" not in text  # no plan where the name is alone


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
