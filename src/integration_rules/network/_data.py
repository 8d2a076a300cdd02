"""The CII Valais network, as data: which services and offices are members, in which circle.

Names, parents and pages of the services, offices and providers are entries of
:data:`integration_rules.organisations.DIRECTORY`; this module records only
who is in the network and where. The source is the CII Valais newsletter
(« CII Valais – lettre d'information », CII Valais/SICT, 2023,
:data:`integration_rules.documents.CII_NEWSLETTER`), its article « CII 2e
Cercle – Les agents facilitateurs » and the box beside it, « Partager des
valeurs pour ainsi créer des synergies », which links the CII charter.

* First circle (« La collaboration interinstitutionnelle (CII Valais) … est
  constituée des partenaires du premier cercle »): SICT (ORP, LMMT; also the
  CII coordination organ), SAS (OCPS, OASI, CMS), SFOP (Plateforme T1), SHE
  (OSP), OAI. The article's heading says "2e Cercle", but its text names
  these the partners of the first circle, and the library follows the text.
* Second circle, the facilitating agents: SAPEM (OSAMA, EPCL), SPM (BCI),
  SUVA, SE (OES, Sec. II), SCJ (OPE, CDTEA), PPP of the Hôpital du Valais
  (SPPEA, SPPA, SPPHA).
* « Un troisième cercle pourrait à terme être constitué, regroupant les
  prestataires de mesures d'insertion »: prospective; FormAvenir's four
  providers are listed there, marked as such.
* The USFP is not in the circle list; the FormAvenir article places it in
  the SFOP (« le DEF, par son Service de la formation professionnelle,
  dispose d'une unité de soutien en formation professionnelle »), so it is
  an office of the SFOP here.

Membership dates: the newsletter gives no day of publication; it reports
September 2023 and announces 2024, so memberships are recorded as attested
from :data:`ATTESTED` (1 October 2023, a documented estimate). Before that
date the library does not know the network and answers with no partners.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Final

from integration_rules._core import Parameter, Source, Text
from integration_rules.documents import CII_NEWSLETTER

_ARTICLE: Final = "CII 2e Cercle – Les agents facilitateurs"

#: The collaboration rule: « au moins deux dispositifs du premier cercle et un ou plusieurs des autres cercles ».
CIRCLES_SOURCE: Final = Source(
    CII_NEWSLETTER,
    section=_ARTICLE,
    quote="au moins deux dispositifs du premier cercle et un ou plusieurs des autres cercles",
)
#: The charter condition, in the article; the box « Partager des valeurs pour ainsi créer des synergies » beside it links the charter.
CHARTER_SOURCE: Final = Source(
    CII_NEWSLETTER,
    section=_ARTICLE,
    quote=(
        "La condition préalable à cette collaboration est le partage des valeurs de la "
        "Charte CII (respect, transparence, prévention, responsabilisation, équité, innovation)"
    ),
)
#: The prospective third circle.
THIRD_CIRCLE_SOURCE: Final = Source(
    CII_NEWSLETTER,
    section=_ARTICLE,
    quote=(
        "Un troisième cercle pourrait à terme être constitué, regroupant les prestataires "
        "de mesures d'insertion"
    ),
)
_FIRST_CIRCLE_SOURCE: Final = Source(
    CII_NEWSLETTER,
    section=_ARTICLE,
    quote=(
        "La collaboration interinstitutionnelle (CII Valais) […] est constituée des "
        "partenaires du premier cercle."
    ),
)
_SECOND_CIRCLE_SOURCE: Final = Source(
    CII_NEWSLETTER,
    section=_ARTICLE,
    quote=(
        "la CII est également soutenue par des partenaires du deuxième cercle qui, au travers "
        "de leurs mandats respectifs, ont un rôle d'agents facilitateurs au niveau opérationnel"
    ),
)
#: The newsletter's latest report and its outlook, on which the attested date rests.
_DATED_SOURCE: Final = Source(
    CII_NEWSLETTER,
    section="Carrière au féminin",
    quote=(
        "Une première session pilote a été menée avec succès en septembre 2023. […] "
        "Dès 2024, il est prévu de proposer une session chaque année."
    ),
)

ATTESTED: Final = Parameter(
    "network.attested_from",
    dt.date(2023, 10, 1),
    label=Text("réseau attesté depuis", "Netz belegt seit", "network attested from"),
    source=_DATED_SOURCE,
    note=(
        "The newsletter (2023) gives no day of publication: it reports September 2023 and "
        "announces 2024; 1 October 2023 is an estimate."
    ),
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

    @property
    def source(self) -> Source:
        """Where the newsletter describes the circle."""
        return _CIRCLE_SOURCES[self]


_CIRCLE_SOURCES: Final = {
    Circle.FIRST: _FIRST_CIRCLE_SOURCE,
    Circle.SECOND: _SECOND_CIRCLE_SOURCE,
    Circle.THIRD: THIRD_CIRCLE_SOURCE,
}


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

# (service code, circle, its offices as the newsletter lists them): names, parents
# and pages are in the directory. The USFP follows the Plateforme T1 in the SFOP.
SERVICES: Final[tuple[tuple[str, Circle, tuple[str, ...]], ...]] = (
    ("SICT", Circle.FIRST, ("ORP", "LMMT")),
    ("SAS", Circle.FIRST, ("OCPS", "OASI", "CMS")),
    ("SFOP", Circle.FIRST, ("Plateforme T1", "USFP")),
    ("SHE", Circle.FIRST, ("OSP",)),
    ("OAI", Circle.FIRST, ()),
    ("SAPEM", Circle.SECOND, ("OSAMA", "EPCL")),
    ("SPM", Circle.SECOND, ("BCI",)),
    ("SUVA", Circle.SECOND, ()),
    ("SE", Circle.SECOND, ("OES", "Sec. II")),
    ("SCJ", Circle.SECOND, ("OPE", "CDTEA")),
    ("PPP", Circle.SECOND, ("SPPEA", "SPPA", "SPPHA")),
)

#: FormAvenir's four providers, listed in the prospective third circle.
PROVIDERS: Final[tuple[str, ...]] = (
    "Nasca Formation",
    "ARPI",
    "OSEO Valais",
    "Topjoberwallis",
)

#: The CII coordination organ (« Le SICT fonctionne également comme organe de coordination CII »).
COORDINATION: Final = "SICT"
