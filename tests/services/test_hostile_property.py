"""Property: whatever any public service entry point is handed, it answers or refuses cleanly.

Random and hostile values — text with control characters, lone surrogates and
non-characters, huge strings, odd Unicode, ints at the 64-bit edges, wrong types, dates and
times at their extremes — go to every public method of SalesDesk, mixed with plausible
values so calls also reach deep into the writes. Each call either succeeds or raises one of
the services' own errors (ServiceError) whose message is one printable Chinese line; a
refused call changes nothing; and the file passes SQLite's integrity and foreign-key checks
after every call.

Derandomised (the same cases every run: the suite must not fail at random on someone
else's change) and bounded: MAX_EXAMPLES per entry point, about ten seconds in all.
"""
from __future__ import annotations

import datetime as dt
import inspect
import os
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salesdesk.core.customer import CustomerData
from salesdesk.core.lunar import DateSpec
from salesdesk.core.import_fields import ImportTable
from salesdesk.core.stages import Stage
from salesdesk.core.text import first_forbidden, printable
from salesdesk.services import SalesDesk, ServiceError
from salesdesk.services.agenda import AppointmentView
from salesdesk.services.area import Area
from salesdesk.services.contacts import ContactView
from salesdesk.services.customer_query import SORTS, CustomerQuery
from salesdesk.services.roster import DeletedCustomers
from salesdesk.services.todos import TodoView
from salesdesk.storage.models import ALL_MODELS

#: SALESDESK_HOSTILE_EXAMPLES=2000 explores further, with fresh random cases each run.
EXPLORE = int(os.environ.get("SALESDESK_HOSTILE_EXAMPLES", "0"))
MAX_EXAMPLES = EXPLORE or 100
#: Entry points that take no input, or only a callback / a context (nothing to feed).
NO_INPUT = {"batch", "reading_thread", "subscribe", "unsubscribe", "today", "this_week_start", "board_diagnoses",
            "overdue_prospects", "stuck_at_90", "lost_reasons", "duplicates.all_duplicates", "duplicates.last_merge",
            "customers.cities", "day.contact_intervals"}

# -- values -----------------------------------------------------------------------------------
HOSTILE_CHARS = list("\x00\x07\x08\t\n\r\x1b\x7f\x85\x9b\u2028\u2029\u202e\u2066\ufeff\u200b"
                     "\ufffe\uffff\ud800\udfff\ufdd0\u3000") + ["\U0001F600", "\U0010FFFF", "\U000E0001"]
EDGE_INTS = [0, -1, 1, 2, 3, 5, 6, 2**31, 2**53 + 1, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64, 10**30]

any_char = st.one_of(st.characters(exclude_categories=()), st.sampled_from(HOSTILE_CHARS))
texts = st.one_of(
    st.text(any_char, max_size=30),
    st.builds(lambda a, b, c: a + b + c, st.sampled_from(["何建国", "13812345678", "1", "", "2026-11-20"]),
              st.sampled_from(HOSTILE_CHARS), st.sampled_from(["", "李", "0"])),
    st.builds(lambda ch, n: ch * n, st.sampled_from(["何", "9", "\x1b", " ", "\ufffe"]),
              st.sampled_from([101, 501, 20001, 200_000])),
    st.sampled_from(["²", "١٢", "１３８１２３４５６７８", "-13812345678", "9" * 5000, "1e999999", "NaN", "-0",
                     "=HYPERLINK(\"x\")", "dial", "拨打", "电话", "p50", "A", "agent_name", "lost_reasons",
                     "cycle_default_days", "1,2,9", "grade_thresholds", "90,80,70,60",
                     "loyal_deals", "110105194912310021", "11010519491231002X"]),
)
#: An int of 5,000 digits (str() refuses it), built lazily: hypothesis reprs a sampled_from.
ints = st.one_of(st.sampled_from(EDGE_INTS), st.integers(), st.builds(lambda: 10**5000))
wrong = st.sampled_from([None, True, False, 1.5, float("nan"), float("inf"), -0.0, b"\x1b", [], [1], {}, {1: 2},
                         (), Decimal("NaN"), Decimal("1e999999"), object(), Stage.LOST, CustomerData()])
