"""客户五级分类 earned from the stages the prospects reached (issue 11)."""
from salesdesk.core.levels import earned_level, raised
from salesdesk.core.stages import Stage


def test_each_stage_earns_its_level():
    assert earned_level([]) == "潜在客户"
    assert earned_level([(1, Stage.OPPORTUNITY), (1, Stage.LOST)]) == "潜在客户"
    assert earned_level([(1, Stage.APPOINTMENT)]) == "目标客户"
    assert earned_level([(1, Stage.P25)]) == "目标客户"
    assert earned_level([(1, Stage.P25), (2, Stage.P50)]) == "准客户"
    assert earned_level([(1, Stage.P90)]) == "准客户"
    assert earned_level([(1, Stage.WON)]) == "成交客户"


def test_loyal_after_the_configured_number_of_deals_counting_a_prospect_once():
    two = [(1, Stage.WON), (2, Stage.WON), (2, Stage.WON)]
    assert earned_level(two, loyal_deals=3) == "成交客户"
    assert earned_level(two + [(3, Stage.WON)], loyal_deals=3) == "忠诚客户"
    assert earned_level(two, loyal_deals=2) == "忠诚客户"


def test_only_upwards():
    assert raised("准客户", "目标客户") is None
    assert raised("准客户", "准客户") is None
    assert raised("目标客户", "成交客户") == "成交客户"
    assert raised("", "目标客户") == "目标客户"  # an older file's empty level
