"""Likely duplicates (SPEC §3.2): one phone number however written, name and company alike;
the save that refuses them unless told; the list of every pair."""
import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.services import InvalidInput, LikelyDuplicate, NotFound


def likely(desk, exclude_id=None, **card):
    card.setdefault("name", "新客户")
    return [(d.customer_id, d.why) for d in desk.duplicates.likely_duplicates(CustomerData(**card), exclude_id)]


@pytest.mark.parametrize("typed", ["138-1234-5678", "+86 13812345678", "13812345678", "１３８１２３４５６７８",
                                   "+86 (138) 1234-5678", "0086 138 1234 5678"])
@pytest.mark.parametrize("stored_in", ["mobile", "phone"])
@pytest.mark.parametrize("typed_in", ["mobile", "phone"])
def test_every_written_form_of_a_mobile_is_one_number_in_either_field(desk, typed, stored_in, typed_in):
    he = desk.add_customer(CustomerData(name="何建国", **{stored_in: "13812345678"}))
    assert likely(desk, **{typed_in: typed}) == [(he, "phone")]


def test_a_landline_in_its_written_forms_is_one_number(desk):
    office = desk.add_customer(CustomerData(name="锦程物流前台", phone="010-12345678"))
    for typed in ("(010) 1234 5678", "+86 10 1234 5678", "010 12345678", "０１０－１２３４５６７８"):
        assert likely(desk, phone=typed) == [(office, "phone")], typed


def test_other_numbers_are_not_alike(desk):
    desk.add_customer(CustomerData(name="何建国", mobile="13812345678", phone="010-12345678",
                                   notes="旧号 13912345678"))
    assert likely(desk, mobile="13812345679") == []
    assert likely(desk, mobile="13912345678") == []  # in the notes only: not a phone of theirs
    assert likely(desk, phone="010-12345678转123") == []  # an extension is another desk's phone
    assert likely(desk, phone="0571-12345678") == []


def test_name_and_company_alike_after_trimming_and_case_folding(desk):
    he = desk.add_customer(CustomerData(name="何建国", company="锦程物流"))
    smith = desk.add_customer(CustomerData(name="John Smith", company="ACME Trading Ltd"))
    assert likely(desk, name=" 何建国 ", company="锦程物流 ") == [(he, "name+company")]
    assert likely(desk, name="john  smith", company="acme trading LTD") == [(smith, "name+company")]
    assert likely(desk, name="何建国", company="锦程快递") == []
    assert likely(desk, name="何建华", company="锦程物流") == []


def test_the_same_name_without_a_company_is_not_a_duplicate(desk):
    """Two 张伟 with no company written are more often two people than one."""
    desk.add_customer(CustomerData(name="张伟"))
    desk.add_customer(CustomerData(name="李秀英", company="锦程物流"))
    assert likely(desk, name="张伟") == []
    assert likely(desk, name="李秀英") == []
    assert desk.duplicates.all_duplicates() == []


def test_the_card_itself_is_left_out_and_a_phone_counts_before_the_name(desk):
    he = desk.add_customer(CustomerData(name="何建国", company="锦程物流", mobile="13812345678"))
    assert likely(desk, he, name="何建国", company="锦程物流", mobile="13812345678") == []
    assert likely(desk, name="何建国", company="锦程物流", mobile="13812345678") == [(he, "phone")]


def test_bad_input_is_refused_in_chinese(desk):
    with pytest.raises(InvalidInput, match="手机号码"):
        desk.duplicates.likely_duplicates(CustomerData(name="何建国", mobile="12345"))
    with pytest.raises(InvalidInput, match="客户资料不正确"):
        desk.duplicates.likely_duplicates("何建国")
    with pytest.raises(NotFound):
        desk.duplicates.likely_duplicates(CustomerData(name="何建国"), 0)


def test_saving_a_likely_duplicate_is_refused_unless_told_to_save_anyway(desk):
    he = desk.add_customer(CustomerData(name="何建国", mobile="13812345678"))
    with pytest.raises(LikelyDuplicate, match=f"何建国（编号 {he}，电话相同）") as refused:
        desk.add_customer(CustomerData(name="何先生", mobile="138 1234 5678"), allow_duplicate=False)
    assert [d.customer_id for d in refused.value.duplicates] == [he]
    assert desk.count_customers() == 1
    again = desk.add_customer(CustomerData(name="何先生", mobile="138 1234 5678"))  # internal callers: as before
    assert again != he and desk.count_customers() == 2


def test_an_edit_is_refused_only_for_a_likeness_it_makes(desk):
    he = desk.add_customer(CustomerData(name="何建国", mobile="13812345678"))
    li = desk.add_customer(CustomerData(name="李秀英", company="锦程物流"))
    with pytest.raises(LikelyDuplicate, match=f"编号 {he}"):
        desk.update_customer(li, CustomerData(name="李秀英", company="锦程物流", mobile="13812345678"),
                             allow_duplicate=False)
    assert desk.get_customer(li).mobile == ""
    desk.update_customer(li, CustomerData(name="李秀英", company="锦程物流", mobile="13812345678"))
    # Saved anyway once: editing the notes later does not ask again.
    desk.update_customer(li, CustomerData(name="李秀英", company="锦程物流", mobile="13812345678", notes="老客户"),
                         allow_duplicate=False)
    assert desk.get_customer(li).notes == "老客户"


def test_all_duplicates_lists_each_pair_once_lowest_id_first(desk):
    a = desk.add_customer(CustomerData(name="何建国", mobile="13812345678", company="锦程物流"))
    b = desk.add_customer(CustomerData(name="何建国", phone="+86 138-1234-5678", company="锦程物流"))
    c = desk.add_customer(CustomerData(name="何建国", company="锦程物流"))
    d = desk.add_customer(CustomerData(name="Wang Fang", company="ACME"))
    e = desk.add_customer(CustomerData(name="wang fang", company="acme"))
    f = desk.add_customer(CustomerData(name="孙丽", mobile="13900001111", phone="13900001111"))  # her own two
    pairs = [(p.customers, p.why) for p in desk.duplicates.all_duplicates()]
    assert pairs == [((a, b), "phone"), ((a, c), "name+company"), ((d, e), "name+company")]
    assert f not in {i for p, _ in pairs for i in p}


def test_the_check_on_save_reads_through_indexes_only(desk):
    """No scan of the customers per save: at 100,000 customers that is the difference between
    a fraction of a millisecond and tens of milliseconds (salesdesk/bench: dupe_check)."""
    desk.add_customer(CustomerData(name="何建国", mobile="13812345678", company="锦程物流"))
    con = desk.db.connection()
    statements = []
    con.set_trace_callback(statements.append)
    try:
        desk.duplicates.likely_duplicates(CustomerData(name="何建国", company="锦程物流", mobile="13812345678",
                                                       phone="010-12345678"))
    finally:
        con.set_trace_callback(None)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT") and "FROM customer" in s]
    assert len(reads) == 2
    for sql in reads:
        plan = " ".join(str(row[-1]) for row in con.execute(f"EXPLAIN QUERY PLAN {sql}"))
        # The trigram index is a virtual table's own search ("SCAN customer_fts VIRTUAL TABLE INDEX …").
        assert "SCAN customer " not in plan + " " and "SEARCH customer USING INDEX" in plan, plan