dates = st.one_of(st.dates(), st.sampled_from([dt.date.min, dt.date.max, dt.date(2026, 11, 23),
                                               dt.date(2026, 11, 24), dt.date(1900, 1, 1)]))
datetimes = st.one_of(
    st.datetimes(), st.datetimes(timezones=st.just(dt.timezone.utc)),
    st.sampled_from([dt.datetime.min, dt.datetime.max, dt.datetime(2026, 11, 23, 10, 0),
                     dt.datetime(2026, 11, 23, 10, 0, 1), dt.datetime(1999, 12, 31, 23, 59)]),
    st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2026, 11, 23, 9, 59)),
)
anything = st.one_of(texts, ints, wrong, dates, datetimes)

ids = st.one_of(st.integers(1, 4), anything)
text_arg = st.one_of(st.sampled_from(["", "何建国", "重疾险", "预算不足"]), texts, anything)
day_arg = st.one_of(st.none(), st.dates(dt.date(2025, 1, 1), dt.date(2026, 11, 23)), anything)
moment_arg = st.one_of(st.none(), st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2026, 11, 23, 10)), anything)
stage_arg = st.one_of(st.sampled_from(list(Stage)), anything)
money_arg = st.one_of(st.none(), st.sampled_from(["1000", "1,000.50", "¥30", "-5", "abc", 10**12]),
                      st.decimals(allow_nan=True), anything)
id_list = st.one_of(st.lists(ids, max_size=4), anything)
period_arg = st.one_of(st.sampled_from(["day", "week", "month", "quarter", "year", "custom"]), anything)
phones = st.one_of(st.sampled_from(["13812345678", "+86 139-0000-1111", "010-12345678", "１３８１２３４５６７８",
                                    "-13812345678", "12345", "0571-8888 8888"]), text_arg)
#: Lunar (and solar) dates: real ones, a 闰 month the year lacks, 三十 in a 29-day month, a day
#: 31, a month 13, wrong types in every part.
date_specs = st.one_of(
    st.builds(DateSpec, lunar=st.one_of(st.booleans(), anything), year=st.one_of(st.none(), st.integers(1890, 2110),
                                                                              anything),
              month=st.one_of(st.integers(-1, 14), anything), day=st.one_of(st.integers(-1, 32), anything),
              leap=st.one_of(st.booleans(), anything)),
    st.sampled_from([DateSpec(True, 1990, 5, 20, True), DateSpec(True, 2023, 2, 30, True), DateSpec(True, None, 12, 30),
                     DateSpec(True, 2024, 12, 30), DateSpec(False, None, 2, 29), DateSpec(True, 2026, 12, 1)]),
)
customer = st.one_of(
    st.builds(CustomerData, name=st.one_of(st.sampled_from(["何建国", "李秀英"]), text_arg), company=text_arg,
              mobile=phones, phone=phones, email=st.one_of(st.just("he@example.com"), text_arg), qq=text_arg,
              gender=st.one_of(st.sampled_from(["", "男", "女"]), text_arg), met_on=day_arg, birthday=day_arg,
              anniversary=day_arg, lunar_birthday=st.one_of(st.none(), date_specs, anything),
              referrer_id=st.one_of(st.none(), ids), notes=text_arg, first_impression=text_arg,
              value_grade=st.one_of(st.sampled_from(["", "A", "E"]), text_arg), tags=text_arg,
              relation_level=st.one_of(st.sampled_from(["潜在客户", "准客户"]), text_arg),
              marital_status=st.one_of(st.sampled_from(["", "已婚"]), text_arg),
              id_number=st.one_of(st.sampled_from(["", "11010519491231002X", "110105194912310021"]), text_arg),
              native_place=text_arg, home_address=text_arg),
    anything,
)

