"""Notes to other pupils' parents: prepared from the roster, approved by the head, sent over SMTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.test import Client

from schoolgate.cases.actions import StepRecord, open_case, record_step
from schoolgate.cases.actions.privacy_notes import approve_privacy_note, prepare_privacy_notes
from schoolgate.cases.models import Case, Incident, PrivacyNote, PrivacyNoteStatus
from schoolgate.cases.tests.conftest import member, parent
from schoolgate.cases.tests.test_reminders import Inbox, inbox  # noqa: F401 - the SMTP fixture
from schoolgate.schools.models import AuditEvent, Person
from schoolgate.test import Cast, sign_in

WORDS = "Lovely nativity today! Look at them all."


def photo_case(cast: Cast, logged: Callable[..., Incident], categories: list[str]) -> Case:
    alice = member(cast, cast.alice)
    incident = logged(
        WORDS,
        platform="facebook",
        permalink="https://facebook.example/photos/314",
        account_handle="@proudmum",
        display_name="Proud Mum",
        poster=parent(cast),
    )
    Incident.objects.filter(pk=incident.pk).update(categories=categories)
    case = open_case(alice, incident)
    record_step(alice, case, StepRecord("informal_discussion"))
    return case


def pupils_with_other_parents(cast: Cast, count: int) -> list[Person]:
    poster = parent(cast)
    pupils = Person.objects.filter(school=cast.school_a, kind="pupil", related_adults__isnull=False)
    return [p for p in pupils.distinct() if poster not in p.related_adults.all()][:count]


def test_notes_are_prepared_for_each_parent_and_never_name_the_poster(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    case = photo_case(cast, logged, ["photo_of_others"])
    pupils = pupils_with_other_parents(cast, 2)
    sign_in(client, cast.alice)

    response = client.post(
        f"/s/redscope/cases/{case.number}/privacy-notes/prepare/",
        {"pupils": [p.pk for p in pupils]},
    )
    assert response.status_code == 302
    notes = list(PrivacyNote.objects.filter(case=case))
    expected = sum(p.related_adults.filter(kind="parent").count() for p in pupils)
    assert len(notes) == expected >= 2
    poster = parent(cast)
    for note in notes:
        assert note.status == PrivacyNoteStatus.AWAITING_APPROVAL
        assert note.pupil.first_name in note.body
        for name in (poster.first_name, poster.last_name, "proudmum", "Proud Mum"):
            assert name not in note.body
    assert "https://facebook.example/photos/314" in notes[0].body
    html = client.get(f"/s/redscope/cases/{case.number}/privacy-notes/").content.decode()
    assert "Waiting for the headteacher's approval." in html
    assert AuditEvent.objects.filter(verb="prepared privacy notes").count() == 1


def test_no_notes_without_a_photo_of_other_pupils(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    case = photo_case(cast, logged, ["complaint"])
    sign_in(client, cast.alice)

    response = client.post(
        f"/s/redscope/cases/{case.number}/privacy-notes/prepare/",
        {"pupils": [p.pk for p in pupils_with_other_parents(cast, 1)]},
    )

    assert response.status_code == 400
    assert "No post in this case is marked as a photo of other pupils." in response.content.decode()


def test_a_note_is_sent_over_smtp_only_once_the_head_approves(
    cast: Cast,
    logged: Callable[..., Incident],
    inbox: Inbox,  # noqa: F811
    django_capture_on_commit_callbacks: Any,
) -> None:
    case = photo_case(cast, logged, ["photo_of_others"])
    note = prepare_privacy_notes(
        member(cast, cast.alice), case, pupils_with_other_parents(cast, 1)
    )[0]
    assert inbox.messages == []

    with django_capture_on_commit_callbacks(execute=True):
        approve_privacy_note(member(cast, cast.hana), note, "carer@example.org")

    ((recipients, message),) = inbox.messages
    assert recipients == ["carer@example.org"]
    assert message["Subject"] == "A photo of your child shared online: Redscope Primary School"
    note.refresh_from_db()
    assert note.status == PrivacyNoteStatus.SENT and note.sent_at is not None
    assert note.approved_by == cast.hana
    verbs = list(
        AuditEvent.objects.filter(object_type="privacynote").values_list("verb", flat=True)
    )
    assert verbs == ["approved privacy note", "sent privacy note"]


def test_only_the_head_approves_and_another_school_sees_nothing(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    case = photo_case(cast, logged, ["photo_of_others"])
    (note, *_) = prepare_privacy_notes(
        member(cast, cast.alice), case, pupils_with_other_parents(cast, 1)
    )
    url = f"/s/redscope/cases/{case.number}/privacy-notes/{note.pk}/approve/"

    assert sign_in(client, cast.alice).post(url, {"email": "a@example.org"}).status_code == 403
    assert sign_in(Client(), cast.bob).post(url, {"email": "a@example.org"}).status_code == 404
    assert (
        sign_in(Client(), cast.bob)
        .get(f"/s/redscope/cases/{case.number}/privacy-notes/")
        .status_code
        == 404
    )
    response = sign_in(Client(), cast.hana).post(url, {"email": "not an address"})
    assert (
        "Enter the parent&#x27;s e-mail address, like name@example.com."
        in response.content.decode()
    )
    note.refresh_from_db()
    assert note.approved_at is None
