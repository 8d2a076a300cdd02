"""The performance targets of issue 13, each measured next to a baseline from the same run.

Run:
    python benchmarks/bench_core.py            # 20,000 persons, 1,000,000 rows
    python benchmarks/bench_core.py --quick    # 2,000 persons, 100,000 rows: under two minutes
    python benchmarks/bench_core.py --persons 5000 --rows 300000

Needs the ``columnar`` extra (numpy). The ZEN row also needs the optional
``bench`` extra (``pip install -e ".[bench]"``, which installs ``zen-engine``);
without it that row says "zen-engine not installed".

The machine may be busy with other jobs, so every figure comes with a
baseline timed in the same run, most of them interleaved call by call with
the figure, and the load average is printed before and after. The targets:

1. ``check(person, "formavenir", on=...)``: median µs per decision (its
   explanation is built lazily, on first access, so not here), ≤ 3 µs. The
   baseline is a hand-written three-valued FormAvenir function in plain
   Python; its outcome and missing facts must equal ``check``'s on every
   person, or the script stops.
2. Three checks per person (FormAvenir, Carrière au féminin, job coaching
   50+) against one ZEN ``evaluate`` of a GoRules decision model holding the
   same three rules, on the persons whose facts read by the three rules are
   all known (ZEN's model is two-valued); the outcomes must agree there.
3. ``eligible_measures(person, on=...)`` over the whole catalogue: median µs
   per person, ≤ 40 µs; the baseline is one ``check`` per measure of the
   catalogue on the same person.
4. The columnar engine against hand-written numpy on the same encodings
   (``int32`` yyyymmdd births, ``int16`` category codes, ``uint32`` set
   masks, ``bool`` values and "known" masks), FormAvenir's rule, with every
   fact known (≤ 1.5×) and with 10 % of each fact unknown, the missing facts
   of the undetermined rows included (≤ 3×). The outcome codes (and missing
   masks) must be identical. Building the encodings is not timed.
5. ``import integration_rules``: median cumulative µs of its line in
   ``python -X importtime``, each run in a fresh interpreter, ≤ 80 ms; the
   baseline is the wall time of ``python -c pass``.

Prints one Markdown table: | target | measured | target value | baseline | ratio | met? |.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import gc
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any, Final, NamedTuple

import numpy as np

import integration_rules
from integration_rules import Outcome, Person, catalog, check, eligible_measures
from integration_rules.columnar import (
    FACT_BITS,
    Column,
    Columns,
    date_key,
    evaluate_rules,
)
from integration_rules.facts import DIFFICULTY_KINDS
from integration_rules.measures import MEASURES
from integration_rules.measures import formavenir as formavenir_module

Array = np.ndarray[Any, Any]

ON: Final = dt.date(2024, 3, 1)
FORMAVENIR: Final = "formavenir"
THREE: Final = ("formavenir", "carriere-au-feminin", "job-coaching-50-plus")
DOMICILES: Final = ("CH-VS", "CH-JU", "FR-63")
STATUSES: Final = ("swiss", "C", "B", "F", "N")
UNKNOWN: Final = 0.10
SEED: Final = 20241122

# FormAvenir as written by hand (checked against the library's parameters in `check_reference`).
CANTON: Final = "CH-VS"
MIN_AGE: Final = 15
MAX_AGE: Final = 25
MIN_KINDS: Final = 2
PILOT_START: Final = dt.date(2023, 8, 1)
PILOT_END: Final = dt.date(2026, 7, 31)
KINDS: Final = frozenset({"social", "personal", "professional", "scholastic"})
NOTHING: Final[frozenset[str]] = frozenset()


class Mismatch(RuntimeError):
    """A baseline disagrees with the library: its figure would compare different work."""


# -- the table -------------------------------------------------------------------------------


class Row(NamedTuple):
    """One line of the table."""

    target: str
    measured: str
    value: str
    baseline: str
    ratio: str
    met: str

    def __str__(self) -> str:
        return "| " + " | ".join(self) + " |"


def yes(met: bool) -> str:
    return "yes" if met else "**no**"


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# -- persons ---------------------------------------------------------------------------------


def caseload(size: int, seed: int = SEED) -> list[Person]:
    """Deterministic synthetic persons; each fact is unknown with probability 10 %."""
    rng = random.Random(seed)

    def maybe(value: object) -> object:
        return None if rng.random() < UNKNOWN else value

    first = dt.date(1955, 1, 1)
    span = (dt.date(2009, 12, 31) - first).days
    people = []
    for _ in range(size):
        born = first + dt.timedelta(days=rng.randrange(span))
        people.append(
            Person(
                birth_date=maybe(born),
                sex=maybe(rng.choice(("F", "M"))),
                domicile=maybe(
                    rng.choice(("CH-VS", "CH-VS", "CH-VS", "CH-JU", "FR-63"))
                ),
                residence_status=maybe(rng.choice(STATUSES)),
                apprenticeship_contract=maybe(rng.random() < 0.5),
                difficulties=maybe(
                    frozenset(k for k in sorted(KINDS) if rng.random() < 0.4)
                ),
                registered_job_seeker=maybe(rng.random() < 0.4),
                hard_to_place=maybe(rng.random() < 0.5),
                wants_to_resume_work=maybe(rng.random() < 0.5),
            )
        )
    return people


# -- timing helpers --------------------------------------------------------------------------


def interleaved(
    functions: Sequence[Callable[[Any], object]], items: Sequence[Any], passes: int
) -> list[list[float]]:
    """µs per call of each function on each item, the functions taking turns on every item."""
    samples: list[list[float]] = [[] for _ in functions]
    clock = time.perf_counter_ns
    for _ in range(passes):
        for item in items:
            for function, found in zip(functions, samples, strict=True):
                start = clock()
                function(item)
                found.append((clock() - start) / 1000)
    return samples


def repeated(
    functions: Sequence[Callable[[], object]], repeat: int
) -> list[list[float]]:
    """Seconds per call of each function, *repeat* times, taking turns."""
    samples: list[list[float]] = [[] for _ in functions]
    for _ in range(repeat):
        for function, found in zip(functions, samples, strict=True):
            gc.collect()
            start = time.perf_counter()
            function()
            found.append(time.perf_counter() - start)
    return samples


# -- 1. check against a plain-Python FormAvenir ----------------------------------------------


def completed_years(born: dt.date, on: dt.date) -> int:
    """Whole years from *born* to *on*; a 29 February birthday falls on 28 February in a common year."""
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
        if (
            (born.month, born.day) == (2, 29)
            and (on.month, on.day) == (2, 28)
            and not calendar.isleap(on.year)
        ):
            years += 1
    return years


def plain_formavenir(person: Person, on: dt.date) -> tuple[Outcome, frozenset[str]]:
    """FormAvenir in plain Python, three-valued: the outcome and the facts that could decide it.

    Kleene's conjunction: one known condition that fails makes it
    ineligible; otherwise an unknown fact leaves it undetermined, and the
    unknown facts are the missing ones.
    """
    if not PILOT_START <= on <= PILOT_END:
        return Outcome.INELIGIBLE, NOTHING
    domicile = person.domicile
    born = person.birth_date
    contract = person.apprenticeship_contract
    difficulties = person.difficulties
    if (
        (domicile is not None and domicile != CANTON)
        or (born is not None and not MIN_AGE <= completed_years(born, on) <= MAX_AGE)
        or contract is False
        or (difficulties is not None and len(difficulties & KINDS) < MIN_KINDS)
    ):
        return Outcome.INELIGIBLE, NOTHING
    if domicile is None or born is None or contract is None or difficulties is None:
        facts = (
            ("domicile", domicile),
            ("birth_date", born),
            ("apprenticeship_contract", contract),
            ("difficulties", difficulties),
        )
        return Outcome.UNDETERMINED, frozenset(n for n, v in facts if v is None)
    return Outcome.ELIGIBLE, NOTHING


def check_reference(people: Sequence[Person]) -> None:
    """The hand-written rule reads the library's parameters and agrees with `check` on every person."""
    library = (
        formavenir_module.CANTON.value,
        formavenir_module.MIN_AGE.value,
        formavenir_module.MAX_AGE.value,
        formavenir_module.MIN_DIFFICULTY_KINDS.value,
        formavenir_module.PILOT_START.value,
        formavenir_module.PILOT_END,
        frozenset(DIFFICULTY_KINDS),
    )
    mine = (CANTON, MIN_AGE, MAX_AGE, MIN_KINDS, PILOT_START, PILOT_END, KINDS)
    if library != mine:
        raise Mismatch(
            f"FormAvenir's parameters are now {library}, the reference has {mine}"
        )
    for index, person in enumerate(people):
        decision = check(person, FORMAVENIR, on=ON)
        expected = (decision.outcome, decision.missing)
        found = plain_formavenir(person, ON)
        if found != expected:
            raise Mismatch(
                f"person {index}: check gives {expected}, the plain-Python reference {found}; {person!r}"
            )


