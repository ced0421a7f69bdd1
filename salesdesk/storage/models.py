"""peewee models. Money is stored as integer fen (分) so sums are exact."""
from __future__ import annotations

import peewee as pw

database = pw.DatabaseProxy()

#: Columns added by a migration carry their default in SQL too (as ALTER TABLE must), so a
#: row inserted by plain SQL (the benchmark's bulk writer) gets it in new and migrated files.
_EMPTY = pw.SQL("DEFAULT ''")
_ZERO = pw.SQL("DEFAULT 0")


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class Customer(BaseModel):
    name = pw.CharField(max_length=100, index=True)
    gender = pw.CharField(max_length=4, default="")
    company = pw.CharField(max_length=200, default="")
    title = pw.CharField(max_length=100, default="")
    mobile = pw.CharField(max_length=32, default="", index=True)
    phone = pw.CharField(max_length=32, default="")
    wechat = pw.CharField(max_length=64, default="")
    qq = pw.CharField(max_length=20, default="")
    email = pw.CharField(max_length=254, default="")
    address = pw.CharField(max_length=300, default="")
    website = pw.CharField(max_length=300, default="")
    referrer = pw.ForeignKeyField("self", null=True, backref="referrals", on_delete="SET NULL")
    source = pw.CharField(max_length=100, default="")
    first_impression = pw.TextField(default="")
    met_on = pw.DateField(null=True)
    #: A solar birthday (a full date). A lunar one is kept in the lunar_birthday_* columns
    #: below (v6, SPEC §3.1): a 闰月 or a 三十 has no solar twin.
    birthday = pw.DateField(null=True)
    #: Before v6 a lunar birthday was a solar date with this flag; v6 moved every flagged
    #: date to the lunar_birthday_* columns and cleared it. Kept (always False) so old files need no
    #: table rebuild; no code reads it.
    birthday_lunar = pw.BooleanField(default=False)
    anniversary = pw.DateField(null=True)
    industry = pw.CharField(max_length=100, default="")
    region = pw.CharField(max_length=100, default="")
    city = pw.CharField(max_length=100, default="")
    circle = pw.CharField(max_length=100, default="")
    tags = pw.CharField(max_length=500, default="")
    value_grade = pw.CharField(max_length=1, default="")
    credit_grade = pw.CharField(max_length=20, default="")
    relation_level = pw.CharField(max_length=10, default="潜在客户")  # i18n: data
    no_visit_times = pw.CharField(max_length=200, default="")
    notes = pw.TextField(default="")
    # Search helpers, kept in step with ``name`` by the service layer.
    name_pinyin = pw.CharField(max_length=600, default="")
    name_initials = pw.CharField(max_length=100, default="")
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    #: name, phones, company, notes and pinyin, lower-cased, one a line: type-ahead search
    #: tests one column instead of seven (3x faster at 100k customers). (v2)
    search_text = pw.TextField(default="")
    # v6 (added at the end, where ALTER TABLE puts them in migrated files):
    #: A lunar birthday (SPEC §3.1), when ``birthday`` is not set.
    lunar_birthday_year = pw.IntegerField(null=True)  # (v6) None: the year is not known
    lunar_birthday_month = pw.SmallIntegerField(null=True)  # (v6) 1-12; None: no lunar birthday
    lunar_birthday_day = pw.SmallIntegerField(null=True)  # (v6) 1-30
    lunar_birthday_leap = pw.BooleanField(default=False, constraints=[_ZERO])  # (v6) born in the 闰 month
    # 相关信息 (v6)
    native_place = pw.CharField(max_length=100, default="", constraints=[_EMPTY])  # 籍贯
    marital_status = pw.CharField(max_length=10, default="", constraints=[_EMPTY])  # 婚姻状况
    home_address = pw.CharField(max_length=300, default="", constraints=[_EMPTY])  # 家庭地址
    id_number = pw.CharField(max_length=18, default="", constraints=[_EMPTY])  # 身份证 (18 digits, check digit valid)
    #: A grade or level the agent set by hand is kept by recomputation unless asked. (v6)
    value_grade_manual = pw.BooleanField(default=False, constraints=[_ZERO])
    relation_level_manual = pw.BooleanField(default=False, constraints=[_ZERO])

    class Meta:
        indexes = (
            # The list is ordered by pinyin and paged: an index keeps deep pages cheap. (v2)
            (("name_pinyin", "id"), False),
            # A one- or two-character query (too short for the trigram index) scans this
            # covering index, not the wide table rows: 3-4x faster at 100k customers. (v4)
            (("search_text", "name_pinyin"), False),
        )


