"""The HTTP API described as OpenAPI 3.1: its routes, and JSON Schemas read from the declarations.

The ``Person`` schema is generated from the fact declarations of the served
catalogue (:data:`~integration_rules.facts.FACTS`, and a catalogue's own
facts): one property per fact, typed by its kind, with its values, bounds and
labels. The other schemas describe the ``to_dict()`` shapes the library
returns and the one error shape. This module imports no web framework: the
documentation is built from it without one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, Final

from attrs import frozen

from integration_rules._core import LANGUAGES
from integration_rules.facts import Fact
from integration_rules.measures import Catalogue

#: The version of the HTTP API's shapes (the decisions carry the library's ``schema_version``).
API_VERSION: Final = "1"

_NULL: Final = {"type": "null"}
_DATE: Final = {"type": "string", "format": "date", "examples": ["2024-03-01"]}
_TEXT: Final = {
    "type": "object",
    "description": "A text in French, German and English.",
    "properties": {lang: {"type": "string"} for lang in LANGUAGES},
    "required": list(LANGUAGES),
}
_DECIMAL: Final = {
    "description": "A decimal number, as a string (exact) or a JSON number.",
    "anyOf": [
        {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$"},
        {"type": "integer"},
    ],
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _bound(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _date_of(fact: Fact) -> dict[str, Any]:
    known = dict(_DATE)
    if fact.minimum is not None:
        known["description"] = f"on or after {_bound(fact.minimum)}"
    return known


def _integer(fact: Fact) -> dict[str, Any]:
    known: dict[str, Any] = {"type": "integer"}
    if fact.minimum is not None:
        known["minimum"] = fact.minimum
    if fact.maximum is not None:
        known["maximum"] = fact.maximum
    return known


def _category(fact: Fact) -> dict[str, Any]:
    if fact.values:
        return {"type": "string", "enum": list(fact.values)}
    if fact.examples:
        return {"type": "string", "examples": list(fact.examples[:5])}
    return {"type": "string"}


def _codes(fact: Fact) -> dict[str, Any]:
    known: dict[str, Any] = {
        "type": "array",
        "items": {"type": "string", "enum": list(fact.values)},
    }
    if fact.kind == "set":
        known["uniqueItems"] = True
    return known


#: The JSON Schema of a known value of each kind of fact.
_BY_KIND: Final[Mapping[str, Callable[[Fact], dict[str, Any]]]] = {
    "bool": lambda _fact: {"type": "boolean"},
    "date": _date_of,
    "integer": _integer,
    "decimal": lambda _fact: dict(_DECIMAL),
    "money": lambda _fact: dict(_DECIMAL),
    "category": _category,
    "set": _codes,
    "sequence": _codes,
    "dates": lambda _fact: {"type": "array", "items": dict(_DATE)},
}


def fact_schema(fact: Fact) -> dict[str, Any]:
    """The JSON Schema of one fact's value, from its declaration (``null`` is unknown).

    Example:
        >>> from integration_rules.facts import FACTS
        >>> fact_schema(FACTS["sex"])["anyOf"][0]
        {'type': 'string', 'enum': ['F', 'M']}
    """
    known = _BY_KIND[fact.kind](fact)
    return {
        "anyOf": [known, _NULL],
        "title": fact.label.en,
        "description": " / ".join(
            part for part in (fact.label.fr, fact.label.de, fact.description) if part
        ),
        "x-kind": fact.kind,
    }


def person_schema(catalogue: Catalogue) -> dict[str, Any]:
    """The JSON Schema of a person over *catalogue*'s facts: every fact optional, none other."""
    return {
        "type": "object",
        "description": (
            "What is known about a person: each key a fact, a missing key or null "
            "an unknown fact. A key that is not a fact is refused."
        ),
        "properties": {fact.name: fact_schema(fact) for fact in catalogue.schema.facts},
        "additionalProperties": False,
    }


_ERROR: Final = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "field": {
                    "type": ["string", "null"],
                    "description": "The field at fault, when there is one.",
                },
                "message": {
                    "type": "string",
                    "description": "What was expected: the library's own message.",
                },
            },
            "required": ["field", "message"],
        }
    },
    "required": ["error"],
}

