"""Customers, prospects, moves and the activity log: the commands that record sales work."""
from __future__ import annotations

import json

from salesdesk.cli import duplicates
from salesdesk.cli import customers
from salesdesk.cli.common import _open_desk, _print_id
from salesdesk.cli.parsing import EXIT_OK, BadInput, _money, _Parser, joined, parse_date, parse_datetime, parse_id
from salesdesk.core.customer import CONTACT_RESULTS, CustomerData, valid_mobile
from salesdesk.cli.words import method, method_name, methods_said, result_name
from salesdesk.core.stages import UnknownStage, parse_stage
from salesdesk.i18n import N_, tr

JSON_ID_HELP = N_('以 JSON 输出新编号：{"id": N}')
CUSTOMER_HELP = N_("客户编号或准确的姓名")
AT_HELP = N_("发生时间 YYYY-MM-DD HH:MM（默认现在；补记以前的事，不能是将来）")


def add_customer_parsers(sub, common):
    """The ``customer`` command; returns its sub-parsers, which other modules add to."""
    customer = sub.add_parser("customer", parents=[common], help=tr("客户", "command")).add_subparsers(
        dest="action", parser_class=_Parser)
    customers.add_parsers(customer, common, _Parser)  # add, edit, delete, show
    p = customer.add_parser("list", parents=[common], help=tr("列出客户（可用拼音搜索）"))
    p.add_argument("--search", default="", metavar="TEXT", help=tr("按姓名、拼音（全拼或首字母）、单位、电话搜索"))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出客户列表"))
    duplicates.add_parsers(customer, common)
    return customer


def add_prospect_parsers(sub, common) -> None:
    prospect = sub.add_parser("prospect", parents=[common], help=tr("潜在客户", "command")).add_subparsers(
        dest="action", parser_class=_Parser)
    p = prospect.add_parser("add", parents=[common], help=tr("新建潜在客户（销售机会），输出编号"))
    p.add_argument("customer", metavar="CUSTOMER", help=tr(CUSTOMER_HELP))
    p.add_argument("--plan", default="", metavar="TEXT", help=tr("计划推荐的产品或方案（如 重疾险）"))
    p.add_argument("--at", metavar="DATETIME", help=tr(AT_HELP))
    p.add_argument("--json", action="store_true", help=tr(JSON_ID_HELP))
    p = prospect.add_parser("show", parents=[common], help=tr("显示潜在客户的阶段、标准、金额和阶段历史"))
    p.add_argument("prospect", metavar="PROSPECT", help=tr("潜在客户编号"))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))


def add_move_parsers(sub, common) -> None:
    p = sub.add_parser("move", parents=[common], help=tr("移动潜在客户到另一阶段"))
    p.add_argument("prospect", metavar="PROSPECT", help=tr("潜在客户编号"))
    p.add_argument("stage", metavar="STAGE",
                   help=tr("目标阶段：opportunity appointment p25 p50 p90 won lost（或中文名称）"))
    p.add_argument("--at", metavar="DATETIME", help=tr(AT_HELP))
    p.add_argument("--reason", default="", metavar="TEXT", help=tr("原因（退出、退回时填写）"))
    p.add_argument("--first-meeting", metavar="DATE", help=tr("首次面谈日期（约见时需要）"))
    p.add_argument("--criteria", metavar="1,2,3,4,5",
                   help=tr("成立的 50%% 标准编号，用逗号分隔（前进时追加勾选；退回时列出仍然成立的，未列出的即不再成立）"))
    p.add_argument("--budget", metavar="AMOUNT", help=tr("预算金额（元）"))
    p.add_argument("--signing-date", metavar="DATE", help=tr("预计签单日期"))
    p.add_argument("--next-step", metavar="TEXT", help=tr("下一步行动"))
    p.add_argument("--signed", action="store_true", default=None, help=tr("已签单"))
    p.add_argument("--paid", metavar="AMOUNT", help=tr("已缴费金额（元）"))
    p.add_argument("--premium", metavar="AMOUNT", help=tr("保费（元）"))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出这次移动"))


def add_log_parsers(sub, common) -> None:
    p = sub.add_parser("log", parents=[common], help=tr("记录活动（拨打/接通/约见/面谈/成交）或交流记录"))
    p.add_argument("customer", metavar="CUSTOMER", help=tr(CUSTOMER_HELP))
    p.add_argument("kind", metavar="KIND",
                   help=tr("dial、reach、book、meet、close（拨打/接通/约见/面谈/成交），或 contact 表示交流记录"))
    p.add_argument("--at", metavar="DATETIME", help=tr(AT_HELP))
    p.add_argument("--note", default="", metavar="TEXT", help=tr("活动的备注（交流记录用 --summary）"))
    p.add_argument("--method", metavar="METHOD", help=tr("交流方式（{methods}），用于交流记录").format(methods=methods_said()))
    for option, metavar, text in CONTACT_OPTIONS:
        if option == "--result":
            results = joined(f"{k} {result_name(k)}" for k in CONTACT_RESULTS)
            p.add_argument(option, metavar=metavar, help=tr("结果：{results}").format(results=results))
        else:
            p.add_argument(option, metavar=metavar, help=tr(text))
    p.add_argument("--json", action="store_true", help=tr(JSON_ID_HELP))


