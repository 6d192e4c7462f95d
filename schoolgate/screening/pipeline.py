"""Analyzers and the reading they write to: the pipeline, configured like Django's validators.

An analyzer setting is a list of {"name": "dotted.path.ToClass", "options": {...}}. Each class is
built with its options as keyword arguments and declares what it `needs` and what it `adds`, and
which of the reading's notes it `reads` and `writes`.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .assessment import TEXT_SOURCE, Identification, Post, Span
from .exceptions import AnalyzerUnavailable, ConfigurationError
from .policy import Policy
from .roster import Roster

DEFAULT_ANALYZERS: tuple[dict[str, Any], ...] = (
    {"name": "schoolgate.screening.images.ImageAnalyzer", "options": {}},
    {"name": "schoolgate.screening.people.PeopleAnalyzer", "options": {}},
    {"name": "schoolgate.screening.rules.RulesAnalyzer", "options": {}},
    {"name": "schoolgate.screening.model.ModelAnalyzer", "options": {}},
)


# The notes analyzers leave each other on Reading.notes, by name.
# The faces found in each image of the post: {image index: [(x, y, width, height), ...]}.
FACES_NOTE = "faces"
# What would make a threat in the post's own words specific (a time, a place, a weapon, a home),
# as spans labelled police_threat_of_violence: [Span, ...], the nearest of each kind first found.
THREAT_SPECIFICS_NOTE = "threat_specifics"
# Whether the post names a group only to speak well of it, to deny or condemn what is said of it,
# or to report it (reading rule 10): True or False.
DEFENDS_GROUPS_NOTE = "defends_groups"
# Whether the post wishes a faith's or a community's day well ("Eid Mubarak") and, in its text
# and its images' words, names no group but those the wish is for and points at no one
# ("they", "he", "you", someone identified): a threat or hate the model reads there is its
# shortcut from a day's name and a time (reading rule 10): True or False.
GOOD_WISH_NOTE = "good_wish"
# Whether the post refers to no people that discrimination could demean (reading rule 14): in its
# text and its images' words it names no group, identifies or singles out no one, and has no word
# for people ("they", "those people", "her", "the kids"): True or False.
REFERS_TO_NO_ONE_NOTE = "refers_to_no_one"
# Whether the post's violent words are idioms and it has nothing to harm (reading rules 7 and
# 14): it has an idiom the rules know ("I could murder a takeaway", "absolutely smashing it"),
# refers to no one, and in its text and its images' words names nothing a complaint could be
# about (the school and what it runs), and, outside its idioms, no place, property or means of
# harm: True or False.
NOTHING_TO_HARM_NOTE = "nothing_to_harm"
# Whether the post is about head lice ("nits going round Reception again, get the combs out"),
# names no group, calls no one lice and, outside idioms, names no means of harm: the model's hate
# or threat there is its shortcut from words for vermin and for getting rid of them (reading
# rule 14): True or False.
HEAD_LICE_NOTE = "head_lice"
# The groups the post names outside counter-speech and reports, that a threat would be aimed at:
# [(Span labelled discrimination, whether the characteristic is racial), ...].
NAMED_GROUPS_NOTE = "named_groups"
# Why the post is no complaint whatever a model reads in it, or None: it shares the school's own
# post (reading rule 6), its complaint words are all answered by credit (reading rule 12) or said
# of the poster's own life (themselves, the weather, their household), or it names no one and
# nothing a complaint could be about (reading rule 14).
NOT_A_COMPLAINT_NOTE = "not_a_complaint"
# The notes the rules leave the model analyzer: what the rules write and the model reads.
NOTES_FOR_THE_MODEL = frozenset(
    {
        THREAT_SPECIFICS_NOTE,
        DEFENDS_GROUPS_NOTE,
        GOOD_WISH_NOTE,
        HEAD_LICE_NOTE,
        NAMED_GROUPS_NOTE,
        NOT_A_COMPLAINT_NOTE,
        NOTHING_TO_HARM_NOTE,
        REFERS_TO_NO_ONE_NOTE,
    }
)


@dataclass(frozen=True)
class Segment:
    """A stretch of text to screen: the post's own text, or text read from one of its images."""

    source: str
    text: str


@dataclass(frozen=True)
class Evidence:
    """A finding: which category or flag, how strongly (0..1), and the span that shows it
    (None when other evidence already shows the words)."""

    label: str
    score: float
    span: Span | None


