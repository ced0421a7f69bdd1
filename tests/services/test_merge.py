"""Merging two customers (SPEC §3.2): everything moves, nothing is lost, a backup comes first,
and an undo gives back every table as it was."""
import datetime as dt
from pathlib import Path

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.services import InvalidInput, NotFound
from salesdesk.storage.models import (
    ALL_MODELS, Appointment, CustomerDate, ImportBatch, ImportItem, LevelChange, MergeRecord, Todo,
)

AT = dt.datetime(2026, 11, 2, 9)
TABLES = [m._meta.table_name for m in ALL_MODELS]


def dump(desk, skip=("merge_record",)) -> dict:
    return {t: desk.db.execute_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in TABLES if t not in skip}


def give_everything(desk, customer_id: int, tag: str) -> None:
    """One of each kind of row a customer can have."""
    p = desk.add_prospect(customer_id, f"重疾险{tag}", at=AT)
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 4), at=AT + dt.timedelta(days=1))
    desk.add_prospect(customer_id, f"年金险{tag}", at=AT)
    desk.log_activity(customer_id, "dial", at=AT, note=tag)
    desk.log_activity(customer_id, "meet", at=AT + dt.timedelta(hours=2))
    desk.add_contact(customer_id, "电话", at=AT, subject=f"回访{tag}", interest=4, result="B")
    CustomerDate.create(customer=customer_id, label=f"孩子生日{tag}", lunar=True, month=4, day=8, leap=True)
    LevelChange.create(customer=customer_id, at=AT, from_level="潜在客户", to_level="目标客户", reason=tag)
    Appointment.create(customer=customer_id, prospect=p, start=AT + dt.timedelta(days=2), title=f"面谈{tag}",
                       created_at=AT)
    Todo.create(text=f"寄资料{tag}", customer=customer_id, created_at=AT)
    batch = ImportBatch.create(at=AT, file_name=f"{tag}.xlsx")
    ImportItem.create(batch=batch, customer_id=customer_id, action="added")


@pytest.fixture
def pair(desk):
    introducer = desk.add_customer(CustomerData(name="赵介绍", company="老朋友"))
    keep = desk.add_customer(CustomerData(name="何建国", mobile="13812345678", company="锦程物流", title="",
                                          email="he@example.com", notes="老客户"))
    other = desk.add_customer(CustomerData(name="何建国", phone="+86 138 1234 5678", company="锦程物流",
                                           title="经理", email="jianguo@example.com", notes="展会认识",
                                           referrer_id=introducer, birthday=dt.date(1980, 5, 1)))
    friend = desk.add_customer(CustomerData(name="李秀英", referrer_id=other))
    give_everything(desk, keep, "甲")
    give_everything(desk, other, "乙")
    return keep, other, introducer, friend


def owned_by(desk, customer_id: int) -> dict:
    counts = {}
    for table, column in (("prospect", "customer_id"), ("activity", "customer_id"),
                          ("contact_record", "customer_id"), ("customer_date", "customer_id"),
                          ("level_change", "customer_id"), ("appointment", "customer_id"), ("todo", "customer_id"),
                          ("import_item", "customer_id"), ("customer", "referrer_id")):
        counts[table] = desk.db.execute_sql(f'SELECT COUNT(*) FROM "{table}" WHERE "{column}" = ?',
                                            (customer_id,)).fetchone()[0]
    counts["stage_change"] = desk.db.execute_sql(
        "SELECT COUNT(*) FROM stage_change WHERE prospect_id IN (SELECT id FROM prospect WHERE customer_id = ?)",
        (customer_id,)).fetchone()[0]
    return counts


def test_a_merge_keeps_every_related_row_with_the_kept_customer(desk, pair, db_path):
    keep, other, introducer, friend = pair
    before_keep, before_other = owned_by(desk, keep), owned_by(desk, other)
    rows_before = {t: len(r) for t, r in dump(desk).items()}

    result = desk.duplicates.merge(keep, other)

    rows_after = {t: len(r) for t, r in dump(desk).items()}
    assert rows_after == {**rows_before, "customer": rows_before["customer"] - 1}  # only OTHER went
    after = owned_by(desk, keep)
    assert after == {k: before_keep[k] + before_other[k] for k in after}
    assert owned_by(desk, other) == dict.fromkeys(after, 0)
    assert desk.referrals_of(keep)[0].id == friend
    # Two appointments: the one made by hand and the first meeting the board booked (the agenda's too).
    assert result.moved == {"prospect": 2, "activity": 2, "contact_record": 1, "customer_date": 1,
                            # level_change: the one written by hand and the booked meeting's rise to 目标客户
                            "level_change": 2, "appointment": 2, "todo": 1, "import_item": 1, "referrals": 1}
    assert Path(result.backup).parent == db_path.parent / "backups" and Path(result.backup).is_file()
    with pytest.raises(NotFound):
        desk.get_customer(other)
    assert desk.db.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_the_kept_cards_filled_fields_win_and_its_empty_ones_take_the_others(desk, pair):
    keep, other, introducer, _friend = pair
    desk.duplicates.merge(keep, other)
    card = desk.get_customer(keep)
    assert (card.mobile, card.phone, card.email, card.notes) == ("13812345678", "13812345678", "he@example.com", "老客户")
    assert (card.title, card.birthday, card.referrer_id) == ("经理", dt.date(1980, 5, 1), introducer)
    assert desk.list_customers("jingli") == [] and desk.list_customers("展会") == []  # search follows the card


