"""Reading facts from a subject, and the values a rule's answer turns on.

A subject is any object whose attributes are the facts, or a mapping from
fact names to values. A fact whose value is ``None`` is *unknown*.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

from attrs import frozen

from integration_rules._core._node import ParameterUse
from integration_rules._core._parameters import Parameter
from integration_rules._core._text import Phrase, Text
from integration_rules.errors import EvaluationError
from integration_rules.explain.json import value as json_value

#: The mutable collections a fact may be given as; read as their frozen forms.
MUTABLE: Final = frozenset({set, list})


def _is_mapping_type(kind: type) -> bool:
    """Whether subjects of type *kind* are read by key (a mapping) or by attribute."""
    return issubclass(kind, Mapping)


#: Whether subjects of a type are read by key (a mapping) or by attribute: a pure
#: function of the type, remembered (an ABC check costs more than reading a fact).
is_mapping_type: Final[Callable[[type], bool]] = functools.cache(_is_mapping_type)


def read_fact(subject: object, name: str) -> Any:
    """The value of fact *name* on *subject*; ``None`` means unknown.

    A mapping subject is sparse: an absent key is an unknown fact. An object
    subject must have the attribute: a rule that reads a fact the subject
    does not have is a programming error, not an unknown fact.

    Raises:
        EvaluationError: If *subject* is an object without attribute *name*.
    """
    kind = type(subject)
    if kind is dict or is_mapping_type(kind):
        # By key, never by attribute: a fact named "values" is not the method.
        return subject.get(name)  # type: ignore[attr-defined]
    try:
        return getattr(subject, name)
    except AttributeError:
        raise EvaluationError(
            name,
            f"a rule reads this fact, but a {kind.__name__} has no such field",
        ) from None


def frozen_fact(value: Any) -> Any:
    """A read fact as an immutable value, so that explanations cannot change afterwards."""
    kind = type(value)
    if kind is set:
        return frozenset(value)
    if kind is list:
        return tuple(value)
    return value


def date_fact(rule_id: str, fact: str, value: Any) -> dt.date:
    """*value* of *fact* as a date, or the library's error naming the fact and the rule."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise EvaluationError(fact, f"rule {rule_id!r} expects a date")
    return value


def show(value: object) -> str:
    """How a value or parameter appears in a rule's id and repr."""
    if isinstance(value, Parameter):
        return value.id
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return "{" + ", ".join(sorted(repr(v) for v in value)) + "}"
    return repr(value)


def parameter_uses(values: Sequence[object], on: dt.date) -> tuple[ParameterUse, ...]:
    """The parameters among *values* as an explanation shows them on *on*."""
    return tuple(
        ParameterUse(v.id, v.label, v.value_on(on), v.source_on(on), v.note)
        for v in values
        if isinstance(v, Parameter)
    )


@frozen
class Breakpoint:
    """A day on which a rule's answer may change while the facts stay the same.

    Attributes:
        day: The first day of the new answer.
        rule_id: The rule whose answer may change.
        reason: Why, in three languages ("15th birthday", "end of the pilot").
    """

    day: dt.date
    rule_id: str
    reason: Text | Phrase


@frozen
class FactChange:
    """A change of one fact that could change a rule's answer: set *fact* to *value*.

    For a set-valued fact, *value* is the whole new set.
    """

    fact: str
    value: Any

    def to_dict(self) -> dict[str, Any]:
        """The change as JSON-ready data."""
        return {"fact": self.fact, "value": json_value(self.value)}
