"""Sphinx directives that write the reference catalogues from the library's data.

The reference pages on residence statuses, measures, the CII network and
parameters hold no copy of the data: each directive reads the library at
build time and builds docutils nodes from it.

``status-catalogue``
    One section per residence status, in the order of
    ``integration_rules.facts.RESIDENCE_STATUSES``: names, domain, usual
    validity, legal basis, and every dated change of its work access.
``office-table``
    The offices, then the routing: for each status and canton, the office
    :func:`~integration_rules.competent_office` returns for a person with that
    status and domicile. The table is the function's answers, so it cannot
    disagree with it. Option ``:on:`` (an ISO date) is the evaluation date;
    it defaults to the day of the build.
``transition-catalogue``
    One section per foreseen transition: the route, its conditions (the
    labels of its rule's parts, with the parameters they read), legal basis
    and note.
``measure-overview``
    A table of the measures of ``integration_rules.measures.MEASURES``, in
    that order, each linked to its page in the legislation explorer
    (``explorer.py``), which shows it in full.
``cii-circles``, ``cii-collaboration``, ``cii-referrals`` and ``cii-diagram``
    The CII Valais network: its circles with their services and offices; the
    collaboration rule with its parameters and the charter; who refers to
    which measure; and the pictures the library draws (``:format:`` ``svg``,
    embedded as HTML, or ``mermaid`` or ``dot``, shown as text; ``:lang:`` and,
    for SVG, ``:size:``). All but ``cii-collaboration`` describe the network on
    the date of their ``:on:`` option, which they require so that the page
    does not depend on the day of the build.
``parameter-table`` and ``programme-table``
    The parameters of one group (argument: ``funding``, ``measures``,
    ``network``, ``transitions``, or ``other`` for the module-level parameters
    no group lists), each with its value or dated values and what uses it,
    linked to its page in the legislation explorer (sources, notes, chart); and the
    cantonal integration programmes of ``integration_rules.funding.PROGRAMMES``.
``source-catalogue``
    Every document the library cites, once, grouped by kind (legal texts;
    authorities' pages, press releases and newsletters; news articles and
    secondary pages), each with its link, its passages, the wording cited and
    what cites each: the conditions of every rule of the measures, the office
    routes, the transitions, the federal programmes' scopes and the CII
    collaboration rule (the ``source`` of every node of each rule tree); every
    parameter (its source and the source of each dated value); and the other
    data (measures, schedules, statuses and their work access, transitions'
    legal basis, offices, programmes, organisations, the CII circles).

A status the facts allow but the catalogue lacks (or the other way round), a
routing answer that is neither an office nor "not covered", a successor that
is not in the catalogue, a partner the network page would not show, two
different parameters with one id, or a condition of a catalogued rule that
names no source, is a build warning: an error under ``-W``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar, TypeAlias

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

import integration_rules
from integration_rules import (
    Document,
    DocumentKind,
    Measure,
    Money,
    Office,
    Outcome,
    Parameter,
    Period,
    Person,
    Rule,
    Source,
    Status,
    Transition,
    competent_office,
    statuses,
)
from integration_rules.facts import FACTS, RESIDENCE_STATUSES, SWISS_CANTONS, Fact
from integration_rules.funding import PARAMETERS as FUNDING_PARAMETERS
from integration_rules.funding import PROGRAMMES
from integration_rules.measures import CATALOG, MEASURES, MOVES
from integration_rules.measures.france import CIR_TRACKS
from integration_rules.network import (
    ATTESTED,
    CHARTER,
    CII_VALAIS,
    COLLABORATION_RULE,
    MIN_FIRST_CIRCLE,
    MIN_OTHER_CIRCLES,
    CharterValue,
    Circle,
    Network,
    Partner,
    to_dot,
    to_mermaid,
    to_svg,
)
from integration_rules.organisations import DIRECTORY
from integration_rules.permits import (
    AIS_SCOPE,
    COVERED_CANTONS,
    LUMP_SUM_SCOPE,
    OFFICES,
    PROGRAMME_S_SCOPE,
    ROUTES,
    STATUSES,
    TRANSITIONS,
)
from integration_rules.rules import Combination, Leaf, Not

_LOGGER = logging.getLogger(__name__)

#: The id prefix of the condition every transition starts with (the current status).
_CURRENT_STATUS = "transition.current_status."

Cell: TypeAlias = str | nodes.Node | Sequence[nodes.Node]

# -- docutils node builders ------------------------------------------------------


def _paragraph(*parts: str | nodes.Node) -> nodes.paragraph:
    para = nodes.paragraph()
    for part in parts:
        para += nodes.Text(part) if isinstance(part, str) else part
    return para


def _literal(text: str) -> nodes.literal:
    return nodes.literal(text, text)


def _link(text: str, url: str) -> nodes.reference:
    return nodes.reference(text, text, refuri=url)


def _local_link(text: str, target_id: str) -> nodes.reference:
    return nodes.reference(text, text, internal=True, refid=target_id)


def doc_link(
    text: str, target: str, current: str, *, code: bool = False
) -> addnodes.pending_xref:
    """A checked link from the page *current* to the page *target* (a docname from the root)."""
    node = addnodes.pending_xref(
        "",
        refdomain="std",
        reftype="doc",
        reftarget="/" + target,
        refexplicit=True,
        refwarn=True,
        refdoc=current,
    )
    node += nodes.literal(text, text) if code else nodes.inline(text, text)
    return node


def _source(source: Source) -> nodes.paragraph:
    """A source as its citation, linked to its URL when it has one."""
    text = str(source)
    return _paragraph(_link(text, source.link) if source.link else text)


def _wording(source: Source) -> list[nodes.Node]:
    """The wording a rule or reading rests on, as a quotation (nothing when none is cited)."""
    if not source.quote:
        return []
    quoted = nodes.block_quote()
    quoted += _paragraph(f"« {source.quote} »")
    return [quoted]


def _bullets(items: Iterable[Cell]) -> nodes.bullet_list:
    listing = nodes.bullet_list()
    for item in items:
        entry = nodes.list_item()
        entry.extend(_body(item))
        listing += entry
    return listing


def _body(cell: Cell) -> list[nodes.Node]:
    """Body elements for a list item, field or table cell.

    A string is a paragraph; consecutive inline nodes share one paragraph.
    """
    if isinstance(cell, str):
        return [_paragraph(cell)]
    parts = [cell] if isinstance(cell, nodes.Node) else list(cell)
    body: list[nodes.Node] = []
    inline: list[nodes.Node] = []
    for part in [*parts, None]:
        if part is not None and (
            isinstance(part, nodes.Inline | nodes.Text)
            or not isinstance(part, nodes.Body)
        ):
            inline.append(part)
            continue
        if inline:
            body.append(_paragraph(*inline))
            inline = []
        if part is not None:
            body.append(part)
    return body


def _fields(rows: Iterable[tuple[str, Cell]]) -> nodes.field_list:
    listing = nodes.field_list()
    for name, body in rows:
        field = nodes.field()
        field += nodes.field_name(name, name)
        content = nodes.field_body()
        content.extend(_body(body))
        field += content
        listing += field
    return listing


def _row(cells: Sequence[Cell], target_id: str | None = None) -> nodes.row:
    row = nodes.row()
    if target_id is not None:
        row["ids"].append(target_id)
    for cell in cells:
        entry = nodes.entry()
        entry.extend(_body(cell))
        row += entry
    return row


def _table(
    header: Sequence[str],
    rows: Iterable[nodes.row | Sequence[Cell]],
    *,
    widths: Sequence[int],
    title: str | None = None,
) -> nodes.table:
    """A table; *widths* are relative column widths (characters, for the text builder)."""
    table = nodes.table(classes=["colwidths-auto"])
    if title is not None:
        table += nodes.title(title, title)
    group = nodes.tgroup(cols=len(header))
    table += group
    for width in widths:
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    head += _row(header)
    group += head
    body = nodes.tbody()
    for row in rows:
        body += row if isinstance(row, nodes.row) else _row(row)
    group += body
    return table


def _section(
    target_id: str, title: str, content: Iterable[nodes.Node]
) -> nodes.section:
    section = nodes.section(ids=[target_id], names=[nodes.fully_normalize_name(title)])
    section += nodes.title(title, title)
    section.extend(content)
    return section


# -- the data, in words ------------------------------------------------------------


def _status_id(code: str) -> str:
    return nodes.make_id(f"status-{code}")


def _office_id(code: str) -> str:
    return nodes.make_id(f"office-{code}")


def _transition_id(transition: Transition) -> str:
    return nodes.make_id(f"transition-{transition.id}")


def _show(value: object) -> str:
    """A value as the pages write it: ISO dates, ``CHF 400.-``, sets as sorted lists."""
    if isinstance(value, dt.date):
        shown = value.isoformat()
    elif isinstance(value, Money):
        shown = value.format(whole_dash=True)
    elif isinstance(value, bool):
        shown = "yes" if value else "no"
    elif isinstance(value, frozenset | set):
        shown = ", ".join(sorted(_show(v) for v in value))
    elif isinstance(value, tuple | list):
        shown = ", ".join(_show(v) for v in value)
    else:
        shown = str(value)
    return shown


def _offices() -> list[Office]:
    """The offices in the order of the routing table, then any others by code.

    ``OFFICES`` is a ``pyrsistent`` map, whose order depends on string hashing.
    """
    routed = [route.value for route in ROUTES]
    others = sorted(set(OFFICES) - set(routed))
    return [
        OFFICES[code] for code in dict.fromkeys([*routed, *others]) if code in OFFICES
    ]


def _status_name(code: str) -> list[nodes.Node]:
    """The code, then the status's English name (the code alone if it has none)."""
    status = statuses().get(code)
    if status is None:
        return [_literal(code)]
    return [_literal(code), nodes.Text(f" — {status.name.en}")]


