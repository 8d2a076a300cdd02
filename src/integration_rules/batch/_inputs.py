r"""The input boundary: records read from CSV and JSON Lines streams, within limits.

Everything that can go wrong in a file becomes the library's own error, never a
traceback from the standard library, and no record is lost, split or merged:

* a stream of bytes is decoded here, line by line, as UTF-8 (a byte order mark
  before the first line skipped); a line that is not UTF-8 is a row error
  naming the line and the byte; a UTF-16 or UTF-32 file is refused at once;
* lines end at ``\\n`` only: a carriage return inside an unquoted CSV field is a
  row error for that record, never a second record;
* a CSV header naming a column twice, or a column that is not a fact, is refused
  at once;
* a cell longer than :data:`MAX_CELL_CHARS`, a JSON line nested deeper than
  :data:`MAX_DEPTH` or holding a number of thousands of digits, a key that is
  not a string or a number: a row error naming the line and the field.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final, Literal

from integration_rules._cells import cell_reader, each_column_once
from integration_rules.batch._results import RowError
from integration_rules.errors import InvalidArgument, InvalidFact, quote
from integration_rules.facts import FACTS, Person, Record, Schema

#: The longest cell (or JSON string) read, in characters: no fact needs more.
MAX_CELL_CHARS: Final = 10_000
#: The deepest nesting of a JSON line (a person is an object of values and lists).
MAX_DEPTH: Final = 8
#: The column of case numbers when none is named.
DEFAULT_KEY: Final = "id"

_UTF16_32: Final = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


class _Undecodable:
    """A line that is not UTF-8 text: why, and its text with the bad bytes replaced.

    The replaced text keeps the line's place in a CSV record (a quoted field
    may span lines); the record it belongs to becomes a row error.
    """

    __slots__ = ("message", "text")

    def __init__(self, message: str, text: str) -> None:
        self.message = message
        self.text = text


def lines_of(stream: Any) -> Iterator[str | _Undecodable]:
    """The stream's lines as text: decoded from bytes here, checked, the byte order mark skipped.

    Raises:
        InvalidArgument: For a ``str`` or a path (this library opens no files),
            something that is not an iterable of lines, or a UTF-16/32 file.
    """
    if isinstance(stream, str) or hasattr(stream, "__fspath__"):
        given = "a str" if isinstance(stream, str) else "a path"
        raise InvalidArgument(
            "stream",
            f"expected an open file or an iterable of lines, got {given}; "
            "this library opens no files: open it yourself "
            '(with path.open("rb") as file: ...) and pass the file, '
            "or pass io.StringIO(text) for text",
        )
    if isinstance(stream, bytes | bytearray) or not isinstance(stream, Iterable):
        raise InvalidArgument(
            "stream",
            f"expected an open file or an iterable of lines, got {type(stream).__name__}",
        )
    first = True
    for raw in stream:
        if isinstance(raw, bytes | bytearray):
            data = bytes(raw)
            if first:
                for mark, encoding in _UTF16_32:
                    if data.startswith(mark):
                        raise InvalidArgument(
                            "stream", f"expected UTF-8 text, got {encoding} text"
                        )
                data = data.removeprefix(b"\xef\xbb\xbf")
            yield _decoded(data)
        elif isinstance(raw, str):
            yield raw.removeprefix("\ufeff") if first else raw
        else:
            raise InvalidArgument(
                "stream", f"expected lines of text or bytes, got {type(raw).__name__}"
            )
        first = False


def _decoded(raw: bytes) -> str | _Undecodable:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return _Undecodable(
            f"not UTF-8 text (byte 0x{raw[error.start]:02X} at column {error.start + 1}); "
            "save the file as UTF-8",
            raw.decode("utf-8", "replace"),
        )


def key_column(key: str | None) -> str:
    """The column of case numbers: *key*, or ``"id"`` when none was named."""
    return DEFAULT_KEY if key is None else key


def _header(columns: list[str], key: str | None, schema: Schema = FACTS) -> None:
    seen = each_column_once(columns)
    if key is not None and key not in seen:
        raise InvalidArgument(
            "key",
            f"{quote(key)} is not a column; the columns are "
            f"{', '.join(quote(n) for n in columns) or 'none'}",
        )
    unknown = [name for name in columns if name not in schema and name != key_column(key)]
    if unknown:
        hint = schema.suggestion(unknown[0])
        did_you_mean = (
            f'did you mean "{hint}" for {quote(unknown[0])}? ' if hint else ""
        )
        raise InvalidArgument(
            "columns",
            f"{', '.join(quote(u) for u in unknown)} not facts of a person; "
            f"{did_you_mean}expected some of {', '.join(schema)} "
            f"(and the key column {quote(key_column(key))})",
        )


def _lines_only(lines: Iterator[str | _Undecodable], bad: list[str]) -> Iterator[str]:
    """The text lines for the CSV reader; an undecodable line is noted in *bad* (its record fails)."""
    for line in lines:
        if isinstance(line, _Undecodable):
            bad.append(line.message)
            yield line.text
        else:
            yield line


def csv_records(
    lines: Iterator[str | _Undecodable], key: str | None, schema: Schema = FACTS
) -> Iterator[tuple[int, Any, dict[str, Any] | RowError]]:
    """Each CSV record: its (last) line number, its key, and its cells or why it cannot be read.

    The cells are the file's texts, by column: :func:`record_reader` reads them.

    Raises:
        InvalidArgument: For a header that cannot be read, names a column twice
            or a column that is not a fact, or without the *key* column named.
    """
    bad: list[str] = []
    reader = csv.reader(_lines_only(lines, bad), strict=True)
    header = _read_header(reader, bad, key, schema)
    while header:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            bad.clear()  # the record failed anyway; its lines' problems go with it
            line = reader.line_num
            yield line, None, RowError(line, None, _csv_problem(error))
            continue
        line = reader.line_num
        if bad:
            message = bad.pop()
            bad.clear()
            yield line, None, RowError(line, None, message)
        elif cells:  # not a blank line
            yield _csv_record(line, header, cells, key)


def _read_header(
    reader: Iterator[list[str]], bad: list[str], key: str | None, schema: Schema
) -> list[str]:
    """The header's column names, checked (none for an empty stream)."""
    try:
        header = next(reader)
    except StopIteration:
        return []
    except csv.Error as error:
        raise InvalidArgument(
            "columns", f"the header cannot be read ({_csv_problem(error)})"
        ) from None
    if bad:
        raise InvalidArgument("columns", f"the header is {bad.pop()}")
    _header(header, key, schema)
    return header