# -- 2. three checks against ZEN ------------------------------------------------------------


def zen_module() -> ModuleType | None:
    """The ``zen`` module of the ``zen-engine`` package, if installed."""
    try:
        import zen  # noqa: PLC0415 - an optional dependency
    except ImportError:
        return None
    return zen


def zen_model() -> dict[str, Any]:
    """The three rules as a GoRules decision model: input, one expression node, output.

    Dates are ``yyyymmdd`` integers (ZEN's ``d(...).add(n, 'y')`` gives
    "Invalid date" from a 29 February); ``on - 150000`` is the key of the day
    15 years before ``on``, so ``birth_date <= on - 150000`` is "15 or
    older" (exact unless *on* is a 28 February, which this run's date is not).
    """
    kinds = ", ".join(f"'{k}'" for k in sorted(KINDS))
    rules = {
        "formavenir": (
            "on >= 20230801 and on <= 20260731 and domicile == 'CH-VS'"
            " and birth_date <= on - 150000 and birth_date > on - 260000"
            " and apprenticeship_contract == true"
            f" and len(filter(difficulties, # in [{kinds}])) >= 2"
        ),
        "carriere-au-feminin": (
            "on >= 20230901 and sex == 'F' and domicile == 'CH-VS'"
            " and wants_to_resume_work == true"
        ),
        "job-coaching-50-plus": (
            "on >= 20200101 and on <= 20241231 and domicile == 'CH-VS'"
            " and registered_job_seeker == true and birth_date < on - 500000"
            " and hard_to_place == true"
        ),
    }
    expressions = [
        {"id": f"rule-{i}", "key": key, "value": value}
        for i, (key, value) in enumerate(rules.items())
    ]
    return {
        "nodes": [
            {
                "id": "request",
                "type": "inputNode",
                "name": "Request",
                "position": {"x": 0, "y": 0},
            },
            {
                "id": "rules",
                "type": "expressionNode",
                "name": "Rules",
                "position": {"x": 300, "y": 0},
                "content": {"expressions": expressions},
            },
            {
                "id": "response",
                "type": "outputNode",
                "name": "Response",
                "position": {"x": 600, "y": 0},
            },
        ],
        "edges": [
            {"id": "in", "sourceId": "request", "targetId": "rules", "type": "edge"},
            {"id": "out", "sourceId": "rules", "targetId": "response", "type": "edge"},
        ],
    }


