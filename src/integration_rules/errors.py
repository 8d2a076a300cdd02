"""The exceptions this library raises on purpose.

Every exception derives from :class:`IntegrationRulesError`, so that a caller
can catch everything the library says with one ``except``. Each one also
derives from the standard exception a Python programmer would expect
(``ValueError`` for bad values, ``TypeError`` for badly built rules,
``KeyError`` for unknown ids), so that generic code keeps working.

Messages name the field and what was expected. A validation error may quote
the rejected input, through :func:`quote` only: escaped (no control or
invisible character reaches a terminal or a log line) and shortened. It never
quotes another field's value. An error raised while *evaluating* a rule names
the field only, never the person's value.
"""

from __future__ import annotations

import reprlib
from typing import Final

__all__ = [
    "EvaluationError",
    "IntegrationRulesError",
    "InvalidArgument",
    "InvalidFact",
    "InvalidRule",
    "NoValueOnDate",
    "UnknownFact",
    "UnknownMeasure",
]

#: How many characters of a rejected text an error message quotes at most.
QUOTE_LIMIT: Final = 60
_ESCAPES: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t", '"': '\\"', "\\": "\\\\"}
_DIGITS_PER_BIT: Final = 0.30103


def _escaped(text: str, *, in_quotes: bool = True) -> str:
    """*text*, its characters that are not printable written as escapes.

    Controls, invisible and line-separating characters and bidirectional
    overrides are all escaped.
    """
    escapes = _ESCAPES if in_quotes else {}
    return "".join(
        escapes.get(c) or (c if c.isprintable() else f"\\u{ord(c):04x}") for c in text
    )


def _short_repr() -> reprlib.Repr:
    shortened = reprlib.Repr()
    shortened.maxlevel = 3
    shortened.maxstring = QUOTE_LIMIT
    shortened.maxother = QUOTE_LIMIT
    shortened.maxlist = shortened.maxtuple = shortened.maxset = 6
    shortened.maxfrozenset = shortened.maxdict = 6
    return shortened


_REPR: Final = _short_repr()


def quote(value: object) -> str:
    r"""How a rejected input is quoted in an error message, the one way the library does it.

    A string is shown in double quotes, escaped (a control character, a line
    separator, an ANSI escape or a bidirectional override cannot forge a line
    or hide text), and cut after :data:`QUOTE_LIMIT` characters with its length
    given. Anything else is its short representation, never more than a few
    dozen characters, whatever its size or depth; a value whose ``repr``
    fails is named by its type.

    Example:
        >>> quote("2024-13-45"), quote(7)
        ('"2024-13-45"', '7')
        >>> print(quote("x\nforged: line"))
        "x\nforged: line"
        >>> print(quote("a" * 100))
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" (100 characters)
    """
    if isinstance(value, str):
        if len(value) > QUOTE_LIMIT:
            return f'"{_escaped(value[:QUOTE_LIMIT])}…" ({len(value)} characters)'
        return f'"{_escaped(value)}"'
    if isinstance(value, int) and not isinstance(value, bool):
        bits = value.bit_length()
        if bits > 4 * QUOTE_LIMIT:
            return f"an int of about {round(bits * _DIGITS_PER_BIT)} digits"
        return str(value)
    try:
        shown = _REPR.repr(value)
    except Exception:  # noqa: BLE001 - any failure of a foreign __repr__ is replaced
        shown = f"a {type(value).__name__}"
    if len(shown) > 2 * QUOTE_LIMIT:
        shown = shown[: 2 * QUOTE_LIMIT] + "…"
    return _escaped(shown, in_quotes=False)


def _field(name: object) -> str:
    """A field name as a message shows it: escaped and shortened (it may be a caller's key)."""
    if isinstance(name, str) and len(name) <= QUOTE_LIMIT and name.isprintable():
        return name
    return quote(name)


class IntegrationRulesError(Exception):
    """Root of every exception this library raises on purpose."""


class InvalidFact(IntegrationRulesError, ValueError):
    """A fact given for a person has the wrong type or value.

    Attributes:
        field: The name of the fact (a ``Person`` keyword), e.g. ``"birth_date"``.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{_field(field)}: {message}")
        self.field = field


class InvalidArgument(IntegrationRulesError, ValueError):
    """An argument of a public function is of the wrong type or value.

    Attributes:
        field: The name of the argument, e.g. ``"lang"`` or ``"on"``.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{_field(field)}: {message}")
        self.field = field


class InvalidRule(IntegrationRulesError, TypeError):
    """A rule or parameter was built from arguments of the wrong kind or range."""


class EvaluationError(IntegrationRulesError, ValueError):
    """The facts cannot be evaluated on the date asked (e.g. born after that date).

    The message names the field, never its value: evaluation errors may end up
    in logs, and the value is a personal fact.

    Attributes:
        field: The name of the fact that made evaluation impossible.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{_field(field)}: {message}")
        self.field = field


class UnknownFact(InvalidFact, TypeError):
    """A name that is not a declared fact: a misspelled keyword, key or column.

    The message names it, suggests the closest declared name and lists them.
    It is an :class:`InvalidFact` (the field is the name given) and a
    ``TypeError``, what Python raises for an unexpected keyword.

    Example:
        >>> from integration_rules import Person
        >>> Person(birthdate="2000-01-01")
        Traceback (most recent call last):
          ...
        integration_rules.errors.UnknownFact: birthdate: not a fact of a person; did you mean "birth_date"? expected one of ...
    """


class UnknownMeasure(IntegrationRulesError, KeyError, ValueError):
    """A measure id is not in the catalogue.

    The message names the id and lists the known ones. It is a ``KeyError``
    (lookup by id) and a ``ValueError`` (a bad argument value) at once.

    Attributes:
        measure_id: The id that was asked for.
        known: The ids of the catalogue, sorted.
    """

    def __init__(self, measure_id: object, known: tuple[str, ...]) -> None:
        listed = ", ".join(repr(k) for k in known)
        super().__init__(
            f"unknown measure id {quote(measure_id)}; known measure ids: {listed}"
        )
        self.measure_id = measure_id
        self.known = known

    def __str__(self) -> str:
        # KeyError's default __str__ would wrap the message in quotes.
        return str(self.args[0])


class NoValueOnDate(IntegrationRulesError, LookupError):
    """A dated value was asked for a date on which it has no value.

    Attributes:
        id: The id of the dated value (a parameter, a status property).
        on: The date asked for.
    """

    def __init__(self, id: str, on: object, message: str) -> None:
        super().__init__(f"{_field(id)}: {message}")
        self.id = id
        self.on = on
