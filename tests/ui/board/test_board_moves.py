"""Moving cards: forward asks for the missing criteria, backward and 退出 ask a reason, Ctrl+Z undoes."""
import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from salesdesk.core.stages import Stage
from salesdesk.ui.board.dialogs import LostDialog, MoveDialog
from salesdesk.ui.board.model import ColumnModel
from salesdesk.ui.board.move_back import MoveBackDialog



def ctrl(qtbot, board, key):
    view = next(c.view for c in board.columns.values() if c.view.hasFocus())
    qtbot.keyClick(view, key, Qt.KeyboardModifier.ControlModifier)


def open_25_to_50_dialog(qtbot, board, pid):
    assert board.select_prospect(pid)
    ctrl(qtbot, board, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, MoveDialog))
    return board.current_dialog


def fill_criteria(dialog):
    for n in range(1, 6):
        dialog.findChild(QCheckBox, f"criterion{n}").setChecked(True)
    dialog.findChild(QLineEdit, "field3").setText("1,500")
    dialog.findChild(QLineEdit, "field5").setText("带计划书面谈")


def test_ctrl_right_from_25_to_50_with_criteria_missing_opens_the_dialog_and_ticking_moves(
        qtbot, make_board, place, desk):
    pid = place("何建国", Stage.P25)
    board = make_board()
    before = desk.stage_history(pid)
    dialog = open_25_to_50_dialog(qtbot, board, pid)
    assert list(dialog.rows) == [f"criterion{n}" for n in range(1, 6)]
    assert desk.get_prospect(pid).stage == Stage.P25  # nothing happens before the agent answers
    fill_criteria(dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.current_dialog is None)
    view = desk.get_prospect(pid)
    assert view.stage == Stage.P50 and view.criteria == frozenset({1, 2, 3, 4, 5})
    assert str(view.budget) == "1500.00" and view.next_step == "带计划书面谈"
    history = desk.stage_history(pid)
    assert len(history) == len(before) + 1
    assert (history[-1].from_stage, history[-1].to_stage) == (Stage.P25, Stage.P50)
    assert board.column_ids(Stage.P50) == [pid] and board.column_ids(Stage.P25) == []
    assert board.selected_ids() == [pid]  # still selected: Ctrl+→ again goes on to 90%


def test_an_unticked_criterion_keeps_the_dialog_open_and_names_it(qtbot, make_board, place, desk):
    pid = place("何建国", Stage.P25)
    board = make_board()
    dialog = open_25_to_50_dialog(qtbot, board, pid)
    fill_criteria(dialog)
    dialog.findChild(QCheckBox, "criterion1").setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert board.current_dialog is dialog and "合适的人" in dialog.error.text()
    assert desk.get_prospect(pid).stage == Stage.P25
    dialog.reject()


def test_cancelling_the_dialog_leaves_the_database_unchanged(qtbot, make_board, place, desk, dump):
    pid = place("何建国", Stage.P25)
    board = make_board()
    before = dump()
    dialog = open_25_to_50_dialog(qtbot, board, pid)
    fill_criteria(dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: board.current_dialog is None)
    assert dump() == before
    assert board.column_ids(Stage.P25) == [pid]


def test_a_drop_on_the_50_column_asks_the_same_dialog(qtbot, make_board, place):
    pid = place("何建国", Stage.P25)
    board = make_board()
    source = board.columns[Stage.P25].model
    mime: QMimeData = source.mimeData([source.index(0)])
    target: ColumnModel = board.columns[Stage.P50].model
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert not source.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    # The drop itself moves no row: the service's Changes do, once the move is done.
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex()) is False
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, MoveDialog))
    assert board.current_dialog.target == Stage.P50 and board.current_dialog.card.id == pid
    board.current_dialog.reject()


def open_back_to_25(qtbot, board, pid):
    assert board.select_prospect(pid)
    ctrl(qtbot, board, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, MoveBackDialog))
    return board.current_dialog


@pytest.mark.parametrize("start", [Stage.P50, Stage.P90])
def test_back_to_25_asks_which_criteria_no_longer_hold(qtbot, make_board, place, desk, start):
    pid = place("何建国", start)
    board = make_board()
    if start == Stage.P90:
        board.request_move([pid], Stage.P25)  # the menu's 移到 → 25%
        qtbot.waitUntil(lambda: isinstance(board.current_dialog, MoveBackDialog))
        dialog = board.current_dialog
    else:
        dialog = open_back_to_25(qtbot, board, pid)
    assert [dialog.checks[n].isChecked() for n in range(1, 6)] == [True] * 5
    assert not dialog.ok_button.isEnabled() and "至少一项" in dialog.hint.text()
    dialog.findChild(QCheckBox, "keep4").setChecked(False)
    assert not dialog.ok_button.isEnabled() and "原因" in dialog.hint.text()
    dialog.findChild(QLineEdit, "reason").setText("客户要和家人再商量")
    assert dialog.ok_button.isEnabled() and not dialog.hint.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.current_dialog is None)
    view = desk.get_prospect(pid)
    assert view.stage == Stage.P25 and view.criteria == frozenset({1, 2, 3, 5})
    last = desk.stage_history(pid)[-1]
    assert (last.from_stage, last.to_stage, last.reason) == (
        start, Stage.P25, "客户要和家人再商量（不再成立：4. 合适的时间）")
    assert board.column_ids(Stage.P25) == [pid]


