"""The cantonal integration programmes (PIC) as data: periods and committed amounts.

Valais: PIC 1 (2014-2017, the Conference of Cantonal Governments' release),
PIC 2 (2018-2021), PIC 2bis (2022-2023, the press release « Migration – Le
Valais mise sur l'intégration », January 2022) and PIC 3 (2024-2027, the CII
Valais newsletter and the press release « Migration – Le Valais renouvelle son
engagement pour l'intégration »). Jura: the PIC 2024-2027 (RFJ, 30 November
2023). A programme agreement lasts four years unless a shorter term is
justified (OIE art. 14 al. 2).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from attrs import frozen
from pyrsistent import PMap, pmap

from integration_rules._core import Money, Period, Source, Text
from integration_rules.documents import (
    CII_NEWSLETTER,
    JURA_PIC_ARTICLE,
    KDK_PIC_2014_RELEASE,
    NOUVELLISTE_2022,
    RTS_PIC_MATCHING,
    VS_PIC2BIS_RELEASE,
    VS_PIC3_RELEASE,
    oie,
)

#: The PIC 2014-2017, launched by the Confederation and the cantons.
KIP_2014: Final = Source(KDK_PIC_2014_RELEASE)
#: The PIC 2bis release: the PIC started in 2014, PIC 2bis is its third version.
PIC2BIS_HISTORY: Final = Source(
    VS_PIC2BIS_RELEASE,
    quote=(
        "Initié en 2014 entre la Confédération et les cantons, le PIC en est à sa 3ème "
        "version (PIC 2bis)."
    ),
)
#: The PIC 2bis release: PIC 2 ran in 2021.
PIC2_IN_2021: Final = Source(
    VS_PIC2BIS_RELEASE,
    quote=(
        "En 2021, dans le cadre du PIC2, quelque 125 projets ont été financés et gérés "
        "par des institutions, des communes et des acteurs non étatiques."
    ),
)
#: The PIC 2bis release: its period and figures.
PIC2BIS_FIGURES: Final = Source(
    VS_PIC2BIS_RELEASE,
    quote=(
        "Pour la durée de la convention (2022 et 2023), le canton, avec les communes, "
        "prévoit d'engager trois millions de francs. L'investissement total se monte à "
        "près de six millions de francs, le solde étant financé par la Confédération."
    ),
)
#: Le Nouvelliste (14 January 2022): the canton's and the communes' shares of PIC 2bis.
NOUVELLISTE: Final = Source(NOUVELLISTE_2022)
#: The CII Valais newsletter's PIC3 article: a four-year programme from 2024.
PIC3_NEWSLETTER: Final = Source(
    CII_NEWSLETTER,
    section="Programme d'Intégration Cantonal PIC3 2024-2027",
    quote="Le programme est conçu pour une durée de quatre ans",
)
#: The Valais release on PIC 3: its total of about CHF 10 million.
VS_PIC3: Final = Source(VS_PIC3_RELEASE)
#: The Jura PIC 2024-2027, as RFJ reports the government's communiqué.
JURA_PIC: Final = Source(
    JURA_PIC_ARTICLE,
    quote=(
        "Le Gouvernement jurassien et le Secrétariat d'Etat aux migrations ont signé la "
        "nouvelle convention-programme. Ils ont ainsi validé le programme d'intégration "
        "cantonal pour la période 2024-2027."
    ),
)
#: OIE art. 14 al. 2: a programme agreement lasts four years.
OIE_14: Final = oie(
    "14",
    "2",
    quote=(
        "La durée d'une convention-programme est de quatre ans; une durée plus courte "
        "peut être convenue dans des cas justifiés."
    ),
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
                sources=(KIP_2014, PIC2BIS_HISTORY),
            ),
            Programme(
                id="vs-pic2",
                label=Text("PIC 2 (Valais)", "KIP 2 (Wallis)", "PIC 2 (Valais)"),
                canton="CH-VS",
                period=_years(2018, 2021),
                sources=(PIC2_IN_2021, Source(RTS_PIC_MATCHING)),
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
                sources=(PIC2BIS_FIGURES, NOUVELLISTE),
            ),
            Programme(
                id="vs-pic3",
                label=Text("PIC 3 (Valais)", "KIP 3 (Wallis)", "PIC 3 (Valais)"),
                canton="CH-VS",
                period=_years(2024, 2027),
                total=Money.of("10000000"),
                sources=(PIC3_NEWSLETTER, VS_PIC3, OIE_14),
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
                sources=(JURA_PIC, OIE_14),
            ),
        )
    }
)
