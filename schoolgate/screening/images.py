"""Image checks: faces counted and boxed, the school's own photos recognised, screenshots read."""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from .assessment import ImageInput, Span, image_source
from .pipeline import FACES_NOTE, Analyzer, Reading, ScreeningContext, Segment, import_string

Box = tuple[int, int, int, int]
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp")
# PDQ: 256 bits, Meta's suggested match threshold is 31; pHash: 64 bits.
PDQ_MATCH_DISTANCE = 31
PHASH_MATCH_DISTANCE = 8
MAX_SIDE = 1280


class FaceDetector(Protocol):
    def detect(self, gray: np.ndarray) -> list[Box]: ...


class HaarFaceDetector:
    """OpenCV's frontal-face Haar cascade (alt2), shipped inside opencv-python-headless."""

    def __init__(self, min_size: int = 24, min_neighbors: int = 5) -> None:
        self.min_size = min_size
        self.min_neighbors = min_neighbors
        self._cascade: Any = None
        self._lock = threading.Lock()

    def detect(self, gray: np.ndarray) -> list[Box]:
        import cv2

        with self._lock:
            if self._cascade is None:
                folder = cv2.data.haarcascades  # type: ignore[attr-defined]
                path = str(Path(folder) / "haarcascade_frontalface_alt2.xml")
                self._cascade = cv2.CascadeClassifier(path)
                if self._cascade.empty():
                    raise RuntimeError(f"cannot load the Haar cascade at {path}")
            found = self._cascade.detectMultiScale(
                gray,
                scaleFactor=1.1,
                minNeighbors=self.min_neighbors,
                minSize=(self.min_size, self.min_size),
            )
        return sorted((int(x), int(y), int(w), int(h)) for x, y, w, h in found)


class TextReader:
    """OCR with rapidocr 3 (English models inside the wheel), loaded on first use."""

    _engine: Any = None
    _lock = threading.Lock()

    def read(self, rgb: np.ndarray) -> str:
        with TextReader._lock:
            if TextReader._engine is None:
                TextReader._engine = _load_rapidocr()
            result = TextReader._engine(rgb)
        lines = getattr(result, "txts", None) or ()
        return "\n".join(str(line) for line in lines)


def _load_rapidocr() -> Any:
    logger = logging.getLogger("RapidOCR")
    # rapidocr logs every model load at INFO and resets its level on each engine.
    logger.addFilter(lambda record: record.levelno >= logging.WARNING)
    from rapidocr import RapidOCR

    logging.getLogger("RapidOCR").addFilter(lambda record: record.levelno >= logging.WARNING)
    return RapidOCR()


@dataclass(frozen=True)
class ImageHashes:
    pdq: np.ndarray  # 256 booleans
    phash: np.ndarray  # 64 booleans

    def to_hex(self) -> str:
        return f"pdq:{_bits_to_hex(self.pdq)};phash:{_bits_to_hex(self.phash)}"

    @classmethod
    def from_hex(cls, value: str) -> ImageHashes:
        parts = dict(part.split(":", 1) for part in value.split(";") if ":" in part)
        if "pdq" not in parts or "phash" not in parts:
            raise ValueError(f"{value!r}: expected 'pdq:<64 hex>;phash:<16 hex>'")
        return cls(_hex_to_bits(parts["pdq"], 256), _hex_to_bits(parts["phash"], 64))

    @classmethod
    def of(cls, rgb: np.ndarray) -> ImageHashes:
        import imagehash
        import pdqhash
        from PIL import Image

        pdq, _quality = pdqhash.compute(np.ascontiguousarray(rgb))
        phash = imagehash.phash(Image.fromarray(rgb)).hash.flatten()
        return cls(np.asarray(pdq, dtype=bool), np.asarray(phash, dtype=bool))


@dataclass(frozen=True)
class LibraryMatch:
    name: str
    pdq_distance: int
    phash_distance: int


class ImageLibrary:
    """Hashes of the images a school published itself (Dojo, newsletter, its own app)."""

    def __init__(self, entries: Iterable[tuple[str, ImageHashes | str]] = ()) -> None:
        self.names: list[str] = []
        self._pdq: list[np.ndarray] = []
        self._phash: list[np.ndarray] = []
        for name, hashes in entries:
            self.add_hashes(
                name, hashes if isinstance(hashes, ImageHashes) else ImageHashes.from_hex(hashes)
            )

    def __len__(self) -> int:
        return len(self.names)

    def add_hashes(self, name: str, hashes: ImageHashes) -> None:
        self.names.append(name)
        self._pdq.append(hashes.pdq)
        self._phash.append(hashes.phash)

    def add(self, name: str, image: ImageInput) -> None:
        self.add_hashes(name, ImageHashes.of(load_rgb(image)))

    @classmethod
    def from_folder(cls, folder: str | Path) -> ImageLibrary:
        """Hash every image file in a folder, named by its file name."""
        library = cls()
        for path in sorted(Path(folder).iterdir()):
            if path.suffix.lower() in IMAGE_SUFFIXES:
                library.add(path.name, path)
        return library

    def to_hashes(self) -> list[tuple[str, str]]:
        return [
            (name, ImageHashes(pdq, phash).to_hex())
            for name, pdq, phash in zip(self.names, self._pdq, self._phash, strict=True)
        ]

    def match(self, hashes: ImageHashes) -> LibraryMatch | None:
        """The closest published image within the match distances, or None."""
        if not self.names:
            return None
        pdq = np.count_nonzero(np.stack(self._pdq) != hashes.pdq, axis=1)
        phash = np.count_nonzero(np.stack(self._phash) != hashes.phash, axis=1)
        # Either hash close enough: PDQ and pHash fail on different edits.
        close = (pdq <= PDQ_MATCH_DISTANCE) | (phash <= PHASH_MATCH_DISTANCE)
        if not close.any():
            return None
        best = int(np.argmin(np.where(close, pdq, 10_000)))
        return LibraryMatch(self.names[best], int(pdq[best]), int(phash[best]))


