"""Letters in the school's voice: kinds, their fields, the default wording, and rendering to PDF."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import models
from django.template.loader import render_to_string


class LetterKind(models.TextChoices):
    INVITATION = "invitation", "Invitation to meet"
    WRITTEN_WARNING = "written_warning", "Written warning"
    FOLLOW_UP = "follow_up", "Follow-up after the removal deadline"
    MONITORED_MAILBOX = "monitored_mailbox", "Notice: e-mail now goes to a monitored mailbox"
    POLICE_COVER = "police_cover", "Cover letter for the police"
    ADVISER_SUMMARY = "adviser_summary", "Summary for the member of staff's adviser"


# Letters written to the parent or carer who posted; the others go to the police or an adviser.
LETTERS_TO_PARENT = frozenset(
    {
        LetterKind.INVITATION,
        LetterKind.WRITTEN_WARNING,
        LetterKind.FOLLOW_UP,
        LetterKind.MONITORED_MAILBOX,
    }
)
# Letters that name a date by which the posts must come down.
LETTERS_WITH_DEADLINE = frozenset({LetterKind.WRITTEN_WARNING, LetterKind.FOLLOW_UP})

# Every field a letter may name, and what it becomes: shown to staff beside the editor.
FIELD_DESCRIPTIONS = {
    "parent_name": "The parent or carer who posted",
    "school_name": "The school's name",
    "school_email": "The school office's e-mail address",
    "today": "The date the letter is sent",
    "signatory": "The name and role of the member of staff who writes the letter",
    "case_number": "The case's number",
    "posts": "The posts, quoted, each with where and when it was posted and the policy lines it breaches",
    "removal_deadline": "The date by which the posts must be removed",
    "next_steps": "What the school will do next: the later steps of its policy, in its words",
    "complaints_route": "The school's formal complaints route, in the policy's words",
    "warning_date": "The date of the written warning",
    "blocked_address": "The e-mail address or domain whose messages now go to a monitored mailbox",
    "monitored_mailbox": "The address that still reaches the school",
    "timeline": "The case so far: each post and each step, with its date",
    "staff_name": "The member of staff the posts are about",
    "first_published": "The date the first post was published (or, if not known, captured)",
}
COMMON_FIELDS = ("parent_name", "school_name", "school_email", "today", "signatory", "case_number")
LETTER_FIELDS: dict[LetterKind, tuple[str, ...]] = {
    LetterKind.INVITATION: (*COMMON_FIELDS, "posts", "complaints_route"),
    LetterKind.WRITTEN_WARNING: (
        *COMMON_FIELDS,
        "posts",
        "removal_deadline",
        "next_steps",
        "complaints_route",
    ),
    LetterKind.FOLLOW_UP: (
        *COMMON_FIELDS,
        "posts",
        "warning_date",
        "removal_deadline",
        "next_steps",
        "complaints_route",
    ),
    LetterKind.MONITORED_MAILBOX: (*COMMON_FIELDS, "blocked_address", "monitored_mailbox"),
    LetterKind.POLICE_COVER: (*COMMON_FIELDS, "posts", "timeline"),
    LetterKind.ADVISER_SUMMARY: (
        *COMMON_FIELDS,
        "staff_name",
        "posts",
        "timeline",
        "first_published",
    ),
}

# A field is a name in braces: {parent_name}. Anything in braces is read as a field, so a word
# in braces that is not one of the letter's fields is refused rather than printed as it stands.
PLACEHOLDER = re.compile(r"\{([^{}\n]*)\}")


class LetterRefused(ValueError):
    """Wording that cannot become a letter; the message names what is wrong."""


def fields_named(text: str) -> list[str]:
    """The field names in `text`, in order of first appearance."""
    return list(dict.fromkeys(match.group(1) for match in PLACEHOLDER.finditer(text)))


def check_wording(kind: str, *texts: str) -> None:
    """Refuse wording that names a field the letter kind does not declare, naming the field."""
    allowed = LETTER_FIELDS[LetterKind(kind)]
    unknown = [name for text in texts for name in fields_named(text) if name not in allowed]
    if unknown:
        named = ", ".join("{" + name + "}" for name in dict.fromkeys(unknown))
        usable = ", ".join("{" + name + "}" for name in allowed)
        noun = "field" if len(set(unknown)) == 1 else "fields"
        label = LetterKind(kind).label.lower()
        article = "An" if label[0] in "aeiou" else "A"
        raise LetterRefused(f"{article} {label} has no {noun} {named}. Use only {usable}.")


def fill(text: str, values: dict[str, str]) -> str:
    """Put each field's value in place, once: a value that itself holds braces stays as it is."""
    return PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), text)


@dataclass(frozen=True)
class LetterContent:
    """A letter ready to print: the letterhead, the recipient, the date and the filled wording."""

    school_name: str
    school_address: str
    school_email: str
    recipient_name: str
    recipient_address: str
    date: str
    subject: str
    body: str
    reference: str = ""

    @property
    def paragraphs(self) -> list[dict[str, object]]:
        return paragraphs_of(self.body)


