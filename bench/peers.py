"""Run the peer filters (alt-profanity-check, better-profanity) on posts; runs inside .venv-peers.

Reads {"texts": [...], "stream": [...], "sample": [...]} from argv[1]; writes {peer: {"pred":
[...] for texts, timings on stream}} to argv[2]. better-profanity takes 40 ms a tweet and far more
on long posts, so it reads only the texts whose indices are in "sample" (-1 elsewhere) and is
timed on the first 1,000 posts of the stream.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable


def _timed(
    predict_batch: Callable[[list[str]], list[int]],
    texts: list[str],
    stream: list[str],
    sample: list[int] | None = None,
) -> dict[str, object]:
    if sample is None:
        predictions = predict_batch(texts)
    else:
        predictions = [-1] * len(texts)
        for index, found in zip(sample, predict_batch([texts[i] for i in sample]), strict=True):
            predictions[index] = found
    predict_batch(stream[:10])
    started = time.perf_counter()
    for start in range(0, len(stream), 1000):
        predict_batch(stream[start : start + 1000])
    elapsed = time.perf_counter() - started
    latencies = []
    for text in stream[: 300 if sample is None else 100]:
        began = time.perf_counter()
        predict_batch([text])
        latencies.append((time.perf_counter() - began) * 1000)
    cuts = statistics.quantiles(latencies, n=20)
    return {
        "pred": predictions,
        "posts_per_s": round(len(stream) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies), 3),
        "p95_ms": round(cuts[18], 3),
    }


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as handle:
        given = json.load(handle)
    texts, stream, sample = given["texts"], given["stream"], given["sample"]
    out: dict[str, object] = {}
    from profanity_check import predict

    out["alt-profanity-check"] = _timed(
        lambda batch: [int(x) for x in predict(batch)], texts, stream
    )
    from better_profanity import profanity

    profanity.load_censor_words()
    out["better-profanity"] = _timed(
        lambda batch: [int(profanity.contains_profanity(t)) for t in batch],
        texts,
        stream[:1000],
        sample,
    )
    with open(sys.argv[2], "w", encoding="utf-8") as handle:
        json.dump(out, handle)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