#: A contact record's fields on the command line (SPEC §7.1): option, metavar, help (shown with tr()).
CONTACT_OPTIONS = (
    ("--topic", "T", N_("交流记录的主题")),
    ("--purpose", "T", N_("交流记录的目的")),
    ("--interest", "1–5", N_("客户兴趣程度 1–5")),
    ("--result", "A–E", ""),  # the results, said where the option is made
    ("--summary", "T", N_("交流纪要")),
    ("--needs", "T", N_("需求体会")),
    ("--next-step", "T", N_("下一步")),
)


def contact_json(view) -> dict:
    """One 交流记录 as JSON (``customer show``'s ``contacts``): field names in English."""
    return {"id": view.id, "at": _minute(view.at), "method": view.method, "topic": view.subject,
            "purpose": view.purpose, "interest": view.interest, "summary": view.summary, "needs": view.needs,
            "result": view.result or None, "next_step": view.next_step}


def cmd_customer(args) -> int:
    if getattr(args, "customer_command", None):  # a sub-command another module added (cli/grades.py)
        return args.customer_command(args)
    if args.action is None:  # checked before a missing database is mentioned
        raise BadInput(tr("请指定 customer add 或 customer list"))
    if args.action in duplicates.ACTIONS:
        return duplicates.cmd_duplicates(args)
    if args.action in customers.ACTIONS:
        return customers.run(args)
    desk = _open_desk(args, create=False)
    if args.action == "list":
        rows = desk.list_customers(args.search, limit=100000)
        if args.json:
            print(json.dumps([{"id": r.id, "name": r.name, "company": r.company, "phone": r.mobile} for r in rows],
                             ensure_ascii=False))
        else:
            for r in rows:
                print(f"{r.id}\t{r.name}\t{r.company}\t{r.mobile}")
            print(tr("共 {n} 位客户").format(n=len(rows)))
        return EXIT_OK
    raise BadInput(tr("请指定 customer add 或 customer list"))


def _money_json(value) -> str | None:
    return None if value is None else f"{value:.2f}"


def _minute(moment) -> str:
    return moment.isoformat(timespec="minutes")


def prospect_json(view, history) -> dict:
    """SPEC §7.1 ``prospect show --json``: money as "0.00" strings, dates ISO."""
    return {
        "id": view.id, "customer": view.customer_id, "plan": view.plan,
        "stage": view.stage.value,
        "first_meeting": view.first_meeting.isoformat() if view.first_meeting else None,
        "criteria": sorted(view.criteria),
        "budget": _money_json(view.budget),
        "signing_date": view.signing_date.isoformat() if view.signing_date else None,
        "next_step": view.next_step or "",
        "signed": view.signed,
        "paid": _money_json(view.paid),
        "premium": _money_json(view.premium),
        "history": [{"at": _minute(c.at), "from": c.from_stage.value if c.from_stage else None,
                     "to": c.to_stage.value, "reason": c.reason or ""} for c in history],
    }


def prospect_text(view, history) -> list[str]:
    from salesdesk.core.money import format_cny
    from salesdesk.core.rules import CRITERIA

    ticks = "  ".join(f"{'✓' if c.number in view.criteria else '✗'}{c.number} {tr(c.label)}" for c in CRITERIA)
    lines = [
        tr("潜在客户 {id}：{name}（客户 {customer}）{plan}").format(
            id=view.id, name=view.customer_name, customer=view.customer_id, plan=view.plan).rstrip(),
        tr("阶段：{stage}（自 {since} 起）").format(stage=tr(view.stage.label), since=f"{view.stage_since:%Y-%m-%d}"),
        tr("首次面谈：{date}").format(date=view.first_meeting or "—"),
        tr("标准：{ticks}").format(ticks=ticks),
        tr("预算：{amount}").format(amount=format_cny(view.budget) or "—"),
        tr("预计签单：{date}").format(date=view.signing_date or "—"),
        tr("下一步：{step}").format(step=view.next_step or "—"),
        tr("已签单：{signed}  已缴费：{paid}  保费：{premium}").format(
            signed=tr("是") if view.signed else tr("否"), paid=format_cny(view.paid) or "—",
            premium=format_cny(view.premium) or "—"),
    ]
    if view.lost_reason:
        lines.append(tr("退出原因：{reason}").format(reason=view.lost_reason))
    lines.append(tr("阶段历史："))
    for c in history:
        if c.from_stage:
            step = f"{tr(c.from_stage.label)} → {tr(c.to_stage.label)}"
        else:
            step = tr("新建：{stage}").format(stage=tr(c.to_stage.label))
        when = f"{c.at:%Y-%m-%d %H:%M}"
        if c.reason:
            lines.append(tr("  {at}  {step}（{reason}）").format(at=when, step=step, reason=c.reason))
        else:
            lines.append(f"  {when}  {step}")
    return lines


