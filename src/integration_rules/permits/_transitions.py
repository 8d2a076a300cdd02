"""Transitions between residence statuses: may a person be examined for a change, on a date?

Each transition is a rule with its legal basis: LAsi art. 14 al. 2 (hardship,
asylum seekers), LEI art. 84 al. 5 (hardship, provisionally admitted
persons), LAsi art. 74 (persons in need of protection), LEI art. 34 and OASA
art. 60 and 62 (settlement permit), and the articles that end or change a
status. A rule says whether the conditions *for examining* the
change are met; the decision itself belongs to the authority (SEM, canton),
and the explanation says so. Thresholds are named parameters.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from attrs import field, frozen
from attrs.validators import instance_of

from integration_rules._core import (
    Decision,
    Node,
    Outcome,
    Parameter,
    Rule,
    Source,
    Text,
    all_of,
    any_of,
    as_date,
    at_least_on_scale,
    evaluate,
    is_true,
    not_,
    one_of,
    years_since,
)
from integration_rules.documents import (
    LANGUAGE_SCHEME_2019,
    OSAR_F_REFUGEE,
    lasi,
    lei,
    oasa,
)
from integration_rules.facts import LANGUAGE_LEVELS, Person
from integration_rules.facts._person import checked_person
from integration_rules.permits._catalogue import STATUSES, status
from integration_rules.permits._sources import to_sources

_LASI_14 = lasi("14", "2")
_LEI_84 = lei("84", "5")
_LASI_74 = lasi("74")
_LEI_34 = lei("34")
_LANG_SCHEME = Source(LANGUAGE_SCHEME_2019)


def _years(
    id: str, value: int, source: Source, label: Text, note: str | None = None
) -> Parameter[int]:
    return Parameter(id, value, label=label, source=source, note=note)


HARDSHIP_YEARS_SINCE_REQUEST: Final = _years(
    "transition.hardship.years_since_request",
    5,
    _LASI_14,
    Text(
        "années depuis la demande d'asile (cas de rigueur)",
        "Jahre seit dem Asylgesuch (Härtefall)",
        "years since the asylum request (hardship)",
    ),
    "« au moins cinq ans » since the request: from the fifth anniversary on.",
)
F_HARDSHIP_YEARS: Final = _years(
    "transition.F_to_B.years_in_switzerland",
    5,
    _LEI_84,
    Text(
        "années de séjour en Suisse (plus de)",
        "Jahre Aufenthalt in der Schweiz (mehr als)",
        "years in Switzerland (more than)",
    ),
    "« depuis plus de cinq ans »: from the day after the fifth anniversary of arrival.",
)
S_TO_B_YEARS: Final = _years(
    "transition.S_to_B.years_since_protection",
    5,
    _LASI_74,
    Text(
        "années depuis l'octroi de la protection",
        "Jahre seit Gewährung des Schutzes",
        "years since protection was granted",
    ),
)
S_TO_C_YEARS: Final = _years(
    "transition.S_to_C.years_since_protection",
    10,
    _LASI_74,
    Text(
        "années depuis l'octroi de la protection",
        "Jahre seit Gewährung des Schutzes",
        "years since protection was granted",
    ),
    "LAsi 74 al. 3: the canton *may* grant a C ten years after protection was granted.",
)
C_ORDINARY_YEARS: Final = _years(
    "transition.B_to_C.ordinary.years_with_L_or_B",
    10,
    _LEI_34,
    Text(
        "années avec permis L ou B",
        "Jahre mit Ausweis L oder B",
        "years with an L or B permit",
    ),
)
C_CONTINUOUS_B_YEARS: Final = _years(
    "transition.B_to_C.ordinary.continuous_B_years",
    5,
    _LEI_34,
    Text(
        "dernières années ininterrompues avec permis B",
        "letzte ununterbrochene Jahre mit Ausweis B",
        "last uninterrupted years with a B permit",
    ),
)
C_EARLY_YEARS: Final = _years(
    "transition.B_to_C.early.continuous_B_years",
    5,
    _LEI_34,
    Text(
        "années ininterrompues avec permis B (octroi anticipé)",
        "ununterbrochene Jahre mit Ausweis B (vorzeitig)",
        "uninterrupted years with a B permit (early)",
    ),
)


def _level(
    id: str, value: str, article: str, paragraph: str, label: Text
) -> Parameter[str]:
    return Parameter(
        id,
        value,
        label=label,
        source=oasa(article, paragraph),
        note=f"Level as the scheme « {LANGUAGE_SCHEME_2019.title} » summarises it.",
    )


C_ORDINARY_ORAL: Final = _level(
    "transition.B_to_C.ordinary.oral_level",
    "A2",
    "60",
    "2",
    Text("niveau oral minimal", "mündliches Mindestniveau", "minimum oral level"),
)
C_ORDINARY_WRITTEN: Final = _level(
    "transition.B_to_C.ordinary.written_level",
    "A1",
    "60",
    "2",
    Text(
        "niveau écrit minimal", "schriftliches Mindestniveau", "minimum written level"
    ),
)
C_EARLY_ORAL: Final = _level(
    "transition.B_to_C.early.oral_level",
    "B1",
    "62",
    "1bis",
    Text("niveau oral minimal", "mündliches Mindestniveau", "minimum oral level"),
)
C_EARLY_WRITTEN: Final = _level(
    "transition.B_to_C.early.written_level",
    "A1",
    "62",
    "1bis",
    Text(
        "niveau écrit minimal", "schriftliches Mindestniveau", "minimum written level"
    ),
)


def _holds(code: str) -> Rule:
    return one_of("residence_status", {code}).named(
        f"transition.current_status.{code}",
        label=Text(
            f"statut actuel : {code}",
            f"aktueller Status: {code}",
            f"current status: {code}",
        ),
        source=STATUSES[code].legal_basis[0],
    )


def _yes(fact: str, label: Text, source: Source) -> Rule:
    return is_true(fact).named(f"transition.fact.{fact}", label=label, source=source)


def _no(fact: str, label: Text, source: Source) -> Rule:
    inner = is_true(fact).named(f"transition.fact.{fact}", source=source)
    return not_(inner).named(f"transition.fact.not_{fact}", label=label, source=source)


_NO_REVOCATION = Text(
    "aucun motif de révocation (LEI 62 al. 1)",
    "kein Widerrufsgrund (AIG 62 Abs. 1)",
    "no ground for revocation (LEI 62 al. 1)",
)


def _language(fact: str, minimum: Parameter[str], label: Text) -> Rule:
    return at_least_on_scale(fact, minimum, LANGUAGE_LEVELS).named(
        f"transition.{minimum.id}", label=label, source=minimum.source
    )


@frozen(kw_only=True)
class Transition:
    """A foreseen change of residence status, and the rule for examining it.

    Attributes:
        id: A stable id, e.g. ``"B->C.ordinary"``.
        from_status: The current status.
        to_status: The status the person may be examined for.
        label: The route's name in French, German and English.
        rule: The conditions for examining the change (including the current status).
        legal_basis: The articles the route rests on.
        note: Who decides, and what the examination weighs.
    """

    id: str = field(validator=instance_of(str))
    from_status: str = field(validator=instance_of(str))
    to_status: str = field(validator=instance_of(str))
    label: Text = field(validator=instance_of(Text))
    rule: Rule = field(validator=instance_of(Rule))
    legal_basis: tuple[Source, ...] = field(converter=to_sources)
    note: Text | None = None

    def to_dict(self) -> dict[str, Any]:
        """The transition as JSON-ready data (the rule by id and facts)."""
        return {
            "id": self.id,
            "from": self.from_status,
            "to": self.to_status,
            "label": self.label.to_dict(),
            "rule": self.rule.id,
            "facts": sorted(self.rule.facts()),
            "legal_basis": [s.to_dict() for s in self.legal_basis],
            "note": self.note.to_dict() if self.note else None,
        }


def _transition(  # noqa: PLR0917 - each transition reads as one row of a table
    id: str,
    from_status: str,
    to_status: str,
    label: Text,
    conditions: tuple[Rule, ...],
    legal_basis: tuple[Source, ...],
    note: Text | None = None,
) -> Transition:
    rule = all_of(_holds(from_status), *conditions).named(
        f"transition.{id}", label=label, source=legal_basis[0]
    )
    return Transition(
        id=id,
        from_status=from_status,
        to_status=to_status,
        label=label,
        rule=rule,
        legal_basis=legal_basis,
        note=note,
    )


def _f_hardship(from_status: str, names: tuple[str, str, str]) -> Transition:
    """F or F-refugee → B on hardship after more than 5 years in Switzerland (LEI 84 al. 5)."""
    fr, de, en = names
    return _transition(
        f"{from_status}->B.hardship",
        from_status,
        "B",
        Text(
            f"{fr} → B : cas de rigueur (LEI 84 al. 5)",
            f"{de} → B: Härtefall (AIG 84 Abs. 5)",
            f"{en} → B: hardship (LEI 84 al. 5)",
        ),
        (
            years_since("arrival_date", more_than=F_HARDSHIP_YEARS).named(
                f"transition.{from_status}_to_B.more_than_five_years",
                label=Text(
                    "en Suisse depuis plus de 5 ans",
                    "seit mehr als 5 Jahren in der Schweiz",
                    "in Switzerland for more than 5 years",
                ),
                source=_LEI_84,
            ),
        ),
        (_LEI_84,),
        Text(
            "La demande est examinée de manière approfondie (intégration, situation familiale, exigibilité du retour).",
            "Das Gesuch wird vertieft geprüft (Integration, familiäre Verhältnisse, Zumutbarkeit der Rückkehr).",
            "The request is examined thoroughly (integration, family situation, reasonableness of return).",
        ),
    )


def _hardship(from_status: str) -> Transition:
    return _transition(
        f"{from_status}->B.hardship",
        from_status,
        "B",
        Text(
            f"{from_status} → B : cas de rigueur (LAsi 14 al. 2)",
            f"{from_status} → B: Härtefall (AsylG 14 Abs. 2)",
            f"{from_status} → B: hardship (LAsi 14 al. 2)",
        ),
        (
            years_since(
                "asylum_request_date", at_least=HARDSHIP_YEARS_SINCE_REQUEST
            ).named(
                "transition.hardship.five_years",
                label=Text(
                    "au moins 5 ans en Suisse depuis le dépôt de la demande d'asile",
                    "mindestens 5 Jahre in der Schweiz seit Einreichung des Asylgesuchs",
                    "at least 5 years in Switzerland since the asylum request",
                ),
                source=_LASI_14,
            ),
            _yes(
                "whereabouts_known",
                Text(
                    "lieu de séjour toujours connu des autorités",
                    "Aufenthaltsort den Behörden immer bekannt",
                    "whereabouts always known to the authorities",
                ),
                _LASI_14,
            ),
            _yes(
                "advanced_integration",
                Text(
                    "cas de détresse personnelle grave (intégration poussée)",
                    "schwerwiegender persönlicher Härtefall (fortgeschrittene Integration)",
                    "serious personal hardship (advanced integration)",
                ),
                _LASI_14,
            ),
            _no("revocation_ground", _NO_REVOCATION, _LASI_14),
        ),
        (_LASI_14, oasa("31")),
        Text(
            "Le canton peut octroyer l'autorisation, avec l'approbation du SEM.",
            "Der Kanton kann die Bewilligung mit Zustimmung des SEM erteilen.",
            "The canton may grant the permit, with the SEM's approval.",
        ),
    )


_C_ORDINARY_CONDITIONS: Final = (
    years_since("residence_permit_since", at_least=C_ORDINARY_YEARS).named(
        "transition.B_to_C.ordinary.ten_years",
        label=Text(
            "au moins 10 ans en Suisse avec un permis L ou B",
            "mindestens 10 Jahre in der Schweiz mit Ausweis L oder B",
            "at least 10 years in Switzerland with an L or B permit",
        ),
        source=_LEI_34,
    ),
    years_since("status_since", at_least=C_CONTINUOUS_B_YEARS).named(
        "transition.B_to_C.ordinary.five_years_b",
        label=Text(
            "dont les 5 dernières années sans interruption avec le statut actuel",
            "davon die letzten 5 Jahre ununterbrochen mit dem aktuellen Status",
            "the last 5 of them uninterrupted with the current status",
        ),
        source=_LEI_34,
    ),
    _yes(
        "integrated",
        Text("intégré·e (LEI 58a)", "integriert (AIG 58a)", "integrated (LEI 58a)"),
        lei("58a"),
    ),
    _no("revocation_ground", _NO_REVOCATION, _LEI_34),
    _language(
        "oral_language_level",
        C_ORDINARY_ORAL,
        Text(
            "langue nationale à l'oral : A2 au moins",
            "Landessprache mündlich: mindestens A2",
            "national language spoken: at least A2",
        ),
    ),
    _language(
        "written_language_level",
        C_ORDINARY_WRITTEN,
        Text(
            "langue nationale à l'écrit : A1 au moins",
            "Landessprache schriftlich: mindestens A1",
            "national language written: at least A1",
        ),
    ),
)

_C_EARLY_CONDITIONS: Final = (
    years_since("status_since", at_least=C_EARLY_YEARS).named(
        "transition.B_to_C.early.five_years",
        label=Text(
            "au moins 5 ans sans interruption avec le permis B",
            "mindestens 5 Jahre ununterbrochen mit Ausweis B",
            "at least 5 uninterrupted years with a B permit",
        ),
        source=_LEI_34,
    ),
    _yes(
        "integrated",
        Text(
            "intégré·e (LEI 58a)",
            "integriert (AIG 58a)",
            "integrated (LEI 58a)",
        ),
        lei("58a"),
    ),
    _no("revocation_ground", _NO_REVOCATION, _LEI_34),
    _language(
        "oral_language_level",
        C_EARLY_ORAL,
        Text(
            "langue nationale à l'oral : B1 au moins",
            "Landessprache mündlich: mindestens B1",
            "national language spoken: at least B1",
        ),
    ),
    _language(
        "written_language_level",
        C_EARLY_WRITTEN,
        Text(
            "langue nationale à l'écrit : A1 au moins",
            "Landessprache schriftlich: mindestens A1",
            "national language written: at least A1",
        ),
    ),
)

_C_NOTE: Final = Text(
    "Le canton examine ; le permis C n'est pas un droit.",
    "Der Kanton prüft; die Niederlassungsbewilligung ist kein Anspruch.",
    "The canton examines; a C permit is not a right.",
)

TRANSITIONS: Final[tuple[Transition, ...]] = (
    _transition(
        "N->B-refugee",
        "N",
        "B-refugee",
        Text(
            "N → B réfugié : asile accordé",
            "N → B Flüchtling: Asyl gewährt",
            "N → B refugee: asylum granted",
        ),
        (
            _yes(
                "refugee_status_recognised",
                Text(
                    "qualité de réfugié reconnue (LAsi 3)",
                    "Flüchtlingseigenschaft anerkannt (AsylG 3)",
                    "refugee status recognised (LAsi 3)",
                ),
                lasi("3"),
            ),
            _no(
                "asylum_exclusion_ground",
                Text(
                    "aucun motif d'exclusion de l'asile (LAsi 53, 54)",
                    "kein Asylausschlussgrund (AsylG 53, 54)",
                    "no ground excluding asylum (LAsi 53, 54)",
                ),
                lasi("53, 54"),
            ),
        ),
        (
            lasi("49"),
            lasi("60"),
        ),
        Text(
            "Le SEM accorde l'asile ; l'autorisation de séjour suit (LAsi 60).",
            "Das SEM gewährt Asyl; die Aufenthaltsbewilligung folgt (AsylG 60).",
            "The SEM grants asylum; the residence permit follows (LAsi 60).",
        ),
    ),
    _transition(
        "N->F-refugee",
        "N",
        "F-refugee",
        Text(
            "N → F réfugié : réfugié exclu de l'asile",
            "N → F Flüchtling: vom Asyl ausgeschlossen",
            "N → F refugee: refugee excluded from asylum",
        ),
        (
            _yes(
                "refugee_status_recognised",
                Text(
                    "qualité de réfugié reconnue (LAsi 3)",
                    "Flüchtlingseigenschaft anerkannt (AsylG 3)",
                    "refugee status recognised (LAsi 3)",
                ),
                lasi("3"),
            ),
            _yes(
                "asylum_exclusion_ground",
                Text(
                    "un motif d'exclusion de l'asile s'applique (LAsi 53, 54)",
                    "ein Asylausschlussgrund liegt vor (AsylG 53, 54)",
                    "a ground excluding asylum applies (LAsi 53, 54)",
                ),
                lei("83", "8"),
            ),
        ),
        (
            lei("83", "8"),
            Source(OSAR_F_REFUGEE),
        ),
    ),
    _transition(
        "N->F",
        "N",
        "F",
        Text(
            "N → F : renvoi non exécutable",
            "N → F: Wegweisung nicht vollziehbar",
            "N → F: removal not enforceable",
        ),
        (
            _yes(
                "asylum_request_rejected",
                Text(
                    "demande d'asile rejetée",
                    "Asylgesuch abgelehnt",
                    "asylum request rejected",
                ),
                lei("83"),
            ),
            _yes(
                "removal_not_enforceable",
                Text(
                    "renvoi impossible, illicite ou non raisonnablement exigible",
                    "Wegweisung unmöglich, unzulässig oder unzumutbar",
                    "removal impossible, unlawful or unreasonable",
                ),
                lei("83"),
            ),
        ),
        (
            lei("83"),
            lei("85", "1"),
        ),
        Text(
            "Le SEM ordonne l'admission provisoire.",
            "Das SEM verfügt die vorläufige Aufnahme.",
            "The SEM orders the provisional admission.",
        ),
    ),
    _transition(
        "N->RAD",
        "N",
        "RAD",
        Text(
            "N → RAD : débouté, renvoi exécutoire",
            "N → RAD: abgewiesen, Wegweisung vollziehbar",
            "N → RAD: rejected, removal enforceable",
        ),
        (
            _yes(
                "asylum_request_rejected",
                Text(
                    "demande d'asile rejetée",
                    "Asylgesuch abgelehnt",
                    "asylum request rejected",
                ),
                lasi("82", "1"),
            ),
            _no(
                "removal_not_enforceable",
                Text(
                    "renvoi exécutoire", "Wegweisung vollziehbar", "removal enforceable"
                ),
                lasi("82", "1"),
            ),
        ),
        (
            lasi("82", "1"),
            lasi("43", "2"),
        ),
        Text(
            "Exclu de l'aide sociale ; aide d'urgence sur demande (LAsi 82).",
            "Von der Sozialhilfe ausgeschlossen; Nothilfe auf Gesuch (AsylG 82).",
            "Excluded from social aid; emergency aid on request (LAsi 82).",
        ),
    ),
    _hardship("N"),
    _hardship("RAD"),
    _f_hardship("F", ("F", "F", "F")),
    _f_hardship("F-refugee", ("F réfugié", "F Flüchtling", "F refugee")),
    _transition(
        "S->B",
        "S",
        "B",
        Text(
            "S → B : protection non levée après 5 ans",
            "S → B: Schutz nach 5 Jahren nicht aufgehoben",
            "S → B: protection not lifted after 5 years",
        ),
        (
            years_since("status_since", at_least=S_TO_B_YEARS).named(
                "transition.S_to_B.five_years",
                label=Text(
                    "au moins 5 ans depuis l'octroi de la protection provisoire",
                    "mindestens 5 Jahre seit Gewährung des vorübergehenden Schutzes",
                    "at least 5 years since temporary protection was granted",
                ),
                source=_LASI_74,
            ),
            _no(
                "protection_lifted",
                Text(
                    "protection provisoire non levée par le Conseil fédéral",
                    "vorübergehender Schutz vom Bundesrat nicht aufgehoben",
                    "temporary protection not lifted by the Federal Council",
                ),
                _LASI_74,
            ),
        ),
        (_LASI_74,),
        Text(
            "Autorisation de séjour qui prend fin à la levée de la protection.",
            "Aufenthaltsbewilligung, die mit der Aufhebung des Schutzes endet.",
            "A residence permit that ends when protection is lifted.",
        ),
    ),
    _transition(
        "S->C",
        "S",
        "C",
        Text(
            "S → C : 10 ans après l'octroi de la protection",
            "S → C: 10 Jahre nach Gewährung des Schutzes",
            "S → C: 10 years after protection was granted",
        ),
        (
            years_since("status_since", at_least=S_TO_C_YEARS).named(
                "transition.S_to_C.ten_years",
                label=Text(
                    "au moins 10 ans depuis l'octroi de la protection provisoire",
                    "mindestens 10 Jahre seit Gewährung des vorübergehenden Schutzes",
                    "at least 10 years since temporary protection was granted",
                ),
                source=_LASI_74,
            ),
        ),
        (_LASI_74,),
        Text(
            "Le canton peut octroyer le permis C.",
            "Der Kanton kann die Niederlassungsbewilligung erteilen.",
            "The canton may grant a C permit.",
        ),
    ),
    _transition(
        "B->C.ordinary",
        "B",
        "C",
        Text(
            "B → C : octroi ordinaire (LEI 34 al. 2)",
            "B → C: ordentliche Erteilung (AIG 34 Abs. 2)",
            "B → C: ordinary route (LEI 34 al. 2)",
        ),
        _C_ORDINARY_CONDITIONS,
        (_LEI_34, oasa("60"), _LANG_SCHEME),
        _C_NOTE,
    ),
    _transition(
        "B->C.early",
        "B",
        "C",
        Text(
            "B → C : octroi anticipé (LEI 34 al. 4)",
            "B → C: vorzeitige Erteilung (AIG 34 Abs. 4)",
            "B → C: early route (LEI 34 al. 4)",
        ),
        _C_EARLY_CONDITIONS,
        (_LEI_34, oasa("62"), _LANG_SCHEME),
        _C_NOTE,
    ),
    _transition(
        "B-refugee->C.early",
        "B-refugee",
        "C",
        Text(
            "B réfugié → C : octroi anticipé (LAsi 60 al. 2, LEI 34 al. 4)",
            "B Flüchtling → C: vorzeitige Erteilung (AsylG 60 Abs. 2, AIG 34 Abs. 4)",
            "B refugee → C: early route (LAsi 60 al. 2, LEI 34 al. 4)",
        ),
        _C_EARLY_CONDITIONS,
        (_LEI_34, oasa("62"), _LANG_SCHEME),
        _C_NOTE,
    ),
    _transition(
        "B-refugee->C.ordinary",
        "B-refugee",
        "C",
        Text(
            "B réfugié → C : octroi ordinaire (LAsi 60 al. 2, LEI 34)",
            "B Flüchtling → C: ordentliche Erteilung (AsylG 60 Abs. 2, AIG 34)",
            "B refugee → C: ordinary route (LAsi 60 al. 2, LEI 34)",
        ),
        _C_ORDINARY_CONDITIONS,
        (lasi("60", "2"), _LEI_34, oasa("60")),
        _C_NOTE,
    ),
)


def foreseen_transitions(from_status: str) -> tuple[Transition, ...]:
    """The transitions foreseen from *from_status*, in the catalogue's order.

    Example:
        >>> [t.id for t in foreseen_transitions("S")]
        ['S->B', 'S->C']
        >>> foreseen_transitions("C")
        ()
    """
    code = status(from_status).code
    return tuple(t for t in TRANSITIONS if t.from_status == code)


def check_transition(
    person: Person, from_status: str, to_status: str, *, on: dt.date | str
) -> Decision:
    """Whether *person* may be examined for a change from *from_status* to *to_status* on *on*.

    When several routes lead to the same status (B → C: ordinary or early),
    the decision holds when any route does, and the explanation shows each.
    A change that no rule foresees (C → N) is ``INELIGIBLE``, and the
    explanation lists the changes foreseen from that status.

    Raises:
        InvalidArgument: If a status code is unknown, or *person* is not a Person.

    Example:
        >>> p = Person(residence_status="F", arrival_date="2019-03-01")
        >>> check_transition(p, "F", "B", on="2024-03-01").outcome
        <Outcome.INELIGIBLE: 'ineligible'>
        >>> check_transition(p, "F", "B", on="2024-03-02").outcome
        <Outcome.ELIGIBLE: 'eligible'>
    """
    checked_person(person)
    source = status(from_status, field_name="from_status").code
    target = status(to_status, field_name="to_status").code
    day = as_date(on, "on")
    routes = [
        t for t in TRANSITIONS if t.from_status == source and t.to_status == target
    ]
    title = Text(f"{source} → {target}", f"{source} → {target}", f"{source} → {target}")
    measure = f"transition:{source}->{target}"
    if not routes:
        foreseen = [
            f"{t.from_status} → {t.to_status} ({t.id})"
            for t in TRANSITIONS
            if t.from_status == source
        ]
        listed = ", ".join(foreseen)
        detail = Text(
            f"changement non prévu ; prévus depuis {source} : {listed or 'aucun'}",
            f"Wechsel nicht vorgesehen; vorgesehen ab {source}: {listed or 'keine'}",
            f"change not foreseen; foreseen from {source}: {listed or 'none'}",
        )
        node = Node(
            f"transition.{source}->{target}", title, Outcome.INELIGIBLE, detail=detail
        )
        return Decision(Outcome.INELIGIBLE, node, day, measure=measure, title=title)
    rule = (
        routes[0].rule
        if len(routes) == 1
        else any_of(*(t.rule for t in routes)).named(
            f"transition.{source}->{target}",
            label=title,
            source=routes[0].legal_basis[0],
        )
    )
    return evaluate(rule, person, on=day, measure=measure, title=title)
