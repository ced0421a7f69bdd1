import datetime as dt

from salesdesk.core.cycle import CycleSource
from salesdesk.ui.settings_dialog import SettingsDialog


def test_saving_sets_name_override_and_reasons(qtbot, desk):
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.cycle_auto.isChecked() and "28 天" in dialog.cycle_auto.text()
    dialog.agent_name.setText("王小明")  # QTest cannot type non-ASCII keys
    dialog.cycle_manual.setChecked(True)
    dialog.cycle_days.setValue(35)
    dialog.lost_reasons.setPlainText("预算不足\n\n搬家了\n")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert desk.setting("agent_name") == "王小明"
    assert (desk.sales_cycle().days, desk.sales_cycle().source) == (35, CycleSource.OVERRIDE)
    assert desk.lost_reasons() == ["预算不足", "搬家了"]


def test_back_to_automatic_and_errors_keep_the_dialog_open(qtbot, desk):
    desk.set_setting("cycle_override_days", 40)
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.cycle_manual.isChecked() and dialog.cycle_days.value() == 40
    dialog.cycle_auto.setChecked(True)
    dialog.lost_reasons.setPlainText("")  # an empty list is refused
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and "不能为空" in dialog.error.text()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    dialog.lost_reasons.setPlainText("联系不上")
    dialog.save()
    assert desk.sales_cycle().source == CycleSource.DEFAULT


def test_a_refused_value_saves_nothing_so_cancel_cancels(qtbot, desk):
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.agent_name.setText("改了名字")
    dialog.cycle_manual.setChecked(True)
    dialog.cycle_days.setValue(45)
    dialog.lost_reasons.setPlainText("")
    dialog.save()
    assert dialog.error.isVisibleTo(dialog)
    dialog.reject()
    assert desk.setting("agent_name") == "" and desk.sales_cycle().days == 28
