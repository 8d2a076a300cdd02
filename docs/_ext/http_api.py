"""The HTTP API's reference, built from the OpenAPI document the server serves.

``{http-api}`` renders each route of
:func:`integration_rules._server._openapi.spec` (over the library's own
catalogue): its method and path, what it does, the body it takes and what it
answers, and the ``Person`` schema read from the fact declarations. The page
cannot drift from the server: both read the same function.
"""

from __future__ import annotations

import json
from typing import Any

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

import integration_rules
from integration_rules._server._openapi import spec
from integration_rules.measures import CATALOGUE


def _schema(title: str, schema: Any) -> list[nodes.Node]:
    text = json.dumps(schema, ensure_ascii=False, indent=2)
    block = nodes.literal_block(text, text, language="json")
    return [nodes.paragraph(text=title), block]


class HttpApi(SphinxDirective):
    """One section per route of the OpenAPI document, then the Person schema."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        """Build the sections."""
        document = spec(CATALOGUE, integration_rules.__version__)
        out: list[nodes.Node] = []
        for path, operations in document["paths"].items():
            for method, operation in operations.items():
                title = f"{method.upper()} {path}"
                section = nodes.section(ids=[nodes.make_id(f"http-{method}-{path}")])
                section += nodes.title(text=title)
                section += nodes.paragraph(text=operation["summary"])
                if "description" in operation:
                    section += nodes.paragraph(text=operation["description"])
                body = operation.get("requestBody", {}).get("content", {})
                for media, content in body.items():
                    section += _schema(f"Body ({media}):", content["schema"])
                answer = operation["responses"]["200"]["content"]
                for media, content in answer.items():
                    section += _schema(f"Answer 200 ({media}):", content["schema"])
                out.append(section)
        person = nodes.section(ids=["http-person-schema"])
        person += nodes.title(text="Person")
        person += _schema(
            "The JSON Schema of a person, one property per declared fact:",
            document["components"]["schemas"]["Person"],
        )
        errors = nodes.section(ids=["http-error-schema"])
        errors += nodes.title(text="Error")
        errors += _schema(
            "Every refusal (413, 422, 404, 405) has this shape:",
            document["components"]["schemas"]["Error"],
        )
        return [*out, person, errors]


def setup(app: Any) -> dict[str, Any]:
    """Register the directive."""
    app.add_directive("http-api", HttpApi)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
