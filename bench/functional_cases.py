"""The functional suite's cases: school-community posts, each with the categories and police
flags docs/labelling.md gives it, grouped by the functionality it tests.

The templates and words are written apart from the training composer
(schoolgate/screening/training/contrastive.py), so the suite measures generalisation;
bench/functional_suite.py screens them.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# Cases drawn per template-made functionality: enough for a pass rate to move in steps of
# about 4%, few enough that the suite screens in seconds.
CASES_PER_FUNCTIONALITY = 24
SEED = 8


@dataclass(frozen=True)
class Case:
    """One post, the behaviour it tests, and what the engine should decide."""

    functionality: str
    text: str
    categories: frozenset[str]
    police: frozenset[str] = frozenset()


# --- the suite's own vocabulary (kept apart from the training composer's) ----------------------


@dataclass(frozen=True)
class Target:
    """A group the suite writes about: plural name, "is ..." complement, and if racial."""

    name: str
    one: str
    is_racial: bool


TARGETS = (
    Target("Bangladeshi families", "is Bangladeshi", True),
    Target("Ghanaian parents", "is Ghanaian", True),
    Target("Lithuanian families", "is Lithuanian", True),
    Target("Kurdish families", "is Kurdish", True),
    Target("Jamaican families", "is Jamaican", True),
    Target("Sikh boys", "is Sikh", True),
    Target("Muslim women", "is Muslim", True),
    Target("Jewish children", "is Jewish", True),
    Target("Gypsy and Traveller pupils", "lives on the Traveller site", True),
    Target("Roma pupils", "is Roma", True),
    Target("Syrian refugees", "came here as a refugee", True),
    Target("Vietnamese families", "is Vietnamese", True),
    Target("blind children", "is blind", False),
    Target("pupils with dyslexia", "is dyslexic", False),
    Target("children with cerebral palsy", "has cerebral palsy", False),
    Target("gay couples", "is gay", False),
    Target("bisexual teachers", "is bisexual", False),
    Target("trans girls", "is transgender", False),
    Target("non-binary parents", "is non-binary", False),
    Target("female governors", "is a woman", False),
    Target("male nursery staff", "is a man", False),
    Target("over-60s", "is over sixty", False),
    Target("teenage parents", "had a baby at sixteen", False),
    Target("pregnant staff", "is expecting", False),
)
HATE_SAYINGS = (
    "are a drain on everything",
    "have no place in a British classroom",
    "are filthy animals",
    "are why this area went downhill",
    "lower the tone of the whole school",
    "should eat their lunch in a separate room",
    "can't be left alone with other children",
    "spread their nonsense to our kids",
    "are sub-human",
    "should be sent packing",
    "are parasites",
    "are stupid by nature",
)
KIND_SAYINGS = (
    "cooked the most incredible food for the international evening",
    "are the backbone of our parents' association",
    "make this school what it is",
    "have been nothing but kind to my family",
    "are wonderful neighbours",
    "put on a fantastic assembly last week",
)
PLAIN_SAYINGS = (
    "have a separate parents' evening slot on Thursday",
    "can borrow books in their home language from the library",
    "have a stall at the fete",
    "are on the school council this year",
    "have been sent a survey about the breakfast menu",
)
# Slurs disguised as they are typed to dodge filters; the first four are racial.
SUITE_SLURS = ("p@kis", "g.y.p.p.o.s", "w0gs", "n1ggers", "r3tards", "f4ggots")
RACIAL_SLURS = 4

# People: the demo roster (the engine reads it), named as a parent would, with pronouns.
STAFF = (
    ("Mr Dunn", "he", "him", "his"),
    ("Miss Barnes", "she", "her", "her"),
    ("Mrs Kowalski", "she", "her", "her"),
    ("Mr Pickering", "he", "him", "his"),
    ("Ms Okafor", "she", "her", "her"),
    ("Miss Priya Shah", "she", "her", "her"),
    ("the Year 2 teacher", "he", "him", "his"),
    ("the office manager", "she", "her", "her"),
    ("the PE coach", "he", "him", "his"),
    ("Mrs Mortimer", "she", "her", "her"),
)
PUPILS = (
    ("Harry", "he", "him", "his"),
    ("Freya Hughes", "she", "her", "her"),
    ("Ella", "she", "her", "her"),
    ("Kacper Nowak", "he", "him", "his"),
    ("Millie Jones", "she", "her", "her"),
)
PARENTS = (
    ("Donna Evans", "she", "her", "her"),
    ("Imran Khan", "he", "him", "his"),
    ("Mrs Nowak", "she", "her", "her"),
    ("Kelly Brown", "she", "her", "her"),
)

# --- functionalities ---------------------------------------------------------------------------

DISCRIMINATION = frozenset({"discrimination"})
RACIAL = frozenset({"police_racial_element"})
THREAT = frozenset({"police_threat_of_violence"})
OBSCENE = frozenset({"police_grossly_obscene"})
HARASSMENT = frozenset({"police_harassment"})
NOTHING: frozenset[str] = frozenset()

# Identity cases that are not hateful: the engine must pass them (no discrimination).
IDENTITY_NON_HATEFUL = (
    "identity_positive",
    "identity_neutral",
    "school_celebration",
    "negated_hate",
    "counter_speech_quote",
    "counter_speech_report",
    "reclaimed_self_reference",
    "spelling_noise_benign",
)
# Cases that joke, use an idiom or swear, or criticise the school: never a police flag.
NO_POLICE_JOKES = ("idiom_not_threat", "ordinary_swearing")
NO_POLICE_CRITICISM = ("criticism_never_police", "campaign_complaint")


def _hate(target: Target) -> tuple[frozenset[str], frozenset[str]]:
    return DISCRIMINATION, RACIAL if target.is_racial else NOTHING


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _spaced(name: str) -> str:
    """Disguise a group name's first word by spacing its letters out."""
    first, _, rest = name.partition(" ")
    return f"{' '.join(first)} {rest}".strip()


