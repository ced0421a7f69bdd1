"""The card's validation: control characters, phones, dates and types (all invented data)."""
from __future__ import annotations

import datetime as dt

import pytest

from salesdesk.core.customer import CustomerData, InvalidCustomer, valid_mobile, validate
from salesdesk.core.text import BadText, check_line, check_text, printable, xml_safe

TODAY = dt.date(2026, 11, 23)

#: What a paste, a terminal or a hostile script can slip into a one-line field.
CONTROLS = {
    "ESC": "\x1b[31m", "CR": "\r", "LF": "\n", "TAB": "\t", "BEL": "\x07", "BS": "\x08", "NUL": "\x00",
    "DEL": "\x7f", "NEL": "\x85", "CSI": "\x9b", "LINE SEPARATOR": "\u2028", "RLO": "\u202e",
    "U+FFFE": "\ufffe", "U+FFFF": "\uffff", "lone surrogate": "\ud800", "U+FDD0": "\ufdd0",
}


def errors_of(**fields) -> dict[str, str]:
    with pytest.raises(InvalidCustomer) as bad:
        validate(CustomerData(**{"name": "何建国", **fields}), TODAY)
    return bad.value.errors


def stored(**fields) -> CustomerData:
    return validate(CustomerData(**{"name": "何建国", **fields}), TODAY)


@pytest.mark.parametrize("what", CONTROLS)
@pytest.mark.parametrize("field,label", [("name", "姓名"), ("company", "公司"), ("address", "地址"),
                                         ("tags", "标签"), ("source", "认识来源")])
def test_a_control_character_inside_a_one_line_field_is_refused_naming_the_field(field, label, what):
    errors = errors_of(**{field: f"宏达{CONTROLS[what]}贸易"})
    assert list(errors) == [field]
    assert errors[field].startswith(label)
    assert all(ch not in errors[field] for ch in CONTROLS[what])  # the message itself is clean


def test_the_message_names_the_character():
    assert "ESC" in errors_of(name="何\x1b[2J建国")["name"]
    assert "只能写一行" in errors_of(company="宏达\n贸易")["company"]
    assert "U+FFFE" in errors_of(name="何\ufffe建国")["name"]


def test_leading_and_trailing_white_space_and_invisible_marks_are_trimmed_not_refused():
    data = stored(name="\ufeff 何建国\t\r\n", company="宏\u200b达")
    assert (data.name, data.company) == ("何建国", "宏达")


def test_notes_keep_their_lines_written_as_lf_and_tabs_become_spaces():
    data = stored(notes="第一行\r\n第二行\r第三行\u2028第四行\t完", first_impression="稳重\n守时")
    assert data.notes == "第一行\n第二行\n第三行\n第四行 完"
    assert data.first_impression == "稳重\n守时"


@pytest.mark.parametrize("bad", ["\x1b[31m", "\x00", "\x07", "\x08", "\ufffe", "\ud800", "\u202e"])
def test_notes_refuse_every_other_control_character(bad):
    assert errors_of(notes=f"喜欢钓鱼{bad}")["notes"].startswith("备注")


def test_a_text_field_that_is_not_text_is_refused_not_crashed():
    errors = errors_of(company=12345, notes=["a"])
    assert errors == {"company": "公司应为文字", "notes": "备注应为文字"}


@pytest.mark.parametrize("typed", [
    "13812345678", "138-1234-5678", "138 1234 5678", "+86 13812345678", "+86-138-1234-5678",
    "0086 13812345678", "8613812345678", "１３８１２３４５６７８", "١٣٨١٢٣٤٥٦٧٨", "-13812345678",
    "（+86）138－1234－5678",
])
def test_every_way_of_writing_one_mobile_is_stored_as_its_eleven_digits(typed):
    assert stored(mobile=typed).mobile == "13812345678"
    assert stored(phone=typed).phone == "13812345678"


@pytest.mark.parametrize("typed,kept", [
    ("010-12345678", "010-12345678"), ("(010)12345678", "010-12345678"), ("010 1234 5678", "010-12345678"),
    ("0571-8888 8888", "0571-88888888"), ("+86 571 8888 8888", "0571-88888888"),
    ("０５７１－８８８８８８８８", "0571-88888888"), ("010-12345678转123", "010-12345678转123"),
    ("010-12345678-123", "010-12345678转123"), ("010-12345678 ext. 9", "010-12345678转9"),
    ("88888888", "88888888"), ("400-820-8820", "400-820-8820"), ("+1 650 253 0000", "+16502530000"),
])
def test_landlines_are_accepted_and_stored_in_one_form(typed, kept):
    assert stored(phone=typed).phone == kept


@pytest.mark.parametrize("typed", ["12345", "abc", "13812345678abc", "1381234567890123", "010-1234",
                                   "+86 12345", "110", "138\u30001234", "1" * 200])
def test_garbage_phones_are_refused_in_chinese(typed):
    errors = errors_of(mobile=typed, phone=typed)
    assert errors["mobile"].startswith("手机") and errors["phone"].startswith("电话")


def test_a_landline_is_no_mobile():
    assert "mobile" in errors_of(mobile="010-12345678")
    assert not valid_mobile("010-12345678") and valid_mobile("１３８１２３４５６７８")


def test_full_width_qq_digits_count_as_digits():
    assert stored(qq="１２３４５６７").qq == "1234567"


@pytest.mark.parametrize("field", ["met_on", "birthday", "anniversary"])
def test_dates_lie_between_1900_and_today(field):
    assert getattr(stored(**{field: TODAY}), field) == TODAY
    for bad in (dt.date(9999, 12, 31), TODAY + dt.timedelta(days=1), dt.date(1899, 12, 31), dt.date.min):
        assert field in errors_of(**{field: bad})


def test_a_date_given_as_text_or_a_datetime_is_read_and_garbage_refused():
    data = stored(met_on="2020-05-04", birthday=dt.datetime(1980, 1, 2, 15, 0))
    assert (data.met_on, data.birthday) == (dt.date(2020, 5, 4), dt.date(1980, 1, 2))
    assert "不是有效日期" in errors_of(met_on="2020-02-30")["met_on"]
    assert errors_of(met_on=20200504)["met_on"] == "认识时间应为日期"


def test_a_referrer_id_past_sqlite_integers_is_refused():
    assert "referrer_id" in errors_of(referrer_id=2**63)
    assert "referrer_id" in errors_of(referrer_id=-1)
    assert "referrer_id" in errors_of(referrer_id="7")


def test_every_error_is_reported_at_once():
    errors = errors_of(name="", mobile="12", met_on=dt.date(9999, 12, 31), company="a\x1bb")
    assert set(errors) == {"name", "mobile", "met_on", "company"}


def test_text_helpers():
    assert check_line("  何建国 ", "姓名", 10) == "何建国"
    with pytest.raises(BadText, match="姓名太长"):
        check_line("何" * 11, "姓名", 10)
    assert check_text("a\r\nb", "备注") == "a\nb"
    assert printable("a\x1b[31mb\ufffe\nc") == "a[31mbc"
    assert xml_safe("何\ufffe\x00建\ud800国\tA\n") == "何建国\tA\n"
