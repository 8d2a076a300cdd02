"""The columnar engine: the same rules, evaluated over whole caseloads with numpy.

Optional: install ``integration-rules[columnar]`` (numpy). Importing
:mod:`integration_rules` never imports numpy.

Example:
    >>> import datetime as dt
    >>> from integration_rules import Person, catalog
    >>> from integration_rules.columnar import Columns, evaluate_columns
    >>> people = [Person(sex="F", domicile="CH-VS", wants_to_resume_work=True), Person(sex="M")]
    >>> result = evaluate_columns(catalog()["carriere-au-feminin"].rule, Columns.from_persons(people), on=dt.date(2024, 3, 1))
    >>> result.outcomes.tolist(), [sorted(m) for m in result.missing_sets()]
    ([2, 0], [[], []])
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
from attrs import frozen

from integration_rules._core import Outcome, Rule, as_date
from integration_rules.columnar._columns import Column, Columns, date_key
from integration_rules.columnar._compile import (
    ELIGIBLE,
    INELIGIBLE,
    UNDETERMINED,
    Compiler,
    Evaluated,
    missing_names,
    outcome_codes,
)
from integration_rules.facts import FACTS

_OUTCOMES = {
    ELIGIBLE: Outcome.ELIGIBLE,
    UNDETERMINED: Outcome.UNDETERMINED,
    INELIGIBLE: Outcome.INELIGIBLE,
}
FACT_BITS = {name: i for i, name in enumerate(FACTS)}


@frozen(eq=False)
class ColumnResult:
    """A rule's outcome on every row: codes (2 eligible, 1 undetermined, 0 ineligible) and missing facts.

    Attributes:
        outcomes: ``int8`` codes, one per row.
        missing: ``int64`` bit masks over :data:`integration_rules.facts.FACTS`.
        leaves: Each leaf's (t, f, missing) arrays, by rule id, for summaries.
    """

    outcomes: np.ndarray[Any, Any]
    missing: np.ndarray[Any, Any]
    leaves: dict[str, Evaluated]

    def outcome(self, row: int) -> Outcome:
        """The outcome of *row*."""
        return _OUTCOMES[int(self.outcomes[row])]

    def missing_set(self, row: int) -> frozenset[str]:
        """The missing facts of *row*, as :attr:`Decision.missing` names them."""
        return missing_names(int(self.missing[row]), FACTS)

    def missing_sets(self) -> list[frozenset[str]]:
        """The missing facts of every row."""
        return [missing_names(int(m), FACTS) for m in self.missing]


def evaluate_columns(
    rule: Rule, columns: Columns, *, on: dt.date | str
) -> ColumnResult:
    """Evaluate *rule* on every row of *columns* on *on*, vectorised.

    The outcome and missing facts of each row are exactly those of
    :func:`integration_rules.rules.evaluate` on that row (a property test
    checks it). Rows whose birth date is after *on* are not flagged here:
    the batch API reports them as errors, as :func:`integration_rules.check` does.
    """
    day = as_date(on, "on")
    compiler = Compiler(columns, day, FACT_BITS)
    result = compiler.evaluate(rule)
    return ColumnResult(outcome_codes(result), result.missing, compiler.leaves)


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
]
