"""The programme documents, official pages, press releases and articles the library cites.

Five documents describe the programmes the library encodes: the Valais press
release on the PIC 2bis, the RFJ article on the Jura PIC 2024–2027, the CII
Valais newsletter, the Puy-de-Dôme prefecture's page on refugee integration,
and the Valais asylum office's presentation. The others confirm, date or
complete them. A statement that rests on a secondary page (an NGO, a law
firm, a forum, a news site) cites it as what it is: kind ``WEB_PAGE`` or
``NEWS_ARTICLE``, with its publisher.
"""

from __future__ import annotations

from typing import Final

from integration_rules._core import Document, DocumentKind

_VS_PRESS: Final = (
    "https://www.vs.ch/web/communication/detail?groupId=529400&articleId="
)

# -- the five programme documents ---------------------------------------------------------

VS_PIC2BIS_RELEASE: Final = Document(
    "Migration – Le Valais mise sur l'intégration",
    kind=DocumentKind.PRESS_RELEASE,
    publisher="État du Valais, Service de la population et des migrations (SPM)",
    date="2022-01",
    url="https://vs.ch/web/communication/detail?articleId=14726468&groupId=529400",
)
JURA_PIC_ARTICLE: Final = Document(
    "Le Jura fixe les priorités de sa politique d'intégration des étrangers jusqu'en 2027",
    kind=DocumentKind.NEWS_ARTICLE,
    publisher="RFJ (Radio Fréquence Jura), d'après un communiqué du Gouvernement jurassien",
    date="2023-11-30",
    url=(
        "https://www.rfj.ch/rfj/Actualite/Region/20231130-Le-Jura-fixe-les-priorites-"
        "de-sa-politique-d-integration-des-etrangers-jusqu-en-2027.html"
    ),
)
CII_NEWSLETTER: Final = Document(
    "CII Valais – lettre d'information",
    kind=DocumentKind.NEWSLETTER,
    publisher="CII Valais (SICT)",
    date="2023",
    url="https://www.vs.ch/web/sict/cii",
)
PUY_DE_DOME_PAGE: Final = Document(
    "Quinzaine régionale de l'intégration : le point sur l'intégration des réfugiés "
    "dans le Puy-de-Dôme",
    kind=DocumentKind.OFFICIAL_PAGE,
    publisher="Préfecture du Puy-de-Dôme",
    date="2021-11-03",
    url=(
        "https://www.puy-de-dome.gouv.fr/Actions-de-l-Etat/Solidarite-cohesion-sociale/"
        "Migrants-et-refugies/Quinzaine-regionale-de-l-integration-le-point-sur-l-"
        "integration-des-refugies-dans-le-Puy-de-Dome"
    ),
)
OASI_PAGE: Final = Document(
    "Nous sommes l'Office de l'asile",
    kind=DocumentKind.OFFICIAL_PAGE,
    publisher="État du Valais, Office de l'asile (OASI)",
    consulted="2024",
    url="https://www.vs.ch/web/sas-new/asile/office",
)

#: The five documents that describe the programmes the library encodes.
PROGRAMME_DOCUMENTS: Final = (
    VS_PIC2BIS_RELEASE,
    JURA_PIC_ARTICLE,
    CII_NEWSLETTER,
    PUY_DE_DOME_PAGE,
    OASI_PAGE,
)

# -- Swiss authorities' pages and press releases ---------------------------------------------

