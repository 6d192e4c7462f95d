"""Embed texts with the shipped ONNX encoder, caching the results on disk between runs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from schoolgate.screening.classifier import EMBEDDING_DIM, ENCODER_FILE, Encoder

BATCH_SIZE = 32


def embed_in_batches(encoder: Encoder, texts: list[str]) -> np.ndarray:
    """Embed with padded batches of similar length: fast for tens of thousands of texts.

    The run time embeds one post per run instead; the two differ slightly (cosine above 0.98)
    because the int8 model scales activations per run. Training keeps this way so that a run
    from scratch reproduces the shipped heads.
    """
    out = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
    if not texts:
        return out
    encodings = encoder.tokenizer.encode_batch([t or " " for t in texts])
    lengths = np.array([len(e.ids) for e in encodings])
    order = np.argsort(lengths, kind="stable")
    for start in range(0, len(order), BATCH_SIZE):
        rows = order[start : start + BATCH_SIZE]
        width = int(lengths[rows].max())
        ids = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for r, index in enumerate(rows):
            tokens = encodings[index].ids
            ids[r, : len(tokens)] = tokens
            mask[r, : len(tokens)] = 1
        (embedding,) = encoder.session.run(None, {"input_ids": ids, "attention_mask": mask})
        out[rows] = embedding
    return out


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
        embeddings = embed_in_batches(self._encoder, texts)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        np.save(path, embeddings, allow_pickle=False)
        return embeddings
