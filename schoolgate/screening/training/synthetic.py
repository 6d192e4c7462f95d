"""Compose extra labelled school posts from phrase lists, to widen what the heads have seen.

Each template carries its labels by docs/labelling.md; the slots (people, events, insults, groups)
vary. Only the train split is widened this way: the dev split stays hand-written.
"""

from __future__ import annotations

import random

from schoolgate.screening.training.corpora import Example

STAFF = [
    "Mr Hale",
    "mr hale",
    "Hale",
    "Mrs Ward",
    "mrs ward",
    "the head",
    "the headteacher",
    "Miss Shah",
    "miss shah",
    "Mrs K",
    "mrs k",
    "the Year 3 teacher",
    "the year 6 teacher",
    "the lollipop lady",
    "the dinner lady",
    "the caretaker",
    "the site manager",
    "the SENCO",
    "Mr Gallagher",
    "the deputy",
    "Ms Okafor",
    "Mr Dunn",
    "Miss Barnes",
    "the reception teacher",
    "Mr Pickering",
    "the PE teacher",
    "Mrs Rice in the office",
    "the office manager",
    "the TA in Willow class",
    "Mr Wood",
    "Mrs Bird",
    "Mrs Mortimer",
    "the new teacher in year 2",
]
GOVERNORS = ["Mr Hughes", "the chair of governors", "Richard Hughes", "Mrs Grant"]
PUPILS = [
    "Jack Taylor",
    "jack taylor",
    "Lily Evans",
    "that Evans girl",
    "Harry Brown",
    "Leo Marsh",
    "Tommy Harris",
    "the Nowak boy",
    "Noah",
    "Ollie Smith",
    "the boy who sits next to my son",
    "the girl in my daughter's class with the pink bag",
    "Mia Wilson",
    "Kacper",
]
PARENTS = ["Donna Evans", "Lee Taylor", "Jade Marsh", "Kelly Brown", "Gary Jones", "Sarah Smith"]
ADULTS = STAFF + GOVERNORS

