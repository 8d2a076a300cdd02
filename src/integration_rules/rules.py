"""The rule algebra, public: build rules, combine them, evaluate them.

Example:
    >>> import datetime as dt
    >>> from integration_rules.rules import age_between, is_true, evaluate
    >>> rule = age_between(15, 25) & is_true("apprenticeship_contract")
    >>> facts = {"birth_date": dt.date(2007, 9, 3), "apprenticeship_contract": None}
    >>> decision = evaluate(rule, facts, on=dt.date(2024, 3, 1))
    >>> decision.outcome, sorted(decision.missing)
    (<Outcome.UNDETERMINED: 'undetermined'>, ['apprenticeship_contract'])
"""

from integration_rules._core import (
    LANGUAGES,
    SCHEMA_VERSION,
    AgeBetween,
    AllOf,
    AnyOf,
    AtLeast,
    Compare,
    Contains,
    Decision,
    IsTrue,
    Leaf,
    Node,
    Not,
    OneOf,
    Outcome,
    Parameter,
    Period,
    Predicate,
    Rule,
    Source,
    Text,
    age_at_least,
    age_at_most,
    age_between,
    all_of,
    any_of,
    at_least_n_of,
    compare,
    completed_years,
    contains,
    equals,
    evaluate,
    is_true,
    not_,
    one_of,
    predicate,
)

__all__ = [
    "LANGUAGES",
    "SCHEMA_VERSION",
    "AgeBetween",
    "AllOf",
    "AnyOf",
    "AtLeast",
    "Compare",
    "Contains",
    "Decision",
    "IsTrue",
    "Leaf",
    "Node",
    "Not",
    "OneOf",
    "Outcome",
    "Parameter",
    "Period",
    "Predicate",
    "Rule",
    "Source",
    "Text",
    "age_at_least",
    "age_at_most",
    "age_between",
    "all_of",
    "any_of",
    "at_least_n_of",
    "compare",
    "completed_years",
    "contains",
    "equals",
    "evaluate",
    "is_true",
    "not_",
    "one_of",
    "predicate",
]
