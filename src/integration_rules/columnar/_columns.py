"""A caseload as columns: one numpy array of values and one of "known" per fact.

Each column's encoding follows the kind of its fact's declaration
(:class:`~integration_rules.facts.Fact`):

* bool: ``bool`` values;
* date: ``int32`` keys ``yyyymmdd`` (ordered like the dates);
* integer: ``int64`` values;
* decimal and money: ``int64`` values scaled by the declared decimal places
  (CHF 12.35 with 2 places is 1235), compared as whole numbers;
* category: ``int16`` codes into a vocabulary (the closed list of the fact, or
  the values met, for an open list such as a domicile code);
* set: ``uint32`` bit masks over the fact's values (an ``object`` array of
  frozensets past 32 values);
* dates and sequences: an ``object`` array of tuples (read row by row).

An unknown fact is ``known == False``; its value slot is meaningless and never
read as false or zero.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

import attrs
import numpy as np
from attrs import frozen

from integration_rules._cells import cell_reader, cells_of, column_reader
from integration_rules._core._facts import Fact
from integration_rules._core._money import Money
from integration_rules._core._schema import Record, Schema
from integration_rules.errors import InvalidArgument, InvalidFact, quote
from integration_rules.facts import FACTS

#: The largest magnitude a scaled column holds (int64).
_INT64: Final = 2**63 - 1
#: The most codes a set column holds as a bit mask.
_SET_BITS: Final = 32


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
    #: For a decimal or money column: the declared places (values are scaled by 10**places).
    places: int = 0
    #: For a money column: its currency.
    currency: str | None = None
    # Derived once, when the column is built: what every evaluation needs.
    all_known: bool = attrs.field(init=False, default=False)
    all_unknown: bool = attrs.field(init=False, default=False)
    unknown8: np.ndarray[Any, Any] = attrs.field(init=False, default=None, repr=False)
    known2: np.ndarray[Any, Any] = attrs.field(init=False, default=None, repr=False)
    leap_day_rows: np.ndarray[Any, Any] = attrs.field(
        init=False, default=None, repr=False
    )

    def __attrs_post_init__(self) -> None:
        known = np.asarray(self.known, dtype=bool)
        object.__setattr__(self, "all_known", bool(known.all()))
        object.__setattr__(self, "all_unknown", not known.any())
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

    def decode(self, row: int) -> Any:  # noqa: PLR0911 - one return per kind
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
        if self.kind == "set" and self.values.dtype != object:
            mask = int(value)
            return frozenset(v for i, v in enumerate(self.vocabulary) if mask >> i & 1)
        if self.kind == "integer" and self.values.dtype != object:
            return int(value)
        if self.kind in {"decimal", "money"} and self.values.dtype != object:
            number = Decimal(int(value)).scaleb(-self.places)
            return Money.of(number, self.currency) if self.kind == "money" else number  # type: ignore[arg-type]
        return value

    def scaled(self, value: object) -> int | None:
        """*value* in this column's encoding (a whole number), or ``None`` if it has none."""
        if isinstance(value, Money):
            if self.kind != "money" or value.currency != self.currency:
                return None
            value = value.amount
        elif self.kind == "money":
            return (
                None  # an amount is compared with an amount, never with a bare number
            )
        if isinstance(value, bool):
            return None
        if self.kind == "integer" and isinstance(value, int):
            return value
        if self.kind in {"decimal", "money"} and isinstance(value, int | Decimal):
            number = Decimal(value).scaleb(self.places)
            return int(number) if number == number.to_integral_value() else None
        return None


def _scaled(values: Sequence[Any], fact: Fact) -> np.ndarray[Any, Any] | None:
    """Decimal or money values as whole numbers of 10**-places, or ``None`` past int64."""
    places = fact.places or 0
    out = []
    for v in values:
        if v is None:
            out.append(0)
            continue
        amount = v.amount if isinstance(v, Money) else v
        whole = int(Decimal(amount).scaleb(places))
        if abs(whole) > _INT64:
            return None
        out.append(whole)
    return np.array(out, dtype=np.int64)


