"""The organisations the documents name: each once, with its names, parent, source and page.

Valais: the services and offices of the CII Valais newsletter, the asylum
office of its own page, and the providers of FormAvenir. Jura: the AJAM and
the Bureau de l'intégration. Puy-de-Dôme: the prefecture, France Travail
(Pôle emploi until 2023) and the missions locales.
"""

from __future__ import annotations

from typing import Final

from integration_rules._core import Source, Text
from integration_rules.documents import (
    AJAM_SITE,
    CII_NEWSLETTER,
    JURA_BI_PAGE,
    OASI_PAGE,
    PUY_DE_DOME_PAGE,
    VS_FORMAVENIR_RELEASE,
    VS_PIC2BIS_RELEASE,
    VS_T1_PAGE,
)
from integration_rules.documents import (
    DECREE_2022_199 as CEJ_DECREE,
)
from integration_rules.organisations._directory import (
    Directory,
    Organisation,
    OrganisationKind,
)

_DEPARTMENT: Final = OrganisationKind.DEPARTMENT
_SERVICE: Final = OrganisationKind.SERVICE
_OFFICE: Final = OrganisationKind.OFFICE
_PROVIDER: Final = OrganisationKind.PROVIDER
_AGENCY: Final = OrganisationKind.AGENCY

_CIRCLES: Final = Source(
    CII_NEWSLETTER,
    section="CII 2e Cercle – Les agents facilitateurs",
    quote="La collaboration interinstitutionnelle (CII Valais) […] est constituée des partenaires du premier cercle.",
)
_SECOND: Final = Source(
    CII_NEWSLETTER,
    section="CII 2e Cercle – Les agents facilitateurs",
    quote="la CII est également soutenue par des partenaires du deuxième cercle",
)
_FORMAVENIR: Final = Source(
    CII_NEWSLETTER,
    section="Projet-pilote FormAvenir",
    quote=(
        "Le DSSC, par son Service de l'action sociale (SAS), a mandaté Nasca Formation, "
        "l'Association régionale professionnelle pour l'insertion ( ARPI ), l'OSEO Valais "
        "et Topjoberwallis, quatre organisateurs de mesures d'insertion"
    ),
)
_USFP: Final = Source(
    CII_NEWSLETTER,
    section="Projet-pilote FormAvenir",
    quote=(
        "le DEF, par son Service de la formation professionnelle, dispose d'une unité "
        "de soutien en formation professionnelle ( USFP )"
    ),
)
_CARRIERE: Final = Source(
    CII_NEWSLETTER,
    section="Carrière au féminin",
    quote=(
        "En collaboration avec l'Office cantonal de l'égalité et de la famille, l'Office "
        "d'orientation scolaire, professionnelle et de carrière (OSP) a mis sur pied un programme"
    ),
)
_CIO: Final = Source(
    CII_NEWSLETTER,
    section="Carrière au féminin",
    quote="Animé par des psychologues conseillères en orientation et gestion de carrière des CIO",
)
_JOB_COACH: Final = Source(
    CII_NEWSLETTER,
    section="Programme d'Impulsion fédéral",
    quote="les 5 Offices Régionaux de Placement (ORP) du canton",
)
_OASI: Final = Source(
    OASI_PAGE,
    section="A propos de nous",
    quote=(
        "La mission de l'Office de l'asile (OASI) est d'assurer l'encadrement des personnes "
        "relevant du domaine de l'asile, attribuées par la Confédération au canton du Valais."
    ),
)
_SPM: Final = Source(
    VS_PIC2BIS_RELEASE,
    quote=(
        "Le Service de la population et des migrations (SPM), dont dépend le Bureau cantonal "
        "de l'intégration, est chargé de la mise en oeuvre de ce programme"
    ),
)
_PREFECTURE: Final = Source(
    PUY_DE_DOME_PAGE,
    quote=(
        "Dans le Puy-de-Dôme, le préfet coordonne l'action des services de l'État en matière "
        "d'intégration des réfugiés."
    ),
)
_POLE_EMPLOI: Final = Source(
    PUY_DE_DOME_PAGE,
    quote="Pôle Emploi a financé en septembre (coût de 800 000 €) des modules de formation en français",
)
_MISSIONS_LOCALES: Final = Source(
    CEJ_DECREE,
    quote="mission locale",
)


