"""What the thread already holds for a burst of requests: a member's answer, an asker's trouble sorted
out, a link an earlier reply gave for the same question."""

from __future__ import annotations

import re

from bot.models import Post, Topic
from bot.text import analyse, every_link, fold
from handlers.links.answer import dead_words, families, families_asked, says_dead, says_replaced, things_asked
from handlers.links.bursts import RequestGroup, group_of, replied_to, request_groups, unique
from handlers.links.candidates import Candidate, addressed, links_they_have
from handlers.links.days import names_a_date
from handlers.links.given import BARE_URL, links_given, sentence_with, usable
from handlers.links.text import (
    after_solved,
    is_request,
    kinds_of,
    points_back,
    request_sentence,
    trouble_over,
    url_kind,
    wanted_kinds,
)


def seen_by_askers(topic: Topic, group: RequestGroup, found: Candidate) -> str | None:
    """In a topic opened to ask, an asker who has read the link a reply gave: they posted after it, or it
    answered their own post. Giving it back answers nothing; they ask for another thing (a tutorial for
    one step, the video of one feature) or find that one wrong. Their name, or None. (An announcement's
    link asked again by name, "le lien du sondage svp, je voudrais revoter", is still given.)"""
    post = found.post
    first = group.first
    if post is None or found.topic_id != topic.id or post.post_number >= first.post_number:
        return None
    askers = group.asker_names
    for between in topic.posts:
        if post.post_number < between.post_number < first.post_number and between.username.lower() in askers:
            return between.username
    replied = replied_to(topic, post)
    return replied.username if replied is not None and replied.username.lower() in askers else None


EARLIER_KINDS = frozenset({"recording", "document", "registration"})
"""The kinds of link a reply may already have given in a topic opened to ask: not a call's link,
which changes with each session, nor an exam's, which changes with each term."""


def given_in_thread(topic: Topic, group: RequestGroup, bot: str, wanted: frozenset[str]) -> Candidate | None:
    """A link the thread already gave for what the requests ask (`_earlier_answer`, `_restated_answer`):
    only for kinds of link that stay the same from one day to the next (`EARLIER_KINDS`), asked naming no
    day, time or session (`_timeless`), by askers who do not say their link is dead."""
    if not wanted or not wanted <= EARLIER_KINDS or says_dead(group) or not _timeless(group):
        return None
    return _earlier_answer(topic, group, bot, wanted) or _restated_answer(topic, group, bot, wanted)


def insiders(topic: Topic, group: RequestGroup, bot: str) -> set[str]:
    """The askers, scribe and the topic's author, lower-cased: what they post is no member's answer to the
    requests, nor a member's word the requests could be asking about."""
    return group.asker_names | {bot.lower(), (topic.author or "").lower()}


def _corrected(posts: list[Post]) -> set[int]:
    """The posts a reply among `posts` says the link of is dead or replaced ("Attention c'est celui de l'an dernier ! Le
    bon pour 2026 : …"): they give no answer any more."""
    return {
        p.reply_to_post_number for p in posts if p.reply_to_post_number is not None and says_replaced(analyse(p).text)
    }


def _earlier_answer(topic: Topic, group: RequestGroup, bot: str, wanted: frozenset[str]) -> Candidate | None:
    """In a topic opened to ask, the link an earlier reply gave whose own words (its address aside)
    name all the request names ("a video tutorial here: …" for "is there a video tutorial?"), posted
    by staff or by a member answering there (the topic's author and whoever asked in it are not),
    when it is the only such link and not one the askers have (thanked for): the thread already holds
    the answer."""
    named = families_asked(group)
    if not named:
        return None
    asked = things_asked(group.text)
    before = [p for p in topic.posts if p.shown and p.post_number < group.first.post_number]
    asking = {p.username.lower() for p in before if is_request(analyse(p).text)}
    excluded = asking | insiders(topic, group, bot)
    theirs = links_they_have(topic, group)
    corrected = _corrected(before)
    found: dict[str, Candidate] = {}
    for post in before:
        if post.username.lower() in excluded or post.post_number in corrected:
            continue
        for link, sentence, around in links_given(post, theirs):
            kinds, own = kinds_of(around), url_kind(link.url)
            if not (kinds & wanted or own in wanted) or (own is not None and own not in wanted):
                continue
            words = BARE_URL.sub(" ", f"{link.text} {sentence}")
            if not named <= families(words) or not _same_things(asked, things_asked(around)):
                continue
            found[link.url.rstrip("/").lower()] = Candidate(
                link.url, 1.0, kinds, "earlier", topic.id, post.post_number, post, context=around
            )
    return next(iter(found.values())) if len(found) == 1 else None


_WHEN = re.compile(
    r"\b(?:today'?s?|tonight'?s?|yesterday'?s?|tomorrow'?s?|latest|most recent|hier|demain|aujourd'?hui|ce soir|"
    r"dernier(?:e|s|es)?|(?:last|this|next) (?:week|class|session)|(?:la )?semaine (?:derniere|prochaine))\b"
)
_SESSION = re.compile(r"\b(?:sessions?|class(?:es)?|lectures?|live|meetings?|calls?|webinars?|seances?|visios?)\b")


