"""Which of the links found in a topic is THE answer to a burst of requests, if any.

A bot confidently wrong in public is worse than none. A link found is given only when it is of
the kind asked and its own words (anchor, sentence, the heading above it, the topic's title for
the opening post) name the thing asked, or when it is the only link of that kind in the
announcement the requests reply to. Two links that fit equally well, a request naming no kind of
link under an announcement carrying several, a link the askers say is dead: silence, with why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.models import Topic
from bot.text import analyse, fold
from handlers.links.text import subjects

if TYPE_CHECKING:
    from handlers.links.find import Candidate, RequestGroup

_DAYS = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche)\b"
)
_DEAD = re.compile(
    r"\b(?:expired|not working|doesn't work|does not work|isn't working|broken|invalid|dead|no longer works|"
    r"(?:new|updated|correct|right|working) (?:\w+ )?link|ne (?:marche|fonctionne) (?:pas|plus)|expire|"
    r"(?:nouveau|bon) lien|lien (?:mort|casse|errone|perime))\b"
)
"""The askers say the link they have is dead or wrong: only a link posted after them may answer."""


def things_asked(text: str) -> set[str]:
    """What a text names precisely: numbered things ("session 4", "GA6") and days ("Tuesday's call")."""
    return subjects(text) | set(_DAYS.findall(fold(text)))


def says_dead(group: RequestGroup) -> bool:
    return any(_DEAD.search(fold(analyse(r.post).text)) for r in group.requests)


def announcement_of(topic: Topic, group: RequestGroup) -> int:
    """The post the requests are about: the one the first request replies to, else the opening post."""
    return group.first.reply_to_post_number or 1


def choose(
    found: Sequence[Candidate], topic: Topic, group: RequestGroup, wanted: frozenset[str], home: int | None = None
) -> tuple[Candidate | None, str]:
    """The answer among `found` (best first, each already of the kind asked), or None and why.
    `home`: the post the answer belongs to (by default the announcement the requests are about)."""
    if says_dead(group):
        found = [c for c in found if c.post_number is not None and c.post_number > group.first.post_number]
        if not found:
            return None, "the askers say the link they have does not work: no newer link in this topic"
    if not found:
        return None, ""
    home = home or announcement_of(topic, group)
    at_home = _distinct([c for c in found if c.post_number == home and c.topic_id == topic.id])
    if not wanted:
        if len(at_home) == 1 and len(_distinct([c for c in found if c.source != "after"])) == 1:
            return at_home[0], ""
        return None, "the requests name no kind of link and this topic carries several: unsure which"
    asked = things_asked(" ".join(analyse(r.post).text for r in group.requests))
    named = _distinct([c for c in found if asked & _named(c, topic)]) if asked else []
    if len(named) == 1:
        return named[0], ""
    if len(named) > 1:
        return None, f"{len(named)} links of the kind asked name what is asked: unsure which"
    if len(at_home) == 1:
        return at_home[0], ""
    every = _distinct(found)
    if asked:
        return None, "no link of the kind asked names what the requests ask for"
    if len(every) == 1:
        return every[0], ""
    return None, f"{len(every)} links of the kind asked in this topic: unsure which"


def _named(c: Candidate, topic: Topic) -> set[str]:
    """The things a link's own words name; its heading's (the topic title, a meeting's title) when
    those words name none."""
    own = things_asked(c.context)
    if own:
        return own
    heading = " ".join(t for t in (c.title, topic.title if c.post_number == 1 else None) if t)
    return things_asked(heading)


def _distinct(found: Sequence[Candidate]) -> list[Candidate]:
    """One candidate per URL (the best, `found` being best first)."""
    seen: set[str] = set()
    out = []
    for c in found:
        key = c.url.rstrip("/").lower()
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
