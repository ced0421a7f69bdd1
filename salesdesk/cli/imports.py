"""``import`` and ``export customers``: customers from and to spreadsheets (SPEC §3.3, §7.1)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from salesdesk.cli.common import _open_desk, _output_file
from salesdesk.cli.parsing import EXIT_BAD_INPUT, EXIT_OK, BadInput, _Parser
from salesdesk.i18n import N_, tr

FORCE_HELP = N_("文件已存在时覆盖它")
#: Why two rows are taken for one customer (shown with tr()).
WHY = {"phone": N_("电话相同"), "name+company": N_("姓名和单位相同")}


def add_parsers(sub, common) -> None:
    p = sub.add_parser("import", parents=[common], help=tr("从 Excel（.xlsx）或 CSV 文件导入客户"))
    p.add_argument("file", nargs="?", metavar="FILE", help=tr("要导入的文件（.xlsx 或 .csv）"))
    p.add_argument("--dry-run", action="store_true", help=tr("只检查，不导入"))
    p.add_argument("--skip-bad-rows", action="store_true", help=tr("跳过有错误的行，只导入正确的行"))
    p.add_argument("--rejects", metavar="FILE", help=tr("把未导入的行（带原因列）写入这个文件（.xlsx 或 .csv）"))
    p.add_argument("--on-duplicate", choices=("skip", "merge", "add"), default="skip",
                   help=tr("与已有客户或文件中前面的行重复时：skip 跳过（默认）、merge 合并、add 仍然添加"))
    p.add_argument("--encoding", metavar="ENC", help=tr("CSV 文件的编码（默认自动识别，如 utf-8、gb18030）"))
    p.add_argument("--undo", action="store_true", help=tr("撤销上一次导入"))
    p.add_argument("--force", action="store_true", help=tr(FORCE_HELP))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出结果"))
    export = sub.add_parser("export", parents=[common], help=tr("导出客户")).add_subparsers(
        dest="what", parser_class=_Parser)
    p = export.add_parser("customers", parents=[common], help=tr("把客户导出为 Excel（.xlsx）或 CSV，列与导入相同"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=tr("输出文件（.xlsx 或 .csv）"))
    p.add_argument("--search", default="", metavar="TEXT", help=tr("只导出搜索到的客户（同 customer list --search）"))
    p.add_argument("--force", action="store_true", help=tr(FORCE_HELP))


def _target(text: str, force: bool, option: str) -> Path:
    suffix = Path(text).suffix.lower()
    return _output_file(text, suffix if suffix in (".xlsx", ".csv") else ".xlsx", force, option=option)


def cmd_import(args) -> int:
    if args.undo:
        if args.file:
            raise BadInput(tr("--undo 不需要文件名：它撤销上一次导入"))
        desk = _open_desk(args, create=False)
        undo = desk.imports.undo_last()
        if args.json:
            print(json.dumps({"undone": undo.batch_id, "removed": undo.removed, "reverted": undo.reverted}))
        else:
            print(tr("已撤销导入“{file}”：删除 {removed} 位导入的客户，恢复 {reverted} 位合并过的客户").format(
                file=undo.file_name, removed=undo.removed, reverted=undo.reverted))
        return EXIT_OK
    if not args.file:
        raise BadInput(tr("请指定要导入的文件（salesdesk import FILE），或用 --undo 撤销上一次导入"))
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
            print(tr("salesdesk: {n} 行有错误，没有导入任何客户（改正后再导入，或加 --skip-bad-rows 只导入正确的行）").format(
                n=len(result.rejected_rows)), file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _say(result, rejects: Path | None) -> None:
    for problem in result.errors:
        print(tr("第 {row} 行［{column}］：{reason}").format(row=problem.row, column=problem.column, reason=problem.reason))
    for dup in result.duplicates:
        if dup.customer:
            other = tr("客户 {id}（{name}）").format(id=dup.customer, name=dup.other_name)
        else:
            other = tr("第 {row} 行（{name}）").format(row=dup.same_as_row, name=dup.other_name)
        why = tr(WHY[dup.why]) if dup.why in WHY else ""
        print(tr("第 {row} 行 {name}：与{other}{why}").format(row=dup.row, name=dup.name, other=other, why=why))
    if result.stopped:
        return
    if result.dry_run:
        said = tr("将导入 {imported} 位新客户，合并 {merged} 行，跳过 {skipped} 行")
    else:
        said = tr("已导入 {imported} 位新客户，合并 {merged} 行，跳过 {skipped} 行")
    said = said.format(imported=result.imported, merged=result.merged, skipped=result.skipped)
    if result.rejected:
        said += tr("（{n} 行有错误）").format(n=result.rejected)
    if result.dry_run:
        said += tr("（试运行，未做任何修改）")
    print(said)
    if rejects is not None and result.rejected_rows:
        print(tr("未导入的行已写入：{path}").format(path=rejects))


def cmd_export(args) -> int:
    if args.what != "customers":
        raise BadInput(tr("请指定 export customers -o FILE"))
    output = _target(args.output, args.force, "-o")
    if output.suffix.lower() not in (".xlsx", ".csv"):
        raise BadInput(tr("-o 的文件名应以 .xlsx 或 .csv 结尾：{path}").format(path=output))
    desk = _open_desk(args, create=False)
    table = desk.imports.export_table(args.search or None)
    from salesdesk.reports.customer_export import write_rows

    write_rows(table.headers, (values for _, values in table.rows), output)
    print(tr("已导出 {n} 位客户：{path}").format(n=len(table.rows), path=output))
    return EXIT_OK
