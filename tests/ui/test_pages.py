"""The whole window as the agent gets it: 客户, 看板, 行动工具表 and the 工具 menu."""
import dataclasses
import datetime as dt
import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from salesdesk.core.customer import CustomerData
from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import Stage
from salesdesk.services.autobackup import AutoBackup
from salesdesk.ui.background import wait_for_reads
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
    win.show()
    qtbot.waitExposed(win)
    return win


def show_tab(qtbot, window, tab) -> None:
    """Bring a page to the front and wait for what it reads (on a worker) to arrive."""
    window.tabs.setCurrentWidget(tab)
    if tab is window.pages.weekly_tab:
        qtbot.waitUntil(lambda: not window.pages.weekly.loading)


def test_pages_and_menus(window):
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["客户", "看板", "行动工具表", "统计", "今天", "日程", "待办"]
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("工具(&T)") == len(titles) - 2  # before 帮助
    tools = [a.text() for a in window.pages.tools_menu.actions() if a.text()]
    assert "设置(&S)…" in tools and "立即备份(&B)" in tools and "导出 Excel" in tools


def test_clicking_a_weekly_entry_opens_the_customer_card(window, desk, clock, qtbot):
    cid = desk.add_customer(CustomerData(name="何建国"))
    desk.add_customer(CustomerData(name="李秀英"))
    desk.add_prospect(cid, at=dt.datetime(2026, 11, 23, 9))
    show_tab(qtbot, window, window.pages.weekly_tab)
    window.pages.weekly.open_customer.emit(cid, 1)
    assert window.tabs.currentWidget() is window.customers_page
    assert window.card.customer_id == cid


def test_a_board_card_opens_the_customer_card(window, desk):
    cid = desk.add_customer(CustomerData(name="何建国"))
    window.pages.board.open_customer.emit(cid)
    assert window.card.customer_id == cid and window.tabs.currentWidget() is window.customers_page


def test_find_shortcut_belongs_to_the_page_in_front(window):
    window.tabs.setCurrentWidget(window.customers_page)
    assert window.find_action.isEnabled()
    window.tabs.setCurrentWidget(window.pages.board_tab)
    assert not window.find_action.isEnabled()


def test_backup_now(window, tmp_path):
    backup = next(a for a in window.pages.tools_menu.actions() if a.text() == "立即备份(&B)")
    backup.trigger()
    assert len(list((tmp_path / "backups").glob("salesdesk-*.db"))) == 1


def test_a_weekly_entry_selects_its_customer_in_the_list(window, desk, qtbot):
    first = desk.add_customer(CustomerData(name="艾青"))
    cid = desk.add_customer(CustomerData(name="何建国"))
    desk.add_prospect(cid, at=dt.datetime(2026, 11, 23, 9))
    window.open_customer(first)
    assert window.customer_list.current_customer() == first
    show_tab(qtbot, window, window.pages.weekly_tab)
    weekly = window.pages.weekly
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


def test_the_customer_count_is_shown_on_the_customer_page_only(window, desk, qtbot):
    desk.add_customer(CustomerData(name="王芳"))
    window.tabs.setCurrentWidget(window.customers_page)
    assert window.count_label.isVisibleTo(window) and window.count_label.text() == "共 1 位客户"
    for tab in (window.pages.board_tab, window.pages.weekly_tab):
        show_tab(qtbot, window, tab)
        assert not window.count_label.isVisibleTo(window) or "客户" not in window.count_label.text()
    window.tabs.setCurrentWidget(window.customers_page)
    assert window.count_label.isVisibleTo(window) and window.count_label.text() == "共 1 位客户"


# -- pages read only when they are seen ------------------------------------------------------
class Reads:
    """Counts the desk's reads behind the pages (and on which thread they ran)."""

    def __init__(self, desk, names=("weekly_table", "board_snapshot", "board_cards", "count_customers")):
        self.calls = {name: 0 for name in names}
        self.threads: list[int] = []
        for name in names:
            real = getattr(desk, name)

            def spy(*args, _real=real, _name=name, **kwargs):
                self.calls[_name] += 1
                if _name == "weekly_table":
                    self.threads.append(threading.get_ident())
                return _real(*args, **kwargs)

            setattr(desk, name, spy)

    def __getitem__(self, name):
        return self.calls[name]


