"""Customer use cases: add, edit, find, list (with pinyin search)."""
from __future__ import annotations

import dataclasses
import threading

import peewee as pw

from salesdesk.core.customer import MULTILINE, CustomerData, InvalidCustomer, validate
from salesdesk.core.lunar import DateSpec
from salesdesk.core.text import shown
from salesdesk.core.search import pinyin_keys, search_text
from salesdesk.storage.models import Customer, Prospect

from . import inputs
from .errors import InvalidInput, NotFound, StaleEdit
from .hand_set import hand_set
from .views import Changes, CustomerRow
from salesdesk.i18n import tr

#: Card fields stored in a column of the same name (the referrer and the lunar birthday's
#: four columns are mapped by hand).
_CARD_FIELDS = [n for n in CustomerData.field_names() if n not in ("referrer_id", "lunar_birthday")]
MAX_SEARCH = 100
#: Queries at least this long are served by the trigram index.
TRIGRAM = 3
_ROW_COLUMNS = "id, name, company, mobile, title, relation_level"
_FTS_IDS = "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?"


def _fts_phrase(text: str) -> str:
    """The typed text as one FTS5 phrase: a plain substring, no query syntax."""
    return '"' + text.replace('"', '""') + '"'


class CustomerService:
    db: pw.SqliteDatabase

    def _now(self):  # provided by SalesDesk
        raise NotImplementedError

    # -- writes ---------------------------------------------------------------
    def add_customer(self, data: CustomerData, *, allow_duplicate: bool = True) -> int:
        """The new customer's id. ``allow_duplicate=False`` (the card, the command line) refuses
        a likely duplicate of a stored customer with LikelyDuplicate (SPEC §3.2)."""
        data = self._checked(data)
        now = self._now()
        with self._write():
            if allow_duplicate is not True:
                self.duplicates._refuse(data)
            row = Customer(created_at=now, updated_at=now)
            self._fill(row, data)
            row.save(force_insert=True)
            hand_set(row, Customer.relation_level.default, Customer.value_grade.default, now)
        self._emit(Changes(customers=frozenset({row.id})))
        return row.id

    def update_customer(self, customer_id: int, data: CustomerData, *, loaded: CustomerData | None = None,
                        allow_duplicate: bool = True) -> Changes:
        """Save an edited card. ``loaded`` is the card as it was read for editing: if the
        stored customer differs from it now (another window saved meanwhile), StaleEdit."""
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        data = self._checked(data)
        with self._write():
            row = self._customer_row(customer_id)
            if loaded is not None and _card_of(row) != _card_fields(loaded):
                raise StaleEdit(tr("这位客户的名片在别处（另一个窗口或程序）已被修改，你的修改未保存"))
            if data.referrer_id == customer_id:
                raise InvalidInput(tr("介绍人不能是客户本人"), {"referrer_id": tr("介绍人不能是客户本人")})
            old_level, old_grade = row.relation_level, row.value_grade
            if allow_duplicate is not True:
                # Only a likeness this edit makes: a pair saved anyway before is not asked again.
                stored = CustomerData(name=row.name, company=row.company, mobile=row.mobile, phone=row.phone)
                self.duplicates._refuse(data, customer_id, already=stored)
            self._fill(row, data)
            row.updated_at = self._now()
            row.save()
            hand_set(row, old_level, old_grade, row.updated_at)
        changes = Changes(customers=frozenset({customer_id}))
        self._emit(changes)
        return changes

    # -- reads ----------------------------------------------------------------
    def get_customer(self, customer_id: int) -> CustomerData:
        row = self._customer_row(inputs.ident(customer_id, tr("客户", "field")))
        data = CustomerData(**{n: _shown(n, getattr(row, n)) for n in _CARD_FIELDS})
        data.referrer_id = row.referrer_id
        data.lunar_birthday = lunar_birthday_of(row)
        return data

    def customer_name(self, customer_id: int) -> str:
        return shown(self._customer_row(inputs.ident(customer_id, tr("客户", "field"))).name)

    def find_customer(self, name_or_id: str | int) -> int:
        """An id, or an exact name that belongs to exactly one customer."""
        text = inputs.query(name_or_id, 200)
        if text.isascii() and text.isdecimal() and int(text) < 2**62:
            if Customer.select().where(Customer.id == int(text)).exists():
                return int(text)
        matches = list(Customer.select(Customer.id).where(Customer.name == text).limit(2))
        if len(matches) == 1:
            return matches[0].id
        if len(matches) > 1:
            raise InvalidInput(tr("有多位客户叫“{text}”，请改用客户编号").format(text=text))
        raise NotFound(tr("找不到客户“{text}”").format(text=text))

    def list_customers(self, search: str = "", limit: int = 200, offset: int = 0) -> list[CustomerRow]:
        """A page of customers in pinyin order, those matching ``search`` if given.

        Three characters or more go through the trigram index (customer_fts); one or two,
        which a trigram cannot hold, scan the search column. Either way the matches are
        looked up once per query and data version: the count and every page come from
        that one lookup. The unfiltered list continues a page from where the previous one
        ended (keyset), so scrolling to the end of 100,000 customers stays linear.
        """
        limit = inputs.number(limit, tr("显示条数", "field"), 0, inputs.MAX_ID)
        offset = inputs.number(offset, tr("起始位置", "field"), 0, inputs.MAX_ID)
        text = inputs.query(search, MAX_SEARCH).lower()
        if not text:
            return self._unfiltered_page(limit, offset)
        ids = self._matching_ids(text)[offset:offset + limit]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {r[0]: CustomerRow(*r) for r in self.db.execute_sql(
            f"SELECT {_ROW_COLUMNS} FROM customer WHERE id IN ({marks})", ids)}
        return [found[i] for i in ids if i in found]

    def count_customers(self, search: str = "") -> int:
        text = inputs.query(search, MAX_SEARCH).lower()
        if not text:
            return self._cached(("count",), lambda: self.db.execute_sql("SELECT COUNT(*) FROM customer").fetchone()[0])
        return len(self._matching_ids(text))

    def referrals_of(self, customer_id: int) -> list[CustomerRow]:
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        q = Customer.select().where(Customer.referrer == customer_id).order_by(Customer.name_pinyin)
        return [CustomerRow(r.id, r.name, r.company, r.mobile, r.title, r.relation_level) for r in q]

    def customer_position(self, customer_id: int, search: str = "") -> int | None:
        """Where a customer stands in ``list_customers(search)`` (from 0); None when not listed.

        One indexed count, so the window can show a customer deep in a long list without
        paging through everyone before them.
        """
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        text = inputs.query(search, MAX_SEARCH).lower()
        if text:
            ids = self._matching_ids(text)  # the filtered list's order, looked up once per query
            return ids.index(customer_id) if customer_id in ids else None
        row = self.db.execute_sql("SELECT name_pinyin FROM customer WHERE id = ?", (customer_id,)).fetchone()
        if row is None:
            return None
        return self.db.execute_sql(
            "SELECT COUNT(*) FROM customer WHERE name_pinyin < ? OR (name_pinyin = ? AND id < ?)",
            (row[0], row[0], customer_id)).fetchone()[0]

    # -- helpers --------------------------------------------------------------
    def _matching_ids(self, text: str) -> list[int]:
        """Ids of the customers whose search column holds ``text``, in list order."""
        if len(text) >= TRIGRAM:
            # Sorted after the index has picked the matches (|| '' keeps SQLite from walking
            # the pinyin index and probing every row instead).
            sql = f"SELECT id FROM customer WHERE id IN ({_FTS_IDS}) ORDER BY name_pinyin || '', id"
            arg = _fts_phrase(text)
        else:
            sql = "SELECT id FROM customer WHERE instr(search_text, ?) > 0 ORDER BY name_pinyin || '', id"
            arg = text
        return self._cached(("ids", text), lambda: [r[0] for r in self.db.execute_sql(sql, (arg,))])

    def _unfiltered_page(self, limit: int, offset: int) -> list[CustomerRow]:
        ends = self._cached(("page ends",), dict)  # offset where a page ended -> its last key
        if offset and offset in ends:
            rows = self.db.execute_sql(
                f"SELECT {_ROW_COLUMNS}, name_pinyin FROM customer WHERE (name_pinyin, id) > (?, ?) "
                "ORDER BY name_pinyin, id LIMIT ?", (*ends[offset], limit)).fetchall()
        else:
            rows = self.db.execute_sql(
                f"SELECT {_ROW_COLUMNS}, name_pinyin FROM customer ORDER BY name_pinyin, id LIMIT ? OFFSET ?",
                (limit, offset)).fetchall()
        if rows:
            ends[offset + len(rows)] = (rows[-1][-1], rows[-1][0])
        return [CustomerRow(*r[:-1]) for r in rows]

    def _cached(self, key: tuple, compute):
        """``compute()``, reused until the database changes (this connection or another).

        One cache per connection, so per thread: a worker reads through a connection of
        its own (``reading_thread``), opened afresh for each read, whose change counters
        start again where the last one's did, so they tell nothing about what it cached.
        """
        con = self.db.connection()
        version = (con.total_changes, con.execute("PRAGMA data_version").fetchone()[0])
        local = self.__dict__.get("_cache_local") or self.__dict__.setdefault("_cache_local", threading.local())
        cache = getattr(local, "cache", None)
        if cache is None or cache.get("connection") is not con:
            cache = local.cache = {"connection": con}
        if cache.get("version") != version:
            cache.clear()
            cache.update(connection=con, version=version)
        if key not in cache:
            if len(cache) > 32:
                cache.clear()
                cache.update(connection=con, version=version)
            cache[key] = compute()
        return cache[key]

    def _checked(self, data: CustomerData) -> CustomerData:
        if not isinstance(data, CustomerData):
            raise InvalidInput(tr("客户资料不正确"))
        data = dataclasses.replace(data)
        try:
            data = validate(data, self._now().date())
        except InvalidCustomer as exc:
            raise InvalidInput(str(exc), exc.errors) from None
        if data.referrer_id is not None and not Customer.select().where(Customer.id == data.referrer_id).exists():
            raise InvalidInput(tr("介绍人不存在"), {"referrer_id": tr("介绍人不存在")})
        return data

    def _fill(self, row: Customer, data: CustomerData) -> None:
        for name in _CARD_FIELDS:
            setattr(row, name, getattr(data, name))
        row.referrer = data.referrer_id
        spec = data.lunar_birthday
        row.lunar_birthday_year = spec.year if spec else None
        row.lunar_birthday_month = spec.month if spec else None
        row.lunar_birthday_day = spec.day if spec else None
        row.lunar_birthday_leap = spec.leap if spec else False
        row.name_pinyin, row.name_initials = pinyin_keys(data.name)
        row.search_text = search_text(row.name, row.mobile, row.phone, row.company, row.notes)

    def _customer_row(self, customer_id: int) -> Customer:
        row = Customer.get_or_none(Customer.id == customer_id)
        if row is None:
            raise NotFound(tr("找不到编号为 {customer_id} 的客户").format(customer_id=customer_id))
        return row

    def prospect_count(self, customer_id: int) -> int:
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        return Prospect.select().where(Prospect.customer == customer_id).count()



def _card_fields(data: CustomerData) -> tuple:
    return (*(getattr(data, n) for n in _CARD_FIELDS), data.referrer_id, data.lunar_birthday)


def _card_of(row: Customer) -> tuple:
    return (*(_shown(n, getattr(row, n)) for n in _CARD_FIELDS), row.referrer_id, lunar_birthday_of(row))


def lunar_birthday_of(row: Customer) -> DateSpec | None:
    """The lunar birthday a row keeps in its four columns (the old ``birthday_lunar`` flag is
    never read: v6 moved what it meant into these)."""
    if row.lunar_birthday_month is None or row.lunar_birthday_day is None:
        return None
    return DateSpec(True, row.lunar_birthday_year, row.lunar_birthday_month, row.lunar_birthday_day,
                    bool(row.lunar_birthday_leap))


def _shown(name: str, value):
    """A stored card field as the card gets it: control characters an older version let in
    are dropped (the next save stores it clean instead of refusing what the agent cannot see)."""
    return shown(value, name in MULTILINE)
