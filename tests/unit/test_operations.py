"""The table of operations: one entry per kind of rule, and nothing that falls through."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import string
from pathlib import Path
from typing import ClassVar

import pytest
from attrs import frozen

from integration_rules._core import _leaves, _quantities, _rule
from integration_rules._core._messages import CATALOGUES
from integration_rules._core._operation import SCALAR, Operation
from integration_rules._core._ops import OPERATIONS, operation
from integration_rules.errors import InvalidRule
from integration_rules.rules import Leaf, Phrase, Rule, is_true

SOURCE = Path(__file__).resolve().parents[2] / "src" / "integration_rules"


def rule_classes() -> list[type[Rule]]:
    """Every rule class of the core that names a kind."""
    return [
        value
        for module in (_rule, _leaves, _quantities)
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, Rule) and value.kind
    ]


def test_every_kind_has_one_entry_and_every_entry_a_kind() -> None:
    """The classes' kinds and the table's entries are the same set, one class per kind."""
    kinds = [cls.kind for cls in rule_classes()]

    assert len(kinds) == len(set(kinds))
    assert set(kinds) == set(OPERATIONS)
    for kind, op in OPERATIONS.items():
        assert kind == op.kind


def test_a_kind_without_an_entry_is_refused_when_built() -> None:
    """A rule class whose kind is not in the table cannot even be built: no engine guesses."""

    @frozen(kw_only=True, repr=False)
    class Mystery(Leaf):
        kind: ClassVar[str] = "mystery"
        fact: str

    with pytest.raises(InvalidRule) as caught:
        Mystery(fact="x", id="demo.mystery", label=Phrase("is_true", ("x",)))

    assert "no operation for rules of kind 'mystery' (Mystery)" in str(caught.value)
    with pytest.raises(InvalidRule):
        operation(object())


def test_an_operation_is_a_leaf_or_a_combination() -> None:
    """An entry gives test (a leaf) or combine (a combination): exactly one."""
    base = {"kind": "demo", "message": None, "ident": lambda _rule, _name: "demo"}
    with pytest.raises(InvalidRule, match="give test"):
        Operation(**base)
    with pytest.raises(InvalidRule, match="give test"):
        Operation(
            **base,
            test=lambda _rule, _values, _on: (True, None),
            combine=lambda _rule, _codes, _on, _algebra: 2,
        )
    assert Operation(**base, test=lambda _rule, _values, _on: (True, None)).is_leaf


def test_settles_is_the_bottom_or_the_top_code() -> None:
    """``settles`` says which bound of the order decides a minimum (0) or a maximum (2)."""
    base = {
        "kind": "demo",
        "message": None,
        "ident": lambda _rule, _name: "demo",
        "combine": lambda _rule, codes, _on, algebra: algebra.minimum(codes),
    }
    assert Operation(**base, settles=0).settles == 0
    for wrong in (1, 3, True, "0", 0.0):
        with pytest.raises(InvalidRule, match="settles: expected 0"):
            Operation(**base, settles=wrong)


def test_a_settling_combination_is_exactly_a_minimum_or_a_maximum() -> None:
    """For every entry with ``settles``, combine is min (settles 0) or max (2) of any codes.

    Plans compute it part by part and stop at ``settles``: the code a part
    decides the combination with whatever the others.
    """
    settling = [op for op in OPERATIONS.values() if op.settles is not None]
    assert {op.kind for op in settling} == {"all_of", "any_of"}
    for op in settling:
        assert op.combine is not None
        rule = _rule.all_of(is_true("a"), is_true("b"))
        bound = min if op.settles == 0 else max
        for size in range(1, 5):
            for codes in itertools.product((0, 1, 2), repeat=size):
                combined = op.combine(rule, list(codes), dt.date(2024, 1, 1), SCALAR)
                assert combined == bound(codes)
                if op.settles in codes:
                    assert combined == op.settles


def test_every_catalogue_has_the_same_messages_with_the_same_fields() -> None:
    """A message reads {0}, {1}… in every language: no language drops or adds a value."""
    codes = {lang: set(catalogue) for lang, catalogue in CATALOGUES.items()}

    assert codes["fr"] == codes["de"] == codes["en"]
    for code in CATALOGUES["fr"]:
        fields = {
            lang: sorted(
                name
                for _, name, _, _ in string.Formatter().parse(catalogue[code])
                if name
            )
            for lang, catalogue in CATALOGUES.items()
        }
        assert fields["fr"] == fields["de"] == fields["en"], code


def test_every_message_the_library_names_is_in_the_catalogues() -> None:
    """Each code written in the source, and each of the elapsed-time codes, has a wording."""
    written = set()
    for path in SOURCE.rglob("*.py"):
        written |= set(re.findall(r'Phrase\(\s*"([a-z0-9_.]+)"', path.read_text("utf-8")))
    elapsed = {
        f"{kind}.{suffix}"
        for kind in ("years_since", "months_since")
        for suffix in (
            "at_least",
            "more_than",
            "reached",
            "held",
            "more_than_held",
            "pending",
            "more_than_pending",
        )
    }

    assert written, "no message found: the pattern is out of date"
    assert (written | elapsed) <= set(CATALOGUES["en"])


def test_a_generated_label_is_a_message_that_reads_the_current_value() -> None:
    """is_true's label is the catalogue's message; no language is frozen into the rule."""
    label = is_true("contract").label

    assert isinstance(label, Phrase)
    assert ("contract : oui", "contract: ja", "contract: yes") == (
        label.fr,
        label.de,
        label.en,
    )
