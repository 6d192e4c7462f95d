"""Train every head the classifier loads and write them, with their figures, to the models folder."""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack, vstack
from sklearn.metrics import f1_score

from schoolgate.screening.categories import CATEGORY_IDS, POLICE_FLAGS
from schoolgate.screening.classifier import (
    CONFIG_FILE,
    ENCODER_FILE,
    HEADS_FILE,
    PROBE_POSTS,
    STATIC_DIR,
    StaticEncoder,
    TextClassifier,
    hashing_vectorizer,
)
from schoolgate.screening.training import contrastive, corpora, finetune, hatemoji, synthetic
from schoolgate.screening.training.embeddings import EmbeddingCache
from schoolgate.screening.training.export import export_encoder, minilm_dir
from schoolgate.screening.training.heads import (
    Linear,
    apply,
    best_threshold,
    fit_binary,
    folds,
    recall_threshold,
    stack,
)
from schoolgate.screening.training.static import distil_static

log = logging.getLogger(__name__)

LEXICAL_FEATURES = 2**18
# The public heads are the fine-tuning's public tasks, in the same order.
EXTRA_HEADS = finetune.PUBLIC_TASKS
# The first pass must let through this share of the school posts that break the policy.
GATE_RECALL = 0.98
NAME_SWAPS = 2
COMPOSED_PER_TEMPLATE = 150
CATEGORY_C = 4.0
EXTRA_C = 4.0
LEXICAL_C = 8.0
# The police heads learn from few posts (a few hundred flagged): stronger regularisation.
POLICE_C = 1.0
K_FOLDS = 5


@dataclass
class Settings:
    """What `train` reads and writes."""

    data_dir: Path
    model_dir: Path
    cache_dir: Path
    seed: int = 0
    # Fine-tune the encoder first (what `make train` does); without it, refit the heads only.
    finetune: bool = True


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _without(split: corpora.Split, held_out: frozenset[str]) -> np.ndarray:
    """Return the indices of a training split whose text does not occur in any validation split."""
    return np.array([i for i, t in enumerate(split.texts) if _key(t) not in held_out], dtype=int)


@lru_cache(maxsize=1)
def _held_out_keys(data: Path) -> frozenset[str]:
    """The keys of every validation text: no training row may repeat one (read once a run)."""
    vals = [
        corpora.tweeteval(data, "offensive", "val"),
        corpora.olid(data, "val"),
        corpora.tweeteval(data, "hate", "val"),
        corpora.hatexplain(data, "val"),
        corpora.cad(data, "val"),
    ]
    keys = {_key(t) for split in vals for t in split.texts}
    return frozenset(keys | {_key(e.text) for e in hatemoji.read(data, "validation")})


@dataclass(frozen=True)
class PublicHeads:
    """The public-data heads: an embedding part and a hashed n-gram part sharing one intercept."""

    embedding: Linear
    lexical_coef: np.ndarray

    def logits(self, embeddings: np.ndarray, x_lexical: object) -> np.ndarray:
        lexical = np.asarray(x_lexical @ self.lexical_coef)
        return np.asarray(embeddings @ self.embedding.coef + lexical + self.embedding.intercept)


