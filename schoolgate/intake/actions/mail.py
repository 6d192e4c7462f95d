"""E-mail in: a message from the school's inbox or uploaded by staff becomes a concern, once."""

from __future__ import annotations

import hashlib
import imaplib
import logging
import ssl
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from schoolgate.cases.actions import ActionRefused
from schoolgate.cases.evidence import (
    EMAIL_MESSAGE,
    CheckedFile,
    UploadRefused,
    check_size,
    store_file,
)
from schoolgate.intake.actions.concerns import (
    ConcernDetails,
    new_concern,
    send_acknowledgement,
    turn_into_incident,
)
from schoolgate.intake.inbound import read_message
from schoolgate.intake.models import Concern, ConcernSource, MailboxPoll
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import School
from schoolgate.schools.roles import Permission

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class MailboxSettings:
    host: str
    port: int
    user: str
    password: str
    folder: str
    use_tls: bool
    # One slow server must not hold the scheduler: each run stops after this long.
    time_limit_seconds: float

    @classmethod
    def from_settings(cls) -> MailboxSettings:
        return cls(
            host=settings.INTAKE_IMAP_HOST,
            port=settings.INTAKE_IMAP_PORT,
            user=settings.INTAKE_IMAP_USER,
            password=settings.INTAKE_IMAP_PASSWORD,
            folder=settings.INTAKE_IMAP_FOLDER,
            use_tls=settings.INTAKE_IMAP_TLS,
            time_limit_seconds=settings.INTAKE_POLL_SECONDS,
        )


class PollStopped(Exception):
    """A run of the poll stopped early; the message says why, for staff."""


def receive_email(
    school: School, checked: CheckedFile, source: str, *, member: Member | None = None
) -> Concern | None:
    """Make a concern of an e-mail, keeping the message as received; None if already imported.

    The Message-ID says whether a message was read before (a message without one is known by
    its SHA-256), so a poll that stopped half-way, or a file uploaded twice, imports it once.
    """
    message = read_message(checked.data)
    message_id = message.message_id or f"<{checked.sha256}@sha256.schoolgate>"
    with transaction.atomic():
        School.objects.select_for_update().filter(pk=school.pk).first()
        if Concern.objects.filter(school=school, message_id=message_id).exists():
            return None
        store_file(checked)
        concern = new_concern(
            school,
            ConcernDetails(
                name=message.name,
                email=message.address,
                text=message.text or message.subject,
                subject=message.subject,
            ),
            message.address,
            source,
            message_id=message_id,
            raw=checked,
        )
        record_event(
            school,
            member.user if member else None,
            "received e-mail",
            concern,
            {
                "reference": concern.reference,
                "source": source,
                "message_id": message_id,
                "sha256": checked.sha256,
                "withheld": concern.is_withheld,
            },
        )
        # Staff uploading an old message do not want the sender told; an auto-reply gets none.
        if source == ConcernSource.MAILBOX and not message.is_automatic:
            transaction.on_commit(lambda: send_acknowledgement(concern.pk))
    return concern


def import_email(
    member: Member, checked: CheckedFile, *, as_incident: bool, reason: str = ""
) -> Concern:
    """Staff upload an .eml file: it becomes a concern, or an incident when they say it is a breach."""
    if not member.can(Permission.WORK_INTAKE):
        raise ActionRefused("Your role cannot import e-mails.")
    if as_incident and not reason.strip():
        raise ActionRefused("Say which part of the policy the message itself breaches.")
    with transaction.atomic():
        concern = receive_email(member.school, checked, ConcernSource.UPLOAD, member=member)
        if concern is None:
            raise ActionRefused(f"{checked.name} was imported before: it is already a concern.")
        if as_incident:
            turn_into_incident(member, concern, reason)
    return concern


def checked_message(name: str, raw: bytes) -> CheckedFile:
    return CheckedFile(name, raw, EMAIL_MESSAGE, hashlib.sha256(raw).hexdigest())


def poll_mailbox(school: School, mailbox: MailboxSettings) -> MailboxPoll:
    """Read the unread messages in the school's IMAP folder into concerns, within a time limit.

    Each message is marked read only after its concern is saved; one that fails stays unread
    for the next run. What went wrong is kept on the run, which the concerns page shows.
    """
    poll = MailboxPoll.objects.create(school=school)
    deadline = time.monotonic() + mailbox.time_limit_seconds
    problems: list[str] = []
    try:
        with _connect(mailbox) as imap:
            imap.login(mailbox.user, mailbox.password)
            status, _ = imap.select(_quoted(mailbox.folder))
            if status != "OK":
                raise PollStopped(f"The folder {mailbox.folder!r} does not exist.")
            _, found = imap.uid("SEARCH", "UNSEEN")
            uids = found[0].split() if found and found[0] else []
            for index, uid in enumerate(uids):
                if time.monotonic() > deadline:
                    raise PollStopped(
                        f"Stopped after {mailbox.time_limit_seconds:g} seconds; "
                        f"{len(uids) - index} message(s) left for the next run."
                    )
                _, fetched = imap.uid("FETCH", uid, "(BODY.PEEK[])")
                raw = next((part[1] for part in fetched if isinstance(part, tuple)), b"")
                try:
                    check_size(f"message {uid.decode()}", len(raw))
                except UploadRefused as refusal:
                    problems.append(str(refusal))
                    continue
                concern = receive_email(
                    school,
                    checked_message(f"message-{uid.decode()}.eml", raw),
                    ConcernSource.MAILBOX,
                )
                if concern is None:
                    poll.duplicates += 1
                else:
                    poll.imported += 1
                imap.uid("STORE", uid, "+FLAGS", "(\\Seen)")
    except (imaplib.IMAP4.error, OSError, PollStopped) as error:
        problems.append(_describe(error, mailbox))
    poll.error = " ".join(problems)
    poll.finished_at = timezone.now()
    poll.save(update_fields=["imported", "duplicates", "error", "finished_at"])
    if problems:
        logger.warning("Polling the mailbox of %s: %s", school.slug, poll.error)
    return poll


def _connect(mailbox: MailboxSettings) -> imaplib.IMAP4:
    timeout = mailbox.time_limit_seconds
    if mailbox.use_tls:
        return imaplib.IMAP4_SSL(
            mailbox.host, mailbox.port, ssl_context=ssl.create_default_context(), timeout=timeout
        )
    return imaplib.IMAP4(mailbox.host, mailbox.port, timeout=timeout)


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _describe(error: Exception, mailbox: MailboxSettings) -> str:
    if isinstance(error, PollStopped):
        return str(error)
    if isinstance(error, imaplib.IMAP4.error):
        said = error.args[0] if error.args else ""
        said = said.decode("utf-8", "replace") if isinstance(said, bytes) else str(said)
        return f"The mail server refused: {said}"
    return f"Could not reach the mail server at {mailbox.host}:{mailbox.port} ({error})."
