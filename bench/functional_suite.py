"""Our own functional test suite: what the whole engine gets right, one behaviour at a time.

Each case is a school-community post with the categories and police flags docs/labelling.md
gives it, grouped by the functionality it tests (negated hate, an idiom that is no threat, a
courteous statement of misconduct...). Its templates and words are written apart from the
training composer (schoolgate/screening/training/contrastive.py), and a test keeps every text out
of the training set, so the figures measure generalisation. The cases are built in
bench/functional_cases.py; this file screens them. Run:
    .venv/bin/python bench/functional_suite.py
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
# The tests load this file by its path, which leaves its folder off the import path.
BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from functional_cases import (  # noqa: E402
    IDENTITY_NON_HATEFUL,
    NO_POLICE_CRITICISM,
    NO_POLICE_JOKES,
    cases,
)

ROSTER = REPO / "schoolgate" / "screening" / "training" / "examples" / "demo_roster.csv"


# --- running it -------------------------------------------------------------------------------


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def run(screener: Any) -> dict[str, Any]:
    """Screen the suite with the whole engine; return pass rates and the headline figures.

    A case passes when the engine's categories and police flags are exactly the expected ones.
    """
    from schoolgate.screening import POLICE_FLAGS, Post

    suite = cases()
    assessments = screener.screen_many([Post(case.text) for case in suite])
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    hateful = [0, 0]
    passed = [0, 0]
    police_expected = [0, 0]
    police_jokes = [0, 0]
    police_criticism = [0, 0]
    failures = []
    for case, assessment in zip(suite, assessments, strict=True):
        labels = set(assessment.labels)
        police = {flag for flag in assessment.flags if flag in POLICE_FLAGS}
        ok = labels == case.categories and police == case.police
        per[case.functionality][0] += ok
        per[case.functionality][1] += 1
        if not ok:
            failures.append(
                {
                    "functionality": case.functionality,
                    "text": case.text,
                    "got": sorted(labels | police),
                }
            )
        said_discrimination = "discrimination" in labels
        if "discrimination" in case.categories:
            hateful[0] += said_discrimination
            hateful[1] += 1
        elif case.functionality in IDENTITY_NON_HATEFUL:
            passed[0] += not said_discrimination
            passed[1] += 1
        police_expected[0] += len(case.police & police)
        police_expected[1] += len(case.police)
        for names, tally in (
            (NO_POLICE_JOKES, police_jokes),
            (NO_POLICE_CRITICISM, police_criticism),
        ):
            if case.functionality in names:
                tally[0] += bool(police)
                tally[1] += 1
    return {
        "cases": len(suite),
        "pass_rate": _share(sum(p for p, _ in per.values()), len(suite)),
        "hateful_caught": _share(*hateful),
        "non_hateful_passed": _share(*passed),
        "police_flags_found": _share(*police_expected),
        "police_flags_on_jokes_or_idioms": _share(*police_jokes),
        "police_flags_on_school_criticism": _share(*police_criticism),
        "functionalities": {
            name: {"cases": total, "pass_rate": _share(ok, total)}
            for name, (ok, total) in sorted(per.items())
        },
        "failures": failures,
    }


def render(results: dict[str, Any]) -> str:
    """The printed table."""
    out = [f"Functional suite: {results['cases']} cases, passed {results['pass_rate']:.0%} exactly"]
    for name, figures in results["functionalities"].items():
        out.append(f"  {name:<32}{figures['cases']:>5}  {figures['pass_rate']:>6.0%}")
    out.append(
        f"Hateful caught {results['hateful_caught']:.2f} / non-hateful passed "
        f"{results['non_hateful_passed']:.2f}; police flags found {results['police_flags_found']:.2f}, "
        f"on jokes or idioms {results['police_flags_on_jokes_or_idioms']:.2f}, "
        f"on criticism of the school {results['police_flags_on_school_criticism']:.2f}"
    )
    return "\n".join(out)


def main() -> int:
    from schoolgate.screening import Roster, Screener

    print(render(run(Screener(roster=Roster.from_csv(ROSTER)))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
