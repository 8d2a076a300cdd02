"""``python -m integration_rules.facts``: write the statically typed Person from the declarations."""

import sys
from pathlib import Path

from integration_rules._core._schema import typed_source
from integration_rules.facts._person import FACTS, GENERATOR

target = Path(__file__).with_name("_person_typed.py")
target.write_text(typed_source(FACTS, GENERATOR), encoding="utf-8")
sys.stdout.write(f"wrote {target}\n")
