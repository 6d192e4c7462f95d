"""Read the public labelled sets and the team's school examples into plain texts and labels."""

from __future__ import annotations

import csv
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from schoolgate.screening.categories import CATEGORY_IDS

EXAMPLES_DIR = Path(__file__).resolve().parent / "examples"


@dataclass(frozen=True)
class Example:
    """One school-context post with its labels from docs/labelling.md."""

    text: str
    labels: frozenset[str]
    flags: frozenset[str] = frozenset()
    people: tuple[str, ...] = ()


@dataclass
class Split:
    """Texts and binary (or class-index) targets of one public set's split."""

    name: str
    texts: list[str]
    targets: list[int]
    source: str = ""
    extra: dict[str, list[int]] = field(default_factory=dict)


def read_examples(path: Path) -> list[Example]:
    """Read a `labels | flags | people | text` file; fail naming the line on an unknown id."""
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("|", 3)]
        if len(parts) != 4 or not parts[3]:
            raise ValueError(
                f"{path.name} line {number}: expected 'labels | flags | people | text'"
            )
        labels = frozenset(x for x in parts[0].split(",") if x and x != "-")
        unknown = labels - set(CATEGORY_IDS)
        if unknown:
            raise ValueError(f"{path.name} line {number}: unknown category {sorted(unknown)}")
        flags = frozenset(x for x in parts[1].split(",") if x and x != "-")
        people = tuple(x for x in parts[2].split(",") if x and x != "-")
        examples.append(Example(parts[3], labels, flags, people))
    return examples


def label_matrix(examples: list[Example]) -> list[list[int]]:
    """Return one row of 0/1 per example, columns in CATEGORY_IDS order."""
    return [[int(c in ex.labels) for c in CATEGORY_IDS] for ex in examples]


def read_roster_names(path: Path) -> dict[str, dict[str, str]]:
    """Return person id -> the roster row, for swapping names between people of one kind."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["person_id"]: row for row in csv.DictReader(handle)}


def swap_names(examples: list[Example], roster_path: Path, copies: int, seed: int) -> list[Example]:
    """Return `copies` variants of each example naming someone, with other roster people's names.

    The model should learn what is said about a person, not who the school's people are.
    """
    roster = read_roster_names(roster_path)
    by_kind: dict[str, list[dict[str, str]]] = {}
    for row in roster.values():
        by_kind.setdefault(row["kind"], []).append(row)
    rng = random.Random(seed)
    variants = []
    for ex in examples:
        people = [roster[p] for p in ex.people if p in roster]
        if not people:
            continue
        for _ in range(copies):
            text = ex.text
            for person in people:
                other = rng.choice([r for r in by_kind[person["kind"]] if r is not person])
                for part in ("last_name", "first_name", "preferred_name"):
                    old, new = person[part], other[part] or other["first_name"]
                    if old:
                        text = re.sub(rf"\b{re.escape(old)}\b", new, text, flags=re.IGNORECASE)
            if text != ex.text:
                variants.append(Example(text, ex.labels, ex.flags, ex.people))
    return variants


# Surnames for the generated posts' staff and parents. The demo roster's names appear in the
# hand-written posts mostly beside complaints and threats, and a fine-tuned encoder learns that
# "Mr Dunn" means trouble: each titled name in a generated post is drawn afresh from these and
# the roster's, in harmless posts as often as in breaches, so a name has nothing to teach.
# Invented or very common; no real person is meant.
SURNAME_POOL = (
    "Abbott",
    "Ainsley",
    "Alder",
    "Ashdown",
    "Bairstow",
    "Barlow",
    "Beckwith",
    "Birchall",
    "Blackwood",
    "Bramley",
    "Brightman",
    "Calloway",
    "Carrow",
    "Chadwick",
    "Colby",
    "Cresswell",
    "Dalby",
    "Denholm",
    "Dunmore",
    "Eastwood",
    "Elsworth",
    "Fairley",
    "Farrant",
    "Fenby",
    "Fothergill",
    "Garside",
    "Gilchrist",
    "Greaves",
    "Hadley",
    "Halloran",
    "Harwood",
    "Hepworth",
    "Holroyd",
    "Ingram",
    "Jessop",
    "Kendrick",
    "Kershaw",
    "Lambert",
    "Lawford",
    "Linley",
    "Lockwood",
    "Maddox",
    "Marwood",
    "Mellor",
    "Moorcroft",
    "Nettleton",
    "Newbold",
    "Oakes",
    "Ormerod",
    "Padgett",
    "Pemberton",
    "Pickles",
    "Quarmby",
    "Radcliffe",
    "Redfern",
    "Rowntree",
    "Sandford",
    "Shackleton",
    "Sowerby",
    "Stainton",
    "Sutcliffe",
    "Tattersall",
    "Thackray",
    "Thornber",
    "Underwood",
    "Varley",
    "Wadsworth",
    "Walmsley",
    "Whitaker",
    "Wilde",
    "Yardley",
    "Ahmed",
    "Akhtar",
    "Banerjee",
    "Chaudhry",
    "Hussain",
    "Iqbal",
    "Kaur",
    "Mistry",
    "Okonkwo",
    "Adeyemi",
    "Mensah",
    "Kowalczyk",
    "Rossi",
    "Murphy",
    "Byrne",
    "Novak",
    "Petrov",
    "Silva",
    "Yilmaz",
)
TITLED_NAME = re.compile(
    r"\b(?P<title>mr|mrs|miss|ms|mx|dr)(?P<gap>\.?\s+)(?P<name>[a-z][a-z'-]+)", re.IGNORECASE
)
# Words after a title that are not names ("Mr Motivator" aside): kept as written.
NOT_A_NAME = frozenset({"and", "or", "the", "is", "was", "to", "in", "at", "on", "x", "y"})


def vary_titled_names(
    examples: list[Example], seed: int, names: tuple[str, ...] = SURNAME_POOL
) -> list[Example]:
    """Return the examples with every "title Surname" swapped for one of `names`.

    The case of the name is kept ("mr hale" becomes "mr farrant"); the labels are unchanged.
    """
    rng = random.Random(seed)

    def swap(match: re.Match[str]) -> str:
        name = match["name"]
        if name.lower() in NOT_A_NAME:
            return match[0]
        new = rng.choice(names)
        new = new.lower() if name.islower() else new.upper() if name.isupper() else new
        return f"{match['title']}{match['gap']}{new}"

    return [
        Example(TITLED_NAME.sub(swap, ex.text), ex.labels, ex.flags, ex.people) for ex in examples
    ]


def staff_surnames(roster_path: Path) -> tuple[str, ...]:
    """The roster's staff surnames, as written there."""
    rows = read_roster_names(roster_path).values()
    return tuple(sorted({row["last_name"] for row in rows if row["kind"] == "staff"}))


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def tweeteval(data: Path, task: str, split: str) -> Split:
    """TweetEval `hate` or `offensive`: one text and one 0/1 label a line."""
    folder = data / "tweeteval" / task
    texts = [t.strip() for t in _lines(folder / f"{split}_text.txt")]
    targets = [int(x) for x in _lines(folder / f"{split}_labels.txt")]
    if len(texts) != len(targets):
        raise ValueError(f"tweeteval/{task} {split}: texts and labels differ in length")
    return Split(f"tweeteval-{task}-{split}", texts, targets, f"tweeteval/{task}/{split}_*.txt")


