"""Who gives a topic's links besides its announcer: the co-hosts its opening post names ("Raphaël, qui co-anime, va
vous poster le lien") and the members who say they run it with the announcer ("je co-anime avec Pascale, voici le
lien"). A link they post answers a request as the announcer's would."""

from __future__ import annotations

from bot.models import Topic
from bot.text import analyse, fold
from handlers.meetings.names import co_host_of, named_co_hosts, username_parts


def co_hosts(topic: Topic, announcer: str | None) -> set[str]:
    """The usernames (lower case) of the topic's co-hosts: named by the opening post by a word of their username, or
    saying in their post that they run it with the announcer."""
    if not topic.posts:
        return set()
    opening = fold(analyse(topic.posts[0]).text)
    named = named_co_hosts(opening)
    out: set[str] = set()
    for post in topic.posts[1:]:
        username = post.username.lower()
        if named.intersection(username_parts(username)) or (
            announcer and co_host_of(fold(analyse(post).text), announcer)
        ):
            out.add(username)
    return out
