"""The README's quick start is what CI runs, and its example files exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_is_two_commands() -> None:
    """The quick start is exactly two one-line commands: run the main job, run the tests."""
    commands = quick_start_commands()

    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    assert "integration-rules check examples/" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_commands_verbatim() -> None:
    """.ci/run runs both quick-start commands exactly as the README gives them."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for command in quick_start_commands():
        assert command in ci


def test_the_example_person_exists() -> None:
    """The file the first command checks is shipped."""
    command = quick_start_commands()[0]
    path = re.search(r"(examples/\S+)", command)

    assert path is not None
    assert (ROOT / path.group(1)).is_file()