def paragraphs_of(body: str) -> list[dict[str, object]]:
    """Split wording at blank lines; a paragraph whose every line starts with ">" is a quotation.

    Each paragraph is `{"lines": [...], "is_quote": bool}`, so PDF, page and DOCX lay it out alike.
    """
    paragraphs = []
    for block in re.split(r"\n\s*\n", body.replace("\r\n", "\n").strip()):
        lines = block.split("\n")
        is_quote = all(line.startswith(">") for line in lines)
        if is_quote:
            lines = [line[1:].removeprefix(" ") for line in lines]
        paragraphs.append({"lines": lines, "is_quote": is_quote})
    return paragraphs


def letter_pdf(content: LetterContent) -> bytes:
    """The letter as PDF, on the school's letterhead."""
    # WeasyPrint loads its native libraries on import, and the models import this module for
    # LetterKind: load it only when a letter is rendered.
    from schoolgate.documents.pdf import html_to_pdf

    return html_to_pdf(render_to_string("documents/letter.html", {"letter": content}))


# The wording each school starts from, in the school's voice and the policy's own words.
# Staff change it per school on the letter templates page; these stay as the fallback.
DEFAULT_WORDING: dict[LetterKind, tuple[str, str]] = {
    LetterKind.INVITATION: (
        "An invitation to talk about a post on social media",
        """Dear {parent_name},

We have seen the following on social media and would like to talk to you about it:

{posts}

{school_name} will always try to deal with concerns raised by parents in a professional and appropriate manner, and we understand that parents may not always realise when they have used social networking sites inappropriately. As a first step, we would like to discuss the matter with you, to try to resolve it and to ask that the post be removed.

Please contact the school office at {school_email} to arrange a time to meet. If you have a concern about the school, we want to hear it: {complaints_route}

Yours sincerely,

{signatory}""",
    ),
    LetterKind.WRITTEN_WARNING: (
        "A written warning about your posts on social media",
        """Dear {parent_name},

We are writing to set out the school's concerns to you in writing, to give you a warning and to ask that the material in question is removed.

Our policy on parents' use of social networking sites explains that social media should not be used to name individual pupils or staff, or to make abusive comments about them. The posts below breach that policy, for the reasons given with each:

{posts}

Please remove these posts by {removal_deadline}.

If the posts are not removed, or if posts of this kind continue, the school will consider taking the following action, as its policy sets out:

{next_steps}

If you have a concern or complaint about the school, please raise it with us directly. {complaints_route} You can ask the school office at {school_email} for a copy of the complaints procedure.

Yours sincerely,

{signatory}""",
    ),
    LetterKind.FOLLOW_UP: (
        "Your posts on social media: the deadline has passed",
        """Dear {parent_name},

On {warning_date} we wrote to you with a warning about your posts on social media, and asked you to remove them by {removal_deadline}. That date has passed and the following posts are still published:

{posts}

We ask you again to remove them straight away. As our policy sets out, the school will now consider taking the following action:

{next_steps}

If you have a concern or complaint about the school, please raise it with us directly. {complaints_route}

Yours sincerely,

{signatory}""",
    ),
    LetterKind.MONITORED_MAILBOX: (
        "Your e-mails to the school",
        """Dear {parent_name},

As our policy on parents' use of social networking sites allows, e-mails that the school receives from {blocked_address} will no longer be passed to individual members of staff. They will go to a mailbox that the school monitors.

This does not stop you contacting the school about your child, raising a complaint, or making a subject access or freedom of information request: these will still be read and answered within the time the law allows. You can also write to {monitored_mailbox}.

Yours sincerely,

{signatory}""",
    ),
    LetterKind.POLICE_COVER: (
        "Referral from {school_name}: case {case_number}",
        """Dear Officer,

{school_name} is referring the following matter to you. Our policy on parents' use of social networking sites asks us to contact the police where we consider a crime may have been committed, or where a posting has a racial element, is considered to be grossly obscene or is threatening violence.

The posts, as captured by the school:

{posts}

What has happened so far:

{timeline}

The posts were made by {parent_name}. The school has kept each screenshot unaltered with its SHA-256 fingerprint, and can provide the evidence bundle on request. The school has taken, or will take, its own legal advice, and nothing in this letter is a legal conclusion.

Please contact {signatory} at {school_email}, quoting case {case_number}.

Yours faithfully,

{signatory}""",
    ),
    LetterKind.ADVISER_SUMMARY: (
        "Posts on social media about {staff_name}: a summary for your adviser",
        """This summary is for {staff_name}, to share with their union, insurer or solicitor.

The school does not bring claims for defamation on behalf of its staff: a claim, if one is made, is for the member of staff who has been written about, on the advice of their own adviser. The school will support that by providing the evidence it holds. Nothing here is legal advice. Time limits apply: a claim for defamation must normally be brought within one year of the first publication, which here was {first_published}.

The posts, as captured by the school:

{posts}

What the school has done so far:

{timeline}

The posts were made by {parent_name}. For the school's copy of the evidence, contact {signatory} at {school_email}, quoting case {case_number}.

{signatory}""",
    ),
}
