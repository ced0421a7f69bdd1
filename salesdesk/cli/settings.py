"""``salesdesk settings list | get KEY | set KEY VALUE`` (SPEC §7.1)."""
from __future__ import annotations

import json

from salesdesk.cli.common import _open_desk
from salesdesk.cli.parsing import EXIT_OK, BadInput, _Parser, joined
from salesdesk.i18n import tr


def add_parsers(sub, common) -> None:
    settings = sub.add_parser("settings", parents=[common], help=tr("查看或修改设置（业务员姓名、销售周期、目标等）"))
    actions = settings.add_subparsers(dest="action", parser_class=_Parser, metavar="{list,get,set}")
    p = actions.add_parser("list", parents=[common], help=tr("列出全部设置"))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))
    p = actions.add_parser("get", parents=[common], help=tr("显示一项设置"))
    p.add_argument("key", metavar="KEY", help=tr("设置项，例如 agent_name（settings list 列出全部）"))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))
    p = actions.add_parser("set", parents=[common], help=tr("修改一项设置"))
    p.add_argument("key", metavar="KEY", help=tr("设置项，例如 agent_name（settings list 列出全部）"))
    p.add_argument("value", metavar="VALUE", help=tr("新值（退出原因每行一条；cycle_override_days 为 0 表示自动计算）"))
    p.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))


def _known():
    from salesdesk.services.settings import KNOWN

    return KNOWN


def _key(text: str) -> str:
    known = _known()
    if text not in known:
        raise BadInput(tr("未知的设置项“{key}”（可用：{keys}）").format(key=text, keys=joined(known)))
    return text


def _value(desk, key: str):
    """The value as a script reads it: numbers as numbers, money as "0.00", reasons as a list."""
    from salesdesk.core.money import BadAmount, parse_money
    from salesdesk.services.settings import DEFAULTS, MONEY_KEYS, WHOLE_NUMBERS

    if key == "lost_reasons":
        return desk.lost_reasons()
    if key == "grade_thresholds":
        return list(desk.grades.thresholds())
    if key in WHOLE_NUMBERS:
        return desk.settings_int(key, int(DEFAULTS[key]))
    if key in MONEY_KEYS:
        try:
            return str(parse_money(desk.setting(key, DEFAULTS[key]) or "0"))
        except BadAmount:
            return DEFAULTS[key]
    return desk.setting(key, DEFAULTS.get(key, ""))


def _text(value) -> str:
    if isinstance(value, list):
        return ",".join(map(str, value)) if all(isinstance(v, int) for v in value) and value else joined(value)
    return str(value)


def cmd_settings(args) -> int:
    if args.action == "list":
        desk = _open_desk(args, create=False)
        values = {key: _value(desk, key) for key in _known()}
        if args.json:
            print(json.dumps(values, ensure_ascii=False))
        else:
            for key, value in values.items():
                print(f"{key}\t{_text(value)}\t{tr(_known()[key])}")
        return EXIT_OK
    if args.action == "get":
        key = _key(args.key)
        desk = _open_desk(args, create=False)
        value = _value(desk, key)
        if args.json:
            print(json.dumps({key: value}, ensure_ascii=False))
        else:
            print("\n".join(value) if key == "lost_reasons" else _text(value))
        return EXIT_OK
    if args.action == "set":
        key = _key(args.key)
        desk = _open_desk(args)
        desk.set_settings({key: args.value})
        value = _value(desk, key)
        if args.json:
            print(json.dumps({key: value}, ensure_ascii=False))
        else:
            print(tr("已保存：{label}（{key}）= {value}").format(label=tr(_known()[key]), key=key, value=_text(value)))
        return EXIT_OK
    raise BadInput(tr("请指定 settings list、settings get KEY 或 settings set KEY VALUE"))