_EXPLAINED: Final = {
    "explanation_text": {
        "type": "string",
        "description": "The explanation as text, in the language Accept-Language chose.",
    },
    "language": {"type": "string", "enum": list(LANGUAGES)},
}

_OUTCOME: Final = {"type": "string", "enum": ["eligible", "ineligible", "undetermined"]}
_DECISION: Final = {
    "type": "object",
    "description": "A decision: Decision.to_dict(), with its text explanation.",
    "properties": {
        "schema_version": {"type": "integer"},
        "measure": {"type": ["string", "null"]},
        "on": {"type": "string", "format": "date"},
        "outcome": _OUTCOME,
        "eligible": {"type": "boolean"},
        "missing": {"type": "array", "items": {"type": "string"}},
        "explanation": {"type": "object"},
        "record": {"type": "object"},
        **_EXPLAINED,
    },
    "required": ["schema_version", "on", "outcome", "eligible", "missing", "explanation"],
}
_EXPLAINED_OBJECT: Final = {
    "type": "object",
    "description": "The library's to_dict() of the answer, with its text explanation.",
    "properties": dict(_EXPLAINED),
    "required": ["explanation_text", "language"],
}
_AMOUNT: Final = {
    "type": "object",
    "description": "An amount: Amount.to_dict(), every franc explained, with its text explanation.",
    "properties": dict(_EXPLAINED),
    "required": ["explanation_text", "language"],
}
_LIST: Final = {"type": "array", "items": {"type": "object"}}


def _question(person: bool, **properties: Any) -> dict[str, Any]:
    """The schema of a question's body: *properties*, all required, and the person if asked."""
    shown = {"person": _ref("Person")} if person else {}
    shown.update(properties)
    return {
        "type": "object",
        "properties": shown,
        "required": list(shown),
        "additionalProperties": False,
    }


def _optional(schema: dict[str, Any], **optional: Any) -> dict[str, Any]:
    return {**schema, "properties": {**schema["properties"], **optional}}


_MEASURE: Final = {"type": "string", "examples": ["formavenir"]}
_STATUS: Final = {"type": "string", "examples": ["F", "B"]}
_MEASURES: Final = {"type": "array", "items": {"type": "string"}}


@frozen
class Route:
    """One route of the API: method, path, what it does, its body and its answer."""

    method: str
    path: str
    summary: str
    body: dict[str, Any] | None
    answer: dict[str, Any]
    explained: bool = False


#: The funding formulas served under ``/funding/…``: the argument each takes.
FUNDING: Final[Mapping[str, dict[str, Any]]] = {
    "integration-lump-sum": _optional(
        _question(False, status={"type": ["string", "null"]}, decision_date=_DATE),
        programme_s_paid={"anyOf": [_DECIMAL, _NULL]},
        formerly_s={"type": "boolean"},
    ),
    "programme-s": _question(False, months={"type": "integer", "minimum": 0}, on=_DATE),
    "federal-contribution": _question(False, cantonal_and_communal=_DECIMAL, on=_DATE),
    "pic-financing": _question(False, programme_id={"type": "string"}),
    "emergency-aid-lump-sum": _optional(
        _question(
            False,
            category={"type": "string", "enum": ["dublin", "accelerated", "extended"]},
        ),
        on=_DATE,
    ),
}

