"""Who supports which idea, counted honestly.

- A like on a post that states one idea is a vote for it; likes on a post that states
  several (a long contribution, a list) are *shared* support, shown apart, never a vote
  for each of its ideas.
- An explicit agreement ("+1", "d'accord avec…", a quote followed by approval) aimed at
  one or two ideas counts for them, and the likes on that reply too; a disagreement
  counts against. Thanks are not agreement (`extract._ENDORSE` never matches them).
- People count once per idea; an idea's own authors are not its supporters.
- Likers are read from the forum only where a person could be counted twice (several
  posts bring likes to one idea) and only for ideas that can reach the table; elsewhere a
  post's like count is exactly its number of people.
- A scribe poll's results, once there, are the measured support of the ideas it lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.models import Post, Reaction
from handlers.proposals.merge import Group

NEGATIVE_REACTIONS = frozenset(
    {
        "-1",
        "thumbsdown",
        "thumbs_down",
        "angry",
        "rage",
        "disappointed",
        "face_with_symbols_over_mouth",
        "confused",
        "no_entry",
        "no_entry_sign",
        "x",
        "unamused",
        "pouting_face",
        "person_gesturing_no",
    }
)
MAX_VOTE_TARGETS = 2
"""An agreement aimed at more ideas than this (a "+1" to a whole list) is shared support."""


@dataclass(frozen=True, slots=True)
class Counted:
    """What the ranking keeps of a post once it is read: who wrote it, where, its likes and
    reactions; not its text (a long topic's whole text would stay in memory for nothing)."""

    id: int
    post_number: int
    username: str
    version: int
    like_count: int
    reactions: tuple[Reaction, ...]
    reply_to_post_number: int | None

    @classmethod
    def of(cls, post: Post) -> Counted:
        return cls(
            post.id,
            post.post_number,
            post.username,
            post.version,
            post.like_count,
            post.reactions,
            post.reply_to_post_number,
        )


def positive_count(post: Counted) -> int:
    """Likes; with the reactions plugin every reaction but the negative ones counts as a like."""
    reacted = sum(r.count for r in post.reactions if r.id not in NEGATIVE_REACTIONS)
    return max(post.like_count, reacted)


def negative_count(post: Counted) -> int:
    return sum(r.count for r in post.reactions if r.id in NEGATIVE_REACTIONS)


@dataclass
class Tally:
    """One idea's support, before the likers are known (`vote_posts`) and after (`people`)."""

    authors: set[str]
    vote_posts: list[int] = field(default_factory=list)  # like-bearing posts whose likes are votes
    endorsers: dict[int, str] = field(default_factory=dict)  # agreeing post -> its author
    objectors: dict[int, str] = field(default_factory=dict)
    shared_posts: list[int] = field(default_factory=list)
    negative: int = 0

    def needs_likers(self, by_number: Mapping[int, Counted]) -> bool:
        """Whether like counts could count someone twice (or count an author) here."""
        liked = [n for n in self.vote_posts if positive_count(by_number[n])]
        return len(liked) > 1 or (len(liked) == 1 and (len(self.authors) > 1 or bool(self.endorsers)))

    def bounds(self, by_number: Mapping[int, Counted]) -> tuple[int, int]:
        """(fewest, most) people this idea can have, from like counts alone."""
        counts = [positive_count(by_number[n]) for n in self.vote_posts]
        endorsers = len(set(self.endorsers.values()) - self.authors)
        return max([*counts, endorsers, 0]), sum(counts) + endorsers


@dataclass(frozen=True)
class Count:
    supporters: int
    likers: list[str]
    endorsers: list[str]
    opponents: int
    objectors: list[str]
    shared: int
    exact: bool


def tally(
    group: Group,
    endorsements: dict[int, str],
    objections: dict[int, str],
    ideas_in: Mapping[int, int],
    targets_of: Mapping[int, int],
    by_number: Mapping[int, Counted],
) -> Tally:
    """Which posts bring votes, shared support or objections to `group`."""
    authors = {m.author for m in group.members if m.post_number in group.posts}
    t = Tally(authors=authors, endorsers=dict(endorsements), objectors=dict(objections))
    for n in sorted(group.posts):
        post = by_number.get(n)
        if post is None:
            continue
        if ideas_in.get(n, 1) <= 1:
            t.negative += negative_count(post)  # like a like, a -1 on a long post is not against each idea
            t.vote_posts.append(n)
        elif positive_count(post):
            t.shared_posts.append(n)
    for n in sorted(endorsements):
        if n in group.posts or n not in by_number:
            continue
        if targets_of.get(n, 1) <= MAX_VOTE_TARGETS:
            t.vote_posts.append(n)
        elif positive_count(by_number[n]):
            t.shared_posts.append(n)
    for n in group.cited_in:
        if n in by_number and positive_count(by_number[n]):
            t.shared_posts.append(n)
    return t


def count(t: Tally, likers: Mapping[int, list[str] | None], by_number: Mapping[int, Counted]) -> Count:
    """People supporting the idea: readers of each vote post's likers when known, like counts otherwise."""
    people: set[str] = set()
    estimated = 0
    exact = True
    for n in t.vote_posts:
        post = by_number[n]
        if not positive_count(post):
            continue
        names = likers.get(post.id)
        if names is None:
            estimated += positive_count(post)
            exact = exact and not t.needs_likers(by_number)
        else:
            people.update(names)
    endorsers = set(t.endorsers.values()) - t.authors
    liked = people - t.authors
    supporters = liked | endorsers
    objectors = set(t.objectors.values()) - t.authors - supporters
    return Count(
        supporters=len(supporters) + estimated,
        likers=sorted(liked, key=str.lower),
        endorsers=sorted(endorsers, key=str.lower),
        opponents=t.negative + len(objectors),
        objectors=sorted(objectors, key=str.lower),
        shared=sum(positive_count(by_number[n]) for n in dict.fromkeys(t.shared_posts)),
        exact=exact,
    )
