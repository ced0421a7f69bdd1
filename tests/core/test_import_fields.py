"""Headers recognised in Chinese and English, and cells read as dates, lunar dates, phones."""
import datetime as dt

import pytest

from salesdesk.core.import_fields import fold_header, guess_field, guess_mapping
from salesdesk.core.import_rows import read_row
from salesdesk.core.lunar import DateSpec
from salesdesk.core.import_values import BadCell, cell_text, lunar_text, parse_date, parse_lunar

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("header,field", [
    ("姓名", "name"), ("名字", "name"), ("客户姓名", "name"), ("Name", "name"), (" NAME ", "name"),
    ("手机", "mobile"), ("手机号", "mobile"), ("手机号码（必填）", "mobile"), ("Mobile", "mobile"), ("Cell Phone", "mobile"),
    ("单位", "company"), ("公司", "company"), ("Company", "company"), ("工作单位", "company"),
    ("职务", "title"), ("职位", "title"), ("Title", "title"), ("Job Title", "title"),
    ("生日", "birthday"), ("出生日期", "birthday"), ("Birthday", "birthday"), ("Date of Birth", "birthday"),
    ("农历生日", "lunar_birthday"), ("阴历生日", "lunar_birthday"),
    ("来源", "source"), ("Source", "source"), ("客户来源", "source"),
    ("介绍人", "referrer"), ("推荐人", "referrer"), ("Referred by", "referrer"),
    ("备注", "notes"), ("Notes", "notes"), ("Remarks", "notes"),
    ("E-mail", "email"), ("邮箱：", "email"), ("ＱＱ", "qq"), ("微信号", "wechat"),
])
def test_headers_in_chinese_and_english_name_their_field(header, field):
    assert guess_field(header) == field


@pytest.mark.parametrize("header", ["", None, "序号", "行号", "原因", "随便什么"])
def test_unknown_headers_are_left_out(header):
    assert guess_field(header) is None


def test_each_field_takes_the_first_column_naming_it_and_remembered_choices_win():
    headers = ["序号", "客户姓名", "姓名", "手机号", "Company", "说明"]
    assert guess_mapping(headers) == {1: "name", 3: "mobile", 4: "company", 5: "notes"}
    remembered = {fold_header("说明"): "", fold_header("序号"): "wechat"}
    assert guess_mapping(headers, remembered) == {0: "wechat", 1: "name", 3: "mobile", 4: "company"}


@pytest.mark.parametrize("value", ["2026-1-5", "2026/01/05", "2026.1.5", "2026年1月5日", "2026年1月5号", "20260105",
                                   "２０２６-１-５", "2026-01-05 00:00:00", 46027, 46027.0,
                                   dt.datetime(2026, 1, 5), dt.date(2026, 1, 5)])
def test_dates_as_text_or_excel_serials(value):
    assert parse_date(value) == dt.date(2026, 1, 5)


@pytest.mark.parametrize("value", ["2026-2-30", "明天", "5/1", 0, -3, 10**9, True])
def test_what_is_not_a_date_says_so(value):
    with pytest.raises(BadCell) as exc:
        parse_date(value)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(exc.value))


@pytest.mark.parametrize("text,expected", [
    ("8-15", (None, 8, 15, False)), ("1990-闰5-20", (1990, 5, 20, True)), ("L5-3", (None, 5, 3, True)),
    ("农历八月十五", (None, 8, 15, False)), ("1990年农历闰四月初八", (1990, 4, 8, True)), ("腊月三十", (None, 12, 30, False)),
    ("冬月廿三", (None, 11, 23, False)), ("正月初一", (None, 1, 1, False)), ("农历十一月二十", (None, 11, 20, False)),
    ("农历8-15", (None, 8, 15, False)), (dt.datetime(1990, 8, 15), (1990, 8, 15, False)),
])
def test_lunar_birthdays_in_the_spec_form_or_in_words(text, expected):
    assert parse_lunar(text) == expected


@pytest.mark.parametrize("text", ["13-1", "8-31", "农历十三月初一", "八月", 815])
def test_impossible_lunar_dates_are_refused(text):
    with pytest.raises(BadCell):
        parse_lunar(text)


def test_the_exported_lunar_form_reads_back():
    for value in [(None, 8, 15, False), (1990, 5, 20, True)]:
        assert parse_lunar(lunar_text(*value)) == value


def test_a_phone_the_spreadsheet_made_a_number_reads_as_its_digits():
    assert cell_text(13812345678.0) == "13812345678"
    assert cell_text(13812345678) == "13812345678"


def test_a_row_becomes_a_card_with_its_phone_normalised_and_each_problem_named():
    mapping = {0: "name", 1: "mobile", 2: "birthday", 3: "email"}
    card = read_row(2, ("何建国", "+86 138-1234-5678", "1980年3月5日", "he@example.com"), mapping, TODAY)
    assert card.errors == {}
    assert (card.data.name, card.data.mobile, card.data.birthday) == ("何建国", "13812345678", dt.date(1980, 3, 5))
    bad = read_row(3, ("", "12345", "明天", "not-mail"), mapping, TODAY)
    assert set(bad.errors) == {"name", "mobile", "birthday", "email"}


def test_a_birthday_column_that_says_nongli_holds_a_lunar_birthday():
    card = read_row(2, ("何建国", "农历八月十五"), {0: "name", 1: "birthday"}, TODAY)
    assert card.errors == {} and card.data.birthday is None
    assert card.data.lunar_birthday == DateSpec(True, None, 8, 15, False)


@pytest.mark.parametrize("text,reason", [("2023-闰3-1", "没有闰三月"), ("2026-12-30", "只有二十九天"), ("13-1", "")])
def test_a_lunar_date_that_year_does_not_have_is_that_rows_problem(text, reason):
    card = read_row(2, ("何建国", text), {0: "name", 1: "lunar_birthday"}, TODAY)
    assert reason in card.errors["lunar_birthday"]


def test_lunar_birthdays_in_words_and_date_cells_reach_the_card():
    for value, spec in (("1990年农历闰四月初八", None), ("农历1990年闰五月二十", DateSpec(True, 1990, 5, 20, True)),
                        (dt.datetime(1990, 8, 15), DateSpec(True, 1990, 8, 15, False))):
        card = read_row(2, ("何建国", value), {0: "name", 1: "lunar_birthday"}, TODAY)
        if spec is None:  # 1990 had no 闰四月 (its leap month was the fifth)
            assert "闰四月" in card.errors["lunar_birthday"]
        else:
            assert card.errors == {} and card.data.lunar_birthday == spec


def test_a_birthday_in_both_calendars_is_a_problem():
    card = read_row(2, ("何建国", "1980-3-5", "8-15"), {0: "name", 1: "birthday", 2: "lunar_birthday"}, TODAY)
    assert "lunar_birthday" in card.errors