def test_each_field_can_be_chosen_side_by_side(desk, pair):
    keep, other, *_ = pair
    desk.duplicates.merge(keep, other, {"email": "other", "notes": "other", "title": "keep"})
    card = desk.get_customer(keep)
    assert (card.email, card.notes, card.title) == ("jianguo@example.com", "展会认识", "")
    assert [r.id for r in desk.list_customers("展会")] == [keep]


def test_notes_may_be_kept_from_both_sides(desk, pair):
    keep, other, *_ = pair
    assert {f.key: f.suggested for f in desk.duplicates.compare(keep, other).fields}["notes"] == "both"
    desk.duplicates.merge(keep, other, {"notes": "both", "first_impression": "both"})
    assert desk.get_customer(keep).notes == "老客户\n展会认识"
    assert [r.id for r in desk.list_customers("展会")] == [keep]


def test_notes_too_long_together_are_refused_before_anything_is_done(desk, db_path):
    keep = desk.add_customer(CustomerData(name="何建国", notes="甲" * 15000))
    other = desk.add_customer(CustomerData(name="何先生", notes="乙" * 15000))
    with pytest.raises(InvalidInput, match="两边的备注合起来超过 20000 字"):
        desk.duplicates.merge(keep, other, {"notes": "both"})
    assert desk.count_customers() == 2 and not (db_path.parent / "backups").exists()


def test_undo_gives_back_every_table_byte_for_byte(desk, pair, clock):
    keep, other, *_ = pair
    before = dump(desk)
    clock.advance(minutes=5)  # the merge stamps KEEP as updated: the undo must put back its stamp too
    result = desk.duplicates.merge(keep, other, {"notes": "other"})
    assert dump(desk) != before
    clock.advance(minutes=5)
    desk.duplicates.undo_merge(result.merge_id)
    assert dump(desk) == before
    desk.db.execute_sql("INSERT INTO customer_fts(customer_fts) VALUES ('integrity-check')")  # raises if not
    assert [r.id for r in desk.list_customers("展会")] == [other]  # type-ahead finds OTHER again
    record = MergeRecord.get_by_id(result.merge_id)
    assert record.undone_at is not None and desk.duplicates.last_merge() is None


def test_undo_leaves_with_the_kept_customer_what_was_added_since(desk, pair):
    keep, other, *_ = pair
    result = desk.duplicates.merge(keep, other)
    later = desk.log_activity(keep, "dial", at=AT + dt.timedelta(days=3))
    desk.duplicates.undo_merge(result.merge_id)
    assert desk.db.execute_sql("SELECT customer_id FROM activity WHERE id = ?", (later,)).fetchone() == (keep,)
    assert owned_by(desk, other)["activity"] == 2


def test_undo_keeps_what_the_agent_edited_on_the_kept_card_since(desk, pair, clock):
    keep, other, *_ = pair
    desk.duplicates.merge(keep, other, {"email": "other", "notes": "other"})
    clock.advance(minutes=5)
    edited = desk.get_customer(keep)
    edited.notes = "合并后补记：喜欢打高尔夫"
    desk.update_customer(keep, edited)
    desk.duplicates.undo_merge(desk.duplicates.last_merge().id)
    card = desk.get_customer(keep)
    assert card.notes == "合并后补记：喜欢打高尔夫"  # the later edit stays
    assert (card.email, card.title) == ("he@example.com", "")  # what the merge brought goes back
    assert [r.id for r in desk.list_customers("高尔夫")] == [keep]


def test_a_customer_who_referred_the_other_is_not_their_own_referrer(desk):
    keep = desk.add_customer(CustomerData(name="何建国", mobile="13812345678"))
    other = desk.add_customer(CustomerData(name="何建国", mobile="13812345678", referrer_id=keep))
    desk.update_customer(keep, CustomerData(name="何建国", mobile="13812345678", referrer_id=other))
    desk.duplicates.merge(keep, other, {"referrer_id": "other"})
    assert desk.get_customer(keep).referrer_id is None


