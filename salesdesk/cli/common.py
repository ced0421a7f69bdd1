"""What every command needs: the services on the chosen database file, and id output."""
from __future__ import annotations

import json
from pathlib import Path

from salesdesk.cli.parsing import BadInput
from salesdesk.i18n import tr


def _open_desk(args, *, create: bool = True, thorough: bool = False):
    """The services on the chosen file. Commands that only read never create one.

    An ordinary command checks a big file only lightly (storage.health.command_check_steps);
    backup and restore (``thorough``) check it whole, as the window does.
    """
    from salesdesk.paths import default_db_path
    from salesdesk.services import SalesDesk
    from salesdesk.storage.db import open_db
    from salesdesk.storage.health import QUICK_CHECK_STEPS, command_check_steps

    path = Path(getattr(args, "db", None) or default_db_path())
    if not create and not path.exists():
        raise BadInput(tr("数据库文件不存在：{path}").format(path=path))
    return SalesDesk(open_db(path, check_steps=QUICK_CHECK_STEPS if thorough else command_check_steps(path)))


def _db_path(args) -> Path:
    from salesdesk.paths import default_db_path

    return Path(getattr(args, "db", None) or default_db_path())


def _print_id(args, new_id: int, message: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps({"id": new_id}))
    else:
        print(message)
        print(new_id)


def _output_file(text: str, suffix: str, force: bool, *, option: str) -> Path:
    """Where an export may be written (SPEC §7): never over a file unless --force.

    A wrong extension or a missing folder is refused too, before anything is written.
    """
    path = Path(text)
    if path.suffix.lower() != suffix:
        raise BadInput(tr("{option} 的文件名应以 {suffix} 结尾：{path}").format(option=option, suffix=suffix, path=path))
    folder = path.parent
    if not folder.exists():
        raise BadInput(tr("文件夹不存在：{folder}（请先创建它）").format(folder=folder))
    if not folder.is_dir():
        raise BadInput(tr("路径中有一段不是文件夹：{folder}").format(folder=folder))
    if path.is_dir():
        raise BadInput(tr("这是一个文件夹，不能作为输出文件：{path}").format(path=path))
    if path.exists() and not force:
        raise BadInput(tr("文件已存在，不会覆盖：{path}（加 --force 覆盖）").format(path=path))
    return path
