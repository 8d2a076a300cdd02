"""The network as an immutable value: partners, dated circle memberships, charter subscriptions.

The partners are entries of :data:`integration_rules.organisations.DIRECTORY`;
the network records which of them are members, in which circle, from when.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Final

import attrs
from attrs import field, frozen
from attrs.validators import instance_of, optional
from pyrsistent import PMap, PVector, pmap, pvector

from integration_rules._core import (
    LANGUAGES,
    Decision,
    Parameter,
    Text,
    as_date,
    evaluate,
    predicate,
    quote,
)
from integration_rules.errors import InvalidArgument
from integration_rules.network._data import (
    ATTESTED,
    CHARTER,
    CHARTER_SOURCE,
    CIRCLES_SOURCE,
    COORDINATION,
    PROVIDERS,
    SERVICES,
    CharterValue,
    Circle,
)
from integration_rules.organisations import DIRECTORY, Directory, Organisation

#: A partner of the network: a service, one of its offices, or a provider, as
#: the directory has it (:class:`integration_rules.organisations.Organisation`).
Partner = Organisation


@frozen
class Membership:
    """A service's (or provider's) place in a circle, from a date.

    Attributes:
        partner: The service or provider code (offices follow their service).
        circle: The circle.
        since: The first day of the membership.
        until: The last day, or ``None`` while it lasts.
        prospective: The circle is announced but not formed (the third circle).
    """

    partner: str = field(validator=instance_of(str))
    circle: Circle = field(validator=instance_of(Circle))
    since: dt.date = field(validator=instance_of(dt.date))
    until: dt.date | None = field(
        default=None, validator=optional(instance_of(dt.date))
    )
    prospective: bool = False

    def active(self, on: dt.date) -> bool:
        """Whether the membership holds on *on* (both ends included)."""
        return self.since <= on and (self.until is None or on <= self.until)


def _charter_value(value: CharterValue | str) -> CharterValue:
    """A charter value from the enum, or its name in French, German or English (any case)."""
    if isinstance(value, CharterValue):
        return value
    if isinstance(value, str):
        key = value.strip().casefold()
        for known in CharterValue:
            names = {
                known.value,
                *(known.label.get(lang).casefold() for lang in LANGUAGES),
            }
            if key in names:
                return known
    raise ValueError(value)


def _to_values(value: Iterable[CharterValue | str]) -> frozenset[CharterValue]:
    if isinstance(value, str):
        raise InvalidArgument(
            "values",
            f"expected a collection of charter values, got the single string {quote(value)}",
        )
    try:
        return frozenset(_charter_value(v) for v in value)
    except ValueError:
        listed = ", ".join(f'"{v.value}"' for v in CharterValue)
        raise InvalidArgument(
            "values",
            f"expected charter values among {listed} (or their French or German names), "
            f"got {quote(sorted(map(str, value)))}",
        ) from None


def _partners_of(value: Any) -> PMap[str, Partner]:
    return pmap(value)


def _memberships_of(value: Any) -> PVector[Membership]:
    return pvector(value)


def _order_of(value: Any) -> PVector[str]:
    return pvector(value)


def _charter_of(value: Any) -> PMap[str, frozenset[CharterValue]]:
    return pmap(value)


MIN_FIRST_CIRCLE: Final = Parameter(
    "network.collaboration.min_first_circle",
    2,
    label=Text(
        "dispositifs du premier cercle (au moins)",
        "Einrichtungen des ersten Kreises (mindestens)",
        "first-circle dispositifs (at least)",
    ),
    source=CIRCLES_SOURCE,
    note="« au moins deux dispositifs du premier cercle »; counted at service level: offices of one service count once.",
)
MIN_OTHER_CIRCLES: Final = Parameter(
    "network.collaboration.min_other_circles",
    1,
    label=Text(
        "dispositifs des autres cercles (au moins)",
        "Einrichtungen der anderen Kreise (mindestens)",
        "dispositifs from other circles (at least)",
    ),
    source=CIRCLES_SOURCE,
    note="« et un ou plusieurs des autres cercles »; the prospective third circle, not yet formed, does not count.",
)


def _enough_first(services: frozenset[str], *, on: dt.date) -> bool:
    return len(services) >= MIN_FIRST_CIRCLE.value_on(on)


def _enough_other(services: frozenset[str], *, on: dt.date) -> bool:
    return len(services) >= MIN_OTHER_CIRCLES.value_on(on)


def _none(partners: frozenset[str], *, on: dt.date) -> bool:  # noqa: ARG001 - the predicate signature
    return not partners


COLLABORATION_RULE: Final = (
    predicate(
        "network.collaboration.first_circle",
        Text(
            "au moins deux dispositifs du premier cercle (services distincts)",
            "mindestens zwei Einrichtungen des ersten Kreises (verschiedene Dienststellen)",
            "at least two first-circle dispositifs (distinct services)",
        ),
        ["first_circle_services"],
        _enough_first,
        source=CIRCLES_SOURCE,
    )
    & predicate(
        "network.collaboration.other_circles",
        Text(
            "au moins un dispositif d'un autre cercle",
            "mindestens eine Einrichtung eines anderen Kreises",
            "at least one dispositif from another circle",
        ),
        ["other_circle_services"],
        _enough_other,
        source=CIRCLES_SOURCE,
    )
    & predicate(
        "network.collaboration.charter",
        Text(
            "chaque partenaire partage les six valeurs de la Charte CII",
            "jeder Partner teilt die sechs Werte der IIZ-Charta",
            "every partner shares the six values of the CII charter",
        ),
        ["partners_missing_charter_values"],
        _none,
        source=CHARTER_SOURCE,
    )
).named(
    "network.collaboration",
    label=Text(
        "collaboration soutenue par la CII",
        "von der IIZ unterstützte Zusammenarbeit",
        "collaboration supported by the CII",
    ),
    source=CIRCLES_SOURCE,
)


@frozen(kw_only=True)
class Network:
    """The CII network: an immutable value; every change returns a new network.

    Attributes:
        partners: The services, offices and providers by code, as entries of
            :data:`~integration_rules.organisations.DIRECTORY`. An office is a
            partner whose parent is a partner too; a service's department is
            not in the network.
        memberships: The dated places of services and providers in the circles.
        charter: The charter values each service subscribes to.
        order: The partners' codes in the source's order.
        coordination: The code of the CII coordination organ.

    Example:
        >>> net = cii_valais()
        >>> net.service_of("ORP").code, int(net.circle_of("ORP", on=dt.date(2024, 1, 1)))
        ('SICT', 1)
    """

    partners: PMap[str, Partner] = field(converter=_partners_of)
    memberships: PVector[Membership] = field(converter=_memberships_of)
    charter: PMap[str, frozenset[CharterValue]] = field(converter=_charter_of)
    order: PVector[str] = field(converter=_order_of)
    coordination: str = COORDINATION

    def __attrs_post_init__(self) -> None:
        if set(self.order) != set(self.partners) or len(self.order) != len(
            self.partners
        ):
            raise InvalidArgument("order", "expected every partner code exactly once")

    # -- lookups -------------------------------------------------------------------------

    def partner(self, code: str) -> Partner:
        """The partner with *code*, matched without regard to case or spacing.

        Raises:
            InvalidArgument: Naming the code and listing the known ones.
        """
        if isinstance(code, str):
            key = " ".join(code.split()).casefold()
            for known in self.partners.values():
                if known.code.casefold() == key:
                    return known
        listed = ", ".join(f'"{c}"' for c in self.order)
        raise InvalidArgument("partner", f"expected one of {listed}, got {quote(code)}")

    def _network_parent(self, partner: Partner) -> Partner | None:
        """*partner*'s parent when that parent is a partner of this network, else ``None``."""
        if partner.parent is None:
            return None
        return self.partners.get(partner.parent)

    def _chain(self, partner: Partner) -> list[Partner]:
        """*partner*, its parent in the network, that one's, and so on up (each once)."""
        chain, seen = [partner], {partner.code}
        parent = self._network_parent(partner)
        while parent is not None and parent.code not in seen:
            chain.append(parent)
            seen.add(parent.code)
            parent = self._network_parent(parent)
        return chain

    def service_of(self, code: str) -> Partner:
        """The partner through which *code* is a member: the service of an office, or the partner itself.

        An office's parent counts when it is a partner of the network; a
        service whose own parent (a department) is not in the network is its
        own service.

        Example:
            >>> net = cii_valais()
            >>> net.service_of("OASI").code, net.service_of("SAS").code
            ('SAS', 'SAS')
        """
        return self._chain(self.partner(code))[-1]

    def parent(self, code: str) -> Partner | None:
        """The parent of an office in the network, or ``None`` for a service or provider.

        A parent outside the network (the department of a service) is not a
        partner: it is not returned.
        """
        return self._network_parent(self.partner(code))

    def offices_of(self, code: str) -> tuple[Partner, ...]:
        """The offices of a service in the network, in the source's order."""
        service = self.partner(code)
        found = []
        for c in self.order:
            partner = self.partners[c]
            above = [p.code for p in self._chain(partner)[1:]]
            if service.code in above:
                found.append(partner)
        return tuple(found)

    @property
    def published_on(self) -> dt.date:
        """The day the data describes when no date is given: the latest day a membership begins.

        Queries without ``on`` describe the network as the newsletter publishes it,
        with every membership known so far in place.
        """
        return max((m.since for m in self.memberships), default=dt.date.min)

    @property
    def known_from(self) -> dt.date:
        """The first day any membership is known; before it the circles are unknown."""
        return min((m.since for m in self.memberships), default=dt.date.max)

    def _day(self, on: dt.date | str | None) -> dt.date:
        return self.published_on if on is None else as_date(on, "on")

    def membership_of(
        self, code: str, *, on: dt.date | str | None = None
    ) -> Membership | None:
        """The membership of *code*'s service on *on* (default: as published), or ``None``."""
        day = self._day(on)
        service = self.service_of(code).code
        return next(
            (m for m in self.memberships if m.partner == service and m.active(day)),
            None,
        )

    def circle_of(self, code: str, *, on: dt.date | str | None = None) -> Circle | None:
        """The circle of an office or service on *on* (an office is in its service's circle).

        Without *on*, the circle as published (:attr:`published_on`).
        """
        membership = self.membership_of(code, on=on)
        return None if membership is None else membership.circle

    def partners_of(
        self,
        circle: Circle | int,
        *,
        on: dt.date | str | None = None,
        offices: bool = False,
    ) -> tuple[Partner, ...]:
        """The services (and, with *offices*, their offices) in *circle* (or its number) on *on*."""
        day = self._day(on)
        try:
            wanted = Circle(circle)
        except ValueError:
            listed = ", ".join(str(int(c)) for c in Circle)
            raise InvalidArgument(
                "circle", f"expected a Circle or one of {listed}, got {quote(circle)}"
            ) from None
        codes = [
            m.partner for m in self.memberships if m.circle == wanted and m.active(day)
        ]
        found: list[Partner] = []
        for code in codes:
            found.append(self.partners[code])
            if offices:
                found.extend(self.offices_of(code))
        return tuple(found)

    # -- changes (new values) --------------------------------------------------------

    def with_partner(self, partner: Partner) -> Network:
        """A network with *partner* (a directory entry) added, or replacing the one with its code.

        When *partner*'s parent is a partner of the network, *partner* is an
        office of it; otherwise (no parent, or a parent outside the network,
        such as a department) it is a service of its own.

        Raises:
            InvalidArgument: If *partner* is not an organisation, or its parents
                in the network lead back to it.
        """
        if not isinstance(partner, Organisation):
            raise InvalidArgument(
                "partner",
                f"expected an Organisation, got {type(partner).__name__}",
            )
        order = (
            self.order
            if partner.code in self.partners
            else self.order.append(partner.code)
        )
        changed = attrs.evolve(
            self, partners=self.partners.set(partner.code, partner), order=order
        )
        chain = changed._chain(partner)  # noqa: SLF001 - same class
        last = changed._network_parent(chain[-1])  # noqa: SLF001 - same class
        if last is not None:
            raise InvalidArgument(
                "parent",
                f"expected a parent that does not lead back to {quote(partner.code)}, "
                f"got {quote(partner.parent)}",
            )
        return changed

    def with_membership(self, membership: Membership) -> Network:
        """A network where *membership* is added (a partner joins a circle on a date)."""
        self.partner(membership.partner)
        return attrs.evolve(self, memberships=self.memberships.append(membership))

    def with_charter(self, code: str, values: Iterable[CharterValue | str]) -> Network:
        """A network where *code*'s service subscribes to exactly *values* of the charter."""
        service = self.service_of(code).code
        return attrs.evolve(self, charter=self.charter.set(service, _to_values(values)))

    # -- the collaboration rule --------------------------------------------------------------

    def collaboration_facts(
        self, codes: Iterable[str], *, on: dt.date | str | None = None
    ) -> dict[str, frozenset[str] | None]:
        """The facts the collaboration rule reads, counted at service level.

        Before the first known membership (:attr:`known_from`) the circles are
        unknown: the circle counts are ``None`` and the decision undetermined.
        """
        day = self._day(on)
        if isinstance(codes, str):
            raise InvalidArgument(
                "partners",
                f"expected a collection of partner codes, got the single string {quote(codes)}",
            )
        services = {self.service_of(code).code for code in codes}
        first: set[str] = set()
        other: set[str] = set()
        missing: set[str] = set()
        for service in services:
            membership = self.membership_of(service, on=day)
            if membership is not None and not membership.prospective:
                (first if membership.circle is Circle.FIRST else other).add(service)
            if self.charter.get(service, frozenset()) != CHARTER:
                missing.add(service)
        known = day >= self.known_from
        return {
            "first_circle_services": frozenset(first) if known else None,
            "other_circle_services": frozenset(other) if known else None,
            "partners_missing_charter_values": frozenset(missing),
        }

    def collaboration(
        self, codes: Iterable[str], *, on: dt.date | str | None = None
    ) -> Decision:
        """Whether the CII supports a collaboration between *codes* (offices or services) on *on*.

        Without *on*, the network as published (:attr:`published_on`) decides,
        and the decision carries that date.

        Supported when it involves at least two first-circle dispositifs and
        at least one from another circle, and every partner shares the six
        charter values. Offices of one service count once, as their service
        (the network's unit of membership); the prospective third circle does
        not count. The order and repetition of *codes* do not matter.

        Example:
            >>> net = cii_valais()
            >>> net.collaboration(["ORP", "OAI", "SUVA"], on="2024-03-01").outcome
            <Outcome.ELIGIBLE: 'eligible'>
            >>> net.collaboration(["ORP", "LMMT", "SUVA"], on="2024-03-01").outcome
            <Outcome.INELIGIBLE: 'ineligible'>
        """
        day = self._day(on)
        facts = self.collaboration_facts(codes, on=day)
        title = Text("Collaboration CII", "IIZ-Zusammenarbeit", "CII collaboration")
        return evaluate(
            COLLABORATION_RULE, facts, on=day, measure="cii-collaboration", title=title
        )


