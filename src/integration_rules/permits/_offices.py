"""Which office is competent for whom: the asylum domain and durable residence, by canton.

Sources: seed 002 (PIC3: « Le SPM est compétent pour les mesures destinées
aux étrangers en séjour durable, tandis que l'Office cantonal de l'asile
(OASI) gère les mesures concernant les personnes issues de l'asile »), seed
004 (the OASI's beneficiaries: N, F, B refugees, S, RAD; « Le SPM est chargé
de mettre en œuvre ce programme pour des personnes migrantes avec
autorisation de séjour »), and for Jura ``shared/domain.md`` §1 (AJAM for the
asylum domain, emergency aid included; the Bureau de l'intégration for
foreigners outside it).

Routing is data: one :class:`~integration_rules.rules.Alternative` per office,
whose rule reads only ``domicile`` and ``residence_status``. Cantons not
encoded, and Swiss citizens, are "not covered": the answer is ``INELIGIBLE``
with no office, never a guess.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from attrs import field, frozen
from attrs.validators import instance_of
from pyrsistent import PMap, pmap

from integration_rules._core import Alternative, Choice, Source, Text, choose, one_of
from integration_rules.facts import RESIDENCE_STATUSES, Person
from integration_rules.facts._person import checked_person
from integration_rules.permits._catalogue import (
    ASYLUM_DOMAIN,
    FOREIGNERS_OUTSIDE_ASYLUM,
)
from integration_rules.permits._sources import (
    AJAM,
    JURA_BI,
    SEED_JURA,
    SEED_OASI,
    SEED_PIC3,
    to_sources,
)


@frozen(kw_only=True)
class Office:
    """An office competent for integration measures in a canton.

    Attributes:
        code: The usual abbreviation: ``"OASI"``, ``"SPM"``, ``"AJAM"``, ``"BI"``.
        name: The office's name in French, German and English.
        canton: The ISO 3166-2 code of its canton.
        parent: The service or body it belongs to, in words.
        public: The domain it is competent for, in words.
        sources: Where its competence is stated.
    """

    code: str = field(validator=instance_of(str))
    name: Text = field(validator=instance_of(Text))
    canton: str = field(validator=instance_of(str))
    parent: Text = field(validator=instance_of(Text))
    public: Text = field(validator=instance_of(Text))
    sources: tuple[Source, ...] = field(converter=to_sources)

    def to_dict(self) -> dict[str, Any]:
        """The office as JSON-ready data."""
        return {
            "code": self.code,
            "name": self.name.to_dict(),
            "canton": self.canton,
            "parent": self.parent.to_dict(),
            "public": self.public.to_dict(),
            "sources": [s.to_dict() for s in self.sources],
        }


def _codes(statuses: frozenset[str]) -> str:
    return ", ".join(code for code in RESIDENCE_STATUSES if code in statuses)


_ASYLUM_PUBLIC: Final = Text(
    f"personnes du domaine de l'asile ({_codes(ASYLUM_DOMAIN)})",
    f"Personen aus dem Asylbereich ({_codes(ASYLUM_DOMAIN)})",
    f"persons from the asylum domain ({_codes(ASYLUM_DOMAIN)})",
)
_FOREIGN_PUBLIC: Final = Text(
    f"étrangers hors du domaine de l'asile ({_codes(FOREIGNERS_OUTSIDE_ASYLUM)})",
    f"Ausländer ausserhalb des Asylbereichs ({_codes(FOREIGNERS_OUTSIDE_ASYLUM)})",
    f"foreigners outside the asylum domain ({_codes(FOREIGNERS_OUTSIDE_ASYLUM)})",
)

OFFICES: Final[PMap[str, Office]] = pmap(
    {
        o.code: o
        for o in (
            Office(
                code="OASI",
                name=Text("Office de l'asile", "Amt für Asylwesen", "Asylum Office"),
                canton="CH-VS",
                parent=Text(
                    "Service de l'action sociale (SAS), Valais",
                    "Dienststelle für Sozialwesen, Wallis",
                    "Social Action Service (SAS), Valais",
                ),
                public=_ASYLUM_PUBLIC,
                sources=(SEED_OASI, SEED_PIC3),
            ),
            Office(
                code="SPM",
                name=Text(
                    "Service de la population et des migrations (Bureau cantonal de l'intégration)",
                    "Dienststelle für Bevölkerung und Migration (Kantonale Integrationsstelle)",
                    "Population and Migration Service (cantonal integration office)",
                ),
                canton="CH-VS",
                parent=Text("Canton du Valais", "Kanton Wallis", "Canton of Valais"),
                public=_FOREIGN_PUBLIC,
                sources=(SEED_PIC3, SEED_OASI),
            ),
            Office(
                code="AJAM",
                name=Text(
                    "Association jurassienne d'accueil des migrants",
                    "Jurassische Vereinigung für die Aufnahme von Migranten",
                    "Jura association for the reception of migrants",
                ),
                canton="CH-JU",
                parent=Text(
                    "mandat cantonal du Jura (depuis 1984)",
                    "kantonales Mandat des Jura (seit 1984)",
                    "cantonal mandate of Jura (since 1984)",
                ),
                public=_ASYLUM_PUBLIC,
                sources=(AJAM, SEED_JURA),
            ),
            Office(
                code="BI",
                name=Text(
                    "Bureau de l'intégration des étrangers et de lutte contre le racisme",
                    "Büro für die Integration von Ausländern und die Bekämpfung von Rassismus",
                    "Office for the integration of foreigners and against racism",
                ),
                canton="CH-JU",
                parent=Text(
                    "Service de l'action sociale, Jura",
                    "Sozialamt, Jura",
                    "Social Action Service, Jura",
                ),
                public=_FOREIGN_PUBLIC,
                sources=(JURA_BI, SEED_JURA),
            ),
        )
    }
)

#: The cantons whose routing is encoded.
COVERED_CANTONS: Final = frozenset(o.canton for o in OFFICES.values())

_CANTON_NAMES: Final = {
    "CH-VS": Text("domicilié·e en Valais", "Wohnsitz im Wallis", "domiciled in Valais"),
    "CH-JU": Text("domicilié·e dans le Jura", "Wohnsitz im Jura", "domiciled in Jura"),
}


def _route(office: Office, statuses: frozenset[str]) -> Alternative:
    domicile = one_of("domicile", {office.canton}).named(
        f"office.{office.code}.domicile",
        label=_CANTON_NAMES[office.canton],
        source=office.sources[0],
    )
    public = one_of("residence_status", statuses).named(
        f"office.{office.code}.public", label=office.public, source=office.sources[0]
    )
    rule = (domicile & public).named(
        f"office.{office.code}",
        label=Text(
            f"{office.code} : {office.name.fr}",
            f"{office.code}: {office.name.de}",
            f"{office.code}: {office.name.en}",
        ),
        source=office.sources[0],
    )
    return Alternative(office.code, rule)


#: The routing table: one alternative per office; the rules are disjoint.
ROUTES: Final[tuple[Alternative, ...]] = (
    _route(OFFICES["OASI"], ASYLUM_DOMAIN),
    _route(OFFICES["SPM"], FOREIGNERS_OUTSIDE_ASYLUM),
    _route(OFFICES["AJAM"], ASYLUM_DOMAIN),
    _route(OFFICES["BI"], FOREIGNERS_OUTSIDE_ASYLUM),
)

_TITLE: Final = Text("Office compétent", "Zuständige Stelle", "Competent office")

#: Why nobody is competent: the cantons encoded, and Swiss citizens.
NOT_COVERED: Final = Text(
    "non couvert : seuls le Valais (CH-VS) et le Jura (CH-JU) sont encodés, pour les personnes étrangères",
    "nicht abgedeckt: nur Wallis (CH-VS) und Jura (CH-JU) sind erfasst, für ausländische Personen",
    "not covered: only Valais (CH-VS) and Jura (CH-JU) are encoded, for foreign nationals",
)


@frozen(kw_only=True, repr=False)
class OfficeDecision(Choice):
    """The competent office: a :class:`~integration_rules.rules.Choice` whose ``office`` is its value."""

    @property
    def office(self) -> str | None:
        """The competent office's code (``"OASI"``, ``"SPM"``, ``"AJAM"``, ``"BI"``), or ``None``."""
        return self.value


