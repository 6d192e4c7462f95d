"""Reviewing the policy: reminders over real SMTP as the review nears and passes, and the review recorded."""

from __future__ import annotations

import datetime as dt
import io
import socket
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from typing import Any

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from schoolgate.policies.actions import ReviewRecord, record_policy_review, with_review
from schoolgate.policies.library import redscope_policy_source
from schoolgate.policies.models import (
    PolicyReview,
    PolicyReviewReminder,
    PolicyVersion,
    ReviewReminderKind,
)
from schoolgate.policies.review_reminders import reminder_due
from schoolgate.schools.access import get_member
from schoolgate.schools.actions import ActionRefused
from schoolgate.schools.models import AuditEvent
from schoolgate.schools.roles import Role
from schoolgate.test import Cast, make_member, sign_in


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def inbox(settings: Any) -> Iterator[Inbox]:
    port = free_port()
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = False
    settings.DEFAULT_FROM_EMAIL = "schoolgate@redscope.example"
    try:
        yield handler
    finally:
        controller.stop()


@pytest.fixture
def reviewers(cast: Cast) -> Cast:
    """Hollowmere keeps no policy here, and Redscope has an account for one of its two reviewers."""
    PolicyVersion.objects.filter(school=cast.school_b).delete()
    make_member(cast.school_a, "cobley@redscope.example", Role.GOVERNOR, "Eve Cobley")
    return cast


def run_reminders(when: dt.datetime) -> str:
    out = io.StringIO()
    with time_machine.travel(when, tick=False):
        call_command("send_policy_review_reminders", stdout=out)
    return out.getvalue()


def on(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T08:00:00+00:00")


def test_reminders_are_due_60_and_14_days_before_and_weekly_once_overdue() -> None:
    due = dt.date(2025, 11, 30)
    assert reminder_due(due, dt.date(2025, 9, 30)) is None
    assert reminder_due(due, dt.date(2025, 10, 1)) == ("60_days", ReviewReminderKind.SIXTY_DAYS)
    assert reminder_due(due, dt.date(2025, 11, 16)) == ("14_days", ReviewReminderKind.FOURTEEN_DAYS)
    assert reminder_due(due, dt.date(2025, 11, 30)) == ("14_days", ReviewReminderKind.FOURTEEN_DAYS)
    assert reminder_due(due, dt.date(2025, 12, 1)) == ("overdue-week-0", ReviewReminderKind.OVERDUE)
    assert reminder_due(due, dt.date(2025, 12, 7)) == ("overdue-week-0", ReviewReminderKind.OVERDUE)
    assert reminder_due(due, dt.date(2025, 12, 8)) == ("overdue-week-1", ReviewReminderKind.OVERDUE)


def test_each_reviewer_is_reminded_once_at_60_and_14_days_then_weekly(
    reviewers: Cast, inbox: Inbox
) -> None:
    assert run_reminders(on("2025-09-30")) == "0 policy review reminder(s) sent.\n"
    assert run_reminders(on("2025-10-01")) == "2 policy review reminder(s) sent.\n"
    assert run_reminders(on("2025-10-02")) == "0 policy review reminder(s) sent.\n"
    assert run_reminders(on("2025-11-16")) == "2 policy review reminder(s) sent.\n"
    assert run_reminders(on("2025-12-01")) == "2 policy review reminder(s) sent.\n"
    assert run_reminders(on("2025-12-05")) == "0 policy review reminder(s) sent.\n"
    assert run_reminders(on("2025-12-08")) == "2 policy review reminder(s) sent.\n"

    assert [to for to, _ in inbox.messages] == [
        ["cobley@redscope.example"],
        ["hana@redscope.example"],
    ] * 4
    subjects = [message["Subject"].replace("\r\n", "") for _, message in inbox.messages[::2]]
    assert subjects == [
        "Redscope Primary School: the policy is due for review by 30 November 2025",
        "Redscope Primary School: the policy is due for review by 30 November 2025",
        "Redscope Primary School: the policy's review is overdue",
        "Redscope Primary School: the policy's review is overdue",
    ]
    body = str(inbox.messages[-1][1].get_payload())
    assert body.startswith(
        "The review of the school's policy was due by 30 November 2025 and is not yet recorded."
    )
    # The e-mail names no one: not the other reviewer, not the recipient's colleagues.
    for name in ("Cobley", "Bradbury", "Hana", "Lomax", "Gail"):
        assert all(
            name not in m.get_payload() and name not in m["Subject"] for _, m in inbox.messages
        )
    events = AuditEvent.objects.filter(verb="sent policy review reminder").order_by("sequence")
    assert [e.details for e in events[:2]] == [
        {"to": "cobley@redscope.example", "reminder": "60_days"},
        {"to": "hana@redscope.example", "reminder": "60_days"},
    ]


def test_a_reminder_the_mail_server_refuses_is_sent_by_the_next_run(
    reviewers: Cast, inbox: Inbox, settings: Any
) -> None:
    port = settings.EMAIL_PORT
    settings.EMAIL_PORT = free_port()  # nothing listens there
    with pytest.raises(CommandError) as refused:
        run_reminders(on("2025-10-01"))
    assert str(refused.value).startswith(
        "2 policy review reminder(s) could not be sent and will be retried by the next run:\n"
        "Redscope Primary School, 60 days before the review, to cobley@redscope.example: "
    )
    assert PolicyReviewReminder.objects.filter(sent_at__isnull=False).count() == 0
    assert PolicyReviewReminder.objects.filter(claimed_at__isnull=False).count() == 0

    settings.EMAIL_PORT = port
    assert run_reminders(on("2025-10-02")) == "2 policy review reminder(s) sent.\n"
    assert run_reminders(on("2025-10-03")) == "0 policy review reminder(s) sent.\n"
    assert len(inbox.messages) == 2


def test_recording_the_review_publishes_a_version_with_the_new_dates(cast: Cast) -> None:
    hana = get_member(cast.hana, "redscope")
    with time_machine.travel(on("2026-11-23"), tick=False):
        review = record_policy_review(
            hana,
            ReviewRecord(
                reviewers=["E. E. Cobley", "  ", "H. Lomax"],
                reviewed_on=dt.date(2026, 11, 10),
                approved_on=dt.date(2026, 11, 18),
                next_review=dt.date(2027, 11, 1),
            ),
        )
        version = PolicyVersion.objects.get(school=cast.school_a, is_published=True)
        status = version.review_status(dt.date(2026, 11, 23))

    assert version.number == 2 and review.published_version == version
    assert review.reviewed_version.number == 1
    assert version.document.review.reviewed == "2026-11"
    assert version.document.review.next_review_date() == dt.date(2027, 11, 30)
    assert version.document.review.reviewers == ["E. E. Cobley", "H. Lomax"]
    assert status.value == "current"
    # Everything but the review block is the school's file word for word.
    old = redscope_policy_source()
    assert version.source.split("overview:")[1] == old.split("overview:")[1]
    event = AuditEvent.objects.get(verb="recorded policy review")
    assert event.details == {
        "reviewed_version": 1,
        "published_version": 2,
        "reviewed_on": "2026-11-10",
        "approved_on": "2026-11-18",
        "next_review": "2027-11",
    }
    call_command("verify_audit", "--school", "redscope", stdout=io.StringIO())


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            ReviewRecord([], dt.date(2026, 11, 10), dt.date(2026, 11, 18), dt.date(2027, 11, 1)),
            "Name at least one reviewer.",
        ),
        (
            ReviewRecord(["A"], dt.date(2026, 11, 10), dt.date(2026, 11, 9), dt.date(2027, 11, 1)),
            "The governing body approves the review on or after its date.",
        ),
        (
            ReviewRecord(["A"], dt.date(2026, 11, 10), dt.date(2026, 11, 18), dt.date(2026, 11, 1)),
            "The next review must come in a later month than this review.",
        ),
        (
            ReviewRecord(["A"], dt.date(2026, 12, 10), dt.date(2026, 12, 18), dt.date(2027, 11, 1)),
            "The review date cannot be in the future.",
        ),
    ],
)
def test_a_review_that_does_not_add_up_is_refused(
    cast: Cast, record: ReviewRecord, message: str
) -> None:
    with time_machine.travel(on("2026-11-23"), tick=False), pytest.raises(ActionRefused) as refused:
        record_policy_review(get_member(cast.hana, "redscope"), record)
    assert str(refused.value) == message
    assert PolicyReview.objects.count() == 0


