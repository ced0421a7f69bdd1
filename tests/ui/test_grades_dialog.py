"""客户 → 重新计算价值分级…, 客户五级分类…, 成交与退出原因…"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QSpinBox

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.ui.grades_dialog import DealReasonsDialog, GradeDialog, LevelsDialog

from grade_deals import at, customer, prospect, to_stage, won


def cells(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_the_grade_dialog_says_what_changes_and_keeps_hand_set_grades(qtbot, desk):
    for i, premium in enumerate([5000, 4000, 3000]):
        won(desk, f"客户{i}", premium, day=i)
    hand = desk.add_customer(CustomerData(name="王强", value_grade="A"))
    dialog = GradeDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert cells(dialog.counts, 0) == list("ABCDE")
    assert cells(dialog.counts, 1) == ["1", "0", "0", "0", "0"]  # 王强's A, by hand
    assert cells(dialog.counts, 2) == ["2", "0", "0", "1", "1"]
    assert dialog.summary.text() == "将改变 3 位客户的价值分级。手动设置的 1 位保持不变。"
    dialog.findChild(QCheckBox, "overwrite").setChecked(True)
    assert dialog.summary.text().startswith("将改变 4 位") and dialog.apply_button.text() == "改变 4 位"
    dialog.findChild(QCheckBox, "overwrite").setChecked(False)
    dialog.findChild(QSpinBox, "thresholdD").setValue(10)  # above the 10th percentile: D
    assert cells(dialog.counts, 2) == ["2", "0", "0", "2", "0"]
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() and dialog.applied.changed == 3
    assert desk.grades.thresholds() == (90, 80, 70, 10)
    assert [r.current for r in desk.grades.compute()][:3] == ["A", "D", "D"]
    assert desk.get_customer(hand).value_grade == "A"


def test_bad_thresholds_say_why_and_apply_nothing(qtbot, desk):
    dialog = GradeDialog(desk)
    qtbot.addWidget(dialog)
    dialog.findChild(QSpinBox, "thresholdB").setValue(95)
    assert "依次变小" in dialog.error.text() and not dialog.apply_button.isEnabled()


def test_the_levels_dialog_lists_counts_and_who_moved_when(qtbot, desk):
    cid = customer(desk, "何建国")
    to_stage(desk, prospect(desk, cid), Stage.P50)
    dialog = LevelsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.period.setCurrentIndex(dialog.period.count() - 1)  # 全部
    assert cells(dialog.counts, 0)[:5] == ["潜在客户", "目标客户", "准客户", "成交客户", "忠诚客户"]
    assert cells(dialog.counts, 1)[:5] == ["0", "0", "1", "0", "0"]
    assert cells(dialog.changes, 1) == ["何建国", "何建国"]
    assert cells(dialog.changes, 3) == ["准客户", "目标客户"]  # newest first
    opened = []
    dialog.open_customer.connect(opened.append)
    dialog.changes.itemDoubleClicked.emit(dialog.changes.item(0, 1))
    assert opened == [cid]


def test_the_reasons_dialog_counts_won_and_lost_apart(qtbot, desk, clock):
    import datetime as dt

    cid = customer(desk, "何建国")
    pid = prospect(desk, cid)
    to_stage(desk, pid, Stage.WON, premium=Decimal(100))
    desk.grades.set_deal_summary(pid, "需求分析到位")
    lost = prospect(desk, cid)
    desk.move_prospect(lost, Stage.LOST, reason="预算不足", at=at(1))
    dialog = DealReasonsDialog(desk)
    qtbot.addWidget(dialog)
    assert cells(dialog.won, 0) == ["需求分析到位"] and cells(dialog.lost, 0) == ["预算不足"]
    dialog.start.setDate(dt.date(2026, 11, 1))
    assert dialog.won.rowCount() == 0 and "没有" in dialog.error.text()


def test_the_customer_menu_has_the_three_actions(qtbot, desk, tmp_path):
    from PySide6.QtCore import QSettings

    from salesdesk.ui.main_window import MainWindow

    from fake_messages import FakeMessages

    window = MainWindow(desk, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), FakeMessages())
    qtbot.addWidget(window)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("客户"))
    texts = [a.text() for a in menu.actions()]
    assert {"重新计算价值分级(&G)…", "客户五级分类(&L)…", "成交与退出原因(&R)…"} <= set(texts)