VS_PIC3_RELEASE: Final = Document(
    "Migration – Le Valais renouvelle son engagement pour l'intégration",
    kind=DocumentKind.PRESS_RELEASE,
    publisher="État du Valais, Service de la population et des migrations (SPM)",
    url=f"{_VS_PRESS}28838202",
)
VS_FORMAVENIR_RELEASE: Final = Document(
    "Nouvelle mesure d'accompagnement pour les jeunes en difficulté durant leur parcours de "
    "formation professionnelle initiale – Projet-pilote « FormAvenir »",
    kind=DocumentKind.PRESS_RELEASE,
    publisher="État du Valais, Département de la santé, des affaires sociales et de la culture (DSSC)",
    date="2023",
    url="https://vs.ch/web/communication/detail?articleId=27658626&groupId=529400",
)
VS_SEMO_RELEASE: Final = Document(
    "Semestre de motivation (SEMO) de Monthey",
    kind=DocumentKind.PRESS_RELEASE,
    publisher="État du Valais, Service de l'industrie, du commerce et du travail (SICT)",
    url=f"{_VS_PRESS}27824336",
)
VS_T1_PAGE: Final = Document(
    "Plateforme T1",
    kind=DocumentKind.OFFICIAL_PAGE,
    publisher="État du Valais, Service de la formation professionnelle (SFOP)",
    url="https://vs.ch/fr/web/sfop/plateforme-t1",
)
VS_PAI_PAGE: Final = Document(
    "Contrat de préapprentissage d'intégration",
    kind=DocumentKind.OFFICIAL_PAGE,
    publisher="État du Valais, Service de la formation professionnelle (SFOP)",
    url="https://vs.ch/it/web/sfop/contrat-de-pr%C3%A9apprentissage-d-int%C3%A9gration",
)
SEM_PAI_PAGE: Final = Document(
    "Préapprentissage d'intégration",
    kind=DocumentKind.OFFICIAL_PAGE,
    publisher="Secrétariat d'État aux migrations (SEM)",
    url="https://www.sem.admin.ch/sem/fr/home/integration-einbuergerung/innovation/invol.html",
)
SEM_PROGRAMME_S_PAGE: Final = Document(
    "Programme S",
    kind=DocumentKind.OFFICIAL_PAGE,
    publisher="Secrétariat d'État aux migrations (SEM)",
    url=(
        "https://www.sem.admin.ch/sem/fr/home/integration-einbuergerung/"
        "integrationsfoerderung/programm-s.html"
    ),
)
SEM_OIE_S_PAGE: Final = Document(
    "Modification de l'ordonnance sur l'intégration des étrangers (statut S)",
    kind=DocumentKind.OFFICIAL_PAGE,
    publisher="Secrétariat d'État aux migrations (SEM)",
    url="https://www.sem.admin.ch/sem/fr/home/sem/rechtsetzung/archiv/vinta-status-s.html",
)
FEDERAL_COUNCIL_2021_RELEASE: Final = Document(
    "Communiqué du Conseil fédéral du 23 juin 2021 sur le financement de l'asile et de l'intégration",
    kind=DocumentKind.PRESS_RELEASE,
    publisher="Conseil fédéral",
    date="2021-06-23",
    url="https://www.admin.ch/gov/fr/accueil/documentation/communiques.msg-id-84107.html",
)
KIP_AGENDA_PAGE: Final = Document(
    "Agenda Intégration Suisse",
    kind=DocumentKind.OFFICIAL_PAGE,
    publisher="Programmes d'intégration cantonaux (kip-pic.ch), Confédération et cantons",
    url="https://www.kip-pic.ch/fr/pic/agenda-integration/",
)
KDK_PIC_2014_RELEASE: Final = Document(
    "La Confédération et les cantons lancent les programmes d'intégration cantonaux 2014-2017",
    kind=DocumentKind.PRESS_RELEASE,
    publisher="Conférence des gouvernements cantonaux (CdC)",
    url=(
        "https://kdk.ch/fr/actualite/communiques-de-presse/details/"
        "la-confederation-et-les-cantons-lancent-les-programmes-dintegration-cantonaux-2014-2017"
    ),
)
FR_CH_ASYLUM_WORK_PAGE: Final = Document(
    "Le requérant d'asile peut-il travailler ?",
    kind=DocumentKind.OFFICIAL_PAGE,
    publisher="État de Fribourg, Service de la population et des migrants (SPoMi)",
    url=(
        "https://www.fr.ch/spomi/vie-quotidienne/permis-de-sejour-et-naturalisation/"
        "le-requerant-dasile-peut-il-travailler"
    ),
)
AJAM_SITE: Final = Document(
    "AJAM – Association jurassienne d'accueil des migrants",
    kind=DocumentKind.OFFICIAL_PAGE,
    publisher="Association jurassienne d'accueil des migrants (AJAM), mandat cantonal",
    url="http://www.ajam.ch/",
)
JURA_BI_PAGE: Final = Document(
    "Bureau de l'intégration des étrangers et de la lutte contre le racisme",
    kind=DocumentKind.OFFICIAL_PAGE,
    publisher="République et Canton du Jura",
    url="https://www.jura.ch/bi",
)

# -- French authorities' pages ------------------------------------------------------------

INTERIOR_CIR_LANGUAGE_PAGE: Final = Document(
    "La formation linguistique (contrat d'intégration républicaine)",
    kind=DocumentKind.OFFICIAL_PAGE,
    publisher="Ministère de l'Intérieur, direction générale des étrangers en France",
    url=(
        "https://immigration.interieur.gouv.fr/Integration-et-Acces-a-la-nationalite/"
        "Le-parcours-personnalise-d-integration-republicaine/"
        "Le-contrat-d-integration-republicaine-CIR/La-formation-linguistique"
    ),
)

