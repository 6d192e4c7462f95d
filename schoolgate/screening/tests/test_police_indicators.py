"""Police indicators rest on evidence staff can read: what makes a threat specific, the group
behind a racial element, sexual content aimed at a person; idioms, identity words and criticism
of the school never raise one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from schoolgate.screening import POLICE_FLAGS, Assessment, Screener
from schoolgate.screening import rules as rules_module
from schoolgate.screening.tests.conftest import seconds_to_screen


def police_flags(assessment: Assessment) -> set[str]:
    return set(assessment.flags) & set(POLICE_FLAGS)


def reasons(assessment: Assessment, label: str, text: str) -> dict[str, str]:
    """The words each span of a label covers, and the reason it gives."""
    return {text[span.start : span.end]: span.why for span in assessment.spans_for(label)}


# -- idioms -------------------------------------------------------------------------------------

IDIOMS = [
    "I'd kill for that recipe",
    "I could murder a brew",
    "she'll kill me for posting this",
    "knock 'em dead at the concert",
    "break a leg",
    "that joke killed me",
    "dying to see the play",
    "Break a leg tonight at the school hall, Year 6!",
    "I would kill for a lie-in before the trip tomorrow",
    "The choir are going to murder this song at the concert on Friday",
    "We're going to batter them at rounders on sports day",
    "My feet are killing me after the fun run",
    "Someone needs to sort this school out, the parking is chaos",
]


@pytest.mark.parametrize("text", IDIOMS)
def test_an_idiom_is_not_violence_and_never_a_police_matter(screener: Screener, text: str) -> None:
    assessment = screener.screen(text)

    assert "violence" not in assessment.labels
    assert police_flags(assessment) == set()


# -- specific threats -----------------------------------------------------------------------------


def test_a_threat_with_a_time_and_place_is_a_police_matter_and_says_why(
    screener: Screener,
) -> None:
    text = "I'll be at the gates tomorrow at 3 and I'll batter him"

    assessment = screener.screen(text)

    assert "violence" in assessment.labels
    assert "police_threat_of_violence" in assessment.flags
    why = reasons(assessment, "police_threat_of_violence", text)
    assert "specific: names a time and place" in why["I'll batter him"]
    assert why["at the gates"] == "specific: names a place"
    assert why["at 3"] == "specific: names a time"


@pytest.mark.parametrize(
    ("text", "words", "why"),
    [
        ("I know where she lives", "I know where she lives", "knows where they live"),
        ("You'll regret this, see you at your house", "at your house", "knows where they live"),
        (
            "I'm going to bring a bat to pick up on Friday and sort Mr Hale out",
            "I'm going to bring a bat",
            "names a time and a weapon",
        ),
        ("He'll get what's coming, I've got a knife", "knife", "names a weapon"),
        (
            "Mr Hale is getting battered at the school gates after school",
            "at the school gates",
            "names a place",
        ),
        ("I'm going to burn this school down tonight", "tonight", "names a time"),
    ],
)
def test_what_makes_a_threat_specific_is_shown_in_words(
    screener: Screener, text: str, words: str, why: str
) -> None:
    assessment = screener.screen(text)

    assert "violence" in assessment.labels
    assert "police_threat_of_violence" in assessment.flags
    assert why in reasons(assessment, "police_threat_of_violence", text)[words]


@pytest.mark.parametrize(
    "text",
    [
        "I swear I'll burn this school down",
        "Someone should torch that school",
        "They'll be sorry, this school is a disgrace",
        "I could strangle the lot of them at that school",
    ],
)
def test_a_vague_angry_remark_at_the_school_is_violence_without_a_police_flag(
    screener: Screener, text: str
) -> None:
    assessment = screener.screen(text)

    assert "violence" in assessment.labels
    assert "police_threat_of_violence" not in assessment.flags


@pytest.mark.parametrize(
    "text",
    [
        "See you at your house for the party on Saturday!",
        "Please bring a bat and ball for rounders tomorrow at 3 on the field",
        "I'm bringing my cricket bat on Friday so the kids can play",
    ],
)
def test_times_places_and_bats_alone_are_not_threats(screener: Screener, text: str) -> None:
    assessment = screener.screen(text)

    assert "violence" not in assessment.labels
    assert police_flags(assessment) == set()


# -- racial element ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "why"),
    [
        (
            "We should keep those Polish families out of our school",
            "keep those Polish families out",
            "racial element: aimed at Polish families (nationality)",
        ),
        (
            "Muslims don't belong in our school",
            "Muslims",
            "racial element: aimed at Muslims (religion)",
        ),
        (
            "we don't want Somali kids sitting next to ours",
            "don't want Somali kids sitting",
            "racial element: aimed at Somali kids (nationality)",
        ),
        (
            "Mr Hale is a p*ki",
            "p*ki",
            "racial element: a slur aimed at South Asian people",
        ),
        (
            "Tell them to go back to their own country",
            "go back to their own country",
            "racial element: aimed at people for their nationality or language",
        ),
    ],
)
def test_a_racial_element_names_the_group_behind_it(
    screener: Screener, text: str, words: str, why: str
) -> None:
    assessment = screener.screen(text)

    assert "discrimination" in assessment.labels
    assert "police_racial_element" in assessment.flags
    assert reasons(assessment, "police_racial_element", text)[words] == why


def test_discrimination_on_disability_has_no_racial_element(screener: Screener) -> None:
    assessment = screener.screen("The SEN kids shouldn't be allowed in mainstream classes")

    assert "discrimination" in assessment.labels
    assert "police_racial_element" not in assessment.flags


IDENTITY_WITHOUT_HATE = [
    # Positive and neutral.
    "our Eid celebration was lovely",
    "proud of our Polish families",
    "The Romanian mums ran the whole bake sale, amazing",
    "Black History Month assembly was so moving",
    "We welcome refugee families to our school",
    "So many languages at our school, full of foreign families and we love it",
    "Typical Polish hospitality, the party was amazing",
    "Nail polish should not be allowed in school",
    # Negated.
    "Muslims are not terrorists and never have been",
    "It's not true that immigrants are ruining the school",
    "I'm not saying Jewish families should be kept out",
    # Counter-speech that quotes or condemns hate.
    "calling someone a p*ki is disgusting",
    "People who hate Muslims are wrong",
    "Saying immigrants are ruining the school is racist",
    "People who say go back to your country are vile",
    "It's racist to say the Polish kids can't speak English",
    "Nobody should ever tell a child to go back to their own country",
    'Someone wrote "Muslims don\'t belong here" on the gate. Disgusting.',
    "A boy shouted 'dirty immigrants' at the Polish kids, the office needs to deal with it",
]


@pytest.mark.parametrize("text", IDENTITY_WITHOUT_HATE)
def test_identity_words_alone_raise_no_discrimination(screener: Screener, text: str) -> None:
    assessment = screener.screen(text)

    assert "discrimination" not in assessment.labels
    assert "police_racial_element" not in assessment.flags


# -- grossly obscene --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I'd f*** Mrs Ward", "I'd f*** Mrs Ward"),
        ("Mr Hale can s*ck my d*ck", "s*ck my d*ck"),
        ("s u c k my d i c k Mr Hale", "s u c k my d i c k"),
        ("I wouldn't mind giving Mrs Ward one", "wouldn't mind giving Mrs Ward one"),
        ("Miss Wood, show us your t*ts", "show us your t*ts"),
    ],
)
def test_censored_or_euphemistic_sex_aimed_at_a_person_is_grossly_obscene(
    screener: Screener, text: str, words: str
) -> None:
    assessment = screener.screen(text)

    assert "police_grossly_obscene" in assessment.flags
    assert reasons(assessment, "police_grossly_obscene", text)[words].startswith("sexual:")


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("f*** you Mrs Ward", ["offensive_about_person"]),
        ("oh f*** off Mr Hale", ["offensive_about_person"]),
        ("this school is sh*t", ["complaint"]),
        ("Mrs Ward is a s l u t", ["offensive_about_person"]),
        ("Sex education at this school is a mess", ["complaint"]),
    ],
)
def test_ordinary_swearing_is_offensive_not_grossly_obscene(
    screener: Screener, text: str, labels: list[str]
) -> None:
    assessment = screener.screen(text)

    assert assessment.labels == labels
    assert police_flags(assessment) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Year 5 sex and relationships lessons start next week",
        "The sex education letter for Year 6 is on the website",
        "I'd love to give her one of the spare costumes for the nativity",
    ],
)
def test_school_posts_about_sex_education_or_giving_things_are_not_obscene(
    screener: Screener, text: str
) -> None:
    assert police_flags(screener.screen(text)) == set()


# -- criticism of the school ------------------------------------------------------------------------

CRITICISM = [
    "the head is useless",
    "worst school ever, complaining to Ofsted",
    "The head couldn't run a bath",
    "The governors are clueless and the head should resign",
    "This school is a total shambles and the head needs to go",
    "Shame on the head, she should be ashamed of herself",
    "The SLT are a bunch of clowns",
    "Mrs Ward is the worst head this school has ever had",
    "The head is a joke, sack her",
    "This school is sh*t and so is the head",
    "the head should be hung out to dry for this",
    "They deserve a slap on the wrist at least",
    "We're going to fight this decision all the way to the council",
    "I'll be at the gates at 3 to hand out leaflets about how bad this school is",
    "I'll be at the school gates tomorrow to confront the head about it",
    # Persistent complaint.
    "I'll keep complaining until something is done",
    "I'll email the head every day until she replies",
    "I won't stop until this school is held accountable",
    "I will report this school to Ofsted again and again until they listen",
    "We will not stop until the head is removed",
    "I'm emailing the head every single day until she answers me",
    "I'll keep ringing the office every morning until someone answers",
    "I'll keep posting until the head is sacked",
    "This school is a disgrace, I'll keep posting about it until it changes",
    "The governors are useless, I'll write to them every week until they listen",
    "Mr Castellane is a joke of a chair, I'll keep on at him until he goes",
    "I'll keep emailing Mr Hale until he answers about the homework",
]


@pytest.mark.parametrize("text", CRITICISM)
def test_criticism_of_the_school_or_its_leaders_never_raises_a_police_flag(
    screener: Screener, text: str
) -> None:
    assert police_flags(screener.screen(text)) == set()


@pytest.mark.parametrize(
    ("text", "aimed_at"),
    [
        ("I'll keep posting until she's sacked", 'someone it calls "she"'),
        ("I'll keep posting about Mr Hale until the school sacks him", "Mr Hale"),
        ("I'll keep messaging her every night until she leaves my husband alone", '"her"'),
    ],
)
def test_a_campaign_against_a_person_is_harassment(
    screener: Screener, text: str, aimed_at: str
) -> None:
    assessment = screener.screen(text)

    assert "police_harassment" in assessment.flags
    assert all(aimed_at in span.why for span in assessment.spans_for("police_harassment"))


def test_persistent_criticism_of_the_school_reads_as_a_complaint(screener: Screener) -> None:
    assessment = screener.screen("I won't stop until this school is held accountable")

    assert assessment.labels == ["complaint"]
    assert "persistent complaint" in assessment.spans_for("complaint")[0].why


# -- how the rules are written ------------------------------------------------------------------------


def test_the_rules_branch_on_typed_kinds_never_on_their_own_explanations() -> None:
    tree = ast.parse(Path(rules_module.__file__).read_text(encoding="utf-8"))
    tests_on_reasons = [
        node.lineno
        for node in ast.walk(tree)
        if (isinstance(node, ast.Compare) and _reads_a_reason(node) and not _is_none_test(node))
        or (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"startswith", "endswith", "find", "index", "count"}
            and _reads_a_reason(node.func.value)
        )
    ]
    assert tests_on_reasons == [], "rules.py tests its explanations on these lines"


def _reads_a_reason(node: ast.AST) -> bool:
    return any(
        (isinstance(inner, ast.Attribute) and inner.attr == "why")
        or (isinstance(inner, ast.Name) and inner.id in {"why", "reason"})
        for inner in ast.walk(node)
    )


def _is_none_test(node: ast.Compare) -> bool:
    """`reason is None` asks whether there is a reason, not what it says."""
    return all(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops) and all(
        isinstance(c, ast.Constant) and c.value is None for c in node.comparators
    )


def test_a_long_post_of_threats_campaigns_and_quotes_is_read_in_linear_time(
    screener: Screener,
) -> None:
    unit = (
        "I'll batter him tomorrow at the gates with a bat and I know where she lives "
        "I'll keep posting until Mr Hale is sacked every day until he goes "
        "'Polish families don't belong here' someone wrote which is racist "
        "I'd f*** Mrs Ward "
    )

    def seconds(characters: int) -> float:
        return seconds_to_screen(screener, (unit * (characters // len(unit) + 1))[:characters])

    seconds(1_000)  # warm the patterns
    quarter = seconds(12_500)
    whole = seconds(50_000)
    # Four times the text may take at most six times as long: linear, with room for noise.
    assert whole < 6 * quarter
