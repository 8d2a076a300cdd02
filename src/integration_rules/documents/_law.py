"""The legal texts the library cites: Swiss federal and cantonal acts, French codes and decrees.

Swiss federal acts are cited by short name, number in the classified
compilation (RS) and article, with their Fedlex address; a link to an
article uses Fedlex's article anchor (``#art_84``, ``#art_29_a``). French
law is cited by code or decree and article, with its Légifrance address.
"""

from __future__ import annotations

import re
from typing import Final, Protocol

from integration_rules._core import Document, DocumentKind, Source

_FEDLEX: Final = "https://www.fedlex.admin.ch/eli/cc/"


def _federal(  # noqa: PLR0917 - one positional argument per column of the acts' table
    short_name: str, number: str, title: str, eli: str, date: str, kind: DocumentKind
) -> Document:
    return Document(
        title,
        kind=kind,
        publisher="Confédération suisse (Recueil systématique du droit fédéral)",
        date=date,
        url=f"{_FEDLEX}{eli}/fr",
        short_name=short_name,
        number=number,
    )


CST: Final = _federal(
    "Cst.",
    "RS 101",
    "Constitution fédérale de la Confédération suisse du 18 avril 1999",
    "1999/404",
    "1999-04-18",
    DocumentKind.CONSTITUTION,
)
LEI: Final = _federal(
    "LEI",
    "RS 142.20",
    "Loi fédérale du 16 décembre 2005 sur les étrangers et l'intégration",
    "2007/758",
    "2005-12-16",
    DocumentKind.STATUTE,
)
OASA: Final = _federal(
    "OASA",
    "RS 142.201",
    "Ordonnance du 24 octobre 2007 relative à l'admission, au séjour et à l'exercice d'une activité lucrative",
    "2007/759",
    "2007-10-24",
    DocumentKind.ORDINANCE,
)
OIE: Final = _federal(
    "OIE",
    "RS 142.205",
    "Ordonnance du 15 août 2018 sur l'intégration des étrangers",
    "2018/511",
    "2018-08-15",
    DocumentKind.ORDINANCE,
)
LASI: Final = _federal(
    "LAsi",
    "RS 142.31",
    "Loi du 26 juin 1998 sur l'asile",
    "1999/358",
    "1998-06-26",
    DocumentKind.STATUTE,
)
OA2: Final = _federal(
    "OA 2",
    "RS 142.312",
    "Ordonnance 2 du 11 août 1999 sur l'asile relative au financement",
    "1999/360",
    "1999-08-11",
    DocumentKind.ORDINANCE,
)
_LEGIFRANCE: Final = "https://www.legifrance.gouv.fr/"

CODE_DU_TRAVAIL: Final = Document(
    "Code du travail",
    kind=DocumentKind.STATUTE,
    publisher="République française (Légifrance)",
    url=f"{_LEGIFRANCE}codes/texte_lc/LEGITEXT000006072050/",
    short_name="Code du travail",
)
DECREE_2022_199: Final = Document(
    "Décret n° 2022-199 du 18 février 2022 relatif au contrat d'engagement jeune et portant "
    "diverses mesures d'application de l'article 208 de la loi n° 2021-1900 du 30 décembre 2021 "
    "de finances pour 2022",
    kind=DocumentKind.DECREE,
    publisher="République française (Journal officiel)",
    date="2022-02-18",
    url=f"{_LEGIFRANCE}eli/decret/2022/2/18/MTRD2201230D/jo/texte",
    short_name="Décret n° 2022-199 du 18 février 2022",
)
DECREE_2016_1855: Final = Document(
    "Décret n° 2016-1855 du 23 décembre 2016 relatif au parcours contractualisé "
    "d'accompagnement vers l'emploi et l'autonomie et à la garantie jeunes",
    kind=DocumentKind.DECREE,
    publisher="République française (Journal officiel)",
    date="2016-12-23",
    url=f"{_LEGIFRANCE}jorf/id/JORFTEXT000033692654",
    short_name="Décret n° 2016-1855 du 23 décembre 2016",
)


class Citing(Protocol):
    """Cites an article of one act: ``lei("84", "5")`` is « LEI (RS 142.20), art. 84 al. 5 »."""

    def __call__(
        self,
        article: str,
        paragraph: str | None = None,
        letter: str | None = None,
        *,
        quote: str | None = None,
        version: str | None = None,
    ) -> Source: ...


def _anchor(article: str) -> str:
    """Fedlex's anchor of an article: ``84`` → ``art_84``, ``29a`` → ``art_29_a``."""
    found = re.fullmatch(r"(\d+)\s*([a-z]*)", article.strip())
    if found is None:
        return ""
    number, suffix = found.groups()
    return f"#art_{number}" + (f"_{suffix}" if suffix else "")


def _fedlex_articles(document: Document) -> Citing:
    def cite(
        article: str,
        paragraph: str | None = None,
        letter: str | None = None,
        *,
        quote: str | None = None,
        version: str | None = None,
    ) -> Source:
        return Source(
            document,
            article=article,
            paragraph=paragraph,
            letter=letter,
            quote=quote,
            version=version,
            url=f"{document.url}{_anchor(article)}",
        )

    return cite


cst = _fedlex_articles(CST)
lei = _fedlex_articles(LEI)
oasa = _fedlex_articles(OASA)
oie = _fedlex_articles(OIE)
lasi = _fedlex_articles(LASI)
oa2 = _fedlex_articles(OA2)

LEGAL_TEXTS: Final = (
    CST,
    LEI,
    OASA,
    OIE,
    LASI,
    OA2,
    CODE_DU_TRAVAIL,
    DECREE_2022_199,
    DECREE_2016_1855,
)
