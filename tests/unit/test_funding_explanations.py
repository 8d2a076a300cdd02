"""What each funding formula says, in French, German and English: labels, formulas, inputs, ids."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from integration_rules import Money
from integration_rules.funding import (
    FIVE_RAPPEN,
    approving_authority,
    communal_shares,
    cost_per_participant,
    emergency_aid_lump_sum,
    federal_contribution,
    integration_lump_sum,
    lump_sum_total,
    measure_budget,
    pic_financing,
    programme_s,
)
from integration_rules.rules import Amount

SEM_S = "Secrétariat d'État aux migrations (SEM), « Modification de l'ordonnance sur l'intégration des étrangers (statut S) »"
LEI_58 = "LEI (RS 142.20), art. 58 al. 2"
OIE_15 = "OIE (RS 142.205), art. 15 al. 1"
PRESS_2021 = "Conseil fédéral, « Communiqué du Conseil fédéral du 23 juin 2021 sur le financement de l'asile et de l'intégration », 2021-06-23"
CII_NEWSLETTER = "CII Valais (SICT), « CII Valais – lettre d'information », 2023"
LATELE = "La Télé, « Environnement : coûts répartis entre la Confédération et le Valais », 2025"


def _ids(amount: Amount) -> Iterator[str]:
    yield amount.id
    for part in amount.parts:
        yield from _ids(part)


def test_an_unknown_status_is_undetermined_in_every_language() -> None:
    """No status: the lump sum says it is undetermined and which input is missing."""
    amount = integration_lump_sum(None, decision_date="2023-01-01")

    assert ["funding.lump_sum"] == list(_ids(amount))
    assert (
        "forfait d'intégration : indéterminé\n"
        "  manquent : residence_status\n"
        "  données : residence_status = inconnu, decision_date = 2023-01-01\n"
        f"  source : {LEI_58}"
    ) == amount.explain("fr")
    assert (
        "Integrationspauschale: unbestimmt\n"
        "  fehlen: residence_status\n"
        "  Angaben: residence_status = unbekannt, decision_date = 2023-01-01\n"
        f"  Quelle: {LEI_58}"
    ) == amount.explain("de")


@pytest.mark.parametrize(
    ("status", "source", "fr", "de", "en"),
    [
        pytest.param(
            "S",
            SEM_S,
            "aucun : Programme S à la place",
            "keine: stattdessen Programm S",
            "none: Programme S instead",
            id="S",
        ),
        pytest.param(
            "C",
            LEI_58,
            "aucun : hors du champ (AP et réfugiés)",
            "keine: ausserhalb (VA und Flüchtlinge)",
            "none: out of scope (AP and refugees)",
            id="C",
        ),
    ],
)
def test_no_lump_sum_says_why(
    status: str, source: str, fr: str, de: str, en: str
) -> None:
    """S gets Programme S instead; other statuses are out of scope: CHF 0 with the reason and its source."""
    amount = integration_lump_sum(status, decision_date="2023-01-01")

    assert ["funding.lump_sum"] == list(_ids(amount))
    assert Money.zero() == amount.value
    for lang, reason, label, inputs, cited in (
        ("fr", fr, "forfait d'intégration :", "données :", "source :"),
        ("de", de, "Integrationspauschale:", "Angaben:", "Quelle:"),
        ("en", en, "integration lump sum:", "inputs:", "source:"),
    ):
        assert (
            f"{label} CHF 0.00 = {reason}\n"
            f"  {inputs} residence_status = {status}, decision_date = 2023-01-01\n"
            f"  {cited} {source}"
        ) == amount.explain(lang)  # type: ignore[arg-type]


def test_the_lump_sum_shows_its_gross_part() -> None:
    """A lump sum without deduction is its gross amount for the decision date, with the dated parameter's source."""
    amount = integration_lump_sum("F", decision_date="2019-04-30")

    assert ["funding.lump_sum", "funding.lump_sum.gross"] == list(_ids(amount))
    assert (
        "forfait d'intégration : CHF 6’000.00 = CHF 6’000.00\n"
        f"  source : {LEI_58}\n"
        "  forfait selon la date de décision : CHF 6’000.00\n"
        "    données : residence_status = F, decision_date = 2019-04-30\n"
        "    paramètres : funding.integration_lump_sum = CHF 6’000.00\n"
        f"    source : {PRESS_2021}"
    ) == amount.explain("fr")
    assert (
        "Integrationspauschale: CHF 6’000.00 = CHF 6’000.00\n"
        f"  Quelle: {LEI_58}\n"
        "  Pauschale nach Entscheiddatum: CHF 6’000.00\n"
        "    Angaben: residence_status = F, decision_date = 2019-04-30\n"
        "    Parameter: funding.integration_lump_sum = CHF 6’000.00\n"
        f"    Quelle: {PRESS_2021}"
    ) == amount.explain("de")


