"""People named the way parents write: titles, classes and roles beside a name, names that are
also words, initials, leetspeak and misspellings, each read as one person of the roster."""

from __future__ import annotations

import pytest

from schoolgate.screening import Identification, Person, Post, Roster, Screener
from schoolgate.screening.people import PeopleMatcher

# Larkhill, a fictional school with two Khans and three Fenwicks on the staff and in its families.
LARKHILL = Roster(
    [
        Person(
            "st-rosa",
            "staff",
            "Rosa",
            "Fenwick",
            title="Mrs",
            role="Class teacher",
            year_group="5",
            class_name="Rowan",
        ),
        Person("st-owen", "staff", "Owen", "Fenwick", title="Mr", role="Site manager"),
        Person("pa-dan", "parent", "Daniel", "Fenwick", title="Mr", related_to=("pu-isla",)),
        Person("pu-isla", "pupil", "Isla", "Fenwick", year_group="2", class_name="Ash"),
        Person(
            "st-nadia",
            "staff",
            "Nadia",
            "Khan",
            title="Mrs",
            role="Class teacher",
            year_group="2",
            class_name="Ash",
        ),
        Person(
            "st-sara",
            "staff",
            "Sara",
            "Khan",
            title="Miss",
            role="Teaching assistant",
            year_group="5",
            class_name="Rowan",
        ),
        Person("pa-imran", "parent", "Imran", "Khan", title="Mr", related_to=("pu-zain",)),
        Person("pu-zain", "pupil", "Zain", "Khan", year_group="2", class_name="Ash"),
        Person(
            "st-fiona",
            "staff",
            "Fiona",
            "Ford",
            title="Mrs",
            role="Teaching assistant",
            year_group="2",
            class_name="Ash",
        ),
        Person("st-grace", "staff", "Grace", "Okoro", title="Ms", role="Headteacher"),
        Person("st-peter", "staff", "Peter", "Lindqvist", title="Mr", role="SENCO"),
        Person(
            "st-bill",
            "staff",
            "William",
            "Ashby",
            title="Mr",
            preferred_name="Bill",
            role="Office manager",
        ),
        Person(
            "st-summer",
            "staff",
            "Summer",
            "Hayes",
            title="Miss",
            role="Class teacher",
            year_group="3",
            class_name="Birch",
        ),
        Person("st-dave", "staff", "Dave", "Wood", title="Mr", role="PE coach"),
        Person("st-tom", "staff", "Tom", "Lovell", title="Mr", role="Music teacher"),
        Person(
            "st-amy",
            "staff",
            "Amy",
            "Lowe",
            title="Miss",
            role="Class teacher",
            year_group="R",
            class_name="Acorn",
        ),
        Person("pu-rose", "pupil", "Rose", "Adeyemi", year_group="5", class_name="Rowan"),
        Person("pu-may", "pupil", "May", "Osei", year_group="3", class_name="Birch"),
    ]
)


@pytest.fixture(scope="module")
def matcher() -> PeopleMatcher:
    return PeopleMatcher(LARKHILL)


@pytest.fixture(scope="module")
def people_screener() -> Screener:
    return Screener(
        roster=LARKHILL, analyzers=[{"name": "schoolgate.screening.people.PeopleAnalyzer"}]
    )


def only(matcher: PeopleMatcher, text: str) -> Identification:
    (person,) = matcher.find(text)
    return person


def candidates(person: Identification) -> set[str]:
    return {c.person_id for c in person.candidates}


@pytest.mark.parametrize(
    ("text", "person_id"),
    [
        ("Mrs Khan never replies", "st-nadia"),
        ("Miss Khan never replies", "st-sara"),
        ("Mr Khan never replies", "pa-imran"),
        ("Mrs Fenwick never replies", "st-rosa"),
        # The only woman among the Fenwicks, though the title is not hers.
        ("Miss Fenwick never replies", "st-rosa"),
    ],
)
def test_a_title_picks_the_person_with_that_title(
    matcher: PeopleMatcher, text: str, person_id: str
) -> None:
    assert only(matcher, text).person_id == person_id