def cmd_prospect(args) -> int:
    if args.action == "show":
        desk = _open_desk(args, create=False)
        prospect_id = _prospect_id(args.prospect)
        view = desk.get_prospect(prospect_id)
        history = desk.stage_history(prospect_id)
        if args.json:
            print(json.dumps(prospect_json(view, history), ensure_ascii=False))
        else:
            print("\n".join(prospect_text(view, history)))
        return EXIT_OK
    if args.action != "add":
        raise BadInput(tr("请指定 prospect add 或 prospect show"))
    at = parse_datetime(args.at) if args.at else None
    desk = _open_desk(args)
    customer_id = desk.find_customer(args.customer)
    new_id = desk.add_prospect(customer_id, args.plan, at=at)
    _print_id(args, new_id, tr("已新建潜在客户（销售机会）：{name} {plan}").format(
        name=desk.customer_name(customer_id), plan=args.plan).rstrip())
    return EXIT_OK


def _prospect_id(text: str) -> int:
    return parse_id(text, tr("潜在客户", "numbered"))


def cmd_move(args) -> int:
    from salesdesk.core.rules import DROP_CRITERIA
    from salesdesk.services import MoveRefused, parse_criteria

    try:
        stage = parse_stage(args.stage)
    except UnknownStage as exc:
        raise BadInput(str(exc)) from None
    kwargs = dict(
        at=parse_datetime(args.at) if args.at else None,
        reason=args.reason,
        first_meeting=parse_date(args.first_meeting) if args.first_meeting else None,
        criteria=parse_criteria(args.criteria) if args.criteria is not None else None,
        budget=_money(args.budget),
        signing_date=parse_date(args.signing_date) if args.signing_date else None,
        next_step=args.next_step,
        signed=args.signed,
        paid=_money(args.paid),
        premium=_money(args.premium),
    )
    desk = _open_desk(args)
    try:
        result = desk.move_prospect(_prospect_id(args.prospect), stage, **kwargs)
    except MoveRefused as exc:
        if any(m.key == DROP_CRITERIA.key for m in exc.missing):
            # Back into 25%: say how to name the criteria that still hold.
            raise BadInput(tr("{refused}：用 --criteria 列出仍然成立的标准（如 --criteria 1,2,5），"
                              "未列出的即不再成立").format(refused=exc)) from None
        raise
    if args.json:
        print(json.dumps({"id": result.change_id, "prospect": result.prospect_id,
                          "from": result.from_stage.value, "to": result.to_stage.value}))
    else:
        print(tr("已将潜在客户 {id} 从“{from_stage}”移到“{to_stage}”").format(
            id=result.prospect_id, from_stage=tr(result.from_stage.label), to_stage=tr(result.to_stage.label)))
    return EXIT_OK


CONTACT_KINDS = ("contact", "交流", "交流记录")  # i18n: data (what KIND may be)


def _contact_fields(args) -> dict:
    """The contact record's options given, as ``desk.contacts.add`` keywords."""
    given = {"subject": args.topic, "purpose": args.purpose, "interest": args.interest, "summary": args.summary,
             "needs": args.needs, "result": args.result, "next_step": args.next_step}
    return {k: v for k, v in given.items() if v is not None}


def cmd_log(args) -> int:
    from salesdesk.services import ACTIVITY_KINDS

    kind = args.kind.strip()
    # 面谈 is both an activity (meet) and a contact method: the activity wins, as in §7.
    is_activity = kind in ACTIVITY_KINDS or kind in ACTIVITY_KINDS.values()
    contact = _contact_fields(args)
    # KIND may name the method too: 电话, or its English word (phone), as --method does.
    kind_method = method(kind)
    is_contact = not is_activity and (kind in CONTACT_KINDS or kind_method or args.method)
    if is_contact:
        # An unknown --method goes on as typed: the contacts service says which ones there are.
        how = (method(args.method) or args.method) if args.method else kind_method
        if not how:
            raise BadInput(tr("交流记录需要 --method（{methods}）").format(methods=methods_said()))
        if args.note and "summary" in contact:
            raise BadInput(tr("--note 与 --summary 不能同用：交流纪要请用 --summary"))
        if args.note:
            contact["summary"] = args.note  # the older spelling of --summary
    elif args.method or contact:
        used = "--method" if args.method else next(o for o, _m, _h in CONTACT_OPTIONS
                                                   if getattr(args, o[2:].replace("-", "_")) is not None)
        raise BadInput(tr("{option} 只用于交流记录（KIND 为 contact），不能与 {kind} 同用").format(option=used, kind=kind))
    at = parse_datetime(args.at) if args.at else None
    desk = _open_desk(args)
    customer_id = desk.find_customer(args.customer)
    if is_contact:
        new_id = desk.contacts.add(customer_id, how, at=at, **contact)
        _print_id(args, new_id, tr("已记录交流：{name}（{method}）").format(
            name=desk.customer_name(customer_id), method=method_name(how)))
    else:
        new_id = desk.log_activity(customer_id, kind, at=at, note=args.note)
        _print_id(args, new_id, tr("已记录活动：{name}").format(name=desk.customer_name(customer_id)))
    return EXIT_OK
