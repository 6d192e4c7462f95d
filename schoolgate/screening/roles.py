"""School roles held by one or few people ("the head", "the Year 3 teacher", "the lollipop lady")."""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE
# Scoped case-insensitive: "Year 3 TA" must match in the patterns that are case-sensitive.
_YEAR = r"(?i:year|yr|y)\s?(\d{1,2})"

# (role key, pattern, flags); a group 1 in a pattern captures the year group or class name.
_ROLE_PATTERNS: list[tuple[str, str, int]] = [
    ("deputy_head", r"\b(?:the\s+)?deputy(?:\s+head(?:\s?teacher|\s?mistress|\s?master)?)?\b", _I),
    ("assistant_head", r"\b(?:the\s+)?assistant\s+head(?:\s?teacher)?\b", _I),
    (
        "headteacher",
        r"\b(?:the\s+)?(?:new\s+)?(?:head\s?teacher|head\s?mistress|head\s?master|principal)\b",
        _I,
    ),
    (
        "headteacher",
        r"\bthe\s+(?:new\s+)?head\b(?!\s*(?:lice|of\b|boy|girl|girls|boys|teacher|to\b|first|office))",
        _I,
    ),
    (
        "chair_of_governors",
        r"\b(?:the\s+)?chair\s+of\s+(?:the\s+)?(?:governors|governing\s+body)\b",
        _I,
    ),
    ("senco", r"\b(?:the\s+)?send?co\b", _I),
    ("dsl", r"\b(?:the\s+)?(?:dsl|designated\s+safeguarding\s+lead|safeguarding\s+lead)\b", _I),
    (
        "class_teacher",
        rf"\b(?:the\s+)?(?:new\s+)?{_YEAR}(?:['\u2019]s)?\s+(?:class\s+)?teacher\b(?!s)",
        _I,
    ),
    (
        "class_teacher",
        r"\b(?:the\s+)?(?:new\s+)?(reception|nursery)(?:['\u2019]s)?\s+(?:class\s+)?teacher\b(?!s)",
        _I,
    ),
    ("class_teacher", rf"\b(?:the\s+)?(?:new\s+)?teacher\s+(?:of|in|for)\s+{_YEAR}\b", _I),
    ("class_teacher", r"\b(?:the\s+)?([A-Z][a-z]+)\s+[Cc]lass(?:['\u2019]s)?\s+teacher\b(?!s)", 0),
    (
        "class_teacher",
        r"\b(?:my|our|his|her|their)\s+(?:\w+['\u2019]s\s+)?(?:class\s+)?teacher\b(?!s)",
        _I,
    ),
    ("class_teacher", r"\bthe\s+class\s+teacher\b(?!s)", _I),
    (
        "teaching_assistant",
        r"\b(?:the\s+)?([A-Z][a-z]+)\s+[Cc]lass(?:['\u2019]s)?\s+(?:TA|LSA|[Tt]eaching\s+[Aa]ssistant)\b",
        0,
    ),
    (
        "teaching_assistant",
        rf"\b(?:the\s+)?(?:{_YEAR}\s+)?(?:teaching\s+assistant|learning\s+support\s+assistant)\b(?!s)",
        _I,
    ),
    ("teaching_assistant", rf"\b(?:the\s+)?(?:{_YEAR}\s+)?(?:TA|LSA)\b", 0),
    (
        "office",
        r"\b(?:the\s+)?(?:school\s+)?(?:office\s+(?:lady|ladies|staff|manager|woman|man|girl)|receptionist|business\s+manager|admin\s+lady)\b",
        _I,
    ),
    ("site_manager", r"\b(?:the\s+)?(?:site\s+manager|caretaker|premises\s+manager)\b", _I),
    (
        "lunchtime_supervisor",
        r"\b(?:the\s+)?(?:lunchtime\s+supervisor|midday\s+supervisor|dinner\s+lady|dinner\s+ladies|dinner\s+man|lunch\s+lady|MDSA)\b",
        _I,
    ),
    (
        "crossing_patrol",
        r"\b(?:the\s+)?(?:lollipop\s+(?:lady|man|woman)|crossing\s+patrol(?:\s+officer)?|school\s+crossing\s+(?:lady|man|patrol))\b",
        _I,
    ),
    (
        "specialist_teacher",
        r"\b(?:the\s+)?(?:pe|music|french|spanish|art|drama|swimming|forest\s+school|computing)\s+teacher\b(?!s)",
        _I,
    ),
    ("specialist_teacher", r"\b(?:the\s+|that\s+|this\s+)?(?:sports|pe|football)\s+coach\b", _I),
]
_COMPILED = [(key, re.compile(pattern, flags)) for key, pattern, flags in _ROLE_PATTERNS]
_HEAD_AS_BODY_PART = re.compile(
    r"(?:\b(?:on|in|to|over|off|hit|bang|banged|bumped|above|his|her)\s+)$", _I
)

ROLE_KIND = {"chair_of_governors": "governor"}


@dataclass(frozen=True)
class RoleMention:
    start: int
    end: int
    key: str
    year_group: str = ""
    class_name: str = ""

    @property
    def kind(self) -> str:
        return ROLE_KIND.get(self.key, "staff")


