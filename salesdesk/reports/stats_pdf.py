"""The 统计 page on paper: one A4 page with the funnel, the ratios table and the forecast.

Drawn as a matplotlib Figure (the same charts as the window) and saved through
matplotlib's PDF backend with the bundled Chinese font, all or nothing (files.py).
"""
from __future__ import annotations

import textwrap
from pathlib import Path

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from salesdesk.core import stats as core
from salesdesk.core.money import format_cny

from salesdesk.i18n import N_, tr

from . import charts
from .files import write_atomically

A4 = (8.27, 11.69)  # inches, portrait
TITLE = N_("统计报告")

#: The rows of the ratios table: (label, key in counts or a Ratios property, reference text).
RATIO_ROWS = (
    (N_("拨打"), "dial", ""), (N_("接通"), "reach", ""), (N_("约见"), "book", ""), (N_("面谈"), "meet", ""),
    (N_("成交（活动）"), "close", ""), (N_("新名单"), "new_contacts", ""), (N_("潜在客户（达25%）"), "prospects", ""),
    (N_("成交件数"), "deals", ""),
)
#: Characters a line of the advice holds on the page: a Chinese character is twice a letter's width.
WRAP_CJK, WRAP_LATIN = 58, 110


def ratio_table_rows(report) -> list[list[str]]:
    """[项目, 本期, 上期, 趋势, 参考] for the window's table and the printed page alike."""
    now, before = report.ratios, report.previous
    ref = now.reference
    rows = []
    for label, key, _ in RATIO_ROWS:
        rows.append([tr(label), str(now.counts[key]), str(before.counts[key]), report.trend(key).arrow, ""])
    rows.append([tr("新名单:潜在客户:成交"), now.contacts_ratio, before.contacts_ratio, "",
                 f"{ref.new_contacts}:{ref.prospects}:{ref.deals}"])
    rows.append([tr("每日 拨打-接通-约见"), now.daily_ratio, before.daily_ratio,
                 core.trend(now.per_day("dial"), before.per_day("dial")).arrow, f"{ref.dial}-{ref.reach}-{ref.book}"])
    rows.append([tr("每周面谈"), f"{now.meetings_per_week:.1f}", f"{before.meetings_per_week:.1f}",
                 core.trend(now.meetings_per_week, before.meetings_per_week).arrow, str(ref.meetings_week)])
    rows.append([tr("面谈:成交"), now.close_ratio, before.close_ratio, "", f"{ref.meetings_per_deal}:1"])
    return rows


def forecast_rows(forecast: core.Forecast) -> list[list[str]]:
    return [[m.month, format_cny(m.weighted), format_cny(m.unweighted), format_cny(m.won)] for m in forecast.months]


def _table(ax, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
    ax.axis("off")
    if not rows:
        rows = [["—"] * len(header)]
    table = ax.table(cellText=rows, colLabels=header, colWidths=widths, loc="upper center", cellLoc="center")
    table.auto_set_font_size(False)
    table.set_fontsize(8)
    table.scale(1, 1.25)
    for (row, _col), cell in table.get_celld().items():
        cell.set_edgecolor("#888888")
        if row == 0:
            cell.set_facecolor("#e3e8ed")


def report_figure(report, forecast: core.Forecast, plan_text: str, agent: str = "") -> Figure:
    """The printed page: heading, funnel, ratios against the previous period, advice,
    plan and forecast."""
    charts.configure_matplotlib_cjk()
    fig = Figure(figsize=A4, dpi=100)
    charts.FigureCanvasAgg(fig)
    period = report.ratios.period
    heading = f"{tr(TITLE)}  {period.label}"
    fig.text(0.5, 0.972, heading, ha="center", va="top", fontsize=15)
    sub = tr("上期 {period}    销售周期 {days} 天").format(period=report.previous.period.label,
                                                      days=forecast.cycle_days)
    if agent:
        sub = tr("业务员：{name}").format(name=agent) + "    " + sub
    fig.text(0.5, 0.945, sub, ha="center", va="top", fontsize=9, color="#444444")

    funnel_ax = fig.add_axes((0.17, 0.70, 0.78, 0.21))
    charts.draw_funnel(funnel_ax, report.funnel)
    funnel_ax.set_title(charts.title("funnel"), fontsize=11)

    ratio_ax = fig.add_axes((0.06, 0.355, 0.88, 0.255))
    _table(ratio_ax, [tr("项目"), tr("本期"), tr("上期"), tr("趋势"), tr("参考")], ratio_table_rows(report),
           [0.34, 0.18, 0.18, 0.1, 0.2])
    ratio_ax.set_title(tr("比例游戏"), fontsize=11)

    words = "\n".join(_wrap(report.advice)) + "\n" + "\n".join(_wrap(plan_text))
    fig.text(0.06, 0.345, words, ha="left", va="top", fontsize=9, linespacing=1.5)

    forecast_ax = fig.add_axes((0.06, 0.03, 0.88, 0.2))
    rows = forecast_rows(forecast)[:12]
    _table(forecast_ax, [tr("预计签约月份"), tr("加权预测"), tr("未加权"), tr("已成交（承保标保）")], rows,
           [0.22, 0.26, 0.26, 0.26])
    forecast_ax.set_title(tr("加权预测（25% × 0.25、50% × 0.5、90% × 0.9）"), fontsize=11)
    return fig


def _wrap(text: str) -> list[str]:
    width = WRAP_CJK if charts.CJK.search(text or "") else WRAP_LATIN
    return textwrap.wrap(text, width)


def write_stats_pdf(path: Path | str, report, forecast: core.Forecast, plan_text: str, agent: str = "") -> Path:
    import io

    fig = report_figure(report, forecast, plan_text, agent)
    out = io.BytesIO()
    with PdfPages(out, metadata={"Title": f"{tr(TITLE)} {report.ratios.period.label}",
                                           "Creator": "salesdesk"}) as pdf:
        pdf.savefig(fig)
    return write_atomically(Path(path), out.getvalue())