def test_the_programme_s_deduction_is_explained() -> None:
    """From 2023-03-01, a formerly S person's lump sum shows the gross amount and the deduction, in three languages."""
    amount = integration_lump_sum(
        "F",
        decision_date="2024-01-01",
        formerly_s=True,
        programme_s_paid=Money.of(3000),
    )

    assert [
        "funding.lump_sum",
        "funding.lump_sum.gross",
        "funding.lump_sum.programme_s_deduction",
    ] == list(_ids(amount))
    assert amount.source == amount.parts[1].source
    assert (
        "forfait d'intégration : CHF 15’000.00 = CHF 18’000.00 − CHF 3’000.00\n"
        f"  source : {SEM_S}\n"
        "  forfait selon la date de décision : CHF 18’000.00\n"
        "    données : residence_status = F, decision_date = 2024-01-01\n"
        "    paramètres : funding.integration_lump_sum = CHF 18’000.00\n"
        f"    source : {OIE_15}\n"
        "  déduction du Programme S déjà versé : CHF 3’000.00\n"
        "    données : programme_s_paid = CHF 3’000.00\n"
        "    paramètres : funding.programme_s.deduction_from = 2023-03-01"
    ) == amount.explain("fr")
    assert (
        "Integrationspauschale: CHF 15’000.00 = CHF 18’000.00 − CHF 3’000.00\n"
        f"  Quelle: {SEM_S}\n"
        "  Pauschale nach Entscheiddatum: CHF 18’000.00\n"
        "    Angaben: residence_status = F, decision_date = 2024-01-01\n"
        "    Parameter: funding.integration_lump_sum = CHF 18’000.00\n"
        f"    Quelle: {OIE_15}\n"
        "  Abzug des bereits bezahlten Programms S: CHF 3’000.00\n"
        "    Angaben: programme_s_paid = CHF 3’000.00\n"
        "    Parameter: funding.programme_s.deduction_from = 2023-03-01"
    ) == amount.explain("de")
    assert (
        "integration lump sum: CHF 15’000.00 = CHF 18’000.00 − CHF 3’000.00"
        == amount.explain("en").splitlines()[0]
    )
    assert (
        "  lump sum for the decision date: CHF 18’000.00"
        == amount.explain("en").splitlines()[2]
    )
    assert (
        "  deduction of Programme S already paid: CHF 3’000.00"
        == amount.explain("en").splitlines()[6]
    )


def test_a_deduction_never_exceeds_the_lump_sum() -> None:
    """More Programme S paid than the lump sum deducts the whole lump sum, never more: CHF 0."""
    amount = integration_lump_sum(
        "F",
        decision_date="2024-01-01",
        formerly_s=True,
        programme_s_paid=Money.of(20000),
    )

    assert Money.zero() == amount.value
    assert Money.of(18000) == amount.parts[1].value
    assert "CHF 18’000.00 − CHF 18’000.00" == amount.formula.en  # type: ignore[union-attr]


def test_an_unknown_programme_s_amount_is_missing() -> None:
    """Unknown Programme S paid: undetermined, with the gross part and the SEM as the source."""
    amount = integration_lump_sum("F", decision_date="2024-01-01", formerly_s=True)

    assert ["funding.lump_sum", "funding.lump_sum.gross"] == list(_ids(amount))
    assert (
        "forfait d'intégration : indéterminé\n"
        "  manquent : programme_s_paid\n"
        f"  source : {SEM_S}"
    ) == "\n".join(amount.explain("fr").splitlines()[:3])


def test_the_cohort_counts_persons_in_three_languages() -> None:
    """The cohort's formula counts its persons; its id is funding.lump_sum_total, its source LEI art. 58."""
    amount = lump_sum_total([("F", "2019-04-30"), ("S", "2023-01-01")])

    assert [
        "funding.lump_sum_total",
        "funding.lump_sum",
        "funding.lump_sum.gross",
        "funding.lump_sum",
    ] == list(_ids(amount))
    assert (
        f"forfaits d'intégration de la cohorte : CHF 6’000.00 = 2 personnes\n  source : {LEI_58}"
    ) == "\n".join(amount.explain("fr").splitlines()[:2])
    assert (
        "Integrationspauschalen der Kohorte: CHF 6’000.00 = 2 Personen"
        == amount.explain("de").splitlines()[0]
    )
    assert (
        "integration lump sums of the cohort: CHF 6’000.00 = 2 persons"
        == amount.explain("en").splitlines()[0]
    )


