"""Checking a stored decision again: do the same library and readings give the same answer?"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from attrs import frozen

from integration_rules._check import check
from integration_rules._core import Outcome, as_date
from integration_rules._core._fingerprint import library_version
from integration_rules.errors import InvalidArgument, InvalidFact, quote
from integration_rules.measures import CATALOGUE, Catalogue


@frozen
class Verification:
    """A stored decision checked again: whether the answer is the same, and what changed.

    Attributes:
        measure: The measure id.
        on: The evaluation date.
        same: Whether the outcome, the missing facts and the fingerprint are
            all the same today.
        outcome_then: The stored outcome.
        outcome_now: The outcome the library gives today on the same facts.
        missing_then: The stored missing facts.
        missing_now: Today's.
        library_then: The version that made the decision.
        library_now: This version.
        changed_rules: The ids of the rules whose structure changed, were
            added or were removed.
        changed_parameters: Each parameter whose value on the date changed:
            id, value then, value now (``None`` for one added or removed).
    """

    measure: str
    on: dt.date
    same: bool
    outcome_then: Outcome
    outcome_now: Outcome
    missing_then: frozenset[str]
    missing_now: frozenset[str]
    library_then: str
    library_now: str
    changed_rules: tuple[str, ...]
    changed_parameters: tuple[tuple[str, Any, Any], ...]

    def explain(self) -> str:
        """What was checked and what changed, in a few lines (English, for an audit log)."""
        lines = [
            f"{self.measure} on {self.on.isoformat()}: "
            + ("the same answer" if self.same else "a different record")
            + f" (library {self.library_then} then, {self.library_now} now)",
            f"outcome: {self.outcome_then.value} then, {self.outcome_now.value} now",
        ]
        if self.missing_then != self.missing_now:
            lines.append(
                f"missing: {sorted(self.missing_then)} then, {sorted(self.missing_now)} now"
            )
        lines.extend(f"rule changed: {rule_id}" for rule_id in self.changed_rules)
        lines.extend(
            f"parameter changed: {pid}: {then!r} then, {now!r} now"
            for pid, then, now in self.changed_parameters
        )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The verification as JSON-ready data."""
        return {
            "measure": self.measure,
            "on": self.on.isoformat(),
            "same": self.same,
            "outcome": {"then": self.outcome_then.value, "now": self.outcome_now.value},
            "missing": {"then": sorted(self.missing_then), "now": sorted(self.missing_now)},
            "library": {"then": self.library_then, "now": self.library_now},
            "changed_rules": list(self.changed_rules),
            "changed_parameters": [
                {"id": pid, "then": then, "now": now} for pid, then, now in self.changed_parameters
            ],
        }


def _field(data: Mapping[str, Any], name: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = data.get(name)
    if not isinstance(value, kind):
        raise InvalidArgument(
            f"{where}{name}",
            f"expected the stored decision's {name} (a {getattr(kind, '__name__', 'value')}), "
            f"got {quote(value)}",
        )
    return value


def verify(record: Mapping[str, Any], *, catalogue: Catalogue | None = None) -> Verification:
    """Check a stored decision (a ``Decision.to_dict()``) again with this library.

    The person is rebuilt from the facts the decision read; the measure is
    decided again on the same date; the outcome, the missing facts and the
    fingerprints are compared. When they differ, the verification says which
    rules and which parameters' values changed.

    Raises:
        InvalidArgument: Naming the key of *record* that is missing or malformed.
        UnknownMeasure: If the measure is no longer in the catalogue.

    Example:
        >>> from integration_rules import Person, check, measure
        >>> p = Person(birth_date="2007-09-03", domicile="CH-VS", apprenticeship_contract=True,
        ...            difficulties=["social", "personal"])
        >>> stored = check(p, "formavenir", on="2024-03-01").to_dict()
        >>> verify(stored).same
        True
        >>> stricter = measure("formavenir").with_parameters({"formavenir.min_difficulty_kinds": 3})
        >>> changed = verify(check(p, stricter, on="2024-03-01").to_dict())
        >>> changed.same, changed.changed_parameters
        (False, (('formavenir.min_difficulty_kinds', 3, 2),))
    """
    if not isinstance(record, Mapping):
        raise InvalidArgument("record", f"expected a decision's to_dict(), got {quote(record)}")
    found = CATALOGUE if catalogue is None else catalogue
    measure_id = _field(record, "measure", str, "")
    day = as_date(_field(record, "on", str, ""), "on")
    stored = _field(record, "record", Mapping, "")
    facts = _field(stored, "facts", Mapping, "record.")
    try:
        person = found.schema.record_class.from_mapping(facts)
    except InvalidFact as error:
        raise InvalidArgument(f"record.facts.{error.field}", str(error)) from None
    decision = check(person, measure_id, on=day, catalogue=found)  # type: ignore[arg-type] # a Person over the schema
    now = decision.to_dict()["record"]
    rules_then = _field(stored, "rules", Mapping, "record.")
    rules_now = now["rules"]
    changed_rules = tuple(
        rule_id
        for rule_id in dict.fromkeys([*rules_then, *rules_now])
        if rules_then.get(rule_id) != rules_now.get(rule_id)
    )
    values_then = _field(stored, "parameters", Mapping, "record.")
    values_now = now["parameters"]
    changed_parameters = tuple(
        (pid, values_then.get(pid), values_now.get(pid))
        for pid in dict.fromkeys([*values_then, *values_now])
        if values_then.get(pid) != values_now.get(pid)
    )
    outcome_then = Outcome(_field(record, "outcome", str, ""))
    missing_then = frozenset(_field(record, "missing", list, ""))
    same = (
        outcome_then is decision.outcome
        and missing_then == decision.missing
        and stored.get("fingerprint") == now["fingerprint"]
    )
    return Verification(
        measure=measure_id,
        on=day,
        same=same,
        outcome_then=outcome_then,
        outcome_now=decision.outcome,
        missing_then=missing_then,
        missing_now=decision.missing,
        library_then=str(stored.get("library", "unknown")),
        library_now=library_version(),
        changed_rules=changed_rules,
        changed_parameters=changed_parameters,
    )
