"""Fit the linear heads: public-data heads, the eight category heads and the lexical first pass."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score


@dataclass(frozen=True)
class Linear:
    """A fitted linear layer: logits = x @ coef + intercept (coef is features by outputs)."""

    coef: np.ndarray
    intercept: np.ndarray


def fit_binary(
    x: np.ndarray | object,
    y: np.ndarray,
    *,
    c: float,
    weight: np.ndarray | None = None,
    balanced: bool = False,
    seed: int = 0,
) -> Linear:
    """Fit one logistic regression; return its coefficients as a (features, 1) layer."""
    model = LogisticRegression(
        C=c,
        max_iter=3000,
        class_weight="balanced" if balanced else None,
        random_state=seed,
    )
    model.fit(x, y, sample_weight=weight)
    return Linear(model.coef_.T.astype(np.float32), model.intercept_.astype(np.float32))


def stack(layers: list[Linear]) -> Linear:
    """Put single-output layers side by side into one multi-output layer."""
    return Linear(
        np.hstack([layer.coef for layer in layers]),
        np.concatenate([layer.intercept for layer in layers]),
    )


def sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0))))


def apply(layer: Linear, x: np.ndarray | object) -> np.ndarray:
    """Return probabilities of a layer (dense or sparse input)."""
    return sigmoid(np.asarray(x @ layer.coef) + layer.intercept)


def best_threshold(y: np.ndarray, p: np.ndarray, floor: float = 0.05) -> float:
    """Return the threshold that maximises F1 on out-of-fold probabilities."""
    if y.sum() == 0:
        return 0.5
    candidates = np.unique(np.clip(p, floor, 0.95))
    scores = [f1_score(y, p >= t, zero_division=0) for t in candidates]
    best = float(candidates[int(np.argmax(scores))])
    # Ties and plateaus: take the middle of the best stretch, which generalises better.
    top = candidates[np.isclose(scores, max(scores))]
    return float(np.median(top)) if len(top) > 1 else best


def recall_threshold(y: np.ndarray, p: np.ndarray, recall: float) -> float:
    """Return the highest threshold that keeps at least `recall` of the positives."""
    positives = np.sort(p[y == 1])
    if len(positives) == 0:
        return 0.5
    index = int(np.floor((1.0 - recall) * len(positives)))
    return float(positives[min(index, len(positives) - 1)])


def folds(groups: np.ndarray, k: int, seed: int) -> list[np.ndarray]:
    """Split example indices into k folds, keeping every group (an example and its name swaps)."""
    unique = np.unique(groups)
    rng = np.random.default_rng(seed)
    rng.shuffle(unique)
    fold_of = {g: i % k for i, g in enumerate(unique)}
    assignment = np.array([fold_of[g] for g in groups])
    return [np.flatnonzero(assignment == i) for i in range(k)]
