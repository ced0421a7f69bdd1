"""``salesdesk demo``: write a demo database."""
from __future__ import annotations

from pathlib import Path

from salesdesk.cli.parsing import EXIT_OK, BadInput, _count


def add_parsers(sub, common) -> None:
    p = sub.add_parser("demo", parents=[common], help="写一个演示数据库")
    p.add_argument("--customers", type=_count, default=80, metavar="N", help="客户人数（1–100000，默认 80）")
    p.add_argument("--seed", type=_count, default=7, metavar="S", help="随机种子：相同的种子生成相同的数据（默认 7）")
    p.add_argument("--agent", metavar="NAME", help="演示业务员的姓名（默认：演示业务员）")


def cmd_demo(args) -> int:
    from salesdesk.demo import DEFAULT_AGENT, make_demo_db

    if not getattr(args, "db", None):
        raise BadInput("请用 --db PATH 指定演示数据库的位置")
    if not 1 <= args.customers <= 100000:
        raise BadInput("--customers 应在 1–100000 之间")
    agent = DEFAULT_AGENT if args.agent is None else args.agent.strip()
    if not agent:
        raise BadInput("--agent 业务员姓名不能为空")
    if len(agent) > 100:
        raise BadInput("--agent 业务员姓名太长（最多 100 个字）")
    path = Path(args.db)
    if path.exists() and path.stat().st_size > 0:
        raise BadInput(f"文件已存在，不会覆盖：{path}")
    make_demo_db(path, customers=args.customers, seed=args.seed, agent=agent)
    print(f"已生成演示数据库：{path}")
    return EXIT_OK
