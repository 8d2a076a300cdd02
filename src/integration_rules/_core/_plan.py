"""Plans: a rule compiled once into a plain function that gives its outcome.

Evaluating a rule to explain it builds a tree of nodes, one per rule of the tree,
with every fact read, parameter used and detail computed: most callers never
read it. A plan gives the same outcome without building anything. The rule tree
is compiled into the source of one Python function: each fact is read once per
leaf, each condition is a comparison, and the parts combine by Kleene's logic
over the codes 0 (ineligible), 1 (undetermined) and 2 (eligible): a conjunction
is their minimum, a disjunction their maximum, a negation ``2 - code``. The
missing facts of an undetermined outcome come from a second, slower pass, run
only then. A rule's plan is compiled on first use and kept on the rule (a rule
is an immutable value, so its plan never changes).

The explanation stays exact: :class:`~integration_rules._core._explanation.Decision`
builds it on first access with the rule's
:meth:`~integration_rules._core._rule.Rule.evaluate`, and a property test checks
that plan and explanation agree on outcome and missing facts.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any, Final

from integration_rules._core import _leaves
from integration_rules._core._dates import completed_years
from integration_rules._core._outcome import Outcome
from integration_rules._core._parameters import Parameter
from integration_rules._core._rule import (
    AllOf,
    AnyOf,
    AtLeast,
    Not,
    Rule,
    is_mapping_type,
    read_fact,
)

#: The outcome of each code of a plan.
OUTCOMES: Final = (Outcome.INELIGIBLE, Outcome.UNDETERMINED, Outcome.ELIGIBLE)
_CODES: Final = {outcome: code for code, outcome in enumerate(OUTCOMES)}
_NONE: Final[frozenset[str]] = frozenset()
_ABSENT: Final = object()

Missing = Callable[[object, dt.date], tuple[Outcome, frozenset[str]]]


class Plan:
    """A compiled rule, giving its outcome and the facts missing to decide it.

    :meth:`code` gives the outcome as 0, 1 or 2; :meth:`run` the outcome and the missing facts.

    Attributes:
        code: ``code(subject, on)``: 0 ineligible, 1 undetermined, 2 eligible.
        source: The Python source the rule was compiled to (for the curious).
    """

    __slots__ = ("_missing", "code", "source")

    def __init__(
        self, code: Callable[[object, dt.date], int], source: str, missing: Missing
    ) -> None:
        self.code = code
        self.source = source
        self._missing = missing

    def run(self, subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        """The outcome for *subject* on *on*, and the facts whose knowledge could decide it."""
        code = self.code(subject, on)
        if code == 1:
            return self._missing(subject, on)
        return OUTCOMES[code], _NONE


def plan_of(rule: Rule) -> Plan:
    """The plan of *rule*: compiled on first use, then kept on the rule."""
    found: Plan | None = rule._plan  # noqa: SLF001 - the plan is the rule's own cache
    if found is None:
        found = _compile(rule)
        object.__setattr__(rule, "_plan", found)
    return found


def run(rule: Rule, subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
    """The outcome of *rule* for *subject* on *on*, and the facts missing to decide it."""
    return plan_of(rule).run(subject, on)


# -- the generated function -------------------------------------------------------------


class _Writer:
    """The source of one plan function, and the values it refers to by name."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: dict[str, Any] = {
            "_A": _ABSENT,
            "_R": read_fact,
            "_D": dt.date,
            "_Y": completed_years,
            "_C": _CODES,
            "_M": is_mapping_type,
        }
        self._count = itertools.count()
        #: The variable holding each fact, read once at the top of the function.
        self.facts: dict[str, str] = {}

    def fact(self, name: str) -> str:
        """The variable of fact *name* (``_A`` while the subject has no such attribute)."""
        found = self.facts.get(name)
        if found is None:
            found = self.facts[name] = f"f{next(self._count)}"
        return found

    def name(self, value: Any, prefix: str = "k") -> str:
        """A name in the function's namespace bound to *value*."""
        found = f"{prefix}{next(self._count)}"
        self.names[found] = value
        return found

    def var(self) -> str:
        return f"c{next(self._count)}"

    def line(self, depth: int, text: str) -> None:
        self.lines.append("    " * depth + text)