def test_a_title_never_names_a_pupil(matcher: PeopleMatcher) -> None:
    person = only(matcher, "Mrs Adeyemi never replies")

    # Only a pupil is an Adeyemi: a titled Adeyemi is someone in her family.
    assert (person.person_id, person.candidates, person.kind) == (None, (), "parent")


@pytest.mark.parametrize(
    ("text", "could_be"),
    [
        ("Ms Khan never replies", {"st-nadia", "st-sara"}),
        ("Mr Fenwick never replies", {"st-owen", "pa-dan"}),
        ("Mrs F never replies", {"st-rosa", "st-fiona"}),
        ("the TA never replies", {"st-fiona", "st-sara"}),
    ],
)
def test_only_words_that_fit_several_people_stay_ambiguous(
    matcher: PeopleMatcher, text: str, could_be: set[str]
) -> None:
    person = only(matcher, text)

    assert person.person_id is None
    assert candidates(person) == could_be


@pytest.mark.parametrize(
    ("text", "words", "person_id"),
    [
        ("the TA in Ash class was rude", "the TA in Ash class", "st-fiona"),
        ("the TA in Rowan class was rude", "the TA in Rowan class", "st-sara"),
        ("the Rowan class TA was rude", "the Rowan class TA", "st-sara"),
        ("the Year 5 teacher was rude", "the Year 5 teacher", "st-rosa"),
        ("the Reception teacher was rude", "the Reception teacher", "st-amy"),
        ("Mrs F in Year 5 was rude", "Mrs F in Year 5", "st-rosa"),
        ("Mrs F from Ash class was rude", "Mrs F from Ash class", "st-fiona"),
        ("Mr Fenwick in Year 2 was rude", "Mr Fenwick in Year 2", "pa-dan"),
        ("the head was rude", "the head", "st-grace"),
        ("the SENCO was rude", "the SENCO", "st-peter"),
    ],
)
def test_a_class_year_or_role_names_the_one_person_who_fits(
    matcher: PeopleMatcher, text: str, words: str, person_id: str
) -> None:
    person = only(matcher, text)

    assert (person.text, person.person_id) == (words, person_id)


def test_a_full_name_with_its_role_is_one_identification_of_that_person(
    people_screener: Screener,
) -> None:
    text = "Mrs Rosa Fenwick the Year 5 teacher shouted at my son"

    assessment = people_screener.screen(Post(text))

    (person,) = assessment.people
    assert person.text == "Mrs Rosa Fenwick the Year 5 teacher"
    assert (person.person_id, person.how) == ("st-rosa", "full_name")
    assert person.roster_label.startswith("Mrs Rosa Fenwick, Class teacher, Year 5")
    assert assessment.to_dict()["people"][0]["roster_label"] == person.roster_label
    (span,) = assessment.spans_for("names_staff")
    assert "Mrs Rosa Fenwick, Class teacher, Year 5" in span.why


def test_a_role_before_a_name_joins_it(matcher: PeopleMatcher) -> None:
    person = only(matcher, "the Year 2 teacher, Mrs Khan, kept him in")

    assert (person.text, person.person_id) == ("the Year 2 teacher, Mrs Khan", "st-nadia")


def test_a_role_that_does_not_fit_the_name_is_someone_else(matcher: PeopleMatcher) -> None:
    people = matcher.find("Mrs Ford the Year 5 teacher")

    assert [(p.text, p.person_id) for p in people] == [
        ("Mrs Ford", "st-fiona"),
        ("the Year 5 teacher", "st-rosa"),
    ]


def test_a_full_name_settles_who_a_surname_is_elsewhere_in_the_post(
    matcher: PeopleMatcher,
) -> None:
    people = matcher.find("Rosa Fenwick was great today. Fenwick always helps")

    assert [(p.text, p.person_id) for p in people] == [
        ("Rosa Fenwick", "st-rosa"),
        ("Fenwick", "st-rosa"),
    ]


