"""``backup``, ``restore`` and ``check``: keeping the database file safe."""
from __future__ import annotations

import sys
from pathlib import Path

from salesdesk.cli.common import _db_path, _open_desk
from salesdesk.cli.parsing import EXIT_FAILURE, EXIT_OK, BadInput


def add_parsers(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common], help="备份数据库（默认放在数据库旁的 backups 文件夹）")
    p.add_argument("-o", "--output", metavar="FILE", help="备份文件路径")
    p = sub.add_parser("restore", parents=[common], help="从备份恢复（先自动备份当前数据）")
    p.add_argument("file", metavar="FILE", help="要恢复的备份文件")
    p = sub.add_parser("check", parents=[common], help="检查数据库是否完好")


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
