import dataclasses

from salesdesk.core.customer import CustomerData


def names(desk, text):
    return [c.name for c in desk.list_customers(text)]


def test_search_covers_name_phone_company_notes_and_pinyin(desk):
    desk.add_customer(CustomerData(name="何建国", mobile="13812345678", company="Hongda 宏达贸易", notes="喜欢钓鱼"))
    desk.add_customer(CustomerData(name="李秀英", phone="010-87654321"))
    for text in ("何建", "hjg", "HeJianGuo", "1381234", "hongda", "宏达", "钓鱼"):
        assert names(desk, text) == ["何建国"], text
    assert names(desk, "8765") == ["李秀英"]
    assert desk.count_customers("hjg") == 1 and desk.count_customers("") == 2
    assert names(desk, "%") == [] and names(desk, "_") == []  # typed text is never a pattern


def test_an_edit_is_found_by_its_new_values_only(desk):
    cid = desk.add_customer(CustomerData(name="何建国", company="宏达贸易"))
    card = dataclasses.replace(desk.get_customer(cid), name="何丽", company="金桥科技")
    desk.update_customer(cid, card)
    assert names(desk, "金桥") == ["何丽"] and names(desk, "hl") == ["何丽"]
    assert names(desk, "宏达") == [] and names(desk, "hjg") == []


def test_results_are_in_pinyin_order_and_paged(desk):
    for name in ("张伟", "王芳", "李娜", "王伟", "赵敏"):
        desk.add_customer(CustomerData(name=name))
    assert names(desk, "") == ["李娜", "王芳", "王伟", "张伟", "赵敏"]
    assert names(desk, "w") == ["王芳", "王伟", "张伟"]
    assert [c.name for c in desk.list_customers("w", limit=2, offset=1)] == ["王伟", "张伟"]


def test_polyphonic_surnames_sort_and_match_as_surnames(desk):
    for name in ("曾娟娜", "张伟", "蔡明"):
        desk.add_customer(CustomerData(name=name))
    assert names(desk, "") == ["蔡明", "曾娟娜", "张伟"]  # cai, zeng, zhang
    assert names(desk, "zjn") == ["曾娟娜"] and names(desk, "cjn") == ["曾娟娜"]


def test_companies_are_found_by_their_pinyin(desk):
    desk.add_customer(CustomerData(name="何建国", company="锦程物流有限公司"))
    desk.add_customer(CustomerData(name="李秀英", company="金桥科技"))
    for text in ("jincheng", "JinCheng", "jcwl", "锦程", "锦程物流"):
        assert names(desk, text) == ["何建国"], text
    assert names(desk, "jinqiao") == ["李秀英"]


def test_long_queries_go_through_the_trigram_index(desk):
    desk.add_customer(CustomerData(name="何建国", mobile="13812345678", notes='说"好的"再联系'))
    statements = []
    con = desk.db.connection()
    con.set_trace_callback(statements.append)
    try:
        assert names(desk, "1381234") == ["何建国"] and desk.count_customers("1381234") == 1
        assert names(desk, '"好的"') == ["何建国"]  # quotes are text, not FTS syntax
        assert names(desk, "好的 OR 1") == [] and names(desk, "hej*") == []
    finally:
        con.set_trace_callback(None)
    assert all("instr(" not in s for s in statements)
    assert any("customer_fts MATCH" in s for s in statements)


def test_a_short_query_scans_once_for_its_count_and_pages(desk):
    for name in ("王芳", "王伟", "汪洋", "张伟"):
        desk.add_customer(CustomerData(name=name))
    statements = []
    con = desk.db.connection()
    con.set_trace_callback(statements.append)
    try:
        assert desk.count_customers("w") == 4
        assert [c.name for c in desk.list_customers("w", limit=2)] == ["王芳", "王伟"]
        assert [c.name for c in desk.list_customers("w", limit=2, offset=2)] == ["汪洋", "张伟"]
        assert desk.count_customers() == 4 and desk.count_customers() == 4
    finally:
        con.set_trace_callback(None)
    assert len([s for s in statements if "instr(" in s]) == 1
    assert len([s for s in statements if "COUNT(*) FROM customer" in s]) == 1
    # A write (here or in another program) is seen at once.
    desk.add_customer(CustomerData(name="吴敏"))
    assert desk.count_customers("w") == 5 and desk.count_customers() == 5


def test_a_short_query_sees_another_programs_writes(desk, db_path):
    import sqlite3

    desk.add_customer(CustomerData(name="王芳"))
    assert desk.count_customers("王") == 1
    con = sqlite3.connect(db_path)
    con.execute("UPDATE customer SET search_text = 'zzz' WHERE name = '王芳'")
    con.commit()
    con.close()
    assert desk.count_customers("王") == 0 and desk.list_customers("王") == []


def test_paging_to_the_end_continues_where_the_last_page_ended(desk):
    for i in range(23):
        desk.add_customer(CustomerData(name=f"客户{i:02d}", company="锦程物流" if i % 2 else ""))
    whole = [c.id for c in desk.list_customers(limit=100)]
    statements = []
    con = desk.db.connection()
    con.set_trace_callback(statements.append)
    try:
        paged = [c.id for k in range(0, 23, 5) for c in desk.list_customers(limit=5, offset=k)]
        filtered = [c.id for k in range(0, 15, 4) for c in desk.list_customers("jincheng", limit=4, offset=k)]
    finally:
        con.set_trace_callback(None)
    assert paged == whole and len(whole) == 23
    assert filtered == [c.id for c in desk.list_customers("jincheng", limit=100)] and len(filtered) == 11
    # Only the first page counts rows from the top; each next one starts where the last ended.
    assert [s[-8:] for s in statements if "OFFSET" in s] == ["OFFSET 0"]
    assert len([s for s in statements if "MATCH" in s]) == 1  # the filter looked up once
    assert [c.id for c in desk.list_customers(limit=5, offset=7)] == whole[7:12]  # a jump still works


def test_a_short_query_reads_the_covering_index_not_the_table(desk):
    desk.add_customer(CustomerData(name="王芳", notes="很长的备注" * 50))
    statements = []
    con = desk.db.connection()
    con.set_trace_callback(statements.append)
    try:
        assert names(desk, "王") == ["王芳"]
    finally:
        con.set_trace_callback(None)
    (scan,) = [s for s in statements if "instr(" in s]
    plan = " ".join(str(r[3]) for r in con.execute("EXPLAIN QUERY PLAN " + scan))
    assert "COVERING INDEX customer_search_text_name_pinyin" in plan
