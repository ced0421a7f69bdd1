"""A read-only board (a read-only file, a second window): every write greyed with the
banner's reason and refused before it starts; reading, filtering and the details still work."""
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit

from salesdesk.core.stages import Stage

REASON = "数据库文件是只读的（文件属性），只能查看、不能修改。"


@pytest.fixture
def board_of_four(make_board, place):
    ids = {name: place(name, stage) for name, stage in
           (("何建国", Stage.P25), ("李秀英", Stage.P50), ("王志强", Stage.P90), ("赵丽华", Stage.APPOINTMENT))}
    return make_board(), ids


def write_controls(board):
    return {"前进": board.act_forward, "退回": board.act_back, "送回": board.act_send_back,
            "退出": board.act_lost, "撤销": board.act_undo, "周期": board.cycle_button,
            "送回按钮": board.send_back_button, "90%": board.stuck_button, "撤销按钮": board.undo_button}


def test_read_only_greys_every_write_with_the_reason_and_no_card_can_be_dragged(board_of_four):
    board, _ids = board_of_four
    board.set_read_only(REASON)
    for name, control in write_controls(board).items():
        assert not control.isEnabled(), name
        assert control.toolTip() == REASON, name
    for column in board.columns.values():
        assert not column.view.dragEnabled() and not column.view.acceptDrops()
    board.reload()  # a refresh (a change elsewhere, a new day) keeps them off
    assert not any(c.isEnabled() for c in write_controls(board).values())
    assert board.filter_edit.isEnabled() and board.act_filter.isEnabled() and board.act_customer.isEnabled()


def test_normal_mode_keeps_the_moves_enabled_and_read_only_can_be_switched_off(board_of_four):
    board, _ids = board_of_four
    assert board.act_forward.isEnabled() and board.act_lost.isEnabled() and board.cycle_button.isEnabled()
    assert all(c.view.dragEnabled() and c.view.acceptDrops() for c in board.columns.values())
    board.set_read_only(REASON)
    board.set_read_only("")
    assert board.act_forward.isEnabled() and board.act_back.isEnabled() and board.cycle_button.isEnabled()
    assert board.cycle_button.toolTip() != REASON and board.act_forward.toolTip() != REASON
    assert all(c.view.dragEnabled() for c in board.columns.values())


@pytest.mark.parametrize("key, mods", [
    (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
])
def test_a_shortcut_on_a_read_only_board_changes_nothing(qtbot, board_of_four, dump, messages, key, mods):
    board, ids = board_of_four
    board.set_read_only(REASON)
    before = dump()
    assert board.select_prospect(ids["李秀英"])
    qtbot.keyClick(board.columns[Stage.P50].view, key, mods)
    assert board.current_dialog is None and messages.asked == []
    assert dump() == before


def test_a_drop_that_still_arrives_changes_nothing(qtbot, board_of_four, dump, messages):
    board, ids = board_of_four
    board.set_read_only(REASON)
    before = dump()
    source = board.columns[Stage.P25].model
    mime = source.mimeData([source.index(0)])
    target = board.columns[Stage.P50].model
    with qtbot.waitSignal(target.move_requested):
        target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert board.current_dialog is None and messages.asked == []
    assert dump() == before and board.column_ids(Stage.P25) == [ids["何建国"]]


def test_the_context_menu_opens_the_card_but_greys_every_move(board_of_four):
    board, ids = board_of_four
    board.set_read_only(REASON)
    menu = board.context_menu(board.card(ids["李秀英"]))
    entries = [a for a in menu.actions() if not a.isSeparator()]
    enabled = [a.text().split("\t")[0] for a in entries if a.isEnabled()]
    assert enabled == ["详情…", "打开客户名片"]
    assert all(a.toolTip() == REASON for a in entries if not a.isEnabled())
    board.set_read_only("")
    writable = board.context_menu(board.card(ids["李秀英"]))
    assert all(a.isEnabled() for a in writable.actions())
    for m in (menu, writable):
        m.deleteLater()


def test_the_details_dialog_only_shows_the_prospect(qtbot, board_of_four, dump):
    board, ids = board_of_four
    board.set_read_only(REASON)
    before = dump()
    dialog = board.open_details(ids["李秀英"])
    assert dialog is not None and dialog.history.rowCount() > 0  # the history reads as ever
    assert not dialog.findChild(QCheckBox, "criterion1").isEnabled()
    assert not any(w.isEnabled() for w in (dialog.budget, dialog.next_step, dialog.has_signing, *dialog.notes.values()))
    assert not dialog.save_button.isEnabled() and dialog.save_button.toolTip() == REASON
    assert not dialog.revert_button.isEnabled() and dialog.rule.text() == REASON
    dialog.close()
    assert not dialog.isVisible() and dump() == before


def test_the_details_dialog_edits_in_normal_mode(board_of_four):
    board, ids = board_of_four
    dialog = board.open_details(ids["李秀英"])
    dialog.findChild(QLineEdit, "nextStep").setText("带计划书再谈")
    assert dialog.notes[1].isEnabled() and dialog.save_button.isEnabled()
    assert dialog.save()
    dialog.close()
