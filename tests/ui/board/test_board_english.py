"""The board in English: columns, filters, menus, the details and every move dialog."""
import pytest
from PySide6.QtCore import Qt

from salesdesk.core.stages import Stage
from salesdesk.ui.board.deal_summary import DealSummaryDialog
from salesdesk.ui.board.dialogs import ConfirmListDialog, LostDialog, MoveDialog
from salesdesk.ui.board.move_back import MoveBackDialog
from tests.english import chinese, chinese_on, widget_texts

PLAN = "Critical illness"


@pytest.fixture
def place_en(place):
    """``place`` with Latin plan and next step, so any Chinese on screen is the program's."""
    return lambda name, stage, **kw: place(name, stage, **{"plan": PLAN, "next_step": "Go through the proposal", **kw})


def _menu_texts(menu):
    texts = [menu.title()]
    for act in menu.actions():
        texts.append(act.text())
        if act.menu() is not None:
            texts += _menu_texts(act.menu())
    return texts


def test_the_board_and_its_menus_read_english(english, make_board, place_en):
    place_en("Zhang Wei", Stage.OPPORTUNITY)
    place_en("Li Na", Stage.APPOINTMENT, tags="vip")
    place_en("Wang Qiang", Stage.P25)
    p50 = place_en("Zhao Min", Stage.P50)
    place_en("Chen Jie", Stage.P90, age=20, signing_in=-3)
    place_en("Liu Yang", Stage.WON, age=10)
    board = make_board()
    assert chinese_on(board) == [], "\n".join(chinese_on(board))
    assert "Opportunity" in board.columns[Stage.OPPORTUNITY].header.text()
    assert "Budget ¥1,500.00" in board.columns[Stage.P50].header.text()
    assert "My sales cycle" in board.cycle_label.text()
    assert chinese(_menu_texts(board.context_menu(board.card(p50)))) == []
    # the card's tooltip and its painted lines
    model = board.columns[Stage.P50].view.model()
    index = model.index(0, 0)
    texts = [model.data(index, role) for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DisplayRole)]
    assert chinese([t for t in texts if isinstance(t, str)]) == []


def test_the_details_and_move_dialogs_read_english(english, qtbot, make_board, place_en, desk):
    p50 = place_en("Zhao Min", Stage.P50)
    p25 = place_en("Wang Qiang", Stage.P25)
    board = make_board()
    details = board.open_details(p50)
    assert details is not None
    assert chinese_on(details) == [], "\n".join(chinese_on(details))
    details.reject()

    board.request_move([p25], Stage.P50)
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, MoveDialog))
    assert chinese_on(board.current_dialog) == []
    board.current_dialog.reject()
    qtbot.waitUntil(lambda: board.current_dialog is None)

    board.request_move([p50], Stage.P25)
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, MoveBackDialog))
    assert chinese_on(board.current_dialog) == []
    board.current_dialog.reject()
    qtbot.waitUntil(lambda: board.current_dialog is None)

    board.mark_lost([p25])
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, LostDialog))
    assert chinese_on(board.current_dialog) == []
    board.current_dialog.reject()


def test_the_cycle_lists_and_the_deal_summary_read_english(english, qtbot, make_board, place_en, desk):
    place_en("Chen Jie", Stage.P25, age=40)
    won = place_en("Liu Yang", Stage.WON, age=10)
    board = make_board()
    board.send_back_overdue()
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, ConfirmListDialog))
    dialog = board.current_dialog
    assert chinese_on(dialog) == [] and any("Chen Jie" in t for t in widget_texts(dialog))
    dialog.reject()
    summary = DealSummaryDialog(desk, [won], parent=board)
    qtbot.addWidget(summary)
    assert chinese_on(summary) == []
