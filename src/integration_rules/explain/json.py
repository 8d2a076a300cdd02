"""JSON-ready renderings: explanations as dictionaries, lists, strings and numbers.

The layouts are a public contract (used over HTTP and stored): a decision's
is versioned by :data:`SCHEMA_VERSION`. Dates are ISO strings, sets sorted
lists, amounts exact decimal strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from integration_rules._core._outcome import Outcome

if TYPE_CHECKING:
    from integration_rules._core._node import Heading, Node
    from integration_rules._core._reading import Breakpoint, FactChange
    from integration_rules._core._time import Span

#: Version of the layout of a decision's dictionary; bumped on any breaking change.
SCHEMA_VERSION: Final = 3


def value(given: Any) -> Any:
    """A fact or parameter value as JSON-ready data (ISO dates, sorted lists for sets)."""
    if isinstance(given, dt.date):
        return given.isoformat()
    if hasattr(given, "to_dict"):
        return given.to_dict()
    if isinstance(given, Decimal):
        return str(given)
    if isinstance(given, frozenset | set):
        return sorted(value(v) for v in given)
    if isinstance(given, tuple | list):
        return [value(v) for v in given]
    return given


def node(explained: Node) -> dict[str, Any]:
    """A node and the nodes below it as JSON-ready data.

    A rule's node gives ``rule``, ``label``, ``outcome``, ``missing``,
    ``source``, ``facts``, ``parameters``, ``detail``, ``in_force`` and
    ``children``; an amount's node (one with a figure) gives ``id``,
    ``label``, ``value``, ``formula``, ``inputs``, ``parameters``, ``source``,
    ``missing`` and ``parts``.
    """
    figure = explained.figure
    source = explained.source.to_dict() if explained.source is not None else None
    if figure is not None:
        return {
            "id": explained.rule_id,
            "label": explained.label.to_dict(),
            "value": figure.value.to_dict() if figure.value is not None else None,
            "formula": figure.formula.to_dict() if figure.formula is not None else None,
            "inputs": {name: value(v) for name, v in explained.facts},
            "parameters": [
                {"id": p.id, "value": value(p.value)} for p in explained.parameters
            ],
            "source": source,
            "missing": sorted(explained.missing),
            "parts": [node(part) for part in explained.children],
        }
    return {
        "rule": explained.rule_id,
        "label": explained.label.to_dict(),
        "outcome": explained.outcome.value,
        "missing": sorted(explained.missing),
        "source": source,
        "facts": {name: value(v) for name, v in explained.facts},
        "parameters": [
            {"id": p.id, "value": value(p.value), "note": p.note}
            for p in explained.parameters
        ],
        "detail": explained.detail.to_dict() if explained.detail is not None else None,
        "in_force": (
            explained.in_force.to_dict() if explained.in_force is not None else None
        ),
        "children": [node(child) for child in explained.children],
    }


def render(root: Node, heading: Heading | None = None) -> dict[str, Any]:
    """The explanation tree *root* as JSON-ready data; with a *heading*, as a decision.

    A decision gives ``schema_version``, ``measure``, ``on``, ``outcome``,
    ``eligible``, ``missing`` and ``explanation`` (the tree); a choice adds
    ``value`` and ``covered``.
    """
    if heading is None:
        return node(root)
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "measure": heading.measure,
        "on": heading.on.isoformat(),
        "outcome": heading.outcome.value,
        "eligible": heading.outcome is Outcome.ELIGIBLE,
        "missing": sorted(heading.missing),
        "explanation": node(root),
    }
    if heading.chosen is not None:
        data["value"] = heading.chosen.value
        data["covered"] = heading.chosen.value is not None
    return data


def reason(day: Breakpoint) -> dict[str, Any]:
    """Why an answer changes on a day: the rule and the reason."""
    return {"rule": day.rule_id, "reason": day.reason.to_dict()}


def path(
    root: Node,
    heading: Heading,
    *,
    blockers: Sequence[Node],
    changes: Sequence[Sequence[FactChange]],
    earliest: dt.date | None,
    reasons: Sequence[Breakpoint],
    successor: str | None,
) -> dict[str, Any]:
    """The path to eligibility as JSON-ready data: the decision, the blockers, the changes, the earliest day."""
    return {
        "decision": render(root, heading),
        "blockers": [
            {
                "rule": n.rule_id,
                "label": n.label.to_dict(),
                "outcome": n.outcome.value,
                "missing": sorted(n.missing),
            }
            for n in blockers
        ],
        "changes": [[c.to_dict() for c in change_set] for change_set in changes],
        "earliest": earliest.isoformat() if earliest else None,
        "successor": successor,
        "earliest_reasons": [reason(b) for b in reasons],
    }


def span(stretch: Span) -> dict[str, Any]:
    """A span of a timeline as JSON-ready data."""
    return {
        "start": stretch.start.isoformat(),
        "end": stretch.end.isoformat(),
        "outcome": stretch.outcome.value,
        "missing": sorted(stretch.missing),
        "reasons": [reason(b) for b in stretch.reasons],
    }


def timeline(
    measure: str | None,
    rule_id: str,
    start: dt.date,
    end: dt.date,
    spans: Sequence[Span],
) -> dict[str, Any]:
    """A timeline as JSON-ready data."""
    return {
        "measure": measure,
        "rule": rule_id,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "spans": [span(s) for s in spans],
    }
