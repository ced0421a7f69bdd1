"""``salesdesk today``, ``agenda``, ``todo`` (SPEC §7.1): the day, the agenda and the to-dos."""
from __future__ import annotations

import datetime as dt
import json

from salesdesk.cli.common import _open_desk, _print_id
from salesdesk.cli.output import say
from salesdesk.cli.parsing import EXIT_OK, BadInput, _count, _Parser, parse_date, parse_datetime, parse_id
from salesdesk.cli.words import quadrant_name
from salesdesk.i18n import N_, tr

JSON_HELP = N_("以 JSON 输出")
#: A day's name in the user's language, Monday first (shown with tr()).
WEEKDAYS = (N_("星期一"), N_("星期二"), N_("星期三"), N_("星期四"), N_("星期五"), N_("星期六"), N_("星期日"))


def add_parsers(sub, common) -> None:
    p = sub.add_parser("today", parents=[common], help=tr("今天：约会、待办、生日纪念日、将过期、未联系的客户"))
    p.add_argument("--date", metavar="DATE", help=tr("看哪一天（默认今天）YYYY-MM-DD"))
    p.add_argument("--days", metavar="N", type=_count, help=tr("生日、纪念日提前几天（默认设置 reminder_days，7）"))
    p.add_argument("--json", action="store_true", help=tr(JSON_HELP))

    agenda = sub.add_parser("agenda", parents=[common], help=tr("日程：某天或某周的约会；agenda add 新建约会"))
    agenda.add_argument("--date", metavar="DATE", help=tr("哪一天（默认今天）YYYY-MM-DD"))
    agenda.add_argument("--week", action="store_true", help=tr("显示这一天所在的一周（周一至周日）"))
    agenda.add_argument("--json", action="store_true", help=tr(JSON_HELP))
    actions = agenda.add_subparsers(dest="action", parser_class=_Parser, metavar="{add}")
    p = actions.add_parser("add", parents=[common], help=tr("新建约会，输出编号（时间重叠照样保存，在标准错误上提示）"))
    p.add_argument("customer", metavar="CUSTOMER", help=tr("客户编号或准确的姓名"))
    p.add_argument("--at", metavar="DATETIME", required=True, help=tr("开始时间 YYYY-MM-DD HH:MM"))
    p.add_argument("--minutes", metavar="N", type=_count, default=60, help=tr("时长（分钟，默认 60）"))
    p.add_argument("--title", metavar="T", default="", help=tr("标题（如 送计划书）"))
    p.add_argument("--json", action="store_true", help=tr('以 JSON 输出新编号：{"id": N}'))

    todo = sub.add_parser("todo", parents=[common], help=tr("待办事项（四象限）"))
    actions = todo.add_subparsers(dest="action", parser_class=_Parser, metavar="{add,list,done}")
    p = actions.add_parser("add", parents=[common], help=tr("新建待办，输出编号"))
    p.add_argument("text", metavar="TEXT", help=tr("待办内容"))
    p.add_argument("--due", metavar="DATE", help=tr("到期日 YYYY-MM-DD"))
    p.add_argument("--important", action="store_true", help=tr("重要"))
    p.add_argument("--urgent", action="store_true", help=tr("紧急"))
    p.add_argument("--customer", metavar="C", help=tr("相关客户：编号或准确的姓名"))
    p.add_argument("--json", action="store_true", help=tr('以 JSON 输出新编号：{"id": N}'))
    p = actions.add_parser("list", parents=[common], help=tr("列出未完成的待办"))
    p.add_argument("--json", action="store_true", help=tr(JSON_HELP))
    p = actions.add_parser("done", parents=[common], help=tr("把待办标记为完成"))
    p.add_argument("id", metavar="ID", help=tr("待办编号"))
    p.add_argument("--json", action="store_true", help=tr(JSON_HELP))


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
        raise BadInput(tr("--days 应为 0–366 之间的整数"))
    desk = _open_desk(args, create=False)
    view = desk.day.overview(date, args.days)
    if args.json:
        print(json.dumps(today_json(view), ensure_ascii=False))
        return EXIT_OK
    d = view.date
    print(tr("今天 {date} {weekday}").format(date=d.isoformat(), weekday=tr(WEEKDAYS[d.weekday()])))
    counts = view.activity
    print(tr("今日活动：拨打 {dial}/{dial_ref}  接通 {reach}/{reach_ref}  约见 {book}/{book_ref}").format(
        dial=counts.get("dial", 0), dial_ref=view.reference["dial"], reach=counts.get("reach", 0),
        reach_ref=view.reference["reach"], book=counts.get("book", 0), book_ref=view.reference["book"]))
    _section(tr("约会"), [f"{tr('全天') if a.all_day else a.start.strftime('%H:%M')}  {a.label}"
                        for a in view.appointments])
    _section(tr("待办"), [_todo_line(t) for t in view.todos])
    _section(tr("生日（{days} 天内）").format(days=view.days), [_date_line(x) for x in view.birthdays])
    _section(tr("纪念日（{days} 天内）").format(days=view.days),
             [_date_line(x) for x in view.anniversaries + view.other_dates])
    _section(tr("将过期（销售周期 {days} 天）").format(days=view.cycle_days), [
        tr("[{id}] {name} {plan}  {stage}  已 {age} 天{when}").format(
            id=p.prospect_id, name=p.name, plan=p.plan, stage=tr(p.stage.label), age=p.age_days,
            when=tr("（已过期）") if p.overdue else _overdue_in(p.overdue_in))
        for p in view.turning_overdue])
    _section(tr("90% 已过签约日"), [tr("[{id}] {name} {plan}  签约日 {date}").format(
        id=p.prospect_id, name=p.name, plan=p.plan, date=p.signing_date.isoformat()) for p in view.stuck_at_90])
    more = view.not_contacted_count - len(view.not_contacted)
    _section(tr("未联系（共 {n} 位）").format(n=view.not_contacted_count), [
        tr("[{id}] {name}  {grade}  {days} 天{never}（应每 {allowed} 天）").format(
            id=c.customer_id, name=c.name, grade=c.grade or tr("未分级"), days=c.days,
            never=tr("（从未联系）") if c.never else "", allowed=c.allowed)
        for c in view.not_contacted] + ([tr("……另有 {n} 位").format(n=more)] if more > 0 else []))
    return EXIT_OK