def test_an_empty_cohort_is_a_known_zero() -> None:
    """No person: CHF 0, known (not undetermined)."""
    amount = lump_sum_total([])

    assert Money.zero() == amount.value
    assert frozenset() == amount.missing


def test_programme_s_is_explained() -> None:
    """Programme S: rate × months, in months / Monate, with the monthly rate as parameter."""
    amount = programme_s(12, on="2024-01-01")

    assert ["funding.programme_s"] == list(_ids(amount))
    assert (
        "Programme S : CHF 3’000.00 = CHF 250.00 × 12 mois\n"
        "  données : months = 12\n"
        "  paramètres : funding.programme_s.monthly = CHF 250.00\n"
        "  source : Secrétariat d'État aux migrations (SEM), « Programme S »"
    ) == amount.explain("fr")
    assert (
        "Programm S: CHF 3’000.00 = CHF 250.00 × 12 Monate"
        == amount.explain("de").splitlines()[0]
    )
    assert (
        "Programme S: CHF 3’000.00 = CHF 250.00 × 12 months"
        == amount.explain("en").splitlines()[0]
    )


def test_the_federal_contribution_is_explained() -> None:
    """The federal contribution: commitment × matching ratio, in three languages."""
    amount = federal_contribution(Money.of("2400000"), on="2024-01-01")

    assert ["funding.pic.federal"] == list(_ids(amount))
    assert (
        "contribution fédérale : CHF 2’400’000.00 = CHF 2’400’000.00 × 1\n"
        "  données : cantonal_and_communal = CHF 2’400’000.00\n"
        "  paramètres : funding.pic.matching_ratio = 1\n"
        "  source : RTS Info, « Berne soutient la poursuite des programmes d'intégration cantonaux »"
    ) == amount.explain("fr")
    assert (
        "Bundesbeitrag: CHF 2’400’000.00 = CHF 2’400’000.00 × 1"
        == amount.explain("de").splitlines()[0]
    )
    assert (
        "federal contribution: CHF 2’400’000.00 = CHF 2’400’000.00 × 1"
        == amount.explain("en").splitlines()[0]
    )


def test_a_programme_without_commitment_is_undetermined() -> None:
    """PIC3: no commitment in the sources: undetermined, with the programme's id and source."""
    amount = pic_financing("vs-pic3")

    assert ["funding.pic.vs-pic3"] == list(_ids(amount))
    assert (
        "PIC 3 (Valais) : indéterminé\n"
        "  manquent : cantonal_and_communal\n"
        f"  source : {CII_NEWSLETTER}, « Programme d'Intégration Cantonal PIC3 2024-2027 »"
    ) == amount.explain("fr")


def test_a_programme_financing_has_its_parts() -> None:
    """PIC 2bis: the commitment and the federal contribution, each with its id."""
    amount = pic_financing("vs-pic2bis")

    assert [
        "funding.pic.vs-pic2bis",
        "funding.pic.vs-pic2bis.cantonal_and_communal",
        "funding.pic.federal",
    ] == list(_ids(amount))
    assert (
        "  engagement du canton et des communes : CHF 3’000’000.00"
        == amount.explain("fr").splitlines()[2]
    )
    assert (
        "  Verpflichtung von Kanton und Gemeinden: CHF 3’000’000.00"
        == amount.explain("de").splitlines()[2]
    )
    assert (
        "  canton and communes' commitment: CHF 3’000’000.00"
        == amount.explain("en").splitlines()[2]
    )


def test_communal_shares_are_explained() -> None:
    """Each commune's share is a part with its weight; the formula names the step, in three languages."""
    amount = communal_shares(Money.of("8.00"), {"Sion": 1, "Sierre": 2}, step="0.01")

    assert [
        "funding.communal_shares",
        "funding.communal_share.Sion",
        "funding.communal_share.Sierre",
    ] == list(_ids(amount))
    assert (
        "parts communales : CHF 8.00 = répartition par poids, pas de 0.01\n"
        "  Sion : CHF 2.67\n"
        "    données : weight = 1\n"
        "  Sierre : CHF 5.33\n"
        "    données : weight = 2"
    ) == amount.explain("fr")
    assert (
        "Gemeindeanteile: CHF 8.00 = Verteilung nach Gewicht, Schritt 0.01"
        == amount.explain("de").splitlines()[0]
    )
    assert (
        "communal shares: CHF 8.00 = split by weight, step 0.01"
        == amount.explain("en").splitlines()[0]
    )


