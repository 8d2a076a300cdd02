"""Money inputs: what rounding rules, apportionment and formatting accept (shared/domain.md §7, rules 49–51)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from integration_rules import InvalidArgument, Money
from integration_rules.funding import CENT, FIVE_RAPPEN, FRANC, RoundingRule, apportion

# -- rounding rules take plain numbers too (rule 49) ----------------------------------------------


@pytest.mark.parametrize(
    ("value", "rounded"),
    [
        pytest.param(Decimal("1.025"), Decimal("1.05"), id="Decimal('1.025')"),
        pytest.param("1.025", Decimal("1.05"), id="'1.025'"),
        pytest.param("1.024", Decimal("1.00"), id="'1.024'"),
        pytest.param("1.074", Decimal("1.05"), id="'1.074'"),
        pytest.param("1.075", Decimal("1.10"), id="'1.075'"),
        pytest.param(" 1’234.575 ", Decimal("1234.60"), id="grouped string"),
        pytest.param(3, Decimal("3.00"), id="int 3"),
    ],
)
def test_five_rappen_rounds_decimals_ints_and_strings(
    value: Decimal | int | str, rounded: Decimal
) -> None:
    """domain.md rule 49: 1.024 → 1.00, 1.025 → 1.05, 1.074 → 1.05, 1.075 → 1.10, from a plain number too."""
    result = FIVE_RAPPEN.apply(value)

    assert isinstance(result, Decimal)
    assert rounded == result
    assert "0.01" == str(Decimal(1).scaleb(result.as_tuple().exponent))  # type: ignore[arg-type]


def test_a_plain_number_rounds_like_money_of_it() -> None:
    """Rounding "x" gives the amount of rounding Money.of("x"), for every named rule."""
    for rule in (CENT, FIVE_RAPPEN, FRANC):
        for text in ("0.005", "1.025", "399.5", "-2.675", "12.325"):
            assert rule.apply(Money.of(text)).amount == rule.apply(text)


def test_money_keeps_its_currency_when_rounded() -> None:
    """Money in gives Money out, in the same currency."""
    assert Money.of("10.70", "EUR") == FIVE_RAPPEN.apply(Money.of("10.675", "EUR"))


def test_a_rule_is_callable_like_apply() -> None:
    """FIVE_RAPPEN(x) is FIVE_RAPPEN.apply(x), for Money and for plain numbers."""
    assert FIVE_RAPPEN.apply(Money.of("12.325")) == FIVE_RAPPEN(Money.of("12.325"))
    assert Decimal("12.35") == FIVE_RAPPEN("12.325")
    assert Decimal("400.00") == FRANC(Decimal("399.5"))


def test_money_round_uses_a_named_rule() -> None:
    """Money.round(rule) is rule.apply(money)."""
    assert Money.of("12.35") == Money.of("12.325").round(FIVE_RAPPEN)
    assert Money.of("2.67") == (Money.of("8") / 3).round(CENT)


def test_money_round_refuses_anything_but_a_rule() -> None:
    """A rule's name is not a rule: the error names the argument and the rules to use."""
    with pytest.raises(
        InvalidArgument,
        match=r"^rule: expected a RoundingRule such as CENT, FIVE_RAPPEN or FRANC, got str$",
    ):
        Money.of("1").round("cent")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param(
            1.025,
            'money: expected Money, a Decimal, an int or a decimal string like "1.025", got the float 1.025; floats are not exact',
            id="float",
        ),
        pytest.param(
            True,
            'money: expected Money, a Decimal, an int or a decimal string like "1.025", got bool',
            id="bool",
        ),
        pytest.param(
            None,
            'money: expected Money, a Decimal, an int or a decimal string like "1.025", got NoneType',
            id="None",
        ),
        pytest.param(
            [1],
            'money: expected Money, a Decimal, an int or a decimal string like "1.025", got list',
            id="list",
        ),
        pytest.param(
            "1,025",
            'money: expected a decimal string like "1234.50", got "1,025"',
            id="'1,025'",
        ),
        pytest.param("NaN", 'money: expected a finite amount, got "NaN"', id="'NaN'"),
    ],
)
def test_rounding_refuses_floats_and_non_numbers(value: object, message: str) -> None:
    """A float is refused (not exact), and so is anything that is not an amount; the message says what is expected."""
    with pytest.raises(InvalidArgument, match=re.escape(message)):
        FIVE_RAPPEN.apply(value)  # type: ignore[call-overload]
    with pytest.raises(InvalidArgument, match=re.escape(message)):
        FIVE_RAPPEN(value)  # type: ignore[call-overload]


def test_a_custom_rule_rounds_plain_numbers() -> None:
    """A rule built by hand (10 Rappen, always down) rounds plain numbers the same way."""
    ten_rappen_down = RoundingRule("ten_rappen_down", "0.10", "down")

    assert Decimal("1.90") == ten_rappen_down("1.99")


# -- apportion: pairs, mappings, bare weights and n shares (rule 50) -------------------------------


def test_apportion_into_n_equal_shares() -> None:
    """domain.md rule 50: split an amount into n shares at 0.05: 8.00 / 3 → 2.65, 2.65, 2.70."""
    assert (Money.of("2.65"), Money.of("2.65"), Money.of("2.70")) == apportion(
        Money.of("8.00"), 3
    )


