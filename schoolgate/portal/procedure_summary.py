"""What the school will do, in plain words, for the steps the school's own procedure holds."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from schoolgate.policies.schema import PolicyDocument
from schoolgate.policies.steps import StepKind

PLAIN_STEPS: dict[str, Promise] = {
    StepKind.INFORMAL_DISCUSSION: _(
        "First, someone from the school talks with you, to sort it out together and ask you to "
        "take the post down."
    ),
    StepKind.WRITTEN_WARNING: _(
        "If the post stays up or more follow, the school writes to you with a warning and asks "
        "again for it to be removed."
    ),
    StepKind.PLATFORM_REPORT: _("The school asks the website or app to remove the post."),
    StepKind.BLOCK_ON_X: _("The school blocks the account on X (Twitter)."),
    StepKind.BLOCK_EMAIL: _(
        "The school may stop e-mails from the sender reaching staff (formal complaints and "
        "requests for your information still get through)."
    ),
    StepKind.LEGAL_ADVICE: _("The school takes legal advice."),
    StepKind.LEGAL_ACTION: _("The school or the person named may take legal action."),
    StepKind.OTHER_LEGAL_ACTION: _("The school may take other legal action."),
    StepKind.POLICE_REFERRAL: _(
        "The school contacts the police when it believes a crime may have been committed, such as "
        "harassment, a threat of violence, a racist post or a grossly obscene one."
    ),
}


def what_the_school_will_do(document: PolicyDocument) -> list[Promise]:
    """One plain sentence per kind of step in the school's procedure, in the procedure's order."""
    sentences: list[Promise] = []
    for step in document.procedure.steps:
        sentence = PLAIN_STEPS.get(step.kind)
        if sentence is not None and sentence not in sentences:
            sentences.append(sentence)
    return sentences
