"""A fictional roster for a demo school, generated the same way every time from a seed."""

from __future__ import annotations

import csv
import io
import random

from schoolgate.schools.roster import ROSTER_COLUMNS

FIRST_NAMES = [
    "Amara",
    "Bethany",
    "Callum",
    "Dara",
    "Elowen",
    "Finlay",
    "Gemma",
    "Harvey",
    "Isla",
    "Jasper",
    "Kezia",
    "Lachlan",
    "Maisie",
    "Nico",
    "Orla",
    "Piran",
    "Quinn",
    "Rosa",
    "Soren",
    "Talia",
    "Umar",
    "Verity",
    "Wilf",
    "Xanthe",
    "Yusuf",
    "Zara",
    "Ada",
    "Bram",
    "Cleo",
    "Dexter",
    "Esme",
    "Felix",
    "Greta",
    "Hamish",
    "Ivy",
    "Jude",
    "Kit",
    "Lyra",
    "Milo",
    "Nell",
    "Otis",
    "Pippa",
    "Rafe",
    "Sienna",
    "Theo",
    "Una",
    "Vinnie",
    "Wren",
    "Ezra",
    "Freya",
]
SURNAMES = [
    "Ashdown",
    "Brackley",
    "Carrow",
    "Dunmore",
    "Elsworth",
    "Fairhurst",
    "Garside",
    "Holloway",
    "Ingleby",
    "Jessop",
    "Kettering",
    "Lomax",
    "Marchbank",
    "Northcott",
    "Oakridge",
    "Pendle",
    "Quarry",
    "Ravensworth",
    "Stainby",
    "Thirlwell",
    "Underhill",
    "Varley",
    "Whitlow",
    "Yardley",
    "Abberley",
    "Blakemore",
    "Chalcott",
    "Denholm",
    "Eskdale",
    "Fenwick",
    "Gatcombe",
    "Hartsell",
    "Ivesley",
    "Jarrold",
    "Kinross",
    "Lanyon",
    "Mawdsley",
    "Nethercott",
    "Ormsby",
    "Pellow",
    "Rathbone",
    "Selwood",
    "Tolley",
    "Upcott",
    "Vosper",
    "Wragby",
    "Yelland",
    "Cawthorne",
    "Dimmock",
    "Edgecombe",
    "Farrant",
    "Gedling",
    "Hemsworth",
    "Ilsley",
    "Kelsall",
    "Lathom",
    "Millward",
    "Norbury",
    "Otterburn",
    "Pilling",
    "Rudston",
    "Skelwith",
    "Trenholm",
    "Warrender",
    # Surnames that are ordinary words: the screening engine must not see a person in "wood".
    "Wood",
    "Bird",
    "Rice",
    "Fox",
    "Hill",
    "Rose",
]
# Titles for the demo's staff and governors follow the first name, so "Mrs Felix" never appears.
FEMININE_NAMES = {
    "Amara",
    "Bethany",
    "Dara",
    "Elowen",
    "Gemma",
    "Isla",
    "Kezia",
    "Maisie",
    "Orla",
    "Rosa",
    "Talia",
    "Verity",
    "Xanthe",
    "Zara",
    "Ada",
    "Cleo",
    "Esme",
    "Greta",
    "Ivy",
    "Lyra",
    "Nell",
    "Pippa",
    "Sienna",
    "Una",
    "Wren",
    "Freya",
}
CLASS_NAMES = {
    "R": "Acorns",
    "1": "Ash",
    "2": "Beech",
    "3": "Cedar",
    "4": "Elm",
    "5": "Hazel",
    "6": "Oak",
}
STAFF_ROLES = [
    ("Mrs", "Headteacher"),
    ("Mr", "Deputy Headteacher"),
    ("Ms", "SENCO"),
    ("Miss", "Designated Safeguarding Lead"),
    *[("Mrs" if i % 2 else "Mr", f"Class teacher, Year {y}") for i, y in enumerate(CLASS_NAMES)],
    *[("Mrs", "Teaching assistant") for _ in range(8)],
    ("Mrs", "Office manager"),
    ("Mr", "Administrator"),
    ("Mr", "Site manager"),
    ("Mrs", "Lunchtime supervisor"),
    ("Mrs", "Lunchtime supervisor"),
    ("Ms", "Lunchtime supervisor"),
    ("Mrs", "School crossing patrol"),
    ("Ms", "Cook"),
    ("Mr", "PE coach"),
    ("Mrs", "Librarian"),
    ("Ms", "Family support worker"),
]
GOVERNOR_ROLES = [
    "Chair of governors",
    "Vice-chair of governors",
    "Parent governor",
    "Parent governor",
    "Staff governor",
    "Local authority governor",
    "Co-opted governor",
    "Co-opted governor",
]


def demo_roster_csv(seed: int, pupils: int = 60, parents: int = 25) -> str:
    """Return a roster CSV of about 30 staff, 8 governors, `pupils` pupils and `parents` parents."""
    rng = random.Random(seed)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(ROSTER_COLUMNS)
    used: set[tuple[str, str]] = set()

    def name() -> tuple[str, str]:
        while True:
            pair = (rng.choice(FIRST_NAMES), rng.choice(SURNAMES))
            if pair not in used:
                used.add(pair)
                return pair

    for number, (title, role) in enumerate(STAFF_ROLES, start=1):
        first, last = name()
        title = _title_for(first, title)
        class_name = ""
        if role.startswith("Class teacher"):
            class_name = CLASS_NAMES[role.rsplit(" ", 1)[1]]
        writer.writerow(
            [
                f"S{number:03d}",
                "staff",
                title,
                first,
                last,
                "",
                role,
                "",
                class_name,
                "",
                "",
                "",
                "",
                "",
            ]
        )
    for number, role in enumerate(GOVERNOR_ROLES, start=1):
        first, last = name()
        writer.writerow(
            [
                f"G{number:03d}",
                "governor",
                rng.choice(["Mr", "Mrs", "Ms", "Dr"]),
                first,
                last,
                "",
                role,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]
        )
    pupil_rows = []
    years = list(CLASS_NAMES)
    for number in range(1, pupils + 1):
        first, last = name()
        year = years[(number - 1) % len(years)]
        preferred = "Alfie" if first == "Wilf" else ""
        consents = ["yes" if rng.random() < p else "no" for p in (0.95, 0.8, 0.55, 0.5)]
        pupil_rows.append((f"P{number:03d}", last))
        writer.writerow(
            [
                f"P{number:03d}",
                "pupil",
                "",
                first,
                last,
                preferred,
                "",
                year,
                CLASS_NAMES[year],
                "",
                *consents,
            ]
        )
    for number in range(1, parents + 1):
        children = sorted(
            {pupil_rows[(number - 1) * 2][0]}
            | ({pupil_rows[(number - 1) * 2 + 1][0]} if number % 3 == 0 else set())
        )
        child_surname = next(last for pid, last in pupil_rows if pid == children[0])
        first = rng.choice(FIRST_NAMES)
        used.add((first, child_surname))
        writer.writerow(
            [
                f"R{number:03d}",
                "parent",
                rng.choice(["Mr", "Mrs", "Ms", "Mx"]),
                first,
                child_surname,
                "",
                "Parent",
                "",
                "",
                ";".join(children),
                "",
                "",
                "",
                "",
            ]
        )
    return buffer.getvalue()


def _title_for(first_name: str, preferred: str) -> str:
    if preferred in ("Dr", "Mx"):
        return preferred
    if first_name in FEMININE_NAMES:
        return preferred if preferred in ("Mrs", "Ms", "Miss") else "Mrs"
    return "Mr"
