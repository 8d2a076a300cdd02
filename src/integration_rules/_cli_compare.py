"""``integration-rules compare``: a reading of the parameters against the baseline, over a caseload file."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

from integration_rules._core import LANGUAGES
from integration_rules.batch._inputs import lines_of, persons_of
from integration_rules.batch._results import RowError
from integration_rules.errors import InvalidArgument, UnknownMeasure
from integration_rules.explain.words import count
from integration_rules.facts import Person
from integration_rules.measures import Catalogue, Measure
from integration_rules.scenarios import compare, reading

#: The columns of ``--out``: one row per change.
OUT_COLUMNS = ("on", "key", "measure", "before", "after", "change")


def add_parser(commands: Any) -> argparse.ArgumentParser:
    """The ``compare`` command's arguments."""
    command: argparse.ArgumentParser = commands.add_parser(
        "compare",
        help="compare a reading of the parameters with the baseline over a caseload",
        description=(
            "Evaluate CASELOAD (CSV or JSON Lines) with the measures as they are and with the "
            "parameter values of --set and --reading, and print who gains, who loses and what "
            "it costs, per measure."
        ),
    )
    command.add_argument("caseload", metavar="CASELOAD", help="a .csv or .jsonl file")
    command.add_argument(
        "--set",
        action="append",
        dest="values",
        default=[],
        metavar="PARAMETER=VALUE",
        help="a parameter's value in the scenario, e.g. formavenir.min_difficulty_kinds=1 (repeatable)",
    )
    command.add_argument(
        "--reading",
        metavar="FILE",
        help="a TOML file of parameter values, each applying always or from dates",
    )
    command.add_argument(
        "--measure",
        action="append",
        dest="measures",
        metavar="MEASURE",
        help="a measure id (repeatable; default: the measures that read the parameters set)",
    )
    command.add_argument(
        "--on",
        action="append",
        dest="dates",
        metavar="DATE",
        help="evaluation date, YYYY-MM-DD (repeatable; default: today)",
    )
    command.add_argument("--lang", choices=LANGUAGES, default="fr", help="language of the summary")
    command.add_argument(
        "--key", default=None, help="the column of case numbers (default: id, when there is one)"
    )
    command.add_argument(
        "--out", metavar="FILE", help="write one row per change to this CSV file"
    )
    command.add_argument("--json", action="store_true", help="print the counts as JSON")
    command.add_argument(
        "--progress", action="store_true", help="say on standard error what is being done"
    )
    return command


def read_reading(path: Path | str) -> dict[str, Any]:
    """The reading a TOML file holds: parameter ids to values or dated values.

    Raises:
        InvalidArgument: Naming the file, for a file that cannot be read or is not TOML.
    """
    where = Path(path)
    try:
        data = tomllib.loads(where.read_text(encoding="utf-8"))
    except OSError as error:
        raise InvalidArgument("reading", f"{where}: cannot be read ({error.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InvalidArgument("reading", f"{where}: not a TOML file ({error})") from None
    return data


def _values(args: argparse.Namespace, fail: Callable[[str], Exception]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if args.reading:
        try:
            values.update(read_reading(args.reading))
        except InvalidArgument as error:
            raise fail(str(error)) from None
    for item in args.values:
        parameter_id, equals, value = item.partition("=")
        if not equals or not parameter_id.strip():
            raise fail(f"--set: expected PARAMETER=VALUE, got {item!r}")
        values[parameter_id.strip()] = value
    if not values:
        raise fail("compare: expected parameter values, with --set PARAMETER=VALUE or --reading FILE")
    return values


def _measures(
    args: argparse.Namespace, catalogue: Catalogue, values: dict[str, Any]
) -> tuple[Measure, ...]:
    if args.measures:
        return tuple(catalogue.find(m) for m in args.measures)
    return tuple(
        m for m in catalogue.measures if {p.id for p in m.rule.parameters()} & set(values)
    ) or catalogue.measures


def _persons(
    path: Path, key: str | None, catalogue: Catalogue, errors: list[RowError]
) -> tuple[list[Person], list[Any]]:
    """The persons of the caseload file and their keys; a bad record goes to *errors*."""
    form: Literal["csv", "jsonl"] = "csv" if path.suffix.lower() == ".csv" else "jsonl"
    with path.open("rb") as stream:
        reads = list(persons_of(lines_of(stream), form, key, catalogue.schema))
    errors.extend(read for read in reads if isinstance(read, RowError))
    rows = [read for read in reads if not isinstance(read, RowError)]
    return [person for _, _, person in rows], [row_key for _, row_key, _ in rows]


def _changes(result: Any) -> Iterator[tuple[str, Any, str, str, str, str]]:
    for change in result.changes:
        yield (
            change.on.isoformat(),
            change.key,
            change.measure,
            change.before.value,
            change.after.value,
            change.kind,
        )


def run(
    args: argparse.Namespace,
    catalogue: Catalogue,
    fail: Callable[[str], Exception],
    today: Callable[[], dt.date],
) -> int:
    """Run ``compare``; *fail* makes the command line's one-line error."""
    path = Path(args.caseload)
    if path.suffix.lower() not in {".csv", ".jsonl"}:
        raise fail(f"{path}: expected a .csv or .jsonl file")
    values = _values(args, fail)
    try:
        baseline = _measures(args, catalogue, values)
        scenario = reading(baseline, values)
        errors: list[RowError] = []
        if args.progress:
            sys.stderr.write(f"reading {path}\n")
        people, keys = _persons(path, args.key, catalogue, errors)
        if args.progress:
            sys.stderr.write(f"comparing {count(len(people), 'person').en}\n")
        result = compare(
            people,
            baseline,
            scenario,
            on=args.dates or [today()],
            catalogue=catalogue,
            keys=keys,
        )
    except UnknownMeasure as error:
        raise fail(str(error)) from None
    except InvalidArgument as error:
        raise fail(f"{path}: {error}" if error.field == "columns" else str(error)) from None
    except OSError as error:
        raise fail(f"{path}: cannot be read ({error.strerror})") from None
    if args.out:
        _write(Path(args.out), result, fail)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(result.explain(args.lang))
    for unread in errors:
        print(str(unread), file=sys.stderr)
    return 0


def _write(path: Path, result: Any, fail: Callable[[str], Exception]) -> None:
    """The changes, one CSV row each."""
    try:
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(OUT_COLUMNS)
            writer.writerows(_changes(result))
    except OSError as error:
        raise fail(f"{path}: cannot be written ({error.strerror})") from None
