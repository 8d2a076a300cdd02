"""Pictures of the network: Graphviz DOT, Mermaid, and a self-contained SVG of the circles."""

from __future__ import annotations

import datetime as dt
import math
import re
from html import escape
from typing import Final

from integration_rules._core import check_lang
from integration_rules.network._data import Circle
from integration_rules.network._network import CII_VALAIS, Network, Partner


def _members(
    network: Network, on: dt.date
) -> list[tuple[Circle, Partner, tuple[Partner, ...], bool]]:
    rows = []
    for circle in Circle:
        for membership in network.memberships:
            if membership.circle is circle and membership.active(on):
                service = network.partners[membership.partner]
                rows.append(
                    (
                        circle,
                        service,
                        network.offices_of(service.code),
                        membership.prospective,
                    )
                )
    return rows


def _dot_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_dot(
    network: Network = CII_VALAIS, *, on: dt.date | str | None = None, lang: str = "fr"
) -> str:
    """The network on *on* (default: as published) as Graphviz DOT: one cluster per circle, one node per partner.

    Offices point to their service; the coordination organ is drawn bold.

    Example:
        >>> print(to_dot(on="2024-03-01").splitlines()[0])
        digraph cii_valais {
    """
    day, lang = network._day(on), check_lang(lang)  # noqa: SLF001 - same package
    lines = [
        "digraph cii_valais {",
        "  rankdir=LR;",
        '  node [shape=box, fontname="Helvetica"];',
    ]
    edges = []
    for circle in Circle:
        rows = [r for r in _members(network, day) if r[0] is circle]
        if not rows:
            continue
        style = "dashed" if any(r[3] for r in rows) else "solid"
        lines.append(f"  subgraph cluster_{int(circle)} {{")
        lines.append(f"    label={_dot_quote(circle.label.get(lang))}; style={style};")
        for _, service, offices, _ in rows:
            bold = ", style=bold" if service.code == network.coordination else ""
            lines.append(
                f"    {_dot_quote(service.code)} [label={_dot_quote(service.code + chr(10) + service.name.get(lang))}{bold}];"
            )
            for office in offices:
                lines.append(
                    f"    {_dot_quote(office.code)} [label={_dot_quote(office.code + chr(10) + office.name.get(lang))}, shape=ellipse];"
                )
                edges.append(
                    f"  {_dot_quote(office.code)} -> {_dot_quote(service.code)};"
                )
        lines.append("  }")
    return "\n".join([*lines, *edges, "}"]) + "\n"


_ID: Final = re.compile(r"[^A-Za-z0-9]")


def _mermaid_id(code: str) -> str:
    return "n_" + _ID.sub("_", code)


def _mermaid_text(text: str) -> str:
    return text.replace('"', "#quot;")


def to_mermaid(
    network: Network = CII_VALAIS, *, on: dt.date | str | None = None, lang: str = "fr"
) -> str:
    """The network on *on* (default: as published) as a Mermaid flowchart: one subgraph per circle, one node per partner.

    Example:
        >>> print(to_mermaid(on="2024-03-01").splitlines()[0])
        flowchart LR
    """
    day, lang = network._day(on), check_lang(lang)  # noqa: SLF001 - same package
    lines = ["flowchart LR"]
    edges = []
    for circle in Circle:
        rows = [r for r in _members(network, day) if r[0] is circle]
        if not rows:
            continue
        lines.append(
            f'  subgraph circle_{int(circle)}["{_mermaid_text(circle.label.get(lang))}"]'
        )
        for _, service, offices, _ in rows:
            lines.append(
                f'    {_mermaid_id(service.code)}["{_mermaid_text(service.code)} — {_mermaid_text(service.name.get(lang))}"]'
            )
            for office in offices:
                lines.append(
                    f'    {_mermaid_id(office.code)}(["{_mermaid_text(office.code)} — {_mermaid_text(office.name.get(lang))}"])'
                )
                edges.append(
                    f"  {_mermaid_id(office.code)} --> {_mermaid_id(service.code)}"
                )
        lines.append("  end")
    return "\n".join([*lines, *edges]) + "\n"


def to_svg(
    network: Network = CII_VALAIS,
    *,
    on: dt.date | str | None = None,
    lang: str = "fr",
    size: int = 760,
) -> str:
    """The circles on *on* (default: as published) as a self-contained SVG: one ring per circle, services on their ring.

    Each service is labelled with its code and its offices; the prospective
    third ring is dashed; the coordination organ is bold.
    """
    day, lang = network._day(on), check_lang(lang)  # noqa: SLF001 - same package
    centre = size / 2
    radii = {
        Circle.FIRST: size * 0.17,
        Circle.SECOND: size * 0.31,
        Circle.THIRD: size * 0.45,
    }
    colours = {
        Circle.FIRST: "#1f77b4",
        Circle.SECOND: "#2ca02c",
        Circle.THIRD: "#ff7f0e",
    }
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}" '
            'font-family="Helvetica, Arial, sans-serif" role="img">'
        ),
        f"<title>{escape('CII Valais')}</title>",
    ]
    rows = _members(network, day)
    for circle in sorted(Circle, reverse=True):
        ring = [r for r in rows if r[0] is circle]
        if not ring:
            continue
        dashed = ' stroke-dasharray="8 6"' if any(r[3] for r in ring) else ""
        parts.append(
            f'<circle cx="{centre:.1f}" cy="{centre:.1f}" r="{radii[circle]:.1f}" fill="none" '
            f'stroke="{colours[circle]}" stroke-width="2"{dashed}/>'
        )
        parts.append(
            f'<text x="{centre:.1f}" y="{centre - radii[circle] - 6:.1f}" text-anchor="middle" font-size="12" '
            f'fill="{colours[circle]}">{escape(circle.label.get(lang))}</text>'
        )
        for index, (_, service, offices, _) in enumerate(ring):
            angle = 2 * math.pi * index / len(ring) + math.pi / 12
            x = centre + radii[circle] * math.cos(angle)
            y = centre + radii[circle] * math.sin(angle)
            weight = "bold" if service.code == network.coordination else "normal"
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colours[circle]}"/>'
            )
            parts.append(
                f'<text x="{x:.1f}" y="{y - 9:.1f}" text-anchor="middle" font-size="13" font-weight="{weight}">'
                f"{escape(service.code)}</text>"
            )
            if offices:
                listed = ", ".join(o.code for o in offices)
                parts.append(
                    f'<text x="{x:.1f}" y="{y + 18:.1f}" text-anchor="middle" font-size="10" fill="#444">'
                    f"{escape(listed)}</text>"
                )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
