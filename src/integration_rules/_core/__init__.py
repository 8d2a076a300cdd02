"""The domain-free core: the rule algebra, outcomes, explanations, dates, sources.

Nothing in ``_core`` knows about persons, permits, cantons or measures; the
domain packages are data built on it. ``_core`` imports only from itself,
from its renderers (``integration_rules.explain``) and from
:mod:`integration_rules.errors` (a test checks it).

Each name is imported on first use (PEP 562): importing one module of the
core (``integration_rules._core._outcome``) does not load the others, which
keeps the import graph free of cycles and ``import integration_rules`` fast.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from integration_rules._core._amount import (
        Amount,
        used,
    )
    from integration_rules._core._choice import (
        Alternative,
        Choice,
        choose,
    )
    from integration_rules._core._dated import (
        Change,
        History,
    )
    from integration_rules._core._dates import (
        Period,
        add_months,
        add_years,
        as_date,
        completed_years,
        ordinal,
    )
    from integration_rules._core._decimal import to_decimal
    from integration_rules._core._evaluate import (
        evaluate,
    )
    from integration_rules._core._explanation import (
        SCHEMA_VERSION,
        Decision,
    )
    from integration_rules._core._leaves import (
        AgeBetween,
        AnyAgeBetween,
        Compare,
        Contains,
        IsTrue,
        Leaf,
        MonthsSince,
        OneOf,
        OnScale,
        Predicate,
        YearsSince,
        age_at_least,
        age_at_most,
        age_between,
        any_age_between,
        at_least_on_scale,
        compare,
        contains,
        equals,
        is_true,
        months_since,
        one_of,
        predicate,
        years_since,
    )
    from integration_rules._core._money import (
        CENT,
        CURRENCIES,
        FIVE_RAPPEN,
        FRANC,
        Money,
        RoundingRule,
        apportion,
    )
    from integration_rules._core._node import (
        Figure,
        Node,
        ParameterUse,
    )
    from integration_rules._core._outcome import (
        Outcome,
    )
    from integration_rules._core._parameters import (
        Parameter,
        resolve,
    )
    from integration_rules._core._path import (
        Path,
        apply_changes,
        blockers,
        earliest_eligible,
        minimal_changes,
        path_to_eligibility,
    )
    from integration_rules._core._quantities import (
        Between,
        Count,
        between,
        count_of,
    )
    from integration_rules._core._reading import (
        Breakpoint,
        FactChange,
        read_fact,
    )
    from integration_rules._core._rule import (
        AllOf,
        AnyOf,
        AtLeast,
        Combination,
        Not,
        Rule,
        all_of,
        any_of,
        at_least_n_of,
        not_,
    )
    from integration_rules._core._sources import (
        Document,
        DocumentKind,
        Source,
    )
    from integration_rules._core._text import (
        LANGUAGES,
        FactName,
        Phrase,
        Text,
        check_lang,
    )
    from integration_rules._core._time import (
        Span,
        Timeline,
        timeline,
    )
    from integration_rules.errors import (
        quote,
    )

#: Where each name of the core is defined.
_LAZY = {
    "Amount": "integration_rules._core._amount",
    "used": "integration_rules._core._amount",
    "Alternative": "integration_rules._core._choice",
    "Choice": "integration_rules._core._choice",
    "choose": "integration_rules._core._choice",
    "Change": "integration_rules._core._dated",
    "History": "integration_rules._core._dated",
    "Period": "integration_rules._core._dates",
    "add_months": "integration_rules._core._dates",
    "add_years": "integration_rules._core._dates",
    "as_date": "integration_rules._core._dates",
    "completed_years": "integration_rules._core._dates",
    "ordinal": "integration_rules._core._dates",
    "evaluate": "integration_rules._core._evaluate",
    "SCHEMA_VERSION": "integration_rules._core._explanation",
    "Decision": "integration_rules._core._explanation",
    "AgeBetween": "integration_rules._core._leaves",
    "AnyAgeBetween": "integration_rules._core._leaves",
    "Compare": "integration_rules._core._leaves",
    "Contains": "integration_rules._core._leaves",
    "IsTrue": "integration_rules._core._leaves",
    "Leaf": "integration_rules._core._leaves",
    "MonthsSince": "integration_rules._core._leaves",
    "OneOf": "integration_rules._core._leaves",
    "OnScale": "integration_rules._core._leaves",
    "Predicate": "integration_rules._core._leaves",
    "YearsSince": "integration_rules._core._leaves",
    "age_at_least": "integration_rules._core._leaves",
    "age_at_most": "integration_rules._core._leaves",
    "age_between": "integration_rules._core._leaves",
    "any_age_between": "integration_rules._core._leaves",
    "at_least_on_scale": "integration_rules._core._leaves",
    "compare": "integration_rules._core._leaves",
    "contains": "integration_rules._core._leaves",
    "equals": "integration_rules._core._leaves",
    "is_true": "integration_rules._core._leaves",
    "months_since": "integration_rules._core._leaves",
    "one_of": "integration_rules._core._leaves",
    "predicate": "integration_rules._core._leaves",
    "years_since": "integration_rules._core._leaves",
    "Between": "integration_rules._core._quantities",
    "Count": "integration_rules._core._quantities",
    "between": "integration_rules._core._quantities",
    "count_of": "integration_rules._core._quantities",
    "FactName": "integration_rules._core._text",
    "CENT": "integration_rules._core._money",
    "CURRENCIES": "integration_rules._core._money",
    "FIVE_RAPPEN": "integration_rules._core._money",
    "FRANC": "integration_rules._core._money",
    "Money": "integration_rules._core._money",
    "RoundingRule": "integration_rules._core._money",
    "apportion": "integration_rules._core._money",
    "to_decimal": "integration_rules._core._decimal",
    "Figure": "integration_rules._core._node",
    "Node": "integration_rules._core._node",
    "ParameterUse": "integration_rules._core._node",
    "Outcome": "integration_rules._core._outcome",
    "Parameter": "integration_rules._core._parameters",
    "resolve": "integration_rules._core._parameters",
    "Path": "integration_rules._core._path",
    "apply_changes": "integration_rules._core._path",
    "blockers": "integration_rules._core._path",
    "earliest_eligible": "integration_rules._core._path",
    "minimal_changes": "integration_rules._core._path",
    "path_to_eligibility": "integration_rules._core._path",
    "Breakpoint": "integration_rules._core._reading",
    "FactChange": "integration_rules._core._reading",
    "read_fact": "integration_rules._core._reading",
    "AllOf": "integration_rules._core._rule",
    "AnyOf": "integration_rules._core._rule",
    "AtLeast": "integration_rules._core._rule",
    "Combination": "integration_rules._core._rule",
    "Not": "integration_rules._core._rule",
    "Rule": "integration_rules._core._rule",
    "all_of": "integration_rules._core._rule",
    "any_of": "integration_rules._core._rule",
    "at_least_n_of": "integration_rules._core._rule",
    "not_": "integration_rules._core._rule",
    "Document": "integration_rules._core._sources",
    "DocumentKind": "integration_rules._core._sources",
    "Source": "integration_rules._core._sources",
    "LANGUAGES": "integration_rules._core._text",
    "Phrase": "integration_rules._core._text",
    "Text": "integration_rules._core._text",
    "check_lang": "integration_rules._core._text",
    "Span": "integration_rules._core._time",
    "Timeline": "integration_rules._core._time",
    "timeline": "integration_rules._core._time",
    "quote": "integration_rules.errors",
}


def __getattr__(name: str) -> Any:
    """Import a name of the core on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(
            f"module 'integration_rules._core' has no attribute {name!r}"
        )
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next use reads it directly
    return value


