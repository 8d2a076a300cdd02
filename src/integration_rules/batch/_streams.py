"""Streams: a caseload read and evaluated chunk by chunk, in bounded memory."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from attrs import frozen

from integration_rules._core import (
    as_date,
)
from integration_rules.batch._engines import Measures, _measures, evaluate_many
from integration_rules.batch._inputs import lines_of, persons_of
from integration_rules.batch._results import BatchResult, RowError
from integration_rules.errors import (
    InvalidArgument,
    quote,
)
from integration_rules.facts import FACTS, Person
from integration_rules.measures import Catalogue, Measure


@frozen(kw_only=True, eq=False)
class Chunk:
    """One chunk of a stream: the rows read (with their line numbers) and their result."""

    lines: tuple[int, ...]
    result: BatchResult
    errors: tuple[RowError, ...]


def evaluate_stream(
    stream: Iterable[str] | Iterable[bytes],
    measures: Measures = None,
    *,
    on: dt.date | str,
    format: Literal["csv", "jsonl"] = "csv",
    key: str | None = None,
    chunk_size: int = 10_000,
    catalogue: Catalogue | None = None,
) -> Iterator[Chunk]:
    r"""Evaluate a CSV or JSON Lines caseload chunk by chunk, in bounded memory.

    *stream* is a file opened in binary mode (``path.open("rb")``: the
    library decodes it as UTF-8, line by line), or any iterable of text
    lines (``io.StringIO(text)``). A ``str`` (its characters are not lines)
    and a path (this library opens no files; the command line does) are
    refused with a clear error. A byte order mark before the first line is
    skipped. Lines end at ``\n``.

    CSV columns are the :class:`Person` keywords (and *key*, the column of
    case numbers: ``id`` when there is one and no other is named); an empty
    cell is unknown; a list (difficulties, children's birth dates) is written
    ``a;b``, an empty one ``-``; a yes/no ``true``/``false``, ``yes``/``no``
    or ``1``/``0``. A JSON line's values are read the same way (a list or
    ``"a;b"``, ``true`` or ``1``), as are the cells of
    :func:`~integration_rules.batch.evaluate_table`. A record that cannot be read (not UTF-8, a
    line break inside an unquoted field, a cell over the length limit, more
    or fewer cells than columns, a JSON line that is not an object of facts)
    or that holds a bad value becomes a :class:`RowError` with its line
    number and field; the other records go on. No record is lost, split or
    merged: every record is either a row of the result or a row error.

    Raises:
        InvalidArgument: If the CSV header names a column twice or a column
            that is not a fact, the *key* named is not a column (not a field
            of the first JSON line), the stream is UTF-16 or UTF-32, or
            *stream* is a ``str``, a path or bytes.
    """
    if type(chunk_size) is not int or chunk_size < 1:
        raise InvalidArgument(
            "chunk_size", f"expected a positive int, got {quote(chunk_size)}"
        )
    if format not in {"csv", "jsonl"}:
        raise InvalidArgument(
            "format", f'expected "csv" or "jsonl", got {quote(format)}'
        )
    day = as_date(on, "on")
    chosen = _measures(measures, catalogue)
    yield from _stream_chunks(
        lines_of(stream), chosen, day, format, key, chunk_size, catalogue
    )


def _stream_chunks(  # noqa: PLR0917 - a private helper of evaluate_stream
    stream: Iterator[Any],
    measures: tuple[Measure, ...],
    day: dt.date,
    format: Literal["csv", "jsonl"],
    key: str | None,
    chunk_size: int,
    catalogue: Catalogue | None,
) -> Iterator[Chunk]:
    schema = FACTS if catalogue is None else catalogue.schema
    people: list[Person] = []
    keys: list[Any] = []
    lines: list[int] = []
    errors: list[RowError] = []
    for read in persons_of(stream, format, key, schema):
        if isinstance(read, RowError):
            errors.append(read)
        else:
            line, row_key, person = read
            people.append(person)
            keys.append(row_key)
            lines.append(line)
        if len(people) >= chunk_size:
            yield _chunk(people, keys, lines, errors, measures, day, catalogue)
            people, keys, lines, errors = [], [], [], []
    if people or errors:
        yield _chunk(people, keys, lines, errors, measures, day, catalogue)


def _chunk(  # noqa: PLR0917 - a private helper of evaluate_stream
    people: list[Person],
    keys: list[Any],
    lines: list[int],
    errors: list[RowError],
    measures: tuple[Measure, ...],
    day: dt.date,
    catalogue: Catalogue | None = None,
) -> Chunk:
    result = evaluate_many(
        people, measures, on=day, keys=keys, catalogue=catalogue
    )
    evaluation_errors = tuple(
        RowError(lines[i], error.field, error.message, "evaluation", row=i)
        for i, error in result.row_errors.items()
    )
    return Chunk(
        lines=tuple(lines), result=result, errors=tuple(errors) + evaluation_errors
    )
