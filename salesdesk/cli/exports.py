"""``weekly`` and ``dept``: the 行动工具表 and the department tracking files."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from salesdesk.cli.common import _open_desk, _output_file
from salesdesk.cli.parsing import EXIT_OK, BadInput, _Parser, joined, parse_date
from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import BOARD_STAGES
from salesdesk.i18n import N_, tr

WEEK_HELP = N_("这一天所在的那一周 YYYY-MM-DD（默认本周）")
FORCE_HELP = N_("文件已存在时覆盖它")


def add_weekly_parsers(sub, common) -> None:
    p = sub.add_parser("weekly", parents=[common], help=tr("潜在客户管理行动工具表"))
    p.add_argument("--week", metavar="DATE", help=tr(WEEK_HELP))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出工具表"))
    p.add_argument("--xlsx", metavar="FILE", help=tr("导出为 Excel 文件（.xlsx）"))
    p.add_argument("--pdf", metavar="FILE", help=tr("导出为 PDF 文件（.pdf）"))
    p.add_argument("--force", action="store_true", help=tr(FORCE_HELP))


def add_dept_parsers(sub, common) -> None:
    dept = sub.add_parser("dept", parents=[common], help=tr("部门追踪表")).add_subparsers(
        dest="action", parser_class=_Parser)
    p = dept.add_parser("export", parents=[common], help=tr("导出本人的部门追踪表（不含客户资料）"))
    p.add_argument("--week", metavar="DATE", help=tr(WEEK_HELP))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=tr("输出文件（.xlsx）"))
    p.add_argument("--force", action="store_true", help=tr(FORCE_HELP))
    p = dept.add_parser("merge", parents=[common], help=tr("合并多位组员的部门追踪表"))
    p.add_argument("files", nargs="+", metavar="FILE", help=tr("组员用 dept export 导出的部门追踪表（.xlsx）"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=tr("合并后的文件（.xlsx）"))
    p.add_argument("--force", action="store_true", help=tr(FORCE_HELP))


def _ensure_gui_platform() -> None:
    # PDF rendering uses QtGui (no widgets); with no display, render offscreen.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cmd_weekly(args) -> int:
    day = parse_date(args.week) if args.week else None
    # Both targets are checked before either is written.
    xlsx = _output_file(args.xlsx, ".xlsx", args.force, option="--xlsx") if args.xlsx else None
    pdf = _output_file(args.pdf, ".pdf", args.force, option="--pdf") if args.pdf else None
    desk = _open_desk(args, create=False)
    table = desk.weekly_table(day)
    agent = desk.setting("agent_name")
    if xlsx:
        from salesdesk.reports.weekly_xlsx import write_weekly_xlsx

        write_weekly_xlsx(table, xlsx, agent)
    if pdf:
        _ensure_gui_platform()
        from salesdesk.reports.weekly_pdf import write_weekly_pdf

        write_weekly_pdf(table, pdf, agent)
    if args.json:
        print(json.dumps(table.as_json(), ensure_ascii=False))
        return EXIT_OK
    if args.xlsx or args.pdf:
        for target in (args.xlsx, args.pdf):
            if target:
                print(tr("已导出：{path}").format(path=target))
        return EXIT_OK
    print(tr("潜在客户管理行动工具表  {week}  我的销售周期: {days} 天").format(week=table.week.range_label,
                                                                  days=table.cycle_days))
    for row in ReviewRow:
        print(tr(row.label))
        for stage in BOARD_STAGES:
            entries = table.cell(row, stage)
            texts = joined(e.text + ("※" if e.overdue else "") for e in entries)
            print(tr("  {column}（{n}）：{entries}").format(column=tr(stage.column_label), n=len(entries), entries=texts))
    print(tr("小计  {counts}").format(counts="  ".join(f"{tr(s.column_label)} {n}" for s, n in table.subtotal.items())))
    return EXIT_OK


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def cmd_dept(args) -> int:
    from salesdesk.reports import dept

    if args.action == "export":
        day = parse_date(args.week) if args.week else None
        output = _output_file(args.output, ".xlsx", args.force, option="-o")
        desk = _open_desk(args, create=False)
        agent = desk.setting("agent_name")
        if not agent:
            raise BadInput(tr("请先设置业务员姓名（设置 → 业务员姓名，或 salesdesk settings set agent_name 姓名），"
                              "部门追踪表需要它"))
        dept.write_dept_export(desk.weekly_table(day), output, agent)
    elif args.action == "merge":
        files = [Path(f) for f in args.files]
        # An input named as the output: the merge itself says so, whatever --force says.
        force = args.force or any(_same_file(f, Path(args.output)) for f in files)
        output = _output_file(args.output, ".xlsx", force, option="-o")
        result = dept.merge_department(files, output)
        for warning in result.warnings:
            print(tr("salesdesk: 注意：{warning}").format(warning=warning), file=sys.stderr)
    else:
        raise BadInput(tr("请指定 dept export 或 dept merge"))
    print(tr("已导出：{path}").format(path=args.output))
    return EXIT_OK
