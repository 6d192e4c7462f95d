"""The fixed vocabulary of the engine: category ids, flag ids and docs/labelling.md's policy lines."""

from __future__ import annotations

CATEGORY_IDS: tuple[str, ...] = (
    "allegation",
    "complaint",
    "defamation",
    "offensive_about_person",
    "violence",
    "discrimination",
    "photo_of_others",
    "dojo_photo",
)

NAMING_FLAGS: tuple[str, ...] = ("names_pupil", "names_staff", "names_governor", "names_parent")
POLICE_FLAGS: tuple[str, ...] = (
    "police_threat_of_violence",
    "police_racial_element",
    "police_grossly_obscene",
    "police_harassment",
)
FLAG_IDS: tuple[str, ...] = NAMING_FLAGS + POLICE_FLAGS

PERSON_KINDS: tuple[str, ...] = ("pupil", "staff", "governor", "parent")

NAMING_FLAG_FOR_KIND: dict[str, str] = {kind: f"names_{kind}" for kind in PERSON_KINDS}

# The "policy line" column of docs/labelling.md, used when no policy file is given.
DEFAULT_POLICY_LINES: dict[str, str] = {
    "allegation": "Making allegations about staff, governors or pupils / cyber-bullying",
    "complaint": (
        "Making complaints about staff, pupils, other parents or governors (and, by the policy's "
        "opening line, expressing frustrations or concerns about the school on social media)"
    ),
    "defamation": "Making defamatory statements",
    "offensive_about_person": (
        "Posting negative/offensive comments about specific pupils/staff/governors"
    ),
    "violence": "Posting comments which threaten violence or encourage violence",
    "discrimination": "Making discriminatory comments",
    "photo_of_others": (
        "Posting photographs taken at school performances etc. which include other pupils and staff"
    ),
    "dojo_photo": "Saving photographs from Dojo and then sharing on social media",
}

# The policy's police triggers, in the seed policy's words.
DEFAULT_POLICE_LINES: dict[str, str] = {
    "police_harassment": "if it considers a crime (such as harassment) has been committed",
    "police_racial_element": "in cases where the posting has a racial element",
    "police_grossly_obscene": "is considered to be grossly obscene",
    "police_threat_of_violence": "or is threatening violence",
}

# A police flag stands only on a post that is in the category it escalates.
POLICE_FLAG_NEEDS: dict[str, str | None] = {
    "police_threat_of_violence": "violence",
    "police_racial_element": "discrimination",
    "police_grossly_obscene": None,
    "police_harassment": None,
}
