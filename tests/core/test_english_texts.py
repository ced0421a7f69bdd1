"""What an English user reads from core: validation messages with the value typed, and the
method's names (stages, levels, quadrants) through the display helpers."""
import pytest

from english import chinese
from salesdesk.core.customer import CustomerData, InvalidCustomer, field_label, level_label, validate
from salesdesk.core.idcard import BadIdNumber
from salesdesk.core.idcard import validate as validate_id
from salesdesk.core.levels import reason_for, shown_reason
from salesdesk.core.money import BadAmount, parse_money
from salesdesk.core.quadrants import period_label, quadrant_label
from salesdesk.core.stages import Stage, UnknownStage, column_label, parse_stage, stage_label


def test_a_bad_mobile_reads_english_and_carries_the_value(english):
    with pytest.raises(InvalidCustomer) as caught:
        validate(CustomerData(name="Zhang Wei", mobile="12345"))
    message = caught.value.errors["mobile"]
    assert message == 'Mobile number "12345" is not valid (11 digits, e.g. 13812345678)'
    assert chinese([str(caught.value)]) == []


def test_every_bad_field_is_named_in_english(english):
    with pytest.raises(InvalidCustomer) as caught:
        validate(CustomerData(name="", email="zhang@", qq="12", gender="x", notes="a\x1bb"))
    errors = caught.value.errors
    assert errors["name"] == "The name cannot be empty"
    assert errors["email"] == 'Email "zhang@" is not valid (e.g. name@example.com)'
    assert "Notes contains an invisible control character (ESC)" in errors["notes"]
    assert chinese(errors.values()) == []


def test_a_bad_date_names_the_field_in_english(english):
    with pytest.raises(InvalidCustomer) as caught:
        validate(CustomerData(name="Zhang Wei", birthday="1990-13-01"))
    assert caught.value.errors["birthday"] == 'Birthday "1990-13-01" is not a valid date; use YYYY-MM-DD'


def test_the_same_mobile_error_stays_chinese_by_default():
    with pytest.raises(InvalidCustomer) as caught:
        validate(CustomerData(name="Zhang Wei", mobile="12345"))
    assert caught.value.errors["mobile"].startswith("手机号码“12345”")


def test_stage_names_through_the_helpers(english):
    assert stage_label(Stage.OPPORTUNITY) == "Opportunity"
    assert stage_label("appointment") == "First meeting booked"
    assert Stage.WON.shown_label == "Won"
    assert column_label(Stage.P25) == "3-(25%)"
    assert column_label(Stage.OPPORTUNITY) == "1-Opportunity"
    assert Stage.OPPORTUNITY.label == "销售机会"  # what is stored and parsed stays Chinese


def test_an_unknown_stage_is_refused_in_english(english):
    with pytest.raises(UnknownStage, match='Unknown stage "maybe"; use one of: opportunity, appointment'):
        parse_stage("maybe")
    assert parse_stage("First meeting booked") == Stage.APPOINTMENT


def test_levels_quadrants_and_periods_in_english(english):
    assert [level_label(v) for v in ("潜在客户", "目标客户", "准客户", "成交客户", "忠诚客户")] == [
        "Potential", "Target", "Qualified", "Customer", "Loyal"]
    assert quadrant_label("重要紧急") == "Important & urgent"
    assert quadrant_label("不重要不紧急") == "Neither"
    assert [period_label(p) for p in "日周月季年"] == ["Day", "Week", "Month", "Quarter", "Year"]
    assert field_label("mobile") == "Mobile"


def test_a_stored_level_reason_is_shown_in_english(english):
    assert shown_reason(reason_for(Stage.P50)) == 'A prospect reached "50%"'
    assert shown_reason(reason_for(Stage.APPOINTMENT)) == 'A prospect reached "First meeting booked"'
    assert shown_reason(reason_for(Stage.WON, 1)) == "First deal"
    assert shown_reason(reason_for(Stage.WON, 3)) == "Deal number 3"
    assert shown_reason("set by the agent") == "set by the agent"


def test_stored_reasons_stay_chinese():
    assert reason_for(Stage.P50) == "潜在客户进入“50%”"
    assert shown_reason(reason_for(Stage.P50)) == "潜在客户进入“50%”"


def test_money_and_id_errors_in_english(english):
    with pytest.raises(BadAmount, match='Amount "abc" is not a valid number'):
        parse_money("abc")
    with pytest.raises(BadIdNumber, match=r"The ID number must have 18 characters \(it has 5\)"):
        validate_id("12345")


