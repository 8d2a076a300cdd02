"""The library's own wording, one catalogue per language.

A rule's generated label, the detail of what a leaf computed and the reason a
rule's answer changes on a day are *messages*: a code from these catalogues
and the values that fill it (see :class:`~integration_rules._core._text.Phrase`).
A value is filled in when the message is read, so a label never freezes a
parameter's value: after :meth:`~integration_rules.rules.Rule.with_parameters`
the label shows the new one.

The positional fields ``{0}``, ``{1}``… are the same in every language (a test
checks it). Adding a language means adding one catalogue here; adding a node
kind means adding its messages to each catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

FR: Final[Mapping[str, str]] = MappingProxyType(
    {
        # combinations
        "all_of": "toutes les conditions suivantes sont remplies",
        "any_of": "au moins une des conditions suivantes est remplie",
        "not": "la condition suivante n'est pas remplie",
        "at_least_n_of": "au moins {0} des conditions suivantes sont remplies",
        "at_least_n_of.counted": "{0} sur {1} remplies, {2} requises",
        # periods in force and dated parameters
        "in_force.not": "pas en vigueur le {0}",
        "in_force.starts": "entrée en vigueur",
        "in_force.ends": "fin de la période en vigueur",
        "parameter.new_value": "nouvelle valeur de {0}",
        # ages
        "age.at_least": "âgé·e d'au moins {0} ans révolus",
        "age.at_most": "âgé·e d'au plus {0} ans révolus",
        "age.between": "âgé·e de {0} à {1} ans révolus",
        "age.completed": "{0} ans révolus le {1}",
        "age.birthday": "{0} anniversaire",
        "age.birth": "naissance",
        "any_age_between": "{0} : au moins une personne de {1} à {2} ans",
        "any_age_between.ages": "âges : {0}",
        # time elapsed since a date
        "years_since.at_least": "au moins {0} ans depuis {1}",
        "years_since.more_than": "plus de {0} ans depuis {1}",
        "years_since.reached": "{0} ans depuis {1}",
        "years_since.on": "{0} ans le {1}",
        "years_since.more_than_on": "plus de {0} ans le {1}",
        "months_since.at_least": "au moins {0} mois depuis {1}",
        "months_since.more_than": "plus de {0} mois depuis {1}",
        "months_since.reached": "{0} mois depuis {1}",
        "months_since.on": "{0} mois le {1}",
        "months_since.more_than_on": "plus de {0} mois le {1}",
        # values
        "compare": "{0} {1} {2}",
        "is_true": "{0} : oui",
        "one_of": "{0} ∈ {1}",
        "contains": "{1} ∈ {0}",
        "on_scale": "{0} ≥ {1}",
        "predicate.changes": "changement de {0}",
    }
)

DE: Final[Mapping[str, str]] = MappingProxyType(
    {
        "all_of": "alle folgenden Bedingungen sind erfüllt",
        "any_of": "mindestens eine der folgenden Bedingungen ist erfüllt",
        "not": "die folgende Bedingung ist nicht erfüllt",
        "at_least_n_of": "mindestens {0} der folgenden Bedingungen sind erfüllt",
        "at_least_n_of.counted": "{0} von {1} erfüllt, {2} verlangt",
        "in_force.not": "am {0} nicht in Kraft",
        "in_force.starts": "Inkrafttreten",
        "in_force.ends": "Ende der Geltungsdauer",
        "parameter.new_value": "neuer Wert von {0}",
        "age.at_least": "mindestens {0} Jahre alt (vollendete Jahre)",
        "age.at_most": "höchstens {0} Jahre alt (vollendete Jahre)",
        "age.between": "zwischen {0} und {1} Jahre alt (vollendete Jahre)",
        "age.completed": "{0} vollendete Jahre am {1}",
        "age.birthday": "{0} Geburtstag",
        "age.birth": "Geburt",
        "any_age_between": "{0}: mindestens eine Person von {1} bis {2} Jahren",
        "any_age_between.ages": "Alter: {0}",
        "years_since.at_least": "mindestens {0} Jahre seit {1}",
        "years_since.more_than": "mehr als {0} Jahre seit {1}",
        "years_since.reached": "{0} Jahre seit {1}",
        "years_since.on": "{0} Jahre am {1}",
        "years_since.more_than_on": "mehr als {0} Jahre am {1}",
        "months_since.at_least": "mindestens {0} Monate seit {1}",
        "months_since.more_than": "mehr als {0} Monate seit {1}",
        "months_since.reached": "{0} Monate seit {1}",
        "months_since.on": "{0} Monate am {1}",
        "months_since.more_than_on": "mehr als {0} Monate am {1}",
        "compare": "{0} {1} {2}",
        "is_true": "{0}: ja",
        "one_of": "{0} ∈ {1}",
        "contains": "{1} ∈ {0}",
        "on_scale": "{0} ≥ {1}",
        "predicate.changes": "Änderung von {0}",
    }
)

EN: Final[Mapping[str, str]] = MappingProxyType(
    {
        "all_of": "all of the following hold",
        "any_of": "at least one of the following holds",
        "not": "the following does not hold",
        "at_least_n_of": "at least {0} of the following hold",
        "at_least_n_of.counted": "{0} of {1} hold, {2} required",
        "in_force.not": "not in force on {0}",
        "in_force.starts": "comes into force",
        "in_force.ends": "end of the period in force",
        "parameter.new_value": "new value of {0}",
        "age.at_least": "aged at least {0} in completed years",
        "age.at_most": "aged at most {0} in completed years",
        "age.between": "aged {0} to {1} in completed years",
        "age.completed": "{0} completed years on {1}",
        "age.birthday": "{0} birthday",
        "age.birth": "birth",
        "any_age_between": "{0}: someone aged {1} to {2}",
        "any_age_between.ages": "ages: {0}",
        "years_since.at_least": "at least {0} years since {1}",
        "years_since.more_than": "more than {0} years since {1}",
        "years_since.reached": "{0} years since {1}",
        "years_since.on": "{0} years on {1}",
        "years_since.more_than_on": "more than {0} years on {1}",
        "months_since.at_least": "at least {0} months since {1}",
        "months_since.more_than": "more than {0} months since {1}",
        "months_since.reached": "{0} months since {1}",
        "months_since.on": "{0} months on {1}",
        "months_since.more_than_on": "more than {0} months on {1}",
        "compare": "{0} {1} {2}",
        "is_true": "{0}: yes",
        "one_of": "{0} ∈ {1}",
        "contains": "{1} ∈ {0}",
        "on_scale": "{0} ≥ {1}",
        "predicate.changes": "change of {0}",
    }
)

#: The catalogue of each language the library speaks.
CATALOGUES: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {"fr": FR, "de": DE, "en": EN}
)
