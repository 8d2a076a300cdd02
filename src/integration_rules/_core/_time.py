"""Eligibility over time: the periods of constant outcome over a date range.

Computed exactly: every rule reports the days its answer may change while
the facts stay the same (birthdays, anniversaries, periods in force; see
:meth:`Rule.breakpoints`). Between two consecutive such days the answer is
constant, so evaluating once per stretch is enough, and a stretch boundary
always has a reason.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from attrs import frozen

from integration_rules._core._dates import as_date
from integration_rules._core._node import Node
from integration_rules._core._outcome import Outcome
from integration_rules._core._reading import Breakpoint
from integration_rules._core._rule import Rule
from integration_rules._core._text import Text
from integration_rules.errors import InvalidArgument
from integration_rules.explain import html, json, text
from integration_rules.explain.notebook import Displayable


@frozen
class Span:
    """A stretch of days with one outcome.

    Attributes:
        start: The first day (included).
        end: The last day (included).
        outcome: The outcome on every day of the span.
        missing: The unknown facts that could decide it, when undetermined.
        reasons: Why the outcome changes on *start* (empty for the first span).
    """

    start: dt.date
    end: dt.date
    outcome: Outcome
    missing: frozenset[str]
    reasons: tuple[Breakpoint, ...] = ()

    def contains(self, day: dt.date) -> bool:
        """Whether *day* is in the span."""
        return self.start <= day <= self.end

    def to_dict(self) -> dict[str, Any]:
        """The span as JSON-ready data."""
        return json.span(self)


@frozen(kw_only=True)
class Timeline(Displayable):
    """The outcome of a rule for fixed facts over a date range, as consecutive spans.

    The spans cover the range without gap or overlap, and two neighbours never
    have the same outcome and missing facts.
    """

    spans: tuple[Span, ...]
    start: dt.date
    end: dt.date
    rule_id: str
    measure: str | None = None
    title: Text | None = None

    def at(self, day: dt.date) -> Span:
        """The span that contains *day*."""
        for span in self.spans:
            if span.contains(day):
                return span
        raise InvalidArgument(
            "day", f"expected a date from {self.start} to {self.end}, got {day}"
        )

    def first(self, outcome: Outcome) -> Span | None:
        """The first span with *outcome*, or ``None``."""
        return next((s for s in self.spans if s.outcome is outcome), None)

    def explain(self, lang: str = "fr") -> str:
        """The spans as text, one line each, with the reason each one starts."""
        return text.timeline(self._title(), self.start, self.end, self.spans, lang)

    def html(self, lang: str = "fr") -> str:
        """The spans as an HTML table in *lang*: from, to, outcome, missing facts, why it starts."""
        return html.timeline(self._title(), self.start, self.end, self.spans, lang)

    def to_dict(self) -> dict[str, Any]:
        """The timeline as JSON-ready data."""
        return json.timeline(
            self.measure, self.rule_id, self.start, self.end, self.spans
        )

    def _title(self) -> Text | str:
        return self.title or self.measure or self.rule_id


def _outcomes(node: Node) -> dict[str, Outcome]:
    return {n.rule_id: n.outcome for n in node.walk()}


def timeline(
    rule: Rule,
    subject: object,
    *,
    start: dt.date | str,
    end: dt.date | str,
    measure: str | None = None,
    title: Text | None = None,
) -> Timeline:
    """The spans of constant outcome of *rule* for *subject* from *start* to *end* (both included).

    Example:
        >>> from integration_rules.rules import age_between
        >>> t = timeline(age_between(15, 25), {"birth_date": dt.date(2010, 4, 2)}, start="2025-01-01", end="2036-12-31")
        >>> [(str(s.start), s.outcome.value) for s in t.spans]
        [('2025-01-01', 'ineligible'), ('2025-04-02', 'eligible'), ('2036-04-02', 'ineligible')]
        >>> t.spans[1].reasons[0].reason.en
        '15th birthday'
    """
    if not isinstance(rule, Rule):
        raise InvalidArgument(
            "rule", f"expected an integration_rules rule, got {type(rule).__name__}"
        )
    first, last = as_date(start, "start"), as_date(end, "end")
    if last < first:
        raise InvalidArgument(
            "end", f"expected a date on or after start {first}, got {last}"
        )
    breakpoints = rule.breakpoints(subject, first, last)
    days = sorted({b.day for b in breakpoints})
    spans: list[Span] = []
    previous: Node | None = None
    for index, day in enumerate([first, *days]):
        node = rule.evaluate(subject, day)
        stop = days[index] - dt.timedelta(days=1) if index < len(days) else last
        if (
            spans
            and previous is not None
            and (node.outcome, node.missing) == (spans[-1].outcome, spans[-1].missing)
        ):
            spans[-1] = Span(
                spans[-1].start, stop, node.outcome, node.missing, spans[-1].reasons
            )
        else:
            reasons: tuple[Breakpoint, ...] = ()
            if previous is not None:
                before, after = _outcomes(previous), _outcomes(node)
                here = [b for b in breakpoints if b.day == day]
                changed = [
                    b for b in here if before.get(b.rule_id) != after.get(b.rule_id)
                ]
                reasons = tuple(dict.fromkeys(changed or here))
            spans.append(Span(day, stop, node.outcome, node.missing, reasons))
        previous = node
    return Timeline(
        spans=tuple(spans),
        start=first,
        end=last,
        rule_id=rule.id,
        measure=measure,
        title=title,
    )
