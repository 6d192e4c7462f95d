"""The words and phrases the rule pass looks for, each with the reason it gives a reader.

Patterns run over folded text (lower case, disguises undone; see folding.py). Each entry is
(regular expression, why); groups inside a pattern must be non-capturing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PRONOUN = r"(?:him|her|them|he|she|they|you|that \w+|this \w+|the \w+|his \w+|(?:mr|mrs|miss|ms|dr|sir)\.?\s+\w+)\b"
KID = r"(?:kids?|child(?:ren)?|pupils?|boys?|girls?|little ones|students?|class)"
MY_KID = r"(?:my|our|his|her|their|a|the|one)\s+(?:\w+\s+)?(?:son|daughter|child|kid|boy|girl|lad|little one)s?"
FOOD = (
    r"(?:brew|cuppa|tea|coffee|pint|drink|beer|wine|gin|curry|kebab|burger|pizza|sandwich|"
    r"bacon\s+\w+|takeaway|chippy|biscuit|cake|chocolate|nap|sleep|holiday|bath)"
)

# Sayings that use violent words for something harmless.
IDIOMS: list[tuple[str, str]] = [
    (
        rf"\b(?:murder|kill|slaughter|destroy|demolish|smash|batter)\s+(?:an?\s+|some\s+|the\s+)?(?:\w+\s+)?{FOOD}\b",
        "a craving, not a threat",
    ),
    (
        r"\b(?:kill|killing|killed|murder|murders|murdering|strangle)\s+(?:me|us|myself|ourselves)\b",
        "said of oneself",
    ),
    (
        r"\b(?:killing|killed|smashed|smashing|nailed|slayed|slaying|slays|smash(?:ed)?)\s+it\b",
        "praise",
    ),
    (r"\bkill(?:ing)?\s+(?:two birds|time|the mood|the vibe)\b", "a saying"),
    (r"\b(?:dying|dead)\s+(?:to|for|of|with)\b", "a saying"),
    (r"\bbreak\s+a\s+leg\b", "wishing luck"),
    (r"\bknock\s+(?:them|'em|em)\s+dead\b", "wishing luck"),
    (
        r"\b(?:fight|fighting|fought|battle|battling)\s+(?:for|to get|with the council|the cold|a cold|off)\b",
        "standing up for something",
    ),
    (r"\bhit\s+(?:the\s+)?(?:road|target|jackpot|roof|hay|nail|ground running|send)\b", "a saying"),
    (
        r"\bbeat(?:ing|s)?\s+(?:the\s+)?(?:traffic|queue|rush|record|odds|heat|them at|us at)\b",
        "a saying",
    ),
    (r"\bgonna\s+be\s+the\s+death\s+of\s+me\b", "a saying"),
]

# Insults: aimed at an identifiable person they are offensive_about_person.
INSULTS: list[tuple[str, str]] = [
    (
        r"\b(?:idiot|moron|imbecile|cretin|muppet|numpty|plonker|buffoon|halfwit|dimwit|nitwit|airhead|dunce)s?\b",
        "calls someone stupid",
    ),
    (
        r"\b(?:dickhead|prick|knobhead|tosser|wanker|twat|bellend|cunt|arsehole|asshole|bastard|shithead|dipshit|git)s?\b",
        "a crude insult",
    ),
    (r"\b(?:bitch|slag|slut|skank|trollop|harpy|battleaxe)(?:es|s)?\b", "a demeaning insult"),
    (r"\b(?:scumbag|lowlife|weirdo|psycho|nutter|nutcase|sadist|minger|munter)s?\b", "an insult"),
    (r"\b(?:brat|thug|little shit|little sod|devil child)s?\b", "an insult aimed at a child"),
    (
        r"\b(?:waste of (?:space|oxygen|skin)|shut\s+(?:up|your\s+(?:mouth|face|gob|trap)))\b",
        "demeans someone",
    ),
    (r"\b(?:fuck|screw|sod)\s+(?:you|him|her|them)\b", "abuses someone"),
]

# Words that insult only when said of a person ("she is a cow", "that lazy teacher").
PERSON_INSULTS: list[tuple[str, str]] = [
    (
        r"\b(?:cow|witch|hag|dragon|pig|loser|freak|creep|snake|scum|rat|animal|troll|clown|joke|dick|knob|tart|vermin|menace|disgrace|embarrassment|hypocrite|tyrant|bully|bat|slob|weasel|madam|gossip|so and so|jobsworth|moo|liability|fossil)s?\b",
        "an insult",
    ),
    (
        r"\b(?:pompous|stuck[- ]up|smarmy|weird|jumped[- ]up|nosy|nosey|gobby|mouthy|snobby|snotty|toxic|shady|dodgy|slimy|sleazy)\b",
        "demeans someone",
    ),
    (
        r"\b(?:stupid|thick|dim|dumb|gormless|brainless|braindead|clueless|ignorant|daft|thick as (?:two short planks|mince|a brick))\b",
        "calls someone stupid",
    ),
    (r"\b(?:ugly|fat|hideous|smelly|greasy|feral)\b", "mocks how someone looks"),
    (
        r"\b(?:vile|nasty|horrible|evil|spiteful|vindictive|two[- ]faced|smug|arrogant|miserable|creepy|pathetic|spineless|useless|incompetent|hopeless|lazy|disgusting|repulsive|unhinged|deranged|worthless|rude|unprofessional)\b",
        "demeans someone",
    ),
]
PERSON_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|'s|'re|so|such|what|you|that|this|an?|proper|really|bloody|fucking|total|complete|absolute|utter|old|fat|ugly|stupid|lazy|silly|little|right|being|becoming|the most|most)\s+(?:(?:an?|so|really|very|bloody|fucking|absolute|complete|total|utter|old|fat|ugly|stupid|lazy|silly|little)\s+)?)$"
)
PERSON_NOUN_AFTER = re.compile(
    r"^\s+(?:woman|man|cow|bitch|teacher|head|headteacher|kid|boy|girl|child|brat|family|idiot|git|sod|lady|bloke|person|mum|dad|ta|witch|creature|individual|human|pig|people)s?\b"
)
NOUN_AFTER = re.compile(r"^\s+[a-z]{3,}")

# Dissatisfaction with the school, its decisions, or people's conduct: complaint.
COMPLAINTS: list[tuple[str, str]] = [
    (
        r"\b(?:is|are|was|were|'s|'re|what)\s+(?:an?\s+)?(?:absolute\s+|complete\s+|total\s+|bloody\s+|fucking\s+)?(?:joke|shambles|farce|disgrace|nightmare|mess|circus)\b",
        "says it is a joke or a disgrace",
    ),
    (r"\bjoke\s+of\s+a\b", "says it is a joke"),
    (
        r"\b(?:can't|cannot|couldn't|can not)\s+(?:teach|control (?:the|a|her|his) class|manage|organise|organize|run a|do (?:her|his|their) job)\b",
        "says someone cannot do the job",
    ),
    (
        r"\b(?:not|isn't|is not)\s+fit\s+to\s+(?:teach|be a teacher|work|be in charge|run)\b",
        "says someone is unfit for the job",
    ),
    (
        r"\bshould(?:n't| not)\s+be\s+(?:teaching|a teacher|working with (?:kids|children)|in charge)\b",
        "says someone is unfit for the job",
    ),
    (
        r"\b(?:stupid|silly|daft|pointless|nonsense)\s+(?:rules?|decisions?|idea|policy|policies|homework|system|letter|email|changes?)\b",
        "calls a decision stupid",
    ),
    (
        r"\b(?:ridiculous|shambolic|disgraceful|rubbish|useless|incompetent|pathetic|appalling|awful|terrible|shocking|unacceptable|outrageous|laughable|diabolical|atrocious|dreadful|pointless|crap|crappy|shite|shit|unfair|unprofessional|disorganised|disorganized|chaotic|chaos|incompetence|negligent)\b",
        "voices dissatisfaction",
    ),
    (
        r"\b(?:not good enough|not fair|no excuse|fed up|sick (?:and tired )?of|had enough|fuming|furious|livid|disgusted|let down|letting (?:our|my|the) (?:kids|children)|failing (?:our|my|the) (?:kids|children)|lost (?:all |my )?(?:faith|confidence|trust))\b",
        "voices dissatisfaction",
    ),
    (
        r"\b(?:nobody|no one|no-one|noone|never|nobody ever|no one ever)\s+(?:\w+\s+)?(?:answers?|replies|reply|responds?|listens?|cares?|bothers?|gets? back|picks? up|returns?)\b",
        "says nobody answers or listens",
    ),
    (
        r"\b(?:no|still no|haven't had an?|not had an?|never got an?|never had an?)\s+(?:reply|response|answer|call back|apology|explanation)\b",
        "says there was no reply",
    ),
    (
        r"\bwhy\s+(?:does|do|is|are|can't|won't|didn't|doesn't|don't|isn't|has|have|hasn't|haven't)\s+(?:nobody|no one|anyone|the school|the head|they|the staff|the teachers|staff|teachers|the office|the governors)\b",
        "asks why the school fails to act",
    ),
    (
        r"\b(?:doesn't|don't|didn't|couldn't|does not|do not)\s+(?:even\s+)?(?:care|listen|bother|give a|do anything|seem to care)\b",
        "says the school does not care",
    ),
    (
        r"\b(?:out of (?:her|his|their) depth|(?:doesn't|don't|hasn't|haven't|has no|have no|hasn't got|haven't got) (?:got )?(?:a|any) clue|rip[- ]?off|gone downhill|going downhill|favouritism|still waiting|(?:does|did|do|doing) nothing about|not impressed|over the top|how is (?:that|this|it) fair|way too (?:much|many|strict)|needs to learn|ignored (?:my|our|all)|given up on|nobody (?:does|did) anything|no one (?:does|did|doing) anything|not (?:\w+ )?doing anything|can't afford|couldn't organise)\b",
        "voices dissatisfaction",
    ),
    (
        r"\b(?:scream(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|snapp(?:ed|ing)|snaps)\s+at\b",
        "complains of how someone spoke to people",
    ),
    (
        r"\b(?:waste of (?:time|money)|total mess|worst school|badly (?:run|managed|organised)|poorly (?:run|managed|organised)|makes? no sense|what a mess)\b",
        "voices dissatisfaction",
    ),
    (
        r"\b(?:sacked|fired|struck off|get rid of|should resign|needs to go|has to go|should be ashamed|ought to be ashamed|shame on)\b",
        "wants someone gone or shamed",
    ),
    (
        r"\b(?:complain|complained|complaining|complaint|moan|moaning|raging|annoyed|angry|disappointed|disappointing|frustrated|frustrating)\b",
        "voices frustration",
    ),
]

# Wrongdoing a person can be accused of: with an identifiable target, an allegation.
# `severe` marks what would lower someone in reasonable people's eyes (defamation when stated as fact).
WRONGDOING: list[tuple[str, str, bool]] = [
    (
        r"\b(?:hits?|hitting|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|shov(?:es|ed|ing)|grab(?:s|bed|bing)|shak(?:es|ing|en)|manhandl\w*|drag(?:s|ged|ging)|pinch(?:es|ed|ing)|strangl\w*|chok(?:es|ed|ing)|beat(?:s|en|ing)?|assault\w*|attack(?:s|ed|ing)?|push(?:es|ed|ing))\s+(?:\w+\s+)?(?:the\s+|a\s+|my\s+|our\s+|his\s+|her\s+|their\s+|other\s+)?(?:\w+\s+)?(?:kids?|child(?:ren)?|pupils?|boys?|girls?|son|daughter|students?|him|her|them|me|us)\b",
        "says someone physically hurt a child or a person",
        True,
    ),
    (
        r"\b(?:abus(?:e|es|ed|ing|ive)|molest\w*|groom(?:s|ed|ing)|paedo(?:phile)?s?|pedo(?:phile)?s?|nonces?|kiddie fiddler|fiddl(?:es|ed|ing) with|touch(?:es|ed|ing) (?:the\s+|my\s+|little\s+)?(?:kids|children|girls|boys|pupils)|inappropriate with|pervert|perv)\b",
        "says someone abused a child",
        True,
    ),
    (
        r"\b(?:lie(?:s|d)?|liar|lying|dishonest|fraud\w*|embezzl\w*|steal(?:s|ing)?|stole(?:n)?|thie(?:f|ves|ving)|theft|nick(?:s|ed|ing) (?:money|the money|from)|pocket(?:s|ed|ing) (?:the\s+)?(?:\w+\s+)?(?:money|funds|cash|donations)|fiddl(?:es|ed|ing) (?:the\s+)?(?:\w+\s+)?(?:books|accounts|money|figures|results|register|numbers|marks)|corruption|backhanders?|bribe\w*|cover(?:s|ed|ing)? (?:it |this |that )?up|cover-?up|falsif\w*|forg(?:ed|es|ing)|corrupt|crook(?:ed)?|criminal|bent)\b",
        "says someone is dishonest or a criminal",
        True,
    ),
    (
        r"\b(?:drunk|drunkard|alcoholic|boozer|pissed|hungover|hung over|smells? of (?:booze|drink|alcohol|weed|wine|beer)|drinks? (?:on the job|at work|in school|in class|during)|on drugs|druggie|junkie|stoned|coke ?head|high as a kite|off (?:her|his|their) face)\b",
        "says someone is drunk or on drugs at work",
        True,
    ),
    (
        r"\b(?:neglect(?:s|ed|ful|ing)?|left (?:\w+\s+){0,3}(?:alone|unattended|unsupervised|behind|outside|locked|crying|sobbing|bleeding|soaked)|lock(?:s|ed|ing) (?:\w+\s+){0,2}in|lost (?:my|a|our|the) (?:son|daughter|child|kid|pupil)|ignored (?:a |the |my )?(?:safeguarding|disclosure|injury|bullying|concerns?)|refused (?:\w+\s+){0,2}(?:water|the toilet|food|lunch|medication|inhaler)|denied (?:\w+\s+){0,2}(?:water|the toilet|food|lunch|medication|inhaler)|starv\w*|endanger\w*|put (?:\w+\s+){0,2}in danger)\b",
        "says someone neglected or endangered a child",
        True,
    ),
    (
        r"\b(?:sleep(?:s|ing)? with|slept with|shag(?:s|ged|ging)|having an affair|affair with|sexual(?:ly)? (?:harass\w*|assault\w*|abus\w*|inappropriate))\b",
        "says someone committed sexual misconduct",
        True,
    ),
    (r"\b(?:racist|homophobic|sexist|transphobic|bigot(?:ed)?)\b", "says someone is a bigot", True),
    (
        r"\b(?:bull(?:y|ies|ied|ying)|picks? on|picking on|picked on|victimis\w*|victimiz\w*|humiliat\w*|belittl\w*|torment\w*|terroris\w*|intimidat\w*)\b",
        "says someone bullies",
        False,
    ),
    (
        r"\b(?:swear(?:s|ing)?|swore)\s+at\b",
        "says someone swears at people",
        False,
    ),
    (
        r"\bmade\s+(?:my|our|her|his|the)\s+(?:\w+\s+)?(?:son|daughter|child|kid|boy|girl)s?\s+cry\b",
        "says someone made a child cry",
        False,
    ),
    (
        r"\bcalled\s+(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|child|kid|boy|girl)s?\s+(?:a|an|names)\b",
        "says someone called a child names",
        False,
    ),
]

# Name-calling with a wrongdoing noun: allegation, defamation and offensive at once.
# Only as a noun ("a drunk", "a liar"), not as an adjective ("came in drunk").
NAME_CALLING = (
    r"\b(?:(?:an?|the|that|this|you|such an?|what an?|total|complete|absolute|utter|proper|right|known|old|raging)\s+(?:\w+\s+)?)"
    r"(?:drunk|drunkard|alcoholic|boozer|liar|thief|crook|fraud(?:ster)?|paedo(?:phile)?|pedo(?:phile)?|nonce|pervert|perv|junkie|druggie|criminal|abuser|bully|racist|bigot|psycho)s?\b"
)

# Calls to cyber-bully a child, an adult or a family.
GANGING_UP: list[tuple[str, str]] = [
    (
        r"\b(?:everyone|everybody|all of you|you all|we all|let's all|lets all)\s+(?:should\s+)?(?:avoid|ignore|block|unfriend|blank|shun|stay away from|keep away from|report)\b",
        "calls on others to shun someone",
    ),
    (
        r"\b(?:don't|do not|never)\s+let\s+your\s+(?:kids?|child(?:ren)?|son|daughter)s?\s+(?:play|go|sit|near|be friends|talk|mix)\b",
        "calls on others to shun a child",
    ),
    (
        r"\b(?:stay|keep)\s+(?:away|clear)\s+(?:from|of)\s+(?:that|this|the)\s+(?:family|kid|child|boy|girl|mum|dad|woman|man|lot)\b",
        "calls on others to shun someone",
    ),
    (
        r"\b(?:name and shame|naming and shaming|expose (?:her|him|them|that)|share (?:this|it) (?:so|until) everyone|everyone needs to know what (?:she|he|they))\b",
        "calls for public shaming",
    ),
    (
        r"\b(?:don't|do not|nobody|no one)\s+(?:invite|play with|talk to|sit with)\s+(?:\w+\s+)?(?:him|her|them|that|this)\b",
        "calls on others to exclude someone",
    ),
    (
        r"\b(?:that|this|the)\s+(?:family|kid|child|boy|girl|mum|dad|lot)\s+(?:is|are)\s+(?:trouble|scum|feral|vermin|animals|filth|a nightmare|a menace)\b",
        "brands a child or family",
    ),
]

# Threats and incitement, including jokes and conditional threats.
VIOLENCE: list[tuple[str, str]] = [
    (
        rf"\b(?:i'll|i will|i'm going to|i am going to|im going to|i'm gonna|im gonna|gonna|going to|i'd|i would|i could|i want to|i wanna|we'll)\s+(?:\w+\s+)?(?:smack|slap|punch|hit|kill|batter|deck|thump|stab|hurt|strangle|throttle|kick|murder|bash|beat|lamp|chin|glass|wring|burn|shoot|knife|bottle|headbutt|slit|strangle)\s+(?:\w+\s+)?{PRONOUN}",
        "threatens to hurt someone",
    ),
    (
        r"\b(?:someone|somebody|anyone|we|people|you|the dads|the parents|they|one of us|a few of us)\s+(?:should|needs? to|ought to|wants? to|has to|must|could|oughta)\s+(?:\w+\s+)?(?:slap|smack|punch|hit|batter|deck|thump|kick|beat|kill|shoot|stab|burn|jump|glass|bash|lamp|floor|teach)\s+(?:\w+\s+)?(?:him|her|them|that\s+\w+|this\s+\w+)\b",
        "calls on others to hurt someone",
    ),
    (
        r"\b(?:someone|somebody|one of (?:the|us)|a few of us|the dads|we|i'll|i will|i'm going to|gonna)\s+(?:\w+\s+){0,2}sort\s+(?:him|her|them|that\s+\w+|this\s+\w+)\s+out\b",
        "calls for someone to be dealt with",
    ),
    (
        r"\bknock\s+(?:him|her|them|you)\s+(?:out|down|flat|into next week|spark out)\b",
        "threatens to hurt someone",
    ),
    (
        r"\bgive\s+(?:him|her|them|that\s+\w+|the\s+\w+|\w+|\w+\s+\w+)\s+a\s+(?:good\s+|proper\s+|right\s+)?(?:slap|smack|kicking|beating|hiding|punch|clip|thump|slapping|battering|pasting)\b",
        "calls for someone to be hit",
    ),
    (
        r"\b(?:deserves?|needs?|wants?|asking for|due)\s+(?:an?\s+)?(?:good\s+|proper\s+|right\s+)?(?:slap|smack|kicking|beating|hiding|punch|clip round the ear|thump|slapping|battering|pasting)\b",
        "says someone should be hit",
    ),
    (
        r"\b(?:should|ought to|needs to|deserves? to|wants? to)\s+be\s+(?:shot|hanged|hung|strung up|beaten|battered|punched|slapped|burned|burnt|stabbed|killed|put down|lynched)\b",
        "wishes someone physical harm",
    ),
    (r"\b(?:string|hang|lynch)\s+(?:him|her|them)\s+up\b", "wishes someone physical harm"),
    (
        r"\b(?:he'll|she'll|they'll|you'll|he will|she will|they will|you will)\s+(?:know about it|regret it|be sorry|get what's coming|get it|be next|pay for (?:it|this)|wish (?:he|she|they|you) hadn't)\b",
        "a conditional threat",
    ),
    (
        r"\b(?:watch (?:your|his|her|their) back|wait (?:till|until) i (?:get|see|catch)|i'll be waiting for|i know where (?:she|he|you|they) lives?|won't be responsible for (?:my|what)|i'll (?:come|go) (?:down|up|round) (?:there|to the school|to (?:his|her) house) and)\b",
        "an open threat",
    ),
    (
        r"\b(?:kick|knock|smash|bash|cave)\s+(?:his|her|their|your)\s+(?:\w+\s+)?(?:head|teeth|face|skull)\s+in\b",
        "threatens to hurt someone",
    ),
    (
        r"\b(?:break|snap|smash)\s+(?:his|her|their|your)\s+(?:\w+\s+)?(?:legs?|neck|face|nose|arms?|jaw|fingers?)\b",
        "threatens to hurt someone",
    ),
    (r"\b(?:punch|knock)\s+(?:his|her|their|your)\s+lights\s+out\b", "threatens to hurt someone"),
    (
        r"\b(?:burn|bomb|blow up|shoot up|torch|petrol bomb)\s+(?:\w+\s+){0,2}(?:school|building|classroom|office|house|car)\b",
        "threatens the school or someone's home",
    ),
    (
        r"\bhope\s+(?:\w+\s+){0,8}?(?:gets?|get) (?:hit by|run over|hurt|beaten|attacked|stabbed|knocked down)\b|\b(?:i hope|hope)\s+(?:she|he|they|you)\s+(?:dies|die|crashes)\b",
        "wishes someone physical harm",
    ),
    (
        r"\b(?:is|are|he's|she's|they're|you're|he is|she is|you are)\s+(?:getting|going to get|gonna get|gonna be|going to be)\s+(?:\w+\s+){0,3}?(?:battered|a smack|a slap|hurt|a kicking|a beating|beaten|done in|slapped|punched|kicked in|slashed|stabbed)\b",
        "threatens that someone will be hurt",
    ),
    (
        r"\b(?:is|he's|she's|you're|they're|you are|he is|she is)\s+dead\s+(?:when|if|once)\s+i\b|\bi will find you\b|\b(?:you|he|she|they)(?:'ll| will) get hurt\b|\blucky i (?:didn't|did not) (?:lamp|hit|slap|punch|smack|deck|thump|batter)\b",
        "threatens to hurt someone",
    ),
    (
        r"\b(?:punch|smack|slap|hit|kick|headbutt|lamp|thump)\s+(?:\w+\s+){1,3}in\s+the\s+(?:face|mouth|head|teeth|nose|gob|nuts|stomach)\b",
        "tells someone to hurt a person",
    ),
    (
        r"\b(?:push|throw|chuck|shove)\s+(?:\w+\s+){1,3}(?:off|down|under)\s+(?:the|a)\s+(?:roof|bridge|cliff|stairs|bus|train)\b|\bset\s+(?:it|them|him|her|\w+)\s+on\s+fire\b|\bset\s+fire\s+to\b",
        "wishes someone physical harm",
    ),
    (
        r"\b(?:five|5|ten|10|two|2)\s+minutes\s+alone\s+with\b|\b(?:a word|have a word|sort (?:him|her|them) out)\s+round\s+the\s+back\b|\bsort\s+\w+\s+out\s+properly\b|\bwants?\s+a\s+brick\s+through\b",
        "a veiled threat",
    ),
]


WEAPONS = (
    r"\b(?:knife|knives|blade|gun|shotgun|acid|machete|baseball bat|crowbar|hammer|petrol|bomb)\b"
)

# Slurs, by protected characteristic; a racial slur raises police_racial_element.
SLURS: list[tuple[str, str]] = [
    (
        r"\b(?:nigg(?:er|a|ah|az)s?|niggas|coons?|wogs?|pakis?|chinks?|gooks?|spics?|kikes?|yids?|ragheads?|towelheads?|sand ?niggers?|darkies?|golliwogs?|sambos?|jungle bunn(?:y|ies)|pikeys?|gypos?|gyppos?|polacks?|muzzies?|camel jockeys?|coconuts?|bongo bongo)\b",
        "race",
    ),
    (
        r"\b(?:retard(?:s|ed)?|spastics?|spaz(?:zy)?|mongs?|mongoloids?|window lickers?|cripples?|special needs freaks?)\b",
        "disability",
    ),
    (
        r"\b(?:faggots?|fags?|poofs?|poofters?|dykes?|batty boys?|benders?|lezzas?|lezzers?|homos?)\b",
        "sexual orientation",
    ),
    (r"\b(?:trann(?:y|ies)|shemales?|he-shes?|trannies)\b", "gender identity"),
]

# Groups by protected characteristic: mentioning them is not discrimination.
GROUPS: list[tuple[str, str]] = [
    (
        r"\b(?:immigrants?|foreigners?|migrants?|refugees?|asylum seekers?|polish|poles|romanians?|eastern europeans?|albanians?|pakistanis?|indians?|bangladeshis?|asians?|africans?|nigerians?|somalis?|syrians?|chinese|black (?:people|families|kids|children|parents|folk)|blacks|whites|white (?:people|families)|gypsies|gypsy|travellers?|roma|irish|arabs?|foreign (?:families|kids|children|parents|people|names)|african|asian|polish|romanian|nigerian|pakistani|indian|bangladeshi|somali|syrian|(?:asylum seeker|immigrant|refugee|migrant|foreign) kids|her lot|their lot|that lot|these people|those people)\b",
        "race",
    ),
    (
        r"\b(?:muslims?|moslems?|islam(?:ic)?|jews?|jewish|hindus?|sikhs?|catholics?|christians?|buddhists?|atheists?)\b",
        "religion",
    ),
    (
        r"\b(?:disabled|autistic|autism|sen kids|send kids|sen children|send children|special needs|adhd|down'?s syndrome|wheelchair users?|deaf|blind kids)\b",
        "disability",
    ),
    (
        r"\b(?:gays?|gay (?:people|couples?|parents|dads|mums|man|woman|men|women|teachers?)|lesbians?|same[- ]sex (?:parents|couples?)|two (?:mums|dads)|lgbt\w*|queers?|bisexuals?)\b",
        "sexual orientation",
    ),
    (
        r"\b(?:trans (?:people|kids|children|parents|women|men|teacher)|transgender|non-binary|nonbinary)\b",
        "gender identity",
    ),
    (
        r"\b(?:women|woman teachers|female (?:teachers|staff)|male (?:teachers|staff)|men teachers|girls|boys)\b",
        "sex",
    ),
    (r"\b(?:pregnant|maternity)\b", "pregnancy"),
    (
        r"\b(?:old (?:people|teachers|staff|woman|man|biddies)|older (?:teachers|staff)|pensioners|oldies)\b",
        "age",
    ),
]
# Exclusion by nationality or language that needs no group named.
NATIONALITY_EXCLUSION = re.compile(
    r"\b(?:can't|cannot|can not|don't|doesn't)\s+(?:even\s+)?speak\s+(?:proper\s+|any\s+|a word of\s+)?english"
    r"|\bused to be a (?:british|english|proper) school\b|\bthis is a (?:christian|british|english) country\b"
    r"|\bgo back (?:to|where) (?:\w+\s+){0,3}(?:country|came from)\b|\bcome over here\b|\bforeign names\b"
)
RACIAL_CHARACTERISTICS = frozenset({"race", "religion"})

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
        r"\b(?:too many|so many|full of|all the|look at all the)\s+(?:\w+\s+)?(?:immigrants|foreigners|migrants|refugees|asylum seekers|foreign)",
        "complains of too many of a group",
    ),
    (
        r"\b(?:are|is|were)\s+(?:always\s+)?(?:the reason|the ones (?:causing|who)|always causing|rubbish at|useless at|no good at|not natural|unnatural|too emotional|past it)\b|\bnot natural\b|\bforced to retire\b|\bpast it\b",
        "stereotypes a group",
    ),
    (
        r"\bshould\s+(?:be\s+)?(?:kept|put|sent|moved|forced|locked)\b|\bput them all\b|\bin their own (?:class|school|room)\b|\bspecial school\b|\bslows? (?:\w+\s+){0,3}down\b|\btypical\b|\bcome over here\b|\btak(?:e|es|ing) (?:every|all the|our) (?:\w+\s+)?(?:places?|jobs|houses|school places)\b|\bwithout all the\b|\bdon't want (?:my|our) (?:\w+\s+)?(?:taught|sitting|near|with)\b|\bnot want (?:their|my|our) (?:kid|child|son|daughter)s? sitting\b|\bwhy have they hired\b|\bcan (?:she|he|they) even speak\b",
        "excludes or demeans a group",
    ),
]

# Rule 3: the sentence condemns what it quotes.
COUNTER_SPEECH = re.compile(
    r"\b(?:calling\s+(?:her|him|them|someone|anyone|people|a child|kids|a kid|my \w+)\s+(?:that|those|names|a\b)"
    r"|(?:that|this|it|which|such language|that word|that language|saying that|saying it|that comment)\s*(?:'s|is|was|are)\s+(?:so\s+|really\s+|completely\s+|totally\s+)?(?:racist|homophobic|sexist|transphobic|disgusting|unacceptable|vile|wrong|hateful|not ok|not okay|not acceptable|bigoted|offensive|horrible|disgraceful)"
    r"|(?:is|that's|it's|that is|it is)\s+(?:just\s+|pure\s+|plain\s+)?(?:prejudice|prejudiced|discrimination|bigotry|xenophobic|xenophobia|ableist|ableism|hate speech)"
    r"|(?:awful|terrible|disgusting|sad|shocking|horrible|appalling|vile)\s+that\s+(?:someone|somebody|people|anyone|a child|a kid|kids|children)"
    r"|no place for|stand (?:up )?against|there's no excuse for|is never ok|is not ok|is never acceptable"
    r"|(?:don't|do not|never|stop|please don't)\s+(?:call|calling|use|using|say|saying)\b"
    r"|(?:we|you|people|nobody|no one)\s+(?:should|must)\s+(?:not|never)\s+(?:say|call|use|threaten|talk)"
    r"|is not (?:a|an) (?:\w+\s+)?(?:joke|insult)"
    r")"
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
NEGATION = re.compile(
    r"\b(?:never|not|no|nobody|none|neither|nor|without)\b|n't\b|\bnot\s+saying\b", re.IGNORECASE
)
NOT_NEGATION = re.compile(r"\b(?:not|no)\s+(?:joking|kidding|only|just|even|lying)\b|\bno\s+joke\b")
OPINION = re.compile(
    r"\b(?:i think|i reckon|i feel|i believe|i suspect|i guess|in my opinion|imo|imho|seems|seem to|looks like|probably|maybe|might|allegedly|apparently|i heard|rumou?r|i wonder|could be|possibly)\b"
)
QUESTION_OPENERS = re.compile(
    r"^\s*(?:is it true|is it right|does anyone|did anyone|has anyone|anyone know|do you|does|did|is|are|has|have|was|were|why|how come|can|could|would|will|should)\b"
)

# Sharing a photo or video, and what it shows.
MEDIA = re.compile(
    r"\[(?:photo|photos|picture|pic|pics|image|images|video|vid|gallery|album)[^\]]*\]"
    r"|\b(?:photos?|pics?|pictures?|piccies|snaps?|videos?|vids?|clips?|footage|selfies?|screenshots?|screen ?shots?|screengrabs?|screen ?grabs?|images?|album)\b"
    r"|\U0001f4f8|\U0001f4f7|\U0001f3a5|\U0001f4f9"
)
MEDIA_MARKER = re.compile(
    r"\[(?:photo|photos|picture|pic|pics|image|images|video|vid|gallery|album)[^\]]*\]|\U0001f4f8|\U0001f4f7|\U0001f3a5|\U0001f4f9"
)
SHARING = re.compile(
    r"\b(?:here'?s|here is|here are|look at|check out|posting|posted|sharing|shared|share|uploaded|uploading|took (?:this|these|a)|got (?:this|these|some)|snapped|filmed|recorded|caught|attached|see (?:below|pics?|photos?|video|attached)|saved|screenshotted|screenshot(?:ted)?|grabbed|pinched|stole|nicked|copied|video below|pic below|photos below)\b"
    r"|\U0001f447"
)
OTHERS_IN_SHOT = re.compile(
    r"\b(?:whole class|whole year|whole school|all the (?:kids|children|class|boys|girls|pupils|mums|teachers|staff)|everyone|all of them|them all|the (?:kids|children|class|pupils|cast|team|choir|group|squad|gang|teachers|staff)|(?:her|his|their|my \w+'s) (?:class|friends|classmates|mates|team)|(?:class|classmates|friends|mates|team ?mates|cast|choir|team)\b|with (?:her|his|their) (?:friends|class|teacher)|(?:the )?teachers?|mr\s+\w+|mrs\s+\w+|miss\s+\w+|ms\s+\w+)"
    r"|\b(?:nativity|school play|assembly|sports day|concert|performance|show|panto|harvest festival|christmas play|end of year|leavers|parade|year \d|reception|nursery|disco|school trip|class trip|trip to|residential|classroom|playground|in class|at school|swimming gala|carol service|fun run)\b"
)
# Taking or sharing a picture without naming the medium ("snapped this", "here's everyone").
CAPTURED = re.compile(
    r"\b(?:took|snapped|filmed|recorded|copied|grabbed|saved|saw|posted|sharing|shared|reposting|posting|uploading|uploaded|screenshotted|snap)\s+(?:this|these|it|them|all (?:the|of))\b"
    r"|\b(?:filmed|recorded|photographed|uploading|uploaded)\b|\b(?:video|pic|pics|photo|photos|clip) below\b|\btag yourselves\b"
    r"|\bhere'?s\s+(?:everyone|all|the whole|the kids|the class|the children|year \d)\b|\b(?:a|great|lovely|nice|good) shots? of\b"
)
# A caption: the post opens by naming the picture ("Video of Willow class singing").
CAPTION = re.compile(
    r"^\W*(?:video|vid|pic|pics|photo|photos|picture|pictures|snap|snaps|clip|footage)\s+(?:of|from)\b"
)
OWN_CHILD_ONLY = re.compile(
    r"\b(?:just|only)\s+(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|child|kid|boy|girl|little one)s?\b|\b(?:cropped|blurred|blurred out|faces hidden|no other (?:kids|children))\b"
)
SCHOOL_APP = re.compile(
    r"\b(?:class ?dojo|dojo|tapestry|seesaw|evidence me|evidenceme|school app|school's app|parent ?mail|parentapp|weduc|school ?spider|marvellous me|newsletter|school's (?:facebook|page|website) (?:album|gallery)|class page|(?:on|from|off) the app)\b"
)
SCHOOL_APP_MEDIA = re.compile(
    r"\b(?:photos?|pics?|pictures?|piccies|snaps?|videos?|vids?|clips?|screenshots?|screen ?shots?|screengrabs?|screen ?grabs?|images?|saved|screenshotted|grabbed|copied|downloaded)\b"
    r"|\[(?:photo|photos|picture|pic|pics|image|images|video|vid|screenshot)[^\]]*\]|\U0001f4f8|\U0001f4f7"
)
SCHOOLS_OWN_PUBLIC_POST = re.compile(
    r"\b(?:sharing|shared|share)\s+(?:the\s+)?(?:school's|schools)\s+(?:own\s+)?(?:public\s+)?(?:post|facebook post|tweet|announcement|page)\b"
)
ASKS_FOR_MEDIA = re.compile(
    r"\b(?:does|did|has|can|could|will|would)\s+(?:anyone|anybody|somebody|someone|the school|you)\s+(?:\w+\s+){0,2}(?:have|got|take|share|send|post|upload)\b|\bno\s+(?:photos|pictures|pics|filming|videos)\b|\b(?:please|pls)\s+(?:don't|do not)\s+(?:post|share|take|upload)\b"
)

# police_harassment from one post: it says it will keep on.
HARASSMENT: list[tuple[str, str]] = [
    (
        r"\b(?:i'll|i will|i'm going to|i am going to|im going to|i'm gonna|im gonna|we'll|we will)\s+(?:\w+\s+)?keep\s+(?:on\s+)?(?:posting|sharing|going|at it|reporting|messaging|emailing|e-mailing|ringing|calling|coming|naming|tagging|commenting|writing)\b",
        "says it will keep on",
    ),
    (
        r"\b(?:won't|will not|not going to|never going to|wont)\s+stop\s+(?:\w+\s+)?(?:until|till|til|untill)\b",
        "says it will not stop until",
    ),
    (
        r"\b(?:every|each)\s+(?:single\s+)?(?:day|week|morning|night)\s+(?:until|till|til)\b",
        "says it will repeat until",
    ),
    (
        r"\b(?:keep|keeps|keeping)\s+(?:posting|sharing|putting)\s+(?:this|it|these)\s+(?:up\s+)?(?:until|till|til|every)\b",
        "says it will keep posting",
    ),
    (
        r"\b(?:i'll|i will)\s+(?:post|share|put)\s+(?:this|it)\s+(?:up\s+)?(?:again|every)\b",
        "says it will post again",
    ),
    (
        r"\b(?:this|that) (?:won't|will not) be the last (?:time|post|you hear)\b",
        "says it will post again",
    ),
    (r"\b(?:again and again|over and over|day after day)\b", "announces repetition"),
]

# Sexual content; with children, above all, grossly obscene.
SEXUAL = re.compile(
    r"\b(?:porn\w*|nudes?|naked|dick ?pics?|cock|pussy|blow ?job|handjob|wank\w*|jerk(?:s|ing)? off|horny|sexy|sex|sexual|shag\w*|tits|boobs|orgasm|genitals?|penis|vagina|masturbat\w*|fuck(?:s|ed|ing)? (?:her|him|them|kids|children))\b"
)
EXPLICIT = re.compile(
    r"\b(?:porn\w*|nudes|dick ?pics?|cock|pussy|blow ?job|handjob|wank(?:s|ed|ing)? (?:over|off)|jerk(?:s|ing)? off|orgasm|masturbat\w*|fuck(?:s|ed|ing)? (?:her|him|them|kids|children))\b"
)
CHILDREN = re.compile(
    r"\b(?:kids?|child(?:ren)?|pupils?|boys?|girls?|little ones|daughter|son|year \d|reception|nursery|under ?age|minors?|schoolgirls?|schoolboys?)\b"
)

# Third-person pronouns point back at someone already named.
PRONOUNS = re.compile(
    r"\b(?:he|him|his|she|her|hers|they|them|their|he's|she's|they're|you|your|you're)\b"
)
# Singled out without a name: "that teacher", "this family", "the boy".
DEICTIC = re.compile(
    r"\b(?:that|this|the|those)\s+(?:(?:new|old|stupid|other|same|supply|same|little|horrible|awful)\s+)?(?:teacher|woman|man|lady|bloke|boy|girl|kid|child|lad|family|mum|dad|mother|father|parent|cow|idiot|head|ta|witch|bitch|creep|guy|fella|coach)\b"
)
SCHOOL_CONTEXT = re.compile(
    r"\b(?:school|teachers?|staff|class|classroom|head|headteacher|office|governors?|pupils?|uniform|pick-?up|drop-?off|homework|trip|playground|dinners?|lunch(?:es|time)?|term|ofsted|academy|senco|rules?|policy|reception|year \d|nursery|parents evening|detention|exclusion|excluded|sen|send|ehcp|nativity|assembly|sports day|teaching)\b"
)


@dataclass(frozen=True)
class CueSet:
    """Several patterns compiled into one, remembering each pattern's reason."""

    pattern: re.Pattern[str]
    reasons: dict[str, str]
    extras: dict[str, object]

    @classmethod
    def build(cls, entries: list[tuple[str, str]], extras: list[object] | None = None) -> CueSet:
        names = [f"c{index}" for index in range(len(entries))]
        alternation = "|".join(
            f"(?P<{name}>{pattern})" for name, (pattern, _) in zip(names, entries, strict=True)
        )
        reasons = {name: why for name, (_, why) in zip(names, entries, strict=True)}
        extra = dict(zip(names, extras, strict=True)) if extras is not None else {}
        return cls(re.compile(alternation), reasons, extra)

    def finditer(self, text: str) -> list[tuple[int, int, str, object]]:
        found = []
        for match in self.pattern.finditer(text):
            name = match.lastgroup or ""
            found.append((match.start(), match.end(), self.reasons[name], self.extras.get(name)))
        return found