def _regime(value: Any) -> list[nodes.Node]:
    """A work-access regime: the access, then its restrictions if it has any.

    *value* is a ``WorkAccess``, or a regime whose ``access`` is one and which
    may add a waiting period (``waiting_months`` from the date fact
    ``counted_from``) or a yes/no fact during which work is forbidden
    (``forbidden_while``).
    """
    access = getattr(value, "access", value)
    cell: list[nodes.Node] = [
        _paragraph(f"{access.label.en} (", _literal(access.value), ")")
    ]
    months = getattr(value, "waiting_months", 0)
    counted_from = getattr(value, "counted_from", None)
    if months:
        wait: list[str | nodes.Node] = [f"after {months} months without work"]
        if counted_from:
            wait += [" from ", _literal(counted_from)]
        cell.append(_paragraph(*wait))
    forbidden_while = getattr(value, "forbidden_while", None)
    if forbidden_while:
        cell.append(_paragraph("forbidden while ", _literal(forbidden_while)))
    return cell


def dated_spans(history: Any) -> list[tuple[Any, str]]:
    """Each change of a history with its last day (ISO), or "…" for the last one without end."""
    changes = list(history.changes)
    spans = []
    for index, change in enumerate(changes):
        if index + 1 < len(changes):
            until = (changes[index + 1].start - dt.timedelta(days=1)).isoformat()
        elif history.ended is not None:
            until = history.ended.isoformat()
        else:
            until = "…"
        spans.append((change, until))
    return spans


def _work_access_table(status: Status) -> nodes.table:
    rows = [
        [
            change.start.isoformat(),
            until,
            _regime(change.value),
            change.note or "—",
            _source(change.source) if change.source else "—",
        ]
        for change, until in dated_spans(status.work)
    ]
    return _table(
        ("From", "Until", "Regime", "Note", "Source"),
        rows,
        widths=(12, 12, 20, 40, 30),
        title="Access to gainful employment",
    )


