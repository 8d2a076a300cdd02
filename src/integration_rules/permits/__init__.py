"""Residence statuses, their transitions, and who is competent for whom.

This layer builds on :mod:`integration_rules._core` and :mod:`integration_rules.facts`.
"""

from integration_rules.permits._agenda import (
    AIS_SCOPE,
    LUMP_SUM_SCOPE,
    LUMP_SUM_STATUSES,
    PROGRAMME_S_SCOPE,
    integration_agenda,
)
from integration_rules.permits._catalogue import (
    ASYLUM_DOMAIN,
    FOREIGNERS_OUTSIDE_ASYLUM,
    LAW_ENCODED_FROM,
    STATUSES,
    Domain,
    Status,
    WorkAccess,
    WorkRegime,
    status,
    statuses,
)
from integration_rules.permits._offices import (
    COVERED_CANTONS,
    OFFICES,
    ROUTES,
    Office,
    OfficeDecision,
    competent_office,
)
from integration_rules.permits._transitions import (
    TRANSITIONS,
    Transition,
    check_transition,
    foreseen_transitions,
)
from integration_rules.permits._work import work_access

__all__ = [
    "AIS_SCOPE",
    "ASYLUM_DOMAIN",
    "COVERED_CANTONS",
    "FOREIGNERS_OUTSIDE_ASYLUM",
    "LAW_ENCODED_FROM",
    "LUMP_SUM_SCOPE",
    "LUMP_SUM_STATUSES",
    "OFFICES",
    "PROGRAMME_S_SCOPE",
    "ROUTES",
    "STATUSES",
    "TRANSITIONS",
    "Domain",
    "Office",
    "OfficeDecision",
    "Status",
    "Transition",
    "WorkAccess",
    "WorkRegime",
    "check_transition",
    "competent_office",
    "foreseen_transitions",
    "integration_agenda",
    "status",
    "statuses",
    "work_access",
]
