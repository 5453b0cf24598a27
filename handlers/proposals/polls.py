"""scribe's poll of the best proposals: the Discourse `[poll]` it posts, and its results read back.

The poll is a `type=multiple` poll named `propositions` whose options are the proposals'
labels. Discourse (discourse-poll) serves each post's polls in its `polls` field, with the
votes of every option when the reader may see results (`results=always`), so the results
come with the topic scribe already reads: no extra request. From then on an option's votes
are the measured support of its proposal.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from bot.actions import ReplyToPost
from bot.i18n import Messages
from bot.markup import inert
from bot.models import Post
from bot.text import fold

if TYPE_CHECKING:
    from handlers.proposals import Proposal

POLL_NAME = "propositions"
PERIODIC = "summaries.periodic"
"""The periodic synthesis's timer: with `poll_with_synthesis` the poll goes with it."""
MATCH = 90.0
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class PollResults:
    post_number: int
    voters: int
    votes: dict[str, int]
    """Folded option text -> votes."""

    def votes_for(self, label: str) -> int | None:
        """Votes of the option naming this proposal, None when the poll did not list it."""
        key = fold(label)
        if key in self.votes:
            return self.votes[key]
        best = max(self.votes, key=lambda o: fuzz.ratio(o, key), default=None)
        if best is not None and fuzz.ratio(best, key) >= MATCH:
            return self.votes[best]
        return None


def latest(posts: Iterable[Post], bot_username: str, known: PollResults | None) -> PollResults | None:
    """The latest scribe poll among `posts` and the one `known` from earlier pages of the topic."""
    for post in posts:
        if post.username.lower() != bot_username.lower() or not post.is_regular:
            continue
        if known is not None and post.post_number < known.post_number:
            continue
        for poll in post.polls:
            if poll.name == POLL_NAME:
                votes = {fold(option_text(o.html)): o.votes for o in poll.options}
                known = PollResults(post.post_number, poll.voters, votes)
                break
    return known


def option_text(cooked: str) -> str:
    """An option's words: tags, markdown escapes and zero-width spaces (from `inert`) left out."""
    text = html.unescape(_TAG.sub("", cooked)).replace("\u200b", "")
    return " ".join(re.sub(r"\\(.)", r"\1", text).split())


def _option(text: str) -> str:
    """A label as one poll option line: inert, one line, no list or BBCode markers."""
    return " ".join(inert(text).split())


def poll_post(proposals: Sequence[Proposal], options: int, messages: Messages) -> str:
    """The post holding the poll of the `options` best proposals (two at least, or a sentence saying so)."""
    chosen: list[str] = []
    for p in proposals:
        line = _option(p.text)
        if line and fold(line) not in {fold(c) for c in chosen}:
            chosen.append(line)
        if len(chosen) >= options:
            break
    if len(chosen) < 2:
        return messages.get("proposals.poll_too_few")
    head = f"[poll type=multiple name={POLL_NAME} results=always min=1 max={len(chosen)} public=false]"
    body = "\n".join(f"* {c}" for c in chosen)
    return (
        f"{messages.get('proposals.poll_intro')}\n\n{head}\n{body}\n[/poll]\n\n{messages.get('proposals.poll_note')}\n"
    )


def periodic_reply(topic_id: int, raw: str, at: datetime) -> ReplyToPost:
    return ReplyToPost(key=f"poll:{topic_id}:{at:%Y-%m-%d}", topic_id=topic_id, raw=raw)
