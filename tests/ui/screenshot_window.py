"""Grab the window's 客户 and 行动工具表 pages on the demo data at 1366×768 (not a test).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tests/ui/screenshot_window.py resources/screenshots

writes main_window.png (客户: list and card) and weekly_view.png (行动工具表) into the folder.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from salesdesk.app import install_qt_translations  # noqa: E402
from salesdesk.core.clock import FixedClock  # noqa: E402
from salesdesk.demo import make_demo_db  # noqa: E402
from salesdesk.fonts import ensure_cjk_font  # noqa: E402
from salesdesk.services import SalesDesk  # noqa: E402
from salesdesk.storage.db import close_db, open_db  # noqa: E402
from salesdesk.ui.main_window import MainWindow  # noqa: E402
from salesdesk.ui.pages import install_pages  # noqa: E402

NOW = dt.datetime(2026, 11, 23, 10, 0)  # a Monday: review day


def main(folder: str) -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("salesdesk 销售管理")
    install_qt_translations(app)
    if not ensure_cjk_font(app):
        print("no CJK font: Chinese would be boxes", file=sys.stderr)
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="window_shot_"))
    path = make_demo_db(tmp / "demo.db", customers=80, seed=7, now=NOW)
    db = open_db(path)
    settings = QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(SalesDesk(db, FixedClock(NOW)), settings, demo=True)
    pages = install_pages(window, window.messages)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(out / "main_window.png"))
    window.tabs.setCurrentIndex(2)
    while pages.weekly.loading:  # read on a worker
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    app.processEvents()
    ok = window.grab().save(str(out / "weekly_view.png")) and ok
    window.tabs.setCurrentIndex(0)
    window.close()
    close_db(db)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
