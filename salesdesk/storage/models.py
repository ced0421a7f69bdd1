"""peewee models. Money is stored as integer fen (分) so sums are exact."""
from __future__ import annotations

import peewee as pw

database = pw.DatabaseProxy()


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
    birthday = pw.DateField(null=True)
    birthday_lunar = pw.BooleanField(default=False)
    anniversary = pw.DateField(null=True)
    industry = pw.CharField(max_length=100, default="")
    region = pw.CharField(max_length=100, default="")
    city = pw.CharField(max_length=100, default="")
    circle = pw.CharField(max_length=100, default="")
    tags = pw.CharField(max_length=500, default="")
    value_grade = pw.CharField(max_length=1, default="")
    credit_grade = pw.CharField(max_length=20, default="")
    relation_level = pw.CharField(max_length=10, default="潜在客户")
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

    customer = pw.ForeignKeyField(Customer, backref="activities", on_delete="CASCADE")
    at = pw.DateTimeField()
    kind = pw.CharField(max_length=8)
    note = pw.CharField(max_length=500, default="")

    class Meta:
        # "Whose work was logged in this window" is read from the index alone. (v4)
        indexes = ((("at", "customer"), False),)


class ContactRecord(BaseModel):
    """交流记录."""

    customer = pw.ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE")
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
        indexes = ((("at", "customer"), False),)  # (v4)


class Setting(BaseModel):
    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


ALL_MODELS = (Customer, Prospect, StageChange, Activity, ContactRecord, Setting)

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
