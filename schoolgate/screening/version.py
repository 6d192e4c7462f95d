"""The engine's version, recorded on every assessment so a judgement can be traced to the rules
and models that made it: the package's version and a hash of the model files."""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import tomllib
from pathlib import Path

ENGINE_NAME = "schoolgate-screening"
PACKAGE = "schoolgate"
MODELS_DIR = Path(__file__).resolve().parent / "models"
# Read when the package is not installed (a source checkout run without `pip install -e`).
PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
# Eight hex digits (32 bits): two sets of models a project ships collide about once in four
# billion, and the version still fits the 50 characters the app stores.
MODEL_HASH_LENGTH = 8
# Files in models/ that describe the models without changing a judgement.
DOCUMENTATION_SUFFIXES = (".md",)
NO_MODELS = "none"
UNKNOWN_VERSION = "unknown"
CHUNK_BYTES = 1 << 20


def package_version() -> str:
    """The installed package's version, or pyproject.toml's when it is not installed."""
    try:
        return importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        pass
    try:
        with PYPROJECT.open("rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return UNKNOWN_VERSION


@functools.cache
def models_hash(models_dir: Path = MODELS_DIR) -> str:
    """A short SHA-256 over the name and bytes of every model file under `models_dir`.

    Hidden files and documentation are left out; "none" when there are no model files. Computed
    once per folder and process: the models are loaded once too.
    """
    if not models_dir.is_dir():
        return NO_MODELS
    files = sorted(
        path
        for path in models_dir.rglob("*")
        if path.is_file()
        and not path.name.startswith(".")
        and path.suffix.lower() not in DOCUMENTATION_SUFFIXES
    )
    if not files:
        return NO_MODELS
    digest = hashlib.sha256()
    for path in files:
        name = path.relative_to(models_dir).as_posix().encode("utf-8")
        # Name and size first, so no two different sets of files give the same stream of bytes.
        digest.update(len(name).to_bytes(8, "big") + name)
        digest.update(path.stat().st_size.to_bytes(8, "big"))
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK_BYTES):
                digest.update(chunk)
    return digest.hexdigest()[:MODEL_HASH_LENGTH]


def engine_version(models_dir: Path = MODELS_DIR) -> str:
    """Say which engine judges: "schoolgate-screening 0.1.0+models.3f2a9c1d"."""
    return f"{ENGINE_NAME} {package_version()}+models.{models_hash(models_dir)}"


ENGINE_VERSION = engine_version()
