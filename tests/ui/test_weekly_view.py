"""The 潜在客户管理行动工具表 screen on a temporary database, used as the agent would."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import subprocess
from collections import deque
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import BOARD_STAGES, Stage
from salesdesk.core.weekly import WeeklyTable
from salesdesk.reports.dept import read_dept_file, write_dept_export
from salesdesk.fonts import ensure_cjk_font
from salesdesk.ui.weekly_view import ENTRIES_ROLE, SUBTOTAL_ROW, TODAY_COLOR, WeeklyView

from fake_messages import FakeMessages
from weekly_sample import AGENT, EXPECTED, FORMULA_NAME, OVERDUE, WEEK_DAY, build_week, stuffed_table


ROWS = list(ReviewRow)


class Files(FakeMessages):
    """FakeMessages that also answers file dialogs from a script."""

    def __init__(self):
        super().__init__()
        self.save_answers_files: deque[str | None] = deque()
        self.kinds_of_file: list[str] = []

    def save_file(self, parent, title, suggested="", filter="", kind="", suffix=""):
        self.shown.append(("save_file", title, suggested))
        self.kinds_of_file.append(kind)
        assert self.save_answers_files, f"unexpected save dialog: {title}"
        return self.save_answers_files.popleft()


@pytest.fixture
def app(qapp):
    font = QFont(qapp.font())
    ensure_cjk_font(qapp)
    yield qapp
    qapp.setFont(font)


@pytest.fixture
def ids(desk, clock):
    return build_week(desk, clock)  # the clock ends on Thursday 2026-11-26: the 周五 row is today's


@pytest.fixture
def messages():
    return Files()


@pytest.fixture
def view(app, qtbot, desk, ids, messages):
    widget = WeeklyView(desk, messages=messages)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell_lines(view, row: int, col: int) -> list[str]:
    text = view.model.index(row, col).data()
    return text.split("\n") if text else []


def test_model_shows_the_same_entries_as_the_table(view, desk):
    table = desk.weekly_table(WEEK_DAY)
    data = table.as_json()
    assert view.table.as_json() == data
    for r, row in enumerate(ROWS):
        for c, stage in enumerate(BOARD_STAGES):
            expected = [t + ("※" if t in OVERDUE else "") for t in EXPECTED.get((row, stage), [])]
            assert cell_lines(view, r, c) == expected
            assert [e.text for e in view.model.index(r, c).data(ENTRIES_ROLE)] == \
                [e["text"] for e in data["rows"][row.value][stage.value]]
    assert [view.model.index(SUBTOTAL_ROW, c).data() for c in range(6)] == \
        [str(table.subtotal[s]) for s in BOARD_STAGES]
    assert [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == \
        [s.column_label for s in BOARD_STAGES]
    assert view.model.headerData(SUBTOTAL_ROW, Qt.Orientation.Vertical) == "小计"


def test_model_passes_the_model_tester(view, qtmodeltester):
    qtmodeltester.check(view.model)


def test_header_shows_cycle_range_and_agent(view):
    assert view.title_label.text() == "潜在客户管理行动工具表"
    assert view.cycle_label.text() == "我的销售周期: 28 天"
    assert view.range_label.text() == "2026年11月20日---2026年11月26日"
    assert view.agent_label.text() == f"业务员：{AGENT}"
    assert "¥1,500.00" in view.money_label.text() and "¥3,000.00" in view.money_label.text()


def test_todays_row_is_highlighted(view):
    fri = ROWS.index(ReviewRow.FRI)
    assert view.model.index(fri, 0).data(Qt.ItemDataRole.BackgroundRole) == TODAY_COLOR
    assert view.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "今天" in view.model.headerData(fri, Qt.Orientation.Vertical)
    assert "今天" not in view.model.headerData(0, Qt.Orientation.Vertical)


def pixels(view, rect) -> list[QColor]:
    image = view.table_view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    return [image.pixelColor(int(x * ratio), int(y * ratio))
            for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom())]


def test_overdue_entries_are_drawn_red(view):
    wed, p25 = ROWS.index(ReviewRow.WED), BOARD_STAGES.index(Stage.P25)
    assert cell_lines(view, wed, p25) == ["10.05李秀英※"]
    red = [c for c in pixels(view, view.entry_rect(ReviewRow.WED, p25, 0)) if c.red() > 150 and c.green() < 90]
    assert len(red) > 20
    normal = view.entry_rect(ReviewRow.MON, BOARD_STAGES.index(Stage.P25), 0)  # 何建国, not overdue
    assert not [c for c in pixels(view, normal) if c.red() > 150 and c.green() < 90]


def test_clicking_an_entry_opens_that_customer(view, qtbot, ids):
    opened = []
    view.open_customer.connect(lambda customer, prospect: opened.append((customer, prospect)))
    wed, p25 = ReviewRow.WED, BOARD_STAGES.index(Stage.P25)
    entry = view.table.cell(wed, Stage.P25)[0]
    with qtbot.waitSignal(view.open_customer) as blocker:
        qtbot.mouseClick(view.table_view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.entry_rect(wed, p25, 0).center())
    assert blocker.args == [ids["李秀英"], entry.prospect_id]

    opened.clear()
    qtbot.mouseDClick(view.table_view.viewport(), Qt.MouseButton.LeftButton,
                      pos=view.entry_rect(ReviewRow.MON, 0, 0).center())
    assert opened == [(ids[FORMULA_NAME], view.table.cell(ReviewRow.MON, Stage.OPPORTUNITY)[0].prospect_id)]

    opened.clear()
    empty = view.table_view.visualRect(view.model.index(0, BOARD_STAGES.index(Stage.WON))).center()
    qtbot.mouseClick(view.table_view.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    below = view.entry_rect(wed, p25, 3).center()  # under the cell's only entry
    qtbot.mouseClick(view.table_view.viewport(), Qt.MouseButton.LeftButton, pos=below)
    assert opened == []


def test_weeks_by_arrows_and_calendar(view, qtbot):  # today is Thursday 2026-11-26
    with qtbot.waitSignal(view.refreshed):
        view.prev_action.trigger()
    assert view.range_label.text() == "2026年11月13日---2026年11月19日"
    assert view.date_edit.date() == QDate(2026, 11, 19)
    assert view.table.as_json() == view.desk.weekly_table(dt.date(2026, 11, 19)).as_json()
    assert cell_lines(view, ROWS.index(ReviewRow.FRI), 0) == ["11.18王芳"]  # new on Wednesday 11-18: 周五 row
    assert view.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # not this week: no today
    view.next_action.trigger()
    assert view.range_label.text() == "2026年11月20日---2026年11月26日"
    assert view.next_action.isEnabled()  # a week may be planned ahead...
    view.next_action.trigger()
    assert view.range_label.text() == "2026年11月27日---2026年12月3日"
    assert not view.next_action.isEnabled()  # ...but not two

    with qtbot.waitSignal(view.refreshed):
        view.date_edit.setDate(QDate(2026, 1, 1))  # a Thursday: the week of Fri 2025-12-26
    assert view.range_label.text() == "2025年12月26日---2026年1月1日"
    view.this_week_action.trigger()
    assert view.table.week.start == dt.date(2026, 11, 20)


def test_a_change_through_the_services_refreshes_the_view(view, qtbot, desk, ids):
    with qtbot.waitSignal(view.refreshed):
        desk.add_prospect(ids["何建国"], "年金险", at=dt.datetime(2026, 11, 26, 9, 0))
    assert "11.26何建国" in cell_lines(view, ROWS.index(ReviewRow.FRI), 0)
    with qtbot.waitSignal(view.refreshed):
        desk.set_setting("agent_name", "李四")
    assert view.agent_label.text() == "业务员：李四"


def test_view_unsubscribes_when_destroyed(app, desk, ids):
    view = WeeklyView(desk, messages=Files())
    count = len(desk._listeners)
    view.deleteLater()
    app.sendPostedEvents(None, 0)  # DeferredDelete
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(desk._listeners) == count - 1
    desk.set_setting("agent_name", "王五")  # no callback into a deleted widget


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_export_pdf_and_print_use_the_same_page(view, messages, tmp_path):
    target = tmp_path / "周表"  # no suffix typed: .pdf is added
    messages.save_answers_files.append(str(target))
    view.pdf_action.trigger()
    pdf = tmp_path / "周表.pdf"
    assert pdf.exists() and view.status_label.text() == f"已导出：{pdf}"
    exported = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    view.print_on(printer)
    printed = subprocess.run(["pdftotext", "-layout", str(tmp_path / "printed.pdf"), "-"],
                             capture_output=True, text=True).stdout
    for text in ("潜在客户管理行动工具表", "我的销售周期: 28 天", "11.04何建国", "10.05李秀英※", "11.03张伟"):
        assert text in exported and text in printed


def test_print_preview_opens_on_the_renderer(view, qtbot, tmp_path):
    shown = []
    view.exports.run_dialog = shown.append
    view.print_action.trigger()
    (dialog,) = shown
    assert dialog.windowTitle().startswith("打印预览")


def test_export_excel_and_the_department_file(view, messages, tmp_path, desk):
    messages.save_answers_files.extend([str(tmp_path / "week.xlsx"), str(tmp_path / "dept.xlsx")])
    view.xlsx_action.trigger()
    assert load_workbook(tmp_path / "week.xlsx")["行动工具表"]["D5"].value == "10.05李秀英※"
    view.dept_action.trigger()
    assert read_dept_file(tmp_path / "dept.xlsx").agents[0].agent == AGENT
    assert messages.kinds() == ["save_file", "save_file"]
    # Each kind of file opens in its own last folder.
    assert messages.kinds_of_file == ["weekly_xlsx", "dept_export"]


def test_a_name_typed_without_its_extension_never_overwrites_silently(view, messages, tmp_path):
    existing = tmp_path / "周报.xlsx"
    existing.write_bytes(b"the agent's own file")
    messages.save_answers_files.extend([str(tmp_path / "周报"), str(tmp_path / "周报")])
    messages.yes_no_answers.append(False)
    view.xlsx_action.trigger()
    assert existing.read_bytes() == b"the agent's own file"
    messages.yes_no_answers.append(True)
    view.xlsx_action.trigger()
    assert load_workbook(existing)["行动工具表"]
    assert messages.kinds() == ["save_file", "ask", "save_file", "ask"]


def test_department_export_asks_for_the_agents_name_once(view, messages, tmp_path, desk, qtbot):
    desk.set_setting("agent_name", "")
    messages.text_answers.append("  王五 ")
    messages.save_answers_files.append(str(tmp_path / "dept.xlsx"))
    view.dept_action.trigger()
    assert desk.setting("agent_name") == "王五"
    assert read_dept_file(tmp_path / "dept.xlsx").agents[0].agent == "王五"

    desk.set_setting("agent_name", "")
    messages.text_answers.append(None)  # cancelled: nothing asked further, nothing written
    view.dept_action.trigger()
    assert messages.kinds()[-1] == "get_text"


def test_department_export_of_a_read_only_database_uses_the_name_without_storing_it(view, messages, tmp_path,
                                                                                   desk, db):
    desk.set_setting("agent_name", "")
    db.read_only_reason = "数据库文件是只读的，只能查看、不能修改。"  # as a read-only window opens it
    before = list(db.connection().iterdump())
    messages.text_answers.append("王五")
    messages.save_answers_files.append(str(tmp_path / "dept.xlsx"))
    view.dept_action.trigger()
    assert read_dept_file(tmp_path / "dept.xlsx").agents[0].agent == "王五"
    assert "warn" not in messages.kinds() and list(db.connection().iterdump()) == before


def test_merge_from_the_screen(app, qtbot, desk, ids, tmp_path):
    messages = Files()
    a = write_dept_export(stuffed_table(1), tmp_path / "a.xlsx", "李四")
    b = write_dept_export(stuffed_table(2), tmp_path / "b.xlsx", "王五")
    chosen = [[str(a), str(b)], [str(a), str(a)]]
    view = WeeklyView(desk, messages=messages, open_files=lambda parent, title, filter: chosen.pop(0))
    qtbot.addWidget(view)
    messages.save_answers_files.append(str(tmp_path / "merged.xlsx"))
    view.merge_action.trigger()
    assert [x.agent for x in read_dept_file(tmp_path / "merged.xlsx").agents] == ["李四", "王五"]
    assert messages.kinds() == ["save_file"] and messages.kinds_of_file == ["merged"]
    view.merge_action.trigger()
    # The files are refused before the agent is asked where to save the merge.
    assert messages.kinds() == ["save_file", "error"] and "重复" in messages.texts("error")[-1]


def test_a_failed_export_is_a_message_not_a_crash(view, messages, tmp_path):
    messages.save_answers_files.append(str(tmp_path / "missing" / "week.xlsx"))
    view.xlsx_action.trigger()
    assert messages.kinds()[-1] == "error" and "文件夹不存在" in messages.texts("error")[-1]
    messages.save_answers_files.append(None)  # cancelled dialog: nothing happens
    view.pdf_action.trigger()
    assert messages.kinds()[-1] == "save_file"


def test_screenshot_at_laptop_size(view, qtbot, tmp_path):
    """A picture to look at (and, with SALESDESK_SCREENSHOTS=DIR, to keep)."""
    folder = Path(os.environ.get("SALESDESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    image = view.grab()
    assert image.width() == 1366 and image.height() == 768
    assert image.save(str(folder / "weekly_view.png"))
    # The rows share the height like the paper form and the table fills the screen.
    heights = [view.table_view.rowHeight(r) for r in range(3)]
    assert max(heights) - min(heights) <= 1 and min(heights) > 100


@pytest.fixture
def make_view(app, qtbot, desk, ids, monkeypatch):
    """A view at a laptop's page size on a table given by the test."""
    def make(table, width=1366, height=768):
        monkeypatch.setattr(desk, "weekly_table", lambda day=None: table)
        view = WeeklyView(desk, messages=Files())
        qtbot.addWidget(view)
        view.resize(width, height)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def cell_rect(view, r, c):
    return view.table_view.visualRect(view.model.index(r, c))