def _overdue_in(days: int) -> str:
    return (tr("（{days} 天后过期）", "n=1") if days == 1 else tr("（{days} 天后过期）")).format(days=days)


def _todo_line(t) -> str:
    if t.due:
        return tr("[{id}] {text}（{quadrant}，{due} 到期）").format(id=t.id, text=t.text, quadrant=quadrant_name(t.quadrant),
                                                               due=t.due.isoformat())
    return tr("[{id}] {text}（{quadrant}）").format(id=t.id, text=t.text, quadrant=quadrant_name(t.quadrant))


def _date_line(item) -> str:
    if item.in_days == 0:
        when = tr("今天", "in days")
    else:  # one day, or several (the English differs)
        when = (tr("{n} 天后", "n=1") if item.in_days == 1 else tr("{n} 天后")).format(n=item.in_days)
    lunar = tr("（农历）") if item.lunar else ""
    return tr("{date}（{when}）  {name}  {label}{lunar}").format(
        date=item.date.isoformat(), when=when, name=item.name, label=item.label, lunar=lunar)


def _section(title: str, lines: list[str]) -> None:
    print("\n" + (tr("{title}：").format(title=title) if lines else tr("{title}：无").format(title=title)))
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
            say(tr("注意：{warning}（已保存）").format(warning=warning.message))
        _print_id(args, new_id, tr("已新建约会：{at} {name}").format(at=f"{start:%Y-%m-%d %H:%M}",
                                                                 name=desk.customer_name(customer)))
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
        print(tr("这一周没有约会") if args.week else tr("{date} 没有约会").format(date=day.isoformat()))
    shown_day = None
    for a in items:
        if a.start.date() != shown_day:
            shown_day = a.start.date()
            print(f"{shown_day.isoformat()} {tr(WEEKDAYS[shown_day.weekday()])}")
        when = tr("全天") if a.all_day else f"{a.start:%H:%M}–{a.end:%H:%M}"
        number = f"[{a.id}] " if a.id else ""
        # Said once: the label may name the first meeting already (in either language).
        named = "初次见面" in a.label or tr("初次见面").lower() in a.label.lower()  # i18n: data
        said = tr("（初次见面）") if a.first_meeting and not named else ""
        print(f"  {when}  {number}{a.label}{said}")
    return EXIT_OK


# -- todo ------------------------------------------------------------------------------------
def todo_json(t) -> dict:
    return {"id": t.id, "text": t.text, "due": _day(t.due), "quadrant": t.quadrant, "important": t.important,
            "urgent": t.urgent, "customer": t.customer_id, "done": t.done}


def cmd_todo(args) -> int:
    if args.action is None:
        raise BadInput(tr("请指定 todo add、todo list 或 todo done ID"))
    if args.action == "add":
        due = parse_date(args.due) if args.due else None
        desk = _open_desk(args)
        customer = desk.find_customer(args.customer) if args.customer else None
        new_id = desk.todos.add(args.text, due=due, important=args.important, urgent=args.urgent,
                                customer_id=customer)
        _print_id(args, new_id, tr("已新建待办：{quadrant}").format(quadrant=quadrant_name(desk.todos.get(new_id).quadrant)))
        return EXIT_OK
    if args.action == "list":
        desk = _open_desk(args, create=False)
        items = desk.todos.open()
        if args.json:
            print(json.dumps([todo_json(t) for t in items], ensure_ascii=False))
            return EXIT_OK
        from salesdesk.core.quadrants import QUADRANTS

        if not items:
            print(tr("没有未完成的待办"))
        for name in QUADRANTS:
            mine = [t for t in items if t.quadrant == name]
            if mine:
                print(tr("{title}：").format(title=quadrant_name(name)))
                for t in mine:
                    due = tr("{date} 到期").format(date=t.due.isoformat()) if t.due else ""
                    extra = tr("，", "list separator").join(x for x in (due, t.customer_name) if x)
                    print(tr("  [{id}] {text}（{extra}）").format(id=t.id, text=t.text, extra=extra) if extra
                          else f"  [{t.id}] {t.text}")
        return EXIT_OK
    todo_id = parse_id(args.id, tr("待办", "numbered"))
    desk = _open_desk(args, create=False)
    view = desk.todos.done(todo_id)
    if args.json:
        print(json.dumps(todo_json(view), ensure_ascii=False))
    else:
        print(tr("已完成：[{id}] {text}").format(id=view.id, text=view.text))
    return EXIT_OK
