"""``customer add | edit | delete | show`` (SPEC §7.1): the card from the command line.

``add`` and ``edit`` take the same options; ``edit`` changes only the options given (an
empty value clears a field). ``delete`` needs ``--yes`` and takes a backup first (restore it
with ``salesdesk restore FILE``). ``show --json`` is a contract: every card field under its
English name, the birthday in its own calendar, the prospects, the 交流记录 newest first and
the referrals with the deals and 承保标保 they produced (direct referrals; the text output
also gives the indirect ones).
"""
from __future__ import annotations

import datetime as dt
import json
from contextlib import contextmanager
from typing import Iterator

from salesdesk.cli.common import _open_desk, _print_id
from salesdesk.cli.parsing import EXIT_OK, BadInput, joined, parse_date
from salesdesk.cli.words import level_name, levels_said, method_name, parse_level
from salesdesk.core.customer import RELATION_LEVELS, VALUE_GRADES, CustomerData, valid_mobile
from salesdesk.core.idcard import mask
from salesdesk.i18n import N_, tr

ACTIONS = ("add", "edit", "delete", "show")
JSON_ID_HELP = N_('以 JSON 输出新编号：{"id": N}')
CUSTOMER_HELP = N_("客户编号或准确的姓名")
#: option -> (CustomerData field, metavar, help): plain text fields.
TEXT_OPTIONS = (
    ("--company", "company", "C", N_("单位")),
    ("--title", "title", "T", N_("职务")),
    ("--source", "source", "S", N_("认识来源（如 转介绍、陌拜）")),
    ("--tags", "tags", "T", N_("标签（多个用逗号分隔）")),
    ("--notes", "notes", "T", N_("备注")),
)


def add_parsers(customer, common, parser_class) -> None:
    """The sub-commands of ``customer`` this module runs (``customer`` is its subparsers)."""
    p = customer.add_parser("add", parents=[common], help=tr("新建客户，输出编号"))
    p.add_argument("name", metavar="NAME", help=tr("客户姓名"))
    _card_options(p, adding=True)
    p.add_argument("--json", action="store_true", help=tr(JSON_ID_HELP))
    p = customer.add_parser("edit", parents=[common], help=tr("修改客户名片（只改给出的选项；空值清除该项）"))
    p.add_argument("customer", metavar="CUSTOMER", help=tr(CUSTOMER_HELP))
    p.add_argument("--name", metavar="NAME", help=tr("姓名"))
    _card_options(p, adding=False)
    p.add_argument("--json", action="store_true", help=tr(JSON_ID_HELP))
    p = customer.add_parser("delete", parents=[common], help=tr("删除客户及其潜在客户、活动、交流记录（先自动备份）"))
    p.add_argument("customer", metavar="CUSTOMER", help=tr(CUSTOMER_HELP))
    p.add_argument("--yes", action="store_true", help=tr("确认删除"))
    p.add_argument("--json", action="store_true", help=tr('以 JSON 输出：{"deleted": [ID], "backup": FILE}'))
    p = customer.add_parser("show", parents=[common], help=tr("显示客户名片、生日、潜在客户、交流记录和转介绍"))
    p.add_argument("customer", metavar="CUSTOMER", help=tr(CUSTOMER_HELP))
    p.add_argument("--date", metavar="DATE", help=tr("从这天起算下次生日（默认今天）"))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))


def _card_options(p, *, adding: bool) -> None:
    p.add_argument("--phone", metavar="P", help=tr("电话：手机号记为手机，其他记为固定电话"))
    for option, _field, metavar, text in TEXT_OPTIONS:
        p.add_argument(option, metavar=metavar, help=tr(text))
    p.add_argument("--referrer", metavar="NAME_OR_ID",
                   help=tr("介绍人：客户编号或准确的姓名") if adding else tr("介绍人：客户编号或准确的姓名（空值清除）"))
    born = p.add_mutually_exclusive_group()
    born.add_argument("--birthday", metavar="DATE", help=tr("公历生日 YYYY-MM-DD"))
    born.add_argument("--lunar-birthday", metavar="LUNAR", help=tr("农历生日：[年-]月-日，闰月前加 闰（如 1990-闰5-20、8-15）"))
    p.add_argument("--anniversary", metavar="DATE", help=tr("结婚纪念日 YYYY-MM-DD"))
    p.add_argument("--grade", metavar="A–E", help=tr("价值分级 A–E"))
    p.add_argument("--level", metavar="LEVEL", help=tr("客户五级分类：{levels}").format(levels=levels_said()))
    p.add_argument("--force", action="store_true", help=tr("可能与已有客户重复时仍然保存"))


def run(args) -> int:
    if args.action == "add":
        return _add(args)
    if args.action == "edit":
        return _edit(args)
    if args.action == "delete":
        return _delete(args)
    return _show(args)


