"""A large caseload with bad rows through the command line: rows in = rows out, errors = bad rows.

Run: python benchmarks/bench_bad_rows.py [--rows 1000000] [--bad 0.01] [--folder DIR]

Writes a CSV caseload of ``--rows`` records, of which a fraction ``--bad`` are bad
in the ways an outside probe found (a value a fact refuses, a date before the
birth date, a cell of 200,000 characters, a carriage return inside an unquoted
field, a stray Latin-1 byte, a record with a cell too many), runs
``integration-rules batch FILE --out OUT`` in a child process, and checks:

* every record is in ``--out``: one line per record and measure, or one error line;
* the row errors are exactly the bad records;
* the child's peak memory (its maximum resident set size) is reported.

Prints a Markdown table. Needs the package installed (``pip install -e .``).
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COLUMNS = ("id", "birth_date", "sex", "domicile", "apprenticeship_contract", "difficulties")
MEASURE = "formavenir"


def _good(rng: random.Random, n: int) -> list[str]:
    year = rng.randint(1995, 2010)
    return [
        f"r{n}",
        f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        rng.choice(("F", "M", "")),
        rng.choice(("CH-VS", "CH-JU", "FR-63", "")),
        rng.choice(("yes", "no", "")),
        rng.choice(("social;personal", "scholastic", "-", "")),
    ]


#: The kinds of bad record, each as it is written to the file (bytes of one record).
def _bad(rng: random.Random, n: int, kind: int) -> bytes:
    row = _good(rng, n)
    if kind == 0:  # a value a fact refuses
        row[2] = "X"
    elif kind == 1:  # a date of history before birth (not a column here): a bad date
        row[1] = "2024-13-45"
    elif kind == 2:  # a cell of 200,000 characters
        row[5] = "s" * 200_000
    elif kind == 3:  # a carriage return inside an unquoted field
        return (",".join(row[:3]) + ",CH\rVS," + ",".join(row[4:]) + "\n").encode()
    elif kind == 4:  # a stray Latin-1 byte
        return (",".join(row).encode() + b"\xe9\n")
    else:  # a cell too many
        row.append("extra")
    return (",".join(row) + "\n").encode()


def write_caseload(path: Path, rows: int, bad_share: float) -> int:
    """Write the caseload; return how many records are bad."""
    rng = random.Random(20261201)
    bad_every = round(1 / bad_share) if bad_share else 0
    bad = 0
    with path.open("wb") as file:
        file.write((",".join(COLUMNS) + "\n").encode())
        for n in range(rows):
            if bad_every and n % bad_every == bad_every - 1:
                file.write(_bad(rng, n, bad % 6))
                bad += 1
            else:
                file.write((",".join(_good(rng, n)) + "\n").encode())
    return bad


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--bad", type=float, default=0.01)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp())
    caseload, out = folder / "caseload.csv", folder / "out.csv"
    bad = write_caseload(caseload, args.rows, args.bad)
    started = time.perf_counter()
    command = [
        sys.executable,
        "-m",
        "integration_rules",
        "batch",
        str(caseload),
        "--measure",
        MEASURE,
        "--on",
        "2024-03-01",
        "--out",
        str(out),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 - our own interpreter
    seconds = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return 1
    with out.open(encoding="utf-8", newline="") as file:
        lines = list(csv.reader(file))[1:]
    errors = sum(1 for line in lines if line[4])
    rows_out = len(lines)
    ok = rows_out == args.rows and errors == bad
    print("| rows in | bad rows | rows out | error rows | seconds | peak memory (MiB) | verdict |")
    print("|---|---|---|---|---|---|---|")
    print(
        f"| {args.rows:,} | {bad:,} | {rows_out:,} | {errors:,} | {seconds:.1f} | "
        f"{peak_mib:.0f} | {'rows in = rows out, errors = bad rows' if ok else 'MISMATCH'} |"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
