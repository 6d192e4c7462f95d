"""Compose contrastive school posts: one frame said hostile and harmless, so words alone teach nothing.

Every identity group is written into the same frame as hate, praise, plain news, negated hate,
hate quoted to condemn it, and in-group self-reference; only the hate is `discrimination`. Hidden
hate (a feeling, an opinion, a question, a pronoun in a later clause, a threat to a group, spelling
noise) comes with a harmless twin. School posts come as minimal pairs (praise or complaint about
one person, an idiom or a specific threat, one's own child or other children in a photo...).
Labels and police flags follow docs/labelling.md. All people are fictional.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from schoolgate.screening.training.contrastive_vocabulary import (
    ADULTS,
    APPS,
    CAMPAIGNS,
    CLASSES,
    EVENTS,
    EVERYDAY_NAMING,
    FEELINGS,
    GROUP_THREAT_TWINS,
    GROUP_THREATS,
    GROUPS,
    HARASSMENT,
    HEDGED,
    HOSTILE_ANY,
    HOSTILE_BY_KIND,
    HOSTILE_FOLLOWS,
    HOSTILE_FOLLOWS_RACIAL,
    HOSTILE_QUESTIONS,
    IDIOMS,
    INSINUATIONS,
    INSULTS,
    LEADER_IDS,
    LEADS,
    MISCONDUCT,
    MULTI_COMPLAINTS,
    NEGATIONS,
    NEUTRAL,
    NEUTRAL_FACTS,
    NEUTRAL_FOLLOWS,
    NEUTRAL_MENTIONS,
    NEUTRAL_QUESTIONS,
    NEW_PEOPLE,
    NEWS_NAMING,
    NEWS_TWINS,
    OPINIONS,
    OTHER_PHOTOS,
    OWN_PHOTOS,
    PARENTS,
    PERSON_HOSTILE,
    PERSON_NEUTRAL,
    POLITE,
    POSITIVE,
    PRAISE_COMPLAINT,
    PUPILS,
    QUOTES,
    RACIAL_KINDS,
    RECLAIMED,
    RIDICULE,
    SAFETY_WARNINGS,
    SARCASTIC,
    SCHOOL_CAMPAIGN,
    SCHOOL_CRITICISM,
    SEXUAL_MOCKERY,
    SEXUAL_REMARKS,
    SLUR_FRAMES,
    SLUR_REPORTS,
    SLURS,
    SPECIFIC_THREATS,
    STAFF,
    SWEARING,
    TAILS,
    THREAT_TAILS,
    TOPICS,
    Group,
    Person,
)
from schoolgate.screening.training.corpora import Example

# --- surface variety ------------------------------------------------------------------------

WARM = ("😊", "❤️", "🙏", "👏", "🥰", "🎉")
CROSS = ("😡", "🙄", "😤", "🤬")
PLAIN = ("🙂", "👍", "🤔")
EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf]")
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$"}
# Shares of posts given each surface change; small, so the plain form stays the common one.
LOWERCASE_SHARE = 0.2
DROP_END_SHARE = 0.3
EMOJI_SHARE = 0.3
TYPO_SHARE = 0.12


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _typo(text: str, rng: random.Random) -> str:
    """Swap two neighbouring letters in one longer word, as fast thumbs do."""
    words = list(re.finditer(r"[A-Za-z]{5,}", text))
    if not words:
        return text
    word = rng.choice(words)
    i = rng.randrange(word.start(), word.end() - 1)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _surface(text: str, rng: random.Random, emoji: tuple[str, ...] = PLAIN) -> str:
    """Vary case, closing punctuation, emoji and typing slips without changing the meaning."""
    if rng.random() < LOWERCASE_SHARE:
        text = text.lower()
    if text[-1:] in (".", "!") and rng.random() < DROP_END_SHARE:
        text = text[:-1]
    if rng.random() < EMOJI_SHARE and not re.search(EMOJI, text):
        text = f"{text} {rng.choice(emoji)}"
    if rng.random() < TYPO_SHARE:
        text = _typo(text, rng)
    return text


def disguise(word: str, rng: random.Random) -> str:
    """Return `word` with letters dropped, spaced, swapped, starred, doubled or in leetspeak."""
    if len(word) < 3:
        return word
    way = rng.randrange(6)
    inner = rng.randrange(1, len(word) - 1)
    if way == 0:
        return word[:inner] + word[inner + 1 :]
    if way == 1:
        return " ".join(word)
    if way == 2:
        return word[:inner] + word[inner + 1] + word[inner] + word[inner + 2 :]
    if way == 3:
        return word[0] + "*" * (len(word) - 2) + word[-1]
    if way == 4:
        return word[:inner] + word[inner] + word[inner:]
    return "".join(LEET.get(ch, ch) for ch in word)


def _disguise_name(name: str, word: str, rng: random.Random) -> str:
    """Disguise the identity `word` in a group's `name`, or else the name's longest word."""
    match = re.search(rf"\b{re.escape(word)}", name, flags=re.IGNORECASE) or max(
        re.finditer(r"[\w']+", name), key=lambda m: len(m.group())
    )
    return name[: match.start()] + disguise(match.group(), rng) + name[match.end() :]


# --- composing -------------------------------------------------------------------------------


def _example(
    text: str, labels: tuple[str, ...] = (), flags: tuple[str, ...] = (), who: Person | None = None
) -> Example:
    flag_set = set(flags)
    people: tuple[str, ...] = ()
    if who is not None:
        flag_set.add(f"names_{who.kind}")
        people = (who.roster_id,) if who.roster_id else ()
    return Example(text, frozenset(labels), frozenset(flag_set), people)


def _fill(template: str, who: Person) -> str:
    return _cap(
        template.format(
            p=who.name,
            they=who.they,
            They=_cap(who.they),
            them=who.them,
            their=who.their,
        )
    )


def _about(
    template: str,
    who: Person,
    rng: random.Random,
    labels: tuple[str, ...] = (),
    flags: tuple[str, ...] = (),
    emoji: tuple[str, ...] = PLAIN,
) -> Example:
    """A post from `template` about `who`, with a naming flag only where the template names them."""
    text = _surface(_fill(template, who), rng, emoji)
    return _example(text, labels, flags, who if "{p}" in template else None)


def _hate(group: Group, violent: bool = False) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Labels and police flags of hate against `group` (and of a threat against it)."""
    labels = ("discrimination", "violence") if violent else ("discrimination",)
    flags = ("police_racial_element",) if group.is_racial else ()
    if violent:
        flags = (*flags, "police_threat_of_violence")
    return labels, flags


