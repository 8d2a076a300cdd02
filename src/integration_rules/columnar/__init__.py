"""The columnar engine: the same rules, evaluated over whole caseloads with numpy.

Optional: install ``integration-rules[columnar]`` (numpy). Importing
:mod:`integration_rules` never imports numpy.

Example:
    >>> import datetime as dt
    >>> from integration_rules import Person, catalog
    >>> from integration_rules.columnar import Columns, evaluate_columns
    >>> people = [Person(sex="F", domicile="CH-VS", wants_to_resume_work=True), Person(sex="M"), Person(domicile="CH-VS")]
    >>> result = evaluate_columns(catalog()["carriere-au-feminin"].rule, Columns.from_persons(people), on=dt.date(2024, 3, 1))
    >>> result.outcomes.tolist(), [sorted(m) for m in result.missing_sets()]
    ([2, 0, 1], [[], [], ['sex', 'wants_to_resume_work']])
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cached_property
from typing import Any

import numpy as np

from integration_rules._core import Outcome, Rule, as_date
from integration_rules._core._ops import operation
from integration_rules._core._rule import conditions
from integration_rules.columnar._columns import Column, Columns, date_key, read_columns
from integration_rules.columnar._compile import (
    ELIGIBLE,
    INELIGIBLE,
    UNDETERMINED,
    Compiler,
    missing_names,
)
from integration_rules.errors import InvalidArgument
from integration_rules.facts import FACTS

_OUTCOMES = {
    ELIGIBLE: Outcome.ELIGIBLE,
    UNDETERMINED: Outcome.UNDETERMINED,
    INELIGIBLE: Outcome.INELIGIBLE,
}
#: The bit of each built-in fact in the missing-facts masks.
FACT_BITS = {name: i for i, name in enumerate(FACTS)}
#: The most facts a missing-facts mask (``int64``) holds.
_MASK_BITS = 63


def _mask_names(rules: list[Rule], columns: Columns) -> tuple[str, ...]:
    """The facts the masks' bits stand for: the schema's, or those the rules read past 63 facts."""
    names = columns.schema.names
    if len(names) <= _MASK_BITS:
        return names
    read = frozenset().union(*(rule.facts() for rule in rules))
    chosen = tuple(name for name in names if name in read)
    if len(chosen) > _MASK_BITS:
        raise InvalidArgument(
            "rules",
            f"expected rules that read at most {_MASK_BITS} facts together, got {len(chosen)}",
        )
    return chosen


class ColumnResult:
    """A rule's outcome on every row: codes (2 eligible, 1 undetermined, 0 ineligible) and missing facts.

    Attributes:
        outcomes: ``int8`` codes, one per row.
    """

    def __init__(
        self,
        rule: Rule,
        compiler: Compiler,
        outcomes: np.ndarray[Any, Any],
        fact_names: tuple[str, ...] = FACTS.names,
    ) -> None:
        self.rule = rule
        #: The fact of each bit of :attr:`missing`, in order.
        self.fact_names = fact_names
        self._compiler = compiler
        self.outcomes = outcomes

    @cached_property
    def missing(self) -> np.ndarray[Any, Any]:
        """``int64`` bit masks over ``fact_names`` (the facts of the columns' schema), one per row (computed once, on demand)."""
        masks = np.zeros(len(self.outcomes), dtype=np.int64)
        rows = np.flatnonzero(self.outcomes == UNDETERMINED)
        if len(rows):
            masks[rows] = self._compiler.missing(self.rule, rows)
        return masks

    def outcome(self, row: int) -> Outcome:
        """The outcome of *row*."""
        return _OUTCOMES[int(self.outcomes[row])]

    def missing_set(self, row: int) -> frozenset[str]:
        """The missing facts of *row*, as :attr:`Decision.missing` names them."""
        return missing_names(int(self.missing[row]), self.fact_names)

    def missing_sets(self) -> list[frozenset[str]]:
        """The missing facts of every row."""
        return [missing_names(int(m), self.fact_names) for m in self.missing]

    def condition_codes(self) -> dict[str, np.ndarray[Any, Any]]:
        """The codes of each condition of the rule (its direct parts) by rule id, for summaries.

        The conditions are what an explanation lists first: "domiciled in
        Valais", "cumulates difficulties"; a rule that is a single leaf is its
        own condition.
        """
        self._compiler.evaluate(
            self.rule
        )  # the parts' codes, if the outcome took the fast path
        found: dict[str, np.ndarray[Any, Any]] = {}
        for part in conditions(self.rule):
            codes = self._compiler.codes.get(id(part))
            if codes is not None:
                found[part.id] = codes
        return found

    def leaf_codes(self) -> dict[str, np.ndarray[Any, Any]]:
        """Each leaf's codes by rule id, for summaries (what blocks most often)."""
        self._compiler.evaluate(
            self.rule
        )  # the leaves' codes, if the outcome took the fast path
        found: dict[str, np.ndarray[Any, Any]] = {}
        stack = [self.rule]
        while stack:
            rule = stack.pop()
            op = operation(rule)
            if op.test is not None:
                codes = self._compiler.codes.get(id(rule))
                if codes is not None:
                    found[rule.id] = codes
            stack.extend(op.parts(rule))
        return found


def evaluate_columns(
    rule: Rule, columns: Columns, *, on: dt.date | str
) -> ColumnResult:
    """Evaluate *rule* on every row of *columns* on *on*, vectorised.

    The outcome and missing facts of each row are exactly those of
    :func:`integration_rules.rules.evaluate` on that row (a property test
    checks it). Rows whose birth date is after *on* are not flagged here:
    the batch API reports them as errors, as :func:`integration_rules.check` does.
    """
    return evaluate_rules([rule], columns, on=on)[0]


def evaluate_rules(
    rules: Iterable[Rule], columns: Columns, *, on: dt.date | str
) -> list[ColumnResult]:
    """Evaluate several rules on the same columns, sharing what they compute in common (a domicile test, an age)."""
    chosen = list(rules)
    names = _mask_names(chosen, columns)
    bits = FACT_BITS if names == FACTS.names else {n: i for i, n in enumerate(names)}
    compiler = Compiler(columns, as_date(on, "on"), bits)
    return [
        ColumnResult(rule, compiler, compiler.outcomes(rule), names) for rule in chosen
    ]


__all__ = [
    "ELIGIBLE",
    "FACT_BITS",
    "INELIGIBLE",
    "UNDETERMINED",
    "Column",
    "ColumnResult",
    "Columns",
    "date_key",
    "evaluate_columns",
    "evaluate_rules",
    "read_columns",
]
