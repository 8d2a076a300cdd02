"""The measures catalogue: each measure is data (metadata plus an eligibility rule).

This layer builds on :mod:`integration_rules._core` and reads the fact names
of :mod:`integration_rules.facts`.
"""

from __future__ import annotations

from typing import Final

from pyrsistent import PMap, pmap

from integration_rules.measures import formavenir
from integration_rules.measures._measure import Measure, Organisation

#: Every measure, by id.
CATALOG: Final[PMap[str, Measure]] = pmap({m.id: m for m in (formavenir.MEASURE,)})

__all__ = ["CATALOG", "Measure", "Organisation", "formavenir"]
