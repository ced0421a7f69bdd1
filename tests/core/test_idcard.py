"""身份证号码: check digit (GB 11643), birth date, normalising and masking (invented numbers)."""
import datetime as dt

import pytest

from salesdesk.core import idcard
from salesdesk.core.customer import CustomerData, InvalidCustomer, validate

TODAY = dt.date(2026, 11, 23)


def with_check(first17: str) -> str:
    return first17 + idcard.check_digit(first17)


def test_the_check_digit_follows_the_standard_weights_and_map():
    # The standard's own worked example: 11010519491231002 -> X.
    assert idcard.check_digit("11010519491231002") == "X"
    # weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 through 1 0 X 9 8 7 6 5 4 3 2
    digits = "33010619900307123"
    total = sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)))
    assert idcard.check_digit(digits) == "10X98765432"[total % 11]


@pytest.mark.parametrize("typed", ["11010519491231002X", "11010519491231002x", "１１０１０５１９４９１２３１００２ｘ",
                                   " 110105 19491231 002X "])
def test_a_valid_number_is_normalised_to_eighteen_ascii_characters_with_a_capital_x(typed):
    assert idcard.validate(typed, TODAY) == "11010519491231002X"


@pytest.mark.parametrize("typed,message", [
    ("11010519491231002", "应为 18 位（现在是 17 位）"),
    ("1101051949123100211", "应为 18 位"),
    ("11010519491231002Y", "最后一位应为数字或 X"),
    ("1101051949123100X2", "前 17 位应为数字"),
    ("110105194902300021", "出生日期 19490230 不是有效日期"),
    ("110105189912310021", "出生日期 1899-12-31 不合理"),
    ("110105203001010021", "出生日期 2030-01-01 不合理"),
    ("110105194912310021", "校验位不对"),
])
def test_a_wrong_number_is_refused_saying_what_is_wrong(typed, message):
    with pytest.raises(idcard.BadIdNumber, match=message):
        idcard.validate(typed, TODAY)


def test_every_wrong_check_digit_is_refused_and_only_the_right_one_passes():
    first17 = "33010619900307123"
    right = idcard.check_digit(first17)
    for last in "0123456789X":
        assert idcard.is_valid(first17 + last, TODAY) == (last == right)


def test_a_birth_date_on_the_twenty_ninth_of_february_is_valid_only_in_a_leap_year():
    assert idcard.is_valid(with_check("33010620000229123"), TODAY)
    assert not idcard.is_valid(with_check("33010619990229123"), TODAY)


def test_the_mask_shows_the_first_and_last_four():
    assert idcard.mask("330106199003071234") == "3301**********1234"
    assert idcard.mask("") == ""
    assert idcard.mask("1234567") == "*******"  # nothing short leaks whole


def test_the_card_stores_the_number_normalised_and_refuses_a_wrong_one():
    data = validate(CustomerData(name="何建国", id_number="11010519491231002x", marital_status="已婚",
                                 native_place=" 浙江杭州 ", home_address="杭州市西湖区文三路 1 号"), TODAY)
    assert (data.id_number, data.native_place, data.marital_status) == ("11010519491231002X", "浙江杭州", "已婚")
    with pytest.raises(InvalidCustomer) as bad:
        validate(CustomerData(name="何建国", id_number="110105194912310021", marital_status="同居"), TODAY)
    assert bad.value.errors == {"id_number": "身份证号码校验位不对，请核对后重新输入",
                                "marital_status": "婚姻状况只能是 未婚、已婚、离异 或 丧偶"}
    with pytest.raises(InvalidCustomer) as bad:
        validate(CustomerData(name="何建国", native_place="杭州\x1b[31m"), TODAY)
    assert list(bad.value.errors) == ["native_place"] and bad.value.errors["native_place"].startswith("籍贯")