def test_a_crowded_week_grows_its_rows_instead_of_cutting_names(make_view):
    crowded = stuffed_table(per_cell=30)
    view = make_view(crowded)
    for c in range(6):
        cell = cell_rect(view, 0, c)
        for line in range(30):
            assert cell.contains(view.entry_rect(ReviewRow.MON, c, line)), (c, line)
    last = view.entry_rect(ReviewRow.MON, 0, 29)
    assert view.entry_at(QPoint(last.left() + 2, last.center().y())) is crowded.cell(ReviewRow.MON, Stage.OPPORTUNITY)[29]


# The page inside the window on a 1366×768 screen: less the menu, tabs, status bar and frame.
PAGE = (1366, 768 - 110)


def normal_week(per_cell: int) -> WeeklyTable:
    """Every cell as full as the 300-customer demo's busiest (names of two or three characters)."""
    table = stuffed_table(per_cell=per_cell)
    given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华"
    cells = {row: {stage: [dataclasses.replace(e, name=e.name[0] + given[e.prospect_id % len(given)]
                                               + ("" if e.prospect_id % 3 else given[e.prospect_id % 7]))
                           for e in entries]
                   for stage, entries in stages.items()}
             for row, stages in table.cells.items()}
    return dataclasses.replace(table, cells=cells)


