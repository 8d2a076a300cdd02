"""Facts declared as data, and schemas: immutable sets of facts.

A :class:`Fact` says what one fact of a subject is: its name, its kind
(yes/no, date, integer, decimal, money, category, set of values, sequence,
list of dates), its bounds or values, its labels in three languages, a
description and a source. Everything else is derived from the declarations:
the converter that validates a given value, the fields of the records built
over a :class:`Schema`, the kinds the columnar engine encodes, the
Hypothesis strategies that generate values, the reference documentation.

The checks that relate two facts are :class:`Order` values. Schemas and the
records built over them are in :mod:`integration_rules._core._schema`.
"""

from __future__ import annotations

import datetime as dt
import keyword
from collections.abc import Callable, Collection, Mapping
from decimal import Decimal
from typing import Any, Final, Literal, Self

import attrs
from attrs import field, frozen

from integration_rules._core import _convert as conv
from integration_rules._core._money import Money
from integration_rules._core._sources import Source
from integration_rules._core._text import Text
from integration_rules.errors import InvalidArgument, quote

Kind = Literal[
    "bool",
    "date",
    "integer",
    "decimal",
    "money",
    "category",
    "set",
    "sequence",
    "dates",
]

#: The kinds of fact, as :attr:`Fact.kind` spells them.
KINDS: Final[tuple[Kind, ...]] = (
    "bool",
    "date",
    "integer",
    "decimal",
    "money",
    "category",
    "set",
    "sequence",
    "dates",
)

#: The type a known value of each kind has, and what a caller may give for it.
VALUE_TYPES: Final[Mapping[Kind, tuple[object, object]]] = {
    "bool": (bool, bool | str),
    "date": (dt.date, dt.date | str),
    "integer": (int, int | str),
    "decimal": (Decimal, Decimal | int | str),
    "money": (Money, Money | Decimal | int | str),
    "category": (str, str),
    "set": (frozenset[str], Collection[str]),
    "sequence": (tuple[str, ...], Collection[str]),
    "dates": (tuple[dt.date, ...], Collection[dt.date | str]),
}


def _check_name(_instance: object, _attribute: object, value: Any) -> None:
    if (
        not isinstance(value, str)
        or not value.isidentifier()
        or not value.isascii()
        or keyword.iskeyword(value)
        or value.startswith("_")
    ):
        raise InvalidArgument(
            "name",
            "expected a fact name: an ASCII Python identifier that is not a keyword "
            f"and does not start with _, got {quote(value)}",
        )


def _check_kind(_instance: object, _attribute: object, value: Any) -> None:
    if value not in KINDS:
        raise InvalidArgument(
            "kind", f"expected one of {conv.listing(KINDS)}, got {quote(value)}"
        )


def _check_label(_instance: object, _attribute: object, value: Any) -> None:
    if not isinstance(value, Text):
        raise InvalidArgument(
            "label",
            "expected a Text (French, German, English), e.g. "
            f'Text("mois de chômage", "Monate arbeitslos", "months unemployed"), got {quote(value)}',
        )


def _to_examples(value: Collection[str]) -> tuple[str, ...]:
    return tuple(value)


def _to_codes(value: Collection[str]) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Collection):
        raise InvalidArgument("values", f"expected a list of codes, got {quote(value)}")
    codes: tuple[Any, ...] = tuple(value)
    if not all(isinstance(c, str) and c.strip() and c == c.strip() for c in codes):
        raise InvalidArgument(
            "values",
            f"expected codes: non-empty texts without surrounding spaces, got {quote(codes)}",
        )
    if len({conv.key(c) for c in codes}) != len(codes):
        raise InvalidArgument(
            "values",
            f"expected distinct codes (case, _ and - aside), got {quote(codes)}",
        )
    return codes


