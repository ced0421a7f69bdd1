"""交流记录: add, edit, delete and undo, what is refused (in Chinese), the timeline, the weekly table."""
from __future__ import annotations

import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import Stage
from salesdesk.services import InvalidInput, NotFound
from salesdesk.services.contacts import ContactView

AT = dt.datetime(2026, 11, 20, 9, 30)


@pytest.fixture
def cid(desk):
    return desk.add_customer(CustomerData(name="何建国", mobile="13812345678"))


def table(desk):
    return desk.db.execute_sql("SELECT * FROM contact_record ORDER BY id").fetchall()


def test_a_record_keeps_every_field(desk, cid):
    seen = []
    desk.subscribe(seen.append)
    rid = desk.contacts.add(cid, "面谈", at=AT, subject="重疾险方案", purpose="了解需求", interest="4",
                            summary="家里两个孩子\r\n关心教育金", needs="保障 教育", result="b", next_step="下周三送计划书")
    view = desk.contacts.get(rid)
    assert view == ContactView(rid, cid, AT, "面谈", "重疾险方案", "了解需求", 4, "家里两个孩子\n关心教育金",
                               "保障 教育", "B", "下周三送计划书")
    assert view.result_label == "B 有希望"
    assert seen[-1].contacts and seen[-1].activities and seen[-1].customers == {cid}


def test_add_contact_on_the_desk_still_writes_a_record(desk, cid):
    rid = desk.add_contact(cid, "电话", at=AT, summary="约了周五")
    assert desk.contacts.get(rid).summary == "约了周五"


def test_the_list_is_newest_first_and_paged(desk, cid):
    ids = [desk.contacts.add(cid, "电话", at=AT + dt.timedelta(hours=h)) for h in (2, 0, 1)]
    assert [c.id for c in desk.contacts.list(cid)] == [ids[0], ids[2], ids[1]]
    assert [c.id for c in desk.contacts.list(cid, limit=1, offset=1)] == [ids[2]]
    assert desk.contacts.count(cid) == 3


def test_edit_changes_only_the_fields_given(desk, cid):
    rid = desk.contacts.add(cid, "电话", at=AT, subject="初次电话", interest=2, summary="纪要")
    view = desk.contacts.edit(rid, interest=5, result="A", at=AT.replace(hour=11))
    assert (view.subject, view.summary, view.interest, view.result, view.at) == ("初次电话", "纪要", 5, "A",
                                                                                  AT.replace(hour=11))
    assert desk.contacts.edit(rid, interest=None).interest is None


@pytest.mark.parametrize("call, message", [
    (lambda d, c, r: d.contacts.add(c, "飞鸽传书"), "交流方式“飞鸽传书”不正确，可用：电话、面谈、微信、短信、邮件、拜访"),
    (lambda d, c, r: d.contacts.add(c, "电话", interest=6), "客户兴趣程度应为 1–5 之间的整数"),
    (lambda d, c, r: d.contacts.add(c, "电话", interest=0), "客户兴趣程度应为 1–5 之间的整数"),
    (lambda d, c, r: d.contacts.add(c, "电话", result="F"),
     "结果“F”不正确，可用：A 商谈成功、B 有希望、C 再度访问、D 无希望、E 继续观察"),
    (lambda d, c, r: d.contacts.add(c, "电话", subject="主" * 201), "主题"),
    (lambda d, c, r: d.contacts.add(c, "电话", next_step="打\n电话"), "下一步"),
    (lambda d, c, r: d.contacts.add(c, "电话", at=dt.datetime(2026, 11, 24, 9)), "在将来"),
    (lambda d, c, r: d.contacts.edit(r, method="信"), "交流方式“信”不正确"),
    (lambda d, c, r: d.contacts.edit(r, at=None), "交流时间不能为空"),
    (lambda d, c, r: d.contacts.edit(r, result="Z"), "结果“Z”不正确"),
])
def test_bad_input_is_refused_in_chinese_and_changes_nothing(desk, cid, call, message):
    rid = desk.contacts.add(cid, "电话", at=AT)
    before = table(desk)
    with pytest.raises(InvalidInput, match=message):
        call(desk, cid, rid)
    assert table(desk) == before


