"""Read HatemojiBuild (Kirk et al., NAACL 2022; CC BY 4.0) as labelled posts.

Adversarial hate, much of it written with emoji, each beside a perturbed non-hateful twin. Hate
becomes `discrimination`, with `police_racial_element` when a target is a race, ethnicity,
nationality or religion; threatening hate also becomes `violence` with a police threat flag, as
a threat to a group is in the contrastive set. Only the train split is for training; the
validation split is for measuring; the test split is not in the project.
"""

from __future__ import annotations

import ast
import csv
from pathlib import Path

from schoolgate.screening.training.corpora import Example

FOLDER = "hatemoji-build"
SPLITS = ("train", "validation")
# HatemojiBuild's target codes (the part before any "." and without a trailing "wom"/"man")
# for race, ethnicity, nationality, religion and immigration status.
RACIAL_TARGETS = frozenset(
    {
        "abo",
        "african",
        "arab",
        "asi",
        "asy",
        "bla",
        "ethmin",
        "europe",
        "for",
        "hind",
        "hisp",
        "immig",
        "ind",
        "indig",
        "jew",
        "mex",
        "mix",
        "mus",
        "nat",
        "ref",
        "sikh",
        "trav",
    }
)
# Targets the school's policy protects although they are not racial.
OTHER_PROTECTED_TARGETS = frozenset({"bis", "dis", "gay", "lgbtqa", "trans", "wom"})
# "wc" (working class) is hate in HatemojiBuild but no protected characteristic in the policy;
# such rows are left out rather than taught as appropriate.
THREAT_TYPE = "threateninglanguage"


def target_base(code: str) -> str:
    """Return a target code's group: "asi.south.pak" -> "asi", "blawom" -> "bla", "wom" -> "wom"."""
    base = code.split(".")[0]
    for suffix in ("wom", "man"):
        if base.endswith(suffix) and base != suffix:
            return base[: -len(suffix)]
    return base


def read(data_dir: Path, split: str) -> list[Example]:
    """Return the posts of `split` ("train" or "validation") from `data_dir`/hatemoji-build."""
    if split not in SPLITS:
        raise ValueError(f"hatemoji-build has no split {split!r} here; use one of {SPLITS}")
    path = data_dir / FOLDER / f"{split}.csv"
    examples = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["label_gold"] != "1":
                examples.append(Example(row["text"], frozenset()))
                continue
            targets = {target_base(code) for code in ast.literal_eval(row["target"])}
            if not targets & (RACIAL_TARGETS | OTHER_PROTECTED_TARGETS):
                continue
            labels = {"discrimination"}
            flags = set()
            if targets & RACIAL_TARGETS:
                flags.add("police_racial_element")
            if row["type"] == THREAT_TYPE:
                labels.add("violence")
                flags.add("police_threat_of_violence")
            examples.append(Example(row["text"], frozenset(labels), frozenset(flags)))
    return examples
