"""Score posts against the eight policy categories and the four police flags.

A fast first pass reads every post: static token vectors distilled from the fine-tuned encoder
(model2vec) and hashed character n-grams, with linear heads. Only posts it cannot clear go through
the fine-tuned MiniLM sentence encoder (int8 ONNX) and its heads: posts it finds uncertain, posts
that name an identity group, and posts with a quote or a negation that the first pass did not find
wholly harmless (those can turn a harmless-looking post around). Runs on onnxruntime, tokenizers,
model2vec's numpy inference and scikit-learn's stateless hashing: no torch, no network.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from schoolgate.screening import group_words, lexicon
from schoolgate.screening.categories import CATEGORY_IDS, POLICE_FLAGS

MODELS_DIR = Path(__file__).resolve().parent / "models"
ENCODER_FILE = "encoder.onnx"
TOKENIZER_FILE = "tokenizer.json"
HEADS_FILE = "heads.npz"
CONFIG_FILE = "classifier.json"
# The static first pass (model2vec's folder layout).
STATIC_DIR = "static"
MAX_TOKENS = 128
# The environment variable that sets the encoder's threads (see Encoder).
ENCODER_THREADS_VARIABLE = "SCHOOLGATE_ENCODER_THREADS"
DEFAULT_ENCODER_THREADS = 1
EMBEDDING_DIM = 384
# A post with a quote or a negation goes to the encoder once the first pass gives it this share of
# the gate: a quote or a "not" turns meaning around, which token vectors cannot see, but a post
# the first pass finds wholly harmless stays harmless with them (most questions have a "not").
TURNAROUND_SHARE_OF_GATE = 0.25
QUOTE = re.compile(r"[\"“”«»]|(?:^|\s)'[^']{3,}'")
# Posts whose encoder scores training records in the config ("probes"): a machine that computes
# them otherwise would judge posts otherwise than the machine the engine was measured on.
PROBE_POSTS = (
    "Just a reminder that the school gates open at 8.40 on Monday, bring a coat",
    "If Mr Hale touches my son again I will smash his face in, I know where he lives",
    "Absolutely disgusted with how the school handled the bullying, nobody ever calls back",
    "Eid Mubarak to all the families celebrating this week!",
    "Here are the photos from the class trip, look at all their little faces",
)
# How far a machine's probe scores may stray from the recorded ones. Float sums in another order
# move a score by about a millionth; an integer product computed otherwise moved the everyday
# posts' scores by a hundredth at the median and up to 0.37 (see training/export.py).
PROBE_TOLERANCE = 1e-4


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0))), dtype=np.float32)


def hashing_vectorizer(n_features: int) -> Any:
    """Return the stateless character n-gram hasher both training and run time use."""
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 5),
        n_features=n_features,
        alternate_sign=False,
        norm="l2",
        lowercase=True,
        dtype=np.float32,
    )


def encoder_threads() -> int:
    """The encoder's threads: ENCODER_THREADS_VARIABLE when set, else DEFAULT_ENCODER_THREADS."""
    raw = os.environ.get(ENCODER_THREADS_VARIABLE, "").strip()
    if not raw:
        return DEFAULT_ENCODER_THREADS
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError(
            f"{ENCODER_THREADS_VARIABLE} must be a whole number of threads, not {raw!r}"
        )
    return int(raw)


class Encoder:
    """Turn texts into mean-pooled, L2-normalised MiniLM embeddings (384 floats each)."""

    def __init__(self, model_dir: Path = MODELS_DIR, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(model_dir / TOKENIZER_FILE))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        options = ort.SessionOptions()
        # One thread by default: a school's server runs two web processes and the task worker on
        # two cores, and onnxruntime's idle threads spin on the cores the others need. Measured
        # on two cores: the draft check under eight parents, p95 96 ms with one thread per web
        # process and 150 ms with two; the whole engine beside another busy process, 243 posts/s
        # with one and 123 with two. Alone on a quiet machine two threads are about a tenth
        # faster (240 against 215 posts/s): ENCODER_THREADS_VARIABLE is for such a machine.
        options.intra_op_num_threads = threads or encoder_threads()
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        self.session = ort.InferenceSession(
            str(model_dir / ENCODER_FILE), options, providers=["CPUExecutionProvider"]
        )
        # An InferenceSession may be shared, but the tokenizer's settings are not thread-safe.
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return an (n, 384) float32 array, one encoder run per post.

        The int8 model quantises activations with one scale per run, so in a batch a post's
        embedding would shift with its neighbours: a post must score the same alone or in a batch.
        """
        out = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
        if not texts:
            return out
        with self._lock:
            encodings = self.tokenizer.encode_batch([t or " " for t in texts])
        for index, encoding in enumerate(encodings):
            ids = np.array([encoding.ids], dtype=np.int64)
            (embedding,) = self.session.run(
                None, {"input_ids": ids, "attention_mask": np.ones_like(ids)}
            )
            out[index] = embedding[0]
        return out


class StaticEncoder:
    """Mean token vectors of a model2vec static model: about a hundred times faster than MiniLM."""

    def __init__(self, folder: Path) -> None:
        from model2vec import StaticModel

        self.model = StaticModel.from_pretrained(str(folder))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return (n, dims) float32 vectors; each post's vector depends on that post alone."""
        vectors = self.model.encode(
            list(texts), show_progress_bar=False, max_length=None, use_multiprocessing=False
        )
        return np.asarray(vectors, dtype=np.float32)


