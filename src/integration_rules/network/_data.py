"""The CII Valais network, as data: services, their offices, circles, charter.

Source: CII Valais newsletter (seed 002), « CII 2e Cercle – Les agents
facilitateurs » and « Partager des valeurs pour ainsi créer des synergies ».

* First circle (« La collaboration interinstitutionnelle (CII Valais) … est
  constituée des partenaires du premier cercle »): SICT (ORP, LMMT; also the
  CII coordination organ), SAS (OCPS, OASI, CMS), SFOP (Plateforme T1), SHE
  (OSP), OAI. The heading above the list says "2e Cercle", but the prose
  names these the first-circle partners (``shared/domain.md`` §0.3).
* Second circle, the facilitating agents: SAPEM (OSAMA, EPCL), SPM (BCI),
  SUVA, SE (OES, Sec. II), SCJ (OPE, CDTEA), PPP of the Hôpital du Valais
  (SPPEA, SPPA, SPPHA).
* « Un troisième cercle pourrait à terme être constitué, regroupant les
  prestataires de mesures d'insertion »: prospective; FormAvenir's four
  providers are listed there, marked as such.
* The USFP is not in the circle list; the FormAvenir article places it in
  the SFOP (« le DEF, par son Service de la formation professionnelle,
  dispose d'une USFP »), so it is an office of the SFOP here.

Membership dates: the newsletter is undated; it reports September 2023 and
announces 2024 as upcoming, so memberships are recorded as attested from
:data:`ATTESTED` (1 October 2023, a documented estimate). Before that date the
library does not know the network and answers with no partners.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Final

from integration_rules._core import Parameter, Source, Text

SEED: Final = Source(
    "CII Valais, lettre d'information (seed 002_89222e1065a402bf.txt)",
    article="« CII 2e Cercle – Les agents facilitateurs »"
)
SEED_CHARTER: Final = Source(
    "CII Valais, lettre d'information (seed 002_89222e1065a402bf.txt)",
    article="« Partager des valeurs pour ainsi créer des synergies »"
)

ATTESTED: Final = Parameter(
    "network.attested_from",
    dt.date(2023, 10, 1),
    label=Text("réseau attesté depuis", "Netz belegt seit", "network attested from"),
    source=SEED,
    note="The newsletter is undated: it reports September 2023 and announces 2024; 1 October 2023 is an estimate.",
)


class Circle(enum.IntEnum):
    """The circles of the CII Valais network."""

    FIRST = 1
    SECOND = 2
    THIRD = 3

    @property
    def label(self) -> Text:
        """The circle's name in three languages."""
        return _CIRCLE_LABELS[self]


_CIRCLE_LABELS: Final = {
    Circle.FIRST: Text("premier cercle", "erster Kreis", "first circle"),
    Circle.SECOND: Text(
        "deuxième cercle (agents facilitateurs)",
        "zweiter Kreis (Vermittler)",
        "second circle (facilitating agents)",
    ),
    Circle.THIRD: Text(
        "troisième cercle (prestataires de mesures d'insertion, en perspective)",
        "dritter Kreis (Anbieter von Eingliederungsmassnahmen, geplant)",
        "third circle (insertion-measure providers, prospective)",
    ),
}


class CharterValue(enum.Enum):
    """The six values of the CII charter."""

    RESPECT = "respect"
    TRANSPARENCY = "transparency"
    PREVENTION = "prevention"
    RESPONSIBILITY = "responsibility"
    EQUITY = "equity"
    INNOVATION = "innovation"

    @property
    def label(self) -> Text:
        """The value's name in three languages."""
        return _VALUE_LABELS[self]


_VALUE_LABELS: Final = {
    CharterValue.RESPECT: Text("respect", "Respekt", "respect"),
    CharterValue.TRANSPARENCY: Text("transparence", "Transparenz", "transparency"),
    CharterValue.PREVENTION: Text("prévention", "Prävention", "prevention"),
    CharterValue.RESPONSIBILITY: Text(
        "responsabilisation", "Eigenverantwortung", "responsibility"
    ),
    CharterValue.EQUITY: Text("équité", "Gerechtigkeit", "equity"),
    CharterValue.INNOVATION: Text("innovation", "Innovation", "innovation"),
}

#: All six values: « respect, transparence, prévention, responsabilisation, équité, innovation ».
CHARTER: Final = frozenset(CharterValue)