def _hostile(group: Group) -> tuple[str, ...]:
    return HOSTILE_ANY + HOSTILE_BY_KIND[group.kind]


# How many matched sets of each kind one group gets; sized for about 8,000 posts in all.
FRAMES_PER_GROUP = 7
HIDDEN_PER_GROUP = 2


def identity_sets(rng: random.Random) -> list[Example]:
    """Each group in one frame: hostile, positive, neutral, negated, quoted to condemn, in-group."""
    out: list[Example] = []
    for group in GROUPS:
        labels, flags = _hate(group)
        for _ in range(FRAMES_PER_GROUP):
            g, lead, tail = rng.choice(group.names), rng.choice(LEADS), rng.choice(TAILS)
            hostile = rng.choice(_hostile(group))
            for predicate, emoji, stance in (
                (hostile, CROSS, labels),
                (rng.choice(POSITIVE), WARM, ()),
                (rng.choice(NEUTRAL), PLAIN, ()),
            ):
                text = _surface(_cap(f"{lead}{g} {predicate}{tail}"), rng, emoji)
                out.append(_example(text, stance, flags if stance else ()))
            fill = {"g": g, "G": _cap(g), "p": hostile, "s": rng.choice(group.selves)}
            out.append(_example(_surface(_cap(rng.choice(NEGATIONS).format(**fill)), rng)))
            out.append(_example(_surface(_cap(rng.choice(QUOTES).format(**fill)), rng, CROSS)))
            fill["p"] = rng.choice(POSITIVE)
            out.append(_example(_surface(rng.choice(RECLAIMED).format(**fill), rng, WARM)))
        for occasion in group.occasions:
            out.append(_example(_surface(occasion, rng, WARM)))
    return out


