"""The residence statuses, as data: names, legal basis, domain, validity, work access over time.

Each status cites the articles of the LEI, the LAsi and their ordinances that
define it, and the Valais asylum office's list of its beneficiaries. Each status's access to gainful
employment is a :class:`~integration_rules.rules.History`: the regime in force
on a date, with the dated changes the sources record (F, F-refugee and
B-refugee: authorisation until 2018-12-31, announcement from 2019-01-01,
LAsi 61 and OASA 65). Dates before 2008-01-01 (entry into force of the LEtr,
now LEI) are not encoded and raise
:class:`~integration_rules.errors.NoValueOnDate`.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, Final

from attrs import field, frozen
from attrs.validators import instance_of, optional
from pyrsistent import PMap, pmap

from integration_rules._core import Change, History, Source, Text, as_date, quote
from integration_rules.documents import (
    ASILE_CH_F_REFUGEE,
    DJAZIRI_FOREIGNERS,
    EXPAT_FORUM_PERMITS,
    FR_CH_ASYLUM_WORK_PAGE,
    HALLO_BERN_PERMIT,
    ISOLSUISSE_S,
    LASI,
    LEI,
    cst,
    lasi,
    lei,
    oasa,
)
from integration_rules.errors import InvalidArgument
from integration_rules.facts import RESIDENCE_STATUSES
from integration_rules.permits._sources import OASI_BENEFICIARIES, to_sources


class Domain(enum.Enum):
    """The domain a residence status belongs to; every status is in exactly one."""

    SWISS = "swiss"
    DURABLE_RESIDENCE = "durable_residence"
    SHORT_STAY = "short_stay"
    CROSS_BORDER = "cross_border"
    ASYLUM = "asylum"

    @property
    def label(self) -> Text:
        """The domain's name in French, German and English."""
        return _DOMAIN_LABELS[self]


_DOMAIN_LABELS: Final = {
    Domain.SWISS: Text(
        "nationalité suisse", "Schweizer Staatsangehörigkeit", "Swiss nationality"
    ),
    Domain.DURABLE_RESIDENCE: Text(
        "étrangers en séjour durable",
        "Ausländer mit dauerhaftem Aufenthalt",
        "foreigners in durable residence",
    ),
    Domain.SHORT_STAY: Text("séjour de courte durée", "Kurzaufenthalt", "short stay"),
    Domain.CROSS_BORDER: Text("frontaliers", "Grenzgänger", "cross-border commuters"),
    Domain.ASYLUM: Text("domaine de l'asile", "Asylbereich", "asylum domain"),
}


class WorkAccess(enum.Enum):
    """Access to gainful employment, from none to full."""

    FORBIDDEN = "forbidden"
    AUTHORISATION = "authorisation"
    ANNOUNCEMENT = "announcement"
    FREE = "free"

    @property
    def label(self) -> Text:
        """The regime's name in French, German and English."""
        return _ACCESS_LABELS[self]


_ACCESS_LABELS: Final = {
    WorkAccess.FORBIDDEN: Text("interdite", "verboten", "forbidden"),
    WorkAccess.AUTHORISATION: Text(
        "soumise à autorisation", "bewilligungspflichtig", "authorisation required"
    ),
    WorkAccess.ANNOUNCEMENT: Text(
        "soumise à annonce", "meldepflichtig", "announcement only"
    ),
    WorkAccess.FREE: Text("libre", "frei", "free"),
}


def _check_fact(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not value.isidentifier()):
        raise InvalidArgument(
            attribute.name, f"expected the name of a fact, got {quote(value)}"
        )


@frozen
class WorkRegime:
    """The regime of gainful employment for a status, as of a date.

    Attributes:
        access: The regime once any restriction is over.
        waiting_months: Months without work from the date in *counted_from*.
        counted_from: The date fact the waiting period counts from.
        forbidden_while: A yes/no fact during which work is forbidden
            (``in_federal_centre`` for asylum seekers since 2019-03-01).
    """

    access: WorkAccess = field(validator=instance_of(WorkAccess))
    waiting_months: int = field(default=0, kw_only=True, validator=instance_of(int))
    counted_from: str | None = field(default=None, kw_only=True, validator=_check_fact)
    forbidden_while: str | None = field(
        default=None, kw_only=True, validator=_check_fact
    )

    def to_dict(self) -> dict[str, Any]:
        """The regime as JSON-ready data."""
        return {
            "access": self.access.value,
            "waiting_months": self.waiting_months,
            "counted_from": self.counted_from,
            "forbidden_while": self.forbidden_while,
        }


