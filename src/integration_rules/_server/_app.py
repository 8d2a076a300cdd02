"""The routes of the HTTP server: each reads its arguments, asks the library, answers its ``to_dict()``.

What a request may carry, how its body is read and checked, the shape of a
refusal and the log are the request boundary's
(:mod:`integration_rules._server._boundary`); here are the questions, the
funding formulas, the catalogues' listings, ``/verify`` and ``/batch``, and the
application that serves them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

from attrs import frozen
from litestar import Litestar, Request, Response, get, post
from litestar.config.cors import CORSConfig
from litestar.handlers import HTTPRouteHandler
from litestar.response import Stream

from integration_rules import __version__
from integration_rules._check import (
    check,
    eligibility_periods,
    eligible_measures,
    path_to_eligibility,
)
from integration_rules._core import Money, Parameter
from integration_rules._questions import next_questions
from integration_rules._server._boundary import (
    JSON,
    Arguments,
    HttpError,
    Limits,
    asked,
    caseload_body,
    dumps,
    exception_handlers,
    json_body,
    json_kind,
    language,
    problem_body,
    refused,
)
from integration_rules._server._openapi import FUNDING, spec
from integration_rules._verify import verify
from integration_rules.batch import evaluate_stream
from integration_rules.documents import DOCUMENTS
from integration_rules.errors import (
    IntegrationRulesError,
    InvalidArgument,
    UnknownMeasure,
    quote,
)
from integration_rules.facts import RESIDENCE_STATUSES, Person
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

#: The media type of ``/batch``'s answer: one JSON object a line.
_JSONL: Final = "application/x-ndjson"


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
            422, "person", f"person: expected an object of facts, got {json_kind(raw)}"
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
            422, None, f"/verify: expected a decision's to_dict(), got {json_kind(body)}"
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
    return Response(dumps(data), media_type=JSON, headers={"Content-Language": lang})


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
        "/measures": dumps([m.to_dict() for m in catalogue.measures]),
        # In the order of RESIDENCE_STATUSES: the catalogue is a map whose order varies by process.
        "/statuses": dumps(
            [statuses()[c].to_dict() for c in RESIDENCE_STATUSES if c in statuses()]
        ),
        "/parameters": dumps(_parameters(catalogue)),
        "/sources": dumps([d.to_dict() for d in DOCUMENTS]),
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
        yield b"".join(dumps(item) + b"\n" for item in out)


def _first_chunk(lines: Iterator[bytes]) -> Iterator[bytes]:
    """*lines* with the first chunk computed now: a bad header or argument is still a 422."""
    try:
        first = next(lines)
    except StopIteration:
        return iter(())
    except (InvalidArgument, UnknownMeasure) as error:
        raise refused(error) from None

    def rest() -> Iterator[bytes]:
        yield first
        try:
            yield from lines
        except IntegrationRulesError as error:  # pragma: no cover - checked on the first chunk
            yield problem_body(getattr(error, "field", None), str(error))

    return rest()


def create_app(
    catalogue: Catalogue,
    *,
    limits: Limits = Limits(),  # noqa: B008 - a frozen value
    cors_origins: Sequence[str] = (),
) -> Litestar:
    """The Litestar application serving *catalogue* within *limits*; CORS only for *cors_origins*."""
    fixed = listings(catalogue)
    document = dumps(spec(catalogue, __version__))
    handlers: list[HTTPRouteHandler] = []

    @get("/health", sync_to_thread=False)
    def health() -> Response[bytes]:
        return Response(dumps({"status": "ok", "version": __version__}), media_type=JSON)

    @get("/openapi.json", sync_to_thread=False)
    def openapi() -> Response[bytes]:
        return Response(document, media_type=JSON)

    handlers += [health, openapi]

    def listing(path: str) -> HTTPRouteHandler:
        def handler() -> Response[bytes]:
            return Response(fixed[path], media_type=JSON)

        return get(path, sync_to_thread=False, name=path)(handler)

    handlers += [listing(path) for path in fixed]

    def question(
        path: str, allowed: tuple[str, ...], run: Callable[[Arguments, Catalogue], Answer]
    ) -> HTTPRouteHandler:
        async def handler(request: Request[Any, Any, Any]) -> Response[bytes]:
            arguments = Arguments(await json_body(request, limits), path, allowed)
            answer = asked(lambda: run(arguments, catalogue))
            return answered(answer, language(request.headers.get("accept-language")))

        return post(path, name=path, status_code=200)(handler)

    handlers += [question(path, *entry) for path, entry in QUESTIONS.items()]

    handlers += _other_routes(catalogue, limits)
    return Litestar(
        route_handlers=handlers,
        exception_handlers=exception_handlers(),
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
        arguments = Arguments(await json_body(request, limits), f"/funding/{formula}", allowed)
        answer = asked(lambda: _explained(found(arguments)))
        return answered(answer, language(request.headers.get("accept-language")))

    @post("/verify", status_code=200)
    async def verify_route(request: Request[Any, Any, Any]) -> Response[bytes]:
        body = await json_body(request, limits)
        return answered(asked(lambda: _verify(body, catalogue)), "en")

    @post("/batch", status_code=200)
    async def batch(request: Request[Any, Any, Any]) -> Stream:
        raw = await caseload_body(request, limits)
        query = request.query_params
        on = query.get("on")
        if on is None:
            raise HttpError(422, "on", "on: required by /batch (?on=YYYY-MM-DD)")
        measures = query.getall("measure", []) or None
        key = query.get("key")
        stream = _first_chunk(_batch_lines(raw, catalogue, on, measures, key))
        return Stream(stream, media_type=_JSONL)

    return [funding, verify_route, batch]
