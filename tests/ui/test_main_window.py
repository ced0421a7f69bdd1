"""The main window on a temporary database: find, add and edit customers as the agent would."""
from __future__ import annotations

import ast
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from salesdesk.core.customer import CustomerData
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.messages import SaveChoice

from fake_messages import FakeMessages, type_text


PEOPLE = [
    ("何建国", "宏达贸易有限公司", "13812345678"),
    ("王芳", "华信科技有限公司", "13900001111"),
    ("李伟", "", "13700002222"),
    ("张秀英", "金桥物流有限公司", "13600003333"),
]


class ManualTimer(QObject):
    """A debounce timer that fires only when the test says so (cf. qutebrowser's stubs)."""

    timeout = Signal()

    def __init__(self):
        super().__init__()
        self.active = False

    def setSingleShot(self, _single: bool) -> None:
        pass

    def setInterval(self, _ms: int) -> None:
        pass

    def start(self) -> None:
        self.active = True

    def stop(self) -> None:
        self.active = False

    def fire(self) -> None:
        self.active = False
        self.timeout.emit()


@pytest.fixture
def people(desk):
    return {name: desk.add_customer(CustomerData(name=name, company=company, mobile=mobile))
            for name, company, mobile in PEOPLE}


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings.ini"


@pytest.fixture
def messages():
    return FakeMessages()


@pytest.fixture
def make_window(qtbot, desk, settings_path, messages):
    def discard_leftovers(window):
        # Closing at teardown asks about edits a test left unsaved: drop them.
        if window.card.is_dirty():
            messages.save_answers.append(SaveChoice.DISCARD)

    def make(**kwargs):
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = MainWindow(desk, settings, messages, **kwargs)
        qtbot.addWidget(window, before_close_func=discard_leftovers)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window, people):
    return make_window()


def listed(window) -> list[str]:
    model = window.customer_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def click_customer(qtbot, window, name):
    view = window.customer_list.view
    row = listed(window).index(name)
    rect = view.visualRect(window.customer_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- the window itself ----------------------------------------------------------------------
def test_window_shows_the_customer_page(window):
    assert window.tabs.tabText(0) == "客户"
    assert window.customer_list.filter_edit.placeholderText() == "搜索姓名、电话、公司、拼音…"
    assert sorted(listed(window)) == sorted(name for name, _c, _m in PEOPLE)
    assert window.count_label.text() == "共 4 位客户"
    # The first customer in the list is open on the card.
    assert window.card.fields["name"].text() == listed(window)[0]


def system_title(window) -> str:
    """The title the window system shows: Qt appends the application's display name
    (QPlatformWindow::formatWindowTitle) unless the title already ends with it."""
    from PySide6.QtGui import QGuiApplication

    title = window.windowTitle().replace("[*]", "*" if window.isWindowModified() else "")
    name = QGuiApplication.applicationDisplayName()
    if name and not title.endswith(name):
        title = f"{title} \u2014 {name}" if title else name
    return title


@pytest.fixture
def display_name(qapp):
    before = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("salesdesk 销售管理")
    yield
    qapp.setApplicationDisplayName(before)


def test_the_title_names_the_program_once(qtbot, display_name, make_window, people, db_path):
    plain = make_window()
    assert system_title(plain) == "salesdesk 销售管理"
    plain.card.fields["company"].setText("新公司")
    assert plain.isWindowModified()
    assert system_title(plain) == "* \u2014 salesdesk 销售管理"

    assert system_title(make_window(db_path=db_path)) == "salesdesk.db \u2014 salesdesk 销售管理"
    demo = make_window(demo=True)
    assert system_title(demo) == "演示数据 \u2014 salesdesk 销售管理"
    assert system_title(demo).count("salesdesk") == 1


def test_demo_window_says_so_in_its_title(make_window):
    assert "演示数据" in make_window(demo=True).windowTitle()


def test_the_quit_command_is_not_the_lost_stage(window):
    assert window.quit_action.text() == "退出程序(&X)"
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")


def test_menus_and_shortcuts(window):
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["文件(&F)", "编辑(&E)", "客户(&C)", "视图(&V)", "帮助(&H)"]
    assert window.new_customer_action.shortcut() == QKeySequence("Ctrl+N")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.card.save_action.shortcut() == QKeySequence("Ctrl+S")


def test_about_box(window, messages):
    window.about_action.trigger()
    assert window.about_dialog.isVisible()  # its contents: tests/ui/test_about_dialog.py
    assert messages.kinds() == []


def test_default_size_fits_a_1366x768_screen(window):
    from salesdesk.ui.main_window import DEFAULT_SIZE

    # 1366×768 less a task bar (40 px) and a title bar (~32 px).
    width, height = DEFAULT_SIZE
    assert width <= 1366 and height <= 768 - 40 - 32
    hint = window.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height
    # The test screen (offscreen, 800×600) is smaller still: the window shrinks to fit it.
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()


def test_add_page_adds_a_tab_with_a_view_menu_entry(qtbot, window):
    page = QLabel("看板")

    index = window.add_page(page, "看板")

    assert window.tabs.tabText(index) == "看板"
    action = window.view_menu.actions()[index]
    assert action.text() == "看板"
    assert action.shortcut() == QKeySequence("Ctrl+2")
    action.trigger()
    assert window.tabs.currentWidget() is page


# -- finding -----------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, expected", [("hjg", ["何建国"]), ("建国", ["何建国"]), ("金桥", ["张秀英"]),
                                             ("139", ["王芳"])])
