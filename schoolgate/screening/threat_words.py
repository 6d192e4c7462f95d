"""The words of threats: how a violent remark is put, and what makes it specific.

Patterns run over folded text, as in lexicon.py, which holds the CueSet machinery.
"""

from __future__ import annotations

import re
from enum import Enum, auto

from .lexicon import CueSet


class Threat(Enum):
    """How a violent remark is put; rules.py decides which of them are a police matter."""

    DIRECT = auto()  # the poster says they will hurt someone
    CONDITIONAL = auto()  # "he'll know about it"
    OPEN = auto()  # "watch your back", "I know where she lives"
    ARMED = auto()  # the poster says they will bring a weapon
    CALL = auto()  # calls on others to hurt someone
    VEILED = auto()  # "five minutes alone with him"
    VENTING = auto()  # "I could strangle him": exasperation put as violence
    WISH = auto()  # wishes harm on someone without saying who will do it


class Specific(Enum):
    """What makes a threat specific, in the words a reason gives ("names a time")."""

    TIME = "a time"
    PLACE = "a place"
    WEAPON = "a weapon"
    HOME = "where they live"


PRONOUN = r"(?:him|her|them|he|she|they|you|that \w+|this \w+|the \w+|his \w+|(?:mr|mrs|miss|ms|dr|sir)\.?\s+\w+)\b"

