"""Texts in the three languages the library speaks: French, German, English."""

from __future__ import annotations

import datetime as dt
from typing import Any, Final, Literal, NamedTuple

from attrs import field, frozen

from integration_rules._core._messages import CATALOGUES
from integration_rules.errors import InvalidArgument, quote

Lang = Literal["fr", "de", "en"]

#: The languages every label, reason and explanation exists in, in this order.
LANGUAGES: Final[tuple[Lang, ...]] = ("fr", "de", "en")


def check_lang(lang: object) -> Lang:
    """Return *lang* if it is one of :data:`LANGUAGES`, else raise.

    Raises:
        InvalidArgument: Naming ``lang``, the languages known and the value given.
    """
    if lang == "fr":
        return "fr"
    if lang == "de":
        return "de"
    if lang == "en":
        return "en"
    raise InvalidArgument(
        "lang", f'expected one of "fr", "de", "en", got {quote(lang)}'
    )


def _non_empty(_instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        name = getattr(attribute, "name", "?")
        raise InvalidArgument(name, f"expected a non-empty string, got {quote(value)}")


@frozen
class Text:
    """One text in French, German and English.

    Example:
        >>> Text("domicilié·e en Valais", "Wohnsitz im Wallis", "domiciled in Valais").get("de")
        'Wohnsitz im Wallis'
    """

    fr: str = field(validator=_non_empty)
    de: str = field(validator=_non_empty)
    en: str = field(validator=_non_empty)

    def get(self, lang: str) -> str:
        """Return the text in *lang* (``"fr"``, ``"de"`` or ``"en"``)."""
        checked = check_lang(lang)
        if checked == "fr":
            return self.fr
        if checked == "de":
            return self.de
        return self.en

    def to_dict(self) -> dict[str, str]:
        """Return ``{"fr": …, "de": …, "en": …}``."""
        return {"fr": self.fr, "de": self.de, "en": self.en}

    @classmethod
    def computed(cls, fr: str, de: str, en: str) -> Text:
        """A text built by the library itself from validated parts: skips validation (hot path)."""
        text = object.__new__(cls)
        object.__setattr__(text, "fr", fr)
        object.__setattr__(text, "de", de)
        object.__setattr__(text, "en", en)
        return text

    @classmethod
    def same(cls, text: str) -> Text:
        """A text that reads the same in every language (a code, a name)."""
        return cls(text, text, text)


def shown(value: object) -> str:
    """How a value appears in a message: a date in ISO form, a set sorted in braces.

    A :class:`~integration_rules._core._parameters.Parameter` shows its value
    (a dated one its id in ‹›) through its own ``__format__``.
    """
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return "{" + ", ".join(sorted(str(v) for v in value)) + "}"
    return format(value)


class Phrase(NamedTuple):
    """A message: a template in each language and the values that fill it, formatted when read.

    The template is a code of the library's catalogues (``"age.completed"``)
    or the caller's own :class:`Text` of templates. The values are filled in
    only when the phrase is read, so an evaluation that builds many details
    ("16 completed years on 2024-03-01") formats none that nobody reads, and
    a label that shows a parameter shows the parameter's current value. A
    value that is a :class:`Text` or a phrase is read in the same language; a
    date, a set or a parameter as ``shown()`` gives it. It reads like a
    :class:`Text`.

    Example:
        >>> Phrase(Text("{0} ans", "{0} Jahre", "{0} years"), (16,)).get("de")
        '16 Jahre'
        >>> Phrase("age.completed", (16, "2024-03-01")).get("en")
        '16 completed years on 2024-03-01'
    """

    templates: Text | str
    args: tuple[object, ...] = ()

    def get(self, lang: str) -> str:
        """The phrase in *lang*."""
        templates = self.templates
        template = (
            CATALOGUES[check_lang(lang)][templates]
            if type(templates) is str
            else templates.get(lang)  # type: ignore[union-attr]
        )
        return template.format(*[_filled(arg, lang) for arg in self.args])

    def to_dict(self) -> dict[str, str]:
        """Return ``{"fr": …, "de": …, "en": …}``."""
        return {lang: self.get(lang) for lang in LANGUAGES}

    @property
    def fr(self) -> str:
        """The phrase in French."""
        return self.get("fr")

    @property
    def de(self) -> str:
        """The phrase in German."""
        return self.get("de")

    @property
    def en(self) -> str:
        """The phrase in English."""
        return self.get("en")


class FactName(str):  # noqa: SLOT000 - a str subclass cannot have slots of its own
    """A fact's name that a message shows as the fact's label, in the language read.

    A leaf built from a fact's declaration (:class:`~integration_rules.facts.Fact`)
    keeps its name as one of these: it reads the fact by name, and its
    explanation says "months unemployed ≥ 6" in English, « mois de chômage ≥ 6 »
    in French.

    Example:
        >>> name = FactName.of("months_unemployed", Text("mois de chômage", "Monate arbeitslos", "months unemployed"))
        >>> name == "months_unemployed", Phrase("compare", (name, ">=", 6)).get("fr")
        (True, 'mois de chômage >= 6')
    """

    label: Text

    @classmethod
    def of(cls, name: str, label: Text) -> FactName:
        """The name *name*, shown as *label*."""
        made = cls(name)
        made.label = label
        return made


def _filled(value: object, lang: str) -> object:
    kind = type(value)
    if kind is int or kind is str:
        return value
    if kind is FactName:
        return value.label.get(lang)  # type: ignore[attr-defined]
    if isinstance(value, Text | Phrase):
        return value.get(lang)
    if isinstance(value, dt.date | frozenset | set):
        return shown(value)
    return value  # a parameter formats itself (its __format__)
