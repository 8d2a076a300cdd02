"""The cantonal integration programmes (PIC) as data: periods and committed amounts."""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from attrs import frozen
from pyrsistent import PMap, pmap

from integration_rules._core import Money, Period, Source, Text
from integration_rules.funding._parameters import (
    NOUVELLISTE,
    VS_PIC3,
)
from integration_rules.permits._sources import SEED_JURA as SEED_JU
from integration_rules.permits._sources import SEED_PIC2BIS, SEED_PIC3

KIP_2014: Final = Source(
    "KdK, programmes d'intégration cantonaux 2014-2017",
    url="https://kdk.ch/fr/actualite/communiques-de-presse/details/la-confederation-et-les-cantons-lancent-les-programmes-dintegration-cantonaux-2014-2017"
)


@frozen(kw_only=True)
class Programme:
    """One cantonal integration programme: its period and the figures the sources give.

    Amounts are ``None`` where the sources give none (never zero by default).

    Attributes:
        id: ``"vs-pic2bis"``, ``"vs-pic3"``…
        label: Its name in three languages.
        canton: The ISO 3166-2 code of the canton.
        period: The years it covers, both ends included.
        cantonal_and_communal: The canton's and communes' commitment.
        canton_share: The canton's part of it, if known.
        communal_share: The communes' part of it, if known.
        total: The total investment, if known.
        sources: Where the figures come from.
    """

    id: str
    label: Text
    canton: str
    period: Period
    cantonal_and_communal: Money | None = None
    canton_share: Money | None = None
    communal_share: Money | None = None
    total: Money | None = None
    sources: tuple[Source, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The programme as JSON-ready data."""

        def money(value: Money | None) -> dict[str, str] | None:
            return value.to_dict() if value is not None else None

        return {
            "id": self.id,
            "label": self.label.to_dict(),
            "canton": self.canton,
            "period": self.period.to_dict(),
            "cantonal_and_communal": money(self.cantonal_and_communal),
            "canton_share": money(self.canton_share),
            "communal_share": money(self.communal_share),
            "total": money(self.total),
            "sources": [s.to_dict() for s in self.sources],
        }


def _years(first: int, last: int) -> Period:
    return Period(dt.date(first, 1, 1), dt.date(last, 12, 31))


PROGRAMMES: Final[PMap[str, Programme]] = pmap(
    {
        p.id: p
        for p in (
            Programme(
                id="vs-pic1",
                label=Text("PIC 1 (Valais)", "KIP 1 (Wallis)", "PIC 1 (Valais)"),
                canton="CH-VS",
                period=_years(2014, 2017),
                sources=(KIP_2014, SEED_PIC2BIS),
            ),
            Programme(
                id="vs-pic2",
                label=Text("PIC 2 (Valais)", "KIP 2 (Wallis)", "PIC 2 (Valais)"),
                canton="CH-VS",
                period=_years(2018, 2021),
                sources=(SEED_PIC2BIS,),
            ),
            Programme(
                id="vs-pic2bis",
                label=Text(
                    "PIC 2bis (Valais)", "KIP 2bis (Wallis)", "PIC 2bis (Valais)"
                ),
                canton="CH-VS",
                period=_years(2022, 2023),
                cantonal_and_communal=Money.of("3000000"),
                canton_share=Money.of("1500000"),
                communal_share=Money.of("1500000"),
                total=Money.of("6000000"),
                sources=(SEED_PIC2BIS, NOUVELLISTE),
            ),
            Programme(
                id="vs-pic3",
                label=Text("PIC 3 (Valais)", "KIP 3 (Wallis)", "PIC 3 (Valais)"),
                canton="CH-VS",
                period=_years(2024, 2027),
                total=Money.of("10000000"),
                sources=(SEED_PIC3, VS_PIC3),
            ),
            Programme(
                id="ju-pic-2024-2027",
                label=Text(
                    "PIC 2024-2027 (Jura)",
                    "KIP 2024-2027 (Jura)",
                    "PIC 2024-2027 (Jura)",
                ),
                canton="CH-JU",
                period=_years(2024, 2027),
                sources=(SEED_JU,),
            ),
        )
    }
)
