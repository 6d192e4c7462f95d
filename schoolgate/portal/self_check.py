"""Think before you post: a parent's draft or photo checked against the policy, nothing kept."""

from __future__ import annotations

from schoolgate.cases.engine import PARENT_CHECK_MAX_AGE_SECONDS, screener_for
from schoolgate.portal.access import PublicSchool
from schoolgate.portal.feedback import DraftFeedback, feedback_for
from schoolgate.portal.models import LibraryImage
from schoolgate.portal.photos import CheckedPhoto, check_photo
from schoolgate.screening import Post
from schoolgate.screening.images import ImageLibrary


def check_draft(public: PublicSchool, draft: str) -> DraftFeedback:
    """Screen the draft with the school's roster and policy; the draft is held only here."""
    screener = screener_for(public.school, max_age=PARENT_CHECK_MAX_AGE_SECONDS)
    assessment = screener.screen(Post(draft))
    return feedback_for(draft, assessment, public.document)


def check_parent_photo(
    public: PublicSchool, data: bytes
) -> tuple[CheckedPhoto, LibraryImage | None]:
    """Faces and a match with the school's published photos; ValueError if not an image."""
    images = {str(image.pk): image for image in LibraryImage.objects.filter(school=public.school)}
    library = ImageLibrary((pk, image.hashes) for pk, image in images.items())
    checked = check_photo(data, library)
    return checked, images.get(checked.match_name or "")
