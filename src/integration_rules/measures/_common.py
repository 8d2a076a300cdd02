"""Sources and rule builders shared by the measures."""

from __future__ import annotations

from typing import Final

from integration_rules._core import (
    Parameter,
    Phrase,
    Rule,
    Source,
    Text,
    all_of,
    equals,
    months_since,
    not_,
    one_of,
)
from integration_rules.documents import CII_NEWSLETTER
from integration_rules.facts import FACTS, RESIDENCE_STATUSES


def newsletter(section: str, quote: str | None = None) -> Source:
    """A section of the CII Valais newsletter, with the wording cited."""
    return Source(CII_NEWSLETTER, section=section, quote=quote)


_CANTONS: Final = {
    "CH-VS": Text(
        "domicilié·e en Valais", "Wohnsitz im Kanton Wallis", "domiciled in Valais"
    ),
    "CH-JU": Text(
        "domicilié·e dans le canton du Jura",
        "Wohnsitz im Kanton Jura",
        "domiciled in the canton of Jura",
    ),
    "FR-63": Text(
        "domicilié·e dans le Puy-de-Dôme",
        "Wohnsitz im Departement Puy-de-Dôme",
        "domiciled in Puy-de-Dôme",
    ),
}


def domiciled_in(measure_id: str, place: Parameter[str], source: Source) -> Rule:
    """The measure's territory: domicile equals the parameter *place* (an ISO 3166-2 code)."""
    return equals("domicile", place).named(
        f"{measure_id}.domicile", label=_CANTONS[place.value], source=source
    )


def territory(measure_id: str, code: str, source: Source, note: str) -> Parameter[str]:
    """The territory parameter of a measure."""
    return Parameter(
        f"{measure_id}.territory",
        code,
        label=Text("territoire", "Gebiet", "territory"),
        source=source,
        note=note,
    )


#: Every status but Swiss citizenship: the "migrant publics" of the PIC (Valais press release, January 2022).
FOREIGN_STATUSES: Final = frozenset(RESIDENCE_STATUSES) - {"swiss"}


def foreign_national(measure_id: str, source: Source) -> Rule:
    """The person is a foreign national, in the asylum domain or not (« tous les publics de migrants »)."""
    return one_of("residence_status", FOREIGN_STATUSES).named(
        f"{measure_id}.foreign_national",
        label=Text(
            "personne étrangère (domaine des étrangers ou de l'asile)",
            "ausländische Person (Ausländer- oder Asylbereich)",
            "foreign national (foreigners' or asylum domain)",
        ),
        source=source,
    )


def newcomer(measure_id: str, months: Parameter[int], source: Source) -> Rule:
    """Arrived in Switzerland on or before the evaluation date, and less than *months* months ago."""
    arrived = months_since("arrival_date", at_least=0).named(
        f"{measure_id}.arrived",
        label=Text(
            "arrivé·e en Suisse", "in die Schweiz eingereist", "arrived in Switzerland"
        ),
        source=source,
    )
    recent = not_(
        months_since("arrival_date", at_least=months).named(
            f"{measure_id}.arrived_long_ago", source=source
        )
    ).named(
        f"{measure_id}.recently",
        label=Phrase(
            Text(
                "depuis moins de {0} mois",
                "seit weniger als {0} Monaten",
                "less than {0} months ago",
            ),
            (months,),
        ),
        source=source,
    )
    return all_of(arrived, recent).named(
        f"{measure_id}.newcomer",
        label=Phrase(
            Text(
                "arrivé·e en Suisse depuis moins de {0} mois",
                "seit weniger als {0} Monaten in der Schweiz",
                "arrived in Switzerland less than {0} months ago",
            ),
            (months,),
        ),
        source=source,
    )


#: Facts a person cannot change; the path to eligibility never proposes them
#: (the built-in facts declared ``fixed``).
FIXED_FACTS: Final = FACTS.fixed
