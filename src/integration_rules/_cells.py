"""Cells: what one cell of a caseload means, read alike from every source.

A caseload comes as a CSV or JSON Lines file, a mapping of columns, a pandas
DataFrame or a pyarrow Table. Each source writes the same facts its own way —
a CSV file has only text, pandas writes a yes/no column with a gap as floats,
an Arrow-backed column holds ``pd.NA`` — and every source means the same
thing by the same cell. This module is the one place that says what a cell
means; the fact's converter (:meth:`Fact.convert
<integration_rules.facts.Fact.convert>`) then validates the value, and its
error names the field:

* unknown: an empty cell (``""`` or spaces), ``None``, NaN, NaT, ``pd.NA``;
* yes/no: ``True``/``False`` (numpy's too), ``"true"``/``"false"``,
  ``"yes"``/``"no"``, ``1``/``0``, ``1.0``/``0.0`` and the texts ``"1"``,
  ``"0"``, ``"1.0"``, ``"0.0"``; any other number (``2``, ``0.5``) is refused;
* a list (a set, a sequence, a list of dates): a list, a tuple, a set, an
  array, or a text ``a;b``, with ``-`` (or ``[]``) for a list known to be empty;
* a date: a ``date``, an ISO 8601 text, or a datetime at midnight (a pandas
  ``Timestamp``, a numpy ``datetime64``, an Arrow timestamp) read as its day;
  a datetime with a time of day is refused;
* a whole number: an int, a whole float, or its text (``"3"``, ``"3.0"``);
* numpy scalars are read as the Python values they hold.

It needs neither numpy nor pandas: their values are recognised by their types'
names and methods.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

from integration_rules.errors import InvalidArgument, InvalidFact, quote
from integration_rules.facts import Fact

#: The kinds whose value is a list: written ``a;b`` in a cell, ``-`` when empty.
LIST_KINDS: Final = frozenset({"set", "dates", "sequence"})
#: The cells of an empty list.
EMPTY_LIST: Final = frozenset({"-", "[]"})
#: The texts of a yes/no given as a number.
_BOOL_NUMBERS: Final = {"1": True, "0": False, "1.0": True, "0.0": False}
#: pandas' missing values, by their types' names (pandas is optional).
_MISSING_TYPES: Final = frozenset({"NAType", "NaTType"})
#: The most distinct cells of a column remembered while reading it.
_MEMO_LIMIT: Final = 65_536


def plain(value: Any) -> Any:
    """*value* as a plain Python value, or ``None`` when it is a missing value.

    Texts are stripped, and an empty text is ``None``; a numpy scalar is the
    Python value it holds (a ``datetime64`` a ``datetime``); a pyarrow
    scalar its Python value.
    """
    kind = type(value)
    if kind is str:
        text: str = value.strip()
        return text or None
    if value is None or kind in {bool, int, dt.date}:
        return value
    if kind is float:
        return None if value != value else value  # noqa: PLR0124 - NaN is the only value unequal to itself
    return _foreign(value)


def _foreign(value: Any) -> Any:
    """A value of pandas, numpy or pyarrow as a plain Python value (``None`` if missing)."""
    kind = type(value)
    if kind.__name__ in _MISSING_TYPES:
        return None
    if kind.__module__ == "numpy" and getattr(value, "ndim", None) == 0:  # a scalar
        if kind.__name__ == "datetime64":
            # To microseconds: .item() of nanoseconds would give an int; NaT gives None.
            return value.astype("datetime64[us]").item()
        if kind.__name__ != "timedelta64":
            return plain(value.item())
    if kind.__module__.startswith("pyarrow") and hasattr(value, "as_py"):
        return plain(value.as_py())
    if isinstance(value, float) and value != value:  # noqa: PLR0124 - NaN
        return None
    return value


def _time_of_day(shown: str) -> str:
    return (
        f'expected a date, got a date and time "{shown}" with a time of day; '
        "give the day only (a datetime at midnight is read as its day)"
    )


def _day(name: str, value: Any) -> Any:
    """A datetime at midnight as its day; other values as they are."""
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0) or getattr(value, "nanosecond", None):
            raise InvalidFact(name, _time_of_day(value.isoformat()))
        return value.date()
    return value


def _to_bool(value: Any) -> Any:
    """A yes/no given as a number or its text: 1 and 0 only, anything else as it is."""
    if isinstance(value, str):
        return _BOOL_NUMBERS.get(value, value)
    if isinstance(value, int | float) and not isinstance(value, bool) and value in {0, 1}:
        return value == 1
    return value


def _to_whole(value: Any) -> Any:
    """A whole number's text written with a point, ``"3.0"``, as ``"3"``."""
    if isinstance(value, str) and "." in value:
        whole, _, fraction = value.partition(".")
        if fraction and fraction.strip("0") == "" and whole.lstrip("+-").isdigit():
            return whole
    return value


