"""What the agent arranged comes back next time: column widths, splitters, dialog sizes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QHeaderView, QSplitter, QTableView, QVBoxLayout, QWidget

from salesdesk.core.customer import CustomerData
from salesdesk.ui.layout_memory import LayoutMemory, layout_key
from salesdesk.ui.main_window import MainWindow

from fake_messages import FakeMessages


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings.ini"


def open_window(qtbot, desk, settings_path):
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(desk, settings, FakeMessages())
    for title in ("看板", "行动工具表"):  # in English these read otherwise: the place is kept, not the title
        window.add_page(QWidget(), title)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_customer_list_columns_and_the_page_come_back_after_a_restart(qtbot, desk, settings_path):
    desk.add_customer(CustomerData(name="Zhang Wei", company="Acme Trading", mobile="13812345678"))
    window = open_window(qtbot, desk, settings_path)
    header = window.customer_list.view.horizontalHeader()
    defaults = [header.sectionSize(i) for i in range(header.count())]
    widths = [size + 37 for size in defaults]
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    window.tabs.setCurrentIndex(2)
    window.close()

    again = open_window(qtbot, desk, settings_path)
    assert again.tabs.currentIndex() == 2
    again.tabs.setCurrentIndex(0)  # the list gets its columns back when it is first shown
    header = again.customer_list.view.horizontalHeader()
    assert [header.sectionSize(i) for i in range(header.count())] == widths
    again.close()


class NotesDialog(QDialog):
    """Stands for any of salesdesk's dialogs (the memory goes by the class name)."""

    __module__ = "salesdesk.ui.notes_dialog"


def test_a_dialog_opens_at_the_size_it_was_left(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    memory = LayoutMemory(settings)
    try:
        dialog = NotesDialog()
        qtbot.addWidget(dialog)
        dialog.resize(400, 300)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.resize(640, 480)
        dialog.hide()  # closing it saves

        again = NotesDialog()
        qtbot.addWidget(again)
        again.show()
        qtbot.waitExposed(again)
        assert (again.width(), again.height()) == (640, 480)
    finally:
        memory.close()


def test_a_splitter_in_a_page_built_later_gets_its_sizes_back(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)

    def page():
        root = QWidget()
        root.setObjectName("statsPage")
        splitter = QSplitter(root)
        splitter.addWidget(QTableView())
        splitter.addWidget(QWidget())
        QVBoxLayout(root).addWidget(splitter)
        root.resize(800, 400)
        return root, splitter

    memory = LayoutMemory(settings)
    try:
        first, splitter = page()
        qtbot.addWidget(first)
        first.show()
        qtbot.waitExposed(first)
        splitter.setSizes([600, 200])
        wanted = splitter.sizes()
        first.hide()

        second, splitter_again = page()
        qtbot.addWidget(second)
        second.show()
        qtbot.waitExposed(second)
        assert splitter_again.sizes() == wanted
    finally:
        memory.close()


def test_keys_do_not_depend_on_the_language_and_tell_twins_apart(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    root.setObjectName("weekly")
    root.setWindowTitle("行动工具表")
    one, two = QTableView(root), QTableView(root)
    assert layout_key(one.horizontalHeader()) != layout_key(two.horizontalHeader())
    assert layout_key(one).startswith("weekly/QTableView[")
    assert "行动" not in layout_key(one)
    assert isinstance(one.horizontalHeader(), QHeaderView)
