"""A reform against the baseline over a caseload: who gains, who loses, and what it costs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from attrs import field, frozen

from integration_rules._core import (
    Decision,
    Money,
    Node,
    Outcome,
    Period,
    Text,
    as_date,
)
from integration_rules._core._ops import OUTCOMES
from integration_rules._core._text import Phrase
from integration_rules.batch import BatchResult, evaluate_many, evaluate_table
from integration_rules.batch._dask import evaluate_partitions, is_dask_frame
from integration_rules.errors import InvalidArgument, quote
from integration_rules.explain.notebook import Displayable
from integration_rules.facts import Person
from integration_rules.measures import CATALOGUE, Catalogue, Measure

#: What a side of a comparison may be: measure ids or values, several, or a catalogue.
Side = str | Measure | Iterable[str | Measure] | Catalogue

#: The kinds of change between two outcomes, in the order the counts list them.
KINDS: Final = ("unchanged", "gained", "lost", "to_undetermined", "from_undetermined")


def kind_of(before: Outcome, after: Outcome) -> str:
    """The kind of change from *before* to *after*.

    ``gained``: ineligible → eligible; ``lost``: eligible → ineligible;
    ``to_undetermined``: decided → undetermined; ``from_undetermined``:
    undetermined → decided; ``unchanged`` otherwise.
    """
    if before is after:
        return "unchanged"
    if after is Outcome.UNDETERMINED:
        return "to_undetermined"
    if before is Outcome.UNDETERMINED:
        return "from_undetermined"
    return "gained" if after is Outcome.ELIGIBLE else "lost"


@frozen
class OutcomeChange:
    """A person whose outcome for a measure differs between the baseline and the scenario.

    Attributes:
        row: The row of the caseload (from 0).
        key: The row's key (a case number), or its row.
        measure: The measure id.
        on: The evaluation date.
        before: The outcome with the baseline.
        after: The outcome with the scenario.
    """

    row: int
    key: Any
    measure: str
    on: dt.date
    before: Outcome
    after: Outcome

    @property
    def kind(self) -> str:
        """``gained``, ``lost``, ``to_undetermined`` or ``from_undetermined``."""
        return kind_of(self.before, self.after)

    def __repr__(self) -> str:
        # The row and the outcomes only: a change may end up in a log.
        return (
            f"OutcomeChange(row={self.row}, measure={self.measure!r}, on={self.on.isoformat()}, "
            f"before={self.before.value}, after={self.after.value})"
        )


@frozen
class ConditionChange:
    """A condition of a measure whose outcome differs between the two sides, for one person.

    Attributes:
        rule_id: The condition's id.
        label: What it says, in three languages.
        before: Its outcome with the baseline (``None``: the baseline has no such condition).
        after: Its outcome with the scenario (``None``: the scenario has none).
        parameters: The parameters it reads whose value differs: id, value
            before, value after.
    """

    rule_id: str
    label: Text | Phrase
    before: Outcome | None
    after: Outcome | None
    parameters: tuple[tuple[str, Any, Any], ...] = ()


@frozen
class Places:
    """What a measure's take-up means in places and money on one side of a comparison.

    Attributes:
        eligible: The persons eligible.
        capacity: The places a year (``None``: the sources give none).
        price: The price per participant (``None``: the sources give none).
    """

    eligible: int
    capacity: int | None
    price: Money | None

    @property
    def exceeded(self) -> bool:
        """Whether more persons are eligible than there are places."""
        return self.capacity is not None and self.eligible > self.capacity

    @property
    def cost(self) -> Money | None:
        """What the persons eligible cost at the measure's price."""
        return None if self.price is None else self.price * self.eligible


def _side(side: Side, catalogue: Catalogue, name: str) -> tuple[Measure, ...]:
    if isinstance(side, Catalogue):
        return side.measures
    if isinstance(side, str | Measure):
        return (catalogue.find(side),)
    if isinstance(side, Iterable):
        found = tuple(catalogue.find(m) for m in side)
        if not found:
            raise InvalidArgument(name, "expected at least one measure, got none")
        return found
    raise InvalidArgument(
        name,
        f"expected a measure id, a Measure, several of them or a Catalogue, got {quote(side)}",
    )