def _status_section(status: Status) -> nodes.section:
    months = status.validity_months
    fields = _fields(
        [
            ("Code", _literal(status.code)),
            ("Name (fr)", status.name.fr),
            ("Name (de)", status.name.de),
            ("Name (en)", status.name.en),
            (
                "Domain",
                [
                    nodes.Text(f"{status.domain.label.en} ("),
                    _literal(status.domain.value),
                    nodes.Text(")"),
                ],
            ),
            ("Usual validity", status.validity.en),
            ("In months", str(months) if months is not None else "not given"),
            ("Legal basis", _bullets(_source(s) for s in status.legal_basis)),
        ]
    )
    title = f"{status.code} — {status.name.en}"
    return _section(
        _status_id(status.code), title, [fields, _work_access_table(status)]
    )


def _parameter_lines(rule: Rule) -> list[nodes.paragraph]:
    lines = []
    for parameter in rule.parameters():
        parts: list[str | nodes.Node] = [
            "parameter ",
            _literal(parameter.id),
            f" = {_show(parameter.value)} ({parameter.label.en})",
        ]
        if parameter.source is not None:
            parts.append("; source: ")
            source = str(parameter.source)
            url = parameter.source.url
            parts.append(_link(source, url) if url else source)
        if parameter.note:
            parts.append(f"; {parameter.note}")
        lines.append(_paragraph(*parts))
    return lines


def _condition(rule: Rule) -> list[nodes.Node]:
    return [_paragraph(rule.label.en), _facts_read(rule), *_parameter_lines(rule)]


def _conditions(transition: Transition) -> list[Rule]:
    """The parts of the transition's rule, without the current-status check."""
    children: Sequence[Rule] = getattr(transition.rule, "children", (transition.rule,))
    return [child for child in children if not child.id.startswith(_CURRENT_STATUS)]


def _transition_section(transition: Transition) -> nodes.section:
    rows: list[tuple[str, Cell]] = [
        ("Id", _literal(transition.id)),
        (
            "Change",
            [
                _literal(transition.from_status),
                nodes.Text(" → "),
                _literal(transition.to_status),
            ],
        ),
        ("Rule", _literal(transition.rule.id)),
        (
            "Conditions",
            [
                _paragraph(
                    f"The current status is {transition.from_status}, and all of:"
                ),
                _bullets(_condition(c) for c in _conditions(transition)),
            ],
        ),
        ("Legal basis", _bullets(_source(s) for s in transition.legal_basis)),
    ]
    if transition.note is not None:
        rows.append(("Note", transition.note.en))
    return _section(_transition_id(transition), transition.label.en, [_fields(rows)])


# -- measures, in words ------------------------------------------------------------




def _parameter_id(parameter_id: str) -> str:
    return nodes.make_id(f"parameter-{parameter_id}")


def _period(period: Period | None) -> str:
    """A period in force in words."""
    if period is None or (period.start is None and period.end is None):
        return "no period in force: the rule applies on any date"
    if period.end is None:
        return f"from {_show(period.start)}, with no end date"
    if period.start is None:
        return f"until {_show(period.end)}"
    return f"from {_show(period.start)} to {_show(period.end)}, both included"




def _source_key(source: Source) -> tuple[str, str | None]:
    return (str(source), source.url)


def _parameter_sources(parameter: Parameter[Any]) -> list[Source]:
    found = [] if parameter.source is None else [parameter.source]
    if parameter.history is not None:
        found.extend(c.source for c in parameter.history.changes if c.source)
    return found


def _rules(rule: Rule) -> Iterable[Rule]:
    """The rule and every part of it, depth first."""
    yield rule
    if isinstance(rule, Combination):
        for child in rule.children:
            yield from _rules(child)
    elif isinstance(rule, Not):
        yield from _rules(rule.child)


def _measure_sources(measure: Measure) -> list[Source]:
    """The measure's source first, then every other source its data cites, once each."""
    found = [measure.source]
    found.extend(r.source for r in _rules(measure.rule) if r.source is not None)
    for parameter in measure.parameters():
        found.extend(_parameter_sources(parameter))
    if measure.schedule is not None and measure.schedule.source is not None:
        found.append(measure.schedule.source)
    unique: dict[tuple[str, str | None], Source] = {}
    for source in found:
        unique.setdefault(_source_key(source), source)
    return list(unique.values())


def _facts_read(rule: Rule) -> nodes.paragraph:
    facts: list[str | nodes.Node] = ["facts read: "]
    for index, name in enumerate(sorted(rule.facts())):
        if index:
            facts.append(", ")
        facts.append(_literal(name))
    return _paragraph(*facts)




# -- parameters, in words --------------------------------------------------------------






#: The parameter groups of the reference page, in its order.
_GROUPS = ("funding", "measures", "network", "transitions", "other")


def _grouped_parameters() -> dict[str, list[tuple[Parameter[Any], list[str]]]]:
    """Each group's parameters, once each, with what uses them (measure or transition ids)."""
    groups: dict[str, dict[Parameter[Any], list[str]]] = {g: {} for g in _GROUPS}
    for parameter in FUNDING_PARAMETERS:
        groups["funding"].setdefault(parameter, [])
    for measure in MEASURES:
        for parameter in measure.parameters():
            groups["measures"].setdefault(parameter, []).append(measure.id)
    for parameter in (
        ATTESTED,
        MIN_FIRST_CIRCLE,
        MIN_OTHER_CIRCLES,
        *COLLABORATION_RULE.parameters(),
    ):
        groups["network"].setdefault(parameter, [])
    for transition in TRANSITIONS:
        for parameter in transition.rule.parameters():
            groups["transitions"].setdefault(parameter, []).append(transition.id)
    listed = {p for group in groups.values() for p in group}
    for module, parameter in _module_parameters():
        if parameter not in listed:
            groups["other"].setdefault(parameter, []).append(module)
    return {name: list(group.items()) for name, group in groups.items()}