def zen_context(person: Person) -> dict[str, Any]:
    """A person as ZEN's input: dates as yyyymmdd keys, sets as lists."""
    assert person.birth_date is not None  # noqa: S101 - only all-known persons get here
    assert person.difficulties is not None  # noqa: S101
    return {
        "on": date_key(ON),
        "birth_date": date_key(person.birth_date),
        "sex": person.sex,
        "domicile": person.domicile,
        "apprenticeship_contract": person.apprenticeship_contract,
        "difficulties": sorted(person.difficulties),
        "registered_job_seeker": person.registered_job_seeker,
        "hard_to_place": person.hard_to_place,
        "wants_to_resume_work": person.wants_to_resume_work,
    }


def three_checks(person: Person) -> None:
    check(person, "formavenir", on=ON)
    check(person, "carriere-au-feminin", on=ON)
    check(person, "job-coaching-50-plus", on=ON)


def zen_row(people: Sequence[Person], passes: int) -> tuple[Row, str | None]:
    """3 × check against one ZEN evaluate per person, on the persons whose facts are all known."""
    title = "3 × `check` per person vs one ZEN `evaluate` (3 rules)"
    zen = zen_module()
    if zen is None:
        return Row(title, "zen-engine not installed", "—", "—", "—", "—"), None
    read = frozenset().union(*(catalog()[m].rule.facts() for m in THREE))
    known = [p for p in people if all(getattr(p, name) is not None for name in read)]
    contexts = [zen_context(p) for p in known]
    # The engine's own evaluate with a static loader: ZenDecision.evaluate is much slower (see the note).
    engine = zen.ZenEngine(
        {"loader": {"type": "static", "content": {"three": zen_model()}}}
    )
    for index, (person, context) in enumerate(zip(known, contexts, strict=True)):
        result = engine.evaluate("three", context)["result"]
        for measure_id in THREE:
            expected = check(person, measure_id, on=ON).outcome is Outcome.ELIGIBLE
            if result[measure_id] is not expected:
                raise Mismatch(
                    f"person {index}, {measure_id}: check says {expected}, ZEN {result[measure_id]}; {context}"
                )
    pairs = list(zip(known, contexts, strict=True))
    ours, theirs = interleaved(
        [
            lambda pair: three_checks(pair[0]),
            lambda pair: engine.evaluate("three", pair[1]),
        ],
        pairs,
        passes,
    )
    mine, zen_time = statistics.median(ours), statistics.median(theirs)
    decision = engine.get_decision("three")
    slow = interleaved([decision.evaluate], contexts[:200], 1)[0]
    note = (
        f"ZEN: {len(known):,} persons with every fact of the three rules known; outcomes identical. "
        f"`ZenEngine.evaluate` with a static loader is timed; `ZenDecision.evaluate` on the same "
        f"model takes {statistics.median(slow):,.0f} µs median (200 persons)."
    )
    return (
        Row(
            title,
            f"{mine:.1f} µs",
            "— (ratio reported)",
            f"ZEN {zen_time:.1f} µs",
            f"{mine / zen_time:.2f}×",
            "—",
        ),
        note,
    )


