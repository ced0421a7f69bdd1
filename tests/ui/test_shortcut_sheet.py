"""快捷键 (F1): the sheet lists every shortcut the window has, read from the window itself."""
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.page_refresh import LazyPage
from salesdesk.ui.pages import install_pages
from salesdesk.ui.shortcut_sheet import HELP_PROPERTY, collect, find_conflicts, key_text, plain

from fake_messages import FakeMessages

GLOBAL = "全局（任何页面）"


@pytest.fixture
def window(qtbot, desk, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    messages = FakeMessages()
    win = MainWindow(desk, settings, messages)
    qtbot.addWidget(win)
    win.pages = install_pages(win, messages)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_sheet(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window.customer_list.view, Qt.Key.Key_F1)
    sheet = window.shortcut_sheet
    qtbot.waitUntil(sheet.isVisible)
    return sheet


def registered(window):
    """Every QAction and QShortcut anywhere in the window that has a key, as (keys, text)."""
    found = []
    for source in window.findChildren(QAction) + window.findChildren(QShortcut):
        keys = source.shortcuts() if isinstance(source, QAction) else source.keys()
        keys = [k for k in keys if not k.isEmpty()]
        if keys:
            text = source.property(HELP_PROPERTY) or (source.text() if isinstance(source, QAction) else source.whatsThis())
            found.append(([key_text(k) for k in keys], plain(text)))
    return found


def test_f1_and_the_help_menu_open_the_sheet(qtbot, window):
    help_menu = window.menuBar().actions()[-1].menu()
    assert "快捷键(&K)" in [a.text() for a in help_menu.actions()]
    sheet = open_sheet(qtbot, window)
    assert sheet.windowTitle() == "快捷键"
    assert ("全局（任何页面）", "F1", "帮助 → 快捷键一览（本表）") in sheet.rows()
    sheet.close()
    window.shortcut_sheet_action.trigger()
    assert sheet.isVisible()


def test_every_shortcut_registered_in_the_window_is_on_the_sheet(qtbot, window):
    sheet = open_sheet(qtbot, window)
    # The pages nobody opened yet were built for it: their shortcuts are there too.
    lazy = [window.tabs.widget(i) for i in range(window.tabs.count()) if isinstance(window.tabs.widget(i), LazyPage)]
    assert lazy and all(page.is_built for page in lazy)
    shortcuts = registered(window)
    assert len(shortcuts) > 30
    rows = sheet.rows()
    for keys, text in shortcuts:
        assert any(all(k in row_keys.split(" / ") for k in keys) and description.endswith(text)
                   for _group, row_keys, description in rows), (keys, text)
    # Grouped by where they work, with the menu they sit in.
    for row in [(GLOBAL, "Ctrl+N", "文件 → 新建客户"), (GLOBAL, "Ctrl+S", "编辑 → 保存客户"),
                (GLOBAL, "Ctrl+2", "视图 → 看板"), (GLOBAL, "Alt+1", "一键记录 → 拨打"),
                (GLOBAL, "Ctrl+P", "工具 → 打印预览"), (GLOBAL, "Alt+F", "打开“文件”菜单"),
                ("客户列表", "Delete", "删除客户…"), ("客户名片", "Enter", "编辑交流记录"),
                ("看板", "Ctrl+→", "前进一个阶段"), ("看板", "Ctrl+Z", "撤销上一次移动"),
                ("行动工具表", "Alt+←", "上一周"), ("待办", "Delete", "删除待办"),
                # Keys a widget handles itself, declared beside the code that handles them.
                ("看板", "← / →", "移到相邻的一列（卡片不动）"), ("客户列表", "↓", "从搜索框进入客户列表"),
                ("客户名片", "Delete", "删除选中的日期")]:
        assert row in rows
    groups = [g.title for g in sheet.groups]
    assert groups[:4] == [GLOBAL, "客户列表", "客户名片", "看板"]


def test_a_shortcut_added_to_a_page_is_listed_without_touching_the_sheet(qtbot, window):
    board = window.pages.board
    extra = QAction("整理看板", board)
    extra.setShortcut(QKeySequence("Ctrl+Shift+K"))
    extra.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    board.addAction(extra)
    sheet = open_sheet(qtbot, window)
    assert ("看板", "Ctrl+Shift+K", "整理看板") in sheet.rows()


def test_keys_a_widget_handles_itself_are_listed_once_declared(qtbot, window):
    from PySide6.QtWidgets import QListView

    from salesdesk.ui.shortcut_sheet import declare_keys

    extra = QListView(window.pages.weekly)
    declare_keys(extra, [(["Space"], "勾选这一行")])
    sheet = open_sheet(qtbot, window)
    assert ("行动工具表", "Space", "勾选这一行") in sheet.rows()


def test_a_dialog_the_window_owns_brings_no_keys_of_its_own(qtbot, window):
    from PySide6.QtWidgets import QDialog, QPushButton

    dialog = QDialog(window)
    QPushButton("浏览(&O)…", dialog)
    own = QAction("对话框里的动作", dialog)
    own.setShortcut(QKeySequence("Ctrl+Shift+O"))
    dialog.addAction(own)
    sheet = open_sheet(qtbot, window)
    assert not [row for row in sheet.rows() if row[1] in ("Alt+O", "Ctrl+Shift+O")]


def test_the_filter_keeps_the_matching_lines(qtbot, window):
    sheet = open_sheet(qtbot, window)
    qtbot.keyClicks(sheet.filter_edit, "ctrl+s")
    shown = [(top.text(0), top.child(j).text(0))
             for i in range(sheet.tree.topLevelItemCount()) if not (top := sheet.tree.topLevelItem(i)).isHidden()
             for j in range(top.childCount()) if not top.child(j).isHidden()]
    assert shown and all("ctrl+s" in keys.casefold() for _group, keys in shown)
    assert (GLOBAL, "Ctrl+S") in shown


def test_no_key_is_bound_twice_where_both_would_be_live(window):
    assert find_conflicts(window) == []


def test_the_conflict_check_sees_a_key_bound_twice(window):
    twin = QAction("另一个新建", window.customer_list)
    twin.setShortcut(QKeySequence("Ctrl+N"))
    twin.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.customer_list.addAction(twin)
    found = find_conflicts(window)
    assert [(c.where, c.key) for c in found] == [("客户", "Ctrl+N")]
    assert found[0].descriptions == ("另一个新建", "新建客户")
    # The window's tabs are where they were.
    assert window.tabs.currentIndex() == window.tabs.indexOf(window.tabs.currentWidget())


def test_the_sheet_speaks_english(english, qtbot, window):
    sheet = open_sheet(qtbot, window)
    assert sheet.windowTitle() == "Keyboard shortcuts"
    assert sheet.groups[0].title == "Everywhere"
    assert [sheet.tree.headerItem().text(i) for i in (0, 1)] == ["Keys", "Command"]
    assert [d for _g, k, d in sheet.rows() if k == "F1"][0].endswith(" → Keyboard shortcuts (this list)")
    assert any(d.startswith("One-click log → ") for _g, k, d in sheet.rows() if k == "Alt+1")
