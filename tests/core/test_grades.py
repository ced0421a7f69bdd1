"""价值分级 A–E from premium rank (SPEC §5) on constructed distributions."""
from decimal import Decimal

import pytest

from salesdesk.core.grades import (BadThresholds, grade_all, grade_counts, parse_thresholds)


def grades(premiums, thresholds=(90, 80, 70, 60)):
    out = grade_all(dict(enumerate(premiums, 1)), thresholds)
    return "".join(out[i] for i in range(1, len(premiums) + 1))


def test_ten_customers_give_one_a_one_b_one_c_one_d_and_six_e():
    assert grades([1000, 900, 800, 700, 600, 500, 400, 300, 200, 100]) == "ABCDEEEEEE"


def test_a_hundred_customers_split_ten_by_ten():
    premiums = [Decimal(1000 - i) for i in range(100)]
    counts = grade_counts(grade_all(dict(enumerate(premiums)), (90, 80, 70, 60)))
    assert counts == {"A": 10, "B": 10, "C": 10, "D": 10, "E": 60}


def test_customers_without_premium_are_e_and_do_not_count_in_the_ranking():
    # Two customers with premium among many without: the best is A, the other one's
    # percentile is 50 (half the ranked have premium at or below theirs): E.
    assert grades([500, None, 0, 300, Decimal("0.00"), -5]) == "AEEEEE"


def test_the_only_customer_with_premium_is_a():
    assert grades([Decimal("0.01")]) == "A"


def test_equal_premiums_share_the_best_grade_among_them():
    # Ranks 1, 2, 2, 4…: the two at 900 both have one customer above them: B.
    assert grades([1000, 900, 900, 700, 600, 500, 400, 300, 200, 100]) == "ABBDEEEEEE"
    # A tie straddling the A line: all three get A.
    assert grades([1000, 1000, 1000, 700, 600, 500, 400, 300, 200, 100]) == "AAADEEEEEE"
    assert grades([50] * 7) == "AAAAAAA"


def test_thresholds_are_editable():
    # 50/40/30/20: the top half is A.
    assert grades([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], (50, 40, 30, 20)) == "AAAAABCDEE"


def test_three_customers_with_premium():
    assert grades([3000, 2000, 1000]) == "ADE"


@pytest.mark.parametrize("text", ["90,80,70", "90,80,80,60", "60,70,80,90", "100,80,70,60", "90,80,70,0",
                                  "a,b,c,d", "90,80,70,60,50", ""])
def test_bad_thresholds_are_refused_in_chinese(text):
    with pytest.raises(BadThresholds) as bad:
        parse_thresholds(text)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(bad.value))


def test_thresholds_read_with_chinese_punctuation():
    assert parse_thresholds("95，85、75 65") == (95, 85, 75, 65)