def public_heads(
    settings: Settings, cache: EmbeddingCache
) -> tuple[PublicHeads, dict[str, object]]:
    """Fit the heads on public data (train splits only, minus anything seen in a validation split).

    Each head reads the sentence embedding and the hashed character n-grams together: the
    n-grams catch spellings of slurs and swearing the encoder's vocabulary blurs.
    """
    data = settings.data_dir
    held_out = _held_out_keys(data)
    hasher = hashing_vectorizer(LEXICAL_FEATURES)
    layers: dict[str, Linear] = {}
    sizes: dict[str, object] = {}

    def fit(split: corpora.Split, targets: dict[str, np.ndarray]) -> None:
        keep = _without(split, held_out)
        x = hstack(
            [
                hasher.transform([split.texts[i] for i in keep]),
                csr_matrix(cache.embed(split.texts)[keep]),
            ]
        ).tocsr()
        for name, y in targets.items():
            layers[name] = fit_binary(x, y[keep], c=EXTRA_C, balanced=True, seed=settings.seed)
            sizes[name] = {
                "source": split.source,
                "rows": len(keep),
                "positives": int(y[keep].sum()),
            }
            log.info("head %s: %d rows", name, len(keep))

    offensive = corpora.tweeteval(data, "offensive", "train")
    fit(offensive, {"offence": np.array(offensive.targets)})
    olid = corpora.olid(data, "train")
    fit(olid, {"targeted": np.array(olid.targets)})
    hate = corpora.tweeteval(data, "hate", "train")
    fit(hate, {"hate": np.array(hate.targets)})
    cad = corpora.cad(data, "train")
    fit(cad, {"abuse": np.array(cad.targets)})
    hatexplain = corpora.hatexplain(data, "train")
    classes = np.array(hatexplain.targets)
    fit(
        hatexplain,
        {
            f"hatexplain_{name}": (classes == index).astype(int)
            for index, name in enumerate(corpora.HATEXPLAIN_CLASSES)
        },
    )
    joined = stack([layers[name] for name in EXTRA_HEADS])
    embedding = Linear(joined.coef[LEXICAL_FEATURES:], joined.intercept)
    # Stored as float16; train what follows on the values the run time will see.
    lexical = joined.coef[:LEXICAL_FEATURES].astype(np.float16).astype(np.float32)
    return PublicHeads(embedding, lexical), sizes


@dataclass
class Rows:
    """The training rows of the category heads: texts, 8 labels, weights, groups for CV."""

    texts: list[str]
    labels: np.ndarray
    weights: np.ndarray
    groups: np.ndarray
    is_school: np.ndarray


@dataclass
class SchoolExamples:
    """The school-context training posts: hand-written (with name swaps) and generated."""

    written: list[tuple[int, corpora.Example]]
    generated: list[corpora.Example]
    sizes: dict[str, int]

    def all(self) -> list[corpora.Example]:
        return [example for _, example in self.written] + self.generated


def school_examples(settings: Settings) -> SchoolExamples:
    """Read the team's examples with their name swaps, and compose the generated posts.

    `written` pairs each post with its original's index, so that cross-validation keeps a post
    and its name swaps in one fold.
    """
    examples = corpora.read_examples(corpora.EXAMPLES_DIR / "train.txt")
    roster = corpora.EXAMPLES_DIR / "demo_roster.csv"
    written = []
    for group, example in enumerate(examples):
        swapped = corpora.swap_names([example], roster, NAME_SWAPS, group)
        # One more copy with names from outside the roster, so that no name means trouble.
        pooled = [e for e in corpora.vary_titled_names([example], group) if e != example]
        written += [(group, variant) for variant in [example, *swapped, *pooled]]
    composed = synthetic.generate(COMPOSED_PER_TEMPLATE, settings.seed)
    counterfactual = contrastive.generate(settings.seed)
    adversarial = hatemoji.read(settings.data_dir, "train")
    sizes = {
        "school_examples": len(examples),
        "school_rows_with_name_swaps": len(written),
        "composed_rows": len(composed),
        "contrastive_rows": len(counterfactual),
        "hatemoji_build_rows": len(adversarial),
    }
    # The generated posts' titled names come from the pool and the roster alike, so that the
    # roster's names appear as often in harmless posts as in breaches.
    names = corpora.SURNAME_POOL + corpora.staff_surnames(roster)
    generated = corpora.vary_titled_names(composed + counterfactual, settings.seed, names)
    return SchoolExamples(written, generated + adversarial, sizes)


def category_rows(school: SchoolExamples) -> Rows:
    """Build the category heads' rows from the school examples.

    Public posts are left out here: in cross-validation they made the school heads worse. They
    reach the category heads through the public heads' scores, which are features.
    """
    examples = school.all()
    groups = [group for group, _ in school.written] + [-1] * len(school.generated)
    n = len(examples)
    is_school = np.arange(n) < len(school.written)
    labels = np.array(corpora.label_matrix(examples))
    return Rows([e.text for e in examples], labels, np.ones(n), np.array(groups), is_school)


