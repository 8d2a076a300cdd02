"""Schemas, immutable sets of declared facts, and the records built over them.

A :class:`Schema` is an immutable set of :class:`~integration_rules._core._facts.Fact`
declarations with the checks that relate them
(:class:`~integration_rules._core._facts.Order`). :meth:`Schema.extended`
returns a new schema; there is no registry and nothing is ever changed in
place. The class of the records over a schema (:func:`record_class`) is made
from its declarations, once per schema value.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from collections.abc import Callable, Collection, Iterator, Mapping
from decimal import Decimal
from typing import Any, ClassVar, Final, Self

import attrs
from attrs import field, frozen

from integration_rules._core._facts import KINDS, Fact, Kind, Order
from integration_rules._core._money import Money
from integration_rules._core._unique import each_once
from integration_rules.errors import InvalidArgument, InvalidFact, UnknownFact, quote


def _to_facts(value: Collection[Fact]) -> tuple[Fact, ...]:
    facts = tuple(value)
    for fact in facts:
        if not isinstance(fact, Fact):
            raise InvalidArgument(
                "facts", f"expected Fact declarations, got {quote(fact)}"
            )
    each_once((f.name for f in facts), "facts", "fact declared")
    return facts


def _to_orders(value: Collection[Order]) -> tuple[Order, ...]:
    orders = tuple(value)
    for order in orders:
        if not isinstance(order, Order):
            raise InvalidArgument(
                "orders", f"expected Order values, got {quote(order)}"
            )
    return orders


@frozen(repr=False)
class Schema(Mapping[str, Fact]):
    """An immutable set of declared facts: a mapping of their names to their :class:`Fact`.

    A schema is a value: :meth:`extended` returns a new one, and nothing is
    registered anywhere. :meth:`person` builds a subject over the schema,
    each fact validated from its declaration.

    Attributes:
        facts: The declarations, in order (the order of keywords and columns).
        orders: The checks between facts (:class:`Order`).
        base: The schema this one extends, if any.
        record_name: The name of the class of the records built over it.
    """

    facts: tuple[Fact, ...] = field(converter=_to_facts)
    orders: tuple[Order, ...] = field(default=(), converter=_to_orders)
    base: Schema | None = field(default=None, kw_only=True)
    record_name: str = field(default="Record", kw_only=True)
    _index: Mapping[str, Fact] = field(
        init=False, eq=False, hash=False, repr=False, default=None
    )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_index", {f.name: f for f in self.facts})

    def __repr__(self) -> str:
        return f"Schema({len(self.facts)} facts)"

    def __getitem__(self, name: str) -> Fact:
        return self._index[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self.facts)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Fact):
            return self._index.get(item.name) == item
        return item in self._index

    @property
    def names(self) -> tuple[str, ...]:
        """The facts' names, in order."""
        return tuple(self._index)

    @property
    def fixed(self) -> frozenset[str]:
        """The names of the facts a person cannot change (declared ``fixed``)."""
        return frozenset(f.name for f in self.facts if f.fixed)

    def extended(self, *facts: Fact, orders: Collection[Order] = ()) -> Schema:
        """A new schema: this one's facts and *facts* (each a new name), and *orders*.

        Raises:
            InvalidArgument: Naming ``facts`` if a name is already declared.

        Example:
            >>> from integration_rules.rules import Text
            >>> base = Schema((Fact.boolean("employed", label=Text.same("employed")),))
            >>> months = Fact.integer("months_unemployed", minimum=0, label=Text.same("months"))
            >>> wider = base.extended(months)
            >>> "months_unemployed" in wider, "months_unemployed" in base
            (True, False)
        """
        for fact in facts:
            if isinstance(fact, Fact) and fact.name in self._index:  # type: ignore[redundant-expr] # a caller's value may be anything
                raise InvalidArgument(
                    "facts",
                    f"expected new facts, got {quote(fact.name)}, which the schema already declares",
                )
        return Schema(
            self.facts + _to_facts(facts),
            (*self.orders, *orders),
            base=self,
            record_name=self.record_name,
        )

    def suggestion(self, name: object) -> str | None:
        """The declared name closest to *name* (a typo's likely meaning), or ``None``."""
        if not isinstance(name, str):
            return None
        close = difflib.get_close_matches(name, self.names, n=1, cutoff=0.6)
        if not close:
            lowered = {n.lower(): n for n in self.names}
            return lowered.get(name.lower().replace("-", "_").replace(" ", "_"))
        return close[0]

    def unknown(self, name: object, what: str = "a fact of a person") -> str:
        """The message for a name that is not declared: the closest name, then the list."""
        hint = self.suggestion(name)
        did_you_mean = f'did you mean "{hint}"? ' if hint is not None else ""
        return f"not {what}; {did_you_mean}expected one of {', '.join(self.names)}"

    def fact(self, name: object) -> Fact:
        """The declaration of *name*.

        Raises:
            InvalidFact: Naming *name* (quoted if it is not a plain name), with
                the closest declared name as a suggestion.
        """
        found = self._index.get(name) if isinstance(name, str) else None
        if found is None:
            raise UnknownFact(
                name if isinstance(name, str) and name.isidentifier() else quote(name),
                self.unknown(name),
            )
        return found

    @property
    def record_class(self) -> type[Record]:
        """The class of the subjects built over this schema (made once per schema)."""
        return record_class(self)

    def person(self, **facts: Any) -> Record:
        """A subject over this schema: every declared fact a keyword, validated from its declaration.

        Raises:
            InvalidFact: For a keyword that is not declared (with the closest
                name), or a value its declaration refuses.
        """
        return self.record_class.from_mapping(facts)

    def person_from_mapping(self, raw: Mapping[str, Any]) -> Record:
        """A subject over this schema from JSON- or TOML-like data (see :meth:`Record.from_mapping`)."""
        return self.record_class.from_mapping(raw)