class Prospect(BaseModel):
    customer = pw.ForeignKeyField(Customer, backref="prospects", on_delete="CASCADE")
    plan = pw.CharField(max_length=200, default="")
    stage = pw.CharField(max_length=16, index=True)
    stage_since = pw.DateTimeField()
    created_at = pw.DateTimeField()
    first_meeting = pw.DateField(null=True)
    criteria = pw.CharField(max_length=16, default="")  # ticked numbers, "1,2,5"
    criteria_notes = pw.TextField(default="")  # JSON {"1": "note"}
    budget_fen = pw.BigIntegerField(null=True)
    signing_date = pw.DateField(null=True)
    next_step = pw.CharField(max_length=500, default="")
    signed = pw.BooleanField(default=False)
    paid_fen = pw.BigIntegerField(null=True)
    premium_fen = pw.BigIntegerField(null=True)
    lost_reason = pw.CharField(max_length=500, default="")
    #: 交易总结 (v6), for a prospect that ended 成交 or 退出: 成功原因 / 失败原因 and 经验总结.
    outcome_reason = pw.CharField(max_length=500, default="", constraints=[_EMPTY])
    lessons = pw.TextField(default="", constraints=[_EMPTY])


class StageChange(BaseModel):
    prospect = pw.ForeignKeyField(Prospect, backref="changes", on_delete="CASCADE")
    at = pw.DateTimeField(index=True)
    from_stage = pw.CharField(max_length=16, null=True)
    to_stage = pw.CharField(max_length=16)
    reason = pw.CharField(max_length=500, default="")
    first_meeting = pw.DateField(null=True)
    paid_fen = pw.BigIntegerField(default=0)
    premium_fen = pw.BigIntegerField(default=0)
    #: An undo is recorded as a correction, never by erasing the change it reverts.
    correction_of = pw.ForeignKeyField("self", null=True, on_delete="SET NULL")
    recorded_at = pw.DateTimeField()
    #: The prospect's facts just before this change (JSON), so an undo restores them all —
    #: a send-back clears the first meeting, and undoing it must bring the date back. (v2)
    before = pw.TextField(default="")

    class Meta:
        indexes = (
            (("prospect", "at"), False),
            # The sales cycle reads the latest deals: WHERE to_stage='won' ORDER BY at DESC. (v2)
            (("to_stage", "at"), False),
        )


class Activity(BaseModel):
    """One click of the ratio game: 拨打/接通/约见/面谈/成交."""

    #: Indexed with ``at`` below (v8), which also serves the foreign key's look-ups.
    customer = pw.ForeignKeyField(Customer, backref="activities", on_delete="CASCADE", index=False)
    at = pw.DateTimeField()
    kind = pw.CharField(max_length=8)
    note = pw.CharField(max_length=500, default="")

    class Meta:
        # "Whose work was logged in this window" is read from the index alone. (v4)
        # So are a period's counts per kind (the 统计 page, today's one-click counters): a
        # year of the 5x file 0.75 s through (at, customer) plus the table, 0.11 s. (v7)
        # A customer's last contact (the list's 最近联系 column, its sort and the "not
        # contacted for N days" filter) and timeline: (customer, at). On the 5x file a page of
        # 200 rows' last contacts 4.5 ms -> 1.1 ms, everyone sorted by it 2.4 s -> 0.35 s. (v8)
        indexes = ((("at", "customer"), False), (("at", "kind"), False), (("customer", "at"), False))


class ContactRecord(BaseModel):
    """交流记录."""

    #: Indexed with ``at`` below (v8), which also serves the foreign key's look-ups.
    customer = pw.ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE", index=False)
    at = pw.DateTimeField()
    method = pw.CharField(max_length=8)
    subject = pw.CharField(max_length=200, default="")
    purpose = pw.CharField(max_length=200, default="")
    interest = pw.SmallIntegerField(null=True)
    summary = pw.TextField(default="")
    needs = pw.TextField(default="")
    result = pw.CharField(max_length=1, default="")
    next_step = pw.CharField(max_length=500, default="")

    class Meta:
        indexes = ((("at", "customer"), False), (("customer", "at"), False))  # (v4, v8)


class CustomerDate(BaseModel):
    """Another dated note of a customer's (v6): a label and a solar or lunar date that
    recurs every year (SPEC §3.1), e.g. 孩子生日 农历闰四月初八."""

    customer = pw.ForeignKeyField(Customer, backref="dates", on_delete="CASCADE")
    label = pw.CharField(max_length=100)
    lunar = pw.BooleanField(default=False)
    year = pw.IntegerField(null=True)
    month = pw.SmallIntegerField()
    day = pw.SmallIntegerField()
    leap = pw.BooleanField(default=False)
    note = pw.CharField(max_length=500, default="")


