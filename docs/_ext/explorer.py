"""The legislation explorer: a page per measure, status, parameter and document, in three languages.

At the start of each build (``builder-inited``) this extension writes, under
``docs/rules/<lang>/`` (not kept in git), one small page per item of the
library's data, for each of ``fr``, ``de`` and ``en``:

``measure/<id>``
    its conditions in words, the facts it reads, its parameters with their
    values, the wording of its sources (quoted and linked), its services,
    capacity and schedule, its predecessor and successor, and an example
    decision executed at build time with its explanation;
``status/<code>``
    its work access over time, the transitions from and to it, and the
    competent office in each covered canton;
``parameter/<id>``
    its dated values as a table and as a step chart drawn at build time,
    its sources, and what reads it;
``document/<slug>``
    the document and, passage by passage, what cites it.

Each written page holds only an ``explorer-page`` directive; the directive
builds the page from the data, so a page cannot be edited by hand and cannot
fall behind the code. Every page links to its two other languages. The item
pages are reached from the language's four list pages (``measures``,
``statuses``, ``parameters``, ``documents``), which the sidebar shows; they are
marked *orphan* so that the sidebar stays short.

The words of the pages that are not the library's data (headings, "from",
"until"…) are in :data:`WORDS`, each in the three languages. Links between pages
are ``doc`` cross-references, so a page that does not exist is a build warning.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar, Final

from catalogues import (
    _CITERS,
    Cell,
    _bullets,
    _citations,
    _DataDirective,
    _document_key,
    _fields,
    _grouped_parameters,
    _link,
    _literal,
    _measure_sources,
    _offices,
    _paragraph,
    _parameter_sources,
    _rules,
    _show,
    _source,
    _table,
    _wording,
    dated_spans,
    doc_link,
)
from docutils import nodes
from explorer_words import word
from sphinx import addnodes
from sphinx.util import logging
from step_chart import step_chart

from integration_rules import (
    Document,
    Measure,
    Outcome,
    Parameter,
    Period,
    Person,
    Rule,
    Source,
    Status,
    check,
    competent_office,
)
from integration_rules.facts import FACTS, RESIDENCE_STATUSES
from integration_rules.measures import CATALOG, MEASURES
from integration_rules.permits import COVERED_CANTONS, STATUSES, TRANSITIONS
from integration_rules.rules import AllOf, AnyOf, AtLeast, Combination

_LOGGER = logging.getLogger(__name__)

#: The languages of the generated pages, in the order of the language switch.
LANGUAGES: Final = ("en", "fr", "de")
LANGUAGE_NAMES: Final = {"en": "English", "fr": "Français", "de": "Deutsch"}
#: The folder of the generated pages, under ``docs/``.
FOLDER: Final = "rules"
#: The kinds of item, each with its list page's name.
KINDS: Final = {
    "measure": "measures",
    "status": "statuses",
    "parameter": "parameters",
    "document": "documents",
}
#: The example persons of the measure pages: one per measure, with its evaluation date.
EXAMPLES: Final = Path(__file__).resolve().parents[2] / "examples" / "measures.toml"


# -- the items and their pages -------------------------------------------------------------


def _document_slug(document: Document) -> str:
    return nodes.make_id(f"{document.name}-{document.date or ''}")


@functools.cache
def parameters() -> dict[str, Parameter[Any]]:
    """Every parameter of the library, by id, in the reference page's order."""
    found: dict[str, Parameter[Any]] = {}
    for group in _grouped_parameters().values():
        for parameter, _ in group:
            found.setdefault(parameter.id, parameter)
    return found


@functools.cache
def _cached_citations() -> dict[Document, dict[str | None, Any]]:
    """Document → passage → what cites it (built once per build process)."""
    return _citations()


@functools.cache
def documents() -> dict[str, Document]:
    """Every document the library cites, by slug, legal texts first."""
    return {
        _document_slug(d): d for d in sorted(_cached_citations(), key=_document_key)
    }


