"""``salesdesk customer grade [--apply] [--overwrite] [--json]``: 价值分级 A–E (SPEC §5, §7.1)."""
from __future__ import annotations

import json

from salesdesk.cli.common import _open_desk
from salesdesk.cli.parsing import EXIT_OK, BadInput, joined
from salesdesk.i18n import tr


def add_grade_parser(customer, common) -> None:
    """``customer`` is the sub-parsers of ``salesdesk customer``."""
    p = customer.add_parser("grade", parents=[common], help=tr("按承保标保计算价值分级 A–E（--apply 写入）"))
    p.add_argument("--apply", action="store_true", help=tr("写入计算出的分级（手动设置的分级保持不变）"))
    p.add_argument("--overwrite", action="store_true", help=tr("与 --apply 同用：手动设置的分级也重新计算"))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出每位客户的保费和分级"))
    p.set_defaults(customer_command=cmd_grade)


def cmd_grade(args) -> int:
    if args.overwrite and not args.apply:
        raise BadInput(tr("--overwrite 需与 --apply 同用"))
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
            grade = r.current or "—"
            now = tr("当前 {grade}（手动）").format(grade=grade) if r.manual else tr("当前 {grade}").format(grade=grade)
            print(f"{r.customer_id}\t{r.name}\t{r.premium:,.2f}\t{r.computed}\t{now}")
    counts = joined(tr("{grade} {n} 位").format(grade=grade, n=n) for grade, n in summary.counts)
    low = ",".join(map(str, desk.grades.thresholds()))
    print(tr("共 {n} 位客户（分级界限 {thresholds}）：{counts}").format(n=len(rows), thresholds=low, counts=counts))
    kept = tr("，手动设置的 {n} 位保持不变").format(n=summary.kept_manual) if summary.kept_manual else ""
    if args.apply:
        print(tr("已更新 {n} 位客户的价值分级{kept}").format(n=summary.changed, kept=kept))
    else:
        print(tr("将改变 {n} 位客户的价值分级{kept}（加 --apply 写入）").format(n=summary.changed, kept=kept))
    return EXIT_OK