def test_apportion_bare_weights_gives_shares_in_order() -> None:
    """A sequence of bare weights gives one share per weight, in order, without names."""
    assert (Money.of("7.50"), Money.of("2.50")) == apportion(Money.of("10.00"), [3, 1])
    assert (Money.of("2.65"), Money.of("2.65"), Money.of("2.70")) == apportion(
        Money.of("8.00"), (Decimal(1), "1", 1)
    )


def test_apportion_mapping_gives_named_shares_in_its_order() -> None:
    """A mapping of name to weight gives (name, share) pairs, in the mapping's order."""
    shares = apportion(Money.of("8.00"), {"Sion": 1, "Sierre": 1, "Monthey": 1})

    assert (
        ("Sion", Money.of("2.65")),
        ("Sierre", Money.of("2.65")),
        ("Monthey", Money.of("2.70")),
    ) == shares


def test_apportion_forms_agree() -> None:
    """Pairs, a mapping, bare weights and n equal shares split the same total the same way."""
    total = Money.of("100.00")
    pairs = apportion(total, [("a", 1), ("b", 1), ("c", 1)])

    assert pairs == apportion(total, {"a": 1, "b": 1, "c": 1})
    assert (
        tuple(m for _, m in pairs) == apportion(total, [1, 1, 1]) == apportion(total, 3)
    )
    assert total == sum(apportion(total, 7), Money.zero())


def test_apportion_one_share_is_the_total() -> None:
    """One share is the whole total."""
    assert (Money.of("8.00"),) == apportion(Money.of("8.00"), 1)


@pytest.mark.parametrize(
    ("total", "weights", "message"),
    [
        pytest.param(
            Money.of("8"),
            0,
            "weights: expected a positive number of shares, got 0",
            id="0 shares",
        ),
        pytest.param(
            Money.of("8"),
            -2,
            "weights: expected a positive number of shares, got -2",
            id="-2 shares",
        ),
        pytest.param(
            Money.of("8"),
            True,
            "weights: expected (name, weight) pairs, a mapping of name to weight, a sequence of weights or a number of equal shares, got bool",
            id="True",
        ),
        pytest.param(Money.of("8"), 2.5, "got float", id="2.5"),
        pytest.param(Money.of("8"), None, "got NoneType", id="None"),
        pytest.param(Money.of("8"), "abc", 'got the string "abc"', id="'abc'"),
        pytest.param(
            Money.of("8"),
            [("a", 1), 2],
            "weights: expected either (name, weight) pairs or bare weights, not both",
            id="mixed",
        ),
        pytest.param(
            Money.of("8"),
            [("a", 1, 2)],
            "weights: expected (name, weight) pairs",
            id="triple",
        ),
        pytest.param(
            Money.of("8"), [], "weights: expected at least one positive weight", id="[]"
        ),
        pytest.param(
            Money.of("8"),
            [1, -1],
            "weights: expected non-negative weights",
            id="negative",
        ),
        pytest.param(
            Money.of("8"),
            [1.5],
            "weight: expected a Decimal, an int or a decimal string",
            id="float weight",
        ),
        pytest.param(
            8,
            2,
            'total: expected Money, e.g. Money.of("8.00"), got int',
            id="int total",
        ),
        pytest.param(
            "8.00",
            2,
            'total: expected Money, e.g. Money.of("8.00"), got str',
            id="str total",
        ),
    ],
)
def test_apportion_refuses_other_inputs(
    total: object, weights: object, message: str
) -> None:
    """Anything but the four forms, or a total that is not Money, is refused, naming the argument."""
    with pytest.raises(InvalidArgument, match=re.escape(message)):
        apportion(total, weights)  # type: ignore[call-overload]


# -- whole-franc dash (rule 51) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        pytest.param("400", "CHF 400.-", id="400"),
        pytest.param("400.00", "CHF 400.-", id="400.00"),
        pytest.param("400.004", "CHF 400.00", id="400.004"),
        pytest.param("399.999", "CHF 400.00", id="399.999"),
        pytest.param("399.995", "CHF 400.00", id="399.995"),
        pytest.param("400.005", "CHF 400.01", id="400.005"),
        pytest.param("1234567", "CHF 1’234’567.-", id="1234567"),
        pytest.param("-400", "CHF -400.-", id="-400"),
        pytest.param("-400.004", "CHF -400.00", id="-400.004"),
        pytest.param("0.001", "CHF 0.00", id="0.001"),
        pytest.param("0", "CHF 0.-", id="0"),
    ],
)
def test_whole_dash_only_for_whole_francs(amount: str, shown: str) -> None:
    """domain.md §7 and rule 51: ".-" means a whole-franc amount; an amount that only rounds to one shows its centimes."""
    assert shown == Money.of(amount).format(whole_dash=True)


def test_whole_dash_off_is_unchanged() -> None:
    """Without whole_dash, amounts always show their centimes, rounded half up."""
    assert "CHF 400.00" == Money.of("400.004").format()
    assert "CHF 400.00" == Money.of("400").format()
