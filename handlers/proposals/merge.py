"""One idea, one entry: near-duplicate proposals, restatements and quotes are grouped.

Matching runs on accent-folded content words with rapidfuzz. `token_set_ratio` is
lenient when one text is a subset of the other, so a short text only matches a
longer one when it also appears almost verbatim in it (`partial_ratio`): that is
how a synthesis that flattened its quotes ("Ne plus financer de lieux en SAS
classique") is traced to the post that said it first.

Pairs are only compared when they share one of the proposal's rarest words (blocking):
each sentence is filed under its words, a proposal looks only in the files of its four
least frequent words, smallest first and for a bounded number of sentences, so a
10,000-post topic costs a bounded number of comparisons per proposal, not one per pair.

A post that restates the ideas of several other posts (a member's synthesis of the
thread) is not the source of new proposals: what it restates joins the original, the
rest of it is left out.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from handlers.proposals.extract import Candidate, PostReading, Unit, content_tokens, deliberative, fold

SET_RATIO = 90.0
PARTIAL_RATIO = 92.0
LENGTH_GUARD = 0.6
MIN_SUBSET_TOKENS = 4
KEYS_PER_SENTENCE = 4  # a proposal looks in the files of its 4 rarest words
MAX_COMPARED = 96  # comparisons per sentence at most (smallest files first)
SYNTHESIS_SOURCES = 3  # a post restating sentences of 3+ other people's posts…
SYNTHESIS_SHARE = 0.3  # …for 30 % of what it says (or saying it is a synthesis) is a synthesis


@dataclass
class Group:
    """Every statement of one idea: the candidates, the posts that said it, the syntheses that repeat it."""

    members: list[Candidate] = field(default_factory=list)
    posts: set[int] = field(default_factory=set)
    cited_in: set[int] = field(default_factory=set)
    origin: tuple[int, str] | None = None  # (post_number, author) of the earliest statement

    def state(self, post_number: int, author: str) -> None:
        self.posts.add(post_number)
        if self.origin is None or post_number < self.origin[0]:
            self.origin = (post_number, author)


@dataclass
class Grouping:
    groups: list[Group]
    syntheses: set[int]
    """Posts read as syntheses of the thread: they restate, they do not propose."""


def similar(a: Unit, b: Unit) -> bool:
    """Same idea: near-identical content words, or the shorter one found almost verbatim in the longer."""
    if not a.tokens or not b.tokens:
        return False
    ta, tb = " ".join(a.tokens), " ".join(b.tokens)
    if fuzz.token_set_ratio(ta, tb) < SET_RATIO:
        return False
    numbers_a = {t for t in a.tokens if t.isdigit()}
    numbers_b = {t for t in b.tokens if t.isdigit()}
    if numbers_a and numbers_b and numbers_a != numbers_b:
        return False  # "projet numéro 12" is not "projet numéro 34"
    short, long_ = sorted((a, b), key=lambda u: len(u.tokens))
    if len(short.tokens) / len(long_.tokens) >= LENGTH_GUARD:
        return True
    return len(short.tokens) >= MIN_SUBSET_TOKENS and fuzz.partial_ratio(short.folded, long_.folded) >= PARTIAL_RATIO


def _keys(tokens: tuple[str, ...], df: Counter[str]) -> list[str]:
    return sorted(set(tokens), key=lambda t: (df[t], t))[:KEYS_PER_SENTENCE]


Row = tuple[int, str, int | None]
"""One statement of a sentence: (post_number, author, candidate id or None)."""


class _Sentences:
    """The topic's sentences, each distinct sentence once (a representative and its copies), and,
    asked for, its statements earliest first: built for the few sentences a match touches, not kept
    for every sentence of the topic."""

    def __init__(self, units: list[Unit], first_candidate_of: dict[int, int]) -> None:
        self.units = units
        self._first_of = first_candidate_of  # post number -> id of its first candidate
        self.first = array("l")  # representative -> its first unit (machine ints: one per sentence of the topic)
        self.copies: dict[int, array[int]] = {}  # representative -> its other units, for the few copied sentences
        proposing = bytearray()  # whether a representative's sentence holds a candidate somewhere
        index: dict[str, int] = {}
        for u_id, unit in enumerate(units):
            if not unit.tokens:
                continue
            r_id = index.get(unit.folded)
            if r_id is None:
                r_id = index[unit.folded] = len(self.first)
                self.first.append(u_id)
                proposing.append(0)
            else:
                self.copies.setdefault(r_id, array("l")).append(u_id)
            if unit.candidate is not None:
                proposing[r_id] = 1
        self.proposing = [r_id for r_id, flag in enumerate(proposing) if flag]
        """Representatives holding a candidate, in order."""
        self._rows: dict[int, list[Row]] = {}
        self._heads: dict[int, int | None] = {}

    def __len__(self) -> int:
        return len(self.first)

    def unit(self, r_id: int) -> Unit:
        return self.units[self.first[r_id]]

    def members(self, r_id: int) -> list[int]:
        return [self.first[r_id], *self.copies.get(r_id, ())]

    def rows(self, r_id: int) -> list[Row]:
        rows = self._rows.get(r_id)
        if rows is None:
            rows = []
            for u_id in self.members(r_id):
                u = self.units[u_id]
                c = self._first_of[u.post_number] + u.candidate if u.candidate is not None else None
                rows.append((u.post_number, u.author, c))
            rows.sort(key=lambda r: r[0])
            self._rows[r_id] = rows
        return rows

    def head(self, r_id: int) -> int | None:
        """The earliest candidate stating this sentence."""
        if r_id not in self._heads:
            self._heads[r_id] = next((c for _, _, c in self.rows(r_id) if c is not None), None)
        return self._heads[r_id]


def _matches(sentences: _Sentences) -> dict[int, list[int]]:
    """Each sentence holding a candidate -> the sentences stating the same (itself first), looked
    for in the files of its rarest words."""
    df: Counter[str] = Counter()
    for r_id in range(len(sentences)):
        df.update(set(sentences.unit(r_id).tokens))
    keys = {r_id: _keys(sentences.unit(r_id).tokens, df) for r_id in sentences.proposing}
    wanted = set().union(*keys.values())
    files: dict[str, list[int]] = {tok: [] for tok in wanted}  # every key word -> the sentences holding it
    for r_id in range(len(sentences)):
        for tok in set(sentences.unit(r_id).tokens):
            if tok in files:
                files[tok].append(r_id)
    matches: dict[int, list[int]] = {}
    for r_id in sentences.proposing:
        unit = sentences.unit(r_id)
        seen: set[int] = {r_id}
        found = [r_id]
        budget = MAX_COMPARED
        for tok in sorted(keys[r_id], key=lambda t: len(files[t])):
            for o_id in files[tok]:
                if budget <= 0:
                    break
                if o_id in seen:
                    continue
                seen.add(o_id)
                budget -= 1
                if similar(unit, sentences.unit(o_id)):
                    found.append(o_id)
        matches[r_id] = found
    return matches


def group_proposals(readings: dict[int, PostReading]) -> Grouping:
    """Group every candidate of the topic (O(n log n) in the number of sentences); none when
    the thread does not deliberate (a question answered, one member's lone request)."""
    if not deliberative(readings):
        return Grouping([], set())
    units: list[Unit] = []
    first_of: dict[int, int] = {}
    candidates: list[Candidate] = []
    for number in sorted(readings):
        reading = readings[number]
        first_of[number] = len(candidates)
        candidates.extend(reading.candidates)
        units.extend(reading.units)

    # identical sentences (reposts, copies) are compared once, through one representative
    sentences = _Sentences(units, first_of)
    matches = _matches(sentences)
    syntheses = _syntheses(readings, sentences, matches)

    parent = list(range(len(candidates)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: int, y: int) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    # copies of one sentence state one idea; matching sentences too (one union per pair of sentences)
    for r_id in sentences.proposing:
        head = sentences.head(r_id)
        if head is not None:
            for _, _, c in sentences.rows(r_id):
                if c is not None:
                    union(head, c)
    extra_sources: dict[int, tuple[int, str]] = {}
    for r_id, found in matches.items():
        head = sentences.head(r_id)
        if head is None:
            continue
        plain: tuple[int, str] | None = None  # the earliest statement that was not read as a proposal
        for o_id in found:
            other = sentences.head(o_id)
            if other is not None:
                union(head, other)
            for number, author, c in sentences.rows(o_id):
                if c is None and number not in syntheses:
                    if plain is None or number < plain[0]:
                        plain = (number, author)
                    break
        if plain is not None:
            for number, _, c in sentences.rows(r_id):
                if c is not None and plain[0] < number:
                    extra_sources[c] = plain

    by_root: dict[int, Group] = {}
    for c_id, cand in enumerate(candidates):
        group = by_root.setdefault(find(c_id), Group())
        group.members.append(cand)
        if cand.post_number in syntheses:
            group.cited_in.add(cand.post_number)
        else:
            group.state(cand.post_number, cand.author)
        if c_id in extra_sources:
            group.state(*extra_sources[c_id])
    groups = _same_request(
        [g for g in by_root.values() if g.posts]  # a synthesis's own additions are not proposals
    )
    for g in groups:
        g.cited_in -= g.posts
        g.members.sort(key=lambda c: (c.post_number in syntheses, c.post_number))
    groups.sort(key=lambda g: min(g.posts))
    return Grouping(groups, syntheses)


def _syntheses(readings: dict[int, PostReading], sentences: _Sentences, matches: dict[int, list[int]]) -> set[int]:
    """Posts that restate sentences first written in 3+ other posts by other people (flattened
    quotes), or quote 3+ posts: syntheses of the thread. A copy of one post is not one."""
    sources: dict[int, set[int]] = defaultdict(set)  # post -> earliest source of each sentence it restates
    restating: dict[int, set[str]] = defaultdict(set)
    for r_id, found in matches.items():
        for number, author, _ in sentences.rows(r_id):
            firsts = [
                first
                for o_id in found
                if (first := next(((n, a) for n, a, _ in sentences.rows(o_id) if n < number and a != author), None))
            ]
            if firsts:
                sources[number].add(min(firsts)[0])
                restating[number].add(sentences.unit(r_id).folded)
    out = set()
    nothing: set[Any] = set()
    for number, reading in readings.items():
        quoted = {q.post_number for q in reading.quotes if q.post_number and q.post_number != number}
        restated = restating.get(number, nothing)
        share = (
            len(restated) / len(said) if restated and (said := {u.folded for u in reading.units if u.tokens}) else 0.0
        )
        quoting = len(quoted) >= SYNTHESIS_SOURCES and len(reading.candidates) >= SYNTHESIS_SOURCES
        restates = (
            len(sources.get(number, nothing)) >= SYNTHESIS_SOURCES
            and len(restated) >= SYNTHESIS_SOURCES
            and (reading.synthesis_cue or share >= SYNTHESIS_SHARE)
        )
        if quoting or restates:
            out.add(number)
    return out


SAME_REQUEST = 0.75
_URGENCY_WORDS = (
    "early possible asap soon sooner quickly quick immediately urgently urgent earliest vite rapidement rapide urgence"
)
_URGENCY = frozenset(word[:5] for word in _URGENCY_WORDS.split(" "))
"""Stems of how soon a request is wanted ("as early as possible", "au plus vite"): not what it asks, so
"Release the mock as early as possible" asks what "release the mock or the resources" asks."""


def _same_request(groups: list[Group]) -> list[Group]:
    """Join short requests from different posts that ask for the same thing in other words
    ("Extend the deadline" / "Please extend the deadline by 1 day"): the words of one label
    (stems, without those of urgency) are nearly all in the other's (containment >= 0.75, two
    stems at least); and one post's requests whose labels' words are all in another of its labels."""
    from handlers.proposals.label import label

    stems = [{t[:5] for t in content_tokens(fold(label(g.members[0].lead)))} - _URGENCY for g in groups]
    parent = list(range(len(groups)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    files: dict[str, list[int]] = defaultdict(list)
    for i, st in enumerate(stems):
        for t in st:
            files[t].append(i)
    for i, st in enumerate(stems):
        if not st:
            continue
        seen: set[int] = set()
        for t in sorted(st, key=lambda t: (len(files[t]), t))[:KEYS_PER_SENTENCE]:
            for j in files[t][:MAX_COMPARED]:
                if j <= i or j in seen:
                    continue
                seen.add(j)
                # One post asking twice ("Please reconsider this decision. … Please reconsider.") asks
                # one thing when the words of one label are all in the other's.
                same_post = bool(groups[i].posts & groups[j].posts)
                if not same_post and (len(st) < 2 or len(stems[j]) < 2):
                    continue
                numbers_i, numbers_j = {t for t in st if t.isdigit()}, {t for t in stems[j] if t.isdigit()}
                if numbers_i and numbers_j and numbers_i != numbers_j:
                    continue
                if len(st & stems[j]) / min(len(st), len(stems[j])) >= (1.0 if same_post else SAME_REQUEST):
                    ri, rj = find(i), find(j)
                    if ri != rj:
                        parent[max(ri, rj)] = min(ri, rj)
    joined: dict[int, Group] = {}
    for i, g in enumerate(groups):
        root = find(i)
        if root not in joined:
            joined[root] = g
            continue
        into = joined[root]
        into.members += g.members
        into.cited_in |= g.cited_in
        for n in g.posts:
            into.posts.add(n)
        if g.origin and (into.origin is None or g.origin[0] < into.origin[0]):
            into.origin = g.origin
    return list(joined.values())