SERIOUS = [
    "comes to work drunk",
    "has been stealing from the PTA fund",
    "hits the kids when no one's looking",
    "was sacked from their last school for abusing a child",
    "has a conviction for assault",
    "is fiddling the attendance figures",
    "lied to Ofsted about the bullying",
    "has been taking backhanders from the uniform company",
    "turns up hungover every Monday",
    "is on drugs, you can see it in their eyes",
    "forged my son's SEN report",
    "has been pocketing the dinner money",
    "is sleeping with one of the dads",
    "locked a child in the cupboard",
    "covered up an assault in the playground",
    "has been caught with indecent pictures",
    "steals from the lost property",
]
WRONGS = [
    "shouted at my son until he cried",
    "ignored my daughter when she was being bullied",
    "grabbed a child by the arm",
    "left the kids unsupervised at lunch",
    "made my son miss his break for a week for nothing",
    "lost my daughter's medication again",
    "humiliated my son in front of the whole class",
    "let the older kids pick on the little ones",
    "told my daughter she was stupid",
    "sent my son home without telling anyone",
]
PUPIL_WRONGS = [
    "keeps hitting my son",
    "has been bullying my daughter for months",
    "stole my son's phone",
    "pushed my daughter off the climbing frame",
    "keeps taking the little ones' snacks",
    "has been sending horrible messages to my daughter",
    "bit my son again",
    "is making the other kids leave my daughter out",
]
BULLYING = [
    "Everyone keep your kids away from {p}, nasty piece of work",
    "Don't invite {p} to any parties, the whole family are trouble",
    "Let's all just ignore {p} at the gate from now on",
    "{p} smells and everyone knows it 🤢 pass it on",
    "Tell your kids not to play with {p}, seriously",
]
PROFESSIONAL_GRIPES = [
    "never replies to emails",
    "doesn't listen to parents",
    "is completely out of their depth",
    "handled the whole thing badly",
    "is so disorganised it's unreal",
    "keeps giving out too much homework",
    "always has favourites",
    "can't control the class",
    "fobbed me off again",
    "hasn't got a clue what's going on in that class",
]
PROFESSIONAL_INSULTS = [
    "is a useless teacher",
    "is a joke of a head",
    "is an incompetent clown",
    "is the laziest teacher going",
    "is hopeless at their job, a total waste of space",
    "is thick as mince and shouldn't be teaching",
    "is a spineless coward when parents complain",
]
INSULTS = [
    "is a stuck up cow",
    "is a total knob",
    "is a fat slob",
    "is a miserable old bat",
    "is an absolute weirdo",
    "is a smarmy git",
    "looks like a melted candle 😂",
    "is a nasty piece of work",
    "is a right tw*t",
    "is a complete idiot",
    "is a sl*g",
    "is a d1ckhead",
    "is thick as two short planks",
    "is such a creep",
]
PUPIL_INSULTS = [
    "is a spoilt brat",
    "is a horrible little boy",
    "is a weird kid",
    "is a gobby little madam",
    "is a little thug",
    "is a fat little pig",
    "is so ugly 😂",
]
SCHOOL_THINGS = [
    "The new pick-up system",
    "The homework policy",
    "School dinners",
    "The uniform prices",
    "Communication from this school",
    "The behaviour policy",
    "The price of the trips",
    "The parents evening booking system",
    "The after school club",
    "The SEN support here",
    "The new phone rules",
    "The way the school handles bullying",
    "The attendance letters",
    "The breakfast club prices",
    "The car park at drop off",
    "The reading scheme",
]
GRIPES = [
    "is a joke",
    "is an absolute shambles",
    "is ridiculous",
    "is a total rip off",
    "is getting worse every term",
    "is a disgrace",
    "makes no sense whatsoever",
    "is a complete mess and nobody cares",
    "is laughable, honestly",
]
SARCASM = [
    "Oh brilliant, {x} 🙄",
    "Well done school, {x}. Superb",
    "Love how {x}. Great job 👏",
    "Thanks so much school for {x}, really helpful",
    "Fantastic, {x} again. Make it make sense",
]
LETDOWNS = [
    "another trip announced the day before",
    "the heating's broken again",
    "the trip money's been lost again",
    "nobody answers the phone",
    "the website's down again",
    "we found out about the inset day from another mum",
    "my son's PE kit has vanished again",
    "they cancelled sports day with a day's notice",
    "the letters never make it home",
]
WHY = [
    "Why does nobody at this school answer emails?",
    "Why is it always the same kids picked?",
    "Why do they keep asking for money every week?",
    "How is it fair to punish the whole class?",
    "Why are we always told last about everything?",
]
NEUTRAL_ABOUT = [
    "Does anyone know who to ask about {x}?",
    "I've emailed the school about {x}, will update",
    "Quick question about {x}, has anyone had a letter?",
    "Is there a meeting about {x} soon?",
    "Does anyone understand {x}? Genuinely asking",
]
OPENERS = [
    "",
    "Honestly, ",
    "Not being funny but ",
    "Sorry but ",
    "Rant incoming: ",
    "So ",
    "Yep, ",
]
HARMS = [
    "give {t} a slap",
    "knock {t} out",
    "batter {t}",
    "punch {t} in the face",
    "sort {t} out properly",
    "put {t} in hospital",
    "smash {t}'s car windows in",
    "give {t} a good kicking",
    "kick {t}'s head in",
]
VIOLENCE = [
    "Someone should {h}",
    "I'm going to {h} tomorrow at pick up",
    "If they touch my son again I'll {h}",
    "Swear down I'll {h} if they shout at my kid again",
    "lol someone needs to {h}",
    "Only joking but someone should {h} 😂",
    "A few of the dads should go and {h}",
    "Next time I see them I'm going to {h}, I mean it",
]
WISHES = [
    "Hope {t} gets hit by a bus",
    "Wish someone would push {t} down the stairs",
    "{t} deserves a punch in the face",
    "{t} wants to watch their back",
    "{t} had better not be at the gate tomorrow or they'll get it",
]
GROUPS_RACE = [
    "Polish families",
    "immigrants",
    "Romanians",
    "Muslims",
    "asylum seekers",
    "the black kids",
    "Asian families",
    "travellers",
    "Eastern Europeans",
    "foreigners",
    "the Pakistani families",
]
GROUPS_OTHER = [
    "the autistic kids",
    "SEN kids",
    "disabled children",
    "gay teachers",
    "trans people",
    "women teachers",
    "the kids in wheelchairs",
    "pregnant teachers",
    "older parents",
]
HATE_PREDICATES = [
    "should be kept out of our school",
    "are ruining this school",
    "should go back where they came from",
    "drag the whole class down",
    "shouldn't be allowed anywhere near our kids",
    "are all thieves, lock your stuff up",
    "don't belong in a normal school",
    "are the reason standards have dropped",
    "should be in a separate class away from our kids",
]
COUNTER = [
    "Saying {g} {pr} is disgusting and racist, please delete it",
    "Someone just posted that {g} {pr}. I've reported it, that's not ok",
    "I can't believe people still think {g} {pr}. Shame on you",
    "Whoever said {g} {pr} should be ashamed, this group is better than that",
]
EVENTS = [
    "the nativity",
    "sports day",
    "the school disco",
    "the Christmas concert",
    "the trip to the zoo",
    "the summer fair",
    "the leavers' assembly",
    "the football final",
    "the harvest festival",
    "the Easter bonnet parade",
    "forest school",
    "the swimming gala",
    "the school play",
]
GROUP_SHOTS = [
    "the whole class",
    "all the kids",
    "the year 3s",
    "the football team",
    "everyone in Oak class",
    "the reception children",
    "the choir",
    "the cast",
    "my son and his friends",
]
MEDIA = ["a photo", "a video", "some pics", "a clip", "photos", "a few snaps", "the video"]
APPS = [
    "dojo",
    "class dojo",
    "ClassDojo",
    "Tapestry",
    "Seesaw",
    "the school app",
    "the newsletter",
    "Evidence Me",
    "the class story on dojo",
]
SAVING = [
    "Saved this from",
    "Screenshot from",
    "Copied this off",
    "Grabbed these from",
    "Took this off",
]
PRAISE = [
    "{t} is amazing, thank you for everything",
    "Huge thanks to {t} for sorting it so quickly",
    "{t} has been brilliant with my son this year",
    "{t} is a star, we'll miss them",
    "Shout out to {t} for going above and beyond",
    "Can't fault {t}, so kind to the kids",
]
QUESTIONS = [
    "Does anyone know when the trip money is due?",
    "What time is pick up on Friday?",
    "Is it PE on Tuesday this term?",
    "Anyone got a spare book bag?",
    "When is parents evening?",
    "Does anyone know if the school is open on the inset day?",
    "Where do I hand in the dinner money?",
    "Is the disco still on this Friday?",
    "Has anyone had the letter about the flu spray?",
    "What do they need for forest school?",
]
IDIOMS = [
    "I could murder a brew after that school run",
    "{e} is going to be the death of me",
    "The kids absolutely killed it at {e}!",
    "Knocked it out of the park at {e}, so proud",
    "I'd kill for a lie in after {e}",
    "My two are at each other's throats about {e} 🙄",
]
OWN = [
    "My son ready for {e}! [photo of him at home]",
    "Selfie with my daughter before {e} 🥰",
    "Here's the costume I made my son for {e}, just him in our kitchen",
    "Are we allowed to take photos at {e}?",
    "Is anyone else's {a} not loading?",
    "Will the school share photos of {e} on {a}?",
]