def test_the_preview_shows_the_fields_side_by_side_and_what_moves(desk, pair):
    keep, other, *_ = pair
    preview = desk.duplicates.compare(keep, other)
    fields = {f.key: f for f in preview.fields}
    assert (fields["email"].keep, fields["email"].other, fields["email"].default) == (
        "he@example.com", "jianguo@example.com", "keep")
    assert (fields["title"].keep, fields["title"].other, fields["title"].default) == ("", "经理", "other")
    assert fields["referrer_id"].other.startswith("赵介绍")
    assert not fields["name"].differs and fields["birthday"].other == "1980-05-01"
    assert preview.moves["prospect"] == 2 and preview.moves["referrals"] == 1
    assert desk.duplicates.compare(keep, other) == preview  # a preview writes nothing


@pytest.mark.parametrize("call, message", [
    (lambda d, k, o: d.duplicates.merge(k, k), "不能把客户与自己合并"),
    (lambda d, k, o: d.duplicates.merge(k, 999), "找不到编号为 999 的客户"),
    (lambda d, k, o: d.duplicates.merge("甲", o), "客户编号“甲”不正确"),
    (lambda d, k, o: d.duplicates.merge(k, o, {"shoe_size": "keep"}), "合并的选择中没有字段“shoe_size”"),
    (lambda d, k, o: d.duplicates.merge(k, o, {"email": "both"}), "字段“邮箱”应选 keep 或 other"),
    (lambda d, k, o: d.duplicates.merge(k, o, {"notes": "all"}), "字段“备注”应选 keep、other 或 both"),
    (lambda d, k, o: d.duplicates.merge(k, o, ["email"]), "合并的选择应为"),
    (lambda d, k, o: d.duplicates.undo_merge(7), "找不到编号为 7 的合并记录"),
])
def test_each_refusal_says_why_and_changes_nothing(desk, pair, db_path, call, message):
    keep, other, *_ = pair
    before = dump(desk, skip=())
    with pytest.raises((InvalidInput, NotFound), match=message):
        call(desk, keep, other)
    assert dump(desk, skip=()) == before
    assert not (db_path.parent / "backups").exists()  # refused before any backup


def test_an_undo_is_refused_when_it_cannot_give_everything_back(desk, pair):
    keep, other, *_ = pair
    first = desk.duplicates.merge(keep, other)
    desk.duplicates.undo_merge(first.merge_id)
    with pytest.raises(InvalidInput, match="已经撤销过了"):
        desk.duplicates.undo_merge(first.merge_id)
    second = desk.duplicates.merge(keep, other)
    third_keep = desk.add_customer(CustomerData(name="孙丽"))
    desk.duplicates.merge(third_keep, keep)
    with pytest.raises(InvalidInput, match="保留的客户.*已被删除或又被合并"):
        desk.duplicates.undo_merge(second.merge_id)


def test_an_undo_brings_the_other_back_under_a_new_id_when_a_newcomer_took_it(desk):
    keep = desk.add_customer(CustomerData(name="何建国", mobile="13812345678"))
    other = desk.add_customer(CustomerData(name="何先生", mobile="13812345678"))
    desk.log_activity(other, "dial", at=AT)
    merged = desk.duplicates.merge(keep, other)
    newcomer = desk.add_customer(CustomerData(name="新客户"))
    assert newcomer == other  # SQLite reuses the highest id
    undone = desk.duplicates.undo_merge(merged.merge_id)
    assert undone.restored_id not in (keep, other)
    assert desk.customer_name(undone.restored_id) == "何先生" and desk.customer_name(newcomer) == "新客户"
    assert owned_by(desk, undone.restored_id)["activity"] == 1 and owned_by(desk, keep)["activity"] == 0


def test_the_list_of_merges_and_the_last_one(desk, pair):
    keep, other, *_ = pair
    assert desk.duplicates.last_merge() is None
    result = desk.duplicates.merge(keep, other)
    last = desk.duplicates.last_merge()
    assert (last.id, last.kept_id, last.other_id, last.other_name) == (result.merge_id, keep, other, "何建国")
    assert desk.duplicates.merges() == [last]


def test_a_merged_away_customer_is_found_in_the_one_kept(desk):
    a = desk.add_customer(CustomerData(name="何建国"))
    b = desk.add_customer(CustomerData(name="何先生"))
    c = desk.add_customer(CustomerData(name="何总"))
    assert desk.duplicates.merged_into(b) is None
    first = desk.duplicates.merge(a, b)
    assert desk.duplicates.merged_into(b) == a and desk.duplicates.merged_into(a) is None
    desk.duplicates.merge(c, a)
    assert desk.duplicates.merged_into(b) == c  # followed through the later merge
    assert desk.duplicates.merged_into(999) is None
    desk.duplicates.undo_merge(desk.duplicates.last_merge().id)
    desk.duplicates.undo_merge(first.merge_id)
    assert desk.duplicates.merged_into(b) is None