def test_only_the_head_records_a_review(cast: Cast) -> None:
    record = ReviewRecord(["A"], dt.date(2026, 11, 10), dt.date(2026, 11, 18), dt.date(2027, 11, 1))
    with pytest.raises(ActionRefused) as refused:
        record_policy_review(get_member(cast.gail, "redscope"), record)
    assert str(refused.value) == "Only the headteacher records a review of the policy."


def test_the_head_records_the_review_on_its_page(cast: Cast, client: Client) -> None:
    sign_in(client, cast.hana)
    with time_machine.travel(on("2026-11-23"), tick=False):
        form = client.get("/s/redscope/policy/review/").content.decode()
        response = client.post(
            "/s/redscope/policy/review/",
            {
                "reviewers": "E. E. Cobley\nA Bradbury",
                "reviewed_on": "10/11/2026",
                "approved_on": "18/11/2026",
                "next_review": "11/2027",
            },
            follow=True,
        )
        bad = client.post(
            "/s/redscope/policy/review/",
            {
                "reviewers": "A",
                "reviewed_on": "10/11/2026",
                "approved_on": "18/11/2026",
                "next_review": "2027",
            },
        )

    assert "E. E. Cobley\nA Bradbury</textarea>" in form
    assert "Review recorded; version 2 of the policy is published." in response.content.decode()
    assert "Enter the month and year, for example 11/2027." in bad.content.decode()
    assert (
        PolicyVersion.objects.get(
            school=cast.school_a, is_published=True
        ).document.review.next_review
        == "2027-11"
    )


def test_the_review_page_is_the_heads(cast: Cast, client: Client) -> None:
    assert sign_in(client, cast.gail).get("/s/redscope/policy/review/").status_code == 403
    assert sign_in(Client(), cast.alice).get("/s/redscope/policy/review/").status_code == 403
    assert sign_in(Client(), cast.bob).get("/s/redscope/policy/review/").status_code == 404


def test_a_review_block_in_flow_style_is_refused() -> None:
    source = (
        "schema_version: 1\nreview: {reviewed: 2024-11, next_review: 2025-11, reviewers: [A]}\n"
    )
    with pytest.raises(ActionRefused, match="review section is not a plain block"):
        with_review(
            source,
            ReviewRecord(["A"], dt.date(2026, 1, 1), dt.date(2026, 1, 2), dt.date(2027, 1, 1)),
        )
