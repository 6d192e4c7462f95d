"""An image cut short is refused at upload, not left to fail in screening."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from schoolgate.cases.evidence import UploadRefused, check_upload
from schoolgate.cases.tests.conftest import png


def jpeg() -> bytes:
    image = Image.effect_noise((640, 400), 60).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def noisy_png() -> bytes:
    image = Image.effect_noise((640, 400), 60).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "make"), [("post.jpg", jpeg), ("post.png", noisy_png)])
def test_a_truncated_image_is_refused(name: str, make) -> None:
    whole = make()
    assert check_upload(name, whole).data == whole
    with pytest.raises(UploadRefused) as refused:
        check_upload(name, whole[: len(whole) * 2 // 3])
    assert str(refused.value) == (
        f"{name} is damaged or incomplete (it could not be read to the end). "
        "Take the screenshot again."
    )


def test_a_truncated_image_is_refused_after_documents_were_made() -> None:
    # WeasyPrint, on import, tells Pillow to pad truncated images for the whole process.
    from schoolgate.documents.pdf import html_to_pdf

    html_to_pdf("<p>A letter</p>")
    whole = jpeg()
    with pytest.raises(UploadRefused):
        check_upload("post.jpg", whole[: len(whole) * 2 // 3])


def test_a_whole_screenshot_is_accepted() -> None:
    assert check_upload("shot.png", png("hello")).content_type == "image/png"