@pytest.mark.parametrize(
    ("text", "words", "person_id"),
    [
        ("Miss Summer was lovely", "Miss Summer", "st-summer"),
        ("I told them May was crying", "May", "pu-may"),
        ("and then Rose pushed him", "Rose", "pu-rose"),
        ("Bill from the office was rude", "Bill from the office", "st-bill"),
        ("then Will said no", "Will", "st-bill"),
    ],
)
def test_a_name_that_is_also_a_word_is_kept_where_it_names_someone(
    matcher: PeopleMatcher, text: str, words: str, person_id: str
) -> None:
    person = only(matcher, text)

    assert (person.text, person.person_id) == (words, person_id)


@pytest.mark.parametrize(
    "text",
    [
        "Zain said I will ask tomorrow",
        "Zain says the bill for the trip is high",
        "Zain saw a rose grow by the gate",
        "Summer term starts soon for Zain",
        "Zain and I love the Summer Fair",
        "In May Zain goes camping",
    ],
)
def test_a_name_that_is_also_a_word_is_dropped_where_it_is_the_word(
    matcher: PeopleMatcher, text: str
) -> None:
    assert [p.text for p in matcher.find(text)] == ["Zain"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("R. Fenwick never replies", [("R. Fenwick", "st-rosa")]),
        ("RF never replies", []),
        (
            "Rosa Fenwick again. RF never replies",
            [("Rosa Fenwick", "st-rosa"), ("RF", "st-rosa")],
        ),
        ("RF (Year 5 teacher) never replies", [("RF (Year 5 teacher)", "st-rosa")]),
    ],
)
def test_initials_name_someone_only_when_the_post_says_who(
    matcher: PeopleMatcher, text: str, people: list[tuple[str, str]]
) -> None:
    found = matcher.find(text)

    assert [(p.text, p.person_id) for p in found] == people
    assert all(p.how == "initials" for p in found if p.text != "Rosa Fenwick")


@pytest.mark.parametrize(
    ("text", "person_id", "how"),
    [
        ("Mrs F3nw1ck is a joke", "st-rosa", "disguised_surname_with_title"),
        ("Mr W00d is a joke", "st-dave", "disguised_surname_with_title"),
        ("Mrs Fenwik is a joke", "st-rosa", "misspelt_surname_with_title"),
        ("Mr Lindquist is a joke", "st-peter", "misspelt_surname_with_title"),
        ("Wi11iam Ashby is a joke", "st-bill", "disguised_full_name"),
    ],
)
def test_leetspeak_and_misspellings_are_read_as_less_certain(
    matcher: PeopleMatcher, text: str, person_id: str, how: str
) -> None:
    person = only(matcher, text)

    assert (person.person_id, person.how) == (person_id, how)


def test_staff_read_that_a_misspelt_name_is_less_certain(people_screener: Screener) -> None:
    assessment = people_screener.screen(Post("Mrs Fenwik is a joke"))

    (span,) = assessment.spans_for("names_staff")
    assert "less certain" in span.why
    assert "Mrs Rosa Fenwick" in span.why


def test_a_short_name_is_not_read_as_misspelt(matcher: PeopleMatcher) -> None:
    person = only(matcher, "Mrs Fort is a joke")

    # Four letters: too short to be read as a misspelt Ford, so someone not on the roster.
    assert (person.text, person.kind, person.person_id, person.candidates) == (
        "Mrs Fort",
        "staff",
        None,
        (),
    )


def test_a_common_word_is_not_read_as_a_misspelt_name(matcher: PeopleMatcher) -> None:
    # "Lovely" is one letter from Lovell.
    people = matcher.find("Lovely concert today, thank you Mr Lovell")

    assert [(p.text, p.person_id) for p in people] == [("Mr Lovell", "st-tom")]


@pytest.mark.parametrize(
    "text",
    ["Three days of 5am wake ups and counting", "Up at 5AM again", "See you at 5.30pm"],
)
def test_a_time_of_day_is_not_read_as_a_disguised_name(text: str) -> None:
    sam = Roster([Person("st-sam", "staff", "Sam", "Dunn", title="Mr", role="Class teacher")])

    assert PeopleMatcher(sam).find(text) == []
    # The same digits in a name are still read as leetspeak.
    (person,) = PeopleMatcher(sam).find("S4m Dunn is a joke")
    assert (person.person_id, person.how) == ("st-sam", "disguised_full_name")
