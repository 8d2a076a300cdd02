"""A caseload as columns: one numpy array of values and one of "known" per fact.

Encodings (see :data:`integration_rules.facts.FACT_KINDS`):

* bool: ``bool`` values;
* date: ``int32`` keys ``yyyymmdd`` (ordered like the dates);
* category: ``int16`` codes into a vocabulary (the closed list of the fact, or
  the values met, for an open list such as a domicile code);
* set: ``uint32`` bit masks over the fact's values;
* dates and sequences: an ``object`` array of tuples (read row by row).

An unknown fact is ``known == False``; its value slot is meaningless and never
read as false or zero.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
import numpy as np
from attrs import frozen

from integration_rules.errors import InvalidArgument
from integration_rules.facts import FACT_KINDS, FACTS, Person


def date_key(day: dt.date) -> int:
    """A date as the ``yyyymmdd`` integer the columns store."""
    return day.year * 10000 + day.month * 100 + day.day


@frozen(eq=False)
class Column:
    """The values of one fact over a caseload, with the mask of rows where it is known."""

    kind: str
    values: np.ndarray[Any, Any]
    known: np.ndarray[Any, Any]
    vocabulary: tuple[str, ...] = ()
    # Derived once, when the column is built: what every evaluation needs.
    all_known: bool = attrs.field(init=False, default=False)
    unknown8: np.ndarray[Any, Any] = attrs.field(init=False, default=None, repr=False)
    known2: np.ndarray[Any, Any] = attrs.field(init=False, default=None, repr=False)
    leap_day_rows: np.ndarray[Any, Any] = attrs.field(
        init=False, default=None, repr=False
    )

    def __attrs_post_init__(self) -> None:
        known = np.asarray(self.known, dtype=bool)
        object.__setattr__(self, "all_known", bool(known.all()))
        object.__setattr__(self, "unknown8", np.logical_not(known).view(np.int8))
        object.__setattr__(self, "known2", np.left_shift(known.view(np.int8), 1))
        if self.kind == "date":
            rows = np.flatnonzero((np.asarray(self.values) % 10000) == 229)  # noqa: PLR2004 - 29 February as mmdd
            object.__setattr__(self, "leap_day_rows", rows)

    def code(self, value: object) -> int:
        """The code of *value* in the vocabulary; -2 when absent (equal to nothing)."""
        try:
            return self.vocabulary.index(value)
        except ValueError:
            return -2

    def decode(self, row: int) -> Any:
        """The fact's value in *row*, as a :class:`Person` holds it (``None`` if unknown)."""
        if not self.known[row]:
            return None
        value = self.values[row]
        if self.kind == "bool":
            return bool(value)
        if self.kind == "date":
            key = int(value)
            return dt.date(key // 10000, key // 100 % 100, key % 100)
        if self.kind == "category":
            return self.vocabulary[int(value)]
        if self.kind == "set":
            mask = int(value)
            return frozenset(v for i, v in enumerate(self.vocabulary) if mask >> i & 1)
        return value


def _encode(name: str, values: Sequence[Any]) -> Column:
    kind = FACT_KINDS[name]
    n = len(values)
    known = np.fromiter((v is not None for v in values), dtype=bool, count=n)
    if kind.kind == "bool":
        return Column(
            "bool", np.fromiter((bool(v) for v in values), dtype=bool, count=n), known
        )
    if kind.kind == "date":
        return Column(
            "date",
            np.fromiter(
                (date_key(v) if v is not None else 0 for v in values),
                dtype=np.int32,
                count=n,
            ),
            known,
        )
    if kind.kind == "category":
        vocabulary = kind.values or tuple(sorted({v for v in values if v is not None}))
        index = {v: i for i, v in enumerate(vocabulary)}
        codes = np.fromiter(
            (index.get(v, -1) if v is not None else -1 for v in values),
            dtype=np.int16,
            count=n,
        )
        return Column("category", codes, known, vocabulary)
    if kind.kind == "set":
        bits = {v: 1 << i for i, v in enumerate(kind.values)}
        masks = np.fromiter(
            (sum(bits[x] for x in v) if v is not None else 0 for v in values),
            dtype=np.uint32,
            count=n,
        )
        return Column("set", masks, known, kind.values)
    objects = np.empty(n, dtype=object)
    objects[:] = [tuple(v) if v is not None else None for v in values]
    return Column(kind.kind, objects, known, kind.values)


@frozen(eq=False)
class Columns:
    """A caseload as one :class:`Column` per fact, and an optional key per row.

    Build it with :meth:`from_persons` or :meth:`from_mapping`; facts not
    given are unknown on every row.
    """

    size: int
    columns: Mapping[str, Column]
    keys: tuple[Any, ...] | None = None

    def all_known(self, known: np.ndarray[Any, Any]) -> bool:
        """Whether a known mask is all true (then a leaf needs no "unknown" step)."""
        return bool(known.all())

    def column(self, name: str) -> Column:
        """The column of fact *name* (all unknown if it was not given)."""
        found = self.columns.get(name)
        if found is not None:
            return found
        if name not in FACT_KINDS:
            raise InvalidArgument("fact", f"expected a fact of a person, got {name!r}")
        return _encode(name, [None] * self.size)

    def row(self, index: int) -> Person:
        """Row *index* as a :class:`Person` (to explain or check it one by one)."""
        return Person(
            **{name: column.decode(index) for name, column in self.columns.items()}
        )

    def row_facts(self, index: int) -> dict[str, Any]:
        """Row *index* as a mapping of fact names to values (unknown facts absent)."""
        return {
            name: column.decode(index)
            for name, column in self.columns.items()
            if column.known[index]
        }

    @classmethod
    def from_persons(
        cls, persons: Iterable[Person], *, keys: Iterable[Any] | None = None
    ) -> Columns:
        """Columns from :class:`Person` values (already validated)."""
        people = list(persons)
        for person in people:
            if not isinstance(person, Person):
                raise InvalidArgument(
                    "persons", f"expected Person values, got {type(person).__name__}"
                )
        columns = {
            name: _encode(name, [getattr(p, name) for p in people]) for name in FACTS
        }
        return cls(len(people), columns, None if keys is None else tuple(keys))

    @classmethod
    def from_mapping(
        cls, data: Mapping[str, Sequence[Any]], *, key: str | None = None
    ) -> Columns:
        """Columns from a mapping of column names to sequences (a dict, a pandas DataFrame).

        Values are converted and validated as :class:`Person` does it, so a
        bad value raises :class:`~integration_rules.errors.InvalidFact` naming
        the fact. ``None`` (and pandas' missing values) are unknown.
        """
        names = [n for n in data if n != key]
        for name in names:
            if name not in FACT_KINDS:
                raise InvalidArgument(
                    "columns",
                    f"{name!r} is not a fact of a person; expected some of {', '.join(FACTS)}",
                )
        sizes = {len(data[n]) for n in data}
        if len(sizes) > 1:
            raise InvalidArgument(
                "columns",
                f"expected columns of one length, got lengths {sorted(sizes)}",
            )
        size = sizes.pop() if sizes else 0
        converted: dict[str, list[Any]] = {}
        converters: dict[str, Any] = {a.name: a.converter for a in attrs.fields(Person)}
        for name in names:
            converter = converters[name]
            converted[name] = [converter(_missing_to_none(v)) for v in data[name]]
        columns = {name: _encode(name, values) for name, values in converted.items()}
        keys = tuple(data[key]) if key is not None else None
        return cls(size, columns, keys)


def _missing_to_none(value: Any) -> Any:
    """Pandas and numpy write a missing value as NaN or NaT: read it as unknown."""
    if value is None:
        return None
    try:
        if value != value:  # noqa: PLR0124 - NaN is the only value unequal to itself
            return None
    except (TypeError, ValueError):
        return value
    if type(value).__name__ in {"NaTType", "NAType"}:
        return None
    if isinstance(value, np.bool_):
        return bool(value)
    return value
