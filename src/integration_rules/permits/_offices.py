"""Which office is competent for whom: the asylum domain and durable residence, by canton.

Sources: the CII Valais newsletter's PIC3 article (« Le Service de la
population et des migrations (SPM) est compétent pour les mesures destinées
aux étrangers en séjour durable, tandis que l'Office cantonal de l'asile
(OASI) gère les mesures concernant les personnes issues de l'asile »), the
Valais asylum office's page (its beneficiaries: N, F, B refugees, S, RAD;
« Le SPM est chargé de mettre en œuvre ce programme pour des personnes
migrantes avec autorisation de séjour »), and for Jura the AJAM's site (the
asylum domain, emergency aid included, on a cantonal mandate since 1984) and
the canton's page on the Bureau de l'intégration (foreigners outside it).

Routing is data: one :class:`~integration_rules.rules.Alternative` per office,
whose rule reads only ``domicile`` and ``residence_status`` and is in force
from the date its sources give (:attr:`Office.since`). Cantons not encoded,
Swiss citizens, and dates before an office's competence is attested are "not
covered": the answer is ``INELIGIBLE`` with no office, never a guess.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Final

from attrs import field, frozen
from attrs.validators import instance_of, optional
from pyrsistent import PMap, pmap

from integration_rules._core import (
    Alternative,
    Choice,
    Parameter,
    Source,
    Text,
    choose,
    one_of,
)
from integration_rules.documents import OASI_PAGE
from integration_rules.facts import RESIDENCE_STATUSES, Person
from integration_rules.facts._person import checked_person
from integration_rules.organisations import DIRECTORY, Organisation, organisation
from integration_rules.permits._catalogue import (
    ASYLUM_DOMAIN,
    FOREIGNERS_OUTSIDE_ASYLUM,
)
from integration_rules.permits._sources import (
    AJAM,
    JURA_BI,
    JURA_PIC,
    OASI_BENEFICIARIES,
    OASI_STRATEGY,
    PIC3,
    to_sources,
)


def _to_statuses(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


@frozen(kw_only=True)
class Office:
    """An organisation of the directory, competent for integration measures in a canton.

    Attributes:
        organisation: The directory entry (``organisation("OASI")``).
        canton: The ISO 3166-2 code of its canton.
        public: The domain it is competent for, in words.
        statuses: The residence statuses of that domain.
        since: The first day its competence is attested, as a parameter.
        sources: Where its competence is stated.
        mandate: How it holds its competence when it is not an office of the
            administration (the AJAM's cantonal mandate).
    """

    organisation: Organisation = field(validator=instance_of(Organisation))
    canton: str = field(validator=instance_of(str))
    public: Text = field(validator=instance_of(Text))
    statuses: frozenset[str] = field(converter=_to_statuses)
    since: Parameter[dt.date] = field(validator=instance_of(Parameter))
    sources: tuple[Source, ...] = field(converter=to_sources)
    mandate: Text | None = field(default=None, validator=optional(instance_of(Text)))

    @property
    def code(self) -> str:
        """The usual abbreviation: ``"OASI"``, ``"SPM"``, ``"AJAM"``, ``"BI"``."""
        return self.organisation.code

    @property
    def name(self) -> Text:
        """The office's name in French, German and English."""
        return self.organisation.name

    @property
    def parent(self) -> Text:
        """What the office belongs to, in words: its parent in the directory, or its mandate."""
        parent = DIRECTORY.parent(self.code)
        if parent is not None:
            return parent.name
        return self.mandate or Text("—", "—", "—")

    def to_dict(self) -> dict[str, Any]:
        """The office as JSON-ready data."""
        return {
            "code": self.code,
            "name": self.name.to_dict(),
            "organisation": self.organisation.to_dict(),
            "canton": self.canton,
            "parent": self.parent.to_dict(),
            "public": self.public.to_dict(),
            "statuses": [c for c in RESIDENCE_STATUSES if c in self.statuses],
            "since": self.since.value.isoformat(),
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

_PICS_SINCE_2014: Final = Source(
    OASI_PAGE,
    section="Programmes d'intégration cantonaux (PIC)",
    quote="Les PIC existent depuis 2014 et sont redéfinis chaque 4 ans.",
)


_SINCE_THE_PICS: Final = (
    "The split between the asylum office and the SPM is the one of the cantonal "
    "integration programmes, which exist since 2014 (the year only is given: from 1 January)."
)


def _since(code: str, day: dt.date, source: Source, note: str) -> Parameter[dt.date]:
    return Parameter(
        f"office.{code}.since",
        day,
        label=Text(
            f"{code} compétent depuis",
            f"{code} zuständig seit",
            f"{code} competent since",
        ),
        source=source,
        note=note,
    )


OFFICES: Final[PMap[str, Office]] = pmap(
    {
        o.code: o
        for o in (
            Office(
                organisation=organisation("OASI"),
                canton="CH-VS",
                public=_ASYLUM_PUBLIC,
                statuses=ASYLUM_DOMAIN,
                since=_since(
                    "OASI",
                    dt.date(2014, 1, 1),
                    _PICS_SINCE_2014,
                    _SINCE_THE_PICS,
                ),
                sources=(OASI_BENEFICIARIES, OASI_STRATEGY, PIC3),
            ),
            Office(
                organisation=organisation("SPM"),
                canton="CH-VS",
                public=_FOREIGN_PUBLIC,
                statuses=FOREIGNERS_OUTSIDE_ASYLUM,
                since=_since(
                    "SPM",
                    dt.date(2014, 1, 1),
                    _PICS_SINCE_2014,
                    _SINCE_THE_PICS,
                ),
                sources=(PIC3, OASI_STRATEGY),
            ),
            Office(
                organisation=organisation("AJAM"),
                canton="CH-JU",
                public=_ASYLUM_PUBLIC,
                statuses=ASYLUM_DOMAIN,
                since=_since(
                    "AJAM",
                    dt.date(1984, 1, 1),
                    AJAM,
                    "A cantonal mandate since 1984 (the year only is given: from 1 January).",
                ),
                sources=(AJAM, JURA_PIC),
                mandate=Text(
                    "mandat cantonal du Jura (depuis 1984)",
                    "kantonales Mandat des Jura (seit 1984)",
                    "cantonal mandate of Jura (since 1984)",
                ),
            ),
            Office(
                organisation=organisation("BI"),
                canton="CH-JU",
                public=_FOREIGN_PUBLIC,
                statuses=FOREIGNERS_OUTSIDE_ASYLUM,
                since=_since(
                    "BI",
                    dt.date(2002, 1, 1),
                    JURA_BI,
                    "The Bureau de l'intégration exists since 2002 (the year only is given: from 1 January); it moved from the Service de la population to the Service de l'action sociale in 2022.",
                ),
                sources=(JURA_BI, JURA_PIC),
                mandate=Text(
                    "Service de l'action sociale, Jura",
                    "Sozialamt, Jura",
                    "Social Action Service, Jura",
                ),
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


def _route(office: Office) -> Alternative:
    domicile = one_of("domicile", {office.canton}).named(
        f"office.{office.code}.domicile",
        label=_CANTON_NAMES[office.canton],
        source=office.sources[0],
    )
    public = one_of("residence_status", office.statuses).named(
        f"office.{office.code}.public", label=office.public, source=office.sources[0]
    )
    rule = (
        (domicile & public)
        .named(
            f"office.{office.code}",
            label=Text(
                f"{office.code} : {office.name.fr}",
                f"{office.code}: {office.name.de}",
                f"{office.code}: {office.name.en}",
            ),
            source=office.sources[0],
        )
        .in_force_during(office.since.value, None)
    )
    return Alternative(office.code, rule)


#: The routing table: one alternative per office; the rules are disjoint.
ROUTES: Final[tuple[Alternative, ...]] = (
    _route(OFFICES["OASI"]),
    _route(OFFICES["SPM"]),
    _route(OFFICES["AJAM"]),
    _route(OFFICES["BI"]),
)

_TITLE: Final = Text("Office compétent", "Zuständige Stelle", "Competent office")

#: Why nobody is competent: the cantons and dates encoded, and Swiss citizens.
NOT_COVERED: Final = Text(
    "non couvert : seuls le Valais (CH-VS) et le Jura (CH-JU) sont encodés, pour les personnes étrangères, à partir des dates de leurs sources",
    "nicht abgedeckt: nur Wallis (CH-VS) und Jura (CH-JU) sind erfasst, für ausländische Personen, ab den Daten ihrer Quellen",
    "not covered: only Valais (CH-VS) and Jura (CH-JU) are encoded, for foreign nationals, from the dates their sources give",
)


@frozen(kw_only=True, repr=False, eq=False)
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
        source=PIC3,
        title=_TITLE,
        none_label=NOT_COVERED,
        kind=OfficeDecision,
    )
