"""The 统计 page: built on a constructed history, its tables, charts, exports and a screenshot."""
import datetime as dt
import subprocess

import pytest

from fake_messages import FakeMessages
from salesdesk.core.stages import Stage
from salesdesk.ui.stats_view import CHART_TABS, StatsView
from stats_history import build


class SavingMessages(FakeMessages):
    """Answers the save dialog with the next scripted path."""

    def __init__(self, *paths):
        super().__init__()
        self.paths = list(paths)
        self.asked = []

    def save_file(self, parent, title, suggested="", filter="", kind="", suffix=""):
        self.asked.append((title, suggested, kind, suffix))
        return str(self.paths.pop(0)) if self.paths else None


@pytest.fixture
def history(desk):
    ids = build(desk)
    desk.set_setting("goal_deals_year", 50)
    return ids


@pytest.fixture
def view(qtbot, desk, history):
    page = StatsView(desk, messages=SavingMessages())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.set_period("本月")
    page.show()
    qtbot.waitUntil(lambda: page.data is not None)
    return page


def cell(table, row, column):
    return table.item(row, column).text()


def test_the_ratios_table_compares_with_last_month(view):
    rows = {cell(view.ratio_table, r, 0): [cell(view.ratio_table, r, c) for c in range(1, 5)]
            for r in range(view.ratio_table.rowCount())}
    assert rows["拨打"] == ["31", "1", "↑", ""]
    assert rows["新名单:潜在客户:成交"] == ["4:5:1", "1:0:0", "", "20:5:1"]
    assert rows["面谈:成交"][0] == "4:1" and rows["面谈:成交"][3] == "8:1"
    assert view.range_label.text().startswith("2026-11-01 至 2026-11-30（工作日 21 天）")
    assert view.advice_label.text().startswith("离参考值最远的是")
    assert "年度目标 50 件" in view.plan_label.text() and "参考比例" in view.plan_label.text()


def test_a_forecast_month_lists_its_prospects_and_opens_a_customer(view, qtbot, history):
    months = [cell(view.forecast_table, r, 0) for r in range(view.forecast_table.rowCount())]
    assert months == ["2026-11", "2026-12"]
    assert cell(view.forecast_table, 0, 1) == "¥3,850.00" and cell(view.forecast_table, 0, 3) == "¥9,000.00"
    view.forecast_table.selectRow(0)
    assert [cell(view.month_table, r, 0) for r in range(view.month_table.rowCount())] == ["乙先生（年金险）", "戊先生（医疗险）"]
    assert cell(view.month_table, 1, 4) == "按周期推算"
    with qtbot.waitSignal(view.open_customer) as opened:
        view.month_table.cellDoubleClicked.emit(0, 0)
    assert opened.args == [history["customers"]["乙"]]


def test_the_charts_show_the_period(view):
    funnel = view.figures["funnel"].axes[0]
    assert [round(p.get_width()) for p in funnel.patches] == [4, 4, 5, 3, 2, 1]
    assert [k for k, _ in CHART_TABS] == list(view.canvases)
    assert view.chart_tabs.widget(0) is view.canvases["funnel"]
    assert view.canvases["funnel"].figure is view.figures["funnel"]


def test_a_change_through_the_services_refreshes_the_page(view, desk, history, qtbot):
    desk.log_activity(history["customers"]["甲"], "dial", at=dt.datetime(2026, 11, 23, 9))
    qtbot.waitUntil(lambda: cell(view.ratio_table, 0, 1) == "32")


def test_charts_and_the_report_are_exported_through_the_messages_seam(view, tmp_path):
    png, pdf, report = tmp_path / "漏斗.png", tmp_path / "比例.pdf", tmp_path / "统计.pdf"
    view.messages.paths = [png, pdf, report]
    view.export_chart(".png")
    view.chart_tabs.setCurrentIndex(1)
    view.export_chart(".pdf")
    view.export_report()
    assert png.read_bytes()[:4] == b"\x89PNG" and pdf.read_bytes()[:5] == b"%PDF-"
    assert [a[1] for a in view.messages.asked] == ["阶段漏斗.png", "比例趋势.pdf", "统计报告 2026-11-01.pdf"]
    text = subprocess.run(["pdftotext", "-layout", str(report), "-"], capture_output=True, text=True).stdout
    assert "统计报告" in text and "比例游戏" in text and "加权预测" in text and "2026-12" in text
    view.export_chart(".png")  # cancelled: nothing happens


def test_custom_period_and_last_week(view, qtbot):
    view.set_period("自定义")
    view.from_edit.setDate(view.from_edit.date().fromString("2026-11-09", "yyyy-MM-dd"))
    view.to_edit.setDate(view.to_edit.date().fromString("2026-11-15", "yyyy-MM-dd"))
    qtbot.waitUntil(lambda: view.data.report.ratios.period.start == dt.date(2026, 11, 9))
    assert view.data.report.funnel.reached(Stage.P50) == 2
    view.set_period("上周")
    qtbot.waitUntil(lambda: view.data.report.ratios.period.start == dt.date(2026, 11, 16))


def test_the_page_reads_on_a_worker(qtbot, desk, history):
    page = StatsView(desk, messages=FakeMessages(), background=True)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.show()
    assert page.data is not None and not page.loading


def test_screenshot_at_1366x768(view, tmp_path):
    view.forecast_table.selectRow(0)
    image = view.grab()
    assert (image.width(), image.height()) == (1366, 768)
    assert image.save(str(tmp_path / "stats.png"))