class Record:
    """What is known about one subject, over a :class:`Schema`: every fact defaults to unknown.

    The classes of records are made from a schema's declarations
    (:attr:`Schema.record_class`); :class:`~integration_rules.Person` is the
    one of the built-in facts. A record is immutable; its ``repr`` lists which
    facts are known, never their values.
    """

    __slots__ = ()
    schema: ClassVar[Schema]

    def __attrs_post_init__(self) -> None:
        for order in self.schema.orders:
            day = order.violation(self)
            if day is not None:
                raise InvalidFact(
                    order.field,
                    f"expected {order.expected}, got {quote(day.isoformat())}",
                )

    def __repr__(self) -> str:
        known = self.known_facts()
        return f"{type(self).__name__}(known={sorted(known)!r}, unknown={len(self.schema) - len(known)})"

    def known_facts(self) -> frozenset[str]:
        """The names of the facts whose value is known."""
        return frozenset(
            name for name in self.schema if getattr(self, name) is not None
        )

    def with_facts(self, **facts: Any) -> Self:
        """A copy with *facts* set (``None`` makes a fact unknown again), validated as a new one is.

        Raises:
            InvalidFact: For a value the fact does not accept, or a keyword
                that is not a fact (naming it, with the closest fact's name).
        """
        for name in facts:
            self.schema.fact(name)
        return attrs.evolve(self, **facts)  # type: ignore[misc] # an attrs class made at run time

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> Self:
        """Build one from JSON- or TOML-like data: the one door for raw records.

        Keys are the facts' names; a missing key or a ``null`` is an unknown
        fact; an undeclared key is an error with the closest declared name,
        so that a typo (``"birthdate"``) is caught instead of read as unknown.

        Raises:
            InvalidFact: Naming the first offending field.
            InvalidArgument: If *raw* is not a mapping.
        """
        if not isinstance(raw, Mapping):
            raise InvalidArgument(
                "raw",
                f"expected a mapping of fact names to values, got {type(raw).__name__}",
            )
        for name in raw:
            cls.schema.fact(name)
        return cls(**raw)

    def to_mapping(self) -> dict[str, Any]:
        """The facts as JSON-ready data (ISO dates, sorted lists, strings for decimals, ``None`` for unknown).

        ``type(p).from_mapping(p.to_mapping()) == p`` for every record ``p``.
        """
        out: dict[str, Any] = {}
        for name in self.schema:
            out[name] = json_ready(getattr(self, name))
        return out


