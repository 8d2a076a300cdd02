"""Shared test configuration: Hypothesis profiles chosen by the HYPOTHESIS_PROFILE variable."""

import os

from hypothesis import HealthCheck, Phase, settings

# No deadline: a test must not fail because the machine is busy (timing is for benchmarks/).
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
# Mutation testing (.ci/mutation): few examples, no shrinking, the same examples each run.
settings.register_profile(
    "mutmut",
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


# -- the documentation site, built once per test run ---------------------------------------

import subprocess  # noqa: E402 - the site fixture's needs, kept with it
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
#: Where the tests build the site: where .ci/run and a reader look for it, screenshots beside it.
SITE = ROOT / "docs" / "_build" / "html"


@pytest.fixture(scope="session")
def site() -> Path:
    """The documentation, built from scratch as .ci/run builds it: nitpicky, warnings as errors."""
    result = subprocess.run(  # noqa: S603 - our own interpreter and docs folder
        [
            sys.executable,
            "-m",
            "sphinx",
            "-E",
            "-q",
            "-n",
            "-W",
            "--keep-going",
            "-b",
            "html",
            str(ROOT / "docs"),
            str(SITE),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    return SITE