# Threats and incitement, including jokes and conditional threats, each with how it is put.
VIOLENCE: list[tuple[str, str, Threat]] = [
    (
        rf"\b(?:i'll|i will|i'm going to|i am going to|im going to|i'm gonna|im gonna|gonna|going to|i'd|i would|i want to|i wanna|we'll)\s+(?:\w+\s+)?(?:smack|slap|punch|hit|kill|batter|deck|thump|stab|hurt|strangle|throttle|kick|murder|bash|beat|lamp|chin|glass|wring|burn|shoot|knife|bottle|headbutt|slit|strangle)\s+(?:\w+\s+)?{PRONOUN}",
        "threatens to hurt someone",
        Threat.DIRECT,
    ),
    (
        rf"\b(?:i could|could)\s+(?:(?:just|honestly|actually|have|happily)\s+)?(?:kill|strangle|throttle|murder|slap|smack|punch|thump|batter|wring|swing for)\s+(?:\w+\s+)?{PRONOUN}",
        "says they could hurt someone",
        Threat.VENTING,
    ),
    (
        r"\b(?:someone|somebody|anyone|we|people|you|the dads|the parents|they|one of us|a few of us)\s+(?:should|needs? to|ought to|wants? to|has to|must|could|oughta)\s+(?:\w+\s+)?(?:slap|smack|punch|hit|batter|deck|thump|kick|beat|kill|shoot|stab|burn|jump|glass|bash|lamp|floor|teach)\s+(?:\w+\s+)?(?:him|her|them|that\s+\w+|this\s+\w+)\b",
        "calls on others to hurt someone",
        Threat.CALL,
    ),
    (
        r"\b(?:someone|somebody|one of (?:the|us)|a few of us|the dads|we|i'll|i will|i'm going to|gonna)\s+(?:\w+\s+){0,2}sort\s+(?:him|her|them|that\s+\w+|this\s+\w+)\s+out\b",
        "calls for someone to be dealt with",
        Threat.CALL,
    ),
    (
        r"\bknock\s+(?:him|her|them|you)\s+(?:out|down|flat|into next week|spark out)\b",
        "threatens to hurt someone",
        Threat.DIRECT,
    ),
    (
        r"\bgive\s+(?:him|her|them|that\s+\w+|the\s+\w+|\w+|\w+\s+\w+)\s+a\s+(?:good\s+|proper\s+|right\s+)?(?:slap|smack|kicking|beating|hiding|punch|clip|thump|slapping|battering|pasting)\b",
        "calls for someone to be hit",
        Threat.CALL,
    ),
    (
        r"\b(?:deserves?|needs?|wants?|asking for|due)\s+(?:an?\s+)?(?:good\s+|proper\s+|right\s+)?(?:slap|smack|kicking|beating|hiding|punch|clip round the ear|thump|slapping|battering|pasting)\b",
        "says someone should be hit",
        Threat.WISH,
    ),
    (
        r"\b(?:should|ought to|needs to|deserves? to|wants? to)\s+be\s+(?:shot|hanged|hung|strung up|beaten|battered|punched|slapped|burned|burnt|stabbed|killed|put down|lynched)\b",
        "wishes someone physical harm",
        Threat.WISH,
    ),
    (
        r"\b(?:string|hang|lynch)\s+(?:him|her|them)\s+up\b",
        "wishes someone physical harm",
        Threat.WISH,
    ),
    (
        r"\b(?:he'll|she'll|they'll|you'll|he will|she will|they will|you will)\s+(?:know about it|regret (?:it|this|that)|be sorry|get what's coming|get it|be next|pay for (?:it|this)|wish (?:he|she|they|you) hadn't)\b",
        "a conditional threat",
        Threat.CONDITIONAL,
    ),
    (
        r"\b(?:watch (?:your|his|her|their) back|wait (?:till|until) i (?:get|see|catch)|i'll be waiting for|"
        # Veiled: "I'm waiting at the gate for him and it won't be a chat".
        r"it won't be a (?:friendly |nice |polite )?(?:chat|conversation|word)|(?:again|one more time) and see what happens|"
        r"i know where (?:she|he|you|they) lives?|won't be responsible for (?:my|what)|i'll (?:come|go) (?:down|up|round) (?:there|to the school|to (?:his|her) house) and)\b",
        "an open threat",
        Threat.OPEN,
    ),
    (
        r"\b(?:kick|knock|smash|bash|cave)\s+(?:his|her|their|your)\s+(?:\w+\s+)?(?:head|teeth|face|skull)\s+in\b",
        "threatens to hurt someone",
        Threat.DIRECT,
    ),
    (
        r"\b(?:break|snap|smash)\s+(?:his|her|their|your)\s+(?:\w+\s+)?(?:legs?|neck|face|nose|arms?|jaw|fingers?)\b",
        "threatens to hurt someone",
        Threat.DIRECT,
    ),
    (
        r"\b(?:punch|knock)\s+(?:his|her|their|your)\s+lights\s+out\b",
        "threatens to hurt someone",
        Threat.DIRECT,
    ),
    (
        r"\b(?:burn|bomb|blow up|shoot up|torch|petrol bomb)\s+(?:\w+\s+){0,2}(?:school|building|classroom|office|house|car)\b",
        "threatens the school or someone's home",
        Threat.DIRECT,
    ),
    (
        r"\bhope\s+(?:\w+\s+){0,8}?(?:gets?|get) (?:hit by|run over|hurt|beaten|attacked|stabbed|knocked down)\b|\b(?:i hope|hope)\s+(?:she|he|they|you)\s+(?:dies|die|crashes)\b",
        "wishes someone physical harm",
        Threat.WISH,
    ),
    (
        r"\b(?:is|are|he's|she's|they're|you're|he is|she is|you are)\s+(?:getting|going to get|gonna get|gonna be|going to be)\s+(?:\w+\s+){0,3}?(?:battered|a smack|a slap|hurt|a kicking|a beating|beaten|done in|slapped|punched|kicked in|slashed|stabbed)\b",
        "threatens that someone will be hurt",
        Threat.DIRECT,
    ),
    (
        r"\b(?:is|he's|she's|you're|they're|you are|he is|she is)\s+dead\s+(?:when|if|once)\s+i\b|\bi will find you\b|\b(?:you|he|she|they)(?:'ll| will) get hurt\b|\blucky i (?:didn't|did not) (?:lamp|hit|slap|punch|smack|deck|thump|batter)\b",
        "threatens to hurt someone",
        Threat.DIRECT,
    ),
    (
        r"\b(?:punch|smack|slap|hit|kick|headbutt|lamp|thump)\s+(?:\w+\s+){1,3}in\s+the\s+(?:face|mouth|head|teeth|nose|gob|nuts|stomach)\b",
        "tells someone to hurt a person",
        Threat.CALL,
    ),
    (
        r"\b(?:push|throw|chuck|shove)\s+(?:\w+\s+){1,3}(?:off|down|under)\s+(?:the|a)\s+(?:roof|bridge|cliff|stairs|bus|train)\b|\bset\s+(?:it|them|him|her|\w+)\s+on\s+fire\b|\bset\s+fire\s+to\b",
        "wishes someone physical harm",
        Threat.WISH,
    ),
    (
        r"\b(?:five|5|ten|10|two|2)\s+minutes\s+alone\s+with\b|\b(?:a word|have a word|sort (?:him|her|them) out)\s+round\s+the\s+back\b|\bsort\s+\w+\s+out\s+properly\b|\bwants?\s+a\s+brick\s+through\b",
        "a veiled threat",
        Threat.VEILED,
    ),
    (
        r"\b(?:i'll|i will|i'm going to|i am going to|im going to|i'm gonna|im gonna|gonna|we'll|we will|i'm|im|we're)\s+(?:\w+\s+)?(?:bring(?:ing)?|tak(?:e|ing)|carry(?:ing)?|com(?:e|ing)\s+(?:down\s+|up\s+|round\s+)?with|turn(?:ing)?\s+up\s+with|show(?:ing)?\s+up\s+with)\s+(?:a|an|my|the|me|his|our|some)\s+(?:\w+\s+)?(?:knife|knives|blade|machete|sword|gun|shotgun|pistol|rifle|acid|crowbar|axe|brick|taser|knuckle ?dusters?|cosh|baseball bat|cricket bat|bat|iron bar|metal bar)\b",
        "says they will bring a weapon",
        Threat.ARMED,
    ),
]
# A harmless use for a tool or a bat in the same sentence: "bring a bat for rounders".
HARMLESS_TOOL_USE = re.compile(
    r"\b(?:cake|birthday|picnic|bake sale|party|match|game|practice|training|rounders|cricket|baseball"
    r"|softball|nets|club|lesson|kitchen|fair|sports day|pe kit|cut(?:ting)? (?:the|up)|bbq|barbecue"
    r"|fruit|sandwiches|craft|diy|garden|shed|fix|repair|costume|fancy dress|nativity|panto)\b"
)
# Words that aim a threat at a person rather than a place or a thing.
PERSON_OBJECT = re.compile(r"\b(?:him|her|them|you|ya|u|his|their|your|he|she|they)\b")

