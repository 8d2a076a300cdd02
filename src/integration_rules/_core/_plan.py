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
import keyword
from collections.abc import Callable
from typing import Any, Final

from integration_rules._core._operation import SCALAR, Operation
from integration_rules._core._ops import CODES, OUTCOMES, operation
from integration_rules._core._outcome import Outcome
from integration_rules._core._reading import (
    frozen_fact,
    is_mapping_type,
    read_fact,
)

_NONE: Final[frozenset[str]] = frozenset()
_ABSENT: Final = object()

Missing = Callable[[object, dt.date], tuple[Outcome, frozenset[str]]]


class Plan:
    """A compiled rule, giving its outcome and the facts missing to decide it.

    :meth:`code` gives the outcome as 0, 1 or 2; :meth:`run` the outcome and the missing facts.

    Attributes:
        code: ``code(subject, on)``: 0 ineligible, 1 undetermined, 2 eligible.
        missing: ``missing(subject, on)``: the outcome and the missing facts.
        source: The Python source the rule was compiled to (for the curious).
    """

    __slots__ = ("code", "missing", "source")

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        # A cache, not a value: a pickled rule (sent to another process) compiles its own.
        return (_no_plan, ())

    def __init__(
        self, code: Callable[[object, dt.date], int], source: str, missing: Missing
    ) -> None:
        self.code = code
        self.source = source
        self.missing = missing

    def run(self, subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        """The outcome for *subject* on *on*, and the facts whose knowledge could decide it."""
        code = self.code(subject, on)
        if code == 1:
            return self.missing(subject, on)
        return OUTCOMES[code], _NONE


def _no_plan() -> None:
    """What a pickled plan becomes: none yet (the rule compiles it again on first use)."""


def plan_of(rule: Any) -> Plan:
    """The plan of *rule*: compiled on first use, then kept on the rule."""
    found: Plan | None = rule._plan  # noqa: SLF001 - the plan is the rule's own cache
    if found is None:
        found = _compile(rule)
        object.__setattr__(rule, "_plan", found)
    return found


def run(rule: Any, subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
    """The outcome of *rule* for *subject* on *on*, and the facts missing to decide it."""
    return plan_of(rule).run(subject, on)


# -- the generated function -------------------------------------------------------------


class _Writer:
    """The source of one plan function, and the values it refers to by name."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.top: list[str] = []
        self.names: dict[str, Any] = {
            "_A": _ABSENT,
            "_E": _NONE,
            "_R": read_fact,
            "_M": is_mapping_type,
        }
        self._count = itertools.count()
        #: The variable holding each fact, read once at the top of the function.
        self.facts: dict[str, str] = {}
        self.depth = 1
        #: Whether a fact may be absent (an object without the attribute): checked where read.
        self.absent = False
        #: Whether the function also gives the missing facts (``m…`` beside each ``c…``).
        self.missing = False
        self._test: Callable[[Any, dt.date], bool] | None = None

    def start(self, *, absent: bool, missing: bool) -> None:
        """Start another function over the same names."""
        self.lines, self.top, self.facts, self.depth = [], [], {}, 1
        self.absent, self.missing = absent, missing

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
        """A fresh local variable."""
        return f"c{next(self._count)}"

    def line(self, text: str) -> None:
        """A statement at the current depth."""
        self.lines.append("    " * self.depth + text)

    def once(self, text: str) -> None:
        """A statement at the top of the function, written once."""
        line = "    " + text
        if line not in self.top:
            self.top.append(line)

    def generic(self, value: str) -> str:
        """A call of the current leaf's test on *value*."""
        return f"{self.name(self._test, 'g')}({value}, on)"


def _compile(rule: Any) -> Plan:
    """Compile *rule* into Python functions over the same body.

    ``plan`` gives the code; ``missing`` the code and the missing facts (run
    only for an undetermined outcome). Each reads a mapping by key, and an
    object's attributes all at once; an object without one of them goes to
    the ``careful_…`` variant, which reads each fact where the rule reads it,
    so that a missing attribute raises the library's error exactly where the
    explanation would (and not under a rule out of force).
    """
    writer = _Writer()
    functions = []
    for name, missing in (("plan", False), ("missing", True)):
        writer.start(absent=False, missing=missing)
        result = _emit(rule, writer)
        returned = f"{result}, {_missing_var(result)}" if missing else result
        reads = list(writer.facts.items())
        functions += [
            f"def {name}(s, on):",
            "    if type(s) is dict or _M(type(s)):",
            *([f"        {var} = s.get({fact!r})" for fact, var in reads] or ["        pass"]),
            "    else:",
            "        try:",
            *(
                [f"            {var} = {_attribute('s', fact)}" for fact, var in reads]
                or ["            pass"]
            ),
            "        except AttributeError:",
            f"            return careful_{name}(s, on)",
            *writer.top,
            *writer.lines,
            f"    return {returned}",
            "",
        ]
        writer.start(absent=True, missing=missing)
        result = _emit(rule, writer)
        returned = f"{result}, {_missing_var(result)}" if missing else result
        functions += [
            f"def careful_{name}(s, on):",
            *(f"    {var} = getattr(s, {fact!r}, _A)" for fact, var in writer.facts.items()),
            *writer.top,
            *writer.lines,
            f"    return {returned}",
            "",
        ]
    source = "\n".join(functions)
    namespace = dict(writer.names)
    exec(compile(source, f"<plan of {rule.id}>", "exec"), namespace)  # noqa: S102 - our own generated code
    explained = namespace["missing"]

    def missing_facts(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        code, facts = explained(subject, on)
        return OUTCOMES[code], facts

    return Plan(namespace["plan"], source, missing_facts)


def _missing_var(code: str) -> str:
    """The variable of the missing facts beside the code variable *code*."""
    return "m" + code[1:]


def _attribute(subject: str, name: str) -> str:
    """Reading attribute *name* of *subject* (a keyword is not an attribute in Python's syntax)."""
    return f"getattr({subject}, {name!r})" if keyword.iskeyword(name) else f"{subject}.{name}"


def _emit(rule: Any, writer: _Writer) -> str:
    """Write the code of *rule*; return the variable holding its code.

    With ``writer.missing``, the variable ``m…`` beside it holds its missing
    facts: those of a leaf that is undetermined, the union of the undetermined
    parts' for a combination that is, and none otherwise.
    """
    result = writer.var()
    missing = _missing_var(result)
    period = rule.in_force
    if period is not None:
        bounds = [
            *([f"{writer.name(period.start)} <= on"] if period.start is not None else []),
            *([f"on <= {writer.name(period.end)}"] if period.end is not None else []),
        ]
        writer.line(f"if {' and '.join(bounds) or 'True'}:")
        writer.depth += 1
        _emit_node(rule, writer, result, missing)
        writer.depth -= 1
        writer.line("else:")
        writer.line(f"    {result} = 0")
        if writer.missing:
            writer.line(f"    {missing} = _E")
        return result
    _emit_node(rule, writer, result, missing)
    return result


def _emit_node(rule: Any, writer: _Writer, result: str, missing: str) -> None:
    op = operation(rule)
    if op.test is None:
        # Every part is evaluated, as the explanation does (a part may refuse its facts).
        parts = [_emit(part, writer) for part in op.parts(rule)]
        inline = op.inline(rule, parts, writer) if op.inline is not None else None
        if inline is None:
            combine = writer.name(_combiner(op, rule), "m")
            inline = f"{combine}(({', '.join(parts)},), on)"
        writer.line(f"{result} = {inline}")
        if writer.missing:
            # A part's missing facts are empty unless it is undetermined.
            union = " | ".join(_missing_var(part) for part in parts)
            writer.line(f"{missing} = ({union}) if {result} == 1 else _E")
        return
    reads: tuple[str, ...] = rule.reads
    if len(reads) != 1:
        decide = writer.name(_missing_of(rule), "m")
        pair = writer.var()
        writer.line(f"{pair} = {decide}(s, on)")
        writer.line(f"{result} = {writer.name(CODES)}[{pair}[0]]")
        if writer.missing:
            writer.line(f"{missing} = {pair}[1]")
        return
    fact = reads[0]
    value = writer.fact(fact)
    if writer.absent:
        # An object without the attribute: the library's error, where the rule reads it.
        writer.line(f"if {value} is _A:")
        writer.line(f"    {value} = _R(s, {fact!r})")
    writer._test = _tester(op, rule)  # noqa: SLF001 - the writer's own state
    test = op.inline(rule, [value], writer) if op.inline is not None else None
    if test is None:
        test = writer.generic(value)
    writer.line(f"{result} = 1 if {value} is None else (2 if {test} else 0)")
    if writer.missing:
        writer.line(f"{missing} = {writer.name(frozenset(reads))} if {result} == 1 else _E")


def _combiner(op: Operation, rule: Any) -> Callable[[tuple[int, ...], dt.date], int]:
    combine = op.combine
    assert combine is not None  # noqa: S101 - a combination's operation has one

    def code(codes: tuple[int, ...], on: dt.date) -> int:
        return int(combine(rule, codes, on, SCALAR))

    return code


def _tester(op: Operation, rule: Any) -> Callable[[Any, dt.date], bool]:
    """The leaf's own test (which also builds its detail): for values an inline test does not expect."""
    test = op.test
    assert test is not None  # noqa: S101 - a leaf's operation has one

    def holds(value: Any, on: dt.date) -> bool:
        return bool(test(rule, (frozen_fact(value),), on)[0])

    return holds


# -- the missing facts ------------------------------------------------------------------


def _missing_of(rule: Any) -> Missing:
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


def _missing_body(rule: Any) -> Missing:
    op = operation(rule)
    test = op.test
    if test is not None:
        reads: tuple[str, ...] = rule.reads

        def decide(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
            values = tuple(frozen_fact(read_fact(subject, name)) for name in reads)
            unknown = frozenset(
                name for name, v in zip(reads, values, strict=True) if v is None
            )
            if unknown:
                return Outcome.UNDETERMINED, unknown
            holds = test(rule, values, on)[0]
            return (Outcome.ELIGIBLE if holds else Outcome.INELIGIBLE), _NONE

        return decide
    parts = tuple(_missing_of(part) for part in op.parts(rule))
    combine = op.combine
    assert combine is not None  # noqa: S101 - a combination's operation has one

    def combination(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        results = [part(subject, on) for part in parts]
        outcome = OUTCOMES[combine(rule, [CODES[o] for o, _ in results], on, SCALAR)]
        if outcome is not Outcome.UNDETERMINED:
            return outcome, _NONE
        missing = _NONE
        for part_outcome, unknown in results:
            if part_outcome is Outcome.UNDETERMINED:
                missing = missing | unknown
        return outcome, missing

    return combination
