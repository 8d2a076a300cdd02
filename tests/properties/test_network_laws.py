"""Laws of the CII network: monotone collaborations, order-blind answers, exports with each partner once."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from integration_rules import Outcome
from integration_rules.network import Circle, cii_valais, to_dot, to_mermaid

NET = cii_valais()
CODES = sorted(NET.partners)
ON = dt.date(2024, 3, 1)
FIRST_CIRCLE = [p.code for p in NET.partners_of(Circle.FIRST, on=ON, offices=True)]


@given(
    codes=st.lists(st.sampled_from(CODES), min_size=1, max_size=8),
    extra=st.sampled_from(FIRST_CIRCLE),
)
def test_adding_a_first_circle_partner_keeps_a_supported_collaboration(
    codes: list[str], extra: str
) -> None:
    """Monotone: a supported collaboration stays supported with one more first-circle partner."""
    if NET.collaboration(codes, on=ON).outcome is Outcome.ELIGIBLE:
        assert Outcome.ELIGIBLE is NET.collaboration([*codes, extra], on=ON).outcome


@given(codes=st.lists(st.sampled_from(CODES), min_size=1, max_size=8), data=st.data())
def test_order_and_repetition_do_not_matter(
    codes: list[str], data: st.DataObject
) -> None:
    """The answer is the same for any permutation, with repeats."""
    shuffled = data.draw(st.permutations(codes + codes[: len(codes) // 2]))

    assert (
        NET.collaboration(codes, on=ON).outcome
        is NET.collaboration(shuffled, on=ON).outcome
    )


def test_every_office_has_exactly_one_parent_service() -> None:
    """Members (services and providers) have no parent in the network; every other partner's parent is a member."""
    members = {m.partner for m in NET.memberships}
    for partner in NET.partners.values():
        if partner.code in members:
            assert NET.parent(partner.code) is None
        else:
            parent = NET.parent(partner.code)
            assert parent is not None
            assert parent.code in members


@given(lang=st.sampled_from(["fr", "de", "en"]))
def test_exports_mention_every_partner_exactly_once_as_a_node(lang: str) -> None:
    """DOT and Mermaid declare each partner as a node once."""
    dot, mermaid = to_dot(on=ON, lang=lang), to_mermaid(on=ON, lang=lang)
    for code in CODES:
        assert 1 == len(
            re.findall(rf'^\s+"{re.escape(code)}" \[label=', dot, re.MULTILINE)
        ), code
        node = "n_" + re.sub(r"[^A-Za-z0-9]", "_", code)
        assert 1 == len(
            re.findall(rf"^\s+{re.escape(node)}(\[|\(\[)", mermaid, re.MULTILINE)
        ), code


@given(
    codes=st.lists(st.sampled_from(CODES), min_size=1, max_size=8),
    extra=st.sampled_from(FIRST_CIRCLE),
    on=st.dates(dt.date(2015, 1, 1), dt.date(2035, 12, 31)),
)
def test_collaboration_laws_hold_on_every_date(
    codes: list[str], extra: str, on: dt.date
) -> None:
    """On any date: monotone in first-circle partners; never refused before the network is known."""
    decision = NET.collaboration(codes, on=on)
    if on < NET.known_from:
        assert decision.outcome is not Outcome.ELIGIBLE
        assert {"first_circle_services", "other_circle_services"} <= set(
            decision.missing
        ) or (decision.outcome is Outcome.INELIGIBLE and not decision.missing)
    if decision.outcome is Outcome.ELIGIBLE:
        assert Outcome.ELIGIBLE is NET.collaboration([*codes, extra], on=on).outcome
    if on >= NET.published_on:
        assert decision.outcome is NET.collaboration(codes).outcome
