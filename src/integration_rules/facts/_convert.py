"""Converters for the facts a person's record may carry.

Each converter takes what a user would naturally pass (a ``date`` or an ISO
string, a list for a set, a lowercase code), returns the canonical value,
keeps ``None`` as *unknown*, and raises :class:`~integration_rules.errors.InvalidFact`
naming the field, what was expected and the value given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from typing import Any, Final

from integration_rules._core import quote
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

_EARLIEST: Final = dt.date(1900, 1, 1)
_STATUS_BY_KEY: Final[dict[str, str]] = {
    s.upper().replace("_", "-"): s for s in RESIDENCE_STATUSES
}
_LEVEL_BY_KEY: Final[dict[str, str]] = {lvl.upper(): lvl for lvl in LANGUAGE_LEVELS}
_TRUE: Final = frozenset({"true", "yes"})
_FALSE: Final = frozenset({"false", "no"})


shown = quote


def _plain(value: str) -> str | None:
    """*value* without surrounding spaces, tabs and line ends, or ``None``.

    ``None`` when another character that cannot be seen is left (a control, a
    line separator such as U+2028, a format character): it is never read
    silently as part of a value.
    """
    text = value.strip(" \t\r\n")
    return text if text.isprintable() else None


def to_date(name: str) -> Callable[[Any], dt.date | None]:
    """A converter for a date fact: a ``date`` or an ISO 8601 string; not a datetime."""

    def convert(value: Any) -> dt.date | None:
        if value is None:
            return None
        expected = 'expected a date or an ISO 8601 string like "2006-05-01"'
        if isinstance(value, dt.datetime):
            raise InvalidFact(
                name,
                f"{expected}, got a datetime {shown(value.isoformat())}; give the day only",
            )
        day: dt.date | None = None
        if isinstance(value, dt.date):
            day = value
        elif isinstance(value, str):
            text = _plain(value)
            try:
                day = None if text is None else dt.date.fromisoformat(text)
            except ValueError:
                day = None
        if day is None:
            raise InvalidFact(name, f"{expected}, got {shown(value)}")
        if day < _EARLIEST:
            raise InvalidFact(
                name,
                f"expected a date on or after {_EARLIEST.isoformat()}, got {shown(value)}",
            )
        return day

    return convert


def to_choice(
    name: str, by_key: Mapping[str, str], listing: str
) -> Callable[[Any], str | None]:
    """A converter for a code from a closed list, matched without regard to case."""

    def convert(value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            text = _plain(value)
            found = None if text is None else by_key.get(text.upper().replace("_", "-"))
            if found is not None:
                return found
        raise InvalidFact(name, f"expected {listing}, got {shown(value)}")

    return convert


def _listing(values: Collection[str]) -> str:
    return ", ".join(f'"{v}"' for v in values)


to_sex = to_choice("sex", {"F": "F", "M": "M"}, '"F" or "M"')
to_residence_status = to_choice(
    "residence_status", _STATUS_BY_KEY, "one of " + _listing(RESIDENCE_STATUSES)
)


def to_level(name: str) -> Callable[[Any], str | None]:
    """A converter for a CEFR level fact: ``"none"``, ``"A1"`` … ``"C2"``, any case."""
    return to_choice(name, _LEVEL_BY_KEY, "one of " + _listing(LANGUAGE_LEVELS))


def to_subdivision(value: Any) -> str | None:
    """Converter for ``domicile``: an ISO 3166-2 subdivision code such as ``"CH-VS"``."""
    if value is None:
        return None
    expected = (
        'expected an ISO 3166-2 subdivision code like "CH-VS", "CH-JU" or "FR-63"'
    )
    text = _plain(value) if isinstance(value, str) else None
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


def to_bool(name: str) -> Callable[[Any], bool | None]:
    """A converter for a yes/no fact: ``True``/``False``, or the strings ``"true"``/``"false"``."""

    def convert(value: Any) -> bool | None:
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, str):
            key = (_plain(value) or "").lower()
            if key in _TRUE:
                return True
            if key in _FALSE:
                return False
        raise InvalidFact(name, f"expected true or false, got {shown(value)}")

    return convert


def to_difficulties(value: Any) -> frozenset[str] | None:
    """Converter for ``difficulties``: a set (or list) drawn from :data:`DIFFICULTY_KINDS`."""
    if value is None:
        return None
    expected = f"expected a set drawn from {_listing(DIFFICULTY_KINDS)}"
    if (
        isinstance(value, str | bytes)
        or not isinstance(value, Collection)
        or isinstance(value, Mapping)
    ):
        raise InvalidFact(
            "difficulties",
            f"{expected} (a list or set, not a single value), got {shown(value)}",
        )
    kinds = []
    for item in value:
        kind = (_plain(item) or "").lower() if isinstance(item, str) else None
        if kind not in DIFFICULTY_KINDS:
            raise InvalidFact(
                "difficulties", f"{expected}, got {shown(item)} in {shown(value)}"
            )
        kinds.append(kind)
    return frozenset(kinds)


def _keyed(values: Collection[str]) -> dict[str, str]:
    return {v.upper().replace("_", "-"): v for v in values}


to_housing = to_choice(
    "housing", _keyed(HOUSING_STAGES), "one of " + _listing(HOUSING_STAGES)
)
to_protection = to_choice(
    "international_protection",
    _keyed(PROTECTION_STATUSES),
    "one of " + _listing(PROTECTION_STATUSES),
)


def to_dates(name: str) -> Callable[[Any], tuple[dt.date, ...] | None]:
    """A converter for a collection of dates (children's birth dates): a sorted tuple."""
    single = to_date(name)

    def convert(value: Any) -> tuple[dt.date, ...] | None:
        if value is None:
            return None
        if (
            isinstance(value, str | bytes | dt.date)
            or not isinstance(value, Collection)
            or isinstance(value, Mapping)
        ):
            raise InvalidFact(
                name,
                f"expected a list of dates (ISO 8601 strings or dates), got {shown(value)}",
            )
        return tuple(sorted(single(item) or _null(name, value) for item in value))

    return convert


def _null(name: str, value: Any) -> dt.date:
    raise InvalidFact(
        name, f"expected a list of dates without nulls, got {shown(value)}"
    )


def to_steps(value: Any) -> tuple[str, ...] | None:
    """Converter for ``newcomer_steps_completed``: the steps done, which must follow the process's order."""
    if value is None:
        return None
    expected = f"expected the steps done, in order, from {_listing(NEWCOMER_STEPS)}"
    if (
        isinstance(value, str | bytes)
        or not isinstance(value, Collection)
        or isinstance(value, Mapping)
    ):
        raise InvalidFact(
            "newcomer_steps_completed", f"{expected} (a list), got {shown(value)}"
        )
    steps = []
    for item in value:
        step = (
            (_plain(item) or "").lower().replace("-", "_")
            if isinstance(item, str)
            else None
        )
        if step not in NEWCOMER_STEPS:
            raise InvalidFact(
                "newcomer_steps_completed", f"{expected}, got {shown(item)}"
            )
        steps.append(step)
    if tuple(steps) != NEWCOMER_STEPS[: len(steps)]:
        raise InvalidFact(
            "newcomer_steps_completed",
            f"{expected}: the steps happen in order and none is skipped, got {shown(list(value))}",
        )
    return tuple(steps)
