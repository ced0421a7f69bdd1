"""``salesdesk today``, ``agenda``, ``todo`` (SPEC §7.1): the day, the agenda and the to-dos."""
from __future__ import annotations

import datetime as dt
import json

from salesdesk.cli.common import _open_desk, _print_id
from salesdesk.cli.output import say
from salesdesk.cli.parsing import EXIT_OK, BadInput, _count, _Parser, parse_date, parse_datetime, parse_id

JSON_HELP = "以 JSON 输出"
WEEKDAYS = "一二三四五六日"


def add_parsers(sub, common) -> None:
    p = sub.add_parser("today", parents=[common], help="今天：约会、待办、生日纪念日、将过期、未联系的客户")
    p.add_argument("--date", metavar="DATE", help="看哪一天（默认今天）YYYY-MM-DD")
    p.add_argument("--days", metavar="N", type=_count, help="生日、纪念日提前几天（默认设置 reminder_days，7）")
    p.add_argument("--json", action="store_true", help=JSON_HELP)

    agenda = sub.add_parser("agenda", parents=[common], help="日程：某天或某周的约会；agenda add 新建约会")
    agenda.add_argument("--date", metavar="DATE", help="哪一天（默认今天）YYYY-MM-DD")
    agenda.add_argument("--week", action="store_true", help="显示这一天所在的一周（周一至周日）")
    agenda.add_argument("--json", action="store_true", help=JSON_HELP)
    actions = agenda.add_subparsers(dest="action", parser_class=_Parser, metavar="{add}")
    p = actions.add_parser("add", parents=[common], help="新建约会，输出编号（时间重叠照样保存，在标准错误上提示）")
    p.add_argument("customer", metavar="CUSTOMER", help="客户编号或准确的姓名")
    p.add_argument("--at", metavar="DATETIME", required=True, help="开始时间 YYYY-MM-DD HH:MM")
    p.add_argument("--minutes", metavar="N", type=_count, default=60, help="时长（分钟，默认 60）")
    p.add_argument("--title", metavar="T", default="", help="标题（如 送计划书）")
    p.add_argument("--json", action="store_true", help='以 JSON 输出新编号：{"id": N}')

    todo = sub.add_parser("todo", parents=[common], help="待办事项（四象限）")
    actions = todo.add_subparsers(dest="action", parser_class=_Parser, metavar="{add,list,done}")
    p = actions.add_parser("add", parents=[common], help="新建待办，输出编号")
    p.add_argument("text", metavar="TEXT", help="待办内容")
    p.add_argument("--due", metavar="DATE", help="到期日 YYYY-MM-DD")
    p.add_argument("--important", action="store_true", help="重要")
    p.add_argument("--urgent", action="store_true", help="紧急")
    p.add_argument("--customer", metavar="C", help="相关客户：编号或准确的姓名")
    p.add_argument("--json", action="store_true", help='以 JSON 输出新编号：{"id": N}')
    p = actions.add_parser("list", parents=[common], help="列出未完成的待办")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p = actions.add_parser("done", parents=[common], help="把待办标记为完成")
    p.add_argument("id", metavar="ID", help="待办编号")
    p.add_argument("--json", action="store_true", help=JSON_HELP)