def items(kind: str) -> list[str]:
    """The keys of the items of *kind*, in their list page's order."""
    if kind == "measure":
        return [m.id for m in MEASURES]
    if kind == "status":
        return [code for code in RESIDENCE_STATUSES if code in STATUSES]
    if kind == "parameter":
        return list(parameters())
    if kind == "document":
        return list(documents())
    raise ValueError(f"kind: expected one of {sorted(KINDS)}, got {kind!r}")


def docname(lang: str, kind: str, key: str | None = None) -> str:
    """The page of an item (or, without *key*, of the list of its kind) in *lang*."""
    if key is None:
        return (
            f"{FOLDER}/{lang}/{KINDS[kind]}"
            if kind in KINDS
            else f"{FOLDER}/{lang}/index"
        )
    return f"{FOLDER}/{lang}/{kind}/{key}"


_WARNING = "% Written by docs/_ext/explorer.py from the library's data at each build: do not edit.\n\n"


def _stub(kind: str, key: str, lang: str, *, orphan: bool) -> str:
    head = "---\norphan: true\n---\n" if orphan else ""
    return f"{head}{_WARNING}```{{explorer-page}} {kind} {key} {lang}\n```\n"


def _index_stub(lang: str) -> str:
    """The language's home: its title, the four lists in a toctree, then the generated part."""
    entries = "\n".join(KINDS.values())
    return (
        f"{_WARNING}# {word('explorer', lang)}\n\n"
        f"```{{explorer-page}} index - {lang}\n```\n\n"
        f"```{{toctree}}\n:maxdepth: 1\n\n{entries}\n```\n"
    )


def write_pages(app: Any) -> None:
    """Write the generated pages' files (only those whose text changed)."""
    root = Path(app.srcdir) / FOLDER
    wanted: dict[Path, str] = {}
    for lang in LANGUAGES:
        wanted[root / lang / "index.md"] = _index_stub(lang)
        for kind, listing in KINDS.items():
            wanted[root / lang / f"{listing}.md"] = _stub(
                "list", kind, lang, orphan=False
            )
            for key in items(kind):
                wanted[root / lang / kind / f"{key}.md"] = _stub(
                    kind, key, lang, orphan=True
                )
    for path in sorted(root.rglob("*.md")) if root.exists() else []:
        if path not in wanted:
            path.unlink()
    for path, text in wanted.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


# -- node builders -------------------------------------------------------------------------


def _section(title: str, content: Iterable[nodes.Node], ident: str) -> nodes.section:
    section = nodes.section(
        ids=[nodes.make_id(ident)], names=[nodes.fully_normalize_name(title)]
    )
    section += nodes.title(title, title)
    section.extend(content)
    return section


def _period(period: Period | None, lang: str) -> str:
    if period is None or (period.start is None and period.end is None):
        return word("period_any", lang)
    if period.end is None:
        return word("period_from", lang, start=_show(period.start))
    if period.start is None:
        return word("period_until", lang, end=_show(period.end))
    return word("period_both", lang, start=_show(period.start), end=_show(period.end))


def _value(value: object, lang: str) -> str:
    if isinstance(value, bool):
        return word("yes" if value else "no", lang)
    return _show(value)


def _fact(name: str, lang: str) -> list[nodes.Node]:
    label = FACTS.fact(name).label.get(lang) if name in FACTS else name
    return [_literal(name), nodes.Text(f" ({label})")]


def _joined(parts: Iterable[list[nodes.Node]]) -> list[nodes.Node]:
    out: list[nodes.Node] = []
    for index, part in enumerate(parts):
        if index:
            out.append(nodes.Text(", "))
        out.extend(part)
    return out


def _source_lines(source: Source) -> list[nodes.Node]:
    """The citation, linked, then the wording it rests on, quoted."""
    return [_source(source), *_wording(source)]


