"""Images drawn in code for the image tests: cartoon faces, shapes, and text. No photographs."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont


def _face(draw: ImageDraw.ImageDraw, cx: float, cy: float, s: float) -> None:
    draw.ellipse([cx - s * 0.8, cy - s, cx + s * 0.8, cy + s * 1.1], fill=(225, 190, 160))
    for side in (-0.35, 0.35):
        ex = cx + side * s
        draw.ellipse(
            [ex - s * 0.16, cy - s * 0.22, ex + s * 0.16, cy - s * 0.08], fill=(40, 30, 30)
        )
        draw.rectangle(
            [ex - s * 0.22, cy - s * 0.42, ex + s * 0.22, cy - s * 0.34], fill=(90, 60, 40)
        )
    draw.polygon(
        [(cx, cy - s * 0.1), (cx - s * 0.12, cy + s * 0.3), (cx + s * 0.12, cy + s * 0.3)],
        fill=(200, 160, 130),
    )
    draw.ellipse([cx - s * 0.3, cy + s * 0.5, cx + s * 0.3, cy + s * 0.65], fill=(150, 60, 60))
    draw.rectangle([cx - s * 0.85, cy - s * 1.15, cx + s * 0.85, cy - s * 0.7], fill=(60, 40, 20))


def faces(count: int, width: int = 900, height: int = 360) -> Image.Image:
    """A blurred drawing of `count` cartoon faces in a row that OpenCV's Haar cascade finds."""
    image = Image.new("RGB", (width, height), (120, 140, 170))
    draw = ImageDraw.Draw(image)
    for index in range(count):
        _face(draw, width * (index + 0.5) / count, height / 2, min(70, width / count / 2.4))
    return image.filter(ImageFilter.GaussianBlur(3))


def shapes(seed: int, width: int = 640, height: int = 480) -> Image.Image:
    """A picture of random coloured shapes, standing in for a school's published photo."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), (rng.randrange(256), rng.randrange(256), 200))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randrange(width), rng.randrange(height)
        w, h = rng.randrange(20, 200), rng.randrange(20, 200)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        if rng.random() < 0.5:
            draw.ellipse([x, y, x + w, y + h], fill=colour)
        else:
            draw.rectangle([x, y, x + w, y + h], fill=colour)
    return image


def text(lines: list[str], width: int = 900) -> Image.Image:
    """Black text on white, like a screenshot of a post."""
    font = ImageFont.load_default(size=36)
    image = Image.new("RGB", (width, 70 * len(lines) + 40), "white")
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((30, 30 + 70 * index), line, fill="black", font=font)
    return image


def as_bytes(image: Image.Image, format: str = "PNG", **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=format, **options)
    return buffer.getvalue()