def _module_parameters() -> list[tuple[str, Parameter[Any]]]:
    """Every parameter bound to a name at the top of a module of the library."""
    found = []
    package = integration_rules.__path__
    for info in pkgutil.walk_packages(package, "integration_rules."):
        if info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra (numpy for columnar) not installed
            continue
        found.extend(
            (info.name, value)
            for value in vars(module).values()
            if isinstance(value, Parameter)
        )
    return found


def _duplicate_ids() -> list[str]:
    """Parameter ids shared by different parameters (each id should name one)."""
    seen: dict[str, Parameter[Any]] = {}
    clashes = []
    everything = [p for group in _grouped_parameters().values() for p, _ in group]
    everything += [p for _, p in _module_parameters()]
    for parameter in everything:
        other = seen.setdefault(parameter.id, parameter)
        if other != parameter:
            clashes.append(parameter.id)
    return sorted(set(clashes))


# -- the network, in words ----------------------------------------------------------------


def _partner_names(partner: Partner) -> list[nodes.Node]:
    """The partner's names, as the directory gives them; the English one links to its page."""
    name = partner.name
    return [
        _paragraph(_link(name.en, partner.url) if partner.url else name.en),
        _paragraph(f"fr: {name.fr}"),
        _paragraph(f"de: {name.de}"),
    ]


def _quoted_source(source: Source, lead: str = "") -> nodes.paragraph:
    """A network source: the citation, linked to the document, and the wording it rests on."""
    cited: str | nodes.Node = str(source)
    if source.link:
        cited = _link(str(source), source.link)
    parts: list[str | nodes.Node] = [lead, cited] if lead else [cited]
    if source.quote:
        parts.append(f": « {source.quote} »")
    return _paragraph(*parts)


def _office_cell(network: Network, service: Partner) -> Cell:
    offices = network.offices_of(service.code)
    if not offices:
        return "—"
    return _bullets(
        [
            _paragraph(_literal(o.code), nodes.Text(f" — {o.name.en}")),
            _paragraph(f"fr: {o.name.fr}; de: {o.name.de}"),
        ]
        for o in offices
    )


def _charter_values() -> list[CharterValue]:
    """The charter's values in the order of their enumeration."""
    return [value for value in CharterValue if value in CHARTER]


def _parameter_paragraph(parameter: Parameter[Any]) -> nodes.paragraph:
    parts: list[str | nodes.Node] = [
        _literal(parameter.id),
        f" = {_show(parameter.value)} ({parameter.label.en})",
    ]
    if parameter.source is not None:
        parts.append("; source: ")
        parts.extend(_source(parameter.source).children)
    if parameter.note:
        parts.append(f"; {parameter.note}")
    return _paragraph(*parts)


# -- directives --------------------------------------------------------------------


def _parse_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text.strip())


class _DataDirective(SphinxDirective):
    """A directive whose content comes from the library's data."""

    has_content = False
    required_arguments = 0
    optional_arguments = 0

    def note_data_dependencies(self) -> None:
        """Rebuild the page when a module of the library changes (the data, its labels)."""
        package = Path(integration_rules.__file__).resolve().parent
        for path in sorted(package.rglob("*.py")):
            self.env.note_dependency(str(path))

    def register(self, sections: Iterable[nodes.Element]) -> None:
        """Give each generated target its id in the document (duplicates are errors)."""
        for node in sections:
            self.state.document.note_implicit_target(node, node)

    def warn(self, message: str) -> None:
        """A build warning located at the directive."""
        _LOGGER.warning(message, location=self.get_location())


class StatusCatalogue(_DataDirective):
    """One section per residence status, in the order of ``RESIDENCE_STATUSES``."""

    def run(self) -> list[nodes.Node]:
        """Build the sections."""
        self.note_data_dependencies()
        catalogue = statuses()
        for code in sorted(set(catalogue) - set(RESIDENCE_STATUSES)):
            self.warn(f"status {code!r} is catalogued but not in RESIDENCE_STATUSES")
        sections = []
        for code in RESIDENCE_STATUSES:
            if code not in catalogue:
                self.warn(f"residence status {code!r} has no entry in statuses()")
                continue
            sections.append(_status_section(catalogue[code]))
        self.register(sections)
        return list(sections)


class OfficeTable(_DataDirective):
    """The offices, and the routing table computed with ``competent_office``."""

    option_spec: ClassVar[dict[str, Any]] = {"on": _parse_date}

    def run(self) -> list[nodes.Node]:
        """Build the two tables."""
        self.note_data_dependencies()
        on = self.options.get("on") or dt.datetime.now(dt.UTC).date()
        offices = _table(
            ("Office", "Name", "Canton", "Part of", "Competent for", "Sources"),
            (
                _row(
                    [
                        _literal(office.code),
                        [
                            _paragraph(office.name.en),
                            _paragraph(f"fr: {office.name.fr}"),
                            _paragraph(f"de: {office.name.de}"),
                        ],
                        office.canton,
                        office.parent.en,
                        office.public.en,
                        _bullets(_source(s) for s in office.sources),
                    ],
                    target_id=_office_id(office.code),
                )
                for office in _offices()
            ),
            widths=(8, 30, 7, 24, 30, 30),
            title="Offices",
        )
        for row in offices.findall(nodes.row):
            if row["ids"]:
                self.state.document.set_id(row)
        cantons = sorted(COVERED_CANTONS)
        others = sorted(SWISS_CANTONS - COVERED_CANTONS)
        rows = [
            [_status_name(code)]
            + [self.route(code, canton, on) for canton in cantons]
            + [self.route_elsewhere(code, others, on)]
            for code in RESIDENCE_STATUSES
        ]
        routing = _table(
            ("Residence status", *cantons, "Other Swiss cantons"),
            rows,
            widths=(36, *(8 for _ in cantons), 14),
            title=f"Competent office by status and domicile, as competent_office() answers on {on.isoformat()}",
        )
        return [offices, routing]

    def route(self, code: str, canton: str, on: dt.date) -> Cell:
        """The office for a person with status *code* domiciled in *canton*, linked."""
        choice = competent_office(Person(domicile=canton, residence_status=code), on=on)
        office = choice.value
        if (
            choice.outcome is Outcome.ELIGIBLE
            and office is not None
            and office in OFFICES
        ):
            return _paragraph(_local_link(office, _office_id(office)))
        if choice.outcome is Outcome.INELIGIBLE:
            return "not covered"
        self.warn(f"competent_office({code!r}, {canton!r}) gave {choice!r}")
        return repr(choice)

    def route_elsewhere(self, code: str, cantons: Sequence[str], on: dt.date) -> Cell:
        """The answers for the cantons without encoded routing: "not covered", checked."""
        answers = [
            competent_office(Person(domicile=canton, residence_status=code), on=on)
            for canton in cantons
        ]
        if all(
            answer.outcome is Outcome.INELIGIBLE and answer.value is None
            for answer in answers
        ):
            return "not covered"
        self.warn(
            f"competent_office({code!r}) outside the covered cantons gave {answers!r}"
        )
        return ", ".join(sorted({repr(answer.value) for answer in answers}))


