"""Facts about persons: their declarations, the :class:`Person` model and the codes its facts use.

The built-in facts are declared once (:data:`FACTS`, a :class:`Schema` of
:class:`Fact` values); ``FACTS.extended(fact, …)`` adds facts of one's own.

This layer builds on :mod:`integration_rules._core` only.
"""

from integration_rules._core._facts import KINDS, Fact, Order
from integration_rules._core._schema import Record, Schema
from integration_rules.facts._convert import (
    DIFFICULTY_KINDS,
    HOUSING_STAGES,
    LANGUAGE_LEVELS,
    NEWCOMER_STEPS,
    PROTECTION_STATUSES,
    RESIDENCE_STATUSES,
    SWISS_CANTONS,
)
from integration_rules.facts._person import FACTS, ORDERS, Person
from integration_rules.facts._schema import FACT_KINDS, FactKind

__all__ = [
    "DIFFICULTY_KINDS",
    "FACTS",
    "FACT_KINDS",
    "HOUSING_STAGES",
    "KINDS",
    "LANGUAGE_LEVELS",
    "NEWCOMER_STEPS",
    "ORDERS",
    "PROTECTION_STATUSES",
    "RESIDENCE_STATUSES",
    "SWISS_CANTONS",
    "Fact",
    "FactKind",
    "Order",
    "Person",
    "Record",
    "Schema",
]