def test_typing_in_the_filter_narrows_the_list(qtbot, window, typed, expected):
    type_text(qtbot, window.customer_list.filter_edit, typed)

    qtbot.waitUntil(lambda: listed(window) == expected)
    assert window.count_label.text() == f"找到 {len(expected)} 位客户（共 4 位）"


def test_filtering_waits_for_a_pause_in_typing(qtbot, make_window, people):
    timer = ManualTimer()
    window = make_window(debounce=timer)

    qtbot.keyClicks(window.customer_list.filter_edit, "hejianguo")
    assert len(listed(window)) == 4  # nothing queried per keystroke
    assert timer.active

    with qtbot.waitSignal(window.customer_model.modelReset):
        timer.fire()
    assert listed(window) == ["何建国"]


def test_enter_filters_at_once(qtbot, make_window, people):
    window = make_window(debounce=ManualTimer())

    qtbot.keyClicks(window.customer_list.filter_edit, "wf")
    qtbot.keyClick(window.customer_list.filter_edit, Qt.Key.Key_Return)

    assert listed(window) == ["王芳"]


def test_arrow_down_from_the_filter_goes_into_the_list(qtbot, make_window, people):
    window = make_window(debounce=ManualTimer())
    window.new_customer_action.trigger()
    type_text(qtbot, window.customer_list.filter_edit, "王")
    qtbot.keyClick(window.customer_list.filter_edit, Qt.Key.Key_Return)

    qtbot.keyClick(window.customer_list.filter_edit, Qt.Key.Key_Down)

    assert window.card.fields["name"].text() == "王芳"


def test_clicking_a_customer_opens_their_card(qtbot, window):
    click_customer(qtbot, window, "张秀英")

    assert window.card.fields["name"].text() == "张秀英"
    assert window.card.fields["company"].text() == "金桥物流有限公司"


# -- adding and editing --------------------------------------------------------------------------
def test_adding_a_customer_shows_it_in_the_list_and_the_database(qtbot, window, desk):
    window.new_customer_action.trigger()
    assert window.card.customer_id is None
    type_text(qtbot, window.card.fields["name"], "欧阳娜娜")
    type_text(qtbot, window.card.fields["mobile"], "13500004444")

    with qtbot.waitSignal(window.card.saved):
        window.card.save_action.trigger()

    assert "欧阳娜娜" in listed(window)
    assert window.customer_list.current_customer() == window.card.customer_id
    assert window.count_label.text() == "共 5 位客户"
    rows = desk.list_customers("欧阳娜娜")
    assert [(r.name, r.mobile) for r in rows] == [("欧阳娜娜", "13500004444")]