ROUTES: Final[tuple[Route, ...]] = (
    Route("get", "/health", "Whether the server is up.", None, {"type": "object"}),
    Route("get", "/measures", "The measures of the served catalogue.", None, _LIST),
    Route("get", "/statuses", "The residence statuses.", None, _LIST),
    Route("get", "/parameters", "Every parameter, with its dated values.", None, _LIST),
    Route("get", "/sources", "Every document the library cites.", None, _LIST),
    Route(
        "post",
        "/check",
        "Decide whether a person may join a measure on a date.",
        _question(True, measure=_MEASURE, on=_DATE),
        _ref("Decision"),
        explained=True,
    ),
    Route(
        "post",
        "/eligible",
        "Every measure (or those named) with its decision: eligible first.",
        _optional(_question(True, on=_DATE), measures=_MEASURES),
        {"type": "array", "items": _ref("Decision")},
        explained=True,
    ),
    Route(
        "post",
        "/path",
        "What blocks a person from a measure, what would change it, and from when.",
        _question(True, measure=_MEASURE, on=_DATE),
        _EXPLAINED_OBJECT,
        explained=True,
    ),
    Route(
        "post",
        "/periods",
        "The periods of constant outcome from start to end.",
        _question(True, measure=_MEASURE, start=_DATE, end=_DATE),
        _EXPLAINED_OBJECT,
        explained=True,
    ),
    Route(
        "post",
        "/next-questions",
        "The unknown facts to ask next, those that would decide most first.",
        _optional(_question(True, on=_DATE), measures=_MEASURES),
        _LIST,
    ),
    Route(
        "post",
        "/transitions",
        "Whether a person may be examined for a change of residence status.",
        _question(True, from_status=_STATUS, to_status=_STATUS, on=_DATE),
        _ref("Decision"),
        explained=True,
    ),
    Route(
        "post",
        "/competent-office",
        "The office competent for a person on a date.",
        _question(True, on=_DATE),
        _ref("Decision"),
        explained=True,
    ),
    *(
        Route(
            "post",
            f"/funding/{name}",
            f"The funding formula {name.replace('-', ' ')}.",
            body,
            _ref("Amount"),
            explained=True,
        )
        for name, body in FUNDING.items()
    ),
    Route(
        "post",
        "/verify",
        "Check a stored decision (a decision's to_dict()) again with this library.",
        {"type": "object", "description": "A decision as /check returned it."},
        _EXPLAINED_OBJECT,
    ),
)

_BATCH: Final = {
    "post": {
        "operationId": "batch",
        "summary": "Evaluate a caseload: JSON Lines in, JSON Lines out, streamed.",
        "description": (
            "Each line of the body is one person's facts (a JSON object; the key "
            "column, id by default, is the case number). Each line of the answer "
            "is a row (line, key, measure, outcome, missing, error) or a line that "
            "could not be read (line, field, error), as the command line reports them."
        ),
        "parameters": [
            {"name": "on", "in": "query", "required": True, "schema": _DATE},
            {
                "name": "measure",
                "in": "query",
                "required": False,
                "schema": {"type": "array", "items": {"type": "string"}},
                "style": "form",
                "explode": True,
            },
            {"name": "key", "in": "query", "required": False, "schema": {"type": "string"}},
        ],
        "requestBody": {
            "required": True,
            "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
        },
        "responses": {
            "200": {
                "description": "One JSON object a line.",
                "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
            },
            "413": {"$ref": "#/components/responses/TooLarge"},
            "422": {"$ref": "#/components/responses/BadInput"},
        },
    }
}


def _operation(route: Route) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": route.path.strip("/").replace("/", "-") or "root",
        "summary": route.summary,
        "responses": {
            "200": {
                "description": "The answer.",
                "content": {"application/json": {"schema": route.answer}},
            },
        },
    }
    if route.explained:
        operation["parameters"] = [
            {
                "name": "Accept-Language",
                "in": "header",
                "required": False,
                "description": "fr, de or en (French by default): the explanation's language.",
                "schema": {"type": "string"},
            }
        ]
    if route.body is not None:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": route.body}},
        }
        operation["responses"]["413"] = {"$ref": "#/components/responses/TooLarge"}
        operation["responses"]["422"] = {"$ref": "#/components/responses/BadInput"}
    return operation


def spec(catalogue: Catalogue, version: str) -> dict[str, Any]:
    """The OpenAPI 3.1 document of the API serving *catalogue*, library *version*."""
    paths: dict[str, Any] = {r.path: {r.method: _operation(r)} for r in ROUTES}
    paths["/batch"] = _BATCH
    error = {"content": {"application/json": {"schema": _ref("Error")}}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "integration_rules",
            "version": f"{version} (API {API_VERSION})",
            "description": (
                "The rules of integration programmes as explainable, sourced code, "
                "over HTTP. Every answer is the library's to_dict() shape."
            ),
        },
        "paths": paths,
        "components": {
            "schemas": {
                "Person": person_schema(catalogue),
                "Decision": _DECISION,
                "Amount": _AMOUNT,
                "Error": _ERROR,
            },
            "responses": {
                "BadInput": {"description": "A bad input: the field and what was expected.", **error},
                "TooLarge": {"description": "The body or the batch is over the limit.", **error},
            },
        },
    }
