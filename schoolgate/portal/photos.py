"""The photo check, all in memory: faces boxed and numbered, other faces blurred, a crop, a match."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from schoolgate.screening.images import HaarFaceDetector, ImageHashes, ImageLibrary, load_rgb

Box = tuple[int, int, int, int]

# A phone photo is 2-8 MB; a request over this is refused before it is read.
MAX_PHOTO_BYTES = 12 * 1024 * 1024
# Quality of the copies handed back: enough for a social media post, small enough to carry
# back in the page's form (the photo is kept nowhere else between the check and the blur).
JPEG_QUALITY = 88
# A face box covers eyes to chin; grown by this share of its size on each side, the blur
# also hides hair and ears that could identify a child.
BLUR_GROWTH = 0.3
# Pixel blocks across a blurred face: too few to recognise anyone, and not reversible the way
# a light Gaussian blur can be.
PIXELATE_BLOCKS = 6
# Room left around the kept face in a crop, as a multiple of the face's size on each side.
CROP_MARGIN = 1.0
BOX_COLOUR = (255, 221, 0)
BOX_LINE = (11, 12, 12)

# One detector per process: the cascade loads once and is locked while it runs.
DETECTOR = HaarFaceDetector()


@dataclass(frozen=True)
class CheckedPhoto:
    jpeg: bytes
    faces: tuple[Box, ...]
    boxed_jpeg: bytes
    match_name: str | None


def check_photo(data: bytes, library: ImageLibrary) -> CheckedPhoto:
    """Find faces and a library match; raises ValueError when the bytes are not an image."""
    jpeg = to_jpeg(Image.fromarray(load_rgb(data)))
    rgb = np.asarray(Image.open(io.BytesIO(jpeg)).convert("RGB"))
    gray = np.asarray(rgb.mean(axis=2), dtype=np.uint8)
    faces = tuple(DETECTOR.detect(gray))
    match = library.match(ImageHashes.of(rgb)) if len(library) else None
    return CheckedPhoto(
        jpeg=jpeg,
        faces=faces,
        boxed_jpeg=boxed(jpeg, faces),
        match_name=match.name if match else None,
    )


def to_jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()


def boxed(jpeg: bytes, faces: tuple[Box, ...]) -> bytes:
    """The photo with each face framed and numbered, as the parent picks one to keep."""
    image = Image.open(io.BytesIO(jpeg)).convert("RGB")
    draw = ImageDraw.Draw(image)
    line = max(3, image.width // 250)
    size = max(18, image.width // 30)
    for number, (x, y, w, h) in enumerate(faces, start=1):
        draw.rectangle([x, y, x + w, y + h], outline=BOX_COLOUR, width=line)
        label = str(number)
        draw.rectangle([x, y, x + size * 1.2, y + size * 1.4], fill=BOX_COLOUR)
        draw.text((x + size * 0.25, y + size * 0.1), label, fill=BOX_LINE, font_size=size)
    return to_jpeg(image)


def blur_other_faces(jpeg: bytes, faces: tuple[Box, ...], keep: int) -> bytes:
    """Pixelate and blur every face but number `keep` (counted from 1)."""
    image = Image.open(io.BytesIO(jpeg)).convert("RGB")
    for number, (x, y, w, h) in enumerate(faces, start=1):
        if number == keep:
            continue
        grow_x, grow_y = int(w * BLUR_GROWTH), int(h * BLUR_GROWTH)
        area = (
            max(0, x - grow_x),
            max(0, y - grow_y),
            min(image.width, x + w + grow_x),
            min(image.height, y + h + grow_y),
        )
        region = image.crop(area)
        small = region.resize((PIXELATE_BLOCKS, PIXELATE_BLOCKS), Image.Resampling.BILINEAR)
        hidden = small.resize(region.size, Image.Resampling.NEAREST).filter(
            ImageFilter.GaussianBlur(max(2, region.width // 12))
        )
        image.paste(hidden, area[:2])
    return to_jpeg(image)


def crop_to_face(jpeg: bytes, faces: tuple[Box, ...], keep: int) -> bytes:
    """The photo cut down to face number `keep` with room around it."""
    image = Image.open(io.BytesIO(jpeg)).convert("RGB")
    x, y, w, h = faces[keep - 1]
    margin_x, margin_y = int(w * CROP_MARGIN), int(h * CROP_MARGIN)
    area = (
        max(0, x - margin_x),
        max(0, y - margin_y),
        min(image.width, x + w + margin_x),
        min(image.height, y + h + margin_y),
    )
    return to_jpeg(image.crop(area))


def data_url(jpeg: bytes) -> str:
    return "data:image/jpeg;base64," + base64.b64encode(jpeg).decode("ascii")


def faces_to_text(faces: tuple[Box, ...]) -> str:
    return ";".join(",".join(str(n) for n in box) for box in faces)


def faces_from_text(value: str, width: int, height: int) -> tuple[Box, ...]:
    """Read the boxes the page carried back, refusing any that do not fit the photo."""
    faces: list[Box] = []
    for part in value.split(";"):
        numbers = [int(n) for n in part.split(",")]
        if len(numbers) != 4:
            raise ValueError("a face box has four numbers")
        x, y, w, h = numbers
        if x < 0 or y < 0 or w <= 0 or h <= 0 or x + w > width or y + h > height:
            raise ValueError("a face box lies outside the photo")
        faces.append((x, y, w, h))
    return tuple(faces)


def hashes_of(data: bytes) -> str:
    """The perceptual hashes the library keeps for a published photo (ValueError if no image)."""
    return ImageHashes.of(load_rgb(data)).to_hex()