def _dates(on: dt.date | str | Period | Sequence[dt.date | str]) -> tuple[dt.date, ...]:
    """One date, several, or the first day of each month of a period (its start first)."""
    if isinstance(on, Period):
        start, end = on.start, on.end
        if start is None or end is None:
            raise InvalidArgument(
                "on", "expected a period with a start and an end, got an open one"
            )
        days = [start]
        month = dt.date(start.year, start.month, 1)
        while True:
            month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
            if month > end:
                break
            days.append(month)
        return tuple(days)
    if isinstance(on, str | dt.date):
        return (as_date(on, "on"),)
    given: object = on  # a caller's value may be anything
    days = (
        sorted({as_date(day, "on") for day in on})
        if isinstance(given, Sequence)
        else []
    )
    if not days:
        raise InvalidArgument(
            "on", f"expected a date, several dates or a Period, got {quote(on)}"
        )
    return tuple(days)


@frozen(repr=False)
class Comparison(Displayable):
    """A scenario against the baseline over one caseload, on one date or several.

    Attributes:
        dates: The evaluation dates.
        measures: The measure ids compared, in order.
        baseline: The batch result of the baseline on each date.
        scenario: The batch result of the scenario on each date.
    """

    dates: tuple[dt.date, ...]
    measures: tuple[str, ...]
    baseline: Mapping[dt.date, BatchResult]
    scenario: Mapping[dt.date, BatchResult]
    _changes: list[tuple[OutcomeChange, ...]] = field(
        init=False, factory=list, eq=False, repr=False
    )

    def __repr__(self) -> str:
        # Counts only: rows hold personal facts.
        return (
            f"Comparison(dates={[d.isoformat() for d in self.dates]}, "
            f"measures={list(self.measures)!r}, persons={self.size}, changes={len(self.changes)})"
        )

    @property
    def size(self) -> int:
        """The number of persons of the caseload."""
        return self.baseline[self.dates[0]].size

    def _day(self, on: dt.date | str | None) -> dt.date:
        if on is None:
            if len(self.dates) > 1:
                raise InvalidArgument(
                    "on", "expected one of the comparison's dates: it has several"
                )
            return self.dates[0]
        day = as_date(on, "on")
        if day not in self.baseline:
            shown = ", ".join(d.isoformat() for d in self.dates)
            raise InvalidArgument("on", f"expected one of {shown}, got {quote(on)}")
        return day

    def _measure(self, measure_id: str) -> str:
        if measure_id not in self.measures:
            raise InvalidArgument(
                "measure_id",
                f"expected one of {', '.join(map(quote, self.measures))}, got {quote(measure_id)}",
            )
        return measure_id

    def _codes(self, day: dt.date, measure_id: str) -> tuple[Any, Any, set[int]]:
        """The outcome codes on each side, and the rows in error on either.

        A measure one side does not have is *ineligible* on that side: it
        is not offered there.
        """
        before, after = self.baseline[day], self.scenario[day]
        none = (0,) * self.size
        old = before.outcomes.get(measure_id, none)
        new = after.outcomes.get(measure_id, none)
        return old, new, set(before.errors) | set(after.errors)

    def _transitions(
        self, day: dt.date, measure_id: str
    ) -> tuple[list[int], list[tuple[int, int, int]]]:
        """The rows per pair of codes (9 counts, ``3 * before + after``), and the changed rows.

        With numpy, from the arrays at once; without it, row by row.
        """
        old, new, failed = self._codes(day, measure_id)
        try:
            import numpy as np  # noqa: PLC0415 - optional: faster over large caseloads
        except ImportError:  # pragma: no cover - numpy is a dev dependency
            counts = [0] * 9
            changed = []
            for row, (first, second) in enumerate(zip(old, new, strict=True)):
                if row in failed:
                    continue
                counts[3 * int(first) + int(second)] += 1
                if first != second:
                    changed.append((row, int(first), int(second)))
            return counts, changed
        first, second = np.asarray(old, dtype=np.int64), np.asarray(new, dtype=np.int64)
        valid = np.ones(self.size, dtype=bool)
        valid[sorted(failed)] = False
        pairs = np.bincount(3 * first[valid] + second[valid], minlength=9).tolist()
        rows = np.flatnonzero(valid & (first != second))
        return pairs, list(
            zip(rows.tolist(), first[rows].tolist(), second[rows].tolist(), strict=True)
        )

    @property
    def changes(self) -> tuple[OutcomeChange, ...]:
        """Every (person, measure, date) whose outcome changed, by date, then row, then measure."""
        if not self._changes:
            found = []
            for day in self.dates:
                keys = self.baseline[day].keys
                per_day = [
                    OutcomeChange(row, keys[row], measure_id, day, OUTCOMES[a], OUTCOMES[b])
                    for measure_id in self.measures
                    for row, a, b in self._transitions(day, measure_id)[1]
                ]
                order = {m: i for i, m in enumerate(self.measures)}
                found.extend(sorted(per_day, key=lambda c: (c.row, order[c.measure])))
            self._changes.append(tuple(found))
        return self._changes[0]

    def counts(
        self, measure_id: str, *, on: dt.date | str | None = None
    ) -> dict[str, int]:
        """The persons per kind of change for *measure_id* on *on* (the only date by default).

        The keys are ``unchanged``, ``gained``, ``lost``, ``to_undetermined``,
        ``from_undetermined`` (see :func:`kind_of`) and ``error`` (rows not
        evaluated on a side); they add up to the caseload's size.
        """
        day, measure_id = self._day(on), self._measure(measure_id)
        counts = dict.fromkeys((*KINDS, "error"), 0)
        pairs = self._transitions(day, measure_id)[0]
        for code, persons in enumerate(pairs):
            counts[kind_of(OUTCOMES[code // 3], OUTCOMES[code % 3])] += persons
        counts["error"] = self.size - sum(pairs)
        return counts

    def places(
        self, measure_id: str, *, on: dt.date | str | None = None
    ) -> tuple[Places, Places]:
        """The persons eligible, the places and the cost with the baseline and with the scenario."""
        day, measure_id = self._day(on), self._measure(measure_id)
        sides = []
        for result in (self.baseline[day], self.scenario[day]):
            found = result.measure_values.get(measure_id)
            if found is None:  # not offered on this side
                sides.append(Places(0, None, None))
                continue
            codes, failed = result.outcomes[measure_id], result.errors
            eligible = sum(
                1
                for row, code in enumerate(codes)
                if code == 2 and row not in failed  # noqa: PLR2004 - the code of ELIGIBLE
            )
            capacity = None if found.capacity is None else found.capacity.value_on(day)
            price = None if found.price is None else found.price.value_on(day)
            sides.append(Places(eligible, capacity, price))
        return sides[0], sides[1]

    def why(self, change: OutcomeChange) -> tuple[ConditionChange, ...]:
        """The conditions that made the difference for *change*, from the two explanations.

        Each condition (and, inside it, each part) whose outcome differs
        between the baseline's explanation and the scenario's, with the
        parameters whose value differs.
        """
        sides = []
        for result in (self.baseline[change.on], self.scenario[change.on]):
            offered = change.measure in result.measure_values
            sides.append(
                result.decision(change.row, change.measure) if offered else None
            )
        return differences(sides[0], sides[1])

    def to_dict(self) -> dict[str, Any]:
        """The counts and places per date and measure, as JSON-ready data (no personal fact)."""
        return {
            "dates": [d.isoformat() for d in self.dates],
            "measures": list(self.measures),
            "persons": self.size,
            "by_date": {
                day.isoformat(): {
                    measure_id: {
                        "counts": self.counts(measure_id, on=day),
                        "baseline": _places_dict(self.places(measure_id, on=day)[0]),
                        "scenario": _places_dict(self.places(measure_id, on=day)[1]),
                    }
                    for measure_id in self.measures
                }
                for day in self.dates
            },
        }

    def to_frame(self) -> Any:
        """Every (date, person, measure) with both outcomes, as a pandas DataFrame.

        Columns: ``on``, ``row``, ``key``, ``measure``, ``before``, ``after``
        (outcome values, missing for a row in error) and ``change`` (its
        kind, or ``"error"``); ``measure``, ``before``, ``after`` and
        ``change`` are categoricals. Built from the outcome arrays, not row
        by row. Needs pandas.
        """
        import numpy as np  # noqa: PLC0415 - optional dependency
        import pandas as pd  # type: ignore[import-untyped]  # noqa: PLC0415 - optional dependency

        outcomes = ["ineligible", "undetermined", "eligible"]
        changes = [*KINDS, "error"]
        kinds = np.array(
            [
                [changes.index(kind_of(OUTCOMES[a], OUTCOMES[b])) for b in range(3)]
                for a in range(3)
            ]
        )
        parts: dict[str, list[Any]] = {
            name: []
            for name in ("on", "row", "key", "measure", "before", "after", "change")
        }
        rows = np.arange(self.size)
        for day in self.dates:
            before, after = self.baseline[day], self.scenario[day]
            keys = np.empty(self.size, dtype=object)
            keys[:] = before.keys
            failed = np.zeros(self.size, dtype=bool)
            failed[sorted(set(before.errors) | set(after.errors))] = True
            none = np.zeros(self.size, dtype=np.int8)
            for index, measure_id in enumerate(self.measures):
                old = np.asarray(before.outcomes.get(measure_id, none), dtype=np.int64)
                new = np.asarray(after.outcomes.get(measure_id, none), dtype=np.int64)
                parts["on"].append(np.full(self.size, np.datetime64(day, "D")))
                parts["row"].append(rows)
                parts["key"].append(keys)
                parts["measure"].append(np.full(self.size, index))
                parts["before"].append(np.where(failed, -1, old))
                parts["after"].append(np.where(failed, -1, new))
                parts["change"].append(np.where(failed, len(KINDS), kinds[old, new]))
        joined = {
            name: np.concatenate(arrays) if arrays else np.array([])
            for name, arrays in parts.items()
        }
        return pd.DataFrame(
            {
                "on": joined["on"].astype("datetime64[s]"),
                "row": joined["row"],
                "key": joined["key"],
                "measure": pd.Categorical.from_codes(
                    joined["measure"], categories=list(self.measures)
                ),
                "before": pd.Categorical.from_codes(
                    joined["before"], categories=outcomes
                ),
                "after": pd.Categorical.from_codes(
                    joined["after"], categories=outcomes
                ),
                "change": pd.Categorical.from_codes(
                    joined["change"], categories=changes
                ),
            }
        )

    def explain(self, lang: str = "fr") -> str:
        """The counts, places and cost per date and measure, as text in *lang*."""
        from integration_rules.explain import text  # noqa: PLC0415 - rendering at the edge

        return text.comparison(self, lang)

    def html(self, lang: str = "fr") -> str:
        """The counts as a table and a chart in *lang*."""
        from integration_rules.explain import html  # noqa: PLC0415 - rendering at the edge

        return html.comparison(self, lang)


def _places_dict(places: Places) -> dict[str, Any]:
    return {
        "eligible": places.eligible,
        "capacity": places.capacity,
        "exceeded": places.exceeded,
        "price": None if places.price is None else places.price.to_dict(),
        "cost": None if places.cost is None else places.cost.to_dict(),
    }


def _by_id(node: Node) -> dict[str, Node]:
    return {n.rule_id: n for n in node.walk()}


def differences(
    before: Decision | None, after: Decision | None
) -> tuple[ConditionChange, ...]:
    """The parts of two explanations of one measure whose outcome differs, outermost first.

    ``None`` stands for a side where the measure is not offered: every part
    of the other side's explanation is then a difference.
    """
    old = {} if before is None else _by_id(before.explanation)
    new = {} if after is None else _by_id(after.explanation)
    found = []
    for rule_id in [*old, *(i for i in new if i not in old)]:
        first, second = old.get(rule_id), new.get(rule_id)
        if first is not None and second is not None and first.outcome is second.outcome:
            continue
        shown = second if second is not None else first
        assert shown is not None  # noqa: S101 - one of the two holds the id
        values_before = {p.id: p.value for p in (first.parameters if first else ())}
        values_after = {p.id: p.value for p in (second.parameters if second else ())}
        changed = tuple(
            (pid, values_before.get(pid), values_after.get(pid))
            for pid in sorted(set(values_before) | set(values_after))
            if values_before.get(pid) != values_after.get(pid)
        )
        found.append(
            ConditionChange(
                rule_id,
                shown.label,
                None if first is None else first.outcome,
                None if second is None else second.outcome,
                changed,
            )
        )
    return tuple(found)


def compare(
    caseload: Iterable[Person] | Any,
    baseline: Side,
    scenario: Side,
    *,
    on: dt.date | str | Period | Sequence[dt.date | str],
    catalogue: Catalogue | None = None,
    key: str | None = None,
    keys: Iterable[Any] | None = None,
) -> Comparison:
    """Evaluate *caseload* with the *baseline* measures and with the *scenario* ones, and compare.

    Args:
        caseload: Persons, or a table (a mapping of columns, a pandas
            DataFrame, a pyarrow Table) as :func:`~integration_rules.batch.evaluate_table`
            reads it, or a Dask DataFrame, evaluated partition by partition
            on the cluster Dask is pointed at (the ``dask`` extra).
        baseline: The measures as they are: ids or :class:`~integration_rules.Measure`
            values, several, or a :class:`~integration_rules.Catalogue`.
        scenario: The measures as the reform would have them, e.g.
            ``measure("formavenir").with_parameters({...})``. Measures are
            paired by id; a measure on one side only is compared with
            *ineligible* on the other (it is not offered there).
        on: One date, several, or a :class:`~integration_rules.rules.Period`
            (the first day of each of its months, its start first).
        catalogue: Where ids are looked up (the library's measures by default).
        key: For a table: the column of case numbers.
        keys: For persons: a key per person (case numbers); the row by default.

    Returns:
        A :class:`Comparison`: per person and measure the outcome on each
        side (:attr:`Comparison.changes` lists those that differ), the counts
        per kind of change, places and cost, and on demand the conditions
        that made the difference.

    Example:
        >>> from integration_rules import Person, measure
        >>> persons = [Person(birth_date="2007-09-03", domicile="CH-VS", apprenticeship_contract=True,
        ...                   difficulties=["social", "scholastic"])]
        >>> base = measure("formavenir")
        >>> reform = base.with_parameters({"formavenir.min_difficulty_kinds": 3})
        >>> result = compare(persons, [base], [reform], on="2024-03-01")
        >>> [(c.row, c.measure, c.before.value, c.after.value) for c in result.changes]
        [(0, 'formavenir', 'eligible', 'ineligible')]
        >>> result.counts("formavenir")["lost"]
        1
    """
    found = CATALOGUE if catalogue is None else catalogue
    old = _side(baseline, found, "baseline")
    new = _side(scenario, found, "scenario")
    days = _dates(on)
    ids = tuple(dict.fromkeys([*(m.id for m in old), *(m.id for m in new)]))
    if is_dask_frame(caseload):
        sides = [
            evaluate_partitions(
                caseload, measures, days, key=key, catalogue=_own(side, catalogue)
            )
            for measures, side in ((old, baseline), (new, scenario))
        ]
        return Comparison(
            days,
            ids,
            dict(zip(days, sides[0], strict=True)),
            dict(zip(days, sides[1], strict=True)),
        )
    people = _persons(caseload)
    given = None if keys is None else tuple(keys)
    before, after = {}, {}
    for day in days:
        before[day] = _evaluated(
            people, caseload, old, day, _own(baseline, catalogue), key, given
        )
        after[day] = _evaluated(
            people, caseload, new, day, _own(scenario, catalogue), key, given
        )
    return Comparison(days, ids, before, after)


def _own(side: Side, catalogue: Catalogue | None) -> Catalogue | None:
    """The catalogue a side is evaluated with: the one given, or the side's own."""
    if catalogue is None and isinstance(side, Catalogue):
        return side
    return catalogue


def _persons(caseload: Any) -> list[Person] | None:
    """The persons of *caseload*, or ``None`` for a table."""
    if (
        isinstance(caseload, Mapping)
        or hasattr(caseload, "columns")
        or hasattr(caseload, "to_pydict")
    ):
        return None
    if isinstance(caseload, str | bytes) or not isinstance(caseload, Iterable):
        raise InvalidArgument(
            "caseload",
            f"expected persons or a table (a mapping of columns, a DataFrame), got {quote(caseload)}",
        )
    return list(caseload)


def _evaluated(  # noqa: PLR0917 - a private helper of compare
    people: list[Person] | None,
    caseload: Any,
    measures: tuple[Measure, ...],
    day: dt.date,
    catalogue: Catalogue | None,
    key: str | None,
    keys: tuple[Any, ...] | None,
) -> BatchResult:
    if people is not None:
        return evaluate_many(people, measures, on=day, catalogue=catalogue, keys=keys)
    return evaluate_table(caseload, measures, on=day, key=key, catalogue=catalogue)
