"""The exceptions this library raises on purpose.

Every exception derives from :class:`IntegrationRulesError`, so that a caller
can catch everything the library says with one ``except``. Each one also
derives from the standard exception a Python programmer would expect
(``ValueError`` for bad values, ``TypeError`` for badly built rules,
``KeyError`` for unknown ids), so that generic code keeps working.

Messages name the field and what was expected. A validation error may quote
the rejected input (it is not a fact about anyone); an error raised while
*evaluating* a rule names the field only, never the person's value.
"""

from __future__ import annotations

__all__ = [
    "EvaluationError",
    "IntegrationRulesError",
    "InvalidArgument",
    "InvalidFact",
    "InvalidRule",
    "NoValueOnDate",
    "UnknownMeasure",
]


class IntegrationRulesError(Exception):
    """Root of every exception this library raises on purpose."""


class InvalidFact(IntegrationRulesError, ValueError):
    """A fact given for a person has the wrong type or value.

    Attributes:
        field: The name of the fact (a ``Person`` keyword), e.g. ``"birth_date"``.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


class InvalidArgument(IntegrationRulesError, ValueError):
    """An argument of a public function is of the wrong type or value.

    Attributes:
        field: The name of the argument, e.g. ``"lang"`` or ``"on"``.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
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
        super().__init__(f"{field}: {message}")
        self.field = field


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
            f"unknown measure id {measure_id!r}; known measure ids: {listed}"
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
        super().__init__(f"{id}: {message}")
        self.id = id
        self.on = on