def _vs(  # noqa: PLR0917 - one positional argument per column of the directory's table
    code: str,
    fr: str,
    de: str,
    en: str,
    kind: OrganisationKind,
    source: Source,
    *,
    parent: str | None = None,
    url: str | None = None,
) -> Organisation:
    return Organisation(
        code,
        Text(fr, de, en),
        kind=kind,
        parent=parent,
        jurisdiction="CH-VS",
        source=source,
        url=url,
    )


_VALAIS: Final = (
    _vs(
        "DSSC",
        "Département de la santé, des affaires sociales et de la culture",
        "Departement für Gesundheit, Soziales und Kultur",
        "Department of Health, Social Affairs and Culture",
        _DEPARTMENT,
        Source(VS_FORMAVENIR_RELEASE),
    ),
    _vs(
        "DEF",
        "Département de l'économie et de la formation",
        "Departement für Volkswirtschaft und Bildung",
        "Department of Economy and Education",
        _DEPARTMENT,
        _USFP,
    ),
    _vs(
        "SICT",
        "Service de l'industrie, du commerce et du travail",
        "Dienststelle für Industrie, Handel und Arbeit",
        "Service for Industry, Trade and Labour",
        _SERVICE,
        _CIRCLES,
        url="https://www.vs.ch/fr/web/sict",
    ),
    _vs(
        "ORP",
        "Offices régionaux de placement",
        "Regionale Arbeitsvermittlungszentren",
        "Regional placement offices",
        _OFFICE,
        _JOB_COACH,
        parent="SICT",
    ),
    _vs(
        "LMMT",
        "Logistique des mesures du marché du travail",
        "Logistik arbeitsmarktliche Massnahmen",
        "Labour-market measures logistics",
        _OFFICE,
        _CIRCLES,
        parent="SICT",
    ),
    _vs(
        "SAS",
        "Service de l'action sociale",
        "Dienststelle für Sozialwesen",
        "Social Action Service",
        _SERVICE,
        _CIRCLES,
        parent="DSSC",
        url="https://www.vs.ch/web/sas",
    ),
    _vs(
        "OCPS",
        "Office de coordination des prestations sociales",
        "Amt für die Koordination der Sozialleistungen",
        "Office for the coordination of social benefits",
        _OFFICE,
        _CIRCLES,
        parent="SAS",
    ),
    _vs(
        "OASI",
        "Office de l'asile",
        "Amt für Asylwesen",
        "Asylum Office",
        _OFFICE,
        _OASI,
        parent="SAS",
        url="https://www.vs.ch/web/sas-new/asile/office",
    ),
    _vs(
        "BACR",
        "Bureaux d'accueil des candidats réfugiés",
        "Aufnahmebüros für Asylsuchende",
        "Reception offices for asylum seekers",
        _OFFICE,
        Source(
            OASI_PAGE,
            section="Aide financière",
            quote=(
                "Une fois en appartement, les bureaux d'accueil des candidats réfugiés "
                "(BACR) poursuivent cet accompagnement."
            ),
        ),
        parent="OASI",
    ),
    _vs(
        "CMS",
        "Centres médico-sociaux",
        "Sozialmedizinische Zentren",
        "Medico-social centres",
        _OFFICE,
        _CIRCLES,
        parent="SAS",
    ),
    _vs(
        "SFOP",
        "Service de la formation professionnelle",
        "Dienststelle für Berufsbildung",
        "Vocational Training Service",
        _SERVICE,
        _CIRCLES,
        parent="DEF",
        url="https://www.vs.ch/web/sfop",
    ),
    _vs(
        "Plateforme T1",
        "Plateforme T1",
        "Plattform T1",
        "T1 Platform",
        _OFFICE,
        Source(VS_T1_PAGE),
        parent="SFOP",
        url="https://vs.ch/fr/web/sfop/plateforme-t1",
    ),
    _vs(
        "USFP",
        "Unité de soutien en formation professionnelle",
        "Unterstützungseinheit in der Berufsbildung",
        "Vocational training support unit",
        _OFFICE,
        _USFP,
        parent="SFOP",
    ),
    _vs(
        "SHE",
        "Service des hautes écoles",
        "Dienststelle für Hochschulwesen",
        "Higher Education Service",
        _SERVICE,
        _CIRCLES,
        url="https://www.vs.ch/web/she",
    ),
    _vs(
        "OSP",
        "Office d'orientation scolaire, professionnelle et de carrière",
        "Amt für Berufs-, Studien- und Laufbahnberatung",
        "Office for educational, vocational and career guidance",
        _OFFICE,
        _CIRCLES,
        parent="SHE",
    ),
    _vs(
        "CIO",
        "Centres d'information et d'orientation (psychologues conseillères en orientation)",
        "Berufs- und Informationszentren (Berufsberaterinnen)",
        "Information and guidance centres (career-guidance psychologists)",
        _OFFICE,
        _CIO,
        parent="OSP",
    ),
    _vs(
        "OAI",
        "Office cantonal de l'assurance invalidité",
        "Kantonale IV-Stelle",
        "Cantonal disability insurance office",
        _AGENCY,
        _CIRCLES,
        url="https://www.aivs.ch/fr/homepage.html",
    ),
    _vs(
        "OCEF",
        "Office cantonal de l'égalité et de la famille",
        "Kantonales Amt für Gleichstellung und Familie",
        "Cantonal Office for Equality and the Family",
        _OFFICE,
        _CARRIERE,
        url="https://www.egalite-vs.ch/carriere",
    ),
    _vs(
        "SAPEM",
        "Service de l'application des peines et mesures",
        "Dienststelle für Straf- und Massnahmenvollzug",
        "Service for the enforcement of sentences and measures",
        _SERVICE,
        _SECOND,
    ),
    _vs(
        "OSAMA",
        "Office des sanctions et des mesures d'accompagnement",
        "Amt für Sanktionen und Begleitmassnahmen",
        "Office for sanctions and accompanying measures",
        _OFFICE,
        _SECOND,
        parent="SAPEM",
    ),
    _vs(
        "EPCL",
        "Établissement pénitentiaire de Crêtelongue",
        "Strafanstalt Crêtelongue",
        "Crêtelongue prison",
        _OFFICE,
        _SECOND,
        parent="SAPEM",
    ),
    _vs(
        "SPM",
        "Service de la population et des migrations",
        "Dienststelle für Bevölkerung und Migration",
        "Population and Migration Service",
        _SERVICE,
        _SPM,
        url="https://www.vs.ch/integration",
    ),
    _vs(
        "BCI",
        "Bureau cantonal de l'intégration",
        "Kantonale Integrationsstelle",
        "Cantonal integration office",
        _OFFICE,
        _SPM,
        parent="SPM",
    ),
    _vs("SUVA", "Suva", "Suva", "Suva (accident insurance)", _AGENCY, _SECOND),
    _vs(
        "SE",
        "Service de l'enseignement",
        "Dienststelle für Unterrichtswesen",
        "Education Service",
        _SERVICE,
        _SECOND,
    ),
    _vs(
        "OES",
        "Office de l'enseignement spécialisé",
        "Amt für Sonderschulwesen",
        "Special education office",
        _OFFICE,
        _SECOND,
        parent="SE",
    ),
    _vs(
        "Sec. II",
        "Secondaire II",
        "Sekundarstufe II",
        "Upper secondary",
        _OFFICE,
        _SECOND,
        parent="SE",
    ),
    _vs(
        "SCJ",
        "Service cantonal de la jeunesse",
        "Kantonale Dienststelle für die Jugend",
        "Cantonal Youth Service",
        _SERVICE,
        _SECOND,
    ),
    _vs(
        "OPE",
        "Office de la protection de l'enfant",
        "Amt für Kindesschutz",
        "Child protection office",
        _OFFICE,
        _SECOND,
        parent="SCJ",
    ),
    _vs(
        "CDTEA",
        "Centre pour le développement et la thérapie de l'enfant et de l'adolescent",
        "Zentrum für Entwicklung und Therapie des Kindes und Jugendlichen",
        "Centre for child and adolescent development and therapy",
        _OFFICE,
        _SECOND,
        parent="SCJ",
    ),
    _vs(
        "PPP",
        "Pôle de psychiatrie et psychothérapie de l'Hôpital du Valais",
        "Psychiatrie- und Psychotherapiezentrum des Spitals Wallis",
        "Psychiatry and psychotherapy division of the Hôpital du Valais",
        _AGENCY,
        _SECOND,
    ),
    _vs(
        "SPPEA",
        "Service de psychiatrie et psychothérapie de l'enfant et de l'adolescent",
        "Kinder- und Jugendpsychiatrie und -psychotherapie",
        "Child and adolescent psychiatry and psychotherapy",
        _OFFICE,
        _SECOND,
        parent="PPP",
    ),
    _vs(
        "SPPA",
        "Service de psychiatrie et psychothérapie ambulatoire",
        "Ambulante Psychiatrie und Psychotherapie",
        "Outpatient psychiatry and psychotherapy",
        _OFFICE,
        _SECOND,
        parent="PPP",
    ),
    _vs(
        "SPPHA",
        "Service de psychiatrie et psychothérapie hospitalière adulte",
        "Stationäre Erwachsenenpsychiatrie und -psychotherapie",
        "Adult inpatient psychiatry and psychotherapy",
        _OFFICE,
        _SECOND,
        parent="PPP",
    ),
    _vs(
        "SEMO",
        "Organisateurs des semestres de motivation",
        "Veranstalter der Motivationssemester",
        "Organisers of the motivation semesters",
        _PROVIDER,
        Source(
            CII_NEWSLETTER,
            section="Projet-pilote FormAvenir",
            quote="orientés directement auprès de la mesure « FormAvenir » par les organisateurs des semestres de motivation",
        ),
    ),
    _vs(
        "Nasca Formation",
        "Nasca Formation",
        "Nasca Formation",
        "Nasca Formation",
        _PROVIDER,
        _FORMAVENIR,
    ),
    _vs(
        "ARPI",
        "Association régionale professionnelle pour l'insertion",
        "Regionale Berufsvereinigung für Eingliederung",
        "Regional professional association for insertion",
        _PROVIDER,
        _FORMAVENIR,
    ),
    _vs(
        "OSEO Valais",
        "OSEO Valais",
        "SAH Wallis",
        "OSEO Valais",
        _PROVIDER,
        _FORMAVENIR,
    ),
    _vs(
        "Topjoberwallis",
        "Topjoberwallis",
        "Topjoberwallis",
        "Topjoberwallis",
        _PROVIDER,
        _FORMAVENIR,
    ),
)