def _timeless(group: RequestGroup) -> bool:
    """The requests name no day or time ("yesterday's", "on 11th Feb", "the latest"), nor, asking for a
    recording, a session: what they ask is the same from one day to the next, and an answer given
    days before still fits."""
    for r in group.own:
        text = analyse(r.post).text
        folded = fold(text)
        if _WHEN.search(folded) or names_a_date(text, r.post.created_at, group.order):
            return False
        if "recording" in r.kinds and _SESSION.search(folded):
            return False
    return True


def _same_things(asked: set[str], named: set[str]) -> bool:
    """A link names the thing asked: one of the GAs, sessions or days the request names; or, the
    request naming none, the link names none either (the slides of week 4 are no answer to "the slides")."""
    return bool(asked & named) if asked or named else True


def _restated_answer(topic: Topic, group: RequestGroup, bot: str, wanted: frozenset[str]) -> Candidate | None:
    """In a topic opened with a request, the one link of the reply that answered its opener: a later
    request for the same kind of link, naming the same things as the opening request (the same GA,
    session or day; a "+1" adds none) and no time, asks the topic's question again. None when that
    reply carries several links, is not addressed to the opening askers (a reply, a quote or a
    mention), gives a link of another kind or a single video, or someone said since that its link does
    not work."""
    opening = group_of(request_groups(topic, bot, upto=group.first.post_number - 1, order=group.order), 1)
    if opening is None or wanted_kinds(opening.kinds) != wanted:
        return None
    said = [" ".join(analyse(r.post).text for r in g.own) for g in (opening, group)]
    if things_asked(said[0]) != things_asked(said[1]) or not _timeless(opening):
        return None
    answer = human_answer(topic, opening, bot)
    if answer is None or answer.post_number >= group.first.post_number or not _addresses(answer, opening, topic):
        return None
    between = [p for p in topic.posts if answer.post_number < p.post_number < group.first.post_number]
    if any(p.is_regular and dead_words(analyse(p).text) for p in between):
        return None  # someone said since that the link does not work
    theirs = links_they_have(topic, opening) | links_they_have(topic, group)
    urls = unique(link.url for link in every_link(answer) if usable(link.url) and link.url not in theirs)
    own = url_kind(urls[0]) if len(urls) == 1 else None
    if len(urls) != 1 or (own is not None and own not in wanted) or own == "recording":
        return None  # one video is one session's: a later request may mean another
    context = sentence_with(analyse(answer).with_cited, urls[0], "")
    return Candidate(urls[0], 1.0, kinds_of(context), "restated", topic.id, answer.post_number, answer, context=context)


def _addresses(post: Post, group: RequestGroup, topic: Topic) -> bool:
    """The post answers the group: it replies to, quotes or mentions one of its requests' authors."""
    return bool(group.asker_names & addressed(post, topic))


def human_answer(topic: Topic, group: RequestGroup, bot: str) -> Post | None:
    """A member's post after the group's first request that answers it: it replies to or quotes
    a request, carries a link (shown as a onebox or not), or comes from staff or the announcer (scribe catching up on a
    topic sees the answers written meanwhile)."""
    askers = group.asker_names
    asked = set(group.post_numbers)
    first = topic.post(1)
    author = first.username.lower() if first else ""
    for post in topic.posts:
        if post.post_number <= group.first.post_number or not post.shown:
            continue
        if post.username.lower() in askers | {bot.lower()} or post.post_number in asked:
            continue
        read = analyse(post)
        if bot.lower() in read.mentions:
            continue  # addressed to scribe, not an answer
        linked = any(usable(link.url) for link in every_link(post))  # a onebox too: the link is there
        if not linked and not post.staff and request_sentence(read.text) is not None:
            continue  # "Et il y aura un replay ?" in reply asks for another link, it answers nothing
        quoted = any(q.post_number in asked for q in read.quotes)
        if (
            post.reply_to_post_number in asked
            or quoted
            or post.staff
            or post.username.lower() == author
            or linked
            or points_back(read.text)  # "le lien est dans le premier message"
        ):
            return post
    return None


def sorted_out(topic: Topic, group: RequestGroup) -> Post | None:
    """An asker's later post saying their trouble is over ("got it now, it was in the mail") and asking
    nothing new: scribe catching up on the thread has nothing left to give them, nor anyone to ping. A
    trouble it names as one of another kind of link than asked ("the form issue got sorted" after asking
    for the call's link) is not the request's."""
    askers = group.asker_names
    for post in topic.posts:
        if post.post_number <= group.first.post_number or group.contains(post.post_number):
            continue
        if not post.shown or post.username.lower() not in askers:
            continue
        folded = fold(analyse(post).text)
        rest = after_solved(folded)
        if rest != folded and not is_request(rest) and not _other_trouble(folded, group):
            return post
    return None


def _other_trouble(folded: str, group: RequestGroup) -> bool:
    """The trouble a post says is over is named as one of another kind of link than the requests ask."""
    about = kinds_of(trouble_over(folded))
    return bool(about and group.kinds and not about & group.kinds)
