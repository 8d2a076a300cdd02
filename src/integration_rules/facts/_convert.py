"""The codes the built-in facts use, and the one converter their kinds do not give.

Every other converter comes from a fact's kind
(:mod:`integration_rules._core._convert`); the domicile's ISO 3166-2 code has
checks of its own (a Swiss code must be a canton's).
"""

from __future__ import annotations

from typing import Any, Final

from integration_rules._core._convert import plain, shown
from integration_rules.errors import InvalidFact

#: The residence statuses, as the public contract spells them.
RESIDENCE_STATUSES: Final[tuple[str, ...]] = (
    "swiss",
    "C",
    "B",
    "B-refugee",
    "L",
    "G",
    "Ci",
    "F",
    "F-refugee",
    "N",
    "S",
    "RAD",
)

#: CEFR levels in a national language, from none to C2.
LANGUAGE_LEVELS: Final[tuple[str, ...]] = ("none", "A1", "A2", "B1", "B2", "C1", "C2")

#: The kinds of difficulty FormAvenir's target group may cumulate (CII Valais newsletter, « Projet-pilote FormAvenir »).
DIFFICULTY_KINDS: Final[tuple[str, ...]] = (
    "social",
    "personal",
    "professional",
    "scholastic",
)

#: The stages of the accommodation path of the Valais asylum office (OASI page « Nous sommes l'Office de l'asile »).
HOUSING_STAGES: Final[tuple[str, ...]] = ("premier_accueil", "collective", "individual")

#: International protection in France (OFPRA): refugee status or subsidiary protection.
PROTECTION_STATUSES: Final[tuple[str, ...]] = ("none", "refugee", "subsidiary")

#: The four steps of the Jura newcomer process, in order (RFJ, 30 November 2023, on the Jura PIC 2024–2027).
NEWCOMER_STEPS: Final[tuple[str, ...]] = (
    "brochure",
    "website",
    "information_session",
    "individual_accompaniment",
)

#: The 26 Swiss cantons as ISO 3166-2 codes.
SWISS_CANTONS: Final[frozenset[str]] = frozenset(
    f"CH-{c}"
    for c in (
        [
            "AG",
            "AI",
            "AR",
            "BE",
            "BL",
            "BS",
            "FR",
            "GE",
            "GL",
            "GR",
            "JU",
            "LU",
            "NE",
            "NW",
            "OW",
            "SG",
            "SH",
            "SO",
            "SZ",
            "TG",
            "TI",
            "UR",
            "VD",
            "VS",
            "ZG",
            "ZH",
        ]
    )
)


def to_subdivision(value: Any) -> str | None:
    """Converter for ``domicile``: an ISO 3166-2 subdivision code such as ``"CH-VS"``."""
    if value is None:
        return None
    expected = (
        'expected an ISO 3166-2 subdivision code like "CH-VS", "CH-JU" or "FR-63"'
    )
    text = plain(value) if isinstance(value, str) else None
    if text is None:
        raise InvalidFact("domicile", f"{expected}, got {shown(value)}")
    code = text.upper()
    country, dash, part = code.partition("-")
    valid_shape = (
        dash == "-"
        and len(country) == 2  # noqa: PLR2004 - ISO 3166-1 alpha-2
        and country.isalpha()
        and country.isascii()
        and 1 <= len(part) <= 3  # noqa: PLR2004 - ISO 3166-2 subdivision part
        and part.isalnum()
        and part.isascii()
    )
    if not valid_shape:
        hint = f'; did you mean "CH-{code}"?' if f"CH-{code}" in SWISS_CANTONS else ""
        raise InvalidFact("domicile", f"{expected}, got {shown(value)}{hint}")
    if country == "CH" and code not in SWISS_CANTONS:
        raise InvalidFact(
            "domicile",
            f"expected a Swiss canton code (CH-AG … CH-ZH), got {shown(value)}",
        )
    return code
