"""The kind of each fact of a person: what a column of a caseload holds."""

from __future__ import annotations

from typing import Final, Literal

from attrs import frozen

from integration_rules.facts._convert import (
    DIFFICULTY_KINDS,
    HOUSING_STAGES,
    LANGUAGE_LEVELS,
    NEWCOMER_STEPS,
    PROTECTION_STATUSES,
    RESIDENCE_STATUSES,
)
from integration_rules.facts._person import FACTS

Kind = Literal["bool", "date", "category", "set", "dates", "sequence"]


@frozen
class FactKind:
    """The kind of a fact, and its values when they form a closed list.

    Attributes:
        kind: ``"bool"``, ``"date"``, ``"category"`` (one code), ``"set"``
            (a set of codes), ``"dates"`` (a list of dates) or ``"sequence"``
            (an ordered list of codes).
        values: The codes, in order (for a scale, lowest first); empty when
            the list is open (a domicile code).
    """

    kind: Kind
    values: tuple[str, ...] = ()


_BOOL: Final = FactKind("bool")
_DATE: Final = FactKind("date")

#: The kind of every fact of :class:`~integration_rules.Person`.
FACT_KINDS: Final[dict[str, FactKind]] = {
    "birth_date": _DATE,
    "sex": FactKind("category", ("F", "M")),
    "domicile": FactKind("category"),
    "residence_status": FactKind("category", RESIDENCE_STATUSES),
    "arrival_date": _DATE,
    "language_level": FactKind("category", LANGUAGE_LEVELS),
    "apprenticeship_contract": _BOOL,
    "difficulties": FactKind("set", DIFFICULTY_KINDS),
    "registered_job_seeker": _BOOL,
    "hard_to_place": _BOOL,
    "wants_to_resume_work": _BOOL,
    "asylum_request_date": _DATE,
    "status_since": _DATE,
    "residence_permit_since": _DATE,
    "oral_language_level": FactKind("category", LANGUAGE_LEVELS),
    "written_language_level": FactKind("category", LANGUAGE_LEVELS),
    "refugee_status_recognised": _BOOL,
    "asylum_exclusion_ground": _BOOL,
    "asylum_request_rejected": _BOOL,
    "removal_not_enforceable": _BOOL,
    "whereabouts_known": _BOOL,
    "advanced_integration": _BOOL,
    "integrated": _BOOL,
    "revocation_ground": _BOOL,
    "protection_lifted": _BOOL,
    "in_federal_centre": _BOOL,
    "housing": FactKind("category", HOUSING_STAGES),
    "housing_since": _DATE,
    "children_birth_dates": FactKind("dates"),
    "neet": _BOOL,
    "disability_recognised": _BOOL,
    "student": _BOOL,
    "in_training": _BOOL,
    "durable_employment_difficulties": _BOOL,
    "compulsory_school_completed": _BOOL,
    "post_compulsory_solution": _BOOL,
    "at_risk_of_dropping_out": _BOOL,
    "late_arrival": _BOOL,
    "international_protection": FactKind("category", PROTECTION_STATUSES),
    "literate": _BOOL,
    "schooled": _BOOL,
    "newcomer_steps_completed": FactKind("sequence", NEWCOMER_STEPS),
}

if set(FACT_KINDS) != set(
    FACTS
):  # pragma: no cover - a programming error caught at import
    raise RuntimeError(f"facts without a kind: {sorted(set(FACTS) ^ set(FACT_KINDS))}")