customer_query = st.one_of(
    st.builds(CustomerQuery, search=text_arg, grade=st.one_of(st.sampled_from(["", "A", "未分级"]), text_arg),
              level=st.one_of(st.sampled_from(["", "潜在客户"]), text_arg), tag=text_arg, city=text_arg,
              not_contacted_days=st.one_of(st.none(), st.integers(-1, 40000), anything),
              sort=st.one_of(st.sampled_from(SORTS), anything), descending=st.one_of(st.booleans(), anything)),
    st.none(), text_arg, anything)
deleted_record = st.one_of(
    st.builds(DeletedCustomers, ids=st.tuples(ids), names=st.just(("何建国",)), backup=st.none(),
              at=st.just(dt.datetime(2026, 11, 23)),
              snapshot=st.one_of(st.sampled_from(['{"columns": {}, "rows": {}, "nulled": []}', "{}", "[]",
                                                  '{"columns": {}, "rows": {"customer": [[1]]}, "nulled": []}',
                                                  '{"columns": {"x": []}, "rows": {"x": 5}, "nulled": [[1]]}']),
                                 text_arg)),
    anything)
future = st.datetimes(dt.datetime(2026, 11, 20), dt.datetime(2026, 12, 20))
appointment_views = st.builds(
    AppointmentView, id=ids, customer_id=st.one_of(st.none(), ids), customer_name=text_arg,
    prospect_id=st.one_of(st.none(), ids), start=st.one_of(future, moment_arg),
    minutes=st.one_of(st.just(60), anything), title=text_arg, place=text_arg, notes=text_arg)
todo_views = st.builds(
    TodoView, id=ids, text=text_arg, due=day_arg, important=st.one_of(st.booleans(), anything),
    urgent=st.one_of(st.booleans(), anything), customer_id=st.one_of(st.none(), ids), notes=text_arg,
    period=st.one_of(st.just(""), anything), progress=st.one_of(st.just(0), anything),
    done_at=st.one_of(st.none(), moment_arg), created_at=st.one_of(st.none(), moment_arg))


cells = st.one_of(st.none(), texts, st.sampled_from(["何建国", "13812345678", "示例公司", "2026-1-5", "农历八月十五",
                                                    45000, 1.5, True, dt.date(1990, 1, 1)]), ints, dates, anything)
import_tables = st.one_of(
    st.builds(lambda hs, rows, name: ImportTable(tuple(hs), tuple((i + 2, tuple(r)) for i, r in enumerate(rows)), name),
              st.lists(st.one_of(st.sampled_from(["姓名", "手机", "单位", "生日", "农历生日", "介绍人", "备注"]), texts),
                       min_size=1, max_size=4),
              st.lists(st.lists(cells, max_size=4), max_size=4), text_arg),
    anything)
mappings = st.one_of(st.none(), st.dictionaries(st.one_of(st.integers(-1, 4), anything),
                                                st.one_of(st.sampled_from(["name", "mobile", "notes", ""]), anything),
                                                max_size=3), anything)
duplicate_choice = st.one_of(st.sampled_from(["skip", "merge", "add"]), anything)


def call(*args, **kwargs):
    return st.tuples(st.tuples(*args), st.fixed_dictionaries(kwargs))


def optional(**kwargs):
    """Keyword arguments each present or left to its default."""
    return st.fixed_dictionaries({}, optional=kwargs)