def find_roles(text: str) -> list[RoleMention]:
    """Return role mentions in `text`, longest first where they overlap."""
    found: list[RoleMention] = []
    # One mark per character already taken, so a long post is not checked mention by mention.
    taken = bytearray(len(text))
    for key, pattern in _COMPILED:
        for match in pattern.finditer(text):
            if any(taken[match.start() : match.end()]):
                continue
            if key == "headteacher" and _is_body_part(text, match.start()):
                continue
            qualifier = match.group(1) if pattern.groups and match.group(1) else ""
            year, class_name = "", ""
            if qualifier.isdigit():
                year = qualifier
            elif qualifier.lower() in ("reception", "nursery"):
                year = qualifier.lower()
            elif qualifier:
                class_name = qualifier
            found.append(RoleMention(match.start(), match.end(), key, year, class_name))
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    found.sort(key=lambda m: m.start)
    return found


@dataclass(frozen=True)
class ClassContext:
    """Where words just after a name or role place the person: "in Year 5", "from Ash class",
    "in Reception", "from the office". `end` is where those words end."""

    end: int
    year_group: str = ""
    class_name: str = ""
    role_key: str = ""


_CONTEXT_AFTER = re.compile(
    r"[ \t]*(?:[,(\u2013\u2014-][ \t]*)?(?:(?i:in|from|of|for|at|teaching|teaches)[ \t]+)?"
    r"(?:(?i:the)[ \t]+)?"
    r"(?:(?i:year|yr|y)[ \t]?(?P<year>\d{1,2})\b"
    r"|(?P<stage>(?i:reception|nursery))\b"
    r"|(?P<named_class>[A-Z][a-z]+)[ \t]+(?i:class)\b"
    r"|(?i:class)[ \t]+(?P<class_named>[A-Z][a-z]+|\d[A-Za-z]?)\b)"
    r"(?:[ \t]*\))?"
)
# The office is a place as well as a role: only "from/in/at the office" says where someone works.
_OFFICE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?i:from|in|at|on)[ \t]+(?i:the)[ \t]+(?:(?i:school)[ \t]+)?(?i:office|reception\s+desk)\b"
)


def context_after(text: str, end: int) -> ClassContext | None:
    """The year group, class or office named right after position `end`, if any."""
    office = _OFFICE_AFTER.match(text, end)
    if office:
        return ClassContext(office.end(), role_key="office")
    match = _CONTEXT_AFTER.match(text, end)
    if match is None:
        return None
    if match.group("year"):
        return ClassContext(match.end(), year_group=match.group("year"))
    if match.group("stage"):
        return ClassContext(match.end(), year_group=match.group("stage").lower())
    return ClassContext(
        match.end(), class_name=match.group("named_class") or match.group("class_named")
    )


# Year groups before Year 1, as rosters abbreviate them.
_STAGES = {"r": "reception", "rec": "reception", "n": "nursery", "nur": "nursery"}


def same_year(roster_year: str, mentioned: str) -> bool:
    """True when a roster's year group ("5", "Year 5", "R") is the one mentioned ("5", "reception")."""
    roster = _STAGES.get(roster_year.strip().lower(), roster_year.strip().lower())
    said = _STAGES.get(mentioned.strip().lower(), mentioned.strip().lower())
    roster_digits = re.sub(r"\D", "", roster)
    if roster_digits:
        return roster_digits == re.sub(r"\D", "", said)
    return roster == said


def _is_body_part(text: str, start: int) -> bool:
    """True when the word before `start` makes "head" a body part ("hit his head")."""
    # Only the words just before the spaces matter; searching the whole text before every
    # mention made a long post cost the square of its length.
    word_end = start
    while word_end > 0 and text[word_end - 1].isspace():
        word_end -= 1
    return _HEAD_AS_BODY_PART.search(text, max(0, word_end - 16), start) is not None


def role_key(role: str, kind: str) -> str | None:
    """The role key of a roster entry's free-text role, or None."""
    text = role.lower()
    if not text:
        return None
    if "chair" in text and kind == "governor":
        return "chair_of_governors"
    checks = [
        ("deputy", "deputy_head"),
        ("assistant head", "assistant_head"),
        ("head", "headteacher"),
        ("principal", "headteacher"),
        ("sendco", "senco"),
        ("senco", "senco"),
        ("safeguarding", "dsl"),
        ("dsl", "dsl"),
        ("teaching assistant", "teaching_assistant"),
        ("learning support", "teaching_assistant"),
        ("office", "office"),
        ("admin", "office"),
        ("receptionist", "office"),
        ("business", "office"),
        ("site", "site_manager"),
        ("caretaker", "site_manager"),
        ("lunch", "lunchtime_supervisor"),
        ("midday", "lunchtime_supervisor"),
        ("dinner", "lunchtime_supervisor"),
        ("crossing", "crossing_patrol"),
        ("lollipop", "crossing_patrol"),
        ("coach", "specialist_teacher"),
        ("pe teacher", "specialist_teacher"),
        ("music", "specialist_teacher"),
        ("teacher", "class_teacher"),
    ]
    for needle, key in checks:
        if needle in text:
            return key
    if text in ("ta", "lsa"):
        return "teaching_assistant"
    return None
