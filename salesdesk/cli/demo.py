"""``salesdesk demo``: write a demo database."""
from __future__ import annotations

from pathlib import Path

from salesdesk.cli.parsing import EXIT_OK, BadInput, _count
from salesdesk.i18n import tr


def add_parsers(sub, common) -> None:
    p = sub.add_parser("demo", parents=[common], help=tr("写一个演示数据库"))
    p.add_argument("--customers", type=_count, default=80, metavar="N", help=tr("客户人数（1–100000，默认 80）"))
    p.add_argument("--seed", type=_count, default=7, metavar="S", help=tr("随机种子：相同的种子生成相同的数据（默认 7）"))
    p.add_argument("--agent", metavar="NAME", help=tr("演示业务员的姓名（默认：演示业务员）"))


def cmd_demo(args) -> int:
    from salesdesk.demo import DEFAULT_AGENT, make_demo_db

    if not getattr(args, "db", None):
        raise BadInput(tr("请用 --db PATH 指定演示数据库的位置"))
    if not 1 <= args.customers <= 100000:
        raise BadInput(tr("--customers 应在 1–100000 之间"))
    agent = tr(DEFAULT_AGENT) if args.agent is None else args.agent.strip()
    if not agent:
        raise BadInput(tr("--agent 业务员姓名不能为空"))
    if len(agent) > 100:
        raise BadInput(tr("--agent 业务员姓名太长（最多 100 个字）"))
    path = Path(args.db)
    if path.exists() and path.stat().st_size > 0:
        raise BadInput(tr("文件已存在，不会覆盖：{path}").format(path=path))
    make_demo_db(path, customers=args.customers, seed=args.seed, agent=agent)
    print(tr("已生成演示数据库：{path}").format(path=path))
    return EXIT_OK