IDIOM_CUES = CueSet.build(IDIOMS)
INSULT_CUES = CueSet.build(INSULTS)
PERSON_INSULT_CUES = CueSet.build(PERSON_INSULTS)
COMPLAINT_CUES = CueSet.build(COMPLAINTS)
WRONGDOING_CUES = CueSet.build(
    [(pattern, why) for pattern, why, _ in WRONGDOING],
    [severe for _, _, severe in WRONGDOING],
)
NAME_CALLING_CUE = re.compile(NAME_CALLING)
MILD_NAME_CALLING = re.compile(r"\b(?:bully|bullies|racist|racists|bigot|bigots|psycho|psychos)$")
GANGING_UP_CUES = CueSet.build(GANGING_UP)
VIOLENCE_CUES = CueSet.build(VIOLENCE)
WEAPON = re.compile(WEAPONS)
SLUR_CUES = CueSet.build([(p, f"a slur ({c})") for p, c in SLURS], [c for _, c in SLURS])
GROUP_CUES = CueSet.build([(p, c) for p, c in GROUPS], [c for _, c in GROUPS])
EXCLUSION_CUES = CueSet.build(EXCLUSION)
HARASSMENT_CUES = CueSet.build(HARASSMENT)

# Words a masked or stretched token ("f*ck", "stuuupid") may stand for.
MASKABLE_WORDS: frozenset[str] = frozenset(
    """
    fuck fucking fucked fucker fuckers shit shite shitty bitch bitches bastard cunt cunts twat
    wanker prick dick dickhead arse arsehole asshole bellend slag slut whore cow idiot idiots
    moron stupid useless pathetic disgrace disgusting ugly loser paedo pedo nonce liar thief
    drunk retard retarded spastic spaz faggot fag dyke tranny paki pakis nigger niggers nigga
    chink wog coon kike pikey gypo muzzie kill killed slap smack punch stab batter hit sort
    scum scumbag vile nasty crap bloody bollocks knob knobhead tosser piss pissed hell damn
    joke rubbish incompetent lazy clueless thick dumb racist bully bullies porn sexy sex
    """.split()  # noqa: SIM905 - a word list is easier to keep as text
)