def _olid_key(text: str) -> str:
    # TweetEval re-encoded some characters, so compare letters and digits only.
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("@user", "").replace("url", ""))


def olid(data: Path, split: str) -> Split:
    """OLID (OffensEval 2019) rows, split as TweetEval's offensive re-split of OLID's training file.

    Targets: 1 when offensive and targeted at an individual (subtask C = IND), the closest
    proxy for offence about a person. `extra["offensive"]` holds subtask A.
    """
    val_keys = {_olid_key(t) for t in tweeteval(data, "offensive", "val").texts}
    texts, ind, off = [], [], []
    path = data / "olid" / "olid-training-v1.0.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            in_val = _olid_key(row["tweet"]) in val_keys
            if in_val != (split == "val"):
                continue
            texts.append(row["tweet"])
            ind.append(int(row["subtask_c"] == "IND"))
            off.append(int(row["subtask_a"] == "OFF"))
    return Split(f"olid-{split}", texts, ind, "olid/olid-training-v1.0.tsv", {"offensive": off})


HATEXPLAIN_CLASSES = ("normal", "offensive", "hatespeech")


def hatexplain(data: Path, split: str) -> Split:
    """HateXplain posts; targets are class indices in HATEXPLAIN_CLASSES."""
    rows = json.loads(
        (data / "hatexplain" / "derived-rule-by-example" / f"{split}.json").read_text()
    )
    return Split(
        f"hatexplain-{split}",
        [r[0] for r in rows],
        [HATEXPLAIN_CLASSES.index(r[1]) for r in rows],
        f"hatexplain/derived-rule-by-example/{split}.json",
    )


def cad(data: Path, split: str) -> Split:
    """Contextual Abuse Dataset (binary copy): 1 when abusive."""
    rows = json.loads((data / "cad-binary" / f"{split}.json").read_text())
    return Split(
        f"cad-{split}",
        [r[0] for r in rows],
        [int(r[1] != "normal") for r in rows],
        f"cad-binary/{split}.json",
    )


def davidson(data: Path) -> Split:
    """Davidson et al. 2017 tweets; targets 0 hate, 1 offensive, 2 neither (no official split)."""
    path = data / "davidson2017" / "labeled_data.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return Split(
        "davidson",
        [r["tweet"] for r in rows],
        [int(r["class"]) for r in rows],
        "davidson2017/labeled_data.csv",
    )