def test_communal_shares_default_to_five_rappen() -> None:
    """Without a step, shares are in multiples of 5 centimes, and the formula says so."""
    amount = communal_shares(Money.of("8.00"), [("Sion", 1), ("Sierre", 2)])

    assert [Money.of("2.65"), Money.of("5.35")] == [p.value for p in amount.parts]
    assert "split by weight, step 0.05" == amount.formula.en  # type: ignore[union-attr]


def test_emergency_aid_is_explained() -> None:
    """Emergency aid: share × days × daily rate, with its inputs and OA 2 art. 29."""
    amount = emergency_aid_lump_sum("dublin", on="2024-01-01")

    assert ["funding.emergency_aid.dublin"] == list(_ids(amount))
    assert (
        "procédure Dublin close : CHF 400.00 = 0.10 × 80 × CHF 50.00\n"
        "  données : share = 0.10, days = 80\n"
        "  paramètres : funding.emergency_aid.daily = CHF 50.00\n"
        "  source : OA 2 (RS 142.312), art. 29"
    ) == amount.explain("fr")


def test_a_measure_budget_is_explained() -> None:
    """A budget: price × participants, with the measure's label, price parameter and source."""
    amount = measure_budget("carriere-au-feminin", 10)

    assert ["funding.budget.carriere-au-feminin"] == list(_ids(amount))
    assert (
        "Carrière au féminin : CHF 4’000.00 = CHF 400.00 × 10\n"
        "  données : participants = 10\n"
        "  paramètres : carriere_au_feminin.price = CHF 400.00\n"
        f"  source : {CII_NEWSLETTER}, « Carrière au féminin »"
    ) == amount.explain("fr")
    assert Money.zero() == measure_budget("carriere-au-feminin", 0).value


def test_cost_per_participant_is_explained() -> None:
    """Cost per participant: budget / participants and the rounding rule's name, in three languages."""
    amount = cost_per_participant(Money.of("800000", "EUR"), 75, rounding=FIVE_RAPPEN)

    assert ["funding.cost_per_participant"] == list(_ids(amount))
    assert (
        "coût par participant : EUR 10’666.65 = EUR 800’000.00 / 75 (five_rappen)\n"
        "  données : budget = EUR 800’000.00, participants = 75"
    ) == amount.explain("fr")
    assert (
        "Kosten pro teilnehmende Person: EUR 10’666.65 = EUR 800’000.00 / 75 (five_rappen)"
        == amount.explain("de").splitlines()[0]
    )
    assert (
        "cost per participant: EUR 10’666.65 = EUR 800’000.00 / 75 (five_rappen)"
        == amount.explain("en").splitlines()[0]
    )


def test_the_approving_authority_is_explained() -> None:
    """The choice between Grand Conseil and Conseil d'Etat, with its conditions' ids and labels in three languages."""
    choice = approving_authority(Money.of("10000000"), on="2025-01-01")

    assert [
        "funding.approval",
        "funding.approval.over_threshold",
        "funding.approval.at_most_threshold",
    ] == [node.rule_id for node in choice.explanation.walk()]
    assert [LATELE] * 3 == [str(node.source) for node in choice.explanation.walk()]
    assert (
        "Approbation de la convention-programme au 2025-01-01 : Conseil d'Etat\n"
        "✓ autorité d'approbation\n"
        f"    source : {LATELE}\n"
        "  ✗ dépense brute cantonale de plus de CHF 10 millions\n"
        "      faits lus : cantonal_gross_spending = CHF 10’000’000.00\n"
        "      paramètres : funding.approval.grand_conseil_threshold = CHF 10’000’000.00\n"
        "  ✓ dépense brute cantonale de CHF 10 millions au plus\n"
        "      faits lus : cantonal_gross_spending = CHF 10’000’000.00\n"
        "      paramètres : funding.approval.grand_conseil_threshold = CHF 10’000’000.00\n"
        "Faits manquants : aucun"
    ) == choice.explain("fr")
    german = choice.explain("de").splitlines()
    assert [
        "Genehmigung der Programmvereinbarung am 2025-01-01: Conseil d'Etat",
        "✓ Genehmigungsbehörde",
        "  ✗ kantonale Bruttoausgaben über CHF 10 Millionen",
        "  ✓ kantonale Bruttoausgaben bis CHF 10 Millionen",
    ] == [german[0], german[1], german[3], german[6]]
    english = choice.explain("en").splitlines()
    assert [
        "Approval of the programme agreement on 2025-01-01: Conseil d'Etat",
        "✓ approving authority",
        "  ✗ gross cantonal spending over CHF 10 million",
        "  ✓ gross cantonal spending of at most CHF 10 million",
    ] == [english[0], english[1], english[3], english[6]]
