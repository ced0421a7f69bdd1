"""``ratios``, ``plan``, ``forecast`` and ``chart``: the numbers of the method (SPEC §5, §7.1)."""
from __future__ import annotations

import json
from decimal import Decimal

from salesdesk import i18n
from salesdesk.cli.common import _open_desk, _output_file
from salesdesk.cli.parsing import EXIT_OK, BadInput, _count, _money, parse_date
from salesdesk.i18n import N_, tr

CHARTS = ("funnel", "ratios", "cycle", "pareto")
FORCE_HELP = N_("文件已存在时覆盖它")


def add_parsers(sub, common) -> None:
    p = sub.add_parser("ratios", parents=[common], help=tr("比例游戏：拨打、接通、约见、面谈、成交与参考比例"))
    p.add_argument("--period", choices=("day", "week", "month", "quarter", "year"), default="week",
                   help=tr("时段（默认 week：周一至周日）"))
    p.add_argument("--date", metavar="DATE", help=tr("这一天所在的时段 YYYY-MM-DD（默认今天）"))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))
    p = sub.add_parser("plan", parents=[common], help=tr("目标规划：从年度目标倒推每周面谈、每天拨打"))
    goal = p.add_mutually_exclusive_group()
    goal.add_argument("--deals", metavar="N", type=_count, help=tr("年度成交件数目标（默认：设置里的目标）"))
    goal.add_argument("--premium", metavar="AMOUNT", help=tr("年度保费目标（元）"))
    p.add_argument("--date", metavar="DATE", help=tr("按这一天计算本周和今天的进度（默认今天）"))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))
    p = sub.add_parser("forecast", parents=[common], help=tr("加权预测：按预计签约月份"))
    p.add_argument("--date", metavar="DATE", help=tr("今天的日期 YYYY-MM-DD（默认今天）"))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))
    p = sub.add_parser("chart", parents=[common], help=tr("图表：漏斗、比例趋势、销售周期分布、二八分割图"))
    p.add_argument("kind", choices=CHARTS, metavar="KIND", help=tr("图表：funnel、ratios、cycle 或 pareto"))
    p.add_argument("--from", dest="start", metavar="DATE", help=tr("开始日期（默认一年前）"))
    p.add_argument("--to", dest="end", metavar="DATE", help=tr("结束日期（默认今天）"))
    p.add_argument("--png", metavar="FILE", help=tr("保存为 PNG 图片"))
    p.add_argument("--pdf", metavar="FILE", help=tr("保存为 PDF 文件"))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出图表的数据"))
    p.add_argument("--force", action="store_true", help=tr(FORCE_HELP))


def _date(text: str | None):
    return parse_date(text) if text else None


def _short(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def cmd_ratios(args) -> int:
    from salesdesk.core.stats import COUNT_KEYS, COUNT_LABELS, advice

    day = _date(args.date)
    desk = _open_desk(args, create=False)
    ratios = desk.stats.ratios(args.period, day)
    if args.json:
        print(json.dumps(ratios.as_json(), ensure_ascii=False))
        return EXIT_OK
    ref = ratios.reference
    print(tr("比例游戏  {period}（工作日 {days} 天）").format(period=ratios.period.label,
                                                      days=ratios.period.working_days))
    print("  " + "  ".join(f"{tr(COUNT_LABELS[k])} {ratios.counts[k]}" for k in COUNT_KEYS))
    print(tr("  新名单:潜在客户:成交  {ratio}（参考 {contacts}:{prospects}:{deals}）").format(
        ratio=ratios.contacts_ratio, contacts=ref.new_contacts, prospects=ref.prospects, deals=ref.deals))
    print(tr("  每日 拨打-接通-约见  {ratio}（参考 {dial}-{reach}-{book}）").format(
        ratio=ratios.daily_ratio, dial=ref.dial, reach=ref.reach, book=ref.book))
    print(tr("  面谈:成交  {ratio}（参考 {meetings}:1）  每周面谈 {week}（参考 {week_ref}）").format(
        ratio=ratios.close_ratio, meetings=ref.meetings_per_deal, week=_short(ratios.meetings_per_week),
        week_ref=ref.meetings_week))
    print(advice(ratios))
    return EXIT_OK


def cmd_plan(args) -> int:
    day = _date(args.date)
    premium: Decimal | None = _money(args.premium) if args.premium is not None else None
    if args.deals is not None and args.deals < 1:
        raise BadInput(tr("--deals 应为正整数"))
    desk = _open_desk(args, create=False)
    plan = desk.stats.plan(deals=args.deals, premium=premium, day=day)
    if args.json:
        print(json.dumps(plan.as_json(), ensure_ascii=False))
        return EXIT_OK
    print(plan.summary)
    names = {"deals": tr("成交", "count"), "meet": tr("面谈", "count"), "book": tr("约见", "count"),
             "dial": tr("拨打", "count")}
    week = plan.this_week
    print(tr("本周（{week}）：{progress}").format(week=plan.week.label, progress="  ".join(
        f"{names[k]} {p.done}/{_short(p.target)}" for k, p in week.items())))
    return EXIT_OK


def cmd_forecast(args) -> int:
    day = _date(args.date)
    desk = _open_desk(args, create=False)
    forecast = desk.stats.forecast(day)
    if args.json:
        print(json.dumps(forecast.as_json(), ensure_ascii=False))
        return EXIT_OK
    print(tr("加权预测（销售周期 {days} 天；25% × 0.25、50% × 0.5、90% × 0.9）").format(days=forecast.cycle_days))
    print(_forecast_header())
    for m in forecast.months:
        print(f"{m.month:<10} {m.weighted:>14,.2f} {m.unweighted:>14,.2f} {m.won:>14,.2f}")
    return EXIT_OK


def _forecast_header() -> str:
    """The forecast's column heads over the numbers (a Chinese character takes two columns
    of a terminal: the month head is padded to fewer characters in Chinese)."""
    month, weighted, unweighted, won = tr("月份"), tr("加权"), tr("未加权"), tr("已成交")
    if i18n.language() == i18n.SOURCE_LANGUAGE:
        return f"{month:<8} {weighted:>14} {unweighted:>14} {won:>14}"
    return f"{month:<10} {weighted:>14} {unweighted:>14} {won:>14}"


def cmd_chart(args) -> int:
    start, end = _date(args.start), _date(args.end)
    if start and end and end < start:
        raise BadInput(tr("--to {end} 早于 --from {start}").format(end=end.isoformat(), start=start.isoformat()))
    # Both targets are checked before either is written.
    png = _output_file(args.png, ".png", args.force, option="--png") if args.png else None
    pdf = _output_file(args.pdf, ".pdf", args.force, option="--pdf") if args.pdf else None
    desk = _open_desk(args, create=False)
    from salesdesk.reports import charts

    data = charts.chart_data(desk, args.kind, start, end)
    if png or pdf:
        figure = charts.build(args.kind, data)
        if png:
            charts.save(figure, png)
        if pdf:
            charts.save(figure, pdf)
    if args.json:
        print(json.dumps(charts.data_json(args.kind, data), ensure_ascii=False))
    elif png or pdf:
        for target in (args.png, args.pdf):
            if target:
                print(tr("已导出：{path}").format(path=target))
    else:
        print(charts.data_text(args.kind, data))
    return EXIT_OK


COMMANDS = {"ratios": cmd_ratios, "plan": cmd_plan, "forecast": cmd_forecast, "chart": cmd_chart}
