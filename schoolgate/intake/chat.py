"""Read a WhatsApp chat export (Android or iOS lines) into messages: a pure function, no Django."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

# Exports carry the phone's local time with no zone; an English school's phones run on UK time.
EXPORT_TIME_ZONE = ZoneInfo("Europe/London")

# Android: "12/03/2026, 09:14 - Name: text" (also "12/03/26, 9:14 pm - ...").
ANDROID_LINE = re.compile(
    r"^(?P<date>\d{1,2}/\d{1,2}/\d{2,4}),? (?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:\s?[aApP]\.?[mM]\.?)?)"
    r" [-–] (?P<rest>.*)$"
)
# iOS: "[12/03/2026, 09:14:05] Name: text".
IOS_LINE = re.compile(
    r"^\[(?P<date>\d{1,2}/\d{1,2}/\d{2,4}),? (?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:\s?[aApP]\.?[mM]\.?)?)\]"
    r" (?P<rest>.*)$"
)
# WhatsApp puts invisible direction marks and odd spaces around names and attachments.
INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202c\u202f\ufeff"), None)
ANDROID_ATTACHMENT = re.compile(r"(?P<name>[^\s<>:]+\.[A-Za-z0-9]{2,5}) \(file attached\)")
IOS_ATTACHMENT = re.compile(r"<attached: (?P<name>[^<>]+)>")
OMITTED_MEDIA = re.compile(r"<Media omitted>|(?:image|video|audio|sticker|GIF|document) omitted")


class ChatUnreadable(ValueError):
    """The file is not a WhatsApp chat export; the message says why, for the person uploading."""


@dataclass(frozen=True)
class ChatMessage:
    """One message as the export shows it; `number` counts from 1 in the file's order."""

    number: int
    sent_at_shown: str
    sent_at: dt.datetime
    sender: str
    text: str
    attachments: tuple[str, ...] = ()
    has_omitted_media: bool = False


@dataclass
class _Draft:
    stamp: str
    sent_at: dt.datetime
    sender: str
    lines: list[str] = field(default_factory=list)


def parse_chat(text: str) -> list[ChatMessage]:
    """Return the messages of an export, oldest first; system notices (no sender) are left out.

    A line that does not start with a time stamp continues the message before it. Dates are
    read day first, as UK phones write them. Raise `ChatUnreadable` when no line is a message.
    """
    drafts: list[_Draft] = []
    current: _Draft | None = None
    for raw in text.splitlines():
        line = raw.translate(INVISIBLE)
        match = IOS_LINE.match(line) or ANDROID_LINE.match(line)
        sent_at = _read_time(match["date"], match["time"]) if match else None
        if match is None or sent_at is None:
            if current is not None:
                current.lines.append(line)
            continue
        sender, colon, body = match["rest"].partition(": ")
        if not colon:
            # "Messages and calls are end-to-end encrypted", "Sam added Jo": no sender, not a post.
            current = None
            continue
        current = _Draft(f"{match['date']}, {match['time']}", sent_at, sender.strip(), [body])
        drafts.append(current)
    if not drafts:
        raise ChatUnreadable(
            "No messages were found: this does not look like a WhatsApp chat export. "
            "In WhatsApp, open the chat, choose More, then Export chat."
        )
    return [_finish(number, draft) for number, draft in enumerate(drafts, start=1)]


def _finish(number: int, draft: _Draft) -> ChatMessage:
    body = "\n".join(draft.lines).strip()
    attachments = [m["name"].strip() for m in ANDROID_ATTACHMENT.finditer(body)]
    attachments += [m["name"].strip() for m in IOS_ATTACHMENT.finditer(body)]
    has_omitted = bool(OMITTED_MEDIA.search(body))
    text = IOS_ATTACHMENT.sub("", ANDROID_ATTACHMENT.sub("", body))
    text = OMITTED_MEDIA.sub("", text).strip()
    return ChatMessage(
        number=number,
        sent_at_shown=draft.stamp,
        sent_at=draft.sent_at,
        sender=draft.sender,
        text=text,
        attachments=tuple(attachments),
        has_omitted_media=has_omitted,
    )


def _read_time(date: str, time: str) -> dt.datetime | None:
    """Return the stamp in UTC, or None when it is no real date (then the line is no message)."""
    day, month, year = (int(part) for part in date.split("/"))
    if year < 100:
        year += 2000
    clock = time.replace(".", "").replace(" ", "").lower()
    is_pm, is_am = clock.endswith("pm"), clock.endswith("am")
    parts = [int(part) for part in clock.rstrip("apm").split(":")]
    hour, minute, second = parts[0], parts[1], parts[2] if len(parts) == 3 else 0
    if is_pm and hour != 12:
        hour += 12
    elif is_am and hour == 12:
        hour = 0
    try:
        local = dt.datetime(year, month, day, hour, minute, second, tzinfo=EXPORT_TIME_ZONE)
    except ValueError:
        return None
    return local.astimezone(dt.UTC)
