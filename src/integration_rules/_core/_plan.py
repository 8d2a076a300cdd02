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
from collections.abc import Callable, Sequence
from typing import Any, Final

from integration_rules._core._operation import SCALAR, Operation
from integration_rules._core._ops import CODES, OUTCOMES, operation
from integration_rules._core._outcome import Outcome
from integration_rules._core._parameters import Parameter, is_dated
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
        namespace = _compile((rule,), label=rule.id, one=True)
        explained = namespace["missing"]

        def missing_facts(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
            code, facts = explained(subject, on)
            return OUTCOMES[code], facts

        found = Plan(namespace["plan"], namespace["__source__"], missing_facts)
        object.__setattr__(rule, "_plan", found)
    return found


class Plans:
    """Several rules compiled into one function: each fact read once, for all of them.

    Attributes:
        run: ``run(subject, on)``: each rule's code (0, 1 or 2) and missing
            facts, in the rules' order.
        source: The Python source the rules were compiled to.
    """

    __slots__ = ("run", "source")

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        return (_no_plan, ())

    def __init__(
        self,
        run: Callable[[object, dt.date], tuple[tuple[int, frozenset[str]], ...]],
        source: str,
    ) -> None:
        self.run = run
        self.source = source


def plans_of(rules: Sequence[Any]) -> Plans:
    """*rules* compiled into one :class:`Plans` (its caller keeps it: a catalogue is a value)."""
    namespace = _compile(tuple(rules), label=f"{len(rules)} rules", one=False)
    return Plans(namespace["missing"], namespace["__source__"])


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
        self._named: dict[tuple[str, int], str] = {}
        #: The variable holding each fact, read once at the top of the function.
        self.facts: dict[str, str] = {}
        self.depth = 1
        #: Whether a fact may be absent (an object without the attribute): checked where read.
        self.absent = False
        #: Whether the function also gives the missing facts (``m…`` beside each ``c…``).
        self.missing = False
        #: Whether the code written is the quick form (see :func:`_compile`).
        self.quick = False
        #: The quick form's condition, one part per guarded leaf (in order, each once).
        self.guards: dict[str, None] = {}
        #: How many parts so far may refuse their facts (an error), or whose refusal
        #: no guard excludes: the quick form never skips them.
        self.noisy = 0
        self._test: Callable[[Any, dt.date], bool] | None = None
        self._guarded = False
        #: The variables holding the current leaf's dated parameters' values.
        self.resolved: dict[int, str] = {}

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
        """A name in the function's namespace bound to *value* (the same name for the same object)."""
        key = (prefix, id(value))  # the namespace keeps the object alive: its id stays its own
        found = self._named.get(key)
        if found is None:
            found = self._named[key] = f"{prefix}{next(self._count)}"
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

    def guarded(self, value: str, guard: str, fast: str) -> str:
        """*fast* where *guard* holds of the known *value*, the leaf's own test elsewhere.

        The quick form writes *fast* alone and adds ``value is None or guard``
        to its condition.
        """
        self._guarded = True
        if self.quick:
            self.guards[f"({value} is None or {guard})"] = None
            return fast
        return f"({fast} if {guard} else {self.generic(value)})"

    def value(self, value: Any) -> str:
        """An expression of *value* (a parameter's value on ``on``, or a plain value).

        A dated parameter is read where it is used, and may have no value on
        that day: the part reading it is never skipped.
        """
        if is_dated(value):
            self.noisy += 1
            return self.resolved.get(id(value)) or f"{self.name(value)}.value_on(on)"
        if isinstance(value, Parameter):
            return self.name(value.value)
        return self.name(value)

    def resolve_dated(self, values: Sequence[object]) -> None:
        """Read the dated parameters among *values* on ``on`` now, where the explanation reads them.

        The explanation shows a rule's parameters with their values even when
        its facts are unknown, so a parameter without a value on that day is
        an error whatever the facts: the plan reads it where a leaf begins,
        and after a combination's parts.
        """
        self.resolved = {}
        for value in values:
            if is_dated(value):
                var = self.resolved[id(value)] = self.var()
                self.line(f"{var} = {self.name(value)}.value_on(on)")
                self.noisy += 1


def _compile(rules: Sequence[Any], *, label: str, one: bool) -> dict[str, Any]:
    """Compile *rules* into the functions ``plan`` and ``missing`` over one namespace.

    ``plan(subject, on)`` gives each rule's code; ``missing`` each rule's
    code and missing facts (run only for an undetermined outcome). With
    *one*, they give the single rule's code, and its pair; otherwise a tuple
    of them (empty for no rule).

    Each reads a mapping by key, and an object's attributes all at once; an
    object without one of them goes to the ``careful_…`` variant, which reads
    each fact where the rule reads it, so that a missing attribute raises the
    library's error exactly where the explanation would (and not under a rule
    out of force).

    Each rule is written twice. The *full* form evaluates every part, as the
    explanation does: a part may refuse its facts (an error), and then the
    plan must refuse them too. The *quick* form runs when no leaf can refuse
    its value — each leaf's guard holds (a value of the type its fast test
    expects: a ``str``, a ``frozenset``, a date the test can compute with) — and
    then skips the parts that cannot change a combination's outcome: after
    a part that is ineligible, the rest of an ``all_of``; after one that is
    eligible, the rest of an ``any_of`` (an operation's ``settles``). The
    parts that could still refuse (a dated parameter, a leaf without a
    guard) are never skipped, so both forms give the same outcome, the
    same missing facts and the same errors. (The quick form nests a block
    per part it may skip: a rule nested beyond what Python compiles gets
    the full form only.)
    """
    try:
        return _namespace(rules, label=label, one=one, quick=True)
    except SyntaxError:  # too many levels of indentation
        return _namespace(rules, label=label, one=one, quick=False)


def _namespace(rules: Sequence[Any], *, label: str, one: bool, quick: bool) -> dict[str, Any]:
    """The functions of :func:`_compile`, with the quick forms or without them."""
    writer = _Writer()
    functions: list[str] = []
    for name, missing in (("plan", False), ("missing", True)):
        writer.start(absent=False, missing=missing)
        results = [_emit_both(rule, writer) if quick else _emit(rule, writer) for rule in rules]
        returned = _returned(results, missing=missing, one=one)
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
        results = [_emit(rule, writer) for rule in rules]
        returned = _returned(results, missing=missing, one=one)
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
    exec(compile(source, f"<plan of {label}>", "exec"), namespace)  # noqa: S102 - our own generated code
    namespace["__source__"] = source
    return namespace


def _returned(results: list[str], *, missing: bool, one: bool) -> str:
    """What a function returns: the rule's code (and missing facts), or a tuple of each rule's."""
    each = [f"({r}, {_missing_var(r)})" if missing else r for r in results]
    return each[0] if one else f"({''.join(e + ', ' for e in each)})"


def _emit_both(rule: Any, writer: _Writer) -> str:
    """Write *rule*'s quick form under its guard and its full form otherwise; return its variable."""
    depth, written = writer.depth, len(writer.lines)
    writer.depth, writer.quick, writer.guards = depth + 1, True, {}
    quick = _emit(rule, writer)
    writer.quick = False
    guards = writer.guards
    if not guards:
        # No leaf has a guard: the quick form would be the full one.
        del writer.lines[written:]
        writer.depth = depth
        return _emit(rule, writer)
    quick_lines = writer.lines[written:]
    del writer.lines[written:]
    full = _emit(rule, writer)
    full_lines = writer.lines[written:]
    del writer.lines[written:]
    result = writer.var()
    writer.depth = depth
    writer.line(f"if {' and '.join(guards)}:")
    writer.lines += quick_lines
    writer.depth += 1
    writer.line(f"{result} = {quick}")
    if writer.missing:
        writer.line(f"{_missing_var(result)} = {_missing_var(quick)}")
    writer.depth -= 1
    writer.line("else:")
    writer.lines += full_lines
    writer.depth += 1
    writer.line(f"{result} = {full}")
    if writer.missing:
        writer.line(f"{_missing_var(result)} = {_missing_var(full)}")
    writer.depth = depth
    return result


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
        parts = op.parts(rule)
        if writer.quick and op.settles is not None and len(parts) > 1:
            codes = _emit_settling(op.settles, parts, writer, result)
            writer.resolve_dated(op.values(rule))
        else:
            # Every part is evaluated, as the explanation does (a part may refuse its facts).
            codes = [_emit(part, writer) for part in parts]
            writer.resolve_dated(op.values(rule))
            inline = op.inline(rule, codes, writer) if op.inline is not None else None
            if inline is None:
                writer.noisy += 1
                combine = writer.name(_combiner(op, rule), "m")
                inline = f"{combine}(({', '.join(codes)},), on)"
            writer.line(f"{result} = {inline}")
        writer.resolved = {}
        if writer.missing:
            # A part's missing facts are empty unless it is undetermined (and a
            # skipped part's are never read: the combination is then decided).
            union = " | ".join(_missing_var(code) for code in codes)
            writer.line(f"{missing} = ({union}) if {result} == 1 else _E")
        return
    _emit_leaf(rule, op, writer, result, missing)


def _emit_leaf(rule: Any, op: Operation, writer: _Writer, result: str, missing: str) -> None:
    reads: tuple[str, ...] = rule.reads
    writer.resolve_dated(rule.compared)
    if len(reads) != 1:
        writer.resolved = {}
        writer.noisy += 1
        decide = writer.name(_missing_of(rule), "m")
        pair = writer.var()
        writer.line(f"{pair} = {decide}(s, on)")
        writer.line(f"{result} = {writer.name(CODES)}[{pair}[0]]")
        if writer.missing:
            writer.line(f"{missing} = {pair}[1]")
        return
    fact = reads[0]
    value = writer.fact(fact)
    writer._test = _tester(op, rule)  # noqa: SLF001 - the writer's own state
    writer._guarded = False  # noqa: SLF001
    test = op.inline(rule, [value], writer) if op.inline is not None else None
    if test is None:
        test = writer.generic(value)
    if not writer._guarded:  # noqa: SLF001
        writer.noisy += 1
    writer.resolved = {}
    if writer.absent:
        # An object without the attribute: the library's error, where the rule reads it.
        writer.line(f"if {value} is _A:")
        writer.line(f"    {value} = _R(s, {fact!r})")
    writer.line(f"{result} = 1 if {value} is None else (2 if {test} else 0)")
    if writer.missing:
        writer.line(f"{missing} = {writer.name(frozenset(reads))} if {result} == 1 else _E")


def _emit_settling(settles: int, parts: Sequence[Any], writer: _Writer, result: str) -> list[str]:
    """Write a minimum (*settles* 0) or maximum (2) of *parts*, skipping the quiet parts once settled.

    Return the parts' variables (a skipped part's is never read).
    """
    better = "<" if settles == 0 else ">"
    codes = [_emit(parts[0], writer)]
    writer.line(f"{result} = {codes[0]}")
    for part in parts[1:]:
        written, noisy = len(writer.lines), writer.noisy
        code = _emit(part, writer)
        writer.line(f"if {code} {better} {result}: {result} = {code}")
        codes.append(code)
        if writer.noisy == noisy:
            # A quiet part: nothing to compute once a part has settled the outcome.
            block = ["    " + line for line in writer.lines[written:]]
            writer.lines[written:] = ["    " * writer.depth + f"if {result} != {settles}:", *block]
    return codes


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
