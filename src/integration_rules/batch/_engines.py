"""The engines: the measures asked for, then one check per row or the columnar engine."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from integration_rules._cells import columns_of
from integration_rules._check import check, measure, over
from integration_rules._core import (
    Outcome,
    Phrase,
    Text,
    as_date,
)
from integration_rules._core._rule import conditions
from integration_rules.batch._results import (
    _TO_CODE,
    BatchResult,
    MissingMasks,
    RowError,
)
from integration_rules.errors import (
    EvaluationError,
    InvalidArgument,
)
from integration_rules.facts import FACTS, Person, Schema
from integration_rules.facts._person import unborn
from integration_rules.measures import MEASURES, Catalogue, Measure

#: What the caseload functions accept as measures: an id, a measure value, several, or none (all).
Measures = str | Measure | Iterable[str | Measure] | None


def _measures(
    measures: Measures, catalogue: Catalogue | None = None
) -> tuple[Measure, ...]:
    """The measures to evaluate, as values: an id is looked up, a value is kept as it is.

    A measure value (a reading made with :meth:`Measure.with_parameters`, or a
    measure of one's own) is evaluated with its own rule, never replaced by the
    catalogue's measure of the same id.

    Raises:
        UnknownMeasure: For an id the catalogue does not know.
        InvalidArgument: If two measures given share an id.
    """
    find = measure if catalogue is None else catalogue.find
    if measures is None:
        found: tuple[Measure, ...] = MEASURES if catalogue is None else catalogue.measures
    elif isinstance(measures, str | Measure):
        found = (find(measures),)
    elif isinstance(measures, Iterable):
        found = tuple(find(m) for m in measures)
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


def _birth_errors(persons: Sequence[Person], on: dt.date) -> dict[int, str]:
    errors = {}
    for index, person in enumerate(persons):
        if person.birth_date is not None and person.birth_date > on:
            errors[index] = str(unborn(on))
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
    dict[str, tuple[tuple[str, Text | Phrase, int], ...]],
]:
    import numpy as np  # noqa: PLC0415 - optional dependency

    from integration_rules.columnar import evaluate_rules  # noqa: PLC0415 - optional dependency
    from integration_rules.columnar._compile import missing_names  # noqa: PLC0415 - optional dependency

    outcomes: dict[str, Sequence[int]] = {}
    missing: dict[str, Sequence[frozenset[str]]] = {}
    blocking: dict[str, tuple[tuple[str, Text | Phrase, int], ...]] = {}
    results = evaluate_rules([m.rule for m in measures], columns, on=on)
    evaluated = np.ones(columns.size, dtype=bool)
    evaluated[list(failed)] = False
    for measure_value, result in zip(measures, results, strict=True):
        measure_id, rule = measure_value.id, measure_value.rule
        outcomes[measure_id] = result.outcomes  # type: ignore[assignment]
        missing[measure_id] = MissingMasks(
            result.missing, missing_names, result.fact_names
        )
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


def _ranked(
    counted: Iterable[tuple[str, Text | Phrase, int]],
) -> tuple[tuple[str, Text | Phrase, int], ...]:
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
    dict[str, tuple[tuple[str, Text | Phrase, int], ...]],
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
    catalogue: Catalogue | None = None,
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
        catalogue: Where measure ids are looked up and what ``None`` means
            (the library's own measures by default); its schema is the facts
            of the persons (a plain person's unknown for the catalogue's own facts).

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
    if catalogue is not None:
        wanted = catalogue.schema.record_class  # looked up once: hashing a schema is not free
        people = [p if isinstance(p, wanted) else over(p, catalogue) for p in people]
    day = as_date(on, "on")
    chosen = _measures(measures, catalogue)
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

        schema = None if catalogue is None else catalogue.schema  # None: the persons' own
        outcomes, missing, blocking = _columnar(
            Columns.from_persons(people, schema=schema), chosen, day, errors
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
    schema: Schema | None = None,
    catalogue: Catalogue | None = None,
) -> BatchResult:
    """Evaluate a caseload given as columns. Needs numpy.

    The columns are a mapping of column names to sequences (lists, numpy
    arrays, pandas Series or Categoricals, pyarrow arrays), a pandas
    DataFrame (numpy, nullable or Arrow-backed dtypes) or a pyarrow Table.

    Column names are the :class:`Person` keywords, or the facts of *schema*
    (the built-in facts extended with one's own; the catalogue's schema by
    default); *key* names an extra column of case numbers. *catalogue* is
    where measure ids are looked up and what ``None`` means (the library's
    own measures by default). A cell is read as a CSV file's cell is read
    (:func:`evaluate_stream`): a list may be written ``a;b`` (``-`` for an
    empty one), a yes/no ``1``/``0`` or ``1.0``/``0.0`` (a pandas column of
    yes/no with gaps), a missing value (``None``, ``""``, NaN, NaT,
    ``pd.NA``) is unknown, a datetime at midnight (a pandas ``datetime64``
    column, an Arrow timestamp) is read as its day, a datetime with a time of
    day is refused. Each row is then validated as ``Person(**row)``
    validates it, the checks between facts included (no date of a person's
    history before their birth date).

    A row ``Person`` would refuse, or born after *on*, is not evaluated: it
    becomes a :class:`RowError` in :attr:`BatchResult.row_errors` (and its
    message in :attr:`BatchResult.errors`) naming the row index and the
    field, and its outcome is ``None``; the other rows are evaluated.

    Raises:
        InvalidArgument: If a column is not a fact of a person, *key* is not
            a column, a column is named twice, or the columns differ in length.

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
    chosen = _measures(measures, catalogue)
    if schema is None:
        schema = FACTS if catalogue is None else catalogue.schema
    measure_ids = tuple(m.id for m in chosen)
    columns, problems = read_columns(columns_of(data), key=key, schema=schema)
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
                str(unborn(day)),
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
