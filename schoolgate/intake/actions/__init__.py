"""What the intake part does, one module per job: concerns, e-mail in, and the blocklist."""

from __future__ import annotations

from schoolgate.intake.actions.blocklist import blocklist_csv, blocklist_sieve, x_blocks
from schoolgate.intake.actions.concerns import (
    ConcernDetails,
    assign_concern,
    close_concern,
    raise_concern,
    reply_to_concern,
    turn_into_incident,
)
from schoolgate.intake.actions.mail import import_email, poll_mailbox, receive_email

__all__ = [
    "ConcernDetails",
    "assign_concern",
    "blocklist_csv",
    "blocklist_sieve",
    "close_concern",
    "import_email",
    "poll_mailbox",
    "raise_concern",
    "receive_email",
    "reply_to_concern",
    "turn_into_incident",
    "x_blocks",
]
