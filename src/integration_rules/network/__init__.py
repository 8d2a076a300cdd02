"""The CII Valais network: services and offices in circles, referrals, collaborations, pictures.

The partners are entries of :data:`integration_rules.organisations.DIRECTORY`
(:class:`Partner` is :class:`integration_rules.organisations.Organisation`);
the network adds who is a member, in which circle, from when. The source is
the CII Valais newsletter (:data:`integration_rules.documents.CII_NEWSLETTER`).

This layer builds on :mod:`integration_rules._core`, :mod:`integration_rules.facts`,
:mod:`integration_rules.documents`, :mod:`integration_rules.organisations` and
the measures' referrer data in :mod:`integration_rules.measures`.
"""

from integration_rules.network._data import ATTESTED, CHARTER, CharterValue, Circle
from integration_rules.network._export import to_dot, to_mermaid, to_svg
from integration_rules.network._network import (
    CII_VALAIS,
    COLLABORATION_RULE,
    MIN_FIRST_CIRCLE,
    MIN_OTHER_CIRCLES,
    Membership,
    Network,
    Partner,
    cii_valais,
    circle_of,
    collaboration,
)
from integration_rules.network._referral import may_refer, referrers

__all__ = [
    "ATTESTED",
    "CHARTER",
    "CII_VALAIS",
    "COLLABORATION_RULE",
    "MIN_FIRST_CIRCLE",
    "MIN_OTHER_CIRCLES",
    "CharterValue",
    "Circle",
    "Membership",
    "Network",
    "Partner",
    "cii_valais",
    "circle_of",
    "collaboration",
    "may_refer",
    "referrers",
    "to_dot",
    "to_mermaid",
    "to_svg",
]
