"""The domain-free core: the rule algebra, outcomes, explanations, dates, sources.

Nothing in ``_core`` knows about persons, permits, cantons or measures; the
domain packages are data built on it. ``_core`` imports only from itself and
from :mod:`integration_rules.errors` (a test checks it).
"""

from integration_rules._core._choice import Alternative, Choice, choose
from integration_rules._core._dated import Change, History
from integration_rules._core._dates import Period, add_years, as_date, completed_years
from integration_rules._core._evaluate import evaluate
from integration_rules._core._explanation import (
    SCHEMA_VERSION,
    Decision,
    Node,
    ParameterUse,
)
from integration_rules._core._outcome import Outcome
from integration_rules._core._parameters import Parameter, resolve
from integration_rules._core._rule import (
    AgeBetween,
    AllOf,
    AnyOf,
    AtLeast,
    Combination,
    Compare,
    Contains,
    IsTrue,
    Leaf,
    Not,
    OneOf,
    OnScale,
    Predicate,
    Rule,
    YearsSince,
    age_at_least,
    age_at_most,
    age_between,
    all_of,
    any_of,
    at_least_n_of,
    at_least_on_scale,
    compare,
    contains,
    equals,
    is_true,
    not_,
    one_of,
    predicate,
    read_fact,
    years_since,
)
from integration_rules._core._sources import Source
from integration_rules._core._text import LANGUAGES, Text, check_lang, quote

__all__ = [
    "LANGUAGES",
    "SCHEMA_VERSION",
    "AgeBetween",
    "AllOf",
    "Alternative",
    "AnyOf",
    "AtLeast",
    "Change",
    "Choice",
    "Combination",
    "Compare",
    "Contains",
    "Decision",
    "History",
    "IsTrue",
    "Leaf",
    "Node",
    "Not",
    "OnScale",
    "OneOf",
    "Outcome",
    "Parameter",
    "ParameterUse",
    "Period",
    "Predicate",
    "Rule",
    "Source",
    "Text",
    "YearsSince",
    "add_years",
    "age_at_least",
    "age_at_most",
    "age_between",
    "all_of",
    "any_of",
    "as_date",
    "at_least_n_of",
    "at_least_on_scale",
    "check_lang",
    "choose",
    "compare",
    "completed_years",
    "contains",
    "equals",
    "evaluate",
    "is_true",
    "not_",
    "one_of",
    "predicate",
    "quote",
    "read_fact",
    "resolve",
    "years_since",
]
