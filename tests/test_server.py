"""The HTTP server, started as a real process on a free local port and called over HTTP.

One server serves the whole module (small limits, so that 413s are cheap to
reach); its standard output and error go to a file that the log test reads.
"""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from integration_rules import check, eligible_measures
from integration_rules._server._openapi import ROUTES
from integration_rules.batch import evaluate_stream
from integration_rules.facts import RESIDENCE_STATUSES
from integration_rules.measures import CATALOGUE
from integration_rules.testing import evaluation_dates, persons

MAX_BODY_BYTES = 200_000
MAX_BATCH_LINES = 50
#: Values that only the requests of this module carry: none may reach the log.
PERSONAL = ("1987-06-15", "CH-JU", "2013-02-28", "case-7431-secret")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The base URL of a server started for this module, and the file of its log."""
    port = _free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [
                sys.executable,
                "-m",
                "integration_rules",
                "serve",
                "--port",
                str(port),
                "--max-body-bytes",
                str(MAX_BODY_BYTES),
                "--max-batch-lines",
                str(MAX_BATCH_LINES),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120  # a loaded machine may be slow to import
        while True:
            if process.poll() is not None:
                pytest.fail(f"the server exited: {log.read_text(encoding='utf-8')}")
            try:
                if httpx.get(f"{base}/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("the server did not answer /health")
            time.sleep(0.2)
        yield base, log
    finally:
        process.terminate()
        process.wait(timeout=60)


@pytest.fixture(scope="module")
def client(server: tuple[str, Path]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server[0], timeout=60) as made:
        yield made


def test_health_answers_ok(client: httpx.Client) -> None:
    """/health says the server is up, and which library it serves."""
    answer = client.get("/health")

    assert (200, "ok") == (answer.status_code, answer.json()["status"])


def test_importing_the_library_does_not_import_the_server() -> None:
    """`import integration_rules` and the command line load no web framework."""
    probe = (
        "import sys, integration_rules, integration_rules._cli; "
        "print([m for m in ('litestar', 'uvicorn', 'integration_rules._server') if m in sys.modules])"
    )
    out = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout

    assert "[]\n" == out


def _json(value: Any) -> Any:
    return json.loads(json.dumps(value))


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    person=persons(),
    measure=st.sampled_from(CATALOGUE.ids),
    on=evaluation_dates(),
)
def test_a_decision_over_http_is_the_library_s(
    client: httpx.Client, person: Any, measure: str, on: Any
) -> None:
    """POST /check answers check(...).to_dict(), with the explanation in the language asked."""
    answer = client.post(
        "/check",
        json={"person": person.to_mapping(), "measure": measure, "on": on.isoformat()},
        headers={"Accept-Language": "de-CH, en;q=0.5"},
    )
    if person.birth_date is not None and person.birth_date > on:
        assert 422 == answer.status_code
        return
    decision = check(person, measure, on=on)
    body = answer.json()

    assert decision.explain("de") == body.pop("explanation_text")
    assert "de" == body.pop("language")
    assert _json(decision.to_dict()) == body


def test_eligible_lists_the_library_s_decisions(client: httpx.Client) -> None:
    """POST /eligible answers eligible_measures(...), each decision as to_dict()."""
    person = {"birth_date": "2007-09-03", "domicile": "CH-VS", "residence_status": "F"}
    answer = client.post("/eligible", json={"person": person, "on": "2024-03-01"})
    expected = eligible_measures(
        CATALOGUE.schema.record_class.from_mapping(person),  # type: ignore[arg-type]
        on="2024-03-01",
    )

    assert [_json(d.to_dict()) for d in expected] == [
        {k: v for k, v in d.items() if k not in {"explanation_text", "language"}}
        for d in answer.json()
    ]


@pytest.mark.parametrize(
    ("route", "body", "field", "message"),
    [
        pytest.param(
            "/check",
            {"person": {"birth_date": "2007-13-03"}, "measure": "formavenir", "on": "2024-03-01"},
            "birth_date",
            'birth_date: expected a date or an ISO 8601 string like "2006-05-01", got "2007-13-03"',
            id="bad date",
        ),
        pytest.param(
            "/check",
            {"person": {"birthdate": "2007-09-03"}, "measure": "formavenir", "on": "2024-03-01"},
            "birthdate",
            'birthdate: not a fact of a person; did you mean "birth_date"?',
            id="unknown fact",
        ),
        pytest.param(
            "/check",
            {"person": {}, "measure": "formavenirx", "on": "2024-03-01"},
            "measure",
            'unknown measure id "formavenirx"',
            id="unknown measure",
        ),
        pytest.param(
            "/check",
            {"person": {"birth_date": "2020-01-01"}, "measure": "formavenir", "on": "2019-01-01"},
            "birth_date",
            "birth_date: is after the evaluation date 2019-01-01",
            id="unborn",
        ),
        pytest.param(
            "/check",
            {"person": {}, "measure": "formavenir"},
            "on",
            "on: required by /check",
            id="missing on",
        ),
        pytest.param(
            "/check",
            {"person": {}, "measure": "formavenir", "on": "2024-03-01", "lang": "en"},
            "lang",
            '"lang" is not an argument of /check',
            id="unknown argument",
        ),
        pytest.param(
            "/check", [1, 2], None, "/check: expected a JSON object, got an array", id="array"
        ),
        pytest.param(
            "/transitions",
            {"person": {}, "from_status": "Q", "to_status": "B", "on": "2024-03-01"},
            "from_status",
            "from_status:",
            id="unknown status",
        ),
        pytest.param(
            "/funding/programme-s",
            {"months": -1, "on": "2024-01-01"},
            "months",
            "months:",
            id="negative months",
        ),
        pytest.param(
            "/funding/federal-contribution",
            {"cantonal_and_communal": "lots", "on": "2024-01-01"},
            "cantonal_and_communal",
            "cantonal_and_communal: expected an amount in CHF",
            id="not an amount",
        ),
        pytest.param(
            "/verify", {"measure": "formavenir"}, "on", "on:", id="not a record"
        ),
    ],
)
def test_a_bad_input_is_a_422_with_the_library_s_message(
    client: httpx.Client, route: str, body: Any, field: str | None, message: str
) -> None:
    """A bad input gets 422, the field at fault and the library's own message; never a 500."""
    answer = client.post(route, json=body)
    error = answer.json()["error"]

    assert (422, field) == (answer.status_code, error["field"])
    assert error["message"].startswith(message), error["message"]


