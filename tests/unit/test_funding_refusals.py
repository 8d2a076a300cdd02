"""What the funding formulas refuse (issue 12): other currencies, negative amounts, reversed periods."""

from __future__ import annotations

import re

import pytest

from integration_rules import InvalidArgument, Money
from integration_rules.funding import (
    LumpSumCase,
    approving_authority,
    communal_shares,
    cost_per_participant,
    federal_contribution,
    integration_lump_sum,
    lump_sum_total,
    measure_budget,
    programme_s,
    programme_s_months,
)

CHF_ONLY = "expected an amount in CHF (the formula is defined in Swiss francs), got "

# -- formulas defined in CHF -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(
            lambda m: federal_contribution(m, on="2022-01-01"),
            f'cantonal_and_communal: {CHF_ONLY}"EUR 3’000’000.00"',
            id="federal_contribution",
        ),
        pytest.param(
            lambda m: communal_shares(m, [("Sion", 1)]),
            f'total: {CHF_ONLY}"EUR 3’000’000.00"',
            id="communal_shares",
        ),
        pytest.param(
            lambda m: approving_authority(m, on="2025-01-01"),
            f'cantonal_spending: {CHF_ONLY}"EUR 3’000’000.00"',
            id="approving_authority",
        ),
        pytest.param(
            lambda m: integration_lump_sum(
                "F", decision_date="2024-01-01", formerly_s=True, programme_s_paid=m
            ),
            f'programme_s_paid: {CHF_ONLY}"EUR 3’000’000.00"',
            id="integration_lump_sum",
        ),
        pytest.param(
            lambda m: LumpSumCase("F", "2024-01-01", m, True),
            f'programme_s_paid: {CHF_ONLY}"EUR 3’000’000.00"',
            id="LumpSumCase",
        ),
        pytest.param(
            lambda m: lump_sum_total([("F", "2024-01-01", m, True)]),
            f'programme_s_paid: {CHF_ONLY}"EUR 3’000’000.00"',
            id="lump_sum_total",
        ),
    ],
)
def test_swiss_formulas_refuse_euros(call: object, message: str) -> None:
    """Issue 12: EUR was accepted for a Swiss federal share; the formulas defined in CHF refuse another currency."""
    with pytest.raises(InvalidArgument, match=f"^{re.escape(message)}$"):
        call(Money.of("3000000", "EUR"))  # type: ignore[operator]


def test_cost_per_participant_keeps_the_budgets_currency() -> None:
    """The French measures are priced in euros: cost per participant takes either currency."""
    assert (
        Money.of("10666.67", "EUR")
        == cost_per_participant(Money.of("800000", "EUR"), 75).value
    )
    assert Money.of("10666.67") == cost_per_participant(Money.of("800000"), 75).value


# -- negative amounts where the law knows none -----------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(
            lambda m: federal_contribution(m, on="2022-01-01"),
            'cantonal_and_communal: expected an amount of zero or more, got "CHF -0.05"',
            id="federal_contribution",
        ),
        pytest.param(
            lambda m: communal_shares(m, [("Sion", 1)]),
            'total: expected an amount of zero or more, got "CHF -0.05"',
            id="communal_shares",
        ),
        pytest.param(
            lambda m: cost_per_participant(m, 2),
            'budget: expected an amount of zero or more, got "CHF -0.05"',
            id="cost_per_participant",
        ),
        pytest.param(
            approving_authority,
            'cantonal_spending: expected an amount of zero or more, got "CHF -0.05"',
            id="approving_authority",
        ),
        pytest.param(
            lambda m: integration_lump_sum(
                "F", decision_date="2024-01-01", formerly_s=True, programme_s_paid=m
            ),
            'programme_s_paid: expected an amount of zero or more, got "CHF -0.05"',
            id="integration_lump_sum",
        ),
        pytest.param(
            lambda m: LumpSumCase("F", "2024-01-01", m, True),
            'programme_s_paid: expected an amount of zero or more, got "CHF -0.05"',
            id="LumpSumCase",
        ),
    ],
)
def test_negative_contributions_and_budgets_are_refused(
    call: object, message: str
) -> None:
    """Issue 12: negative amounts were answered; a contribution, a payment, a spending or a budget is never negative."""
    with pytest.raises(InvalidArgument, match=f"^{re.escape(message)}$"):
        call(Money.of("-0.05"))  # type: ignore[operator]


def test_a_negative_euro_budget_is_refused_too() -> None:
    """A budget in euros is refused as well when negative."""
    with pytest.raises(
        InvalidArgument,
        match=r'^budget: expected an amount of zero or more, got "EUR -800’000\.00"$',
    ):
        cost_per_participant(Money.of("-800000", "EUR"), 75)


def test_zero_is_an_amount_the_law_knows() -> None:
    """Zero is not negative: CHF 0 is accepted everywhere a payment is."""
    assert Money.zero() == federal_contribution(Money.zero(), on="2022-01-01").value
    assert Money.zero() == cost_per_participant(Money.zero(), 3).value
    assert [Money.zero()] == [
        p.value for p in communal_shares(Money.zero(), [("Sion", 1)]).parts
    ]
    assert "Conseil d'Etat" == approving_authority(Money.zero()).value
    assert (
        Money.of("18000")
        == integration_lump_sum(
            "F",
            decision_date="2024-01-01",
            formerly_s=True,
            programme_s_paid=Money.zero(),
        ).value
    )


# -- counts that take an amount out of Money's range ---------------------------------------------------


def test_counts_beyond_the_range_name_the_count() -> None:
    """A count so large the amount leaves Money's range is refused naming the count, not an inner factor."""
    message = "expected a count that keeps the amount within Money's range (magnitude below 10^15), got "
    with pytest.raises(
        InvalidArgument, match=f"^months: {re.escape(message)}4000000000000$"
    ):
        programme_s(4 * 10**12, on="2024-01-01")
    with pytest.raises(
        InvalidArgument, match=f"^participants: {re.escape(message)}10000000000000$"
    ):
        measure_budget("carriere-au-feminin", 10**13)
    with pytest.raises(
        InvalidArgument, match=f"^participants: {re.escape(message)}1000000000000000$"
    ):
        cost_per_participant(Money.of("800000"), 10**15)
    assert (
        Money.of("999999999999750") == programme_s(3999999999999, on="2024-01-01").value
    )


# -- a period's end before its start -----------------------------------------------------------------


def test_programme_s_months_refuses_an_end_before_the_start() -> None:
    """Issue 12: an end before the start gave 0 months; it is a mistake, named as one."""
    with pytest.raises(
        InvalidArgument,
        match=r'^end: expected a date on or after start, got "2023-01-12"$',
    ):
        programme_s_months("2023-01-13", "2023-01-12")


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        pytest.param("2023-01-12", "2023-01-12", 0, id="one day"),
        pytest.param("2022-04-13", "2022-05-12", 1, id="one month"),
        pytest.param("2022-04-13", "2022-05-11", 0, id="a day short of a month"),
        pytest.param("2021-01-01", "2022-04-12", 0, id="before the programme"),
        pytest.param("2026-03-05", "2027-01-01", 0, id="after the programme"),
        pytest.param("2022-01-01", "2023-04-12", 12, id="cut at the programme's start"),
        pytest.param("2025-03-05", "2030-01-01", 12, id="cut at the programme's end"),
    ],
)
def test_programme_s_months_counts_whole_months_in_the_programme(
    start: str, end: str, months: int
) -> None:
    """Whole months, both ends included, cut to 2022-04-13 – 2026-03-04; outside it, none."""
    assert months == programme_s_months(start, end)
