"""The Person class as type checkers see it: generated, do not edit.

Written by ``python -m integration_rules.facts`` from the facts' declarations; a test checks that
it is up to date. At run time the class is made from the same declarations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from attrs import frozen

from integration_rules._core._schema import Record


@frozen(kw_only=True, init=False)
class Person(Record):
    """What is known about one subject (see the run-time class)."""

    birth_date: dt.date | None
    sex: str | None
    domicile: str | None
    residence_status: str | None
    arrival_date: dt.date | None
    language_level: str | None
    apprenticeship_contract: bool | None
    difficulties: frozenset[str] | None
    registered_job_seeker: bool | None
    hard_to_place: bool | None
    wants_to_resume_work: bool | None
    asylum_request_date: dt.date | None
    status_since: dt.date | None
    residence_permit_since: dt.date | None
    oral_language_level: str | None
    written_language_level: str | None
    refugee_status_recognised: bool | None
    asylum_exclusion_ground: bool | None
    asylum_request_rejected: bool | None
    removal_not_enforceable: bool | None
    whereabouts_known: bool | None
    advanced_integration: bool | None
    integrated: bool | None
    revocation_ground: bool | None
    protection_lifted: bool | None
    in_federal_centre: bool | None
    housing: str | None
    housing_since: dt.date | None
    children_birth_dates: tuple[dt.date, ...] | None
    neet: bool | None
    disability_recognised: bool | None
    student: bool | None
    in_training: bool | None
    durable_employment_difficulties: bool | None
    compulsory_school_completed: bool | None
    post_compulsory_solution: bool | None
    at_risk_of_dropping_out: bool | None
    late_arrival: bool | None
    international_protection: str | None
    literate: bool | None
    schooled: bool | None
    newcomer_steps_completed: tuple[str, ...] | None

    def __init__(
        self,
        *,
        birth_date: dt.date | str | None = None,
        sex: str | None = None,
        domicile: str | None = None,
        residence_status: str | None = None,
        arrival_date: dt.date | str | None = None,
        language_level: str | None = None,
        apprenticeship_contract: bool | str | None = None,
        difficulties: Collection[str] | None = None,
        registered_job_seeker: bool | str | None = None,
        hard_to_place: bool | str | None = None,
        wants_to_resume_work: bool | str | None = None,
        asylum_request_date: dt.date | str | None = None,
        status_since: dt.date | str | None = None,
        residence_permit_since: dt.date | str | None = None,
        oral_language_level: str | None = None,
        written_language_level: str | None = None,
        refugee_status_recognised: bool | str | None = None,
        asylum_exclusion_ground: bool | str | None = None,
        asylum_request_rejected: bool | str | None = None,
        removal_not_enforceable: bool | str | None = None,
        whereabouts_known: bool | str | None = None,
        advanced_integration: bool | str | None = None,
        integrated: bool | str | None = None,
        revocation_ground: bool | str | None = None,
        protection_lifted: bool | str | None = None,
        in_federal_centre: bool | str | None = None,
        housing: str | None = None,
        housing_since: dt.date | str | None = None,
        children_birth_dates: Collection[dt.date | str] | None = None,
        neet: bool | str | None = None,
        disability_recognised: bool | str | None = None,
        student: bool | str | None = None,
        in_training: bool | str | None = None,
        durable_employment_difficulties: bool | str | None = None,
        compulsory_school_completed: bool | str | None = None,
        post_compulsory_solution: bool | str | None = None,
        at_risk_of_dropping_out: bool | str | None = None,
        late_arrival: bool | str | None = None,
        international_protection: str | None = None,
        literate: bool | str | None = None,
        schooled: bool | str | None = None,
        newcomer_steps_completed: Collection[str] | None = None,
    ) -> None: ...