def test_a_bad_phone_number_shows_the_message_and_saves_nothing(qtbot, window, desk):
    window.new_customer_action.trigger()
    type_text(qtbot, window.card.fields["name"], "赵六")
    type_text(qtbot, window.card.fields["mobile"], "1234")

    window.card.save_action.trigger()

    error = window.card.errors["mobile"]
    assert error.isVisible() and "手机号码“1234”格式不正确" in error.text()
    assert desk.count_customers() == 4
    assert "赵六" not in listed(window)


def test_a_change_made_elsewhere_reaches_the_list(window, desk):
    desk.add_customer(CustomerData(name="阿黄"))

    assert listed(window)[0] == "阿黄"
    assert window.count_label.text() == "共 5 位客户"


def test_renaming_keeps_the_customer_selected(qtbot, window, desk, people):
    click_customer(qtbot, window, "李伟")
    name = window.card.fields["name"]
    name.clear()
    type_text(qtbot, name, "李大伟")

    assert window.card.save()

    assert "李大伟" in listed(window)
    assert window.customer_list.current_customer() == people["李伟"]


# -- unsaved edits ------------------------------------------------------------------------------------
@pytest.fixture
def edited(qtbot, window):
    """王芳's card open with an unsaved company change."""
    click_customer(qtbot, window, "王芳")
    company = window.card.fields["company"]
    company.clear()
    type_text(qtbot, company, "新公司")
    assert window.isWindowModified()
    return window


def test_switching_customer_with_unsaved_edits_can_be_cancelled(qtbot, edited, desk, messages, people):
    messages.save_answers.append(SaveChoice.CANCEL)

    click_customer(qtbot, edited, "李伟")

    assert messages.kinds() == ["ask_save"]
    assert edited.card.fields["name"].text() == "王芳"
    assert edited.card.fields["company"].text() == "新公司"
    assert edited.customer_list.current_customer() == people["王芳"]
    assert desk.get_customer(people["王芳"]).company == "华信科技有限公司"


def test_switching_customer_with_unsaved_edits_can_save_them(qtbot, edited, desk, messages, people):
    messages.save_answers.append(SaveChoice.SAVE)

    click_customer(qtbot, edited, "李伟")

    assert edited.card.fields["name"].text() == "李伟"
    assert edited.customer_list.current_customer() == people["李伟"]
    assert desk.get_customer(people["王芳"]).company == "新公司"


def test_a_new_customer_saved_on_the_way_out_appears_and_the_choice_is_kept(qtbot, window, desk, messages, people):
    window.new_customer_action.trigger()
    type_text(qtbot, window.card.fields["name"], "孙八")
    messages.save_answers.append(SaveChoice.SAVE)

    click_customer(qtbot, window, "李伟")

    assert "孙八" in listed(window)
    assert [r.name for r in desk.list_customers("孙八")] == ["孙八"]
    assert window.card.fields["name"].text() == "李伟"
    assert window.customer_list.current_customer() == people["李伟"]


def test_switching_customer_with_unsaved_edits_can_discard_them(qtbot, edited, desk, messages, people):
    messages.save_answers.append(SaveChoice.DISCARD)

    click_customer(qtbot, edited, "李伟")

    assert edited.card.fields["name"].text() == "李伟"
    assert desk.get_customer(people["王芳"]).company == "华信科技有限公司"
    assert not edited.isWindowModified()


def test_closing_with_unsaved_edits_asks_first(qtbot, edited, desk, messages, people):
    messages.save_answers.append(SaveChoice.CANCEL)
    assert not edited.close()
    assert edited.isVisible()

    messages.save_answers.append(SaveChoice.SAVE)
    assert edited.close()
    assert desk.get_customer(people["王芳"]).company == "新公司"