def police_targets(school: SchoolExamples) -> np.ndarray:
    """The (n, 4) police flag targets of `category_rows(school)`'s rows."""
    return np.array(
        [[int(flag in e.flags) for flag in POLICE_FLAGS] for e in school.all()], dtype=int
    )


def public_gate_rows(settings: Settings) -> tuple[list[str], np.ndarray]:
    """The public train posts for the first pass's gate: 1 where their set calls them offensive,
    abusive or hateful (worth the encoder's look), 0 where harmless; validation texts left out."""
    data = settings.data_dir
    held_out = _held_out_keys(data)
    hatexplain_split = corpora.hatexplain(data, "train")
    splits = [
        (corpora.tweeteval(data, "offensive", "train"), None),
        (corpora.tweeteval(data, "hate", "train"), None),
        (corpora.cad(data, "train"), None),
        (hatexplain_split, corpora.HATEXPLAIN_CLASSES.index("normal")),
    ]
    texts: list[str] = []
    flagged: list[int] = []
    for split, harmless_class in splits:
        for text, target in zip(split.texts, split.targets, strict=True):
            if _key(text) in held_out:
                continue
            texts.append(text)
            flagged.append(int(target != harmless_class) if harmless_class is not None else target)
    return texts, np.array(flagged, dtype=int)


def finetune_encoder(
    settings: Settings, school: SchoolExamples
) -> tuple[Path, dict[str, int | str]]:
    """Fine-tune MiniLM on the school posts and a sample of each public train split."""
    data = settings.data_dir
    held_out = _held_out_keys(data)
    offensive = corpora.tweeteval(data, "offensive", "train")
    olid = corpora.olid(data, "train")
    hate = corpora.tweeteval(data, "hate", "train")
    cad = corpora.cad(data, "train")
    hatexplain_split = corpora.hatexplain(data, "train")
    three = np.array(hatexplain_split.targets)
    hatespeech = three == corpora.HATEXPLAIN_CLASSES.index("hatespeech")

    def yes_or_nothing(flags: np.ndarray | list[int]) -> list[float]:
        return [1.0 if flag else math.nan for flag in flags]

    public = [
        finetune.PublicSource(
            offensive,
            {"offence": list(map(float, offensive.targets))},
            [not t for t in offensive.targets],
        ),
        # OLID's "offensive and aimed at one person" (subtask C = IND) is the policy's offensive
        # comment about a person in all but setting: it also teaches that school column.
        finetune.PublicSource(
            olid,
            {
                name: list(map(float, olid.targets))
                for name in ("targeted", "offensive_about_person")
            },
            [not t for t in olid.extra["offensive"]],
        ),
        # HatEval's hate is aimed at immigrants or women, groups the law protects: it teaches
        # discrimination "yes" (without it, the harmless tweets taught that a tweet never is).
        finetune.PublicSource(
            hate,
            {
                "hate": list(map(float, hate.targets)),
                "discrimination": yes_or_nothing(hate.targets),
            },
            [False] * len(hate.texts),
        ),
        finetune.PublicSource(
            cad, {"abuse": list(map(float, cad.targets))}, [not t for t in cad.targets]
        ),
        finetune.PublicSource(
            hatexplain_split,
            {
                **{
                    f"hatexplain_{name}": list((three == index).astype(float))
                    for index, name in enumerate(corpora.HATEXPLAIN_CLASSES)
                },
                "discrimination": yes_or_nothing(hatespeech),
            },
            list(three == corpora.HATEXPLAIN_CLASSES.index("normal")),
        ),
    ]
    rows = finetune.build_rows(
        school.all(), public, lambda text: _key(text) in held_out, settings.seed
    )
    log.info("fine-tuning on %d rows", len(rows.texts))
    tuned, processor = finetune.finetune(
        minilm_dir(), rows, settings.cache_dir.parent / "finetuned", settings.seed
    )
    return tuned, {
        "processor": processor,
        "rows": len(rows.texts),
        "epochs": finetune.EPOCHS,
        "public_rows_per_source": finetune.PUBLIC_ROWS_PER_SOURCE,
        "public_harmless_rows_per_source": finetune.PUBLIC_HARMLESS_ROWS_PER_SOURCE,
        "max_tokens": finetune.TRAIN_MAX_TOKENS,
    }


