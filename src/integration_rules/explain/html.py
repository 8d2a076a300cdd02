"""HTML renderings, for notebooks (``_repr_html_``): escaped, self-contained fragments.

A decision is a table with one row per node of its explanation tree; an
amount and a path are their text, preformatted; timelines and caseload
counts are tables. Every text is escaped here: a label that looks like
markup is shown, never interpreted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Final

from integration_rules._core._outcome import Outcome
from integration_rules._core._text import Phrase, Text, check_lang
from integration_rules.explain import text
from integration_rules.explain.text import Counts
from integration_rules.explain.words import (
    BASELINE,
    BLOCKS_MOST,
    CHANGE_KINDS,
    COLOURS,
    COMPARISON,
    CONDITION_HEADINGS,
    COST,
    COUNTED,
    EXCEEDED,
    MARKS,
    MISSING_FACTS,
    MISSING_MOST,
    OUTCOMES,
    PLACES,
    SCENARIO,
    SPAN_HEADINGS,
    UNKNOWN,
    count,
)

if TYPE_CHECKING:
    from integration_rules._core._node import Heading, Node
    from integration_rules._core._sources import Source
    from integration_rules._core._time import Span

#: The style of a table's cell.
_CELL: Final = 'style="text-align:left;vertical-align:top;padding:2px 6px"'
#: The colour of secondary text (details, parameters, quotes).
_GREY: Final = "#57606a"


def badge(outcome: Outcome, lang: str, *, label: str | None = None) -> str:
    """A label in the colour of *outcome*: the outcome in *lang*, or *label* (what a choice chose)."""
    shown = OUTCOMES[outcome].get(lang) if label is None else label
    return (
        f'<span style="color:#fff;background:{COLOURS[outcome]};border-radius:3px;padding:0 4px">'
        f"{escape(shown)}</span>"
    )


def source(cited: Source) -> str:
    """A citation, linked where it has an address; the wording it rests on as a quote."""
    shown = escape(str(cited))
    if cited.link:
        shown = f'<a href="{escape(cited.link)}">{shown}</a>'
    if cited.quote:
        shown += f'<br><q style="color:{_GREY}">{escape(cited.quote)}</q>'
    return f"<small>{shown}</small>"


def _rows(node: Node, lang: str, depth: int = 0) -> list[str]:
    """One table row per node of a rule's explanation, indented by its depth."""
    label = escape(node.label.get(lang))
    detail = (
        f'<br><small style="color:{_GREY}">{escape(node.detail.get(lang))}</small>'
        if node.detail is not None
        else ""
    )
    unknown = f"<em>{escape(UNKNOWN.get(lang))}</em>"
    read = [
        f"<code>{escape(name)}</code> = "
        + (unknown if value is None else escape(text.value(value, lang)))
        for name, value in node.facts
    ]
    read += [
        f'<code style="color:{_GREY}">{escape(use.id)}</code> = {escape(text.value(use.value, lang))}'
        for use in node.parameters
    ]
    cited = source(node.source) if node.source is not None else ""
    mark = (
        f'<span style="color:{COLOURS[node.outcome]};font-weight:bold">'
        f"{MARKS[node.outcome]}</span>"
    )
    indent = f"padding-left:{0.4 + 1.4 * depth:.1f}em"
    row = (
        f'<tr><td style="text-align:left;vertical-align:top;{indent}">{mark} {label}{detail}</td>'
        f"<td {_CELL}>{badge(node.outcome, lang)}</td>"
        f"<td {_CELL}>{'<br>'.join(read)}</td><td {_CELL}>{cited}</td></tr>"
    )
    found = [row]
    for child in node.children:
        found.extend(_rows(child, lang, depth + 1))
    return found