_JURA: Final = (
    Organisation(
        "AJAM",
        Text(
            "Association jurassienne d'accueil des migrants",
            "Jurassische Vereinigung für die Aufnahme von Migranten",
            "Jura association for the reception of migrants",
        ),
        kind=_AGENCY,
        jurisdiction="CH-JU",
        source=Source(AJAM_SITE),
        url="http://www.ajam.ch/",
    ),
    Organisation(
        "BI",
        Text(
            "Bureau de l'intégration des étrangers et de lutte contre le racisme",
            "Büro für die Integration von Ausländern und die Bekämpfung von Rassismus",
            "Office for the integration of foreigners and against racism",
        ),
        kind=_OFFICE,
        jurisdiction="CH-JU",
        source=Source(JURA_BI_PAGE),
        url="https://www.jura.ch/bi",
    ),
)

_FRANCE: Final = (
    Organisation(
        "Préfecture 63",
        Text(
            "Préfecture du Puy-de-Dôme",
            "Präfektur Puy-de-Dôme",
            "Prefecture of Puy-de-Dôme",
        ),
        kind=_AGENCY,
        jurisdiction="FR-63",
        source=_PREFECTURE,
        url="https://www.puy-de-dome.gouv.fr/",
    ),
    Organisation(
        "France Travail",
        Text(
            "France Travail (Pôle emploi jusqu'au 31 décembre 2023)",
            "France Travail (bis 31. Dezember 2023 Pôle emploi)",
            "France Travail (Pôle emploi until 31 December 2023)",
        ),
        kind=_AGENCY,
        jurisdiction="FR",
        source=_POLE_EMPLOI,
        url="https://www.francetravail.fr/",
    ),
    Organisation(
        "missions locales",
        Text(
            "missions locales",
            "Missions locales (Jugendberatungsstellen)",
            "missions locales (local youth centres)",
        ),
        kind=_AGENCY,
        jurisdiction="FR",
        source=_MISSIONS_LOCALES,
    ),
)

#: Every organisation the library's measures, network and routing name.
DIRECTORY: Final = Directory.of((*_VALAIS, *_JURA, *_FRANCE))


def organisation(code: str) -> Organisation:
    """The organisation with *code* in :data:`DIRECTORY` (case and spacing ignored).

    Raises:
        InvalidArgument: Naming the code and listing the known ones.

    Example:
        >>> organisation("oasi").name.fr
        "Office de l'asile"
    """
    return DIRECTORY[code]
