"""Fingerprints of rules: what a stored decision ran, so that it can be checked years later.

A rule's fingerprint is a SHA-256 of its structure: its kind, its id, its
arguments as its generated id shows them (a parameter by its id), its period
in force and its parts' fingerprints. The parameters' values on the date are
recorded beside it, by id: together they say which rule and which reading
produced a decision, and, when a later library gives another answer, which
rule or which parameter changed.

A predicate's function is fingerprinted by its name only: a change inside
the function's code is not seen.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from typing import Any, Final

from integration_rules._core._ops import operation
from integration_rules._core._parameters import Parameter
from integration_rules.errors import NoValueOnDate
from integration_rules.explain.json import value as json_value

#: How a fingerprint is written: the algorithm, then the hex digest.
PREFIX: Final = "sha256:"


def _own_id(rule: Any) -> str:
    return str(rule.id)


def rule_fingerprints(rule: Any) -> dict[str, str]:
    """The fingerprint of *rule* and of every rule inside it, by id (each part before its whole)."""
    found: dict[str, str] = {}
    _fingerprint(rule, found)
    return found


def _fingerprint(rule: Any, found: dict[str, str]) -> str:
    op = operation(rule)
    parts = [_fingerprint(part, found) for part in op.parts(rule)]
    period = rule.in_force
    shown = "|".join(
        (
            op.kind,
            rule.id,
            op.ident(rule, _own_id),
            "" if period is None else f"{period.start}..{period.end}",
            *parts,
        )
    )
    digest = PREFIX + hashlib.sha256(shown.encode("utf-8")).hexdigest()
    found[rule.id] = digest  # after its parts: of two rules with one id, the outer one
    return digest


def parameter_values(rule: Any, on: dt.date) -> dict[str, Any]:
    """The value of every parameter *rule* reads, on *on*, by id, as JSON-ready data."""
    values: dict[str, Any] = {}
    for parameter in rule.parameters():
        values[parameter.id] = _value_on(parameter, on)
    return values


def _value_on(parameter: Parameter[Any], on: dt.date) -> Any:
    try:
        return json_value(parameter.value_on(on))
    except NoValueOnDate:
        return None


def fingerprint(rule: Any, on: dt.date) -> str:
    """One fingerprint of *rule* and of its parameters' values on *on*."""
    root = _fingerprint(rule, {})
    values = sorted(parameter_values(rule, on).items())
    shown = root + "|" + repr(values)
    return PREFIX + hashlib.sha256(shown.encode("utf-8")).hexdigest()


@functools.cache
def library_version() -> str:
    """The installed version of the library (``0+unknown`` from a bare source tree)."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - slow to import

    try:
        return version("integration-rules")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


def facts_read(root: Any) -> dict[str, Any]:
    """The facts an explanation tree read, by name, as JSON-ready data (``None`` if unknown)."""
    found: dict[str, Any] = {}
    for node in root.walk():
        for name, value in node.facts:
            found.setdefault(name, json_value(value))
    return dict(sorted(found.items()))


def record(rule: Any, on: dt.date, root: Any) -> dict[str, Any]:
    """What a stored decision needs to be checked later: who ran what on which facts.

    ``library`` (the version), ``fingerprint`` (the rule and its parameters'
    values on *on*), ``rules`` (each rule's own fingerprint, by id),
    ``parameters`` (their values on *on*) and ``facts`` (the facts read).
    """
    return {
        "library": library_version(),
        "fingerprint": fingerprint(rule, on),
        "rules": rule_fingerprints(rule),
        "parameters": parameter_values(rule, on),
        "facts": facts_read(root),
    }