def test_new_customer_with_unsaved_edits_asks_first(qtbot, edited, messages):
    messages.save_answers.append(SaveChoice.CANCEL)

    edited.new_customer_action.trigger()

    assert edited.card.fields["name"].text() == "王芳"


def test_following_a_referral_link_opens_that_customer(qtbot, window, desk, people):
    newcomer = desk.add_customer(CustomerData(name="钱七", referrer_id=people["何建国"]))
    assert window.open_customer(newcomer)

    window.card.referrer_link.linkActivated.emit(str(people["何建国"]))

    assert window.card.fields["name"].text() == "何建国"
    assert window.customer_list.current_customer() == people["何建国"]


# -- remembered layout --------------------------------------------------------------------------------
def test_geometry_and_splitter_are_restored(qtbot, make_window, people, settings_path):
    first = make_window()
    first.resize(720, 500)  # within the 800×600 offscreen test screen
    first.splitter.setSizes([300, 400])
    sizes = first.splitter.sizes()
    assert first.close()
    assert settings_path.exists()

    second = make_window()

    assert (second.width(), second.height()) == (720, 500)
    assert second.splitter.sizes() == sizes


# -- the application: run_gui ---------------------------------------------------------------------------
@pytest.fixture
def gui(monkeypatch, tmp_path, qapp):
    """run_gui with no real event loop, dialogs or user folders."""
    import salesdesk.app as app_module

    fake = FakeMessages()
    seen: dict = {}

    def event_loop(app):
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["window"] = windows[-1]
        seen["title"] = windows[-1].windowTitle()
        seen["names"] = listed(windows[-1])
        return 0

    data = tmp_path / "data"
    monkeypatch.setattr(app_module.paths, "data_dir", lambda: data)
    monkeypatch.setattr(app_module, "Messages", lambda: fake)
    monkeypatch.setattr(app_module, "ensure_cjk_font", lambda app: "")
    monkeypatch.setattr(app_module, "install_qt_translations", lambda app: None)
    monkeypatch.setattr(app_module, "_event_loop", event_loop)
    monkeypatch.setattr(app_module, "_settings",
                        lambda: QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName())
    yield app_module, fake, seen, data
    qapp.setApplicationName(names[0])
    qapp.setOrganizationName(names[1])
    qapp.setApplicationDisplayName(names[2])


def test_run_gui_opens_the_window_on_the_given_database(gui, db_path, desk):
    app_module, fake, seen, _data = gui
    desk.add_customer(CustomerData(name="何建国"))
    desk.db.close()

    assert app_module.run_gui(db_path) == 0

    assert seen["title"] == "salesdesk.db[*]"
    assert seen["names"] == ["何建国"]
    assert QApplication.instance().organizationName() == "salesdesk"
    assert fake.shown == []


def test_run_gui_uses_the_default_data_file(gui, monkeypatch):
    from salesdesk.ui.welcome import WelcomeDialog

    app_module, _fake, seen, data = gui
    # No file yet: the welcome (tests/ui/test_welcome.py) is answered 从空白开始.
    monkeypatch.setattr(WelcomeDialog, "exec", lambda dialog: (dialog.empty_button.click(), dialog.result())[1])

    assert app_module.run_gui(None) == 0

    assert (data / "salesdesk.db").exists()
    assert seen["names"] == []


def test_run_gui_demo_never_touches_the_user_data(gui, monkeypatch):
    app_module, _fake, seen, data = gui
    import salesdesk.demo

    made = []
    real = salesdesk.demo.make_demo_db

    def small_demo(path, **kwargs):
        made.append(Path(path))
        return real(path, customers=6, seed=7)

    monkeypatch.setattr(salesdesk.demo, "make_demo_db", small_demo)

    assert app_module.run_gui(None, demo=True) == 0

    assert "演示数据" in seen["title"]
    assert len(seen["names"]) == 6
    assert not data.exists()  # not even an empty folder for the user's data
    assert not made[0].parent.exists()  # the temporary folder is gone after closing