# (code, French name, German name, English name, circle, offices, prospective)
# Offices: (code, French name, German name, English name).
SERVICES: Final = (
    (
        "SICT",
        "Service de l'industrie, du commerce et du travail",
        "Dienststelle für Industrie, Handel und Arbeit",
        "Service for Industry, Trade and Labour",
        Circle.FIRST,
        (
            (
                "ORP",
                "Offices régionaux de placement",
                "Regionale Arbeitsvermittlungszentren",
                "Regional placement offices",
            ),
            (
                "LMMT",
                "Logistique des mesures du marché du travail",
                "Logistik arbeitsmarktliche Massnahmen",
                "Labour-market measures logistics",
            ),
        ),
    ),
    (
        "SAS",
        "Service de l'action sociale",
        "Dienststelle für Sozialwesen",
        "Social Action Service",
        Circle.FIRST,
        (
            (
                "OCPS",
                "Office de coordination des prestations sociales",
                "Amt für die Koordination der Sozialleistungen",
                "Office for the coordination of social benefits",
            ),
            ("OASI", "Office de l'asile", "Amt für Asylwesen", "Asylum Office"),
            (
                "CMS",
                "Centres médico-sociaux",
                "Sozialmedizinische Zentren",
                "Medico-social centres",
            ),
        ),
    ),
    (
        "SFOP",
        "Service de la formation professionnelle",
        "Dienststelle für Berufsbildung",
        "Vocational Training Service",
        Circle.FIRST,
        (
            ("Plateforme T1", "Plateforme T1", "Plattform T1", "T1 Platform"),
            (
                "USFP",
                "Unité de soutien en formation professionnelle",
                "Unterstützungseinheit in der Berufsbildung",
                "Vocational training support unit",
            ),
        ),
    ),
    (
        "SHE",
        "Service des hautes écoles",
        "Dienststelle für Hochschulwesen",
        "Higher Education Service",
        Circle.FIRST,
        (
            (
                "OSP",
                "Office d'orientation scolaire, professionnelle et de carrière",
                "Amt für Berufs-, Studien- und Laufbahnberatung",
                "Office for educational, vocational and career guidance",
            ),
        ),
    ),
    (
        "OAI",
        "Office cantonal de l'assurance invalidité",
        "Kantonale IV-Stelle",
        "Cantonal disability insurance office",
        Circle.FIRST,
        (),
    ),
    (
        "SAPEM",
        "Service de l'application des peines et mesures",
        "Dienststelle für Straf- und Massnahmenvollzug",
        "Service for the enforcement of sentences and measures",
        Circle.SECOND,
        (
            (
                "OSAMA",
                "Office des sanctions et des mesures d'accompagnement",
                "Amt für Sanktionen und Begleitmassnahmen",
                "Office for sanctions and accompanying measures",
            ),
            (
                "EPCL",
                "Établissement pénitentiaire de Crêtelongue",
                "Strafanstalt Crêtelongue",
                "Crêtelongue prison",
            ),
        ),
    ),
    (
        "SPM",
        "Service de la population et des migrations",
        "Dienststelle für Bevölkerung und Migration",
        "Population and Migration Service",
        Circle.SECOND,
        (
            (
                "BCI",
                "Bureau cantonal de l'intégration",
                "Kantonale Integrationsstelle",
                "Cantonal integration office",
            ),
        ),
    ),
    ("SUVA", "Suva", "Suva", "Suva (accident insurance)", Circle.SECOND, ()),
    (
        "SE",
        "Service de l'enseignement",
        "Dienststelle für Unterrichtswesen",
        "Education Service",
        Circle.SECOND,
        (
            (
                "OES",
                "Office de l'enseignement spécialisé",
                "Amt für Sonderschulwesen",
                "Special education office",
            ),
            ("Sec. II", "Secondaire II", "Sekundarstufe II", "Upper secondary"),
        ),
    ),
    (
        "SCJ",
        "Service cantonal de la jeunesse",
        "Kantonale Dienststelle für die Jugend",
        "Cantonal Youth Service",
        Circle.SECOND,
        (
            (
                "OPE",
                "Office de la protection de l'enfant",
                "Amt für Kindesschutz",
                "Child protection office",
            ),
            (
                "CDTEA",
                "Centre pour le développement et la thérapie de l'enfant et de l'adolescent",
                "Zentrum für Entwicklung und Therapie des Kindes und Jugendlichen",
                "Centre for child and adolescent development and therapy",
            ),
        ),
    ),
    (
        "PPP",
        "Pôle de psychiatrie et psychothérapie de l'Hôpital du Valais",
        "Psychiatrie- und Psychotherapiezentrum des Spitals Wallis",
        "Psychiatry and psychotherapy division of the Hôpital du Valais",
        Circle.SECOND,
        (
            (
                "SPPEA",
                "Service de psychiatrie et psychothérapie de l'enfant et de l'adolescent",
                "Kinder- und Jugendpsychiatrie und -psychotherapie",
                "Child and adolescent psychiatry and psychotherapy",
            ),
            (
                "SPPA",
                "Service de psychiatrie et psychothérapie ambulatoire",
                "Ambulante Psychiatrie und Psychotherapie",
                "Outpatient psychiatry and psychotherapy",
            ),
            (
                "SPPHA",
                "Service de psychiatrie et psychothérapie hospitalière adulte",
                "Stationäre Erwachsenenpsychiatrie und -psychotherapie",
                "Adult inpatient psychiatry and psychotherapy",
            ),
        ),
    ),
)

#: FormAvenir's four providers (seed 002), listed in the prospective third circle.
PROVIDERS: Final = (
    ("Nasca Formation", "Nasca Formation", "Nasca Formation", "Nasca Formation"),
    (
        "ARPI",
        "Association régionale professionnelle pour l'insertion",
        "Regionale Berufsvereinigung für Eingliederung",
        "Regional professional association for insertion",
    ),
    ("OSEO Valais", "OSEO Valais", "SAH Wallis", "OSEO Valais"),
    ("Topjoberwallis", "Topjoberwallis", "Topjoberwallis", "Topjoberwallis"),
)

#: The CII coordination organ (« Le SICT fonctionne également comme organe de coordination CII »).
COORDINATION: Final = "SICT"
