"""Sphinx configuration for the integration_rules documentation.

Build it from the repository root with::

    sphinx-build -n -W --keep-going -b html docs docs/_build/html
"""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.util import logging
from sphinx.util.nodes import make_refnode

# Build from the source tree, installed or not; docs/_ext holds the local extensions.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent / "_ext"))

import integration_rules

project = "integration_rules"
author = "integration_rules developers"
copyright = "integration_rules developers"
release = integration_rules.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    # Local: the status, office and transition catalogues, built from the data.
    "catalogues",
    # Local: the HTTP API's reference, from the OpenAPI document the server serves.
    "http_api",
    # Local: the legislation explorer, a page per measure, status, parameter and
    # document in French, German and English, written from the data at each build.
    "explorer",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]
language = "en"

# The data's words and the wording quoted from the sources are shown as the library
# holds them: no "smart" quotes replacing the apostrophes of a quoted legal text.
smartquotes = False

# -- MyST ---------------------------------------------------------------------
myst_heading_anchors = 3

# -- autodoc and napoleon ------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_default_options: dict[str, Any] = {}
# Show default values as the source writes them (``network=CII_VALAIS``), not as
# the repr of the object, which for a network or a rule is pages long.
autodoc_preserve_defaults = True
python_use_unqualified_type_names = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_custom_sections = ["Legal basis"]

# -- HTML ----------------------------------------------------------------------
# Furo: a readable sidebar, light and dark modes, search with snippets, and tables
# that scroll inside their own box (custom.css) rather than widen the page.
html_theme = "furo"
html_title = "integration_rules"
html_short_title = "integration_rules"
html_static_path = ["_static"]
html_css_files = ["custom.css"]
html_theme_options = {
    "navigation_with_keys": True,
    "top_of_page_buttons": [],
}
# The search index keeps each page's text, so that results show a snippet.
html_copy_source = True
html_show_sourcelink = False

# -- nitpicky mode ---------------------------------------------------------------
# No intersphinx (the build runs without network), so references to the standard
# library and to the dependencies cannot be resolved. Only those are ignored here.
nitpick_ignore_regex = [
    # Standard-library types in signatures and docstrings (datetime.date, decimal.Decimal,
    # collections.abc.Mapping, pathlib.Path…).
    (
        "py:class",
        r"(datetime|dt|decimal|collections\.abc|typing|enum|abc|pathlib|os)\..*",
    ),
    # attrs and pyrsistent: dependencies whose docs are not linked (attrs.evolve, pyrsistent.PMap…).
    ("py:(class|func|obj)", r"(attr|attrs|pyrsistent)(\..*)?"),
    # dateutil, named in the docstrings on dates.
    ("py:class", r"dateutil\..*"),
    # numpy (the columnar engine) and Hypothesis (the testing strategies): optional
    # dependencies whose docs are not linked (numpy.ndarray, SearchStrategy…).
    ("py:class", r"(numpy|np|hypothesis)\..*"),
    # Type variables of generic classes (Parameter[T], History[T]): nothing to link to.
    ("py:class", r"integration_rules\._core\._\w+\.T"),
]
nitpick_ignore: list[tuple[str, str]] = []

# The public names, in the modules where the reference documents them. Type hints
# and docstrings name classes by their private home (integration_rules._core._rule.Rule);
# _public_target() sends such references to the documented public name.
_PUBLIC_MODULES = (
    "integration_rules",
    "integration_rules.rules",
    "integration_rules.errors",
    "integration_rules.facts",
    "integration_rules.documents",
    "integration_rules.organisations",
    "integration_rules.permits",
    "integration_rules.measures",
    "integration_rules.network",
    "integration_rules.funding",
    "integration_rules.columnar",
    "integration_rules.testing",
    "integration_rules.batch",
)


