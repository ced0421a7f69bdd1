"""The first start: with no data file yet, a welcome asks how to begin and the two settings
a new desk needs; 退出 creates nothing; ``--exit-when-ready`` never waits for it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog

from english import chinese_on
from fake_messages import FakeMessages
from salesdesk.ui.welcome import Start, WelcomeDialog


@pytest.fixture
def scripted_welcome(monkeypatch):
    """The welcome answers as the test says (``script(dialog)``) instead of waiting for a person."""
    shown: list[WelcomeDialog] = []
    script = {"do": None}

    def exec_(dialog):
        shown.append(dialog)
        dialog.show()
        script["do"](dialog)
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", exec_)
    return script, shown


@pytest.fixture
def gui(monkeypatch, tmp_path, qapp, scripted_welcome):
    """run_gui with FakeMessages and no real event loop; ``seen`` is what the window showed."""
    import salesdesk.app as app_module
    from salesdesk.ui.import_wizard import ImportWizard
    from salesdesk.ui.main_window import MainWindow

    fake = FakeMessages()
    seen: dict = {}

    def event_loop(app):
        window = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()][-1]
        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible()]
        seen.update(window=window, title=window.windowTitle(), customers=window.desk.count_customers(),
                    agent=window.desk.setting("agent_name"), cycle=window.desk.settings_int("cycle_default_days", 0),
                    wizard=bool(wizards))
        for wizard in wizards:
            wizard.reject()
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
    yield app_module, fake, seen, data, scripted_welcome
    qapp.setApplicationName(names[0])
    qapp.setOrganizationName(names[1])
    qapp.setApplicationDisplayName(names[2])


def answer(name: str, days: int, button: str):
    def do(dialog: WelcomeDialog) -> None:
        dialog.agent_name.setText(name)
        dialog.cycle_days.setValue(days)
        getattr(dialog, button).click()
    return do


def test_start_empty_creates_the_file_with_the_name_and_cycle_given(gui):
    app_module, fake, seen, data, (script, shown) = gui
    script["do"] = answer("Zhang Wei", 35, "empty_button")

    assert app_module.run_gui(None) == 0

    assert len(shown) == 1 and str(data / "salesdesk.db") in shown[0].where.text()
    assert (data / "salesdesk.db").is_file()
    assert seen["customers"] == 0 and not seen["wizard"]
    assert (seen["agent"], seen["cycle"]) == ("Zhang Wei", 35)
    assert fake.shown == []


def test_the_next_start_goes_straight_to_the_window(gui):
    app_module, _fake, seen, data, (script, shown) = gui
    script["do"] = answer("Zhang Wei", 28, "empty_button")
    assert app_module.run_gui(None) == 0
    script["do"] = lambda dialog: pytest.fail("the welcome came back")

    assert app_module.run_gui(None) == 0

    assert len(shown) == 1 and seen["agent"] == "Zhang Wei"


def test_import_creates_the_file_then_opens_the_import_wizard(gui):
    app_module, _fake, seen, data, (script, _shown) = gui
    script["do"] = answer("Li Na", 42, "import_button")

    assert app_module.run_gui(None) == 0

    assert seen["wizard"]
    assert (data / "salesdesk.db").is_file() and (seen["agent"], seen["cycle"]) == ("Li Na", 42)


def test_the_demo_leaves_the_users_data_untouched(gui, monkeypatch):
    import salesdesk.demo

    app_module, _fake, seen, data, (script, _shown) = gui
    real = salesdesk.demo.make_demo_db
    monkeypatch.setattr(salesdesk.demo, "make_demo_db", lambda path, **kw: real(path, customers=5, seed=3))
    script["do"] = answer("Zhang Wei", 30, "demo_button")

    assert app_module.run_gui(None) == 0

    assert "演示数据" in seen["title"] and seen["customers"] == 5
    assert not data.exists()  # not even the folder: the welcome comes again next time


@pytest.mark.parametrize("how", ["quit button", "Esc", "close"])
def test_quitting_the_welcome_creates_nothing(gui, how):
    app_module, fake, seen, data, (script, _shown) = gui

    def quit_(dialog):
        if how == "quit button":
            dialog.quit_button.click()
        elif how == "Esc":
            from PySide6.QtTest import QTest

            QTest.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            dialog.close()

    script["do"] = quit_

    assert app_module.run_gui(None) == 0

    assert "window" not in seen and fake.shown == []
    assert not data.exists()


def test_a_given_file_that_does_not_exist_gets_the_welcome_too(gui, tmp_path):
    app_module, _fake, seen, _data, (script, shown) = gui
    path = tmp_path / "elsewhere" / "agent.db"
    script["do"] = answer("Zhang Wei", 28, "empty_button")

    assert app_module.run_gui(path) == 0

    assert path.is_file() and shown and str(path) in shown[0].where.text()


def test_exit_when_ready_never_waits_for_the_welcome_and_starts_empty(gui, monkeypatch):
    app_module, _fake, seen, data, (script, shown) = gui
    script["do"] = lambda dialog: pytest.fail("the welcome blocked --exit-when-ready")
    monkeypatch.setattr(app_module, "QuitWhenReady", lambda app, window: None)

    assert app_module.run_gui(None, exit_when_ready=True) == 0

    assert shown == [] and (data / "salesdesk.db").is_file() and seen["agent"] == ""


def test_a_refused_name_keeps_the_welcome_open(qtbot, tmp_path):
    fake = FakeMessages()
    dialog = WelcomeDialog(tmp_path / "salesdesk.db", fake)
    qtbot.addWidget(dialog)
    dialog.agent_name.setText("Zhang\x1bWei")  # pasted with a control character

    dialog.empty_button.click()

    assert fake.kinds() == ["warn"] and "业务员姓名" in fake.texts()[0]
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.first_run is None
    assert not (tmp_path / "salesdesk.db").exists()
    dialog.agent_name.setText("Zhang Wei")
    dialog.empty_button.click()
    assert dialog.first_run.start is Start.EMPTY
    assert dialog.first_run.settings == {"agent_name": "Zhang Wei", "cycle_default_days": "28"}


def test_the_welcome_in_english_has_no_chinese_left(qtbot, tmp_path, english):
    dialog = WelcomeDialog(tmp_path / "salesdesk.db", FakeMessages())
    qtbot.addWidget(dialog)
    dialog.show()
    assert chinese_on(dialog) == []



def test_a_moved_data_folder_that_is_gone_is_said_plainly(qtbot, tmp_path, monkeypatch):
    from salesdesk import preferences

    monkeypatch.setattr(preferences, "preferences_path", lambda: tmp_path / "preferences.json")
    gone = tmp_path / "USB drive" / "salesdesk"
    preferences.set_values({preferences.DATA_DIR: str(gone)})
    dialog = WelcomeDialog(gone / "salesdesk.db", FakeMessages())
    qtbot.addWidget(dialog)
    assert "不存在" in dialog.where.text() and "移动硬盘" in dialog.where.text()

    elsewhere = WelcomeDialog(tmp_path / "other" / "salesdesk.db", FakeMessages())
    qtbot.addWidget(elsewhere)
    assert "不存在" not in elsewhere.where.text()
