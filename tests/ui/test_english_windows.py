"""In English, no Chinese is left on the main window's menus, the customer list, the import
wizard's pages, the merge and duplicates dialogs, the grades dialogs and the agenda (data with
Latin names: any Chinese found is the program's own text)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from salesdesk.core.customer import CustomerData
from salesdesk.ui.agenda_view import AgendaView
from salesdesk.ui.appointment_dialog import AppointmentDialog
from salesdesk.ui.duplicates_dialog import DuplicatesDialog
from salesdesk.ui.grades_dialog import DealReasonsDialog, GradeDialog, LevelsDialog
from salesdesk.ui.import_wizard import ImportWizard
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.merge_dialog import MergeDialog

from fake_messages import FakeMessages
from tests.english import chinese, chinese_on

ROWS = ("Name,Mobile,Company,Notes\nZhang Wei,138-1234-5678,Acme Trading,old friend\nLi Na,13900001111,,\n"
        "Wang Wu,12345,,\nZhao Liu,13700002222,,\n")


def menu_texts(menu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.toolTip()]
        if action.menu() is not None:
            texts += menu_texts(action.menu())
    return texts


@pytest.fixture
def messages():
    return FakeMessages()


@pytest.fixture
def people(desk):
    zhang = desk.add_customer(CustomerData(name="Zhang Wei", mobile="13812345678", company="Acme Trading",
                                           relation_level="目标客户", value_grade="B", city="Shanghai"))
    twin = desk.add_customer(CustomerData(name="Zhang Wei", mobile="13812345678", company="Acme Trading",
                                          email="wei@example.com", title="Manager"))
    desk.add_prospect(twin, "Critical illness", at=dt.datetime(2026, 11, 2, 9))
    desk.add_contact(twin, "电话", at=dt.datetime(2026, 11, 3, 9), subject="Call back")
    desk.add_customer(CustomerData(name="Li Na", company="Globex", relation_level="忠诚客户"))
    return zhang, twin


@pytest.fixture
def window(qtbot, desk, tmp_path, messages, people):
    window = MainWindow(desk, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), messages)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_menus_and_the_customer_list_read_english(english, window):
    texts = []
    for action in window.menuBar().actions():
        if action.menu() is not None:
            texts += menu_texts(action.menu())
    assert chinese(texts) == []
    assert "&Customers" in [a.text() for a in window.menuBar().actions()]
    assert [a.text() for a in window.menuBar().actions()].count("&Customers") == 1
    assert chinese_on(window.customer_list) == []
    assert chinese_on(window.activity_bar) == []
    model = window.customer_model
    levels = {model.index(row, 4).data() for row in range(model.rowCount())}
    assert levels == {"Target", "Loyal", "Potential"}


def test_every_page_of_the_import_wizard_reads_english(english, qtbot, desk, tmp_path, messages, people):
    path = tmp_path / "customers.csv"
    path.write_text(ROWS, encoding="utf-8")
    wizard = ImportWizard(desk, messages)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    assert chinese_on(wizard) == []
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert chinese_on(wizard) == []
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.check_page, timeout=20000)
    check = wizard.check_page
    assert check.problems.rowCount() == 1 and check.duplicates.rowCount() == 1
    assert chinese_on(wizard) == []
    assert "same phone" in check.duplicates.item(0, 2).text()
    check.skip_bad.setChecked(True)
    with qtbot.waitSignal(wizard.imported, timeout=20000):
        wizard.next()
    assert chinese_on(wizard) == []
    wizard.run_page.wait()


def test_the_merge_and_duplicates_dialogs_read_english(english, qtbot, desk, messages):
    zhang = desk.add_customer(CustomerData(name="Zhang Wei", mobile="13812345678", company="Acme Trading"))
    twin = desk.add_customer(CustomerData(name="Zhang Wei", mobile="13812345678", company="Acme Trading",
                                          email="wei@example.com", title="Manager", gender="男"))
    desk.add_prospect(twin, "Critical illness", at=dt.datetime(2026, 11, 2, 9))
    merge = MergeDialog(desk, zhang, twin, messages)
    qtbot.addWidget(merge)
    merge.resize(1366, 768)
    assert chinese_on(merge) == []
    assert "1 prospect" in merge.moves.text()
    duplicates = DuplicatesDialog(desk, messages, lambda *a: None)
    qtbot.addWidget(duplicates)
    assert duplicates.table.rowCount() == 1
    assert chinese_on(duplicates) == []


def test_the_grades_levels_and_reasons_dialogs_read_english(english, qtbot, desk, people):
    zhang, _twin = people
    for dialog in (GradeDialog(desk), LevelsDialog(desk), DealReasonsDialog(desk)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert chinese_on(dialog) == [], type(dialog).__name__
    levels = LevelsDialog(desk)
    qtbot.addWidget(levels)
    names = [levels.counts.item(r, 0).text() for r in range(levels.counts.rowCount())]
    assert names[:5] == ["Potential", "Target", "Qualified", "Customer", "Loyal"]


def test_the_agenda_and_its_dialog_read_english(english, qtbot, desk, messages, people):
    zhang, _twin = people
    desk.agenda.add(zhang, dt.datetime(2026, 11, 23, 14), 60, title="Bring the proposal")
    agenda = AgendaView(desk, messages)
    qtbot.addWidget(agenda)
    agenda.resize(1366, 768)
    agenda.show()
    assert chinese_on(agenda) == []
    assert "11/23/2026" in agenda.range_label.text()
    dialog = AppointmentDialog(desk, dt.datetime(2026, 11, 23, 15))
    qtbot.addWidget(dialog)
    assert chinese_on(dialog) == []
