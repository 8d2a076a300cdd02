"""Ready-made checks a rule author can apply to their own rules, in their own tests.

Each check raises :class:`AssertionError` with a message that says which law
failed and how; with Hypothesis (see :mod:`integration_rules.testing`) the
failing example is shrunk and shown.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs

from integration_rules._core import LANGUAGES, Decision, Outcome, Rule, evaluate
from integration_rules.facts import Person


def check_knowledge_monotonicity(
    rule: Rule, person: Person, learned: Person, *, on: dt.date
) -> None:
    """Learning facts never turns a decided outcome into another.

    *learned* must agree with *person* on every fact *person* knows; it may
    know more. If *rule* is decided for *person*, it must be decided the same
    way for *learned*.
    """
    for name in type(person).schema:
        before = getattr(person, name)
        if before is not None and getattr(learned, name) != before:
            raise AssertionError(
                f"{name}: learned changes a known fact; give a person that only knows more"
            )
    first, second = evaluate(rule, person, on=on), evaluate(rule, learned, on=on)
    if first.outcome.decided and first.outcome is not second.outcome:
        raise AssertionError(
            f"{rule.id}: {first.outcome.value} became {second.outcome.value} when facts were learned "
            f"({sorted(learned.known_facts() - person.known_facts())})"
        )


def check_independence(
    rule: Rule, person: Person, other: Person, *, on: dt.date
) -> None:
    """The answer depends only on the facts the rule reads.

    Builds a person with *person*'s values for the facts *rule* reads and
    *other*'s for the rest, and requires the same outcome and missing facts.
    """
    read = rule.facts()
    mixed = attrs.evolve(other, **{name: getattr(person, name) for name in read})
    first, second = evaluate(rule, person, on=on), evaluate(rule, mixed, on=on)
    if (first.outcome, first.missing) != (second.outcome, second.missing):
        raise AssertionError(
            f"{rule.id}: the answer changed with facts it does not read ({sorted(set(type(person).schema) - read)})"
        )


def check_explanation(decision: Decision) -> None:
    """A decision's explanation is consistent with it.

    The root's outcome is the decision's; ``missing`` is empty exactly when the
    outcome is decided, and every missing fact is read by an undetermined
    leaf; the explanation renders in every language; ``to_dict()`` is JSON.
    """
    root = decision.explanation
    if root.outcome is not decision.outcome:
        raise AssertionError(
            f"{root.rule_id}: root outcome {root.outcome.value} is not the decision's {decision.outcome.value}"
        )
    if (not decision.missing) != decision.outcome.decided:
        raise AssertionError(
            f"{root.rule_id}: missing={sorted(decision.missing)} with outcome {decision.outcome.value}"
        )
    unknown_read = {
        name
        for node in root.walk()
        if not node.children and node.outcome is Outcome.UNDETERMINED
        for name, value in node.facts
        if value is None
    }
    if not decision.missing <= unknown_read:
        raise AssertionError(
            f"{root.rule_id}: missing facts {sorted(decision.missing - unknown_read)} are read by no undetermined leaf"
        )
    for lang in LANGUAGES:
        decision.explain(lang)
    json.dumps(decision.to_dict())


def check_boundary(
    rule: Rule, person: Person, day: dt.date, *, before: Outcome, on_the_day: Outcome
) -> None:
    """A boundary pair: the outcome the day before *day*, and on *day*.

    Example:
        >>> from integration_rules.rules import age_at_least
        >>> check_boundary(age_at_least(15), Person(birth_date="2010-04-02"), dt.date(2025, 4, 2),
        ...                before=Outcome.INELIGIBLE, on_the_day=Outcome.ELIGIBLE)
    """
    previous = evaluate(rule, person, on=day - dt.timedelta(days=1)).outcome
    current = evaluate(rule, person, on=day).outcome
    if (previous, current) != (before, on_the_day):
        raise AssertionError(
            f"{rule.id}: expected {before.value} on {day - dt.timedelta(days=1)} and {on_the_day.value} on {day}, "
            f"got {previous.value} and {current.value}"
        )


def learned_from(person: Person, facts: dict[str, Any]) -> Person:
    """*person* with the unknown facts among *facts* learned (known facts are kept)."""
    return attrs.evolve(
        person, **{k: v for k, v in facts.items() if getattr(person, k) is None}
    )
