"""``python -m integration_rules``: the same as the ``integration-rules`` command."""

import sys

from integration_rules._cli import main

sys.exit(main())
