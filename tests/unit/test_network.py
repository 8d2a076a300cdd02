"""The CII Valais network (CII Valais newsletter, « CII 2e Cercle – Les agents facilitateurs »).

First circle: SICT (ORP, LMMT), SAS (OCPS, OASI, CMS), SFOP (Plateforme T1),
SHE (OSP), OAI. Second circle: SAPEM (OSAMA, EPCL), SPM (BCI), SUVA, SE (OES,
Sec. II), SCJ (OPE, CDTEA), PPP (SPPEA, SPPA, SPPHA). A third circle of
insertion-measure providers « pourrait à terme être constitué ».
"""

from __future__ import annotations

import datetime as dt

import pytest

from integration_rules import InvalidArgument, Outcome, Person
from integration_rules.network import (
    CHARTER,
    CharterValue,
    Circle,
    Membership,
    cii_valais,
    may_refer,
    referrers,
    to_dot,
    to_mermaid,
    to_svg,
)

ON = dt.date(2024, 3, 1)
NET = cii_valais()

OFFICES = {
    "ORP": ("SICT", Circle.FIRST),
    "LMMT": ("SICT", Circle.FIRST),
    "OCPS": ("SAS", Circle.FIRST),
    "OASI": ("SAS", Circle.FIRST),
    "CMS": ("SAS", Circle.FIRST),
    "Plateforme T1": ("SFOP", Circle.FIRST),
    "OSP": ("SHE", Circle.FIRST),
    "OSAMA": ("SAPEM", Circle.SECOND),
    "EPCL": ("SAPEM", Circle.SECOND),
    "BCI": ("SPM", Circle.SECOND),
    "OES": ("SE", Circle.SECOND),
    "Sec. II": ("SE", Circle.SECOND),
    "OPE": ("SCJ", Circle.SECOND),
    "CDTEA": ("SCJ", Circle.SECOND),
    "SPPEA": ("PPP", Circle.SECOND),
    "SPPA": ("PPP", Circle.SECOND),
    "SPPHA": ("PPP", Circle.SECOND),
}
SERVICES = {
    "SICT": Circle.FIRST,
    "SAS": Circle.FIRST,
    "SFOP": Circle.FIRST,
    "SHE": Circle.FIRST,
    "OAI": Circle.FIRST,
    "SAPEM": Circle.SECOND,
    "SPM": Circle.SECOND,
    "SUVA": Circle.SECOND,
    "SE": Circle.SECOND,
    "SCJ": Circle.SECOND,
    "PPP": Circle.SECOND,
}


@pytest.mark.parametrize(("office", "expected"), OFFICES.items())
def test_every_office_resolves_to_its_service_and_circle(
    office: str, expected: tuple[str, Circle]
) -> None:
    """Each office of the newsletter belongs to its service, and to its service's circle."""
    service, circle = expected

    assert service == NET.service_of(office).code
    parent = NET.parent(office)
    assert parent is not None
    assert service == parent.code
    assert circle is NET.circle_of(office, on=ON)


@pytest.mark.parametrize(("service", "circle"), SERVICES.items())
def test_every_service_in_its_circle(service: str, circle: Circle) -> None:
    """Services of the first and second circles; a service has no parent."""
    assert circle is NET.circle_of(service, on=ON)
    assert NET.parent(service) is None


def test_partners_of_each_circle() -> None:
    """Five first-circle services, six second-circle ones, four prospective providers."""
    assert ["SICT", "SAS", "SFOP", "SHE", "OAI"] == [
        p.code for p in NET.partners_of(Circle.FIRST, on=ON)
    ]
    assert ["SAPEM", "SPM", "SUVA", "SE", "SCJ", "PPP"] == [
        p.code for p in NET.partners_of(Circle.SECOND, on=ON)
    ]
    assert ["Nasca Formation", "ARPI", "OSEO Valais", "Topjoberwallis"] == [
        p.code for p in NET.partners_of(Circle.THIRD, on=ON)
    ]
    third = NET.membership_of("ARPI", on=ON)
    assert third is not None
    assert third.prospective


def test_sict_is_the_coordination_organ() -> None:
    """« Le SICT fonctionne également comme organe de coordination CII »."""
    assert "SICT" == NET.coordination


def test_before_the_attested_date_the_network_is_not_known() -> None:
    """Membership is dated: before 2023-10-01 no circle is recorded."""
    assert NET.circle_of("ORP", on="2023-09-30") is None
    assert () == NET.partners_of(Circle.FIRST, on="2023-09-30")