@dataclass(frozen=True)
class Prediction:
    """Scores for a batch of texts.

    `categories` is (n, 8) in CATEGORY_IDS order; `police` (n, 4) in POLICE_FLAGS order, 0 where
    the post was cleared by the first pass; `extra` maps a public-data head name ("offence",
    "hate", "targeted", "abuse") to (n,) probabilities, NaN where the post was cleared by the
    first pass; `escalated` says which posts went through the encoder.
    """

    categories: np.ndarray
    police: np.ndarray
    extra: dict[str, np.ndarray]
    escalated: np.ndarray


class TextClassifier:
    """The shipped text models; load with `load_classifier()`."""

    categories: tuple[str, ...] = CATEGORY_IDS

    def __init__(self, model_dir: Path = MODELS_DIR) -> None:
        self.model_dir = model_dir
        config = json.loads((model_dir / CONFIG_FILE).read_text(encoding="utf-8"))
        if tuple(config["categories"]) != CATEGORY_IDS:
            raise ValueError(
                f"{model_dir / CONFIG_FILE} was trained for categories {config['categories']}, "
                f"the engine uses {list(CATEGORY_IDS)}: retrain the models"
            )
        self.config = config
        self.extra_names: tuple[str, ...] = tuple(config["extra_heads"])
        self.thresholds = np.array(
            [config["thresholds"][c] for c in CATEGORY_IDS], dtype=np.float32
        )
        self.police_thresholds = np.array(
            [config["police_thresholds"][f] for f in POLICE_FLAGS], dtype=np.float32
        )
        self.gate = float(config["gate"])
        # allow_pickle=False: the heads are plain arrays, never code.
        with np.load(model_dir / HEADS_FILE, allow_pickle=False) as heads:
            self._w: dict[str, np.ndarray] = {k: heads[k].astype(np.float32) for k in heads.files}
        self._hasher = hashing_vectorizer(int(config["lexical_features"]))
        self.static = StaticEncoder(model_dir / STATIC_DIR)
        self._encoder: Encoder | None = None
        self._encoder_lock = threading.Lock()

    @property
    def encoder(self) -> Encoder:
        """Load the ONNX encoder on first use (the first pass alone does not need it)."""
        if self._encoder is None:
            with self._encoder_lock:
                if self._encoder is None:
                    self._encoder = Encoder(self.model_dir)
        return self._encoder

    def lexical_logits(self, texts: Sequence[str]) -> np.ndarray:
        """Return the hashed n-gram logits, by column: the first pass's eight categories and
        "any", then the n-gram parts of the public heads and of the category heads (the encoder's
        parts are added when a post is escalated)."""
        x = self._hasher.transform(texts)
        return np.asarray(x @ self._w["lex_coef"], dtype=np.float32)

    def first_pass(self, texts: Sequence[str], lexical_logits: np.ndarray) -> np.ndarray:
        """Return the first pass's (n, 9) probabilities: the eight categories, then "any"."""
        k = len(CATEGORY_IDS) + 1
        static = self.static.embed(texts)
        return _sigmoid(
            lexical_logits[:, :k] + static @ self._w["static_coef"] + self._w["lex_intercept"]
        )

    def lexical(self, texts: Sequence[str]) -> np.ndarray:
        """Return the first pass's (n, 9) probabilities for `texts`."""
        return self.first_pass(texts, self.lexical_logits(texts))

    def needs_encoder(self, texts: Sequence[str], first_pass: np.ndarray) -> np.ndarray:
        """Which posts the first pass cannot clear (see the module's docstring)."""
        any_breach = first_pass[:, len(CATEGORY_IDS)]
        out = any_breach >= self.gate
        for index, text in enumerate(texts):
            if out[index]:
                continue
            lowered = text.lower()
            names_a_group = bool(
                group_words.GROUP_CUES.pattern.search(lowered)
                or group_words.SLUR_CUES.pattern.search(lowered)
            )
            turned_around = bool(QUOTE.search(text) or lexicon.NEGATION.search(lowered))
            out[index] = names_a_group or (
                turned_around and any_breach[index] >= self.gate * TURNAROUND_SHARE_OF_GATE
            )
        return out

    def from_embeddings(
        self, embeddings: np.ndarray, lexical_logits: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
        """Return (n, 8) category and (n, 4) police probabilities and the public heads."""
        k = len(CATEGORY_IDS) + 1
        e = k + len(self.extra_names)
        extra_logits = (
            embeddings @ self._w["extra_coef"] + lexical_logits[:, k:e] + self._w["extra_intercept"]
        )
        features = np.hstack([embeddings, extra_logits]).astype(np.float32)
        categories = _sigmoid(
            features @ self._w["cat_coef"] + lexical_logits[:, e:] + self._w["cat_intercept"]
        )
        police = _sigmoid(features @ self._w["police_coef"] + self._w["police_intercept"])
        extra = {name: _sigmoid(extra_logits[:, i]) for i, name in enumerate(self.extra_names)}
        return categories, police, extra

    def predict_detailed(self, texts: Sequence[str], *, full: bool = False) -> Prediction:
        """Score `texts`; with `full`, send every post through the encoder (no first pass)."""
        texts = [t if isinstance(t, str) else str(t) for t in texts]
        n = len(texts)
        k = len(CATEGORY_IDS)
        if n == 0:
            empty = {name: np.zeros(0, np.float32) for name in self.extra_names}
            return Prediction(
                np.zeros((0, k), np.float32),
                np.zeros((0, len(POLICE_FLAGS)), np.float32),
                empty,
                np.zeros(0, dtype=bool),
            )
        logits = self.lexical_logits(texts)
        first = self.first_pass(texts, logits)
        escalated = np.ones(n, dtype=bool) if full else self.needs_encoder(texts, first)
        # A post the first pass clears stays below every decision threshold.
        categories = np.minimum(first[:, :k], self.thresholds * 0.5)
        police = np.zeros((n, len(POLICE_FLAGS)), dtype=np.float32)
        extra = {name: np.full(n, np.nan, dtype=np.float32) for name in self.extra_names}
        if escalated.any():
            rows = np.flatnonzero(escalated)
            embeddings = self.encoder.embed([texts[i] for i in rows])
            cats, flags, heads = self.from_embeddings(embeddings, logits[rows])
            categories[rows] = cats
            police[rows] = flags
            for name in self.extra_names:
                extra[name][rows] = heads[name]
        return Prediction(categories.astype(np.float32), police, extra, escalated)

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """Return (n, 8) probabilities, columns in CATEGORY_IDS order."""
        return self.predict_detailed(texts).categories

    def probe_scores(self) -> list[list[float]]:
        """Each of PROBE_POSTS's eight category and four police scores from the encoder."""
        prediction = self.predict_detailed(PROBE_POSTS, full=True)
        return np.hstack([prediction.categories, prediction.police]).round(6).tolist()

    def probe_drift(self) -> float:
        """How far this machine's probe scores stray from those recorded in training."""
        recorded = self.config.get("probes") or {}
        if recorded.get("posts") != list(PROBE_POSTS):
            raise ValueError(
                f"{self.model_dir / CONFIG_FILE} records no scores for PROBE_POSTS: retrain the models"
            )
        difference = np.abs(np.array(recorded["scores"]) - np.array(self.probe_scores()))
        return float(difference.max())

    def decide(self, probabilities: np.ndarray) -> np.ndarray:
        """Return the (n, 8) boolean decisions at the tuned thresholds."""
        return np.asarray(probabilities >= self.thresholds)


@lru_cache(maxsize=4)
def load_classifier(model_dir: Path | None = None) -> TextClassifier:
    """Return the shipped classifier, loaded once per process; the encoder loads lazily."""
    return TextClassifier(model_dir or MODELS_DIR)