def _encode(fact: Fact, values: Sequence[Any]) -> Column:  # noqa: PLR0911 - one encoding per kind
    kind = fact.kind
    n = len(values)
    known = np.fromiter((v is not None for v in values), dtype=bool, count=n)
    if kind == "bool":
        return Column(
            "bool", np.fromiter((bool(v) for v in values), dtype=bool, count=n), known
        )
    if kind == "date":
        return Column(
            "date",
            np.fromiter(
                (date_key(v) if v is not None else 0 for v in values),
                dtype=np.int32,
                count=n,
            ),
            known,
        )
    if kind == "integer" and all(v is None or -_INT64 <= v <= _INT64 for v in values):
        return Column(
            "integer",
            np.fromiter(
                (v if v is not None else 0 for v in values), dtype=np.int64, count=n
            ),
            known,
        )
    if kind in {"decimal", "money"}:
        scaled = _scaled(values, fact)
        if scaled is not None:
            return Column(
                kind, scaled, known, places=fact.places or 0, currency=fact.currency
            )
    if kind == "category":
        vocabulary = fact.values or tuple(sorted({v for v in values if v is not None}))
        index = {v: i for i, v in enumerate(vocabulary)}
        codes = np.fromiter(
            (index.get(v, -1) if v is not None else -1 for v in values),
            dtype=np.int16,
            count=n,
        )
        return Column("category", codes, known, vocabulary)
    if kind == "set" and len(fact.values) <= _SET_BITS:
        bits = {v: 1 << i for i, v in enumerate(fact.values)}
        masks = np.fromiter(
            (sum(bits[x] for x in v) if v is not None else 0 for v in values),
            dtype=np.uint32,
            count=n,
        )
        return Column("set", masks, known, fact.values)
    objects = np.empty(n, dtype=object)
    objects[:] = [
        v if v is None or not isinstance(v, list) else tuple(v) for v in values
    ]
    return Column(
        kind,
        objects,
        known,
        fact.values,
        places=fact.places or 0,
        currency=fact.currency,
    )


_FIXED_DTYPES: Final = {
    "bool": bool,
    "date": np.int32,
    "integer": np.int64,
    "decimal": np.int64,
    "money": np.int64,
    "category": np.int16,
}


def _unknown_column(fact: Fact, size: int) -> Column:
    """A fact unknown on every row, built without a Python loop."""
    kind = fact.kind
    known = np.zeros(size, dtype=bool)
    extra = {"places": fact.places or 0, "currency": fact.currency}
    if kind in _FIXED_DTYPES:
        values = np.zeros(size, dtype=_FIXED_DTYPES[kind])
        if kind == "category":
            values -= 1
        return Column(kind, values, known, fact.values, **extra)  # type: ignore[arg-type]
    if kind == "set" and len(fact.values) <= _SET_BITS:
        return Column(kind, np.zeros(size, dtype=np.uint32), known, fact.values)
    return Column(kind, np.full(size, None, dtype=object), known, fact.values, **extra)  # type: ignore[arg-type]


