"""Issue 14's target: a comparison on a fact of one's own costs no more than a category test.

Run:
    python benchmarks/bench_facts.py              # 1,000,000 persons, 15 rounds
    python benchmarks/bench_facts.py --rows 100000 --rounds 9

Needs the ``columnar`` extra (numpy). A schema extends the built-in facts with
an integer (``months_unemployed``), a decimal (``activity_rate``, 2 places)
and an amount (``household_income``, CHF); 10 % of every column is unknown.
Each round evaluates, on fresh columns (so that no result is reused from an
earlier round), and interleaved so that the machine's load touches them
alike:

- the baseline: a category comparison, ``compare("residence_status", "==", "B")``;
- ``compare("months_unemployed", ">=", 6)`` (the target: ≤ 1.5× the baseline);
- ``between("activity_rate", 0.2, 0.8)`` (as Decimals) and
  ``compare("household_income", "<", Money.of("3000"))``, for the record.

Each timing includes the outcome codes and the missing facts of the
undetermined rows. Building the columns is not timed. The outcomes are
checked against ``evaluate`` on a sample of rows before anything is timed.

Prints a Markdown table: | rule | median ms | ratio to the category test | target |.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import time
from decimal import Decimal
from typing import Any

import numpy as np

from integration_rules import Money
from integration_rules.columnar import Columns, evaluate_rules
from integration_rules.facts import FACTS, Fact, Schema
from integration_rules.rules import Rule, Text, between, compare, evaluate

ON = dt.date(2024, 3, 1)
STATUSES = ("B", "C", "F", "N", "S", "B-refugee")


def schema_of_own() -> Schema:
    """The built-in facts and three of one's own: an integer, a decimal, an amount."""
    return FACTS.extended(
        Fact.integer(
            "months_unemployed",
            minimum=0,
            label=Text("mois de chômage", "Monate arbeitslos", "months unemployed"),
        ),
        Fact.decimal(
            "activity_rate",
            places=2,
            minimum=0,
            maximum=1,
            label=Text("taux d'activité", "Beschäftigungsgrad", "activity rate"),
        ),
        Fact.money(
            "household_income",
            minimum=0,
            label=Text("revenu du ménage", "Haushaltseinkommen", "household income"),
        ),
    )


def caseload(rows: int, seed: int = 14) -> dict[str, list[Any]]:
    """The columns, 10 % of each unknown."""
    rng = random.Random(seed)

    def maybe(value: Any) -> Any:
        return None if rng.random() < 0.1 else value

    return {
        "residence_status": [maybe(rng.choice(STATUSES)) for _ in range(rows)],
        "months_unemployed": [maybe(rng.randrange(0, 60)) for _ in range(rows)],
        "activity_rate": [maybe(Decimal(rng.randrange(0, 101)) / 100) for _ in range(rows)],
        "household_income": [
            maybe(Money.of(Decimal(rng.randrange(0, 900_000)) / 100)) for _ in range(rows)
        ],
    }


def rules() -> dict[str, Rule]:
    """The rules timed, the category test first (the baseline)."""
    return {
        'compare("residence_status", "==", "B")': compare("residence_status", "==", "B"),
        'compare("months_unemployed", ">=", 6)': compare("months_unemployed", ">=", 6),
        'between("activity_rate", 0.20, 0.80)': between(
            "activity_rate", Decimal("0.20"), Decimal("0.80")
        ),
        'compare("household_income", "<", CHF 3000)': compare(
            "household_income", "<", Money.of("3000")
        ),
    }


def fresh(columns: Columns) -> Columns:
    """The same arrays as new columns: nothing computed by an earlier round is kept."""
    return Columns(columns.size, dict(columns.columns), columns.keys, schema=columns.schema)


def timed(rule: Rule, columns: Columns) -> float:
    """Milliseconds to evaluate *rule* on fresh columns, the missing facts included."""
    start = time.perf_counter()
    (result,) = evaluate_rules([rule], fresh(columns), on=ON)
    _ = result.missing
    return (time.perf_counter() - start) * 1000


def main() -> None:
    """Time the rules, check their answers on a sample, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()

    schema = schema_of_own()
    data = caseload(args.rows)
    columns = Columns.from_mapping(data, schema=schema)
    chosen = rules()

    sample = random.Random(1).sample(range(args.rows), min(args.rows, 2000))
    for rule in chosen.values():
        (result,) = evaluate_rules([rule], fresh(columns), on=ON)
        for row in sample:
            expected = evaluate(rule, {k: v[row] for k, v in data.items()}, on=ON)
            if result.outcome(row) is not expected.outcome or result.missing_set(row) != expected.missing:
                raise SystemExit(f"{rule.id}: row {row} differs from evaluate")
        for _ in range(2):  # warm up
            timed(rule, columns)

    times: dict[str, list[float]] = {name: [] for name in chosen}
    load_before = os.getloadavg()[0]
    for _ in range(args.rounds):
        for name, rule in chosen.items():
            times[name].append(timed(rule, columns))
    load_after = os.getloadavg()[0]

    medians = {name: statistics.median(values) for name, values in times.items()}
    baseline = next(iter(medians.values()))
    print(f"{args.rows:,} persons, {args.rounds} rounds, numpy {np.__version__}, "
          f"load {load_before:.2f} → {load_after:.2f}\n")
    print("| rule | median ms | ratio to the category test | target |")
    print("|---|---:|---:|---|")
    for index, (name, median) in enumerate(medians.items()):
        ratio = median / baseline
        target = {0: "baseline", 1: f"≤ 1.5× ({'met' if ratio <= 1.5 else 'NOT met'})"}.get(index, "")
        print(f"| `{name}` | {median:.2f} | {ratio:.2f}× | {target} |")


if __name__ == "__main__":
    main()
