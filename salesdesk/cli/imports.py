"""``import`` and ``export customers``: customers from and to spreadsheets (SPEC §3.3, §7.1)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from salesdesk.cli.common import _open_desk, _output_file
from salesdesk.cli.parsing import EXIT_BAD_INPUT, EXIT_OK, BadInput, _Parser

FORCE_HELP = "文件已存在时覆盖它"
WHY = {"phone": "电话相同", "name+company": "姓名和单位相同"}


def add_parsers(sub, common) -> None:
    p = sub.add_parser("import", parents=[common], help="从 Excel（.xlsx）或 CSV 文件导入客户")
    p.add_argument("file", nargs="?", metavar="FILE", help="要导入的文件（.xlsx 或 .csv）")
    p.add_argument("--dry-run", action="store_true", help="只检查，不导入")
    p.add_argument("--skip-bad-rows", action="store_true", help="跳过有错误的行，只导入正确的行")
    p.add_argument("--rejects", metavar="FILE", help="把未导入的行（带原因列）写入这个文件（.xlsx 或 .csv）")
    p.add_argument("--on-duplicate", choices=("skip", "merge", "add"), default="skip",
                   help="与已有客户或文件中前面的行重复时：skip 跳过（默认）、merge 合并、add 仍然添加")
    p.add_argument("--encoding", metavar="ENC", help="CSV 文件的编码（默认自动识别，如 utf-8、gb18030）")
    p.add_argument("--undo", action="store_true", help="撤销上一次导入")
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    export = sub.add_parser("export", parents=[common], help="导出客户").add_subparsers(dest="what", parser_class=_Parser)
    p = export.add_parser("customers", parents=[common], help="把客户导出为 Excel（.xlsx）或 CSV，列与导入相同")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="输出文件（.xlsx 或 .csv）")
    p.add_argument("--search", default="", metavar="TEXT", help="只导出搜索到的客户（同 customer list --search）")
    p.add_argument("--force", action="store_true", help=FORCE_HELP)


def _target(text: str, force: bool, option: str) -> Path:
    suffix = Path(text).suffix.lower()
    return _output_file(text, suffix if suffix in (".xlsx", ".csv") else ".xlsx", force, option=option)


def cmd_import(args) -> int:
    if args.undo:
        if args.file:
            raise BadInput("--undo 不需要文件名：它撤销上一次导入")
        desk = _open_desk(args, create=False)
        undo = desk.imports.undo_last()
        if args.json:
            print(json.dumps({"undone": undo.batch_id, "removed": undo.removed, "reverted": undo.reverted}))
        else:
            print(f"已撤销导入“{undo.file_name}”：删除 {undo.removed} 位导入的客户，恢复 {undo.reverted} 位合并过的客户")
        return EXIT_OK
    if not args.file:
        raise BadInput("请指定要导入的文件（salesdesk import FILE），或用 --undo 撤销上一次导入")
    rejects = _target(args.rejects, args.force, "--rejects") if args.rejects else None
    from salesdesk.reports.customer_import import read_table

    table = read_table(args.file, args.encoding)
    desk = _open_desk(args, create=True)
    result = desk.imports.run(table, on_duplicate=args.on_duplicate, skip_bad_rows=args.skip_bad_rows,
                              dry_run=args.dry_run)
    if rejects is not None and result.rejected_rows:
        from salesdesk.reports.customer_export import write_rejects

        write_rejects(table.headers, result.rejected_rows, rejects)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        _say(result, rejects)
    if result.stopped:
        if not args.json:
            print(f"salesdesk: {len(result.rejected_rows)} 行有错误，没有导入任何客户"
                  "（改正后再导入，或加 --skip-bad-rows 只导入正确的行）", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _say(result, rejects: Path | None) -> None:
    for problem in result.errors:
        print(f"第 {problem.row} 行［{problem.column}］：{problem.reason}")
    for dup in result.duplicates:
        other = f"客户 {dup.customer}（{dup.other_name}）" if dup.customer else f"第 {dup.same_as_row} 行（{dup.other_name}）"
        print(f"第 {dup.row} 行 {dup.name}：与{other}{WHY.get(dup.why, '')}")
    if result.stopped:
        return
    verb = "将导入" if result.dry_run else "已导入"
    print(f"{verb} {result.imported} 位新客户，合并 {result.merged} 行，跳过 {result.skipped} 行"
          + (f"（{result.rejected} 行有错误）" if result.rejected else "") + ("（试运行，未做任何修改）" if result.dry_run else ""))
    if rejects is not None and result.rejected_rows:
        print(f"未导入的行已写入：{rejects}")


def cmd_export(args) -> int:
    if args.what != "customers":
        raise BadInput("请指定 export customers -o FILE")
    output = _target(args.output, args.force, "-o")
    if output.suffix.lower() not in (".xlsx", ".csv"):
        raise BadInput(f"-o 的文件名应以 .xlsx 或 .csv 结尾：{output}")
    desk = _open_desk(args, create=False)
    table = desk.imports.export_table(args.search or None)
    from salesdesk.reports.customer_export import write_rows

    write_rows(table.headers, (values for _, values in table.rows), output)
    print(f"已导出 {len(table.rows)} 位客户：{output}")
    return EXIT_OK
