"""The customer list's query: filters and sort order, turned into one SQL statement.

Everything the list can sort or filter by is answered by SQLite, never by loading
customers into Python: at 100,000 customers the ordered ids of a filtered, sorted list are
read in one statement, then kept (per data version, see ``CustomerService._cached``) so
every page and the count come from that one read.

- name: pinyin order (``name_pinyin``), as the plain list;
- company: the company's text (customers of one company together), no company last;
- grade: A…E, ungraded last; level: 潜在客户 → 忠诚客户 (the five levels' order);
- last contact: the latest activity or 交流记录 (``at``); never contacted counts as the
  longest ago (first when ascending, last when descending);
- next birthday: days from today to the next occurrence, no birthday last. A solar
  birthday's next occurrence depends only on its month and day, a lunar one's on its
  lunar month, day and leap flag, so there are at most 366 + 720 distinct keys: the days
  until each key present in the file are computed in Python (core/lunar.py for lunar
  dates, SPEC §3.1) and handed to SQL as a small VALUES table joined on the key. The
  ordering is therefore exact for lunar birthdays too and costs one pass over the keys.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salesdesk.core.customer import RELATION_LEVELS

from . import inputs
from .errors import InvalidInput
from salesdesk.i18n import tr

SORTS = ("name", "company", "grade", "level", "last_contact", "next_birthday")
GRADE_FILTERS = ("A", "B", "C", "D", "E", "未分级")  # i18n: data
MAX_DAYS = 36500
#: Characters that separate tags (services/board.py ``split_tags`` splits on the same).
TAG_SEPARATORS = (",", "，", ";", "；", "、", " ", "\t", "/", "|", "\u3000")  # i18n: data


@dataclass(frozen=True)
class CustomerQuery:
    """What the customer list shows: every filter is optional ("" / None = any)."""

    search: str = ""
    grade: str = ""  # A–E, or 未分级
    level: str = ""  # one of RELATION_LEVELS
    tag: str = ""
    city: str = ""
    #: Only customers with no activity or 交流记录 in the last N days.
    not_contacted_days: int | None = None
    sort: str = "name"
    descending: bool = False

    @property
    def is_plain(self) -> bool:
        """The list as it opens: every customer in pinyin order (served by keyset pages)."""
        return self == CustomerQuery(search=self.search) and not self.search


def checked_query(query: object) -> CustomerQuery:
    """The query with its texts cleaned; InvalidInput for a value no list can take."""
    if query is None:
        return CustomerQuery()
    if isinstance(query, str):
        return CustomerQuery(search=inputs.query(query, inputs.MAX_QUERY))
    if not isinstance(query, CustomerQuery):
        raise InvalidInput(tr("客户列表的条件不正确"))
    grade = inputs.query(query.grade, 10)
    if grade and grade not in GRADE_FILTERS:
        raise InvalidInput(tr("价值分级只能是 A–E 或 未分级"))
    level = inputs.query(query.level, 10)
    if level and level not in RELATION_LEVELS:
        raise InvalidInput(tr("客户五级分类不正确"))
    tag = inputs.query(query.tag, 100)
    if any(sep in tag for sep in TAG_SEPARATORS):
        raise InvalidInput(tr("一次只能按一个标签筛选"))
    days = query.not_contacted_days
    if days is not None:
        days = inputs.number(days, tr("未联系天数", "field"), 1, MAX_DAYS)
    if not isinstance(query.sort, str) or query.sort not in SORTS:
        raise InvalidInput(tr("客户列表不能按这一列排序"))
    if not isinstance(query.descending, bool):
        raise InvalidInput(tr("排序方向不正确"))
    return CustomerQuery(search=inputs.query(query.search, inputs.MAX_QUERY).lower(), grade=grade, level=level,
                         tag=tag, city=inputs.query(query.city, 100), not_contacted_days=days,
                         sort=query.sort, descending=query.descending)


#: Latest activity or contact record per customer (each table's (at, customer) index covers it).
LAST_CONTACT = ("SELECT customer_id AS cid, MAX(at) AS last FROM ("
                "SELECT customer_id, at FROM activity UNION ALL SELECT customer_id, at FROM contact_record) "
                "GROUP BY customer_id")
#: The same for one customer (``c``): cheaper than the pass over everyone when a filter leaves few.
#: "" for never contacted, so it sorts as the longest ago either way the two forms are used.
LAST_CONTACT_OF = ("MAX(COALESCE((SELECT MAX(at) FROM activity WHERE customer_id = c.id), ''), "
                   "COALESCE((SELECT MAX(at) FROM contact_record WHERE customer_id = c.id), ''))")
#: A birthday as one key: "S-MM-DD" (solar) or "L<month>-<day>-<leap>" (lunar).
BIRTHDAY_KEY = ("CASE WHEN c.birthday IS NOT NULL THEN 'S' || substr(c.birthday, 5, 6) "
                "WHEN c.lunar_birthday_month IS NOT NULL THEN 'L' || c.lunar_birthday_month || '-' || "
                "c.lunar_birthday_day || '-' || COALESCE(c.lunar_birthday_leap, 0) END")


def _normalised_tags() -> str:
    expr = "c.tags"
    for sep in TAG_SEPARATORS:
        if sep != ",":
            expr = f"replace({expr}, '{sep}', ',')"
    return f"(',' || {expr} || ',')"


def ordered_ids_sql(query: CustomerQuery, now: dt.datetime, birthday_days: dict[str, int] | None = None,
                    fts_phrase=None, trigram: int = 3) -> tuple[str, list]:
    """(sql, params) selecting the ids of the customers ``query`` lists, in its order.

    ``birthday_days`` maps each BIRTHDAY_KEY present to the days until its next occurrence
    (only needed when sorting by next birthday)."""
    where, params, joins = [], [], []
    if query.search:
        if len(query.search) >= trigram:
            where.append("c.id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)")
            params.append(fts_phrase(query.search))
        else:
            where.append("instr(c.search_text, ?) > 0")
            params.append(query.search)
    if query.grade:
        where.append("c.value_grade = ?")
        params.append("" if query.grade == "未分级" else query.grade)  # i18n: data
    if query.level:
        where.append("c.relation_level = ?")
        params.append(query.level)
    if query.city:
        where.append("c.city = ?")
        params.append(query.city)
    if query.tag:
        where.append(f"instr({_normalised_tags()}, ?) > 0")
        params.append(f",{query.tag},")
    if query.not_contacted_days:
        since = (now - dt.timedelta(days=query.not_contacted_days)).isoformat(sep=" ")
        where.append("c.id NOT IN (SELECT customer_id FROM activity WHERE at >= ?) "
                     "AND c.id NOT IN (SELECT customer_id FROM contact_record WHERE at >= ?)")
        params += [since, since]
    direction = "DESC" if query.descending else "ASC"
    # "|| ''" keeps SQLite from walking the pinyin index row by row when a filter is selective.
    tie = f"c.name_pinyin || '' {direction}, c.id {direction}"
    if query.sort == "name":
        order = tie
    elif query.sort == "company":
        order = f"c.company = '', c.company {direction}, {tie}"
    elif query.sort == "grade":
        order = f"c.value_grade = '', c.value_grade {direction}, {tie}"
    elif query.sort == "level":
        cases = " ".join(f"WHEN '{level}' THEN {i}" for i, level in enumerate(RELATION_LEVELS))
        order = f"CASE c.relation_level {cases} ELSE 99 END {direction}, {tie}"
    elif query.sort == "last_contact":
        if where:  # a filtered list: each listed customer's latest, looked up by customer
            order = f"{LAST_CONTACT_OF} {direction}, {tie}"
        else:  # everyone: one pass over the work logged
            joins.append(f"LEFT JOIN ({LAST_CONTACT}) lc ON lc.cid = c.id")
            order = f"COALESCE(lc.last, '') {direction}, {tie}"
    else:  # next_birthday
        days = birthday_days or {}
        if days:
            values = ",".join("(?, ?)" for _ in days)
            joins.append(f"LEFT JOIN (VALUES {values}) nb ON nb.column1 = {BIRTHDAY_KEY}")
            join_params = [v for pair in days.items() for v in pair]
            params = join_params + params
            order = f"nb.column2 IS NULL, nb.column2 {direction}, {tie}"
        else:
            order = tie
    sql = "SELECT c.id FROM customer c " + " ".join(joins)
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql + " ORDER BY " + order, params
