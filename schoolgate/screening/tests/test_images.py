"""Image checks on drawn images: faces make a photo of others, the school's photos are recognised,
text in screenshots is screened."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from schoolgate.screening import Post, Roster, Screener
from schoolgate.screening.images import HaarFaceDetector, ImageHashes, ImageLibrary, load_rgb
from schoolgate.screening.tests import drawn
from schoolgate.screening.tests.conftest import TEXT_ANALYZERS


def image_screener(roster: Roster | None = None, **options: object) -> Screener:
    options.setdefault("ocr", False)
    config = [{"name": "schoolgate.screening.images.ImageAnalyzer", "options": options}]
    return Screener(roster=roster, analyzers=[*config, *TEXT_ANALYZERS])


def gray(image) -> np.ndarray:
    return np.asarray(image.convert("L"))


def test_haar_finds_each_drawn_face() -> None:
    assert len(HaarFaceDetector().detect(gray(drawn.faces(3)))) == 3


def test_haar_finds_no_face_in_shapes_or_text() -> None:
    detector = HaarFaceDetector()

    assert detector.detect(gray(drawn.shapes(seed=1))) == []
    assert detector.detect(gray(drawn.text(["Trip money due Friday"]))) == []


def test_several_faces_make_a_photo_of_others_with_a_box_each() -> None:
    post = Post(
        "Fab day out!", images=(drawn.as_bytes(drawn.shapes(2)), drawn.as_bytes(drawn.faces(2)))
    )

    assessment = image_screener().screen(post)

    assert assessment.labels == ["photo_of_others"]
    boxes = assessment.spans_for("photo_of_others")
    assert len(boxes) == 2
    assert {span.image for span in boxes} == {1}
    assert all(span.box is not None and span.box[2] > 50 for span in boxes)
    assert all(span.to_dict()["image"] == 1 for span in boxes)


def test_one_face_alone_is_not_a_photo_of_others() -> None:
    post = Post(
        "My little one on her first day", images=(drawn.as_bytes(drawn.faces(1, width=400)),)
    )

    assert image_screener().screen(post).labels == []


def test_one_face_with_a_member_of_staff_named_is_a_photo_of_others(roster: Roster) -> None:
    image = drawn.as_bytes(drawn.faces(1, width=400))

    assessment = image_screener(roster).screen(Post("Mr Hale at the school gate", images=(image,)))

    assert assessment.labels == ["photo_of_others"]
    (span,) = assessment.spans_for("photo_of_others")
    assert span.image == 0 and span.box is not None


class ThreeFaces:
    """A detector that always sees three faces: counting logic without any cascade."""

    def detect(self, gray: np.ndarray) -> list[tuple[int, int, int, int]]:
        return [(0, 0, 10, 10), (20, 0, 10, 10), (40, 0, 10, 10)]


def test_the_face_detector_can_be_swapped_by_dotted_path() -> None:
    screener = image_screener(detector=f"{__name__}.ThreeFaces")

    assessment = screener.screen(Post("x", images=(drawn.as_bytes(drawn.shapes(3)),)))

    assert len(assessment.spans_for("photo_of_others")) == 3


def test_a_reposted_school_photo_is_dojo_photo_naming_the_image(tmp_path: Path) -> None:
    published = drawn.shapes(seed=7)
    folder = tmp_path / "dojo"
    folder.mkdir()
    published.save(folder / "nativity-2026-dojo.png")
    drawn.shapes(seed=8).save(folder / "sports-day-newsletter.png")
    reposted = drawn.as_bytes(published.resize((480, 360)), "JPEG", quality=70)

    assessment = image_screener(library=str(folder)).screen(Post("look!", images=(reposted,)))

    assert assessment.labels == ["dojo_photo"]
    (span,) = assessment.spans_for("dojo_photo")
    assert "nativity-2026-dojo.png" in span.why
    assert span.image == 0


def test_an_unrelated_photo_does_not_match_the_library() -> None:
    library = ImageLibrary()
    library.add("harvest.png", drawn.as_bytes(drawn.shapes(seed=11)))

    assert library.match(ImageHashes.of(load_rgb(drawn.as_bytes(drawn.shapes(seed=12))))) is None


def test_library_hashes_round_trip_as_text() -> None:
    library = ImageLibrary()
    library.add("harvest.png", drawn.as_bytes(drawn.shapes(seed=11)))
    copy = ImageLibrary(library.to_hashes())

    match = copy.match(ImageHashes.of(load_rgb(drawn.as_bytes(drawn.shapes(seed=11)))))

    assert match is not None and match.name == "harvest.png" and match.pdq_distance == 0


def test_an_unreadable_image_is_reported_and_the_text_still_screened() -> None:
    post = Post("Mr Hale is a useless teacher", images=(b"not an image",))

    assessment = image_screener().screen(post)

    assert [e.analyzer for e in assessment.errors] == ["images"]
    assert "image 0: cannot read the image" in assessment.errors[0].message
    assert assessment.labels == ["complaint", "offensive_about_person"]


@pytest.mark.filterwarnings("ignore")
def test_text_in_a_screenshot_is_read_and_screened(roster: Roster, tmp_path: Path) -> None:
    path = tmp_path / "screenshot.png"
    drawn.text(["Mr Hale is a drunk and a liar"]).save(path)

    assessment = image_screener(roster, ocr=True).screen(Post("", images=(str(path),)))

    assert assessment.labels == ["allegation", "defamation", "offensive_about_person"]
    assert assessment.person_ids == ["st-hale"]
    assert {span.source for span in assessment.spans} == {"image:0"}