def test_a_lunar_birthday_is_shown_in_english_form(english):
    import datetime as dt

    from salesdesk.core.lunar import DateSpec, both_calendars, format_spec, parse_date_spec, spec_input_text

    mid_autumn = DateSpec(True, None, 8, 15)
    assert format_spec(mid_autumn) == "lunar 8/15"
    assert format_spec(DateSpec(True, 1990, 4, 1, True)) == "lunar leap 4/1, 1990"
    assert format_spec(DateSpec(False, None, 5, 20)) == "May 20"
    assert format_spec(DateSpec(False, 1990, 5, 20)) == "1990-05-20"
    assert both_calendars(mid_autumn, dt.date(2026, 3, 1)) == "lunar 8/15 (Sep 25)"
    assert spec_input_text(DateSpec(True, 1990, 5, 20, True)) == "1990-L5-20"
    assert parse_date_spec("lunar leap 4/1") == DateSpec(True, None, 4, 1, True)
    assert parse_date_spec(spec_input_text(DateSpec(True, 1990, 5, 20, True)), lunar=True) == \
        DateSpec(True, 1990, 5, 20, True)


def test_a_lunar_date_stays_chinese_by_default():
    import datetime as dt

    from salesdesk.core.lunar import DateSpec, both_calendars

    assert both_calendars(DateSpec(True, None, 8, 15), dt.date(2026, 3, 1)) == "农历八月十五（今年 9月25日）"


def test_a_bad_lunar_date_is_refused_in_english(english):
    from salesdesk.core.lunar import DateSpec, check_spec, parse_date_spec

    with pytest.raises(ValueError, match='Lunar birthday "abc" is not a valid date; use'):
        parse_date_spec("abc", lunar=True, label="农历生日")
    with pytest.raises(ValueError, match=r"Lunar birthday: lunar 2026 has no leap month 4 \(that year"):
        check_spec(DateSpec(True, 2026, 4, 1, True), "农历生日")


def test_a_board_diagnosis_reads_english(english):
    import datetime as dt

    from salesdesk.core.diagnosis import BoardEntry, diagnose

    entries = [BoardEntry(1, "Zhang Wei", Stage.OPPORTUNITY), BoardEntry(2, "Li Na", Stage.P90,
                                                                       dt.date(2026, 1, 5), dt.date(2026, 2, 1))]
    found = diagnose(entries, dt.date(2026, 3, 1), 60)
    assert [d.title for d in found][:1] == ["Dry top"]
    for d in found:
        assert chinese([d.title, d.finding, d.action]) == [], d


def test_a_refused_move_names_what_is_missing_in_english(english):
    import datetime as dt

    from salesdesk.core.rules import ProspectFacts, check_move, criterion_label, shown_criteria_text

    facts = ProspectFacts(stage=Stage.P25, first_meeting=dt.date(2026, 2, 1), criteria=frozenset({1, 3}))
    refused = check_move(facts, Stage.P50, dt.date(2026, 3, 1), 60)
    assert refused.refusal.startswith('Cannot move to "50%": missing ')
    assert "Budget fits (fill in: Budget amount)" in refused.refusal
    assert chinese([refused.refusal, *map(str, refused.missing)]) == []
    back = check_move(facts, Stage.APPOINTMENT, dt.date(2026, 3, 1), 60)
    assert back.refusal == 'Give a reason to move back to "First meeting booked"'
    assert criterion_label(1) == "Right person"
    assert shown_criteria_text({1, 3}) == "1. Right person, 3. Budget fits"


def test_the_ratio_game_advice_and_plan_read_english(english):
    import datetime as dt

    from salesdesk.core.stats import PeriodKind, advice, count_label, period_of

    week = period_of(PeriodKind.WEEK, dt.date(2026, 3, 4))
    assert week.label == "2026-03-02 to 2026-03-08"
    assert PeriodKind.QUARTER.label == "Quarter"
    assert count_label("dial") == "Dials"

    class Empty:
        counts = {}

    assert advice(Empty()).startswith("Nothing recorded in this period yet")


def test_lunar_month_and_day_names_for_a_picker(english):
    from salesdesk.core.lunar import lunar_day_name, lunar_month_name

    assert lunar_month_name(5) == "month 5" and lunar_month_name(4, True) == "leap month 4"
    assert lunar_day_name(1) == "1" and lunar_day_name(30) == "30"


def test_the_ratio_count_meet_reads_meetings(english):
    from salesdesk.core.customer import shown_value
    from salesdesk.core.stats import count_label

    assert count_label("meet") == "Meetings"
    assert shown_value("面谈") == "Meeting"  # the contact method
