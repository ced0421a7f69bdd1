"""A read-only window's pages: the board and the settings dialog write nothing, and say why;
the weekly page's exports, filtering and reading keep working."""
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from salesdesk.core.customer import CustomerData
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.pages import install_pages
from salesdesk.ui.settings_dialog import SettingsDialog

REASON = "另一个 salesdesk 窗口正在编辑这个文件：这里只能查看、不能修改。"


class QuietMessages:
    def __getattr__(self, name):  # any dialog: answer "no"/None at once
        return lambda *a, **k: None


@pytest.fixture
def window(qtbot, desk, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    messages = QuietMessages()
    win = MainWindow(desk, settings, messages)
    qtbot.addWidget(win)
    win.pages = install_pages(win, messages, None)
    return win


def test_a_board_built_after_the_window_went_read_only_writes_nothing(window, desk):
    window.set_read_only(True, REASON)
    window.tabs.setCurrentWidget(window.pages.board_tab)
    board = window.pages.board
    assert board.read_only_reason == REASON
    assert not board.act_forward.isEnabled() and board.act_forward.toolTip() == REASON
    assert not any(c.view.dragEnabled() for c in board.columns.values())


def test_a_board_built_before_is_told_and_normal_mode_keeps_it_writable(window):
    window.tabs.setCurrentWidget(window.pages.board_tab)
    board = window.pages.board
    assert board.act_forward.isEnabled() and board.cycle_button.isEnabled()
    window.set_read_only(True, REASON)
    assert not board.act_lost.isEnabled() and not board.cycle_button.isEnabled()
    window.set_read_only(False)
    assert board.act_lost.isEnabled() and board.cycle_button.isEnabled()


def test_the_settings_dialog_of_a_read_only_window_shows_but_cannot_save(qtbot, window, desk, db):
    desk.add_customer(CustomerData(name="何建国"))
    desk.set_setting("agent_name", "王小明")
    window.set_read_only(True, REASON)
    dialog = SettingsDialog(desk, window, window.read_only_reason)
    qtbot.addWidget(dialog)
    before = list(db.connection().iterdump())
    assert dialog.agent_name.text() == "王小明"  # still shown
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and save.toolTip() == REASON
    assert not dialog.agent_name.isEnabled() and not dialog.lost_reasons.isEnabled()
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text() == REASON
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    dialog.save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert list(db.connection().iterdump()) == before


def test_the_settings_dialog_saves_in_normal_mode(qtbot, window, desk):
    dialog = SettingsDialog(desk, window, window.read_only_reason)
    qtbot.addWidget(dialog)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled() and not dialog.error.isVisibleTo(dialog)
    dialog.agent_name.setText("王小明")
    dialog.save()
    assert desk.setting("agent_name") == "王小明"