#: The first day the encoded law applies: entry into force of the LEtr (now LEI).
LAW_ENCODED_FROM: Final = dt.date(2008, 1, 1)


@frozen(kw_only=True)
class Status:
    """One residence status and its properties, as data.

    Attributes:
        code: The code, as ``Person.residence_status`` spells it (``"F"``, ``"B-refugee"``…).
        name: The status's name in French, German and English.
        domain: The domain it belongs to (asylum, durable residence…).
        legal_basis: The articles that define it.
        validity: The usual validity of the permit, in words.
        validity_months: The usual validity in months, when the sources give one.
        work: Access to gainful employment over time.
    """

    code: str = field(validator=instance_of(str))
    name: Text = field(validator=instance_of(Text))
    domain: Domain = field(validator=instance_of(Domain))
    legal_basis: tuple[Source, ...] = field(converter=to_sources)
    validity: Text = field(validator=instance_of(Text))
    validity_months: int | None = field(
        default=None, validator=optional(instance_of(int))
    )
    work: History[WorkRegime] = field(validator=instance_of(History))

    def work_access(self, on: dt.date | str) -> WorkAccess:
        """The access to gainful employment on *on* for the status (restrictions aside).

        Raises:
            NoValueOnDate: For a date before :data:`LAW_ENCODED_FROM`.
            InvalidArgument: If *on* is not a date.
        """
        return self.work.at(as_date(on, "on")).access

    def work_regime(self, on: dt.date | str) -> WorkRegime:
        """The full regime on *on*: access, waiting period, restrictions."""
        return self.work.at(as_date(on, "on"))

    def work_access_change(self, on: dt.date | str) -> Change[WorkRegime]:
        """The dated change in effect on *on*, with its source and note."""
        return self.work.change_at(as_date(on, "on"))

    def to_dict(self) -> dict[str, Any]:
        """The status as JSON-ready data."""
        return {
            "code": self.code,
            "name": self.name.to_dict(),
            "domain": self.domain.value,
            "legal_basis": [s.to_dict() for s in self.legal_basis],
            "validity": self.validity.to_dict(),
            "validity_months": self.validity_months,
            "work_access": [
                {
                    "from": c.start.isoformat(),
                    **c.value.to_dict(),
                    "source": c.source.to_dict() if c.source else None,
                    "note": c.note,
                }
                for c in self.work.changes
            ],
        }


def _work(code: str, *changes: Change[WorkRegime]) -> History[WorkRegime]:
    return History(
        f"status.{code}.work_access",
        Text(
            f"accès à l'activité lucrative ({code})",
            f"Zugang zur Erwerbstätigkeit ({code})",
            f"access to gainful employment ({code})",
        ),
        changes,
    )


def _announcement_2019(before: Source) -> tuple[Change[WorkRegime], ...]:
    """Authorisation until 2018-12-31 (*before*: the former text), prior announcement from 2019-01-01."""
    return (
        Change(
            LAW_ENCODED_FROM,
            WorkRegime(WorkAccess.AUTHORISATION),
            source=before,
            note="Before 2019 any job or change of employer needed a cantonal authorisation.",
        ),
        Change(
            dt.date(2019, 1, 1),
            WorkRegime(WorkAccess.ANNOUNCEMENT),
            source=lasi(
                "61",
                "1",
                quote=(
                    "sont autorisés à exercer dans toute la Suisse une activité lucrative si "
                    "les conditions de rémunération et de travail usuelles du lieu, de la "
                    "profession et de la branche sont respectées"
                ),
                version="2019-01-01",
            ),
            note="Since 1 January 2019: prior announcement, anywhere in Switzerland (LAsi art. 61, LEI art. 85a, OASA art. 65 al. 1).",
        ),
    )


#: Provisionally admitted persons before 2019: the LEtr (now LEI) art. 85 al. 6, former text.
_AP_BEFORE_2019: Final = Source(LEI, article="85", paragraph="6", version="2008-01-01")
#: Refugees before 2019: the LAsi art. 61, former text.
_REFUGEE_BEFORE_2019: Final = Source(LASI, article="61", version="2008-01-01")

