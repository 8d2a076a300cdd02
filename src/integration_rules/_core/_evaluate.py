"""Evaluation: a rule, a subject and a date in; a decision out. Pure, no I/O."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from integration_rules._core._dates import as_date
from integration_rules._core._explanation import Decision
from integration_rules._core._plan import run
from integration_rules._core._rule import Rule
from integration_rules._core._text import Text
from integration_rules.errors import InvalidArgument


def evaluate(
    rule: Rule,
    subject: object,
    *,
    on: dt.date | str,
    measure: str | None = None,
    title: Text | None = None,
) -> Decision:
    """Evaluate *rule* on *subject* on the date *on*.

    The date is always given: no rule ever reads the clock.

    Args:
        rule: The rule.
        subject: The facts: an object whose attributes are facts (a
            :class:`~integration_rules.Person`), or a mapping from fact names
            to values. ``None`` (or, in a mapping, an absent key) is unknown.
        on: The evaluation date, a :class:`datetime.date` or an ISO string.
        measure: The measure id to record in the decision, if any.
        title: The title of the rendered explanation, if any.

    Returns:
        The decision, with its outcome, missing facts and explanation.

    Raises:
        InvalidArgument: If *rule* is not a rule or *on* is not a date.
        EvaluationError: If the facts cannot be evaluated on *on* (e.g. a
            birth date after it). The message names the field, not its value.

    Example:
        >>> from integration_rules.rules import is_true
        >>> evaluate(is_true("x"), {"x": None}, on="2024-01-01").missing
        frozenset({'x'})
    """
    if not isinstance(rule, Rule):
        raise InvalidArgument(
            "rule", f"expected an integration_rules rule, got {type(rule).__name__}"
        )
    day = as_date(on, "on")
    outcome, missing = run(rule, subject, day)
    if isinstance(subject, Mapping):
        # A mapping may change after the call: keep the facts the rule reads.
        subject = {name: subject.get(name) for name in rule.facts()}
    return Decision.lazy(
        outcome,
        day,
        measure=measure,
        title=title,
        rule=rule,
        subject=subject,
        missing=missing,
    )
