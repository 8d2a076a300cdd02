"""HTML renderings of explanations, for notebooks (``_repr_html_``): escaped, self-contained."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Final

from integration_rules._core._explanation import text_value
from integration_rules._core._outcome import Outcome
from integration_rules._core._sources import Source
from integration_rules._core._text import Text, check_lang

if TYPE_CHECKING:
    from integration_rules._core._explanation import Decision, Node

_COLOURS: Final = {
    Outcome.ELIGIBLE: "#1a7f37",
    Outcome.INELIGIBLE: "#cf222e",
    Outcome.UNDETERMINED: "#9a6700",
}
_MARKS: Final = {
    Outcome.ELIGIBLE: "✓",
    Outcome.INELIGIBLE: "✗",
    Outcome.UNDETERMINED: "?",
}
_WORDS: Final = {
    Outcome.ELIGIBLE: Text("éligible", "berechtigt", "eligible"),
    Outcome.INELIGIBLE: Text("non éligible", "nicht berechtigt", "ineligible"),
    Outcome.UNDETERMINED: Text("indéterminé", "unbestimmt", "undetermined"),
}
_MISSING: Final = Text("faits manquants", "fehlende Tatsachen", "missing facts")


def badge(outcome: Outcome, lang: str) -> str:
    """A coloured label of *outcome* in *lang*."""
    return (
        f'<span style="color:#fff;background:{_COLOURS[outcome]};border-radius:3px;padding:0 4px">'
        f"{escape(_WORDS[outcome].get(lang))}</span>"
    )


_HEADINGS: Final = (
    Text("Condition", "Bedingung", "Condition"),
    Text("Résultat", "Ergebnis", "Result"),
    Text(
        "Faits et paramètres lus",
        "Gelesene Tatsachen und Parameter",
        "Facts and parameters read",
    ),
    Text("Source", "Quelle", "Source"),
)
_UNKNOWN: Final = Text("inconnu", "unbekannt", "unknown")
_CELL: Final = 'style="text-align:left;vertical-align:top;padding:2px 6px"'


def _source_html(source: Source) -> str:
    """A citation, linked where it has an address; the wording it rests on as a tooltip and a quote."""
    cited = escape(str(source))
    if source.link:
        cited = f'<a href="{escape(source.link)}">{cited}</a>'
    if source.quote:
        cited += f'<br><q style="color:#57606a">{escape(source.quote)}</q>'
    return f"<small>{cited}</small>"


def _rows(node: Node, lang: str, depth: int = 0) -> list[str]:
    """One table row per node of the explanation, indented by its depth."""
    label = escape(node.label.get(lang))
    detail = (
        f'<br><small style="color:#57606a">{escape(node.detail.get(lang))}</small>'
        if node.detail is not None
        else ""
    )
    unknown = f"<em>{escape(_UNKNOWN.get(lang))}</em>"
    read = [
        f"<code>{escape(name)}</code> = "
        + (unknown if value is None else escape(text_value(value, lang)))
        for name, value in node.facts
    ]
    read += [
        f'<code style="color:#57606a">{escape(use.id)}</code> = {escape(text_value(use.value, lang))}'
        for use in node.parameters
    ]
    facts = "<br>".join(read)
    source = _source_html(node.source) if node.source else ""
    mark = (
        f'<span style="color:{_COLOURS[node.outcome]};font-weight:bold">'
        f"{_MARKS[node.outcome]}</span>"
    )
    indent = f"padding-left:{0.4 + 1.4 * depth:.1f}em"
    row = (
        f'<tr><td style="text-align:left;vertical-align:top;{indent}">{mark} {label}{detail}</td>'
        f"<td {_CELL}>{badge(node.outcome, lang)}</td>"
        f"<td {_CELL}>{facts}</td><td {_CELL}>{source}</td></tr>"
    )
    rows = [row]
    for child in node.children:
        rows.extend(_rows(child, lang, depth + 1))
    return rows


def decision_html(decision: Decision, lang: str = "fr") -> str:
    """A decision and its explanation tree as an HTML table, one row per condition."""
    lang = check_lang(lang)
    title = (
        decision.title.get(lang)
        if decision.title
        else (decision.measure or decision.explanation.rule_id)
    )
    missing = ", ".join(f"<code>{escape(m)}</code>" for m in sorted(decision.missing))
    missing_html = f"<p>{escape(_MISSING.get(lang))}: {missing}</p>" if missing else ""
    head = "".join(f"<th {_CELL}>{escape(h.get(lang))}</th>" for h in _HEADINGS)
    return (
        f'<div class="integration-rules-decision"><p><strong>{escape(title)}</strong> — '
        f"{escape(decision.on.isoformat())} — {badge(decision.outcome, lang)}</p>"
        f"<table><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(_rows(decision.explanation, lang))}</tbody></table>"
        f"{missing_html}</div>"
    )


def table_html(
    headings: tuple[str, ...], rows: Sequence[tuple[str, ...]], caption: str = ""
) -> str:
    """A table from already-escaped cells (headings are escaped here)."""
    head = "".join(f"<th {_CELL}>{escape(h)}</th>" for h in headings)
    body = "".join(
        "<tr>" + "".join(f"<td {_CELL}>{cell}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    title = f"<p><strong>{escape(caption)}</strong></p>" if caption else ""
    return f"{title}<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def text_html(text: str) -> str:
    """Preformatted text (an explanation already rendered) as HTML."""
    return f"<pre>{escape(text)}</pre>"


class Localized:
    """Something that explains itself, shown in one language in a notebook.

    ``decision.in_language("de")`` displays the German explanation; ``str()``
    gives the plain text.
    """

    def __init__(self, item: object, lang: str) -> None:
        self._item = item
        self._lang = check_lang(lang)

    def _repr_html_(self) -> str:
        return self._item.html(self._lang)  # type: ignore[attr-defined, no-any-return]

    def __str__(self) -> str:
        return self._item.explain(self._lang)  # type: ignore[attr-defined, no-any-return]

    def __repr__(self) -> str:
        # The plain-text form a notebook shows beside the HTML: stable from run to run.
        return str(self)