_CI_SOURCE: Final = Source(DJAZIRI_FOREIGNERS)

_STATUSES: Final[tuple[Status, ...]] = (
    Status(
        code="swiss",
        name=Text("citoyen·ne suisse", "Schweizer Bürger·in", "Swiss citizen"),
        domain=Domain.SWISS,
        legal_basis=(
            cst("24"),
            cst("27"),
        ),
        validity=Text(
            "sans autorisation de séjour",
            "keine Aufenthaltsbewilligung",
            "no residence permit",
        ),
        work=_work(
            "swiss",
            Change(
                LAW_ENCODED_FROM,
                WorkRegime(WorkAccess.FREE),
                source=cst("27"),
            ),
        ),
    ),
    Status(
        code="C",
        name=Text(
            "autorisation d'établissement (permis C)",
            "Niederlassungsbewilligung (Ausweis C)",
            "settlement permit (C)",
        ),
        domain=Domain.DURABLE_RESIDENCE,
        legal_basis=(lei("34"),),
        validity=Text(
            "durée indéterminée, sans conditions",
            "unbefristet und bedingungslos",
            "indeterminate and unconditional",
        ),
        work=_work(
            "C",
            Change(
                LAW_ENCODED_FROM,
                WorkRegime(WorkAccess.FREE),
                source=lei("38", "4"),
                note="A settlement permit holder may work anywhere in Switzerland without an authorisation.",
            ),
        ),
    ),
    Status(
        code="B",
        name=Text(
            "autorisation de séjour (permis B)",
            "Aufenthaltsbewilligung (Ausweis B)",
            "residence permit (B)",
        ),
        domain=Domain.DURABLE_RESIDENCE,
        legal_basis=(
            lei("33"),
            Source(HALLO_BERN_PERMIT),
        ),
        validity=Text(
            "1 an renouvelable (ressortissants d'États tiers) ; 5 ans (UE/AELE)",
            "1 Jahr, verlängerbar (Drittstaaten); 5 Jahre (EU/EFTA)",
            "1 year, renewable (third-country nationals); 5 years (EU/EFTA)",
        ),
        validity_months=12,
        work=_work(
            "B",
            Change(
                LAW_ENCODED_FROM,
                WorkRegime(WorkAccess.AUTHORISATION),
                source=lei(
                    "11",
                    "1",
                    quote=(
                        "Tout étranger qui entend exercer en Suisse une activité lucrative "
                        "doit être titulaire d'une autorisation, quelle que soit la durée de "
                        "son séjour."
                    ),
                ),
                note="Third-country nationals who are not refugees; EU/EFTA nationals move freely under the AFMP (not encoded).",
            ),
        ),
    ),
    Status(
        code="B-refugee",
        name=Text(
            "réfugié·e reconnu·e, asile accordé (permis B)",
            "anerkannte·r Flüchtling mit Asyl (Ausweis B)",
            "recognised refugee granted asylum (B)",
        ),
        domain=Domain.ASYLUM,
        legal_basis=(
            lasi("60"),
            OASI_BENEFICIARIES,
        ),
        validity=Text(
            "autorisation de séjour, droit à la prolongation dans le canton",
            "Aufenthaltsbewilligung, Anspruch auf Verlängerung im Kanton",
            "residence permit, with a right to it in the canton",
        ),
        validity_months=12,
        work=_work("B-refugee", *_announcement_2019(_REFUGEE_BEFORE_2019)),
    ),
    Status(
        code="L",
        name=Text(
            "autorisation de courte durée (permis L)",
            "Kurzaufenthaltsbewilligung (Ausweis L)",
            "short-term residence permit (L)",
        ),
        domain=Domain.SHORT_STAY,
        legal_basis=(lei("32"),),
        validity=Text(
            "1 an au plus, prolongeable jusqu'à 2 ans au total",
            "höchstens 1 Jahr, verlängerbar auf insgesamt 2 Jahre",
            "at most 1 year, extendable to 2 years in total",
        ),
        validity_months=12,
        work=_work(
            "L",
            Change(
                LAW_ENCODED_FROM,
                WorkRegime(WorkAccess.AUTHORISATION),
                source=lei("32"),
                note="Granted for a specific purpose; a change of job only for major reasons.",
            ),
        ),
    ),
    Status(
        code="G",
        name=Text(
            "autorisation frontalière (permis G)",
            "Grenzgängerbewilligung (Ausweis G)",
            "cross-border commuter permit (G)",
        ),
        domain=Domain.CROSS_BORDER,
        legal_basis=(
            lei("35"),
            Source(EXPAT_FORUM_PERMITS),
        ),
        validity=Text(
            "durée du contrat si moins d'un an ; 5 ans si le contrat dure un an ou plus",
            "Vertragsdauer, wenn unter einem Jahr; 5 Jahre bei einem Vertrag von einem Jahr oder mehr",
            "the contract's length if under 1 year; 5 years for a contract of 1 year or more",
        ),
        validity_months=60,
        work=_work(
            "G",
            Change(
                LAW_ENCODED_FROM,
                WorkRegime(WorkAccess.AUTHORISATION),
                source=lei("35"),
                note="The permit is issued for the employment; return home at least once a week.",
            ),
        ),
    ),
    Status(
        code="Ci",
        name=Text(
            "autorisation de séjour avec activité lucrative (permis Ci)",
            "Aufenthaltsbewilligung mit Erwerbstätigkeit (Ausweis Ci)",
            "residence permit with gainful activity for families of international staff (Ci)",
        ),
        domain=Domain.DURABLE_RESIDENCE,
        legal_basis=(_CI_SOURCE,),
        validity=Text(
            "liée à la carte de légitimation du DFAE",
            "an die Legitimationskarte des EDA gebunden",
            "tied to the FDFA legitimation card",
        ),
        work=_work(
            "Ci",
            Change(
                LAW_ENCODED_FROM,
                WorkRegime(WorkAccess.AUTHORISATION),
                source=_CI_SOURCE,
                note="The Ci permit is itself the work permit of spouses and children (under 25, admitted before 21).",
            ),
        ),
    ),
    Status(
        code="F",
        name=Text(
            "admission provisoire (permis F)",
            "vorläufige Aufnahme (Ausweis F)",
            "provisional admission (F)",
        ),
        domain=Domain.ASYLUM,
        legal_basis=(
            lei("83"),
            lei("85", "1"),
            OASI_BENEFICIARIES,
        ),
        validity=Text(
            "livret délivré pour 12 mois au plus, prolongé par le canton",
            "Ausweis für höchstens 12 Monate, vom Kanton verlängert",
            "permit issued for at most 12 months, extended by the canton",
        ),
        validity_months=12,
        work=_work("F", *_announcement_2019(_AP_BEFORE_2019)),
    ),
    Status(
        code="F-refugee",
        name=Text(
            "réfugié·e admis·e à titre provisoire (permis F)",
            "vorläufig aufgenommene·r Flüchtling (Ausweis F)",
            "provisionally admitted refugee (F)",
        ),
        domain=Domain.ASYLUM,
        legal_basis=(
            lei("83", "8"),
            Source(ASILE_CH_F_REFUGEE),
        ),
        validity=Text(
            "livret délivré pour 12 mois au plus, prolongé par le canton",
            "Ausweis für höchstens 12 Monate, vom Kanton verlängert",
            "permit issued for at most 12 months, extended by the canton",
        ),
        validity_months=12,
        work=_work("F-refugee", *_announcement_2019(_AP_BEFORE_2019)),
    ),
    Status(
        code="N",
        name=Text(
            "requérant·e d'asile (permis N)",
            "Asylsuchende·r (Ausweis N)",
            "asylum seeker (N)",
        ),
        domain=Domain.ASYLUM,
        legal_basis=(
            lasi("24"),
            lasi("43"),
            OASI_BENEFICIARIES,
        ),
        validity=Text(
            "livret renouvelé environ tous les 6 mois",
            "Ausweis etwa alle 6 Monate erneuert",
            "permit renewed about every 6 months",
        ),
        validity_months=6,
        work=_work(
            "N",
            Change(
                LAW_ENCODED_FROM,
                WorkRegime(
                    WorkAccess.AUTHORISATION,
                    waiting_months=3,
                    counted_from="asylum_request_date",
                ),
                source=Source(FR_CH_ASYLUM_WORK_PAGE),
                note="Former rule: no work during the first 3 months after the request, then a cantonal authorisation.",
            ),
            Change(
                dt.date(2019, 3, 1),
                WorkRegime(
                    WorkAccess.AUTHORISATION, forbidden_while="in_federal_centre"
                ),
                source=oasa("52"),
                note="No work during the stay in a federal asylum centre (LAsi 43 al. 1); in the canton, a temporary authorisation (OASA 52).",
            ),
        ),
    ),
    Status(
        code="S",
        name=Text(
            "personne à protéger (permis S)",
            "Schutzbedürftige·r (Ausweis S)",
            "person in need of protection (S)",
        ),
        domain=Domain.ASYLUM,
        legal_basis=(
            lasi("4"),
            lasi("66"),
            lasi("74"),
            lasi("75"),
            OASI_BENEFICIARIES,
        ),
        validity=Text(
            "jusqu'à la levée de la protection provisoire",
            "bis zur Aufhebung des vorübergehenden Schutzes",
            "until temporary protection is lifted",
        ),
        work=_work(
            "S",
            Change(
                LAW_ENCODED_FROM,
                WorkRegime(
                    WorkAccess.AUTHORISATION,
                    waiting_months=3,
                    counted_from="status_since",
                ),
                source=lasi(
                    "75",
                    "1",
                    quote=(
                        "Pendant les trois premiers mois qui suivent son entrée en Suisse, la "
                        "personne à protéger n'a pas le droit d'exercer d'activité lucrative."
                    ),
                ),
                note="No work for the first 3 months after entry, then an authorisation.",
            ),
            Change(
                dt.date(2022, 3, 12),
                WorkRegime(WorkAccess.AUTHORISATION),
                source=Source(ISOLSUISSE_S),
                note="Status S activated on 12 March 2022; salaried and self-employed work allowed at once, with an authorisation (OASA 53).",
            ),
        ),
    ),
    Status(
        code="RAD",
        name=Text(
            "requérant·e d'asile débouté·e (RAD)",
            "abgewiesene·r Asylsuchende·r",
            "rejected asylum seeker (RAD)",
        ),
        domain=Domain.ASYLUM,
        legal_basis=(
            lasi("82"),
            lasi("43", "2"),
            OASI_BENEFICIARIES,
        ),
        validity=Text(
            "aucune autorisation ; délai de départ, aide d'urgence",
            "keine Bewilligung; Ausreisefrist, Nothilfe",
            "no permit; departure deadline, emergency aid",
        ),
        work=_work(
            "RAD",
            Change(
                LAW_ENCODED_FROM,
                WorkRegime(WorkAccess.FORBIDDEN),
                source=lasi("43", "2"),
                note="The work authorisation ends when the departure deadline expires.",
            ),
        ),
    ),
)

