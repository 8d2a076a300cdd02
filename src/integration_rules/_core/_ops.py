"""The table of operations: one entry per kind of rule.

Every engine looks a rule's kind up here (:func:`operation`), and a kind
without an entry is an error, never a fall-through to another kind's meaning.
The leaves' entries are in :mod:`~integration_rules._core._leaf_ops`; the
combinations' are below. How to add a kind: see the design page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Final

from integration_rules._core._leaf_ops import LEAF_OPERATIONS
from integration_rules._core._operation import Algebra, Operation, Pair, Writer
from integration_rules._core._outcome import Outcome
from integration_rules._core._parameters import resolve
from integration_rules._core._reading import show
from integration_rules._core._text import Phrase
from integration_rules.errors import InvalidRule

ELIGIBLE: Final = 2
UNDETERMINED: Final = 1
INELIGIBLE: Final = 0
#: The outcome of each code.
OUTCOMES: Final = (Outcome.INELIGIBLE, Outcome.UNDETERMINED, Outcome.ELIGIBLE)
#: The code of each outcome.
CODES: Final[Mapping[Outcome, int]] = MappingProxyType(
    {outcome: code for code, outcome in enumerate(OUTCOMES)}
)


def _children(rule: Any) -> tuple[Any, ...]:
    return rule.children  # type: ignore[no-any-return]


def _listed(name: str) -> Callable[[Any, Callable[[Any], str]], str]:
    def ident(rule: Any, part: Callable[[Any], str]) -> str:
        return f"{name}({', '.join(part(child) for child in rule.children)})"

    return ident


def _joined(function: str) -> Callable[[Any, Sequence[str], Writer], str]:
    def inline(_rule: Any, inputs: Sequence[str], _w: Writer) -> str:
        return f"{function}({', '.join(inputs)})" if len(inputs) > 1 else inputs[0]

    return inline


def _not_reaching(
    outcome: int, wanted: int
) -> Callable[[Any, Sequence[Pair], Any], list[tuple[Any, Any, Any]]]:
    """Blocking parts: when *wanted* is wanted, those not *outcome*; otherwise every part."""

    def blocking(_rule: Any, pairs: Sequence[Pair], want: Any) -> list[tuple[Any, Any, Any]]:
        if want is OUTCOMES[wanted]:
            return [(r, n, want) for r, n in pairs if n.outcome is not OUTCOMES[outcome]]
        return [(r, n, want) for r, n in pairs]

    return blocking


ALL_OF: Final = Operation(
    kind="all_of",
    parts=_children,
    combine=lambda _rule, codes, _on, algebra: algebra.minimum(codes),
    blocking=_not_reaching(ELIGIBLE, ELIGIBLE),
    message=lambda _rule: Phrase("all_of"),
    ident=_listed("all_of"),
    inline=_joined("min"),
    settles=INELIGIBLE,
)

ANY_OF: Final = Operation(
    kind="any_of",
    parts=_children,
    combine=lambda _rule, codes, _on, algebra: algebra.maximum(codes),
    blocking=_not_reaching(INELIGIBLE, INELIGIBLE),
    message=lambda _rule: Phrase("any_of"),
    ident=_listed("any_of"),
    inline=_joined("max"),
    settles=ELIGIBLE,
)


def _at_least(rule: Any, codes: Sequence[Any], on: dt.date, algebra: Algebra) -> Any:
    needed = resolve(rule.n, on)
    holding = algebra.count(codes, ELIGIBLE)
    open_ = algebra.count(codes, UNDETERMINED)
    return algebra.select(
        holding >= needed,
        ELIGIBLE,
        algebra.select(holding + open_ < needed, INELIGIBLE, UNDETERMINED),
    )


def _at_least_inline(rule: Any, inputs: Sequence[str], w: Writer) -> str:
    needed = w.value(rule.n)
    codes, holding = w.var(), w.var()
    w.line(f"{codes} = ({', '.join(inputs)},)")
    w.line(f"{holding} = {codes}.count(2)")
    return (
        f"2 if {holding} >= {needed} else "
        f"(0 if {holding} + {codes}.count(1) < {needed} else 1)"
    )


AT_LEAST: Final = Operation(
    kind="at_least_n_of",
    parts=_children,
    values=lambda rule: (rule.n,),
    combine=_at_least,
    detail=lambda rule, codes, on: Phrase(
        "at_least_n_of.counted",
        (codes.count(ELIGIBLE), len(codes), resolve(rule.n, on)),
    ),
    blocking=lambda _rule, pairs, want: [(r, n, want) for r, n in pairs if n.outcome is not want],
    message=lambda rule: Phrase("at_least_n_of", (rule.n,)),
    ident=lambda rule, part: (
        f"at_least_n_of({show(rule.n)}, {', '.join(part(c) for c in rule.children)})"
    ),
    inline=_at_least_inline,
)

NOT: Final = Operation(
    kind="not",
    parts=lambda rule: (rule.child,),
    combine=lambda _rule, codes, _on, algebra: algebra.negate(codes[0]),
    blocking=lambda _rule, pairs, want: [(r, n, ~want) for r, n in pairs],
    message=lambda _rule: Phrase("not"),
    ident=lambda rule, part: f"not_({part(rule.child)})",
    inline=lambda _rule, inputs, _w: f"2 - {inputs[0]}",
)

#: Every kind of rule, by name.
OPERATIONS: Final[Mapping[str, Operation]] = MappingProxyType(
    {op.kind: op for op in (ALL_OF, ANY_OF, AT_LEAST, NOT, *LEAF_OPERATIONS)}
)


def operation(rule: object) -> Operation:
    """The operation of *rule*'s kind.

    Raises:
        InvalidRule: For a kind without an entry in :data:`OPERATIONS`.
    """
    kind = getattr(type(rule), "kind", None)
    found = OPERATIONS.get(kind) if isinstance(kind, str) else None
    if found is None:
        raise InvalidRule(
            f"no operation for rules of kind {kind!r} ({type(rule).__name__}): "
            "add an entry to the table of operations"
        )
    return found