def test_cancelling_the_way_back_changes_nothing(qtbot, make_board, place, desk, dump):
    pid = place("何建国", Stage.P50)
    board = make_board()
    before = dump()
    dialog = open_back_to_25(qtbot, board, pid)
    dialog.findChild(QCheckBox, "keep2").setChecked(False)
    dialog.findChild(QLineEdit, "reason").setText("计划不合适")
    dialog.reject()
    qtbot.waitUntil(lambda: board.current_dialog is None)
    assert dump() == before and board.column_ids(Stage.P50) == [pid]


def test_backward_move_stores_the_reason(qtbot, make_board, place, desk, messages):
    pid = place("何建国", Stage.P25)
    board = make_board()
    messages.text_answers = ["客户改期"]
    board.select_prospect(pid)
    ctrl(qtbot, board, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: desk.get_prospect(pid).stage == Stage.APPOINTMENT)
    last = desk.stage_history(pid)[-1]
    assert (last.from_stage, last.to_stage, last.reason) == (Stage.P25, Stage.APPOINTMENT, "客户改期")
    assert board.column_ids(Stage.APPOINTMENT) == [pid]


def test_backward_without_a_reason_changes_nothing(qtbot, make_board, place, desk, messages, dump):
    pid = place("何建国", Stage.P25)
    board = make_board()
    before = dump()
    board.select_prospect(pid)
    messages.text_answers = [None]  # cancelled
    ctrl(qtbot, board, Qt.Key.Key_Left)
    messages.text_answers = ["   "]  # empty
    ctrl(qtbot, board, Qt.Key.Key_Left)
    assert dump() == before and board.column_ids(Stage.P25) == [pid]
    assert messages.asked[-1][0] == "warn"


def skip_deal_summary(qtbot, board):
    """The 交易总结 offered after 成交/退出 (ui/board/deal_summary.py), skipped."""
    from salesdesk.ui.board.deal_summary import DealSummaryDialog

    qtbot.waitUntil(lambda: isinstance(board.current_dialog, DealSummaryDialog))
    qtbot.mouseClick(board.current_dialog.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.current_dialog is None)


def test_lost_stores_the_reason_and_the_card_leaves_the_board(qtbot, make_board, place, desk):
    pid = place("何建国", Stage.P25)
    keep = place("李娜", Stage.P25)
    board = make_board()
    board.select_prospect(pid)
    ctrl(qtbot, board, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, LostDialog))
    dialog = board.current_dialog
    combo = dialog.findChild(QComboBox, "reason")
    assert [combo.itemText(i) for i in range(combo.count())][:4] == ["预算不足", "选择了其他公司", "联系不上", "暂无需求"]
    combo.setCurrentIndex(combo.findText("联系不上"))
    dialog.findChild(QLineEdit, "note").setText("电话已停机")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    skip_deal_summary(qtbot, board)
    view = desk.get_prospect(pid)
    assert view.stage == Stage.LOST and view.lost_reason == "联系不上：电话已停机"
    assert desk.stage_history(pid)[-1].reason == "联系不上：电话已停机"
    assert board.column_ids(Stage.P25) == [keep] and board.card(pid) is None


def test_undo_restores_the_previous_stage_and_history_shows_both(qtbot, make_board, place, desk):
    pid = place("何建国", Stage.P50)
    board = make_board()
    dialog = open_back_to_25(qtbot, board, pid)
    dialog.findChild(QCheckBox, "keep2").setChecked(False)
    dialog.findChild(QLineEdit, "reason").setText("计划不合适")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.get_prospect(pid).stage == Stage.P25)
    ctrl(qtbot, board, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: desk.get_prospect(pid).stage == Stage.P50)
    assert desk.get_prospect(pid).criteria == frozenset({1, 2, 3, 4, 5})  # the criteria come back too
    move, undo = desk.stage_history(pid)[-2:]
    assert (move.from_stage, move.to_stage, move.reason) == (Stage.P50, Stage.P25, "计划不合适（不再成立：2. 计划符合需要）")
    assert (undo.from_stage, undo.to_stage, undo.correction_of) == (Stage.P25, Stage.P50, move.id)
    assert board.column_ids(Stage.P50) == [pid] and board.selected_ids() == [pid]
    assert not board.undo_button.isEnabled()


