"""Funding figures, each citing its source: the OIE, OA 2 and LEI, the SEM, and the programmes' public documents."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from integration_rules import InvalidArgument, Money, NoValueOnDate
from integration_rules.funding import (
    CENT,
    FIVE_RAPPEN,
    FRANC,
    LUMP_SUM,
    PROGRAMMES,
    LumpSumCase,
    apportion,
    approving_authority,
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
from integration_rules.rules import Change, DocumentKind, Parameter, Text

# -- money -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "rounded"),
    [
        ("1.024", "1.00"),
        ("1.025", "1.05"),
        ("1.074", "1.05"),
        ("1.075", "1.10"),
        ("9.97", "9.95"),
        ("9.98", "10.00"),
        ("9.92", "9.90"),
        ("12.32", "12.30"),
        ("12.325", "12.35"),
        ("12.38", "12.40"),
    ],
)
def test_five_rappen_rounding_table(amount: str, rounded: str) -> None:
    """Commercial rounding to 5 Rappen: ties at .x25 and .x75 go up."""
    assert Decimal(rounded) == FIVE_RAPPEN.apply(Money.of(amount)).amount


def test_cent_and_franc_rounding() -> None:
    """Rounding to the centime and to the franc are named rules too."""
    assert Decimal("2.67") == CENT.apply(Money.of("8") / 3).amount
    assert Decimal("400.00") == FRANC.apply(Money.of("399.5")).amount


def test_floats_are_refused() -> None:
    """Money(0.1) is refused with a message naming the field and the fix."""
    with pytest.raises(
        InvalidArgument, match=r"^amount: .*got the float 0.1; floats are not exact"
    ):
        Money.of(0.1)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        Money.of("400") * 1.5  # type: ignore[operator]


def test_mixed_currencies_are_refused() -> None:
    """CHF and EUR do not add up."""
    with pytest.raises(InvalidArgument, match="cannot combine CHF and EUR"):
        Money.of("1") + Money.of("1", "EUR")


@pytest.mark.parametrize(
    ("amount", "whole_dash", "shown"),
    [
        ("1234.5", False, "CHF 1’234.50"),
        ("400", True, "CHF 400.-"),
        ("400.50", True, "CHF 400.50"),
        ("1234567.891", False, "CHF 1’234’567.89"),
    ],
)
def test_formatting(amount: str, whole_dash: bool, shown: str) -> None:
    """CHF 1’234.50 (U+2019 grouping, as de-CH writes it), and CHF 400.- for whole francs where asked."""
    assert shown == Money.of(amount).format(whole_dash=whole_dash)


def test_intermediate_results_keep_their_precision() -> None:
    """8 / 3 keeps its digits until a rule rounds it."""
    third = Money.of("8") / 3

    assert Decimal(8) != third.amount * 3 or third.amount != CENT.apply(third).amount


def test_apportion_example() -> None:
    """8.00 / 3 at 0.05 → 2.65, 2.65, 2.70: the shares add up exactly."""
    shares = apportion(Money.of("8.00"), [("a", 1), ("b", 1), ("c", 1)], step="0.05")

    assert [Decimal("2.65"), Decimal("2.65"), Decimal("2.70")] == [
        m.amount for _, m in shares
    ]


def test_apportion_refuses_totals_off_the_step() -> None:
    """A total that is not a multiple of the step must be rounded first."""
    with pytest.raises(InvalidArgument, match=r"^total: expected a multiple of 0.05"):
        apportion(Money.of("8.02"), [("a", 1)], step="0.05")


# -- dated parameters ---------------------------------------------------------------------------


def test_dated_parameter_before_its_first_value_names_parameter_and_date() -> None:
    """Asking for a date before the first value is an error naming both."""
    with pytest.raises(NoValueOnDate) as caught:
        LUMP_SUM.value_on(dt.date(2007, 12, 31))

    assert "funding.integration_lump_sum" in str(caught.value)
    assert "2007-12-31" in str(caught.value)


def test_a_dated_value_can_be_ended() -> None:
    """Programme S has no value after 2026-03-04, the last known extension."""
    with pytest.raises(NoValueOnDate, match="ended on 2026-03-04"):
        programme_s(1, on="2026-03-05")
    assert Money.of("250") == programme_s(1, on="2026-03-04").value


def test_each_dated_value_carries_its_source() -> None:
    """The 18,000 comes from OIE art. 15 al. 1; the explanation shows the source of the value on the date."""
    source = LUMP_SUM.source_on(dt.date(2020, 1, 1))
    assert source is not None
    assert "OIE (RS 142.205), art. 15 al. 1" == str(source)
    assert "18 000 francs" in (source.quote or "")
    before = LUMP_SUM.source_on(dt.date(2019, 4, 30))
    assert before is not None
    assert DocumentKind.PRESS_RELEASE == before.document.kind
    changes = LUMP_SUM.to_dict()["values"]
    assert [("2008-01-01", "6000"), ("2019-05-01", "18000")] == [
        (c["from"], c["value"]["amount"]) for c in changes
    ]


# -- integration lump sum ---------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["F", "F-refugee", "B-refugee"])
@pytest.mark.parametrize(
    ("decision", "amount"), [("2019-04-30", "6000"), ("2019-05-01", "18000")]
)
def test_lump_sum_6000_then_18000(status: str, decision: str, amount: str) -> None:
    """CHF 6,000 before 2019-05-01, CHF 18,000 from that date (OIE art. 15 al. 1, art. 29a)."""
    assert (
        Money.of(amount) == integration_lump_sum(status, decision_date=decision).value
    )


def test_no_lump_sum_for_s() -> None:
    """SEM: no integration lump sum for S holders without a residence permit: Programme S instead."""
    a = integration_lump_sum("S", decision_date="2023-01-01")

    assert Money.zero() == a.value
    assert "Programme S instead" in a.explain("en")


def test_unknown_status_is_undetermined_not_zero() -> None:
    """A missing status never becomes CHF 0."""
    a = integration_lump_sum(None, decision_date="2023-01-01")

    assert a.value is None
    assert frozenset({"residence_status"}) == a.missing


@pytest.mark.parametrize(
    ("decision", "amount"), [("2023-02-28", "18000"), ("2023-03-01", "15000")]
)
def test_programme_s_deduction_from_1_march_2023(decision: str, amount: str) -> None:
    """SEM: since 1 March 2023, Programme S amounts already paid are deducted from a later lump sum."""
    a = integration_lump_sum(
        "F", decision_date=decision, formerly_s=True, programme_s_paid=Money.of("3000")
    )

    assert Money.of(amount) == a.value


def test_s_person_who_gets_a_b_after_five_years() -> None:
    """An S person with a B permit after 5 years: lump sum minus Programme S paid; unknown paid → undetermined."""
    assert (
        Money.of("3000")
        == integration_lump_sum(
            "B",
            decision_date="2027-03-12",
            formerly_s=True,
            programme_s_paid=Money.of("15000"),
        ).value
    )
    assert (
        integration_lump_sum(
            "B", decision_date="2027-03-12", formerly_s=True, programme_s_paid=None
        ).value
        is None
    )
    assert Money.zero() == integration_lump_sum("B", decision_date="2027-03-12").value


def test_cohort_total() -> None:
    """A cohort's total adds each person's lump sum; one unknown status makes it undetermined."""
    cohort = [("F", "2020-01-01"), ("B-refugee", "2018-06-01"), ("S", "2023-01-01")]

    assert Money.of("24000") == lump_sum_total(cohort).value
    assert lump_sum_total([*cohort, LumpSumCase(None, "2020-01-01")]).value is None


# -- Programme S -------------------------------------------------------------------------------


def test_programme_s_250_a_month() -> None:
    """SEM: CHF 250 per person per month (= CHF 3,000 per year)."""
    assert Money.of("3000") == programme_s(12, on="2023-06-01").value
    assert (
        Money.of("2250")
        == programme_s(
            programme_s_months("2022-04-13", "2023-01-12"), on="2023-01-12"
        ).value
    )


def test_programme_s_months_are_cut_to_the_programme() -> None:
    """Months before 2022-04-13 or after 2026-03-04 do not count."""
    assert 0 == programme_s_months("2021-01-01", "2022-04-12")
    assert programme_s_months("2022-04-13", "2026-03-04") == programme_s_months(
        "2020-01-01", "2030-01-01"
    )


# -- PIC co-financing --------------------------------------------------------------------------------


def test_pic_2bis_federal_share() -> None:
    """Valais release « Migration – Le Valais mise sur l'intégration »: CHF 3 million from canton and communes, about 6 in all: federal CHF 3,000,000."""
    a = pic_financing("vs-pic2bis")

    assert Money.of("6000000") == a.value
    assert Money.of("3000000") == a.parts[1].value
    assert (
        Money.of("3000000")
        == federal_contribution(Money.of("3000000"), on="2022-01-01").value
    )