__all__ = [
    "CENT",
    "CURRENCIES",
    "FIVE_RAPPEN",
    "FRANC",
    "LANGUAGES",
    "SCHEMA_VERSION",
    "AgeBetween",
    "AllOf",
    "Alternative",
    "Amount",
    "AnyAgeBetween",
    "AnyOf",
    "AtLeast",
    "Between",
    "Breakpoint",
    "Change",
    "Choice",
    "Combination",
    "Compare",
    "Contains",
    "Count",
    "Decision",
    "Document",
    "DocumentKind",
    "FactChange",
    "FactName",
    "Figure",
    "History",
    "IsTrue",
    "Leaf",
    "Money",
    "MonthsSince",
    "Node",
    "Not",
    "OnScale",
    "OneOf",
    "Outcome",
    "Parameter",
    "ParameterUse",
    "Path",
    "Period",
    "Phrase",
    "Predicate",
    "RoundingRule",
    "Rule",
    "Source",
    "Span",
    "Text",
    "Timeline",
    "YearsSince",
    "add_months",
    "add_years",
    "age_at_least",
    "age_at_most",
    "age_between",
    "all_of",
    "any_age_between",
    "any_of",
    "apply_changes",
    "apportion",
    "as_date",
    "at_least_n_of",
    "at_least_on_scale",
    "between",
    "blockers",
    "check_lang",
    "choose",
    "compare",
    "completed_years",
    "contains",
    "count_of",
    "earliest_eligible",
    "equals",
    "evaluate",
    "is_true",
    "minimal_changes",
    "months_since",
    "not_",
    "one_of",
    "ordinal",
    "path_to_eligibility",
    "predicate",
    "quote",
    "read_fact",
    "resolve",
    "timeline",
    "to_decimal",
    "used",
    "years_since",
]


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