@dataclass
class Reading:
    """Everything the analyzers have found so far about one post."""

    post: Post
    segments: list[Segment] = field(default_factory=list)
    people: list[Identification] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    is_relevant: bool = False
    notes: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, post: Post) -> Reading:
        return cls(post=post, segments=[Segment(TEXT_SOURCE, post.text)])

    def add(self, label: str, score: float, span: Span | None) -> None:
        self.evidence.append(Evidence(label, score, span))

    def checkpoint(self) -> tuple[int, int, int, frozenset[str], bool, dict[str, Any]]:
        return (
            len(self.segments),
            len(self.people),
            len(self.evidence),
            frozenset(self.flags),
            self.is_relevant,
            dict(self.notes),
        )

    def restore(self, point: tuple[int, int, int, frozenset[str], bool, dict[str, Any]]) -> None:
        """Undo what a failed analyzer half-wrote."""
        segments, people, evidence, flags, is_relevant, notes = point
        del self.segments[segments:]
        del self.people[people:]
        del self.evidence[evidence:]
        self.flags = set(flags)
        self.is_relevant = is_relevant
        self.notes = notes

    def score(self, label: str) -> float:
        return max((e.score for e in self.evidence if e.label == label), default=0.0)


@dataclass(frozen=True)
class ScreeningContext:
    """What every analyzer may consult: the school's roster and policy."""

    roster: Roster
    policy: Policy


class Analyzer(ABC):
    """Base class of pipeline components. Subclasses set `name`, `needs`, `adds`, and `analyze`.

    `reads` and `writes` name every note of Reading.notes that `analyze` looks up or sets; a
    note no analyzer before this one writes is simply absent when it runs.

    `analyze` receives a batch of readings and writes to them; raising is allowed (the screener
    reports it on every reading of the batch it could not isolate). Raise AnalyzerUnavailable
    from __init__ when the analyzer cannot run here: it is then skipped with that reason.
    """

    name: ClassVar[str] = "analyzer"
    needs: ClassVar[tuple[str, ...]] = ()
    adds: ClassVar[tuple[str, ...]] = ()
    reads: ClassVar[frozenset[str]] = frozenset()
    writes: ClassVar[frozenset[str]] = frozenset()

    def prepare(self, context: ScreeningContext) -> None:
        """Build anything that depends on the roster or policy, once per screener."""
        return

    @abstractmethod
    def analyze(self, readings: list[Reading], context: ScreeningContext) -> None:
        """Read the batch and write categories, spans, people or flags onto each reading."""


@dataclass(frozen=True)
class LoadedAnalyzers:
    analyzers: tuple[Analyzer, ...]
    skipped: dict[str, str]


def import_string(dotted_path: str) -> Any:
    """Import a class or function from its dotted path."""
    module_path, _, attribute = dotted_path.rpartition(".")
    if not module_path:
        raise ImportError(f"{dotted_path!r} is not a dotted path")
    module = importlib.import_module(module_path)
    try:
        return getattr(module, attribute)
    except AttributeError as error:
        raise ImportError(f"module {module_path!r} has no attribute {attribute!r}") from error


def load_analyzers(config: Sequence[Mapping[str, Any]]) -> LoadedAnalyzers:
    """Build the analyzers a configuration names, in order.

    A path that cannot be imported, options the class does not accept, a class that is not an
    Analyzer, or one that reads a note only an analyzer after it writes raise ConfigurationError
    naming the entry. An analyzer whose artefacts are absent (AnalyzerUnavailable) is left out
    and its reason kept.
    """
    analyzers: list[Analyzer] = []
    skipped: dict[str, str] = {}
    provided: set[str] = set()
    # Each loaded analyzer's entry, and the notes the analyzers before it write.
    placed: list[tuple[str, str, frozenset[str]]] = []
    written: set[str] = set()
    for index, entry in enumerate(config):
        where = f"analyzers[{index}]"
        if not isinstance(entry, Mapping) or "name" not in entry:
            raise ConfigurationError(f"{where}: each entry is a mapping with a 'name' key")
        unknown = set(entry) - {"name", "options"}
        if unknown:
            raise ConfigurationError(
                f"{where}: unknown keys {sorted(unknown)}; use name and options"
            )
        name = entry["name"]
        options = entry.get("options") or {}
        try:
            factory = import_string(name)
        except ImportError as error:
            raise ConfigurationError(
                f"{where}: cannot import analyzer {name!r} ({error}); check the dotted path"
            ) from error
        if not (isinstance(factory, type) and issubclass(factory, Analyzer)):
            raise ConfigurationError(f"{where}: {name!r} is not an Analyzer subclass")
        try:
            analyzer = factory(**options)
        except AnalyzerUnavailable as reason:
            skipped[factory.name] = str(reason)
            continue
        except TypeError as error:
            raise ConfigurationError(f"{where}: bad options for {name!r}: {error}") from error
        missing = [need for need in analyzer.needs if need not in provided]
        if missing:
            raise ConfigurationError(
                f"{where}: {name!r} needs {missing}, which no analyzer before it adds"
            )
        provided.update(analyzer.adds)
        analyzers.append(analyzer)
        placed.append((where, name, frozenset(written)))
        written.update(analyzer.writes)
    for (where, name, before), analyzer in zip(placed, analyzers, strict=True):
        late = sorted((analyzer.reads & written) - before)
        if late:
            raise ConfigurationError(
                f"{where}: {name!r} reads notes {late}, which only an analyzer after it writes; "
                "move it after that analyzer"
            )
    return LoadedAnalyzers(tuple(analyzers), skipped)
