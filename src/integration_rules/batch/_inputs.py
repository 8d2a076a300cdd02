"""The input boundary: records read from CSV and JSON Lines streams."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, Final

from integration_rules.batch._results import RowError
from integration_rules.errors import (
    InvalidArgument,
)
from integration_rules.facts import FACT_KINDS, FACTS

_LIST_KINDS: Final = frozenset({"set", "dates", "sequence"})


def _cell(name: str, value: str | None) -> Any:
    """A CSV cell as a Person value: empty is unknown, lists are ';'-separated."""
    if value is None:
        return None
    text = value.strip()
    if text == "":
        return None
    kind = FACT_KINDS[name].kind
    if kind in _LIST_KINDS:
        return (
            []
            if text in {"-", "[]"}
            else [part.strip() for part in text.split(";") if part.strip()]
        )
    return text


def _csv_records(
    stream: Iterable[str], key: str
) -> Iterator[tuple[int, Any, dict[str, Any] | RowError]]:
    reader = csv.DictReader(stream)
    header = reader.fieldnames or []
    unknown = [name for name in header if name not in FACT_KINDS and name != key]
    if unknown:
        raise InvalidArgument(
            "columns",
            f"{', '.join(repr(u) for u in unknown)} not facts of a person; expected some of {', '.join(FACTS)}",
        )
    for record in reader:
        line = reader.line_num
        if None in record:
            yield line, None, RowError(line, None, "more cells than columns")
            continue
        if any(value is None for value in record.values()):
            # A missing cell is not an empty one: the line was cut, never read it as unknowns.
            yield line, None, RowError(line, None, "fewer cells than columns")
            continue
        yield (
            line,
            record.get(key),
            {name: _cell(name, value) for name, value in record.items() if name != key},
        )


def _jsonl_records(
    stream: Iterable[str], key: str
) -> Iterator[tuple[int, Any, dict[str, Any] | RowError]]:
    for line, text in enumerate(stream, start=1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            yield line, None, RowError(line, None, f"not valid JSON ({error.msg})")
            continue
        if not isinstance(record, dict):
            yield line, None, RowError(line, None, "expected an object of facts")
            continue
        yield line, record.pop(key, None), record


def _lines(stream: Any) -> Iterable[str]:
    if isinstance(stream, str) or hasattr(stream, "__fspath__"):
        given = "a str" if isinstance(stream, str) else "a path"
        raise InvalidArgument(
            "stream",
            f"expected an open file or an iterable of lines, got {given}; "
            "this library opens no files: open it yourself "
            '(with path.open(encoding="utf-8-sig", newline="") as file: ...) '
            "and pass the file, or pass io.StringIO(text) for text",
        )
    if isinstance(stream, bytes | bytearray) or not isinstance(stream, Iterable):
        raise InvalidArgument(
            "stream",
            f"expected an open file or an iterable of lines, got {type(stream).__name__}",
        )
    return stream


def _without_bom(lines: Iterable[Any]) -> Iterator[str]:
    """The lines, the first without a UTF-8 byte order mark (a file opened as plain "utf-8")."""
    iterator = iter(lines)
    first = next(iterator, None)
    if first is None:
        return
    yield first.removeprefix("\ufeff") if isinstance(first, str) else first
    yield from iterator