def test_programme_periods() -> None:
    """PIC 2bis 2022-2023 (Valais release, January 2022), PIC3 2024-2027 (CII Valais newsletter), PIC 1 from 2014."""
    assert (dt.date(2022, 1, 1), dt.date(2023, 12, 31)) == (
        PROGRAMMES["vs-pic2bis"].period.start,
        PROGRAMMES["vs-pic2bis"].period.end,
    )
    assert (dt.date(2024, 1, 1), dt.date(2027, 12, 31)) == (
        PROGRAMMES["vs-pic3"].period.start,
        PROGRAMMES["vs-pic3"].period.end,
    )
    assert dt.date(2014, 1, 1) == PROGRAMMES["vs-pic1"].period.start
    assert Money.of("10000000") == PROGRAMMES["vs-pic3"].total


def test_communal_share_apportioned_between_communes() -> None:
    """The communes' CHF 1.5 M split by population adds up exactly."""
    shares = communal_shares(
        Money.of("1500000"), [("Sion", 35000), ("Sierre", 17000), ("Monthey", 18000)]
    )

    assert Money.of("1500000") == sum(
        (p.value for p in shares.parts if p.value), Money.zero()
    )


# -- emergency aid -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "amount"),
    [("dublin", "400.00"), ("accelerated", "2013.00"), ("extended", "6006.00")],
)
def test_emergency_aid_lump_sums(category: str, amount: str) -> None:
    """OA 2 art. 29: 10 % × 80 × 50 = 400; 33 % × 122 × 50 = 2,013 (exactly, not 2013.0000000000002); 66 % × 182 × 50 = 6,006."""
    value = emergency_aid_lump_sum(category, on="2020-01-01").value

    assert value is not None
    assert Decimal(amount) == value.amount


