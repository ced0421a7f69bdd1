"""The seed method's worked examples (issue 3): which stage does an honest agent pick?"""
import datetime as dt
from decimal import Decimal

from salesdesk.core.cycle import AgeState, age_days, age_state
from salesdesk.core.rules import ProspectFacts, supported_stage
from salesdesk.core.stages import Stage

TODAY = dt.date(2026, 11, 23)


def test_a_friend_met_online_meeting_not_booked_is_an_opportunity():
    facts = ProspectFacts()  # a name, no meeting date yet
    assert supported_stage(facts, TODAY, 28) == Stage.OPPORTUNITY


def test_b_met_the_manager_discussed_needs_and_budget_next_meeting_booked_is_25():
    facts = ProspectFacts(
        first_meeting=TODAY - dt.timedelta(days=1),
        criteria=frozenset({1, 3, 5}),  # manager decides, budget talked about, next meeting known
        budget=Decimal("2000"),
        next_step="三天后讨论计划",
        # no plan yet (2) and no signing date (4): not all five
    )
    assert supported_stage(facts, TODAY, 28) == Stage.P25


def test_c_business_owner_plan_benefits_budget_and_date_for_formal_proposal_is_50():
    facts = ProspectFacts(
        first_meeting=TODAY - dt.timedelta(days=6),
        criteria=frozenset({1, 2, 3, 4, 5}),
        budget=Decimal("1500"),  # ≤ 1500 a month
        signing_date=TODAY + dt.timedelta(days=7),
        next_step="讨论正式建议书",
    )
    assert supported_stage(facts, TODAY, 28) == Stage.P50


def test_d_office_director_deferring_twice_beyond_a_4_week_cycle_goes_back_to_opportunity():
    cycle = 28
    first = TODAY - dt.timedelta(days=40)  # got the proposal, then deferred twice
    facts = ProspectFacts(
        stage=Stage.P50,
        first_meeting=first,
        criteria=frozenset({1, 2, 3, 4, 5}),
        budget=Decimal("3000"),
        signing_date=first + dt.timedelta(days=35),  # deferred past the cycle
        next_step="再约时间",
    )
    # The signing date no longer lies inside the cycle, so it is not a 50% any more…
    assert supported_stage(facts, TODAY, cycle) == Stage.P25
    # …and its age is past the cycle: the method says send it back to 销售机会.
    assert age_state(age_days(first, TODAY), cycle) == AgeState.OVERDUE
