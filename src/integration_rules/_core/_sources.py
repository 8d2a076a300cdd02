"""Provenance: the document or legal article every rule and parameter comes from."""

from __future__ import annotations

from typing import Any, Literal

from attrs import field, frozen
from attrs.validators import in_, instance_of, optional

from integration_rules.errors import InvalidArgument

Origin = Literal["seed", "external"]


def _non_empty(_instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        name = getattr(attribute, "name", "?")
        raise InvalidArgument(name, f"expected a non-empty string, got {value!r}")


@frozen
class Source:
    """Where a rule or a figure comes from.

    Args:
        document: The document, short and recognisable, e.g.
            ``"CII Valais, lettre d'information (seed 002)"`` or ``"LEI"``.
        article: The article or the place in the document, e.g.
            ``"art. 34 al. 2"`` or ``"« Projet-pilote FormAvenir »"``.
        url: Where a reader can check it.
        origin: ``"seed"`` for the project's source documents, ``"external"``
            for statutes and official pages gathered in ``shared/domain.md``.

    Example:
        >>> str(Source("LEI", article="art. 34 al. 2"))
        'LEI, art. 34 al. 2'
    """

    document: str = field(validator=_non_empty)
    article: str | None = field(
        default=None, kw_only=True, validator=optional(instance_of(str))
    )
    url: str | None = field(
        default=None, kw_only=True, validator=optional(instance_of(str))
    )
    origin: Origin = field(
        default="seed", kw_only=True, validator=in_(("seed", "external"))
    )

    def __str__(self) -> str:
        if self.article:
            return f"{self.document}, {self.article}"
        return self.document

    def to_dict(self) -> dict[str, str | None]:
        """Return a JSON-ready mapping of the source."""
        return {
            "document": self.document,
            "article": self.article,
            "url": self.url,
            "origin": self.origin,
        }