def test_a_normal_week_shows_its_three_rows_and_the_subtotal_at_laptop_size(make_view):
    """A busy cell of 15 names (the demo's current week has 17) flows into a second column."""
    table = normal_week(15)
    view = make_view(table, *PAGE)
    viewport = view.table_view.viewport().rect()
    for r in range(SUBTOTAL_ROW + 1):
        for c in range(6):
            assert viewport.contains(cell_rect(view, r, c)), (r, c)
    assert view.table_view.verticalScrollBar().maximum() == 0
    for r, row in enumerate(ROWS):
        for c in range(6):
            cell = cell_rect(view, r, c)
            rects = [view.entry_rect(row, c, line) for line in range(15)]
            assert all(cell.contains(rect) for rect in rects)
            assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
            entry = table.cell(row, BOARD_STAGES[c])[14]
            assert view.entry_at(rects[14].center()) is entry


def test_changing_week_starts_at_the_top(make_view, qtbot):
    view = make_view(stuffed_table(per_cell=120), *PAGE)
    bar = view.table_view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    with qtbot.waitSignal(view.refreshed):
        view.prev_action.trigger()
    assert bar.value() == 0


def label_ink(view) -> list[int]:
    """The rows of the row labels' viewport where text is drawn (dark pixels)."""
    header = view.table_view.verticalHeader()
    image = header.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    rows = []
    for y in range(header.viewport().height()):
        if any(image.pixelColor(int(x * ratio), int(y * ratio)).lightness() < 90
               for x in range(4, header.width() - 4)):
            rows.append(y)
    return rows


