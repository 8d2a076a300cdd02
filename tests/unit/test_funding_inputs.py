"""What each funding formula accepts, and the exact message for what it refuses."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import attrs
import pytest

from integration_rules import InvalidArgument, Money, NoValueOnDate
from integration_rules.facts import RESIDENCE_STATUSES
from integration_rules.funding import (
    PROGRAMMES,
    LumpSumCase,
    capacity_over_pilot,
    communal_shares,
    cost_per_participant,
    emergency_aid_lump_sum,
    federal_contribution,
    integration_lump_sum,
    lump_sum_total,
    measure_budget,
    pic_financing,
    programme_s,
    programme_s_months,
)
from integration_rules.measures import CATALOG
from integration_rules.rules import Change, Parameter, Text

EXPECTED_DATE = 'expected a date or an ISO 8601 string like "2006-05-01", got '
PROGRAMME_IDS = ", ".join(f'"{p}"' for p in sorted(PROGRAMMES))
STATUSES = ", ".join(f'"{code}"' for code in RESIDENCE_STATUSES)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(
            lambda: federal_contribution(Money.of("1"), on="2022-02-30"),
            f'on: {EXPECTED_DATE}"2022-02-30"',
            id="federal_contribution(on=)",
        ),
        pytest.param(
            lambda: programme_s(1, on="2024-13-01"),
            f'on: {EXPECTED_DATE}"2024-13-01"',
            id="programme_s(on=)",
        ),
        pytest.param(
            lambda: integration_lump_sum("F", decision_date="someday"),
            f'decision_date: {EXPECTED_DATE}"someday"',
            id="integration_lump_sum(decision_date=)",
        ),
        pytest.param(
            lambda: LumpSumCase("F", 2020),
            f"decision_date: {EXPECTED_DATE}2020",
            id="LumpSumCase(decision_date=)",
        ),
        pytest.param(
            lambda: programme_s_months("2022-04", "2023-01-01"),
            f'start: {EXPECTED_DATE}"2022-04"',
            id="programme_s_months(start=)",
        ),
        pytest.param(
            lambda: programme_s_months("2022-04-13", None),
            f"end: {EXPECTED_DATE}None",
            id="programme_s_months(end=)",
        ),
    ],
)
def test_dates_are_checked_and_named(call: object, message: str) -> None:
    """Every date argument is checked, and a bad one is named and quoted."""
    with pytest.raises(InvalidArgument, match=f"^{re.escape(message)}$"):
        call()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param(
            3e6,
            "cantonal_and_communal: expected Money, got the float 3000000.0",
            id="float",
        ),
        pytest.param(
            True, "cantonal_and_communal: expected Money, got the bool True", id="True"
        ),
        pytest.param(
            "abc",
            'cantonal_and_communal: expected Money, got the str "abc"',
            id="'abc'",
        ),
        pytest.param(
            "1e30",
            'cantonal_and_communal: expected Money, got the str "1e30"',
            id="'1e30': no hint beyond the range",
        ),
        pytest.param(
            Decimal("3E+6"),
            'cantonal_and_communal: expected Money, got the Decimal 3E+6; pass Money.of("3000000") for CHF',
            id="Decimal('3E+6')",
        ),
        pytest.param([1], "cantonal_and_communal: expected Money, got list", id="list"),
    ],
)
def test_amounts_must_be_money(value: object, message: str) -> None:
    """A plain number is refused; the hint shows Money.of(...) only for a number Money would take."""
    with pytest.raises(InvalidArgument, match=f"^{re.escape(message)}$"):
        federal_contribution(value, on="2022-01-01")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("months", "message"),
    [
        pytest.param(-1, "months: expected a non-negative int, got -1", id="-1"),
        pytest.param(True, "months: expected a non-negative int, got True", id="True"),
        pytest.param("3", 'months: expected a non-negative int, got "3"', id="'3'"),
    ],
)
def test_programme_s_needs_a_count_of_months(months: object, message: str) -> None:
    """Months are a non-negative int; zero months is CHF 0."""
    with pytest.raises(InvalidArgument, match=f"^{re.escape(message)}$"):
        programme_s(months, on="2024-01-01")  # type: ignore[arg-type]
    assert Money.zero() == programme_s(0, on="2024-01-01").value


@pytest.mark.parametrize(
    ("participants", "message"),
    [
        pytest.param(-1, "participants: expected a non-negative int, got -1", id="-1"),
        pytest.param(
            False, "participants: expected a non-negative int, got False", id="False"
        ),
        pytest.param(
            2.0, "participants: expected a non-negative int, got 2.0", id="2.0"
        ),
    ],
)
def test_a_budget_needs_a_count_of_participants(
    participants: object, message: str
) -> None:
    """Participants are a non-negative int."""
    with pytest.raises(InvalidArgument, match=f"^{re.escape(message)}$"):
        measure_budget("carriere-au-feminin", participants)  # type: ignore[arg-type]


def test_a_measure_without_a_price_has_no_budget() -> None:
    """A measure whose sources give no price is named."""
    with pytest.raises(
        InvalidArgument, match=r"^measure_id: 'formavenir' has no price in its sources$"
    ):
        measure_budget("formavenir", 10)


def test_a_dated_price_is_read_on_the_date_given() -> None:
    """A price that changed is read, and shown, on the date asked: CHF 400 in 2024, CHF 500 from 2025."""
    dated = attrs.evolve(
        CATALOG["carriere-au-feminin"],
        price=Parameter.dated(
            "demo.price",
            [
                Change(dt.date(2023, 9, 1), Money.of("400")),
                Change(dt.date(2025, 1, 1), Money.of("500")),
            ],
            label=Text.same("price"),
        ),
    )
    before = measure_budget(dated, 10, on="2024-06-01")

    assert Money.of("4000") == before.value
    assert Money.of("400") == before.parameters[0].value
    assert Money.of("5000") == measure_budget(dated, 10, on="2025-01-01").value


@pytest.mark.parametrize(
    ("participants", "message"),
    [
        pytest.param(0, "participants: expected a positive int, got 0", id="0"),
        pytest.param(-3, "participants: expected a positive int, got -3", id="-3"),
        pytest.param(
            True, "participants: expected a positive int, got True", id="True"
        ),
    ],
)
def test_cost_per_participant_needs_participants(
    participants: object, message: str
) -> None:
    """At least one participant: one is the whole budget."""
    with pytest.raises(InvalidArgument, match=f"^{re.escape(message)}$"):
        cost_per_participant(Money.of("800"), participants)  # type: ignore[arg-type]
    assert Money.of("800") == cost_per_participant(Money.of("800"), 1).value


def test_cost_per_participant_rounds_to_the_cent_by_default() -> None:
    """Without a rule, the cost is rounded to the centime, half up."""
    assert Money.of("266.67") == cost_per_participant(Money.of("800"), 3).value
    assert Money.of("0.01") == cost_per_participant(Money.of("0.05"), 6).value


def test_programmes_are_named_by_id() -> None:
    """An unknown id, or something that is not an id, is refused with the known ids."""
    with pytest.raises(
        InvalidArgument,
        match=f'^programme_id: expected one of {re.escape(PROGRAMME_IDS)}, got "vs-pic9"$',
    ):
        pic_financing("vs-pic9")
    with pytest.raises(
        InvalidArgument,
        match=f"^programme_id: expected one of {re.escape(PROGRAMME_IDS)}, got list$",
    ):
        pic_financing(["vs-pic3"])  # type: ignore[arg-type]


def test_a_programmes_financing_adds_the_federal_contribution() -> None:
    """PIC 2bis: the commitment plus the federal contribution, with the programme's first source."""
    programme = PROGRAMMES["vs-pic2bis"]
    amount = pic_financing("vs-pic2bis")

    assert "CHF 3’000’000.00 + CHF 3’000’000.00" == amount.formula.en  # type: ignore[union-attr]
    assert programme.sources[0] == amount.source
    assert programme.sources[0] == amount.parts[0].source
    assert programme.cantonal_and_communal == amount.parts[0].value
    assert PROGRAMMES["vs-pic3"].sources[0] == pic_financing("vs-pic3").source


