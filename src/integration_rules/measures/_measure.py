"""A measure: who may join it (a rule) and what it is (data)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from attrs import field, frozen
from attrs.validators import deep_iterable, instance_of, optional

from integration_rules._core import Parameter, Period, Rule, Source, Text
from integration_rules.errors import InvalidRule


@frozen
class Organisation:
    """A service, office or provider, by its usual abbreviation and its names.

    Example:
        >>> Organisation("CMS", Text.same("centres médico-sociaux")).code
        'CMS'
    """

    code: str = field(validator=instance_of(str))
    name: Text = field(validator=instance_of(Text))

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {"code": self.code, "name": self.name.to_dict()}


_organisations = deep_iterable(instance_of(Organisation), instance_of(tuple))


def _to_organisations(value: Iterable[Organisation]) -> tuple[Organisation, ...]:
    return tuple(value)


def _to_parameters(value: Iterable[Parameter[Any]]) -> tuple[Parameter[Any], ...]:
    return tuple(value)


def _to_texts(value: Iterable[Text]) -> tuple[Text, ...]:
    return tuple(value)


def _check_rule(_instance: object, _attribute: object, value: Any) -> None:
    if not isinstance(value, Rule):
        raise InvalidRule(f"rule: expected a rule, got {type(value).__name__}")


@frozen(kw_only=True)
class Measure:
    """An integration measure: its eligibility rule and its metadata, as data.

    Attributes:
        id: The stable id used by :func:`integration_rules.check`, e.g. ``"formavenir"``.
        label: The measure's name in French, German and English.
        summary: One sentence on what the measure is for.
        rule: Who may join it; the rule carries the period in force.
        source: The document the measure is described in.
        responsible: The services responsible for the measure.
        providers: The organisations that deliver it.
        referrers: The services that may refer a person to it.
        capacity: The planned number of participants, as a parameter.
        period_parameters: The parameters the period in force is derived
            from (a start date, a length in years).
        format: How the measure is delivered.
        notes: What the source says that the rule does *not* require, and
            readings of vague text worth knowing.
    """

    id: str = field(validator=instance_of(str))
    label: Text = field(validator=instance_of(Text))
    summary: Text = field(validator=instance_of(Text))
    rule: Rule = field(validator=_check_rule)
    source: Source = field(validator=instance_of(Source))
    responsible: tuple[Organisation, ...] = field(
        default=(), converter=_to_organisations, validator=_organisations
    )
    providers: tuple[Organisation, ...] = field(
        default=(), converter=_to_organisations, validator=_organisations
    )
    referrers: tuple[Organisation, ...] = field(
        default=(), converter=_to_organisations, validator=_organisations
    )
    capacity: Parameter[int] | None = field(
        default=None, validator=optional(instance_of(Parameter))
    )
    period_parameters: tuple[Parameter[Any], ...] = field(
        default=(), converter=_to_parameters
    )
    format: Text | None = field(default=None, validator=optional(instance_of(Text)))
    notes: tuple[Text, ...] = field(default=(), converter=_to_texts)

    @property
    def in_force(self) -> Period | None:
        """The period in which the measure's rule applies (both ends included)."""
        return self.rule.in_force

    def parameters(self) -> tuple[Parameter[Any], ...]:
        """Every parameter of the measure: its rule's, its period's, then its capacity."""
        extra = (self.capacity,) if self.capacity is not None else ()
        return tuple(
            dict.fromkeys((*self.rule.parameters(), *self.period_parameters, *extra))
        )

    def to_dict(self) -> dict[str, Any]:
        """The measure's metadata as JSON-ready data (the rule by id)."""
        return {
            "id": self.id,
            "label": self.label.to_dict(),
            "summary": self.summary.to_dict(),
            "rule": self.rule.id,
            "facts": sorted(self.rule.facts()),
            "source": self.source.to_dict(),
            "in_force": self.in_force.to_dict() if self.in_force else None,
            "responsible": [o.to_dict() for o in self.responsible],
            "providers": [o.to_dict() for o in self.providers],
            "referrers": [o.to_dict() for o in self.referrers],
            "capacity": self.capacity.to_dict() if self.capacity else None,
            "format": self.format.to_dict() if self.format else None,
            "parameters": [p.to_dict() for p in self.parameters()],
            "notes": [n.to_dict() for n in self.notes],
        }
