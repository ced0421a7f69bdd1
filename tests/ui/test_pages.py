"""The whole window as the agent gets it: 客户, 看板, 行动工具表 and the 工具 menu."""
import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from salesdesk.core.customer import CustomerData
from salesdesk.services.autobackup import AutoBackup
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.pages import install_pages


class QuietMessages:
    def __init__(self):
        self.warned = []

    def warn(self, parent, title, text):
        self.warned.append(text)

    def __getattr__(self, name):  # any other dialog: answer "no"/None at once
        return lambda *a, **k: None


@pytest.fixture
def window(qtbot, desk, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    messages = QuietMessages()
    win = MainWindow(desk, settings, messages)
    qtbot.addWidget(win)
    pages = install_pages(win, messages, AutoBackup(desk, tmp_path / "backups"))
    win.pages = pages
    return win


def test_pages_and_menus(window):
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["客户", "看板", "行动工具表"]
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("工具(&T)") == len(titles) - 2  # before 帮助
    tools = [a.text() for a in window.pages.tools_menu.actions() if a.text()]
    assert "设置(&S)…" in tools and "立即备份(&B)" in tools and "导出 Excel" in tools


def test_clicking_a_weekly_entry_opens_the_customer_card(window, desk, clock):
    cid = desk.add_customer(CustomerData(name="何建国"))
    desk.add_customer(CustomerData(name="李秀英"))
    desk.add_prospect(cid, at=dt.datetime(2026, 11, 23, 9))
    window.tabs.setCurrentWidget(window.pages.weekly)
    window.pages.weekly.open_customer.emit(cid, 1)
    assert window.tabs.currentWidget() is window.customers_page
    assert window.card.customer_id == cid


def test_a_board_card_opens_the_customer_card(window, desk):
    cid = desk.add_customer(CustomerData(name="何建国"))
    window.pages.board.open_customer.emit(cid)
    assert window.card.customer_id == cid and window.tabs.currentWidget() is window.customers_page


def test_find_shortcut_belongs_to_the_page_in_front(window):
    assert window.find_action.isEnabled()
    window.tabs.setCurrentWidget(window.pages.board)
    assert not window.find_action.isEnabled()


def test_backup_now(window, tmp_path):
    backup = next(a for a in window.pages.tools_menu.actions() if a.text() == "立即备份(&B)")
    backup.trigger()
    assert len(list((tmp_path / "backups").glob("salesdesk-*.db"))) == 1
