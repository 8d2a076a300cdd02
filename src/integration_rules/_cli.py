"""The command line: ``integration-rules check|eligible|path|measures|batch|compare|serve``.

``integration-rules check PERSON_FILE MEASURE [--on DATE] [--lang fr|de|en] [--json]``
decides one measure; ``eligible PERSON_FILE`` lists every measure;
``path PERSON_FILE MEASURE`` shows what blocks and from when.

This is the only module of the library that reads files, reads the clock or
writes to the terminal. Everything it computes comes from the pure layers
below it.

Exit status: 0 when a decision was printed (whatever its outcome), 2 when the
input is bad (a one-line error names the file and the field).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import importlib
import json
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, TextIO

from integration_rules import __version__, _cli_compare
from integration_rules._check import (
    check,
    eligible_measures,
    path_to_eligibility,
)
from integration_rules._core import LANGUAGES, Decision
from integration_rules._core._path import Path as EligibilityPath
from integration_rules.batch import Chunk, evaluate_stream, summarise_stream
from integration_rules.batch._results import LONG_COLUMNS
from integration_rules.errors import (
    EvaluationError,
    InvalidArgument,
    InvalidFact,
    UnknownMeasure,
    quote,
)
from integration_rules.facts import Person
from integration_rules.measures import CATALOGUE, Catalogue

EXIT_OK = 0
EXIT_BAD_INPUT = 2
_PERSON_SUFFIXES = (".json", ".toml")


class BadInput(Exception):
    """An input problem, already phrased as a one-line message."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="integration-rules",
        description="Check eligibility for integration measures, with explanations and sources.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check_cmd = commands.add_parser(
        "check",
        help="decide whether a person (JSON or TOML file) may join a measure",
        description=(
            "Decide whether the person described in PERSON_FILE (JSON or TOML, keys are the "
            "Person keywords) may join MEASURE on a date, and explain why."
        ),
    )
    check_cmd.add_argument(
        "person_file", metavar="PERSON_FILE", help="a .json or .toml file"
    )
    check_cmd.add_argument(
        "measure", metavar="MEASURE", help="a measure id, e.g. formavenir"
    )
    check_cmd.add_argument(
        "--on", metavar="DATE", help="evaluation date, YYYY-MM-DD (default: today)"
    )
    check_cmd.add_argument(
        "--lang", choices=LANGUAGES, default="fr", help="language of the explanation"
    )
    check_cmd.add_argument(
        "--json", action="store_true", help="print the decision as JSON"
    )

    eligible_cmd = commands.add_parser(
        "eligible",
        help="list every measure with its outcome for a person",
        description="List every measure with its outcome for the person in PERSON_FILE: eligible first, then undetermined (with what is missing), then ineligible.",
    )
    eligible_cmd.add_argument(
        "person_file", metavar="PERSON_FILE", help="a .json or .toml file"
    )
    eligible_cmd.add_argument(
        "--on", metavar="DATE", help="evaluation date, YYYY-MM-DD (default: today)"
    )
    eligible_cmd.add_argument(
        "--lang", choices=LANGUAGES, default="fr", help="language of the measure names"
    )
    eligible_cmd.add_argument(
        "--json", action="store_true", help="print the decisions as JSON"
    )

    path_cmd = commands.add_parser(
        "path",
        help="what blocks a person from a measure, what would change it, and from when",
        description="Show what blocks the person in PERSON_FILE from MEASURE, the smallest fact changes that would make them eligible, and the earliest eligible date.",
    )
    path_cmd.add_argument(
        "person_file", metavar="PERSON_FILE", help="a .json or .toml file"
    )
    path_cmd.add_argument(
        "measure", metavar="MEASURE", help="a measure id, e.g. formavenir"
    )
    path_cmd.add_argument(
        "--on", metavar="DATE", help="evaluation date, YYYY-MM-DD (default: today)"
    )
    path_cmd.add_argument(
        "--lang", choices=LANGUAGES, default="fr", help="language of the explanation"
    )
    path_cmd.add_argument("--json", action="store_true", help="print the path as JSON")

    batch_cmd = commands.add_parser(
        "batch",
        help="evaluate a CSV or JSON Lines caseload and print a summary",
        description=(
            "Evaluate every row of CASELOAD (CSV with Person keywords as columns, or JSON Lines) "
            "against the measures, chunk by chunk; bad rows are reported with their line and field."
        ),
    )
    batch_cmd.add_argument("caseload", metavar="CASELOAD", help="a .csv or .jsonl file")
    batch_cmd.add_argument(
        "--measure",
        action="append",
        dest="measures",
        metavar="MEASURE",
        help="a measure id (repeatable; default: all)",
    )
    batch_cmd.add_argument(
        "--on", metavar="DATE", help="evaluation date, YYYY-MM-DD (default: today)"
    )
    batch_cmd.add_argument(
        "--lang", choices=LANGUAGES, default="fr", help="language of the summary"
    )
    batch_cmd.add_argument(
        "--key",
        default=None,
        help="the column of case numbers (default: id, when there is one)",
    )
    batch_cmd.add_argument(
        "--out",
        metavar="FILE",
        help="write one row per person and measure to this CSV file",
    )
    batch_cmd.add_argument(
        "--chunk-size", type=int, default=10_000, help="rows per chunk (default: 10000)"
    )
    batch_cmd.add_argument(
        "--progress", action="store_true", help="show a progress bar on standard error"
    )

    measures_cmd = commands.add_parser(
        "measures", help="list the measures of the catalogue"
    )
    compare_cmd = _cli_compare.add_parser(commands)
    serve_cmd = _serve_parser(commands)
    for command in (
        check_cmd,
        eligible_cmd,
        path_cmd,
        batch_cmd,
        measures_cmd,
        compare_cmd,
        serve_cmd,
    ):
        command.add_argument(
            "--catalogue",
            metavar="MODULE:ATTRIBUTE",
            help=(
                "a catalogue of one's own, e.g. sion_measures:CATALOGUE (a Catalogue "
                "value, the library's measures and one's own); default: the library's"
            ),
        )
    return parser