@pytest.fixture
def spied(qtbot, desk, tmp_path):
    """The window as the app makes it, with the desk's reads counted from the start."""
    reads = Reads(desk)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    messages = QuietMessages()
    win = MainWindow(desk, settings, messages)
    qtbot.addWidget(win)
    win.pages = install_pages(win, messages)
    win.show()
    qtbot.waitExposed(win)
    return win, reads


def test_the_window_opens_on_today_without_reading_the_other_pages(spied):
    window, reads = spied
    assert window.tabs.tabText(window.tabs.currentIndex()) == "今天"  # SPEC §4: the view on start
    assert reads["weekly_table"] == 0 and reads["board_snapshot"] == 0
    assert not window.pages.weekly_tab.is_built and not window.pages.board_tab.is_built


def test_the_weekly_page_reads_when_shown_and_only_for_changes_it_shows(qtbot, spied, desk):
    window, reads = spied
    cid = desk.add_customer(CustomerData(name="何建国"))
    assert reads["weekly_table"] == 0  # hidden and not yet built

    show_tab(qtbot, window, window.pages.weekly_tab)
    weekly = window.pages.weekly
    assert reads["weekly_table"] == 1
    assert reads.threads == [t for t in reads.threads if t != threading.get_ident()]  # on a worker

    desk.add_customer(CustomerData(name="李秀英"))  # a new customer is on no week's table
    desk.update_customer(cid, desk.get_customer(cid))  # nor is 何建国, yet
    assert not weekly.loading and reads["weekly_table"] == 1

    with qtbot.waitSignal(weekly.refreshed):
        desk.add_prospect(cid, at=dt.datetime(2026, 11, 23, 9))  # on this week's table
    assert reads["weekly_table"] == 2
    assert [e.name for e in weekly.table.cell(ReviewRow.WED, Stage.OPPORTUNITY)] == ["何建国"]

    data = desk.get_customer(cid)
    with qtbot.waitSignal(weekly.refreshed):
        desk.update_customer(cid, dataclasses.replace(data, name="何建军"))  # a name on the table
    assert reads["weekly_table"] == 3


def test_a_hidden_weekly_page_reads_once_when_shown_again(qtbot, spied, desk):
    window, reads = spied
    cid = desk.add_customer(CustomerData(name="何建国"))
    show_tab(qtbot, window, window.pages.weekly_tab)
    weekly = window.pages.weekly
    window.tabs.setCurrentWidget(window.customers_page)

    pid = desk.add_prospect(cid, at=dt.datetime(2026, 11, 23, 9))
    desk.add_prospect(cid, "年金险", at=dt.datetime(2026, 11, 23, 10))
    assert reads["weekly_table"] == 1 and not weekly.loading

    show_tab(qtbot, window, window.pages.weekly_tab)
    assert reads["weekly_table"] == 2
    assert pid in [e.prospect_id for e in weekly.table.cell(ReviewRow.WED, Stage.OPPORTUNITY)]


def test_a_hidden_board_catches_up_when_shown(qtbot, spied, desk):
    window, reads = spied
    cid = desk.add_customer(CustomerData(name="何建国"))
    window.tabs.setCurrentWidget(window.pages.board_tab)
    board = window.pages.board
    assert reads["board_snapshot"] == 1
    window.tabs.setCurrentWidget(window.customers_page)

    pid = desk.add_prospect(cid, at=dt.datetime(2026, 11, 23, 9))
    desk.add_prospect(cid, "年金险", at=dt.datetime(2026, 11, 23, 10))
    assert reads["board_cards"] == 0  # nothing read for a board nobody sees

    with qtbot.waitSignal(board.refreshed):
        window.tabs.setCurrentWidget(window.pages.board_tab)
    assert reads["board_cards"] == 1  # both writes, read together
    assert pid in board.column_ids(Stage.OPPORTUNITY) and len(board.column_ids(Stage.OPPORTUNITY)) == 2