def fit_categories(x: np.ndarray | object, rows: Rows, c: float, seed: int) -> Linear:
    """Fit one head per category on features `x` of `rows`."""
    return stack(
        [
            fit_binary(x, rows.labels[:, j], c=c, weight=rows.weights, balanced=True, seed=seed)
            for j in range(len(CATEGORY_IDS))
        ]
    )


def out_of_fold(
    x: np.ndarray | object,
    rows: Rows,
    c: float,
    seed: int,
    any_column: bool = False,
    targets: np.ndarray | None = None,
) -> np.ndarray:
    """Return out-of-fold probabilities for the hand-written rows (generated rows always train).

    The columns are the categories (plus "any" with `any_column`), or `targets`' columns.
    """
    y = rows.labels if targets is None else targets
    if any_column:
        y = np.hstack([y, y.max(axis=1, keepdims=True)])
    out = np.zeros(y.shape)
    school_groups = rows.groups.copy()
    for fold in folds(school_groups[rows.is_school], K_FOLDS, seed):
        held = np.zeros(len(rows.texts), dtype=bool)
        held[fold] = True
        train_rows = ~held
        layers = [
            fit_binary(
                x[train_rows],  # type: ignore[index]
                y[train_rows, j],
                c=c,
                weight=rows.weights[train_rows],
                balanced=True,
                seed=seed,
            )
            for j in range(y.shape[1])
        ]
        out[held] = apply(stack(layers), x[held])  # type: ignore[index]
    return out


