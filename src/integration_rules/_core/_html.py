"""HTML renderings of explanations, for notebooks (``_repr_html_``): escaped, self-contained."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Final

from integration_rules._core._outcome import Outcome
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


def _node(node: Node, lang: str) -> str:
    label = escape(node.label.get(lang))
    detail = f" — {escape(node.detail.get(lang))}" if node.detail is not None else ""
    facts = ", ".join(
        f"<code>{escape(name)}</code> = {escape(str(value))}"
        for name, value in node.facts
    )
    source = (
        f'<br><small style="color:#57606a">{escape(str(node.source))}</small>'
        if node.source
        else ""
    )
    facts_html = f"<br><small>{facts}</small>" if facts else ""
    children = "".join(_node(child, lang) for child in node.children)
    nested = (
        f'<ul style="list-style:none;margin:0;padding-left:1.2em">{children}</ul>'
        if children
        else ""
    )
    mark = f'<span style="color:{_COLOURS[node.outcome]};font-weight:bold">{_MARKS[node.outcome]}</span>'
    return f"<li>{mark} {label}{detail}{facts_html}{source}{nested}</li>"


def decision_html(decision: Decision, lang: str = "fr") -> str:
    """A decision and its explanation tree as an HTML fragment."""
    lang = check_lang(lang)
    title = (
        decision.title.get(lang)
        if decision.title
        else (decision.measure or decision.explanation.rule_id)
    )
    missing = ", ".join(f"<code>{escape(m)}</code>" for m in sorted(decision.missing))
    missing_html = f"<p>{escape(_MISSING.get(lang))}: {missing}</p>" if missing else ""
    return (
        f'<div class="integration-rules-decision"><p><strong>{escape(title)}</strong> — '
        f"{escape(decision.on.isoformat())} — {badge(decision.outcome, lang)}</p>"
        f'<ul style="list-style:none;padding-left:0">{_node(decision.explanation, lang)}</ul>{missing_html}</div>'
    )


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
