"""`schoolgate screen`: JSON lines in; words for staff or, with --json, JSON lines out; bad lines
reported and skipped."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from schoolgate.screening import (
    CATEGORY_IDS,
    ENGINE_VERSION,
    FLAG_IDS,
    Assessment,
    Candidate,
    CategoryJudgement,
    Identification,
    Post,
    Roster,
)
from schoolgate.screening.cli import BATCH, human_lines

SCHOOLGATE = str(Path(sys.executable).with_name("schoolgate"))
OUTPUT_KEYS = {"id", "labels", "scores", "flags", "people", "spans", "engine"}


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [SCHOOLGATE, "screen", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_it_screens_stdin_in_order(roster_csv: str) -> None:
    lines = [
        {"id": "a", "text": "Mr Hale is a drunk and someone should give him a slap"},
        {"id": 2, "text": "Thanks for a lovely trip"},
    ]

    result = run(
        "--json", "--roster", roster_csv, stdin="".join(json.dumps(x) + "\n" for x in lines)
    )

    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert set(first) == OUTPUT_KEYS
    assert first["id"] == "a" and second["id"] == 2
    # The shipped text model may add categories; the rules' own judgement must be there.
    assert {"allegation", "defamation", "offensive_about_person", "violence"} <= set(
        first["labels"]
    )
    assert first["flags"] == ["names_staff", "police_threat_of_violence"]
    assert first["people"] == ["st-hale"]
    assert list(first["scores"]) == list(CATEGORY_IDS)
    assert {
        "start": 38,
        "end": 53,
        "label": "violence",
        "why": "calls for someone to be hit",
    } in first["spans"]
    assert first["labels"] == [c for c in CATEGORY_IDS if c in first["labels"]]
    assert "violence" not in second["labels"]


def test_bad_lines_are_reported_and_the_rest_screened(tmp_path: Path) -> None:
    source = tmp_path / "posts.jsonl"
    source.write_text(
        "\n".join(
            [
                json.dumps({"id": 1, "text": "The new pick-up rules are a joke"}),
                "{not json",
                json.dumps({"id": 3}),
                json.dumps({"id": 4, "text": 5}),
                json.dumps(["id", "text"]),
                json.dumps({"id": 6, "text": "ok", "images": "one.png"}),
                json.dumps({"id": 7, "text": "screenshot from dojo"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    output = tmp_path / "out.jsonl"

    result = run("--json", str(source), "-o", str(output))

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "line 2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        'line 3: missing "text"',
        'line 4: "text" must be a string',
        "line 5: expected a JSON object with id and text",
        'line 6: "images" must be a list of file paths',
    ]
    screened = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in screened] == [1, 7]
    assert "complaint" in screened[0]["labels"] and "dojo_photo" in screened[1]["labels"]


def test_a_long_input_screened_by_several_processes_comes_out_whole_and_in_order(
    roster_csv: str, tmp_path: Path
) -> None:
    texts = [
        "Mr Hale is a drunk and someone should give him a slap",
        "Thanks for a lovely trip",
        "The new pick-up rules are a joke",
    ]
    # More than two batches, and a bad line in the second, so that the processes share the work.
    lines = [json.dumps({"id": i, "text": f"{texts[i % 3]} ({i})"}) for i in range(BATCH * 2 + 7)]
    lines[BATCH + 3] = "{not json"
    source = tmp_path / "posts.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = {}

    for workers in ("1", "2"):
        output = tmp_path / f"out-{workers}.jsonl"
        result = run(
            "--json", "--roster", roster_csv, "--workers", workers, str(source), "-o", str(output)
        )
        assert result.returncode == 1
        assert result.stderr.splitlines() == [
            f"line {BATCH + 4}: not valid JSON "
            "(Expecting property name enclosed in double quotes at column 2)"
        ]
        outputs[workers] = output.read_text(encoding="utf-8")

    assert outputs["2"] == outputs["1"]
    screened = [json.loads(line) for line in outputs["2"].splitlines()]
    assert [x["id"] for x in screened] == [i for i in range(BATCH * 2 + 7) if i != BATCH + 3]
    assert all("violence" in x["labels"] for x in screened if x["id"] % 3 == 0)
    assert all("complaint" in x["labels"] for x in screened if x["id"] % 3 == 2)


def test_a_number_of_processes_below_one_is_refused() -> None:
    result = run("--workers", "0", stdin="")

    assert result.returncode == 2
    assert "--workers: must be a whole number of processes, not '0'" in result.stderr


def test_a_missing_image_file_is_reported_in_the_output_not_fatal(tmp_path: Path) -> None:
    line = json.dumps({"id": 1, "text": "Mr Hale is a useless teacher", "images": ["nope.png"]})

    result = run("--json", stdin=line + "\n")

    assert result.returncode == 0, result.stderr
    assert {"complaint", "offensive_about_person"} <= set(json.loads(result.stdout)["labels"])


def test_it_takes_a_policy_file_and_refuses_a_broken_one(tmp_path: Path) -> None:
    broken = tmp_path / "policy.yaml"
    broken.write_text("categories: [{id: gossip, wording: x}]\n", encoding="utf-8")

    result = run("--policy", str(broken), stdin="")

    assert result.returncode == 2
    assert "unknown category id 'gossip'" in result.stderr


def test_without_json_staff_read_words_and_the_person_as_on_the_roster(roster_csv: str) -> None:
    line = {"id": "a", "text": "Mr Hale is a drunk and someone should give him a slap"}

    result = run("--roster", roster_csv, stdin=json.dumps(line) + "\n")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Screened by {ENGINE_VERSION}. The screener advises; staff decide."
    (verdict,) = [line for line in lines if line.startswith("Post a: ")]
    assert "Threatens or encourages violence" in verdict
    assert "  Person: “Mr Hale” is Mr Tobias Hale, Class teacher, Year 3, Oak class" in lines
    assert (
        "    Threatens or encourages violence – “give him a slap”: calls for someone to be hit"
        in lines
    )
    ids_with_underscores = [label for label in (*CATEGORY_IDS, *FLAG_IDS) if "_" in label]
    assert [label for label in ids_with_underscores if label in result.stdout] == []


def judged(*people: Identification, flags: tuple[str, ...] = ("names_staff",)) -> Assessment:
    categories = {c: CategoryJudgement(0.0, False, "policy line") for c in CATEGORY_IDS}
    return Assessment(categories, flags, people, (), ENGINE_VERSION)


def test_a_police_indicator_is_named_in_words_with_who_decides(roster: Roster) -> None:
    flags = ("names_staff", "police_threat_of_violence", "police_racial_element")

    lines = human_lines("b", Post("..."), judged(flags=flags), roster)

    assert lines[1:] == [
        "  Police indicator: threat of violence and racial element. Staff decide whether to "
        "involve the police; criticism of the school or its staff alone is never a police matter.",
        "  Flags: Names a member of staff; Threat of violence: police indicator; "
        "Racial element: police indicator",
    ]


def test_someone_who_could_be_several_people_is_shown_as_each_of_them(roster: Roster) -> None:
    miss_or_mr = Identification(
        kind="staff",
        how="surname",
        start=0,
        end=4,
        text="Hale",
        candidates=(Candidate("st-hale", "staff"), Candidate("st-pell", "staff")),
    )

    lines = human_lines(7, Post("Hale again"), judged(miss_or_mr), roster)

    assert lines == [
        "Post 7: nothing found",
        "  Flags: Names a member of staff",
        "  Person: “Hale” could be Mr Tobias Hale, Class teacher, Year 3, Oak class; "
        "or Miss Harriet Pellow, Class teacher, Year 2, Ash class",
    ]


def test_someone_not_on_the_roster_is_said_to_be_so(roster: Roster) -> None:
    stranger = Identification(
        kind="staff", how="surname_with_title", start=0, end=8, text="Mrs Rosa"
    )

    lines = human_lines(8, Post("Mrs Rosa"), judged(stranger), roster)

    assert lines[-1] == "  Person: “Mrs Rosa” is a member of staff not on the roster"


def test_each_person_is_one_line_with_every_wording_that_names_them(roster: Roster) -> None:
    label = "Mr Tobias Hale, Class teacher, Year 3, Oak class"
    mentions = (
        Identification(
            "staff", "surname_with_title", 0, 7, "Mr Hale", "st-hale", roster_label=label
        ),
        Identification(
            "staff", "surname_with_title", 20, 27, "Mr Hale", "st-hale", roster_label=label
        ),
        Identification("staff", "full_name", 40, 51, "Tobias Hale", "st-hale", roster_label=label),
    )

    lines = human_lines(9, Post("..."), judged(*mentions), roster)

    assert [line for line in lines if line.startswith("  Person:")] == [
        "  Person: “Mr Hale”, “Tobias Hale” is Mr Tobias Hale, Class teacher, Year 3, Oak class"
    ]
