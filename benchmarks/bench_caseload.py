"""Caseload benchmark: check per person, the batch API, the columnar engine, and two baselines.

Run: python benchmarks/bench_caseload.py [--sizes 10000 100000 1000000] [--quick]

Three rules of the FormAvenir / Carrière au féminin / job-coaching-50+ kind
(the catalogue's own rules) over a deterministic synthetic caseload with about
one unknown fact in ten. In the same run it times a plain-Python loop and a
hand-written numpy version of the same three rules (two-valued: unknown read as
false), so the figures are ratios measured side by side. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import numpy as np

from integration_rules import Person, catalog, check
from integration_rules.batch import evaluate_many
from integration_rules.columnar import Column, Columns, evaluate_rules
from integration_rules.facts import DIFFICULTY_KINDS

ON = dt.date(2024, 3, 1)
ON_KEY = 20240301
MEASURES = ("formavenir", "carriere-au-feminin", "job-coaching-50-plus")
DOMICILES = ("CH-VS", "CH-JU", "FR-63")
UNKNOWN = 0.10


def synthetic(size: int, seed: int = 20241122) -> dict[str, np.ndarray]:
    """Deterministic caseload columns: values and known masks."""
    rng = np.random.default_rng(seed)
    born = np.datetime64("1955-01-01") + rng.integers(0, 365 * 55, size).astype(
        "timedelta64[D]"
    )
    years = born.astype("datetime64[Y]").astype(int) + 1970
    months = born.astype("datetime64[M]").astype(int) % 12 + 1
    days = (born - born.astype("datetime64[M]")).astype(int) + 1
    data = {
        "birth_date": (years * 10000 + months * 100 + days).astype(np.int32),
        "sex": rng.integers(0, 2, size).astype(np.int16),
        "domicile": rng.choice(np.array([0, 0, 0, 1, 2], dtype=np.int16), size),
        "apprenticeship_contract": rng.random(size) < 0.5,
        "difficulties": rng.integers(0, 16, size).astype(np.uint32),
        "registered_job_seeker": rng.random(size) < 0.4,
        "hard_to_place": rng.random(size) < 0.5,
        "wants_to_resume_work": rng.random(size) < 0.5,
    }
    for name in list(data):
        data[name + "#known"] = rng.random(size) >= UNKNOWN
    return data


def columns_of(data: dict[str, np.ndarray]) -> Columns:
    size = len(data["sex"])
    kinds = {
        "birth_date": ("date", ()),
        "sex": ("category", ("F", "M")),
        "domicile": ("category", DOMICILES),
        "apprenticeship_contract": ("bool", ()),
        "difficulties": ("set", DIFFICULTY_KINDS),
        "registered_job_seeker": ("bool", ()),
        "hard_to_place": ("bool", ()),
        "wants_to_resume_work": ("bool", ()),
    }
    return Columns(
        size,
        {n: Column(k, data[n], data[n + "#known"], v) for n, (k, v) in kinds.items()},
    )


def persons_of(data: dict[str, np.ndarray], count: int) -> list[Person]:
    columns = columns_of(data)
    return [columns.row(i) for i in range(count)]


def timed(function: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def peak_memory(function: Callable[[], Any]) -> int:
    gc.collect()
    tracemalloc.start()
    function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def hand_numpy(data: dict[str, np.ndarray]) -> list[np.ndarray]:
    """The three rules, two-valued, written by hand (unknown read as false)."""
    k = {
        n: data[n + "#known"]
        for n in (
            "birth_date",
            "sex",
            "domicile",
            "apprenticeship_contract",
            "difficulties",
            "registered_job_seeker",
            "hard_to_place",
            "wants_to_resume_work",
        )
    }
    birth = data["birth_date"]
    by, bmd = birth // 10000, birth % 10000
    age = 2024 - by - (bmd > 301)
    valais = (data["domicile"] == 0) & k["domicile"]
    bits = data["difficulties"]
    kinds = (
        ((bits & 1) > 0).astype(np.int8)
        + ((bits & 2) > 0)
        + ((bits & 4) > 0)
        + ((bits & 8) > 0)
    )
    formavenir = (
        valais
        & k["birth_date"]
        & (age >= 15)
        & (age <= 25)
        & data["apprenticeship_contract"]
        & k["apprenticeship_contract"]
        & (kinds >= 2)
        & k["difficulties"]
    )
    carriere = (
        (data["sex"] == 0)
        & k["sex"]
        & valais
        & data["wants_to_resume_work"]
        & k["wants_to_resume_work"]
    )
    over_50 = (by + 50) * 10000 + bmd < ON_KEY
    coaching = (
        valais
        & k["birth_date"]
        & over_50
        & data["registered_job_seeker"]
        & k["registered_job_seeker"]
        & data["hard_to_place"]
        & k["hard_to_place"]
    )
    return [formavenir, carriere, coaching]


def plain_python(data: dict[str, np.ndarray]) -> list[int]:
    """The same three rules in a plain Python loop over lists (two-valued)."""
    cols = {
        n: data[n].tolist()
        for n in (
            "birth_date",
            "sex",
            "domicile",
            "apprenticeship_contract",
            "difficulties",
            "registered_job_seeker",
            "hard_to_place",
            "wants_to_resume_work",
        )
    }
    known = {n: data[n + "#known"].tolist() for n in cols}
    counts = [0, 0, 0]
    for i in range(len(cols["sex"])):
        valais = known["domicile"][i] and cols["domicile"][i] == 0
        birth = cols["birth_date"][i]
        age = 2024 - birth // 10000 - (birth % 10000 > 301)
        bits = cols["difficulties"][i]
        if (
            valais
            and known["birth_date"][i]
            and 15 <= age <= 25
            and known["apprenticeship_contract"][i]
            and cols["apprenticeship_contract"][i]
            and known["difficulties"][i]
            and bits.bit_count() >= 2
        ):
            counts[0] += 1
        if (
            known["sex"][i]
            and cols["sex"][i] == 0
            and valais
            and known["wants_to_resume_work"][i]
            and cols["wants_to_resume_work"][i]
        ):
            counts[1] += 1
        if (
            valais
            and known["birth_date"][i]
            and birth + 500000 < ON_KEY
            and known["registered_job_seeker"][i]
            and cols["registered_job_seeker"][i]
            and known["hard_to_place"][i]
            and cols["hard_to_place"][i]
        ):
            counts[2] += 1
    return counts


def columnar(columns: Columns) -> list[Any]:
    return evaluate_rules([catalog()[m].rule for m in MEASURES], columns, on=ON)


def columnar_with_missing(columns: Columns) -> list[Any]:
    results = columnar(columns)
    return [r.missing for r in results]


def import_time() -> float:
    code = "import time; t = time.perf_counter(); import integration_rules; print(time.perf_counter() - t)"
    runs = [
        float(
            subprocess.run(  # noqa: S603 - runs this Python on a fixed snippet
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    ]
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000]
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer samples, for a smoke run"
    )
    args = parser.parse_args()
    rows: list[tuple[str, int, str, str, str]] = []

    sample = persons_of(synthetic(20_000), 2_000 if args.quick else 20_000)
    check_times, render_times = [], []
    for person in sample:
        for measure in MEASURES:
            start = time.perf_counter_ns()
            decision = check(person, measure, on=ON)
            middle = time.perf_counter_ns()
            decision.explain("en")
            end = time.perf_counter_ns()
            check_times.append((middle - start) / 1000)
            render_times.append((end - start) / 1000)
    med_check, med_render = (
        statistics.median(check_times),
        statistics.median(render_times),
    )
    rows.append(
        (
            "check per decision (explanation built)",
            len(check_times),
            f"{med_check:.1f} µs median",
            f"{1e6 / med_check:,.0f}",
            "—",
        )
    )
    rows.append(
        (
            "check + explain('en') per decision",
            len(render_times),
            f"{med_render:.1f} µs median",
            f"{1e6 / med_render:,.0f}",
            "—",
        )
    )

    for size in args.sizes:
        data = synthetic(size)
        columns = columns_of(data)
        if size <= 100_000:
            people = persons_of(data, size)
            seconds = timed(
                lambda people=people: evaluate_many(people, MEASURES, on=ON), repeat=1
            )
            rows.append(
                (
                    "batch API on Person objects (columnar)",
                    size,
                    f"{seconds * 1000:.1f} ms",
                    f"{size / seconds:,.0f}",
                    "—",
                )
            )
        seconds_col = timed(lambda columns=columns: columnar(columns), repeat=7)
        memory = peak_memory(lambda columns=columns: columnar(columns))
        rows.append(
            (
                "columnar engine, 3 rules, three-valued",
                size,
                f"{seconds_col * 1000:.1f} ms",
                f"{size / seconds_col:,.0f}",
                f"{memory / 2**20:.0f} MiB",
            )
        )
        seconds_missing = timed(lambda columns=columns: columnar_with_missing(columns))
        rows.append(
            (
                "columnar engine + missing facts of undetermined rows",
                size,
                f"{seconds_missing * 1000:.1f} ms",
                f"{size / seconds_missing:,.0f}",
                "—",
            )
        )
        seconds_np = timed(lambda data=data: hand_numpy(data), repeat=7)
        rows.append(
            (
                "hand-written numpy, 3 rules, two-valued",
                size,
                f"{seconds_np * 1000:.1f} ms",
                f"{size / seconds_np:,.0f}",
                f"ratio {seconds_col / seconds_np:.2f}×",
            )
        )
        seconds_py = timed(lambda data=data: plain_python(data), repeat=1)
        rows.append(
            (
                "plain Python loop, 3 rules, two-valued",
                size,
                f"{seconds_py * 1000:.1f} ms",
                f"{size / seconds_py:,.0f}",
                "—",
            )
        )

    rows.append(
        (
            "import integration_rules (core)",
            1,
            f"{import_time() * 1000:.0f} ms",
            "—",
            "—",
        )
    )
    print(
        f"Caseload benchmark — {', '.join(MEASURES)} on {ON}; {UNKNOWN:.0%} of facts unknown\n"
    )
    print("| operation | persons | time | persons/s | memory / ratio |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, size, time_text, rate, extra in rows:
        print(f"| {name} | {size:,} | {time_text} | {rate} | {extra} |")


if __name__ == "__main__":
    main()