def train(settings: Settings) -> dict[str, object]:
    """Fit and write every head; return the summary that also goes into the data card."""
    np.random.seed(settings.seed)
    model_dir = settings.model_dir
    school = school_examples(settings)
    finetuned: dict[str, int | str] = {}
    if settings.finetune:
        tuned, finetuned = finetune_encoder(settings, school)
        export_encoder(model_dir, tuned)
        distil_static(tuned, model_dir)
    else:
        if not (model_dir / ENCODER_FILE).exists():
            export_encoder(model_dir)
        if not (model_dir / STATIC_DIR).exists():
            distil_static(minilm_dir(), model_dir)
    cache = EmbeddingCache(model_dir, settings.cache_dir)

    extra, public_sizes = public_heads(settings, cache)
    rows = category_rows(school)
    school_sizes = school.sizes
    embeddings = cache.embed(rows.texts)
    hasher = hashing_vectorizer(LEXICAL_FEATURES)
    x_lex = hasher.transform(rows.texts)
    extra_logits = extra.logits(embeddings, x_lex)
    dense = np.hstack([embeddings, extra_logits]).astype(np.float32)
    # The category heads read the embedding, the public heads' scores and the n-grams at once.
    features = hstack([csr_matrix(dense), x_lex]).tocsr()

    originals = rows.is_school & np.r_[True, rows.groups[1:] != rows.groups[:-1]]
    oof = out_of_fold(features, rows, CATEGORY_C, settings.seed)
    thresholds = {}
    cv_f1 = {}
    for j, category in enumerate(CATEGORY_IDS):
        y, p = rows.labels[originals, j], oof[originals, j]
        thresholds[category] = round(best_threshold(y, p), 4)
        cv_f1[category] = round(float(f1_score(y, p >= thresholds[category])), 3)
    joined = fit_categories(features, rows, CATEGORY_C, settings.seed)
    categories = Linear(joined.coef[: dense.shape[1]], joined.intercept)
    categories_lexical = joined.coef[dense.shape[1] :]
    log.info("category heads: cross-validated F1 %s", cv_f1)

    police_y = police_targets(school)
    police_oof = out_of_fold(dense, rows, POLICE_C, settings.seed, targets=police_y)
    police_thresholds = {}
    police_cv_f1 = {}
    police_layers = []
    for j, flag in enumerate(POLICE_FLAGS):
        y, p = police_y[originals, j], police_oof[originals, j]
        police_thresholds[flag] = round(best_threshold(y, p), 4) if y.any() else 0.5
        police_cv_f1[flag] = round(float(f1_score(y, p >= police_thresholds[flag])), 3)
        police_layers.append(
            fit_binary(dense, police_y[:, j], c=POLICE_C, balanced=True, seed=settings.seed)
        )
    police = stack(police_layers)
    log.info("police heads: cross-validated F1 %s", police_cv_f1)

    # The first pass reads the static vectors and the n-grams. Its categories learn from the
    # school rows; its "anything wrong" gate also from the public train splits (offensive,
    # abusive or hateful posts as "look closer", the rest as harmless), so that the everyday
    # posts of a school's channels are cleared without the encoder.
    static_encoder = StaticEncoder(model_dir / STATIC_DIR)
    static = static_encoder.embed(rows.texts)
    first_features = hstack([csr_matrix(static), x_lex]).tocsr()
    any_label = rows.labels.max(axis=1)
    public_texts, public_any = public_gate_rows(settings)
    gate_features = vstack(
        [
            first_features,
            hstack(
                [csr_matrix(static_encoder.embed(public_texts)), hasher.transform(public_texts)]
            ).tocsr(),
        ]
    ).tocsr()
    n_public = len(public_texts)
    gate_rows = Rows(
        rows.texts + public_texts,
        np.vstack([rows.labels, np.zeros((n_public, rows.labels.shape[1]), dtype=int)]),
        np.ones(len(rows.texts) + n_public),
        np.r_[rows.groups, np.full(n_public, -1)],
        np.r_[rows.is_school, np.zeros(n_public, dtype=bool)],
    )
    gate_y = np.r_[any_label, public_any][:, None]
    gate_oof = out_of_fold(gate_features, gate_rows, LEXICAL_C, settings.seed, targets=gate_y)
    gate_oof = gate_oof[: len(rows.texts), 0]
    gate = recall_threshold(any_label[originals], gate_oof[originals], GATE_RECALL)
    cleared = float((gate_oof[originals] < gate).mean())
    first_pass = stack(
        [
            fit_categories(first_features, rows, LEXICAL_C, settings.seed),
            fit_binary(
                gate_features,
                gate_y[:, 0],
                c=LEXICAL_C,
                balanced=True,
                seed=settings.seed,
            ),
        ]
    )
    static_coef = first_pass.coef[: static.shape[1]]
    lexical = Linear(first_pass.coef[static.shape[1] :], first_pass.intercept)

    np.savez_compressed(
        model_dir / HEADS_FILE,
        extra_coef=extra.embedding.coef,
        extra_intercept=extra.embedding.intercept,
        cat_coef=categories.coef,
        cat_intercept=categories.intercept,
        lex_coef=np.hstack([lexical.coef, extra.lexical_coef, categories_lexical]).astype(
            np.float16
        ),
        lex_intercept=lexical.intercept,
        static_coef=static_coef,
        police_coef=police.coef,
        police_intercept=police.intercept,
    )
    summary: dict[str, object] = {
        "seed": settings.seed,
        "finetune": finetuned,
        "public_heads": public_sizes,
        "school": school_sizes,
        "cross_validated_f1_on_school_train": cv_f1,
        "police_cross_validated_f1_on_school_train": police_cv_f1,
        "gate_recall_target": GATE_RECALL,
        "gate_share_cleared_on_school_train": round(cleared, 3),
        "gate_public_rows": len(public_texts),
    }
    config = {
        "categories": list(CATEGORY_IDS),
        "extra_heads": list(EXTRA_HEADS),
        "thresholds": thresholds,
        "police_thresholds": police_thresholds,
        "gate": round(gate, 5),
        "lexical_features": LEXICAL_FEATURES,
        "training": summary,
    }
    write_config(model_dir, config)
    # The probes are scored with the finished models, so the config must be written first.
    config["probes"] = {
        "posts": list(PROBE_POSTS),
        "scores": TextClassifier(model_dir).probe_scores(),
    }
    write_config(model_dir, config)
    return config


def write_config(model_dir: Path, config: dict[str, object]) -> None:
    """Write the classifier's config (CONFIG_FILE) as the run time reads it."""
    (model_dir / CONFIG_FILE).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
