"""The words of identity groups: slurs, the groups themselves, excluding them, and speech
that condemns or reports hate rather than saying it.

Patterns run over folded text, as in lexicon.py, which holds the CueSet machinery.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from .lexicon import CueSet


class Characteristic(Enum):
    """The protected characteristics, in the words a reason gives."""

    RACE = "race"
    ETHNICITY = "ethnicity"
    NATIONALITY = "nationality"
    RELIGION = "religion"
    DISABILITY = "disability"
    SEXUAL_ORIENTATION = "sexual orientation"
    GENDER_IDENTITY = "gender identity"
    SEX = "sex"
    PREGNANCY = "pregnancy"
    AGE = "age"


# docs/labelling.md: police_racial_element is discrimination on race, ethnicity, nationality
# or religion (religion stands in for race in much anti-Muslim and antisemitic abuse).
RACIAL_CHARACTERISTICS = frozenset(
    {
        Characteristic.RACE,
        Characteristic.ETHNICITY,
        Characteristic.NATIONALITY,
        Characteristic.RELIGION,
    }
)


@dataclass(frozen=True)
class Slur:
    """What a slur is aimed at: the characteristic and the people, in words a reader knows."""

    characteristic: Characteristic
    aimed_at: str


# Slurs, by protected characteristic and the people they are aimed at; a racial slur raises
# police_racial_element.
SLURS: list[tuple[str, Characteristic, str]] = [
    (
        r"\b(?:nigg(?:er|a|ah|az)s?|niggas|coons?|darkies?|golliwogs?|sambos?|jungle bunn(?:y|ies)|bongo bongo)\b",
        Characteristic.RACE,
        "Black people",
    ),
    (r"\b(?:wogs?)\b", Characteristic.RACE, "people of colour"),
    (r"\b(?:pakis?|curry munchers?)\b", Characteristic.ETHNICITY, "South Asian people"),
    (r"\b(?:chinks?|gooks?|ching chongs?)\b", Characteristic.ETHNICITY, "East Asian people"),
    (r"\b(?:spics?)\b", Characteristic.ETHNICITY, "Hispanic people"),
    (
        r"\b(?:pikeys?|gypos?|gyppos?)\b",
        Characteristic.ETHNICITY,
        "Gypsy, Roma and Traveller people",
    ),
    (r"\b(?:polacks?)\b", Characteristic.NATIONALITY, "Polish people"),
    (r"\b(?:kikes?|yids?)\b", Characteristic.RELIGION, "Jewish people"),
    (
        r"\b(?:ragheads?|towelheads?|sand ?niggers?|camel jockeys?|muzzies?)\b",
        Characteristic.RELIGION,
        "Muslim and Arab people",
    ),
    (
        r"\b(?:retard(?:s|ed)?|spastics?|spaz(?:zy)?|mongs?|mongoloids?|window lickers?|cripples?|special needs freaks?)\b",
        Characteristic.DISABILITY,
        "disabled people",
    ),
    (
        r"\b(?:faggots?|fags?|poofs?|poofters?|dykes?|batty boys?|benders?|lezzas?|lezzers?|homos?)\b",
        Characteristic.SEXUAL_ORIENTATION,
        "gay people",
    ),
    (
        r"\b(?:trann(?:y|ies)|shemales?|he-shes?|trannies)\b",
        Characteristic.GENDER_IDENTITY,
        "trans people",
    ),
]

# The people a group word may go on to name ("Polish families"), read as part of the group.
_GROUP_NOUN = (
    r"(?:\s+(?:people|families|family|kids|children|parents|mums|dads|community|communities|pupils"
    r"|staff|teachers|folk|men|women|boys|girls|lot|lads))?"
)
# Groups by protected characteristic: mentioning them is not discrimination.
GROUPS: list[tuple[str, Characteristic]] = [
    (
        r"\b(?:black (?:people|families|kids|children|parents|folk|mums|dads|pupils|staff|teachers|community)|blacks|whites|white (?:people|families)|brown people|people of colou?r)\b",
        Characteristic.RACE,
    ),
    (
        rf"\b(?:asians?|south asians?|east asians?|eastern europeans?|gypsies|gypsy|travellers?|roma|arabs?|africans?|arab|kurds?|kurdish){_GROUP_NOUN}\b",
        Characteristic.ETHNICITY,
    ),
    (
        rf"\b(?:immigrants?|foreigners?|migrants?|refugees?|asylum seekers?|illegals|illegal aliens?|central americans?|(?<!nail )(?<!shoe )(?<!boot )(?<!silver )(?<!furniture )(?<!floor )polish(?!\s+(?:up|off|your|their|the|it|them|his|her|my))|poles|romanians?|albanians?|lithuanians?|ukrainians?|afghans?|iraqis?|eritreans?|turks?|turkish|pakistanis?|indians?|bangladeshis?|nigerians?|somalis?|syrians?|chinese|irish|foreign (?:families|kids|children|parents|people|names|lot)|(?:asylum seeker|immigrant|refugee|migrant) kids"
        r"|vietnamese|ghanaians?|jamaicans?|caribbeans?|filipinos?|filipinas?|koreans?|brazilians?"
        r"|russians|bulgarians?|hungarians?|latvians?|slovaks?|czechs?|sudanese|ethiopians?"
        r"|kenyans?|zimbabweans?|congolese|yemenis?|iranians?|egyptians?|moroccans?|algerians?|libyans?"
        rf"|sri lankans?|nepalis?|latinos?|latinas?|hispanics?|mexicans?){_GROUP_NOUN}\b"
        # Words that also name a language or a subject ("French teachers", "Welsh homework")
        # count with a noun for people.
        r"|\b(?:english|scottish|welsh|french|spanish|italian|german|greek|dutch|portuguese"
        r"|japanese|russian|tamil|bengali|gujarati|punjabi)\s+(?:people|families|kids|children"
        r"|parents|mums|dads|community|pupils|folk|lot)\b",
        Characteristic.NATIONALITY,
    ),
    (
        rf"\b(?:muslims?|moslems?|islam(?:ic)?|jews?|jewish|hindus?|hindu|sikhs?|catholics?|catholic|christians|buddhists?|atheists?){_GROUP_NOUN}\b",
        Characteristic.RELIGION,
    ),
    (
        r"\b(?:disabled|autistic|autism|sen kids|send kids|sen children|send children|special needs|adhd|down'?s syndrome|wheelchair users?|deaf|blind (?:kids|children|people|pupils|parents)|dyslexic"
        r"|(?:children|kids|pupils|people|parents|staff) with (?:autism|adhd|dyslexia|cerebral palsy"
        r"|down'?s syndrome|disabilities|a disability|special needs|epilepsy|learning difficulties))\b",
        Characteristic.DISABILITY,
    ),
    (
        r"\b(?:gays?|gay (?:people|couples?|parents|dads|mums|man|woman|men|women|teachers?)|lesbians?|same[- ]sex (?:parents|couples?)|two (?:mums|dads)|lgbt\w*|queers?|bisexuals?)\b",
        Characteristic.SEXUAL_ORIENTATION,
    ),
    (
        r"\b(?:trans (?:people|kids|children|parents|women|men|teacher)|transgender|non-binary|nonbinary)\b",
        Characteristic.GENDER_IDENTITY,
    ),
    (
        r"\b(?:women|woman teachers|female (?:teachers|staff)|male (?:teachers|staff)|men teachers|girls|boys)\b",
        Characteristic.SEX,
    ),
    (r"\b(?:pregnant|maternity)\b", Characteristic.PREGNANCY),
    (
        r"\b(?:old (?:people|teachers|staff|woman|man|biddies)|older (?:teachers|staff)|pensioners|oldies)\b",
        Characteristic.AGE,
    ),
]
# Exclusion by nationality or language that needs no group named.
NATIONALITY_EXCLUSION = re.compile(
    r"\b(?:can't|cannot|can not|don't|doesn't)\s+(?:even\s+)?speak\s+(?:proper\s+|any\s+|a word of\s+)?english"
    r"|\bused to be a (?:british|english|proper) school\b|\bthis is a (?:christian|british|english) country\b"
    r"|\bgo back (?:to|where) (?:\w+\s+){0,3}(?:country|came from)\b|\bcome over here\b|\bforeign names\b"
)

# Demeaning or excluding predicates: discrimination when aimed at a group above.
EXCLUSION: list[tuple[str, str]] = [
    (
        r"\b(?:keep|kick|get|send|throw|ship|chuck|force)\s+(?:them|those|these|that lot|their lot|the\s+\w+|all the\s+\w+|\w+)\s+(?:\w+\s+){0,3}(?:out|back|away)\b",
        "calls for a group to be kept out",
    ),
    (
        r"\bgo\s+back\s+(?:to|where)\s+(?:\w+\s+){0,3}(?:country|came from|belong)\b",
        "tells people to go back where they came from",
    ),
    (
        r"\b(?:shouldn't|should not|should never|mustn't|must not|don't|do not)\s+be\s+(?:allowed|let in|here|in (?:our|this|a normal|mainstream)|at (?:our|this)|teaching|around children|near (?:our|the) kids)\b",
        "says a group should not be allowed",
    ),
    (r"\b(?:don't|do not|doesn't)\s+belong\b", "says a group does not belong"),
    (
        r"\b(?:are|is)\s+(?:all\s+)?(?:the same|dirty|filthy|lazy|thieves|criminals|scroungers|animals|vermin|filth|scum|a drain|a burden|a problem|the problem|terrorists|disgusting|unnatural|sick|wrong|not normal|freaks|a disease|inferior|stupid|thick)\b",
        "stereotypes a group",
    ),
    (
        r"\b(?:ruin(?:s|ing|ed)?|taking over|took over|overrun|flooded|swamped|infested|holding (?:\w+\s+){0,2}back|drag(?:s|ging)? (?:\w+\s+){0,3}down)\b",
        "blames a group",
    ),
    (
        r"\b(?:not welcome|can't (?:even )?speak (?:proper )?english|should learn (?:english|the language|to speak)|their own kind|not one of us|our own|people like (?:that|them)|that sort|those sort|those types?|their sort|that kind)\b",
        "excludes a group",
    ),
    (
        r"\bshould(?:n't| not)\s+(?:have|be having)\s+(?:kids|children|babies)\b",
        "says a group should not have children",
    ),
    (
        r"\b(?:too many|look at all the)\s+(?:\w+\s+)?(?:immigrants|foreigners|migrants|refugees|asylum seekers|foreign)",
        "complains of too many of a group",
    ),
    (
        r"\b(?:are|is|were)\s+(?:always\s+)?(?:the reason|the ones (?:causing|who)|always causing|rubbish at|useless at|no good at|not natural|unnatural|too emotional|past it)\b|\bnot natural\b|\bforced to retire\b|\bpast it\b",
        "stereotypes a group",
    ),
    (
        r"\bshould\s+(?:be\s+)?(?:kept|put|sent|moved|forced|locked|kicked|thrown|deported|shipped|chucked|banned)\b|\bput them all\b|\bin their own (?:class|school|room)\b|\bspecial school\b|\bslows? (?:\w+\s+){0,3}down\b|\bcome over here\b|\btak(?:e|es|ing) (?:every|all the|our) (?:\w+\s+)?(?:places?|jobs|houses|school places)\b|\bwithout all the\b|\bdon't want (?:my|our) (?:\w+\s+)?(?:taught|sitting|near|with)\b|\b(?:don't|do not|doesn't) want (?:\w+\s+){1,3}(?:sitting|near|around|mixing|playing with|taught|in (?:our|my|the) (?:school|class))\b|\bnot want (?:their|my|our) (?:kid|child|son|daughter)s? sitting\b|\bwhy have they hired\b|\bcan (?:she|he|they) even speak\b",
        "excludes or demeans a group",
    ),
]

# Words that condemn what someone said or did.
_CONDEMN = (
    r"(?:racist|homophobic|sexist|transphobic|islamophobic|antisemitic|xenophobic|bigoted|disgusting"
    r"|unacceptable|vile|wrong|hateful|offensive|horrible|disgraceful|appalling|shameful|ignorant)"
)
# Rule 3: the sentence condemns what it quotes.
COUNTER_SPEECH = re.compile(
    r"\b(?:calling\s+(?:her|him|them|someone|anyone|people|a child|kids|a kid|my \w+)\s+(?:that|those|names|a\b)"
    r"|(?:that|this|it|which|such language|that word|that language|saying that|saying it|that comment)\s*(?:'s|is|was|are)\s+(?:so\s+|really\s+|completely\s+|totally\s+)?(?:racist|homophobic|sexist|transphobic|disgusting|unacceptable|vile|wrong|hateful|not ok|not okay|not acceptable|bigoted|offensive|horrible|disgraceful)"
    r"|(?:is|that's|it's|that is|it is)\s+(?:just\s+|pure\s+|plain\s+)?(?:prejudice|prejudiced|discrimination|bigotry|xenophobic|xenophobia|ableist|ableism|hate speech)"
    r"|(?:awful|terrible|disgusting|sad|shocking|horrible|appalling|vile)\s+that\s+(?:someone|somebody|people|anyone|a child|a kid|kids|children)"
    r"|no place for|stand (?:up )?against|there's no excuse for|is never ok|is not ok|is never acceptable"
    r"|(?:don't|do not|never|stop|please don't)\s+(?:call|calling|use|using|say|saying)\b"
    r"|(?:we|you|people|nobody|no one)\s+(?:should|must)\s+(?:not|never)\s+(?:say|call|use|threaten|talk|tell)"
    r"|(?:nobody|no one|no-one|no child|no family)\s+(?:should|must|deserves to)\s+(?:ever\s+)?"
    r"(?:say|call|use|threaten|talk|tell|be told|be called|hear)"
    # About the people who hate, not the people hated: "people who hate Muslims are wrong".
    r"|(?:people|anyone|those|someone|somebody|whoever|parents|racists|bigots)\s+who\s+(?:\w+\s+)?"
    r"(?:hate|hates|attack|attacks|abuse|abuses|target|targets|bully|bullies|insult|insults|mock|mocks"
    r"|harass|harasses|discriminate|discriminates|pick on|picks on)\b"
    # What others say, quoted to condemn it: "people who say ... are vile", "saying ... is racist",
    # "it's racist to say ...". Fifteen words hold the quoted remark of a post.
    r"|who\s+(?:say|says|said|think|thinks|call|calls|shout|shouts|shouted|write|writes|wrote|post|posts|posted)\b"
    rf"(?:\W+\w+){{0,15}}?\W+(?:is|are|was|were|should be|need to be)\s+(?:so\s+|really\s+|just\s+|completely\s+|totally\s+)?{_CONDEMN}"
    r"|(?:saying|to say|claiming|to claim|calling|telling)\b(?:\W+\w+){1,15}?\W+(?:is|was|are|it's|that's)\s+"
    rf"(?:so\s+|really\s+|just\s+|completely\s+|totally\s+|plain\s+)?{_CONDEMN}"
    rf"|{_CONDEMN}\s+to\s+(?:say|call|think|tell|claim|suggest|shout|write)\b"
    r"|is not (?:a|an) (?:\w+\s+)?(?:joke|insult)"
    r")"
)
# Words after a group that speak well of it (reading rule 10): "Muslim women are wonderful
# neighbours", "gay couples are the backbone of our PTA". Read only after the group's words.
GROUP_PRAISE = re.compile(
    r"\b(?:wonderful|lovely|brilliant|amazing|welcoming|fantastic|an asset|the backbone|valued"
    r"|valuable|helpful|generous|friendly|hard[- ]?working|delightful|the heart|a credit"
    r"|a blessing|inspiring|inspirational|talented|supportive|caring)\b"
    r"|\bmakes? (?:this|our|the) (?:school|community|town|place|street) (?:what it is|better|special)\b"
    r"|\bnothing but (?:kind|lovely|helpful|friendly|welcoming)\b"
)
# Words before a group that speak well of it: "we welcome Polish families", "I love our Sikh
# neighbours".
GROUP_PRAISE_BEFORE = re.compile(
    r"\b(?:i|we) (?:love|adore|admire|respect|welcome|celebrate|value|support)\s+(?:\w+\s+){0,2}$"
    r"|\bproud (?:of|to (?:welcome|have))\s+(?:\w+\s+){0,2}$"
)
# A good wish for a faith's or a community's day (reading rule 10, "a school's Eid or Pride
# message"): the day's name and the wish in one sentence, either way round ("Eid Mubarak",
# "wishing all our families a happy Diwali", "Chag Pesach sameach"). Read on folded text.
_OCCASION = (
    r"(?:eid(?:[- ]al[- ](?:fitr|adha))?|ramadan|ramzan|diwali|deepavali|divali|hanukkah|chanukah"
    r"|passover|pesach|purim|rosh hashanah|yom kippur|vaisakhi|baisakhi|gurpurab|guru nanak"
    r"|holi|navratri|christmas|easter|lunar new year|chinese new year|pride(?: month)?"
    r"|black history month|kwanzaa|nowruz|onam|pongal"
    # A nation's or a people's day: "Wishing our Ukrainian neighbours a happy Independence Day".
    r"|independence day|national day|st (?:patrick|david|andrew|george)'?s day|burns night)"
)
_WISH = (
    r"(?:mubarak|kareem|sameach|happy|merry|wishing|wish(?:es)?|greetings|blessed|joyous|peaceful"
    r"|celebrat\w*|enjoy(?:ing)?|hope (?:you|everyone|all))"
)
# Greetings that are a day's good wish in themselves, naming no day: "Shana tova" (a good year,
# at Rosh Hashanah), "Gong xi fa cai" (at Lunar New Year), "Jummah Mubarak".
_GREETING = (
    r"(?:l'?shanah? tovah?|shanah? tovah?|gong xi fa cai|kung hei fat choy|jumm?ah? mubarak)"
)
OCCASION_WISH = re.compile(
    rf"\b{_WISH}\b[^.!?\n]{{0,60}}?\b{_OCCASION}\b|\b{_OCCASION}\b[^.!?\n]{{0,60}}?\b{_WISH}\b"
    rf"|\b{_GREETING}\b"
)
# A sentence that is nothing but a good wish to the groups it names (reading rule 10): the
# greeting first, then "to", the groups (each stands in the folded text as GROUP_MARK) and the
# people they are ("Happy Vaisakhi to all our Sikh friends", "Shana tova to our Jewish
# neighbours", "Eid Mubarak to the Muslim and Hindu families"); or "wishing" the groups the day
# ("Wishing our Hindu friends a happy Diwali"). Nothing may follow but punctuation and emoji
# other than weapons and death; anything else ("... who stink", "... in hell", "death to all
# ...") and the group is not the wish's.
GROUP_MARK = "\x00"
_WISH_FIRST = (
    rf"(?:(?:happy|merry|blessed|joyous|peaceful)\s+(?:\w+\s+)?{_OCCASION}"
    rf"|{_OCCASION}\s+(?:mubarak|kareem|sameach)|chag sameach|{_GREETING})"
)
_WISHED_GROUPS = (
    rf"(?:all\s+(?:of\s+)?)?(?:our|my|the)?\s*{GROUP_MARK}(?:\s*(?:,|and|&)\s*{GROUP_MARK})*"
    r"(?:\s+(?:friends|neighbours|families|family|community|communities|colleagues)"
    r"(?:\s+(?:and|&)\s+(?:friends|neighbours|families))?)?(?:\s+celebrating)?"
)
_WISH_END = "[^\\w\U0001f4a3\U0001f52a\U0001f52b\U0001f5e1\U0001fa78\u26b0\U0001f480\u2620]*"
# A sentence that is a good wish and nothing else, naming no group: "Happy Diwali everyone! 🪔".
WISH_ALONE = re.compile(
    rf"{_WISH_FIRST}(?:,?\s+(?:to\s+)?(?:all|everyone|everybody)(?:\s+celebrating)?)?{_WISH_END}"
)
# A second greeting closing the wish: "Happy Rosh Hashanah to our Jewish neighbours, shanah tovah".
_SECOND_GREETING = rf"(?:[,;!]?\s*{_WISH_FIRST})?"
WISH_TO_GROUPS = re.compile(
    rf"{_WISH_FIRST},?\s+to\s+{_WISHED_GROUPS}{_SECOND_GREETING}{_WISH_END}"
    rf"|wishing\s+{_WISHED_GROUPS}\s+an?\s+(?:very\s+)?(?:happy|blessed|joyous|peaceful|merry)"
    rf"\s+{_OCCASION}{_WISH_END}"
)
# Words that point at someone a threat or hate beside a good wish could be aimed at: "Eid
# Mubarak. They ...", "Merry Christmas. Next time he ...". A wish beside any of them rules out
# nothing (see GOOD_WISH_NOTE).
POINTS_AT_SOMEONE = re.compile(
    r"\b(?:they|them|their|theirs|themselves|these|those|em|dem|he|him|his|she|her|hers|you|your|yours|u|ur)\b"
)
# Words that deny what follows them (negated hate): "anyone claiming [group] are ... is talking
# nonsense", "it's not true that [group] ...", "I have never once believed [group] ...". The
# group must come within DENIED_GROUP_REACH words after them.
GROUP_DENIAL = re.compile(
    r"\b(?:anyone|anybody|whoever|people|those)\s+(?:claiming|who claims?|saying|who says?"
    r"|thinking|who thinks?|suggesting|who suggests?)(?:\s+that)?\b"
    r"(?=.{0,120}?\b(?:is|are)\s+(?:talking\s+)?(?:nonsense|rubbish|wrong|mistaken|deluded"
    r"|clueless|ignorant|lying)\b)"
    r"|\bit'?s (?:simply |just )?not true that\b|\bthere'?s no way\b"
    r"|\b(?:i|we)\s+(?:have\s+)?never\s+(?:once\s+|ever\s+)?(?:believed|agreed|accepted)(?:\s+that)?\b"
)
DENIED_GROUP_REACH = 3
# Words that take up what someone else said as the poster's own: a report so endorsed is no
# report ("a parent said ... and honestly she's right").
ENDORSEMENT = re.compile(
    r"\b(?:i agree|and i agree|agree with (?:him|her|them)|(?:he|she|they)(?:'s|'re| is| are) (?:right|not wrong|spot on)"
    r"|true though|spot on|fair point|said what we're all thinking|about time someone said)\b"
)
# Words that put what follows in someone else's mouth: "the comment claiming [group] ...", "a boy
# who keeps saying [group] ...", "an older child told my son [group] ...". Read, like a denial,
# only where the group comes within DENIED_GROUP_REACH words after them.
REPORTED_CLAIM = re.compile(
    r"\b(?:comment|post|message|note|someone|somebody|child|kid|boy|girl|parent|who|whoever)\s+"
    r"(?:\w+\s+){0,2}?(?:claiming|claimed|claims|saying|said|says|wrote|writing|shouted|told\s+(?:my|our|her|his)\s+\w+)"
    r"(?:\s+that)?\b"
)
# A sentence that opens by reporting what someone else said: "Overheard at the gate: ...". A
# report, not the poster's own words, only where the post also condemns what was said.
REPORTED_OPENER = re.compile(
    r"^\s*(?:overheard|heard|someone (?:said|wrote|posted|shouted)|a (?:parent|mum|dad) (?:said|wrote))"
    r"\b[^:.!?]{0,40}:"
)
# The poster reports what was said to them or their child.
REPORTING = re.compile(
    r"\b(?:(?:was|were|got|been|being|get|gets|getting|keeps? being)\s+called"
    r"|called\s+(?:him|her|me|us|them|my|our)\b|called\s+(?:a|the|that|another)\s+(?:child|kid|boy|girl|pupil|mum|dad|parent)\b"
    r"|(?:said|used|shouted|wrote)\s+the\s+(?:word|n-word|n word)"
    r"|(?:racist|homophobic|sexist|racial)\s+(?:abuse|comments?|remarks?|names?|bullying|slurs?|language|incident)"
    r"|reported\s+(?:it|this|him|her|them)"
    r")"
)
# Quoted words: hate in quotation marks is reported or condemned, not said, when the post says
# who said it or condemns it. A quote longer than 300 characters is not a quoted remark.
QUOTED = re.compile(r'"[^"\n]{1,300}"' r"|(?<!\w)'[^'\n]{1,300}'(?!\w)")
REPORTED_SPEECH = re.compile(
    r"\b(?:someone|somebody|whoever|he|she|they|a (?:boy|girl|kid|child|pupil|parent|dad|mum|man|woman|lad)"
    r"|some \w+|another \w+|one of the \w+|people|kids|children|his \w+|her \w+|their \w+)\s+(?:\w+\s+)?"
    r"(?:said|says|wrote|writes|shouted|yelled|screamed|posted|told|called|scrawled|sprayed|commented|texted"
    r"|messaged|chanted|kept saying)\b|\b(?:was|were|got|been)\s+(?:told|called)\b"
)
CONDEMNATION = re.compile(
    rf"\b{_CONDEMN}\b|\bhate speech\b|\bnot ok(?:ay)?\b|\bsickening\b|\bshocking\b"
)

SLUR_CUES = CueSet.build(
    [(pattern, f"a slur ({characteristic.value})") for pattern, characteristic, _ in SLURS],
    [Slur(characteristic, aimed_at) for _, characteristic, aimed_at in SLURS],
)
GROUP_CUES = CueSet.build([(p, c.value) for p, c in GROUPS], [c for _, c in GROUPS])
EXCLUSION_CUES = CueSet.build(EXCLUSION)
