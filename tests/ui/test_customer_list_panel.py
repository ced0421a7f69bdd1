"""The customer list panel: sortable columns, filters with a count that follows them,
several customers deleted after a confirmation, and the delete undone."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from salesdesk.core.customer import CustomerData
from salesdesk.ui.customer_model import GRADE, LAST_CONTACT, NAME
from salesdesk.ui.main_window import MainWindow

from fake_messages import FakeMessages


@pytest.fixture
def messages():
    return FakeMessages()


@pytest.fixture
def window(qtbot, desk, tmp_path, messages):
    for name, grade, city, tags in (("何建国", "A", "杭州", "高净值"), ("王芳", "C", "上海", ""),
                                    ("李伟", "", "杭州", "企业主"), ("赵敏", "A", "北京", "高净值，企业主")):
        desk.add_customer(CustomerData(name=name, value_grade=grade, city=city, tags=tags,
                                       company="锦程物流" if grade == "A" else ""))
    desk.log_activity(3, "dial", at=dt.datetime(2026, 11, 20, 9))
    w = MainWindow(desk, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), messages)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def names(window):
    model = window.customer_model
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def test_clicking_a_header_sorts_in_sql(window, qtbot):
    panel = window.customer_list
    assert names(window) == ["何建国", "李伟", "王芳", "赵敏"]
    panel.view.sortByColumn(GRADE, Qt.SortOrder.AscendingOrder)
    assert names(window) == ["何建国", "赵敏", "王芳", "李伟"]
    panel.view.sortByColumn(LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    assert names(window)[0] == "李伟"
    assert window.customer_model.index(0, LAST_CONTACT).data() == "2026-11-20"


def test_filters_and_the_count_in_the_status_bar(window):
    panel = window.customer_list
    panel.grade_filter.setCurrentIndex(panel.grade_filter.findData("A"))
    assert sorted(names(window)) == sorted(["何建国", "赵敏"])
    assert window.count_label.text() == "找到 2 位客户（共 4 位）"
    panel.tag_filter.setText("企业主")
    panel.apply_filter()
    assert names(window) == ["赵敏"]
    panel.grade_filter.setCurrentIndex(0)
    panel.tag_filter.setText("")
    panel.city_filter.setCurrentText("杭州")
    panel.apply_filter()
    assert names(window) == ["何建国", "李伟"]
    panel.city_filter.setCurrentText("")
    panel.contact_filter.setCurrentIndex(panel.contact_filter.findData(30))
    assert "李伟" not in names(window) and len(names(window)) == 3
    panel.contact_filter.setCurrentIndex(0)
    assert window.count_label.text() == "共 4 位客户"


def test_delete_several_after_asking_then_undo(window, messages, desk):
    panel = window.customer_list
    view = panel.view
    view.selectRow(0)
    view.selectionModel().select(window.customer_model.index(3, 0),
                                 view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows)
    assert panel.selected_customers() == [1, 4]
    messages.yes_no_answers.append(False)
    assert not panel.delete_selected()
    assert desk.count_customers() == 4
    messages.yes_no_answers.append(True)
    assert panel.delete_selected()
    assert "何建国、赵敏" in messages.texts()[-1]
    assert desk.count_customers() == 2 and names(window) == ["李伟", "王芳"]
    assert window.count_label.text() == "共 2 位客户"
    assert panel.undo_bar.isVisible() and window.card.customer_id != 1
    assert panel.last_deleted.backup.exists()
    assert panel.undo_delete()
    assert names(window) == ["何建国", "李伟", "王芳", "赵敏"] and not panel.undo_bar.isVisible()


def test_the_list_at_1366x768(window, tmp_path):
    from salesdesk.fonts import ensure_cjk_font

    ensure_cjk_font(QApplication.instance())
    window.customer_list.view.selectRow(1)
    QApplication.processEvents()
    window.grab().save(str(tmp_path / "customer-list.png"))
    window.grab().save("/tmp/customers-list.png")
