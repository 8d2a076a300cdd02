"""A Dask DataFrame evaluated partition by partition, on whatever cluster Dask is pointed at.

Each partition is a pandas DataFrame, evaluated where it lives with
:func:`~integration_rules.batch.evaluate_table` (the same reading, the same
engine); only the outcomes, the missing facts and the row errors come back,
and they are joined into one :class:`~integration_rules.batch.BatchResult`
whose rows are the Dask DataFrame's, in order. Its answers are those of the
pandas path on the same rows (a test on a ``LocalCluster`` checks it).

Needs the ``dask`` extra (``pip install integration-rules[dask]``).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs

from integration_rules.batch._engines import Measures, _measures, evaluate_table
from integration_rules.batch._results import BatchResult
from integration_rules.measures import Catalogue, Measure


def is_dask_frame(value: object) -> bool:
    """Whether *value* is a Dask DataFrame (without importing Dask)."""
    return type(value).__module__.startswith("dask") and hasattr(value, "to_delayed")


class _Joined(Sequence[Any]):
    """Several sequences read as one (the partitions' outcomes or missing facts, in order)."""

    def __init__(self, parts: Sequence[Sequence[Any]]) -> None:
        self._parts = parts
        self._starts = []
        total = 0
        for part in parts:
            self._starts.append(total)
            total += len(part)
        self._size = total

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._size))]
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError(index)
        part = bisect.bisect_right(self._starts, index) - 1
        return self._parts[part][index - self._starts[part]]

    def __iter__(self) -> Iterator[Any]:
        for part in self._parts:
            yield from part


class _PartitionRows:
    """The rows of a Dask DataFrame, read one partition at a time (to explain one row)."""

    def __init__(self, frame: Any, starts: Sequence[int], key: str | None, catalogue: Catalogue | None) -> None:
        self._frame = frame
        self._starts = starts
        self._key = key
        self._catalogue = catalogue

    def row(self, index: int) -> Any:
        from integration_rules.columnar import read_columns  # noqa: PLC0415 - optional dependency
        from integration_rules.facts import FACTS  # noqa: PLC0415 - a row is read on demand

        part = bisect.bisect_right(list(self._starts), index) - 1
        pandas_frame = self._frame.get_partition(part).compute()
        data = {str(c): pandas_frame[c].tolist() for c in pandas_frame.columns}
        schema = FACTS if self._catalogue is None else self._catalogue.schema
        columns, _problems = read_columns(data, key=self._key, schema=schema)
        return columns.row(index - self._starts[part])


def _stripped(result: BatchResult) -> BatchResult:
    """What a partition sends back: its outcomes, missing facts and errors, not its data."""
    return attrs.evolve(
        result,
        source=None,
        persons=None,
        measure_values={},
        leaf_counts={},
        missing={m: list(v) for m, v in result.missing.items()},
    )


def _evaluate_partition(
    frame: Any,
    measures: tuple[Measure, ...],
    days: tuple[dt.date, ...],
    key: str | None,
    catalogue: Catalogue | None,
) -> list[BatchResult]:
    """One partition (a pandas DataFrame), evaluated on each date where it lives."""
    return [
        _stripped(evaluate_table(frame, measures, on=day, key=key, catalogue=catalogue))
        for day in days
    ]


def joined(
    parts: Sequence[BatchResult],
    measures: Mapping[str, Measure],
    source: Any,
    keyed: bool,
) -> BatchResult:
    """The partitions' results as one, their rows numbered in order."""
    starts, total = [], 0
    for part in parts:
        starts.append(total)
        total += part.size
    keys: list[Any] = []
    errors: dict[int, str] = {}
    row_errors = {}
    for start, part in zip(starts, parts, strict=True):
        keys.extend(part.keys if keyed else range(start, start + part.size))
        errors.update({start + row: message for row, message in part.errors.items()})
        row_errors.update(
            {
                start + row: attrs.evolve(error, row=start + row)
                for row, error in part.row_errors.items()
            }
        )
    first = parts[0]
    return BatchResult(
        on=first.on,
        measures=first.measures,
        keys=tuple(keys),
        outcomes={m: _joined_codes([p.outcomes[m] for p in parts]) for m in first.measures},
        missing={m: _Joined([p.missing[m] for p in parts]) for m in first.measures},
        errors=errors,
        source=source,
        row_errors=row_errors,
        measure_values=dict(measures),
    )


def _joined_codes(parts: Sequence[Sequence[int]]) -> Any:
    import numpy as np  # noqa: PLC0415 - optional dependency

    return np.concatenate([np.asarray(p, dtype=np.int8) for p in parts]) if parts else np.zeros(0, dtype=np.int8)


def evaluate_partitions(
    frame: Any,
    measures: tuple[Measure, ...],
    days: tuple[dt.date, ...],
    *,
    key: str | None,
    catalogue: Catalogue | None,
) -> list[BatchResult]:
    """*frame* (a Dask DataFrame) evaluated partition by partition on each of *days*: one result per day."""
    from dask.base import compute  # noqa: PLC0415 - optional dependency
    from dask.delayed import delayed  # noqa: PLC0415 - optional dependency

    tasks = [
        delayed(_evaluate_partition)(part, measures, days, key, catalogue)
        for part in frame.to_delayed()
    ]
    per_partition = compute(*tasks)  # type: ignore[no-untyped-call]
    if not per_partition:
        return [
            evaluate_table({}, measures, on=day, key=None, catalogue=catalogue) for day in days
        ]
    starts, total = [], 0
    for results in per_partition:
        starts.append(total)
        total += results[0].size
    source = _PartitionRows(frame, starts, key, catalogue)
    by_id = {m.id: m for m in measures}
    return [
        joined([results[index] for results in per_partition], by_id, source, keyed=key is not None)
        for index in range(len(days))
    ]


def evaluate_dask(
    frame: Any,
    measures: Measures = None,
    *,
    on: dt.date | str,
    key: str | None = None,
    catalogue: Catalogue | None = None,
) -> BatchResult:
    """Evaluate a Dask DataFrame partition by partition, on the cluster Dask is pointed at.

    Each partition is read and evaluated as :func:`evaluate_table` does it,
    where it lives; the result is one :class:`BatchResult` whose rows are
    the frame's rows, in order (numbered from 0 across partitions; *key*
    names a column of case numbers), equal to the pandas path's.
    :meth:`BatchResult.explain` reads the partition of the row asked.

    Example:
        >>> import dask.dataframe as dd, pandas as pd
        >>> frame = dd.from_pandas(pd.DataFrame({"sex": ["F", "M"], "domicile": ["CH-VS", "CH-VS"],
        ...                                      "wants_to_resume_work": [True, True]}), npartitions=2)
        >>> result = evaluate_dask(frame, "carriere-au-feminin", on="2024-03-01")
        >>> [row.outcome.value for row in result.rows()]
        ['eligible', 'ineligible']
    """
    from integration_rules._core import as_date  # noqa: PLC0415 - keeps this module's imports light

    chosen = _measures(measures, catalogue)
    (result,) = evaluate_partitions(
        frame, chosen, (as_date(on, "on"),), key=key, catalogue=catalogue
    )
    return result
