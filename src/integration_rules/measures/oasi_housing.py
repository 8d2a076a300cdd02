"""The OASI accommodation path: Premier Accueil → collective housing → individual housing.

Source: the Valais asylum office's page « Nous sommes l'Office de l'asile »,
section « Hébergement »: persons
allocated to Valais are first received at the Premier Accueil near Sion
station « quelques jours jusqu'à ce qu'une place soit disponible dans un
hébergement collectif »; « Après une période de 6 à 9 mois minimum, la
plupart des résidents déménagent dans un hébergement individuel »; once in a
flat, the BACR take over the financial follow-up.

Readings: the move to individual housing is allowed after
:data:`MIN_COLLECTIVE_MONTHS` (6, the lower bound of « 6 à 9 mois minimum »)
in collective housing; the path only goes forward. The path is for the OASI's
public: the asylum domain, in Valais.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from attrs import frozen

from integration_rules._core import (
    Decision,
    Node,
    Outcome,
    Parameter,
    Phrase,
    Rule,
    Source,
    Text,
    as_date,
    equals,
    evaluate,
    months_since,
    one_of,
)
from integration_rules.documents import OASI_PAGE
from integration_rules.errors import InvalidArgument, quote
from integration_rules.facts import HOUSING_STAGES, Person
from integration_rules.measures._common import domiciled_in, territory
from integration_rules.measures._measure import Measure
from integration_rules.organisations import organisation
from integration_rules.permits import ASYLUM_DOMAIN

#: The asylum office's page, section « Hébergement »: the path's main source.
HOUSING: Final = Source(OASI_PAGE, section="Hébergement")
_SIX_TO_NINE: Final = Source(
    OASI_PAGE,
    section="Hébergement",
    quote=(
        "Après une période de 6 à 9 mois minimum, la plupart des résidents déménagent dans "
        "un hébergement individuel."
    ),
)
_FIRST_DAYS: Final = Source(
    OASI_PAGE,
    section="Hébergement",
    quote=(
        "Les personnes attribuées au canton du Valais par la Confédération sont initialement "
        "accueillies dans la structure du Premier Accueil, située près de la gare à Sion. "
        "Elles y séjournent quelques jours jusqu'à ce qu'une place soit disponible dans un "
        "hébergement collectif."
    ),
)

MIN_COLLECTIVE_MONTHS: Final = Parameter(
    "oasi_housing.min_collective_months",
    6,
    label=Text(
        "mois minimum en hébergement collectif",
        "Mindestmonate in der Kollektivunterkunft",
        "minimum months in collective housing",
    ),
    source=_SIX_TO_NINE,
    note="« Après une période de 6 à 9 mois minimum »: the lower bound, 6 months; 9 is the later end of the usual range.",
)
CANTON: Final = territory(
    "oasi_housing",
    "CH-VS",
    HOUSING,
    "Persons allocated by the Confederation to the canton of Valais.",
)

_STAGE_LABELS: Final = {
    "premier_accueil": Text("Premier Accueil", "Erstaufnahme", "first reception"),
    "collective": Text(
        "hébergement collectif", "Kollektivunterkunft", "collective housing"
    ),
    "individual": Text(
        "hébergement individuel", "Einzelunterkunft", "individual housing"
    ),
}


def _public(move: str) -> Rule:
    return one_of("residence_status", ASYLUM_DOMAIN).named(
        f"oasi_housing.{move}.public",
        label=Text(
            "personne du domaine de l'asile",
            "Person aus dem Asylbereich",
            "person from the asylum domain",
        ),
        source=HOUSING,
    )


def _at(stage: str, move: str) -> Rule:
    return equals("housing", stage).named(
        f"oasi_housing.{move}.current_stage",
        label=Text(
            f"actuellement : {_STAGE_LABELS[stage].fr}",
            f"derzeit: {_STAGE_LABELS[stage].de}",
            f"currently: {_STAGE_LABELS[stage].en}",
        ),
        source=HOUSING,
    )


@frozen
class HousingMove:
    """A foreseen move along the accommodation path, with the rule that allows it."""

    from_stage: str
    to_stage: str
    rule: Rule
    note: Text

    def to_dict(self) -> dict[str, Any]:
        """The move as JSON-ready data."""
        return {
            "from": self.from_stage,
            "to": self.to_stage,
            "rule": self.rule.id,
            "note": self.note.to_dict(),
        }


TO_COLLECTIVE: Final = HousingMove(
    "premier_accueil",
    "collective",
    (
        domiciled_in("oasi_housing.to_collective", CANTON, HOUSING)
        & _public("to_collective")
        & _at("premier_accueil", "to_collective")
    ).named(
        "oasi_housing.to_collective",
        label=Text(
            "Premier Accueil → hébergement collectif",
            "Erstaufnahme → Kollektivunterkunft",
            "first reception → collective housing",
        ),
        source=_FIRST_DAYS,
    ),
    Text(
        "Après quelques jours, dès qu'une place est disponible.",
        "Nach einigen Tagen, sobald ein Platz frei ist.",
        "After a few days, as soon as a place is free.",
    ),
)

TO_INDIVIDUAL: Final = HousingMove(
    "collective",
    "individual",
    (
        domiciled_in("oasi_housing.to_individual", CANTON, HOUSING)
        & _public("to_individual")
        & _at("collective", "to_individual")
        & months_since("housing_since", at_least=MIN_COLLECTIVE_MONTHS).named(
            "oasi_housing.to_individual.months",
            label=Phrase(
                Text(
                    "au moins {0} mois en hébergement collectif",
                    "mindestens {0} Monate in der Kollektivunterkunft",
                    "at least {0} months in collective housing",
                ),
                (MIN_COLLECTIVE_MONTHS,),
            ),
            source=_SIX_TO_NINE,
        )
    ).named(
        "oasi_housing.to_individual",
        label=Text(
            "hébergement collectif → hébergement individuel",
            "Kollektivunterkunft → Einzelunterkunft",
            "collective housing → individual housing",
        ),
        source=HOUSING,
    ),
    Text(
        "Le suivi financier passe de l'équipe du foyer aux BACR.",
        "Die finanzielle Begleitung geht vom Team der Unterkunft an die BACR über.",
        "The financial follow-up passes from the housing team to the BACR.",
    ),
)

#: The foreseen moves, in the path's order; no move goes back.
MOVES: Final[tuple[HousingMove, ...]] = (TO_COLLECTIVE, TO_INDIVIDUAL)


def housing_move(person: Person, to_stage: str, *, on: dt.date | str) -> Decision:
    """Whether *person* may move to *to_stage* on *on*, along the OASI accommodation path.

    A move the path does not foresee (back to collective housing, or a jump
    from the Premier Accueil to a flat) is ``INELIGIBLE``.

    Raises:
        InvalidArgument: If *to_stage* is not a stage of the path.

    Example:
        >>> p = Person(domicile="CH-VS", residence_status="F", housing="collective", housing_since="2024-01-31")
        >>> housing_move(p, "individual", on="2024-07-30").outcome, housing_move(p, "individual", on="2024-07-31").outcome
        (<Outcome.INELIGIBLE: 'ineligible'>, <Outcome.ELIGIBLE: 'eligible'>)
    """
    if to_stage not in HOUSING_STAGES:
        listed = ", ".join(f'"{s}"' for s in HOUSING_STAGES)
        raise InvalidArgument(
            "to_stage", f"expected one of {listed}, got {quote(to_stage)}"
        )
    move = next((m for m in MOVES if m.to_stage == to_stage), None)
    title = Text(
        f"→ {_STAGE_LABELS[to_stage].fr}",
        f"→ {_STAGE_LABELS[to_stage].de}",
        f"→ {_STAGE_LABELS[to_stage].en}",
    )
    if move is None:
        foreseen = ", ".join(f"{m.from_stage} → {m.to_stage}" for m in MOVES)
        detail = Text(
            f"déplacement non prévu par le parcours ; prévus : {foreseen}",
            f"im Unterbringungsweg nicht vorgesehen; vorgesehen: {foreseen}",
            f"a move the accommodation path does not foresee; foreseen: {foreseen}",
        )
        node = Node(
            f"oasi_housing.to_{to_stage}",
            title,
            Outcome.INELIGIBLE,
            source=HOUSING,
            detail=detail,
        )
        return Decision(
            Outcome.INELIGIBLE,
            node,
            as_date(on, "on"),
            measure="oasi-individual-housing",
            title=title,
        )
    return evaluate(
        move.rule, person, on=on, measure="oasi-individual-housing", title=title
    )


MEASURE: Final = Measure(
    id="oasi-individual-housing",
    label=Text(
        "OASI : passage en hébergement individuel",
        "OASI: Wechsel in eine Einzelunterkunft",
        "OASI: move to individual housing",
    ),
    summary=Text(
        "Après la phase collective, la plupart des personnes du domaine de l'asile déménagent dans un logement individuel.",
        "Nach der Kollektivphase ziehen die meisten Personen aus dem Asylbereich in eine Einzelunterkunft.",
        "After the collective phase, most persons from the asylum domain move to individual housing.",
    ),
    rule=TO_INDIVIDUAL.rule,
    source=HOUSING,
    responsible=(organisation("OASI"),),
    providers=(organisation("BACR"),),
    format=Text(
        "logement individuel ; projet personnel d'insertion suivi par les BACR",
        "Einzelwohnung; persönliches Integrationsprojekt, begleitet von den BACR",
        "a flat; a personal insertion project followed by the BACR",
    ),
)