def test_undo_brings_a_lost_card_back(qtbot, make_board, place, desk):
    pid = place("何建国", Stage.P25)
    board = make_board()
    board.mark_lost([pid])
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, LostDialog))
    qtbot.mouseClick(board.current_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.card(pid) is None)
    skip_deal_summary(qtbot, board)
    board.undo_last()
    assert desk.get_prospect(pid).stage == Stage.P25 and board.column_ids(Stage.P25) == [pid]


def test_leaving_opportunity_asks_the_first_meeting_date(qtbot, make_board, place, desk):
    import datetime as dt

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    pid = place("何建国", Stage.OPPORTUNITY)
    board = make_board()
    board.select_prospect(pid)
    ctrl(qtbot, board, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, MoveDialog))
    dialog = board.current_dialog
    assert list(dialog.rows) == ["first_meeting"]
    dialog.findChild(QDateEdit, "field_first_meeting").setDate(QDate(2026, 11, 26))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.current_dialog is None)
    view = desk.get_prospect(pid)
    assert view.stage == Stage.APPOINTMENT and view.first_meeting == dt.date(2026, 11, 26)
    assert board.column_ids(Stage.APPOINTMENT) == [pid]


def test_the_missing_line_follows_the_boxes_as_they_are_ticked(qtbot, make_board, place):
    pid = place("何建国", Stage.P25)
    board = make_board()
    dialog = open_25_to_50_dialog(qtbot, board, pid)
    assert not dialog.error.isVisible()  # nothing said before the first try
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "合适的人" in dialog.error.text()
    dialog.findChild(QCheckBox, "criterion1").setChecked(True)
    assert dialog.error.text().startswith("还缺少：") and "合适的人" not in dialog.error.text()
    assert "计划符合需要" in dialog.error.text()
    fill_criteria(dialog)
    assert not dialog.error.isVisible()  # gone as soon as nothing is missing, before OK
    dialog.findChild(QLineEdit, "field5").setText("")
    assert dialog.error.isVisible() and "下一步" in dialog.error.text()
    dialog.reject()


def test_the_signing_date_offered_is_never_in_the_past(qtbot, make_board, place, desk):
    import datetime as dt

    from PySide6.QtWidgets import QDateEdit

    from salesdesk.core.rules import Missing

    today = desk.today()
    old = place("何建国", Stage.P50, age=52, signing_in=-28)  # its signing date went by 28 days ago
    ahead = place("李娜", Stage.P50, age=3, signing_in=12)
    fresh = place("王强", Stage.P25, age=3)
    board = make_board()
    row4 = [Missing("criterion4", "合适的时间", 4)]

    def offered(pid, target):
        dialog = MoveDialog(board.card(pid), target, row4, today=today, cycle_days=28, submit=lambda v: None,
                            parent=board)
        day = dialog.findChild(QDateEdit, "field4").date().toPython()
        dialog.deleteLater()
        return day

    assert offered(old, Stage.P90) == today
    assert offered(ahead, Stage.P90) == today + dt.timedelta(days=12)  # the agreed date, still ahead
    assert offered(fresh, Stage.P50) == today + dt.timedelta(days=7)


def test_the_context_menu_writes_every_shortcut_one_way_and_names_the_lost_action(make_board, place):
    import re

    pid = place("何建国", Stage.P50)
    board = make_board()
    menu = board.context_menu(board.card(pid))

    def actions(m):
        for act in m.actions():
            if act.menu() is not None:
                yield from actions(act.menu())
            elif not act.isSeparator():
                yield act

    texts = []
    for act in actions(menu):
        if not act.shortcut().isEmpty():
            assert "\t" in act.text(), act.text()  # else Qt appends its own, translated, key names
        if "\t" in act.text():
            texts.append(act.text().split("\t")[1])
    assert {"Ctrl+→", "Ctrl+←", "Ctrl+Shift+←", "Ctrl+Delete", "Ctrl+Enter", "Enter"} <= set(texts)
    for keys in texts:
        assert re.fullmatch(r"(Ctrl\+)?(Shift\+)?(→|←|Delete|Enter|[A-Z]|F\d+)", keys), keys
    lost = [a.text() for a in actions(menu) if a.text().startswith("标记为退出")]
    assert lost == ["标记为退出（放弃）…\tCtrl+Delete"]
    assert not [a.text() for a in actions(menu) if a.text().split("\t")[0] in ("退出", "退出…")]
    menu.deleteLater()
