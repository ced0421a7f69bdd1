"""Grab the board on the demo data at 1366×768 (not a test; pytest does not collect it).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tests/ui/board/screenshot_board.py resources/screenshots/board.png
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from PySide6.QtWidgets import QApplication  # noqa: E402

from salesdesk.core.clock import FixedClock  # noqa: E402
from salesdesk.core.stages import Stage  # noqa: E402
from salesdesk.demo import make_demo_db  # noqa: E402
from salesdesk.services import SalesDesk  # noqa: E402
from salesdesk.storage.db import close_db, open_db  # noqa: E402
from salesdesk.ui.board import ProspectBoard  # noqa: E402
from salesdesk.fonts import ensure_cjk_font  # noqa: E402

NOW = dt.datetime(2026, 11, 23, 10, 0)  # a Monday: review day, this week's deals on show


def main(out: str) -> int:
    app = QApplication(sys.argv[:1])
    if not ensure_cjk_font(app):
        print("no CJK font: Chinese would be boxes", file=sys.stderr)
        return 1
    path = Path(tempfile.mkdtemp(prefix="board_shot_")) / "demo.db"
    make_demo_db(path, customers=80, seed=7, now=NOW)
    db = open_db(path)
    board = ProspectBoard(SalesDesk(db, FixedClock(NOW)))
    board.resize(1366, 768)
    board.show()
    app.processEvents()
    p25 = board.column_ids(Stage.P25)
    if len(p25) > 1:
        board.select_prospect(p25[1])  # show what a selected card looks like
    app.processEvents()
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    ok = board.grab().save(out)
    board.close()
    close_db(db)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "board.png"))