def _example(text: str, labels: str = "", flags: str = "") -> Example:
    return Example(
        text,
        frozenset(x for x in labels.split(",") if x),
        frozenset(x for x in flags.split(",") if x),
    )


def _cap(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def generate(n_per_kind: int, seed: int) -> list[Example]:
    """Return about 20 times `n_per_kind` composed posts, the same for the same seed."""
    rng = random.Random(seed)
    c = rng.choice
    out: list[Example] = []
    for _ in range(n_per_kind):
        t, p = c(ADULTS), c(PUPILS)
        out.append(_example(_cap(f"{c(OPENERS)}{t} {c(SERIOUS)}"), "allegation,defamation"))
        out.append(_example(f"Is it true {t} {c(SERIOUS)}? Asking for a friend", "allegation"))
        out.append(
            _example(_cap(f"{c(STAFF)} {c(WRONGS)}. Nobody did anything"), "allegation,complaint")
        )
        out.append(
            _example(
                _cap(f"{p} {c(PUPIL_WRONGS)} and the school won't act"), "allegation,complaint"
            )
        )
        out.append(_example(c(BULLYING).format(p=p), "allegation"))
        out.append(_example(_cap(f"{c(OPENERS)}{c(STAFF)} {c(PROFESSIONAL_GRIPES)}"), "complaint"))
        out.append(
            _example(
                _cap(f"{c(OPENERS)}{c(STAFF)} {c(PROFESSIONAL_INSULTS)}"),
                "complaint,offensive_about_person",
            )
        )
        out.append(
            _example(
                _cap(f"{c(OPENERS)}{c(ADULTS + PARENTS)} {c(INSULTS)}"), "offensive_about_person"
            )
        )
        out.append(_example(_cap(f"{p} {c(PUPIL_INSULTS)}"), "offensive_about_person"))
        out.append(_example(f"{c(OPENERS)}{c(SCHOOL_THINGS)} {c(GRIPES)}", "complaint"))
        who = c(ADULTS + PARENTS + PUPILS)
        out.append(
            _example(
                _cap(c(VIOLENCE).format(h=c(HARMS).format(t=who))),
                "violence",
                "police_threat_of_violence",
            )
        )
        out.append(_example(_cap(c(WISHES).format(t=c(ADULTS + PARENTS))), "violence"))
        out.append(
            _example(
                f"{c(OPENERS)}{_cap(c(GROUPS_RACE))} {c(HATE_PREDICATES)}",
                "discrimination",
                "police_racial_element",
            )
        )
        out.append(_example(f"{_cap(c(GROUPS_OTHER))} {c(HATE_PREDICATES)}", "discrimination"))
        out.append(
            _example(c(COUNTER).format(g=c(GROUPS_RACE + GROUPS_OTHER), pr=c(HATE_PREDICATES)))
        )
        out.append(
            _example(
                f"Here's {c(MEDIA)} of {c(GROUP_SHOTS)} at {c(EVENTS)} 📸",
                "photo_of_others",
            )
        )
        out.append(
            _example(
                f"{c(SAVING)} {c(APPS)}, {c(GROUP_SHOTS)} at {c(EVENTS)}, so cute",
                "dojo_photo,photo_of_others",
            )
        )
        out.append(
            _example(
                f"{c(SAVING)} {c(APPS)}, my {c(['son', 'daughter', 'little one'])} with "
                f"{c(['a certificate', 'her painting', 'his award', 'a big smile'])}",
                "dojo_photo",
            )
        )
        out.append(_example(c(SARCASM).format(x=c(LETDOWNS)), "complaint"))
        out.append(_example(c(WHY), "complaint"))
        out.append(_example(c(NEUTRAL_ABOUT).format(x=c(SCHOOL_THINGS).lower())))
        out.append(_example(c(PRAISE).format(t=c(ADULTS))))
        out.append(_example(c(QUESTIONS)))
        out.append(_example(c(IDIOMS).format(e=c(EVENTS))))
        out.append(_example(c(OWN).format(e=c(EVENTS), a=c(APPS))))
    return out