def load_rgb(image: ImageInput) -> np.ndarray:
    """Read an image (path or bytes) as an RGB array, shrunk so its longer side is <= MAX_SIDE."""
    from PIL import Image, UnidentifiedImageError

    try:
        if isinstance(image, bytes):
            opened = Image.open(io.BytesIO(image))
        else:
            opened = Image.open(Path(image))
        opened.load()
    except (OSError, UnidentifiedImageError) as error:
        raise ValueError(f"cannot read the image ({error})") from error
    rgb = opened.convert("RGB")
    if max(rgb.size) > MAX_SIDE:
        rgb.thumbnail((MAX_SIDE, MAX_SIDE))
    return np.asarray(rgb)


class ImageAnalyzer(Analyzer):
    """Check each image of a post: faces (photo_of_others), the school's library (dojo_photo), OCR.

    Options: `library` (a folder of the school's published images), `library_hashes` (a list of
    [name, "pdq:...;phash:..."]), `detector` (dotted path of a FaceDetector class, Haar alt2 by
    default), `ocr` (read text in images; default True), `min_faces` (faces that make a photo
    of others; default 2).
    """

    name = "images"
    adds = ("segments", "photo_of_others", "dojo_photo")
    writes = frozenset({FACES_NOTE})

    def __init__(
        self,
        library: str | None = None,
        library_hashes: Sequence[Sequence[str]] = (),
        detector: str | FaceDetector | None = None,
        ocr: bool = True,
        min_faces: int = 2,
    ) -> None:
        self.library = ImageLibrary.from_folder(library) if library else ImageLibrary()
        for name, value in library_hashes:
            self.library.add_hashes(name, ImageHashes.from_hex(value))
        if isinstance(detector, str):
            self.detector: FaceDetector = import_string(detector)()
        else:
            self.detector = detector or HaarFaceDetector()
        self.reader = TextReader() if ocr else None
        self.min_faces = min_faces

    def analyze(self, readings: list[Reading], context: ScreeningContext) -> None:
        for reading in readings:
            problems: list[str] = []
            for index, image in enumerate(reading.post.images):
                try:
                    self._check(reading, index, load_rgb(image))
                except ValueError as error:
                    problems.append(f"image {index}: {error}")
            if problems:
                raise ValueError("; ".join(problems))

    def _check(self, reading: Reading, index: int, rgb: np.ndarray) -> None:
        source = image_source(index)
        gray = np.asarray(rgb.mean(axis=2), dtype=np.uint8)
        faces = self.detector.detect(gray)
        reading.notes.setdefault(FACES_NOTE, {})[index] = faces
        if len(faces) >= self.min_faces:
            reading.is_relevant = True
            for number, box in enumerate(faces, start=1):
                why = f"face {number} of {len(faces)}: the photo shows several people"
                reading.add(
                    "photo_of_others", 0.85, Span(0, 0, "photo_of_others", why, source, box)
                )
        match = self.library.match(ImageHashes.of(rgb))
        if match is not None:
            reading.is_relevant = True
            height, width = gray.shape
            why = (
                f"matches the school's published image {match.name!r} "
                f"(PDQ distance {match.pdq_distance}/256, pHash {match.phash_distance}/64)"
            )
            reading.add(
                "dojo_photo", 0.95, Span(0, 0, "dojo_photo", why, source, (0, 0, width, height))
            )
        if self.reader is not None:
            text = self.reader.read(rgb).strip()
            if text:
                reading.segments.append(Segment(source, text))


def _bits_to_hex(bits: np.ndarray) -> str:
    return np.packbits(bits.astype(np.uint8)).tobytes().hex()


def _hex_to_bits(value: str, length: int) -> np.ndarray:
    bits = np.unpackbits(np.frombuffer(bytes.fromhex(value), dtype=np.uint8)).astype(bool)
    if len(bits) != length:
        raise ValueError(f"a {length}-bit hash has {length // 4} hex digits, not {len(value)}")
    return bits
