"""Train the screening models: `python -m schoolgate.screening.training [--data DIR]`."""

from __future__ import annotations

import argparse
import json
import logging
import os
from pathlib import Path

from schoolgate.screening.classifier import CONFIG_FILE, MODELS_DIR

REPO = Path(__file__).resolve().parents[3]


def main(argv: list[str] | None = None) -> int:
    """Parse the options, train every head, write the artefacts and the data card."""
    parser = argparse.ArgumentParser(prog="python -m schoolgate.screening.training")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=MODELS_DIR)
    parser.add_argument("--cache", type=Path, default=REPO / ".venv-train" / "cache" / "embeddings")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--export", action="store_true", help="export and quantise the encoder again"
    )
    parser.add_argument(
        "--card-only",
        action="store_true",
        help="only rewrite DATA_CARD.md (with the latest bench figures)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    # Weights come from the installed package; nothing may be fetched.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from schoolgate.screening.training.card import write_data_card

    if args.card_only:
        config = json.loads((args.out / CONFIG_FILE).read_text(encoding="utf-8"))
        write_data_card(args.out, config)
        return 0
    from schoolgate.screening.training.train import Settings, train

    if args.export:
        from schoolgate.screening.training.export import export_encoder

        export_encoder(args.out)
    config = train(Settings(args.data, args.out, args.cache, args.seed))
    write_data_card(args.out, config)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
