"""The ``salesdesk`` command line (SPEC §7): the same services as the window, no widgets.

Exit codes are a contract: 0 success, 2 bad input or a refused rule (one line on
stderr saying what and why), 1 any other failure. No traceback unless ``--debug``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import Sequence

from salesdesk.core.customer import CONTACT_METHODS, CustomerData, valid_mobile
from salesdesk.core.money import BadAmount, parse_money
from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import BOARD_STAGES, UnknownStage, parse_stage

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """Wrong arguments: exit 2 with this message."""


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        # argparse passes prefix="" when it builds a sub-command's name: keep that.
        super().add_usage(usage, actions, groups, prefix="用法：" if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """Help in Chinese, and errors as one line (argparse would print usage + English)."""

    def __init__(self, *args, parents=(), **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = "显示帮助并退出"
        # Parents are added after the titles change, so their options join the same group.
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def error(self, message: str):
        raise BadInput(f"参数错误：{message}（salesdesk --help 查看用法）")


# -- argument parsing ------------------------------------------------------------
#: Dates of sales work outside this range are typing mistakes (and 9999-12-31 would
#: overflow date arithmetic further on).
FIRST_YEAR, LAST_YEAR = 2000, 2099
MAX_ID = 2**62


def _in_range(value, text: str):
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise BadInput(f"日期“{text}”超出范围（{FIRST_YEAR}–{LAST_YEAR} 年）")
    return value


def parse_datetime(text: str) -> dt.datetime:
    raw = text.strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return _in_range(dt.datetime.strptime(raw, fmt), text)
        except ValueError:
            pass
    raise BadInput(f"时间“{text}”格式不正确，应为 YYYY-MM-DD HH:MM")


def parse_date(text: str) -> dt.date:
    try:
        value = dt.datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise BadInput(f"日期“{text}”格式不正确，应为 YYYY-MM-DD") from None
    return _in_range(value, text)


def parse_id(text: str, what: str) -> int:
    raw = text.strip()
    if not (raw.isascii() and raw.isdecimal()) or not 0 < int(raw) < MAX_ID:
        raise BadInput(f"{what}编号“{text}”不正确，应为正整数")
    return int(raw)


def _count(text: str) -> int:
    """argparse type for whole numbers, with a Chinese message."""
    raw = text.strip()
    if not (raw.isascii() and raw.lstrip("-").isdecimal()):
        raise argparse.ArgumentTypeError(f"“{text}”不是整数")
    return int(raw)


def _money(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return parse_money(text)
    except BadAmount as exc:
        raise BadInput(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="数据库文件（默认：用户数据目录）")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="出错时显示详细信息")

    parser = _Parser(prog="salesdesk", description="salesdesk 销售管理：离线的个人客户管理工具", parents=[common])
    parser.add_argument("--demo", action="store_true", help="在临时演示数据库上打开窗口（不动您的数据）")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("demo", parents=[common], help="写一个演示数据库")
    p.add_argument("--customers", type=_count, default=80)
    p.add_argument("--seed", type=_count, default=7)

    customer = sub.add_parser("customer", parents=[common], help="客户").add_subparsers(dest="action", parser_class=_Parser)
    p = customer.add_parser("add", parents=[common], help="新建客户，输出编号")
    p.add_argument("name")
    p.add_argument("--phone")
    p.add_argument("--company", default="")
    p.add_argument("--source", default="")
    p.add_argument("--referrer")
    p.add_argument("--json", action="store_true")
    p = customer.add_parser("list", parents=[common], help="列出客户（可用拼音搜索）")
    p.add_argument("--search", default="")
    p.add_argument("--json", action="store_true")

    prospect = sub.add_parser("prospect", parents=[common], help="潜在客户").add_subparsers(dest="action", parser_class=_Parser)
    p = prospect.add_parser("add", parents=[common], help="新建潜在客户（销售机会），输出编号")
    p.add_argument("customer")
    p.add_argument("--plan", default="")
    p.add_argument("--at")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("move", parents=[common], help="移动潜在客户到另一阶段")
    p.add_argument("prospect")
    p.add_argument("stage")
    p.add_argument("--at")
    p.add_argument("--reason", default="")
    p.add_argument("--first-meeting")
    p.add_argument("--criteria")
    p.add_argument("--budget")
    p.add_argument("--signing-date")
    p.add_argument("--next-step")
    p.add_argument("--signed", action="store_true", default=None)
    p.add_argument("--paid")
    p.add_argument("--premium")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("log", parents=[common], help="记录活动（拨打/接通/约见/面谈/成交）或交流记录")
    p.add_argument("customer")
    p.add_argument("kind")
    p.add_argument("--at")
    p.add_argument("--note", default="")
    p.add_argument("--method")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("weekly", parents=[common], help="潜在客户管理行动工具表")
    p.add_argument("--week")
    p.add_argument("--json", action="store_true")
    p.add_argument("--xlsx")
    p.add_argument("--pdf")

    dept = sub.add_parser("dept", parents=[common], help="部门追踪表").add_subparsers(dest="action", parser_class=_Parser)
    p = dept.add_parser("export", parents=[common], help="导出本人的部门追踪表（不含客户资料）")
    p.add_argument("--week")
    p.add_argument("-o", "--output", required=True)
    p = dept.add_parser("merge", parents=[common], help="合并多位组员的部门追踪表")
    p.add_argument("files", nargs="+")
    p.add_argument("-o", "--output", required=True)
    p = sub.add_parser("backup", parents=[common], help="备份数据库（默认放在数据库旁的 backups 文件夹）")
    p.add_argument("-o", "--output", help="备份文件路径")
    p = sub.add_parser("restore", parents=[common], help="从备份恢复（先自动备份当前数据）")
    p.add_argument("file")
    p = sub.add_parser("check", parents=[common], help="检查数据库是否完好")
    return parser


# -- commands ----------------------------------------------------------------------
def _open_desk(args, *, create: bool = True):
    """The services on the chosen file. Commands that only read never create one."""
    from salesdesk.paths import default_db_path
    from salesdesk.services import SalesDesk
    from salesdesk.storage.db import open_db

    path = Path(getattr(args, "db", None) or default_db_path())
    if not create and not path.exists():
        raise BadInput(f"数据库文件不存在：{path}")
    return SalesDesk(open_db(path))


def _print_id(args, new_id: int, message: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps({"id": new_id}))
    else:
        print(message)
        print(new_id)


def cmd_demo(args) -> int:
    from salesdesk.demo import make_demo_db

    if not getattr(args, "db", None):
        raise BadInput("请用 --db PATH 指定演示数据库的位置")
    if not 1 <= args.customers <= 100000:
        raise BadInput("--customers 应在 1–100000 之间")
    path = Path(args.db)
    if path.exists() and path.stat().st_size > 0:
        raise BadInput(f"文件已存在，不会覆盖：{path}")
    make_demo_db(path, customers=args.customers, seed=args.seed)
    print(f"已生成演示数据库：{path}")
    return EXIT_OK


def cmd_customer(args) -> int:
    desk = _open_desk(args, create=args.action == "add")
    if args.action == "add":
        data = CustomerData(name=args.name, company=args.company, source=args.source)
        if args.phone:
            if valid_mobile(args.phone):
                data.mobile = args.phone
            else:
                data.phone = args.phone
        if args.referrer:
            data.referrer_id = desk.find_customer(args.referrer)
        new_id = desk.add_customer(data)
        _print_id(args, new_id, f"已新建客户：{data.name.strip()}")
        return EXIT_OK
    if args.action == "list":
        rows = desk.list_customers(args.search, limit=100000)
        if args.json:
            print(json.dumps([{"id": r.id, "name": r.name, "company": r.company, "phone": r.mobile} for r in rows],
                             ensure_ascii=False))
        else:
            for r in rows:
                print(f"{r.id}\t{r.name}\t{r.company}\t{r.mobile}")
            print(f"共 {len(rows)} 位客户")
        return EXIT_OK
    raise BadInput("请指定 customer add 或 customer list")


def cmd_prospect(args) -> int:
    if args.action != "add":
        raise BadInput("请指定 prospect add")
    at = parse_datetime(args.at) if args.at else None
    desk = _open_desk(args)
    customer_id = desk.find_customer(args.customer)
    new_id = desk.add_prospect(customer_id, args.plan, at=at)
    _print_id(args, new_id, f"已新建潜在客户（销售机会）：{desk.customer_name(customer_id)} {args.plan}".rstrip())
    return EXIT_OK


def _prospect_id(text: str) -> int:
    return parse_id(text, "潜在客户")


def cmd_move(args) -> int:
    from salesdesk.services import parse_criteria

    try:
        stage = parse_stage(args.stage)
    except UnknownStage as exc:
        raise BadInput(str(exc)) from None
    kwargs = dict(
        at=parse_datetime(args.at) if args.at else None,
        reason=args.reason,
        first_meeting=parse_date(args.first_meeting) if args.first_meeting else None,
        criteria=parse_criteria(args.criteria),
        budget=_money(args.budget),
        signing_date=parse_date(args.signing_date) if args.signing_date else None,
        next_step=args.next_step,
        signed=args.signed,
        paid=_money(args.paid),
        premium=_money(args.premium),
    )
    desk = _open_desk(args)
    result = desk.move_prospect(_prospect_id(args.prospect), stage, **kwargs)
    if args.json:
        print(json.dumps({"id": result.change_id, "prospect": result.prospect_id,
                          "from": result.from_stage.value, "to": result.to_stage.value}))
    else:
        print(f"已将潜在客户 {result.prospect_id} 从“{result.from_stage.label}”移到“{result.to_stage.label}”")
    return EXIT_OK


CONTACT_KINDS = ("contact", "交流", "交流记录")


def cmd_log(args) -> int:
    from salesdesk.services import ACTIVITY_KINDS

    at = parse_datetime(args.at) if args.at else None
    desk = _open_desk(args)
    customer_id = desk.find_customer(args.customer)
    kind = args.kind.strip()
    # 面谈 is both an activity (meet) and a contact method: the activity wins, as in §7.
    is_activity = kind in ACTIVITY_KINDS or kind in ACTIVITY_KINDS.values()
    if not is_activity and (kind in CONTACT_KINDS or kind in CONTACT_METHODS or args.method):
        method = args.method or (kind if kind in CONTACT_METHODS else "")
        if not method:
            raise BadInput(f"交流记录需要 --method（{'|'.join(CONTACT_METHODS)}）")
        new_id = desk.add_contact(customer_id, method, at=at, summary=args.note)
        _print_id(args, new_id, f"已记录交流：{desk.customer_name(customer_id)}（{method}）")
    else:
        if args.method:
            raise BadInput(f"--method 只用于交流记录（KIND 为 contact），不能与 {kind} 同用")
        new_id = desk.log_activity(customer_id, kind, at=at, note=args.note)
        _print_id(args, new_id, f"已记录活动：{desk.customer_name(customer_id)}")
    return EXIT_OK


def _ensure_gui_platform() -> None:
    # PDF rendering uses QtGui (no widgets); with no display, render offscreen.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cmd_weekly(args) -> int:
    day = parse_date(args.week) if args.week else None
    desk = _open_desk(args, create=False)
    table = desk.weekly_table(day)
    agent = desk.setting("agent_name")
    if args.xlsx:
        from salesdesk.reports.weekly_xlsx import write_weekly_xlsx

        write_weekly_xlsx(table, Path(args.xlsx), agent)
    if args.pdf:
        _ensure_gui_platform()
        from salesdesk.reports.weekly_pdf import write_weekly_pdf

        write_weekly_pdf(table, Path(args.pdf), agent)
    if args.json:
        print(json.dumps(table.as_json(), ensure_ascii=False))
        return EXIT_OK
    if args.xlsx or args.pdf:
        for target in (args.xlsx, args.pdf):
            if target:
                print(f"已导出：{target}")
        return EXIT_OK
    print(f"潜在客户管理行动工具表  {table.week.range_label}  我的销售周期: {table.cycle_days} 天")
    for row in ReviewRow:
        print(f"{row.label}")
        for stage in BOARD_STAGES:
            entries = table.cell(row, stage)
            texts = "、".join(e.text + ("※" if e.overdue else "") for e in entries)
            print(f"  {stage.column_label}（{len(entries)}）：{texts}")
    print("小计  " + "  ".join(f"{s.column_label} {n}" for s, n in table.subtotal.items()))
    return EXIT_OK


def cmd_dept(args) -> int:
    from salesdesk.reports import dept

    if args.action == "export":
        day = parse_date(args.week) if args.week else None
        desk = _open_desk(args, create=False)
        agent = desk.setting("agent_name")
        if not agent:
            raise BadInput("请先设置业务员姓名（设置 → 业务员姓名），部门追踪表需要它")
        dept.write_dept_export(desk.weekly_table(day), Path(args.output), agent)
    elif args.action == "merge":
        dept.merge_dept_files([Path(f) for f in args.files], Path(args.output))
    else:
        raise BadInput("请指定 dept export 或 dept merge")
    print(f"已导出：{args.output}")
    return EXIT_OK


def _db_path(args) -> Path:
    from salesdesk.paths import default_db_path

    return Path(getattr(args, "db", None) or default_db_path())


def cmd_backup(args) -> int:
    from salesdesk.storage.backup import backup_folder, make_backup, prune_backups
    from salesdesk.storage.db import backup_database

    desk = _open_desk(args)
    now = desk.clock.now()
    if args.output:
        target = Path(args.output)
        if target.exists():
            raise BadInput(f"文件已存在，不会覆盖：{target}")
        try:
            backup_database(desk.db, target)
        except OSError as exc:
            raise BadInput(f"无法写入备份（{exc.strerror or exc}）：{target}") from None
    else:
        folder = backup_folder(_db_path(args))
        target = make_backup(desk.db, folder, now)
        prune_backups(folder, now)
    print(f"已备份到：{target}")
    return EXIT_OK


def cmd_restore(args) -> int:
    from salesdesk.storage.backup import backup_folder, make_backup, restore_into, validate_backup
    from salesdesk.storage.errors import StorageError

    source = Path(args.file)
    try:
        validate_backup(source)
    except StorageError as exc:
        raise BadInput(str(exc)) from None
    desk = _open_desk(args)
    if source.resolve() == _db_path(args).resolve():
        raise BadInput("备份文件就是当前数据库本身")
    safety = make_backup(desk.db, backup_folder(_db_path(args)), desk.clock.now())
    restore_into(desk.db, source)
    print(f"已从 {source} 恢复；恢复前的数据已备份到：{safety}")
    return EXIT_OK


def cmd_check(args) -> int:
    from salesdesk.storage.backup import check_file

    path = _db_path(args)
    if not path.is_file():
        raise BadInput(f"数据库文件不存在：{path}")
    problems = check_file(path)
    if problems:
        for line in problems[:20]:
            print(line)
        print(f"salesdesk: 数据库有 {len(problems)} 处问题，请从备份恢复（salesdesk restore FILE）", file=sys.stderr)
        return EXIT_FAILURE
    print("数据库完好")
    return EXIT_OK


COMMANDS = {
    "demo": cmd_demo, "customer": cmd_customer, "prospect": cmd_prospect, "move": cmd_move,
    "log": cmd_log, "weekly": cmd_weekly, "dept": cmd_dept,
    "backup": cmd_backup, "restore": cmd_restore, "check": cmd_check,
}


def _bad_input_types() -> tuple[type[BaseException], ...]:
    from salesdesk.services.errors import ServiceError

    types: list[type[BaseException]] = [BadInput, ServiceError]
    try:
        from salesdesk.reports.errors import ReportError

        types.append(ReportError)
    except ImportError:
        pass
    return tuple(types)


def _is_write_failure(exc: BaseException) -> bool:
    """A file or the database refused a write: not the user's input at fault."""
    from salesdesk.services.errors import WriteFailed

    if isinstance(exc, WriteFailed):
        return True
    try:
        from salesdesk.reports.errors import ReportWriteError
    except ImportError:
        return False
    return isinstance(exc, ReportWriteError)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(message)s")
    args = None
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from salesdesk.app import run_gui

            db = getattr(args, "db", None)
            return run_gui(Path(db) if db else None, demo=args.demo)
        return COMMANDS[args.command](args)
    except _bad_input_types() as exc:
        if debug:
            raise
        if _is_write_failure(exc):  # a full disk is not bad input: exit 1
            print(f"salesdesk: {exc}", file=sys.stderr)
            return EXIT_FAILURE
        print(f"salesdesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_FAILURE
    except Exception as exc:  # noqa: BLE001 - the contract: a message, never a traceback
        if debug:
            raise
        import sqlite3

        import peewee

        from salesdesk.storage.db import translate_error
        from salesdesk.storage.errors import StorageError

        if isinstance(exc, (peewee.DatabaseError, sqlite3.Error)):
            exc = translate_error(exc, Path(getattr(args, "db", None) or "salesdesk.db"))
        if isinstance(exc, StorageError):
            print(f"salesdesk: {exc}", file=sys.stderr)
        elif isinstance(exc, OSError):
            print(f"salesdesk: 文件操作失败：{exc.strerror or exc}（{exc.filename or ''}）", file=sys.stderr)
        else:
            print(f"salesdesk: 出现意外错误：{exc}（加 --debug 查看详细信息）", file=sys.stderr)
        return EXIT_FAILURE
