"""The HTTP server under load: /check at concurrency 16 for 20 s, and a 10,000-line /batch.

Starts ``integration-rules serve`` on a free port of 127.0.0.1 (local only),
measures, stops it. Bounded: 20 s of /check (``--seconds``), one batch.

    python benchmarks/bench_server.py [--seconds 20] [--concurrency 16] [--lines 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time

import httpx

HOST = "127.0.0.1"
MEASURES = ("formavenir", "semo", "usfp", "pic-vs-language-courses", "job-coaching-50-plus")


def _person(rng: random.Random) -> dict[str, object]:
    return {
        "birth_date": f"{rng.randint(1960, 2010)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "domicile": rng.choice(["CH-VS", "CH-JU", "CH-GE"]),
        "residence_status": rng.choice(["F", "B", "C", "N", "S"]),
        "difficulties": rng.sample(["social", "personal", "professional", "scholastic"], 2),
        "apprenticeship_contract": rng.choice([True, False, None]),
    }


async def _check_load(base: str, seconds: float, concurrency: int) -> list[float]:
    latencies: list[float] = []
    stop = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:

        async def worker(seed: int) -> None:
            rng = random.Random(seed)
            while time.monotonic() < stop:
                body = {"person": _person(rng), "measure": rng.choice(MEASURES), "on": "2024-03-01"}
                start = time.perf_counter()
                answer = await client.post("/check", json=body)
                latencies.append(time.perf_counter() - start)
                answer.raise_for_status()

        await asyncio.gather(*(worker(i) for i in range(concurrency)))
    return latencies


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--lines", type=int, default=10_000)
    args = parser.parse_args()
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port = probe.getsockname()[1]
    base = f"http://{HOST}:{port}"
    server = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "integration_rules", "serve", "--host", HOST, "--port", str(port),
         "--max-batch-lines", str(args.lines)],
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(600):
            try:
                if httpx.get(f"{base}/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        print(f"load average before: {os.getloadavg()}")
        latencies = asyncio.run(_check_load(base, args.seconds, args.concurrency))
        print(
            f"/check, concurrency {args.concurrency}, {args.seconds:.0f} s: "
            f"{len(latencies) / args.seconds:.0f} requests/s, "
            f"p50 {statistics.median(latencies) * 1000:.1f} ms, "
            f"p99 {_percentile(latencies, 0.99) * 1000:.1f} ms ({len(latencies)} requests)"
        )
        rng = random.Random(7)
        caseload = "".join(
            json.dumps({"id": i, **_person(rng)}) + "\n" for i in range(args.lines)
        ).encode()
        start = time.perf_counter()
        rows = 0
        with httpx.stream(
            "POST", f"{base}/batch", params={"on": "2024-03-01"}, content=caseload, timeout=600
        ) as answer:
            answer.raise_for_status()
            for line in answer.iter_lines():
                rows += bool(line)
        elapsed = time.perf_counter() - start
        print(
            f"/batch, {args.lines} lines ({len(caseload) / 1e6:.1f} MB): {elapsed:.2f} s, "
            f"{args.lines / elapsed:.0f} persons/s, {rows} rows out"
        )
        print(f"load average after: {os.getloadavg()}")
    finally:
        server.terminate()
        server.wait(timeout=60)


if __name__ == "__main__":
    main()