def _serve_parser(commands: Any) -> argparse.ArgumentParser:
    serve_cmd: argparse.ArgumentParser = commands.add_parser(
        "serve",
        help="serve the library over HTTP (JSON; needs the extra [server])",
        description=(
            "Serve the library over HTTP: JSON in and out, the OpenAPI document at "
            "/openapi.json. Stateless; stops gracefully on Ctrl-C or SIGTERM."
        ),
    )
    serve_cmd.add_argument("--host", default="127.0.0.1", help="default: 127.0.0.1")
    serve_cmd.add_argument("--port", type=int, default=8000, help="default: 8000")
    serve_cmd.add_argument(
        "--max-body-bytes",
        type=int,
        default=None,
        metavar="N",
        help="the largest request body, in bytes (default: 8 MiB)",
    )
    serve_cmd.add_argument(
        "--max-batch-lines",
        type=int,
        default=None,
        metavar="N",
        help="the most lines of a /batch caseload (default: 10000)",
    )
    serve_cmd.add_argument(
        "--cors-origin",
        action="append",
        dest="cors_origins",
        default=[],
        metavar="ORIGIN",
        help="an origin browsers may call from (repeatable; default: none, CORS off)",
    )
    return serve_cmd


def _run_serve(args: argparse.Namespace) -> int:
    catalogue = _catalogue(args)
    try:
        from integration_rules import _server  # noqa: PLC0415 - the extra [server]
    except ImportError as error:
        raise BadInput(
            f'serve needs the extra [server] ({error.name} is missing): pip install "integration-rules[server]"'
        ) from None
    defaults = _server.Limits()
    for name in ("max_body_bytes", "max_batch_lines", "port"):
        value = getattr(args, name)
        if value is not None and value < (0 if name == "port" else 1):
            raise BadInput(f"--{name.replace('_', '-')}: expected a positive number, got {value}")
    limits = _server.Limits(
        max_body_bytes=args.max_body_bytes or defaults.max_body_bytes,
        max_batch_lines=args.max_batch_lines or defaults.max_batch_lines,
    )
    _server.serve(
        catalogue,
        host=args.host,
        port=args.port,
        limits=limits,
        cors_origins=args.cors_origins,
    )
    return EXIT_OK


