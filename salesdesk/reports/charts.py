"""The charts of the 统计 page (SPEC §5), as matplotlib Figures built without pyplot.

Each builder takes the services' plain records and returns a Figure the window wraps in a
FigureCanvas and the command line saves as PNG or PDF. Chinese labels use the bundled font
(mpl_fonts). Every series is told apart by hatches, markers and line styles as well as by
shade, so a black-and-white print reads as well as the screen.
"""
from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from salesdesk.core import stats as core
from salesdesk.core.money import format_cny

from salesdesk.i18n import N_, tr

from .files import write_atomically
from .mpl_fonts import configure_matplotlib_cjk

#: Greys from dark to light, and hatches: each bar tells itself apart without colour.
SHADES = ("#3b4a5a", "#5f7285", "#8497aa", "#a9b8c6", "#c9d3dc", "#e3e8ed")
HATCHES = ("", "//", "..", "xx", "\\\\", "++", "--", "oo")
INK = "#222222"
REF = "#777777"
SIZE = (8.0, 4.8)
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")

#: Chart titles in the source language: shown through ``title(kind)``.
TITLES = {"funnel": N_("阶段漏斗"), "ratios": N_("比例趋势（按周）"), "cycle": N_("成交周期分布"),
          "pareto": N_("二八分割图"), "levels": N_("客户五级分类与价值分级"), "lost": N_("退出原因")}


def title(kind: str) -> str:
    """A chart's title in the UI's language."""
    return tr(TITLES[kind])


def _level(level: str) -> str:
    """A 客户五级分类 level (stored in Chinese) as shown."""
    shown = {"潜在客户": tr("潜在客户", "客户五级分类"), "目标客户": tr("目标客户", "客户五级分类"),  # i18n: data
             "准客户": tr("准客户", "客户五级分类"), "成交客户": tr("成交客户", "客户五级分类"),  # i18n: data
             "忠诚客户": tr("忠诚客户", "客户五级分类")}  # i18n: data
    return shown.get(level, level)