# -- measure budgets -----------------------------------------------------------------------------------


def test_carriere_au_feminin_budget() -> None:
    """CHF 400 × 10 participants of the pilot = CHF 4,000 (CII Valais newsletter, « Carrière au féminin »)."""
    assert (
        Money.of("4000")
        == measure_budget("carriere-au-feminin", 10, on="2023-09-01").value
    )


@pytest.mark.parametrize(
    ("participants", "amount"), [(75, "10666.67"), (100, "8000.00")]
)
def test_puy_de_dome_cost_per_refugee(participants: int, amount: str) -> None:
    """Préfecture du Puy-de-Dôme: €800,000 for 75, then over 100 refugees."""
    assert (
        Money.of(amount, "EUR")
        == cost_per_participant(Money.of("800000", "EUR"), participants).value
    )


def test_formavenir_capacity_over_the_pilot() -> None:
    """CII Valais newsletter, FormAvenir: about sixty participants a year over a three-year pilot: 180."""
    assert 180 == capacity_over_pilot("formavenir")


# -- approval threshold ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spending", "authority"),
    [
        ("9999999.95", "Conseil d'Etat"),
        ("10000000", "Conseil d'Etat"),
        ("10000000.05", "Grand Conseil"),
        ("25000000", "Grand Conseil"),
    ],
)
def test_approval_threshold(spending: str, authority: str) -> None:
    """La Télé (2025): over CHF 10 million of cantonal gross spending → Grand Conseil, else Conseil d'Etat."""
    assert authority == approving_authority(Money.of(spending), on="2025-01-01").value


def test_dated_parameter_builder_refuses_a_change_without_news() -> None:
    """Two consecutive changes with the same value are refused (they would hide a mistake)."""
    from integration_rules import InvalidRule

    with pytest.raises(InvalidRule, match="keeps the same value"):
        Parameter.dated(
            "demo",
            [Change(dt.date(2020, 1, 1), 1), Change(dt.date(2021, 1, 1), 1)],
            label=Text.same("demo"),
        )


# -- unknown Programme S amounts stay unknown ------------------------------------------------------


def test_lump_sum_case_programme_s_paid_defaults_to_unknown() -> None:
    """A case built without the Programme S amount has it unknown (None), never CHF 0."""
    assert LumpSumCase("F", "2024-01-01", formerly_s=True).programme_s_paid is None


def test_cohort_total_is_undetermined_when_programme_s_paid_is_unknown() -> None:
    """SEM: from 2023-03-01 Programme S paid is deducted; unknown, the total is undetermined as for one person, not CHF 18,000."""
    case = LumpSumCase("F", "2024-01-01", formerly_s=True)
    single = integration_lump_sum("F", decision_date="2024-01-01", formerly_s=True)
    total = lump_sum_total([("F", "2020-01-01"), case])

    assert single.value is None
    assert total.value is None
    assert single.missing == total.missing == frozenset({"programme_s_paid"})
    assert Money.of("18000") == total.parts[0].value
    assert "undetermined" in total.explain("en").splitlines()[0]


