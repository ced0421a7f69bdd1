"""``backup``, ``restore`` and ``check``: keeping the database file safe.

A damaged database is never backed up (a bad copy would enter the rotation and push out
good ones), and only a damaged one is a reason to restore: ``check`` tells corrupt from
locked, read-only, missing and full, each with its own advice.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from salesdesk.cli.common import _db_path, _open_desk
from salesdesk.cli.parsing import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, BadInput
from salesdesk.i18n import tr


def add_parsers(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common], help=tr("备份数据库（默认放在数据库旁的 backups 文件夹）"))
    p.add_argument("-o", "--output", metavar="FILE", help=tr("备份文件路径"))
    p = sub.add_parser("restore", parents=[common], help=tr("从备份恢复（先自动备份当前数据）"))
    p.add_argument("file", metavar="FILE", help=tr("要恢复的备份文件"))
    p = sub.add_parser("check", parents=[common], help=tr("检查数据库是否完好"))


def _say(exc) -> str:
    """A storage refusal as one line: what is wrong, then what to do."""
    advice = getattr(exc, "advice", "")
    return f"salesdesk: {exc}" + (f" {advice}" if advice else "")


def cmd_backup(args) -> int:
    from salesdesk.storage.backup import backup_folder, make_backup, prune_backups
    from salesdesk.storage.db import backup_database
    from salesdesk.storage.errors import CorruptDatabaseError, StorageError

    try:
        desk = _open_desk(args, create=False, thorough=True)
        now = desk.clock.now()
        if args.output:
            target = Path(args.output)
            if target.exists():
                raise BadInput(tr("文件已存在，不会覆盖：{path}").format(path=target))
            if not target.parent.is_dir():
                raise BadInput(tr("文件夹不存在：{folder}").format(folder=target.parent))
            try:
                backup_database(desk.db, target)
            except FileExistsError:
                raise BadInput(tr("文件已存在，不会覆盖：{path}").format(path=target)) from None
        else:
            folder = backup_folder(_db_path(args))
            target = make_backup(desk.db, folder, now)
            prune_backups(folder, now)
    except CorruptDatabaseError as exc:
        said = str(exc)
        # The storage's message may already say so (in either language).
        told = "未备份" in said or tr("未备份").lower() in said.lower()  # i18n: data
        message = said if told else tr("{problem}；未备份（损坏的文件不会放进备份）。").format(problem=said)
        print(_say(type(exc)(message, exc.path)), file=sys.stderr)
        return EXIT_FAILURE
    except StorageError as exc:
        print(_say(exc), file=sys.stderr)
        return EXIT_FAILURE
    print(tr("已备份到：{path}").format(path=target))
    return EXIT_OK


def cmd_restore(args) -> int:
    from salesdesk.storage.backup import (
        backup_folder, make_backup, restore_into, restore_over_damaged, validate_backup,
    )
    from salesdesk.storage.db import close_db
    from salesdesk.storage.errors import CorruptDatabaseError, ForeignDatabaseError, StorageError

    source = Path(args.file)
    path = _db_path(args)
    try:
        validate_backup(source)
    except StorageError as exc:
        raise BadInput(str(exc)) from None
    if path.exists() and source.resolve() == path.resolve():
        raise BadInput(tr("备份文件就是当前数据库本身"))

    def over_damaged(reason: Exception) -> int:
        aside = restore_over_damaged(path, source, dt.datetime.now())
        print(tr("当前数据库已损坏（{reason}），已移到：{path}").format(reason=reason, path=aside))
        print(tr("已从 {path} 恢复").format(path=source))
        return EXIT_OK

    try:
        desk = _open_desk(args, thorough=True)
    except ForeignDatabaseError:
        raise  # another program's file: not ours to replace
    except CorruptDatabaseError as exc:
        return over_damaged(exc)
    try:
        # A name of its own (never the backup being restored, even within the same second).
        safety = make_backup(desk.db, backup_folder(path), desk.clock.now())
    except CorruptDatabaseError as exc:
        close_db(desk.db)
        return over_damaged(exc)
    if safety.resolve() == source.resolve():  # make_backup never replaces a file; kept as a guard
        raise BadInput(tr("恢复前的备份与要恢复的文件同名，未恢复"))
    restore_into(desk.db, source)
    print(tr("已从 {path} 恢复；恢复前的数据已备份到：{backup}").format(path=source, backup=safety))
    return EXIT_OK


def cmd_check(args) -> int:
    from salesdesk.storage.db import SCHEMA_VERSION
    from salesdesk.storage.errors import CorruptDatabaseError, MissingFolderError, StorageError
    from salesdesk.storage.health import diagnose

    path = _db_path(args)
    if path.parent.is_dir() and not path.exists():
        raise BadInput(tr("数据库文件不存在：{path}").format(path=path))
    try:
        diagnose(path, SCHEMA_VERSION)
    except MissingFolderError as exc:
        print(_say(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except CorruptDatabaseError as exc:
        for line in getattr(exc, "problems", [])[:20]:
            print(line)
        print(_say(exc), file=sys.stderr)
        return EXIT_FAILURE
    except StorageError as exc:
        print(_say(exc), file=sys.stderr)
        return EXIT_FAILURE
    print(tr("数据库完好"))
    return EXIT_OK
