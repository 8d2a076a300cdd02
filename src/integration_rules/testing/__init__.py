"""Testing tools for rule authors: Hypothesis strategies and ready-made checks.

Needs Hypothesis (``pip install integration-rules[testing]``). The library's
own tests use them.

Example:
    >>> import datetime as dt
    >>> from hypothesis import given, settings
    >>> from integration_rules import catalog
    >>> from integration_rules.testing import check_explanation, persons
    >>> from integration_rules.rules import evaluate
    >>> rule = catalog()["carriere-au-feminin"].rule
    >>> @settings(max_examples=20)
    ... @given(persons(born=(dt.date(1960, 1, 1), dt.date(2000, 1, 1))))
    ... def test_explanations(person):
    ...     check_explanation(evaluate(rule, person, on=dt.date(2024, 3, 1)))
    >>> test_explanations()
"""

from integration_rules.testing._checks import (
    check_boundary,
    check_explanation,
    check_independence,
    check_knowledge_monotonicity,
    learned_from,
)
from integration_rules.testing._strategies import (
    boundary_dates,
    evaluation_dates,
    fact_values,
    persons,
    residence_statuses,
    rule_trees,
)

__all__ = [
    "boundary_dates",
    "check_boundary",
    "check_explanation",
    "check_independence",
    "check_knowledge_monotonicity",
    "evaluation_dates",
    "fact_values",
    "learned_from",
    "persons",
    "residence_statuses",
    "rule_trees",
]
