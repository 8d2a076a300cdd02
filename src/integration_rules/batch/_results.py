"""A caseload's results: rows, row errors, the result of a batch."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final, Literal

from attrs import field, frozen

from integration_rules._check import check
from integration_rules._core import (
    Decision,
    Outcome,
    Phrase,
    Text,
)
from integration_rules.batch._summaries import MeasureSummary, Summary
from integration_rules.errors import (
    InvalidFact,
)
from integration_rules.explain import html
from integration_rules.explain.html import Cell
from integration_rules.explain.notebook import Shown
from integration_rules.facts import Person
from integration_rules.measures import Measure

#: The engines' outcome codes: 2 eligible, 1 undetermined, 0 ineligible.
_FROM_CODE: Final = {
    2: Outcome.ELIGIBLE,
    1: Outcome.UNDETERMINED,
    0: Outcome.INELIGIBLE,
}
_TO_CODE: Final = {outcome: code for code, outcome in _FROM_CODE.items()}


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
    leaf_counts: Mapping[str, tuple[tuple[str, Text | Phrase, int], ...]] = field(factory=dict)
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
        rows = [
            (
                str(self.keys[index]),
                [self._cell(index, measure_id) for measure_id in self.measures],
            )
            for index in range(min(limit, self.size))
        ]
        more = self.size - limit if self.size > limit else 0
        return html.grid(self.measures, rows, lang, more=more)

    def _cell(self, index: int, measure_id: str) -> Cell:
        outcome = self.outcome(index, measure_id)
        if outcome is None:
            return self.errors[index]
        return outcome, self.missing[measure_id][index]

    def table(self, lang: str = "fr", *, limit: int = 20) -> Any:
        """The result shown as a table in *lang* in a notebook."""
        return Shown(self.html(lang, limit=limit), repr(self))

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
