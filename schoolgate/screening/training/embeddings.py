"""Embed texts with the shipped ONNX encoder, caching the results on disk between runs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from schoolgate.screening.classifier import ENCODER_FILE, Encoder


class EmbeddingCache:
    """Embed with `Encoder`, keeping each list of texts' embeddings in `cache_dir` by content hash."""

    def __init__(self, model_dir: Path, cache_dir: Path) -> None:
        self.model_dir = model_dir
        self.cache_dir = cache_dir
        self._encoder: Encoder | None = None
        self._model_key = hashlib.sha256((model_dir / ENCODER_FILE).read_bytes()).hexdigest()[:16]

    def embed(self, texts: list[str]) -> np.ndarray:
        """Return (n, 384) embeddings, from the cache when these exact texts were seen before."""
        digest = hashlib.sha256(self._model_key.encode())
        for text in texts:
            digest.update(text.encode("utf-8", "replace") + b"\x00")
        path = self.cache_dir / f"{digest.hexdigest()[:24]}.npy"
        if path.exists():
            return np.load(path, allow_pickle=False)
        if self._encoder is None:
            self._encoder = Encoder(self.model_dir)
        embeddings = self._encoder.embed(texts)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        np.save(path, embeddings, allow_pickle=False)
        return embeddings
