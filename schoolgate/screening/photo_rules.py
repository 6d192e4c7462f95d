"""The photo rules (docs/labelling.md, reading rule 9): a photo of other children, an image from
a school app, and an adult named beside a one-face photo; mixed into the rules' segment reader."""

from __future__ import annotations

import re
from abc import abstractmethod

from . import photo_words
from .assessment import Identification, Span, image_source
from .pipeline import FACES_NOTE, Reading, Segment
from .rule_scores import DECIDED

_SCHOOL_OWN_PAGE = re.compile(
    r"\b(?:on|from)\s+(?:the\s+)?school(?:'s)?\s+(?:own\s+)?(?:website|facebook|page|twitter|instagram|blog)\b"
    r"|\b(?:on|to)\s+(?:their|its)\s+own\s+(?:page|website|facebook|site)\b|\bhave a look there\b"
)
# Kinds of person whose being named in a post that shares a picture puts them in it.
_PHOTO_KINDS = frozenset({"staff", "pupil", "governor"})
# How far before a person named the words that place them in the picture are read: 16 characters
# hold "alongside" or "my"/"our" and the spaces after them.
_BESIDE_REACH = 16


class PhotoRules:
    """What a post's words say of the picture it shares. The reader supplies the folded text,
    its segment, the people it names and where, and how to add evidence."""

    text: str
    segment: Segment
    mentions: list[tuple[int, int]]
    mention_people: list[Identification]

    @abstractmethod
    def _add_words(self, label: str, start: int, end: int, why: str) -> None:
        """Add decided evidence for `label` on the folded text's [start, end)."""

    def _photos(self) -> None:
        text = self.text
        if photo_words.SCHOOLS_OWN_PUBLIC_POST.search(text) or _SCHOOL_OWN_PAGE.search(text):
            return
        if photo_words.ASKS_FOR_MEDIA.search(text):
            return
        if photo_words.THANKS_FOR_MEDIA.search(text) and not photo_words.MEDIA_MARKER.search(text):
            return
        media = (
            photo_words.MEDIA_MARKER.search(text)
            or photo_words.CAPTURED.search(text)
            or photo_words.CAPTION.match(text)
            or (photo_words.MEDIA.search(text) if photo_words.SHARING.search(text) else None)
        )
        app = photo_words.SCHOOL_APP.search(text)
        if app and (photo_words.SCHOOL_APP_MEDIA.search(text) or photo_words.SHARING.search(text)):
            why = f"an image taken from {app.group()}"
            self._add_words("dojo_photo", app.start(), app.end(), why)
            media = (
                media
                or photo_words.SHARING.search(text)
                or photo_words.SCHOOL_APP_MEDIA.search(text)
            )
        if media is None:
            return
        shown = self._others_shown()
        if shown is None:
            return
        words, start, end = shown
        self._add_words("photo_of_others", media.start(), media.end(), "shares a photo or video")
        self._add_words("photo_of_others", start, end, f"it shows others: {words}")

    def shows_only_own_child(self) -> bool:
        """Whether the words present the picture as one of the poster's own child, with no one
        else beside the child: then a school event is only where it was taken."""
        if photo_words.OWN_CHILD_ONLY.search(self.text):
            return True
        return self._presents_own_child() and self._others_beside_child() is None

    def _others_shown(self) -> tuple[str, int, int] | None:
        """Who else the picture shows, in the post's words, and where; None when no one else."""
        if photo_words.OWN_CHILD_ONLY.search(self.text):
            return None
        if self._presents_own_child():
            return self._others_beside_child()
        others = photo_words.OTHERS_IN_SHOT.search(self.text)
        if others:
            return (others.group().strip(), others.start(), others.end())
        named = self._named_in_school()
        return (self.text[slice(*named[0])], *named[0]) if named else None

    def _presents_own_child(self) -> bool:
        """Whether the post names the poster's own child: "my daughter", "our Lily", or a pupil
        on the roster named as theirs ("our lily")."""
        if photo_words.OWN_CHILD.search(self.text) or photo_words.OWN_CHILD_NAMED.search(
            self.segment.text
        ):
            return True
        return any(
            person.kind == "pupil" and self._preceded_by(photo_words.OWN_BEFORE, start)
            for (start, _), person in zip(self.mentions, self.mention_people, strict=True)
        )

    def _others_beside_child(self) -> tuple[str, int, int] | None:
        """Who a picture of the poster's own child also shows: a group with the child, or a
        member of staff or another pupil named beside the child ("my son and Jacob")."""
        others = photo_words.OTHERS_BESIDE_CHILD.search(self.text)
        if others:
            return (others.group().strip(), others.start(), others.end())
        for start, end in self._named_in_school():
            if self._preceded_by(photo_words.BESIDE_CHILD_BEFORE, start):
                return (self.text[start:end], start, end)
        return None

    def _named_in_school(self) -> list[tuple[int, int]]:
        """Where the post names staff, pupils or governors, in the folded text."""
        return [
            span
            for span, person in zip(self.mentions, self.mention_people, strict=True)
            if person.kind in _PHOTO_KINDS
        ]

    def _preceded_by(self, words: re.Pattern[str], start: int) -> bool:
        return words.search(self.text, max(0, start - _BESIDE_REACH), start) is not None


def adult_in_school_photo(reading: Reading, post_words: PhotoRules | None) -> None:
    """One face is a photo of others when the post names a member of staff, unless the post's
    own words present the picture as one of the poster's own child ("Mrs Ward put this of my
    daughter on Dojo": the member of staff took it, the face is the child's)."""
    staff = [p for p in reading.people if p.kind in ("staff", "governor")]
    one_face = [
        (index, faces[0])
        for index, faces in reading.notes.get(FACES_NOTE, {}).items()
        if len(faces) == 1
    ]
    if not staff or not one_face:
        return
    if post_words is not None and post_words.shows_only_own_child():
        return
    for index, face in one_face:
        why = f"one face, and the post names {staff[0].text}: an adult in a school setting"
        span = Span(0, 0, "photo_of_others", why, image_source(index), tuple(face))
        reading.add("photo_of_others", DECIDED, span)