@frozen(eq=False)
class Columns:
    """A caseload as one :class:`Column` per fact, and an optional key per row.

    Build it with :meth:`from_persons` or :meth:`from_mapping`; facts not
    given are unknown on every row.
    """

    size: int
    columns: Mapping[str, Column]
    keys: tuple[Any, ...] | None = None
    #: The facts the columns are of: the built-in ones, or a schema extended with one's own.
    schema: Schema = attrs.field(default=FACTS, kw_only=True)
    # The columns of facts not given, built once, on demand.
    _unknown: dict[str, Column] = attrs.field(init=False, factory=dict, repr=False)
    # Results that depend on the columns alone (not on a date), computed once.
    _derived: dict[object, Any] = attrs.field(init=False, factory=dict, repr=False)

    def derived(self, key: object, make: Callable[[], Any]) -> Any:
        """The result *key* stands for, made once by *make* and kept: the columns never change.

        *key* must name everything the result depends on but the columns (a
        fact, a value, an operator), never a date: what depends on the
        evaluation date is recomputed on each evaluation.
        """
        found = self._derived.get(key)
        if found is None:
            found = make()
            if isinstance(found, np.ndarray):
                found.flags.writeable = False  # shared by every later evaluation
            self._derived[key] = found
        return found

    def all_known(self, known: np.ndarray[Any, Any]) -> bool:
        """Whether a known mask is all true (then a leaf needs no "unknown" step)."""
        return bool(known.all())

    def column(self, name: str) -> Column:
        """The column of fact *name* (all unknown if it was not given)."""
        found = self.columns.get(name)
        if found is not None:
            return found
        fact = self.schema.get(name)
        if fact is None:
            raise InvalidArgument(
                "fact", f"{quote(name)} is {self.schema.unknown(name)}"
            )
        unknown = self._unknown.get(name)
        if unknown is None:
            unknown = _unknown_column(fact, self.size)
            self._unknown[name] = unknown
        return unknown

    def row(self, index: int) -> Record:
        """Row *index* as a :class:`Person` over the columns' schema (to explain or check it one by one)."""
        return self.schema.record_class(
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
        cls,
        persons: Iterable[Record],
        *,
        keys: Iterable[Any] | None = None,
        schema: Schema | None = None,
    ) -> Columns:
        """Columns from :class:`Person` values (already validated).

        The schema is *schema*, or the persons' own (``FACTS`` for plain
        persons, an extended schema for persons built by its
        :meth:`~integration_rules.facts.Schema.person`).
        """
        people = list(persons)
        if schema is None:
            schema = (
                type(people[0]).schema
                if people and isinstance(people[0], Record)
                else FACTS
            )
        kind = schema.record_class
        for person in people:
            if not isinstance(person, kind):
                raise InvalidArgument(
                    "persons",
                    f"expected {schema.record_name} values of one schema, got {type(person).__name__}",
                )
        columns = {
            fact.name: _encode(fact, [getattr(p, fact.name) for p in people])
            for fact in schema.facts
        }
        return cls(
            len(people), columns, None if keys is None else tuple(keys), schema=schema
        )

    @classmethod
    def from_mapping(
        cls,
        data: Mapping[str, Sequence[Any]],
        *,
        key: str | None = None,
        schema: Schema = FACTS,
    ) -> Columns:
        """Columns from a mapping of column names to sequences (a dict, a pandas DataFrame).

        Values are converted and validated as :class:`Person` does it, the
        checks between facts included (no date of a person's history before
        their birth date), so a bad row raises
        :class:`~integration_rules.errors.InvalidFact` naming the fact and the
        row. ``None`` and pandas' missing values (NaN, NaT, ``pd.NA``) are
        unknown; a datetime at midnight (a pandas ``datetime64`` column) is
        read as its day. :func:`read_columns` reports every bad row instead.
        """
        columns, problems = read_columns(data, key=key, schema=schema)
        if problems:
            row, error = next(iter(problems.items()))
            raise InvalidFact(error.field, f"{detail(error)} (row {row})")
        return columns

    def invalid_rows(self, skip: Collection[int] = ()) -> dict[int, InvalidFact]:
        """The rows :class:`Person` would refuse because their facts contradict each other, with why.

        A date of the person's history before their birth date, a child
        born on or before it, or a B holder's ``residence_permit_since``
        after ``status_since``: the orders ``Person`` checks (written once, in
        ``integration_rules.facts._person.ORDERS``), found with a few
        vectorised comparisons; then each suspect row is built as a
        ``Person`` for ``Person``'s own error. Rows in *skip* are left out.
        """
        suspects = np.zeros(self.size, dtype=bool)
        for order in self.schema.orders:
            first, then = self.columns.get(order.earlier), self.columns.get(order.later)
            if first is None or then is None or first.all_unknown or then.all_unknown:
                continue
            both = first.known & then.known
            if order.when is not None:
                fact, value = order.when
                status = self.columns.get(fact)
                if status is None:
                    continue
                both &= status.known & (status.values == status.code(value))
            if order.each:
                suspects |= _each_before(first, then, both, strict=order.strict)
            elif order.strict:
                suspects |= both & (then.values <= first.values)
            else:
                suspects |= both & (then.values < first.values)
        found: dict[int, InvalidFact] = {}
        for row in np.flatnonzero(suspects).tolist():
            if row in skip:
                continue
            try:
                self.row(row)
            except InvalidFact as error:
                found[row] = error
        return found