CALLS = {
    "add_customer": st.tuples(st.tuples(customer), optional(allow_duplicate=st.one_of(st.booleans(), anything))),
    "update_customer": st.tuples(st.tuples(ids, customer), optional(loaded=st.one_of(customer, st.none()),
                                                                   allow_duplicate=st.one_of(st.booleans(), anything))),
    "get_customer": call(ids),
    "customer_name": call(ids),
    "find_customer": call(st.one_of(st.sampled_from(["1", "何建国", 2]), anything)),
    "list_customers": st.tuples(st.tuples(text_arg), optional(limit=st.one_of(st.just(5), anything),
                                                              offset=st.one_of(st.just(0), anything))),
    "count_customers": call(text_arg),
    "referrals_of": call(ids),
    "customer_position": st.tuples(st.tuples(ids), optional(search=text_arg)),
    "prospect_count": call(ids),
    "add_prospect": st.tuples(st.tuples(ids), optional(plan=text_arg, at=moment_arg)),
    "move_prospect": st.tuples(st.tuples(ids, stage_arg), optional(
        at=moment_arg, reason=text_arg, first_meeting=day_arg, criteria=st.one_of(st.lists(ids, max_size=3), anything),
        budget=money_arg, signing_date=day_arg, next_step=text_arg, signed=st.one_of(st.booleans(), anything),
        paid=money_arg, premium=money_arg, correction_of=st.one_of(st.none(), ids))),
    "update_prospect_facts": st.tuples(st.tuples(ids), optional(
        criteria=st.one_of(st.none(), st.lists(ids, max_size=5), anything), budget=money_arg, signing_date=day_arg,
        next_step=st.one_of(st.none(), text_arg))),
    "cycle_override": st.tuples(st.tuples(), optional(as_of=moment_arg)),
    "undo_move": call(ids),
    "undo_moves": call(id_list),
    "get_prospect": st.tuples(st.tuples(ids), optional(today=day_arg)),
    "prospects_of": call(ids),
    "open_prospects": st.tuples(st.tuples(), optional(include_won_since=day_arg)),
    "stage_history": call(ids),
    "log_activity": st.tuples(st.tuples(ids, st.one_of(st.sampled_from(["dial", "面谈"]), text_arg)),
                              optional(at=moment_arg, note=text_arg)),
    "add_contact": st.tuples(st.tuples(ids, st.one_of(st.sampled_from(["电话", "面谈"]), text_arg)), optional(
        at=moment_arg, subject=text_arg, purpose=text_arg, interest=st.one_of(st.none(), st.integers(0, 6), anything),
        summary=text_arg, needs=text_arg, result=st.one_of(st.sampled_from(["", "A", "F"]), text_arg),
        next_step=text_arg)),
    "contacts.list": st.tuples(st.tuples(ids), optional(limit=st.one_of(st.just(5), anything),
                                                        offset=st.one_of(st.just(0), anything))),
    "contacts.count": call(ids),
    "contacts.get": call(ids),
    "contacts.timeline": st.tuples(st.tuples(ids), optional(limit=st.one_of(st.just(5), anything),
                                                            offset=st.one_of(st.just(0), anything))),
    "contacts.timeline_count": call(ids),
    "contacts.add": st.tuples(st.tuples(ids, st.one_of(st.sampled_from(["电话", "拜访"]), text_arg)), optional(
        at=moment_arg, subject=text_arg, purpose=text_arg, interest=st.one_of(st.none(), st.integers(0, 6), anything),
        summary=text_arg, needs=text_arg, result=st.one_of(st.sampled_from(["", "a", "E", "F"]), text_arg),
        next_step=text_arg)),
    "contacts.edit": st.tuples(st.tuples(ids), optional(
        method=st.one_of(st.sampled_from(["微信", "信"]), text_arg), at=moment_arg, subject=text_arg,
        interest=st.one_of(st.none(), st.integers(0, 6), anything), summary=text_arg, needs=text_arg,
        result=st.one_of(st.sampled_from(["", "C", "F"]), text_arg), next_step=text_arg, purpose=text_arg)),
    "contacts.delete": call(ids),
    "contacts.restore": call(st.one_of(st.builds(
        ContactView, id=st.one_of(st.integers(1, 6), ids), customer_id=ids, at=moment_arg,
        method=st.one_of(st.just("电话"), text_arg), subject=text_arg, purpose=text_arg,
        interest=st.one_of(st.none(), st.integers(0, 6), anything), summary=text_arg, needs=text_arg,
        result=st.one_of(st.sampled_from(["", "A"]), text_arg), next_step=text_arg), anything)),
    "activities.get": call(ids),
    "activities.day_counts": st.tuples(st.tuples(), optional(day=day_arg)),
    "activities.delete": call(ids),
    "dates.list": call(ids),
    "dates.add": st.tuples(st.tuples(ids, st.one_of(st.just("孩子生日"), text_arg),
                                     st.one_of(date_specs, st.sampled_from(["农历闰四月初八", "3-18", "2-30"]), anything)),
                           optional(note=text_arg)),
    "dates.edit": st.tuples(st.tuples(ids), optional(label=text_arg, date=st.one_of(date_specs, text_arg),
                                                     note=text_arg)),
    "dates.delete": call(ids),
    "dates.upcoming": call(st.one_of(day_arg, st.sampled_from([dt.date(2026, 12, 25), dt.date(2099, 12, 31)])),
                           st.one_of(st.integers(-1, 400), anything)),
    "dates.next_birthday": call(ids, day_arg),
    "deal_durations": st.tuples(st.tuples(), optional(as_of=moment_arg)),
    "sales_cycle": st.tuples(st.tuples(), optional(as_of=moment_arg)),
    "weekly_table": st.tuples(st.tuples(), optional(day=day_arg)),
    "board_snapshot": st.tuples(st.tuples(), optional(won_since=day_arg)),
    "board_cards": st.tuples(st.tuples(), optional(ids=id_list, customers=id_list, today=day_arg,
                                                   cycle_days=st.one_of(st.none(), st.integers(-2, 4000), anything))),
    "send_back": st.tuples(st.tuples(id_list), optional(reason=text_arg)),
    "set_criteria_notes": call(ids, st.one_of(st.dictionaries(st.one_of(st.integers(0, 6), texts, ints, dates), text_arg,
                                                              max_size=3), anything)),
    "set_lost_reasons": call(st.one_of(st.lists(text_arg, max_size=4), anything)),
    "checked_lost_reasons": call(st.one_of(st.lists(text_arg, max_size=4), anything)),
    "set_setting": call(st.one_of(st.sampled_from(["agent_name", "cycle_default_days", "cycle_override_days",
                                                   "lost_reasons"]), anything),
                        st.one_of(st.sampled_from(["张三", "28", 0, "0"]), anything)),
    "set_settings": call(st.one_of(st.dictionaries(st.one_of(st.just("agent_name"), texts), anything, max_size=2),
                                   anything)),
    "setting": st.tuples(st.tuples(st.one_of(st.just("agent_name"), anything)), optional(default=anything)),
    "duplicates.likely_duplicates": st.tuples(st.tuples(customer), optional(exclude_id=st.one_of(st.none(), ids))),
    "duplicates.compare": call(ids, ids),
    "duplicates.merge": st.tuples(st.tuples(ids, ids), optional(choices=st.one_of(
        st.none(), st.dictionaries(st.one_of(st.sampled_from(["email", "notes", "birthday", "referrer_id", "name"]),
                                             texts), st.one_of(st.sampled_from(["keep", "other", "both"]), anything),
                                   max_size=3), anything))),
    "duplicates.undo_merge": call(ids),
    "duplicates.merged_into": call(ids),
    "duplicates.merges": st.tuples(st.tuples(), optional(limit=st.one_of(st.just(5), anything))),
    "customers.page": st.tuples(st.tuples(customer_query), optional(limit=st.one_of(st.just(5), anything),
                                                                    offset=st.one_of(st.just(0), anything))),
    "customers.count": call(customer_query),
    "customers.rows": call(id_list),
    "customers.position": call(ids, customer_query),
    "customers.show": st.tuples(st.tuples(ids), optional(on=day_arg)),
    "customers.delete": call(id_list),
    "customers.undo_delete": call(deleted_record),
    "referrals.referrer_of": call(ids),
    "referrals.referrals": call(ids),
    "referrals.tree": st.tuples(st.tuples(ids), optional(depth=st.one_of(st.integers(-1, 12), anything))),
    "referrals.value": call(ids),
    "settings_int": call(st.one_of(st.just("cycle_default_days"), anything), anything),
    # 统计 (services/stats.py)
    "stats.levels": call(),
    "stats.period": st.tuples(st.tuples(), optional(kind=period_arg, day=day_arg, end=day_arg)),
    "stats.ratios": st.tuples(st.tuples(), optional(period=period_arg, day=day_arg, end=day_arg)),
    "stats.report": st.tuples(st.tuples(), optional(period=period_arg, day=day_arg, end=day_arg)),
    "stats.funnel": st.tuples(st.tuples(), optional(start=day_arg, end=day_arg)),
    "stats.weekly_trend": st.tuples(st.tuples(), optional(start=day_arg, end=day_arg)),
    "stats.cycle_distribution": st.tuples(st.tuples(), optional(start=day_arg, end=day_arg)),
    "stats.pareto": st.tuples(st.tuples(), optional(start=day_arg, end=day_arg)),
    "stats.lost_counts": st.tuples(st.tuples(), optional(start=day_arg, end=day_arg)),
    "stats.forecast": st.tuples(st.tuples(), optional(day=day_arg)),
    "stats.forecast_prospects": st.tuples(st.tuples(st.one_of(st.sampled_from(["2026-11", "2026-13", "1900-01"]),
                                                              text_arg)), optional(day=day_arg)),
    "stats.plan": st.tuples(st.tuples(), optional(deals=st.one_of(st.none(), st.integers(-1, 200), anything),
                                                  premium=st.one_of(st.none(), money_arg), day=day_arg)),
    "imports.mapping_for": call(st.one_of(st.lists(texts, max_size=4), anything)),
    "imports.check": st.tuples(st.tuples(import_tables), optional(mapping=mappings)),
    "imports.run": st.tuples(st.tuples(import_tables), optional(
        mapping=mappings, on_duplicate=duplicate_choice,
        choices=st.one_of(st.none(), st.dictionaries(st.one_of(st.integers(0, 6), anything), duplicate_choice,
                                                     max_size=2), anything),
        skip_bad_rows=st.one_of(st.booleans(), anything), dry_run=st.one_of(st.booleans(), anything),
        announce=st.one_of(st.booleans(), anything))),
    "imports.announce": call(anything),
    "imports.undo_last": st.tuples(st.tuples(), optional(announce=st.one_of(st.booleans(), anything))),
    "imports.last_import": call(),
    "imports.export_table": st.tuples(st.tuples(), optional(query=st.one_of(st.none(), text_arg, customer_query))),
    "imports.remember_mapping": call(st.one_of(st.lists(texts, max_size=4), anything), mappings),
    # -- the agenda, to-dos and the day (services/agenda.py, todos.py, day.py)
    "agenda.add": st.tuples(st.tuples(st.one_of(st.none(), ids), st.one_of(future, moment_arg)), optional(
        minutes=st.one_of(st.sampled_from([60, 5, 4, 1441]), anything), title=text_arg,
        prospect_id=st.one_of(st.none(), ids), place=text_arg, notes=text_arg)),
    "agenda.edit": st.tuples(st.tuples(ids), optional(
        start=st.one_of(future, moment_arg), minutes=st.one_of(st.just(30), anything), title=text_arg,
        place=text_arg, notes=text_arg, customer_id=st.one_of(st.none(), ids), prospect_id=st.one_of(st.none(), ids))),
    "agenda.move": call(ids, st.one_of(future, moment_arg)),
    "agenda.resize": call(ids, st.one_of(st.sampled_from([30, 90, 0]), anything)),
    "agenda.delete": call(ids),
    "agenda.restore": call(st.one_of(appointment_views, anything)),
    "agenda.book_first_meeting": st.tuples(st.tuples(ids, st.one_of(future, moment_arg)),
                                           optional(minutes=st.one_of(st.just(45), anything))),
    "agenda.get": call(ids),
    "agenda.day": call(day_arg),
    "agenda.week": call(day_arg),
    "agenda.between": call(day_arg, day_arg),
    "agenda.check": st.tuples(st.tuples(st.one_of(st.none(), ids), st.one_of(future, moment_arg)), optional(
        minutes=st.one_of(st.just(60), anything), exclude=st.one_of(st.none(), ids))),
    "agenda.warnings": call(ids),
    "todos.add": st.tuples(st.tuples(text_arg), optional(
        due=day_arg, important=st.one_of(st.booleans(), anything), urgent=st.one_of(st.booleans(), anything),
        customer_id=st.one_of(st.none(), ids), notes=text_arg, period=st.one_of(st.sampled_from(["", "周", "旬"]), anything),
        period_start=day_arg, period_end=day_arg, progress=st.one_of(st.integers(-1, 101), anything))),
    "todos.edit": st.tuples(st.tuples(ids), optional(
        text=text_arg, due=day_arg, important=st.one_of(st.booleans(), anything), urgent=st.one_of(st.booleans(), anything),
        customer_id=st.one_of(st.none(), ids), notes=text_arg, period=st.one_of(st.sampled_from(["", "月"]), anything),
        period_start=day_arg, period_end=day_arg, progress=st.one_of(st.integers(-1, 101), anything))),
    "todos.set_quadrant": call(ids, st.one_of(st.sampled_from(["重要紧急", "不重要不紧急", "重要"]), anything)),
    "todos.done": call(ids),
    "todos.undone": call(ids),
    "todos.delete": call(ids),
    "todos.restore": call(st.one_of(todo_views, anything)),
    "todos.get": call(ids),
    "todos.open": st.tuples(st.tuples(), optional(customer_id=st.one_of(st.none(), ids))),
    "todos.done_list": st.tuples(st.tuples(), optional(limit=st.one_of(st.just(5), anything))),
    "todos.for_day": call(day_arg),
    "todos.due_on": call(day_arg),
    "day.overview": st.tuples(st.tuples(), optional(date=day_arg, days=st.one_of(st.none(), st.integers(-1, 400),
                                                                                   anything))),
    "day.upcoming_dates": call(day_arg, st.one_of(st.integers(-1, 400), anything)),
    "day.turning_overdue": st.tuples(st.tuples(day_arg), optional(cycle_days=st.one_of(st.none(), st.integers(-1, 40),
                                                                                       anything))),
    "day.stuck_at_90": call(day_arg),
    "day.not_contacted": st.tuples(st.tuples(day_arg), optional(limit=st.one_of(st.just(5), anything))),
    "day.activity_counts": call(day_arg),
    "reminders.occurrences": st.tuples(st.tuples(), optional(now=moment_arg)),
    "reminders.due": st.tuples(st.tuples(), optional(now=moment_arg)),
    "reminders.shown": call(st.one_of(st.sampled_from(["appt:1:2026-11-23T10:00", ""]), text_arg)),
    "reminders.snooze": call(st.one_of(st.just("todo:1:2026-11-23"), text_arg),
                             st.one_of(st.sampled_from(["10m", "1h", "tomorrow", "2h"]), anything)),
    # desk.grades (issue 11)
    "grades.thresholds": call(),
    "grades.loyal_deals": call(),
    "grades.premiums": call(),
    "grades.compute": st.tuples(st.tuples(), optional(thresholds=st.one_of(
        st.none(), st.sampled_from([(90, 80, 70, 60), (50, 40, 30, 20), "95,85,75,65", (60, 70, 80, 90)]), anything))),
    "grades.preview": st.tuples(st.tuples(st.one_of(st.booleans(), anything)), optional(thresholds=st.one_of(
        st.none(), st.sampled_from([(90, 80, 70, 60), "50,40,30,20"]), anything))),
    "grades.apply": st.tuples(st.tuples(), optional(overwrite_manual=st.one_of(st.booleans(), anything))),
    "grades.level_counts": call(),
    "grades.hand_set": call(ids),
    "grades.level_changes": st.tuples(st.tuples(), optional(
        since=st.one_of(day_arg, moment_arg), customer_id=st.one_of(st.none(), ids),
        limit=st.one_of(st.just(10), anything))),
    "grades.deal_summary": call(ids),
    "grades.set_deal_summary": st.tuples(st.tuples(ids), optional(reason=text_arg, lessons=text_arg)),
    "grades.deal_reasons": st.tuples(st.tuples(), optional(start=day_arg, end=day_arg)),
    # desk.data_folder (issue 15): never an existing folder (a move there would succeed, for real)
    "data_folder.move": call(st.one_of(st.sampled_from(["", " ", "relative/folder", "/nonexistent/salesdesk",
                                                        "~nobody-here/x", "/nonexistent/\x00", "/\ud800"]),
                                       texts, anything).filter(lambda t: not _is_folder(t))),
}


