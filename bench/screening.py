"""Benchmark the screening engine: accuracy, speed and size, with the peer filters beside it.

Run `make bench` (or `.venv/bin/python bench/screening.py`). Prints a table and writes
`bench/results/screening.json`. Reads the school dev split (never trained on) and the validation
splits of `../shared/data`; never a test split.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
if str(REPO / "bench") not in sys.path:
    sys.path.insert(0, str(REPO / "bench"))

import everyday_posts  # noqa: E402
import functional_suite  # noqa: E402
import school_complaints  # noqa: E402
import service_posts  # noqa: E402

from schoolgate.screening.categories import CATEGORY_IDS  # noqa: E402
from schoolgate.screening.classifier import (  # noqa: E402
    MODELS_DIR,
    PROBE_TOLERANCE,
    TextClassifier,
)
from schoolgate.screening.training import corpora  # noqa: E402

RESULTS = REPO / "bench" / "results" / "screening.json"
PEERS_VENV = REPO / ".venv-peers"
PEER_PINS = ("alt-profanity-check==1.9.1", "better-profanity==0.7.0")
ROSTER = corpora.EXAMPLES_DIR / "demo_roster.csv"
# The categories a plain offensive-language filter speaks to; peers' "offensive" maps to these.
ABUSE_CATEGORIES = ("offensive_about_person", "violence", "discrimination")
THROUGHPUT_POSTS = 3000
# Posts piped through `schoolgate screen` for its rate: enough that loading the models (about two
# seconds) does not hide the rate, as in a school's day of posts.
CLI_POSTS = 10_000
# The realistic stream: what a school's channels carry, mostly harmless. One post in ten
# breaches the policy (the dev split's breaching posts); the rest are the dev split's appropriate
# posts and public posts their sets call harmless.
REALISTIC_BREACH_SHARE = 0.1
# How a public row that reads the whole engine's answers (rules, people and classifier) is named.
WHOLE_ENGINE = "(whole engine)"
PEER_SAMPLE = 400
LATENCY_POSTS = 300


def prf(
    y: Sequence[int] | np.ndarray | Any, p: Sequence[int] | np.ndarray | Any
) -> dict[str, float]:
    """Return precision, recall and F1 of the positive class, plus support."""
    y, p = np.asarray(y, dtype=bool), np.asarray(p, dtype=bool)
    tp = float((y & p).sum())
    precision = tp / p.sum() if p.sum() else 0.0
    recall = tp / y.sum() if y.sum() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": int(y.sum()),
    }


def macro_f1(y: Sequence[int] | np.ndarray, p: Sequence[int] | np.ndarray) -> float:
    """Macro-F1 over the classes present in `y` (binary or multi-class labels)."""
    y, p = np.asarray(y), np.asarray(p)
    return round(float(np.mean([prf(y == c, p == c)["f1"] for c in np.unique(y)])), 4)


def multilabel_report(gold: np.ndarray, pred: np.ndarray) -> dict[str, Any]:
    """Per-category figures and the macro-F1 over the eight categories."""
    per = {c: prf(gold[:, j], pred[:, j]) for j, c in enumerate(CATEGORY_IDS)}
    return {
        "macro_f1": round(float(np.mean([m["f1"] for m in per.values()])), 4),
        "any_breach": prf(np.asarray(gold.any(axis=1)), np.asarray(pred.any(axis=1))),
        "per_category": per,
    }


# --- the systems measured ------------------------------------------------------------------


def load_screener() -> Any:
    """Return the whole engine (people, rules, classifier) if it loads; else say why not."""
    try:
        from schoolgate.screening import Roster, Screener

        return Screener(roster=Roster.from_csv(ROSTER))
    except Exception as error:  # the other half of the engine may be mid-change
        return f"{type(error).__name__}: {error}"


def screen_texts(screener: Any, texts: list[str]) -> list[Any]:
    from schoolgate.screening import Post

    return list(screener.screen_many([Post(t) for t in texts]))


def screener_labels(screener: Any, texts: list[str]) -> np.ndarray | str:
    """The whole engine's decided categories, or why they could not be had."""
    if isinstance(screener, str):
        return screener
    try:
        assessments = screen_texts(screener, texts)
    except Exception as error:  # the other half of the engine may be mid-change
        return f"{type(error).__name__}: {error}"
    return np.array([[c in a.labels for c in CATEGORY_IDS] for a in assessments], dtype=bool)