def _each_before(
    first: Column, then: Column, rows: np.ndarray[Any, Any], *, strict: bool
) -> np.ndarray[Any, Any]:
    """Rows whose earliest date of *then* (tuples are sorted) is before *first* (or on it, if *strict*)."""
    found = np.zeros(len(first.known), dtype=bool)
    for row in np.flatnonzero(rows).tolist():
        days = then.values[row]
        if days:
            earliest = date_key(days[0])
            found[row] = (
                earliest <= first.values[row]
                if strict
                else earliest < first.values[row]
            )
    return found


def detail(error: InvalidFact) -> str:
    """An error's message without the field name it starts with."""
    return str(error).removeprefix(f"{error.field}: ")


def _checked_names(
    data: Mapping[str, Any], key: str | None, schema: Schema
) -> list[str]:
    """The fact columns of *data*, each a fact and a column; the key a column.

    Raises:
        InvalidArgument: Naming the key, the column or the value at fault.
    """
    if key is not None and key not in data:
        listed = ", ".join(quote(n) for n in data) or "none"
        raise InvalidArgument(
            "key", f"{quote(key)} is not a column; the columns are {listed}"
        )
    names = [n for n in data if n != key]
    for name in names:
        if name not in schema:
            raise InvalidArgument("columns", f"{quote(name)} is {schema.unknown(name)}")
    for name, column in data.items():
        if (
            isinstance(column, str | bytes | Mapping)
            or not hasattr(column, "__len__")
            or not hasattr(column, "__iter__")
        ):
            raise InvalidArgument(
                str(name),
                "expected a column: a list or array with one value per person, "
                f"got {type(column).__name__} {quote(column)}",
            )
    return names


def read_columns(
    data: Mapping[str, Sequence[Any]],
    *,
    key: str | None = None,
    schema: Schema = FACTS,
) -> tuple[Columns, dict[int, InvalidFact]]:
    """Columns from a mapping of column names to sequences, and the rows :class:`Person` would refuse.

    A column is a list, a numpy array, a pandas Series or Categorical, or a
    pyarrow array. Each cell is read as every caseload reads it (as
    :func:`~integration_rules.batch.evaluate_table` says: ``a;b`` and ``-``
    for a list, 1/0 for yes/no, pandas' missing values as unknown), then
    converted as ``Person`` converts it. Each bad row is reported once, by row index, with
    the error ``Person(**row)`` would raise (the first bad fact in
    ``Person``'s order, then the checks between facts); its bad cells read as
    unknown. A column that is not a fact, or columns of different lengths,
    raise :class:`~integration_rules.errors.InvalidArgument` at once.
    """
    names = _checked_names(data, key, schema)
    cells = {name: cells_of(data[name]) for name in data}
    sizes = {len(column) for column in cells.values()}
    if len(sizes) > 1:
        raise InvalidArgument(
            "columns",
            f"expected columns of one length, got lengths {sorted(sizes)}",
        )
    size = sizes.pop() if sizes else 0
    problems: dict[int, InvalidFact] = {}
    converted: dict[str, list[Any]] = {}
    # In Person's order, so that a row's first error is the one Person(**row) raises.
    order = {name: i for i, name in enumerate(schema.names)}
    for name in sorted(names, key=order.__getitem__):
        fact = schema[name]
        try:
            converted[name] = column_reader(fact)(cells[name])
        except InvalidFact:
            # Rare: go again cell by cell, to find every bad row.
            read, convert = cell_reader(fact), fact.convert
            values: list[Any] = []
            for row, raw in enumerate(cells[name]):
                try:
                    values.append(convert(read(raw)))
                except InvalidFact as error:
                    values.append(None)
                    problems.setdefault(row, error)
            converted[name] = values
    columns = Columns(
        size,
        {name: _encode(schema[name], converted[name]) for name in names},
        tuple(cells[key]) if key is not None else None,
        schema=schema,
    )
    problems.update(columns.invalid_rows(skip=problems))
    return columns, dict(sorted(problems.items()))