@frozen(repr=False)
class Fact:
    """One fact of a subject, declared as data.

    Build one with the constructor of its kind: :meth:`boolean`, :meth:`date`,
    :meth:`integer`, :meth:`decimal`, :meth:`money`, :meth:`category`,
    :meth:`set_of`, :meth:`sequence` or :meth:`dates`.

    Attributes:
        name: The fact's name: the keyword of a person, the column of a caseload.
        kind: One of :data:`KINDS`.
        label: What the fact is, in French, German and English.
        values: The codes of a category, set or sequence, in order (for a
            scale, lowest first); empty for an open list (a category only).
        minimum: The least value accepted (integer, decimal, money, date).
        maximum: The greatest value accepted.
        places: The decimal places a decimal or money value may have.
        currency: The currency of a money fact.
        in_order: For a sequence: the codes happen in the order of *values*
            and none is skipped (the value is always a first part of *values*).
        fixed: A fact a person cannot change (a birth date, a date of
            arrival): the path to eligibility never proposes to change it.
        description: A longer explanation, for the documentation.
        source: Where the fact is defined (a law's article, a form).
        parse: A converter of one's own, for a value whose checks go beyond
            its kind (an ISO 3166-2 code); it replaces the kind's converter.
        examples: For an open category: values it accepts, for generated
            test data and the documentation.

    Example:
        >>> months = Fact.integer("months_unemployed", minimum=0,
        ...     label=Text("mois de chômage", "Monate arbeitslos", "months unemployed"))
        >>> months.convert("7"), months.convert(None)
        (7, None)
        >>> months.convert(-1)
        Traceback (most recent call last):
          ...
        integration_rules.errors.InvalidFact: months_unemployed: expected a whole number of at least 0, got -1
    """

    name: str = field(validator=_check_name)
    kind: Kind = field(validator=_check_kind)
    label: Text = field(validator=_check_label, kw_only=True)
    values: tuple[str, ...] = field(default=(), converter=_to_codes, kw_only=True)
    minimum: Any = field(default=None, kw_only=True)
    maximum: Any = field(default=None, kw_only=True)
    places: int | None = field(default=None, kw_only=True)
    currency: str | None = field(default=None, kw_only=True)
    in_order: bool = field(default=False, kw_only=True)
    fixed: bool = field(default=False, kw_only=True)
    description: str = field(default="", kw_only=True)
    source: Source | None = field(default=None, kw_only=True)
    parse: Callable[[Any], Any] | None = field(default=None, kw_only=True)
    examples: tuple[str, ...] = field(default=(), converter=_to_examples, kw_only=True)
    _converter: Callable[[Any], Any] = field(
        init=False, eq=False, hash=False, repr=False, default=None
    )

    def __attrs_post_init__(self) -> None:
        if self.kind in {"set", "sequence"} and not self.values:
            raise InvalidArgument(
                "values",
                f"a {self.kind} fact needs its codes, got none for {quote(self.name)}",
            )
        if self.values and self.kind not in {"category", "set", "sequence"}:
            raise InvalidArgument(
                "values", f"a {self.kind} fact has no codes, got {quote(self.values)}"
            )
        made = self.parse if self.parse is not None else _converter_of(self)
        object.__setattr__(self, "_converter", made)

    def __repr__(self) -> str:
        return f"Fact({self.name!r}, {self.kind!r})"

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # The declaration, not its converter (a closure): rebuilt from the fields when unpickled.
        fields = attrs.fields(Fact)
        return (_declared, tuple(getattr(self, f.name) for f in fields if f.init))

    def convert(self, value: Any) -> Any:
        """*value* in canonical form (``None`` stays unknown), or the error naming this fact.

        Raises:
            InvalidFact: Naming the fact, what was expected and the value given.
        """
        return self._converter(value)

    @property
    def value_type(self) -> object:
        """The type of a known value (``int``, ``datetime.date``, ``frozenset[str]``…)."""
        return VALUE_TYPES[self.kind][0]

    @property
    def input_type(self) -> object:
        """What a caller may give for this fact, ``None`` aside (``datetime.date | str``…)."""
        return VALUE_TYPES[self.kind][1]

    # -- one constructor per kind --------------------------------------------------------------

    @classmethod
    def boolean(
        cls,
        name: str,
        *,
        label: Text,
        description: str = "",
        source: Source | None = None,
        fixed: bool = False,
    ) -> Self:
        """A yes/no fact: ``True``, ``False`` or the strings ``"true"``/``"false"``/``"yes"``/``"no"``."""
        return cls(name, "bool", label=label, description=description, source=source, fixed=fixed)

    @classmethod
    def date(
        cls,
        name: str,
        *,
        label: Text,
        minimum: dt.date = conv.EARLIEST,
        maximum: dt.date | None = None,
        description: str = "",
        source: Source | None = None,
        fixed: bool = False,
    ) -> Self:
        """A date fact: a ``date`` or an ISO 8601 string, on or after *minimum* (1900-01-01)."""
        return cls(
            name,
            "date",
            label=label,
            minimum=minimum,
            maximum=maximum,
            description=description,
            source=source,
            fixed=fixed,
        )

    @classmethod
    def integer(
        cls,
        name: str,
        *,
        label: Text,
        minimum: int | None = None,
        maximum: int | None = None,
        description: str = "",
        source: Source | None = None,
        fixed: bool = False,
    ) -> Self:
        """A whole number (a count of months, of weeks, of persons), within its bounds."""
        return cls(
            name,
            "integer",
            label=label,
            minimum=minimum,
            maximum=maximum,
            description=description,
            source=source,
            fixed=fixed,
        )

    @classmethod
    def decimal(
        cls,
        name: str,
        *,
        label: Text,
        places: int = 2,
        minimum: Decimal | int | str | None = None,
        maximum: Decimal | int | str | None = None,
        description: str = "",
        source: Source | None = None,
        fixed: bool = False,
    ) -> Self:
        """A decimal number with at most *places* decimal places (a rate, a share of full time)."""
        return cls(
            name,
            "decimal",
            label=label,
            places=places,
            minimum=None if minimum is None else Decimal(minimum),
            maximum=None if maximum is None else Decimal(maximum),
            description=description,
            source=source,
            fixed=fixed,
        )

    @classmethod
    def money(
        cls,
        name: str,
        *,
        label: Text,
        currency: str = "CHF",
        places: int = 2,
        minimum: Money | Decimal | int | str | None = None,
        maximum: Money | Decimal | int | str | None = None,
        description: str = "",
        source: Source | None = None,
        fixed: bool = False,
    ) -> Self:
        """An amount of money in *currency*, with at most *places* decimal places (cents)."""
        return cls(
            name,
            "money",
            label=label,
            currency=currency,
            places=places,
            minimum=_money_bound(minimum, currency),
            maximum=_money_bound(maximum, currency),
            description=description,
            source=source,
            fixed=fixed,
        )

    @classmethod
    def category(
        cls,
        name: str,
        values: Collection[str] = (),
        *,
        label: Text,
        description: str = "",
        source: Source | None = None,
        fixed: bool = False,
        parse: Callable[[Any], Any] | None = None,
        examples: Collection[str] = (),
    ) -> Self:
        """One code of a closed list (matched without regard to case), or of an open one (no *values*)."""
        return cls(
            name,
            "category",
            label=label,
            values=values,
            description=description,
            source=source,
            fixed=fixed,
            parse=parse,
            examples=examples,
        )

    @classmethod
    def set_of(
        cls,
        name: str,
        values: Collection[str],
        *,
        label: Text,
        description: str = "",
        source: Source | None = None,
        fixed: bool = False,
    ) -> Self:
        """A set of codes drawn from *values*; an empty set means *known to be none*."""
        return cls(
            name,
            "set",
            label=label,
            values=values,
            description=description,
            source=source,
            fixed=fixed,
        )

    @classmethod
    def sequence(
        cls,
        name: str,
        values: Collection[str],
        *,
        label: Text,
        in_order: bool = False,
        description: str = "",
        source: Source | None = None,
        fixed: bool = False,
    ) -> Self:
        """An ordered list of codes from *values*; with *in_order*, the first steps of *values*."""
        return cls(
            name,
            "sequence",
            label=label,
            values=values,
            in_order=in_order,
            description=description,
            source=source,
            fixed=fixed,
        )

    @classmethod
    def dates(
        cls,
        name: str,
        *,
        label: Text,
        description: str = "",
        source: Source | None = None,
        fixed: bool = False,
    ) -> Self:
        """A list of dates (kept sorted); an empty list means *known to be none*."""
        return cls(name, "dates", label=label, description=description, source=source, fixed=fixed)