def ensure_peers() -> Path | str:
    """Return the peers' python, creating `.venv-peers` with pip when missing."""
    python = PEERS_VENV / "bin" / "python"
    try:
        if not python.exists():
            subprocess.run(["python3.11", "-m", "venv", str(PEERS_VENV)], check=True)
        check = subprocess.run(
            [str(python), "-c", "import profanity_check, better_profanity"],
            capture_output=True,
        )
        if check.returncode != 0:
            subprocess.run(
                [str(python), "-m", "pip", "install", "-q", *PEER_PINS],
                check=True,
                capture_output=True,
            )
    except (OSError, subprocess.CalledProcessError) as error:
        return f"could not set up {PEERS_VENV.name}: {error}"
    return python


def run_peers(texts: list[str], stream: list[str], sample: list[int]) -> dict[str, Any] | str:
    """Run the peers on `texts` in their own environment (they pin scikit-learn exactly)."""
    python = ensure_peers()
    if isinstance(python, str):
        return python
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "texts.json", Path(tmp) / "out.json"
        source.write_text(
            json.dumps({"texts": texts, "stream": stream, "sample": sample}), encoding="utf-8"
        )
        done = subprocess.run(
            [str(python), str(REPO / "bench" / "peers.py"), str(source), str(target)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            return f"peers failed: {done.stderr.strip()[-300:]}"
        result: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
        return result


# --- speed, memory, size -------------------------------------------------------------------


def timed_batches(predict: Callable[[list[str]], object], texts: list[str]) -> float:
    """Posts per second scoring `texts` in batches of 1,000."""
    predict(texts[:50])
    started = time.perf_counter()
    for start in range(0, len(texts), 1000):
        predict(texts[start : start + 1000])
    return round(len(texts) / (time.perf_counter() - started), 1)


def latencies(predict: Callable[[list[str]], object], texts: list[str]) -> dict[str, float]:
    """Single-post latency, p50 and p95 in milliseconds."""
    predict(texts[:5])
    times = []
    for text in texts:
        began = time.perf_counter()
        predict([text])
        times.append((time.perf_counter() - began) * 1000)
    return {
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(statistics.quantiles(times, n=20)[18], 2),
    }


def cli_posts_per_s(texts: list[str]) -> dict[str, float]:
    """`schoolgate screen --json` in a fresh process on CLI_POSTS posts (the stream repeated):
    posts per second with loading, the load alone (an empty input), and the rate once loaded."""
    posts = (texts * (1 + CLI_POSTS // len(texts)))[:CLI_POSTS]

    def run(lines: list[str]) -> float:
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "posts.jsonl"
            source.write_text(
                "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(lines)),
                encoding="utf-8",
            )
            started = time.perf_counter()
            subprocess.run(
                [
                    str(Path(sys.executable).parent / "schoolgate"),
                    "screen",
                    "--json",
                    "--roster",
                    str(ROSTER),
                    str(source),
                    "-o",
                    str(Path(tmp) / "out.jsonl"),
                ],
                check=True,
                cwd=REPO,
            )
            return time.perf_counter() - started

    loading = run([])
    total = run(posts)
    return {
        "posts": len(posts),
        "posts_per_s_with_loading": round(len(posts) / total, 1),
        "load_s": round(loading, 2),
        "posts_per_s_once_loaded": round(len(posts) / max(total - loading, 1e-6), 1),
    }


LOAD_PROBE = """
import json, resource, sys, time
started = time.perf_counter()
from schoolgate.screening.classifier import load_classifier
classifier = load_classifier()
classifier.encoder
loaded = time.perf_counter() - started
texts = json.loads(sys.stdin.read())
classifier.predict(texts)
classifier.predict_detailed(texts, full=True)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load_s": round(loaded, 3), "peak_rss_mb": round(peak, 1)}))
"""


def load_and_memory(texts: list[str]) -> dict[str, float]:
    """Load time (classifier and encoder) and peak RSS scoring 1,000 posts, in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", LOAD_PROBE],
        input=json.dumps(texts[:1000]),
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def cpu() -> str:
    """The CPU's name and whether it has VNNI (int8 products in one step), on which the int8
    encoder's speed most depends: figures from machines that differ here are not comparable."""
    info = Path("/proc/cpuinfo")
    lines = info.read_text().splitlines() if info.exists() else []
    fields = {
        key.strip(): value.strip() for key, _, value in (line.partition(":") for line in lines)
    }
    has_vnni = {"avx512_vnni", "avx_vnni"} & set(fields.get("flags", "").split())
    return f"{fields.get('model name', 'CPU unknown')}, {'with' if has_vnni else 'without'} VNNI"


def artefact_sizes() -> dict[str, float]:
    sizes = {
        str(p.relative_to(MODELS_DIR)): round(p.stat().st_size / 1e6, 2)
        for p in sorted(MODELS_DIR.rglob("*"))
        if p.is_file()
    }
    sizes["total"] = round(sum(sizes.values()), 2)
    return sizes


# --- accuracy ------------------------------------------------------------------------------


def cascade(classifier: TextClassifier, texts: list[str], full: Any) -> tuple[np.ndarray, Any]:
    """The shipped first-pass-then-encoder categories, reusing encoder scores already computed."""
    k = len(CATEGORY_IDS)
    first = classifier.lexical(texts)
    escalated = classifier.needs_encoder(texts, first)
    cleared = np.minimum(first[:, :k], classifier.thresholds * 0.5)
    return np.where(escalated[:, None], full.categories, cleared), escalated


def realistic_stream(
    dev: list[corpora.Example], splits: list[tuple[str, corpora.Split]], rng: random.Random
) -> list[str]:
    """THROUGHPUT_POSTS posts, REALISTIC_BREACH_SHARE of them breaching, the rest harmless."""
    breaching = [e.text for e in dev if e.labels]
    harmless = [e.text for e in dev if not e.labels]
    for name, split in splits:
        if name in ("tweeteval-offensive", "cad"):
            harmless += [t for t, y in zip(split.texts, split.targets, strict=True) if y == 0]
    n_breaching = int(THROUGHPUT_POSTS * REALISTIC_BREACH_SHARE)
    stream = [rng.choice(breaching) for _ in range(n_breaching)]
    stream += rng.sample(harmless, THROUGHPUT_POSTS - n_breaching)
    rng.shuffle(stream)
    return stream


def school_flags(screener: Any, dev: list[corpora.Example]) -> dict[str, Any] | str:
    """On the dev split: appropriate posts wrongly flagged, and police flags found and invented."""
    from schoolgate.screening import POLICE_FLAGS, Post

    if isinstance(screener, str):
        return screener
    assessments = screener.screen_many([Post(e.text) for e in dev])
    appropriate = [a for e, a in zip(dev, assessments, strict=True) if not e.labels]
    expected = found = invented = 0
    for example, assessment in zip(dev, assessments, strict=True):
        wanted = {f for f in example.flags if f in POLICE_FLAGS}
        got = {f for f in assessment.flags if f in POLICE_FLAGS}
        expected += len(wanted)
        found += len(wanted & got)
        invented += len(got - wanted)
    return {
        "appropriate_posts": len(appropriate),
        "appropriate_wrongly_flagged": round(
            sum(1 for a in appropriate if a.labels) / max(1, len(appropriate)), 4
        ),
        "police_flags_expected": expected,
        "police_flags_found": round(found / max(1, expected), 4),
        "police_flags_invented": invented,
    }


def public_splits(data: Path) -> list[tuple[str, corpora.Split]]:
    return [
        ("tweeteval-offensive", corpora.tweeteval(data, "offensive", "val")),
        ("olid", corpora.olid(data, "val")),
        ("tweeteval-hate", corpora.tweeteval(data, "hate", "val")),
        ("hatexplain", corpora.hatexplain(data, "val")),
        ("cad", corpora.cad(data, "val")),
    ]


PUBLISHED = {
    "tweeteval-offensive": "82.2 macro-F1 (TweetEval, best transformer)",
    "olid": "0.829 macro-F1 (OffensEval 2019 level A, BERT)",
    "tweeteval-hate": "56.4 macro-F1 (TweetEval, best transformer)",
    "hatexplain": "about 0.69 macro-F1, 3 classes (BERT)",
}


def evaluate_public(
    name: str,
    split: corpora.Split,
    heads: dict[str, np.ndarray],
    decided: np.ndarray,
    peers: dict[str, list[int]],
    engine: np.ndarray | None = None,
) -> list[dict[str, Any]]:
    """Return one row per mapping of a public validation split onto our outputs: the
    classifier's decisions (`decided`), and, where given, the whole engine's (`engine`: rules,
    people and classifier, as `schoolgate screen` answers)."""
    column = {c: j for j, c in enumerate(CATEGORY_IDS)}
    abuse_columns = [column[c] for c in ABUSE_CATEGORIES]
    abuse = np.asarray(decided[:, abuse_columns].any(axis=1))
    engine_abuse = None if engine is None else np.asarray(engine[:, abuse_columns].any(axis=1))
    gold = np.array(split.targets)
    rows: list[dict[str, Any]] = []

    def row(
        mapping: str,
        y: np.ndarray,
        ours: np.ndarray,
        peer_gold: np.ndarray | None,
        published: str = "",
    ) -> None:
        item: dict[str, Any] = {
            "name": f"{name} ({len(y)} posts)",
            "mapping": mapping,
            "macro_f1": macro_f1(y, ours),
            "positive": prf(y > 0, ours > 0) if len(np.unique(y)) == 2 else None,
            "published": published,
            "peers": {},
        }
        if peer_gold is not None:
            for peer, found in peers.items():
                got = np.array(found)
                seen = got >= 0
                item["peers"][peer] = macro_f1(peer_gold[seen], got[seen])
                if not seen.all():
                    item.setdefault("peer_sampled", {})[peer] = int(seen.sum())
        rows.append(item)

    if name in ("tweeteval-offensive", "cad"):
        head = "offence" if name == "tweeteval-offensive" else "abuse"
        row(f"offensive -> head `{head}`", gold, heads[head] >= 0.5, gold, PUBLISHED.get(name, ""))
        row(f"offensive -> any of {', '.join(ABUSE_CATEGORIES)}", gold, abuse, gold)
        if engine_abuse is not None:
            row(f"offensive -> any abuse category {WHOLE_ENGINE}", gold, engine_abuse, gold)
    elif name == "olid":
        level_a = np.array(split.extra["offensive"])
        row(
            "level A OFF -> head `offence`",
            level_a,
            heads["offence"] >= 0.5,
            level_a,
            PUBLISHED["olid"],
        )
        row(
            f"level A OFF -> any of {', '.join(ABUSE_CATEGORIES)}",
            level_a,
            abuse,
            level_a,
        )
        if engine_abuse is not None:
            row(f"level A OFF -> any abuse category {WHOLE_ENGINE}", level_a, engine_abuse, level_a)
        row(
            "level C IND -> offensive_about_person",
            gold,
            decided[:, column["offensive_about_person"]],
            gold,
        )
        row("level C IND -> head `targeted`", gold, heads["targeted"] >= 0.5, gold)
    elif name == "tweeteval-hate":
        row("hate -> head `hate`", gold, heads["hate"] >= 0.5, gold, PUBLISHED[name])
        row("hate -> discrimination", gold, decided[:, column["discrimination"]], gold)
        if engine is not None:
            discriminates = engine[:, column["discrimination"]]
            row(f"hate -> discrimination {WHOLE_ENGINE}", gold, discriminates, gold)
    elif name == "hatexplain":
        names = [f"hatexplain_{c}" for c in corpora.HATEXPLAIN_CLASSES]
        three = np.argmax(np.vstack([heads[n] for n in names]), axis=0)
        row("3 classes -> heads `hatexplain_*` (argmax)", gold, three, None, PUBLISHED[name])
        row(
            "hatespeech -> discrimination",
            gold == 2,
            decided[:, column["discrimination"]],
            gold == 2,
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--no-peers", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    results: dict[str, Any] = {"categories": list(CATEGORY_IDS)}

    classifier = TextClassifier(MODELS_DIR)
    # The figures below hold for another machine only if it scores as the training machine did.
    results["probe_drift"] = round(classifier.probe_drift(), 6)
    dev = corpora.read_examples(corpora.EXAMPLES_DIR / "dev.txt")
    dev_texts = [e.text for e in dev]
    gold = np.array(corpora.label_matrix(dev), dtype=bool)
    splits = public_splits(args.data)
    public_texts = [t for _, s in splits for t in s.texts]
    all_texts = dev_texts + public_texts
    full = classifier.predict_detailed(all_texts, full=True)
    shipped, _ = cascade(classifier, all_texts, full)

    rng = random.Random(0)
    stream = rng.sample(all_texts, THROUGHPUT_POSTS)
    realistic = realistic_stream(dev, splits, random.Random(1))
    # better-profanity is slow (40 ms a tweet): it reads the dev split and a sample per split.
    sample = list(range(len(dev_texts)))
    offset = len(dev_texts)
    for _, split in splits:
        indices = list(range(offset, offset + len(split.texts)))
        sample += sorted(rng.sample(indices, min(PEER_SAMPLE, len(indices))))
        offset += len(split.texts)
    peers = {} if args.no_peers else run_peers(all_texts, stream, sample)
    if isinstance(peers, str):
        print(f"peers not run: {peers}")
        peers = {}

    n_dev = len(dev_texts)
    systems: dict[str, np.ndarray] = {
        "schoolgate classifier (shipped: first pass, then encoder)": classifier.decide(
            shipped[:n_dev]
        ),
        "schoolgate classifier (encoder on every post)": classifier.decide(full.categories[:n_dev]),
    }
    screener = load_screener()
    engine = screener_labels(screener, dev_texts)
    if isinstance(engine, str):
        results["screener_unavailable"] = engine
    else:
        systems["schoolgate Screener (whole engine)"] = engine
        results["school_flags"] = school_flags(screener, dev)
        results["functional_suite"] = functional_suite.run(screener)
        results["service_posts"] = service_posts.run(screener)
        results["everyday_posts"] = everyday_posts.run(screener)
        results["school_complaints"] = school_complaints.run(screener)
    for peer, found in peers.items():
        offensive = np.array(found["pred"][:n_dev], dtype=bool)
        pred = np.zeros_like(gold)
        for c in ABUSE_CATEGORIES:
            pred[:, CATEGORY_IDS.index(c)] = offensive
        systems[f"{peer} (offensive -> {', '.join(ABUSE_CATEGORIES)})"] = pred
    results["school_dev"] = {
        "posts": n_dev,
        "breaching_posts": int(gold.any(axis=1).sum()),
        "systems": {name: multilabel_report(gold, pred) for name, pred in systems.items()},
    }

    public_rows = []
    offset = n_dev
    decided_all = classifier.decide(shipped)
    engine_public = None if isinstance(engine, str) else screener_labels(screener, public_texts)
    for name, split in splits:
        end = offset + len(split.texts)
        heads = {k: v[offset:end] for k, v in full.extra.items()}
        peer_preds = {p: v["pred"][offset:end] for p, v in peers.items()}
        whole = (
            engine_public[offset - n_dev : end - n_dev]
            if isinstance(engine_public, np.ndarray)
            else None
        )
        public_rows += evaluate_public(
            name, split, heads, decided_all[offset:end], peer_preds, whole
        )
        offset = end
    results["public_validation"] = public_rows

    shipped_predict = classifier.predict
    every_post: Callable[[list[str]], object] = lambda batch: classifier.predict_detailed(  # noqa: E731
        batch, full=True
    )
    stream_escalated = classifier.predict_detailed(stream).escalated.mean()
    dev_stream = (dev_texts * (1 + 1000 // n_dev))[:1000]
    speed: dict[str, Any] = {
        "stream": f"{THROUGHPUT_POSTS} posts drawn from the school dev and public validation splits",
        "shipped_posts_per_s": timed_batches(shipped_predict, stream),
        "shipped_share_sent_to_encoder": round(float(stream_escalated), 3),
        "encoder_every_post_posts_per_s": timed_batches(every_post, stream),
        "shipped_posts_per_s_school_dev": timed_batches(shipped_predict, dev_stream),
        "school_dev_share_sent_to_encoder": round(
            float(classifier.predict_detailed(dev_texts).escalated.mean()), 3
        ),
        "single_post": latencies(shipped_predict, stream[:LATENCY_POSTS]),
        "single_post_encoder": latencies(every_post, stream[:LATENCY_POSTS]),
    }
    speed.update(load_and_memory(stream))
    if not isinstance(engine, str):
        speed["screener_posts_per_s"] = timed_batches(
            lambda batch: screen_texts(screener, batch), stream
        )
        speed["screener_posts_per_s_realistic"] = timed_batches(
            lambda batch: screen_texts(screener, batch), realistic
        )
        speed["screener_posts_per_s_school_dev"] = timed_batches(
            lambda batch: screen_texts(screener, batch), dev_stream
        )
        speed["realistic_share_sent_to_encoder"] = round(
            float(classifier.predict_detailed(realistic).escalated.mean()), 3
        )
        speed["cli_realistic"] = cli_posts_per_s(realistic)
        speed["screener_single_post"] = latencies(
            lambda batch: screen_texts(screener, batch), stream[:LATENCY_POSTS]
        )
    speed["peers"] = {
        p: {k: v[k] for k in ("posts_per_s", "p50_ms", "p95_ms")} for p, v in peers.items()
    }
    speed["cpu"] = cpu()
    results["speed"] = speed
    results["artefacts_mb"] = artefact_sizes()
    results["aims"] = aims(results)

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(render(results))
    print(f"\nwritten to {RESULTS.relative_to(REPO)}")
    return 0


def aims(results: dict[str, Any]) -> dict[str, str]:
    """Say plainly which of the issue's aims are reached."""
    systems = results["school_dev"]["systems"]
    best_name = max(systems, key=lambda s: systems[s]["macro_f1"] if "schoolgate" in s else -1)
    best = systems[best_name]["macro_f1"]
    speed = results["speed"]
    public = {
        row["mapping"] + " " + row["name"]: row["macro_f1"] for row in results["public_validation"]
    }

    def find(fragment: str) -> float:
        return next((v for k, v in public.items() if fragment in k), float("nan"))

    def verdict(ok: bool) -> str:
        return "reached" if ok else "NOT reached"

    cli = speed.get("cli_realistic", {})
    olid_a = find("level A OFF -> head")
    olid_any = find(f"level A OFF -> any abuse category {WHOLE_ENGINE}")
    if math.isnan(olid_any):  # the whole engine did not load: the classifier's row
        olid_any = find("level A OFF -> any of")
    flags = results.get("school_flags")
    suite = results.get("functional_suite")
    out = {
        "school dev macro-F1 >= 0.85": f"{verdict(best >= 0.85)}: {best:.3f} ({best_name})",
        "OLID level A, offensive as any abuse category >= 0.75": f"{verdict(olid_any >= 0.75)}: "
        f"{olid_any:.3f} (validation rows, whole engine; the `offence` head alone {olid_a:.3f})",
        ">= 1,000 posts/s through `schoolgate screen` (realistic stream)": (
            f"{verdict(cli.get('posts_per_s_once_loaded', 0) >= 1000)}: "
            f"{cli.get('posts_per_s_once_loaded')} posts/s once loaded "
            f"({cli.get('posts_per_s_with_loading')} with the {cli.get('load_s')} s of loading, "
            f"{cli.get('posts')} posts); whole engine in process "
            f"{speed.get('screener_posts_per_s_realistic')} posts/s"
        ),
        "single post p95 <= 30 ms": f"{verdict(speed['single_post']['p95_ms'] <= 30)}: "
        f"{speed['single_post']['p95_ms']} ms",
        "artefacts <= 60 MB": f"{verdict(results['artefacts_mb']['total'] <= 60)}: "
        f"{results['artefacts_mb']['total']} MB",
    }
    if isinstance(flags, dict):
        wrong = flags["appropriate_wrongly_flagged"]
        found = flags["police_flags_found"]
        out["appropriate school posts wrongly flagged <= 5%"] = (
            f"{verdict(wrong <= 0.05)}: {wrong:.1%}"
        )
        out["police flags found >= 80% (dev)"] = (
            f"{verdict(found >= 0.8)}: {found:.0%} of {flags['police_flags_expected']}, "
            f"{flags['police_flags_invented']} invented"
        )
    everyday = results.get("everyday_posts")
    if isinstance(everyday, dict):
        judged = {name: everyday[name] for name in everyday_posts.JUDGED_SETS}
        out[
            "everyday school posts wrongly flagged <= 5% (each set that shaped no training or rule)"
        ] = f"{verdict(all(part['share'] <= 0.05 for part in judged.values()))}: " + ", ".join(
            f"{name} {part['share']:.1%} of {part['posts']}" for name, part in judged.items()
        )
    if isinstance(suite, dict):
        caught, passed = suite["hateful_caught"], suite["non_hateful_passed"]
        jokes = suite["police_flags_on_jokes_or_idioms"]
        out["functional suite: hateful caught >= 0.85, non-hateful passed >= 0.95"] = (
            f"{verdict(caught >= 0.85 and passed >= 0.95)}: {caught:.2f} / {passed:.2f}"
        )
        out["functional suite: police flags found >= 0.80, none on jokes or idioms"] = (
            f"{verdict(suite['police_flags_found'] >= 0.8 and jokes == 0)}: "
            f"{suite['police_flags_found']:.2f} found, {jokes:.2f} on jokes or idioms, "
            f"{suite['police_flags_on_school_criticism']:.2f} on criticism of the school"
        )
    return out


def render(results: dict[str, Any]) -> str:
    """The printed table."""
    out = []
    dev = results["school_dev"]
    out.append(
        f"School dev split: {dev['posts']} posts ({dev['breaching_posts']} breach the policy), "
        "never trained on"
    )
    names = list(dev["systems"])
    short = [f"[{i + 1}]" for i in range(len(names))]
    for label, name in zip(short, names, strict=True):
        out.append(f"  {label} {name}")
    out.append(f"{'category':<24}{'support':>8}  " + "  ".join(f"{s:^17}" for s in short))
    out.append(f"{'':<24}{'':>8}  " + "  ".join(f"{'P    R    F1':^17}" for _ in short))
    for c in CATEGORY_IDS:
        support = dev["systems"][names[0]]["per_category"][c]["support"]
        cells = []
        for name in names:
            m = dev["systems"][name]["per_category"][c]
            cells.append(f"{m['precision']:.2f} {m['recall']:.2f} {m['f1']:.2f}".center(17))
        out.append(f"{c:<24}{support:>8}  " + "  ".join(cells))
    out.append(
        f"{'macro-F1 (8 categories)':<32}  "
        + "  ".join(f"{dev['systems'][n]['macro_f1']:^17.3f}" for n in names)
    )
    out.append(
        f"{'any breach F1':<32}  "
        + "  ".join(f"{dev['systems'][n]['any_breach']['f1']:^17.3f}" for n in names)
    )
    if "screener_unavailable" in results:
        out.append(f"  (whole engine not measured: {results['screener_unavailable']})")
    flags = results.get("school_flags")
    if isinstance(flags, dict):
        out.append(
            f"Whole engine on the dev split: {flags['appropriate_wrongly_flagged']:.1%} of "
            f"{flags['appropriate_posts']} appropriate posts flagged; police flags found "
            f"{flags['police_flags_found']:.0%} of {flags['police_flags_expected']}, "
            f"{flags['police_flags_invented']} invented"
        )
    suite = results.get("functional_suite")
    if isinstance(suite, dict):
        out.append("")
        out.append(functional_suite.render(suite))
    service = results.get("service_posts")
    if isinstance(service, dict):
        out.append(
            f"Posts to companies' service accounts ({service['posts']}, our own stand-in for "
            f"Preotiuc-Pietro 2019): complaint F1 {service['f1']:.2f}, caught "
            f"{service['complaints_caught']} of {service['complaints']}, "
            f"{service['non_complaints_flagged']} invented"
        )
    everyday = results.get("everyday_posts")
    if isinstance(everyday, dict):
        out.append(everyday_posts.render(everyday))
    complaints = results.get("school_complaints")
    if isinstance(complaints, dict):
        out.append(school_complaints.render(complaints))
    out.append("")
    out.append(
        "Public validation splits (macro-F1; mapping onto our outputs as data/README.md says)"
    )
    peer_names = sorted({p for row in results["public_validation"] for p in row["peers"]})
    out.append(
        f"{'split':<34}{'mapping':<52}{'ours':>7}"
        + "".join(f"{p[:18]:>20}" for p in peer_names)
        + "   published (test split)"
    )
    for row in results["public_validation"]:
        peers = "".join(
            (f"{row['peers'][p]:.3f}" + ("*" if p in row.get("peer_sampled", {}) else " ")).rjust(
                20
            )
            if p in row["peers"]
            else f"{'-':>20}"
            for p in peer_names
        )
        out.append(
            f"{row['name']:<34}{row['mapping'][:51]:<52}{row['macro_f1']:>7.3f}{peers}"
            f"   {row['published']}"
        )
    out.append(f"  * on a seeded sample of {PEER_SAMPLE} posts of the split (the peer is slow)")
    speed = results["speed"]
    out.append("")
    out.append(
        f"Speed on this machine ({os.cpu_count()} cores, {speed.get('cpu', 'CPU not read')}); "
        f"{speed['stream']}"
    )
    out.append(
        f"  shipped (first pass, encoder where needed): {speed['shipped_posts_per_s']} posts/s "
        f"in batches of 1,000 ({speed['shipped_share_sent_to_encoder']:.0%} sent to the encoder); "
        f"school dev posts: {speed['shipped_posts_per_s_school_dev']} posts/s "
        f"({speed['school_dev_share_sent_to_encoder']:.0%} to the encoder)"
    )
    out.append(f"  encoder on every post: {speed['encoder_every_post_posts_per_s']} posts/s")
    if "screener_posts_per_s" in speed:
        out.append(
            f"  realistic stream ({REALISTIC_BREACH_SHARE:.0%} breaching): whole engine "
            f"{speed['screener_posts_per_s_realistic']} posts/s in process; through `schoolgate "
            f"screen` {speed['cli_realistic']['posts_per_s_once_loaded']} posts/s once loaded, "
            f"{speed['cli_realistic']['posts_per_s_with_loading']} with loading "
            f"({speed['cli_realistic']['posts']} posts); "
            f"{speed['realistic_share_sent_to_encoder']:.0%} sent to the encoder"
        )
        out.append(
            f"  school dev split (breach-heavy): whole engine "
            f"{speed['screener_posts_per_s_school_dev']} posts/s"
        )
        out.append(
            f"  whole engine (Screener.screen_many): {speed['screener_posts_per_s']} posts/s; "
            f"single post p50 {speed['screener_single_post']['p50_ms']} ms, "
            f"p95 {speed['screener_single_post']['p95_ms']} ms"
        )
    out.append(
        f"  single post: shipped p50 {speed['single_post']['p50_ms']} ms, "
        f"p95 {speed['single_post']['p95_ms']} ms; encoder p50 "
        f"{speed['single_post_encoder']['p50_ms']} ms, p95 {speed['single_post_encoder']['p95_ms']} ms"
    )
    out.append(
        f"  load (classifier and encoder): {speed['load_s']} s; peak RSS scoring 1,000 posts: "
        f"{speed['peak_rss_mb']} MB"
    )
    for peer, figures in speed["peers"].items():
        out.append(
            f"  {peer}: {figures['posts_per_s']} posts/s, single post p50 {figures['p50_ms']} ms, "
            f"p95 {figures['p95_ms']} ms"
        )
    sizes = results["artefacts_mb"]
    out.append(
        "Artefacts (MB): "
        + ", ".join(f"{k} {v}" for k, v in sizes.items() if k != "total")
        + f"; total {sizes['total']}"
    )
    drift = results["probe_drift"]
    same = "the same" if drift <= PROBE_TOLERANCE else "NOT the same: this machine scores otherwise"
    out += [f"Probe scores against training's: {same} (at most {drift} apart)", ""]
    out.append("Aims")
    for aim, verdict in results["aims"].items():
        out.append(f"  {aim}: {verdict}")
    return "\n".join(out)


if __name__ == "__main__":
    raise SystemExit(main())