def hidden_hate(rng: random.Random) -> list[Example]:
    """Hate said as a feeling, opinion, question, pronoun or threat, or disguised; each with a twin."""
    out: list[Example] = []
    pick = rng.choice
    for group in GROUPS:
        labels, flags = _hate(group)
        threat_labels, threat_flags = _hate(group, violent=True)
        for _ in range(HIDDEN_PER_GROUP):
            g, hostile = pick(group.names), pick(_hostile(group))
            for frame in (pick(FEELINGS), pick(OPINIONS)):
                said = frame.format(g=g, p=hostile)
                out.append(_example(_surface(_cap(said), rng), labels, flags))
                twin = frame.format(g=g, p=pick(POSITIVE))
                out.append(_example(_surface(_cap(twin), rng, WARM)))
            question = pick(HOSTILE_QUESTIONS).format(g=g, p=hostile)
            out.append(_example(_surface(_cap(question), rng, CROSS), labels, flags))
            out.append(_example(_surface(pick(NEUTRAL_QUESTIONS).format(g=g), rng)))
            out += _pronoun_pair(group, rng)
            threat = _cap(pick(GROUP_THREATS).format(g=g))
            out.append(_example(_surface(threat, rng, CROSS), threat_labels, threat_flags))
            out.append(_example(_surface(_cap(pick(GROUP_THREAT_TWINS).format(g=g)), rng, WARM)))
            lead, tail = pick(LEADS), pick(TAILS)
            noisy = _disguise_name(g, group.word, rng)
            out.append(
                _example(
                    _surface(_cap(f"{lead}{noisy} {hostile}{tail}"), rng, CROSS), labels, flags
                )
            )
            noisy = _disguise_name(g, group.word, rng)
            out.append(_example(_surface(_cap(f"{lead}{noisy} {pick(POSITIVE)}{tail}"), rng, WARM)))
    return out


def _pronoun_pair(group: Group, rng: random.Random) -> list[Example]:
    """The group named in one sentence, the hate (or not) in the next by pronoun only."""
    labels, flags = _hate(group)
    out = []
    if group.family:
        opening = f"The new family in {rng.choice(CLASSES)} {group.family}."
        follows = HOSTILE_FOLLOWS + (HOSTILE_FOLLOWS_RACIAL if group.is_racial else ())
        family = Person("the new family", "parent", "they", "them", "their")
        out.append(
            _example(
                _surface(f"{opening} {rng.choice(follows)}", rng, CROSS),
                (*labels, "offensive_about_person"),
                flags,
                family,
            )
        )
        out.append(
            _example(_surface(f"{opening} {rng.choice(NEUTRAL_FOLLOWS)}", rng), (), (), family)
        )
    role, kind = rng.choice(NEW_PEOPLE)
    newcomer = Person(f"the {role}", kind, "they", "them", "their")
    opening = f"The {role} {group.person}."
    out.append(
        _example(
            _surface(f"{opening} {rng.choice(PERSON_HOSTILE)}", rng, CROSS),
            (*labels, "offensive_about_person"),
            flags,
            newcomer,
        )
    )
    out.append(_example(_surface(f"{opening} {rng.choice(PERSON_NEUTRAL)}", rng), (), (), newcomer))
    return out


# Copies of each slur frame, plain and disguised.
SLUR_COPIES = 3


