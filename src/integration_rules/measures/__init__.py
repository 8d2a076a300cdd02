"""The measures catalogue: each measure is data (metadata plus an eligibility rule).

This layer builds on :mod:`integration_rules._core`, reads the fact names of
:mod:`integration_rules.facts` and the status sets of
:mod:`integration_rules.permits`.
"""

from __future__ import annotations

import unicodedata
from types import MappingProxyType
from typing import Final

from pyrsistent import PMap, pmap

from integration_rules.errors import UnknownMeasure
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
#: The same, read-only, for the lookup every call makes (a plain mapping is faster).
_BY_ID: Final = MappingProxyType({m.id: m for m in MEASURES})


def find_measure(measure_id: str | Measure) -> Measure:
    """The measure with id *measure_id* (a :class:`Measure` is returned as it is).

    Ids are matched without regard to case, accents, spaces or underscores:
    ``"Carrière au féminin"`` and ``"job_coaching_50_plus"`` find their measures.
    Every function of the library that takes a measure id looks it up here.

    Raises:
        UnknownMeasure: Naming the id and listing the known ones.
    """
    if isinstance(measure_id, Measure):
        return measure_id
    if isinstance(measure_id, str):
        found = _BY_ID.get(measure_id) or _BY_ID.get(measure_id.strip().lower())
        if found is None:
            found = _BY_ID.get(_slug(measure_id))
        if found is not None:
            return found
    raise UnknownMeasure(measure_id, tuple(sorted(CATALOG)))


def _slug(text: str) -> str:
    """*text* as an id: accents dropped, lower case, words joined by hyphens.

    ``"Carrière au féminin"`` and ``"carriere_au_feminin"`` both give
    ``"carriere-au-feminin"``.
    """
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() or c == "+" else " " for c in plain.lower())
    return "-".join(words.replace("+", " plus").split())


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
