"""The notice to a website operator: the 48-hour clock in working days, and every field of reg 2."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from schoolgate.documents.operator_notice import (
    LONDON,
    REGULATION_FIELDS,
    OperatorNotice,
    notice_pdf,
    notice_text,
    operator_deadline,
    poster_deadline,
)


def at(year: int, month: int, day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=LONDON)


def notice(served_at: dt.datetime) -> OperatorNotice:
    return OperatorNotice(
        complainant_name="Ms Rowan Ashby",
        complainant_email="rowan.ashby@example.org",
        operator="Example Social Ltd",
        statement="Ms Ashby shouts at the children in Year 2 every day.",
        location="https://social.example/posts/4411",
        meaning="That I mistreat the children in my class.",
        inaccuracies="It is untrue: I have never shouted at a pupil.",
        has_no_poster_details=True,
        consents_to_disclosure=False,
        served_at=served_at,
    )


def flat(text: str) -> str:
    # A table cell may break "e-mail" after its hyphen; the reader then sees "e- mail".
    return " ".join(text.split()).replace("e- mail", "e-mail")


def test_a_notice_sent_on_friday_afternoon_before_a_bank_holiday_monday_is_due_on_wednesday() -> (
    None
):
    # 22 May 2026 is the Friday before the spring bank holiday (Monday 25 May).
    served = at(2026, 5, 22, 15, 0)

    assert operator_deadline(served) == at(2026, 5, 27, 15, 0)
    assert operator_deadline(served).strftime("%A") == "Wednesday"
    assert poster_deadline(served) == at(2026, 6, 1, 23, 59)


def test_a_notice_sent_on_a_weekday_is_due_two_days_later() -> None:
    assert operator_deadline(at(2026, 11, 24, 9, 30)) == at(2026, 11, 26, 9, 30)


def test_a_notice_sent_at_the_weekend_starts_its_clock_on_monday() -> None:
    assert operator_deadline(at(2026, 11, 28, 12, 0)) == at(2026, 12, 2, 0, 0)


def test_every_field_the_regulations_require_is_in_the_pdf() -> None:
    pdf = notice_pdf(notice(at(2026, 5, 22, 15, 0)))
    text = flat("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))

    for label in REGULATION_FIELDS:
        assert flat(label) in text, label
    for value in (
        "Ms Rowan Ashby",
        "rowan.ashby@example.org",
        "Ms Ashby shouts at the children in Year 2 every day.",
        "https://social.example/posts/4411",
        "That I mistreat the children in my class.",
        "It is untrue: I have never shouted at a pupil.",
        "I do not have sufficient information about the poster to bring proceedings against them.",
        "I do not consent to the operator giving my name and e-mail address to the poster.",
    ):
        assert flat(value) in text, value
    assert "by Wednesday 27 May 2026, 15:00" in text


def test_the_text_version_holds_every_field_and_the_deadline() -> None:
    text = notice_text(notice(at(2026, 5, 22, 15, 0)))

    for label in REGULATION_FIELDS:
        assert f"{label}:" in text
    assert "by Wednesday 27 May 2026, 15:00" in text
    assert "Complainant's name:\nMs Rowan Ashby" in text  # plain text: no &#x27; escapes