# -- 4. columnar against hand-written numpy --------------------------------------------------


def encodings(size: int, unknown: float, seed: int = SEED) -> dict[str, Array]:
    """FormAvenir's four facts, encoded as the columns store them, with their known masks."""
    rng = np.random.default_rng(seed)
    born = np.datetime64("1955-01-01") + rng.integers(0, 365 * 55, size).astype(
        "timedelta64[D]"
    )
    years = born.astype("datetime64[Y]").astype(np.int32) + 1970
    months = born.astype("datetime64[M]").astype(np.int32) % 12 + 1
    days = (born - born.astype("datetime64[M]")).astype(np.int32) + 1
    data = {
        "birth_date": (years * 10000 + months * 100 + days).astype(np.int32),
        "domicile": rng.choice(np.array([0, 0, 0, 1, 2], dtype=np.int16), size),
        "apprenticeship_contract": rng.random(size) < 0.5,
        "difficulties": rng.integers(0, 16, size).astype(np.uint32),
    }
    for name in list(data):
        data[name + "#known"] = rng.random(size) >= unknown
    return data


def columns_of(data: dict[str, Array]) -> Columns:
    size = len(data["domicile"])
    kinds = {
        "birth_date": ("date", ()),
        "domicile": ("category", DOMICILES),
        "apprenticeship_contract": ("bool", ()),
        "difficulties": ("set", DIFFICULTY_KINDS),
    }
    return Columns(
        size,
        {
            name: Column(kind, data[name], data[name + "#known"], vocabulary)
            for name, (kind, vocabulary) in kinds.items()
        },
    )


