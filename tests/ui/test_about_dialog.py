"""关于: the version, the data file and log, 打开数据文件夹 and the bundled font's licence."""
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QColor, QIcon, QPixmap

import salesdesk
from salesdesk.services import SalesDesk
from salesdesk.storage.db import open_db
from salesdesk.ui.about_dialog import AboutDialog, app_icon, font_licence_path
from salesdesk.ui.main_window import MainWindow

from fake_messages import FakeMessages

ROOT = Path(__file__).resolve().parents[2]


class Opener:
    def __init__(self, answer=True):
        self.opened: list[QUrl] = []
        self.answer = answer

    def __call__(self, url):
        self.opened.append(url)
        return self.answer


@pytest.fixture
def window(qtbot, desk, tmp_path):
    win = MainWindow(desk, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), FakeMessages())
    win.log_path = tmp_path / "logs" / "salesdesk.log"
    win.open_url = Opener()
    qtbot.addWidget(win)
    return win


def about(window) -> AboutDialog:
    window.about_action.trigger()
    return window.about_dialog


def test_the_version_is_the_one_pyproject_builds(window):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "salesdesk.__version__"}
    dialog = about(window)
    assert dialog.version_label.text() == f"版本 {salesdesk.__version__}"
    assert salesdesk.__version__.count(".") == 2


def test_it_says_where_the_data_file_and_the_log_are(window, desk, db_path):
    dialog = about(window)
    assert dialog.isVisible() and dialog.windowTitle() == "关于 salesdesk"
    assert desk.database_path == Path(db_path)
    assert dialog.data_label.text() == str(db_path)
    assert dialog.log_label.text() == f"{window.log_path}（尚未创建：出现意外错误时才会写入）"
    window.log_path.parent.mkdir()
    window.log_path.write_text("x")
    dialog.close()
    assert about(window).log_label.text() == str(window.log_path)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_second_about_brings_the_same_box_forward(window):
    first = about(window)
    assert about(window) is first


def test_open_data_folder_hands_the_folder_to_the_system(window, db_path):
    dialog = about(window)
    dialog.open_folder_button.click()
    assert window.open_url.opened == [QUrl.fromLocalFile(str(Path(db_path).parent))]
    assert window.messages.shown == []


def test_a_folder_the_system_cannot_open_is_said(window, db_path):
    window.open_url.answer = False
    dialog = about(window)
    assert not dialog.open_data_folder()
    assert window.messages.kinds() == ["warn"]
    assert str(Path(db_path).parent) in window.messages.texts()[0]


def test_a_folder_that_is_gone_is_said_and_not_opened(qtbot, tmp_path):
    folder = tmp_path / "moved"
    folder.mkdir()
    opener, messages = Opener(), FakeMessages()
    dialog = AboutDialog(folder / "salesdesk.db", None, messages, open_url=opener)
    qtbot.addWidget(dialog)
    folder.rmdir()
    assert not dialog.open_data_folder()
    assert opener.opened == [] and messages.texts() == [f"找不到 {folder}"]
    assert dialog.log_label is None


def test_an_in_memory_desk_has_no_folder_to_open(qtbot, clock):
    desk = SalesDesk(open_db(":memory:"), clock)
    assert desk.database_path is None
    dialog = AboutDialog(desk.database_path, None, FakeMessages(), open_url=Opener())
    qtbot.addWidget(dialog)
    assert not dialog.open_folder_button.isEnabled()
    assert "内存" in dialog.data_label.text()


def test_the_demo_says_its_file_goes_away(qtbot, tmp_path):
    dialog = AboutDialog(tmp_path / "demo.db", None, FakeMessages(), demo=True, open_url=Opener())
    qtbot.addWidget(dialog)
    assert dialog.data_label.text() == f"{tmp_path / 'demo.db'}（演示数据：关闭后即删除）"


def test_the_font_licence_is_named_and_opens(window):
    dialog = about(window)
    assert "文泉驿微米黑" in dialog.font_label.text() and "Apache-2.0" in dialog.font_label.text()
    assert font_licence_path().is_file()
    dialog.font_label.linkActivated.emit(QUrl.fromLocalFile(str(font_licence_path())).toString())
    assert window.open_url.opened == [QUrl.fromLocalFile(str(font_licence_path()))]


def test_the_window_icon_is_shown(window):
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor("#1e88e5"))
    window.setWindowIcon(QIcon(pixmap))
    dialog = about(window)
    assert not dialog.icon_label.isHidden() and not dialog.icon_label.pixmap().isNull()


def test_about_speaks_english(window, english):
    dialog = about(window)
    assert dialog.windowTitle() == "About salesdesk"
    assert dialog.open_folder_button.text() == "Open data folder"
    assert dialog.version_label.text() == f"Version {salesdesk.__version__}"


def test_without_a_window_icon_the_bundled_one_is_used(qtbot):
    from PySide6.QtWidgets import QApplication, QWidget

    before = QApplication.windowIcon()
    QApplication.setWindowIcon(QIcon())
    try:
        plain = QWidget()
        qtbot.addWidget(plain)
        icon = app_icon(plain)
        assert not icon.isNull() and not icon.pixmap(64, 64).isNull()
    finally:
        QApplication.setWindowIcon(before)