def _compile(rule: Rule) -> Plan:
    writer = _Writer()
    result = _emit(rule, writer, 1)
    # A mapping is read by key (a fact named "values" is not its method), an object by attribute.
    reads = ["    d = type(s) is dict or _M(type(s))"] + [
        f"    {var} = s.get({name!r}) if d else getattr(s, {name!r}, _A)"
        for name, var in writer.facts.items()
    ]
    body = [*reads, *writer.lines, f"    return {result}"]
    source = "def plan(s, on):\n" + "\n".join(body) + "\n"
    namespace = dict(writer.names)
    exec(compile(source, f"<plan of {rule.id}>", "exec"), namespace)  # noqa: S102 - our own generated code
    return Plan(namespace["plan"], source, _missing_of(rule))


def _emit(rule: Rule, writer: _Writer, depth: int) -> str:
    """Write the code of *rule* at *depth*; return the variable holding its code."""
    result = writer.var()
    if rule.in_force is not None:
        period = writer.name(rule.in_force, "p")
        writer.line(depth, f"if {period}.contains(on):")
        inner = _emit_body(rule, writer, depth + 1)
        writer.line(depth + 1, f"{result} = {inner}")
        writer.line(depth, "else:")
        writer.line(depth + 1, f"{result} = 0")
        return result
    inner = _emit_body(rule, writer, depth)
    writer.line(depth, f"{result} = {inner}")
    return result


def _emit_body(rule: Rule, writer: _Writer, depth: int) -> str:
    if isinstance(rule, _leaves.Leaf):
        return _emit_leaf(rule, writer, depth)
    if isinstance(rule, Not):
        return f"2 - {_emit(rule.child, writer, depth)}"
    if isinstance(rule, AllOf | AnyOf | AtLeast):
        # Every part is evaluated, as the explanation does (a part may refuse its facts).
        parts = [_emit(child, writer, depth) for child in rule.children]
        if isinstance(rule, AllOf):
            return f"min({', '.join(parts)})" if len(parts) > 1 else parts[0]
        if isinstance(rule, AnyOf):
            return f"max({', '.join(parts)})" if len(parts) > 1 else parts[0]
        return _emit_at_least(rule, parts, writer, depth)
    eager = writer.name(_missing_of(rule), "m")
    return f"_C[{eager}(s, on)[0]]"


def _emit_at_least(rule: AtLeast, parts: list[str], writer: _Writer, depth: int) -> str:
    needed = _bound(rule.n, writer)
    codes, holding, open_ = writer.var(), writer.var(), writer.var()
    writer.line(depth, f"{codes} = ({', '.join(parts)},)")
    writer.line(depth, f"{holding} = {codes}.count(2)")
    writer.line(depth, f"{open_} = {codes}.count(1)")
    return (
        f"2 if {holding} >= {needed} else (0 if {holding} + {open_} < {needed} else 1)"
    )


def _bound(value: Any, writer: _Writer) -> str:
    """An expression for a value or parameter on the date ``on``."""
    if isinstance(value, Parameter):
        if value.history is None:
            return writer.name(value.value)
        return f"{writer.name(value)}.value_on(on)"
    return writer.name(value)


def _emit_leaf(leaf: Any, writer: _Writer, depth: int) -> str:
    reads: tuple[str, ...] = leaf.reads
    if len(reads) != 1:
        many = writer.name(_missing_of(leaf), "m")
        return f"_C[{many}(s, on)[0]]"
    fact = reads[0]
    value = writer.fact(fact)
    # A subject without the attribute: a mapping's unknown, or the library's error.
    writer.line(depth, f"if {value} is _A:")
    writer.line(depth + 1, f"{value} = _R(s, {fact!r})")
    test = _INLINE.get(type(leaf), _inline_generic)(leaf, value, writer, depth)
    return f"1 if {value} is None else (2 if {test} else 0)"


def _inline_generic(leaf: Any, value: str, writer: _Writer, _depth: int) -> str:
    test = writer.name(_generic(leaf), "g")
    return f"{test}({value}, on)"


def _generic(leaf: Any) -> Callable[[Any, dt.date], bool]:
    """The leaf's own test (which also builds its detail): for values the inline test does not expect."""

    def test(value: Any, on: dt.date) -> bool:
        return bool(leaf._test((_leaves.frozen_fact(value),), on)[0])  # noqa: SLF001

    return test


def _inline_is_true(leaf: Any, value: str, writer: _Writer, depth: int) -> str:
    generic = _inline_generic(leaf, value, writer, depth)
    return f"({value} is True or ({value} is not False and {generic}))"


def _inline_contains(leaf: Any, value: str, writer: _Writer, depth: int) -> str:
    wanted = writer.name(leaf.value)
    generic = _inline_generic(leaf, value, writer, depth)
    return f"({wanted} in {value} if type({value}) is frozenset else {generic})"