def test_a_tall_rows_label_stays_in_sight(make_view, qtbot):
    view = make_view(stuffed_table(per_cell=400, name_length=8), *PAGE)
    header = view.table_view.verticalHeader()
    tall = view.table_view.rowHeight(0)
    height = view.table_view.viewport().height()
    assert tall > 2 * height  # its middle is out of sight at the top and at the bottom
    bar = view.table_view.verticalScrollBar()
    for value in (0, tall - height // 2):
        bar.setValue(value)
        QApplication.processEvents()
        seen = header.visible_label_rect(0)
        ink = [y for y in label_ink(view) if seen.top() <= y <= seen.bottom()]
        assert ink, f"no label in sight at scroll {value}"


def test_merge_through_a_one_file_dialog_asks_until_cancelled(app, qtbot, desk, ids, tmp_path):
    """While Messages has no multi-file dialog, files are picked one at a time."""
    a = write_dept_export(stuffed_table(1), tmp_path / "a.xlsx", "李四")
    b = write_dept_export(stuffed_table(2), tmp_path / "b.xlsx", "王五")

    class OneAtATime(Files):
        picks = deque([str(a), str(b), None])

        def open_file(self, parent, title, filter="", kind=""):
            self.shown.append(("open_file", title, filter))
            return self.picks.popleft()

    messages = OneAtATime()
    view = WeeklyView(desk, messages=messages)
    qtbot.addWidget(view)
    messages.save_answers_files.append(str(tmp_path / "merged.xlsx"))
    view.merge_action.trigger()
    assert messages.kinds() == ["open_file", "open_file", "open_file", "save_file"]
    assert len(read_dept_file(tmp_path / "merged.xlsx").agents) == 2
