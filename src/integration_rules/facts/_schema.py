"""The kind of each fact of a person, as :data:`FACT_KINDS` gives it: a view of the declarations."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from attrs import frozen

from integration_rules._core._facts import Kind
from integration_rules._core._schema import Schema
from integration_rules.facts._person import FACTS


@frozen
class FactKind:
    """The kind of a fact, and its values when they form a closed list.

    Attributes:
        kind: One of ``"bool"``, ``"date"``, ``"integer"``, ``"decimal"``,
            ``"money"``, ``"category"`` (one code), ``"set"`` (a set of codes),
            ``"sequence"`` (an ordered list of codes) or ``"dates"`` (a list of
            dates).
        values: The codes, in order (for a scale, lowest first); empty when
            the list is open (a domicile code).
    """

    kind: Kind
    values: tuple[str, ...] = ()


def kinds(schema: Schema) -> Mapping[str, FactKind]:
    """The :class:`FactKind` of every fact of *schema*, by name (read from the declarations)."""
    return MappingProxyType({f.name: FactKind(f.kind, f.values) for f in schema.facts})


#: The kind of every fact of :class:`~integration_rules.Person` (read from :data:`FACTS`).
FACT_KINDS: Final[Mapping[str, FactKind]] = kinds(FACTS)
