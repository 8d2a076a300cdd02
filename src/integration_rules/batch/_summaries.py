"""Counts over a caseload: per measure, with what blocks and what is missing; over a stream."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from attrs import frozen

from integration_rules._core import Phrase, Text
from integration_rules.explain import html, text
from integration_rules.explain.notebook import Displayable

if TYPE_CHECKING:
    from integration_rules.batch._results import RowError
    from integration_rules.batch._streams import Chunk


@frozen(kw_only=True)
class MeasureSummary:
    """Counts for one measure, and what most often blocks or is missing."""

    measure: str
    counts: Mapping[str, int]
    blocking: tuple[tuple[str, Text | Phrase, int], ...]
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


@frozen(kw_only=True)
class Summary(Displayable):
    """Counts per outcome per measure over a caseload, with the top blocking conditions and missing facts."""

    size: int
    measures: tuple[MeasureSummary, ...]
    errors: int = 0

    def explain(self, lang: str = "fr") -> str:
        """The summary as text, a block per measure."""
        return text.summary(self.size, self.errors, self.measures, lang)

    def html(self, lang: str = "fr") -> str:
        """The summary as an HTML table in *lang*: one row per measure."""
        return html.summary(self.size, self.errors, self.measures, lang)

    def to_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data."""
        return {
            "size": self.size,
            "errors": self.errors,
            "measures": [m.to_dict() for m in self.measures],
        }


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
        return text.stream(self.rows, self.failed, self.counts, lang, per_row=per_row)

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