# -- news articles and secondary pages ----------------------------------------------------

NOUVELLISTE_2022: Final = Document(
    "Le Valais investit 3 millions dans un programme d'intégration des migrants",
    kind=DocumentKind.NEWS_ARTICLE,
    publisher="Le Nouvelliste",
    date="2022-01-14",
    url=(
        "http://www.lenouvelliste.ch/valais/"
        "le-valais-investit-3millions-dans-un-programme-dintegration-des-migrants-1146065"
    ),
)
RTS_PIC_MATCHING: Final = Document(
    "Berne soutient la poursuite des programmes d'intégration cantonaux",
    kind=DocumentKind.NEWS_ARTICLE,
    publisher="RTS Info",
    url=(
        "https://rts.ch/info/suisse/"
        "8337819-berne-soutient-la-poursuite-des-programmes-dintegration-cantonaux.html"
    ),
)
LATELE_2025: Final = Document(
    "Environnement : coûts répartis entre la Confédération et le Valais",
    kind=DocumentKind.NEWS_ARTICLE,
    publisher="La Télé",
    date="2025",
    url="https://latele.ch/articles/environnement-couts-repartis-entre-la-confederation-et-le-valais",
)
DEFI_METIERS_OFII_2019: Final = Document(
    "Apprentissage du français : zoom sur le marché OFII 2019",
    kind=DocumentKind.NEWS_ARTICLE,
    publisher="Défi métiers (Carif-Oref francilien)",
    date="2019-03-11",
    url="https://www.defi-metiers.fr/breves/apprentissage-du-francais-zoom-sur-le-marche-ofii-2019",
)
CVCI_REINSERTION: Final = Document(
    "Le moment idéal pour se doter de bonnes mesures de réinsertion",
    kind=DocumentKind.WEB_PAGE,
    publisher="Chambre vaudoise du commerce et de l'industrie (CVCI)",
    url=(
        "https://cvci.ch/fr/reglementation/details/news/"
        "le-moment-ideal-pour-se-doter-de-bonnes-mesures-de-reinsertion.html"
    ),
)
HALLO_BERN_PERMIT: Final = Document(
    "Autorisation de séjour",
    kind=DocumentKind.WEB_PAGE,
    publisher="hallo-bern.ch (portail d'information pour les nouveaux arrivants, Berne)",
    url="https://hallo-bern.ch/fr/bon-a-savoir/autorisation-de-sejour",
)
EXPAT_FORUM_PERMITS: Final = Document(
    "Les permis de travail et de séjour en Suisse (citation du SEM)",
    kind=DocumentKind.WEB_PAGE,
    publisher="expat.com, forum Suisse",
    url="https://www.expat.com/forum/viewtopic.php?id=1042877",
)
DJAZIRI_FOREIGNERS: Final = Document(
    "Droit des étrangers",
    kind=DocumentKind.WEB_PAGE,
    publisher="Djaziri & Associés, avocats, Genève",
    url="https://djaziri-geneve.ch/fr/domaine-d-activit%C3%A9/droit-des-etrangers-1",
)
ASILE_CH_F_REFUGEE: Final = Document(
    "Réfugié·e admis·e à titre provisoire",
    kind=DocumentKind.WEB_PAGE,
    publisher="asile.ch (Vivre Ensemble), mémo « De quoi parle-t-on ? »",
    url="https://asile.ch/memot/de-parle-t-on/refugie-e-admis-e-a-titre-provisoire/",
)
OSAR_F_REFUGEE: Final = Document(
    "Réfugié reconnu admis provisoirement",
    kind=DocumentKind.WEB_PAGE,
    publisher="Organisation suisse d'aide aux réfugiés (OSAR)",
    url="https://www.osar.ch/droit-dasile/statuts-juridique/refugie-reconnu-admission-provisoire.html",
)
ISOLSUISSE_S: Final = Document(
    "La décision prise aujourd'hui : le statut de protection S pour les Ukrainiens",
    kind=DocumentKind.WEB_PAGE,
    publisher="isolsuisse.ch",
    date="2022-03",
    url=(
        "https://www.isolsuisse.ch/fr/blog/"
        "la-decision-prises-aujourdhui-le-statut-de-protection-s-pour-les-ukrainiens/"
    ),
)
LANGUAGE_SCHEME_2019: Final = Document(
    "Schéma : connaissances linguistiques exigées par la LEI (août 2019)",
    kind=DocumentKind.WEB_PAGE,
    publisher="copie publiée sur Scribd",
    date="2019-08",
    url="https://fr.scribd.com/document/632033653/Sche-ma-connaissances-linguistiques-LEI-aout-2019",
)