def test_a_body_that_is_not_json_is_a_422(client: httpx.Client) -> None:
    """A body that cannot be read as JSON is refused with the place it breaks."""
    answer = client.post("/check", content=b'{"person": ')

    assert 422 == answer.status_code
    assert answer.json()["error"]["message"].startswith("not valid JSON (line 1")


def test_a_body_over_the_limit_is_a_413(client: httpx.Client) -> None:
    """A body over --max-body-bytes is refused with 413, in the error shape."""
    answer = client.post("/check", content=b" " * (MAX_BODY_BYTES + 1))

    assert 413 == answer.status_code
    assert answer.json()["error"]["message"] == f"the body is over {MAX_BODY_BYTES} bytes"


def test_a_batch_over_the_limit_is_a_413(client: httpx.Client) -> None:
    """A caseload of more lines than --max-batch-lines is refused with 413."""
    lines = b"{}\n" * (MAX_BATCH_LINES + 1)
    answer = client.post("/batch", params={"on": "2024-03-01"}, content=lines)

    assert 413 == answer.status_code
    assert "over 50 lines" in answer.json()["error"]["message"]


def test_batch_streams_the_rows_and_the_command_line_s_row_errors(
    client: httpx.Client,
) -> None:
    """POST /batch answers one JSON line per row, and the stream's own row errors."""
    caseload = (
        b'{"id": "a", "birth_date": "2007-09-03", "domicile": "CH-VS"}\n'
        b'{"id": "b", "birth_date": "bad"}\n'
        b"not json\n"
        b'{"id": "c", "birth_date": "2030-01-01"}\n'
    )
    params = [("on", "2024-03-01"), ("measure", "formavenir"), ("measure", "semo")]
    with client.stream("POST", "/batch", params=params, content=caseload) as answer:
        assert answer.headers["content-type"].startswith("application/x-ndjson")
        lines = [json.loads(line) for line in answer.iter_lines() if line]
    chunks = list(
        evaluate_stream(
            io.BytesIO(caseload), ["formavenir", "semo"], on="2024-03-01", format="jsonl"
        )
    )
    rows = [row.to_dict() for chunk in chunks for row in chunk.result.rows()]
    errors = [
        {"line": e.line, "field": e.field, "error": e.message}
        for chunk in chunks
        for e in chunk.errors
        if e.stage == "read"
    ]

    assert rows == [{k: v for k, v in line.items() if k != "line"} for line in lines if "key" in line]
    assert errors == [line for line in lines if "key" not in line]
    assert [1, 1, 4, 4] == [line["line"] for line in lines if "key" in line]


