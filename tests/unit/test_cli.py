"""The command line: `integration-rules check PERSON_FILE MEASURE`."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from integration_rules._cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_prints_the_decision_and_its_explanation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The shipped example is ELIGIBLE on 2024-03-01, with the explanation in English."""
    code, out, err = run(
        capsys,
        "check",
        str(EXAMPLES / "person-formavenir.toml"),
        "formavenir",
        "--on",
        "2024-03-01",
        "--lang",
        "en",
    )

    assert code == 0
    assert err == ""
    assert out.startswith("FormAvenir — Decision on 2024-03-01: ELIGIBLE\n")
    assert (
        "✓ aged 15 to 25 in completed years — 16 completed years on 2024-03-01" in out
    )
    assert "Missing facts: none" in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints the decision's dictionary."""
    code, out, _ = run(
        capsys,
        "check",
        str(EXAMPLES / "person-formavenir.json"),
        "formavenir",
        "--on",
        "2026-08-01",
        "--json",
    )
    data = json.loads(out)

    assert code == 0
    assert data["outcome"] == "ineligible"
    assert data["schema_version"] == 3
    assert data["on"] == "2026-08-01"


def test_arguments_in_either_order(capsys: pytest.CaptureFixture[str]) -> None:
    """The measure may come before the file."""
    code, out, _ = run(
        capsys,
        "check",
        "formavenir",
        str(EXAMPLES / "person-formavenir.toml"),
        "--on",
        "2024-03-01",
    )

    assert code == 0
    assert "ÉLIGIBLE" in out