@pytest.mark.parametrize("content, expected", [
    (b"this is not a database at all, just some text" * 100, "不是有效的 salesdesk 数据库"),
    (None, "更新版本"),
])
def test_run_gui_explains_a_database_it_cannot_open(gui, tmp_path, content, expected):
    app_module, fake, seen, _data = gui
    path = tmp_path / "bad.db"
    if content is None:
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE t (x)")
        con.execute("PRAGMA user_version = 99")
        con.commit()
        con.close()
    else:
        path.write_bytes(content)
    fake.choice_answers.append("退出")  # tests/ui/test_startup.py: the other ways out

    assert app_module.run_gui(path) == 1

    assert fake.kinds() == ["choose"]
    assert expected in fake.texts()[0]
    assert "Traceback" not in fake.texts()[0]
    assert "window" not in seen


@pytest.fixture
def qt_chinese(qapp):
    """install_qt_translations, undone afterwards (the translator and the default locale)."""
    from PySide6.QtCore import QLocale

    import salesdesk.app as app_module

    before = QLocale()
    installed = []

    def install(**kwargs):
        translator = app_module.install_qt_translations(qapp, **kwargs)
        installed.append(translator)
        return translator

    yield install
    for translator in installed:
        if translator is not None:
            qapp.removeTranslator(translator.gaps)
            qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_qt_standard_buttons_and_file_dialogs_speak_chinese(qt_chinese):
    assert qt_chinese() is not None
    assert QApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert QApplication.translate("QFileDialog", "Look in:") == "查找范围："
    assert QApplication.translate("QFileDialog", "Files of type:") == "文件类型："


def test_a_file_dialog_of_this_qt_release_has_no_english_labels(qt_chinese, qtbot):
    """Qt 6.11 renamed some labels ("&Look in:"); its zh_CN catalogue still has the old ones."""
    from PySide6.QtWidgets import QFileDialog

    qt_chinese()
    dialog = QFileDialog(None, "导出")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [dialog.labelText(label) for label in QFileDialog.DialogLabel]
    assert len(labels) == 5 and all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in labels), labels
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "查找范围(&L)："
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "文件类型(&T)："
    assert QApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "文件夹"


def test_qt_translations_are_looked_for_beyond_qts_own_folder(qt_chinese, tmp_path):
    """A wheel or a frozen build may keep them elsewhere than QLibraryInfo says."""
    from PySide6.QtCore import QLibraryInfo

    shipped = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    (tmp_path / "qtbase_zh_CN.qm").write_bytes((shipped / "qtbase_zh_CN.qm").read_bytes())

    assert qt_chinese(folders=[tmp_path / "missing", tmp_path]).filePath() == str(tmp_path / "qtbase_zh_CN.qm")
    assert QApplication.translate("QFileDialog", "Look in:") == "查找范围："


def test_the_week_pickers_calendar_names_months_and_days_in_chinese(qt_chinese, qtbot):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QToolButton

    qt_chinese()
    picker = QDateEdit(QDate(2026, 12, 1))
    picker.setCalendarPopup(True)
    qtbot.addWidget(picker)
    calendar = picker.calendarWidget()
    assert isinstance(calendar, QCalendarWidget)
    assert calendar.findChild(QToolButton, "qt_calendar_monthbutton").text() == "十二月"
    days = [calendar.locale().dayName(d, calendar.locale().FormatType.ShortFormat) for d in range(1, 8)]
    assert days == ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]


def test_unexpected_errors_are_logged_and_shown_briefly(gui, tmp_path):
    app_module, fake, _seen, _data = gui
    log = tmp_path / "logs" / "salesdesk.log"
    previous = sys.excepthook
    uninstall = app_module.install_excepthook(fake, log)
    try:
        try:
            raise ValueError("boom in a slot")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        uninstall()

    assert sys.excepthook is previous
    assert fake.kinds() == ["error"]
    assert "意外错误" in fake.texts()[0] and str(log) in fake.texts()[0]
    assert "Traceback" not in fake.texts()[0]
    written = log.read_text(encoding="utf-8")
    assert "Traceback" in written and "boom in a slot" in written


