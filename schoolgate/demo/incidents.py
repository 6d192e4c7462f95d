"""Fictional incidents and cases for the demo, so the triage queue and case files look lived in."""

from __future__ import annotations

import datetime as dt
import io
import textwrap
from dataclasses import dataclass, field

from django.utils import timezone
from PIL import Image, ImageDraw

from schoolgate.cases.actions import (
    IncidentReport,
    StepRecord,
    add_to_case,
    approve_step,
    close_case,
    confirm_indicator,
    dismiss_incident,
    log_incident,
    open_case,
    record_skip_reason,
    record_step,
    screen_incident,
)
from schoolgate.cases.actions.cases import CaseIndicator
from schoolgate.cases.actions.letters import LetterDraft, edit_letter, finish_letter, start_letter
from schoolgate.cases.evidence import check_upload
from schoolgate.cases.models import Incident, LetterStatus
from schoolgate.documents.letters import LetterKind
from schoolgate.schools.access import Member
from schoolgate.schools.models import Person, School

PLATFORM_COLOURS = {
    "facebook": "#1877f2",
    "x": "#0f1419",
    "instagram": "#c13584",
    "whatsapp": "#128c7e",
}


@dataclass
class DemoPost:
    key: str
    platform: str
    text: str
    poster: str = ""
    handle: str = ""
    targets: list[str] = field(default_factory=list)
    shown: str = "2h"


def screenshot(post: DemoPost, display_name: str) -> bytes:
    """Draw a plain, fictional social-media post as a PNG, the way staff would screenshot it."""
    lines = textwrap.wrap(post.text, 58)
    height = 150 + 26 * len(lines)
    image = Image.new("RGB", (760, height), "white")
    draw = ImageDraw.Draw(image)
    colour = PLATFORM_COLOURS.get(post.platform, "#444444")
    draw.rectangle((0, 0, 760, 36), fill=colour)
    draw.text((16, 8), f"{post.platform.title()} · demo screenshot", fill="white", font_size=18)
    draw.ellipse((16, 50, 64, 98), fill="#cccccc")
    draw.text((76, 52), display_name, fill="black", font_size=20)
    draw.text(
        (76, 78),
        f"{post.handle or '@' + display_name.lower().replace(' ', '')} · {post.shown}",
        fill="#666666",
        font_size=16,
    )
    for number, line in enumerate(lines):
        draw.text((16, 112 + 26 * number), line, fill="black", font_size=20)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def demo_posts(school: School) -> list[DemoPost]:
    people = Person.objects.filter(school=school)
    head = people.get(role="Headteacher")
    year3 = people.get(role="Class teacher, Year 3")
    year5 = people.get(role="Class teacher, Year 5")
    pupil = people.filter(kind="pupil", year_group="4").first()
    assert pupil is not None
    return [
        DemoPost(
            "pickup",
            "facebook",
            "The new pick-up rules are a joke. Standing in the rain for 20 minutes while the gates stay shut. Who thought this was a good idea?",
            poster="R001",
        ),
        DemoPost(
            "trip",
            "whatsapp",
            "Does anyone know when the Year 2 trip money is due? Lost the letter again!",
            poster="R002",
            shown="Tuesday 08:12",
        ),
        DemoPost(
            "year3",
            "facebook",
            f"Is it true {year3.title} {year3.last_name} shouts at the kids until they cry? My daughter comes home in bits every day.",
            poster="R003",
            targets=[year3.person_id],
        ),
        DemoPost(
            "nativity",
            "facebook",
            "Look at the whole class in the nativity!! So proud of all of them [photo]",
            poster="R004",
        ),
        DemoPost(
            "dojo",
            "instagram",
            "Saved this from Dojo, the Year 1 trip photos are so cute, all the kids together #proud",
            handle="@kayleigh_mum_of_3",
        ),
        DemoPost(
            "threat",
            "x",
            f"If {head.title} {head.last_name} excludes my son again someone should sort her out. I know where she parks.",
            poster="R005",
            targets=[head.person_id],
            shown="21:47",
        ),
        DemoPost(
            "drunk",
            "facebook",
            f"Everyone knows {head.title} {head.last_name} comes in hungover, she was drunk at the summer fair too.",
            poster="R006",
            targets=[head.person_id],
        ),
        DemoPost(
            "drunk2",
            "facebook",
            f"Still defending {head.title} {head.last_name}? She was stinking of wine at parents evening. Disgrace.",
            poster="R006",
            targets=[head.person_id],
            shown="1d",
        ),
        DemoPost(
            "foreign",
            "facebook",
            "Too many foreign families at this school now, they should go back where they came from.",
            handle="@realparent1984",
        ),
        DemoPost(
            "praise",
            "facebook",
            f"Huge thanks to {year5.title} {year5.last_name} and the Year 5 team for the brilliant science week!",
            poster="R007",
            targets=[year5.person_id],
        ),
        DemoPost(
            "homework",
            "whatsapp",
            f"{year5.title} {year5.last_name} sets pointless homework and never marks it. Useless.",
            poster="R008",
            targets=[year5.person_id],
        ),
        DemoPost(
            "pupil",
            "instagram",
            f"That {pupil.first_name} {pupil.last_name} is a little thug, keep your kids away from him.",
            poster="R009",
            targets=[pupil.person_id],
        ),
        DemoPost(
            "car",
            "facebook",
            "The school car park is a death trap at 3pm and nobody at that school answers e-mails about it.",
            poster="R010",
            shown="3d",
        ),
    ]


