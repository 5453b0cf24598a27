"""One idea, one entry: near-duplicate proposals and restatements are grouped.

Matching runs on accent-folded content words with rapidfuzz. `token_set_ratio` is
lenient when one text is a subset of the other, so a short text only matches a
longer one when it also appears almost verbatim in it (`partial_ratio`): that is
how a synthesis that flattened its quotes ("Ne plus financer de lieux en SAS
classique") is traced to the post that said it first. Candidate pairs are found
through an inverted index of content words, so a 700-post topic is not compared
all against all.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from handlers.proposals.extract import Candidate, PostReading, Unit

SET_RATIO = 90.0
PARTIAL_RATIO = 92.0
LENGTH_GUARD = 0.6
MIN_SUBSET_TOKENS = 4
_COMMON = 0.2  # words in more than this share of sentences do not select pairs


@dataclass
class Group:
    """Every statement of one idea: the candidates, and the posts that said it."""

    members: list[Candidate] = field(default_factory=list)
    posts: set[int] = field(default_factory=set)
    origin: tuple[int, str] | None = None  # (post_number, author) of the earliest statement

    def state(self, post_number: int, author: str) -> None:
        self.posts.add(post_number)
        if self.origin is None or post_number < self.origin[0]:
            self.origin = (post_number, author)


def similar(a: Unit, b: Unit) -> bool:
    """Same idea: near-identical content words, or the shorter one found almost verbatim in the longer."""
    if not a.tokens or not b.tokens:
        return False
    ta, tb = " ".join(a.tokens), " ".join(b.tokens)
    if fuzz.token_set_ratio(ta, tb) < SET_RATIO:
        return False
    short, long_ = sorted((a, b), key=lambda u: len(u.tokens))
    if len(short.tokens) / len(long_.tokens) >= LENGTH_GUARD:
        return True
    return len(short.tokens) >= MIN_SUBSET_TOKENS and fuzz.partial_ratio(short.folded, long_.folded) >= PARTIAL_RATIO


def group_proposals(readings: dict[int, PostReading]) -> list[Group]:
    """Group every candidate of the topic; a candidate restating an earlier sentence that
    was not itself a proposal is credited to that earlier post too."""
    units: list[Unit] = []
    cand_ids: dict[tuple[int, int], int] = {}
    candidates: list[Candidate] = []
    for number in sorted(readings):
        reading = readings[number]
        for i, cand in enumerate(reading.candidates):
            cand_ids[(number, i)] = len(candidates)
            candidates.append(cand)
        units.extend(reading.units)

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

    # identical sentences (reposts, copies) are compared once, through one representative
    same_text: dict[str, list[int]] = defaultdict(list)
    for u_id, unit in enumerate(units):
        same_text[unit.folded].append(u_id)
    reps = list(same_text.values())
    index: dict[str, list[int]] = defaultdict(list)
    for r_id, members in enumerate(reps):
        for tok in set(units[members[0]].tokens):
            index[tok].append(r_id)
    common = max(50, int(len(reps) * _COMMON))

    extra_sources: dict[int, tuple[int, str]] = {}
    for r_id, members in enumerate(reps):
        own = [u_id for u_id in members if units[u_id].candidate is not None]
        if not own:
            continue
        unit = units[members[0]]
        shared: Counter[int] = Counter()
        for tok in set(unit.tokens):
            postings = index.get(tok, ())
            if len(postings) <= common:
                shared.update(postings)
        matches = [r_id]
        for o_id, n in shared.items():
            other = units[reps[o_id][0]]
            if (
                o_id != r_id
                and n >= max(2, (min(len(unit.tokens), len(other.tokens)) + 1) // 2)
                and similar(unit, other)
            ):
                matches.append(o_id)
        for u_id in own:
            c_id = cand_ids[(units[u_id].post_number, units[u_id].candidate)]  # type: ignore[index]
            number = units[u_id].post_number
            best_source: tuple[int, str] | None = None
            for o_id in matches:
                for v_id in reps[o_id]:
                    other = units[v_id]
                    if other.candidate is not None:
                        union(c_id, cand_ids[(other.post_number, other.candidate)])
                    elif other.post_number < number and (best_source is None or other.post_number < best_source[0]):
                        best_source = (other.post_number, other.author)
            if best_source is not None:
                extra_sources[c_id] = best_source

    groups: dict[int, Group] = {}
    for c_id, cand in enumerate(candidates):
        group = groups.setdefault(find(c_id), Group())
        group.members.append(cand)
        group.state(cand.post_number, cand.author)
        if c_id in extra_sources:
            group.state(*extra_sources[c_id])
    return list(groups.values())


def clearest(members: list[Candidate]) -> str:
    """The wording to show: the shortest full statement (at least five words), else the first."""
    whole = [m.text for m in members if not m.text.endswith("…") and len(m.text.split()) >= 5]
    text = min(whole or [m.text for m in members], key=len)
    text = text.removesuffix("[…]").removesuffix("[...]").rstrip(" ,;:")
    return text[:1].upper() + text[1:]
