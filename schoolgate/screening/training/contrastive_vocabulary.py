"""The words contrastive posts are composed from: identity groups, school people and phrases.

Every identity group with the ways parents name it, the hostile, kind and neutral things said
of a group, and the school's fictional people with the praise, complaints, threats, idioms and
photo captions the minimal pairs are written from. `contrastive` composes posts from them.
All people are fictional; the slurs are there so the model knows them and their disguises.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- the identity-group lexicon --------------------------------------------------------------

# Kinds of protected characteristic (docs/labelling.md); hate on these four is racial for police.
RACIAL_KINDS = ("race_ethnicity", "nationality", "religion", "traveller")
GROUP_KINDS = (
    *RACIAL_KINDS,
    "disability",
    "sexual_orientation",
    "gender_identity",
    "sex",
    "age",
    "pregnancy",
)


@dataclass(frozen=True)
class Group:
    """One identity group as parents write about it.

    `word` is the identity token inside `names` that spelling noise disguises; `family` and
    `person` complete "The new family ..." and "The new teacher ..." (empty where they do not
    fit); `selves` are ways a member names themself, reclaimed words included; `occasions` are
    appropriate school posts about the group.
    """

    kind: str
    word: str
    names: tuple[str, ...]
    family: str
    person: str
    selves: tuple[str, ...]
    occasions: tuple[str, ...]

    @property
    def is_racial(self) -> bool:
        return self.kind in RACIAL_KINDS


# One group a line: kind | identity word | names | "The new family ..." | "The new teacher ..." |
# how members name themselves (reclaimed words too) | appropriate school posts about the group.
# Lists within a column are separated by "; ", "-" marks a frame that does not fit the group.
GROUP_TABLE = """
race_ethnicity | Black | Black families; Black people; the Black kids; black parents | are Black | is Black | As a Black mum; Speaking as a Black dad | Loved the Black History Month assembly, my son can't stop talking about Mary Seacole; The Year 5 Black History Month display is up in the hall, well worth a look
race_ethnicity | Asian | Asian families; Asian people; the Asian parents | are Asian | is Asian | As a British Asian mum; Being Asian myself | The South Asian food stall at the international evening sold out in an hour!
race_ethnicity | Chinese | Chinese families; the Chinese kids; Chinese people | are Chinese | is Chinese | As a Chinese dad; Being British Chinese myself | Happy Lunar New Year to every family celebrating! The dragon dance in assembly was brilliant
race_ethnicity | mixed | mixed race kids; mixed race families | are mixed race | is mixed race | As a mixed race mum | Really good talk in assembly about families of every heritage, mixed race ones included
race_ethnicity | white | white British families; white kids; white working class families | are white British | is white | As a white working class mum | The local history project about the mill families has been fascinating
race_ethnicity | Arab | Arab families; Arabs; Arab parents | are Arab | is Arab | As an Arab dad | Thank you to the Arab families who taught the kids calligraphy at culture day
nationality | Polish | Polish families; the Poles; Polish people | are Polish | is Polish | As a Polish mum; Speaking as a Pole | Thank you to the Polish parents who ran the pierogi stall at the fair, delicious!
nationality | Romanian | Romanian families; Romanians; Romanian parents | are Romanian | is Romanian | As a Romanian dad | The Romanian dance group at the summer fair was a highlight
nationality | Nigerian | Nigerian families; Nigerians; Nigerian parents | are Nigerian | is Nigerian | As a Nigerian mum; Being Nigerian myself | Happy Nigerian Independence Day to our families celebrating on Wednesday 🇳🇬
nationality | Somali | Somali families; Somalis; Somali parents | are Somali | is Somali | As a Somali mum | The Somali storytelling afternoon in the library was so well attended
nationality | Pakistani | Pakistani families; Pakistanis; Pakistani parents | are Pakistani | is Pakistani | As a British Pakistani dad | Lovely to see the Pakistan Day flags the children made in Year 3
nationality | Irish | Irish families; the Irish; Irish parents | are Irish | is Irish | As an Irish mum | Happy St Patrick's Day! The ceilidh in the hall was a great laugh
nationality | immigrants | immigrants; immigrant families; migrants | are immigrants | is an immigrant | As an immigrant myself; Being a migrant mum | The welcome pack for new arrivals from abroad is a brilliant idea
nationality | refugees | refugee families; refugees; asylum seekers | are refugees | is a refugee | As a former refugee | Refugee Week assembly was so moving, well done to the Year 6 readers
nationality | Eastern | Eastern Europeans; Eastern European families | are Eastern European | is Eastern European | As an Eastern European mum | Nice to hear so many languages at the international picnic
religion | Muslim | Muslim families; Muslims; the Muslim kids | are Muslim | is Muslim | As a Muslim mum; Speaking as a Muslim dad | Eid Mubarak to all our families celebrating today 🌙; The school iftar evening was lovely, thanks to everyone who brought food
religion | Jewish | Jewish families; Jews; Jewish people | are Jewish | is Jewish | As a Jewish dad; Being Jewish myself | The Holocaust Memorial Day assembly was handled so sensitively, thank you; Happy Hanukkah to our Jewish families, the Year 2 candle pictures are beautiful
religion | Sikh | Sikh families; Sikhs; Sikh parents | are Sikh | is Sikh | As a Sikh mum | Happy Vaisakhi to everyone celebrating! The gurdwara visit was a great trip
religion | Hindu | Hindu families; Hindus; Hindu parents | are Hindu | is Hindu | As a Hindu dad | Happy Diwali from all of us! The rangoli on the playground looks amazing 🪔
religion | Christian | Christian families; Christians; churchgoing parents | are Christian | is Christian | As a Christian mum | The Easter service at St Mark's was lovely, the Year 1s sang beautifully
religion | Catholic | Catholics; Catholic families | are Catholic | is Catholic | As a Catholic dad | Congratulations to the children making their first communion this weekend
traveller | Traveller | Traveller families; Travellers; the Traveller kids; Irish Travellers | are Travellers | is a Traveller | As a Traveller mum; Coming from a Traveller family myself | Gypsy, Roma and Traveller History Month display is brilliant, go and see it
traveller | Gypsy | Gypsy families; Gypsies; Romany Gypsies | are Gypsies | is a Romany Gypsy | As a proud Romany Gypsy; As a Gypsy mum | The talk from the Romany storyteller was fascinating, the kids loved the songs
traveller | Roma | Roma families; the Roma; Roma children | are Roma | is Roma | As a Roma dad | Welcome to the Roma families who joined Reception this term
disability | disabled | disabled kids; disabled people; disabled parents | have a disabled son | is disabled | As a disabled dad; Speaking as a proud crip | So pleased the new ramp means every child can get onto the stage for the play
disability | autistic | autistic children; autistic kids; autistic people | have an autistic daughter | is autistic | As an autistic mum; Being autistic myself | Autism Acceptance Week starts Monday, the quiet room is open every lunchtime
disability | SEN | SEN kids; children with SEN; kids with special needs | have a boy with special needs | has special needs | As a parent of an SEN child; As an SEN mum | The SEN coffee morning on Friday is open to every family, come along
disability | ADHD | kids with ADHD; ADHD kids; children with ADHD | have a daughter with ADHD | has ADHD | As an ADHD mum myself | Great workshop on ADHD for parents last night, really practical tips
disability | Down's | children with Down's syndrome; kids with Down's | have a little girl with Down's syndrome | has Down's syndrome | As the dad of a lad with Down's | World Down Syndrome Day odd socks on Friday, bring a pound if you can 🧦
disability | deaf | deaf children; deaf people; deaf parents | have a deaf son | is deaf | As a deaf mum; Being deaf myself | The sign language club starts after half term, my daughter already knows the alphabet
disability | wheelchair | wheelchair users; kids in wheelchairs | have a son in a wheelchair | uses a wheelchair | As a wheelchair user myself | Thanks to the PTA for the accessible trip coach, everyone could go this year
sexual_orientation | gay | gay parents; gay people; gay men; gay teachers | have two dads | is gay | As a gay dad; As one of the queer parents here | Happy Pride month! The rainbow bunting the kids made is gorgeous 🏳️‍🌈; The LGBT+ History Month assembly was pitched just right for the little ones
sexual_orientation | lesbian | lesbian mums; lesbians; lesbian couples | have two mums | is a lesbian | As a lesbian mum; As a proud dyke with a kid in Year 1 | Lovely book in the library about a girl with two mums, my daughter loved it
sexual_orientation | bisexual | bisexual people; bi parents | - | is bisexual | As a bi mum | The school's Pride picnic is on the field on Saturday, all welcome
gender_identity | trans | trans kids; trans people; transgender children; trans parents | have a trans daughter | is trans | As a trans woman and a mum; Being trans myself | Trans Day of Visibility today, proud of our school for marking it kindly
gender_identity | non-binary | non-binary people; non-binary teachers; non-binary kids | - | is non-binary | As a non-binary parent | Good to see the new uniform policy lets every child choose trousers or a skirt
sex | women | women; women teachers; female teachers; mums | - | is a woman | As a woman in engineering | International Women's Day assembly was great, the kids made posters of their heroes
sex | men | men; male teachers; dads | - | is a man | As a stay at home dad | Brilliant turnout at the dads and doughnuts breakfast this morning
sex | girls | girls; the girls in year 6; girls who play football | - | is a girl | As a girl who played football at this school | Well done to the girls' football team on reaching the final! ⚽
age | older | older parents; old people; pensioners; grandparents | - | is nearly seventy | As an old git myself; Speaking as a grandad of 72 | Grandparents' afternoon was so special, thank you for inviting us
age | young | young mums; teenage mums; young parents | - | is only nineteen | As a young mum; Being a teen mum myself | The young parents' stay and play on Wednesdays has been a lifeline
pregnancy | pregnant | pregnant teachers; pregnant women; expectant mums | - | is pregnant | As a mum who's expecting | Congratulations to our reception teacher on her baby news, we'll miss her on leave!
"""


def _group(line: str) -> Group:
    kind, word, names, family, person, selves, occasions = (c.strip() for c in line.split("|"))
    if kind not in GROUP_KINDS:
        raise ValueError(f"group table: unknown kind {kind!r} in {line!r}")
    return Group(
        kind,
        word,
        tuple(names.split("; ")),
        "" if family == "-" else family,
        "" if person == "-" else person,
        tuple(selves.split("; ")),
        tuple(occasions.split("; ")),
    )


GROUPS: tuple[Group, ...] = tuple(_group(line) for line in GROUP_TABLE.strip().splitlines())

# Hostile predicates for any group: stereotype, exclusion, dehumanising, without a slur.
HOSTILE_ANY = (
    "are ruining this school",
    "shouldn't be allowed near our children",
    "drag every class down",
    "are dirty and the kids pick it up",
    "can't be trusted with anything",
    "are a plague on this estate",
    "don't belong in a decent school",
    "are the reason the results are rubbish",
    "should be kept in a class of their own",
    "are all scroungers",
    "bring nothing but trouble to the playground",
    "are vermin",
    "make the place worse just by being here",
    "shouldn't be teaching anybody's children",
    "are a disease",
    "should be banned from the school gates",
    "are all liars",
    "breed like rabbits",
    "are thick, the lot of them",
    "should be kept out of our school",
    "are less than human",
    "ought to be sent somewhere else",
)
HOSTILE_BY_KIND: dict[str, tuple[str, ...]] = {
    "race_ethnicity": ("stink the classrooms out", "are born criminals"),
    "nationality": (
        "should go back to their own country",
        "are taking all the school places off local kids",
    ),
    "religion": ("are all extremists", "should keep their backward religion out of our school"),
    "traveller": ("will nick anything that isn't nailed down", "should be moved on for good"),
    "disability": (
        "should be in a special school away from normal kids",
        "are a waste of the teachers' time",
    ),
    "sexual_orientation": ("are perverts and shouldn't be near kids", "are confusing our children"),
    "gender_identity": (
        "are mentally ill and shouldn't be near kids",
        "are a danger in the toilets",
    ),
    "sex": ("are too emotional to run anything", "belong in the kitchen, not running a school"),
    "age": ("are past it and should get out of the way", "are too old to be any use"),
    "pregnancy": ("are a drain and should be sacked", "are useless once they're expecting"),
}
POSITIVE = (
    "are a big part of what makes this school special",
    "have been so welcoming to us",
    "raised loads for the PTA this year",
    "are brilliant",
    "bring so much to the classroom",
    "made the summer fair amazing",
    "are some of the kindest people I know",
    "deserve better than the comments on here",
    "are always the first to help out",
    "are a credit to this community",
    "have taught my kids so much",
)
NEUTRAL = (
    "are invited to the coffee morning on Friday",
    "will be at the parents' forum next week",
    "are mentioned in the new inclusion policy",
    "can get help with uniform costs from the PTA",
    "have their own WhatsApp group",
    "were in the local paper this week",
    "can talk to the office about the new timetable",
    "are being asked about the new lunch menu",
    "make up about a third of the school",
)
LEADS = ("", "Honestly, ", "Not being funny but ", "Let's be real, ", "tbh ", "I'll say it: ")
TAILS = ("", " at this school", " round here", " in our year group", " in this town")
NEGATIONS = (
    "I'd never say {g} {p}",
    "No one should ever say {g} {p}. It isn't true",
    "It is simply not true that {g} {p}",
    "I was brought up never to think {g} {p}",
    "Don't let anyone tell you {g} {p}, it's rubbish",
    "My kids know it's wrong to say {g} {p}",
)
QUOTES = (
    "Someone wrote '{g} {p}' on the class chat, that's disgusting",
    'A parent at pick-up actually said "{g} {p}" in front of the kids. Reported to the office',
    "Just seen a comment on here saying {g} {p}. Vile, please report it",
    "“{G} {p}” - that's what was put on the PTA page last night. Not in our name",
    "My daughter came home upset because someone told her {g} {p}. We talked about why that's wrong",
    "Whoever posted that {g} {p} should be ashamed of themselves",
    "If you think {g} {p}, you're the problem, not them",
)
RECLAIMED = (
    "{s}, I can tell you {g} {p}",
    "{s} and proud. See you all at the fair on Saturday",
    "{s}, happy to answer any questions the kids have",
    "{s}, I've never felt more welcome at a school",
)
FEELINGS = (
    "I just feel {g} {p}",
    "Is it wrong that I feel {g} {p}?",
    "I can't help feeling {g} {p}",
    "Call me old fashioned but I feel {g} {p}",
)
OPINIONS = (
    "Just my opinion but {g} {p}",
    "Unpopular opinion: {g} {p}",
    "Personally I think {g} {p}",
    "I'm entitled to my view and my view is {g} {p}",
)
HOSTILE_QUESTIONS = (
    "Why does this school bend over backwards for {g}?",
    "Why do we let {g} into this school at all?",
    "Am I the only one who thinks {g} {p}?",
    "Does anyone else think {g} {p}?",
    "Why should our kids have to sit next to {g}?",
    "How long before {g} run the whole PTA?",
)
NEUTRAL_QUESTIONS = (
    "Does anyone know if {g} can get help with the uniform grant?",
    "Does anyone know if {g} have a rep on the PTA?",
    "Are {g} invited to the parents' forum too?",
    "Does anyone know if the school has a group for {g}?",
)
CLASSES = ("Hazel class", "Oak class", "Willow class", "Acorn class", "year 2", "reception")
HOSTILE_FOLLOWS = (
    "They'll drag the whole class down.",
    "Keep your kids away from them.",
    "Don't know why the school let them in.",
    "Watch your purses.",
    "They shouldn't be here.",
    "Won't be letting mine play with them.",
)
HOSTILE_FOLLOWS_RACIAL = ("They should go back where they came from.",)
NEUTRAL_FOLLOWS = (
    "They seem really nice.",
    "Their little one is in with my son.",
    "Say hello if you see them at the gate.",
    "They've asked about the walking bus.",
)
NEW_PEOPLE = (
    ("new Year 4 teacher", "staff"),
    ("new TA in Hazel class", "staff"),
    ("new dinner lady", "staff"),
    ("new boy in Oak class", "pupil"),
    ("new girl in year 2", "pupil"),
    ("new dad on the PTA", "parent"),
)
PERSON_HOSTILE = (
    "They shouldn't be anywhere near our kids.",
    "Say no more, that explains a lot.",
    "Just what this school needed. Not.",
)
PERSON_NEUTRAL = (
    "They seem lovely so far.",
    "They start after half term.",
    "Make them welcome!",
)
GROUP_THREATS = (
    "Any {g} at the summer fair on Saturday are getting a kicking",
    "If I see {g} at the gate tomorrow morning I'm bringing a bat",
    "We should burn the {g} out of the houses on Mill Lane",
    "Few of us are meeting Friday night to run the {g} off the estate. Bring something heavy",
    "Next lot of {g} who turn up at drop off get a brick through the car window",
    "Somebody needs to put the {g} in their place, with fists if it comes to it",
)
GROUP_THREAT_TWINS = (
    "Watch out, the {g} are going to destroy everyone at the quiz night 😂",
    "The {g} absolutely smashed it at the talent show on Saturday",
    "If I see {g} at the gate tomorrow morning I'm bringing cake for the welcome stall",
    "The {g} killed it with the stall at the fair, sold out by 2",
)
# A few real slurs, and how they are disguised, so the model knows them; each with its target.
SLURS: tuple[tuple[str, str], ...] = (
    ("pakis", "race_ethnicity"),
    ("wogs", "race_ethnicity"),
    ("chinks", "race_ethnicity"),
    ("coons", "race_ethnicity"),
    ("gyppos", "traveller"),
    ("pikeys", "traveller"),
    ("kikes", "religion"),
    ("towelheads", "religion"),
    ("retards", "disability"),
    ("spazzes", "disability"),
    ("faggots", "sexual_orientation"),
    ("trannies", "gender_identity"),
)
SLUR_FRAMES = (
    "{w} out of our school",
    "too many {w} in reception now",
    "that school's full of {w}",
    "the {w} in year 3 want moving",
    "can't move in this playground for {w}",
)
SLUR_REPORTS = (
    "A boy at football called my son one of the {w}. We've talked to the club and they've been brilliant",
    "Someone has sprayed '{w} out' on the bus shelter by school. Police have been told, horrible",
    "Please talk to your kids: 'the {w}' is not a word we use, and the older ones have been saying it",
)

# --- school people (fictional: the demo roster, and a few invented) ---------------------------


@dataclass(frozen=True)
class Person:
    """Someone a post names, with pronouns for the templates."""

    name: str
    kind: str
    they: str
    them: str
    their: str
    roster_id: str = ""


def _she(name: str, kind: str, roster_id: str = "") -> Person:
    return Person(name, kind, "she", "her", "her", roster_id)


def _he(name: str, kind: str, roster_id: str = "") -> Person:
    return Person(name, kind, "he", "him", "his", roster_id)


STAFF = (
    _she("Mrs Ward", "staff", "S01"),
    _she("the head", "staff", "S01"),
    _he("Mr Gallagher", "staff", "S02"),
    _he("Mr Hale", "staff", "S03"),
    _he("the Year 6 teacher", "staff", "S03"),
    _she("Miss Shah", "staff", "S04"),
    _she("Mrs K", "staff", "S05"),
    _she("the TA in Willow class", "staff", "S05"),
    _he("Mr Wood", "staff", "S06"),
    _she("Mrs Bird", "staff", "S07"),
    _she("the lollipop lady", "staff", "S07"),
    _she("Ms Okafor", "staff", "S08"),
    _she("the SENCO", "staff", "S08"),
    _she("Mrs Rice", "staff", "S09"),
    _she("Miss Barnes", "staff", "S10"),
    _he("Mr Dunn", "staff", "S11"),
    _she("Mrs Mortimer", "staff", "S12"),
    _he("Mr Pickering", "staff", "S13"),
    _she("Mrs Trelawny", "staff"),
    _he("Mr Castellano", "staff"),
    _she("Miss Odukoya", "staff"),
    _he("Mr Brannigan", "staff"),
    _she("Mrs Halvorsen", "staff"),
)
# Leaders: criticism of them stays a complaint; harassment templates pick from STAFF minus these.
LEADER_IDS = ("S01", "S02")
PUPILS = (
    _he("Jack Taylor", "pupil", "P03"),
    _she("Lily", "pupil", "P04"),
    _he("Ollie", "pupil", "P01"),
    _she("Millie", "pupil", "P02"),
    _he("Harry Brown", "pupil", "P05"),
    _she("Mia", "pupil", "P06"),
    _he("Noah", "pupil", "P07"),
    _she("Ella Roberts", "pupil", "P08"),
    _he("Tommy", "pupil", "P09"),
    _he("Kacper", "pupil", "P10"),
    _he("Leo Marsh", "pupil", "P12"),
    _he("Bradley Sutton", "pupil"),
    _she("Keira Lomas", "pupil"),
    _he("Alfie Doyle", "pupil"),
)
PARENTS = (
    _she("Sarah Smith", "parent", "A01"),
    _he("Gary Jones", "parent", "A02"),
    _he("Lee Taylor", "parent", "A03"),
    _she("Donna Evans", "parent", "A04"),
    _she("Kelly Brown", "parent", "A05"),
    _he("Imran Khan", "parent", "A06"),
    _she("Jade Marsh", "parent", "A08"),
    _she("Stacey Pruitt", "parent"),
    _he("Wayne Dobbs", "parent"),
)
ADULTS = STAFF + PARENTS

# --- school minimal pairs ----------------------------------------------------------------------

# (praise, complaint) about the same piece of work.
PRAISE_COMPLAINT = (
    (
        "sorted my son's reading book straight away",
        "still hasn't sorted my son's reading book after three weeks",
    ),
    ("always replies to emails the same day", "never replies to a single email"),
    ("explained the maths homework really clearly", "sets maths homework nobody can make sense of"),
    (
        "handled the falling-out between the girls brilliantly",
        "made the falling-out between the girls ten times worse",
    ),
    (
        "gave every child a part in the play",
        "gave all the good parts in the play to {their} favourites",
    ),
    ("stayed late to help with the costumes", "couldn't be bothered to help with the costumes"),
    (
        "rang me the minute my daughter felt poorly",
        "left my daughter poorly in the office for two hours without ringing me",
    ),
    (
        "is so patient with the little ones at lunch",
        "shouts at the little ones at lunch for nothing",
    ),
    ("listened to every worry at parents' evening", "talked over me the whole of parents' evening"),
    ("got the class reading every night", "hasn't changed the reading books since September"),
)
NEWS_NAMING = (
    "{p} is running the coding club on Tuesdays, sign-up is on the app",
    "{p} says library books are due back on Friday",
    "Reminder from {p}: PE kits in on Monday please",
    "{p} is leaving at Easter to move to Cornwall, there's a card in the office",
    "{p} will be on the gate tomorrow instead of the usual door",
    "{p} has put the spelling list on the class page",
    "{p} is collecting the trip forms this week",
)
NEWS_TWINS = (
    "{p} is running the coding club on Tuesdays and it's a shambles, the kids just sit there",
    "{p} says library books are due back Friday, yet again with a day's notice. Typical",
    "Reminder from {p}: PE kits in on Monday. Shame {they} can't remind {them}self to mark the homework",
    "{p} is leaving at Easter. Good riddance, worst year my son has had",
)
# (neutral question, thing at fault, what is wrong) for one topic.
TOPICS = (
    (
        "Has anyone had the letter about the Year 4 trip yet?",
        "the trip letters",
        "turn up the night before",
    ),
    (
        "When do the parents' evening slots open?",
        "the parents' evening slots",
        "are gone within ten minutes",
    ),
    ("Is the new lunch menu on the website?", "the lunch menu", "is chips three days out of five"),
    (
        "How much homework do they get in year 5?",
        "the homework",
        "is set on a Friday and due on Monday",
    ),
    (
        "What time does the pick-up gate open?",
        "the pick-up queue",
        "stretches halfway down the road",
    ),
    (
        "Does anyone know how often reading books get changed?",
        "the reading books",
        "get changed once a month if we're lucky",
    ),
    (
        "When do the school reports come out?",
        "the school reports",
        "read like they were copied and pasted",
    ),
    ("Where is lost property kept now?", "lost property", "swallows a jumper a week"),
    (
        "Is the after-school club running in half term?",
        "the after-school club",
        "costs more every term",
    ),
    (
        "Who do I speak to about the bus pass?",
        "the bus passes",
        "still haven't arrived in November",
    ),
)
POLITE = (
    "I don't want to moan, but {x} {f} and it's not fair on the kids",
    "With the greatest respect, {x} {f}. Could this be looked at please?",
    "Just politely raising again that {x} {f}",
    "I appreciate everyone is busy, but {x} {f} and it really isn't good enough",
)
HEDGED = (
    "Maybe it's just me, but {x} {f}?",
    "Not sure if anyone else has noticed, but {x} {f}...",
    "I might be wrong, but it feels like {x} {f} and nobody minds",
)
SARCASTIC = (
    "Great to see {x} {f} again. Top planning 👏",
    "Oh good, {x} {f}. What would we do without this school 🙄",
    "Love how {x} {f}. Really well run",
)
CAMPAIGNS = (
    "We're writing to the governors about how {x} {f}. Message me to add your name",
    "Day {n} of emailing the school because {x} {f}. I'll keep going until it's fixed",
    "Every week until it changes I'll be posting that {x} {f}. Join in, parents",
)
SCHOOL_CRITICISM = (
    "This school is a disgrace and I'll say it every single day until the governors wake up",
    "Worst school in the county. Shocking leadership, shocking results, shocking everything",
    "I'll be posting about this school's failures every week until Ofsted come back",
    "The leadership team are a shambles and I won't stop saying so",
    "The governors have let this school rot. I'll be at every meeting until they go",
    "Absolutely done with this school. Complaint number six going in tonight and there'll be a seventh",
    "This school lies to parents, wastes our money and doesn't care. Keep sharing until they listen",
    "Day {n} of the car park being a death trap. Day {n} of the school doing nothing",
)
INSULTS = (
    "an utter waste of space",
    "a lazy cow",
    "a pompous prat",
    "thick as a brick",
    "a total joke",
    "a miserable old goat",
)
MULTI_COMPLAINTS = (
    "never marks the homework",
    "lost my son's reading record again",
    "ignored my emails for a month",
    "blamed my daughter for something she didn't do",
)
SPECIFIC_THREATS = (
    "I'll be at the gate at 3.15 tomorrow with a bat for {p}",
    "I know where {p} lives. {They} can expect a visit tonight",
    "{p} parks on Mill Lane every morning. Tomorrow {their} car gets it and so does {they}",
    "Bringing a knife to parents' evening in case {p} starts on me again",
    "Friday after school, car park, me and {p}. {They} won't walk away from it",
    "{p} lives at number 14, right by the chippy. I'll be round after tea with my brothers",
    "Got a hammer in the boot for {p}. See you at drop off",
)
# Specific threats that refer back to someone already named.
THREAT_TAILS = (
    "I'll be waiting at the gate at 3.15 tomorrow with a bat for {them}",
    "I know where {they} lives and {they}'ll get a visit tonight",
    "Next time I'm bringing a knife to parents' evening",
    "{They}'d better not be in the car park on Friday, I'll be waiting with my brothers",
)
IDIOMS = (
    "{p} will kill me if I forget the PE kit again 😂",
    "{p} absolutely smashed the assembly this morning",
    "{p} knocked it out of the park at sports day",
    "{p} is going to murder me when {they} sees the state of this costume",
    "I could strangle the printer, {p}'s letter is stuck in it",
    "This times tables app is going to be the death of me",
    "I'd kill for a snow day",
    "My two are killing each other over the iPad again",
    "The year 6 play knocked 'em dead",
)
RIDICULE = (
    "Has anyone seen {p}'s haircut 😂 looks like it was done with a bread knife",
    "Everyone stop inviting {p} to parties, {they}'s weird",
    "Let's all just blank {p} at the gate from now on",
    "{p} smells like a wet dog, tell your kids to sit away from {them}",
    "Pass it on: nobody talk to {p}. Not worth it",
    "Did you hear {p} trying to sing at the concert 🤣 cats in a bin",
)
NEUTRAL_MENTIONS = (
    "{p} was in the assembly this morning",
    "{p} is organising the cake sale on Friday",
    "{p} read the poem at the remembrance service",
    "Has anyone got {p}'s number about the car share?",
    "{p} is going to be on the gate tomorrow",
)
SEXUAL_REMARKS = (
    "{p} can give me a private lesson any time 😏🍆",
    "bet {p} is a right g*r in the b*d 😜",
    "would s**g {p} in a heartbeat, those legs 🥵",
    "{p} can bend over my desk and mark me 😉",
)
SEXUAL_MOCKERY = (
    "{p} got the PTA chair on {their} kn**s, if you know what I mean 😏",
    "Everyone's had a go on {p} 😂 ask the dads",
    "{p} does more than marking after hours 👀🍑",
)
SWEARING = (
    "bloody hell, forgot it's non-uniform day AGAIN 🤦",
    "sh*t, is it PE today?",
    "f*cking rain, sports day's off",
    "what the hell is a fronted adverbial",
    "Oh for f**k's sake, the washing machine ate the school jumper",
    "Damn it, missed the bake sale",
)
MISCONDUCT = (
    "For those who don't know, {p} was dismissed from {their} last school for hitting a pupil",
    "I'm sorry to say it, but {p} has been taking money from the trip fund",
    "With respect, parents should know {p} was suspended last year for drinking on duty",
    "Quite simply, {p} falsified the SATs results in 2023",
    "It's a fact that {p} shoved a child into a wall in the corridor",
)
NEUTRAL_FACTS = (
    "For those who don't know, {p} moved here from {their} last school in September",
    "{p} has been at the school for ten years",
    "With respect, parents should know {p} is away on a course on Monday",
    "{p} took over the choir in 2023",
)
INSINUATIONS = (
    "Funny how {p} always needs to stay late with the same pupil... just saying 🤔",
    "Ask yourself why {p} left {their} last school in such a hurry. I'll say no more",
    "Interesting that the trip money went missing the week {p} got a new car 👀",
    "Wonder what {p} keeps in that locked cupboard 🤔 I have my suspicions",
)
HARASSMENT = (
    "Day {n} of reminding you all that {p} is a bully. Not stopping till {they}'s gone",
    "I'll keep posting about {p} every day until everyone knows what {they}'s like",
    "Third week running: {p} is a nasty bully, and I'll say it again next week",
)
SCHOOL_CAMPAIGN = (
    "Day {n} of reminding you all that the school still hasn't fixed the car park. "
    "Not stopping till it's done"
)
EVENTS = (
    "sports day",
    "the swimming gala",
    "World Book Day",
    "the nativity",
    "the school disco",
    "forest school",
)
OWN_PHOTOS = (
    "Here's my daughter at {e} [photo]",
    "my son with his medal from {e} 📸 [photo]",
    "Our little one all ready for {e} 🥰 [photo]",
    "Me and my lad after {e}, shattered [photo]",
)
OTHER_PHOTOS = (
    "All the year 2s at {e} [photo]",
    "The whole of Oak class lined up at {e} 📸 [photo]",
    "My son and his best mates at {e} [photo]",
    "Look at all the little ones at {e} 😍 [video]",
)
APPS = ("Dojo", "ClassDojo", "Tapestry", "Seesaw", "the school app")

# --- the everyday posts that name someone ------------------------------------------------------

# Most posts that name a member of staff or a child are harmless: thanks, news, logistics,
# questions, defending someone. Written in numbers to match the breaches that name people, so that
# a name, or a title and a name, teaches nothing about trouble. None breaches the policy.
EVERYDAY_NAMING = (
    "Huge thanks to {p} for the extra reading help, my lad has come on leaps and bounds",
    "Just want to say thank you to {p} for looking after my daughter when she was poorly today",
    "{p} deserves a medal for the nativity, the kids were brilliant",
    "Shout out to {p} who found my son's lost coat",
    "{p} has been fab with my son this year, he actually looks forward to school now",
    "My daughter came home buzzing about {p}'s science lesson",
    "Lovely assembly this morning, well done {p} and the class",
    "{p} stayed behind to help my son with his project, above and beyond",
    "Can't thank {p} enough for how {they} handled the transition to big school",
    "{p} made the trip so special, my son hasn't stopped talking about it",
    "Thank you {p} for the lovely comments in the report, made my week",
    "Running late, can someone tell {p} I'll be 5 mins at pickup",
    "Does anyone know if {p} wants the reading records in on Monday or Tuesday?",
    "Has {p} said what the class are doing for World Book Day?",
    "Is {p} running the after-school club this term?",
    "Can anyone remind me what time {p} said the coach gets back?",
    "{p} said the swimming kits need to be named, just passing it on",
    "Message from {p}: the class assembly has moved to Thursday",
    "{p} is off today so football club is cancelled, they'll rearrange",
    "{p} says the trip money can be paid on the app until Friday",
    "If you've lost a blue lunchbox, {p} has it in the office",
    "Did {p} send the spellings home today or is that next week?",
    "Who do I give the permission slip to, {p} or the office?",
    "{p} asked for empty egg boxes for the craft table if anyone has some",
    "Sending best wishes to {p}, hope the new baby is doing well",
    "{p} is retiring after twenty years, there's a collection in the office",
    "Congratulations to {p} on getting married over half term!",
    "Get well soon {p}, the class made {them} a card",
    "Nobody here thinks {p} is dishonest, let's keep it civil",
    "I know people moan about {p} but {they}'s been brilliant with my son",
    "Please don't pile on {p} on here, if you've got a problem speak to the school",
    "I had a word with {p} and {they} sorted it out in a day, so don't give up",
    "The rumours going round about {p} are nonsense, leave {them} alone",
    "I was worried about the new class at first but {p} has been lovely",
    "{p} rang me back within the hour, really reassuring",
    "Spotted {p} doing the fun run on Saturday, what a legend",
    "{p} is doing a sponsored walk for the library, link is on the newsletter",
    "Anyone know if {p} is back after the holidays?",
    "My son wants to be a teacher now, all thanks to {p}",
    "Does {p} still do the reading cafe on Friday mornings?",
)
# Warnings and plain news that borrow the words of harm, and are not threats to anyone.
SAFETY_WARNINGS = (
    "Careful on Church Lane this morning, it's like an ice rink. Don't want anyone breaking a leg",
    "Watch out for the pothole by the gates, someone's going to break their neck",
    "The crossing is lethal in this fog, please slow down at drop-off",
    "Mind the ice on the playground steps, nearly went flying this morning",
    "There's a wasps' nest by the bike shed, keep the little ones away",
    "Drive slowly on the school road, a child nearly got hit yesterday",
)