class LevelChange(BaseModel):
    """A move of the customer's 客户五级分类 (v6), by the prospects or by hand, with its date:
    "何时从目标客户转为准客户" is read from here."""

    customer = pw.ForeignKeyField(Customer, backref="level_changes", on_delete="CASCADE")
    at = pw.DateTimeField()
    from_level = pw.CharField(max_length=10, default="")
    to_level = pw.CharField(max_length=10)
    manual = pw.BooleanField(default=False)
    reason = pw.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("customer", "at"), False),)


class MergeRecord(BaseModel):
    """A merge of two customers (v6, SPEC §3.2): what it changed, so it can be reverted."""

    at = pw.DateTimeField()
    kept_id = pw.IntegerField()
    other_id = pw.IntegerField()
    #: JSON: the other customer's row, the kept one's fields before, and the ids of every
    #: row moved (prospects, activities, contacts, referrals, dates, appointments, to-dos).
    snapshot = pw.TextField()
    undone_at = pw.DateTimeField(null=True)


class ImportBatch(BaseModel):
    """One spreadsheet import (v6, SPEC §3.3), so the last one can be undone."""

    at = pw.DateTimeField()
    file_name = pw.CharField(max_length=500, default="")
    summary = pw.TextField(default="")  # JSON counts
    undone_at = pw.DateTimeField(null=True)


class ImportItem(BaseModel):
    batch = pw.ForeignKeyField(ImportBatch, backref="items", on_delete="CASCADE")
    customer_id = pw.IntegerField(index=True)
    action = pw.CharField(max_length=8)  # "added" | "merged"
    before = pw.TextField(default="")  # JSON of the merged customer's fields before


class Appointment(BaseModel):
    """An agenda entry (v6, SPEC §4). A first meeting booked on the board is the
    appointment whose ``prospect`` is set and ``first_meeting`` true: one fact, not two."""

    customer = pw.ForeignKeyField(Customer, backref="appointments", null=True, on_delete="CASCADE")
    prospect = pw.ForeignKeyField(Prospect, backref="appointments", null=True, on_delete="SET NULL")
    start = pw.DateTimeField()
    minutes = pw.IntegerField(default=60)
    title = pw.CharField(max_length=200, default="")
    place = pw.CharField(max_length=300, default="")
    notes = pw.TextField(default="")
    first_meeting = pw.BooleanField(default=False)
    created_at = pw.DateTimeField()

    class Meta:
        indexes = ((("start",), False),)


class Todo(BaseModel):
    """A to-do in one of the four quadrants (v6, SPEC §4); with period_start/period_end it is
    the seed's 计划安排 (a plan with a period, start and end, content, completion)."""

    text = pw.CharField(max_length=500)
    notes = pw.TextField(default="")
    due = pw.DateField(null=True)
    important = pw.BooleanField(default=False)
    urgent = pw.BooleanField(default=False)
    customer = pw.ForeignKeyField(Customer, backref="todos", null=True, on_delete="SET NULL")
    period = pw.CharField(max_length=10, default="")  # "" | 日 | 周 | 月 | 季 | 年
    period_start = pw.DateField(null=True)
    period_end = pw.DateField(null=True)
    progress = pw.SmallIntegerField(default=0)  # 完成度 0-100
    done_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()

    class Meta:
        indexes = ((("done_at", "due"), False),)


class Reminder(BaseModel):
    """A reminder that has been shown (v6): one row per occurrence (``key``, e.g.
    ``appt:12:2026-12-02T09:45``), so a restart never shows it again; a snooze sets
    ``snoozed_until``."""

    key = pw.CharField(primary_key=True, max_length=120)
    fired_at = pw.DateTimeField()
    snoozed_until = pw.DateTimeField(null=True)


class Setting(BaseModel):
    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


ALL_MODELS = (Customer, Prospect, StageChange, Activity, ContactRecord, Setting,
              CustomerDate, LevelChange, MergeRecord, ImportBatch, ImportItem, Appointment, Todo, Reminder)

#: Type-ahead's index (v3): an FTS5 trigram table over ``customer.search_text`` (external
#: content: the text is stored once, in ``customer``), kept in step by triggers, so every
#: write path — the services, an import, a migration — updates it in the same transaction.
SEARCH_INDEX_DDL = (
    "CREATE VIRTUAL TABLE customer_fts USING fts5("
    "search_text, content='customer', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER customer_fts_insert AFTER INSERT ON customer BEGIN "
    "INSERT INTO customer_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER customer_fts_delete AFTER DELETE ON customer BEGIN "
    "INSERT INTO customer_fts(customer_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER customer_fts_update AFTER UPDATE OF search_text ON customer "
    "WHEN old.search_text IS NOT new.search_text BEGIN "
    "INSERT INTO customer_fts(customer_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO customer_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)
