"""The request boundary of the HTTP server: what a request may carry, and what a refusal looks like.

Bodies are read here, within :class:`Limits`, and checked with the library's
own converters and messages: a bad input is a 422 ``{"error": {"field",
"message"}}``, a body or a batch over the limits a 413 of the same shape;
nothing a client sends can make a 500. Every request is logged as one line
(method, route, status, duration) by :func:`logged`, never with a value it
carried. The routes (:mod:`integration_rules._server._app`) take their
arguments from here.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, TypeVar

from attrs import frozen
from litestar import Request, Response
from litestar.enums import ScopeType
from litestar.exceptions import HTTPException
from litestar.types import ASGIApp, ExceptionHandlersMap, Message, Receive, Scope, Send

from integration_rules._core import LANGUAGES
from integration_rules.errors import (
    EvaluationError,
    IntegrationRulesError,
    InvalidArgument,
    InvalidFact,
    NoValueOnDate,
    UnknownMeasure,
    quote,
)

T = TypeVar("T")

#: The logger of the server's lines: one per request, and one per unexpected failure.
LOG: Final = logging.getLogger("integration_rules.server")

#: The largest body accepted by default (bytes): a 10,000-line caseload fits.
MAX_BODY_BYTES: Final = 8 * 1024 * 1024
#: The most lines of a caseload accepted by default by ``/batch``.
MAX_BATCH_LINES: Final = 10_000
#: The deepest JSON nesting read: a person's facts are two levels deep at most.
_MAX_DEPTH: Final = 32
#: The media type of every answer but ``/batch``'s.
JSON: Final = "application/json"


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


def problem(status: int, field: str | None, message: str) -> Response[bytes]:
    """The answer refusing a request: *status*, and the body :func:`problem_body`."""
    return Response(problem_body(field, message), status_code=status, media_type=JSON)


def problem_body(field: str | None, message: str) -> bytes:
    """The one shape of a refusal: ``{"error": {"field": ..., "message": ...}}``."""
    return dumps({"error": {"field": field, "message": message}})


def dumps(value: Any) -> bytes:
    """*value* as compact UTF-8 JSON, the encoding of every answer."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def refused(error: Exception) -> HttpError:
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


async def json_body(request: Request[Any, Any, Any], limits: Limits) -> Any:
    """The JSON value of the body, read within *limits* (a 413, or a 422 saying why not)."""
    return parse_json(await read_body(request, limits))


async def caseload_body(request: Request[Any, Any, Any], limits: Limits) -> bytes:
    """The body of ``/batch``, read within *limits*: a 413 for too many bytes or lines."""
    raw = await read_body(request, limits)
    lines = raw.count(b"\n") + (0 if raw.endswith(b"\n") or not raw else 1)
    if lines > limits.max_batch_lines:
        raise HttpError(
            413, None, f"the caseload is over {limits.max_batch_lines} lines ({lines})"
        )
    return raw


class Arguments:
    """A JSON body's arguments, each taken once by name; the keys left over are refused."""

    def __init__(self, body: Any, route: str, allowed: Iterable[str]) -> None:
        if not isinstance(body, Mapping):
            raise HttpError(
                422, None, f"{route}: expected a JSON object, got {json_kind(body)}"
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


def json_kind(value: Any) -> str:
    """What *value*, parsed from JSON, is: "an object", "an array", "null"..."""
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")


# -- refusals and the log -----------------------------------------------------------


def asked(run: Callable[[], T]) -> T:
    """*run*'s answer; the library's refusals of a bad input become a 422."""
    try:
        return run()
    except (InvalidFact, InvalidArgument, UnknownMeasure, EvaluationError, NoValueOnDate) as error:
        raise refused(error) from None
    except IntegrationRulesError as error:
        raise refused(error) from None


def exception_handlers() -> ExceptionHandlersMap:
    """The application's handlers: every failure answers in the one shape of :func:`problem`."""
    return {
        HttpError: _http_error,
        HTTPException: _framework_error,
        Exception: _unexpected,
    }


def _http_error(_request: Request[Any, Any, Any], error: HttpError) -> Response[bytes]:
    return problem(error.status, error.field, error.message)


def _framework_error(_request: Request[Any, Any, Any], error: HTTPException) -> Response[bytes]:
    """A refusal of the framework's own (no route, wrong method, bad query) in the API's shape."""
    status = error.status_code
    if status >= 500:  # noqa: PLR2004 - server errors
        LOG.error("unexpected failure: %s", type(error).__name__)
        return problem(500, None, "internal error")
    return problem(422 if status == 400 else status, None, str(error.detail))  # noqa: PLR2004 - bad request


def _unexpected(_request: Request[Any, Any, Any], error: Exception) -> Response[bytes]:
    """A failure no input should cause: logged by its type only (a traceback shows values)."""
    LOG.error("unexpected failure: %s", type(error).__name__)
    return problem(500, None, "internal error")


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