# -- add / edit --------------------------------------------------------------------------
def _date(text: str | None, label: str) -> dt.date | None:
    """A card date (1900 on: a birthday is older than the sales records' 2000–2099)."""
    if text is None or not text.strip():
        return None
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise BadInput(tr("{label}“{text}”格式不正确，应为 YYYY-MM-DD").format(label=label, text=text)) from None


def _lunar(text: str | None):
    from salesdesk.core.lunar import parse_date_spec

    if text is None or not text.strip():
        return None
    try:
        return parse_date_spec(text, lunar=True, label=tr("农历生日"))
    except ValueError as exc:
        raise BadInput(str(exc)) from None


def _checked_options(args) -> dict:
    """The options given, checked before the database is opened: field -> value."""
    out: dict = {}
    if getattr(args, "name", None) is not None and args.action == "edit":
        out["name"] = args.name
    for option, field, _metavar, _text in TEXT_OPTIONS:
        value = getattr(args, option[2:].replace("-", "_"))
        if value is not None:
            out[field] = value
    if args.phone is not None:
        out["phone_text"] = args.phone
    if args.birthday is not None:
        out["birthday"] = _date(args.birthday, tr("生日"))
        out["lunar_birthday"] = None
    if args.lunar_birthday is not None:
        out["lunar_birthday"] = _lunar(args.lunar_birthday)
        out["birthday"] = None
    if args.anniversary is not None:
        out["anniversary"] = _date(args.anniversary, tr("结婚纪念日"))
    if args.grade is not None:
        grade = args.grade.strip().upper()
        if grade not in VALUE_GRADES:
            raise BadInput(tr("价值分级“{text}”不正确，应为 A–E").format(text=args.grade))
        out["value_grade"] = grade
    if args.level is not None:
        out["relation_level"] = parse_level(args.level) or RELATION_LEVELS[0]
    return out


def _apply(desk, data: CustomerData, options: dict, referrer: str | None) -> CustomerData:
    for field, value in options.items():
        if field == "phone_text":
            text = value.strip()
            if not text:
                data.mobile = data.phone = ""
            elif valid_mobile(text):
                data.mobile = text
            else:
                data.phone = text
        else:
            setattr(data, field, value)
    if referrer is not None:
        data.referrer_id = desk.find_customer(referrer) if referrer.strip() else None
    return data


@contextmanager
def _duplicates_refused() -> Iterator[None]:
    """SPEC §7.1: a likely duplicate (§3.2) is refused (exit 2) naming the other customer, unless --force."""
    from salesdesk.cli.duplicates import FORCE_HINT
    from salesdesk.services.errors import LikelyDuplicate

    try:
        yield
    except LikelyDuplicate as exc:
        raise BadInput(f"{exc}{tr(FORCE_HINT)}") from None


def _add(args) -> int:
    options = _checked_options(args)
    desk = _open_desk(args)
    data = _apply(desk, CustomerData(name=args.name), options, args.referrer)
    with _duplicates_refused():
        new_id = desk.add_customer(data, allow_duplicate=args.force)
    _print_id(args, new_id, tr("已新建客户：{name}").format(name=desk.customer_name(new_id)))
    return EXIT_OK


def _edit(args) -> int:
    options = _checked_options(args)
    desk = _open_desk(args, create=False)
    customer_id = desk.find_customer(args.customer)
    loaded = desk.get_customer(customer_id)
    data = _apply(desk, desk.get_customer(customer_id), options, args.referrer)
    if data.referrer_id == customer_id:
        raise BadInput(tr("介绍人不能是客户本人"))
    with _duplicates_refused():
        desk.update_customer(customer_id, data, loaded=loaded, allow_duplicate=args.force)
    _print_id(args, customer_id, tr("已修改客户：{name}").format(name=desk.customer_name(customer_id)))
    return EXIT_OK


# -- delete ------------------------------------------------------------------------------
def _delete(args) -> int:
    desk = _open_desk(args, create=False)
    customer_id = desk.find_customer(args.customer)
    name = desk.customer_name(customer_id)
    if not args.yes:
        raise BadInput(tr("删除客户“{name}”（编号 {id}）会同时删除其潜在客户、阶段历史、活动和交流记录："
                          "确认请加 --yes").format(name=name, id=customer_id))
    deleted = desk.customers.delete([customer_id])
    backup = str(deleted.backup) if deleted.backup else None
    if args.json:
        print(json.dumps({"deleted": list(deleted.ids), "backup": backup}, ensure_ascii=False))
    else:
        words = _table_words()
        went = joined(tr("{what} {n} 条").format(what=words[t], n=n) for t, n in deleted.related if t in words)
        if went:
            print(tr("已删除客户：{name}（编号 {id}），连同{related}").format(name=name, id=customer_id, related=went))
        else:
            print(tr("已删除客户：{name}（编号 {id}）").format(name=name, id=customer_id))
        if backup:
            print(tr("删除前的备份：{path}（恢复：salesdesk restore \"{path}\"）").format(path=backup))
    return EXIT_OK


