"""The 统计 figures: a year's ratios and funnel, the forecast, and the charts built and
drawn, on the benchmark file; the baseline is the same year's activity GROUP BY in raw
``sqlite3`` (the one aggregate no statistic can do without)."""
from __future__ import annotations

import datetime as dt
import io

from .figures import Context, Measure, _desk, raw_connect, timed

LABELS = {
    "stats_ratios": "统计: a year's ratios, previous year, funnel",
    "stats_forecast": "统计: weighted forecast by month",
    "stats_charts": "统计: 4 charts of a year, built and drawn",
}

RAW_YEAR = "SELECT kind, COUNT(*) FROM activity WHERE at >= ? AND at < ? GROUP BY kind"


def fig_stats(ctx: Context) -> dict[str, Measure]:
    from salesdesk.reports import charts
    from salesdesk.storage.db import close_db

    db, desk = _desk(ctx.path, ctx.now)
    con = raw_connect(ctx.path)
    day = ctx.week_day
    start = day - dt.timedelta(days=364)
    bounds = (str(dt.datetime.combine(start, dt.time())), str(dt.datetime.combine(day + dt.timedelta(days=1), dt.time())))

    def raw() -> None:
        con.execute(RAW_YEAR, bounds).fetchall()

    def draw() -> None:
        for kind in ("funnel", "ratios", "cycle", "pareto"):
            figure = charts.build(kind, charts.chart_data(desk, kind, start, day))
            figure.savefig(io.BytesIO(), format="png")

    try:
        report = desk.stats.report("custom", start, day)
        months = desk.stats.forecast(day).months
        baseline = timed(raw, ctx.runs)
        out = {
            "stats_ratios": Measure(timed(lambda: desk.stats.report("custom", start, day), ctx.runs), baseline,
                                    note=f"{sum(report.ratios.counts[k] for k in ('dial', 'reach', 'book', 'meet', 'close'))}"
                                         " activities in the year; baseline: their GROUP BY kind"),
            "stats_forecast": Measure(timed(lambda: desk.stats.forecast(day), ctx.runs), baseline,
                                      note=f"{len(months)} months"),
            "stats_charts": Measure(timed(draw, ctx.runs), baseline, note="funnel, ratios, cycle, pareto as PNG"),
        }
    finally:
        con.close()
        close_db(db)
    return out
