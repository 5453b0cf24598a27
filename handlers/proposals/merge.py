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

from collections import Counter, defaultdict
from dataclasses import dataclass, field

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


def group_proposals(readings: dict[int, PostReading]) -> Grouping:
    """Group every candidate of the topic (O(n log n) in the number of sentences); none when
    the thread does not deliberate (a question answered, one member's lone request)."""
    if not deliberative(readings):
        return Grouping([], set())
    units: list[Unit] = []
    cand_ids: dict[tuple[int, int], int] = {}
    candidates: list[Candidate] = []
    for number in sorted(readings):
        reading = readings[number]
        for i, cand in enumerate(reading.candidates):
            cand_ids[(number, i)] = len(candidates)
            candidates.append(cand)
        units.extend(reading.units)

    # identical sentences (reposts, copies) are compared once, through one representative
    same_text: dict[str, list[int]] = defaultdict(list)
    for u_id, unit in enumerate(units):
        if unit.tokens:
            same_text[unit.folded].append(u_id)
    reps = list(same_text.values())
    df: Counter[str] = Counter()
    for members in reps:
        df.update(set(units[members[0]].tokens))
    files: dict[str, list[int]] = defaultdict(list)  # every word -> the sentences holding it
    for r_id, members in enumerate(reps):
        for tok in set(units[members[0]].tokens):
            files[tok].append(r_id)

    matches: dict[int, list[int]] = {}  # rep holding a candidate -> reps stating the same
    for r_id, members in enumerate(reps):
        if not any(units[u].candidate is not None for u in members):
            continue
        unit = units[members[0]]
        seen: set[int] = {r_id}
        found = [r_id]
        budget = MAX_COMPARED
        for tok in sorted(_keys(unit.tokens, df), key=lambda t: len(files[t])):
            for o_id in files[tok]:
                if budget <= 0:
                    break
                if o_id in seen:
                    continue
                seen.add(o_id)
                budget -= 1
                if similar(unit, units[reps[o_id][0]]):
                    found.append(o_id)
        matches[r_id] = found

    # each sentence's statements, earliest first: (post_number, author, candidate id or None)
    stated: list[list[tuple[int, str, int | None]]] = []
    for members in reps:
        rows = []
        for u_id in members:
            u = units[u_id]
            c = cand_ids[(u.post_number, u.candidate)] if u.candidate is not None else None
            rows.append((u.post_number, u.author, c))
        rows.sort(key=lambda r: r[0])
        stated.append(rows)

    syntheses = _syntheses(readings, units, reps, matches, stated)

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
    first_candidate: list[int | None] = [next((c for _, _, c in rows if c is not None), None) for rows in stated]
    for r_id, rows in enumerate(stated):
        head = first_candidate[r_id]
        if head is not None:
            for _, _, c in rows:
                if c is not None:
                    union(head, c)
    extra_sources: dict[int, tuple[int, str]] = {}
    for r_id, found in matches.items():
        head = first_candidate[r_id]
        if head is None:
            continue
        plain: tuple[int, str] | None = None  # the earliest statement that was not read as a proposal
        for o_id in found:
            other = first_candidate[o_id]
            if other is not None:
                union(head, other)
            for number, author, c in stated[o_id]:
                if c is None and number not in syntheses:
                    if plain is None or number < plain[0]:
                        plain = (number, author)
                    break
        if plain is not None:
            for number, _, c in stated[r_id]:
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


def _syntheses(
    readings: dict[int, PostReading],
    units: list[Unit],
    reps: list[list[int]],
    matches: dict[int, list[int]],
    stated: list[list[tuple[int, str, int | None]]],
) -> set[int]:
    """Posts that restate sentences first written in 3+ other posts by other people (flattened
    quotes), or quote 3+ posts: syntheses of the thread. A copy of one post is not one."""
    sources: dict[int, set[int]] = defaultdict(set)  # post -> earliest source of each sentence it restates
    restating: dict[int, set[str]] = defaultdict(set)
    for r_id, found in matches.items():
        for number, author, _ in stated[r_id]:
            firsts = [
                first
                for o_id in found
                if (first := next(((n, a) for n, a, _ in stated[o_id] if n < number and a != author), None))
            ]
            if firsts:
                sources[number].add(min(firsts)[0])
                restating[number].add(units[reps[r_id][0]].folded)
    out = set()
    for number, reading in readings.items():
        quoted = {q.post_number for q in reading.quotes if q.post_number and q.post_number != number}
        said = {u.folded for u in reading.units if u.tokens}
        share = len(restating[number]) / len(said) if said else 0.0
        quoting = len(quoted) >= SYNTHESIS_SOURCES and len(reading.candidates) >= SYNTHESIS_SOURCES
        restates = (
            len(sources[number]) >= SYNTHESIS_SOURCES
            and len(restating[number]) >= SYNTHESIS_SOURCES
            and (reading.synthesis_cue or share >= SYNTHESIS_SHARE)
        )
        if quoting or restates:
            out.add(number)
    return out


SAME_REQUEST = 0.75


def _same_request(groups: list[Group]) -> list[Group]:
    """Join short requests from different posts that ask for the same thing in other words
    ("Extend the deadline" / "Please extend the deadline by 1 day"): the words of one label
    (stems) are nearly all in the other's (containment >= 0.75, two stems at least)."""
    from handlers.proposals.label import label

    stems = [{t[:5] for t in content_tokens(fold(label(g.members[0].lead)))} for g in groups]
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
        if len(st) < 2:
            continue
        seen: set[int] = set()
        for t in sorted(st, key=lambda t: len(files[t]))[:KEYS_PER_SENTENCE]:
            for j in files[t][:MAX_COMPARED]:
                if j <= i or j in seen or len(stems[j]) < 2 or groups[i].posts & groups[j].posts:
                    continue
                seen.add(j)
                numbers_i, numbers_j = {t for t in st if t.isdigit()}, {t for t in stems[j] if t.isdigit()}
                if numbers_i and numbers_j and numbers_i != numbers_j:
                    continue
                if len(st & stems[j]) / min(len(st), len(stems[j])) >= SAME_REQUEST:
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