def render(root: Node, lang: str = "fr", heading: Heading | None = None) -> str:
    """The explanation tree *root* as HTML in *lang*; with a *heading*, as a decision.

    A decision is its title, date and outcome (a choice: what it chose), a table
    with one row per condition (outcome, facts and parameters read, source),
    then the missing facts. Without a heading (an amount), the tree's text,
    preformatted.

    Raises:
        InvalidArgument: If *lang* is not one of the three languages.
    """
    lang = check_lang(lang)
    if heading is None:
        return pre(text.render(root, lang))
    choice = text.chosen(heading, lang)
    missing = ", ".join(f"<code>{escape(m)}</code>" for m in sorted(heading.missing))
    missing_html = (
        f"<p>{escape(MISSING_FACTS.get(lang))}: {missing}</p>" if missing else ""
    )
    head = "".join(
        f"<th {_CELL}>{escape(h.get(lang))}</th>" for h in CONDITION_HEADINGS
    )
    return (
        f'<div class="integration-rules-decision"><p><strong>{escape(text.title(heading, lang))}</strong> — '
        f"{escape(heading.on.isoformat())} — {badge(heading.outcome, lang, label=choice)}</p>"
        f"<table><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(_rows(root, lang))}</tbody></table>"
        f"{missing_html}</div>"
    )


def table(
    headings: Sequence[str], cells: Sequence[Sequence[str]], caption: str = ""
) -> str:
    """A table from already-escaped cells (the headings and the caption are escaped here)."""
    head = "".join(f"<th {_CELL}>{escape(h)}</th>" for h in headings)
    body = "".join(
        "<tr>" + "".join(f"<td {_CELL}>{cell}</td>" for cell in row) + "</tr>"
        for row in cells
    )
    title = f"<p><strong>{escape(caption)}</strong></p>" if caption else ""
    return f"{title}<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def pre(shown: str) -> str:
    """Preformatted text (an explanation already rendered) as HTML."""
    return f"<pre>{escape(shown)}</pre>"


def timeline(
    title: Text | str, start: dt.date, end: dt.date, spans: Sequence[Span], lang: str
) -> str:
    """A timeline as a table in *lang*: from, to, outcome, missing facts, why it starts."""
    lang = check_lang(lang)
    cells = [
        (
            span.start.isoformat(),
            span.end.isoformat(),
            badge(span.outcome, lang),
            ", ".join(f"<code>{escape(m)}</code>" for m in sorted(span.missing)),
            escape("; ".join(b.reason.get(lang) for b in span.reasons)),
        )
        for span in spans
    ]
    return table(
        [h.get(lang) for h in SPAN_HEADINGS],
        cells,
        text.periods(title, start, end, lang),
    )


#: The columns of a caseload's counts, by outcome value, and the persons in error.
_COUNTED_KEYS: Final = (
    Outcome.ELIGIBLE.value,
    Outcome.UNDETERMINED.value,
    Outcome.INELIGIBLE.value,
    "error",
)


def summary(size: int, errors: int, measures: Sequence[Counts], lang: str) -> str:
    """A caseload's counts as a table in *lang*: one row per measure."""
    lang = check_lang(lang)
    cells = [
        (
            f"<code>{escape(item.measure)}</code>",
            *(str(item.counts.get(k, 0)) for k in _COUNTED_KEYS),
            "<br>".join(
                escape(f"{label.get(lang)} ({n})") for _, label, n in item.blocking
            ),
            "<br>".join(f"<code>{escape(f)}</code> ({n})" for f, n in item.missing),
        )
        for item in measures
    ]
    headings = (
        "",
        *(COUNTED[k].get(lang) for k in _COUNTED_KEYS),
        BLOCKS_MOST.get(lang),
        MISSING_MOST.get(lang),
    )
    return table(headings, cells, text.caseload(size, errors, lang))


#: A cell of a caseload's grid: the outcome and the missing facts, or why the row failed.
Cell = tuple[Outcome, frozenset[str]] | str


