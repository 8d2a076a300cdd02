"""A caseload's results: rows, row errors, the result of a batch."""

from __future__ import annotations

import datetime as dt
import importlib
import operator
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
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
#: The outcomes as the columns of results spell them, in the order of summaries;
#: an engine's code ``c`` is the value at ``2 - c``.
OUTCOME_VALUES: Final = ("eligible", "undetermined", "ineligible")
#: The columns of :meth:`BatchResult.to_columns` and of the command line's ``--out``.
LONG_COLUMNS: Final = ("key", "measure", "outcome", "missing", "error")


class MissingMasks(Sequence[frozenset[str]]):
    """Missing-fact sets as the columnar engine gives them: a bit mask per row, decoded on demand.

    Attributes:
        masks: The ``int64`` bit masks, one per row.
        names: The fact of each bit, in order.
    """

    def __init__(
        self,
        masks: Any,
        decode: Callable[[int, Sequence[str]], frozenset[str]],
        names: Sequence[str],
    ) -> None:
        self.masks = masks
        self.names = names
        self._decode = decode

    def __len__(self) -> int:
        return len(self.masks)

    def __getitem__(self, index: Any) -> Any:
        return self._decode(int(self.masks[index]), self.names)

    def decode(self, mask: int) -> frozenset[str]:
        """The facts of one mask."""
        return self._decode(mask, self.names)


def _numpy() -> Any:
    """numpy, or ``None`` when it is not installed (the results are then made row by row)."""
    try:
        import numpy as np  # noqa: PLC0415 - optional dependency
    except ImportError:  # pragma: no cover - numpy is a dev dependency
        return None
    return np


