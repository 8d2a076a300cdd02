"""The check that each name of a collection appears once (facts of a schema, measures of a catalogue)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from integration_rules.errors import InvalidArgument, quote


def each_once(names: Iterable[str], field: str, what: str) -> None:
    """Return if each of *names* appears once, else raise.

    Raises:
        InvalidArgument: Naming *field*: ``expected each {what} once, got "x"
            twice``, for the first name (in sorted order) given more than once.

    Example:
        >>> each_once(["a", "b", "a"], "facts", "fact declared")
        Traceback (most recent call last):
        ...
        integration_rules.errors.InvalidArgument: facts: expected each fact declared once, got "a" twice
    """
    twice = sorted(name for name, times in Counter(names).items() if times > 1)
    if twice:
        raise InvalidArgument(
            field, f"expected each {what} once, got {quote(twice[0])} twice"
        )