def _table_words() -> dict[str, str]:
    """What went with a deleted customer, by table, as counted in the user's language."""
    return {"prospect": tr("潜在客户", "records deleted"), "stage_change": tr("阶段历史", "records deleted"),
            "activity": tr("活动", "records deleted"), "contact_record": tr("交流记录", "records deleted"),
            "customer_date": tr("重要日期", "records deleted"), "appointment": tr("约会", "records deleted"),
            "level_change": tr("分类变化", "records deleted")}


# -- show --------------------------------------------------------------------------------
def _iso(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def show_json(desk, detail) -> dict:
    """SPEC §7.1 ``customer show --json``."""
    from salesdesk.cli.records import contact_json, prospect_json

    out: dict = {"id": detail.id}
    for name in CustomerData.field_names():
        if name in ("referrer_id", "birthday", "lunar_birthday"):
            continue
        out[name] = _iso(getattr(detail.card, name)) if name != "id_number" else mask(detail.card.id_number)
    b = detail.birthday
    out["birthday"] = None if b is None else {"calendar": b.calendar, "year": b.year, "month": b.month,
                                              "day": b.day, "leap": b.leap}
    out["next_birthday"] = _iso(detail.next_birthday)
    out["prospects"] = [prospect_json(p, desk.stage_history(p.id)) for p in detail.prospects]
    out["contacts"] = [contact_json(c) for c in detail.contacts]
    out["referred_by"] = detail.referred_by
    out["referrals"] = list(detail.referrals)
    out["referral_deals"] = detail.referral.deals
    out["referral_premium"] = f"{detail.referral.premium:.2f}"
    return out


def show_text(desk, detail) -> list[str]:
    from salesdesk.core.customer import FIELD_LABELS
    from salesdesk.core.lunar import DateSpec, format_spec
    from salesdesk.core.money import format_cny

    card = detail.card
    lines = [tr("客户 {id}：{name}").format(id=detail.id, name=card.name)]
    for name in CustomerData.field_names():
        value = getattr(card, name)
        if name in ("name", "referrer_id", "birthday", "lunar_birthday") or value in ("", None):
            continue
        value = mask(value) if name == "id_number" else value  # never printed whole (SPEC §3)
        if name == "relation_level":
            value = level_name(value)
        elif name in ("gender", "marital_status"):
            value = tr(value)
        lines.append(tr("{label}：{value}").format(label=tr(FIELD_LABELS.get(name, name)), value=_iso(value)))
    b = detail.birthday
    if b is not None:
        said = (f"{b.year}-{b.month:02d}-{b.day:02d}" if b.calendar == "solar"
                else format_spec(DateSpec(True, b.year, b.month, b.day, b.leap)))
        if detail.next_birthday:
            lines.append(tr("生日：{date}（下次 {next}）").format(date=said, next=detail.next_birthday))
        else:
            lines.append(tr("生日：{date}").format(date=said))
    if detail.referred_by:
        lines.append(tr("介绍人：{name}（编号 {id}）").format(name=desk.customer_name(detail.referred_by),
                                                         id=detail.referred_by))
    if detail.referrals:
        v = detail.referral
        lines.append(tr("TA 介绍的客户：{n} 位，成交 {deals} 单，承保标保 {premium}"
                        "（再往下 {indirect} 位，成交 {indirect_deals} 单，{indirect_premium}）").format(
            n=len(detail.referrals), deals=v.deals, premium=format_cny(v.premium), indirect=v.indirect_referred,
            indirect_deals=v.indirect_deals, indirect_premium=format_cny(v.indirect_premium)))
    lines.append(tr("潜在客户：{n} 个").format(n=len(detail.prospects)))
    for p in detail.prospects:
        lines.append(f"  {p.id}  {tr(p.stage.label)}  {p.plan}".rstrip())
    lines.append(tr("交流记录：{n} 条").format(n=len(detail.contacts)))
    for c in detail.contacts[:10]:
        lines.append(f"  {c.at:%Y-%m-%d %H:%M}  {method_name(c.method)}  {c.subject or c.summary[:30]}".rstrip())
    return lines


def _show(args) -> int:
    on = parse_date(args.date) if args.date else None
    desk = _open_desk(args, create=False)
    detail = desk.customers.show(desk.find_customer(args.customer), on)
    if args.json:
        print(json.dumps(show_json(desk, detail), ensure_ascii=False))
    else:
        print("\n".join(show_text(desk, detail)))
    return EXIT_OK