def _to_list(name: str, value: Any, *, dates: bool) -> Any:
    """A list's cell as a list: ``a;b``, ``-`` for none; an array's or a collection's items read as cells."""
    if isinstance(value, str):
        if value in EMPTY_LIST:
            return []
        return [part.strip() for part in value.split(";") if part.strip()]
    if hasattr(value, "tolist") and not isinstance(value, list | tuple | set | frozenset):
        value = value.tolist()
    if isinstance(value, list | tuple):
        items = [plain(item) for item in value]
        return [_day(name, item) for item in items] if dates else items
    return value


def cell_reader(fact: Fact) -> Callable[[Any], Any]:
    """What one cell of *fact*'s column gives *fact*'s converter (``None`` for unknown).

    The value is not validated here: :meth:`Fact.convert` does it, so that a
    bad value is the fact's own :class:`~integration_rules.errors.InvalidFact`.

    Raises:
        InvalidFact: For a date with a time of day.
    """
    name, kind = fact.name, fact.kind

    def read(value: Any) -> Any:
        value = plain(value)
        if value is None:
            return None
        if kind == "bool":
            return _to_bool(value)
        if kind == "date":
            return _day(name, value)
        if kind == "integer":
            return _to_whole(value)
        if kind in LIST_KINDS:
            return _to_list(name, value, dates=kind == "dates")
        return value

    return read


def column_reader(fact: Fact) -> Callable[[Iterable[Any]], list[Any]]:
    """A function reading a whole column of *fact*: each cell read and converted, the first error raised.

    Each distinct cell is read once (a column holds few distinct values: the
    same domicile, the same yes/no on many rows).

    Raises:
        InvalidFact: From the fact's converter, naming the fact.
    """
    read, convert = cell_reader(fact), fact.convert

    def values(cells: Iterable[Any]) -> list[Any]:
        memo: dict[tuple[type, Any], Any] = {}
        out = []
        for cell in cells:
            try:
                found = memo[type(cell), cell]
            except KeyError:
                found = convert(read(cell))
                # NaN is unequal to itself: never found again, never kept.
                if found is not None and len(memo) < _MEMO_LIMIT:
                    memo[type(cell), cell] = found
            except TypeError:  # a list, an array: not hashable
                found = convert(read(cell))
            out.append(found)
        return out

    return values


def cells_of(column: Any) -> list[Any]:
    """A column's cells as Python values: a list, a numpy array, a pandas Series or Categorical, a pyarrow array.

    A numpy ``datetime64`` column gives datetimes (its ``tolist()`` would give
    integers for nanoseconds).
    """
    if isinstance(column, list):
        return column
    if hasattr(column, "to_pylist"):  # pyarrow
        return list(column.to_pylist())
    dtype = getattr(column, "dtype", None)
    if getattr(dtype, "kind", None) == "M" and type(dtype).__module__.startswith("numpy"):
        array = column.to_numpy() if hasattr(column, "to_numpy") else column
        return list(array.astype("datetime64[us]").tolist())
    if hasattr(column, "tolist"):
        return list(column.tolist())
    return list(column)


def columns_of(data: Any) -> Mapping[str, Any]:
    """A table's columns by name: a mapping as it is, a pandas DataFrame's or a pyarrow Table's.

    Raises:
        InvalidArgument: For something else, or a DataFrame naming a column twice.
    """
    if isinstance(data, Mapping):
        return data
    if hasattr(data, "column_names") and hasattr(data, "column"):  # pyarrow Table, RecordBatch
        names = [str(n) for n in data.column_names]
        each_column_once(names)
        return {name: data.column(i) for i, name in enumerate(names)}
    if hasattr(data, "columns") and hasattr(data, "iloc"):  # pandas DataFrame
        names = [str(c) for c in data.columns]
        each_column_once(names)
        return {name: data.iloc[:, i] for i, name in enumerate(names)}
    raise InvalidArgument(
        "data",
        f"expected a mapping of columns, a DataFrame or a pyarrow Table, got {type(data).__name__}",
    )


def each_column_once(names: Iterable[str]) -> set[str]:
    """The column names, checked to appear once each (the library's error names the first repeated)."""
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise InvalidArgument(
                "columns", f"{quote(name)} given twice; expected each column once"
            )
        seen.add(name)
    return seen