# -- layering ----------------------------------------------------------------------------------------------
UI_DIR = Path(__file__).resolve().parents[2] / "salesdesk" / "ui"


@pytest.mark.parametrize("module", sorted(p.relative_to(UI_DIR).as_posix() for p in UI_DIR.rglob("*.py")))
def test_ui_never_touches_storage_or_static_message_boxes(module):
    source = (UI_DIR / module).read_text(encoding="utf-8")
    tree = ast.parse(source)
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert not any(name.startswith(("salesdesk.storage", "peewee")) for name in imported)
    if module != "messages.py":
        for static in ("QMessageBox", "QInputDialog", "QFileDialog"):
            assert static not in source, f"{module} uses {static}: go through salesdesk.ui.messages"


def test_the_shipped_qt_gaps_catalogue_is_built_from_its_source(tmp_path):
    import shutil
    import subprocess

    folder = Path(__file__).resolve().parents[2] / "resources" / "translations"
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease not installed")
    built = tmp_path / "gaps.qm"
    subprocess.run([lrelease, "-silent", str(folder / "qt_gaps_zh_CN.ts"), "-qm", str(built)], check=True)
    assert built.read_bytes() == (folder / "qt_gaps_zh_CN.qm").read_bytes()


def test_a_new_customer_saved_under_a_filter_appears_selected(qtbot, window, desk):
    type_text(qtbot, window.customer_list.filter_edit, "王")
    qtbot.waitUntil(lambda: listed(window) == ["王芳"])

    window.new_customer_action.trigger()
    type_text(qtbot, window.card.fields["name"], "欧阳娜娜")
    with qtbot.waitSignal(window.card.saved):
        window.card.save_action.trigger()

    assert "欧阳娜娜" in listed(window)
    assert window.customer_list.current_customer() == window.card.customer_id
    selected = window.customer_list.view.selectionModel().selectedRows()
    assert [window.customer_model.customer_id(i.row()) for i in selected] == [window.card.customer_id]
    assert window.count_label.text() == "共 5 位客户"


def test_a_new_customer_the_filter_matches_keeps_the_filter(qtbot, window, desk):
    type_text(qtbot, window.customer_list.filter_edit, "王")
    qtbot.waitUntil(lambda: listed(window) == ["王芳"])

    window.new_customer_action.trigger()
    type_text(qtbot, window.card.fields["name"], "王小明")
    with qtbot.waitSignal(window.card.saved):
        window.card.save_action.trigger()

    assert sorted(listed(window)) == ["王小明", "王芳"]
    assert window.customer_list.filter_edit.text() == "王"
    assert window.customer_list.current_customer() == window.card.customer_id


@pytest.fixture
def cjk(qapp):
    from PySide6.QtGui import QFont

    from salesdesk.fonts import ensure_cjk_font

    font = QFont(qapp.font())
    ensure_cjk_font(qapp)
    yield
    qapp.setFont(font)


@pytest.mark.parametrize("size", [(1280, 680), (1366, 768)])  # the default size on a 1366×768 screen; full
def test_the_whole_card_and_its_notes_fit_a_laptop_screen(qtbot, cjk, make_window, desk, size):
    from PySide6.QtWidgets import QScrollArea

    referrer = desk.add_customer(CustomerData(name="刘秀梓"))
    cid = desk.add_customer(CustomerData(name="白磊", company="华信贸易有限公司", referrer_id=referrer))
    desk.add_customer(CustomerData(name="付梅华", referrer_id=cid))  # "TA 介绍的客户" takes a line too
    window = make_window()
    window.resize(*size)
    assert window.open_customer(cid)
    QApplication.processEvents()

    form = window.card.findChild(QScrollArea)
    assert form.verticalScrollBar().maximum() == 0  # nothing to scroll to
    notes = window.card.fields["notes"]
    assert form.viewport().rect().contains(notes.mapTo(form.viewport(), notes.rect().bottomRight()))
    assert notes.height() >= 8 * notes.fontMetrics().lineSpacing()
