"""What the incident page shows of a screening: marked words, categories and flags in staff's
words, the people named as the roster describes them, and the police indicators."""

from __future__ import annotations

from typing import Any

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from schoolgate.cases.models import Incident
from schoolgate.cases.tasks import is_screening_queued
from schoolgate.schools.access import Member
from schoolgate.schools.models import Person
from schoolgate.schools.roles import Permission
from schoolgate.screening import CATEGORY_IDS, POLICE_FLAGS
from schoolgate.screening.assessment import one_per_person
from schoolgate.screening.categories import (
    PERSON_KIND_WORDS,
    POLICE_ADVICE,
    POLICE_INDICATOR_WORDS,
    person_words,
    words_for,
)


def labels_of(categories: list[str]) -> list[str]:
    return [words_for(category) for category in categories]


def highlight(text: str, spans: list[dict[str, Any]]) -> SafeString:
    """The screened text with each evidence span in a <mark>; every piece escaped."""
    pieces: list[str] = []
    cursor = 0
    usable = sorted(
        (s for s in spans if "image" not in s and 0 <= s["start"] < s["end"] <= len(text)),
        key=lambda s: (s["start"], -s["end"]),
    )
    for span in usable:
        if span["start"] < cursor:
            continue  # nested or overlapping spans are listed under the text instead
        pieces.append(format_html("{}", text[cursor : span["start"]]))
        pieces.append(
            format_html(
                '<mark class="sg-span" title="{}: {}">{}<span class="govuk-visually-hidden"> ({})</span></mark>',
                words_for(span["label"]),
                span["why"],
                text[span["start"] : span["end"]],
                words_for(span["label"]),
            )
        )
        cursor = span["end"]
    pieces.append(format_html("{}", text[cursor:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece above went through format_html


def screening_context(member: Member, incident: Incident) -> dict[str, Any]:
    screenings = list(incident.screenings.all())
    current = next((s for s in screenings if s.is_current), None)
    context: dict[str, Any] = {
        "member": member,
        "incident": incident,
        "screening": current,
        "earlier_screenings": [
            {"screening": s, "labels": labels_of(s.decided_categories())}
            for s in screenings
            if not s.is_current
        ],
        "can_review": member.can(Permission.WORK_INTAKE),
    }
    if current is None:
        context.update(screening_wait(incident))
        return context
    reviews: dict[str, Any] = {}
    for review in incident.reviews.select_related("reviewed_by"):
        reviews[review.category] = review
    assessment = current.assessment
    spans = [{**s, "words": words_for(s["label"])} for s in assessment.get("spans", [])]
    flags = assessment.get("flags", [])
    context.update(
        {
            "highlighted": highlight(current.screened_text, assessment.get("spans", [])),
            "spans": [s for s in spans if "image" not in s],
            "image_spans": [s for s in spans if "image" in s],
            "categories": [
                {
                    "id": c,
                    "label": words_for(c),
                    "review": reviews.get(c),
                    "applies": reviews[c].applies
                    if c in reviews
                    else assessment["categories"][c]["decided"],
                    **assessment["categories"][c],
                }
                for c in CATEGORY_IDS
                if c in assessment.get("categories", {})
            ],
            "people": people_named(member, assessment.get("people", [])),
            "flags": [
                {"words": words_for(flag), "is_police": flag in POLICE_FLAGS} for flag in flags
            ],
            "police_indicators": [
                POLICE_INDICATOR_WORDS[flag] for flag in flags if flag in POLICE_INDICATOR_WORDS
            ],
            "police_advice": POLICE_ADVICE,
            "analyzer_errors": assessment.get("errors", []),
            "unread_note": unread_note(assessment),
            "is_offensive": bool(incident.categories) or bool(current.decided_categories()),
        }
    )
    return context


def people_named(member: Member, identified: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each person named, once, with the words that name them and who they are as the school's
    roster describes them."""
    ids = {p["person_id"] for p in identified if p.get("person_id")}
    ids |= {c["person_id"] for p in identified for c in p.get("candidates", [])}
    on_roster = {
        person.person_id: person_words(person)
        for person in Person.objects.filter(school=member.school, person_id__in=ids)
    }
    people = []
    for words, identification in one_per_person(
        identified, lambda p: p.get("person_id"), lambda p: p.get("text", "")
    ):
        # A person since removed from the roster still reads as the engine named them.
        found = on_roster.get(identification.get("person_id") or "") or identification.get(
            "roster_label", ""
        )
        candidates = [
            on_roster[c["person_id"]]
            for c in identification.get("candidates", [])
            if c["person_id"] in on_roster
        ]
        if found:
            who = found
        elif candidates:
            who = "could be " + "; or ".join(candidates)
        else:
            kind = PERSON_KIND_WORDS.get(identification.get("kind", ""), "person").lower()
            who = f"a {kind} not on the roster"
        people.append({"words": words, "who": who})
    return people


def unread_note(assessment: dict[str, Any]) -> str:
    """Say how much of a post longer than the engine reads was left unread."""
    if not assessment.get("truncated_at"):
        return ""
    return (
        f"Only the first {assessment['truncated_at']:,} characters were screened; "
        f"{assessment['unread_characters']:,} characters were not read."
    )


def screening_wait(incident: Incident) -> dict[str, Any]:
    """Whether to keep polling for the screening, or say why it failed."""
    if incident.screening_error:
        return {"screening_failure": incident.screening_error}
    if is_screening_queued(incident):
        return {"is_screening_queued": True}
    return {"screening_failure": "the screening task ended without a result."}