def _csv_record(
    line: int, header: list[str], cells: list[str], key: str | None
) -> tuple[int, Any, dict[str, Any] | RowError]:
    """One CSV record: its key and cells, or why it cannot be read."""
    if len(cells) != len(header):
        more = "more" if len(cells) > len(header) else "fewer"
        return line, None, RowError(line, None, f"{more} cells than columns")
    record = dict(zip(header, cells, strict=True))
    for name, value in record.items():
        if len(value) > MAX_CELL_CHARS:
            return line, None, RowError(line, name, f"{name}: {_too_long(value)}")
    row_key = record.pop(key_column(key), None)
    return line, row_key, record


def _csv_problem(error: csv.Error) -> str:
    text = str(error)
    if "NUL" in text:
        return "a NUL character; is the file UTF-16? save it as UTF-8"
    if "new-line character seen in unquoted field" in text:
        return (
            "a line break (carriage return) inside an unquoted field; quote the field"
        )
    if "field larger than field limit" in text:
        return f"a cell of more than {csv.field_size_limit()} characters"
    return f"not valid CSV ({text})"


def _too_long(value: str) -> str:
    return f"a cell of {len(value)} characters; expected at most {MAX_CELL_CHARS}"


def jsonl_records(
    lines: Iterator[str | _Undecodable], key: str | None
) -> Iterator[tuple[int, Any, dict[str, Any] | RowError]]:
    """Each JSON line: its number, its key, and its cells or why it cannot be read.

    A *key* named but missing from the first object read is refused at once,
    as a CSV header without it is; missing from a later line, it is that
    line's row error.

    Raises:
        InvalidArgument: For a *key* named that the first object does not hold.
    """
    first = True
    for number, text in enumerate(lines, start=1):
        if isinstance(text, _Undecodable):
            yield number, None, RowError(number, None, text.message)
            continue
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            yield number, None, RowError(number, None, f"not valid JSON ({error.msg})")
            continue
        except ValueError:  # a number too long to be converted
            yield (
                number,
                None,
                RowError(
                    number, None, "a number of thousands of digits; not a fact's value"
                ),
            )
            continue
        except RecursionError:
            yield (
                number,
                None,
                RowError(number, None, f"nested more than {MAX_DEPTH} levels deep"),
            )
            continue
        problem = _json_problem(record, key_column(key))
        if problem is None and key is not None and key not in record:
            if first:
                raise InvalidArgument(
                    "key",
                    f"{quote(key)} is not a field of line {number}; its fields are "
                    f"{', '.join(quote(n) for n in record) or 'none'}",
                )
            problem = key, f"{key}: the key is not a field of this line"
        first = first and not isinstance(record, dict)
        if problem is not None:
            yield number, problem[0], RowError(number, problem[0], problem[1])
            continue
        yield number, record.pop(key_column(key), None), record