def test_cohort_total_deducts_a_known_programme_s_amount() -> None:
    """Given, the Programme S amount is deducted in the total as for one person: 18,000 − 3,000 + 18,000."""
    case = LumpSumCase(
        "F", "2024-01-01", programme_s_paid=Money.of("3000"), formerly_s=True
    )

    assert Money.of("33000") == lump_sum_total([case, ("F", "2020-01-01")]).value


def test_cohort_total_counts_nothing_paid_only_when_said() -> None:
    """A known zero (Money.zero()) is a known amount: CHF 18,000 in full."""
    case = LumpSumCase(
        "F", "2024-01-01", programme_s_paid=Money.zero(), formerly_s=True
    )

    assert Money.of("18000") == lump_sum_total([case]).value


# -- wrong types are named, never an AttributeError -----------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(
            lambda: federal_contribution(3_000_000, on="2022-01-01"),
            'cantonal_and_communal: expected Money, got the int 3000000; pass Money.of("3000000") for CHF',
            id="federal_contribution(3_000_000)",
        ),
        pytest.param(
            lambda: federal_contribution(Decimal(3000000), on="2022-01-01"),
            'cantonal_and_communal: expected Money, got the Decimal 3000000; pass Money.of("3000000") for CHF',
            id="federal_contribution(Decimal)",
        ),
        pytest.param(
            lambda: federal_contribution("3000000", on="2022-01-01"),
            'cantonal_and_communal: expected Money, got the str "3000000"; pass Money.of("3000000") for CHF',
            id="federal_contribution('3000000')",
        ),
        pytest.param(
            lambda: federal_contribution(3e6, on="2022-01-01"),
            "cantonal_and_communal: expected Money, got the float 3000000.0",
            id="federal_contribution(3e6)",
        ),
        pytest.param(
            lambda: approving_authority(10_000_000, on="2025-01-01"),
            "cantonal_spending: expected Money, got the int 10000000",
            id="approving_authority(int)",
        ),
        pytest.param(
            lambda: cost_per_participant(800_000, 75),
            "budget: expected Money, got the int 800000",
            id="cost_per_participant(int)",
        ),
        pytest.param(
            lambda: cost_per_participant(Money.of("800000"), 75, rounding="cent"),
            'rounding: expected a RoundingRule such as CENT or FIVE_RAPPEN, got the str "cent"',
            id="cost_per_participant(rounding='cent')",
        ),
        pytest.param(
            lambda: communal_shares(1_500_000, [("Sion", 1)]),
            "total: expected Money, got the int 1500000",
            id="communal_shares(int)",
        ),
        pytest.param(
            lambda: communal_shares(Money.of("10"), 3),
            "communes: expected (commune, weight) pairs or a mapping of commune to weight, got the int 3",
            id="communal_shares(communes=3)",
        ),
        pytest.param(
            lambda: integration_lump_sum(
                "F", decision_date="2024-01-01", formerly_s=True, programme_s_paid=3000
            ),
            "programme_s_paid: expected Money, got the int 3000",
            id="integration_lump_sum(programme_s_paid=3000)",
        ),
        pytest.param(
            lambda: LumpSumCase("F", "2024-01-01", 3000),
            "programme_s_paid: expected Money, got the int 3000",
            id="LumpSumCase(programme_s_paid=3000)",
        ),
        pytest.param(
            lambda: lump_sum_total(5),
            "cases: expected an iterable of LumpSumCase objects or (status, decision_date) pairs, got the int 5",
            id="lump_sum_total(5)",
        ),
        pytest.param(
            lambda: lump_sum_total(["F"]),
            'cases: expected LumpSumCase objects or (status, decision_date) pairs, got the str "F" at position 0',
            id="lump_sum_total(['F'])",
        ),
        pytest.param(
            lambda: pic_financing(["vs-pic3"]),
            "programme_id: expected one of",
            id="pic_financing(list)",
        ),
        pytest.param(
            lambda: emergency_aid_lump_sum(["dublin"], on="2020-01-01"),
            'category: expected one of "dublin", "accelerated", "extended", got list',
            id="emergency_aid_lump_sum(list)",
        ),
        pytest.param(
            lambda: integration_lump_sum(6, decision_date="2020-01-01"),
            "status: expected a status code",
            id="integration_lump_sum(6)",
        ),
    ],
)
def test_wrong_types_raise_invalid_argument_naming_the_parameter(
    call: object, message: str
) -> None:
    """Every public funding function names the parameter and the type expected; amounts are Money, as everywhere in funding."""
    with pytest.raises(InvalidArgument, match=re.escape(message)):
        call()  # type: ignore[operator]


