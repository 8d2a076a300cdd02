"""The measures catalogue: each measure is data (metadata plus an eligibility rule).

This layer builds on :mod:`integration_rules._core`, reads the fact names of
:mod:`integration_rules.facts` and the status sets of
:mod:`integration_rules.permits`.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from pyrsistent import PMap, pmap

from integration_rules.facts import FACTS
from integration_rules.measures import (
    carriere,
    formavenir,
    france,
    job_coaching,
    oasi_housing,
    pic,
    vocational,
)
from integration_rules.measures._catalogue import Catalogue, lookup
from integration_rules.measures._common import FIXED_FACTS
from integration_rules.measures._measure import (
    Measure,
    Schedule,
    Session,
    SessionPattern,
)
from integration_rules.measures.france import cir_language_track
from integration_rules.measures.oasi_housing import MOVES, HousingMove, housing_move
from integration_rules.measures.pic import newcomer_next_step, newcomer_step_label
from integration_rules.organisations import Organisation

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
#: The same, read-only, for the lookup every call makes (``check`` reads it first).
BY_ID: Final = MappingProxyType({m.id: m for m in MEASURES})


#: The library's measures as a :class:`Catalogue` value, over the built-in facts.
#: ``CATALOGUE.with_measures(own, schema=FACTS.extended(...))`` adds one's own.
CATALOGUE: Final = Catalogue(MEASURES, schema=FACTS)


def find_measure(measure_id: str | Measure) -> Measure:
    """The measure with id *measure_id* (a :class:`Measure` is returned as it is).

    Ids are matched without regard to case, accents, spaces or underscores:
    ``"Carrière au féminin"`` and ``"job_coaching_50_plus"`` find their measures.
    Every function of the library that takes a measure id looks it up here
    (or in the catalogue given to it).

    Raises:
        UnknownMeasure: Naming the id and listing the known ones.
    """
    return lookup(BY_ID, measure_id)


__all__ = [
    "CATALOG",
    "CATALOGUE",
    "FIXED_FACTS",
    "MEASURES",
    "MOVES",
    "Catalogue",
    "HousingMove",
    "Measure",
    "Organisation",
    "Schedule",
    "Session",
    "SessionPattern",
    "carriere",
    "cir_language_track",
    "find_measure",
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