def json_ready(value: Any) -> Any:
    """A fact's value as JSON-ready data, read back by its converter as the same value."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return [v.isoformat() if isinstance(v, dt.date) else v for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Money):
        return str(value.amount)
    return value


def _field_converter(fact: Fact) -> Callable[[Any], Any]:
    """The fact's converter, annotated so that ``inspect.signature`` shows what it accepts."""

    def converted(value: Any) -> Any:
        return fact.convert(value)

    converted.__annotations__ = {
        "value": fact.input_type | None,  # type: ignore[operator]
        "return": fact.value_type | None,  # type: ignore[operator]
    }
    converted.__name__ = converted.__qualname__ = f"_{fact.name}"
    return converted


@functools.cache
def record_class(schema: Schema) -> type[Record]:
    """The class of records over *schema*: one field per fact, made once per schema value."""
    base: type[Record] = Record if schema.base is None else record_class(schema.base)
    inherited = frozenset(() if schema.base is None else schema.base.names)
    own: dict[str, Any] = {
        fact.name: attrs.field(
            default=None,
            converter=_field_converter(fact),
            type=fact.value_type | None,  # type: ignore[operator]
            metadata={"fact": fact},
        )
        for fact in schema.facts
        if fact.name not in inherited
    }
    made = attrs.make_class(
        schema.record_name,
        own,
        bases=(base,),
        frozen=True,
        kw_only=True,
        slots=True,
        repr=False,
        weakref_slot=False,
    )
    made.schema = schema  # type: ignore[attr-defined] # a class attribute of Record
    made.__init__ = _named_keywords(made.__init__, schema)  # type: ignore[misc]
    return made


def _named_keywords(init: Callable[..., None], schema: Schema) -> Callable[..., None]:
    """*init*, with the library's error for a keyword that is not a fact (and the closest name)."""

    @functools.wraps(init)  # inspect.signature shows init's keywords and their types
    def __init__(self: Record, *args: Any, **facts: Any) -> None:  # noqa: N807 - the class's __init__
        try:
            init(self, *args, **facts)  # positional values: Python's own TypeError
        except TypeError:
            for name in facts:
                schema.fact(name)  # raises InvalidFact naming it, with the closest name
            raise

    return __init__


#: How each kind's value and input types are written in a generated module.
_TYPE_TEXT: Final[Mapping[Kind, tuple[str, str]]] = {
    "bool": ("bool", "bool | str"),
    "date": ("dt.date", "dt.date | str"),
    "integer": ("int", "int | str"),
    "decimal": ("Decimal", "Decimal | int | str"),
    "money": ("Money", "Money | Decimal | int | str"),
    "category": ("str", "str"),
    "set": ("frozenset[str]", "Collection[str]"),
    "sequence": ("tuple[str, ...]", "Collection[str]"),
    "dates": ("tuple[dt.date, ...]", "Collection[dt.date | str]"),
}


def typed_source(schema: Schema, generator: str) -> str:
    """A module that declares the record class of *schema* statically, for type checkers and IDEs.

    The class made at run time (:func:`record_class`) has the same fields;
    this text lets mypy, pyright and editors see its keywords and their
    types. *generator* is the command that writes it (named in its header).
    """
    fields = "\n".join(
        f"    {f.name}: {_TYPE_TEXT[f.kind][0]} | None" for f in schema.facts
    )
    used = {f.kind for f in schema.facts}
    imports = "\n".join(
        line
        for line, kinds in (
            ("import datetime as dt", {"date", "dates"}),
            ("from collections.abc import Collection", {"set", "sequence", "dates"}),
            ("from decimal import Decimal", {"decimal", "money"}),
            ("", set(KINDS)),
            ("from attrs import frozen", set(KINDS)),
            ("", set(KINDS)),
            ("from integration_rules._core._money import Money", {"money"}),
            ("from integration_rules._core._schema import Record", set(KINDS)),
        )
        if used & kinds
    )
    keywords = "\n".join(
        f"        {f.name}: {_TYPE_TEXT[f.kind][1]} | None = None,"
        for f in schema.facts
    )
    return f'''"""The {schema.record_name} class as type checkers see it: generated, do not edit.

Written by ``{generator}`` from the facts' declarations; a test checks that
it is up to date. At run time the class is made from the same declarations.
"""

from __future__ import annotations

{imports}


@frozen(kw_only=True, init=False)
class {schema.record_name}(Record):
    """What is known about one subject (see the run-time class)."""

{fields}

    def __init__(
        self,
        *,
{keywords}
    ) -> None: ...
'''