class _Page:
    """What a page builder needs: the language and a way to link to other pages."""

    def __init__(self, lang: str, current: str) -> None:
        self.lang = lang
        self.current = current

    def link(
        self, text: str, target: str, *, code: bool = False
    ) -> addnodes.pending_xref:
        """A checked link to the page *target* (a docname)."""
        return doc_link(text, target, self.current, code=code)

    def item(
        self, kind: str, key: str, text: str | None = None, *, code: bool = False
    ) -> addnodes.pending_xref:
        return self.link(text or key, docname(self.lang, kind, key), code=code)

    def word(self, key: str, **values: object) -> str:
        return word(key, self.lang, **values)

    def parameter(self, parameter: Parameter[Any]) -> list[nodes.Node]:
        """``id = value`` with the id linked to the parameter's page."""
        return [
            self.item("parameter", parameter.id, code=True),
            nodes.Text(f" = {_value(parameter.value, self.lang)}"),
        ]

    def switch(self, kind: str, key: str | None) -> nodes.container:
        """Links to this page in the other languages."""
        para = nodes.paragraph(classes=["explorer-languages"])
        para += nodes.Text(f"{word('languages', self.lang)}: ")
        for index, lang in enumerate(LANGUAGES):
            if index:
                para += nodes.Text(" · ")
            name = LANGUAGE_NAMES[lang]
            if lang == self.lang:
                para += nodes.strong(name, name)
            else:
                ref = self.link(name, docname(lang, kind, key))
                ref["classes"].append(f"lang-{lang}")
                para += ref
        box = nodes.container(classes=["explorer-switch"])
        box += para
        return box


# -- measures ------------------------------------------------------------------------------


def _combination(rule: Rule, lang: str) -> str:
    if isinstance(rule, AtLeast):
        count = rule.n.value if isinstance(rule.n, Parameter) else rule.n
        return word("at_least", lang, n=count)
    if isinstance(rule, AnyOf):
        return word("any_of", lang)
    if isinstance(rule, AllOf):
        return word("all_of", lang)
    return word("made_of", lang)


def _own_parameters(rule: Rule) -> tuple[Parameter[Any], ...]:
    if isinstance(rule, AtLeast):
        return (rule.n,) if isinstance(rule.n, Parameter) else ()
    if isinstance(rule, Combination):
        return ()
    return rule.parameters()


def _condition(page: _Page, rule: Rule, parent: Rule | None) -> list[nodes.Node]:
    """One condition in words, what it reads and its source, then its parts."""
    lang = page.lang
    combination = isinstance(rule, Combination)
    head = rule.label.get(lang) + (
        " — " + _combination(rule, lang) if combination else ""
    )
    body: list[nodes.Node] = [_paragraph(head)]
    if rule.in_force is not None:
        body.append(
            _paragraph(f"{page.word('in_force')}: {_period(rule.in_force, lang)}")
        )
    if not combination:
        body.append(
            _paragraph(
                f"{page.word('facts_read')}: ",
                *_joined(_fact(name, lang) for name in sorted(rule.facts())),
            )
        )
    own = _own_parameters(rule)
    if own:
        body.append(
            _paragraph(
                f"{page.word('parameters')}: ",
                *_joined(page.parameter(p) for p in own),
            )
        )
    if rule.source is not None and (
        parent is None or str(rule.source) != str(parent.source)
    ):
        body.extend(_source_lines(rule.source))
    if isinstance(rule, Combination):
        body.append(_bullets(_condition(page, child, rule) for child in rule.children))
    return body


def _organisations(page: _Page, organisations: Sequence[Any]) -> Cell:
    if not organisations:
        return page.word("not_in_sources")
    return _bullets(
        [
            _literal(o.code),
            nodes.Text(" — "),
            _link(o.name.get(page.lang), o.url)
            if o.url
            else nodes.Text(o.name.get(page.lang)),
        ]
        for o in organisations
    )


def _schedule(page: _Page, measure: Measure) -> Cell:
    schedule = measure.schedule
    if schedule is None:
        return page.word("not_in_sources")
    lines = []
    for pattern in schedule.patterns:
        parts: list[nodes.Node] = [nodes.Text(pattern.kind.get(page.lang))]
        for name, value in (
            ("count", pattern.count),
            ("every_weeks", pattern.every_weeks),
        ):
            if value is None:
                continue
            parts.append(nodes.Text(f"; {name} "))
            parts.extend(
                page.parameter(value)
                if isinstance(value, Parameter)
                else [nodes.Text(f"= {value}")]
            )
        if pattern.gap_weeks:
            parts.append(nodes.Text(f"; gap_weeks = {pattern.gap_weeks}"))
        lines.append(parts)
    cell: list[nodes.Node] = [_bullets(lines)]
    if schedule.source is not None:
        cell.extend(_source_lines(schedule.source))
    return cell


