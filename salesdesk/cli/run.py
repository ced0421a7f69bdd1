"""The parser of every sub-command, and ``main``: dispatch and the exit-code contract."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Sequence

from salesdesk import i18n
from salesdesk.i18n import tr
from salesdesk.cli import day, demo, exports, grades, imports, maintenance, output, records, settings
from salesdesk.cli import stats as stats_commands
from salesdesk.cli.parsing import EXIT_BAD_INPUT, EXIT_FAILURE, BadInput, _Parser

log = logging.getLogger("salesdesk.cli")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=tr("数据库文件（默认：用户数据目录）"))
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=tr("出错时显示详细信息"))
    common.add_argument("--lang", metavar="zh|en", default=argparse.SUPPRESS,
                        help=tr("界面语言：zh 中文、en English（默认：设置或系统语言；也可用环境变量 SALESDESK_LANG）"))

    parser = _Parser(prog="salesdesk", description=tr("salesdesk 销售管理：离线的个人客户管理工具"), parents=[common])
    parser.add_argument("--demo", action="store_true", help=tr("在临时演示数据库上打开窗口（不动您的数据）"))
    parser.add_argument("--exit-when-ready", action="store_true",
                        help=tr("窗口显示完毕、空闲后立即退出（退出码 0），用于冒烟测试和启动计时"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo.add_parsers(sub, common)
    customer = records.add_customer_parsers(sub, common)
    grades.add_grade_parser(customer, common)
    records.add_prospect_parsers(sub, common)
    records.add_move_parsers(sub, common)
    records.add_log_parsers(sub, common)
    exports.add_weekly_parsers(sub, common)
    exports.add_dept_parsers(sub, common)
    maintenance.add_parsers(sub, common)
    settings.add_parsers(sub, common)
    stats_commands.add_parsers(sub, common)
    imports.add_parsers(sub, common)
    day.add_parsers(sub, common)
    return parser


COMMANDS = {
    "demo": demo.cmd_demo, "customer": records.cmd_customer, "prospect": records.cmd_prospect,
    "move": records.cmd_move, "log": records.cmd_log, "weekly": exports.cmd_weekly, "dept": exports.cmd_dept,
    "backup": maintenance.cmd_backup, "restore": maintenance.cmd_restore, "check": maintenance.cmd_check,
    "settings": settings.cmd_settings,
    **stats_commands.COMMANDS,
    "import": imports.cmd_import, "export": imports.cmd_export,
    "today": day.cmd_today, "agenda": day.cmd_agenda, "todo": day.cmd_todo,
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


def _lang_argument(argv: Sequence[str]) -> str | None:
    """``--lang X`` or ``--lang=X`` anywhere in ``argv``: read before the parser is built,
    so that its help is in that language too."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang":
            return argv[index + 1] if index + 1 < len(argv) else ""
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _speak(argv: Sequence[str]) -> None:
    """Choose the language of this run (SPEC: --lang, SALESDESK_LANG, the setting, the system)."""
    explicit = _lang_argument(argv)
    bad = explicit is not None and i18n.normalise(explicit) is None
    # A --lang the program does not speak is refused in the language it would speak without it.
    lang = i18n.language_for_this_run(None if bad else explicit)
    if lang != i18n.SOURCE_LANGUAGE:
        from salesdesk import i18n_qt  # Qt only for a language other than the source

        i18n_qt.install(lang)
    else:
        i18n.set_lookup(None, lang)
    if bad:
        raise BadInput(tr("不支持的语言“{lang}”：可用 zh（中文）或 en（English）").format(lang=explicit))


def _undecodable(argv: Sequence[str]) -> str | None:
    """An argument the terminal or script did not pass as UTF-8, shown with � for the bad bytes."""
    for arg in argv:
        if any("\ud800" <= ch <= "\udfff" for ch in arg):
            return _shown(arg)
    return None


def _shown(arg: str) -> str:
    try:
        raw = arg.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        return arg.encode("utf-8", "replace").decode("utf-8")
    return raw.decode("utf-8", "replace")


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (a test's capture)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    root = logging.getLogger()
    handler = output.LazyFileHandler(output.default_log_path(), logging.DEBUG if debug else logging.WARNING)
    root.addHandler(handler)
    saved_level = root.level
    if debug:
        # Details on the terminal as well: the user asked for them.
        logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
        root.setLevel(logging.DEBUG)
    language = i18n.current()
    try:
        code = _run(argv, debug, handler)
        try:
            # The last buffered lines go out here, not at interpreter exit, where a reader
            # that has stopped (`| head`) would make Python print "Exception ignored".
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
            code = EXIT_FAILURE
        return code
    finally:
        i18n.restore(language)
        root.removeHandler(handler)
        root.setLevel(saved_level)
        handler.close()


def _run(argv: list[str], debug: bool, handler: output.LazyFileHandler) -> int:
    args = None
    try:
        _speak(argv)
        bad = _undecodable(argv)
        if bad is not None:
            raise BadInput(tr("参数“{argument}”含有无效的字符（不是 UTF-8 编码，� 处），请用 UTF-8 输入").format(argument=bad))
        args = build_parser().parse_args(argv)
        if args.command is None:
            from salesdesk.app import run_gui

            # The window keeps its own log file (app.py) and logs to the terminal it was started from.
            logging.getLogger().removeHandler(handler)
            logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(message)s")

            db = getattr(args, "db", None)
            if db and args.demo:
                raise BadInput(tr("--db 与 --demo 不能同时使用"))
            return run_gui(Path(db) if db else None, demo=args.demo, exit_when_ready=args.exit_when_ready,
                           language=getattr(args, "lang", None))
        return COMMANDS[args.command](args)
    except _bad_input_types() as exc:
        if debug:
            raise
        log.info("refused: %s", exc)
        output.say(exc)
        # A full disk is not bad input: exit 1.
        return EXIT_FAILURE if _is_write_failure(exc) else EXIT_BAD_INPUT
    except KeyboardInterrupt:
        output.say(tr("已中断"))
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader stopped reading (`salesdesk customer list | head`): stop quietly, as
        # Unix tools do, and keep Python's flush at exit from failing on the closed pipe.
        _silence_stdout()
        return EXIT_FAILURE
    except Exception as exc:  # noqa: BLE001 - the contract: a message, never a traceback
        if debug:
            raise
        import sqlite3

        import peewee

        from salesdesk.storage.db import translate_error
        from salesdesk.storage.errors import StorageError

        if isinstance(exc, (peewee.DatabaseError, sqlite3.Error)):
            log.warning("database error: %r", exc)
            exc = translate_error(exc, Path(getattr(args, "db", None) or "salesdesk.db"))
        if isinstance(exc, StorageError):
            log.warning("storage error: %s", exc)
            output.say(exc)
        elif isinstance(exc, OSError):
            log.warning("file operation failed: %r", exc)
            if exc.filename:
                output.say(tr("文件操作失败（{reason}）：{file}").format(reason=output.os_reason(exc), file=exc.filename))
            else:
                output.say(tr("文件操作失败（{reason}）").format(reason=output.os_reason(exc)))
        else:
            log.error("unexpected error running %s", argv, exc_info=exc)
            if handler.written:
                output.say(tr("出现意外错误，详细信息已记录在 {path}（加 --debug 可直接显示）").format(path=handler.path))
            else:
                output.say(tr("出现意外错误（加 --debug 查看详细信息）"))
        return EXIT_FAILURE
