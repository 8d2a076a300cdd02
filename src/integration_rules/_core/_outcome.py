"""The three outcomes and Kleene's strong three-valued logic over them."""

from __future__ import annotations

import enum

from integration_rules.errors import InvalidArgument


class Outcome(enum.Enum):
    """The result of a rule: decided either way, or not decidable from the facts known.

    ``UNDETERMINED`` is a first-class answer, never a disguised ``False``: it
    means that some fact the rule needs is unknown and that knowing it could
    change the answer.

    Outcomes combine by Kleene's strong three-valued logic, with the order
    ``INELIGIBLE < UNDETERMINED < ELIGIBLE``: a conjunction takes the least of
    its parts, a disjunction the greatest, a negation swaps the two decided
    outcomes and keeps ``UNDETERMINED``.

    Example:
        >>> Outcome.INELIGIBLE & Outcome.UNDETERMINED
        <Outcome.INELIGIBLE: 'ineligible'>
        >>> Outcome.ELIGIBLE | Outcome.UNDETERMINED
        <Outcome.ELIGIBLE: 'eligible'>
        >>> ~Outcome.UNDETERMINED
        <Outcome.UNDETERMINED: 'undetermined'>
    """

    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    UNDETERMINED = "undetermined"

    @property
    def decided(self) -> bool:
        """``True`` for ``ELIGIBLE`` and ``INELIGIBLE``."""
        return self is not Outcome.UNDETERMINED

    @classmethod
    def of(cls, value: bool | None) -> Outcome:
        """``ELIGIBLE`` for ``True``, ``INELIGIBLE`` for ``False``, ``UNDETERMINED`` for ``None`` (unknown).

        Anything else is refused: an unknown is never read as "no".

        Example:
            >>> Outcome.of(True), Outcome.of(None)
            (<Outcome.ELIGIBLE: 'eligible'>, <Outcome.UNDETERMINED: 'undetermined'>)
        """
        if value is None:
            return cls.UNDETERMINED
        if value is True:
            return cls.ELIGIBLE
        if value is False:
            return cls.INELIGIBLE
        raise InvalidArgument(
            "value", f"expected True, False or None, got {type(value).__name__}"
        )

    def __and__(self, other: Outcome) -> Outcome:
        if self is Outcome.INELIGIBLE or other is Outcome.INELIGIBLE:
            return Outcome.INELIGIBLE
        if self is Outcome.UNDETERMINED or other is Outcome.UNDETERMINED:
            return Outcome.UNDETERMINED
        return Outcome.ELIGIBLE

    def __or__(self, other: Outcome) -> Outcome:
        if self is Outcome.ELIGIBLE or other is Outcome.ELIGIBLE:
            return Outcome.ELIGIBLE
        if self is Outcome.UNDETERMINED or other is Outcome.UNDETERMINED:
            return Outcome.UNDETERMINED
        return Outcome.INELIGIBLE

    def __invert__(self) -> Outcome:
        if self is Outcome.ELIGIBLE:
            return Outcome.INELIGIBLE
        if self is Outcome.INELIGIBLE:
            return Outcome.ELIGIBLE
        return Outcome.UNDETERMINED

    def __bool__(self) -> bool:
        return self is Outcome.ELIGIBLE
