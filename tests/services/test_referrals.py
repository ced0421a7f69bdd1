"""Referral trees (with loops from old data) and what an introducer's referrals produced."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.services import NotFound


def won(desk, customer_id, premium):
    p = desk.add_prospect(customer_id, "重疾险", at=dt.datetime(2026, 10, 1, 9))
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=dt.date(2026, 10, 2), at=dt.datetime(2026, 10, 1, 10))
    desk.move_prospect(p, Stage.P25, at=dt.datetime(2026, 10, 2, 10))
    desk.move_prospect(p, Stage.P50, criteria=[1, 2, 3, 4, 5], budget=Decimal("5000"),
                       signing_date=dt.date(2026, 10, 20), next_step="签单", at=dt.datetime(2026, 10, 3, 10))
    desk.move_prospect(p, Stage.P90, signed=True, paid=Decimal("5000"), at=dt.datetime(2026, 10, 4, 10))
    desk.move_prospect(p, Stage.WON, premium=Decimal(premium), at=dt.datetime(2026, 10, 5, 10))
    return p


@pytest.fixture
def chain(desk):
    """root 何建国 → 李秀英 → (王芳 → 赵敏, 张伟); 何建国 → 陈静."""
    add = lambda name, ref=None: desk.add_customer(CustomerData(name=name, referrer_id=ref))  # noqa: E731
    he = add("何建国")
    li = add("李秀英", he)
    wang = add("王芳", li)
    zhao = add("赵敏", wang)
    zhang = add("张伟", li)
    chen = add("陈静", he)
    return dict(he=he, li=li, wang=wang, zhao=zhao, zhang=zhang, chen=chen)


def test_tree_goes_up_to_the_root_and_down_n_levels(desk, chain):
    tree = desk.referrals.tree(chain["li"], depth=1)
    assert tree.root_id == chain["he"] and not tree.cycle
    assert [(n.name, n.parent_id, n.level) for n in tree.nodes] == [
        ("何建国", None, 0), ("李秀英", chain["he"], 1), ("王芳", chain["li"], 2), ("张伟", chain["li"], 2)]
    wang = next(n for n in tree.nodes if n.name == "王芳")
    assert wang.referred == 1 and wang.hidden == 1  # 赵敏 is below the depth asked
    he = tree.nodes[0]
    assert he.referred == 2 and he.hidden == 1  # 陈静 is not on the way down to 李秀英
    deeper = desk.referrals.tree(chain["li"], depth=2)
    assert "赵敏" in [n.name for n in deeper.nodes]


def test_a_loop_from_old_data_is_drawn_once_and_reported(desk, chain):
    # 何建国 "introduced by" 王芳, who descends from him: he → li → wang → he
    desk.db.execute_sql("UPDATE customer SET referrer_id = ? WHERE id = ?", (chain["wang"], chain["he"]))
    tree = desk.referrals.tree(chain["li"], depth=5)
    assert tree.cycle
    # up from 李秀英: 何建国, 王芳, then 李秀英 again: the chain is cut there, 王芳 is its root
    assert tree.root_id == chain["wang"]
    assert [n.id for n in tree.nodes] == [chain["wang"], chain["he"], chain["li"], chain["zhang"]]
    value = desk.referrals.value(chain["li"])
    assert value.referred == 2 and value.indirect_referred == 3  # 赵敏, 何建国, 陈静: then the loop stops
    assert desk.referrals.referrer_of(chain["he"]) == chain["wang"]
    # a self-referral is no loop to walk either
    desk.db.execute_sql("UPDATE customer SET referrer_id = id WHERE id = ?", (chain["chen"],))
    assert desk.referrals.referrer_of(chain["chen"]) is None
    assert desk.referrals.referrals(chain["chen"]) == []
    assert [n.id for n in desk.referrals.tree(chain["chen"]).nodes] == [chain["chen"]]


def test_value_sums_the_deals_and_premium_of_referrals(desk, chain):
    won(desk, chain["li"], "12000.50")
    won(desk, chain["chen"], "3000")
    won(desk, chain["wang"], "800")  # 王芳 was introduced by 李秀英: indirect for 何建国
    lost = desk.add_prospect(chain["zhang"], "车险")
    desk.move_prospect(lost, Stage.LOST, reason="预算不足")
    value = desk.referrals.value(chain["he"])
    assert (value.referred, value.deals, value.premium) == (2, 2, Decimal("15000.50"))
    assert (value.indirect_referred, value.indirect_deals, value.indirect_premium) == (3, 1, Decimal("800.00"))
    nobody = desk.referrals.value(chain["zhao"])
    assert (nobody.referred, nobody.deals, nobody.premium) == (0, 0, Decimal("0.00"))
    node = desk.referrals.tree(chain["he"], depth=1).nodes[0]
    assert (node.deals, node.premium) == (2, Decimal("15000.50"))


def test_unknown_customer(desk):
    with pytest.raises(NotFound):
        desk.referrals.tree(5)
    with pytest.raises(NotFound):
        desk.referrals.value(5)
