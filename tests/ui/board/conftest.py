"""Board tests: a board on a fresh database, a factory for prospects, a fake message seam."""
import datetime as dt
from decimal import Decimal

import pytest

from salesdesk.core.customer import CustomerData

from salesdesk.core.stages import BOARD_STAGES, Stage
from salesdesk.ui.messages import SaveChoice


class FakeMessages:
    """Answers at once and records what was asked (no modal box ever blocks a test)."""

    def __init__(self):
        self.asked: list[tuple[str, str]] = []
        self.text_answers: list[str | None] = []
        self.yes = True
        self.save_answer = SaveChoice.SAVE

    def inform(self, parent, title, text):
        self.asked.append(("inform", text))

    def warn(self, parent, title, text):
        self.asked.append(("warn", text))

    def error(self, parent, title, text, details=""):
        self.asked.append(("error", text))

    def ask(self, parent, title, text):
        self.asked.append(("ask", text))
        return self.yes

    def ask_save(self, parent, title, text):
        self.asked.append(("ask_save", text))
        return self.save_answer

    def get_text(self, parent, title, label, text=""):
        self.asked.append(("get_text", label))
        return self.text_answers.pop(0) if self.text_answers else None


@pytest.fixture
def messages():
    return FakeMessages()


@pytest.fixture
def place(desk):
    """place(name, stage, age=5, signing_in=7, tags="") -> prospect id, walked honestly to ``stage``.

    The first meeting was ``age`` days ago; every step happens that day, except 成交 (now).
    """

    def make(name, stage, age=5, signing_in=7, tags="", plan="重疾险", won_at=None, next_step="讲解建议书"):
        today = desk.today()
        met = today - dt.timedelta(days=age)
        cid = desk.add_customer(CustomerData(name=name, tags=tags))
        pid = desk.add_prospect(cid, plan, at=dt.datetime.combine(met - dt.timedelta(days=2), dt.time(9)))
        steps = {
            Stage.APPOINTMENT: dict(first_meeting=met),
            Stage.P25: {},
            Stage.P50: dict(criteria=[1, 2], budget=Decimal(1500), next_step=next_step,
                            signing_date=today + dt.timedelta(days=signing_in)),
            Stage.P90: dict(signed=True, paid=Decimal(1500)),
            Stage.WON: dict(premium=Decimal(1500)),
        }
        for i, step in enumerate(BOARD_STAGES[1:BOARD_STAGES.index(stage) + 1]):
            if step == Stage.APPOINTMENT:
                at = dt.datetime.combine(met - dt.timedelta(days=1), dt.time(9))
            elif step == Stage.WON:
                at = won_at or desk.clock.now()
            else:
                at = dt.datetime.combine(met, dt.time(9, 10 * i))
            desk.move_prospect(pid, step, at=at, **steps[step])
        return pid

    return make


@pytest.fixture
def make_board(qtbot, desk, messages):
    from salesdesk.ui.board import ProspectBoard

    def make():
        board = ProspectBoard(desk, messages=messages)
        qtbot.addWidget(board)
        board.resize(1366, 768)
        board.show()
        qtbot.waitExposed(board)
        board.activateWindow()
        qtbot.waitUntil(board.isActiveWindow)
        return board

    return make


@pytest.fixture
def dump(db):
    """dump() -> every row of every table, for 'nothing changed' checks."""
    return lambda: list(db.connection().iterdump())