def collaboration(
    codes: Iterable[str],
    *,
    on: dt.date | str | None = None,
    network: Network | None = None,
) -> Decision:
    """Whether the CII supports a collaboration between *codes*: :meth:`Network.collaboration` on the CII Valais network.

    Example:
        >>> collaboration({"ORP", "OAI", "SUVA"}).outcome
        <Outcome.ELIGIBLE: 'eligible'>
        >>> collaboration({"ORP", "OAI"}, on="2024-03-01").outcome
        <Outcome.INELIGIBLE: 'ineligible'>
    """
    return (network or CII_VALAIS).collaboration(codes, on=on)


def circle_of(
    code: str, *, on: dt.date | str | None = None, network: Network | None = None
) -> Circle | None:
    """The circle of an office or service: :meth:`Network.circle_of` on the CII Valais network.

    Example:
        >>> circle_of("OCPS")
        <Circle.FIRST: 1>
    """
    return (network or CII_VALAIS).circle_of(code, on=on)


def cii_valais() -> Network:
    """The CII Valais network as the CII Valais newsletter describes it (see :mod:`integration_rules.network`)."""
    return CII_VALAIS


def _build(directory: Directory = DIRECTORY) -> Network:
    """The network of :data:`SERVICES` and :data:`PROVIDERS`, its partners taken from *directory*."""
    partners: dict[str, Partner] = {}
    memberships: list[Membership] = []
    charter: dict[str, frozenset[CharterValue]] = {}
    since = ATTESTED.value
    for code, circle, offices in SERVICES:
        partners[code] = directory[code]
        memberships.append(Membership(code, circle, since))
        charter[code] = CHARTER
        for office in offices:
            entry = directory[office]
            if entry.parent != code:
                raise InvalidArgument(
                    "parent",
                    f"expected {quote(code)} as the parent of {quote(office)} in the directory, "
                    f"got {quote(entry.parent)}",
                )
            partners[office] = entry
    for code in PROVIDERS:
        partners[code] = directory[code]
        memberships.append(Membership(code, Circle.THIRD, since, prospective=True))
    return Network(
        partners=partners,
        memberships=memberships,
        charter=charter,
        order=list(partners),
    )


#: The CII Valais network, as the CII Valais newsletter (2023) describes it.
CII_VALAIS: Final = _build()
