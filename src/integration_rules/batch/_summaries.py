"""Counts over a caseload: per measure, with what blocks and what is missing; over a stream."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

from attrs import frozen

from integration_rules._core import (
    Text,
    check_lang,
)
from integration_rules.explain.words import colon

if TYPE_CHECKING:
    from integration_rules.batch._results import RowError
    from integration_rules.batch._streams import Chunk


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

        from integration_rules.explain.html import table as table_html  # noqa: PLC0415 - only when rendering

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
        from integration_rules.explain.notebook import Localized  # noqa: PLC0415 - only when rendering

        return Localized(self, lang)

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
