"""Sphinx directives that write the status, office and transition catalogues from the data.

The reference page on residence statuses holds no copy of the data: each
directive reads the library at build time and builds docutils nodes from it.

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

A status the facts allow but the catalogue lacks (or the other way round), or
a routing answer that is neither an office nor "not covered", is a build
warning: an error under ``-W``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar, TypeAlias

from docutils import nodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

import integration_rules
from integration_rules import (
    Office,
    Outcome,
    Person,
    Rule,
    Source,
    Status,
    Transition,
    competent_office,
    statuses,
)
from integration_rules.facts import RESIDENCE_STATUSES, SWISS_CANTONS
from integration_rules.permits import COVERED_CANTONS, OFFICES, ROUTES, TRANSITIONS

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


def _source(source: Source) -> nodes.paragraph:
    """A source as ``document, article``, linked to its URL when it has one."""
    text = str(source)
    return _paragraph(_link(text, source.url) if source.url else text)


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
        if part is not None and not isinstance(part, nodes.Body):
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
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


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


def _work_access_table(status: Status) -> nodes.table:
    changes = list(status.work.changes)
    rows = []
    for index, change in enumerate(changes):
        if index + 1 < len(changes):
            until = (changes[index + 1].start - dt.timedelta(days=1)).isoformat()
        elif status.work.ended is not None:
            until = status.work.ended.isoformat()
        else:
            until = "…"
        rows.append(
            [
                change.start.isoformat(),
                until,
                _regime(change.value),
                change.note or "—",
                _source(change.source) if change.source else "—",
            ]
        )
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
    facts: list[str | nodes.Node] = ["facts read: "]
    for index, name in enumerate(sorted(rule.facts())):
        if index:
            facts.append(", ")
        facts.append(_literal(name))
    return [_paragraph(rule.label.en), _paragraph(*facts), *_parameter_lines(rule)]


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


def setup(app: Any) -> dict[str, Any]:
    """Register the directives."""
    app.add_directive("status-catalogue", StatusCatalogue)
    app.add_directive("office-table", OfficeTable)
    app.add_directive("transition-catalogue", TransitionCatalogue)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
