"""Provenance: public citations of the documents and legal articles rules come from.

A :class:`Document` is a public text a reader can find: an act in an official
collection, an authority's web page, a press release, a newsletter, a news
article. A :class:`Source` is a citation of it: the document, and where in it
(article, paragraph, letter, or a section's heading), with the wording a
reading rests on. ``str()`` of a source is the citation a lawyer recognises,
``to_dict()`` gives every field.
"""

from __future__ import annotations

import enum
import re
from typing import Any, Final

from attrs import field, frozen

from integration_rules._core._text import Text
from integration_rules.errors import InvalidArgument, quote


class DocumentKind(enum.Enum):
    """What kind of public document a source is.

    Legal texts (a constitution, a statute, an ordinance, a decree) are cited
    by article; other documents by their title, publisher and date.
    """

    CONSTITUTION = "constitution"
    STATUTE = "statute"
    ORDINANCE = "ordinance"
    DECREE = "decree"
    OFFICIAL_PAGE = "official_page"
    PRESS_RELEASE = "press_release"
    NEWSLETTER = "newsletter"
    NEWS_ARTICLE = "news_article"
    WEB_PAGE = "web_page"
    DOCUMENT = "document"

    @property
    def label(self) -> Text:
        """The kind's name in French, German and English."""
        return _KIND_LABELS[self]

    @property
    def legal(self) -> bool:
        """Whether documents of this kind are legal texts, cited by article."""
        return self in _LEGAL


_LEGAL: Final = frozenset(
    {
        DocumentKind.CONSTITUTION,
        DocumentKind.STATUTE,
        DocumentKind.ORDINANCE,
        DocumentKind.DECREE,
    }
)

_KIND_LABELS: Final = {
    DocumentKind.CONSTITUTION: Text("constitution", "Verfassung", "constitution"),
    DocumentKind.STATUTE: Text("loi", "Gesetz", "statute"),
    DocumentKind.ORDINANCE: Text("ordonnance", "Verordnung", "ordinance"),
    DocumentKind.DECREE: Text("décret", "Dekret", "decree"),
    DocumentKind.OFFICIAL_PAGE: Text(
        "page web officielle", "offizielle Webseite", "official web page"
    ),
    DocumentKind.PRESS_RELEASE: Text(
        "communiqué de presse", "Medienmitteilung", "press release"
    ),
    DocumentKind.NEWSLETTER: Text("lettre d'information", "Newsletter", "newsletter"),
    DocumentKind.NEWS_ARTICLE: Text(
        "article de presse", "Presseartikel", "news article"
    ),
    DocumentKind.WEB_PAGE: Text(
        "page web (source secondaire)",
        "Webseite (Sekundärquelle)",
        "web page (secondary source)",
    ),
    DocumentKind.DOCUMENT: Text("document", "Dokument", "document"),
}

#: A date as a source gives it: a year, a month or a day, in ISO 8601.
_PARTIAL_DATE: Final = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
_URL: Final = re.compile(r"https?://[^\s<>\"]+")