#: Every status, by code (iterate ``facts.RESIDENCE_STATUSES`` for the usual order).
STATUSES: Final[PMap[str, Status]] = pmap({s.code: s for s in _STATUSES})

#: The statuses of the asylum domain: the Valais asylum office's beneficiaries N, F, B refugees, S, RAD.
ASYLUM_DOMAIN: Final = frozenset(s.code for s in _STATUSES if s.domain is Domain.ASYLUM)

#: Foreigners outside the asylum domain: the SPM's (Valais) and BI's (Jura) public.
FOREIGNERS_OUTSIDE_ASYLUM: Final = frozenset(
    s.code for s in _STATUSES if s.domain not in {Domain.ASYLUM, Domain.SWISS}
)


def statuses() -> PMap[str, Status]:
    """Every residence status, by code (an immutable mapping).

    Example:
        >>> s = statuses()["F"]
        >>> s.domain.value, s.work_access(dt.date(2018, 12, 31)).value, s.work_access(dt.date(2019, 1, 1)).value
        ('asylum', 'authorisation', 'announcement')
    """
    return STATUSES


def status(code: str, *, field_name: str = "status") -> Status:
    """The status with *code* (matched like ``Person.residence_status``: any case, ``_`` for ``-``).

    Raises:
        InvalidArgument: Naming *field_name* and listing the known codes.
    """
    if isinstance(code, str):
        key = code.strip().upper().replace("_", "-")
        for known in STATUSES.values():
            if known.code.upper() == key:
                return known
    listed = ", ".join(f'"{c}"' for c in RESIDENCE_STATUSES)
    raise InvalidArgument(field_name, f"expected one of {listed}, got {quote(code)}")