def test_unknown_partner_names_the_code() -> None:
    """An unknown code is an error listing the known ones."""
    with pytest.raises(
        InvalidArgument, match=r'^partner: expected one of "SICT", "ORP"'
    ):
        NET.service_of("XYZ")


def test_lookup_ignores_case_and_spacing() -> None:
    """'plateforme  t1' finds the Plateforme T1."""
    assert "SFOP" == NET.service_of("plateforme  t1").code


# -- collaborations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        (["ORP", "OAI", "SUVA"], Outcome.ELIGIBLE),
        (["ORP", "LMMT", "SUVA"], Outcome.INELIGIBLE),
        (["ORP", "OAI"], Outcome.INELIGIBLE),
        (["SICT", "SAS", "BCI"], Outcome.ELIGIBLE),
        (["CMS", "OASI", "OCPS", "SPPA"], Outcome.INELIGIBLE),
    ],
)
def test_collaboration_examples(codes: list[str], expected: Outcome) -> None:
    """« au moins deux dispositifs du premier cercle et un ou plusieurs des autres cercles », counted per service."""
    assert expected is NET.collaboration(codes, on=ON).outcome


def test_collaboration_explains_which_condition_failed() -> None:
    """{ORP, LMMT, SUVA}: one first-circle service only; the explanation shows it."""
    d = NET.collaboration(["ORP", "LMMT", "SUVA"], on=ON)
    failed = [
        n.rule_id
        for n in d.explanation.walk()
        if n.outcome is Outcome.INELIGIBLE and not n.children
    ]

    assert ["network.collaboration.first_circle"] == failed
    assert "first_circle_services = {SICT}" in d.explain("en")


def test_a_partner_missing_a_charter_value_makes_it_unsupported() -> None:
    """« La condition préalable à cette collaboration est le partage des valeurs de la Charte CII »."""
    changed = NET.with_charter("SUVA", CHARTER - {CharterValue.INNOVATION})
    d = changed.collaboration(["ORP", "OAI", "SUVA"], on=ON)

    assert Outcome.INELIGIBLE is d.outcome
    assert "partners_missing_charter_values = {SUVA}" in d.explain("en")
    assert Outcome.ELIGIBLE is NET.collaboration(["ORP", "OAI", "SUVA"], on=ON).outcome


def test_prospective_third_circle_does_not_count() -> None:
    """The third circle is not formed: a provider is no « autre cercle », and has no charter subscription."""
    assert (
        Outcome.INELIGIBLE is NET.collaboration(["ORP", "OAI", "ARPI"], on=ON).outcome
    )


def test_the_network_is_a_value() -> None:
    """Changing the network returns a new one; the original is untouched."""
    joined = NET.with_membership(Membership("ARPI", Circle.THIRD, dt.date(2025, 1, 1)))

    assert joined is not NET
    assert len(NET.memberships) + 1 == len(joined.memberships)
    assert joined != NET


def test_unknown_charter_values_are_refused() -> None:
    """with_charter names the values it expects."""
    with pytest.raises(InvalidArgument, match=r"^values: "):
        NET.with_charter("SUVA", ["kindness"])


def test_a_single_string_is_not_a_collaboration() -> None:
    """collaboration("ORP") would read letters: refused."""
    with pytest.raises(InvalidArgument, match=r"^partners: "):
        NET.collaboration("ORP", on=ON)


# -- referrals ---------------------------------------------------------------------------------


def test_formavenir_referrers_first() -> None:
    """The newsletter, « Projet-pilote FormAvenir »: « les organisateurs des semestres de motivation … CMS, … l'Office de l'asile, … la Plateforme T1 et … l'USFP »."""
    assert ["SEMO", "CMS", "OASI", "Plateforme T1", "USFP"] == [
        o.code for o in referrers("formavenir")
    ]


APPRENTICE = Person(
    birth_date="2007-09-03",
    domicile="CH-VS",
    apprenticeship_contract=True,
    difficulties=["social", "personal"],
)


@pytest.mark.parametrize(
    ("referrer", "expected"),
    [
        ("CMS", Outcome.ELIGIBLE),
        ("oasi", Outcome.ELIGIBLE),
        ("ORP", Outcome.INELIGIBLE),
        ("SEMO", Outcome.ELIGIBLE),
    ],
)
def test_who_may_refer_an_apprentice_to_formavenir(
    referrer: str, expected: Outcome
) -> None:
    """An office among FormAvenir's referrers may refer an eligible person; the ORP is not one."""
    assert expected is may_refer(referrer, APPRENTICE, "formavenir", on=ON).outcome