def _is_folder(value) -> bool:
    try:
        return isinstance(value, (str, os.PathLike)) and os.path.isdir(os.path.expanduser(value))
    except (ValueError, OSError, RuntimeError):
        return False

TABLES = tuple(m._meta.table_name for m in ALL_MODELS)
outcomes = {"calls": 0, "succeeded": 0, "refused": 0}


def public_entry_points() -> list[str]:
    """SalesDesk's own methods, and each area's as ``area.method`` (services/area.py)."""
    from salesdesk.services.desk import AREAS, _load_areas

    _load_areas()
    names = [n for n, f in inspect.getmembers(SalesDesk, inspect.isfunction) if not n.startswith("_")]
    base = {n for n, f in inspect.getmembers(Area, inspect.isfunction)}
    for area_name, cls in AREAS.items():
        names += [f"{area_name}.{n}" for n, f in inspect.getmembers(cls, inspect.isfunction)
                  if not n.startswith("_") and n not in base]
    return sorted(names)


def entry_point(desk, method: str):
    target = desk
    for part in method.split("."):
        target = getattr(target, part)
    return target


def test_every_public_entry_point_with_input_is_fed():
    """A new entry point joins CALLS (or NO_INPUT): hostile input is part of its contract."""
    missing = sorted(set(public_entry_points()) - NO_INPUT - set(CALLS))
    assert missing == [], (
        f"new SalesDesk entry point(s) {missing}: add each to CALLS in {__file__} with strategies for its "
        "arguments (hostile values mixed with plausible ones), or to NO_INPUT if it takes none")