def slurs(rng: random.Random) -> list[Example]:
    """Slurs in hostile frames, plain and disguised; and reported to condemn them (no category)."""
    out: list[Example] = []
    for word, kind in SLURS:
        flags = ("police_racial_element",) if kind in RACIAL_KINDS else ()
        for _ in range(SLUR_COPIES):
            frame = rng.choice(SLUR_FRAMES)
            out.append(
                _example(
                    _surface(_cap(frame.format(w=word)), rng, CROSS), ("discrimination",), flags
                )
            )
            hidden = frame.format(w=disguise(word, rng))
            out.append(_example(_surface(_cap(hidden), rng, CROSS), ("discrimination",), flags))
        out.append(_example(_surface(rng.choice(SLUR_REPORTS).format(w=word), rng)))
    return out


# How many times each school pair is drawn, with fresh people and surface each time.
SCHOOL_DRAWS = 170


def school_pairs(rng: random.Random) -> list[Example]:
    """Minimal pairs of school posts: the same person or topic, breach and no breach."""
    out: list[Example] = []
    followers = [s for s in STAFF if s.roster_id not in LEADER_IDS]
    for _ in range(SCHOOL_DRAWS):
        for compose in PAIRS:
            out += compose(rng, followers)
    return out


def _praise_complaint(rng: random.Random, _: list[Person]) -> list[Example]:
    who = rng.choice(STAFF)
    praise, complaint = rng.choice(PRAISE_COMPLAINT)
    return [
        _about(f"{{p}} {praise}", who, rng, emoji=WARM),
        _about(f"{{p}} {complaint}", who, rng, ("complaint",), emoji=CROSS),
    ]


def _news(rng: random.Random, _: list[Person]) -> list[Example]:
    who = rng.choice(STAFF)
    return [
        _about(rng.choice(NEWS_NAMING), who, rng),
        _about(rng.choice(NEWS_TWINS), who, rng, ("complaint",), emoji=CROSS),
    ]


def _tone(rng: random.Random, _: list[Person]) -> list[Example]:
    question, thing, fault = rng.choice(TOPICS)
    fill = {"x": thing, "f": fault, "n": rng.randrange(2, 40)}
    return [
        _example(_surface(question, rng)),
        *(
            _example(_surface(_cap(rng.choice(tone).format(**fill)), rng), ("complaint",))
            for tone in (POLITE, HEDGED, SARCASTIC, CAMPAIGNS)
        ),
    ]


def _criticism(rng: random.Random, _: list[Person]) -> list[Example]:
    text = rng.choice(SCHOOL_CRITICISM).format(n=rng.randrange(2, 60))
    return [_example(_surface(text, rng, CROSS), ("complaint",))]


def _multi_label(rng: random.Random, _: list[Person]) -> list[Example]:
    """A complaint that is also an insult, a prejudice or a threat: every label stands."""
    who, gripe = rng.choice(STAFF), rng.choice(MULTI_COMPLAINTS)
    group = rng.choice([g for g in GROUPS if g.person])
    labels, flags = _hate(group)
    return [
        _about(f"{{p}} {gripe}", who, rng, ("complaint",), emoji=CROSS),
        _about(
            f"{{p}} {gripe}, {{they}}'s {rng.choice(INSULTS)}",
            who,
            rng,
            ("complaint", "offensive_about_person"),
        ),
        _about(
            f"{{p}} {gripe}. What do you expect, {{they}} {group.person}",
            who,
            rng,
            ("complaint", "offensive_about_person", *labels),
            flags,
        ),
        _about(
            f"{{p}} {gripe}. {rng.choice(THREAT_TAILS)}",
            who,
            rng,
            ("complaint", "violence"),
            ("police_threat_of_violence",),
        ),
    ]


def _idiom_threat(rng: random.Random, _: list[Person]) -> list[Example]:
    who = rng.choice(ADULTS)
    return [
        _about(rng.choice(IDIOMS), who, rng, emoji=("😂", "🙈", "🤣")),
        _about(
            rng.choice(SPECIFIC_THREATS),
            who,
            rng,
            ("violence",),
            ("police_threat_of_violence",),
            CROSS,
        ),
    ]