def test_referral_needs_an_eligible_person() -> None:
    """The CMS may not refer someone FormAvenir does not take; unknown facts leave it undetermined."""
    assert (
        Outcome.INELIGIBLE
        is may_refer(
            "CMS", Person(apprenticeship_contract=False), "formavenir", on=ON
        ).outcome
    )
    d = may_refer("CMS", Person(domicile="CH-VS"), "formavenir", on=ON)

    assert Outcome.UNDETERMINED is d.outcome
    assert "birth_date" in d.missing


def test_unknown_referrer_is_an_error() -> None:
    """A referrer that is neither a partner nor a known referrer is refused, naming the argument."""
    with pytest.raises(InvalidArgument, match=r"^referrer: "):
        may_refer("Nobody", APPRENTICE, "formavenir", on=ON)


# -- pictures ----------------------------------------------------------------------------------


def test_exports_name_every_partner() -> None:
    """DOT, Mermaid and SVG show every partner of the network on the date."""
    dot, mermaid, svg = to_dot(on=ON), to_mermaid(on=ON), to_svg(on=ON)
    for partner in NET.partners.values():
        assert f'"{partner.code}" [label=' in dot
        assert partner.code in mermaid
    assert svg.startswith("<svg")
    assert "SICT" in svg


# -- queries without a date, before the network is known, in other languages -------------


def test_queries_without_a_date_describe_the_network_as_published() -> None:
    """The newsletter gives no day: without ``on``, the circles as published answer."""
    from integration_rules.network import circle_of, collaboration, to_dot, to_mermaid

    assert Outcome.ELIGIBLE is collaboration({"ORP", "OAI", "SUVA"}).outcome
    assert Outcome.INELIGIBLE is collaboration({"ORP", "LMMT", "SUVA"}).outcome
    assert Outcome.INELIGIBLE is collaboration({"ORP", "OAI"}).outcome
    assert Circle.FIRST == circle_of("OCPS")
    assert Circle.SECOND == circle_of("BCI")
    assert to_dot() == to_dot(on=cii_valais().published_on)
    assert to_mermaid() == to_mermaid(on=cii_valais().published_on)


def test_before_the_network_is_known_a_collaboration_is_undetermined_not_refused() -> (
    None
):
    decision = cii_valais().collaboration({"ORP", "OAI", "SUVA"}, on="2020-01-01")

    assert Outcome.UNDETERMINED is decision.outcome
    assert {"first_circle_services", "other_circle_services"} == set(decision.missing)


def test_partners_of_accepts_the_circle_number() -> None:
    net = cii_valais()
    assert net.partners_of(Circle.FIRST) == net.partners_of(1)
    assert [p.code for p in net.partners_of(1)][:5] == [
        "SICT",
        "SAS",
        "SFOP",
        "SHE",
        "OAI",
    ]
    with pytest.raises(InvalidArgument, match="circle"):
        net.partners_of(4)


def test_charter_values_in_the_words_of_the_newsletter() -> None:
    """The newsletter: « respect, transparence, prévention, responsabilisation, équité, innovation »."""
    net = cii_valais().with_charter(
        "SUVA",
        [
            "respect",
            "transparence",
            "prévention",
            "responsabilisation",
            "équité",
            "Innovation",
        ],
    )
    assert Outcome.ELIGIBLE is net.collaboration({"ORP", "OAI", "SUVA"}).outcome
    with pytest.raises(InvalidArgument, match="values"):
        cii_valais().with_charter("SUVA", ["loyauté"])


# -- one directory of organisations; sources a reader can follow ------------------------------


def test_every_partner_is_the_directory_entry() -> None:
    """The network takes its partners from the directory: the same objects, names included."""
    from integration_rules.network import Partner
    from integration_rules.organisations import DIRECTORY, Organisation

    assert Partner is Organisation
    for code, partner in NET.partners.items():
        assert DIRECTORY[code] is partner
    assert "Centres médico-sociaux" == NET.partner("CMS").name.fr