def threshold(on: dt.date, years: int) -> int:
    """The largest yyyymmdd birth key that has *years* whole years on *on*.

    A 29 February birthday falls on 28 February in a common year, so on such
    a 28 February the key of the 29th is included.
    """
    key = date_key(on) - years * 10000
    if (on.month, on.day) == (2, 28) and not calendar.isleap(on.year):
        key += 1
    return key


def popcount(values: Array) -> Array:
    count = getattr(np, "bitwise_count", None)
    if count is not None:
        return np.asarray(count(values))
    as_bytes = np.ascontiguousarray(values, dtype=np.uint32).view(np.uint8)
    table = np.array([i.bit_count() for i in range(256)], dtype=np.uint8)
    return np.asarray(table[as_bytes].reshape(-1, 4).sum(axis=1))


def numpy_conditions(data: dict[str, Array], on: dt.date) -> list[Array]:
    """FormAvenir's four conditions, true or false on every row (meaningless where a fact is unknown)."""
    births = data["birth_date"]
    kinds_mask = np.uint32(sum(1 << DIFFICULTY_KINDS.index(k) for k in KINDS))
    return [
        data["domicile"] == DOMICILES.index(CANTON),
        (births <= threshold(on, MIN_AGE)) & (births > threshold(on, MAX_AGE + 1)),
        data["apprenticeship_contract"],
        popcount(data["difficulties"] & kinds_mask) >= MIN_KINDS,
    ]


def numpy_all_known(data: dict[str, Array], on: dt.date) -> Array:
    """FormAvenir's codes when every fact is known: 2 eligible, 0 ineligible."""
    if not PILOT_START <= on <= PILOT_END:
        return np.zeros(len(data["domicile"]), dtype=np.int8)
    domicile, age, contract, difficulties = numpy_conditions(data, on)
    holds = domicile & age
    holds &= contract
    holds &= difficulties
    return np.left_shift(holds.view(np.int8), 1)


FOUR: Final = ("domicile", "birth_date", "apprenticeship_contract", "difficulties")


def numpy_three_valued(data: dict[str, Array], on: dt.date) -> tuple[Array, Array]:
    """FormAvenir's codes (0, 1 undetermined, 2) and the missing-fact masks of the undetermined rows."""
    size = len(data["domicile"])
    missing = np.zeros(size, dtype=np.int64)
    if not PILOT_START <= on <= PILOT_END:
        return np.zeros(size, dtype=np.int8), missing
    conditions = numpy_conditions(data, on)
    known = [data[name + "#known"] for name in FOUR]
    fails = np.zeros(size, dtype=bool)
    all_known = np.ones(size, dtype=bool)
    for holds, is_known in zip(conditions, known, strict=True):
        fails |= is_known & ~holds
        all_known &= is_known
    # Not failed: 1, or 2 when every fact is known.
    codes = np.logical_not(fails).view(np.int8)
    codes = codes + (codes & all_known.view(np.int8))
    rows = np.flatnonzero(codes == 1)
    masks = np.zeros(len(rows), dtype=np.int64)
    for name, is_known in zip(FOUR, known, strict=True):
        masks |= np.logical_not(is_known[rows]).astype(np.int64) << FACT_BITS[name]
    missing[rows] = masks
    return codes, missing