def _inline_one_of(leaf: Any, value: str, writer: _Writer, depth: int) -> str:
    values = leaf.values
    if isinstance(values, Parameter) and values.history is not None:
        return _inline_generic(leaf, value, writer, depth)
    allowed = writer.name(values.value if isinstance(values, Parameter) else values)
    generic = _inline_generic(leaf, value, writer, depth)
    return f"({value} in {allowed} if type({value}) is str else {generic})"


def _inline_compare(leaf: Any, value: str, writer: _Writer, depth: int) -> str:
    expected = leaf.value
    if isinstance(expected, Parameter):
        if expected.history is not None:
            return _inline_generic(leaf, value, writer, depth)
        expected = expected.value
    if type(expected) is not str:
        return _inline_generic(leaf, value, writer, depth)
    constant = writer.name(expected)
    generic = _inline_generic(leaf, value, writer, depth)
    return f"({value} {leaf.op} {constant} if type({value}) is str else {generic})"


def _inline_age(leaf: Any, value: str, writer: _Writer, depth: int) -> str:
    generic = _inline_generic(leaf, value, writer, depth)
    bounds = [
        (b, op)
        for b, op in ((leaf.minimum, ">="), (leaf.maximum, "<="))
        if b is not None
    ]
    if any(isinstance(b, Parameter) and b.history is not None for b, _ in bounds):
        return generic
    age = writer.var()
    writer.line(
        depth,
        f"{age} = _Y({value}, on=on) if type({value}) is _D and {value} <= on else None",
    )
    held = " and ".join(f"{age} {op} {_bound(b, writer)}" for b, op in bounds)
    return f"(({held}) if {age} is not None else {generic})"


_INLINE: Final[dict[type, Callable[[Any, str, _Writer, int], str]]] = {
    _leaves.IsTrue: _inline_is_true,
    _leaves.Contains: _inline_contains,
    _leaves.OneOf: _inline_one_of,
    _leaves.Compare: _inline_compare,
    _leaves.AgeBetween: _inline_age,
}


# -- the missing facts ------------------------------------------------------------------


def _missing_of(rule: Rule) -> Missing:
    """A function giving the outcome and the missing facts, part by part (no explanation built)."""
    body = _missing_body(rule)
    period = rule.in_force
    if period is None:
        return body

    def in_force(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        if not period.contains(on):
            return Outcome.INELIGIBLE, _NONE
        return body(subject, on)

    return in_force


def _missing_body(rule: Rule) -> Missing:
    if isinstance(rule, _leaves.Leaf):
        return _leaf_missing(rule)
    if isinstance(rule, Not):
        part = _missing_of(rule.child)

        def negation(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
            outcome, missing = part(subject, on)
            return ~outcome, (missing if outcome is Outcome.UNDETERMINED else _NONE)

        return negation
    if isinstance(rule, AllOf | AnyOf | AtLeast):
        parts = tuple(_missing_of(child) for child in rule.children)

        def combination(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
            results = [part(subject, on) for part in parts]
            outcome = _combined(rule, [o for o, _ in results], on)
            if outcome is not Outcome.UNDETERMINED:
                return outcome, _NONE
            missing = _NONE
            for part_outcome, unknown in results:
                if part_outcome is Outcome.UNDETERMINED:
                    missing = missing | unknown
            return outcome, missing

        return combination

    def eager(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        node = rule._decide(subject, on)  # noqa: SLF001 - the period in force is checked by the caller
        return node.outcome, node.missing

    return eager


def _combined(rule: Rule, outcomes: list[Outcome], on: dt.date) -> Outcome:
    codes = [_CODES[o] for o in outcomes]
    if isinstance(rule, AllOf):
        return OUTCOMES[min(codes)]
    if isinstance(rule, AnyOf):
        return OUTCOMES[max(codes)]
    n = rule.n  # type: ignore[attr-defined]
    needed = n.value_on(on) if isinstance(n, Parameter) else n
    holding, open_ = codes.count(2), codes.count(1)
    if holding >= needed:
        return Outcome.ELIGIBLE
    return Outcome.INELIGIBLE if holding + open_ < needed else Outcome.UNDETERMINED


def _leaf_missing(leaf: Any) -> Missing:
    reads: tuple[str, ...] = leaf.reads

    def decide(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        values = tuple(_leaves.frozen_fact(read_fact(subject, name)) for name in reads)
        unknown = frozenset(
            name for name, v in zip(reads, values, strict=True) if v is None
        )
        if unknown:
            return Outcome.UNDETERMINED, unknown
        holds = leaf._test(values, on)[0]  # noqa: SLF001
        return (Outcome.ELIGIBLE if holds else Outcome.INELIGIBLE), _NONE

    return decide
