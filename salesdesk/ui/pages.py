"""The pages beyond 客户 and the 工具 menu, wired into the main window in one place.

The composition root calls ``install_pages`` once; the pages stay independent of each
other and talk through signals (an entry or a card asks the window to open a customer).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from salesdesk.services.autobackup import AutoBackup

from .board import ProspectBoard
from .main_window import MainWindow
from .messages import Messages
from .settings_dialog import SettingsDialog
from .weekly_view import WeeklyView

#: How often the running app looks whether an automatic backup is due.
BACKUP_CHECK_MS = 5 * 60 * 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


@dataclass
class Pages:
    board: ProspectBoard
    weekly: WeeklyView
    tools_menu: QMenu
    autobackup: AutoBackup | None = None
    backup_timer: QTimer | None = None


def install_pages(window: MainWindow, messages: Messages, autobackup: AutoBackup | None = None) -> Pages:
    desk = window.desk
    board = ProspectBoard(desk, messages=messages)
    board.open_customer.connect(window.open_customer)
    window.add_page(board, _tr("看板"))
    weekly = WeeklyView(desk, messages=messages)
    weekly.open_customer.connect(lambda customer_id, _prospect_id: window.open_customer(customer_id))
    window.add_page(weekly, _tr("行动工具表"))

    # The board and the customer list each have a filter on Ctrl+F; two live shortcuts on
    # one key cancel each other out in Qt, so the window's own is active on 客户 only.
    def page_changed(_index: int) -> None:
        window.find_action.setEnabled(window.tabs.currentWidget() is window.customers_page)

    window.tabs.currentChanged.connect(page_changed)
    page_changed(window.tabs.currentIndex())

    tools = QMenu(_tr("工具(&T)"), window)
    settings_action = tools.addAction(_tr("设置(&S)…"))
    settings_action.setShortcut(QKeySequence("Ctrl+,"))
    settings_action.triggered.connect(lambda: SettingsDialog(desk, window).exec())
    tools.addSeparator()
    for action in (weekly.print_action, weekly.pdf_action, weekly.xlsx_action, weekly.dept_action,
                   weekly.merge_action):
        tools.addAction(action)
    pages = Pages(board, weekly, tools, autobackup)
    if autobackup is not None:
        tools.addSeparator()
        backup_action = tools.addAction(_tr("立即备份(&B)"))

        def backup_now() -> None:
            autobackup.dirty = True
            path = autobackup.maybe_backup(closing=True)
            if path is None:
                messages.warn(window, _tr("备份失败"), autobackup.last_error or _tr("无法写入备份"))
            else:
                window.statusBar().showMessage(_tr("已备份到 {path}").format(path=path), 5000)

        backup_action.triggered.connect(backup_now)
        timer = QTimer(window)
        timer.setInterval(BACKUP_CHECK_MS)
        timer.timeout.connect(autobackup.maybe_backup)
        timer.start()
        pages.backup_timer = timer
    help_menu = window.menuBar().actions()[-1]
    window.menuBar().insertMenu(help_menu, tools)
    return pages
