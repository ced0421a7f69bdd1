"""The whole window as the agent gets it: 客户, 看板, 行动工具表 and the 工具 menu."""
import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from salesdesk.core.customer import CustomerData
from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import Stage
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


def test_a_weekly_entry_selects_its_customer_in_the_list(window, desk, qtbot):
    first = desk.add_customer(CustomerData(name="艾青"))
    cid = desk.add_customer(CustomerData(name="何建国"))
    desk.add_prospect(cid, at=dt.datetime(2026, 11, 23, 9))
    window.show()
    qtbot.waitExposed(window)
    window.open_customer(first)
    assert window.customer_list.current_customer() == first
    window.tabs.setCurrentWidget(window.pages.weekly)
    weekly = window.pages.weekly
    qtbot.waitUntil(lambda: len(weekly.table.cell(ReviewRow.WED, Stage.OPPORTUNITY)) == 1)
    entry = weekly.table.cell(ReviewRow.WED, Stage.OPPORTUNITY)[0]
    qtbot.mouseClick(weekly.table_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=weekly.entry_rect(ReviewRow.WED, 0, 0).center())
    assert entry.customer_id == cid
    assert window.tabs.currentWidget() is window.customers_page
    assert window.card.customer_id == cid
    assert window.customer_list.current_customer() == cid
    selected = window.customer_list.view.selectionModel().selectedRows()
    assert [window.customer_model.customer_id(i.row()) for i in selected] == [cid]


def test_a_weekly_entry_outside_the_lists_filter_clears_the_filter(window, desk, qtbot):
    wang = desk.add_customer(CustomerData(name="王芳"))
    cid = desk.add_customer(CustomerData(name="何建国"))
    desk.add_prospect(cid, at=dt.datetime(2026, 11, 23, 9))
    window.customer_list.filter_edit.setText("王")
    window.customer_list.apply_filter()
    window.open_customer(wang)
    assert window.customer_list.current_customer() == wang

    window.pages.weekly.open_customer.emit(cid, 1)

    assert window.card.customer_id == cid
    assert window.customer_list.filter_edit.text() == ""
    assert window.customer_list.current_customer() == cid


def test_the_customer_count_is_shown_on_the_customer_page_only(window, desk):
    desk.add_customer(CustomerData(name="王芳"))
    assert window.count_label.isVisibleTo(window) and window.count_label.text() == "共 1 位客户"
    for page in (window.pages.board, window.pages.weekly):
        window.tabs.setCurrentWidget(page)
        assert not window.count_label.isVisibleTo(window) or "客户" not in window.count_label.text()
    window.tabs.setCurrentWidget(window.customers_page)
    assert window.count_label.isVisibleTo(window) and window.count_label.text() == "共 1 位客户"
