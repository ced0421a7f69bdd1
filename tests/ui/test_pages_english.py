"""The window's pages in English (Action table, Stats, Today, To-dos, Settings, reminders,
undo) on a desk with Latin names only: nothing Chinese is left on screen."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QWidget

from fake_messages import FakeMessages
from latin_desk import TODAY, at, build_latin
from salesdesk.ui.session_undo import UndoStack, undo_action
from tests.english import chinese, chinese_on, widget_texts
from tests.test_i18n import INCOMPLETE


def until_translated(*areas: str, shows: str):
    """Expected to fail while an area that puts text on this page is still being translated
    (tests/test_i18n.py INCOMPLETE); strict, so it must pass once they all are."""
    waiting = sorted(INCOMPLETE & set(areas))
    return pytest.mark.xfail(bool(waiting), strict=True,
                             reason=f"{shows} come from {', '.join(waiting)}, not translated yet")


@pytest.fixture
def latin(desk, clock):
    return build_latin(desk, clock)


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@until_translated("services", shows="appointment labels")
def test_today_reads_english(english, qtbot, desk, latin):
    from salesdesk.ui.today_view import TodayView

    view = shown(qtbot, TodayView(desk, FakeMessages()))
    assert view.title_label.text() == "Today: Monday 2026-11-23"
    assert view.todos.texts()[0] == "Call Zhang Wei back (Important, not urgent, due 11.23) · Zhang Wei"
    assert view.todos.title() == "Today's to-dos (3)"
    assert view.turning.texts()[0].startswith("Zhang Wei · Critical illness  Overdue by 2 days")
    assert "Dials" in view.counts_label.text() or "Dial" in view.counts_label.text()
    assert chinese_on(view) == [], chinese_on(view)


def test_today_in_chinese_is_unchanged(qtbot, desk, latin):
    from salesdesk.ui.today_view import TodayView

    view = shown(qtbot, TodayView(desk, FakeMessages()))
    assert view.title_label.text() == "今天 2026年11月23日 星期一"
    assert view.todos.texts()[0] == "Call Zhang Wei back（重要不紧急，11.23 到期） · Zhang Wei"
    assert view.todos.title() == "今天的待办（3）"


def test_the_to_dos_read_english(english, qtbot, desk, latin):
    from salesdesk.ui.todo_view import TodoDialog, TodoPage

    page = shown(qtbot, TodoPage(desk, FakeMessages()))
    page.show_done.setChecked(True)
    assert [page.lists[q].parentWidget().title().replace("&&", "&") for q in page.lists] == [
        "Important & urgent", "Important, not urgent", "Urgent, not important", "Neither"]
    assert page.texts("紧急不重要") == ["Renew the car insurance (overdue 11.21)"]
    assert page.texts("不重要不紧急") == ["Ten new names [Weekly plan 11.23–11.29 20%]"]
    assert chinese_on(page) == [], chinese_on(page)
    dialog = TodoDialog(desk.todos.get(latin["plan"]), page)
    qtbot.addWidget(dialog)
    assert dialog.period_box.currentText() == "Weekly plan"
    assert chinese_on(dialog) == [], chinese_on(dialog)
    page.move_to_quadrant(latin["plan"], "重要紧急")
    assert page.undo_stack.undo_text() == "Move to Important & urgent"


@until_translated("core", shows="the stage column labels")
def test_the_action_table_reads_english(english, qtbot, desk, latin):
    from salesdesk.ui.weekly_view import WeeklyView

    view = shown(qtbot, WeeklyView(desk, messages=FakeMessages()))
    qtbot.waitUntil(lambda: view.table is not None)
    model = view.model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert heads[0].endswith("Opportunity") and heads[-1].endswith("Won"), heads
    assert chinese_on(view) == [], widget_texts(view)


def test_the_action_tables_heads_fit_at_1366(english, qtbot, desk, latin):
    """English column and row heads are longer than the Chinese: none is cut at 1366×768."""
    from salesdesk.ui.weekly_view import WeeklyView

    view = shown(qtbot, WeeklyView(desk, messages=FakeMessages()))
    qtbot.waitUntil(lambda: view.table is not None)
    grid = view.grid
    header = grid.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(view.model.columnCount()):
        text = view.model.headerData(column, Qt.Orientation.Horizontal)
        assert metrics.horizontalAdvance(text) + 4 <= header.sectionSize(column), text
    rows = grid.verticalHeader()
    for row in range(view.model.rowCount()):
        text = view.model.headerData(row, Qt.Orientation.Vertical)
        widest = max(rows.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        assert widest + 4 <= rows.width(), text
    for action in view.toolbar.actions():
        button = view.toolbar.widgetForAction(action)
        if button is not None and action.text():
            assert button.isVisible(), f"{action.text()!r} went into the toolbar's overflow"


@until_translated("core", "reports", "ui_a_m", shows="period labels, the ratio rows and shared headers")
def test_the_stats_page_reads_english(english, qtbot, desk, latin):
    from salesdesk.ui.stats_view import StatsView

    page = shown(qtbot, StatsView(desk, messages=FakeMessages()))
    qtbot.waitUntil(lambda: page.data is not None)
    tabs = [page.chart_tabs.tabText(i) for i in range(page.chart_tabs.count())]
    assert tabs == ["Stage funnel", "Ratio trend", "Deal cycle", "80/20 chart", "Customer levels", "Lost reasons"]
    assert page.period_box.currentText() == "This month"
    months = page.data.forecast.months
    assert months
    page.show_month(months[0].month)
    assert chinese_on(page) == [], chinese_on(page)


@until_translated("core", shows="the sales cycle's source")
def test_the_settings_dialog_reads_english(english, qtbot, desk, latin):
    from salesdesk.ui.computer_settings import LANGUAGE_NAMES
    from salesdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Settings"
    # The language choice names each language in its own words: 中文 stays 中文.
    native = {name for name, _code in LANGUAGE_NAMES}
    left = [t for t in chinese_on(dialog) if t not in native]
    assert left == [], left


@until_translated("services", shows="reminder titles")
def test_reminders_read_english(english, qtbot, desk, clock, latin, tmp_path):
    from salesdesk.ui.main_window import MainWindow
    from salesdesk.ui.reminders import ReminderNotifier

    window = MainWindow(desk, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), FakeMessages())
    qtbot.addWidget(window)
    notifier = ReminderNotifier(desk, window, timer=QTimer())
    window.show()
    clock.set(at(TODAY, 14) + dt.timedelta(minutes=45))
    assert notifier.check()
    assert notifier.banner.isVisible()
    assert chinese(notifier.banner.lines()) == [] and chinese_on(notifier.banner) == []


def test_the_undo_command_reads_english(english, qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    stack = UndoStack(window)
    action = undo_action(stack, window, FakeMessages())
    assert action.text() == "Undo"
    stack.push("Edit to-do", lambda: None)
    assert action.text() == "Undo Edit to-do"


@pytest.mark.xfail(bool(INCOMPLETE), strict=True,
                   reason=f"the whole window reads English once every area is translated; still: {sorted(INCOMPLETE)}")
def test_the_whole_window_reads_english(english, qtbot, desk, latin, tmp_path):
    """Every page (the lazy ones built), the Tools menu and every tab of a customer's card."""
    from salesdesk.services.autobackup import AutoBackup
    from salesdesk.ui.background import wait_for_reads
    from salesdesk.ui.main_window import MainWindow
    from salesdesk.ui.pages import install_pages

    messages = FakeMessages()
    window = MainWindow(desk, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), messages)
    qtbot.addWidget(window)
    window.pages = install_pages(window, messages, AutoBackup(desk, tmp_path / "backups"))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    left: set[str] = set()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        if hasattr(page, "page"):
            page = page.page()
        qtbot.waitUntil(lambda page=page: not getattr(page, "loading", False), timeout=10_000)
        wait_for_reads()
        left.update(chinese_on(window))
    assert window.open_customer(latin["zhang"])
    for index in range(window.card.tabs.count()):
        window.card.tabs.setCurrentIndex(index)
        left.update(chinese_on(window))
    assert sorted(left) == []
    assert window.tabs.tabText(0) == "Customers"
