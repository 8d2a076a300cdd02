"""The public documents the library cites, each defined once: acts, pages, releases, articles.

Every rule, parameter, measure, status, office and network item cites one of
these documents through a :class:`~integration_rules.rules.Source`. Legal texts
are cited by article (« LEI (RS 142.20), art. 84 al. 5 »), with a link to the
article on Fedlex or Légifrance; other documents by publisher, title and date.

Example:
    >>> from integration_rules.documents import CII_NEWSLETTER, lei
    >>> str(lei("84", "5"))
    'LEI (RS 142.20), art. 84 al. 5'
    >>> lei("84", "5").link
    'https://www.fedlex.admin.ch/eli/cc/2007/758/fr#art_84'
    >>> CII_NEWSLETTER.kind.value, CII_NEWSLETTER.url
    ('newsletter', 'https://www.vs.ch/web/sict/cii')
"""

from __future__ import annotations

from typing import Final

from integration_rules._core import Document
from integration_rules.documents import _law, _publications
from integration_rules.documents._law import (
    CODE_DU_TRAVAIL,
    CST,
    DECREE_2016_1855,
    DECREE_2022_199,
    LASI,
    LEGAL_TEXTS,
    LEI,
    OA2,
    OASA,
    OIE,
    Citing,
    cst,
    lasi,
    lei,
    oa2,
    oasa,
    oie,
)
from integration_rules.documents._publications import (
    AJAM_SITE,
    ASILE_CH_F_REFUGEE,
    CII_NEWSLETTER,
    CVCI_REINSERTION,
    DEFI_METIERS_OFII_2019,
    DJAZIRI_FOREIGNERS,
    EXPAT_FORUM_PERMITS,
    FEDERAL_COUNCIL_2021_RELEASE,
    FR_CH_ASYLUM_WORK_PAGE,
    HALLO_BERN_PERMIT,
    INTERIOR_CIR_LANGUAGE_PAGE,
    ISOLSUISSE_S,
    JURA_BI_PAGE,
    JURA_PIC_ARTICLE,
    KDK_PIC_2014_RELEASE,
    KIP_AGENDA_PAGE,
    LANGUAGE_SCHEME_2019,
    LATELE_2025,
    NOUVELLISTE_2022,
    OASI_PAGE,
    OSAR_F_REFUGEE,
    PROGRAMME_DOCUMENTS,
    PUY_DE_DOME_PAGE,
    RTS_PIC_MATCHING,
    SEM_OIE_S_PAGE,
    SEM_PAI_PAGE,
    SEM_PROGRAMME_S_PAGE,
    VS_FORMAVENIR_RELEASE,
    VS_PAI_PAGE,
    VS_PIC2BIS_RELEASE,
    VS_PIC3_RELEASE,
    VS_SEMO_RELEASE,
    VS_T1_PAGE,
)

#: Every document the library knows, legal texts first, each once.
DOCUMENTS: Final[tuple[Document, ...]] = tuple(
    dict.fromkeys(
        value
        for module in (_law, _publications)
        for value in vars(module).values()
        if isinstance(value, Document)
    )
)

__all__ = [
    "AJAM_SITE",
    "ASILE_CH_F_REFUGEE",
    "CII_NEWSLETTER",
    "CODE_DU_TRAVAIL",
    "CST",
    "CVCI_REINSERTION",
    "DECREE_2016_1855",
    "DECREE_2022_199",
    "DEFI_METIERS_OFII_2019",
    "DJAZIRI_FOREIGNERS",
    "DOCUMENTS",
    "EXPAT_FORUM_PERMITS",
    "FEDERAL_COUNCIL_2021_RELEASE",
    "FR_CH_ASYLUM_WORK_PAGE",
    "HALLO_BERN_PERMIT",
    "INTERIOR_CIR_LANGUAGE_PAGE",
    "ISOLSUISSE_S",
    "JURA_BI_PAGE",
    "JURA_PIC_ARTICLE",
    "KDK_PIC_2014_RELEASE",
    "KIP_AGENDA_PAGE",
    "LANGUAGE_SCHEME_2019",
    "LASI",
    "LATELE_2025",
    "LEGAL_TEXTS",
    "LEI",
    "NOUVELLISTE_2022",
    "OA2",
    "OASA",
    "OASI_PAGE",
    "OIE",
    "OSAR_F_REFUGEE",
    "PROGRAMME_DOCUMENTS",
    "PUY_DE_DOME_PAGE",
    "RTS_PIC_MATCHING",
    "SEM_OIE_S_PAGE",
    "SEM_PAI_PAGE",
    "SEM_PROGRAMME_S_PAGE",
    "VS_FORMAVENIR_RELEASE",
    "VS_PAI_PAGE",
    "VS_PIC2BIS_RELEASE",
    "VS_PIC3_RELEASE",
    "VS_SEMO_RELEASE",
    "VS_T1_PAGE",
    "Citing",
    "cst",
    "lasi",
    "lei",
    "oa2",
    "oasa",
    "oie",
]
