"""Check a few young people for FormAvenir on one date, and show why.

Run: python examples/check_formavenir.py
"""

from datetime import date

from integration_rules import Person, check

ON = date(2024, 3, 1)

PEOPLE = {
    "apprentice with two kinds of difficulty": Person(
        birth_date="2007-09-03",
        domicile="CH-VS",
        apprenticeship_contract=True,
        difficulties={"social", "scholastic"},
    ),
    "apprentice with one kind of difficulty": Person(
        birth_date="2007-09-03",
        domicile="CH-VS",
        apprenticeship_contract=True,
        difficulties={"personal"},
    ),
    "apprentice whose difficulties are not yet assessed": Person(
        birth_date="2007-09-03",
        domicile="CH-VS",
        apprenticeship_contract=True,
    ),
}

for name, person in PEOPLE.items():
    decision = check(person, "formavenir", on=ON)
    missing = ", ".join(sorted(decision.missing)) or "-"
    print(f"{name}: {decision.outcome.value} (missing: {missing})")

print()
print(
    check(
        PEOPLE["apprentice with one kind of difficulty"], "formavenir", on=ON
    ).explain("en")
)
