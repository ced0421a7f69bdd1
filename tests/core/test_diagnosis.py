"""SPEC §1.4: each shape diagnosis fires on a board built to show it, and none on a healthy one."""
import datetime as dt
import itertools

import pytest

from salesdesk.core.diagnosis import BoardEntry, ShapeKind, diagnose, is_overdue, is_stuck_at_90
from salesdesk.core.stages import Stage

TODAY = dt.date(2026, 11, 23)
CYCLE = 28
_ids = itertools.count(1)


def entries(stage: Stage, n: int, age: int | None = 5, signing_in: int = 7, prefix: str = "") -> list[BoardEntry]:
    out = []
    for i in range(n):
        met = TODAY - dt.timedelta(days=age) if age is not None and stage != Stage.OPPORTUNITY else None
        signing = TODAY + dt.timedelta(days=signing_in) if stage in (Stage.P50, Stage.P90) else None
        out.append(BoardEntry(next(_ids), f"{prefix or stage.label}{i}", stage, met, signing))
    return out


def healthy() -> list[BoardEntry]:
    """A funnel narrowing steadily, every date inside the cycle."""
    return (entries(Stage.OPPORTUNITY, 10) + entries(Stage.APPOINTMENT, 3, age=0)
            + entries(Stage.P25, 8, age=6) + entries(Stage.P50, 4, age=12)
            + entries(Stage.P90, 2, age=18) + entries(Stage.WON, 3, age=20))


def kinds(board) -> list[str]:
    return [d.kind for d in diagnose(board, TODAY, CYCLE)]


def test_a_healthy_board_has_no_diagnosis():
    assert diagnose(healthy(), TODAY, CYCLE) == []


def test_dry_top_when_few_first_meetings_and_25():
    board = (entries(Stage.OPPORTUNITY, 4, prefix="机会") + entries(Stage.APPOINTMENT, 1)
             + entries(Stage.P25, 2) + entries(Stage.P50, 1) + entries(Stage.P90, 1))
    found = diagnose(board, TODAY, CYCLE)
    assert [d.kind for d in found] == [ShapeKind.DRY_TOP]
    dry = found[0]
    assert dry.title == "断层"
    assert "3" in dry.finding and "拨打" in dry.action
    # It names who to call: the 销售机会 waiting for a first meeting.
    assert [n.name for n in dry.prospects] == ["机会0", "机会1", "机会2", "机会3"]


def test_dry_top_when_the_funnel_is_wider_below_than_above():
    board = entries(Stage.P25, 6) + entries(Stage.P50, 4, age=5) + entries(Stage.P90, 4, age=5)
    # 50% < 25% so not proposals-pending; 6 at the top but 8 below it.
    assert kinds(board) == [ShapeKind.DRY_TOP]


def test_proposals_pending_when_50_holds_as_many_as_25():
    board = entries(Stage.APPOINTMENT, 3) + entries(Stage.P25, 5) + entries(Stage.P50, 5, prefix="五十")
    found = diagnose(board, TODAY, CYCLE)
    assert [d.kind for d in found] == [ShapeKind.PROPOSALS_PENDING]
    assert found[0].title == "计划书待定式"
    assert {n.name for n in found[0].prospects} == {f"五十{i}" for i in range(5)}
    assert "25%" in found[0].action


def test_proposals_pending_when_most_of_50_is_older_than_the_cycle():
    board = (entries(Stage.APPOINTMENT, 4) + entries(Stage.P25, 10) + entries(Stage.P50, 2, age=29, prefix="旧")
             + entries(Stage.P50, 1, age=3, prefix="新"))
    found = diagnose(board, TODAY, CYCLE)
    assert [d.kind for d in found] == [ShapeKind.PROPOSALS_PENDING]
    assert [n.name for n in found[0].prospects] == ["旧0", "旧1"]


def test_stuck_at_90_names_the_ones_past_their_signing_date():
    board = healthy() + entries(Stage.P90, 1, age=10, signing_in=-1, prefix="卡住")
    found = diagnose(board, TODAY, CYCLE)
    assert [d.kind for d in found] == [ShapeKind.STUCK_AT_90]
    assert [n.name for n in found[0].prospects] == ["卡住0"]
    assert "50%" in found[0].action


def test_signing_date_today_is_not_yet_stuck():
    entry = entries(Stage.P90, 1, signing_in=0)[0]
    assert not is_stuck_at_90(entry, TODAY)
    assert is_stuck_at_90(entry, TODAY + dt.timedelta(days=1))


def test_overdue_when_more_than_a_third_of_the_board_is_past_the_cycle():
    board = healthy()  # 17 aging entries
    late = entries(Stage.P25, 9, age=CYCLE + 1, prefix="过期")  # 9 of 26: more than a third
    found = diagnose(board + late, TODAY, CYCLE)
    assert [d.kind for d in found] == [ShapeKind.OVERDUE]
    assert {n.name for n in found[0].prospects} == {f"过期{i}" for i in range(9)}
    assert "送回销售机会" in found[0].action


def test_exactly_a_third_overdue_is_not_yet_the_shape():
    board = entries(Stage.APPOINTMENT, 2) + entries(Stage.P25, 4) + entries(Stage.P25, 3, age=CYCLE + 1)
    # 3 of 9 overdue: exactly a third.
    assert ShapeKind.OVERDUE not in kinds(board)


@pytest.mark.parametrize("age, overdue", [(CYCLE, False), (CYCLE + 1, True)])
def test_overdue_means_age_past_the_cycle(age, overdue):
    assert is_overdue(entries(Stage.P25, 1, age=age)[0], TODAY, CYCLE) is overdue


def test_won_and_opportunity_never_age():
    assert not is_overdue(entries(Stage.WON, 1, age=200)[0], TODAY, CYCLE)
    assert not is_overdue(BoardEntry(1, "x", Stage.OPPORTUNITY), TODAY, CYCLE)


def test_an_empty_board_is_dry_at_the_top():
    found = diagnose([], TODAY, CYCLE)
    assert [d.kind for d in found] == [ShapeKind.DRY_TOP]
    assert found[0].prospects == ()
