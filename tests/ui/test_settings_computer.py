"""设置 → 这台电脑: the language (saved for the next start) and the data folder (moved at once,
after which the window reopens on the moved file)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from english import chinese_on
from fake_messages import FakeMessages
from salesdesk import paths, preferences
from salesdesk.core.customer import CustomerData
from salesdesk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def prefs(tmp_path, monkeypatch):
    path = tmp_path / "config" / "preferences.json"
    monkeypatch.setattr(preferences, "preferences_path", lambda: path)
    monkeypatch.setattr(paths, "default_data_dir", lambda: tmp_path / "system-data")
    return path


def dialog_on(qtbot, desk, db_path, fake=None, **kw):
    dialog = SettingsDialog(desk, None, "", messages=fake or FakeMessages(), db_path=db_path, **kw)
    qtbot.addWidget(dialog)
    return dialog


def test_settings_round_trip_through_the_dialog(qtbot, desk, db_path, prefs):
    dialog = dialog_on(qtbot, desk, db_path)
    assert dialog.computer.language.currentText() == "跟随系统"
    dialog.agent_name.setText("Zhang Wei")
    dialog.default_days.setValue(40)
    dialog.computer.language.setCurrentIndex(dialog.computer.language.findData("en"))
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert preferences.load() == {"language": "en"}

    again = dialog_on(qtbot, desk, db_path)  # what the next 设置 shows
    assert again.agent_name.text() == "Zhang Wei" and again.default_days.value() == 40
    assert again.computer.language.currentData() == "en"
    assert "重新启动" in again.computer.language_note.text()  # not now: at the next start
    again.computer.language.setCurrentIndex(0)  # 跟随系统: the preference goes
    again.save()
    assert preferences.LANGUAGE not in preferences.load()
    assert desk.setting("agent_name") == "Zhang Wei" and desk.settings_int("cycle_default_days", 0) == 40


def test_the_data_folder_is_shown(qtbot, desk, db_path, prefs):
    dialog = dialog_on(qtbot, desk, db_path)
    assert dialog.computer.folder.text() == str(db_path.parent)
    assert dialog.computer.move_button.isEnabled()
    demo = dialog_on(qtbot, desk, None)
    assert not demo.computer.move_button.isEnabled() and "演示" in demo.computer.folder.text()


def test_moving_from_the_dialog_saves_what_was_typed_then_moves(qtbot, desk, db_path, prefs, tmp_path_factory):
    desk.add_customer(CustomerData(name="Zhang Wei", company="Acme Trading"))
    target = tmp_path_factory.mktemp("usb") / "moved here"
    target.mkdir()
    fake = FakeMessages()
    fake.folder_answers.append(str(target))
    fake.yes_no_answers.append(True)
    dialog = dialog_on(qtbot, desk, db_path, fake)
    dialog.agent_name.setText("Li Na")  # typed, not yet saved

    dialog.computer.move_button.click()

    assert fake.kinds() == ["choose_folder", "ask"] and str(target) in fake.texts("ask")[0]
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    move = dialog.folder_move
    assert move.new_db == target.resolve() / "salesdesk.db"
    assert paths.default_db_path() == move.new_db
    import sqlite3

    con = sqlite3.connect(f"file:{move.new_db}?mode=ro", uri=True)
    try:
        assert con.execute("SELECT value FROM setting WHERE key = 'agent_name'").fetchone() == ("Li Na",)
        assert con.execute("SELECT count(*) FROM customer").fetchone() == (1,)
    finally:
        con.close()
    assert db_path.exists()  # removed only once the window closed it (app.py)


def test_a_refused_move_says_why_and_changes_nothing(qtbot, desk, db_path, prefs, tmp_path_factory):
    target = tmp_path_factory.mktemp("usb") / "taken"
    target.mkdir()
    (target / "salesdesk.db").write_bytes(b"another agent's file")
    fake = FakeMessages()
    fake.folder_answers.append(str(target))
    fake.yes_no_answers.append(True)
    dialog = dialog_on(qtbot, desk, db_path, fake)

    dialog.computer.move_button.click()

    assert fake.kinds() == ["choose_folder", "ask", "warn"]
    assert "已有 salesdesk 数据文件" in fake.texts("warn")[0]
    assert dialog.folder_move is None and dialog.result() != SettingsDialog.DialogCode.Accepted
    assert (target / "salesdesk.db").read_bytes() == b"another agent's file"
    assert preferences.DATA_DIR not in preferences.load()


def test_no_to_the_question_or_no_folder_moves_nothing(qtbot, desk, db_path, prefs, tmp_path):
    fake = FakeMessages()
    fake.folder_answers.extend([None, str(tmp_path)])
    fake.yes_no_answers.append(False)
    dialog = dialog_on(qtbot, desk, db_path, fake)
    dialog.computer.move_button.click()
    dialog.computer.move_button.click()
    assert fake.kinds() == ["choose_folder", "choose_folder", "ask"]
    assert dialog.folder_move is None and preferences.load() == {}


def test_unsaved_card_edits_kept_stop_the_move(qtbot, desk, db_path, prefs, tmp_path_factory):
    target = tmp_path_factory.mktemp("usb")
    fake = FakeMessages()
    fake.folder_answers.append(str(target))
    fake.yes_no_answers.append(True)
    dialog = dialog_on(qtbot, desk, db_path, fake, before_move=lambda: False)  # the card said 取消
    dialog.computer.move_button.click()
    assert dialog.folder_move is None and list(target.iterdir()) == [] and preferences.load() == {}


def test_the_window_reopens_on_the_moved_file_and_the_originals_go(monkeypatch, tmp_path, qapp, prefs):
    """The whole way: 设置 → 移动… in a running window, the window closes, the old files are
    removed, the window opens again on the new folder and says so."""
    import salesdesk.app as app_module
    from salesdesk.ui import pages
    from salesdesk.ui.main_window import MainWindow

    from bad_files import filled

    old = paths.default_data_dir()
    old.mkdir(parents=True)
    filled(old / "salesdesk.db", customers=4)
    target = tmp_path / "new home"
    target.mkdir()
    fake = FakeMessages()
    fake.folder_answers.append(str(target))
    fake.yes_no_answers.append(True)
    seen: list[dict] = []

    def scripted_exec(dialog):
        dialog.computer.move_button.click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", scripted_exec)

    def event_loop(app):
        window = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()][-1]
        seen.append({"path": window.db_path, "customers": window.desk.count_customers(),
                     "status": window.statusBar().currentMessage()})
        if len(seen) == 1:
            pages.open_settings(window, fake)
        return 0

    monkeypatch.setattr(app_module, "Messages", lambda: fake)
    monkeypatch.setattr(app_module, "ensure_cjk_font", lambda app: "")
    monkeypatch.setattr(app_module, "install_qt_translations", lambda app: None)
    monkeypatch.setattr(app_module, "_event_loop", event_loop)
    monkeypatch.setattr(app_module, "_settings",
                        lambda: QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName())
    try:
        assert app_module.run_gui(None) == 0
    finally:
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
        qapp.setApplicationDisplayName(names[2])

    assert [s["path"] for s in seen] == [old / "salesdesk.db", target.resolve() / "salesdesk.db"]
    assert seen[1]["customers"] == 4 and str(target.resolve()) in seen[1]["status"]
    assert not old.exists()  # the originals went once the first window let go of them
    assert fake.kinds() == ["choose_folder", "ask"]


def test_the_computer_settings_in_english_have_no_chinese_left(qtbot, desk, db_path, prefs, english):
    dialog = dialog_on(qtbot, desk, db_path)
    dialog.show()
    # Only the name of Chinese itself, which is written in Chinese whatever the UI speaks.
    assert chinese_on(dialog.computer) == ["中文"]


def test_in_the_real_event_loop_the_move_ends_the_loop_and_the_window_reopens(monkeypatch, tmp_path, qapp, prefs):
    """As a user runs it: app.exec() is running when 移动… finishes, so the window's loop
    ends by itself and the file reopens from its new folder."""
    import salesdesk.app as app_module
    from PySide6.QtCore import QTimer

    from bad_files import filled
    from salesdesk.ui import pages

    old = paths.default_data_dir()
    old.mkdir(parents=True)
    filled(old / "salesdesk.db", customers=2)
    target = tmp_path / "new home"
    target.mkdir()
    fake = FakeMessages()
    fake.folder_answers.append(str(target))
    fake.yes_no_answers.append(True)
    windows = []

    def scripted_exec(dialog):
        dialog.computer.move_button.click()
        return dialog.result()

    real_quit_when_ready = app_module.QuitWhenReady
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: qapp.exit(3))

    def first_moves_then_quits(app, window):
        windows.append(window.db_path)
        if len(windows) == 1:  # the first window: 设置 → 移动… once the loop runs
            QTimer.singleShot(0, lambda: pages.open_settings(window, fake))
            guard.start(20000)  # a loop that never ended fails below
        else:
            real_quit_when_ready(app, window)

    monkeypatch.setattr(SettingsDialog, "exec", scripted_exec)
    monkeypatch.setattr(app_module, "QuitWhenReady", first_moves_then_quits)
    monkeypatch.setattr(app_module, "Messages", lambda: fake)
    monkeypatch.setattr(app_module, "ensure_cjk_font", lambda app: "")
    monkeypatch.setattr(app_module, "install_qt_translations", lambda app: None)
    monkeypatch.setattr(app_module, "_settings",
                        lambda: QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName())
    try:
        assert app_module.run_gui(None, exit_when_ready=True) == 0
    finally:
        guard.stop()
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
        qapp.setApplicationDisplayName(names[2])

    assert windows == [old / "salesdesk.db", target.resolve() / "salesdesk.db"]
    assert not old.exists()