def _json_problem(record: Any, key: str) -> tuple[str | None, str] | None:
    """Why a parsed JSON line is not a record of facts, or ``None``."""
    if not isinstance(record, dict):
        return None, f"expected an object of facts, got {_json_kind(record)}"
    row_key = record.get(key)
    if row_key is not None and (
        isinstance(row_key, bool) or not isinstance(row_key, str | int | float)
    ):
        return key, f"{key}: expected a string or a number, got {_json_kind(row_key)}"
    for name, value in record.items():
        if _depth(value) > MAX_DEPTH:
            return name, f"{name}: nested more than {MAX_DEPTH} levels deep"
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            return name, f"{name}: {_too_long(value)}"
    return None


def _depth(value: Any, level: int = 1) -> int:
    if level > MAX_DEPTH or not isinstance(value, list | dict):
        return level
    items = value.values() if isinstance(value, dict) else value
    return max((_depth(item, level + 1) for item in items), default=level)


def _json_kind(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "true or false",
        type(None): "null",
    }.get(type(value), "a number")


def record_reader(schema: Schema) -> Callable[[Mapping[str, Any]], Record]:
    """A function making a person over *schema* from a record's cells (a CSV line's, a JSON line's).

    Each cell is read as every caseload reads it (:func:`~integration_rules._cells.cell_reader`);
    a name that is not a fact is passed on, for the error naming it.

    Raises:
        InvalidFact: Naming the first bad field, as ``Person.from_mapping`` does.
    """
    readers = {fact.name: cell_reader(fact) for fact in schema.facts}
    make = schema.record_class.from_mapping

    def person(cells: Mapping[str, Any]) -> Record:
        return make(
            {
                name: readers[name](value) if name in readers else value
                for name, value in cells.items()
            }
        )

    return person


def persons_of(
    lines: Iterator[str | _Undecodable],
    format: Literal["csv", "jsonl"],
    key: str | None,
    schema: Schema = FACTS,
) -> Iterator[tuple[int, Any, Person] | RowError]:
    """Each record of a CSV or JSON Lines stream as a person over *schema*, or why it is not one.

    A person comes with its line number and its key (the line number when
    the record has none). A record that cannot be read, or that holds a bad
    value, is a :class:`RowError` naming its line and field, and the records
    after it are read on.

    Raises:
        InvalidArgument: As :func:`csv_records` and :func:`jsonl_records` do.
    """
    records = (
        csv_records(lines, key, schema)
        if format == "csv"
        else jsonl_records(lines, key)
    )
    person = record_reader(schema)
    for line, row_key, record in records:
        if isinstance(record, RowError):
            yield record
            continue
        try:
            read = person(record)
        except InvalidFact as error:
            yield RowError(line, error.field, str(error))
            continue
        row = line, row_key if row_key not in {None, ""} else line, read
        yield row  # type: ignore[misc]  # a record over *schema*: a Person