def _quantity(page: _Page, parameter: Parameter[Any] | None) -> Cell:
    if parameter is None:
        return page.word("not_in_sources")
    return [
        *page.parameter(parameter),
        nodes.Text(f" ({parameter.label.get(page.lang)})"),
    ]


@functools.cache
def _examples() -> dict[str, Any]:
    with EXAMPLES.open("rb") as file:
        return tomllib.load(file)


def _example(page: _Page, measure: Measure) -> list[nodes.Node]:
    """The measure's example person, and the decision computed for them now."""
    examples = _examples()
    if measure.id not in examples:
        _LOGGER.warning("%s: no example for the measure %r", EXAMPLES, measure.id)
        return [_paragraph("—")]
    entry = examples[measure.id]
    on = entry["on"]
    facts = entry["person"]
    person = FACTS.person_from_mapping(facts)
    decision = check(person, measure.id, on=on)
    rows = [
        [_fact(name, page.lang), _value(value, page.lang)]
        for name, value in facts.items()
    ]
    text = decision.explain(page.lang)
    block = nodes.literal_block(text, text, classes=["example-decision"])
    block["language"] = "text"
    return [
        _paragraph(page.word("example_lead")),
        _table((page.word("fact"), page.word("value")), rows, widths=(40, 60)),
        block,
    ]


def _predecessors(measure: Measure) -> list[Measure]:
    return [m for m in MEASURES if m.successor == measure.id]


def measure_page(page: _Page, measure: Measure) -> nodes.section:
    """The page of one measure."""
    lang = page.lang
    rows: list[tuple[str, Cell]] = [
        (page.word("id"), _literal(measure.id)),
        (page.word("in_force"), _period(measure.in_force, lang)),
        (page.word("responsible"), _organisations(page, measure.responsible)),
        (page.word("providers"), _organisations(page, measure.providers)),
        (page.word("referrers"), _organisations(page, measure.referrers)),
        (page.word("capacity"), _quantity(page, measure.capacity)),
        (page.word("price"), _quantity(page, measure.price)),
        (
            page.word("format"),
            measure.format.get(lang)
            if measure.format is not None
            else page.word("not_in_sources"),
        ),
        (page.word("schedule"), _schedule(page, measure)),
    ]
    for key, related in (
        ("predecessor", _predecessors(measure)),
        (
            "successor",
            [CATALOG[measure.successor]] if measure.successor in CATALOG else [],
        ),
    ):
        cell: Cell = (
            _paragraph(
                *_joined(
                    [page.item("measure", m.id, m.label.get(lang))] for m in related
                )
            )
            if related
            else page.word("none")
        )
        rows.append((page.word(key), cell))
    facts = sorted(measure.rule.facts())
    parameters = measure.parameters()
    content: list[nodes.Node] = [
        page.switch("measure", measure.id),
        _paragraph(measure.summary.get(lang)),
        _fields(rows),
        _section(
            page.word("conditions"),
            [_bullets([_condition(page, measure.rule, None)])],
            "conditions",
        ),
        _section(
            page.word("facts_read"),
            [_bullets(_fact(name, lang) for name in facts)],
            "facts-read",
        ),
        _section(
            page.word("parameters"),
            [
                _table(
                    (page.word("parameters"), page.word("value"), page.word("what")),
                    (
                        [
                            [page.item("parameter", p.id, code=True)],
                            _value(p.value, lang),
                            p.label.get(lang),
                        ]
                        for p in parameters
                    ),
                    widths=(30, 20, 50),
                )
                if parameters
                else _paragraph(page.word("none"))
            ],
            "parameters",
        ),
        _section(
            page.word("sources"),
            [_bullets(_source_cell(page, s) for s in _measure_sources(measure))],
            "sources",
        ),
    ]
    if measure.notes:
        content.append(
            _section(
                page.word("notes"),
                [_bullets(n.get(lang) for n in measure.notes)],
                "notes",
            )
        )
    content.append(_section(page.word("example"), _example(page, measure), "example"))
    return _section(measure.label.get(lang), content, f"measure-{measure.id}")