def dump(desk) -> dict:
    return {t: desk.db.execute_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in TABLES}


@pytest.fixture
def seeded(desk):
    a = desk.add_customer(CustomerData(name="何建国", mobile="13812345678"))
    b = desk.add_customer(CustomerData(name="李秀英", referrer_id=a))
    desk.add_prospect(a, "重疾险", at=dt.datetime(2026, 11, 2, 9))
    p = desk.add_prospect(b, "年金险", at=dt.datetime(2026, 11, 2, 9))
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=dt.date(2026, 11, 4), at=dt.datetime(2026, 11, 3, 9))
    for cid in (a, b):  # records for the contact log's and the activity log's edits and deletes to reach
        desk.contacts.add(cid, "电话", at=dt.datetime(2026, 11, 20, 9), subject="约时间", interest=3, result="B")
        desk.log_activity(cid, "dial", at=dt.datetime(2026, 11, 20, 9))
    lost = desk.add_prospect(a, "意外险", at=dt.datetime(2026, 11, 2, 9))  # one that takes a 交易总结
    desk.move_prospect(lost, Stage.LOST, reason="预算不足", at=dt.datetime(2026, 11, 3, 9))
    return desk


@pytest.mark.parametrize("method", sorted(CALLS))
def test_hostile_values_are_answered_or_refused_with_a_service_error(seeded, method):
    desk = seeded

    @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=not EXPLORE, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                     HealthCheck.data_too_large, HealthCheck.filter_too_much])
    @given(CALLS[method])
    def check(arguments):
        args, kwargs = arguments
        before = dump(desk)
        outcomes["calls"] += 1
        try:
            entry_point(desk, method)(*args, **kwargs)
        except ServiceError as exc:
            outcomes["refused"] += 1
            message = str(exc)
            assert message and printable(message) == message, f"{method}: message not one clean line: {message!r}"
            assert any("\u4e00" <= ch <= "\u9fff" for ch in message), f"{method}: not Chinese: {message!r}"
            assert dump(desk) == before, f"{method} refused but changed the file"
        else:
            outcomes["succeeded"] += 1
            stored = [v for rows in dump(desk).values() for row in rows for v in row if isinstance(v, str)]
            assert not [v for v in stored if first_forbidden(v, multiline=True)], f"{method} stored a control character"
        assert desk.db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert desk.db.execute_sql("PRAGMA foreign_key_check").fetchall() == []

    check()