def _figure(size: tuple[float, float] = SIZE) -> Figure:
    configure_matplotlib_cjk()
    fig = Figure(figsize=size, dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _range_text(period: core.Period) -> str:
    return tr("{start} 至 {end}").format(start=period.start.isoformat(), end=period.end.isoformat())


# -- the stage funnel ----------------------------------------------------------------------
def funnel_figure(funnel: core.Funnel) -> Figure:
    """Horizontal bars, widest at the top: reached per stage, its money, and the conversion
    from the stage above."""
    fig = _figure()
    ax = fig.add_subplot()
    draw_funnel(ax, funnel)
    ax.set_title(f"{title('funnel')}  {_range_text(funnel.period)}")
    return fig


def draw_funnel(ax, funnel: core.Funnel) -> None:
    stages = funnel.stages
    labels = [tr(s.stage.label) for s in stages]
    values = [s.reached for s in stages]
    ys = list(range(len(stages)))[::-1]
    bars = ax.barh(ys, values, color=SHADES[: len(stages)], edgecolor=INK, height=0.62)
    for bar, hatch in zip(bars, HATCHES):
        bar.set_hatch(hatch)
    ax.set_yticks(ys, labels)
    top = max(values, default=0) or 1
    ax.set_xlim(0, top * 1.55)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    for y, s in zip(ys, stages):
        text = tr("{count} 人").format(count=s.reached)
        if s.money is not None:
            text += f"  {tr(core.MONEY_LABELS[s.stage])} {format_cny(s.money)}"
        ax.text(s.reached + top * 0.02, y, text, va="center", fontsize=9, color=INK)
    for y, c in zip(ys[1:], funnel.conversion):
        rate = "—" if c.rate is None else f"{c.rate:.0%}"
        ax.text(top * 1.53, y + 0.5, f"↓ {rate}", va="center", ha="right", fontsize=9, color=REF)
    ax.set_xlabel(tr("达到该阶段的潜在客户（人）"))
    ax.spines[["top", "right"]].set_visible(False)


# -- ratio trends --------------------------------------------------------------------------
DAILY_SERIES = (("dial", N_("拨打/天"), "o", "-"), ("reach", N_("接通/天"), "s", "--"),
                ("book", N_("约见/天"), "^", ":"))


def ratio_figure(weeks: Sequence[core.WeekFigures], reference: core.Reference = core.REFERENCE) -> Figure:
    """Per week: dials, reaches and bookings a working day against 15-7-1; meetings and
    deals a week against 8 and 1."""
    fig = _figure((8.0, 5.6))
    daily, weekly = fig.subplots(2, 1, sharex=True)
    xs = [w.start for w in weeks]
    refs = {"dial": reference.dial, "reach": reference.reach, "book": reference.book}
    for key, label, marker, style in DAILY_SERIES:
        daily.plot(xs, [w.per_day(key) for w in weeks], marker=marker, linestyle=style, color=INK,
                   markersize=4, label=tr(label), markerfacecolor="white")
        daily.axhline(refs[key], color=REF, linestyle=style, linewidth=1,
                      label=tr("参考 {value}").format(value=refs[key]))
    daily.set_ylabel(tr("每个工作日"))
    daily.set_title(tr("{title}：参考 {dial}-{reach}-{book}、每周 {meetings} 次面谈 {per_deal}:1").format(
        title=title("ratios"), dial=reference.dial, reach=reference.reach, book=reference.book,
        meetings=reference.meetings_week, per_deal=reference.meetings_per_deal))
    daily.legend(ncol=3, fontsize=8, loc="upper left", frameon=False)
    width = dt.timedelta(days=3)
    weekly.bar([x + dt.timedelta(days=2) for x in xs], [w.counts.get("deals", 0) for w in weeks], width=width,
               color=SHADES[3], edgecolor=INK, hatch="//", label=tr("成交/周"))
    weekly.plot(xs, [w.counts.get("meet", 0) for w in weeks], marker="D", linestyle="-", color=INK, markersize=4,
                markerfacecolor="white", label=tr("面谈/周"))
    weekly.axhline(reference.meetings_week, color=REF, linestyle="--", linewidth=1,
                   label=tr("参考面谈 {count}").format(count=reference.meetings_week))
    weekly.axhline(1, color=REF, linestyle=":", linewidth=1, label=tr("参考成交 1"))
    weekly.set_ylabel(tr("每周"))
    weekly.yaxis.set_major_locator(MaxNLocator(integer=True))
    weekly.legend(ncol=4, fontsize=8, loc="upper left", frameon=False)
    for ax in (daily, weekly):
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_ylim(0, max(ax.get_ylim()[1], 1) * 1.25)  # room for the legend above the lines
    fig.autofmt_xdate()
    return fig


# -- the sales cycle -----------------------------------------------------------------------
CYCLE_BIN = 7


def cycle_bins(dist: core.CycleDistribution, width: int = CYCLE_BIN) -> list[tuple[int, int]]:
    """(first day of the bin, deals) for bins of ``width`` days, from 0 to the longest deal."""
    if not dist.days:
        return []
    last = max(dist.days)
    bins = {start: 0 for start in range(0, last + 1, width)}
    for days, n in dist.days.items():
        bins[(max(0, days) // width) * width] += n
    return sorted(bins.items())


def cycle_figure(dist: core.CycleDistribution, period: core.Period | None = None) -> Figure:
    """Deals by days from first meeting to 成交 (weekly bins), the sales cycle marked."""
    fig = _figure()
    ax = fig.add_subplot()
    bins = cycle_bins(dist)
    ax.bar([b + CYCLE_BIN / 2 for b, _ in bins], [n for _, n in bins], width=CYCLE_BIN * 0.9, color=SHADES[3],
           edgecolor=INK, hatch="//", label=tr("成交件数"))
    ax.axvline(dist.cycle_days, color=INK, linestyle="--", linewidth=1.5,
               label=tr("销售周期 {days} 天").format(days=dist.cycle_days))
    ax.set_xlabel(tr("初次见面到成交的天数"))
    ax.set_ylabel(tr("成交件数"))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(left=0)
    heading = tr("{title}（共 {count} 件）").format(title=title("cycle"), count=dist.deals)
    if period is not None:
        heading += f"  {_range_text(period)}"
    ax.set_title(heading)
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


# -- 二八分割图 -------------------------------------------------------------------------------
def pareto_figure(pareto: core.Pareto, period: core.Period | None = None) -> Figure:
    """Cumulative share of premium against the share of customers, largest first; the 80% line."""
    fig = _figure()
    ax = fig.add_subplot()
    xs, ys = pareto.curve()
    ax.plot(xs, ys, color=INK, linewidth=2, marker="o" if len(xs) <= 30 else None, markersize=3,
            label=tr("累计保费占比"))
    ax.plot([0, 1], [0, 1], color=REF, linestyle=":", linewidth=1, label=tr("平均分布"))
    ax.axhline(0.8, color=INK, linestyle="--", linewidth=1, label=tr("80% 保费"))
    if pareto.premiums:
        share = pareto.customers_for(0.8)
        ax.axvline(share, color=REF, linestyle="-.", linewidth=1)
        ax.annotate(tr("前 {share} 的客户贡献 80% 的保费").format(share=f"{share:.0%}"), (share, 0.8), xytext=(share + 0.05, 0.55),
                    arrowprops={"arrowstyle": "->", "color": INK}, fontsize=9)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel(tr("客户占比（按保费从高到低，共 {count} 位）").format(count=len(pareto.premiums)))
    ax.set_ylabel(tr("累计保费占比"))
    heading = tr("{title}（保费合计 {total}）").format(title=title("pareto"), total=format_cny(pareto.total))
    if period is not None:
        heading += f"  {_range_text(period)}"
    ax.set_title(heading)
    ax.legend(loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


# -- 客户分级 and 退出原因 -----------------------------------------------------------------------
def levels_figure(levels: core.Levels) -> Figure:
    """客户五级分类 counts beside the value grades A–E (未分级 last)."""
    fig = _figure()
    left, right = fig.subplots(1, 2)
    names = list(core.RELATION_LEVELS)
    bars = left.bar([_level(k) for k in names], [levels.relation.get(k, 0) for k in names], color=SHADES[1:6],
                    edgecolor=INK)
    for bar, hatch in zip(bars, HATCHES):
        bar.set_hatch(hatch)
    left.set_title(tr("客户五级分类"))
    left.set_ylabel(tr("客户数"))
    grades = list(core.VALUE_GRADES)
    values = [levels.value.get(k, 0) for k in grades] + [levels.value.get("", 0)]
    bars = right.bar(grades + [tr("未分级")], values, color=list(SHADES[:5]) + ["#ffffff"], edgecolor=INK)
    for bar, hatch in zip(bars, HATCHES):
        bar.set_hatch(hatch)
    right.set_title(tr("价值分级 A–E"))
    for ax, bar_set in ((left, left.patches), (right, right.patches)):
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.spines[["top", "right"]].set_visible(False)
        for bar in bar_set:
            ax.annotate(f"{int(bar.get_height())}", (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                        ha="center", va="bottom", fontsize=8)
    left.tick_params(axis="x", labelsize=8)
    return fig


LOST_SHOWN = 10


def lost_figure(counts: Sequence[tuple[str, int]], period: core.Period | None = None) -> Figure:
    """退出 reasons counted, most frequent on top (beyond ten: 其他)."""
    fig = _figure()
    ax = fig.add_subplot()
    rows = list(counts[:LOST_SHOWN])
    if len(counts) > LOST_SHOWN:
        rows.append((tr("其他"), sum(n for _, n in counts[LOST_SHOWN:])))
    labels = [r if len(r) <= 16 else r[:15] + "…" for r, _ in rows]
    ys = list(range(len(rows)))[::-1]
    bars = ax.barh(ys, [n for _, n in rows], color=SHADES[2], edgecolor=INK, height=0.6)
    for bar, hatch in zip(bars, HATCHES[1:] * 2):
        bar.set_hatch(hatch)
    ax.set_yticks(ys, labels)
    for y, (_, n) in zip(ys, rows):
        ax.text(n, y, f" {n}", va="center", fontsize=9)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(tr("退出的潜在客户（人）"))
    heading = tr("{title}（共 {count} 人）").format(title=title("lost"), count=sum(n for _, n in counts))
    if period is not None:
        heading += f"  {_range_text(period)}"
    ax.set_title(heading)
    if not rows:
        ax.text(0.5, 0.5, tr("这段时间没有退出的潜在客户"), transform=ax.transAxes, ha="center", va="center")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


# -- one entry point for the command line and the page ---------------------------------------
def chart_data(desk, kind: str, start: dt.date | None = None, end: dt.date | None = None):
    """What the chart ``kind`` shows over FROM…TO, read through the services."""
    stats = desk.stats
    if kind == "funnel":
        return stats.funnel(start, end)
    if kind == "ratios":
        return stats.weekly_trend(start, end)
    if kind == "cycle":
        return stats.cycle_distribution(start, end), stats._range(start, end)
    if kind == "pareto":
        return stats.pareto(start, end), stats._range(start, end)
    if kind == "levels":
        return stats.levels()
    if kind == "lost":
        return stats.lost_counts(start, end), stats._range(start, end)
    raise ValueError(kind)


def build(kind: str, data) -> Figure:
    if kind == "funnel":
        return funnel_figure(data)
    if kind == "ratios":
        return ratio_figure(data)
    if kind == "cycle":
        return cycle_figure(*data)
    if kind == "pareto":
        return pareto_figure(*data)
    if kind == "levels":
        return levels_figure(data)
    if kind == "lost":
        return lost_figure(*data)
    raise ValueError(kind)


def data_json(kind: str, data) -> dict:
    if kind == "funnel":
        return data.as_json()
    if kind == "ratios":
        ref = core.REFERENCE
        return {"weeks": [{"week": w.start.isoformat(), "working_days": w.working_days,
                           "counts": {k: int(w.counts.get(k, 0)) for k in core.COUNT_KEYS},
                           "per_day": {k: round(w.per_day(k), 2) for k in ("dial", "reach", "book")}}
                          for w in data],
                "reference": ref.as_json()}
    if kind in ("cycle", "pareto"):
        return data[0].as_json()
    if kind == "levels":
        return data.as_json()
    if kind == "lost":
        return {"reasons": [{"reason": r, "prospects": n} for r, n in data[0]]}
    raise ValueError(kind)


def data_text(kind: str, data) -> str:
    """The chart's figures as lines of text in the UI's language (the command line without a file)."""
    if kind == "funnel":
        lines = [f"{title('funnel')}  {_range_text(data.period)}"]
        for s in data.stages:
            money = f"  {tr(core.MONEY_LABELS[s.stage])} {format_cny(s.money)}" if s.money is not None else ""
            lines.append("  " + tr("{stage} {count} 人{money}").format(
                stage=f"{tr(s.stage.label):<8}", count=f"{s.reached:>6}", money=money))
        lines.append("  " + tr("转化：") + "  ".join(
            f"{tr(c.from_stage.label)}→{tr(c.to_stage.label)} {'—' if c.rate is None else f'{c.rate:.0%}'}"
            for c in data.conversion))
        return "\n".join(lines)
    if kind == "ratios":
        lines = [tr("{title}（每周：拨打/天 接通/天 约见/天 面谈 成交）").format(title=title("ratios"))]
        for w in data:
            lines.append(f"  {w.start.isoformat()}  {w.per_day('dial'):.1f} {w.per_day('reach'):.1f} "
                         f"{w.per_day('book'):.1f}  {w.counts.get('meet', 0)}  {w.counts.get('deals', 0)}")
        return "\n".join(lines)
    if kind == "cycle":
        dist, period = data
        lines = [f"{title('cycle')}  {_range_text(period)}  " + tr("销售周期 {days} 天  共 {count} 件").format(
            days=dist.cycle_days, count=dist.deals)]
        lines += ["  " + tr("{first}–{last} 天：{count} 件").format(first=b, last=b + CYCLE_BIN - 1, count=n)
                  for b, n in cycle_bins(dist)]
        return "\n".join(lines)
    if kind == "pareto":
        pareto, period = data
        return f"{title('pareto')}  {_range_text(period)}  " + tr(
            "{count} 位客户  保费合计 {total}  前 {share} 的客户贡献 80% 的保费").format(
            count=len(pareto.premiums), total=format_cny(pareto.total), share=f"{pareto.customers_for(0.8):.0%}")
    if kind == "levels":
        relation = "  ".join(f"{_level(k)} {int(data.relation.get(k, 0))}" for k in core.RELATION_LEVELS)
        grades = "  ".join(f"{k} {int(data.value.get(k, 0))}" for k in core.VALUE_GRADES)
        return "\n".join([title("levels"), "  " + tr("客户五级分类") + tr("：") + relation,
                          "  " + tr("价值分级 A–E") + tr("：") + grades + f"  {tr('未分级')} {int(data.value.get('', 0))}"])
    if kind == "lost":
        counts, period = data
        lines = [f"{title('lost')}  {_range_text(period)}"]
        lines += [f"  {reason}  {n}" for reason, n in counts]
        return "\n".join(lines)
    return str(data_json(kind, data))


def figure_bytes(figure: Figure, fmt: str) -> bytes:
    out = io.BytesIO()
    figure.savefig(out, format=fmt, dpi=150 if fmt == "png" else None)
    return out.getvalue()


def save(figure: Figure, path: Path | str) -> Path:
    """Write the chart as PNG or PDF (by the file's extension), all or nothing."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "pdf"):
        raise ValueError(fmt)
    return write_atomically(path, figure_bytes(figure, fmt))