def _source_cell(page: _Page, source: Source) -> list[nodes.Node]:
    """A source with a link to its document's page."""
    slug = _document_slug(source.document)
    lines = _source_lines(source)
    lines.append(_paragraph("→ ", page.item("document", slug, source.document.name)))
    return lines


# -- statuses ------------------------------------------------------------------------------


def _regime(value: Any, lang: str) -> str:
    access = getattr(value, "access", value)
    text = f"{access.label.get(lang)} ({access.value})"
    months = getattr(value, "waiting_months", 0)
    if months:
        text += f"; waiting_months = {months}"
        counted_from = getattr(value, "counted_from", None)
        if counted_from:
            text += f" ({counted_from})"
    forbidden_while = getattr(value, "forbidden_while", None)
    if forbidden_while:
        text += f"; forbidden_while = {forbidden_while}"
    return text


def _work(page: _Page, status: Status) -> nodes.table:
    rows = [
        [
            change.start.isoformat(),
            until,
            _regime(change.value, page.lang),
            change.note or "—",
            _source_cell(page, change.source) if change.source else "—",
        ]
        for change, until in dated_spans(status.work)
    ]
    return _table(
        (
            page.word("from"),
            page.word("until"),
            page.word("regime"),
            page.word("note"),
            page.word("source"),
        ),
        rows,
        widths=(12, 12, 24, 30, 30),
    )


def _status_name(page: _Page, code: str) -> list[nodes.Node]:
    status = STATUSES.get(code)
    name = status.name.get(page.lang) if status is not None else code
    return [page.item("status", code, f"{code} — {name}")]


def _transitions(page: _Page, status: Status, *, into: bool) -> nodes.Node:
    chosen = [
        t
        for t in TRANSITIONS
        if (t.to_status if into else t.from_status) == status.code
    ]
    if not chosen:
        return _paragraph(page.word("no_transition"))
    return _table(
        (
            page.word("from_status" if into else "to"),
            page.word("change"),
            page.word("legal_basis"),
        ),
        (
            [
                _status_name(page, t.from_status if into else t.to_status),
                [
                    _paragraph(t.label.get(page.lang)),
                    _paragraph(_literal(t.id)),
                ],
                _bullets(_source_cell(page, s) for s in t.legal_basis),
            ]
            for t in chosen
        ),
        widths=(26, 34, 40),
    )


def _office(page: _Page, status: Status, on: dt.date) -> list[nodes.Node]:
    rows = []
    for canton in sorted(COVERED_CANTONS):
        choice = competent_office(
            Person(domicile=canton, residence_status=status.code), on=on
        )
        if choice.outcome is Outcome.ELIGIBLE and choice.value is not None:
            office = next((o for o in _offices() if o.code == choice.value), None)
            name = office.name.get(page.lang) if office is not None else ""
            cell: Cell = [
                _literal(choice.value),
                nodes.Text(f" — {name}" if name else ""),
            ]
        else:
            cell = page.word("not_covered")
        rows.append([canton, cell])
    return [
        _paragraph(page.word("office_lead", on=on.isoformat())),
        _table((page.word("canton"), page.word("office")), rows, widths=(20, 80)),
    ]


def status_page(page: _Page, status: Status, on: dt.date) -> nodes.section:
    """The page of one residence status."""
    lang = page.lang
    rows: list[tuple[str, Cell]] = [
        (page.word("id"), _literal(status.code)),
        (
            page.word("domain"),
            f"{status.domain.label.get(lang)} ({status.domain.value})",
        ),
        (page.word("validity"), status.validity.get(lang)),
        (
            page.word("legal_basis"),
            _bullets(_source_cell(page, s) for s in status.legal_basis),
        ),
    ]
    content: list[nodes.Node] = [
        page.switch("status", status.code),
        _fields(rows),
        _section(page.word("work"), [_work(page, status)], "work"),
        _section(
            page.word("transitions_from"),
            [_transitions(page, status, into=False)],
            "from",
        ),
        _section(
            page.word("transitions_to"), [_transitions(page, status, into=True)], "into"
        ),
        _section(page.word("office"), _office(page, status, on), "office"),
    ]
    return _section(
        f"{status.code} — {status.name.get(lang)}", content, f"status-{status.code}"
    )


