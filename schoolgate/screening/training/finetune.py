"""Fine-tune all-MiniLM-L6-v2 end to end on every task at once, on the CPU (or a GPU if present).

One encoder, one linear layer of outputs: the eight categories and the four police flags (school
posts: the team's examples, their name swaps, the composed and contrastive posts, Hatemoji Build's
train split), and the public heads (offence, targeted, hate, abuse, HateXplain's three classes,
each from its own set's train split). A row only teaches the outputs its source labels: the loss
is masked per column. The fine-tuned weights are then exported to int8 ONNX like the original, and
`train.py` fits the shipped linear heads on the new embeddings.
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from schoolgate.screening.categories import CATEGORY_IDS, POLICE_FLAGS
from schoolgate.screening.training import corpora

log = logging.getLogger(__name__)

# Tokens a training post is cut to: 95% of the school and public posts are shorter, and the cost
# of a step grows with the square of the length.
TRAIN_MAX_TOKENS = 64
BATCH_SIZE = 32
# Public rows drawn once from each public set, and read again on every pass: enough to keep the
# public heads' abilities (offence, hate, abuse) without drowning the school posts, and to fit in
# the CPU budget.
PUBLIC_ROWS_PER_SOURCE = 2500
# Before these, the school's abuse columns had never seen a tweet, and political tweets ("liberals",
# "gun control", laughing emoji) read as discrimination. Of each public set's sampled rows, this
# many that the set calls harmless also teach these columns "no". Fewer than all of them: with
# every harmless row (about 6,000) the columns learned that a tweet is never discrimination.
HARMLESS_PUBLIC_TEACHES_NO = ("offensive_about_person", "violence", "discrimination")
PUBLIC_HARMLESS_ROWS_PER_SOURCE = 1000
# Two passes over the data: one left praise that names staff read as complaint (underfitted);
# each pass costs 9 to 22 minutes on the reference machine's two cores (two machines measured).
EPOCHS = 2
# Small for the pre-trained encoder, large for the new output layer, as is usual for BERT-like
# fine-tuning; warm up over the first tenth of the steps, then decay linearly to zero.
ENCODER_LEARNING_RATE = 5e-5
HEAD_LEARNING_RATE = 2e-3
WARMUP_SHARE = 0.1
WEIGHT_DECAY = 0.01
# Two cores on the reference machine.
TORCH_THREADS = 2

PUBLIC_TASKS = (
    "offence",
    "targeted",
    "hate",
    "abuse",
    "hatexplain_normal",
    "hatexplain_offensive",
    "hatexplain_hatespeech",
)
SCHOOL_TASKS = CATEGORY_IDS + POLICE_FLAGS
TASKS = SCHOOL_TASKS + PUBLIC_TASKS


@dataclass
class TaskRows:
    """Texts with a target per task column and a mask saying which columns a row teaches."""

    texts: list[str]
    targets: np.ndarray
    mask: np.ndarray

    @classmethod
    def empty(cls) -> TaskRows:
        return cls([], np.zeros((0, len(TASKS)), np.float32), np.zeros((0, len(TASKS)), bool))

    def extend(self, texts: list[str], columns: Mapping[str, Sequence[float] | np.ndarray]) -> None:
        """Add `texts`, teaching only the named columns, and in them only the rows not NaN."""
        n = len(texts)
        targets = np.zeros((n, len(TASKS)), np.float32)
        mask = np.zeros((n, len(TASKS)), bool)
        for name, values in columns.items():
            j = TASKS.index(name)
            column = np.asarray(values, dtype=np.float32)
            taught = ~np.isnan(column)
            targets[taught, j] = column[taught]
            mask[:, j] = taught
        self.texts += texts
        self.targets = np.vstack([self.targets, targets])
        self.mask = np.vstack([self.mask, mask])


def school_columns(examples: list[corpora.Example]) -> dict[str, list[int]]:
    """The category and police columns of school examples."""
    return {
        name: [int(name in ex.labels or name in ex.flags) for ex in examples]
        for name in SCHOOL_TASKS
    }


@dataclass
class PublicSource:
    """A public train split, the columns it teaches (NaN where a row teaches nothing), and which
    of its rows its annotators call harmless."""

    split: corpora.Split
    columns: dict[str, list[float]]
    harmless: list[bool]


def with_harmless_noes(
    columns: dict[str, list[float]], harmless: list[bool]
) -> dict[str, list[float]]:
    """Return `columns` plus "no" in HARMLESS_PUBLIC_TEACHES_NO for the first
    PUBLIC_HARMLESS_ROWS_PER_SOURCE harmless rows, where the source itself says nothing."""
    chosen = [i for i, is_harmless in enumerate(harmless) if is_harmless]
    chosen = chosen[:PUBLIC_HARMLESS_ROWS_PER_SOURCE]
    out = dict(columns)
    for name in HARMLESS_PUBLIC_TEACHES_NO:
        values = list(columns.get(name, [math.nan] * len(harmless)))
        for i in chosen:
            if math.isnan(values[i]):
                values[i] = 0.0
        out[name] = values
    return out


def build_rows(
    school: list[corpora.Example],
    public: list[PublicSource],
    held_out: Callable[[str], bool],
    seed: int,
) -> TaskRows:
    """Join the school examples and a sample of each public split (minus validation texts)."""
    rows = TaskRows.empty()
    rows.extend([ex.text for ex in school], school_columns(school))
    rng = random.Random(seed)
    for source in public:
        keep = [i for i, text in enumerate(source.split.texts) if not held_out(text)]
        rng.shuffle(keep)
        keep = keep[:PUBLIC_ROWS_PER_SOURCE]
        columns = {name: [values[i] for i in keep] for name, values in source.columns.items()}
        rows.extend(
            [source.split.texts[i] for i in keep],
            with_harmless_noes(columns, [source.harmless[i] for i in keep]),
        )
    return rows


def finetune(source: Path, rows: TaskRows, out_dir: Path, seed: int) -> tuple[Path, str]:
    """Fine-tune the encoder at `source` on `rows`; save it (Hugging Face format) to `out_dir`.

    Return the folder and the name of the processor the steps ran on (for the data card)."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(seed)
    torch.set_num_threads(TORCH_THREADS)
    # The CPU is the reference; where torch sees a CUDA GPU the same steps run there, in full
    # precision: the same recipe, in under a minute on one H200 instead of 18 to 44 minutes.
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    processor = torch.cuda.get_device_name(device) if device.type == "cuda" else "CPU"
    log.info("fine-tuning on %s", processor)
    tokenizer = AutoTokenizer.from_pretrained(str(source))
    encoder = AutoModel.from_pretrained(str(source)).to(device)
    head = torch.nn.Linear(encoder.config.hidden_size, len(TASKS)).to(device)
    encoder.train()

    # Rare positives would be ignored at their natural rate: weigh each column's positives up to
    # at most a third of its rows.
    positives = (rows.targets * rows.mask).sum(axis=0)
    taught = rows.mask.sum(axis=0)
    pos_weight = torch.tensor(
        np.clip((taught - positives) / np.maximum(positives, 1.0) / 2.0, 1.0, 20.0),
        dtype=torch.float32,
        device=device,
    )
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none", pos_weight=pos_weight)
    optimiser = torch.optim.AdamW(
        [
            {"params": encoder.parameters(), "lr": ENCODER_LEARNING_RATE},
            {"params": head.parameters(), "lr": HEAD_LEARNING_RATE},
        ],
        weight_decay=WEIGHT_DECAY,
    )
    n = len(rows.texts)
    steps = EPOCHS * ((n + BATCH_SIZE - 1) // BATCH_SIZE)
    warmup = max(1, int(steps * WARMUP_SHARE))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser,
        lambda step: min((step + 1) / warmup, max(0.0, (steps - step) / (steps - warmup))),
    )
    rng = np.random.default_rng(seed)
    started = time.monotonic()
    step = 0
    for epoch in range(EPOCHS):
        # Batches of similar length waste less work on padding; their order is shuffled.
        order = rng.permutation(n)
        lengths = np.array([len(rows.texts[i]) for i in order])
        order = order[np.argsort(lengths, kind="stable")]
        batches = [order[i : i + BATCH_SIZE] for i in range(0, n, BATCH_SIZE)]
        rng.shuffle(batches)
        running = 0.0
        for batch in batches:
            encoded = tokenizer(
                [rows.texts[i] or " " for i in batch],
                padding=True,
                truncation=True,
                max_length=TRAIN_MAX_TOKENS,
                return_tensors="pt",
            ).to(device)
            hidden = encoder(**encoded).last_hidden_state
            attention = encoded["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * attention).sum(1) / attention.sum(1).clamp(min=1e-9)
            logits = head(pooled)
            mask = torch.from_numpy(rows.mask[batch]).float().to(device)
            targets = torch.from_numpy(rows.targets[batch]).to(device)
            losses = loss_fn(logits, targets) * mask
            loss = losses.sum() / mask.sum().clamp(min=1.0)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(encoder.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            step += 1
            running += loss.item()
            if step % 50 == 0:
                elapsed = time.monotonic() - started
                log.info(
                    "fine-tuning: epoch %d, step %d of %d, loss %.4f, %.0f s gone, %.0f s to go",
                    epoch + 1,
                    step,
                    steps,
                    running / 50,
                    elapsed,
                    elapsed / step * (steps - step),
                )
                running = 0.0
    encoder.eval().to("cpu")
    out_dir.mkdir(parents=True, exist_ok=True)
    encoder.save_pretrained(str(out_dir))
    tokenizer.save_pretrained(str(out_dir))
    return out_dir, processor
