"""The shape of the public API: what is exported, and that values are frozen."""

from __future__ import annotations

import attrs

import integration_rules
from integration_rules import errors, facts, rules


def test_top_level_exports_the_public_contract() -> None:
    """Person, Outcome, check, catalog and the errors are importable from the package."""
    for name in (
        "Person",
        "Outcome",
        "check",
        "catalog",
        "Decision",
        "IntegrationRulesError",
        "InvalidFact",
    ):
        assert name in integration_rules.__all__
        assert hasattr(integration_rules, name)


def test_all_lists_existing_names_once() -> None:
    """Every module's __all__ names real attributes, each once."""
    for module in (integration_rules, rules, errors, facts):
        assert len(module.__all__) == len(set(module.__all__))
        for name in module.__all__:
            assert hasattr(module, name), (module.__name__, name)


def test_rules_facade_exports_every_public_name() -> None:
    """integration_rules.rules: __all__ is exactly its public names."""
    public = {name for name in dir(rules) if not name.startswith("_")}

    assert public == set(rules.__all__)


def test_value_classes_are_frozen() -> None:
    """Every attrs class of the public API is frozen."""
    for name in integration_rules.__all__:
        obj = getattr(integration_rules, name)
        if isinstance(obj, type) and attrs.has(obj):
            assert all(a.on_setattr is None for a in attrs.fields(obj)), name
            assert obj.__setattr__ is not object.__setattr__, name


def test_every_error_derives_from_the_root() -> None:
    """Every exception the library defines is an IntegrationRulesError."""
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.IntegrationRulesError)


def test_version_is_exposed() -> None:
    """__version__ is a string."""
    assert isinstance(integration_rules.__version__, str)