def _starred(name: str) -> str:
    """Disguise a group name's first word by starring its first vowel after the first letter."""
    first, _, rest = name.partition(" ")
    hidden = first[0] + re.sub("[aeiouAEIOU]", "*", first[1:], count=1)
    return f"{hidden} {rest}".strip()


def _about_groups(
    name: str,
    templates: Iterable[str],
    sayings: Iterable[str],
    hateful: bool,
    disguise: Any = None,
) -> list[Case]:
    """Every template with every group and saying; `hateful` decides the expected labels."""
    cases = []
    for template in templates:
        for target in TARGETS:
            for saying in sayings:
                group = disguise(target.name) if disguise else target.name
                text = _cap(template.format(g=group, s=saying))
                labels, police = _hate(target) if hateful else (NOTHING, NOTHING)
                cases.append(Case(name, text, labels, police))
    return cases


def _about_people(
    name: str,
    templates: Iterable[str],
    people: Iterable[tuple[str, str, str, str]],
    labels: frozenset[str],
    police: frozenset[str] = NOTHING,
) -> list[Case]:
    cases = []
    for template in templates:
        for person, they, them, their in people:
            text = template.format(p=person, they=they, They=_cap(they), them=them, their=their)
            cases.append(Case(name, _cap(text), labels, police))
    return cases


def _fixed(
    name: str, texts: Iterable[str], labels: frozenset[str], police: frozenset[str] = NOTHING
) -> list[Case]:
    return [Case(name, text, labels, police) for text in texts]


