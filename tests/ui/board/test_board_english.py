"""The board in English: the cycle's lists and the deal summary."""
import pytest

from salesdesk.core.stages import Stage
from salesdesk.ui.board.deal_summary import DealSummaryDialog
from salesdesk.ui.board.dialogs import ConfirmListDialog
from tests.english import chinese_on, widget_texts

PLAN = "Critical illness"


@pytest.fixture
def place_en(place):
    """``place`` with Latin plan and next step, so any Chinese on screen is the program's."""
    return lambda name, stage, **kw: place(name, stage, **{"plan": PLAN, "next_step": "Go through the proposal", **kw})


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