def competent_office(person: Person, *, on: dt.date | str) -> OfficeDecision:
    """The office competent for *person*'s integration measures on *on*.

    Returns:
        A :class:`~integration_rules.rules.Choice`: ``value`` is ``"OASI"`` or
        ``"SPM"`` (Valais), ``"AJAM"`` or ``"BI"`` (Jura) when one is
        competent (``ELIGIBLE``); ``None`` and ``INELIGIBLE`` when the person is
        not covered (another canton, or a Swiss citizen); ``None`` and
        ``UNDETERMINED`` when ``residence_status`` or ``domicile`` is unknown,
        naming it in ``missing``.

    Example:
        >>> competent_office(Person(domicile="CH-VS", residence_status="F"), on="2024-03-01").value
        'OASI'
        >>> competent_office(Person(domicile="CH-JU", residence_status="C"), on="2024-03-01").value
        'BI'
        >>> d = competent_office(Person(domicile="CH-VS"), on="2024-03-01")
        >>> d.outcome.value, d.missing
        ('undetermined', frozenset({'residence_status'}))
    """
    checked_person(person)
    return choose(  # type: ignore[return-value]
        ROUTES,
        person,
        on=on,
        id="competent_office",
        label=Text(
            "office compétent selon le domicile et le statut",
            "zuständige Stelle nach Wohnsitz und Status",
            "competent office by domicile and status",
        ),
        source=SEED_PIC3,
        title=_TITLE,
        none_label=NOT_COVERED,
        kind=OfficeDecision,
    )