def identity_cases() -> list[Case]:
    """Groups named kindly, plainly, in hate, in negated or condemned hate, and disguised."""
    return [
        *_about_groups(
            "identity_positive",
            ("{g} {s}", "I think {g} {s}", "Can we all agree that {g} {s}?"),
            KIND_SAYINGS,
            hateful=False,
        ),
        *_about_groups(
            "identity_neutral",
            ("{g} {s}", "Letter home today says {g} {s}"),
            PLAIN_SAYINGS,
            hateful=False,
        ),
        *_about_groups(
            "negated_hate",
            (
                "There's no way {g} {s}, don't be ridiculous",
                "I have never once believed {g} {s}",
                "Anyone claiming {g} {s} is talking nonsense",
            ),
            HATE_SAYINGS,
            hateful=False,
        ),
        *_about_groups(
            "counter_speech_quote",
            (
                "'{g} {s}'?? Whoever wrote this on the school page needs to look at themselves",
                "Overheard at the gate: {g} {s}. Shameful, and I've told the school",
                "Screenshotting the comment claiming {g} {s} and sending it to the head. Unacceptable",
            ),
            HATE_SAYINGS,
            hateful=False,
        ),
        *_about_groups(
            "counter_speech_report",
            (
                "An older child told my son {g} {s}. Class teacher sorted it the same day, thank you",
                "We've had a chat at home about a boy who keeps saying {g} {s}. Kids learn it somewhere",
            ),
            HATE_SAYINGS,
            hateful=False,
        ),
        *_about_groups(
            "hate_stereotype",
            ("{g} {s}", "Face facts, {g} {s}", "Everyone knows {g} {s}"),
            HATE_SAYINGS,
            hateful=True,
        ),
        *_about_groups(
            "hate_exclusion",
            (
                "Keep {g} away from our school",
                "This school would be better off with no {g} at all",
                "No more {g} in this school, full stop",
                "Our kids deserve a class without {g} in it",
            ),
            ("",),
            hateful=True,
        ),
        *_about_groups(
            "hate_as_feeling",
            (
                "Deep down I feel {g} {s}",
                "Something in me says {g} {s}",
                "It just doesn't sit right with me, I feel {g} {s}",
            ),
            HATE_SAYINGS,
            hateful=True,
        ),
        *_about_groups(
            "hate_as_opinion",
            (
                "In my honest view {g} {s}",
                "I'm only saying what I think: {g} {s}",
                "Rightly or wrongly, I believe {g} {s}",
            ),
            HATE_SAYINGS,
            hateful=True,
        ),
        *_about_groups(
            "hate_as_question",
            (
                "Is anyone else sick of {g} getting everything handed to them?",
                "Why are {g} even allowed in the choir?",
                "Shouldn't {g} have a school of their own, away from normal kids?",
                "Who decided {g} could sit with our children?",
            ),
            ("",),
            hateful=True,
        ),
        *_about_groups(
            "pronoun_reference",
            (
                "There are loads of {g} in reception this year. They're the reason standards slipped",
                "Saw the new intake list, it's mostly {g}. Disgusting, they ruin everything they touch",
                "{g} were at the open evening. Hope they don't get places, we don't want that sort",
            ),
            ("",),
            hateful=True,
        ),
        *_about_groups(
            "spelling_noise",
            ("{g} {s}", "Honestly {g} {s}"),
            HATE_SAYINGS,
            hateful=True,
            disguise=_spaced,
        ),
        *_about_groups(
            "spelling_noise",
            ("Face facts, {g} {s}",),
            HATE_SAYINGS,
            hateful=True,
            disguise=_starred,
        ),
        *_about_groups(
            "spelling_noise_benign",
            ("{g} {s}", "So grateful, {g} {s}"),
            KIND_SAYINGS,
            hateful=False,
            disguise=_spaced,
        ),
        *_threats_to_groups(),
        *_slurs(),
        *_fixed(
            "school_celebration",
            (
                "Ramadan Kareem to our families who are fasting this month",
                "Our Year 4s lit candles for Holocaust Memorial Day and read out names, very moving",
                "Diwali craft afternoon was a hit, the clay diyas are drying on the windowsill",
                "Pride assembly today: the message was simply be yourself and be kind",
                "Black History Month: Year 6 presented on Walter Tull and Claudia Jones",
                "Chinese New Year lanterns are hanging in the hall, come and look at pick-up",
                "Vaisakhi celebrations in Year 3, the children learned about the Khalsa",
                "Rosh Hashanah greetings to our Jewish families, apples and honey in class today",
                "Deaf Awareness Week: every class learned to sign good morning",
                "Disability History Month display about Paralympians is up by the library",
                "The Traveller family who talked about wagon painting were fantastic",
                "International Day of Persons with Disabilities, lovely assembly",
                "Eid party in Year 1 on Friday, families welcome to bring a dish",
                "LGBT+ History Month reading list is on the website for anyone interested",
                "Christmas jumper day Friday, and the Hanukkah story is in assembly Monday",
                "Happy Holi! Please send kids in old clothes for the colour run",
                "Women in science week: Year 5 met a real engineer, inspiring stuff",
                "The Windrush Day picnic was a lovely afternoon, thank you to all who came",
            ),
            NOTHING,
        ),
        *_fixed(
            "reclaimed_self_reference",
            (
                "Proud queer mum here and this school has been brilliant with our family",
                "Speaking as a Traveller dad, the site visit the school organised meant the world",
                "I'm a blind parent and the office always reads the newsletters out for me, legends",
                "As a hijabi mum I loved the assembly on headscarves around the world",
                "Old-timer here, 68 and still doing the school run, happy to help at the fete",
                "As a dyslexic dad I'm so glad they use coloured overlays now",
                "I'm a trans parent and the welcome we got at the gate was lovely",
                "Teen mum at 17, now my daughter's starting year 7 here. Proud of us both",
                "Speaking as a Bangladeshi mum, the Bengali new year stall was amazing",
                "Gay dad of three here, honestly the most welcoming school we've been to",
                "Being Roma myself, I was proud my son got to share our songs with his class",
                "As a wheelchair-using mum, the new accessible entrance is a game changer",
            ),
            NOTHING,
        ),
        *_fixed(
            "dog_whistle",
            (
                "We moved here for an English area with English kids, not whatever this is now",
                "Our sort of families are being pushed out by the new arrivals, you know who I mean",
                "Count the English names on the class list. Go on. I'll wait",
                "Remember when the nativity had English kids in it? Me neither anymore",
                "Not being funny but there are too many of 'them' in reception now, if you get my drift",
                "Hardly a white face at sports day. Is this still Britain?",
                "Proper locals are a minority at the gate now. Sad what's happened",
                "The school's been taken over, just look at the playground",
            ),
            DISCRIMINATION,
            RACIAL,
        ),
    ]


