"""A catalogue: a value holding measures, the facts they read and the facts nobody can change.

The library's own measures form :data:`CATALOGUE`. A canton, a commune or an
NGO combines them with its own in a new value, ``CATALOGUE.with_measures(...)``,
in its own package: nothing is registered anywhere, and every function that
takes a catalogue (``check``, ``eligible_measures``, the batch functions, the
command line's ``--catalogue``) works on that value alone.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

from attrs import field, frozen

from integration_rules._core._plan import Plans, plans_of
from integration_rules._core._schema import Schema
from integration_rules._core._unique import each_once
from integration_rules.errors import InvalidArgument, UnknownMeasure, quote
from integration_rules.facts import FACTS
from integration_rules.measures._measure import Measure


def slug(text: str) -> str:
    """*text* as an id: accents dropped, lower case, words joined by hyphens.

    ``"Carrière au féminin"`` and ``"carriere_au_feminin"`` both give
    ``"carriere-au-feminin"``.
    """
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() or c == "+" else " " for c in plain.lower())
    return "-".join(words.replace("+", " plus").split())


def lookup(by_id: Mapping[str, Measure], measure_id: object) -> Measure:
    """The measure of *by_id* that *measure_id* names (a :class:`Measure` is returned as it is).

    Ids are matched without regard to case, accents, spaces or underscores.

    Raises:
        UnknownMeasure: Naming the id and listing the known ones.
    """
    if isinstance(measure_id, Measure):
        return measure_id
    if isinstance(measure_id, str):
        found = by_id.get(measure_id) or by_id.get(measure_id.strip().lower())
        if found is None:
            found = by_id.get(slug(measure_id))
        if found is not None:
            return found
    raise UnknownMeasure(measure_id, tuple(sorted(by_id)))


def _to_measures(value: Iterable[Measure]) -> tuple[Measure, ...]:
    if isinstance(value, Measure | str) or not isinstance(value, Iterable):
        raise InvalidArgument(
            "measures", f"expected a collection of Measure values, got {quote(value)}"
        )
    measures = tuple(value)
    for found in measures:
        if not isinstance(found, Measure):
            raise InvalidArgument(
                "measures", f"expected Measure values, got {type(found).__name__}"
            )
    each_once((m.id for m in measures), "measures", "measure id")
    return measures


def _to_names(value: Collection[str]) -> frozenset[str]:
    return frozenset(value)


def _check_schema(_instance: object, _attribute: object, value: Any) -> None:
    if not isinstance(value, Schema):
        raise InvalidArgument(
            "schema", f"expected a Schema (FACTS or FACTS.extended(...)), got {quote(value)}"
        )


def _catalogue(
    measures: tuple[Measure, ...], schema: Schema, fixed: frozenset[str]
) -> Catalogue:
    """A catalogue again, from what :meth:`Catalogue.__reduce__` kept (unpickling)."""
    return Catalogue(measures, schema=schema, fixed=fixed)


@frozen(repr=False)
class Catalogue:
    """Measures, the schema of the facts they read, and the facts a person cannot change.

    A value: :meth:`with_measures` returns a new catalogue. Every measure
    must read facts of *schema* only, and each id appears once.

    Attributes:
        measures: The measures, in the order listings show them.
        schema: The facts the measures read (the built-in
            :data:`~integration_rules.facts.FACTS`, or a schema extended
            with facts of one's own).
        fixed: Facts a person cannot change beyond those the schema
            declares ``fixed`` (a birth date): the path to eligibility never
            proposes to change them. :attr:`fixed` holds both.

    Raises:
        InvalidArgument: Naming ``measures`` for an id given twice or a
            measure that reads a fact the schema does not declare (with the
            closest declared name).

    Example:
        >>> from integration_rules.measures import CATALOGUE
        >>> len(CATALOGUE) == len(CATALOGUE.ids), "formavenir" in CATALOGUE
        (True, True)
    """

    measures: tuple[Measure, ...] = field(converter=_to_measures)
    schema: Schema = field(default=FACTS, validator=_check_schema, kw_only=True)
    fixed: frozenset[str] = field(default=frozenset(), converter=_to_names, kw_only=True)
    _by_id: Mapping[str, Measure] = field(
        init=False, eq=False, hash=False, repr=False, default=None
    )
    # Each measure's id, label and rule, in order: what each of its decisions names.
    _heads: tuple[tuple[str, Any, Any], ...] = field(
        init=False, eq=False, hash=False, repr=False, default=()
    )
    # The measures' rules compiled together (see plans), on first use: a cache, not a value.
    _plans: Plans | None = field(init=False, eq=False, hash=False, repr=False, default=None)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "fixed", self.fixed | self.schema.fixed)
        for found in self.measures:
            for fact in sorted(found.rule.facts()):
                if fact not in self.schema:
                    raise InvalidArgument(
                        "measures",
                        f"measure {quote(found.id)} reads {quote(fact)}, which is "
                        f"{self.schema.unknown(fact, 'a fact of the schema')}",
                    )
        object.__setattr__(
            self, "_by_id", MappingProxyType({m.id: m for m in self.measures})
        )
        object.__setattr__(self, "_heads", tuple((m.id, m.label, m.rule) for m in self.measures))

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # The value, without its caches (the index and the plans are built again).
        return (_catalogue, (self.measures, self.schema, self.fixed))

    @property
    def plans(self) -> Plans:
        """Every measure's rule compiled into one function, reading each fact once (on first use)."""
        found = self._plans
        if found is None:
            found = plans_of([m.rule for m in self.measures])
            object.__setattr__(self, "_plans", found)
        return found

    @property
    def heads(self) -> tuple[tuple[str, Any, Any], ...]:
        """Each measure's id, label and rule, in order (what each of its decisions names)."""
        return self._heads

    def __repr__(self) -> str:
        return f"Catalogue({len(self.measures)} measures, {len(self.schema)} facts)"

    def __len__(self) -> int:
        return len(self.measures)

    def __iter__(self) -> Iterator[Measure]:
        return iter(self.measures)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Measure):
            return self._by_id.get(item.id) == item
        return isinstance(item, str) and item in self._by_id

    def __getitem__(self, measure_id: str) -> Measure:
        return self.find(measure_id)

    @property
    def ids(self) -> tuple[str, ...]:
        """The measures' ids, in order."""
        return tuple(self._by_id)

    def find(self, measure_id: str | Measure) -> Measure:
        """The measure *measure_id* names (matched without regard to case, accents, spaces).

        A :class:`Measure` value is returned as it is: a reading made with
        ``with_parameters`` is evaluated with its own rule.

        Raises:
            UnknownMeasure: Naming the id and listing this catalogue's ids.
        """
        return lookup(self._by_id, measure_id)

    def with_measures(
        self,
        *measures: Measure,
        schema: Schema | None = None,
        fixed: Collection[str] = (),
    ) -> Catalogue:
        """A new catalogue: this one's measures and *measures*, over *schema* (this one's by default).

        A measure whose id is already in the catalogue replaces it, in place
        (a canton's own reading of a measure). *fixed* adds facts a person
        cannot change.

        Example:
            >>> from integration_rules.measures import CATALOGUE
            >>> smaller = Catalogue(CATALOGUE.measures[:2])
            >>> smaller.ids
            ('formavenir', 'carriere-au-feminin')
        """
        replaced = {m.id: m for m in _to_measures(measures)}
        kept = tuple(replaced.pop(m.id, m) for m in self.measures)
        return Catalogue(
            (*kept, *replaced.values()),
            schema=self.schema if schema is None else schema,
            fixed=self.fixed | frozenset(fixed),
        )
