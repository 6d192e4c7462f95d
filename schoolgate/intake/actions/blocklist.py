"""The blocklist as the school's mail server and spreadsheets read it: CSV and a Sieve script."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from schoolgate.cases.actions import ActionRefused
from schoolgate.cases.models import BlockedSender, Step
from schoolgate.policies.steps import StepKind
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.roles import Permission
from schoolgate.screening.roster import neutralise_formula

# The words a statutory request carries (as cases.actions.blocks.STATUTORY_REQUEST): the Sieve
# script leaves such messages in the inbox, since the statutory routes are never blocked.
# Sieve's :contains has no word boundaries, so "SAR" also matches "Sarah": it errs toward the inbox.
STATUTORY_SUBJECT_WORDS = (
    "subject access",
    "freedom of information",
    "formal complaint",
    "data protection",
    "SAR",
    "FOI",
)
# Blocked mail is filed here for the DSL to read, never discarded.
WITHHELD_FOLDER = "Withheld"


@dataclass(frozen=True)
class XBlock:
    handle: str
    date: str
    case_number: int


def active_blocks(member: Member) -> list[BlockedSender]:
    return list(
        BlockedSender.objects.filter(school=member.school, is_active=True)
        .select_related("step__case")
        .order_by("address")
    )


def x_blocks(member: Member) -> list[XBlock]:
    """Blocks on X recorded as steps, with the handle and the date the case gave."""
    steps = Step.objects.filter(
        case__school=member.school, kind=StepKind.BLOCK_ON_X
    ).select_related("case")
    return [
        XBlock(
            handle=str(step.details.get("handle", "")),
            date=str(step.details.get("date", "")) or f"{step.taken_at:%Y-%m-%d}",
            case_number=step.case.number,
        )
        for step in steps.order_by("taken_at", "pk")
    ]


def _require_blocklist(member: Member) -> None:
    if not member.can(Permission.SEE_CASES):
        raise ActionRefused("Only the DSL and the headteacher export the blocklist.")


def blocklist_csv(member: Member) -> str:
    """Every active block as CSV, recorded in the audit chain as an export."""
    _require_blocklist(member)
    with transaction.atomic():
        blocks = active_blocks(member)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["address", "blocked_on", "case", "step"])
        for block in blocks:
            writer.writerow(
                [
                    neutralise_formula(block.address),
                    f"{timezone.localtime(block.created_at):%Y-%m-%d}",
                    block.step.case.number,
                    block.step.step_id,
                ]
            )
        record_event(
            member.school,
            member.user,
            "exported blocklist",
            None,
            {"format": "csv", "count": len(blocks)},
        )
    return out.getvalue()


def _sieve_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def blocklist_sieve(member: Member) -> str:
    """A Sieve script (RFC 5228) filing blocked senders' mail in a monitored folder."""
    _require_blocklist(member)
    with transaction.atomic():
        blocks = active_blocks(member)
        addresses = [b.address for b in blocks if not b.address.startswith("@")]
        domains = [b.address[1:] for b in blocks if b.address.startswith("@")]
        lines = [
            f"# Blocklist of {member.school.name}, exported by Schoolgate on "
            f"{timezone.localtime():%Y-%m-%d %H:%M}.",
            f'# Blocked senders\' mail is filed in "{WITHHELD_FOLDER}" for the DSL, never discarded.',
            "# Subject access and freedom-of-information requests and formal complaints always",
            "# reach the inbox: the statutory routes are never blocked.",
            'require ["fileinto", "mailbox"];',
        ]
        tests = []
        if addresses:
            tests.append(f'address :is "from" [{", ".join(map(_sieve_string, addresses))}]')
        if domains:
            tests.append(f'address :domain :is "from" [{", ".join(map(_sieve_string, domains))}]')
        if tests:
            words = ", ".join(map(_sieve_string, STATUTORY_SUBJECT_WORDS))
            lines += [
                f"if allof (anyof ({', '.join(tests)}),",
                f'          not header :contains "subject" [{words}]) {{',
                f"    fileinto :create {_sieve_string(WITHHELD_FOLDER)};",
                "    stop;",
                "}",
            ]
        else:
            lines.append("# No sender is blocked.")
        record_event(
            member.school,
            member.user,
            "exported blocklist",
            None,
            {"format": "sieve", "count": len(blocks)},
        )
    return "\n".join(lines) + "\n"