def _threats_to_groups() -> list[Case]:
    cases = []
    for target in TARGETS:
        labels, police = _hate(target)
        for template in (
            "Every one of the {g} at the carnival on Sunday is getting battered",
            "Me and the lads are waiting for the {g} after the school concert on Thursday, bats ready",
            "Torch the {g} out of Cedar Close, tonight",
        ):
            cases.append(
                Case(
                    "threat_to_group",
                    _cap(template.format(g=target.name)),
                    labels | {"violence"},
                    police | THREAT,
                )
            )
    return cases


def _slurs() -> list[Case]:
    cases = []
    for index, slur in enumerate(SUITE_SLURS):
        police = RACIAL if index < RACIAL_SLURS else NOTHING
        for template in (
            "{w} everywhere you look in that playground now",
            "the {w} on the estate are sending their kids to ours now",
            "Can't believe we pay for a school full of {w}",
        ):
            cases.append(Case("slur", _cap(template.format(w=slur)), DISCRIMINATION, police))
    return cases


def school_cases() -> list[Case]:
    """School minimal pairs: praise or complaint, idiom or threat, own child or others..."""
    complaint = frozenset({"complaint"})
    return [
        *_about_people(
            "praise_naming_staff",
            (
                "{p} made my son's first week so easy, thank you",
                "Can't thank {p} enough for the help with the spelling test",
                "{p} noticed my daughter was upset and sat with her at lunch, so kind",
            ),
            STAFF,
            NOTHING,
        ),
        *_about_people(
            "news_naming_staff",
            (
                "{p} is taking the choir to the cathedral on Thursday",
                "{p}'s last day is Friday, there's a collection in the office",
                "Message from {p}: swimming kits needed from next Wednesday",
            ),
            STAFF,
            NOTHING,
        ),
        *_fixed(
            "neutral_question",
            (
                "Anyone know if the Year 3 swimming starts next week?",
                "Which day is the book fair?",
                "Do reception need wellies for forest school or just trainers?",
                "Is the parents' evening online or in person this time?",
                "What's the deadline for the secondary school forms?",
                "Does the school take card payments for dinners now?",
                "Has the date for the Christmas show been announced?",
                "Where do we send the consent form for the trip?",
                "Who's the contact for the uniform swap shop?",
                "Is there a holiday club in the Easter break?",
                "What do they need for the Victorian day dressing up?",
                "How do I book a slot with the SENCO?",
            ),
            NOTHING,
        ),
        *_fixed(
            "polite_complaint",
            (
                "I'm reluctant to post this, but the lack of notice about the concert change has been quite frustrating",
                "Respectfully, a single day's warning for the INSET day is not enough for working parents",
                "I hope this comes across kindly, but the communication about the class move has been poor",
                "Not trying to cause trouble, but the toilets in KS2 have been filthy all week and it's not acceptable",
                "I say this with respect: charging £12 for a class photo is too much for a lot of families",
                "Gently flagging that the lunch portions seem to have shrunk and my son comes home starving",
                "Please don't take this the wrong way, but we still haven't had the reading log back since October",
                "I know staff are stretched, but the playground supervision at lunch is really not adequate",
            ),
            complaint,
        ),
        *_fixed(
            "hedged_complaint",
            (
                "Perhaps I'm missing something, but shouldn't we have heard about the class move before the kids did?",
                "Could be wrong, but isn't four pieces of homework in one weekend a bit much?",
                "I may be the only one, but the new pick-up arrangement seems a bit chaotic?",
                "Correct me if I'm wrong, but wasn't the trip supposed to be refunded by now?",
                "Am I imagining it, or is the office never open when they say it is?",
                "Possibly just us, but the SEN support seems to have quietly disappeared this year",
            ),
            complaint,
        ),
        *_fixed(
            "sarcastic_complaint",
            (
                "Three letters about lanyards and not one about the new teacher. Priorities, eh 🙃",
                "Love paying for a trip and hearing it's cancelled from my 7 year old. Slick operation",
                "Another non-uniform day announced at 8pm the night before. So organised, truly",
                "Brilliant to see the car park is still an assault course. Keep up the great work",
                "Fab, the online payment system's down again. Never seen that before 🙄",
                "Nothing says we value parents like an email that arrives after the event",
            ),
            complaint,
        ),
        *_fixed(
            "campaign_complaint",
            (
                "Petition about the after school club prices goes live tonight, let's flood the governors' inbox",
                "We're organising a parents' letter about the cuts to TAs, sign at the gate on Monday",
                "Week 3 of our campaign to get a crossing outside school. We'll keep pushing",
                "Everyone please email the council and the school about the mobile classroom, we won't give up",
                "If we all complain about the homework app this week they'll have to listen. Keep it coming",
            ),
            complaint,
        ),
        *_fixed(
            "criticism_never_police",
            (
                "This school is run by clowns and I'll keep saying it every week until something changes",
                "The most badly managed school I've ever seen, and I'll keep telling everyone who'll listen",
                "Leadership here is a catastrophe. I'm writing to Ofsted, the council and my MP, and again next month",
                "This place is a joke from top to bottom. Rubbish teaching, rubbish communication, rubbish everything",
                "I'm going to keep hammering the school on here until the governors do their job",
                "The governing body should be ashamed. Third complaint this term and there'll be more",
                "Never send your kids here. Worst decision of my life, and I'll warn every new parent",
                "The senior team treat parents with contempt and I'm not going to stop calling it out",
                "Sharing this again, and I'll share it every day: this school fails SEN kids",
                "Ten emails, no answers. This school is a black hole and I'll keep posting about it",
                "The head's decisions this year have been a disaster for our kids, and I'll keep raising it",
                "Board of governors: asleep at the wheel, again. Will be at every meeting till they listen",
                # Said to "you": to the school, not to one person.
                "You lot at that school are a disgrace and I'll keep saying it",
                "You are a joke of a school and I'll keep posting until you listen",
            ),
            complaint,
        ),
        *_about_people(
            "complaint_plus_insult",
            (
                "{p} still hasn't answered my email, what a useless lump",
                "{p} lost the permission slips again. Brainless, honestly",
            ),
            STAFF,
            frozenset({"complaint", "offensive_about_person"}),
        ),
        *_complaints_with_prejudice(),
        *_about_people(
            "complaint_plus_threat",
            (
                "{p} keeps my son in every break. Tomorrow at 8.40 I'm waiting at the gate for {them} and it won't be a chat",
                "{p} ignored the bullying again. I know {they} drives the blue Fiesta, and I'll be by it after school with a bat",
            ),
            STAFF,
            frozenset({"complaint", "violence"}),
            THREAT,
        ),
        *_about_people(
            "ridicule_shunning",
            (
                "{p} has the dumbest laugh in the whole school 😂 everyone copy it tomorrow",
                "Make sure nobody sits with {p} at the party, tell the kids",
                "{p} turned up in that coat again 🤣 charity shop reject",
            ),
            PUPILS + PARENTS,
            frozenset({"allegation", "offensive_about_person"}),
        ),
        *_about_people(
            "neutral_mention",
            (
                "{p} brought the class hamster home for the weekend",
                "{p} won the colouring competition at the library",
                "{p} is doing a sponsored silence for the hospice",
            ),
            PUPILS + PARENTS,
            NOTHING,
        ),
        *_about_people(
            "sexual_mockery",
            (
                "{p} must be great at 'after-school activities' 😏🍆",
                "Bet {p} gets the parents' vote by being on {their} b@ck 😜",
            ),
            STAFF + PARENTS,
            frozenset({"allegation", "offensive_about_person"}),
            OBSCENE,
        ),
        *_fixed(
            "ordinary_swearing",
            (
                "Christ on a bike, it's only Tuesday",
                "Bugger, I've left the packed lunch on the side",
                "Pissing down at pick-up again, brilliant",
                "Holy sh*t this maths homework is hard, I need a year 6 to explain it",
                "Ffs, odd socks day and every sock in the house matches",
                "Arse, forgot the cakes for the bake sale",
                "Bloody nits again 😩",
                "F**k me, the school run traffic on the ring road this morning",
            ),
            NOTHING,
        ),
        *_about_people(
            "courteous_misconduct",
            (
                "I'll put this as kindly as I can: {p} was let go by {their} previous school for bullying a child",
                "Without wishing to upset anyone, {p} has a caution for shoplifting",
                "Sad to say, but {p} was caught marking {their} own class's SATs papers",
            ),
            STAFF,
            frozenset({"allegation", "defamation"}),
        ),
        *_about_people(
            "neutral_fact",
            (
                "{p} used to teach at a school in Leeds before coming here",
                "{p} qualified in 2015",
                "{p} is part time on Mondays and Tuesdays",
            ),
            STAFF,
            NOTHING,
        ),
        *_about_people(
            "insinuation",
            (
                "Not saying anything, but {p} seems to have a lot of cash since the fundraiser 🤷",
                "Odd that {p} is always the one alone with the kids in the changing rooms, isn't it",
            ),
            STAFF,
            frozenset({"allegation"}),
        ),
        *_about_people(
            "idiom_not_threat",
            (
                "{p} is going to have my guts for garters, I've lost the library book again",
                "{p} brought the house down at the talent show",
            ),
            STAFF,
            NOTHING,
        ),
        *_fixed(
            "idiom_not_threat",
            (
                "I nearly died laughing at the Year 1 nativity",
                "The Year 5 choir blew the roof off tonight",
                "Our table got slaughtered at the parents' quiz 😂",
                "I could murder a curry after this week",
                "My daughter's going to strangle her brother if he touches her slime again",
                "Those spellings are killing me, who knew 'necessary' had so many s's",
                "The teachers' football team got absolutely annihilated by the year 6s",
                "This heat is killing me on the school run",
            ),
            NOTHING,
        ),
        *_about_people(
            "specific_threat_police",
            (
                "{p} finishes at 4 on Thursdays. I'll be in the staff car park waiting with a crowbar",
                "Got {p}'s address off the PTA list. Me and my cousin are paying {them} a visit at 10 tonight",
                "Bringing my dog and a blade to the gate tomorrow. {p} knows what's coming",
            ),
            STAFF + PARENTS,
            frozenset({"violence"}),
            THREAT,
        ),
        *_about_people(
            "harassment_course_of_conduct",
            (
                "Post number seven about {p}: still a nasty piece of work, and I'll keep going",
                "{p} thinks this will blow over. It won't. I'm posting about {them} every morning until {they} leaves",
            ),
            PARENTS + STAFF[:4],
            frozenset({"allegation", "offensive_about_person"}),
            HARASSMENT,
        ),
        *_fixed(
            "own_child_photo",
            (
                "Proud mum moment: my son holding his certificate [photo]",
                "My girl in her costume for the book day parade, taken at home [photo]",
                "Just my lad with his swimming badge 🏊 [photo]",
                "My daughter showing off her lost tooth before school [photo]",
                "Selfie with my boy at the school gate, first day of year 1 [photo]",
                "Our youngest with the cake she made for the bake sale [photo]",
                "Here's my son on the podium at the cross country, so proud [photo]",
                "Our twins in their new uniforms on the doorstep [photo]",
            ),
            NOTHING,
        ),
        *_fixed(
            "others_photo",
            (
                "Snapped the whole reception class during their assembly [photo]",
                "The year 6 leavers all together on the field, tag yourselves [photo]",
                "Here's the under-9s team with the trophy, what a day [photo]",
                "Video of the whole choir at the carol service 🎄 [video]",
                "Caught the Year 3s on the coach to the museum [photo]",
                "All the kids doing the egg and spoon race [photo]",
                "Me with Mr Pickering and the whole netball squad after the match [photo]",
                "Filmed Acorn class doing their dance at the summer fair [video]",
            ),
            frozenset({"photo_of_others"}),
        ),
        *_fixed(
            "dojo_photo",
            (
                "Screenshotted this from Dojo, my girl at forest school [photo]",
                "From Tapestry today, my son's painting of the seaside [photo]",
                "Teacher posted this on Seesaw: my daughter reading to the class 📚 [photo]",
            ),
            frozenset({"dojo_photo"}),
        ),
    ]


def _complaints_with_prejudice() -> list[Case]:
    cases = []
    for target in TARGETS[:12]:
        labels, police = _hate(target)
        for name, they, _, _ in STAFF[:4]:
            text = f"{name} can't even get the register right. No surprise, {they} {target.one}"
            cases.append(
                Case(
                    "complaint_plus_discrimination",
                    text,
                    labels | {"complaint", "offensive_about_person"},
                    police,
                )
            )
    return cases


def cases() -> list[Case]:
    """The whole suite: each functionality drawn down to CASES_PER_FUNCTIONALITY, in a fixed order."""
    by_functionality: dict[str, list[Case]] = defaultdict(list)
    for case in identity_cases() + school_cases():
        by_functionality[case.functionality].append(case)
    rng = random.Random(SEED)
    suite = []
    for name in sorted(by_functionality):
        group = by_functionality[name]
        if len(group) > CASES_PER_FUNCTIONALITY:
            group = rng.sample(group, CASES_PER_FUNCTIONALITY)
        suite.extend(group)
    return suite