def test_every_network_source_has_a_url() -> None:
    """Every source the network cites (rule, parameters, circles, partners) links to a public page."""
    from integration_rules._core import Combination, Rule, Source
    from integration_rules.documents import CII_NEWSLETTER
    from integration_rules.network import (
        ATTESTED,
        COLLABORATION_RULE,
        MIN_FIRST_CIRCLE,
        MIN_OTHER_CIRCLES,
    )

    def rule_sources(rule: Rule) -> list[Source | None]:
        below = rule.children if isinstance(rule, Combination) else ()
        return [rule.source, *(s for child in below for s in rule_sources(child))]

    network_sources = [
        ATTESTED.source,
        MIN_FIRST_CIRCLE.source,
        MIN_OTHER_CIRCLES.source,
        *rule_sources(COLLABORATION_RULE),
        *(circle.source for circle in Circle),
    ]
    for source in network_sources:
        assert source is not None
        assert source.document is CII_NEWSLETTER
        assert source.section
        assert source.quote
        assert source.link is not None
        assert source.link.startswith("https://")
    for partner in NET.partners.values():
        assert partner.source is not None, partner.code
        assert partner.source.link is not None, partner.code


def test_the_rule_quotes_the_newsletter() -> None:
    """The collaboration rule and the charter condition carry the newsletter's wording."""
    from integration_rules.network import COLLABORATION_RULE

    assert COLLABORATION_RULE.source is not None
    assert (
        "au moins deux dispositifs du premier cercle et un ou plusieurs des autres cercles"
        == COLLABORATION_RULE.source.quote
    )
    assert Circle.THIRD.source.quote is not None
    assert Circle.THIRD.source.quote.startswith(
        "Un troisième cercle pourrait à terme être constitué"
    )
    text = NET.collaboration(["ORP", "OAI", "SUVA"], on=ON).explain("en")
    assert (
        "« CII Valais – lettre d'information », 2023, « CII 2e Cercle – Les agents facilitateurs »"
        in text
    )
    assert "seed" not in text.casefold()


def test_a_service_whose_department_is_not_a_partner_is_its_own_service() -> None:
    """The SAS belongs to the DSSC in the directory; in the network it is a service, the OASI's."""
    from integration_rules.organisations import DIRECTORY

    assert "DSSC" == DIRECTORY["SAS"].parent
    assert "SAS" == NET.service_of("OASI").code
    assert "SAS" == NET.service_of("SAS").code
    assert NET.parent("SAS") is None
    assert ["OCPS", "OASI", "CMS"] == [o.code for o in NET.offices_of("SAS")]
    assert ["Plateforme T1", "USFP"] == [o.code for o in NET.offices_of("SFOP")]
    assert ["OSP"] == [o.code for o in NET.offices_of("SHE")]


def test_with_partner_takes_a_directory_entry_with_a_parent_outside_the_network() -> (
    None
):
    """The CIO (an office of the OSP) joins as an office; the DSSC's other services join as services."""
    from integration_rules.organisations import DIRECTORY, Organisation

    with_cio = NET.with_partner(DIRECTORY["CIO"])
    assert "SHE" == with_cio.service_of("CIO").code
    parent = with_cio.parent("CIO")
    assert parent is not None
    assert "OSP" == parent.code
    assert ["OSP", "CIO"] == [o.code for o in with_cio.offices_of("SHE")]
    assert Circle.FIRST is with_cio.circle_of("CIO", on=ON)
    assert '"CIO" -> "SHE"' in to_dot(with_cio, on=ON)

    newcomer = Organisation("SX", DIRECTORY["SAS"].name, parent="DSSC")
    joined = NET.with_partner(newcomer)
    assert "SX" == joined.service_of("SX").code
    assert joined.parent("SX") is None
    assert joined.circle_of("SX", on=ON) is None


def test_with_partner_refuses_a_loop_and_a_non_organisation() -> None:
    """A partner whose parents in the network lead back to it is refused, as is anything else."""
    import attrs

    from integration_rules.organisations import DIRECTORY

    looped = attrs.evolve(DIRECTORY["SICT"], parent="ORP")
    with pytest.raises(InvalidArgument, match=r'^parent: .*"SICT"'):
        NET.with_partner(looped)
    with pytest.raises(InvalidArgument, match=r"^partner: expected an Organisation"):
        NET.with_partner("ORP")  # type: ignore[arg-type]


def test_offices_have_a_member_service_as_parent_and_members_have_none() -> None:
    """In the network, a member (service or provider) has no parent; an office's parent is a member."""
    members = {m.partner for m in NET.memberships}
    for partner in NET.partners.values():
        parent = NET.parent(partner.code)
        if partner.code in members:
            assert parent is None, partner.code
        else:
            assert parent is not None, partner.code
            assert parent.code in members
            assert NET.service_of(partner.code) is parent
