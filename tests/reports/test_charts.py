"""The 统计 charts: each Figure's data (bars, labels, reference lines), not only that it renders."""
import datetime as dt
from decimal import Decimal

import matplotlib
import pytest
from matplotlib.patches import Rectangle

from salesdesk.core import stats
from salesdesk.core.stages import Stage
from salesdesk.reports import charts
from stats_history import build

NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


@pytest.fixture(autouse=True)
def fresh_rc():
    with matplotlib.rc_context():
        yield


@pytest.fixture
def history(desk):
    return build(desk)


def bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def texts(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


def test_the_funnel_shows_counts_money_and_conversion(desk, history):
    fig = charts.funnel_figure(desk.stats.funnel(*NOV))
    ax = fig.axes[0]
    assert [b.get_width() for b in bars(ax)] == [4, 4, 5, 3, 2, 1]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["销售机会", "约定初次见面", "25%", "50%", "90%", "成交"]
    assert "3 人  预算 ¥18,000.00" in texts(ax) and "1 人  承保标保 ¥9,000.00" in texts(ax)
    assert "↓ 60%" in texts(ax) and "↓ 50%" in texts(ax)
    # Black and white: every bar has its own hatch (the first one plain).
    assert len({b.get_hatch() or "" for b in bars(ax)}) == 6


def test_the_ratio_trend_has_the_reference_lines(desk, history):
    weeks = desk.stats.weekly_trend(dt.date(2026, 11, 2), dt.date(2026, 11, 22))
    fig = charts.ratio_figure(weeks)
    daily, weekly = fig.axes
    lines = {line.get_label(): line for line in daily.lines}
    assert list(lines["拨打/天"].get_ydata()) == [2.0, 2.0, 2.2]  # 10, 10, 11 dials over 5 working days
    refs = {label: line.get_ydata()[0] for label, line in lines.items() if label.startswith("参考")}
    assert refs == {"参考 15": 15, "参考 7": 7, "参考 1": 1}
    assert {lines["拨打/天"].get_marker(), lines["接通/天"].get_marker(), lines["约见/天"].get_marker()} == {"o", "s", "^"}
    meet = next(line for line in weekly.lines if line.get_label() == "面谈/周")
    assert list(meet.get_ydata()) == [4, 0, 0]
    assert [b.get_height() for b in bars(weekly)] == [0, 0, 1]
    assert sorted(line.get_ydata()[0] for line in weekly.lines if line.get_label().startswith("参考")) == [1, 8]


def test_the_cycle_distribution_marks_the_cycle():
    dist = stats.CycleDistribution({3: 1, 15: 2, 16: 1, 40: 1}, 28)
    fig = charts.cycle_figure(dist)
    ax = fig.axes[0]
    assert [b.get_height() for b in bars(ax)] == [1, 0, 3, 0, 0, 1]  # weeks 0-6, 7-13, 14-20, …, 35-41
    cycle = next(line for line in ax.lines if line.get_label() == "销售周期 28 天")
    assert list(cycle.get_xdata()) == [28, 28]
    assert "共 5 件" in ax.get_title()


def test_the_pareto_chart_has_the_80_percent_line():
    pareto = stats.Pareto(tuple(Decimal(v) for v in (800, 100, 50, 50, 0)[:4]))
    ax = charts.pareto_figure(pareto).axes[0]
    curve = next(line for line in ax.lines if line.get_label() == "累计保费占比")
    assert list(curve.get_xdata()) == [0, 0.25, 0.5, 0.75, 1.0] and list(curve.get_ydata()) == [0, 0.8, 0.9, 0.95, 1]
    eighty = next(line for line in ax.lines if line.get_label() == "80% 保费")
    assert list(eighty.get_ydata()) == [0.8, 0.8]
    assert any("前 25% 的客户贡献 80% 的保费" in t for t in texts(ax))


def test_levels_and_lost_reasons(desk, history):
    fig = charts.levels_figure(desk.stats.levels())
    relation, value = fig.axes
    assert [t.get_text() for t in relation.get_xticklabels()] == list(stats.RELATION_LEVELS)
    # The levels rose with the prospects (desk.grades): 目标客户 戊 and 丙 (its 50% undone), 准客户 乙 and 丁.
    assert [b.get_height() for b in bars(relation)] == [0, 2, 2, 1, 0]
    assert [t.get_text() for t in value.get_xticklabels()] == ["A", "B", "C", "D", "E", "未分级"]
    assert [b.get_height() for b in bars(value)] == [0, 0, 0, 0, 0, 5]
    many = [(f"原因{i}", 20 - i) for i in range(12)]
    ax = charts.lost_figure(many).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "其他"
    assert [b.get_width() for b in bars(ax)][-1] == 9 + 10  # 原因10 and 原因11 summed
    assert charts.lost_figure([]).axes[0].texts[-1].get_text() == "这段时间没有退出的潜在客户"


@pytest.mark.parametrize("kind", ["funnel", "ratios", "cycle", "pareto", "levels", "lost"])
def test_every_chart_exports_png_and_pdf_with_chinese(desk, history, tmp_path, kind, caplog):
    figure = charts.build(kind, charts.chart_data(desk, kind, *NOV))
    png = charts.save(figure, tmp_path / f"{kind}.png")
    pdf = charts.save(figure, tmp_path / f"{kind}.pdf")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and pdf.read_bytes()[:5] == b"%PDF-"
    assert b"WenQuanYi" in pdf.read_bytes() or b"wqy" in pdf.read_bytes().lower()
    assert not [r for r in caplog.records if "Glyph" in r.getMessage()]
