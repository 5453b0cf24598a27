"""A reply giving its topic's one meeting to come a link: a new room, a corrected address, or the link the
announcement left out ("Attention, nouveau lien pour la visio : …", "Heads up, the call link changed: …", "Voici le
lien : …"). The meeting's reminders then give that link, not the one announced first, nor "no link given"."""

from __future__ import annotations

import re

from bot.models import Post
from bot.text import analyse, fold
from handlers.meetings.joining import JOIN_CUE, external, link_at, link_rank, said_at
from handlers.meetings.meeting import Meeting

LINK_WORD = re.compile(r"\b(?:liens?|links?|url|adresse|address)\b")
"""The post speaks of a link: it gives one, it does not just mention a call's room in passing."""
CHANGED = re.compile(
    r"\b(?:nouveau|nouvelle|new|chang\w*|updated?|mis a jour|correct\w*|corrige\w*|bon|right|wrong|mauvais|"
    r"erreur|error|mistake|typo|oups|oops|instead|plutot|desormais|a la place|remplace\w*|replace\w*)\b"
)
"""Words of a link that replaces the one given ("nouveau lien", "le bon est …", "link changed", "wrong link")."""
RECORDED = re.compile(
    r"\b(?:recordings?|recorded|replays?|enregistrements?|enregistree?s?|rediffusions?|slides|diaporamas?|"
    r"comptes? rendus?|notes)\b"
)
"""A link's sentence speaking of what a session left (its recording, its slides): not the room to join."""
_WATCH = re.compile(r"youtu\.be/|youtube\.com/watch|vimeo\.com/\d")
"""A video's page: a recording to watch, never the room of a meeting to come."""


def given_link(post: Post, meeting: Meeting) -> str | None:
    """The call link a reply gives `meeting` (None when it gives none, or the one it has): the post's one call room,
    said in a sentence of a link or of joining, not of a recording; replacing a link only in words of a change."""
    pt = analyse(post)
    calls = {link.url: link for link in external(pt.links) if link_rank(link) == 0 and not _WATCH.search(link.url)}
    if len(calls) != 1:
        return None  # two rooms: which is the meeting's is a guess
    ((url, link),) = calls.items()
    if url == meeting.link:
        return None
    at = link_at(pt.text, link)
    said = fold(said_at(pt.text, at)[1] if at >= 0 else pt.text)
    low = fold(pt.text)
    if RECORDED.search(said) or not (LINK_WORD.search(low) or JOIN_CUE.search(said)):
        return None
    if meeting.link is not None and not CHANGED.search(low):
        return None
    return url
