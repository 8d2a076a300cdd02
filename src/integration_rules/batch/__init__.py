"""Caseloads: evaluate many persons against one or many measures on a date.

Three doors, one engine:

* :func:`evaluate_many` takes :class:`~integration_rules.Person` values;
* :func:`evaluate_table` takes columns (a mapping of column names to
  sequences, a pandas DataFrame, a pyarrow Table);
* :func:`evaluate_stream` reads a CSV or JSON Lines stream (an open file, or
  lines) chunk by chunk, in bounded memory;
* :func:`evaluate_dask` takes a Dask DataFrame and evaluates it partition by
  partition, on the cluster Dask is pointed at.

A row that cannot be evaluated (a bad value, facts that contradict each other,
a person born after the date) becomes a :class:`RowError` naming the row (or
line) and the field, and never stops the others.

With numpy installed (``integration-rules[columnar]``) the rules run on the
columnar engine; without it, one :func:`~integration_rules.check` per row.
Either way each row's outcome and missing facts are exactly ``check``'s, and
:meth:`BatchResult.explain` gives ``check``'s explanation for any row.
"""

from integration_rules.batch._dask import evaluate_dask
from integration_rules.batch._engines import Measures, evaluate_many, evaluate_table
from integration_rules.batch._results import BatchResult, Row, RowError
from integration_rules.batch._streams import Chunk, evaluate_stream
from integration_rules.batch._summaries import (
    MeasureSummary,
    StreamSummary,
    Summary,
    summarise_stream,
)

__all__ = [
    "BatchResult",
    "Chunk",
    "MeasureSummary",
    "Measures",
    "Row",
    "RowError",
    "StreamSummary",
    "Summary",
    "evaluate_dask",
    "evaluate_many",
    "evaluate_stream",
    "evaluate_table",
    "summarise_stream",
]