class TransitionCatalogue(_DataDirective):
    """One section per foreseen transition, in the catalogue's order."""

    def run(self) -> list[nodes.Node]:
        """Build the sections."""
        self.note_data_dependencies()
        sections = [_transition_section(t) for t in TRANSITIONS]
        self.register(sections)
        return list(sections)


class MeasureOverview(_DataDirective):
    """A table of the measures, each linked to its section."""

    def run(self) -> list[nodes.Node]:
        """Build the table."""
        self.note_data_dependencies()
        for measure_id in sorted(set(CATALOG) - {m.id for m in MEASURES}):
            self.warn(f"measure {measure_id!r} is in CATALOG but not in MEASURES")
        rows = [
            [
                _paragraph(doc_link(m.id, f"rules/en/measure/{m.id}", self.env.docname, code=True)),
                m.label.en,
                str(m.in_force) if m.in_force is not None else "—",
                ", ".join(o.code for o in m.responsible) or "—",
            ]
            for m in MEASURES
        ]
        return [
            _table(
                ("Id", "Name", "In force", "Responsible"),
                rows,
                widths=(28, 40, 24, 16),
                title="The measures, in the catalogue's order",
            )
        ]


class _NetworkDirective(_DataDirective):
    """A directive about the CII network on the date of its ``:on:`` option."""

    option_spec: ClassVar[dict[str, Any]] = {"on": _parse_date}

    @property
    def on(self) -> dt.date:
        """The date the page describes (required: the page must not depend on the day of the build)."""
        day = self.options.get("on")
        if day is None:
            self.warn(f"{self.name}: the :on: option is required")
            return ATTESTED.value
        return day


def _membership_words(network: Network, code: str, on: dt.date) -> str:
    membership = network.membership_of(code, on=on)
    if membership is None:
        return "—"
    words = [f"since {membership.since.isoformat()}"]
    if membership.until is not None:
        words.append(f"until {membership.until.isoformat()}")
    if membership.prospective:
        words.append("prospective: announced, not formed")
    return "; ".join(words)


def _service_row(network: Network, service: Partner, on: dt.date) -> nodes.row:
    code: list[nodes.Node] = [_paragraph(_literal(service.code))]
    if service.code == network.coordination:
        code.append(_paragraph("CII coordination organ"))
    return _row(
        [
            code,
            _partner_names(service),
            _office_cell(network, service),
            _membership_words(network, service.code, on),
        ],
        target_id=nodes.make_id(f"partner-{service.code}"),
    )


class CiiCircles(_NetworkDirective):
    """One section per circle: its services, their names and offices."""

    def run(self) -> list[nodes.Node]:
        """Build the sections."""
        self.note_data_dependencies()
        network, on = CII_VALAIS, self.on
        shown: set[str] = set()
        sections = []
        for circle in Circle:
            services = network.partners_of(circle, on=on)
            if not services:
                continue
            table = _table(
                ("Code", "Name", "Offices", "Membership"),
                (_service_row(network, service, on) for service in services),
                widths=(14, 30, 40, 16),
            )
            for row in table.findall(nodes.row):
                if row["ids"]:
                    self.state.document.set_id(row)
            for service in services:
                shown.add(service.code)
                shown.update(o.code for o in network.offices_of(service.code))
            title = f"{circle.label.en[:1].upper()}{circle.label.en[1:]}"
            sections.append(
                _section(
                    nodes.make_id(f"circle-{int(circle)}"),
                    title,
                    [_quoted_source(circle.source, "Source: "), table],
                )
            )
        for code in network.order:
            if code not in shown:
                self.warn(f"partner {code!r} is in no circle on {on.isoformat()}")
        self.register(sections)
        return list(sections)


class CiiCollaboration(_DataDirective):
    """The collaboration rule in words, its parameters and the charter."""

    def run(self) -> list[nodes.Node]:
        """Build the description."""
        self.note_data_dependencies()
        rule = COLLABORATION_RULE
        conditions = rule.children if isinstance(rule, Combination) else (rule,)
        values = _bullets(
            [
                nodes.Text(f"{v.label.en} ("),
                _literal(v.value),
                nodes.Text(f"); fr: {v.label.fr}; de: {v.label.de}"),
            ]
            for v in _charter_values()
        )
        rows: list[tuple[str, Cell]] = [
            ("Rule", _literal(rule.id)),
            ("Name", rule.label.en),
            (
                "Source",
                _quoted_source(rule.source) if rule.source is not None else "—",
            ),
            (
                "Conditions",
                [
                    _paragraph("All of:"),
                    _bullets(
                        [
                            _paragraph(c.label.en),
                            _facts_read(c),
                            *(
                                [_quoted_source(c.source, "source: ")]
                                if c.source is not None and c.source != rule.source
                                else []
                            ),
                        ]
                        for c in conditions
                    ),
                ],
            ),
            (
                "Parameters",
                [
                    _parameter_paragraph(p)
                    for p in (MIN_FIRST_CIRCLE, MIN_OTHER_CIRCLES, *rule.parameters())
                ],
            ),
            ("Charter values", values),
        ]
        return [_fields(rows)]


