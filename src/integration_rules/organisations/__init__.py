"""One directory of the services, offices, partners and providers the documents name.

Measures (who is responsible, who provides, who refers), the CII network and
the routing to the competent office all refer to entries of
:data:`DIRECTORY`: an organisation is named once, with its names in French,
German and English, its parent, its source and its page.

Example:
    >>> from integration_rules.organisations import DIRECTORY
    >>> [o.code for o in DIRECTORY.children("SAS")]
    ['OCPS', 'OASI', 'CMS']
"""

from integration_rules.organisations._directory import (
    Directory,
    Organisation,
    OrganisationKind,
)
from integration_rules.organisations._entries import DIRECTORY, organisation

__all__ = ["DIRECTORY", "Directory", "Organisation", "OrganisationKind", "organisation"]