def _money_bound(
    value: Money | Decimal | int | str | None, currency: str
) -> Money | None:
    if value is None or isinstance(value, Money):
        return value
    return Money.of(value, currency)  # type: ignore[arg-type]


#: How the converter of each kind of fact is made from its declaration: one entry per kind.
_CONVERTERS: Final[Mapping[str, Callable[[Fact], Callable[[Any], Any]]]] = {
    "bool": lambda f: conv.to_bool(f.name),
    "date": lambda f: conv.to_date(f.name, f.minimum or conv.EARLIEST, f.maximum),
    "integer": lambda f: conv.to_integer(f.name, f.minimum, f.maximum),
    "decimal": lambda f: conv.to_decimal(f.name, f.places or 0, f.minimum, f.maximum),
    "money": lambda f: conv.to_money(
        f.name, f.currency or "CHF", f.places or 0, f.minimum, f.maximum
    ),
    "category": lambda f: (
        conv.to_choice(f.name, f.values) if f.values else conv.to_code(f.name)
    ),
    "set": lambda f: conv.to_set(f.name, f.values),
    "sequence": lambda f: conv.to_sequence(f.name, f.values, in_order=f.in_order),
    "dates": lambda f: conv.to_dates(f.name),
}


def _converter_of(fact: Fact) -> Callable[[Any], Any]:
    return _CONVERTERS[fact.kind](fact)


@frozen
class Order:
    """A check between two date facts of a subject: *earlier* comes before *later*.

    Written once, as data: a record applies it to one subject, the columnar
    engine to every row of a caseload.

    Attributes:
        field: The fact an error names (the one to correct).
        earlier: The fact that comes first.
        later: The fact that comes after (each of its dates, if *each*).
        expected: What the error says was expected.
        strict: Whether *later* must be strictly after (not on the same day).
        each: Whether *later* is a list of dates.
        when: Checked only when this fact has this value, e.g.
            ``("residence_status", "B")``.
    """

    field: str
    earlier: str
    later: str
    expected: str
    strict: bool = False
    each: bool = False
    when: tuple[str, object] | None = None

    def violation(self, subject: object) -> dt.date | None:
        """The date of *subject* that breaks the order (the one *field* holds), or ``None``."""
        if self.when is not None and getattr(subject, self.when[0]) != self.when[1]:
            return None
        first, then = getattr(subject, self.earlier), getattr(subject, self.later)
        if first is None or then is None:
            return None
        for day in then if self.each else (then,):
            if day < first or (self.strict and day == first):
                return day if self.field == self.later else first  # type: ignore[no-any-return]
        return None


def _declared(*values: Any) -> Fact:
    """A :class:`Fact` from its fields' values, in order (what a pickled fact becomes)."""
    names = [f.name for f in attrs.fields(Fact) if f.init]
    positional = 2  # name and kind; the others are keywords
    return Fact(*values[:positional], **dict(zip(names[positional:], values[positional:], strict=True)))
