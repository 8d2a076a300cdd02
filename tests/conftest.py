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
