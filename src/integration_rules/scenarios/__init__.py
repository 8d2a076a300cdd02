"""Scenarios over a caseload: a reform against the baseline, with the people and the money that change.

Example:
    >>> from integration_rules import Person, measure
    >>> from integration_rules.scenarios import compare
    >>> people = [Person(birth_date="2007-09-03", domicile="CH-VS", apprenticeship_contract=True,
    ...                  difficulties=["social"])]
    >>> base = measure("formavenir")
    >>> reform = base.with_parameters({"formavenir.min_difficulty_kinds": 1})
    >>> compare(people, [base], [reform], on="2024-03-01").counts("formavenir")["gained"]
    1
"""

from integration_rules.scenarios._compare import (
    KINDS,
    Comparison,
    ConditionChange,
    OutcomeChange,
    Places,
    Side,
    compare,
    differences,
    kind_of,
)
from integration_rules.scenarios._readings import parse_value, reading

__all__ = [
    "KINDS",
    "Comparison",
    "ConditionChange",
    "OutcomeChange",
    "Places",
    "Side",
    "compare",
    "differences",
    "kind_of",
    "parse_value",
    "reading",
]
