"""The Litestar application: each route reads a JSON body, asks the library, answers its ``to_dict()``.

Bodies are read and checked here, with the library's own converters and
messages: a bad input is a 422 ``{"error": {"field", "message"}}``, a body or
a batch over the limits a 413 of the same shape; nothing a client sends can
make a 500. Every request is logged as one line (method, route, status,
duration) by :func:`logged`, never with a value it carried.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

from attrs import frozen
from litestar import Litestar, Request, Response, get, post
from litestar.config.cors import CORSConfig
from litestar.enums import ScopeType
from litestar.exceptions import HTTPException
from litestar.handlers import HTTPRouteHandler
from litestar.response import Stream
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from integration_rules import __version__
from integration_rules._check import (
    check,
    eligibility_periods,
    eligible_measures,
    path_to_eligibility,
)
from integration_rules._core import LANGUAGES, Money, Parameter
from integration_rules._questions import next_questions
from integration_rules._server._openapi import FUNDING, spec
from integration_rules._verify import verify
from integration_rules.batch import evaluate_stream
from integration_rules.documents import DOCUMENTS
from integration_rules.errors import (
    EvaluationError,
    IntegrationRulesError,
    InvalidArgument,
    InvalidFact,
    NoValueOnDate,
    UnknownMeasure,
    quote,
)
from integration_rules.facts import Person
from integration_rules.funding import (
    PARAMETERS as FUNDING_PARAMETERS,
)
from integration_rules.funding import (
    emergency_aid_lump_sum,
    federal_contribution,
    integration_lump_sum,
    pic_financing,
    programme_s,
)
from integration_rules.measures import Catalogue
from integration_rules.permits import (
    TRANSITIONS,
    check_transition,
    competent_office,
    statuses,
)

#: The logger of the server's lines: one per request, and one per unexpected failure.
LOG: Final = logging.getLogger("integration_rules.server")

#: The largest body accepted by default (bytes): a 10,000-line caseload fits.
MAX_BODY_BYTES: Final = 8 * 1024 * 1024
#: The most lines of a caseload accepted by default by ``/batch``.
MAX_BATCH_LINES: Final = 10_000
#: The deepest JSON nesting read: a person's facts are two levels deep at most.
_MAX_DEPTH: Final = 32
_JSON: Final = "application/json"
_JSONL: Final = "application/x-ndjson"


@frozen
class Limits:
    """The server's limits on what a request may carry.

    Attributes:
        max_body_bytes: The largest body, in bytes.
        max_batch_lines: The most lines of a ``/batch`` caseload.
    """

    max_body_bytes: int = MAX_BODY_BYTES
    max_batch_lines: int = MAX_BATCH_LINES


class HttpError(Exception):
    """A request refused, with its status, the field at fault and why."""

    def __init__(self, status: int, field: str | None, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.field = field
        self.message = message


def _error(status: int, field: str | None, message: str) -> Response[bytes]:
    return Response(
        _dumps({"error": {"field": field, "message": message}}),
        status_code=status,
        media_type=_JSON,
    )


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _refused(error: Exception) -> HttpError:
    """The 422 for an error the library raised on a bad input, with its own message."""
    field = getattr(error, "field", None)
    if isinstance(error, UnknownMeasure):
        field = "measure"
    elif isinstance(error, NoValueOnDate):
        field = error.id
    return HttpError(422, field if isinstance(field, str) else None, str(error))


# -- reading requests -----------------------------------------------------------------


def language(header: str | None) -> str:
    """The language of explanations an ``Accept-Language`` header asks for: fr, de or en.

    The first of the languages listed, by weight, that the library speaks;
    French (the library's default) when none is.

    Example:
        >>> language("de-CH, en;q=0.8"), language("en;q=0.5, it, fr;q=0.7"), language(None)
        ('de', 'fr', 'fr')
    """
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        name, equals, value = params.strip().partition("=")
        if equals and name.strip() == "q":
            try:
                weight = float(value)
            except ValueError:
                weight = 0.0
        code = tag.strip().lower().split("-")[0]
        if code in LANGUAGES and weight > 0:
            ranked.append((-weight, index, code))
    return min(ranked)[2] if ranked else "fr"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise HttpError(422, key, f"{key}: given twice")
        result[key] = value
    return result


def _depth(value: Any, level: int = 1) -> int:
    if level > _MAX_DEPTH:
        return level
    if isinstance(value, Mapping):
        return max((_depth(v, level + 1) for v in value.values()), default=level)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level)
    return level


def parse_json(raw: bytes) -> Any:
    """The JSON value of a body, or a 422 saying why it cannot be read."""
    try:
        value = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_no_duplicates)
    except UnicodeDecodeError:
        raise HttpError(422, None, "the body is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise HttpError(
            422,
            None,
            f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})",
        ) from None
    except RecursionError:
        raise HttpError(422, None, "nested too deeply to be read") from None
    except ValueError:  # a number of thousands of digits
        raise HttpError(422, None, "a number too long to be read") from None
    if _depth(value) > _MAX_DEPTH:
        raise HttpError(422, None, "nested too deeply to be read")
    return value


async def read_body(request: Request[Any, Any, Any], limits: Limits) -> bytes:
    """The body, read up to the limit: a 413 as soon as it is over."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limits.max_body_bytes:
        raise HttpError(413, None, f"the body is over {limits.max_body_bytes} bytes")
    parts: list[bytes] = []
    size = 0
    async for part in request.stream():
        size += len(part)
        if size > limits.max_body_bytes:
            raise HttpError(413, None, f"the body is over {limits.max_body_bytes} bytes")
        parts.append(part)
    return b"".join(parts)


class Arguments:
    """A JSON body's arguments, each taken once by name; the keys left over are refused."""

    def __init__(self, body: Any, route: str, allowed: Iterable[str]) -> None:
        if not isinstance(body, Mapping):
            raise HttpError(
                422, None, f"{route}: expected a JSON object, got {_json_kind(body)}"
            )
        known = tuple(allowed)
        for key in body:
            if key not in known:
                raise HttpError(
                    422,
                    key,
                    f"{quote(key)} is not an argument of {route}; expected "
                    + ", ".join(known),
                )
        self.body = body
        self.route = route

    def required(self, name: str) -> Any:
        """The argument *name*, which must be given."""
        if self.body.get(name) is None:
            raise HttpError(422, name, f"{name}: required by {self.route}")
        return self.body[name]

    def optional(self, name: str) -> Any:
        """The argument *name*, or ``None``."""
        return self.body.get(name)

    def text(self, name: str) -> str:
        """The argument *name*, which must be a string."""
        value = self.required(name)
        if not isinstance(value, str):
            raise HttpError(422, name, f"{name}: expected a string, got {quote(value)}")
        return value

    def texts(self, name: str) -> list[str] | None:
        """The argument *name*, a list of strings, or ``None``."""
        value = self.optional(name)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise HttpError(
                422, name, f"{name}: expected a list of strings, got {quote(value)}"
            )
        return value


def _json_kind(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")


# -- the questions --------------------------------------------------------------------


@frozen
class Answer:
    """What a route answers: JSON-ready data, and how to explain it in a language."""

    data: Any
    explain: Callable[[str], str] | None = None
    each: tuple[Any, ...] = ()


def _person(arguments: Arguments, catalogue: Catalogue) -> Person:
    raw = arguments.required("person")
    if not isinstance(raw, Mapping):
        raise HttpError(
            422, "person", f"person: expected an object of facts, got {_json_kind(raw)}"
        )
    return catalogue.schema.record_class.from_mapping(raw)  # type: ignore[return-value]


def _explained(value: Any) -> Answer:
    return Answer(value.to_dict(), value.explain)


def _check(arguments: Arguments, catalogue: Catalogue) -> Answer:
    person = _person(arguments, catalogue)
    return _explained(
        check(person, arguments.text("measure"), on=arguments.required("on"), catalogue=catalogue)
    )


def _eligible(arguments: Arguments, catalogue: Catalogue) -> Answer:
    person = _person(arguments, catalogue)
    chosen = arguments.texts("measures")
    for measure_id in chosen or ():
        catalogue.find(measure_id)
    decisions = [
        d
        for d in eligible_measures(person, on=arguments.required("on"), catalogue=catalogue)
        if chosen is None or d.measure in chosen
    ]
    return Answer([d.to_dict() for d in decisions], each=tuple(decisions))


def _path(arguments: Arguments, catalogue: Catalogue) -> Answer:
    person = _person(arguments, catalogue)
    return _explained(
        path_to_eligibility(
            person, arguments.text("measure"), on=arguments.required("on"), catalogue=catalogue
        )
    )


def _periods(arguments: Arguments, catalogue: Catalogue) -> Answer:
    person = _person(arguments, catalogue)
    return _explained(
        eligibility_periods(
            person,
            arguments.text("measure"),
            start=arguments.required("start"),
            end=arguments.required("end"),
            catalogue=catalogue,
        )
    )


def _next_questions(arguments: Arguments, catalogue: Catalogue) -> Answer:
    person = _person(arguments, catalogue)
    questions = next_questions(
        person, arguments.texts("measures"), on=arguments.required("on"), catalogue=catalogue
    )
    return Answer([q.to_dict() for q in questions])


def _built_in(person: Person) -> Person:
    """*person*'s built-in facts: transitions and offices read those only."""
    if type(person) is Person:
        return person
    return Person.from_mapping(
        {k: v for k, v in person.to_mapping().items() if k in Person.schema}
    )


def _transition(arguments: Arguments, catalogue: Catalogue) -> Answer:
    person = _built_in(_person(arguments, catalogue))
    return _explained(
        check_transition(
            person,
            arguments.text("from_status"),
            arguments.text("to_status"),
            on=arguments.required("on"),
        )
    )


def _office(arguments: Arguments, catalogue: Catalogue) -> Answer:
    person = _built_in(_person(arguments, catalogue))
    return _explained(competent_office(person, on=arguments.required("on")))


def _money(arguments: Arguments, name: str) -> Money | None:
    value = arguments.optional(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise HttpError(
            422, name, f"{name}: expected an amount in CHF as a decimal string, got {quote(value)}"
        )
    try:
        return Money.of(value if isinstance(value, int) else Decimal(value))
    except ArithmeticError:
        raise HttpError(
            422, name, f"{name}: expected an amount in CHF as a decimal string, got {quote(value)}"
        ) from None
    except InvalidArgument as error:
        raise HttpError(422, name, f"{name}: {error}") from None


def _required_money(arguments: Arguments, name: str) -> Money:
    arguments.required(name)
    money = _money(arguments, name)
    assert money is not None  # noqa: S101 - required() has checked it is given
    return money


def _flag(arguments: Arguments, name: str) -> bool:
    value = arguments.optional(name)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise HttpError(422, name, f"{name}: expected true or false, got {quote(value)}")
    return value


def _months(arguments: Arguments) -> int:
    value = arguments.required("months")
    if isinstance(value, bool) or not isinstance(value, int):
        raise HttpError(422, "months", f"months: expected a whole number, got {quote(value)}")
    return value


FORMULAS: Final[Mapping[str, Callable[[Arguments], Any]]] = {
    "integration-lump-sum": lambda a: integration_lump_sum(
        a.optional("status"),
        decision_date=a.required("decision_date"),
        programme_s_paid=_money(a, "programme_s_paid"),
        formerly_s=_flag(a, "formerly_s"),
    ),
    "programme-s": lambda a: programme_s(_months(a), on=a.required("on")),
    "federal-contribution": lambda a: federal_contribution(
        _required_money(a, "cantonal_and_communal"), on=a.required("on")
    ),
    "pic-financing": lambda a: pic_financing(a.text("programme_id")),
    "emergency-aid-lump-sum": lambda a: emergency_aid_lump_sum(
        a.text("category"), on=a.optional("on")
    ),
}


def _verify(body: Any, catalogue: Catalogue) -> Answer:
    if not isinstance(body, Mapping):
        raise HttpError(
            422, None, f"/verify: expected a decision's to_dict(), got {_json_kind(body)}"
        )
    checked = verify(body, catalogue=catalogue)
    return Answer(checked.to_dict(), lambda _lang: checked.explain())


#: The questions: route, the arguments each takes, the function that answers it.
QUESTIONS: Final[
    Mapping[str, tuple[tuple[str, ...], Callable[[Arguments, Catalogue], Answer]]]
] = {
    "/check": (("person", "measure", "on"), _check),
    "/eligible": (("person", "on", "measures"), _eligible),
    "/path": (("person", "measure", "on"), _path),
    "/periods": (("person", "measure", "start", "end"), _periods),
    "/next-questions": (("person", "on", "measures"), _next_questions),
    "/transitions": (("person", "from_status", "to_status", "on"), _transition),
    "/competent-office": (("person", "on"), _office),
}


def answered(answer: Answer, lang: str) -> Response[bytes]:
    """The answer as JSON; an explained object or list carries its text in *lang*."""
    data = answer.data
    if answer.explain is not None and isinstance(data, dict):
        data = {**data, "explanation_text": answer.explain(lang), "language": lang}
    elif answer.each:
        data = [
            {**item, "explanation_text": value.explain(lang), "language": lang}
            for item, value in zip(data, answer.each, strict=True)
        ]
    return Response(_dumps(data), media_type=_JSON, headers={"Content-Language": lang})


def asked(run: Callable[[], Answer]) -> Answer:
    """*run*'s answer; the library's refusals of a bad input become a 422."""
    try:
        return run()
    except (InvalidFact, InvalidArgument, UnknownMeasure, EvaluationError, NoValueOnDate) as error:
        raise _refused(error) from None
    except IntegrationRulesError as error:
        raise _refused(error) from None


# -- the catalogues -------------------------------------------------------------------


def _parameters(catalogue: Catalogue) -> list[dict[str, Any]]:
    seen: dict[str, Parameter[Any]] = {}
    found: list[Parameter[Any]] = list(FUNDING_PARAMETERS)
    for measure in catalogue.measures:
        found.extend(measure.parameters())
    for transition in TRANSITIONS:
        found.extend(transition.rule.parameters())
    for parameter in found:
        seen.setdefault(parameter.id, parameter)
    return [seen[key].to_dict() for key in sorted(seen)]


def listings(catalogue: Catalogue) -> dict[str, bytes]:
    """The read-only answers, computed once: measures, statuses, parameters, sources."""
    return {
        "/measures": _dumps([m.to_dict() for m in catalogue.measures]),
        "/statuses": _dumps([s.to_dict() for s in statuses().values()]),
        "/parameters": _dumps(_parameters(catalogue)),
        "/sources": _dumps([d.to_dict() for d in DOCUMENTS]),
    }


# -- the application ------------------------------------------------------------------


def _batch_lines(
    raw: bytes,
    catalogue: Catalogue,
    on: str,
    measures: list[str] | None,
    key: str | None,
) -> Iterator[bytes]:
    """The rows of a caseload as JSON Lines, chunk by chunk, with the command line's row errors."""
    chunks = evaluate_stream(
        iter(raw.splitlines(keepends=True)),
        measures,
        on=on,
        format="jsonl",
        key=key,
        chunk_size=1000,
        catalogue=catalogue,
    )
    for chunk in chunks:
        result = chunk.result
        per_person = max(1, len(result.measures))
        out = [
            {"line": chunk.lines[index // per_person], **row.to_dict()}
            for index, row in enumerate(result.rows())
        ]
        out.extend(
            {"line": e.line, "field": e.field, "error": e.message}
            for e in chunk.errors
            if e.stage == "read"
        )
        yield b"".join(_dumps(item) + b"\n" for item in out)


def _first_chunk(lines: Iterator[bytes]) -> Iterator[bytes]:
    """*lines* with the first chunk computed now: a bad header or argument is still a 422."""
    try:
        first = next(lines)
    except StopIteration:
        return iter(())
    except (InvalidArgument, UnknownMeasure) as error:
        raise _refused(error) from None

    def rest() -> Iterator[bytes]:
        yield first
        try:
            yield from lines
        except IntegrationRulesError as error:  # pragma: no cover - checked on the first chunk
            yield _dumps({"error": {"field": getattr(error, "field", None), "message": str(error)}})

    return rest()


def create_app(
    catalogue: Catalogue,
    *,
    limits: Limits = Limits(),
    cors_origins: Sequence[str] = (),
) -> Litestar:
    """The Litestar application serving *catalogue* within *limits*; CORS only for *cors_origins*."""
    fixed = listings(catalogue)
    document = _dumps(spec(catalogue, __version__))
    handlers: list[HTTPRouteHandler] = []

    @get("/health", sync_to_thread=False)
    def health() -> Response[bytes]:
        return Response(_dumps({"status": "ok", "version": __version__}), media_type=_JSON)

    @get("/openapi.json", sync_to_thread=False)
    def openapi() -> Response[bytes]:
        return Response(document, media_type=_JSON)

    handlers += [health, openapi]

    def listing(path: str) -> HTTPRouteHandler:
        def handler() -> Response[bytes]:
            return Response(fixed[path], media_type=_JSON)

        return get(path, sync_to_thread=False, name=path)(handler)

    handlers += [listing(path) for path in fixed]

    def question(
        path: str, allowed: tuple[str, ...], run: Callable[[Arguments, Catalogue], Answer]
    ) -> HTTPRouteHandler:
        async def handler(request: Request[Any, Any, Any]) -> Response[bytes]:
            arguments = Arguments(parse_json(await read_body(request, limits)), path, allowed)
            answer = asked(lambda: run(arguments, catalogue))
            return answered(answer, language(request.headers.get("accept-language")))

        return post(path, name=path, status_code=200)(handler)

    handlers += [question(path, *entry) for path, entry in QUESTIONS.items()]

    handlers += _other_routes(catalogue, limits)
    return Litestar(
        route_handlers=handlers,
        exception_handlers={
            HttpError: _http_error,
            HTTPException: _framework_error,
            Exception: _unexpected,
        },
        cors_config=CORSConfig(allow_origins=list(cors_origins)) if cors_origins else None,
        openapi_config=None,
        logging_config=None,
        request_max_body_size=None,
    )


def _other_routes(catalogue: Catalogue, limits: Limits) -> list[HTTPRouteHandler]:
    """The funding formulas, /verify and /batch."""

    @post("/funding/{formula:str}", status_code=200)
    async def funding(request: Request[Any, Any, Any], formula: str) -> Response[bytes]:
        found = FORMULAS.get(formula)
        if found is None:
            raise HttpError(
                404, "formula", f"no funding formula {quote(formula)}; expected one of "
                + ", ".join(FORMULAS)
            )
        allowed = tuple(FUNDING[formula]["properties"])
        arguments = Arguments(
            parse_json(await read_body(request, limits)), f"/funding/{formula}", allowed
        )
        answer = asked(lambda: _explained(found(arguments)))
        return answered(answer, language(request.headers.get("accept-language")))

    @post("/verify", status_code=200)
    async def verify_route(request: Request[Any, Any, Any]) -> Response[bytes]:
        body = parse_json(await read_body(request, limits))
        return answered(asked(lambda: _verify(body, catalogue)), "en")

    @post("/batch", status_code=200)
    async def batch(request: Request[Any, Any, Any]) -> Stream:
        raw = await read_body(request, limits)
        lines = raw.count(b"\n") + (0 if raw.endswith(b"\n") or not raw else 1)
        if lines > limits.max_batch_lines:
            raise HttpError(
                413, None, f"the caseload is over {limits.max_batch_lines} lines ({lines})"
            )
        query = request.query_params
        on = query.get("on")
        if on is None:
            raise HttpError(422, "on", "on: required by /batch (?on=YYYY-MM-DD)")
        measures = query.getall("measure", []) or None
        key = query.get("key")
        stream = _first_chunk(_batch_lines(raw, catalogue, on, measures, key))
        return Stream(stream, media_type=_JSONL)

    return [funding, verify_route, batch]


def _http_error(_request: Request[Any, Any, Any], error: HttpError) -> Response[bytes]:
    return _error(error.status, error.field, error.message)


def _framework_error(_request: Request[Any, Any, Any], error: HTTPException) -> Response[bytes]:
    """A refusal of the framework's own (no route, wrong method, bad query) in the API's shape."""
    status = error.status_code
    if status >= 500:  # noqa: PLR2004 - server errors
        LOG.error("unexpected failure: %s", type(error).__name__)
        return _error(500, None, "internal error")
    return _error(422 if status == 400 else status, None, str(error.detail))  # noqa: PLR2004 - bad request


def _unexpected(_request: Request[Any, Any, Any], error: Exception) -> Response[bytes]:
    """A failure no input should cause: logged by its type only (a traceback shows values)."""
    LOG.error("unexpected failure: %s", type(error).__name__)
    return _error(500, None, "internal error")


def logged(app: ASGIApp) -> ASGIApp:
    """*app*, each HTTP request logged as one line: method, route, status and duration.

    The route is the template (``/funding/{formula}``), never the path a
    client sent, and no header, query or body is logged: a line can hold no
    personal value. An unexpected failure is logged by its type only.
    """

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await app(scope, receive, sending)
        except Exception as error:
            LOG.error("unexpected failure: %s", type(error).__name__)  # noqa: TRY400 - a traceback shows values
            raise
        finally:
            route = scope.get("path_template") or "(no route)"
            LOG.info(
                "%s %s %d %.1fms",
                scope.get("method", "?"),
                route,
                status,
                (time.perf_counter() - start) * 1000,
            )

    return wrapped

