"""A poll the thread closed is an outcome: its winning option, stated by whoever may decide.

Only a poll every reader of the synthesis can check counts: closed, its results shown to all
(`always`, or `on_close` once closed; scribe reads `staff_only` and `on_vote` votes only as
staff), a single-choice poll with a clear winner, in a post of someone who may decide (a
member's own poll is an opinion survey, not a decision). A tie, an open poll or a hidden
result decides nothing: stay silent.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.i18n import Messages
from bot.models import Post, Topic
from handlers.proposals.polls import option_text
from handlers.summaries.model import Point

SHOWN_TO_ALL = frozenset({"always", "on_close"})


def poll_outcomes(topic: Topic, decides: Callable[[Post], bool], messages: Messages) -> list[Point]:
    """One decision per closed poll with a clear winner, latest post first."""
    out: list[Point] = []
    for post in sorted(topic.posts, key=lambda p: -p.post_number):
        if not post.shown or not decides(post):
            continue
        for poll in post.polls:
            if poll.status != "closed" or poll.type != "regular" or poll.results not in SHOWN_TO_ALL:
                continue
            ranked = sorted(poll.options, key=lambda o: -o.votes)
            if not ranked or ranked[0].votes <= 0 or (len(ranked) > 1 and ranked[1].votes >= ranked[0].votes):
                continue
            option = option_text(ranked[0].html)
            if option:
                text = messages.get("summaries.poll_result", option=option, votes=ranked[0].votes, voters=poll.voters)
                out.append(Point(text=text, post_numbers=[post.post_number]))
    return out