def test_the_customer_list_reads_for_changes_only_when_in_front(qtbot, spied, desk):
    window, reads = spied
    window.tabs.setCurrentWidget(window.pages.board_tab)
    before = reads["count_customers"]
    for name in ("王芳", "李伟", "张秀英"):
        desk.add_customer(CustomerData(name=name))
    assert reads["count_customers"] == before

    window.tabs.setCurrentWidget(window.customers_page)
    assert reads["count_customers"] == before + 1
    assert window.customer_model.total() == 3 and window.count_label.text() == "共 3 位客户"


def test_a_long_read_shows_a_busy_bar_and_leaves_the_window_working(qtbot, spied, desk):
    window, reads = spied
    show_tab(qtbot, window, window.pages.weekly_tab)
    weekly = window.pages.weekly
    release = threading.Event()
    real = desk.weekly_table

    def slow(*args, **kwargs):
        release.wait(10)
        return real(*args, **kwargs)

    desk.weekly_table = slow
    weekly.next_week()
    assert weekly.loading
    qtbot.waitUntil(weekly.busy_bar.isVisible)  # after BUSY_AFTER_MS, the GUI thread free meanwhile
    assert weekly.busy_bar.format() == "正在读取…"
    window.tabs.setCurrentWidget(window.customers_page)  # the window answers while the week is read
    window.tabs.setCurrentWidget(window.pages.weekly_tab)
    with qtbot.waitSignal(weekly.refreshed):
        release.set()
    assert not weekly.busy_bar.isVisible()
    assert weekly.range_label.text() == "2026年11月27日---2026年12月3日"


def test_a_read_overtaken_by_another_week_is_dropped(qtbot, spied, desk):
    window, reads = spied
    show_tab(qtbot, window, window.pages.weekly_tab)
    weekly = window.pages.weekly
    release = threading.Event()
    real = desk.weekly_table

    def slow_for_the_first(day=None):
        if day == dt.date(2026, 11, 19):  # the week asked for first (the two reads run side by side)
            release.wait(10)
        return real(day)

    desk.weekly_table = slow_for_the_first
    weekly.previous_week()  # slow
    weekly.previous_week()  # quick, asked later
    qtbot.waitUntil(lambda: weekly.range_label.text() == "2026年11月6日---2026年11月12日")
    late = []
    weekly.refreshed.connect(lambda: late.append(weekly.range_label.text()))
    release.set()
    assert wait_for_reads()
    QApplication.processEvents()  # the slow read's result arrives: too late, dropped
    assert late == []
    assert weekly.range_label.text() == "2026年11月6日---2026年11月12日"


def test_a_tools_menu_export_works_before_the_weekly_page_was_ever_shown(qtbot, desk, tmp_path):
    from openpyxl import load_workbook

    class SaveTo(QuietMessages):
        def save_file(self, parent, title, suggested="", filter="", kind="", suffix=""):
            self.asked = (suggested, kind, suffix)
            return str(tmp_path / "本周.xlsx")

    cid = desk.add_customer(CustomerData(name="何建国"))
    desk.add_prospect(cid, at=dt.datetime(2026, 11, 23, 9))
    messages = SaveTo()
    win = MainWindow(desk, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), messages)
    qtbot.addWidget(win)
    pages = install_pages(win, messages)
    export = next(a for a in pages.tools_menu.actions() if a.text() == "导出 Excel")

    export.trigger()

    assert messages.asked == ("潜在客户管理行动工具表_20261120.xlsx", "weekly_xlsx", ".xlsx")
    cells = [c.value for row in load_workbook(tmp_path / "本周.xlsx")["行动工具表"].iter_rows() for c in row]
    assert any(isinstance(v, str) and "何建国" in v for v in cells)
    assert win.tabs.tabText(win.tabs.currentIndex()) == "今天"  # the agent stays where they were