def test_a_missing_record_or_customer_is_not_found(desk, cid):
    with pytest.raises(NotFound, match="找不到编号为 99 的交流记录"):
        desk.contacts.get(99)
    with pytest.raises(NotFound, match="找不到编号为 99 的客户"):
        desk.contacts.add(99, "电话")
    with pytest.raises(NotFound):
        desk.contacts.delete(99)


def test_undoing_a_delete_restores_exactly_the_deleted_row(desk, cid):
    keep = desk.contacts.add(cid, "微信", at=AT)
    rid = desk.contacts.add(cid, "拜访", at=AT, subject="上门", purpose="签单", interest=5, summary="一\n二",
                            needs="教育金", result="A", next_step="等回访")
    before = table(desk)
    deleted = desk.contacts.delete(rid)
    assert [c.id for c in desk.contacts.list(cid)] == [keep]
    assert desk.contacts.restore(deleted) == rid
    assert table(desk) == before
    with pytest.raises(InvalidInput, match="仍然存在"):
        desk.contacts.restore(deleted)
    with pytest.raises(InvalidInput):
        desk.contacts.restore("not a record")


def test_a_restore_after_its_id_was_taken_again_keeps_both(desk, cid):
    rid = desk.contacts.add(cid, "电话", at=AT, subject="甲")
    deleted = desk.contacts.delete(rid)
    again = desk.contacts.add(cid, "微信", subject="乙")
    assert again == rid  # SQLite gives the highest id out again
    restored = desk.contacts.restore(deleted)
    assert restored != rid and desk.contacts.get(restored).subject == "甲"
    assert sorted(c.subject for c in desk.contacts.list(cid)) == ["乙", "甲"]


def test_the_timeline_merges_contacts_and_activities_newest_first(desk, cid):
    dial = desk.log_activity(cid, "dial", at=AT)
    contact = desk.contacts.add(cid, "电话", at=AT + dt.timedelta(minutes=5), subject="约时间")
    book = desk.log_activity(cid, "book", at=AT + dt.timedelta(minutes=6))
    meet = desk.log_activity(cid, "面谈", at=AT + dt.timedelta(days=1))
    other = desk.add_customer(CustomerData(name="王芳"))
    desk.log_activity(other, "dial", at=AT)
    timeline = desk.contacts.timeline(cid)
    assert [(e.kind, e.id, e.label) for e in timeline] == [
        ("activity", meet, "面谈"), ("activity", book, "约见"), ("contact", contact, "电话"), ("activity", dial, "拨打")]
    assert timeline[2].contact.subject == "约时间"
    assert desk.contacts.timeline_count(cid) == 4
    assert [e.id for e in desk.contacts.timeline(cid, limit=2, offset=2)] == [contact, dial]


def test_a_contact_works_the_customers_open_prospects_in_the_weekly_table(desk, cid):
    pid = desk.add_prospect(cid, "重疾险", at=dt.datetime(2026, 11, 2, 9))
    desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 4), at=dt.datetime(2026, 11, 3, 9))
    week = dt.date(2026, 11, 20)
    assert not desk.weekly_table(week).cell(ReviewRow.WED, Stage.APPOINTMENT)
    rid = desk.contacts.add(cid, "电话", at=dt.datetime(2026, 11, 23, 9, 0))
    assert [e.prospect_id for e in desk.weekly_table(week).cell(ReviewRow.WED, Stage.APPOINTMENT)] == [pid]
    desk.contacts.delete(rid)
    assert not desk.weekly_table(week).cell(ReviewRow.WED, Stage.APPOINTMENT)


def test_day_counts_and_taking_a_click_back(desk, cid):
    ids = [desk.log_activity(cid, kind) for kind in ("dial", "dial", "reach", "book")]
    desk.log_activity(cid, "dial", at=dt.datetime(2026, 11, 22, 23, 59))  # yesterday
    assert desk.activities.day_counts() == {"dial": 2, "reach": 1, "book": 1, "meet": 0, "close": 0}
    seen = []
    desk.subscribe(seen.append)
    gone = desk.activities.delete(ids[0])
    assert (gone.kind, gone.label, gone.customer_id) == ("dial", "拨打", cid)
    assert desk.activities.day_counts()["dial"] == 1
    assert seen[-1].activities and seen[-1].customers == {cid}
    assert desk.activities.day_counts(dt.date(2026, 11, 22))["dial"] == 1
    with pytest.raises(NotFound, match="活动"):
        desk.activities.delete(ids[0])