def compared(
    label: str,
    target: float,
    library: Callable[[], object],
    by_hand: Callable[[], object],
    repeat: int,
) -> Row:
    """The library against hand-written numpy: medians of *repeat* runs each, taking turns."""
    lib_times, hand_times = repeated([library, by_hand], repeat)
    lib, hand = statistics.median(lib_times), statistics.median(hand_times)
    return Row(
        label,
        f"{lib * 1000:.1f} ms",
        f"≤ {target:g}× numpy",
        f"numpy {hand * 1000:.1f} ms",
        f"{lib / hand:.2f}×",
        yes(lib / hand <= target),
    )


def columnar_all_known(rows: int, repeat: int, *, fresh: bool = False) -> Row:
    """FormAvenir over columns where every fact is known: outcome codes only.

    With *fresh*, each run evaluates new columns (built before the clock
    starts), so that nothing computed by an earlier run is reused: the
    results that depend on the columns alone (a domicile test, a popcount)
    are kept on the immutable columns, and a second evaluation reads them.
    """
    rule = catalog()[FORMAVENIR].rule
    data = encodings(rows, 0.0)
    columns = columns_of(data)
    spare = [columns_of(data) for _ in range(repeat + 1)] if fresh else []

    def library() -> Array:
        used = spare.pop() if fresh else columns
        return evaluate_rules([rule], used, on=ON)[0].outcomes

    def by_hand() -> Array:
        return numpy_all_known(data, ON)

    if not np.array_equal(library(), by_hand()):
        raise Mismatch(
            "columnar and hand-written numpy outcome codes differ (all known)"
        )
    when = "first evaluation of new columns" if fresh else "columns evaluated before"
    return compared(
        f"columnar FormAvenir, {rows:,} rows, every fact known ({when})",
        1.5,
        library,
        by_hand,
        repeat,
    )


def columnar_unknowns(rows: int, repeat: int, *, fresh: bool = False) -> Row:
    """FormAvenir over columns with 10 % of each fact unknown: codes and the missing facts of undetermined rows."""
    rule = catalog()[FORMAVENIR].rule
    data = encodings(rows, UNKNOWN)
    columns = columns_of(data)
    spare = [columns_of(data) for _ in range(repeat + 1)] if fresh else []

    def library() -> tuple[Array, Array]:
        used = spare.pop() if fresh else columns
        result = evaluate_rules([rule], used, on=ON)[0]
        return result.outcomes, result.missing

    def by_hand() -> tuple[Array, Array]:
        return numpy_three_valued(data, ON)

    (codes, missing), (my_codes, my_missing) = library(), by_hand()
    if not np.array_equal(codes, my_codes):
        raise Mismatch(
            "columnar and hand-written numpy outcome codes differ (unknowns)"
        )
    if not np.array_equal(missing, my_missing):
        raise Mismatch("columnar and hand-written numpy missing masks differ")
    if not (codes == 1).any():
        raise Mismatch("no undetermined row: the missing facts would not be timed")
    return compared(
        f"columnar FormAvenir, {rows:,} rows, {UNKNOWN:.0%} of each fact unknown, missing facts included"
        f" ({'first evaluation of new columns' if fresh else 'columns evaluated before'})",
        3.0,
        library,
        by_hand,
        repeat,
    )


def columnar_note(rows: int, repeat: int) -> str:
    """What the columnar rows leave out of their timings."""
    data = encodings(rows, UNKNOWN)
    start = time.perf_counter()
    columns_of(data)
    build = time.perf_counter() - start
    return (
        f"Columnar: medians of {repeat} runs, library and numpy taking turns. Not timed: building "
        f"the `Column`s, which also derives their `known2`/`unknown8`/leap-day arrays "
        f"({build * 1000:.1f} ms for {rows:,} rows with unknowns); the hand-written numpy reads "
        f"only the values and known masks."
    )


# -- 5. import time --------------------------------------------------------------------------


class ImportTimes(NamedTuple):
    """Medians over fresh interpreters, in µs."""

    cumulative: float  # integration_rules's line of -X importtime
    startup: float  # wall time of python -c pass
    import_cpu: float  # CPU time (user + system) of the -X importtime run
    startup_cpu: float  # CPU time of python -c pass