def test_batch_without_measures_evaluates_every_measure(client: httpx.Client) -> None:
    """/batch without ?measure= answers a row for every measure of the catalogue."""
    answer = client.post("/batch", params={"on": "2024-03-01"}, content=b'{"id": 1}\n')

    assert 200 == answer.status_code
    assert list(CATALOGUE.ids) == [json.loads(line)["measure"] for line in answer.text.splitlines()]


def test_batch_without_a_date_is_a_422(client: httpx.Client) -> None:
    """/batch needs ?on=: the server never reads the clock for a decision."""
    answer = client.post("/batch", content=b"{}\n")

    assert (422, "on") == (answer.status_code, answer.json()["error"]["field"])


def test_an_unknown_route_answers_in_the_error_shape(client: httpx.Client) -> None:
    """A 404 or a 405 has the same error shape as a 422."""
    assert {"field": None, "message": "Not Found"} == client.get("/nowhere").json()["error"]
    assert 405 == client.get("/check").status_code


def test_the_read_routes_answer_the_catalogues(client: httpx.Client) -> None:
    """GET /measures, /statuses, /parameters and /sources list the library's data."""
    measures = client.get("/measures").json()
    parameters = {p["id"]: p for p in client.get("/parameters").json()}

    assert list(CATALOGUE.ids) == [m["id"] for m in measures]
    assert parameters["funding.integration_lump_sum"]["values"][0]["from"] == "2008-01-01"
    assert [s["code"] for s in client.get("/statuses").json()] == list(RESIDENCE_STATUSES)
    assert client.get("/sources").json()


def test_cors_is_off_by_default(client: httpx.Client) -> None:
    """Without --cors-origin, no Access-Control header is sent."""
    answer = client.get("/health", headers={"Origin": "https://example.org"})

    assert "access-control-allow-origin" not in answer.headers


def test_the_spec_describes_a_person_from_the_fact_declarations(client: httpx.Client) -> None:
    """/openapi.json is OpenAPI 3.1; Person has one property per declared fact."""
    document = client.get("/openapi.json").json()
    person = document["components"]["schemas"]["Person"]

    assert "3.1.0" == document["openapi"]
    assert list(CATALOGUE.schema.names) == list(person["properties"])
    assert {"type": "string", "enum": ["F", "M"]} == person["properties"]["sex"]["anyOf"][0]


@pytest.fixture(scope="module")
def api_schema(server: tuple[str, Path]) -> Any:
    return schemathesis.openapi.from_url(f"{server[0]}/openapi.json")


@pytest.mark.parametrize(("method", "path"), [(r.method, r.path) for r in ROUTES])
def test_the_api_keeps_its_spec(api_schema: Any, method: str, path: str) -> None:
    """Requests generated from the spec never get a 500, and every answer is valid against it."""
    operation = api_schema[path][method]

    @settings(
        max_examples=8,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def keeps(case: Any) -> None:
        case.call_and_validate(
            checks=[
                not_a_server_error,
                status_code_conformance,
                content_type_conformance,
                response_schema_conformance,
            ],
            timeout=60,
        )

    keeps()


def test_the_log_holds_no_personal_value(
    client: httpx.Client, server: tuple[str, Path]
) -> None:
    """After requests carrying personal values, good and bad, the log holds none of them."""
    person = {"birth_date": PERSONAL[0], "domicile": PERSONAL[1], "children_birth_dates": [PERSONAL[2]]}
    client.post("/check", json={"person": person, "measure": "formavenir", "on": "2024-03-01"})
    client.post("/path", json={"person": person, "measure": "formavenir", "on": "2024-03-01"})
    client.post("/check", json={"person": {**person, "sex": PERSONAL[3]}, "measure": "x", "on": "2024-03-01"})
    client.post("/competent-office", json={"person": person, "on": PERSONAL[3]})
    client.get(f"/{PERSONAL[3]}", headers={"X-Case": PERSONAL[3]})
    client.post(
        "/batch",
        params={"on": "2024-03-01", "key": "id"},
        content=json.dumps({"id": PERSONAL[3], **person}).encode() + b"\nnot json\n",
    )
    client.post(f"/funding/{PERSONAL[3]}", json={})
    # The server writes a request's line once its answer is sent: wait for the last one.
    for _ in range(200):
        log = server[1].read_text(encoding="utf-8")
        if "POST /funding/{formula} 404" in log:
            break
        time.sleep(0.05)

    assert "POST /check 200" in log
    assert "POST /funding/{formula} 404" in log
    assert [] == [value for value in PERSONAL if value in log]
