"""Customers, prospects, moves and the activity log: the commands that record sales work."""
from __future__ import annotations

import json

from salesdesk.cli.common import _open_desk, _print_id
from salesdesk.cli.parsing import EXIT_OK, BadInput, _money, _Parser, parse_date, parse_datetime, parse_id
from salesdesk.core.customer import CONTACT_METHODS, CustomerData, valid_mobile
from salesdesk.core.stages import UnknownStage, parse_stage


def add_customer_parsers(sub, common) -> None:
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


def add_prospect_parsers(sub, common) -> None:
    prospect = sub.add_parser("prospect", parents=[common], help="潜在客户").add_subparsers(dest="action", parser_class=_Parser)
    p = prospect.add_parser("add", parents=[common], help="新建潜在客户（销售机会），输出编号")
    p.add_argument("customer")
    p.add_argument("--plan", default="")
    p.add_argument("--at")
    p.add_argument("--json", action="store_true")


def add_move_parsers(sub, common) -> None:
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


def add_log_parsers(sub, common) -> None:
    p = sub.add_parser("log", parents=[common], help="记录活动（拨打/接通/约见/面谈/成交）或交流记录")
    p.add_argument("customer")
    p.add_argument("kind")
    p.add_argument("--at")
    p.add_argument("--note", default="")
    p.add_argument("--method")
    p.add_argument("--json", action="store_true")


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