def _text(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgument(
            attribute.name, f"expected a non-empty string, got {_shown(value)}"
        )


def _optional_text(instance: object, attribute: Any, value: Any) -> None:
    if value is not None:
        _text(instance, attribute, value)


def _partial_date(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None and not (
        isinstance(value, str) and _PARTIAL_DATE.fullmatch(value)
    ):
        raise InvalidArgument(
            attribute.name,
            f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {_shown(value)}",
        )


def _url(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None and not (isinstance(value, str) and _URL.fullmatch(value)):
        raise InvalidArgument(
            attribute.name, f"expected an http(s) URL, got {_shown(value)}"
        )


def _kind(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, DocumentKind):
        listed = ", ".join(f"DocumentKind.{k.name}" for k in DocumentKind)
        raise InvalidArgument(
            attribute.name, f"expected one of {listed}, got {_shown(value)}"
        )


def _document(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, Document):
        raise InvalidArgument(
            attribute.name, f"expected a Document or a title, got {_shown(value)}"
        )


def _shown(value: object) -> str:
    return quote(value) if isinstance(value, str) else type(value).__name__


@frozen
class Document:
    """A public document: an act, an authority's page, a press release, a newsletter.

    Args:
        title: Its title as published, e.g. ``"Loi fédérale sur les étrangers
            et l'intégration"`` or ``"CII Valais – lettre d'information"``.
        kind: What kind of document it is.
        publisher: Who published it (an authority, a newspaper, an NGO).
        date: When it was published or adopted, as precisely as known:
            ``"2023"``, ``"2023-11"`` or ``"2023-11-30"``.
        url: Where a reader finds it.
        short_name: For a legal text, its usual short name (``"LEI"``).
        number: For a legal text, its number in the official collection
            (``"RS 142.20"`` for Swiss federal law, ``"RS/VS 850.1"`` for the
            Valais collection).
        consulted: For an undated page, when it was read.

    Example:
        >>> LEI = Document(
        ...     "Loi fédérale sur les étrangers et l'intégration",
        ...     kind=DocumentKind.STATUTE, short_name="LEI", number="RS 142.20",
        ... )
        >>> LEI.name
        'LEI (RS 142.20)'
    """

    title: str = field(validator=_text)
    kind: DocumentKind = field(
        default=DocumentKind.DOCUMENT, kw_only=True, validator=_kind
    )
    publisher: str | None = field(default=None, kw_only=True, validator=_optional_text)
    date: str | None = field(default=None, kw_only=True, validator=_partial_date)
    url: str | None = field(default=None, kw_only=True, validator=_url)
    short_name: str | None = field(default=None, kw_only=True, validator=_optional_text)
    number: str | None = field(default=None, kw_only=True, validator=_optional_text)
    consulted: str | None = field(default=None, kw_only=True, validator=_partial_date)

    @property
    def legal(self) -> bool:
        """Whether the document is a legal text (cited by article)."""
        return self.kind.legal

    @property
    def name(self) -> str:
        """How a citation names it: ``"LEI (RS 142.20)"``, a short name, or the title."""
        if self.short_name and self.number:
            return f"{self.short_name} ({self.number})"
        return self.short_name or self.title

    def __str__(self) -> str:
        if self.legal:
            return self.name
        if not self.publisher:
            parts = [self.title]
        else:
            parts = [self.publisher, f"« {self.title} »"]
        if self.date:
            parts.append(self.date)
        elif self.consulted:
            parts.append(f"consulté en {self.consulted}")
        return ", ".join(parts)

    def to_dict(self) -> dict[str, str | None]:
        """Every field, JSON-ready."""
        return {
            "kind": self.kind.value,
            "title": self.title,
            "publisher": self.publisher,
            "date": self.date,
            "url": self.url,
            "short_name": self.short_name,
            "number": self.number,
            "consulted": self.consulted,
        }


def _to_document(value: Any) -> Any:
    """A bare title is a document of unspecified kind; anything else is checked by the validator."""
    if isinstance(value, str):
        return Document(value)
    return value


def _article(value: Any) -> Any:
    """``"art. 84"``, ``"art 84"`` and ``"84"`` are the same article."""
    if isinstance(value, str):
        return (
            re.sub(r"^\s*(art(icle)?\.?)\s*", "", value, flags=re.IGNORECASE) or value
        )
    return value


@frozen
class Source:
    """A public citation: a document and, for a legal text, its article, paragraph and letter.

    Args:
        document: The :class:`Document` cited (a bare title makes one of
            unspecified kind).
        article: The article, without "art." (``"84"``, ``"L5131-6"``).
        paragraph: Its paragraph (« al. »), e.g. ``"5"``.
        letter: Its letter (« let. »), e.g. ``"a"``.
        section: For a document that is not a legal text, the heading of the
            part cited, e.g. ``"Projet-pilote FormAvenir"``.
        version: For a legal text, the day the version cited took effect
            (``"2022-03-01"``).
        quote: The wording the rule or reading rests on, as the document
            says it.
        url: A link to the article itself; the document's own URL otherwise.

    Example:
        >>> lei = Document("Loi fédérale sur les étrangers et l'intégration",
        ...                kind=DocumentKind.STATUTE, short_name="LEI", number="RS 142.20")
        >>> str(Source(lei, article="84", paragraph="5"))
        'LEI (RS 142.20), art. 84 al. 5'
        >>> str(Source("Commune de Sion, règlement", article="art. 1"))
        'Commune de Sion, règlement, art. 1'
    """

    document: Document = field(converter=_to_document, validator=_document)
    article: str | None = field(
        default=None, kw_only=True, converter=_article, validator=_optional_text
    )
    paragraph: str | None = field(default=None, kw_only=True, validator=_optional_text)
    letter: str | None = field(default=None, kw_only=True, validator=_optional_text)
    section: str | None = field(default=None, kw_only=True, validator=_optional_text)
    version: str | None = field(default=None, kw_only=True, validator=_partial_date)
    quote: str | None = field(default=None, kw_only=True, validator=_optional_text)
    url: str | None = field(default=None, kw_only=True, validator=_url)

    def __attrs_post_init__(self) -> None:
        if self.article is None and (self.paragraph or self.letter):
            raise InvalidArgument(
                "article", "expected an article for a paragraph or a letter"
            )

    @property
    def link(self) -> str | None:
        """Where a reader checks the citation: the article's own URL, else the document's."""
        return self.url or self.document.url

    @property
    def pinpoint(self) -> str | None:
        """Where in the document: ``"art. 84 al. 5 let. a"`` or ``"« section »"``."""
        if self.article:
            parts = [f"art. {self.article}"]
            if self.paragraph:
                parts.append(f"al. {self.paragraph}")
            if self.letter:
                parts.append(f"let. {self.letter}")
            return " ".join(parts)
        if self.section:
            return f"« {self.section} »"
        return None

    @property
    def legal(self) -> bool:
        """Whether this cites an article of a legal text."""
        return self.document.legal and self.article is not None

    def __str__(self) -> str:
        cited = str(self.document)
        where = self.pinpoint
        if where:
            cited = f"{cited}, {where}"
        if self.version:
            cited = f"{cited} (version du {self.version})"
        return cited

    def to_dict(self) -> dict[str, Any]:
        """Every field, JSON-ready, with the citation as ``str()`` gives it."""
        return {
            "citation": str(self),
            "document": self.document.to_dict(),
            "article": self.article,
            "paragraph": self.paragraph,
            "letter": self.letter,
            "section": self.section,
            "version": self.version,
            "quote": self.quote,
            "url": self.link,
        }
