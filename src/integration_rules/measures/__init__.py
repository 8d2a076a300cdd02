"""The measures catalogue: each measure is data (metadata plus an eligibility rule).

This layer builds on :mod:`integration_rules._core`, reads the fact names of
:mod:`integration_rules.facts` and the status sets of
:mod:`integration_rules.permits`.
"""

from __future__ import annotations

from typing import Final

from pyrsistent import PMap, pmap

from integration_rules.measures import (
    carriere,
    formavenir,
    france,
    job_coaching,
    oasi_housing,
    pic,
    vocational,
)
from integration_rules.measures._common import FIXED_FACTS
from integration_rules.measures._measure import (
    Measure,
    Organisation,
    Schedule,
    Session,
    SessionPattern,
)
from integration_rules.measures.france import cir_language_track
from integration_rules.measures.oasi_housing import MOVES, HousingMove, housing_move
from integration_rules.measures.pic import newcomer_next_step, newcomer_step_label

#: Every measure, in the catalogue's order (Valais, Jura, France).
MEASURES: Final[tuple[Measure, ...]] = (
    formavenir.MEASURE,
    carriere.MEASURE,
    job_coaching.MEASURE,
    vocational.USFP,
    vocational.SEMO,
    vocational.PLATEFORME_T1,
    vocational.PAI,
    oasi_housing.MEASURE,
    *pic.MEASURES,
    *france.MEASURES,
)

#: Every measure, by id.
CATALOG: Final[PMap[str, Measure]] = pmap({m.id: m for m in MEASURES})

__all__ = [
    "CATALOG",
    "FIXED_FACTS",
    "MEASURES",
    "MOVES",
    "HousingMove",
    "Measure",
    "Organisation",
    "Schedule",
    "Session",
    "SessionPattern",
    "carriere",
    "cir_language_track",
    "formavenir",
    "france",
    "housing_move",
    "job_coaching",
    "newcomer_next_step",
    "newcomer_step_label",
    "oasi_housing",
    "pic",
    "vocational",
]