def load_demo_incidents(school: School, dsl: Member, head: Member) -> int:
    """Log the demo incidents and walk a few cases to different steps; skip if already there."""
    if Incident.objects.filter(school=school).exists():
        return 0
    people = {p.person_id: p for p in Person.objects.filter(school=school)}
    logged: dict[str, Incident] = {}
    for post in demo_posts(school):
        poster = people.get(post.poster) if post.poster else None
        name = poster.display_name if poster else post.handle.lstrip("@")
        report = IncidentReport(
            platform=post.platform,
            text=post.text,
            account_handle=post.handle,
            display_name=name,
            posted_at_shown=post.shown,
            capture_method="Screenshot on school laptop",
            poster=poster,
            targets=[people[t] for t in post.targets],
            screenshots=[(check_upload(f"{post.key}.png", screenshot(post, name)), "post")],
        )
        logged[post.key] = log_incident(dsl, report)
        screen_incident(logged[post.key].pk)
    for key in logged:
        logged[key].refresh_from_db()

    dismiss_incident(dsl, logged["praise"], "Praise for staff: appropriate under the policy.")
    dismiss_incident(dsl, logged["trip"], "A neutral question between parents; no breach.")

    # Case 1: talked to the parent, who took the post down.
    case = open_case(dsl, logged["homework"])
    record_step(
        dsl,
        case,
        StepRecord(
            "informal_discussion",
            note="Phoned the parent; they removed the post and will e-mail concerns instead.",
            details={
                "date": timezone.localdate().isoformat(),
                "attended": "Parent, DSL",
                "outcome": "agreed_to_remove",
            },
        ),
    )
    close_case(dsl, case, "removed_after_discussion", "Post removed the same day.")

    # Case 2: repeated posts about the head: discussion refused, warning sent, removal deadline pending.
    case = open_case(dsl, logged["drunk"])
    add_to_case(dsl, logged["drunk2"], case)
    record_step(
        dsl,
        case,
        StepRecord(
            "informal_discussion",
            note="Parent refused to remove the posts.",
            details={"outcome": "refused", "attended": "Parent, DSL, headteacher"},
        ),
    )
    # The warning is written in Schoolgate from the school's wording, then printed and posted:
    # that records the step, with the letter's PDF kept as evidence and its hash on the step.
    letter = start_letter(dsl, case, LetterKind.WRITTEN_WARNING)
    edit_letter(
        dsl,
        letter,
        LetterDraft(
            subject=letter.subject,
            body=letter.body,
            recipient_name=letter.recipient_name,
            recipient_address="14 Orchard Row\nRedscope RS2 4QT",
            removal_deadline=letter.removal_deadline,
        ),
    )
    finish_letter(dsl, letter, LetterStatus.PRINTED)

    # Case 3: a threat. The DSL confirms the police indicator, which lifts discussion-first, and
    # asks the head's approval before referring (no one is in immediate danger).
    case = open_case(dsl, logged["threat"])
    confirm_indicator(
        dsl, case, CaseIndicator.POLICE, "A specific threat to a named teacher at the gate."
    )
    record_step(
        dsl,
        case,
        StepRecord(
            "police_referral",
            checklist={"evidence_kept": True, "course_of_conduct": False, "content_still_up": True},
            details={
                "immediate_danger": False,
                "triggers": ["threatening_violence"],
                "evidence": {
                    "threatening_violence": "The post names the teacher and the school gate."
                },
                "force": "Redscope Constabulary (fictional)",
            },
        ),
    )

    # Case 4: platform report whose response window has passed (shows as overdue).
    case = open_case(dsl, logged["pupil"])
    record_step(
        dsl,
        case,
        StepRecord(
            "informal_discussion",
            details={"outcome": "continued"},
            note="Parent would not discuss it.",
        ),
    )
    record_step(
        dsl,
        case,
        StepRecord(
            "platform_report",
            details={
                "platform": "instagram",
                "route": "In-app report: bullying",
                "reference": "IG-DEMO-7781",
                "outcome": "",
            },
            due_at=timezone.now() - dt.timedelta(days=1),
            due_reason="Platform's response window",
        ),
    )

    # Case 5: an unknown account posting hate; the head approves blocking and reports it.
    case = open_case(head, logged["foreign"])
    record_skip_reason(head, case, "The account is anonymous: there is no parent to talk to first.")
    record_step(
        head,
        case,
        StepRecord(
            "platform_report",
            details={
                "platform": "facebook",
                "route": "In-app report: hate speech",
                "reference": "FB-DEMO-2210",
                "outcome": "removed",
            },
        ),
    )
    approve_pending = case.steps.filter(status="awaiting_approval")
    for step in approve_pending:
        approve_step(head, step, approve=True)
    return len(logged)
