"""Facts about persons: the :class:`Person` model and the codes its facts use.

This layer builds on :mod:`integration_rules._core` only.
"""

from integration_rules.facts._convert import (
    DIFFICULTY_KINDS,
    HOUSING_STAGES,
    LANGUAGE_LEVELS,
    NEWCOMER_STEPS,
    PROTECTION_STATUSES,
    RESIDENCE_STATUSES,
    SWISS_CANTONS,
)
from integration_rules.facts._person import FACTS, Person
from integration_rules.facts._schema import FACT_KINDS, FactKind

__all__ = [
    "DIFFICULTY_KINDS",
    "FACTS",
    "FACT_KINDS",
    "HOUSING_STAGES",
    "LANGUAGE_LEVELS",
    "NEWCOMER_STEPS",
    "PROTECTION_STATUSES",
    "RESIDENCE_STATUSES",
    "SWISS_CANTONS",
    "FactKind",
    "Person",
]
