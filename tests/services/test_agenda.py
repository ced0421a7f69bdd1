"""The agenda (SPEC §4): appointments, warnings, and the board's first meeting as one fact."""
import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.services import InvalidInput, NotFound

MON = dt.date(2026, 11, 23)  # the fixture clock's day, 10:00


def at(day, hh, mm=0):
    return dt.datetime.combine(day, dt.time(hh, mm))


@pytest.fixture
def he(desk):
    return desk.add_customer(CustomerData(name="何建国", no_visit_times="周一上午、午休时间、晚上9点后"))


def test_add_day_and_week_and_overlap_is_a_warning_not_a_refusal(desk, he):
    seen = []
    desk.subscribe(seen.append)
    first = desk.agenda.add(he, at(MON, 14), 60, "送计划书")
    second = desk.agenda.add(he, at(MON, 14, 30), 30)
    assert seen[-1].agenda and he in seen[-1].customers
    assert [a.id for a in desk.agenda.day(MON)] == [first, second]
    assert [a.id for a in desk.agenda.week(MON + dt.timedelta(days=6))] == [first, second]  # Sunday's week
    assert desk.agenda.week(MON + dt.timedelta(days=7)) == []
    warnings = desk.agenda.warnings(second)
    assert [(w.kind, w.other_id) for w in warnings] == [("overlap", first)]
    assert "14:00–15:00" in warnings[0].message
    assert desk.agenda.check(he, at(MON, 15), 30) == []  # back to back is no overlap


def test_no_visit_times_warn(desk, he):
    warnings = desk.agenda.check(he, at(MON, 9), 60)
    assert [w.kind for w in warnings] == ["no_visit"] and "周一上午" in warnings[0].message
    assert [w.message for w in desk.agenda.check(he, at(MON + dt.timedelta(days=1), 12, 30))] == [
        "何建国不宜拜访：午休时间"]
    assert desk.agenda.check(he, at(MON + dt.timedelta(days=1), 9), 60) == []


def test_move_resize_delete_and_restore(desk, he):
    a = desk.agenda.add(he, at(MON, 14), 60, "面谈")
    assert desk.agenda.move(a, at(MON, 16)).start == at(MON, 16)
    assert desk.agenda.resize(a, 90).end == at(MON, 17, 30)
    gone = desk.agenda.delete(a)
    assert desk.agenda.day(MON) == []
    assert desk.agenda.restore(gone) == a
    assert desk.agenda.get(a) == gone
    with pytest.raises(InvalidInput):
        desk.agenda.resize(a, 2)
    with pytest.raises(NotFound):
        desk.agenda.move(999, at(MON, 9))


def test_a_prospect_of_another_customer_is_refused(desk, he):
    other = desk.add_customer(CustomerData(name="李秀英"))
    p = desk.add_prospect(other, "年金险", at=at(MON, 9))
    with pytest.raises(InvalidInput, match="不属于"):
        desk.agenda.add(he, at(MON, 14), prospect_id=p)
    assert desk.agenda.add(None, at(MON, 14), prospect_id=p) and desk.agenda.day(MON)[0].customer_id == other


def test_a_first_meeting_booked_on_the_board_is_the_appointment(desk, he):
    p = desk.add_prospect(he, "重疾险", at=at(MON, 9))
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=MON + dt.timedelta(days=2))
    (meeting,) = desk.agenda.week(MON)
    assert meeting.first_meeting and meeting.prospect_id == p and meeting.start == at(MON + dt.timedelta(days=2), 9)
    # The time is the agenda's; the day is the prospect's first meeting.
    desk.agenda.move(meeting.id, at(MON + dt.timedelta(days=3), 15))
    assert desk.get_prospect(p).first_meeting == MON + dt.timedelta(days=3)
    assert desk.stage_history(p)[-1].reason == "修改：初次见面 2026-11-25 → 2026-11-26"
    # The board moves it again: the appointment follows, keeping its time.
    desk.clock.advance(hours=1)
    desk.move_prospect(p, Stage.OPPORTUNITY, reason="客户改期")
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=MON + dt.timedelta(days=4))
    (meeting,) = desk.agenda.week(MON)
    assert meeting.start == at(MON + dt.timedelta(days=4), 9) and meeting.first_meeting
    with pytest.raises(InvalidInput, match="看板"):
        desk.agenda.delete(meeting.id)


def test_sending_back_removes_a_future_first_meeting_and_undo_brings_it_back(desk, he):
    p = desk.add_prospect(he, "重疾险", at=at(MON, 9))
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=MON + dt.timedelta(days=1))
    (result,) = desk.send_back([p])
    assert desk.agenda.week(MON) == []
    desk.undo_move(result.change_id)
    (meeting,) = desk.agenda.week(MON)
    assert meeting.first_meeting and meeting.start.date() == MON + dt.timedelta(days=1)


def test_a_first_meeting_held_cannot_move_to_the_future(desk, he, clock):
    clock.set(at(MON - dt.timedelta(days=5), 10))
    p = desk.add_prospect(he, "重疾险")
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=MON - dt.timedelta(days=3))
    clock.set(at(MON, 10))
    desk.move_prospect(p, Stage.P25)
    (meeting,) = desk.agenda.between(MON - dt.timedelta(days=7), MON)
    with pytest.raises(InvalidInput, match="已经发生"):
        desk.agenda.move(meeting.id, at(MON + dt.timedelta(days=1), 9))
    assert desk.get_prospect(p).first_meeting == MON - dt.timedelta(days=3)
    desk.agenda.move(meeting.id, at(MON - dt.timedelta(days=3), 16))  # another hour, same day: fine
    assert desk.agenda.get(meeting.id).start.hour == 16


def test_an_old_first_meeting_without_appointment_shows_all_day_and_can_be_given_a_time(desk, he, db):
    p = desk.add_prospect(he, "重疾险", at=at(MON, 9))
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=MON + dt.timedelta(days=1))
    db.execute_sql("DELETE FROM appointment")  # as a file from before the agenda holds it
    (entry,) = desk.agenda.day(MON + dt.timedelta(days=1))
    assert entry.all_day and entry.id is None and entry.prospect_id == p and entry.customer_name == "何建国"
    new = desk.agenda.book_first_meeting(p, at(MON + dt.timedelta(days=1), 10, 30), 45)
    (entry,) = desk.agenda.day(MON + dt.timedelta(days=1))
    assert entry.id == new and not entry.all_day and entry.first_meeting and entry.minutes == 45