def _looks_like_file(argument: str) -> bool:
    return argument.lower().endswith(_PERSON_SUFFIXES) or Path(argument).is_file()


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object without repeated keys (JSON would silently keep the last one)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _parse(path: Path, raw_bytes: bytes) -> Any:
    """The data of a JSON or TOML file, or a one-line error naming the file."""
    suffix = path.suffix.lower()
    if suffix not in _PERSON_SUFFIXES:
        raise BadInput(f"{path}: expected a .json or .toml file")
    try:
        text = raw_bytes.decode("utf-8-sig")
        if suffix == ".json":
            return json.loads(text, object_pairs_hook=_no_duplicates)
        return tomllib.loads(text)
    except UnicodeDecodeError:
        raise BadInput(f"{path}: not UTF-8 text") from None
    except _DuplicateKey as error:
        raise BadInput(f"{path}: {error.key}: given twice") from None
    except json.JSONDecodeError as error:
        raise BadInput(
            f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise BadInput(f"{path}: not valid TOML ({error})") from None
    except RecursionError:
        raise BadInput(f"{path}: nested too deeply to be a person's facts") from None
    except ValueError:  # a number of thousands of digits
        raise BadInput(
            f"{path}: a number too long to be read (thousands of digits)"
        ) from None


def _read_mapping(path: Path) -> Mapping[str, Any]:
    try:
        raw_bytes = path.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except OSError as error:
        raise BadInput(f"{path}: cannot be read ({error.strerror})") from None
    data = _parse(path, raw_bytes)
    if (
        isinstance(data, Mapping)
        and set(data) == {"person"}
        and isinstance(data["person"], Mapping)
    ):
        data = data["person"]
    if not isinstance(data, Mapping):
        raise BadInput(
            f"{path}: expected an object of facts (keys such as birth_date), got {type(data).__name__}"
        )
    return data


def _catalogue(args: argparse.Namespace) -> Catalogue:
    """The catalogue ``--catalogue MODULE:ATTRIBUTE`` names, or the library's own.

    The module is imported as Python imports it, the current directory
    first (as ``python -m`` would): a canton's package, installed or not.
    """
    spec = getattr(args, "catalogue", None)
    if spec is None:
        return CATALOGUE
    module_name, colon, attribute = spec.partition(":")
    if not colon or not module_name or not attribute:
        raise BadInput(
            f"--catalogue: expected MODULE:ATTRIBUTE (e.g. sion_measures:CATALOGUE), got {quote(spec)}"
        )
    if str(Path.cwd()) not in sys.path:
        sys.path.insert(0, str(Path.cwd()))
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise BadInput(f"--catalogue: cannot import {quote(module_name)} ({error})") from None
    found = getattr(module, attribute, None)
    if not isinstance(found, Catalogue):
        raise BadInput(
            f"--catalogue: expected {module_name}.{attribute} to be a Catalogue "
            f"(CATALOGUE.with_measures(...)), got {type(found).__name__}"
        )
    return found


def _read_person(path: Path, catalogue: Catalogue = CATALOGUE) -> Person:
    data = _read_mapping(path)
    try:
        return catalogue.schema.record_class.from_mapping(data)  # type: ignore[return-value]
    except InvalidFact as error:
        raise BadInput(f"{path}: {error}") from None


def _run_on_person(
    args: argparse.Namespace, question: Callable[..., Decision | EligibilityPath]
) -> int:
    """``check`` and ``path``: read the person, ask *question* about the measure, print."""
    file_arg, measure_arg = args.person_file, args.measure
    if not _looks_like_file(file_arg) and _looks_like_file(measure_arg):
        file_arg, measure_arg = measure_arg, file_arg
    catalogue = _catalogue(args)
    person = _read_person(Path(file_arg), catalogue)
    try:
        answer = question(person, measure_arg, on=_today(args), catalogue=catalogue)
    except (UnknownMeasure, InvalidArgument) as error:
        raise BadInput(str(error)) from None
    except EvaluationError as error:
        raise BadInput(f"{file_arg}: {error}") from None
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(answer.explain(args.lang))
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    return _run_on_person(args, check)


def _today(args: argparse.Namespace) -> Any:
    return args.on if args.on is not None else dt.date.today()  # noqa: DTZ011 - the CLI is the edge; rules never read the clock


def _run_eligible(args: argparse.Namespace) -> int:
    catalogue = _catalogue(args)
    person = _read_person(Path(args.person_file), catalogue)
    try:
        decisions = eligible_measures(person, on=_today(args), catalogue=catalogue)
    except InvalidArgument as error:
        raise BadInput(str(error)) from None
    except EvaluationError as error:
        raise BadInput(f"{args.person_file}: {error}") from None
    if args.json:
        print(
            json.dumps([d.to_dict() for d in decisions], ensure_ascii=False, indent=2)
        )
        return EXIT_OK
    for decision in decisions:
        name = decision.title.get(args.lang) if decision.title else decision.measure
        missing = (
            f"  ({', '.join(sorted(decision.missing))})" if decision.missing else ""
        )
        print(f"{decision.outcome.value:<12} {decision.measure:<32} {name}{missing}")
    return EXIT_OK


def _run_path(args: argparse.Namespace) -> int:
    return _run_on_person(args, path_to_eligibility)


def _progress(done: int, total: int) -> None:
    width = 30
    filled = width if total == 0 else min(width, width * done // total)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} rows")
    sys.stderr.flush()


def _run_batch(args: argparse.Namespace) -> int:
    path = Path(args.caseload)
    suffix = path.suffix.lower()
    if suffix not in {".csv", ".jsonl"}:
        raise BadInput(f"{path}: expected a .csv or .jsonl file")
    try:
        with contextlib.ExitStack() as stack:
            stream = _opened(stack, path, "rb")
            total = _records_in(stream, suffix) if args.progress else 0
            stream.seek(0)
            out = _opened(stack, Path(args.out), "w") if args.out else None
            chunks = evaluate_stream(
                stream,
                args.measures,
                on=_today(args),
                format="csv" if suffix == ".csv" else "jsonl",
                key=args.key,
                chunk_size=args.chunk_size,
                catalogue=_catalogue(args),
            )
            # Chunks are written and counted as they come: memory stays bounded.
            summary = summarise_stream(_written(chunks, out, args.progress, total))
    except UnknownMeasure as error:
        raise BadInput(str(error)) from None
    except InvalidArgument as error:
        raise BadInput(f"{path}: {error}") from None
    if args.progress:
        sys.stderr.write("\n")
    print(summary.explain(args.lang))
    return EXIT_OK


def _opened(
    stack: contextlib.ExitStack[Any], path: Path, mode: Literal["rb", "w"]
) -> Any:
    """*path* opened in *mode*; a file that cannot be opened is a one-line error naming it.

    A caseload is read as bytes (the library decodes it), the output written
    as UTF-8 text.
    """
    try:
        if mode == "rb":
            return stack.enter_context(path.open("rb"))
        return stack.enter_context(path.open("w", encoding="utf-8", newline=""))
    except FileNotFoundError:
        where = "no such file" if mode == "rb" else "no such folder"
        raise BadInput(f"{path}: {where}") from None
    except OSError as error:
        verb = "read" if mode == "rb" else "written"
        raise BadInput(f"{path}: cannot be {verb} ({error.strerror})") from None


def _records_in(stream: Iterable[bytes], suffix: str) -> int:
    """About how many records a caseload holds, for the progress bar.

    Its non-blank lines, less the header: a quoted CSV field over several
    lines counts more than once. The bar is an estimate; the summary counts
    exactly.
    """
    lines = sum(1 for line in stream if line.strip())
    return max(0, lines - 1) if suffix == ".csv" else lines


def _written(
    chunks: Iterable[Chunk], out: TextIO | None, progress: bool, total: int
) -> Iterator[Chunk]:
    """Each chunk, after writing its rows (and its unreadable lines) to *out*.

    The rows are written from the chunk's arrays (:meth:`BatchResult.csv_text
    <integration_rules.batch.BatchResult.csv_text>`), as one text per chunk.
    """
    writer = None if out is None else csv.writer(out)
    if writer is not None:
        writer.writerow(LONG_COLUMNS)
    done = 0
    for chunk in chunks:
        unread = [e for e in chunk.errors if e.stage == "read"]
        done += chunk.result.size + len(unread)
        if out is not None and writer is not None:
            out.write(chunk.result.csv_text())
            writer.writerows(("", "", "", "", str(error)) for error in unread)
        if progress:
            _progress(done, total)
        yield chunk


def _run_measures(args: argparse.Namespace) -> int:
    for found in sorted(_catalogue(args), key=lambda m: m.id):
        measure_id = found.id
        period = f" [{found.in_force}]" if found.in_force else ""
        print(f"{measure_id}\t{found.label.en}{period}")
    return EXIT_OK


def _ensure_unicode_output() -> None:
    """Write UTF-8 when the terminal's encoding cannot show the explanation's marks (✓ ✗ —)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "ascii"
        try:
            "✓✗—’·".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    _ensure_unicode_output()
    args = _parser().parse_args(argv)
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "check": _run_check,
        "eligible": _run_eligible,
        "path": _run_path,
        "batch": _run_batch,
        "measures": _run_measures,
        "serve": _run_serve,
        "compare": lambda given: _cli_compare.run(
            given, _catalogue(given), BadInput, dt.date.today
        ),
    }
    try:
        return commands[args.command](args)
    except BadInput as error:
        print(f"integration-rules: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