# -- parameters ----------------------------------------------------------------------------


@functools.cache
def _readers() -> dict[str, list[tuple[str, str]]]:
    """Parameter id → (kind, key) of the measures and transitions that read it."""
    found: dict[str, list[tuple[str, str]]] = {}
    for measure in MEASURES:
        for parameter in measure.parameters():
            found.setdefault(parameter.id, []).append(("measure", measure.id))
    for transition in TRANSITIONS:
        for parameter in transition.rule.parameters():
            for status in (transition.from_status, transition.to_status):
                entry = ("status", status)
                if entry not in found.setdefault(parameter.id, []):
                    found[parameter.id].append(entry)
    return found


def parameter_page(
    page: _Page, parameter: Parameter[Any], on: dt.date
) -> nodes.section:
    """The page of one parameter; its chart runs to *on* when its values have no end."""
    lang = page.lang
    content: list[nodes.Node] = [
        page.switch("parameter", parameter.id),
        _paragraph(parameter.label.get(lang)),
    ]
    rows: list[tuple[str, Cell]] = [
        (page.word("id"), _literal(parameter.id)),
        (page.word("value"), _value(parameter.value, lang)),
    ]
    if parameter.note:
        rows.append((page.word("note"), parameter.note))
    readers = _readers().get(parameter.id, [])
    rows.append(
        (
            page.word("read_by"),
            _paragraph(
                *_joined([page.item(kind, key, code=True)] for kind, key in readers)
            )
            if readers
            else page.word("read_by_nothing"),
        )
    )
    content.append(_fields(rows))
    history = parameter.history
    if history is None:
        steps = []
        table_rows = [
            [page.word("any_date"), "", _value(parameter.value, lang), "—", "—"]
        ]
        lead: list[nodes.Node] = [_paragraph(page.word("one_value"))]
    else:
        steps = [(c.start, c.value) for c in history.changes]
        table_rows = [
            [
                change.start.isoformat(),
                until,
                _value(change.value, lang),
                _source_cell(page, change.source) if change.source else "—",
                change.note or "—",
            ]
            for change, until in dated_spans(history)
        ]
        lead = []
        if history.ended is not None:
            lead.append(_paragraph(page.word("ended", day=history.ended.isoformat())))
    values = _table(
        (
            page.word("from"),
            page.word("until"),
            page.word("value"),
            page.word("source"),
            page.word("note"),
        ),
        table_rows,
        widths=(12, 12, 16, 34, 26),
    )
    content.append(_section(page.word("values"), [*lead, values], "values"))
    svg = step_chart(
        steps or [(dt.date.min, parameter.value)],
        ended=history.ended if history is not None else None,
        show=lambda value: _value(value, lang),
        title=f"{parameter.id}: {page.word('chart')}",
        timeless=None if steps else page.word("any_date"),
        until=on,
    )
    chart = nodes.raw(
        "", f'<figure class="explorer-chart">{svg}</figure>', format="html"
    )
    content.append(_section(page.word("chart"), [chart], "chart"))
    sources = list(
        {(str(s), s.quote): s for s in _parameter_sources(parameter)}.values()
    )
    content.append(
        _section(
            page.word("sources"),
            [_bullets(_source_cell(page, s) for s in sources)]
            if sources
            else [_paragraph("—")],
            "sources",
        )
    )
    return _section(parameter.id, content, f"parameter-{parameter.id}")


# -- documents -----------------------------------------------------------------------------


