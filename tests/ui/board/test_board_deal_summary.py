"""交易总结 offered after 成交 and 退出 on the board, and shown and edited in the details."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QLineEdit

from salesdesk.core.stages import Stage
from salesdesk.ui.board.deal_summary import DealSummaryDialog
from salesdesk.ui.board.details import ProspectDetailsDialog
from salesdesk.ui.board.dialogs import LostDialog, MoveDialog


def test_after_won_the_summary_is_offered_and_saved(qtbot, make_board, place, desk):
    pid = place("何建国", Stage.P90)
    board = make_board()
    board.request_move([pid], Stage.WON)
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, MoveDialog))
    board.current_dialog.findChild(QLineEdit, "field_premium").setText("1500")
    qtbot.mouseClick(board.current_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, DealSummaryDialog))
    dialog = board.current_dialog
    assert desk.get_prospect(pid).stage == Stage.WON  # the move is done; the summary is extra
    dialog.reason.setText("需求分析到位")
    dialog.lessons.setPlainText("第二次见面就带建议书")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.current_dialog is None)
    summary = desk.grades.deal_summary(pid)
    assert (summary.reason, summary.lessons) == ("需求分析到位", "第二次见面就带建议书")


def test_after_lost_the_exit_reason_is_offered_and_skipping_writes_nothing(qtbot, make_board, place, desk):
    pid = place("何建国", Stage.P25)
    board = make_board()
    board.mark_lost([pid])
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, LostDialog))
    qtbot.mouseClick(board.current_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, DealSummaryDialog))
    assert board.current_dialog.reason.text() == desk.get_prospect(pid).lost_reason
    qtbot.mouseClick(board.current_dialog.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.current_dialog is None)
    assert desk.grades.deal_summary(pid).reason == ""


def test_the_details_show_the_summary_and_edit_it(qtbot, place, desk, monkeypatch):
    pid = place("何建国", Stage.WON)
    desk.grades.set_deal_summary(pid, "老客户转介绍", "")
    dialog = ProspectDetailsDialog(desk, pid)
    qtbot.addWidget(dialog)
    texts = [dialog.facts_form.itemAt(i).widget().text() for i in range(dialog.facts_form.count())
             if dialog.facts_form.itemAt(i).widget() is not None]
    assert "成功原因：" in texts and "老客户转介绍" in texts and "（未填写）" in texts
    assert dialog.summary_button.isVisibleTo(dialog)

    def answer(self):
        self.lessons.setPlainText("转介绍的客户信任度高")
        self.save()
        return self.result()

    monkeypatch.setattr(DealSummaryDialog, "exec", answer)
    dialog.edit_deal_summary()
    assert desk.grades.deal_summary(pid).lessons == "转介绍的客户信任度高"
    texts = [dialog.facts_form.itemAt(i).widget().text() for i in range(dialog.facts_form.count())
             if dialog.facts_form.itemAt(i).widget() is not None]
    assert "转介绍的客户信任度高" in texts


def test_an_open_prospect_has_no_summary_button(qtbot, place, desk):
    dialog = ProspectDetailsDialog(desk, place("何建国", Stage.P50))
    qtbot.addWidget(dialog)
    assert not dialog.summary_button.isVisibleTo(dialog)
