"""``customer dupes`` and ``customer merge KEEP OTHER`` (SPEC §3.2, §7.1), and the undo of a merge."""
from __future__ import annotations

import json

from salesdesk.cli.common import _open_desk
from salesdesk.cli.parsing import EXIT_OK, BadInput
from salesdesk.i18n import N_, tr

ACTIONS = ("dupes", "merge")
#: Said after a likely duplicate's message, with tr().
FORCE_HINT = N_("（确是另一位客户：加 --force 仍然保存）")


def add_parsers(customer, common) -> None:
    """The sub-commands of ``customer`` (``customer`` is its sub-parsers action)."""
    p = customer.add_parser("dupes", parents=[common], help=tr("列出可能重复的客户（电话相同，或姓名和公司相同）"))
    p.add_argument("--json", action="store_true", help=tr('以 JSON 输出：[{"customers": [ID, ID], "why": "phone"|"name+company"}]'))
    p = customer.add_parser("merge", parents=[common],
                            help=tr("把 OTHER 合并到 KEEP：潜在客户、交流记录、活动、介绍的客户等全部移到 KEEP，可撤销"))
    p.add_argument("keep", metavar="KEEP", nargs="?", help=tr("保留的客户：编号或准确的姓名"))
    p.add_argument("other", metavar="OTHER", nargs="?", help=tr("并入后删除的客户：编号或准确的姓名"))
    p.add_argument("--undo", metavar="MERGE_ID", nargs="?", const="last",
                   help=tr("撤销最近一次合并（或指定编号的合并），不需要 KEEP 和 OTHER"))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))


def cmd_duplicates(args) -> int:
    if args.action == "merge":
        if args.undo is not None:
            if args.keep or args.other:
                raise BadInput(tr("撤销合并时不要再写 KEEP 和 OTHER（customer merge --undo [合并编号]）"))
        elif not (args.keep and args.other):
            raise BadInput(tr("请写出两位客户：customer merge KEEP OTHER（撤销上次合并：customer merge --undo）"))
    desk = _open_desk(args, create=False)
    if args.action == "dupes":
        return _dupes(args, desk)
    if args.undo is not None:
        return _undo(args, desk)
    keep, other = desk.find_customer(args.keep), desk.find_customer(args.other)
    names = desk.customer_name(keep), desk.customer_name(other)
    result = desk.duplicates.merge(keep, other)
    if args.json:
        print(json.dumps({"id": result.merge_id, "kept": keep, "other": other, "moved": result.moved,
                          "backup": result.backup}, ensure_ascii=False))
        return EXIT_OK
    from salesdesk.services.duplicates import move_summary

    print(tr("已把 {other}（编号 {other_id}）合并到 {keep}（编号 {keep_id}），移过去：{moved}").format(
        other=names[1], other_id=other, keep=names[0], keep_id=keep, moved=move_summary(result.moved)))
    if result.backup:
        print(tr("合并前的备份：{path}").format(path=result.backup))
    print(tr("撤销：salesdesk customer merge --undo"))
    print(result.merge_id)
    return EXIT_OK


def _dupes(args, desk) -> int:
    pairs = desk.duplicates.all_duplicates()
    if args.json:
        print(json.dumps([{"customers": list(p.customers), "why": p.why} for p in pairs]))
        return EXIT_OK
    from salesdesk.services.duplicates import WHY_TEXT

    for p in pairs:
        a, b = p.customers
        print(f"{a}\t{desk.customer_name(a)}\t{b}\t{desk.customer_name(b)}\t{tr(WHY_TEXT[p.why])}")
    print(tr("共 {n} 对可能重复的客户").format(n=len(pairs)) if pairs else tr("没有可能重复的客户"))
    return EXIT_OK


def _undo(args, desk) -> int:
    if args.undo == "last":
        last = desk.duplicates.last_merge()
        if last is None:
            raise BadInput(tr("没有可以撤销的合并"))
        merge_id = last.id
    else:
        raw = args.undo.strip()
        if not (raw.isascii() and raw.isdecimal()):
            raise BadInput(tr("合并编号“{text}”不正确，应为正整数").format(text=args.undo))
        merge_id = int(raw)
    undone = desk.duplicates.undo_merge(merge_id)
    if args.json:
        print(json.dumps({"undone": merge_id, "kept": undone.kept_id, "restored": undone.restored_id}))
    else:
        name = desk.customer_name(undone.restored_id)
        print(tr("已撤销合并：{name}（编号 {id}）和 TA 的记录已恢复").format(name=name, id=undone.restored_id))
    return EXIT_OK