def child_cpu() -> float:
    """CPU seconds used so far by this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def importtime_line(stderr: str) -> int:
    """The cumulative µs of ``integration_rules`` in ``-X importtime`` output (lines: self | cumulative | name)."""
    for line in stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[2].strip() == "integration_rules":
            return int(parts[1])
    raise Mismatch(f"no integration_rules line in -X importtime output:\n{stderr}")


def import_times(runs: int) -> ImportTimes:
    """``import integration_rules`` under ``-X importtime`` and ``python -c pass``, *runs* fresh interpreters each.

    Bytecode is cached, as on a user's machine, but in a temporary
    ``PYTHONPYCACHEPREFIX`` (whatever ``PYTHONDONTWRITEBYTECODE`` says): two
    runs first warm the cache, so compiling is not timed.
    """
    command = [sys.executable, "-X", "importtime", "-c", "import integration_rules"]
    samples: list[list[float]] = [[], [], [], []]
    with tempfile.TemporaryDirectory(prefix="bench-core-pyc-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for _ in range(2):
            subprocess.run(command, capture_output=True, check=True, env=env)  # noqa: S603 - this Python, fixed arguments
        for _ in range(runs):
            cpu = child_cpu()
            done = subprocess.run(  # noqa: S603 - this Python, fixed arguments
                command, capture_output=True, text=True, check=True, env=env
            )
            samples[0].append(importtime_line(done.stderr))
            samples[2].append((child_cpu() - cpu) * 1e6)
            cpu, start = child_cpu(), time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True, env=env)
            samples[1].append((time.perf_counter() - start) * 1e6)
            samples[3].append((child_cpu() - cpu) * 1e6)
    return ImportTimes(*(statistics.median(found) for found in samples))


FIRST_CHECK: Final = (
    "from integration_rules import Person, check; "
    "check(Person(), 'formavenir', on='2024-03-01')"
)


def first_check_times(runs: int) -> tuple[float, float]:
    """Wall µs of a fresh interpreter importing the library and making one check, and of ``python -c pass``.

    What a program pays before its first answer: the names it uses are
    imported on first use, and the rule's plan is compiled on its first
    evaluation. Bytecode is cached as in :func:`import_times`.
    """
    samples: list[list[float]] = [[], []]
    with tempfile.TemporaryDirectory(prefix="bench-core-pyc-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for _ in range(2):
            subprocess.run([sys.executable, "-c", FIRST_CHECK], check=True, env=env)  # noqa: S603 - this Python, fixed arguments
        for _ in range(runs):
            for found, code in zip(samples, (FIRST_CHECK, "pass"), strict=True):
                start = time.perf_counter()
                subprocess.run([sys.executable, "-c", code], check=True, env=env)  # noqa: S603 - this Python, fixed arguments
                found.append((time.perf_counter() - start) * 1e6)
    return statistics.median(samples[0]), statistics.median(samples[1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--persons",
        type=int,
        help="persons for the per-person rows (20,000; 2,000 with --quick)",
    )
    parser.add_argument(
        "--rows",
        type=int,
        help="rows for the columnar rows (1,000,000; 100,000 with --quick)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="a smaller run, under two minutes"
    )
    args = parser.parse_args()
    persons = args.persons or (2_000 if args.quick else 20_000)
    rows = args.rows or (100_000 if args.quick else 1_000_000)
    passes, repeat, runs = (2, 15, 5) if args.quick else (3, 9, 9)
    load_before = load()

    people = caseload(persons)
    check_reference(people)
    for person in people[:500]:  # warm up
        three_checks(person)
        eligible_measures(person, on=ON)
    decision = check(people[0], FORMAVENIR, on=ON)
    if decision.explanation is None:
        raise Mismatch("check's explanation is not available on access")

    table: list[Row] = []
    notes: list[str] = []

    def nothing(_person: Person) -> None:
        return None

    checked, plain, empty = interleaved(
        [
            lambda p: check(p, FORMAVENIR, on=ON),
            lambda p: plain_formavenir(p, ON),
            nothing,
        ],
        people,
        passes,
    )
    mine, reference = statistics.median(checked), statistics.median(plain)
    table.append(
        Row(
            '`check(person, "formavenir", on=…)` per decision',
            f"{mine:.2f} µs",
            "≤ 3 µs",
            f"plain Python {reference:.2f} µs",
            f"{mine / reference:.2f}×",
            yes(mine <= 3),
        )
    )
    notes.append(
        f"Per-call figures include the harness (perf_counter_ns and a Python call): "
        f"{statistics.median(empty):.2f} µs median for an empty function. "
        f"The plain-Python FormAvenir agreed with `check` (outcome and missing facts) on all {persons:,} persons."
    )

    zen, zen_note = zen_row(people, passes)
    table.append(zen)
    if zen_note:
        notes.append(zen_note)

    all_measures = [m.id for m in MEASURES]

    def every_check(person: Person) -> None:
        for measure_id in all_measures:
            check(person, measure_id, on=ON)

    listed, separately = interleaved(
        [lambda p: eligible_measures(p, on=ON), every_check], people, 1
    )
    mine, baseline = statistics.median(listed), statistics.median(separately)
    table.append(
        Row(
            f"`eligible_measures(person, on=…)`, {len(all_measures)} measures, per person",
            f"{mine:.1f} µs",
            "≤ 40 µs",
            f"{len(all_measures)} × `check` {baseline:.1f} µs",
            f"{mine / baseline:.2f}×",
            yes(mine <= 40),
        )
    )

    table.append(columnar_all_known(rows, repeat, fresh=True))
    table.append(columnar_all_known(rows, repeat))
    table.append(columnar_unknowns(rows, repeat, fresh=True))
    table.append(columnar_unknowns(rows, repeat))
    notes.append(columnar_note(rows, repeat))

    imports = import_times(runs)
    table.append(
        Row(
            "`import integration_rules` (cumulative, `-X importtime`)",
            f"{imports.cumulative / 1000:.1f} ms",
            "≤ 80 ms",
            f"`python -c pass` {imports.startup / 1000:.1f} ms",
            f"{imports.cumulative / imports.startup:.2f}×",
            yes(imports.cumulative <= 80_000),
        )
    )
    first, bare = first_check_times(runs)
    table.append(
        Row(
            "a fresh interpreter: import, then one `check` (wall time)",
            f"{first / 1000:.1f} ms",
            "— (reported)",
            f"`python -c pass` {bare / 1000:.1f} ms",
            f"{first / bare:.2f}×",
            "—",
        )
    )
    notes.append(
        f"Import: medians of {runs} fresh interpreters each, bytecode cached "
        "(in a temporary `PYTHONPYCACHEPREFIX`, warmed by two runs first). CPU time "
        "(user + system, less sensitive to the load than wall time): "
        f"{imports.import_cpu / 1000:.0f} ms for the import run, "
        f"{imports.startup_cpu / 1000:.0f} ms for `python -c pass`."
    )

    print(
        f"bench_core — integration_rules {integration_rules.__version__}, Python "
        f"{platform.python_version()}, numpy {np.__version__}, {os.cpu_count()} CPUs; "
        f"{persons:,} persons ({UNKNOWN:.0%} of each fact unknown), {rows:,} rows, on {ON}\n"
    )
    print(f"Load average (1, 5, 15 min): before {load_before}; after {load()}\n")
    print("| target | measured | target value | baseline | ratio | met? |")
    print("| --- | ---: | ---: | ---: | ---: | :---: |")
    for row in table:
        print(row)
    print()
    for note in notes:
        print(f"- {note}")


if __name__ == "__main__":
    try:
        main()
    except Mismatch as error:
        sys.exit(f"bench_core: MISMATCH — {error}")
