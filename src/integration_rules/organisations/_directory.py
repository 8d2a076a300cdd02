"""One model of an organisation, and an immutable directory of them."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from typing import Any, Final

import attrs
from attrs import field, frozen
from pyrsistent import PMap, PVector, pmap, pvector

from integration_rules._core import Source, Text, quote
from integration_rules.errors import InvalidArgument


class OrganisationKind(enum.Enum):
    """What an organisation is, in the administration or beside it."""

    DEPARTMENT = "department"
    SERVICE = "service"
    OFFICE = "office"
    PROVIDER = "provider"
    AGENCY = "agency"

    @property
    def label(self) -> Text:
        """The kind's name in French, German and English."""
        return _KIND_LABELS[self]


_KIND_LABELS: Final = {
    OrganisationKind.DEPARTMENT: Text("département", "Departement", "department"),
    OrganisationKind.SERVICE: Text("service", "Dienststelle", "service"),
    OrganisationKind.OFFICE: Text(
        "office ou unité", "Amt oder Einheit", "office or unit"
    ),
    OrganisationKind.PROVIDER: Text("prestataire", "Leistungserbringer", "provider"),
    OrganisationKind.AGENCY: Text(
        "organisme public ou mandaté",
        "öffentliche oder beauftragte Stelle",
        "public or mandated body",
    ),
}


def _code(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgument(
            attribute.name, f"expected a non-empty string, got {quote(value)}"
        )


def _of(kind: type, expected: str, *, optional: bool = False) -> Any:
    """A validator: *kind* (or ``None`` when *optional*), else the library's error naming the field."""

    def check(_instance: object, attribute: Any, value: Any) -> None:
        if (value is None and optional) or isinstance(value, kind):
            return
        raise InvalidArgument(
            attribute.name, f"expected {expected}, got {type(value).__name__}"
        )

    return check


@frozen
class Organisation:
    """A department, service, office, provider or agency, as the documents name it.

    Args:
        code: The usual abbreviation, unique in a directory (``"OASI"``, ``"ORP"``).
        name: Its name in French, German and English.
        kind: What it is.
        parent: The code of the organisation it belongs to, if any.
        jurisdiction: Where it acts, as an ISO 3166 code (``"CH-VS"``, ``"FR-63"``).
        source: The document that names it.
        url: Its own web page, where one exists.

    Example:
        >>> from integration_rules.organisations import organisation
        >>> oasi = organisation("OASI")
        >>> oasi.parent, oasi.name.en
        ('SAS', 'Asylum Office')
    """

    code: str = field(validator=_code)
    name: Text = field(validator=_of(Text, "a Text in French, German and English"))
    kind: OrganisationKind = field(
        default=OrganisationKind.SERVICE,
        kw_only=True,
        validator=_of(OrganisationKind, "an OrganisationKind"),
    )
    parent: str | None = field(
        default=None, kw_only=True, validator=_of(str, "a code", optional=True)
    )
    jurisdiction: str | None = field(
        default=None,
        kw_only=True,
        validator=_of(str, "an ISO 3166 code", optional=True),
    )
    source: Source | None = field(
        default=None, kw_only=True, validator=_of(Source, "a Source", optional=True)
    )
    url: str | None = field(
        default=None, kw_only=True, validator=_of(str, "a URL", optional=True)
    )

    def to_dict(self) -> dict[str, Any]:
        """Every field, JSON-ready."""
        return {
            "code": self.code,
            "name": self.name.to_dict(),
            "kind": self.kind.value,
            "parent": self.parent,
            "jurisdiction": self.jurisdiction,
            "source": self.source.to_dict() if self.source else None,
            "url": self.url,
        }


def _key(code: str) -> str:
    return " ".join(code.split()).casefold()


def _organisations_of(value: Any) -> PMap[str, Organisation]:
    return pmap(value)


def _order_of(value: Any) -> PVector[str]:
    return pvector(value)


@frozen
class Directory:
    """Organisations by code: an immutable value; :meth:`with_organisation` returns a new one.

    Codes are matched without regard to case or spacing. Every parent named
    is in the directory.

    Example:
        >>> from integration_rules.organisations import DIRECTORY
        >>> [o.code for o in DIRECTORY.ancestors("OASI")]
        ['SAS', 'DSSC']
    """

    organisations: PMap[str, Organisation] = field(converter=_organisations_of)
    order: PVector[str] = field(converter=_order_of)

    def __attrs_post_init__(self) -> None:
        if sorted(self.order) != sorted(self.organisations):
            raise InvalidArgument("order", "expected every code exactly once")
        for entry in self.organisations.values():
            if entry.parent is not None and entry.parent not in self.organisations:
                raise InvalidArgument(
                    "parent",
                    f"expected a code in the directory, got {quote(entry.parent)}",
                )

    @classmethod
    def of(cls, organisations: Iterable[Organisation]) -> Directory:
        """A directory of *organisations*, in their order.

        Raises:
            InvalidArgument: If a code appears twice or a parent is not in it.
        """
        entries = tuple(organisations)
        codes = [o.code for o in entries]
        twice = sorted({c for c in codes if codes.count(c) > 1})
        if twice:
            raise InvalidArgument(
                "code",
                f"expected each code once, got {', '.join(map(quote, twice))} twice",
            )
        return cls({o.code: o for o in entries}, codes)

    def get(self, code: object) -> Organisation | None:
        """The organisation with *code*, or ``None`` (also for a code that is not a string)."""
        if not isinstance(code, str):
            return None
        found = self.organisations.get(code)
        if found is not None:
            return found
        key = _key(code)
        return next(
            (o for o in self.organisations.values() if _key(o.code) == key), None
        )

    def __getitem__(self, code: str) -> Organisation:
        found = self.get(code)
        if found is None:
            listed = ", ".join(quote(c) for c in self.order)
            raise InvalidArgument(
                "organisation", f"expected one of {listed}, got {quote(code)}"
            )
        return found

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.get(code) is not None

    def __iter__(self) -> Iterator[Organisation]:
        return (self.organisations[c] for c in self.order)

    def __len__(self) -> int:
        return len(self.order)

    def parent(self, code: str) -> Organisation | None:
        """The organisation *code* belongs to, or ``None``."""
        found = self[code]
        return None if found.parent is None else self.organisations[found.parent]

    def ancestors(self, code: str) -> tuple[Organisation, ...]:
        """The parent of *code*, its parent, and so on up."""
        found: list[Organisation] = []
        current = self.parent(code)
        while current is not None:
            found.append(current)
            current = self.parent(current.code)
        return tuple(found)

    def children(self, code: str) -> tuple[Organisation, ...]:
        """The organisations that belong directly to *code*, in the directory's order."""
        parent = self[code].code
        return tuple(o for o in self if o.parent == parent)

    def with_organisation(self, entry: Organisation) -> Directory:
        """A directory with *entry* added, or replacing the entry with its code."""
        order = (
            self.order
            if entry.code in self.organisations
            else self.order.append(entry.code)
        )
        return attrs.evolve(
            self, organisations=self.organisations.set(entry.code, entry), order=order
        )
