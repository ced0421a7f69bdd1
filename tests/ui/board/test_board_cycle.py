"""遵循周期 on the board: aging colours on the injected clock, bulk 送回销售机会, 90% past signing date."""
import pytest
from PySide6.QtCore import QPoint, Qt

from salesdesk.core.cycle import AgeState
from salesdesk.core.stages import Stage
from salesdesk.ui.board.delegate import card_colours
from salesdesk.ui.board.dialogs import ConfirmListDialog
from salesdesk.ui.board.model import AgeStateRole



def painted_background(board, stage, pid):
    """The colour the agent sees inside the card, just above its bottom edge."""
    column = board.columns[stage]
    index = column.model.index(column.model.row_of(pid))
    rect = column.view.visualRect(index)
    image = column.view.viewport().grab().toImage()
    return image.pixelColor(QPoint(rect.right() - 12, rect.bottom() - 6)).name()


def state_on_board(board, stage, pid):
    column = board.columns[stage]
    return AgeState(column.model.index(column.model.row_of(pid)).data(AgeStateRole))


@pytest.mark.parametrize("days, state", [
    (20, AgeState.OK),
    (21, AgeState.WARNING),  # exactly 75% of the 28-day default cycle
    (28, AgeState.WARNING),  # the cycle's last day is still inside it
    (29, AgeState.OVERDUE),  # cycle + 1
])
def test_aging_colours_follow_the_injected_clock(qtbot, make_board, place, desk, clock, days, state):
    pid = place("何建国", Stage.P25, age=0)
    assert desk.sales_cycle().days == 28
    board = make_board()
    assert state_on_board(board, Stage.P25, pid) == AgeState.OK
    clock.advance(days=days)
    board._check_day()  # the board's once-a-minute look at the date
    assert board.card(pid).age == days
    assert state_on_board(board, Stage.P25, pid) == state
    assert painted_background(board, Stage.P25, pid) == card_colours(state)[0].name()


def overdue_board(place):
    overdue = [place("甲", Stage.P25, age=29), place("乙", Stage.P50, age=40, signing_in=-13),
               place("丙", Stage.APPOINTMENT, age=31)]
    fresh = [place("丁", Stage.P25, age=28), place("戊", Stage.P50, age=3), place("己", Stage.OPPORTUNITY)]
    return overdue, fresh


def test_bulk_send_back_moves_exactly_the_overdue_cards_after_confirmation(qtbot, make_board, place, desk):
    overdue, fresh = overdue_board(place)
    board = make_board()
    assert board.send_back_button.text() == "送回销售机会（3）"
    qtbot.mouseClick(board.send_back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, ConfirmListDialog))
    dialog = board.current_dialog
    assert sorted(dialog.chosen()) == sorted(overdue)
    assert "甲" in dialog.list.item(0).text() or "乙" in dialog.list.item(0).text()
    with qtbot.waitSignal(board.refreshed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert {pid: desk.get_prospect(pid).stage for pid in overdue} == {pid: Stage.OPPORTUNITY for pid in overdue}
    assert [desk.get_prospect(pid).stage for pid in fresh] == [Stage.P25, Stage.P50, Stage.OPPORTUNITY]
    assert set(board.column_ids(Stage.OPPORTUNITY)) == set(overdue) | {fresh[2]}
    assert desk.stage_history(overdue[0])[-1].reason == "超出销售周期，送回销售机会"
    assert not board.send_back_button.isEnabled()
    # One Ctrl+Z takes the whole batch back.
    board.undo_last()
    assert [desk.get_prospect(pid).stage for pid in overdue] == [Stage.P25, Stage.P50, Stage.APPOINTMENT]


def test_bulk_send_back_does_nothing_without_confirmation(qtbot, make_board, place, dump):
    overdue, fresh = overdue_board(place)
    board = make_board()
    before = dump()
    qtbot.mouseClick(board.send_back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, ConfirmListDialog))
    board.current_dialog.reject()
    qtbot.waitUntil(lambda: board.current_dialog is None)
    assert dump() == before
    assert board.column_ids(Stage.OPPORTUNITY) == [fresh[2]]


def test_unticking_someone_keeps_them_on_the_board(qtbot, make_board, place, desk):
    overdue, _ = overdue_board(place)
    board = make_board()
    board.send_back_overdue()
    dialog = board.current_dialog
    keep = dialog.list.item(0)
    kept = int(keep.data(Qt.ItemDataRole.UserRole))
    keep.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.ok_button.text() == "送回 2 位"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert desk.get_prospect(kept).stage != Stage.OPPORTUNITY
    assert sum(desk.get_prospect(p).stage == Stage.OPPORTUNITY for p in overdue) == 2


def test_90_past_its_signing_date_is_flagged_and_offered_back_to_50(qtbot, make_board, place, desk):
    stuck = place("卡住", Stage.P90, age=10, signing_in=-1)
    on_time = place("按时", Stage.P90, age=10, signing_in=0)
    board = make_board()
    assert board.stuck_button.isVisible() and board.stuck_button.text() == "90% 过签约日（1）"
    assert [c.id for c in board.stuck_cards()] == [stuck]
    assert painted_background(board, Stage.P90, stuck) == card_colours(AgeState.OVERDUE)[0].name()
    qtbot.mouseClick(board.stuck_button, Qt.MouseButton.LeftButton)
    dialog = board.current_dialog
    assert dialog.chosen() == [stuck]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert desk.get_prospect(stuck).stage == Stage.P50
    assert desk.stage_history(stuck)[-1].reason.startswith("签约日期已过")
    assert desk.get_prospect(on_time).stage == Stage.P90
    assert not board.stuck_button.isVisible()
