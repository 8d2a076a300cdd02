"""Funding: exact money, dated parameters, and the programmes' formulas.

Every formula returns an :class:`~integration_rules.rules.Amount` that
explains each franc; missing inputs make it undetermined, never zero.
"""

from integration_rules._core import (
    CENT,
    FIVE_RAPPEN,
    FRANC,
    Amount,
    Money,
    RoundingRule,
    apportion,
)
from integration_rules.funding._agreements import (
    approving_authority,
    communal_shares,
    federal_contribution,
    pic_financing,
)
from integration_rules.funding._budgets import (
    capacity_over_pilot,
    cost_per_participant,
    measure_budget,
)
from integration_rules.funding._formulas import (
    LumpSumCase,
    emergency_aid_lump_sum,
    integration_lump_sum,
    lump_sum_total,
    programme_s,
    programme_s_months,
)
from integration_rules.funding._parameters import (
    EMERGENCY_AID_CATEGORIES,
    EMERGENCY_AID_DAILY,
    GRAND_CONSEIL_THRESHOLD,
    LUMP_SUM,
    PIC_MATCHING_RATIO,
    PROGRAMME_S_DEDUCTION_FROM,
    PROGRAMME_S_MONTHLY,
)
from integration_rules.funding._programmes import PROGRAMMES, Programme
from integration_rules.permits import LUMP_SUM_STATUSES

#: Every funding parameter, for the reference page.
PARAMETERS = (
    LUMP_SUM,
    PROGRAMME_S_MONTHLY,
    PROGRAMME_S_DEDUCTION_FROM,
    PIC_MATCHING_RATIO,
    EMERGENCY_AID_DAILY,
    GRAND_CONSEIL_THRESHOLD,
)

__all__ = [
    "CENT",
    "EMERGENCY_AID_CATEGORIES",
    "EMERGENCY_AID_DAILY",
    "FIVE_RAPPEN",
    "FRANC",
    "GRAND_CONSEIL_THRESHOLD",
    "LUMP_SUM",
    "LUMP_SUM_STATUSES",
    "PARAMETERS",
    "PIC_MATCHING_RATIO",
    "PROGRAMMES",
    "PROGRAMME_S_DEDUCTION_FROM",
    "PROGRAMME_S_MONTHLY",
    "Amount",
    "LumpSumCase",
    "Money",
    "Programme",
    "RoundingRule",
    "apportion",
    "approving_authority",
    "capacity_over_pilot",
    "communal_shares",
    "cost_per_participant",
    "emergency_aid_lump_sum",
    "federal_contribution",
    "integration_lump_sum",
    "lump_sum_total",
    "measure_budget",
    "pic_financing",
    "programme_s",
    "programme_s_months",
]