# What makes a threat specific: a time, a place, a weapon, knowing where someone lives.
# The home comes first so "at your house" reads as a home, not any place.
SPECIFICS: list[tuple[str, str, Specific]] = [
    (
        r"\bi know where (?:she|he|you|they|u|your \w+|his \w+|her \w+|their \w+) (?:lives?|live)\b"
        r"|\b(?:know|found|got|have|found out) (?:your|her|his|their) (?:home )?address\b"
        r"|\b(?:at|outside|round|to|by|near) (?:your|her|his|their) (?:house|home|flat|front door|door|place|street|road|gaff)\b"
        r"|\bwhere (?:she|he|you|they) lives?\b|\b(?:she|he|you|they) lives? (?:on|at|in|near) \w+",
        "knows where they live",
        Specific.HOME,
    ),
    (
        r"\b(?:knife|knives|blade|stanley knife|machete|sword|gun|shotgun|pistol|rifle|acid|petrol|bomb"
        r"|crowbar|hammer|axe|brick|broken bottle|screwdriver|taser|pepper spray|knuckle ?dusters?|cosh"
        r"|baseball bat|cricket bat|golf club|iron bar|metal bar|(?<!old )(?<!silly )(?<!daft )(?<!blind )bat)\b",
        "names a weapon",
        Specific.WEAPON,
    ),
    (
        r"\b(?:tomorrow|tonight|today|tmrw|this (?:morning|afternoon|evening|week|weekend)|next week"
        r"|(?:on|this|next|every) (?:mon|tues|wednes|thurs|fri|satur|sun)day"
        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:morning|afternoon|evening|night)"
        r"|after school|before school|at (?:home ?time|lunch ?time|break ?time|the end of the day)"
        r"|(?:at|to|after|before) (?:the )?(?:pick[- ]?up|drop[- ]?off)"
        r"|(?:at|by|around) \d{1,2}(?:[:.]\d\d)?(?:\s*(?:am|pm|o'?clock))?|\d{1,2}[:.]\d\d(?:\s*(?:am|pm))?"
        r"|\d{1,2}\s*(?:am|pm)|first thing"
        r"|when (?:she|he|you|they) (?:comes? out|leaves?|walks out|finishes|gets (?:out|off|home)))\b",
        "names a time",
        Specific.TIME,
    ),
    (
        r"\b(?:at|outside|by|in|near|round|around|on|behind) (?:the |that |this )?(?:school )?(?:gates?|car ?park"
        r"|playground|field|front door|back door|office|reception|staff ?room|bus stop|corner shop|corner|alley"
        r"|park|classroom|school hall|entrance|fence|crossing|zebra crossing|church|mosque|after school club)\b"
        r"|\b(?:outside|into|round) (?:the |this |that )?school\b|\b(?:school|front|back) gates?\b|\bround the back\b",
        "names a place",
        Specific.PLACE,
    ),
]

VIOLENCE_CUES = CueSet.build(
    [(pattern, why) for pattern, why, _ in VIOLENCE], [kind for _, _, kind in VIOLENCE]
)
SPECIFIC_CUES = CueSet.build(
    [(pattern, why) for pattern, why, _ in SPECIFICS], [kind for _, _, kind in SPECIFICS]
)
