"""integration_rules: the rules of integration programmes, as explainable code.

Who may join which measure, on which date, and why: every answer is
``ELIGIBLE``, ``INELIGIBLE`` or ``UNDETERMINED`` (when a fact it needs is
unknown), with an explanation that names the facts read and the sources.

Layers (imports point down this list only; ``tests/test_layers.py`` checks it):

1. ``errors`` — the exceptions;
2. ``_core`` — the domain-free rule algebra, outcomes, explanations, dates,
   sources (public facade: :mod:`integration_rules.rules`), and beside it
   ``explain``, which renders every explanation as text, HTML and JSON;
3. ``facts`` — the :class:`Person` model;
4. ``permits`` — residence statuses, transitions, competent offices;
5. ``measures`` — the measures, as data built on the core;
6. ``network`` — the CII Valais network: circles, referrals, collaborations;
7. ``_check`` — :func:`check`, :func:`catalog` and the questions over time;
8. ``_cli`` — the command line, the only module that reads files or prints.

Example:
    >>> from datetime import date
    >>> from integration_rules import Person, Outcome, check
    >>> p = Person(birth_date="2007-09-03", sex="M", domicile="CH-VS",
    ...            apprenticeship_contract=True, difficulties={"social", "scholastic"})
    >>> check(p, "formavenir", on=date(2024, 3, 1)).outcome is Outcome.ELIGIBLE
    True
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from integration_rules._check import (
        catalog,
        check,
        eligibility_periods,
        eligible_measures,
        measure,
        path_to_eligibility,
        sessions,
    )
    from integration_rules._core import (
        LANGUAGES,
        Choice,
        Decision,
        Document,
        DocumentKind,
        Money,
        Node,
        Outcome,
        Parameter,
        Path,
        Period,
        Rule,
        Source,
        Text,
        Timeline,
    )
    from integration_rules._questions import Question, next_questions
    from integration_rules._verify import Verification, verify
    from integration_rules.errors import (
        EvaluationError,
        IntegrationRulesError,
        InvalidArgument,
        InvalidFact,
        InvalidRule,
        NoValueOnDate,
        UnknownFact,
        UnknownMeasure,
    )
    from integration_rules.facts import (
        Person,
    )
    from integration_rules.measures import (
        Catalogue,
        Measure,
        Organisation,
    )
    from integration_rules.network import (
        cii_valais,
        may_refer,
        referrers,
    )
    from integration_rules.permits import (
        Domain,
        Office,
        Status,
        Transition,
        WorkAccess,
        check_transition,
        competent_office,
        foreseen_transitions,
        integration_agenda,
        status,
        statuses,
        work_access,
    )

#: Where each public name is defined. A name is imported on first use
#: (``integration_rules.check``, ``from integration_rules import Person``), so
#: that ``import integration_rules`` costs next to nothing and a program pays
#: only for the parts it uses.
_LAZY = {
    "catalog": "integration_rules._check",
    "check": "integration_rules._check",
    "eligibility_periods": "integration_rules._check",
    "eligible_measures": "integration_rules._check",
    "next_questions": "integration_rules._questions",
    "verify": "integration_rules._verify",
    "Verification": "integration_rules._verify",
    "Question": "integration_rules._questions",
    "measure": "integration_rules._check",
    "path_to_eligibility": "integration_rules._check",
    "sessions": "integration_rules._check",
    "LANGUAGES": "integration_rules._core",
    "Choice": "integration_rules._core",
    "Decision": "integration_rules._core",
    "Document": "integration_rules._core",
    "DocumentKind": "integration_rules._core",
    "Money": "integration_rules._core",
    "Node": "integration_rules._core",
    "Outcome": "integration_rules._core",
    "Parameter": "integration_rules._core",
    "Path": "integration_rules._core",
    "Period": "integration_rules._core",
    "Rule": "integration_rules._core",
    "Source": "integration_rules._core",
    "Text": "integration_rules._core",
    "Timeline": "integration_rules._core",
    "EvaluationError": "integration_rules.errors",
    "IntegrationRulesError": "integration_rules.errors",
    "InvalidArgument": "integration_rules.errors",
    "InvalidFact": "integration_rules.errors",
    "InvalidRule": "integration_rules.errors",
    "NoValueOnDate": "integration_rules.errors",
    "UnknownFact": "integration_rules.errors",
    "UnknownMeasure": "integration_rules.errors",
    "Person": "integration_rules.facts",
    "Catalogue": "integration_rules.measures",
    "Measure": "integration_rules.measures",
    "Organisation": "integration_rules.measures",
    "cii_valais": "integration_rules.network",
    "may_refer": "integration_rules.network",
    "referrers": "integration_rules.network",
    "Domain": "integration_rules.permits",
    "Office": "integration_rules.permits",
    "Status": "integration_rules.permits",
    "Transition": "integration_rules.permits",
    "WorkAccess": "integration_rules.permits",
    "check_transition": "integration_rules.permits",
    "competent_office": "integration_rules.permits",
    "foreseen_transitions": "integration_rules.permits",
    "integration_agenda": "integration_rules.permits",
    "status": "integration_rules.permits",
    "statuses": "integration_rules.permits",
    "work_access": "integration_rules.permits",
}


def __getattr__(name: str) -> Any:
    """Import a public name on first use (PEP 562); ``__version__`` from the installed metadata."""
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value  # the next use reads it directly
        return value
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - slow to import

        try:
            return version("integration-rules")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            return "0+unknown"
    raise AttributeError(f"module 'integration_rules' has no attribute {name!r}")


__all__ = [
    "LANGUAGES",
    "Catalogue",
    "Choice",
    "Decision",
    "Document",
    "DocumentKind",
    "Domain",
    "EvaluationError",
    "IntegrationRulesError",
    "InvalidArgument",
    "InvalidFact",
    "InvalidRule",
    "Measure",
    "Money",
    "NoValueOnDate",
    "Node",
    "Office",
    "Organisation",
    "Outcome",
    "Parameter",
    "Path",
    "Period",
    "Person",
    "Question",
    "Rule",
    "Source",
    "Status",
    "Text",
    "Timeline",
    "Transition",
    "UnknownFact",
    "UnknownMeasure",
    "Verification",
    "WorkAccess",
    "__version__",
    "catalog",
    "check",
    "check_transition",
    "cii_valais",
    "competent_office",
    "eligibility_periods",
    "eligible_measures",
    "foreseen_transitions",
    "integration_agenda",
    "may_refer",
    "measure",
    "next_questions",
    "path_to_eligibility",
    "referrers",
    "sessions",
    "status",
    "statuses",
    "verify",
    "work_access",
]


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