def _optional(module: str, method: str) -> Any:
    """The optional *module* a method needs, or an ImportError saying how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(
            f'BatchResult.{method}() needs {module}: pip install "integration-rules[dataframe]"'
        ) from None


def _csv_field(value: Any) -> str:
    """*value* as one field of a CSV line, quoted as ``csv.writer`` quotes it (minimal quoting)."""
    text = "" if value is None else str(value)
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


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
    leaf_counts: Mapping[str, tuple[tuple[str, Text | Phrase, int], ...]] = field(
        factory=dict
    )
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
        """The rows as columns: ``key``, ``measure``, ``outcome``, ``missing`` (";"-joined) and ``error``.

        One entry per person and measure, person by person, as :meth:`rows`
        gives them; made from the engine's arrays (with numpy installed).
        """
        np = _numpy()
        if np is None:  # pragma: no cover - numpy is a dev dependency
            return self._columns_from_rows()
        n, m = self.size, len(self.measures)
        outcome_texts = np.array([*OUTCOME_VALUES, None], dtype=object)
        outcomes, missing = [], []
        for measure_id in self.measures:
            outcomes.append(outcome_texts[self._outcome_codes(measure_id)])
            codes, texts = self._missing_codes(measure_id)
            missing.append(np.array([*texts, ""], dtype=object)[codes])
        return {
            "key": np.repeat(self._objects(self.keys), m).tolist(),
            "measure": list(self.measures) * n,
            "outcome": self._person_by_person(outcomes),
            "missing": self._person_by_person(missing),
            "error": np.repeat(self._error_objects(), m).tolist(),
        }

    def _columns_from_rows(self) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {name: [] for name in LONG_COLUMNS}
        for row in self.rows():
            out["key"].append(row.key)
            out["measure"].append(row.measure)
            out["outcome"].append(None if row.outcome is None else row.outcome.value)
            out["missing"].append(";".join(sorted(row.missing)))
            out["error"].append(row.error)
        return out

    def to_frame(self) -> Any:
        """The results as a pandas DataFrame: a row per person, columns per measure. Needs pandas.

        The columns, in order:

        * ``key``: the person's key;
        * for each measure ``m`` of :attr:`measures`, in order: ``m.outcome``,
          a categorical of ``"eligible"``, ``"undetermined"``,
          ``"ineligible"``, and ``m.missing``, a categorical of the missing
          facts ``;``-joined in alphabetical order (``""`` when none is);
        * ``error``: why the row could not be evaluated (a string), missing
          (``pd.NA``) for a row evaluated; a row in error has no outcome and
          no missing facts (missing values).

        The index is the row's position (``explain(row, m)`` explains it). The
        frame is made from the engine's arrays, not row by row.

        Example:
            >>> from integration_rules.batch import evaluate_table
            >>> data = {"case": ["A", "B", "C"], "sex": ["F", "M", "X"], "domicile": ["CH-VS", None, None]}
            >>> frame = evaluate_table(data, "carriere-au-feminin", on="2024-03-01", key="case").to_frame()
            >>> list(frame.columns)
            ['key', 'carriere-au-feminin.outcome', 'carriere-au-feminin.missing', 'error']
            >>> frame.iloc[:2, :3].to_numpy().tolist()
            [['A', 'undetermined', 'wants_to_resume_work'], ['B', 'ineligible', '']]
            >>> frame.loc[2, "error"]
            'sex: expected "F" or "M", got "X"'
        """
        pd = _optional("pandas", "to_frame")

        data: dict[str, Any] = {"key": list(self.keys)}
        for measure_id in self.measures:
            data[f"{measure_id}.outcome"] = pd.Categorical.from_codes(
                self._outcome_codes(measure_id), categories=OUTCOME_VALUES
            )
            codes, texts = self._missing_codes(measure_id)
            data[f"{measure_id}.missing"] = pd.Categorical.from_codes(
                codes, categories=pd.Index(texts, dtype=object)
            )
        data["error"] = pd.array(self._error_objects(), dtype="string")
        return pd.DataFrame(data, copy=False)

    def to_arrow(self) -> Any:
        """The results as a pyarrow Table, with the columns of :meth:`to_frame`. Needs pyarrow.

        Outcomes and missing facts are dictionary-encoded strings, null for
        a row in error; ``error`` is a string, null for a row evaluated. Keys
        of several types (texts and line numbers) are written as text.

        Example:
            >>> from integration_rules.batch import evaluate_table
            >>> data = {"sex": ["F", "M"], "domicile": ["CH-VS", None]}
            >>> table = evaluate_table(data, "carriere-au-feminin", on="2024-03-01").to_arrow()
            >>> table.column_names
            ['key', 'carriere-au-feminin.outcome', 'carriere-au-feminin.missing', 'error']
            >>> table.column("carriere-au-feminin.outcome").to_pylist()
            ['undetermined', 'ineligible']
        """
        pa = _optional("pyarrow", "to_arrow")

        try:
            keys = pa.array(self._objects(self.keys))
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            keys = pa.array([str(k) for k in self.keys], type=pa.string())
        columns: dict[str, Any] = {"key": keys}
        outcome_texts = pa.array(OUTCOME_VALUES, type=pa.string())
        for measure_id in self.measures:
            outcome = self._outcome_codes(measure_id)
            columns[f"{measure_id}.outcome"] = pa.DictionaryArray.from_arrays(
                pa.array(outcome, mask=outcome < 0), outcome_texts
            )
            codes, texts = self._missing_codes(measure_id)
            columns[f"{measure_id}.missing"] = pa.DictionaryArray.from_arrays(
                pa.array(codes.astype("int32"), mask=codes < 0),
                pa.array(texts, type=pa.string()),
            )
        columns["error"] = pa.array(self._error_objects(), type=pa.string())
        return pa.table(columns)

    def csv_text(self) -> str:
        """The rows as the lines of a CSV file, without the header, as ``csv.writer`` would write :meth:`to_columns`.

        Made from the engine's arrays: the command line's ``--out``.
        """
        np = _numpy()
        if np is None:  # pragma: no cover - numpy is a dev dependency
            columns = self._columns_from_rows()
            return "".join(
                ",".join(_csv_field(v) for v in row) + "\r\n"
                for row in zip(*(columns[c] for c in LONG_COLUMNS), strict=True)
            )
        error_rows = self._error_rows()
        errors = [_csv_field(self.errors[i]) for i in error_rows.tolist()]
        tails = []
        for measure_id in self.measures:
            field = _csv_field(measure_id)
            outcome = self._outcome_codes(measure_id).astype(np.intp)
            codes, texts = self._missing_codes(measure_id)
            width = len(texts) + 1
            table = np.array(
                [
                    f"{field},{'' if o < 0 else OUTCOME_VALUES[o]},"
                    f"{'' if t < 0 else _csv_field(texts[t])},\r\n"
                    for o in range(-1, 3)
                    for t in range(-1, len(texts))
                ],
                dtype=object,
            )
            tail = table[(outcome + 1) * width + (codes + 1)]
            tail[error_rows] = [f"{field},,,{e}\r\n" for e in errors]
            tails.append(tail)
        keys = [_csv_field(k) + "," for k in self.keys]
        heads = np.repeat(np.array(keys, dtype=object), len(self.measures)).tolist()
        return "".join(map(operator.add, heads, self._person_by_person(tails)))

    # -- the engine's arrays, as the results' columns need them ----------------------------------

    def _error_rows(self) -> Any:
        import numpy as np  # noqa: PLC0415 - optional dependency

        return np.fromiter(sorted(self.errors), dtype=np.intp, count=len(self.errors))

    def _error_objects(self) -> Any:
        """Each row's error message, ``None`` for a row evaluated (an object array)."""
        import numpy as np  # noqa: PLC0415 - optional dependency

        found = np.full(self.size, None, dtype=object)
        for row, message in self.errors.items():
            found[row] = message
        return found

    def _outcome_codes(self, measure_id: str) -> Any:
        """Each row's index in :data:`OUTCOME_VALUES` (``int8``), -1 for a row in error."""
        import numpy as np  # noqa: PLC0415 - optional dependency

        codes = 2 - np.asarray(self.outcomes[measure_id], dtype=np.int8)
        codes[self._error_rows()] = -1
        return codes

    def _missing_codes(self, measure_id: str) -> tuple[Any, list[str]]:
        """Each row's missing facts as an index into a list of ``;``-joined texts (-1 for a row in error)."""
        codes, sets = self._missing_sets(measure_id)
        return codes, [";".join(sorted(found)) for found in sets]

    def _missing_sets(self, measure_id: str) -> tuple[Any, list[frozenset[str]]]:
        """Each row's missing facts as an index into a list of distinct sets (-1 for a row in error).

        The distinct masks are decoded once each: a caseload has few distinct
        sets of missing facts.
        """
        import numpy as np  # noqa: PLC0415 - optional dependency

        missing = self.missing[measure_id]
        if isinstance(missing, MissingMasks):
            masks = np.asarray(missing.masks)
            codes = np.zeros(len(masks), dtype=np.intp)
            rows = np.flatnonzero(masks)
            distinct, inverse = np.unique(masks[rows], return_inverse=True)
            codes[rows] = inverse.reshape(-1) + 1
            sets = [frozenset[str](), *(missing.decode(int(d)) for d in distinct)]
        else:
            index: dict[frozenset[str], int] = {}
            codes = np.fromiter(
                (index.setdefault(found, len(index)) for found in missing),
                dtype=np.intp,
                count=len(missing),
            )
            sets = list(index)
        codes[self._error_rows()] = -1
        return codes, sets

    @staticmethod
    def _objects(values: Sequence[Any]) -> Any:
        """*values* as a one-dimensional object array (a tuple stays one value)."""
        import numpy as np  # noqa: PLC0415 - optional dependency

        return np.fromiter(values, dtype=object, count=len(values))

    @staticmethod
    def _person_by_person(columns: list[Any]) -> list[Any]:
        """Per-measure arrays interleaved person by person, as :meth:`rows` orders them."""
        import numpy as np  # noqa: PLC0415 - optional dependency

        if not columns:
            return []
        return list(np.column_stack(columns).ravel().tolist())

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
        np = _numpy()
        items = []
        for measure_id in self.measures:
            if np is None:  # pragma: no cover - numpy is a dev dependency
                counts, missing = self._counted_by_rows(measure_id)
            else:
                counts, missing = self._counted(measure_id)
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

    def _counted(self, measure_id: str) -> tuple[Counter[str], Counter[str]]:
        """The outcomes of *measure_id* counted, and the missing facts of the undetermined rows, from the arrays."""
        import numpy as np  # noqa: PLC0415 - optional dependency

        outcome = self._outcome_codes(measure_id).astype(np.intp)
        tally = np.bincount(outcome + 1, minlength=4).tolist()
        counts = Counter(dict(zip(("error", *OUTCOME_VALUES), tally, strict=True)))
        codes, sets = self._missing_sets(measure_id)
        undetermined = codes[outcome == OUTCOME_VALUES.index("undetermined")]
        missing: Counter[str] = Counter()
        for found, rows in zip(
            sets, np.bincount(undetermined, minlength=len(sets)).tolist(), strict=True
        ):
            if rows:
                missing.update(dict.fromkeys(found, rows))
        return counts, missing

    def _counted_by_rows(self, measure_id: str) -> tuple[Counter[str], Counter[str]]:
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
        return counts, missing