def grid(
    columns: Sequence[str],
    rows: Sequence[tuple[str, Sequence[Cell]]],
    lang: str,
    *,
    more: int = 0,
) -> str:
    """Outcomes as a table in *lang*: one row per key, one column per measure.

    Args:
        columns: The measure ids.
        rows: Each row's key and its cells, one per column.
        lang: The language of the outcomes.
        more: How many rows are left out (said below the table).
    """
    lang = check_lang(lang)
    head = "".join(f"<th>{escape(m)}</th>" for m in columns)
    body = []
    for key, cells in rows:
        shown = []
        for cell in cells:
            if isinstance(cell, str):
                shown.append(f"<td>{escape(cell)}</td>")
                continue
            outcome, missing = cell
            note = (
                f"<br><small>{escape(', '.join(sorted(missing)))}</small>"
                if missing
                else ""
            )
            shown.append(f"<td>{badge(outcome, lang)}{note}</td>")
        body.append(f"<tr><th>{escape(key)}</th>{''.join(shown)}</tr>")
    left_out = f"<p>… {more} more</p>" if more > 0 else ""
    return f"<table><thead><tr><th></th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{left_out}"


def _bars(compared: text.Compared, day: dt.date, lang: str) -> str:
    """A bar chart of the persons eligible per measure, baseline against scenario (inline SVG)."""
    rows = [(m, *compared.places(m, on=day)) for m in compared.measures]
    top = max([1, *(max(b.eligible, a.eligible) for _, b, a in rows)])
    width, bar, gap, left = 360, 10, 8, 170
    height = len(rows) * (2 * bar + gap) + gap
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 60}" '
            f'height="{height}" role="img" '
            f'aria-label="{escape(COUNTED[Outcome.ELIGIBLE.value].get(lang))}">'
        )
    ]
    for index, (measure_id, before, after) in enumerate(rows):
        y = gap + index * (2 * bar + gap)
        parts.append(
            f'<text x="0" y="{y + bar + 3}" font-size="11">{escape(measure_id)}</text>'
        )
        for offset, (side, colour) in enumerate(((before, "#8c959f"), (after, "#0969da"))):
            length = round(width * side.eligible / top)
            parts.append(
                f'<rect x="{left}" y="{y + offset * bar}" width="{length}" height="{bar - 1}" '
                f'fill="{colour}"><title>{side.eligible}</title></rect>'
                f'<text x="{left + length + 4}" y="{y + offset * bar + bar - 2}" '
                f'font-size="10">{side.eligible}</text>'
            )
    parts.append("</svg>")
    legend = (
        f'<p><span style="color:#8c959f">■</span> {escape(BASELINE.get(lang))} '
        f'<span style="color:#0969da">■</span> {escape(SCENARIO.get(lang))}</p>'
    )
    return "".join(parts) + legend


def comparison(compared: text.Compared, lang: str) -> str:
    """A scenario against the baseline: per date, a table of the changes and a bar chart."""
    lang = check_lang(lang)
    kinds = tuple(CHANGE_KINDS)
    eligible = COUNTED[Outcome.ELIGIBLE.value].get(lang)
    headings = (
        "",
        *(CHANGE_KINDS[k].get(lang) for k in kinds),
        f"{eligible} ({BASELINE.get(lang)} → {SCENARIO.get(lang)})",
        PLACES.get(lang),
        COST.get(lang),
    )
    blocks = []
    for day in compared.dates:
        cells = []
        for measure_id in compared.measures:
            counts = compared.counts(measure_id, on=day)
            before, after = compared.places(measure_id, on=day)
            places = "—" if after.capacity is None else str(after.capacity)
            if after.exceeded:
                places += f" <strong>({escape(EXCEEDED.get(lang))})</strong>"
            cost = (
                "—"
                if after.price is None
                else escape(f"{text.amount(before.cost)} → {text.amount(after.cost)}")
            )
            cells.append(
                (
                    f"<code>{escape(measure_id)}</code>",
                    *(str(counts.get(k, 0)) for k in kinds),
                    f"{before.eligible} → {after.eligible}",
                    places,
                    cost,
                )
            )
        caption = (
            f"{Phrase(COMPARISON, (count(compared.size, 'person'),)).get(lang)} — "
            f"{day.isoformat()}"
        )
        blocks.append(table(headings, cells, caption) + _bars(compared, day, lang))
    return "".join(blocks)
