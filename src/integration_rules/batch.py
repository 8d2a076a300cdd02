"""Caseloads: evaluate many persons against one or many measures on a date.

Three doors, one engine:

* :func:`evaluate_many` takes :class:`~integration_rules.Person` values;
* :func:`evaluate_table` takes columns (a mapping of column names to
  sequences, a pandas DataFrame, a pyarrow Table);
* :func:`evaluate_stream` reads a CSV or JSON Lines stream (an open file, or
  lines) chunk by chunk, in bounded memory.

A row that cannot be evaluated (a bad value, facts that contradict each other,
a person born after the date) becomes a :class:`RowError` naming the row (or
line) and the field, and never stops the others.

With numpy installed (``integration-rules[columnar]``) the rules run on the
columnar engine; without it, one :func:`~integration_rules.check` per row.
Either way each row's outcome and missing facts are exactly ``check``'s, and
:meth:`BatchResult.explain` gives ``check``'s explanation for any row.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, Literal

from attrs import field, frozen

from integration_rules._check import check, measure
from integration_rules._core import (
    Decision,
    Outcome,
    Text,
    as_date,
    check_lang,
)
from integration_rules._core._explanation import colon
from integration_rules._core._rule import conditions
from integration_rules.errors import (
    EvaluationError,
    InvalidArgument,
    InvalidFact,
    quote,
)
from integration_rules.facts import FACT_KINDS, FACTS, Person
from integration_rules.measures import MEASURES, Measure

__all__ = [
    "BatchResult",
    "Chunk",
    "MeasureSummary",
    "Row",
    "RowError",
    "StreamSummary",
    "Summary",
    "evaluate_many",
    "evaluate_stream",
    "evaluate_table",
    "summarise_stream",
]

#: The engines' outcome codes: 2 eligible, 1 undetermined, 0 ineligible.
_FROM_CODE: Final = {
    2: Outcome.ELIGIBLE,
    1: Outcome.UNDETERMINED,
    0: Outcome.INELIGIBLE,
}
_TO_CODE: Final = {outcome: code for code, outcome in _FROM_CODE.items()}


#: What the caseload functions accept as measures: an id, a measure value, several, or none (all).
Measures = str | Measure | Iterable[str | Measure] | None


def _measures(measures: Measures) -> tuple[Measure, ...]:
    """The measures to evaluate, as values: an id is looked up, a value is kept as it is.

    A measure value (a reading made with :meth:`Measure.with_parameters`, or a
    measure of one's own) is evaluated with its own rule, never replaced by the
    catalogue's measure of the same id.

    Raises:
        UnknownMeasure: For an id the catalogue does not know.
        InvalidArgument: If two measures given share an id.
    """
    if measures is None:
        found: tuple[Measure, ...] = MEASURES
    elif isinstance(measures, str | Measure):
        found = (measure(measures),)
    elif isinstance(measures, Iterable):
        found = tuple(measure(m) for m in measures)
    else:
        raise InvalidArgument(
            "measures",
            f"expected a measure id, a Measure, several of them or None, got {type(measures).__name__}",
        )
    ids = [m.id for m in found]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise InvalidArgument(
            "measures",
            f"expected each measure once, got {', '.join(map(repr, twice))} more than once",
        )
    return found


@frozen
class Row:
    """One person and one measure: the outcome and the missing facts, or the error.

    Attributes:
        key: The person's key (a case number), or the row's index.
        measure: The measure id.
        outcome: The outcome, or ``None`` when the row could not be evaluated.
        missing: The missing facts, for an undetermined outcome.
        error: Why the row could not be evaluated, starting with the field's name.
            A validation error may quote the rejected input; an error met
            while evaluating names the field, never the person's value.
    """

    key: Any
    measure: str
    outcome: Outcome | None
    missing: frozenset[str] = frozenset()
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The row as JSON-ready data."""
        return {
            "key": self.key,
            "measure": self.measure,
            "outcome": None if self.outcome is None else self.outcome.value,
            "missing": sorted(self.missing),
            "error": self.error,
        }


@frozen
class RowError:
    """A row that could not be evaluated: where it is, the field and why.

    Attributes:
        line: The line number in a stream (``None`` for a table's row).
        field: The fact at fault (``None`` when the line could not be read at all).
        message: Why, starting with the field's name. A validation error
            (stage ``"read"``) may quote the rejected input; an error met
            while evaluating (stage ``"evaluation"``) names the field, never
            the person's value.
        stage: ``"read"`` (the row's values were refused) or ``"evaluation"``.
        row: The row's index in the :class:`BatchResult` (``None`` for a
            stream line that could not be read).
    """

    line: int | None
    field: str | None
    message: str
    stage: Literal["read", "evaluation"] = "read"
    row: int | None = None

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line is not None else f"row {self.row}"
        return f"{where}: {self.message}"


@frozen(kw_only=True)
class MeasureSummary:
    """Counts for one measure, and what most often blocks or is missing."""

    measure: str
    counts: Mapping[str, int]
    blocking: tuple[tuple[str, Text, int], ...]
    missing: tuple[tuple[str, int], ...]

    def to_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data."""
        return {
            "measure": self.measure,
            "counts": dict(self.counts),
            "blocking": [
                {"rule": r, "label": label.to_dict(), "rows": n}
                for r, label, n in self.blocking
            ],
            "missing": [{"fact": f, "rows": n} for f, n in self.missing],
        }


_WORDS: Final = {
    "persons": Text("personnes", "Personen", "persons"),
    "errors": Text("erreurs", "Fehler", "errors"),
    "blocks": Text(
        "bloque le plus souvent", "blockiert am häufigsten", "blocks most often"
    ),
    "missing": Text(
        "manque le plus souvent", "fehlt am häufigsten", "missing most often"
    ),
    "eligible": Text("éligibles", "berechtigt", "eligible"),
    "undetermined": Text("indéterminés", "unbestimmt", "undetermined"),
    "ineligible": Text("non éligibles", "nicht berechtigt", "ineligible"),
    "error": Text("en erreur", "fehlerhaft", "in error"),
}


@frozen(kw_only=True)
class Summary:
    """Counts per outcome per measure over a caseload, with the top blocking conditions and missing facts."""

    size: int
    measures: tuple[MeasureSummary, ...]
    errors: int = 0

    def explain(self, lang: str = "fr") -> str:
        """The summary as text, a block per measure."""
        lang = check_lang(lang)
        lines = [
            f"{self.size} {_WORDS['persons'].get(lang)}, {self.errors} {_WORDS['errors'].get(lang)}"
        ]
        for item in self.measures:
            counts = ", ".join(
                f"{_WORDS[k].get(lang)} {v}" for k, v in item.counts.items()
            )
            lines.append(f"{item.measure}{colon(lang)}{counts}")
            if item.blocking:
                shown = "; ".join(
                    f"{label.get(lang)} ({n})" for _, label, n in item.blocking
                )
                lines.append(f"  {_WORDS['blocks'].get(lang)}{colon(lang)}{shown}")
            if item.missing:
                shown = "; ".join(f"{fact} ({n})" for fact, n in item.missing)
                lines.append(f"  {_WORDS['missing'].get(lang)}{colon(lang)}{shown}")
        return "\n".join(lines)

    def html(self, lang: str = "fr") -> str:
        """The summary as an HTML table in *lang*: one row per measure."""
        from html import escape  # noqa: PLC0415 - only when rendering

        from integration_rules._core._html import table_html  # noqa: PLC0415 - only when rendering

        lang = check_lang(lang)
        keys = ("eligible", "undetermined", "ineligible", "error")
        rows = [
            (
                f"<code>{escape(item.measure)}</code>",
                *(str(item.counts.get(k, 0)) for k in keys),
                "<br>".join(
                    escape(f"{label.get(lang)} ({n})") for _, label, n in item.blocking
                ),
                "<br>".join(f"<code>{escape(f)}</code> ({n})" for f, n in item.missing),
            )
            for item in self.measures
        ]
        headings = (
            "",
            *(_WORDS[k].get(lang) for k in keys),
            _WORDS["blocks"].get(lang),
            _WORDS["missing"].get(lang),
        )
        caption = f"{self.size} {_WORDS['persons'].get(lang)}, {self.errors} {_WORDS['errors'].get(lang)}"
        return table_html(headings, rows, caption)

    def _repr_html_(self) -> str:
        return self.html("fr")

    def in_language(self, lang: str) -> Any:
        """The summary shown in *lang* in a notebook (``str()`` gives the text)."""
        from integration_rules._core._html import Localized  # noqa: PLC0415 - only when rendering

        return Localized(self, lang)

    def to_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data."""
        return {
            "size": self.size,
            "errors": self.errors,
            "measures": [m.to_dict() for m in self.measures],
        }


@frozen(kw_only=True, eq=False)
class BatchResult:
    """The outcomes of a caseload for some measures on one date.

    Row ``i`` of measure ``m`` is :meth:`outcome` ``(i, m)``; :meth:`rows`
    gives them all, :meth:`to_columns` as columns, :meth:`summary` the
    counts, and :meth:`explain` the full explanation of any row.

    A row that could not be evaluated is in :attr:`errors` (its message) and
    :attr:`row_errors` (a :class:`RowError` with the field); its outcome is
    ``None``.
    """

    on: dt.date
    measures: tuple[str, ...]
    keys: tuple[Any, ...]
    outcomes: Mapping[str, Sequence[int]]
    missing: Mapping[str, Sequence[frozenset[str]]]
    errors: Mapping[int, str]
    persons: Sequence[Person] | None = None
    source: Any = None
    leaf_counts: Mapping[str, tuple[tuple[str, Text, int], ...]] = field(factory=dict)
    row_errors: Mapping[int, RowError] = field(factory=dict)
    measure_values: Mapping[str, Measure] = field(factory=dict)

    def __repr__(self) -> str:
        # Counts only: a repr may end up in a log, and rows hold personal facts.
        return (
            f"BatchResult(on={self.on.isoformat()}, persons={self.size}, "
            f"measures={list(self.measures)!r}, errors={len(self.errors)})"
        )

    @property
    def size(self) -> int:
        """The number of rows."""
        return len(self.keys)

    def outcome(self, row: int, measure_id: str) -> Outcome | None:
        """The outcome of *row* for *measure_id*; ``None`` for a row in error."""
        if row in self.errors:
            return None
        return _FROM_CODE[int(self.outcomes[measure_id][row])]

    def rows(self) -> Iterator[Row]:
        """Every (person, measure) row, person by person."""
        for index, key in enumerate(self.keys):
            for measure_id in self.measures:
                if index in self.errors:
                    yield Row(key, measure_id, None, error=self.errors[index])
                else:
                    yield Row(
                        key,
                        measure_id,
                        self.outcome(index, measure_id),
                        self.missing[measure_id][index],
                    )

    def to_columns(self) -> dict[str, list[Any]]:
        """The rows as columns: ``key``, ``measure``, ``outcome``, ``missing`` (";"-joined) and ``error``."""
        out: dict[str, list[Any]] = {
            "key": [],
            "measure": [],
            "outcome": [],
            "missing": [],
            "error": [],
        }
        for row in self.rows():
            out["key"].append(row.key)
            out["measure"].append(row.measure)
            out["outcome"].append(None if row.outcome is None else row.outcome.value)
            out["missing"].append(";".join(sorted(row.missing)))
            out["error"].append(row.error)
        return out

    def person(self, row: int) -> Person:
        """Row *row* as a :class:`Person`."""
        if self.persons is not None:
            return self.persons[row]
        return self.source.row(row)  # type: ignore[no-any-return]

    def decision(self, row: int, measure_id: str) -> Decision:
        """``check``'s decision for *row* (raises the row's error if it has one).

        Raises:
            InvalidFact: If the row's values were refused.
            EvaluationError: If the row cannot be evaluated on the date.
        """
        failure = self.row_errors.get(row)
        if failure is not None and failure.stage == "read":
            name = failure.field or "row"
            raise InvalidFact(name, failure.message.removeprefix(f"{name}: "))
        return check(
            self.person(row),
            self.measure_values.get(measure_id, measure_id),
            on=self.on,
        )

    def explain(self, row: int, measure_id: str, lang: str = "fr") -> str:
        """The explanation of *row* for *measure_id*, identical to ``check(...).explain(lang)``."""
        return self.decision(row, measure_id).explain(lang)

    def html(self, lang: str = "fr", *, limit: int = 20) -> str:
        """The first *limit* persons as an HTML table: one row per person, one column per measure."""
        from html import escape  # noqa: PLC0415 - only when rendering

        from integration_rules._core._html import badge  # noqa: PLC0415 - only when rendering

        lang = check_lang(lang)
        head = "".join(f"<th>{escape(m)}</th>" for m in self.measures)
        body = []
        for index in range(min(limit, self.size)):
            cells = []
            for measure_id in self.measures:
                outcome = self.outcome(index, measure_id)
                if outcome is None:
                    cells.append(f"<td>{escape(self.errors[index])}</td>")
                    continue
                missing = self.missing[measure_id][index]
                note = (
                    f"<br><small>{escape(', '.join(sorted(missing)))}</small>"
                    if missing
                    else ""
                )
                cells.append(f"<td>{badge(outcome, lang)}{note}</td>")
            body.append(
                f"<tr><th>{escape(str(self.keys[index]))}</th>{''.join(cells)}</tr>"
            )
        more = f"<p>… {self.size - limit} more</p>" if self.size > limit else ""
        return f"<table><thead><tr><th></th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{more}"

    def table(self, lang: str = "fr", *, limit: int = 20) -> Any:
        """The result shown as a table in *lang* in a notebook."""
        return _Html(self.html(lang, limit=limit), repr(self))

    def in_language(self, lang: str, *, limit: int = 20) -> Any:
        """The result shown in *lang* in a notebook, as decisions' ``in_language`` are."""
        return self.table(lang, limit=limit)

    def _repr_html_(self) -> str:
        return self.html("fr")

    def summary(self, *, top: int = 3) -> Summary:
        """Counts per outcome per measure, and the *top* blocking conditions and missing facts."""
        items = []
        for measure_id in self.measures:
            counts: Counter[str] = Counter()
            missing: Counter[str] = Counter()
            for index in range(self.size):
                outcome = self.outcome(index, measure_id)
                if outcome is None:
                    counts["error"] += 1
                    continue
                counts[outcome.value] += 1
                if outcome is Outcome.UNDETERMINED:
                    missing.update(self.missing[measure_id][index])
            ordered = {
                k: counts.get(k, 0)
                for k in ("eligible", "undetermined", "ineligible", "error")
            }
            items.append(
                MeasureSummary(
                    measure=measure_id,
                    counts=ordered,
                    blocking=self.leaf_counts.get(measure_id, ())[:top],
                    missing=tuple(
                        sorted(missing.items(), key=lambda item: (-item[1], item[0]))[
                            :top
                        ]
                    ),
                )
            )
        return Summary(size=self.size, measures=tuple(items), errors=len(self.errors))


class _Html:
    """HTML for a notebook cell, with a stable plain-text form."""

    def __init__(self, html: str, text: str) -> None:
        self._html = html
        self._text = text

    def _repr_html_(self) -> str:
        return self._html

    def __repr__(self) -> str:
        return self._text


def _birth_errors(persons: Sequence[Person], on: dt.date) -> dict[int, str]:
    errors = {}
    for index, person in enumerate(persons):
        if person.birth_date is not None and person.birth_date > on:
            errors[index] = f"birth_date: is after the evaluation date {on.isoformat()}"
    return errors


def _numpy_available() -> bool:
    try:
        import numpy as np  # noqa: F401, PLC0415 - optional dependency
    except ImportError:  # pragma: no cover - numpy is a dev dependency
        return False
    return True


def _columnar(
    columns: Any,
    measures: tuple[Measure, ...],
    on: dt.date,
    failed: Iterable[int] = (),
) -> tuple[
    dict[str, Sequence[int]],
    dict[str, Sequence[frozenset[str]]],
    dict[str, tuple[tuple[str, Text, int], ...]],
]:
    import numpy as np  # noqa: PLC0415 - optional dependency

    from integration_rules.columnar import evaluate_rules  # noqa: PLC0415 - optional dependency
    from integration_rules.columnar._compile import missing_names  # noqa: PLC0415 - optional dependency

    outcomes: dict[str, Sequence[int]] = {}
    missing: dict[str, Sequence[frozenset[str]]] = {}
    blocking: dict[str, tuple[tuple[str, Text, int], ...]] = {}
    results = evaluate_rules([m.rule for m in measures], columns, on=on)
    evaluated = np.ones(columns.size, dtype=bool)
    evaluated[list(failed)] = False
    for measure_value, result in zip(measures, results, strict=True):
        measure_id, rule = measure_value.id, measure_value.rule
        outcomes[measure_id] = result.outcomes  # type: ignore[assignment]
        missing[measure_id] = _MissingView(result.missing, missing_names)
        # Rows in error have no outcome: they block nothing.
        ineligible = (result.outcomes == 0) & evaluated
        labels = {part.id: part.label for part in conditions(rule)}
        counted = [
            (part_id, labels[part_id], int(np.count_nonzero((codes == 0) & ineligible)))
            for part_id, codes in result.condition_codes().items()
            if part_id in labels
        ]
        blocking[measure_id] = _ranked(counted)
    return outcomes, missing, blocking


class _MissingView(Sequence[frozenset[str]]):
    """Missing-fact sets decoded lazily from the engine's bit masks."""

    def __init__(
        self, masks: Any, decode: Callable[[int, Sequence[str]], frozenset[str]]
    ) -> None:
        self._masks = masks
        self._decode = decode

    def __len__(self) -> int:
        return len(self._masks)

    def __getitem__(self, index: Any) -> Any:
        return self._decode(int(self._masks[index]), FACTS)


def _ranked(
    counted: Iterable[tuple[str, Text, int]],
) -> tuple[tuple[str, Text, int], ...]:
    """Conditions that blocked someone, most often first, ties by id."""
    return tuple(sorted((c for c in counted if c[2]), key=lambda c: (-c[2], c[0])))


def _one_by_one(
    persons: Sequence[Person],
    measures: tuple[Measure, ...],
    on: dt.date,
    errors: dict[int, str],
) -> tuple[
    dict[str, Sequence[int]],
    dict[str, Sequence[frozenset[str]]],
    dict[str, tuple[tuple[str, Text, int], ...]],
]:
    """One ``check`` per row and measure; a row whose evaluation fails is added to *errors*."""
    measure_ids = tuple(m.id for m in measures)
    outcomes: dict[str, list[int]] = {m: [0] * len(persons) for m in measure_ids}
    missing: dict[str, list[frozenset[str]]] = {
        m: [frozenset()] * len(persons) for m in measure_ids
    }
    blocked: dict[str, Counter[str]] = {m: Counter() for m in measure_ids}
    for index, person in enumerate(persons):
        if index in errors:
            continue
        try:
            decisions = [check(person, m, on=on) for m in measures]
        except EvaluationError as error:
            # Its message names the field, never the person's value.
            errors[index] = str(error)
            continue
        for measure_id, decision in zip(measure_ids, decisions, strict=True):
            outcomes[measure_id][index] = _TO_CODE[decision.outcome]
            missing[measure_id][index] = decision.missing
            if decision.outcome is Outcome.INELIGIBLE:
                node = decision.explanation
                parts = node.children or (node,)
                blocked[measure_id].update(
                    p.rule_id for p in parts if p.outcome is Outcome.INELIGIBLE
                )
    blocking = {}
    for measure_value in measures:
        measure_id = measure_value.id
        labels = {part.id: part.label for part in conditions(measure_value.rule)}
        blocking[measure_id] = _ranked(
            (rule_id, labels[rule_id], n)
            for rule_id, n in blocked[measure_id].items()
            if rule_id in labels
        )
    return dict(outcomes), dict(missing), blocking


def _evaluation_errors(errors: Mapping[int, str]) -> dict[int, RowError]:
    return {
        index: RowError(
            None, message.partition(":")[0], message, "evaluation", row=index
        )
        for index, message in sorted(errors.items())
    }


def evaluate_many(
    persons: Iterable[Person],
    measures: Measures = None,
    *,
    on: dt.date | str,
    keys: Iterable[Any] | None = None,
    engine: Literal["auto", "columnar", "objects"] = "auto",
) -> BatchResult:
    """Evaluate *persons* against *measures* (all by default) on *on*.

    Args:
        persons: The caseload.
        measures: A measure id or a :class:`~integration_rules.Measure` value
            (its own rule is evaluated: a reading made with
            ``with_parameters`` or a measure of one's own), several of them,
            or ``None`` for the whole catalogue.
        on: The evaluation date.
        keys: A key per person (case numbers); the row index by default.
        engine: ``"columnar"`` (numpy), ``"objects"`` (one ``check`` per row)
            or ``"auto"`` (columnar when numpy is installed).

    Example:
        >>> people = [Person(sex="F", domicile="CH-VS", wants_to_resume_work=True), Person(sex="M")]
        >>> result = evaluate_many(people, "carriere-au-feminin", on="2024-03-01")
        >>> [row.outcome.value for row in result.rows()]
        ['eligible', 'ineligible']
    """
    people = list(persons)
    for person in people:
        if not isinstance(person, Person):
            raise InvalidArgument(
                "persons", f"expected Person values, got {type(person).__name__}"
            )
    day = as_date(on, "on")
    chosen = _measures(measures)
    measure_ids = tuple(m.id for m in chosen)
    key_tuple = tuple(keys) if keys is not None else tuple(range(len(people)))
    if len(key_tuple) != len(people):
        raise InvalidArgument(
            "keys", f"expected {len(people)} keys, got {len(key_tuple)}"
        )
    errors = _birth_errors(people, day)
    use_columns = engine == "columnar" or (engine == "auto" and _numpy_available())
    if use_columns:
        from integration_rules.columnar import Columns  # noqa: PLC0415 - optional dependency

        outcomes, missing, blocking = _columnar(
            Columns.from_persons(people), chosen, day, errors
        )
    else:
        outcomes, missing, blocking = _one_by_one(people, chosen, day, errors)
    return BatchResult(
        on=day,
        measures=measure_ids,
        measure_values={m.id: m for m in chosen},
        keys=key_tuple,
        outcomes=outcomes,
        missing=missing,
        errors=dict(sorted(errors.items())),
        persons=people,
        leaf_counts=blocking,
        row_errors=_evaluation_errors(errors),
    )


def evaluate_table(
    data: Any,
    measures: Measures = None,
    *,
    on: dt.date | str,
    key: str | None = None,
) -> BatchResult:
    """Evaluate a caseload given as columns. Needs numpy.

    The columns are a mapping of column names to sequences, a pandas
    DataFrame or a pyarrow Table.

    Column names are the :class:`Person` keywords; *key* names an extra column
    of case numbers. Each row is validated as ``Person(**row)`` validates it,
    the checks between facts included (no date of a person's history before
    their birth date). A missing value (``None``, NaN, NaT, ``pd.NA``, the
    missing values of pandas' nullable dtypes) is unknown; a datetime at
    midnight (a pandas ``datetime64`` column) is read as its day, a datetime
    with a time of day is refused.

    A row ``Person`` would refuse, or born after *on*, is not evaluated: it
    becomes a :class:`RowError` in :attr:`BatchResult.row_errors` (and its
    message in :attr:`BatchResult.errors`) naming the row index and the
    field, and its outcome is ``None``; the other rows are evaluated.

    Raises:
        InvalidArgument: If a column is not a fact of a person, or the
            columns differ in length.

    Example:
        >>> data = {"sex": ["F", "M", "X"], "domicile": ["CH-VS", "CH-VS", "CH-VS"], "wants_to_resume_work": [True, None, True]}
        >>> result = evaluate_table(data, "carriere-au-feminin", on="2024-03-01")
        >>> [None if r.outcome is None else r.outcome.value for r in result.rows()]
        ['eligible', 'ineligible', None]
        >>> result.row_errors[2].row, result.row_errors[2].field
        (2, 'sex')
    """
    import numpy as np  # noqa: PLC0415 - optional dependency

    from integration_rules.columnar import date_key, read_columns  # noqa: PLC0415 - optional dependency

    day = as_date(on, "on")
    chosen = _measures(measures)
    measure_ids = tuple(m.id for m in chosen)
    if hasattr(data, "to_pydict"):
        data = data.to_pydict()
    elif hasattr(data, "columns") and not isinstance(data, Mapping):
        data = {str(c): data[c].tolist() for c in data.columns}
    if not isinstance(data, Mapping):
        raise InvalidArgument(
            "data",
            f"expected a mapping of columns, a DataFrame or a pyarrow Table, got {type(data).__name__}",
        )
    columns, problems = read_columns(data, key=key)
    failures = {
        row: RowError(None, error.field, str(error), "read", row=row)
        for row, error in problems.items()
    }
    births = columns.column("birth_date")
    late = births.known & (births.values > date_key(day))
    for row in np.flatnonzero(late).tolist():
        if row not in failures:
            failures[row] = RowError(
                None,
                "birth_date",
                f"birth_date: is after the evaluation date {day.isoformat()}",
                "evaluation",
                row=row,
            )
    failures = dict(sorted(failures.items()))
    outcomes, missing, blocking = _columnar(columns, chosen, day, failures)
    keys = columns.keys if columns.keys is not None else tuple(range(columns.size))
    return BatchResult(
        on=day,
        measures=measure_ids,
        measure_values={m.id: m for m in chosen},
        keys=keys,
        outcomes=outcomes,
        missing=missing,
        errors={row: failure.message for row, failure in failures.items()},
        source=columns,
        leaf_counts=blocking,
        row_errors=failures,
    )


# -- streams ----------------------------------------------------------------------------------


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


@frozen(kw_only=True, eq=False)
class Chunk:
    """One chunk of a stream: the rows read (with their line numbers) and their result."""

    lines: tuple[int, ...]
    result: BatchResult
    errors: tuple[RowError, ...]


def evaluate_stream(
    stream: Iterable[str],
    measures: Measures = None,
    *,
    on: dt.date | str,
    format: Literal["csv", "jsonl"] = "csv",
    key: str = "id",
    chunk_size: int = 10_000,
) -> Iterator[Chunk]:
    """Evaluate a CSV or JSON Lines caseload chunk by chunk, in bounded memory.

    *stream* is an open file, or any iterable of text lines. A ``str`` (its
    characters are not lines) and a path (this library opens no files; the
    command line does) are refused with a clear error: open the file with
    ``path.open(encoding="utf-8-sig", newline="")`` and pass it, or pass
    ``io.StringIO(text)`` for text. A byte order mark before the first line
    is skipped, as the command line does.

    CSV columns are the :class:`Person` keywords (and *key*); an empty cell
    is unknown; a list (difficulties, children's birth dates) is written
    ``a;b``. A row with a bad value becomes a :class:`RowError` with its
    line number and field; the other rows go on.

    Raises:
        InvalidArgument: If the CSV header names a column that is not a fact,
            or *stream* is a ``str``, a path or bytes.
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
    chosen = _measures(measures)
    lines = _without_bom(_lines(stream))
    yield from _stream_chunks(lines, chosen, day, format, key, chunk_size)


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


def _stream_chunks(  # noqa: PLR0917 - a private helper of evaluate_stream
    stream: Iterable[str],
    measures: tuple[Measure, ...],
    day: dt.date,
    format: Literal["csv", "jsonl"],
    key: str,
    chunk_size: int,
) -> Iterator[Chunk]:
    records = (
        _csv_records(stream, key) if format == "csv" else _jsonl_records(stream, key)
    )
    people: list[Person] = []
    keys: list[Any] = []
    lines: list[int] = []
    errors: list[RowError] = []
    for line, row_key, record in records:
        if isinstance(record, RowError):
            errors.append(record)
        else:
            try:
                people.append(Person.from_mapping(record))
            except InvalidFact as error:
                errors.append(RowError(line, error.field, str(error)))
            else:
                keys.append(row_key if row_key not in {None, ""} else line)
                lines.append(line)
        if len(people) >= chunk_size:
            yield _chunk(people, keys, lines, errors, measures, day)
            people, keys, lines, errors = [], [], [], []
    if people or errors:
        yield _chunk(people, keys, lines, errors, measures, day)


def _chunk(  # noqa: PLR0917 - a private helper of evaluate_stream
    people: list[Person],
    keys: list[Any],
    lines: list[int],
    errors: list[RowError],
    measures: tuple[Measure, ...],
    day: dt.date,
) -> Chunk:
    result = evaluate_many(people, measures, on=day, keys=keys)
    evaluation_errors = tuple(
        RowError(lines[i], error.field, error.message, "evaluation", row=i)
        for i, error in result.row_errors.items()
    )
    return Chunk(
        lines=tuple(lines), result=result, errors=tuple(errors) + evaluation_errors
    )


@frozen(kw_only=True)
class StreamSummary:
    """What a whole stream gave: rows read, rows that failed and why, and the outcomes counted."""

    rows: int
    failed: tuple[RowError, ...]
    counts: Mapping[str, Mapping[str, int]]

    def explain(self, lang: str = "fr", *, per_row: bool = True) -> str:
        """The summary as text: the counts, then one line per failed row.

        A failed row's line is its :class:`RowError`: a validation error may
        quote the rejected input. With ``per_row=False`` the failed rows are
        counted per field instead, and nothing a row held is shown (for a log).
        """
        lang = check_lang(lang)
        head = Text(
            f"{self.rows} lignes lues, {len(self.failed)} en erreur",
            f"{self.rows} Zeilen gelesen, {len(self.failed)} fehlerhaft",
            f"{self.rows} rows read, {len(self.failed)} failed",
        ).get(lang)
        lines = [head]
        for measure_id, counts in self.counts.items():
            shown = ", ".join(f"{_WORDS[k].get(lang)} {v}" for k, v in counts.items())
            lines.append(f"{measure_id}{colon(lang)}{shown}")
        if per_row:
            lines.extend(f"  {error}" for error in self.failed)
        elif self.failed:
            counted = Counter(error.field or "-" for error in self.failed)
            shown = ", ".join(f"{name} {n}" for name, n in sorted(counted.items()))
            lines.append(f"  {_WORDS['error'].get(lang)}{colon(lang)}{shown}")
        return "\n".join(lines)

    def failed_by_field(self) -> dict[str, int]:
        """How many rows failed per field (``"-"`` for a line that could not be read at all)."""
        return dict(sorted(Counter(e.field or "-" for e in self.failed).items()))


def summarise_stream(chunks: Iterable[Chunk]) -> StreamSummary:
    """Add up the chunks of :func:`evaluate_stream` into one summary."""
    rows = 0
    failed: list[RowError] = []
    counts: dict[str, Counter[str]] = {}
    for chunk in chunks:
        failed.extend(chunk.errors)
        rows += chunk.result.size + sum(1 for e in chunk.errors if e.stage == "read")
        for item in chunk.result.summary().measures:
            counts.setdefault(item.measure, Counter()).update(
                {k: v for k, v in item.counts.items() if k != "error"}
            )
    ordered = {
        m: {k: c.get(k, 0) for k in ("eligible", "undetermined", "ineligible")}
        for m, c in counts.items()
    }
    return StreamSummary(
        rows=rows,
        failed=tuple(sorted(failed, key=lambda e: e.line or 0)),
        counts=ordered,
    )