def test_default_language_is_french(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --lang the explanation is in French."""
    _, out, _ = run(
        capsys,
        "check",
        str(EXAMPLES / "person-formavenir.toml"),
        "formavenir",
        "--on",
        "2024-03-01",
    )

    assert "Faits manquants : aucun" in out


def test_undetermined_names_the_missing_facts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A person file with unknown facts gives UNDETERMINED and lists them."""
    person = tmp_path / "p.json"
    person.write_text(
        json.dumps({"birth_date": "2007-09-03", "domicile": "CH-VS"}), encoding="utf-8"
    )
    code, out, _ = run(
        capsys, "check", str(person), "formavenir", "--on", "2024-03-01", "--lang", "en"
    )

    assert code == 0
    assert "UNDETERMINED" in out.splitlines()[0]
    assert "Missing facts: apprenticeship_contract, difficulties" in out


def test_a_toml_person_table_is_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A TOML file may hold the facts under a [person] table."""
    person = tmp_path / "p.toml"
    person.write_text('[person]\nsex = "F"\n', encoding="utf-8")
    code, _, _ = run(capsys, "check", str(person), "formavenir", "--on", "2024-03-01")

    assert code == 0


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        pytest.param(
            "p.json", '{"sex": "F", "sex": "M"}', "sex: given twice", id="duplicate key"
        ),
        pytest.param(
            "p.json",
            '{"birth_date": "2024-13-45"}',
            'birth_date: expected a date or an ISO 8601 string like "2006-05-01", got "2024-13-45"',
            id="bad date",
        ),
        pytest.param(
            "p.json",
            '{"birthdate": "2007-09-03"}',
            "birthdate: not a fact of a person",
            id="unknown key",
        ),
        pytest.param(
            "p.toml",
            'domicile = "Valais"',
            "domicile: expected an ISO 3166-2",
            id="bad domicile",
        ),
        pytest.param("p.json", "{not json", "not valid JSON", id="not JSON"),
        pytest.param("p.toml", "= broken", "not valid TOML", id="not TOML"),
        pytest.param(
            "p.json", "[1, 2]", "expected an object of facts", id="not an object"
        ),
        pytest.param(
            "p.yaml", "sex: F", "expected a .json or .toml file", id="wrong suffix"
        ),
        pytest.param(
            "p.json",
            '{"birth_date": "2030-01-01"}',
            "birth_date: is after the evaluation date",
            id="born after",
        ),
    ],
)
def test_bad_files_get_one_line_naming_file_and_field(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str,
    expected: str,
) -> None:
    """A bad file gets exit status 2 and one line on stderr naming the file and the problem."""
    person = tmp_path / name
    person.write_text(content, encoding="utf-8")
    code, out, err = run(
        capsys, "check", str(person), "formavenir", "--on", "2024-03-01"
    )

    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert str(person) in err
    assert expected in err


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file is a one-line error, exit 2."""
    code, _, err = run(
        capsys, "check", "no-such-person.json", "formavenir", "--on", "2024-03-01"
    )

    assert code == 2
    assert "no-such-person.json: no such file" in err


def test_unknown_measure(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown measure id lists the known ones, exit 2."""
    code, _, err = run(
        capsys,
        "check",
        str(EXAMPLES / "person-formavenir.toml"),
        "formavenire",
        "--on",
        "2024-03-01",
    )

    assert code == 2
    assert (
        "unknown measure id \"formavenire\"; known measure ids: 'carriere-au-feminin', 'formavenir'"
        in err
    )


def test_bad_date_option(capsys: pytest.CaptureFixture[str]) -> None:
    """A bad --on names the option."""
    code, _, err = run(
        capsys,
        "check",
        str(EXAMPLES / "person-formavenir.toml"),
        "formavenir",
        "--on",
        "01.03.2024",
    )

    assert code == 2
    assert "on: expected a date" in err


def test_bad_language_is_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--lang takes fr, de or en only."""
    with pytest.raises(SystemExit) as caught:
        main(
            [
                "check",
                str(EXAMPLES / "person-formavenir.toml"),
                "formavenir",
                "--lang",
                "it",
            ]
        )

    assert caught.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_measures_lists_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    """`integration-rules measures` lists ids with their period in force."""
    code, out, _ = run(capsys, "measures")

    assert code == 0
    assert "formavenir\tFormAvenir [2023-08-01 – 2026-07-31]" in out


def test_python_dash_m_runs_the_same_command() -> None:
    """`python -m integration_rules` is the same command line."""
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [
            sys.executable,
            "-m",
            "integration_rules",
            "check",
            str(EXAMPLES / "person-formavenir.toml"),
            "formavenir",
            "--on",
            "2024-03-01",
            "--lang",
            "de",
        ],
        capture_output=True,
        text=True,
        check=False,
        encoding="utf-8",
    )

    assert result.returncode == 0
    assert result.stdout.startswith("FormAvenir — Entscheid am 2024-03-01: BERECHTIGT")


def test_a_json_file_with_a_byte_order_mark_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Windows editors write a UTF-8 BOM; it is accepted."""
    person = tmp_path / "p.json"
    person.write_bytes(b"\xef\xbb\xbf" + b'{"domicile": "CH-VS"}')
    code, _, _ = run(capsys, "check", str(person), "formavenir", "--on", "2024-03-01")

    assert 0 == code


def test_eligible_lists_every_measure(capsys: pytest.CaptureFixture[str]) -> None:
    """`eligible` prints one line per measure, eligible ones first."""
    from integration_rules import catalog

    code, out, _ = run(
        capsys,
        "eligible",
        str(EXAMPLES / "person-formavenir.toml"),
        "--on",
        "2024-03-01",
        "--lang",
        "en",
    )
    lines = out.strip().splitlines()

    assert 0 == code
    assert len(catalog()) == len(lines)
    assert lines[0].startswith("eligible")
    assert any(line.startswith("eligible     formavenir") for line in lines)


def test_eligible_json(capsys: pytest.CaptureFixture[str]) -> None:
    """`eligible --json` prints a list of decisions."""
    code, out, _ = run(
        capsys,
        "eligible",
        str(EXAMPLES / "person-formavenir.json"),
        "--on",
        "2024-03-01",
        "--json",
    )

    assert 0 == code
    assert {"formavenir", "usfp"} <= {
        d["measure"] for d in json.loads(out) if d["eligible"]
    }


def test_path_command(capsys: pytest.CaptureFixture[str]) -> None:
    """`path` prints what blocks and the earliest date."""
    code, out, _ = run(
        capsys,
        "path",
        str(EXAMPLES / "person-formavenir.toml"),
        "formavenir",
        "--on",
        "2026-08-01",
        "--lang",
        "en",
    )

    assert 0 == code
    assert "Earliest eligible date if nothing else changes: never" in out


def test_batch_command_prints_a_summary_and_writes_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`batch` reads the shipped CSV, reports the two bad rows, writes one row per person and measure."""
    out = tmp_path / "rows.csv"
    code, stdout, stderr = run(
        capsys,
        "batch",
        str(EXAMPLES / "caseload.csv"),
        "--measure",
        "formavenir",
        "--on",
        "2024-03-01",
        "--lang",
        "en",
        "--out",
        str(out),
        "--progress",
    )

    assert 0 == code
    assert stdout.startswith("10 rows read, 2 in error\n")
    assert "line 7: birth_date" in stdout
    assert "10/10 rows" in stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 11 == len(
        lines
    )  # the header, 8 persons read, and the 2 lines that could not be read
    last = next(csv.reader([lines[-1]]))
    assert ["", "", "", ""] == last[:4]
    assert last[4].startswith("line 11: sex")


def test_batch_names_the_output_file_it_cannot_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An --out in a missing folder is reported on that path, not as a missing caseload."""
    out = tmp_path / "missing" / "rows.csv"
    code, stdout, stderr = run(
        capsys,
        "batch",
        str(EXAMPLES / "caseload.csv"),
        "--on",
        "2024-03-01",
        "--out",
        str(out),
    )

    assert 2 == code
    assert "" == stdout
    assert f"{out}: no such folder" in stderr
    assert "caseload.csv" not in stderr


def test_batch_reports_a_missing_caseload_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, stderr = run(
        capsys, "batch", str(tmp_path / "none.csv"), "--on", "2024-03-01"
    )

    assert 2 == code
    assert f"{tmp_path / 'none.csv'}: no such file" in stderr
    assert 1 == len(stderr.strip().splitlines())