# -- today ----------------------------------------------------------------------------------
def _at(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def today_json(view) -> dict:
    """The §7.1 shape of ``salesdesk today --json`` (a contract: keys exactly these)."""
    def dates(items):
        return [{"customer": d.customer_id, "name": d.name, "date": d.date.isoformat(), "in_days": d.in_days,
                 "lunar": bool(d.lunar)} for d in items]

    return {
        "date": view.date.isoformat(),
        "appointments": [{"at": _at(a.start), "customer": a.customer_id, "title": a.title}
                         for a in view.appointments],
        "todos": [{"id": t.id, "text": t.text, "due": _day(t.due), "quadrant": t.quadrant} for t in view.todos],
        "birthdays": dates(view.birthdays),
        "anniversaries": dates(view.anniversaries),
        "turning_overdue": [{"prospect": p.prospect_id, "name": p.name, "age_days": p.age_days,
                             "cycle_days": p.cycle_days} for p in view.turning_overdue],
        "stuck_at_90": [{"prospect": p.prospect_id, "name": p.name, "signing_date": p.signing_date.isoformat()}
                        for p in view.stuck_at_90],
        "not_contacted": [{"customer": c.customer_id, "name": c.name, "days": c.days, "grade": c.grade or None}
                          for c in view.not_contacted],
    }


def cmd_today(args) -> int:
    date = parse_date(args.date) if args.date else None
    if args.days is not None and not 0 <= args.days <= 366:
        raise BadInput("--days 应为 0–366 之间的整数")
    desk = _open_desk(args, create=False)
    view = desk.day.overview(date, args.days)
    if args.json:
        print(json.dumps(today_json(view), ensure_ascii=False))
        return EXIT_OK
    d = view.date
    print(f"今天 {d.isoformat()} 星期{WEEKDAYS[d.weekday()]}")
    counts = view.activity
    print(f"今日活动：拨打 {counts.get('dial', 0)}/{view.reference['dial']}  接通 {counts.get('reach', 0)}/"
          f"{view.reference['reach']}  约见 {counts.get('book', 0)}/{view.reference['book']}")
    _section("约会", [f"{'全天' if a.all_day else a.start.strftime('%H:%M')}  {a.label}" for a in view.appointments])
    _section("待办", [f"[{t.id}] {t.text}（{t.quadrant}{'，' + t.due.isoformat() + ' 到期' if t.due else ''}）"
                    for t in view.todos])
    _section(f"生日（{view.days} 天内）", [_date_line(x) for x in view.birthdays])
    _section(f"纪念日（{view.days} 天内）", [_date_line(x) for x in view.anniversaries + view.other_dates])
    _section(f"将过期（销售周期 {view.cycle_days} 天）", [
        f"[{p.prospect_id}] {p.name} {p.plan}  {p.stage.label}  已 {p.age_days} 天"
        f"{'（已过期）' if p.overdue else f'（{p.overdue_in} 天后过期）'}" for p in view.turning_overdue])
    _section("90% 已过签约日", [f"[{p.prospect_id}] {p.name} {p.plan}  签约日 {p.signing_date.isoformat()}"
                             for p in view.stuck_at_90])
    more = view.not_contacted_count - len(view.not_contacted)
    _section(f"未联系（共 {view.not_contacted_count} 位）", [
        f"[{c.customer_id}] {c.name}  {c.grade or '未分级'}  {c.days} 天{'（从未联系）' if c.never else ''}"
        f"（应每 {c.allowed} 天）" for c in view.not_contacted] + ([f"……另有 {more} 位"] if more > 0 else []))
    return EXIT_OK


def _date_line(item) -> str:
    when = "今天" if item.in_days == 0 else f"{item.in_days} 天后"
    return f"{item.date.isoformat()}（{when}）  {item.name}  {item.label}{'（农历）' if item.lunar else ''}"


def _section(title: str, lines: list[str]) -> None:
    print(f"\n{title}：" + ("" if lines else "无"))
    for line in lines:
        print(f"  {line}")


# -- agenda ----------------------------------------------------------------------------------
def appointment_json(a) -> dict:
    return {"id": a.id, "at": _at(a.start), "minutes": a.minutes, "customer": a.customer_id,
            "name": a.customer_name, "title": a.title, "prospect": a.prospect_id,
            "first_meeting": a.first_meeting, "all_day": a.all_day}


def cmd_agenda(args) -> int:
    if args.action == "add":
        start = parse_datetime(args.at)
        desk = _open_desk(args)
        customer = desk.find_customer(args.customer)
        new_id = desk.agenda.add(customer, start, args.minutes, args.title)
        for warning in desk.agenda.warnings(new_id):
            say(f"注意：{warning.message}（已保存）")
        _print_id(args, new_id, f"已新建约会：{start:%Y-%m-%d %H:%M} {desk.customer_name(customer)}")
        return EXIT_OK
    day = parse_date(args.date) if args.date else None
    desk = _open_desk(args, create=False)
    day = day or desk.today()
    items = desk.agenda.week(day) if args.week else desk.agenda.day(day)
    if args.json:
        print(json.dumps({"date": day.isoformat(), "week": bool(args.week),
                          "appointments": [appointment_json(a) for a in items]}, ensure_ascii=False))
        return EXIT_OK
    if not items:
        print("这一周没有约会" if args.week else f"{day.isoformat()} 没有约会")
    shown_day = None
    for a in items:
        if a.start.date() != shown_day:
            shown_day = a.start.date()
            print(f"{shown_day.isoformat()} 星期{WEEKDAYS[shown_day.weekday()]}")
        when = "全天" if a.all_day else f"{a.start:%H:%M}–{a.end:%H:%M}"
        number = f"[{a.id}] " if a.id else ""
        print(f"  {when}  {number}{a.label}{'（初次见面）' if a.first_meeting and '初次见面' not in a.label else ''}")
    return EXIT_OK


# -- todo ------------------------------------------------------------------------------------
def todo_json(t) -> dict:
    return {"id": t.id, "text": t.text, "due": _day(t.due), "quadrant": t.quadrant, "important": t.important,
            "urgent": t.urgent, "customer": t.customer_id, "done": t.done}


def cmd_todo(args) -> int:
    if args.action is None:
        raise BadInput("请指定 todo add、todo list 或 todo done ID")
    if args.action == "add":
        due = parse_date(args.due) if args.due else None
        desk = _open_desk(args)
        customer = desk.find_customer(args.customer) if args.customer else None
        new_id = desk.todos.add(args.text, due=due, important=args.important, urgent=args.urgent,
                                customer_id=customer)
        _print_id(args, new_id, f"已新建待办：{desk.todos.get(new_id).quadrant}")
        return EXIT_OK
    if args.action == "list":
        desk = _open_desk(args, create=False)
        items = desk.todos.open()
        if args.json:
            print(json.dumps([todo_json(t) for t in items], ensure_ascii=False))
            return EXIT_OK
        from salesdesk.core.quadrants import QUADRANTS

        if not items:
            print("没有未完成的待办")
        for name in QUADRANTS:
            mine = [t for t in items if t.quadrant == name]
            if mine:
                print(f"{name}：")
                for t in mine:
                    extra = "，".join(x for x in (f"{t.due.isoformat()} 到期" if t.due else "", t.customer_name) if x)
                    print(f"  [{t.id}] {t.text}{f'（{extra}）' if extra else ''}")
        return EXIT_OK
    todo_id = parse_id(args.id, "待办")
    desk = _open_desk(args, create=False)
    view = desk.todos.done(todo_id)
    if args.json:
        print(json.dumps(todo_json(view), ensure_ascii=False))
    else:
        print(f"已完成：[{view.id}] {view.text}")
    return EXIT_OK
