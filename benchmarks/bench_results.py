"""Results out of a caseload: ``to_frame``, ``to_arrow``, ``to_columns`` and the CLI's ``--out``.

Run: python benchmarks/bench_results.py [--persons 1000000] [--rows 200000] [--quick]

Targets of issue 15, each next to a baseline timed in the same run (the
machine is shared: read the ratios, not the absolute times):

* ``BatchResult.to_frame()`` for ``--persons`` persons × the 18 measures of the
  catalogue, in at most 3 s; the baseline is the evaluation itself
  (``evaluate_table`` of the same DataFrame): getting the results out should
  cost a small part of computing them;
* ``to_arrow()`` for the same result, against the same baseline;
* ``to_columns()`` on ``--rows`` persons (Python lists, a row per person and
  measure) against the way it was made before issue 15, from :meth:`rows`;
* ``integration-rules batch CASELOAD --out FILE`` on a CSV of ``--rows``
  records, in at most 1.5 × the same command without ``--out``.

The caseload is synthetic and deterministic, with about one unknown cell in
ten. Prints the load average and a Markdown table. Needs numpy, pandas and
pyarrow (``pip install -e ".[dataframe]"``).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from integration_rules.batch import BatchResult, evaluate_table

ON = "2024-03-01"
COLUMNS = (
    "id",
    "birth_date",
    "sex",
    "domicile",
    "residence_status",
    "apprenticeship_contract",
    "difficulties",
    "registered_job_seeker",
    "hard_to_place",
    "wants_to_resume_work",
)
UNKNOWN = 0.10


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def timed(function: Callable[[], Any], repeat: int = 3) -> float:
    """The best of *repeat* runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def caseload(size: int, seed: int = 20261202) -> pd.DataFrame:
    """A synthetic caseload as a DataFrame of the cells a CSV file holds."""
    rng = np.random.default_rng(seed)

    def maybe(values: np.ndarray) -> np.ndarray:
        out = values.astype(object)
        out[rng.random(size) < UNKNOWN] = None
        return out

    born = np.datetime64("1955-01-01") + rng.integers(0, 365 * 60, size).astype(
        "timedelta64[D]"
    )
    difficulties = np.array(
        ["-", "social", "social;personal", "scholastic;professional", "personal"]
    )
    return pd.DataFrame(
        {
            "id": [f"P-{i}" for i in range(size)],
            "birth_date": maybe(np.datetime_as_string(born, unit="D")),
            "sex": maybe(rng.choice(np.array(["F", "M"]), size)),
            "domicile": maybe(rng.choice(np.array(["CH-VS", "CH-VS", "CH-JU", "FR-63"]), size)),
            "residence_status": maybe(rng.choice(np.array(["B", "C", "F", "N", "swiss"]), size)),
            "apprenticeship_contract": maybe(rng.choice(np.array(["true", "false"]), size)),
            "difficulties": maybe(rng.choice(difficulties, size)),
            "registered_job_seeker": maybe(rng.choice(np.array(["true", "false"]), size)),
            "hard_to_place": maybe(rng.choice(np.array(["true", "false"]), size)),
            "wants_to_resume_work": maybe(rng.choice(np.array(["true", "false"]), size)),
        }
    )


def columns_from_rows(result: BatchResult) -> dict[str, list[Any]]:
    """``to_columns`` as it was made before issue 15: from the rows, one by one."""
    out: dict[str, list[Any]] = {c: [] for c in ("key", "measure", "outcome", "missing", "error")}
    for row in result.rows():
        out["key"].append(row.key)
        out["measure"].append(row.measure)
        out["outcome"].append(None if row.outcome is None else row.outcome.value)
        out["missing"].append(";".join(sorted(row.missing)))
        out["error"].append(row.error)
    return out


def cli(caseload_file: Path, out: Path | None) -> float:
    command = [sys.executable, "-m", "integration_rules", "batch", str(caseload_file), "--on", ON]
    if out is not None:
        command += ["--out", str(out)]
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)  # noqa: S603 - our own interpreter
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--quick", action="store_true", help="100,000 persons, 20,000 rows")
    args = parser.parse_args()
    persons, rows = (100_000, 20_000) if args.quick else (args.persons, args.rows)
    print(f"load average before: {load()}")
    table: list[tuple[str, str, float, float, str]] = []

    frame = caseload(persons)
    started = time.perf_counter()
    result = evaluate_table(frame, on=ON, key="id")
    evaluated = time.perf_counter() - started
    print(f"evaluate_table: {persons:,} persons × {len(result.measures)} measures in {evaluated:.1f} s")
    size = f"{persons:,} × {len(result.measures)}"
    to_frame = timed(result.to_frame)
    table.append(
        (f"to_frame, {size}", "evaluate_table of the same", to_frame, evaluated, f"≤ 3 s: {'met' if to_frame <= 3 else 'MISSED'}")
    )
    to_arrow = timed(result.to_arrow)
    table.append((f"to_arrow, {size}", "evaluate_table of the same", to_arrow, evaluated, ""))
    small = evaluate_table(frame.iloc[:rows].reset_index(drop=True), on=ON, key="id")
    to_columns = timed(small.to_columns)
    before = timed(lambda: columns_from_rows(small), repeat=1)
    if columns_from_rows(small) != small.to_columns():
        print("MISMATCH: to_columns differs from the rows")
        return 1
    table.append(
        (f"to_columns, {rows:,} × {len(small.measures)}", "the same from rows() (before)", to_columns, before, "")
    )

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "caseload.csv"
        frame.iloc[:rows].to_csv(path, index=False, na_rep="")
        rng = random.Random(1)
        runs: dict[bool, list[float]] = {False: [], True: []}
        for _ in range(2):  # interleaved, the order drawn: a busy moment hits both alike
            for with_out in rng.sample([False, True], 2):
                runs[with_out].append(cli(path, Path(folder) / "out.csv" if with_out else None))
        with_out, without = min(runs[True]), min(runs[False])
        ratio = with_out / without
        table.append(
            (f"CLI batch --out, {rows:,} rows", "the same without --out", with_out, without, f"≤ 1.5×: {'met' if ratio <= 1.5 else 'MISSED'}")
        )

    print()
    print("| what | baseline | seconds | baseline seconds | ratio | target |")
    print("|---|---|---|---|---|---|")
    for what, baseline, seconds, base, target in table:
        print(f"| {what} | {baseline} | {seconds:.3f} | {base:.3f} | {seconds / base:.3g}× | {target} |")
    print(f"\nload average after: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