class CiiReferrals(_NetworkDirective):
    """Who refers to which measure, and where each referrer sits in the network."""

    def run(self) -> list[nodes.Node]:
        """Build the table."""
        self.note_data_dependencies()
        network, on = CII_VALAIS, self.on
        codes = {p.code for p in network.partners.values()}
        rows = []
        for measure in MEASURES:
            if not measure.referrers:
                continue
            cells = []
            for referrer in measure.referrers:
                parts: list[nodes.Node] = [
                    _literal(referrer.code),
                    nodes.Text(f" — {referrer.name.en}"),
                ]
                if referrer.code in codes:
                    circle = network.circle_of(referrer.code, on=on)
                    service = network.service_of(referrer.code)
                    where = (
                        ""
                        if service.code == referrer.code
                        else f"office of {service.code}, "
                    )
                    shown = circle.label.en if circle is not None else "no circle"
                    parts.append(nodes.Text(f" ({where}{shown})"))
                else:
                    parts.append(nodes.Text(" (not a partner of the network)"))
                cells.append(parts)
            rows.append([_literal(measure.id), measure.label.en, _bullets(cells)])
        return [
            _table(
                ("Measure", "Name", "Referrers, in the measure's order"),
                rows,
                widths=(24, 26, 50),
                title=f"Referrers by measure, and their place in the network on {on.isoformat()}",
            )
        ]


_FORMATS = ("svg", "mermaid", "dot")


def _format(text: str) -> str:
    value = text.strip()
    if value not in _FORMATS:
        raise ValueError(f"expected one of {', '.join(_FORMATS)}, got {value!r}")
    return value


def _size(text: str) -> int:
    return int(text.strip())


class CiiDiagram(_NetworkDirective):
    """A picture of the network drawn by the library: SVG embedded in HTML, or Mermaid or DOT text."""

    option_spec: ClassVar[dict[str, Any]] = {
        "on": _parse_date,
        "format": _format,
        "lang": directives.unchanged_required,
        "size": _size,
    }

    def run(self) -> list[nodes.Node]:
        """Draw the picture."""
        self.note_data_dependencies()
        on = self.on
        kind = self.options.get("format", "svg")
        lang = self.options.get("lang", "en")
        if kind == "svg":
            svg = to_svg(on=on, lang=lang, size=self.options.get("size", 760))
            html = f'<div class="cii-diagram" style="max-width: 100%; overflow-x: auto;">\n{svg}</div>\n'
            return [nodes.raw("", html, format="html")]
        text = (to_mermaid if kind == "mermaid" else to_dot)(on=on, lang=lang)
        block = nodes.literal_block(text, text)
        block["language"] = "dot" if kind == "dot" else "text"
        return [block]


def _dated_values(parameter: Parameter[Any]) -> list[nodes.Node]:
    """A dated parameter's values, each from its first day (sources and notes are on its page)."""
    history = parameter.history
    assert history is not None  # noqa: S101 - only called for dated parameters
    lines = [f"from {c.start.isoformat()}: {_show(c.value)}" for c in history.changes]
    if history.ended is not None:
        lines.append(f"none after {history.ended.isoformat()}")
    return [_paragraph(line) for line in lines]


