"""Showing results in a notebook: HTML in French, or in the language asked, with a stable text form."""

from __future__ import annotations

from typing import Any, Protocol

from integration_rules._core._text import check_lang


class Explains(Protocol):
    """Something that renders itself as text and as HTML in a language."""

    def explain(self, lang: str = "fr") -> str:
        """The text in *lang*."""

    def html(self, lang: str = "fr") -> str:
        """The HTML in *lang*."""


class Localized:
    """Something that explains itself, shown in one language in a notebook.

    ``decision.in_language("de")`` displays the German explanation; ``str()``
    gives the plain text.
    """

    def __init__(self, item: Explains, lang: str) -> None:
        self._item = item
        self._lang = check_lang(lang)

    def _repr_html_(self) -> str:
        return self._item.html(self._lang)

    def __str__(self) -> str:
        return self._item.explain(self._lang)

    def __repr__(self) -> str:
        # The plain-text form a notebook shows beside the HTML: stable from run to run.
        return str(self)


class Shown:
    """HTML already rendered, for a notebook cell, with a stable plain-text form."""

    def __init__(self, html: str, text: str) -> None:
        self._html = html
        self._text = text

    def _repr_html_(self) -> str:
        return self._html

    def __repr__(self) -> str:
        return self._text


class Displayable:
    """A result that shows itself in a notebook: as HTML in French, or in the language asked.

    A mixin for the result types (decisions, amounts, timelines, paths,
    summaries), which define ``explain(lang)`` and ``html(lang)``.
    """

    __slots__ = ()

    def _repr_html_(self: Explains) -> str:
        return self.html("fr")

    def in_language(self: Explains, lang: str) -> Any:
        """Shown in *lang* in a notebook (``str()`` gives the text).

        Raises:
            InvalidArgument: If *lang* is not one of the three languages.
        """
        return Localized(self, lang)