# -- a Status object as the status -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "amount"),
    [
        ("F", "18000"),
        ("F-refugee", "18000"),
        ("B-refugee", "18000"),
        ("S", "0"),
        ("C", "0"),
    ],
)
def test_lump_sum_accepts_a_status_object(code: str, amount: str) -> None:
    """A Status from integration_rules.permits counts as its code."""
    from integration_rules.permits import status

    by_object = integration_lump_sum(status(code), decision_date="2020-01-01")

    assert Money.of(amount) == by_object.value
    assert by_object == integration_lump_sum(code, decision_date="2020-01-01")
    assert (
        Money.of(amount)
        == lump_sum_total([LumpSumCase(status(code), "2020-01-01")]).value
    )


def test_status_errors_do_not_dump_a_repr() -> None:
    """A wrong status object is named by its type, not by a page-long repr."""
    from integration_rules.permits import status

    with pytest.raises(InvalidArgument) as caught:
        integration_lump_sum(status("F").name, decision_date="2020-01-01")  # type: ignore[arg-type]

    assert str(caught.value).endswith("or a Status, got Text")
    assert "admission provisoire" not in str(caught.value)


# -- on= is optional for undated parameters ---------------------------------------------------------


def test_measure_budget_without_a_date_uses_the_undated_price() -> None:
    """CII Valais newsletter: CHF 400.- per participant, an undated price: no date needed; with a date, the same."""
    without = measure_budget("carriere-au-feminin", 10)

    assert Money.of("4000") == without.value
    assert without == measure_budget("carriere-au-feminin", 10, on="2023-09-01")


def test_approving_authority_without_a_date() -> None:
    """La Télé (2025): the CHF 10 million threshold is undated; the choice needs no date and records date.min."""
    assert "Grand Conseil" == approving_authority(Money.of("10000000.05")).value
    assert "Conseil d'Etat" == approving_authority(Money.of("10000000")).value
    assert dt.date.min == approving_authority(Money.of("1")).on


def test_emergency_aid_needs_a_date_because_its_rate_is_dated() -> None:
    """OA 2 art. 29: CHF 50 a day from 2019-01-01, re-indexed each year-end; without on=, a clear error says a date is needed."""
    with pytest.raises(
        InvalidArgument,
        match=re.escape(
            "on: a date is needed: funding.emergency_aid.daily has dated values (from 2019-01-01)"
        ),
    ):
        emergency_aid_lump_sum("dublin")
    assert Money.of("400") == emergency_aid_lump_sum("dublin", on="2019-01-01").value


def test_a_dated_price_needs_a_date() -> None:
    """A measure whose price is dated cannot be budgeted without on=."""
    import attrs

    from integration_rules.measures import CATALOG

    dated = attrs.evolve(
        CATALOG["carriere-au-feminin"],
        price=Parameter.dated(
            "demo.price",
            [Change(dt.date(2023, 9, 1), Money.of("400"))],
            label=Text.same("price"),
        ),
    )

    with pytest.raises(
        InvalidArgument,
        match=r"^on: a date is needed: demo.price has dated values \(from 2023-09-01\)",
    ):
        measure_budget(dated, 10)
    assert Money.of("4000") == measure_budget(dated, 10, on="2024-01-01").value


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(
            lambda: emergency_aid_lump_sum("dublin", on="2020-13-01"),
            id="emergency_aid_lump_sum",
        ),
        pytest.param(
            lambda: measure_budget("carriere-au-feminin", 1, on="2020-13-01"),
            id="measure_budget",
        ),
        pytest.param(
            lambda: approving_authority(Money.of("1"), on="2020-13-01"),
            id="approving_authority",
        ),
    ],
)
def test_a_given_on_is_still_checked(call: object) -> None:
    """on= is still accepted, and still checked."""
    with pytest.raises(InvalidArgument, match=r"^on: expected a date"):
        call()  # type: ignore[operator]


def test_cohort_tuples_may_carry_every_field() -> None:
    """A tuple case may add programme_s_paid and formerly_s; they are never dropped silently."""
    assert lump_sum_total([("F", "2024-01-01", None, True)]).value is None
    assert (
        Money.of("15000")
        == lump_sum_total([("F", "2024-01-01", Money.of("3000"), True)]).value
    )
    with pytest.raises(InvalidArgument, match=r"^cases: .* got tuple at position 0"):
        lump_sum_total([("F", "2024-01-01", None, True, "extra")])