class ParameterTable(_DataDirective):
    """The parameters of one group, each with its value or dated values, linked to its page."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        """Build the table."""
        self.note_data_dependencies()
        group = self.arguments[0].strip()
        if group not in _GROUPS:
            self.warn(
                f"parameter-table: expected one of {', '.join(_GROUPS)}, got {group!r}"
            )
            return []
        if group == _GROUPS[0]:  # checked once, with the first group of the page
            for clash in _duplicate_ids():
                self.warn(f"parameter id {clash!r} names two different parameters")
        used_by = {
            "measures": "Measures",
            "transitions": "Transitions",
            "other": "Defined in",
        }.get(group)
        rows = []
        for parameter, users in _grouped_parameters()[group]:
            page = f"rules/en/parameter/{parameter.id}"
            cells: list[Cell] = [
                _paragraph(doc_link(parameter.id, page, self.env.docname, code=True)),
                _show(parameter.value)
                if parameter.history is None
                else _dated_values(parameter),
                parameter.label.en,
            ]
            if used_by is not None:
                cells.append(_paragraph(*_joined(_literal(u) for u in users)))
            rows.append(_row(cells, target_id=_parameter_id(parameter.id)))
        # Sources, notes and the chart of the values are on each parameter's own page.
        header = ["Parameter", "Value", "What it is"]
        widths = [30, 30, 40]
        if used_by is not None:
            header.append(used_by)
            widths.append(20)
        table = _table(header, rows, widths=widths)
        for row in table.findall(nodes.row):
            if row["ids"]:
                self.state.document.set_id(row)
        return [table]


def _joined(parts: Iterable[nodes.Node], separator: str = ", ") -> list[nodes.Node]:
    joined: list[nodes.Node] = []
    for index, part in enumerate(parts):
        if index:
            joined.append(nodes.Text(separator))
        joined.append(part)
    return joined


def _money_cell(value: Money | None) -> str:
    return _show(value) if value is not None else "not given"


class ProgrammeTable(_DataDirective):
    """The cantonal integration programmes: Valais first, as in the catalogue, then by start."""

    def run(self) -> list[nodes.Node]:
        """Build the table."""
        self.note_data_dependencies()
        programmes = sorted(
            PROGRAMMES.values(),
            key=lambda p: (
                p.canton != "CH-VS",
                p.canton,
                p.period.start or dt.date.min,
            ),
        )
        rows = [
            _row(
                [
                    _literal(p.id),
                    [
                        _paragraph(p.label.en),
                        _paragraph(f"fr: {p.label.fr}"),
                        _paragraph(f"de: {p.label.de}"),
                    ],
                    p.canton,
                    str(p.period),
                    _money_cell(p.cantonal_and_communal),
                    _money_cell(p.canton_share),
                    _money_cell(p.communal_share),
                    _money_cell(p.total),
                    _bullets(_source(s) for s in p.sources),
                ],
                target_id=nodes.make_id(f"programme-{p.id}"),
            )
            for p in programmes
        ]
        table = _table(
            (
                "Programme",
                "Name",
                "Canton",
                "Period",
                "Canton and communes",
                "Canton",
                "Communes",
                "Total",
                "Sources",
            ),
            rows,
            widths=(12, 16, 7, 12, 11, 10, 10, 10, 22),
            title="Cantonal integration programmes (PIC)",
        )
        for row in table.findall(nodes.row):
            if row["ids"]:
                self.state.document.set_id(row)
        return [table]


# -- sources, in words ----------------------------------------------------------------

#: The kinds of citers, in the order the page lists them.
_CITERS = ("rules", "parameters", "data")

#: The groups of the sources page: legal texts first, then the documents by kind.
_GROUPS_OF_KINDS: tuple[tuple[str, str, frozenset[DocumentKind]], ...] = (
    (
        "legal",
        "Legal texts",
        frozenset(
            {
                DocumentKind.CONSTITUTION,
                DocumentKind.STATUTE,
                DocumentKind.ORDINANCE,
                DocumentKind.DECREE,
            }
        ),
    ),
    (
        "official",
        "Authorities' pages, press releases and newsletters",
        frozenset(
            {
                DocumentKind.OFFICIAL_PAGE,
                DocumentKind.PRESS_RELEASE,
                DocumentKind.NEWSLETTER,
            }
        ),
    ),
    (
        "secondary",
        "News articles and secondary pages",
        frozenset(
            {DocumentKind.NEWS_ARTICLE, DocumentKind.WEB_PAGE, DocumentKind.DOCUMENT}
        ),
    ),
)


def _catalogued_rules() -> list[tuple[str, Rule]]:
    """Every rule tree of the library's data, each with what it decides."""
    return [
        *((f"measure {m.id}", m.rule) for m in MEASURES),
        *((f"route to {route.value}", route.rule) for route in ROUTES),
        *((f"transition {t.id}", t.rule) for t in TRANSITIONS),
        ("integration lump-sum scope", LUMP_SUM_SCOPE),
        ("AIS scope", AIS_SCOPE),
        ("Programme S scope", PROGRAMME_S_SCOPE),
        ("CII collaboration", COLLABORATION_RULE),
        *((f"CIR language track {a.value}", a.rule) for a in CIR_TRACKS),
        *((f"housing move to {m.to_stage}", m.rule) for m in MOVES),
    ]


def _measure_data_sources() -> Iterable[tuple[str, Source]]:
    for measure in MEASURES:
        yield f"measure {measure.id}", measure.source
        if measure.schedule is not None and measure.schedule.source is not None:
            yield f"schedule of {measure.id}", measure.schedule.source


def _status_data_sources() -> Iterable[tuple[str, Source]]:
    for code in RESIDENCE_STATUSES:
        status = STATUSES.get(code)
        if status is None:
            continue
        for source in status.legal_basis:
            yield f"status {code}", source
        for change in status.work.changes:
            if change.source is not None:
                yield f"work access of {code}", change.source


def _data_sources() -> Iterable[tuple[str, Source]]:
    """The sources the data cite outside rules and parameters."""
    yield from _measure_data_sources()
    yield from _status_data_sources()
    for transition in TRANSITIONS:
        for source in transition.legal_basis:
            yield f"transition {transition.id}", source
    for office in _offices():
        for source in office.sources:
            yield f"office {office.code}", source
    for programme in PROGRAMMES.values():
        for source in programme.sources:
            yield f"programme {programme.id}", source
    for entry in DIRECTORY:
        if entry.source is not None:
            yield f"organisation {entry.code}", entry.source
    for circle in Circle:
        yield f"CII {circle.label.en}", circle.source


class _Cited:
    """One passage of a document (or the whole document), with its link, wording and what cites it."""

    def __init__(self, source: Source) -> None:
        self.where = source.pinpoint
        self.url = source.url
        self.quotes: dict[str, None] = {}
        self.citers: dict[str, dict[str, None]] = {kind: {} for kind in _CITERS}

    def add(self, kind: str, citer: str, source: Source) -> None:
        self.url = self.url or source.url
        if source.quote:
            self.quotes.setdefault(source.quote, None)
        self.citers[kind].setdefault(citer, None)


def _citations() -> dict[Document, dict[str | None, _Cited]]:
    """Document → passage → what cites it; each document once, each passage once."""
    found: dict[Document, dict[str | None, _Cited]] = {}

    def cite(kind: str, citer: str, source: Source) -> None:
        passages = found.setdefault(source.document, {})
        passages.setdefault(source.pinpoint, _Cited(source)).add(kind, citer, source)

    for _, root in _catalogued_rules():
        for rule in _rules(root):
            if rule.source is not None:
                cite("rules", rule.id, rule.source)
    for group in _grouped_parameters().values():
        for parameter, _ in group:
            for source in _parameter_sources(parameter):
                cite("parameters", parameter.id, source)
    for citer, source in _data_sources():
        cite("data", citer, source)
    return found


def _unsourced_leaves() -> list[str]:
    """The conditions of catalogued rules that name no source (each should)."""
    return [
        f"{what}: {rule.id}"
        for what, root in _catalogued_rules()
        for rule in _rules(root)
        if isinstance(rule, Leaf) and rule.source is None
    ]


