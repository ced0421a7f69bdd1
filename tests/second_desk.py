"""Desk B: another salesdesk process on the same file, changing one field of a customer.

Run as ``python second_desk.py DB ID FIELD VALUE`` (a real second process: in one process
peewee's models are bound to a single database)."""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def change_in_another_process(db_path: Path, customer_id: int, **fields) -> None:
    (field, value), = fields.items()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, __file__, str(db_path), str(customer_id), field, value],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def main(db: str, customer_id: str, field: str, value: str) -> None:
    from salesdesk.services import SalesDesk
    from salesdesk.storage.db import close_db, open_db

    database = open_db(Path(db))
    desk = SalesDesk(database)
    loaded = desk.get_customer(int(customer_id))
    desk.update_customer(int(customer_id), dataclasses.replace(loaded, **{field: value}), loaded=loaded)
    close_db(database)


if __name__ == "__main__":
    main(*sys.argv[1:])
