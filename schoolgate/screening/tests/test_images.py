"""Image checks on drawn images: faces make a photo of others, the school's photos are recognised,
text in screenshots is screened."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from schoolgate.screening import Post, Reading, Roster, Screener, ScreeningContext, Span
from schoolgate.screening.categories import PHOTO_CATEGORIES
from schoolgate.screening.images import HaarFaceDetector, ImageHashes, ImageLibrary, load_rgb
from schoolgate.screening.model import ModelAnalyzer
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


class SureOfPhotos(ModelAnalyzer):
    """The text model as it goes wrong: sure that every post shares a photo of others from Dojo."""

    def __init__(self) -> None:
        """No model files: what it writes is fixed below."""

    def analyze(self, readings: list[Reading], context: ScreeningContext) -> None:
        for reading in readings:
            for category in PHOTO_CATEGORIES:
                whole_text = Span(0, len(reading.post.text), category, "the text model is sure")
                reading.add(category, 0.97, whole_text)


def sure_of_photos() -> Screener:
    model = {"name": f"{__name__}.SureOfPhotos", "options": {}}
    return Screener(analyzers=[*TEXT_ANALYZERS, model])


FARM_DAY = "What a lovely afternoon at the farm"


def test_the_text_model_alone_never_finds_a_photo_in_a_post_without_one() -> None:
    assessment = sure_of_photos().screen(Post(FARM_DAY))

    assert assessment.labels == []
    assert all(assessment.scores[category] < 0.5 for category in PHOTO_CATEGORIES)


def test_with_an_image_the_text_model_may_find_a_photo_alone_or_in_a_batch() -> None:
    screener = sure_of_photos()
    with_image = Post(FARM_DAY, images=(drawn.as_bytes(drawn.shapes(seed=4)),))

    alone = screener.screen(with_image)
    batch = screener.screen_many([Post(FARM_DAY), with_image, Post(FARM_DAY)])

    assert alone.labels == list(PHOTO_CATEGORIES)
    assert [a.labels for a in batch] == [[], list(PHOTO_CATEGORIES), []]


def test_a_photo_the_rules_find_in_the_words_stands_without_an_image() -> None:
    assessment = sure_of_photos().screen(Post("Dojo photo of the whole class at the farm 📸"))

    assert set(PHOTO_CATEGORIES) <= set(assessment.labels)


def test_a_dojo_image_of_ones_own_child_is_not_a_photo_of_others(tmp_path: Path) -> None:
    own_child = drawn.faces(1, width=400)
    folder = tmp_path / "dojo"
    folder.mkdir()
    own_child.save(folder / "reading-week-dojo.png")

    assessment = image_screener(library=str(folder)).screen(
        Post("So proud of her 😍", images=(drawn.as_bytes(own_child),))
    )

    assert assessment.labels == ["dojo_photo"]


@pytest.mark.parametrize(
    "text",
    [
        "Saved this from Dojo of my daughter at sports day 📸",
        "Got this off the app, my boy in the school play 😍",
        "Grabbed this from Tapestry, our Lily at reception",
    ],
)
def test_an_app_photo_of_ones_own_child_described_in_words_is_only_dojo_photo(text: str) -> None:
    assert image_screener().screen(Post(text)).labels == ["dojo_photo"]


# Minimal pairs at one event: a picture the post presents as the poster's own child, and the same
# picture said to show others with the child.
OWN_CHILD_OR_OTHERS = [
    ("Saved this from Dojo of my daughter at sports day 📸", ["dojo_photo"]),
    (
        "Saved this from Dojo of my daughter with her class at sports day 📸",
        ["photo_of_others", "dojo_photo"],
    ),
    ("My boy in the school play 📸", []),
    ("My boy and his friends in the school play 📸", ["photo_of_others"]),
    ("Here's our Lily at the fun run 📸", []),
    ("Here's our Lily with the whole team at the fun run 📸", ["photo_of_others"]),
    ("Mrs Ward put this of my daughter on Dojo", ["dojo_photo"]),
    ("Mrs Ward put this of my daughter and her friends on Dojo", ["photo_of_others", "dojo_photo"]),
]


@pytest.mark.parametrize("faces", [0, 1], ids=["no image", "one face"])
@pytest.mark.parametrize(("text", "labels"), OWN_CHILD_OR_OTHERS)
def test_own_child_or_others_at_the_same_event(
    roster: Roster, text: str, labels: list[str], faces: int
) -> None:
    images = (drawn.as_bytes(drawn.faces(1, width=400)),) if faces else ()

    assert image_screener(roster).screen(Post(text, images=images)).labels == labels


def test_a_picture_of_ones_own_child_with_several_faces_shows_others() -> None:
    image = drawn.as_bytes(drawn.faces(2))

    assessment = image_screener().screen(Post("My boy in the school play 📸", images=(image,)))

    assert assessment.labels == ["photo_of_others"]
    assert {span.source for span in assessment.spans_for("photo_of_others")} == {"image:0"}
