"""Reading WhatsApp exports: Android and iOS lines, continuations, media and notices."""

from __future__ import annotations

import datetime as dt

import pytest

from schoolgate.intake.chat import ChatUnreadable, parse_chat

ANDROID = """\
12/03/2026, 09:10 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
12/03/2026, 09:11 - Priya Okafor created group "Year 3 Parents"
12/03/2026, 09:14 - Priya Okafor: Has anyone else heard about the trip?
12/03/2026, 09:15 - Dev Halloran: Yes. Mr Pendle has no idea what he is doing
and someone should tell the head
before Friday
12/03/2026, 09:16 - Dev Halloran: IMG-20260312-WA0003.jpg (file attached)
Look at this
12/03/2026, 21:02 - Sam Whitlow: <Media omitted>
"""

IOS = """\
\u200e[12/03/2026, 09:14:05] Year 3 Parents: \u200eMessages and calls are end-to-end encrypted.
[12/03/2026, 09:14:05] Priya Okafor: Morning all
[01/07/2026, 18:30:59] Dev Halloran: \u200e<attached: 00000012-PHOTO-2026-07-01-18-30-59.jpg>
[01/07/2026, 18:31:10] Dev Halloran: Second line
continues here
\u200e[01/07/2026, 18:32:00] Sam Whitlow: \u200eimage omitted
"""


def test_android_lines_become_messages_and_notices_are_left_out() -> None:
    messages = parse_chat(ANDROID)

    assert [(m.number, m.sender) for m in messages] == [
        (1, "Priya Okafor"),
        (2, "Dev Halloran"),
        (3, "Dev Halloran"),
        (4, "Sam Whitlow"),
    ]
    assert messages[0].text == "Has anyone else heard about the trip?"
    assert messages[0].sent_at_shown == "12/03/2026, 09:14"
    # 12 March is in winter time, so the phone's clock is UTC.
    assert messages[0].sent_at == dt.datetime(2026, 3, 12, 9, 14, tzinfo=dt.UTC)


def test_a_line_without_a_stamp_continues_the_message_before() -> None:
    message = parse_chat(ANDROID)[1]

    assert message.text == (
        "Yes. Mr Pendle has no idea what he is doing\nand someone should tell the head\nbefore Friday"
    )


def test_android_attachments_and_omitted_media_are_recognised() -> None:
    messages = parse_chat(ANDROID)

    assert messages[2].attachments == ("IMG-20260312-WA0003.jpg",)
    assert messages[2].text == "Look at this"
    assert messages[3].has_omitted_media is True
    assert messages[3].text == ""
    assert messages[3].sent_at == dt.datetime(2026, 3, 12, 21, 2, tzinfo=dt.UTC)


def test_ios_lines_with_seconds_direction_marks_and_summer_time() -> None:
    messages = parse_chat(IOS)

    # The group's own notice carries the group's name as its sender; it is still listed.
    assert [m.sender for m in messages] == [
        "Year 3 Parents",
        "Priya Okafor",
        "Dev Halloran",
        "Dev Halloran",
        "Sam Whitlow",
    ]
    photo = messages[2]
    assert photo.attachments == ("00000012-PHOTO-2026-07-01-18-30-59.jpg",)
    assert photo.text == ""
    # 1 July is in British Summer Time: 18:30:59 on the phone is 17:30:59 UTC.
    assert photo.sent_at == dt.datetime(2026, 7, 1, 17, 30, 59, tzinfo=dt.UTC)
    assert messages[3].text == "Second line\ncontinues here"
    assert messages[4].has_omitted_media is True


def test_twelve_hour_clocks_and_two_digit_years() -> None:
    messages = parse_chat(
        "3/4/26, 9:05 pm - Jo Brand: late one\n3/4/26, 12:10 am - Jo Brand: early\n"
    )

    assert messages[0].sent_at == dt.datetime(2026, 4, 3, 20, 5, tzinfo=dt.UTC)
    assert messages[1].sent_at == dt.datetime(2026, 4, 2, 23, 10, tzinfo=dt.UTC)


def test_a_file_with_no_messages_is_refused_with_what_to_do() -> None:
    with pytest.raises(ChatUnreadable) as refused:
        parse_chat("Dear Mrs Lomax,\nI am writing about the trip.\n")

    assert str(refused.value) == (
        "No messages were found: this does not look like a WhatsApp chat export. "
        "In WhatsApp, open the chat, choose More, then Export chat."
    )


def test_an_impossible_date_is_not_a_message_stamp() -> None:
    messages = parse_chat("12/03/2026, 09:14 - Jo Brand: first\n31/02/2026, 09:15 - Jo Brand: no\n")

    assert len(messages) == 1
    assert messages[0].text == "first\n31/02/2026, 09:15 - Jo Brand: no"
