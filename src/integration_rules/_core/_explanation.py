"""Decisions: the answer of an evaluation, around its explanation tree.

An evaluation never prints and never logs: it returns a :class:`Decision`
that carries a :class:`~integration_rules._core._node.Node` tree mirroring
the rule. Rendering (plain text in three languages, HTML, JSON-ready data)
is done by :mod:`integration_rules.explain`, from that tree and the
decision's heading, and nothing else.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from attrs import field, frozen

from integration_rules._core._node import Heading, Node, ParameterUse
from integration_rules._core._outcome import Outcome
from integration_rules._core._text import Text
from integration_rules.explain import html, json, text
from integration_rules.explain.json import SCHEMA_VERSION
from integration_rules.explain.json import value as json_value
from integration_rules.explain.notebook import Displayable
from integration_rules.explain.text import value as text_value

__all__ = [
    "SCHEMA_VERSION",
    "Decision",
    "Node",
    "ParameterUse",
    "json_value",
    "text_value",
]


@frozen(eq=False, weakref_slot=False)
class Decision(Displayable):
    """The answer to "does this rule hold for these facts on this date?", with its grounds.

    ``bool(decision)`` is ``True`` only when the outcome is ``ELIGIBLE``.
    ``decision.missing`` names the unknown facts that could decide an
    ``UNDETERMINED`` outcome, and is empty when the outcome is decided.

    A decision made by :func:`~integration_rules.rules.evaluate` (and so by
    :func:`~integration_rules.check`) knows its outcome and missing facts at
    once, from the rule's plan; its explanation tree is built on first access
    (from the rule, the facts and the date, which it keeps), and is the tree an
    eager evaluation gives. Decisions compare by outcome, missing facts, date,
    measure, title and explanation.

    Attributes:
        outcome: ``ELIGIBLE``, ``INELIGIBLE`` or ``UNDETERMINED``.
        explanation: The root :class:`Node` of the explanation tree.
        on: The evaluation date.
        measure: The measure id, when the decision is about a catalogued measure.
        title: A title for the rendered explanation (the measure's name).
    """

    outcome: Outcome
    _explanation: Node | None = field(alias="explanation")
    on: dt.date
    measure: str | None = field(default=None, kw_only=True)
    title: Text | None = field(default=None, kw_only=True)
    # How to build the explanation when it was not given: the rule and the facts.
    _rule: Any = field(default=None, kw_only=True, repr=False)
    _subject: Any = field(default=None, kw_only=True, repr=False)
    _missing: frozenset[str] | None = field(default=None, kw_only=True, repr=False)

    @classmethod
    def lazy(
        cls,
        outcome: Outcome,
        on: dt.date,
        *,
        measure: str | None,
        title: Text | None,
        rule: Any,
        subject: Any,
        missing: frozenset[str],
    ) -> Decision:
        """A decision whose explanation *rule* builds for *subject* on first access.

        For the library's own evaluations, whose arguments are already checked:
        it skips the validation of the constructor (the hot path of ``check``).
        """
        if cls is not Decision:  # a subclass of one's own: through its constructor
            return cls(
                outcome,
                None,
                on,
                measure=measure,
                title=title,
                rule=rule,
                subject=subject,
                missing=missing,
            )
        return lazy_decision(outcome, on, measure, title, rule, subject, missing)

    @property
    def explanation(self) -> Node:
        """The root :class:`Node` of the explanation tree (built on first access)."""
        node = self._explanation
        if node is None:
            node = self._rule.evaluate(self._subject, self.on)
            object.__setattr__(self, "_explanation", node)
        return node

    def _compared(self) -> tuple[Any, ...]:
        return (
            self.outcome,
            self.missing,
            self.on,
            self.measure,
            self.title,
            self.explanation,
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())

    @property
    def missing(self) -> frozenset[str]:
        """The unknown facts that could decide the outcome; empty when it is decided."""
        if self._missing is not None:
            return self._missing
        return self.explanation.missing

    def __bool__(self) -> bool:
        return self.outcome is Outcome.ELIGIBLE

    def __repr__(self) -> str:
        # Never shows a fact: a decision may end up in a log line.
        return (
            f"Decision(measure={self.measure!r}, on={self.on.isoformat()}, "
            f"outcome={self.outcome.name}, missing={sorted(self.missing)!r})"
        )

    def _heading(self) -> Heading:
        """What the decision shows around its explanation tree."""
        return Heading(
            self.title or self.measure or self.explanation.rule_id,
            self.measure,
            self.on,
            self.outcome,
            self.missing,
        )

    def explain(self, lang: str = "fr") -> str:
        """The decision and its grounds as indented text in *lang* (``"fr"``, ``"de"``, ``"en"``).

        Each line is one rule: ``✓`` holds, ``✗`` does not hold, ``?`` cannot be
        decided from the facts known. Under each rule come the facts it read,
        the parameters it used and its source. A choice says what it chose
        under its first line.

        Raises:
            InvalidArgument: If *lang* is not one of the three languages.
        """
        return text.render(self.explanation, lang, self._heading())

    def html(self, lang: str = "fr") -> str:
        """The decision and its explanation as an HTML fragment in *lang*."""
        return html.render(self.explanation, lang, self._heading())

    def to_dict(self) -> dict[str, Any]:
        """The decision as JSON-ready data: dates as ISO strings, sets as sorted lists.

        The layout is versioned by ``schema_version``; a choice adds ``value``
        and ``covered``. A decision made by a rule adds ``record``: the
        library's version, a fingerprint of the rule and of its parameters'
        values, each rule's own fingerprint, the parameters' values and the
        facts read, so that :func:`integration_rules.verify` can check the
        decision again later.
        """
        data = json.render(self.explanation, self._heading())
        if self._rule is not None:
            from integration_rules._core._fingerprint import record  # noqa: PLC0415 - on demand

            data["record"] = record(self._rule, self.on, self.explanation)
        return data


#: A mutable twin of :class:`Decision`: the same slots over the same base, so an
#: instance filled by plain attribute writes (the fastest a Python object is
#: filled) can become a ``Decision`` by changing its class. ``Decision``'s own
#: ``__setattr__`` refuses every write, and its constructor validates its
#: arguments: both cost more than the rule's evaluation on the hot path.
_Unfrozen: Final = type("_Unfrozen", Decision.__bases__, {"__slots__": Decision.__slots__})


def lazy_decision(  # noqa: PLR0917 - positional: the hot path's call, each µs counted
    outcome: Outcome,
    on: dt.date,
    measure: str | None,
    title: Text | None,
    rule: Any,
    subject: Any,
    missing: frozenset[str],
) -> Decision:
    """:meth:`Decision.lazy` with positional arguments: the library's own evaluations call it."""
    decision: Any = _Unfrozen()
    decision.outcome = outcome
    decision._explanation = None  # noqa: SLF001 - filling the twin's slots
    decision.on = on
    decision.measure = measure
    decision.title = title
    decision._rule = rule  # noqa: SLF001
    decision._subject = subject  # noqa: SLF001
    decision._missing = missing  # noqa: SLF001
    decision.__class__ = Decision
    result: Decision = decision
    return result