def _document_key(document: Document) -> tuple[str, str]:
    """Legal texts by their number in the collection, the others by publisher and title."""
    if document.legal:
        return (document.number or "~", document.name.casefold())
    return ((document.publisher or "").casefold(), document.title.casefold())


def _document_id(document: Document) -> str:
    return nodes.make_id(f"source-{document.name}-{document.date or ''}")


def _citers_cell(cited: _Cited) -> list[nodes.Node]:
    words = {"rules": "conditions", "parameters": "parameters", "data": "data"}
    cell: list[nodes.Node] = []
    for kind in _CITERS:
        names = list(cited.citers[kind])
        if not names:
            continue
        shown = (
            _joined(_literal(name) for name in names)
            if kind != "data"
            else [nodes.Text(", ".join(names))]
        )
        cell.append(_paragraph(f"{words[kind]} ({len(names)}): ", *shown))
    return cell


def _document_fields(document: Document) -> nodes.field_list:
    rows: list[tuple[str, Cell]] = [
        ("Kind", document.kind.label.en),
        ("Title", document.title),
    ]
    if document.short_name:
        rows.append(("Cited as", document.name))
    if document.publisher:
        rows.append(("Publisher", document.publisher))
    if document.date:
        rows.append(("Date", document.date))
    elif document.consulted:
        rows.append(("Consulted", document.consulted))
    rows.append(
        ("Link", _paragraph(_link(document.url, document.url)) if document.url else "—")
    )
    return _fields(rows)


def _document_section(
    document: Document, passages: dict[str | None, _Cited]
) -> nodes.section:
    ordered = sorted(passages.items(), key=lambda item: (item[0] or "").casefold())
    rows = []
    for where, cited in ordered:
        text = where or "the document as a whole"
        wording = [_paragraph(f"« {q} »") for q in cited.quotes]
        rows.append(
            [
                [_paragraph(_link(text, cited.url) if cited.url else text), *wording],
                _citers_cell(cited),
            ]
        )
    table = _table(
        ("Article or passage, and the wording cited", "Cited by"),
        rows,
        widths=(50, 50),
    )
    return _section(
        _document_id(document), str(document), [_document_fields(document), table]
    )


class SourceCatalogue(_DataDirective):
    """Every document the library cites, once, with its link and what cites each passage."""

    def run(self) -> list[nodes.Node]:
        """Build the overview and one section per document."""
        self.note_data_dependencies()
        for unsourced in _unsourced_leaves():
            self.warn(f"a condition names no source: {unsourced}")
        found = _citations()
        overview_rows = []
        groups = []
        for group_id, title, kinds in _GROUPS_OF_KINDS:
            documents = sorted(
                (d for d in found if d.kind in kinds), key=_document_key
            )
            sections = []
            for document in documents:
                passages = found[document]
                sections.append(_document_section(document, passages))
                counts = [
                    len({c for a in passages.values() for c in a.citers[kind]})
                    for kind in _CITERS
                ]
                overview_rows.append(
                    [
                        _paragraph(
                            _local_link(str(document), _document_id(document))
                        ),
                        document.kind.label.en,
                        str(len(passages)),
                        *(str(n) for n in counts),
                    ]
                )
            self.register(sections)
            groups.append(_section(nodes.make_id(f"sources-{group_id}"), title, sections))
        overview = _table(
            ("Document", "Kind", "Passages", "Conditions", "Parameters", "Data"),
            overview_rows,
            widths=(46, 14, 10, 10, 10, 10),
            title="Every document cited, and how many conditions, parameters and data cite it",
        )
        self.register(groups)
        return [overview, *groups]


def _fact_values(fact: Fact) -> str:
    """What a fact accepts, in words: its codes, bounds or places."""
    if fact.values:
        return ", ".join(fact.values)
    if fact.examples:
        return f"open list, e.g. {', '.join(fact.examples[:3])}"
    bounds = [
        f"{word} {_show(value)}"
        for word, value in (("from", fact.minimum), ("to", fact.maximum))
        if value is not None
    ]
    if fact.places is not None:
        bounds.append(f"{fact.places} decimal places")
    return ", ".join(bounds) or "—"


class FactTable(_DataDirective):
    """The built-in facts, one row per declaration of ``FACTS``, in their order."""

    def run(self) -> list[nodes.Node]:
        """Build the table."""
        self.note_data_dependencies()
        rows = [
            _row(
                [
                    _literal(fact.name),
                    f"{fact.kind}, fixed" if fact.fixed else fact.kind,
                    _fact_values(fact),
                    f"{fact.label.fr} · {fact.label.de} · {fact.label.en}",
                    fact.description or "—",
                ],
                target_id=nodes.make_id(f"fact-{fact.name}"),
            )
            for fact in FACTS.facts
        ]
        table = _table(
            ("Fact", "Kind", "Values", "Label (fr · de · en)", "What it is"),
            rows,
            widths=(18, 8, 18, 24, 32),
        )
        for row in table.findall(nodes.row):
            if row["ids"]:
                self.state.document.set_id(row)
        return [table]


def setup(app: Any) -> dict[str, Any]:
    """Register the directives."""
    app.add_directive("status-catalogue", StatusCatalogue)
    app.add_directive("office-table", OfficeTable)
    app.add_directive("transition-catalogue", TransitionCatalogue)
    app.add_directive("measure-overview", MeasureOverview)
    app.add_directive("cii-circles", CiiCircles)
    app.add_directive("cii-collaboration", CiiCollaboration)
    app.add_directive("cii-referrals", CiiReferrals)
    app.add_directive("cii-diagram", CiiDiagram)
    app.add_directive("parameter-table", ParameterTable)
    app.add_directive("programme-table", ProgrammeTable)
    app.add_directive("source-catalogue", SourceCatalogue)
    app.add_directive("fact-table", FactTable)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