def _public_names(target: str) -> list[str]:
    """The names under which *target* may be documented in a public module.

    ``integration_rules._core._rule.Rule`` gives ``Rule``;
    ``integration_rules.measures._measure.Schedule.sessions`` gives
    ``Schedule.sessions``, then ``sessions``; a name outside the package, such
    as the short ``Schedule.sessions``, is tried as it is.
    """
    parts = target.split(".")
    if not target.startswith("integration_rules."):
        return [target]
    private = [i for i, part in enumerate(parts) if part.startswith("_")]
    qualified = ".".join(parts[private[-1] + 1 :]) if private else ""
    return [name for name in dict.fromkeys([qualified, parts[-1]]) if name]


def _public_target(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve a reference to a private path or a short name to its public documentation."""
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    domain = env.get_domain("py")
    for name in _public_names(target):
        for module in _PUBLIC_MODULES:
            entry = domain.objects.get(f"{module}.{name}")
            if entry is not None:
                return make_refnode(
                    app.builder, node["refdoc"], entry.docname, entry.node_id, contnode
                )
    return None


def _strip_trailing_blank_lines(_app: Any, doctree: nodes.document) -> None:
    """Drop the blank line that ends each doctest block.

    pytest runs the ``>>>`` examples of the Markdown pages as doctests, and a
    doctest's expected output ends at a blank line: so each code block ends with
    one, before the closing fence. It is not shown.
    """
    for block in doctree.findall(nodes.literal_block):
        text = block.astext()
        if text.endswith("\n") and block.rawsource == text:
            stripped = text.rstrip("\n")
            block.rawsource = stripped
            block.children = [nodes.Text(stripped)]


def _prose_colon_in_property(
    _app: Any, what: str, _name: str, _obj: Any, _options: Any, lines: list[str]
) -> None:
    """Keep a property's first sentence from being read as ``type: description``.

    Napoleon reads the first line of a property's docstring as Google's
    ``type: description``, so "The day the data describes when no date is
    given: the latest day…" would make "The day … given" a type (an unresolved
    reference under ``-n``). A part before the colon of four words or more is
    prose, not a type: its colon becomes a dash. Runs before napoleon.
    """
    if what != "property" or not lines:
        return
    head, colon, tail = lines[0].partition(": ")
    if colon and "`" not in head and len(head.split()) >= 4:  # noqa: PLR2004 - four words
        lines[0] = f"{head} — {tail}"


def _public_api(module: Any) -> list[str]:
    """The public names of *module*: its ``__all__``.

    A module without ``__all__`` exports, by the usual convention, the
    classes and functions it defines whose names do not start with an
    underscore.
    """
    names = getattr(module, "__all__", None)
    if names is not None:
        return list(names)
    return [
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == module.__name__
        and (inspect.isclass(value) or inspect.isfunction(value))
    ]


def _check_public_api_documented(_app: Any, env: Any) -> None:
    """Warn (an error under ``-W``) for a public name the API reference misses.

    The reference lists the public names one by one; this keeps it in step
    with the ``__all__`` of the public modules. A name documented under
    another public module, as the same object, counts; so does a name
    documented under its own module, whatever its value (a module may compute
    one on each access, as a lazy ``__version__``).
    """
    documented = env.get_domain("py").objects
    modules = {name: importlib.import_module(name) for name in _PUBLIC_MODULES}
    for module_name, module in modules.items():
        for name in _public_api(module):
            value = getattr(module, name)
            if not any(
                f"{other}.{name}" in documented
                and (other == module_name or getattr(other_module, name, None) is value)
                for other, other_module in modules.items()
            ):
                _LOGGER.warning(
                    "%s.%s is public (in __all__) but not in docs/reference/api.md",
                    module_name,
                    name,
                    type="integration_rules",
                    subtype="api",
                )


_LOGGER = logging.getLogger(__name__)


def setup(app: Any) -> dict[str, Any]:
    """Connect the helpers above."""
    app.connect("missing-reference", _public_target)
    app.connect("doctree-read", _strip_trailing_blank_lines)
    app.connect("env-check-consistency", _check_public_api_documented)
    app.connect("autodoc-process-docstring", _prose_colon_in_property, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
