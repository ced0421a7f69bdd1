"""What every command needs: the services on the chosen database file, and id output."""
from __future__ import annotations

import json
from pathlib import Path

from salesdesk.cli.parsing import BadInput


def _open_desk(args, *, create: bool = True):
    """The services on the chosen file. Commands that only read never create one."""
    from salesdesk.paths import default_db_path
    from salesdesk.services import SalesDesk
    from salesdesk.storage.db import open_db

    path = Path(getattr(args, "db", None) or default_db_path())
    if not create and not path.exists():
        raise BadInput(f"数据库文件不存在：{path}")
    return SalesDesk(open_db(path))


def _db_path(args) -> Path:
    from salesdesk.paths import default_db_path

    return Path(getattr(args, "db", None) or default_db_path())


def _print_id(args, new_id: int, message: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps({"id": new_id}))
    else:
        print(message)
        print(new_id)
