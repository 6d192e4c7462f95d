"""How to report a post to each platform and where to escalate, as data: routes, filers, fields."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import models

# Report Harmful Content takes a case once a platform has not acted for a week; the
# Professionals Online Safety Helpline asks the same, so both are offered after 7 days.
PLATFORM_ACTION_WAIT = datetime.timedelta(days=7)
# Report Harmful Content reviews a report only after the platform has had 48 hours with it.
RHC_PLATFORM_WAIT = datetime.timedelta(hours=48)


class FilingAuthority(models.TextChoices):
    """Whose report it is: some routes take reports only from the person affected."""

    SCHOOL = "school", "The school, as a witness to the post"
    AFFECTED_PERSON = "affected_person", "The person affected, filing it themselves"
    ON_BEHALF_WITH_CONSENT = (
        "on_behalf_with_consent",
        "A member of staff, on the affected person's behalf and with their consent",
    )


class PackField(models.TextChoices):
    """The facts a report form asks for; the case fills in each one."""

    POST_URL = "post_url", "Link to the post"
    HANDLE = "handle", "Account that posted it"
    PROFILE_URL = "profile_url", "Link to the account"
    WORDS = "words", "The words of the post"
    GROUND = "ground", "What it breaches"
    POSTED_ON = "posted_on", "When it was posted"
    RELATIONSHIP = "relationship", "Your relationship to the person targeted"
    COUNTRY = "country", "Country"
    LAW = "law", "Law relied on"
    EVIDENCE = "evidence", "Evidence kept"


ANYONE = frozenset(FilingAuthority)
AFFECTED_ONLY = frozenset({FilingAuthority.AFFECTED_PERSON, FilingAuthority.ON_BEHALF_WITH_CONSENT})
F = PackField


@dataclass(frozen=True)
class Route:
    """One way to report to one platform: where it is, who may use it and what it asks."""

    id: str
    platform: str
    name: str
    where: str
    address: str
    may_file: frozenset[FilingAuthority]
    fields: tuple[PackField, ...]
    note: str = ""

    @property
    def is_for_affected_person_only(self) -> bool:
        return FilingAuthority.SCHOOL not in self.may_file


ROUTES: tuple[Route, ...] = (
    Route(
        "facebook_report",
        "Facebook",
        "Report the post (bullying or harassment, hate speech)",
        "On the post: the three dots (…), then Report post, then choose the closest reason.",
        "https://www.facebook.com/help/263149623790594",
        ANYONE,
        (F.POST_URL, F.HANDLE, F.WORDS, F.GROUND),
    ),
    Route(
        "facebook_defamation",
        "Facebook",
        "Defamation or privacy report form (Meta legal removal)",
        "Help Centre: Privacy, safety and security, then Report a legal issue, then Defamation.",
        "https://www.facebook.com/help/contact/430253071144967",
        AFFECTED_ONLY,
        (F.POST_URL, F.HANDLE, F.WORDS, F.LAW, F.COUNTRY, F.RELATIONSHIP, F.EVIDENCE),
        "Meta asks for the law relied on, an explanation and any documents.",
    ),
    Route(
        "instagram_report",
        "Instagram",
        "Report the post or account",
        "On the post: the three dots (…), then Report, then choose the closest reason.",
        "https://help.instagram.com/192435014247952",
        ANYONE,
        (F.POST_URL, F.HANDLE, F.WORDS, F.GROUND, F.EVIDENCE),
    ),
    Route(
        "instagram_legal",
        "Instagram",
        "Meta legal form (defamation, privacy, impersonation)",
        "Help Centre: Privacy, safety and security, then Report something, then a legal issue.",
        "https://help.instagram.com/contact/653100351788502",
        AFFECTED_ONLY,
        (F.POST_URL, F.HANDLE, F.WORDS, F.LAW, F.COUNTRY, F.RELATIONSHIP, F.EVIDENCE),
    ),
    Route(
        "x_abuse",
        "X",
        "Report abusive behaviour",
        "From the post, profile or message: the three dots (…), then Report post.",
        "https://help.x.com/forms/abusive-user",
        AFFECTED_ONLY,
        (F.POST_URL, F.HANDLE, F.WORDS, F.GROUND, F.RELATIONSHIP),
        "X takes abuse reports from the person affected or their representative; add the posts "
        "around it for context. A blocked account can still see public posts: mute as well.",
    ),
    Route(
        "tiktok_report",
        "TikTok",
        "Report the video or comment",
        "On the video or comment: press and hold (or Share), then Report.",
        "https://www.tiktok.com/legal/report/feedback",
        ANYONE,
        (F.POST_URL, F.HANDLE, F.WORDS, F.GROUND),
    ),
    Route(
        "tiktok_illegal",
        "TikTok",
        "Report illegal content",
        "TikTok's illegal content report form on its legal pages.",
        "https://www.tiktok.com/legal/report",
        ANYONE,
        (F.POST_URL, F.HANDLE, F.COUNTRY, F.LAW, F.GROUND),
        "The country is required, the law is optional, and the reasons in your own words.",
    ),
    Route(
        "whatsapp_report",
        "WhatsApp",
        "Report the contact or group, then block",
        "In the chat: the contact or group name, then Report; it sends WhatsApp the last "
        "messages. Keep device screenshots or an export first: the chat is end-to-end encrypted.",
        "https://faq.whatsapp.com/1142481766359885",
        ANYONE,
        (F.HANDLE, F.WORDS, F.POSTED_ON, F.EVIDENCE),
    ),
    Route(
        "youtube_report",
        "YouTube",
        "Report the video or comment (harassment and cyberbullying)",
        "Under the video: the three dots (…), then Report; for a comment, its three dots.",
        "https://support.google.com/youtube/answer/2802027",
        ANYONE,
        (F.POST_URL, F.HANDLE, F.WORDS, F.GROUND),
    ),
    Route(
        "youtube_privacy",
        "YouTube",
        "Privacy complaint (a person identifiable in the video)",
        "YouTube Help: Report privacy violations, then the privacy complaint process.",
        "https://support.google.com/youtube/answer/142443",
        AFFECTED_ONLY,
        (F.POST_URL, F.HANDLE, F.RELATIONSHIP, F.EVIDENCE),
        "Only the person shown (or a child's parent) may make a privacy complaint.",
    ),
    Route(
        "other_website",
        "Another website",
        "The site's own report or contact form, or its host",
        "Look for Report, Contact or Terms on the site; if it has none, ask its host (the "
        "WHOIS record names it) to remove the content under its terms.",
        "",
        ANYONE,
        (F.POST_URL, F.WORDS, F.GROUND, F.POSTED_ON, F.EVIDENCE),
        "For a defamatory post, the person affected can also send the notice to a website "
        "operator (Defamation Act 2013 s.5).",
    ),
)
ROUTES_BY_ID = {route.id: route for route in ROUTES}


@dataclass(frozen=True)
class Escalation:
    """Where to go when a platform has not acted on a report."""

    id: str
    name: str
    who: str
    address: str
    condition: str


ESCALATIONS = (
    Escalation(
        "posh",
        "Professionals Online Safety Helpline (UK Safer Internet Centre)",
        "For people working with children: it raises harmful content about staff with the "
        "platform directly.",
        "https://saferinternet.org.uk/professionals-online-safety-helpline",
        "Tell it the platform, the link, the report reference and that the post targets a "
        "member of staff.",
    ),
    Escalation(
        "rhc",
        "Report Harmful Content (SWGfL)",
        "For anyone: it reviews the platform's response against its own rules.",
        "https://reportharmfulcontent.com",
        "It needs the platform to have been reported first and to have had 48 hours; give the "
        "report reference and the date it was made.",
    ),
)


def route(route_id: str) -> Route | None:
    return ROUTES_BY_ID.get(route_id)


def route_choices() -> list[tuple[str, str]]:
    return [(r.id, f"{r.platform}: {r.name}") for r in ROUTES]