def test_statuses_are_codes_or_status_objects() -> None:
    """A status that is neither a code nor a Status is refused, listing the codes."""
    with pytest.raises(
        InvalidArgument,
        match=f"^status: expected a status code \\({re.escape(STATUSES)}\\) or a Status, got the int 6$",
    ):
        integration_lump_sum(6, decision_date="2020-01-01")  # type: ignore[arg-type]


def test_emergency_aid_categories_are_named() -> None:
    """An unknown category is quoted; something else is named by its type."""
    listed = '"dublin", "accelerated", "extended"'
    with pytest.raises(
        InvalidArgument, match=f'^category: expected one of {listed}, got "asylum"$'
    ):
        emergency_aid_lump_sum("asylum", on="2024-01-01")
    with pytest.raises(
        InvalidArgument, match=f"^category: expected one of {listed}, got the int 3$"
    ):
        emergency_aid_lump_sum(3, on="2024-01-01")  # type: ignore[arg-type]


def test_a_date_is_needed_for_dated_values() -> None:
    """Without on=, a formula on dated values says which parameter needs a date, and how to give one."""
    with pytest.raises(
        InvalidArgument,
        match="^"
        + re.escape(
            "on: a date is needed: funding.emergency_aid.daily has dated values (from 2019-01-01); "
            'pass on= a date or an ISO 8601 string like "2024-01-01"'
        )
        + "$",
    ):
        emergency_aid_lump_sum("dublin")


