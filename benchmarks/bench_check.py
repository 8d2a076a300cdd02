"""Time `check` per person and the rendering of its explanation.

Run: python benchmarks/bench_check.py [--persons N]

Prints a Markdown table: median and 95th-percentile microseconds per decision,
over a deterministic synthetic caseload with a share of unknown facts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from collections.abc import Callable

from integration_rules import Person, check

ON = dt.date(2024, 3, 1)
KINDS = ("social", "personal", "professional", "scholastic")


def caseload(size: int, seed: int = 20241122) -> list[Person]:
    """Deterministic synthetic persons; about one fact in five is unknown."""
    rng = random.Random(seed)

    def maybe(value: object) -> object:
        return None if rng.random() < 0.2 else value

    people = []
    for _ in range(size):
        born = dt.date(1990, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 20))
        people.append(
            Person(
                birth_date=maybe(born),
                domicile=maybe(rng.choice(["CH-VS", "CH-VS", "CH-JU", "FR-63"])),
                apprenticeship_contract=maybe(rng.random() < 0.6),
                difficulties=maybe(frozenset(k for k in KINDS if rng.random() < 0.4)),
            )
        )
    return people


def timed(function: Callable[[Person], object], items: list[Person]) -> list[float]:
    samples = []
    for item in items:
        start = time.perf_counter_ns()
        function(item)
        samples.append((time.perf_counter_ns() - start) / 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=20_000)
    args = parser.parse_args()
    people = caseload(args.persons)
    for person in people[:200]:  # warm up
        check(person, "formavenir", on=ON).explain("en")

    rows = [
        (
            "check (its explanation is built on first access: not here)",
            timed(lambda p: check(p, "formavenir", on=ON), people),
        ),
        (
            "check + its explanation built, not rendered",
            timed(lambda p: check(p, "formavenir", on=ON).explanation, people),
        ),
        (
            "check + explain('en')",
            timed(lambda p: check(p, "formavenir", on=ON).explain("en"), people),
        ),
        (
            "check + to_dict()",
            timed(lambda p: check(p, "formavenir", on=ON).to_dict(), people),
        ),
    ]
    print(f"FormAvenir, {args.persons} synthetic persons, on {ON}\n")
    print("| operation | median µs | p95 µs | decisions/s |")
    print("| --- | ---: | ---: | ---: |")
    for name, samples in rows:
        median = statistics.median(samples)
        p95 = statistics.quantiles(samples, n=20)[18]
        print(
            f"| {name} | {median:.1f} | {p95:.1f} | {1e6 / statistics.fmean(samples):,.0f} |"
        )


if __name__ == "__main__":
    main()
