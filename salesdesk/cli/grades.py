"""``salesdesk customer grade [--apply] [--overwrite] [--json]``: 价值分级 A–E (SPEC §5, §7.1)."""
from __future__ import annotations

import json

from salesdesk.cli.common import _open_desk
from salesdesk.cli.parsing import EXIT_OK, BadInput


def add_grade_parser(customer, common) -> None:
    """``customer`` is the sub-parsers of ``salesdesk customer``."""
    p = customer.add_parser("grade", parents=[common], help="按承保标保计算价值分级 A–E（--apply 写入）")
    p.add_argument("--apply", action="store_true", help="写入计算出的分级（手动设置的分级保持不变）")
    p.add_argument("--overwrite", action="store_true", help="与 --apply 同用：手动设置的分级也重新计算")
    p.add_argument("--json", action="store_true", help="以 JSON 输出每位客户的保费和分级")
    p.set_defaults(customer_command=cmd_grade)


def cmd_grade(args) -> int:
    if args.overwrite and not args.apply:
        raise BadInput("--overwrite 需与 --apply 同用")
    desk = _open_desk(args, create=False)
    summary = desk.grades.apply(overwrite_manual=args.overwrite) if args.apply else desk.grades.preview()
    rows = desk.grades.compute()
    if args.json:
        print(json.dumps([{"customer": r.customer_id, "name": r.name, "premium": f"{r.premium:.2f}",
                           "grade": r.computed, "current": r.current, "manual": r.manual} for r in rows],
                         ensure_ascii=False))
        return EXIT_OK
    for r in rows:
        if r.premium or r.computed != r.current:
            mark = "（手动）" if r.manual else ""
            now = f"{r.current or '—'}{mark}"
            print(f"{r.customer_id}\t{r.name}\t{r.premium:,.2f}\t{r.computed}\t当前 {now}")
    counts = "、".join(f"{grade} {n} 位" for grade, n in summary.counts)
    low = ",".join(map(str, desk.grades.thresholds()))
    print(f"共 {len(rows)} 位客户（分级界限 {low}）：{counts}")
    kept = f"，手动设置的 {summary.kept_manual} 位保持不变" if summary.kept_manual else ""
    if args.apply:
        print(f"已更新 {summary.changed} 位客户的价值分级{kept}")
    else:
        print(f"将改变 {summary.changed} 位客户的价值分级{kept}（加 --apply 写入）")
    return EXIT_OK