def _ridicule(rng: random.Random, _: list[Person]) -> list[Example]:
    who = rng.choice(PUPILS + PARENTS + STAFF)
    return [
        _about(rng.choice(RIDICULE), who, rng, ("allegation", "offensive_about_person")),
        _about(rng.choice(NEUTRAL_MENTIONS), who, rng),
    ]


def _obscene(rng: random.Random, _: list[Person]) -> list[Example]:
    # Sexual posts here target adults only; the set does not write sexual content about children.
    who = rng.choice(ADULTS)
    obscene = ("police_grossly_obscene",)
    return [
        _about(rng.choice(SEXUAL_REMARKS), who, rng, ("offensive_about_person",), obscene),
        _about(
            rng.choice(SEXUAL_MOCKERY), who, rng, ("allegation", "offensive_about_person"), obscene
        ),
        _example(_surface(rng.choice(SWEARING), rng)),
    ]


def _misconduct(rng: random.Random, _: list[Person]) -> list[Example]:
    who = rng.choice(STAFF)
    return [
        _about(rng.choice(MISCONDUCT), who, rng, ("allegation", "defamation")),
        _about(rng.choice(NEUTRAL_FACTS), who, rng),
        _about(rng.choice(INSINUATIONS), who, rng, ("allegation",)),
    ]


def _harassment(rng: random.Random, followers: list[Person]) -> list[Example]:
    """A campaign against one person is harassment; the same campaign against the school is not."""
    who = rng.choice(followers + list(PARENTS))
    day = rng.randrange(2, 40)
    return [
        _about(
            rng.choice(HARASSMENT).replace("{n}", str(day)),
            who,
            rng,
            ("allegation", "offensive_about_person"),
            ("police_harassment",),
            CROSS,
        ),
        _example(_surface(SCHOOL_CAMPAIGN.format(n=day), rng, CROSS), ("complaint",)),
    ]


def _photos(rng: random.Random, _: list[Person]) -> list[Example]:
    event, app = rng.choice(EVENTS), rng.choice(APPS)
    own = rng.choice(OWN_PHOTOS).format(e=event)
    others = rng.choice(OTHER_PHOTOS).format(e=event)
    return [
        _example(_surface(own, rng, WARM)),
        _example(_surface(others, rng, WARM), ("photo_of_others",)),
        _example(_surface(f"Saved from {app}: {own}", rng, WARM), ("dojo_photo",)),
        _example(
            _surface(f"Saved from {app}: {others}", rng, WARM), ("dojo_photo", "photo_of_others")
        ),
        _example(_surface(f"{_cap(event)} was brilliant, well done everyone", rng, WARM)),
    ]


PAIRS: tuple[Callable[[random.Random, list[Person]], list[Example]], ...] = (
    _praise_complaint,
    _news,
    _tone,
    _criticism,
    _multi_label,
    _idiom_threat,
    _ridicule,
    _obscene,
    _misconduct,
    _harassment,
    _photos,
)


# Everyday posts drawn, each with a fresh person and surface: about as many as the breaching
# posts that name someone, so that naming someone is no sign of trouble.
EVERYDAY_DRAWS = 1800


def everyday(rng: random.Random) -> list[Example]:
    """Harmless posts that name staff (thanks, news, logistics) and safety warnings."""
    out = []
    for _ in range(EVERYDAY_DRAWS):
        out.append(_about(rng.choice(EVERYDAY_NAMING), rng.choice(STAFF), rng, emoji=WARM))
    for warning in SAFETY_WARNINGS:
        out.append(_example(_surface(warning, rng)))
    return out


def generate(seed: int) -> list[Example]:
    """Return the contrastive posts for `seed`, the same list every time, each text once."""
    rng = random.Random(seed)
    composed = (
        identity_sets(rng) + hidden_hate(rng) + slurs(rng) + school_pairs(rng) + everyday(rng)
    )
    seen: dict[str, Example] = {}
    for example in composed:
        earlier = seen.setdefault(example.text, example)
        if (earlier.labels, earlier.flags) != (example.labels, example.flags):
            raise ValueError(f"two labellings composed for {example.text!r}")
    return list(seen.values())