@pytest.mark.parametrize(
    "communes",
    [
        pytest.param(["ab"], id="a two-letter string"),
        pytest.param([("Sion", 1, 2)], id="a triple"),
        pytest.param([("Sion", 1), "Sierre"], id="a pair and a name"),
        pytest.param("Sion", id="a string"),
    ],
)
def test_communes_are_pairs_or_a_mapping(communes: object) -> None:
    """Communes are (commune, weight) pairs or a mapping; anything else is refused."""
    with pytest.raises(
        InvalidArgument,
        match=r"^communes: expected \(commune, weight\) pairs or a mapping of commune to weight, got ",
    ):
        communal_shares(Money.of("10"), communes)  # type: ignore[arg-type]


def test_communes_may_be_lists_of_two() -> None:
    """A commune given as a two-item list is a pair."""
    amount = communal_shares(Money.of("10"), [["Sion", 1], ["Sierre", 1]])

    assert ["Sion", "Sierre"] == [p.label.en for p in amount.parts]


@pytest.mark.parametrize(
    "cases",
    [
        pytest.param([("F",)], id="one field"),
        pytest.param([("F", "2020-01-01", None, False, "x")], id="five fields"),
        pytest.param("F", id="a string"),
        pytest.param({"F": "2020-01-01"}, id="a mapping"),
    ],
)
def test_cohort_cases_have_two_to_four_fields(cases: object) -> None:
    """A case is a LumpSumCase or a tuple of 2 to 4 of its fields; a string or mapping is not a cohort."""
    with pytest.raises(InvalidArgument, match=r"^cases: expected "):
        lump_sum_total(cases)  # type: ignore[arg-type]


def test_cohort_cases_may_be_lists() -> None:
    """A case may be a list of its fields as well as a tuple."""
    assert Money.of("18000") == lump_sum_total([["F", "2020-01-01"]]).value  # type: ignore[list-item]


def test_a_pilot_needs_its_capacity_and_its_length() -> None:
    """Capacity over the pilot needs both a yearly capacity and a pilot length."""
    formavenir = CATALOG["formavenir"]
    message = "has no yearly capacity and pilot length in its sources"

    with pytest.raises(InvalidArgument, match=f"^measure_id: 'formavenir' {message}$"):
        capacity_over_pilot(attrs.evolve(formavenir, capacity=None))
    with pytest.raises(
        InvalidArgument, match=f"^measure_id: 'carriere-au-feminin' {message}$"
    ):
        capacity_over_pilot(
            attrs.evolve(
                CATALOG["carriere-au-feminin"],
                capacity=Parameter("demo.capacity", 10, label=Text.same("capacity")),
            )
        )


def test_emergency_aid_before_its_first_rate_is_refused() -> None:
    """OA 2 art. 29: the daily rate applies from 2019-01-01; an earlier date has no rate, never a guessed one."""
    with pytest.raises(
        NoValueOnDate,
        match=r"^funding\.emergency_aid\.daily: no value on 2018-12-31; the first takes effect on 2019-01-01$",
    ):
        emergency_aid_lump_sum("dublin", on="2018-12-31")