@functools.cache
def _rule_owners() -> dict[str, tuple[str, str]]:
    """Rule id → (kind, key) of the page that shows the rule: its measure, or a status."""
    owners: dict[str, tuple[str, str]] = {}
    for measure in MEASURES:
        for rule in _rules(measure.rule):
            owners.setdefault(rule.id, ("measure", measure.id))
    for transition in TRANSITIONS:
        for rule in _rules(transition.rule):
            owners.setdefault(rule.id, ("status", transition.from_status))
    return owners


def _citers(
    page: _Page,
    cited: Any,
    owners: dict[str, tuple[str, str]],
    known: dict[str, Parameter[Any]],
) -> list[nodes.Node]:
    """What cites a passage, by kind; conditions link to their page, parameters to theirs."""
    lines: list[nodes.Node] = []
    for kind in _CITERS:
        names = list(cited.citers[kind])
        if not names:
            continue
        shown: list[list[nodes.Node]] = []
        for name in names:
            if kind == "rules" and name in owners:
                owner_kind, key = owners[name]
                shown.append(
                    [_literal(name), nodes.Text(" → "), page.item(owner_kind, key)]
                )
            elif kind == "parameters" and name in known:
                shown.append([page.item("parameter", name, code=True)])
            else:
                shown.append([_literal(name) if kind != "data" else nodes.Text(name)])
        lines.append(
            _paragraph(
                f"{page.word('citer_' + kind)} ({len(names)}): ", *_joined(shown)
            )
        )
    return lines


def document_page(page: _Page, slug: str, document: Document) -> nodes.section:
    """The page of one document: its reference and, passage by passage, what cites it."""
    lang = page.lang
    rows: list[tuple[str, Cell]] = [
        (page.word("kind"), document.kind.label.get(lang)),
        (page.word("title"), document.title),
    ]
    if document.short_name:
        rows.append((page.word("cited_as"), document.name))
    if document.publisher:
        rows.append((page.word("publisher"), document.publisher))
    if document.date:
        rows.append((page.word("date"), document.date))
    elif document.consulted:
        rows.append((page.word("consulted"), document.consulted))
    rows.append(
        (
            page.word("link"),
            _paragraph(_link(document.url, document.url)) if document.url else "—",
        )
    )
    owners = _rule_owners()
    known = parameters()
    passages = _cached_citations()[document]
    table_rows = []
    for where, cited in sorted(
        passages.items(), key=lambda item: (item[0] or "").casefold()
    ):
        text = where or page.word("whole")
        cell: list[nodes.Node] = [
            _paragraph(_link(text, cited.url) if cited.url else text)
        ]
        cell.extend(_paragraph(f"« {quote} »") for quote in cited.quotes)
        table_rows.append([cell, _citers(page, cited, owners, known)])
    table = _table(
        (page.word("passage"), page.word("cited_by")), table_rows, widths=(50, 50)
    )
    content = [
        page.switch("document", slug),
        _fields(rows),
        _section(page.word("cited_by"), [table], "cited-by"),
    ]
    return _section(str(document), content, f"document-{slug}")


# -- list pages ----------------------------------------------------------------------------


def list_page(page: _Page, kind: str) -> nodes.section:
    """The list of the items of *kind*, each linked to its page."""
    lang = page.lang
    if kind == "measure":
        table = _table(
            (page.word("name"), page.word("id"), page.word("in_force")),
            (
                [
                    [page.item("measure", m.id, m.label.get(lang))],
                    _literal(m.id),
                    _period(m.in_force, lang),
                ]
                for m in MEASURES
            ),
            widths=(40, 25, 35),
        )
    elif kind == "status":
        table = _table(
            (page.word("id"), page.word("name"), page.word("domain")),
            (
                [
                    [page.item("status", code, code=True)],
                    STATUSES[code].name.get(lang),
                    STATUSES[code].domain.label.get(lang),
                ]
                for code in items("status")
            ),
            widths=(15, 55, 30),
        )
    elif kind == "parameter":
        table = _table(
            (page.word("id"), page.word("value"), page.word("what")),
            (
                [
                    [page.item("parameter", key, code=True)],
                    _value(p.value, lang),
                    p.label.get(lang),
                ]
                for key, p in parameters().items()
            ),
            widths=(35, 20, 45),
        )
    else:
        table = _table(
            (page.word("title"), page.word("kind")),
            (
                [[page.item("document", slug, str(d))], d.kind.label.get(lang)]
                for slug, d in documents().items()
            ),
            widths=(75, 25),
        )
    title = page.word(KINDS[kind])
    return _section(title, [page.switch(kind, None), table], f"list-{kind}")


