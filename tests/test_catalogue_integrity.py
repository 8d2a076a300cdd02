"""Every catalogued rule reads only Person facts, and every condition shows a source."""

from __future__ import annotations

import pytest

from integration_rules import catalog
from integration_rules.facts import FACTS
from integration_rules.permits import ROUTES, TRANSITIONS
from integration_rules.rules import Combination, Leaf, Not, Rule

RULES: list[tuple[str, Rule]] = [
    *((f"measure:{m.id}", m.rule) for m in catalog().values()),
    *((f"route:{a.value}", a.rule) for a in ROUTES),
    *((f"transition:{t.id}", t.rule) for t in TRANSITIONS),
]


def leaves_with_sources(rule: Rule, inherited: bool = False) -> list[tuple[Leaf, bool]]:
    """Each leaf with whether it or an enclosing rule names a source."""
    sourced = inherited or rule.source is not None
    if isinstance(rule, Leaf):
        return [(rule, sourced)]
    if isinstance(rule, Not):
        return leaves_with_sources(rule.child, sourced)
    assert isinstance(rule, Combination)
    return [
        pair for child in rule.children for pair in leaves_with_sources(child, sourced)
    ]


@pytest.mark.parametrize(("name", "rule"), RULES, ids=[n for n, _ in RULES])
def test_rules_read_only_person_facts(name: str, rule: Rule) -> None:
    """A typo in a fact name fails here, not in production."""
    assert rule.facts() <= set(FACTS), sorted(rule.facts() - set(FACTS))


@pytest.mark.parametrize(("name", "rule"), RULES, ids=[n for n, _ in RULES])
def test_every_leaf_has_its_own_source(name: str, rule: Rule) -> None:
    """Every condition names the document or article it comes from."""
    for leaf, _ in leaves_with_sources(rule):
        assert leaf.source is not None, leaf.id


@pytest.mark.parametrize(("name", "rule"), RULES, ids=[n for n, _ in RULES])
def test_rule_ids_are_stable_and_unique_within_a_rule(name: str, rule: Rule) -> None:
    """Named rules do not reuse an id for two different conditions."""
    seen: dict[str, Rule] = {}
    stack = [rule]
    while stack:
        current = stack.pop()
        if current.id in seen:
            assert seen[current.id] == current, current.id
        seen[current.id] = current
        if isinstance(current, Not):
            stack.append(current.child)
        elif isinstance(current, Combination):
            stack.extend(current.children)
