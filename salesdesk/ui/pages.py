"""The pages beyond 客户 and the 工具 menu, wired into the main window in one place.

The composition root calls ``install_pages`` once; the pages stay independent of each
other and talk through signals (an entry or a card asks the window to open a customer).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QThread, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from salesdesk.services.autobackup import AutoBackup

from .board import ProspectBoard
from .day_pages import install_day_pages
from .main_window import MainWindow
from .messages import Messages
from .page_refresh import LazyPage
from .settings_dialog import SettingsDialog
from .weekly_view import WeeklyView

def open_settings(window: MainWindow, messages: Messages) -> SettingsDialog:
    """设置; after the data folder moved, the window closes so that the file reopens from
    its new folder (salesdesk/app.py)."""
    dialog = SettingsDialog(window.desk, window, window.read_only_reason, messages=messages,
                            db_path=window.db_path, before_move=window.card.maybe_leave)
    dialog.exec()
    if dialog.folder_move is not None:
        window.data_moved = dialog.folder_move
        if QThread.currentThread().loopLevel() > 0:  # the window's event loop (not a test's stand-in)
            QCoreApplication.exit(0)
    return dialog


#: How often the running app looks whether an automatic backup is due.
BACKUP_CHECK_MS = 5 * 60 * 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


#: The 工具 menu's commands on the week shown on 行动工具表: (text, WeeklyExports method).
WEEKLY_COMMANDS = (
    (QT_TRANSLATE_NOOP("pages", "打印预览"), "print_preview", QKeySequence.StandardKey.Print),
    (QT_TRANSLATE_NOOP("pages", "导出 PDF"), "export_pdf", None),
    (QT_TRANSLATE_NOOP("pages", "导出 Excel"), "export_xlsx", None),
    (QT_TRANSLATE_NOOP("pages", "部门追踪表导出"), "export_dept", None),
    (QT_TRANSLATE_NOOP("pages", "合并部门追踪表…"), "merge_dept", None),
)


class Pages:
    """The pages beyond 客户; each is built the first time it is shown or asked for."""

    def __init__(self, board_tab: LazyPage, weekly_tab: LazyPage, tools_menu: QMenu,
                 autobackup: AutoBackup | None = None):
        self.board_tab = board_tab
        self.weekly_tab = weekly_tab
        self.tools_menu = tools_menu
        self.autobackup = autobackup
        self.backup_timer: QTimer | None = None

    @property
    def board(self) -> ProspectBoard:
        return self.board_tab.page()

    @property
    def weekly(self) -> WeeklyView:
        return self.weekly_tab.page()


def install_pages(window: MainWindow, messages: Messages, autobackup: AutoBackup | None = None) -> Pages:
    desk = window.desk

    def make_board() -> ProspectBoard:
        board = ProspectBoard(desk, messages=messages)
        board.set_read_only(window.read_only_reason)
        board.open_customer.connect(window.open_customer)
        return board

    def make_weekly() -> WeeklyView:
        # Off the GUI thread: at a heavy agent's size the week takes longer than a frame.
        weekly = WeeklyView(desk, messages=messages, background=True)
        weekly.open_customer.connect(lambda customer_id, _prospect_id: window.open_customer(customer_id))
        return weekly

    def make_stats():
        from .stats_view import StatsView  # matplotlib's Qt canvas: loaded when the page is first shown

        stats = StatsView(desk, messages=messages, background=True)
        stats.open_customer.connect(window.open_customer)
        return stats

    board_tab = window.tabs.widget(window.add_page(make_board, _tr("看板")))

    def board_customer() -> int | None:  # the one-click log acts on the selected card's customer
        cards = board_tab.page().selected_cards() if board_tab.is_built else []
        return cards[0].customer_id if cards else None

    window.set_customer_source(board_tab, board_customer)
    weekly_tab = window.tabs.widget(window.add_page(make_weekly, _tr("行动工具表")))
    window.add_page(make_stats, _tr("统计"))
    install_day_pages(window, messages)  # 今天, 日程, 待办

    # The board and the customer list each have a filter on Ctrl+F; two live shortcuts on
    # one key cancel each other out in Qt, so the window's own is active on 客户 only.
    def page_changed(_index: int) -> None:
        window.find_action.setEnabled(window.tabs.currentWidget() is window.customers_page)

    window.tabs.currentChanged.connect(page_changed)
    page_changed(window.tabs.currentIndex())

    tools = QMenu(_tr("工具(&T)"), window)
    settings_action = tools.addAction(_tr("设置(&S)…"))
    settings_action.setShortcut(QKeySequence("Ctrl+,"))
    settings_action.triggered.connect(lambda: open_settings(window, messages))
    tools.addSeparator()
    pages = Pages(board_tab, weekly_tab, tools, autobackup)
    for text, command, shortcut in WEEKLY_COMMANDS:
        # The page is made (not read) on demand: its commands read the week they need.
        action = tools.addAction(_tr(text))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, command=command: getattr(pages.weekly.exports, command)())
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