def index_page(page: _Page) -> list[nodes.Node]:
    """The language's home of the explorer (under its title): what it holds, with counts."""
    counts = _bullets(
        [
            page.link(
                f"{page.word(listing)} ({len(items(kind))})", docname(page.lang, kind)
            )
        ]
        for kind, listing in KINDS.items()
    )
    return [page.switch("index", None), _paragraph(page.word("intro")), counts]


class ExplorerPage(_DataDirective):
    """``explorer-page KIND KEY LANG``: one generated page, built from the data."""

    required_arguments = 3
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        """Build the page."""
        kind, key, lang = self.arguments
        self.note_data_dependencies()
        self.env.note_dependency(str(EXAMPLES))
        page = _Page(lang, self.env.docname)
        # The office pages answer for a day: explorer_on, or the build's day (stated on the page).
        on = (
            dt.date.fromisoformat(self.config.explorer_on)
            if self.config.explorer_on
            else dt.datetime.now(dt.UTC).date()
        )
        if kind == "index":
            return index_page(page)
        if kind == "list":
            section = list_page(page, key)
        elif kind == "measure":
            section = measure_page(page, CATALOG[key])
        elif kind == "status":
            section = status_page(page, STATUSES[key], on)
        elif kind == "parameter":
            section = parameter_page(page, parameters()[key], on)
        elif kind == "document":
            section = document_page(page, key, documents()[key])
        else:
            raise self.error(
                f"kind: expected index, list or one of {sorted(KINDS)}, got {kind!r}"
            )
        self.state.document.note_implicit_target(section, section)
        return [section]


def share_item_navigation(_app: Any) -> None:
    """Compute Furo's sidebar once for all the item pages, rather than once per page.

    Furo builds each page's sidebar from the whole table of contents, which costs
    about a quarter of a second a page; with some 500 item pages, that was two thirds
    of the build. The item pages are orphans (in no table of contents) and all lie at
    the same depth (``rules/<lang>/<kind>/<key>``), so their sidebars are the same
    HTML: nothing in it is marked current, and its relative links are equal. This
    keeps the first one and gives it to the others. Other pages are computed as Furo
    does.
    """
    furo = sys.modules.get("furo")
    compute = getattr(furo, "_compute_navigation_tree", None)
    if furo is None or compute is None:
        return
    original = getattr(compute, "__wrapped__", compute)
    shared: dict[int, str] = {}

    @functools.wraps(original)
    def navigation(context: dict[str, Any]) -> str:
        page = str(context.get("pagename", ""))
        if not page.startswith(f"{FOLDER}/") or page.count("/") != 3:  # noqa: PLR2004 - rules/<lang>/<kind>/<key>
            return str(original(context))
        if page.count("/") not in shared:
            shared[page.count("/")] = str(original(context))
        return shared[page.count("/")]

    furo._compute_navigation_tree = navigation  # noqa: SLF001 - see the docstring


def page_language(
    _app: Any, pagename: str, _templatename: str, context: dict[str, Any], _doctree: Any
) -> None:
    """Give a generated page in French or German its language in ``<html lang>``."""
    parts = pagename.split("/")
    if len(parts) > 2 and parts[0] == FOLDER and parts[1] in LANGUAGES:  # noqa: PLR2004 - rules/<lang>/…
        context["language"] = parts[1]
        context["lang_attr"] = parts[1]


def setup(app: Any) -> dict[str, Any]:
    """Register the directive, and write the pages when the build starts."""
    app.connect("html-page-context", page_language)
    app.add_config_value("explorer_on", "", "env")
    app.add_directive("explorer-page", ExplorerPage)
    app.connect("builder-inited", write_pages)
    app.connect("builder-inited", share_item_navigation)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
