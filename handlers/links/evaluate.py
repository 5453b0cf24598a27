"""How right the links feature is on real threads (`scribe eval`), against the labels of
`eval/labels/links-meetings/<topic>.json`:

- requests: the posts scribe took for link requests (it answered, asked, joined or held
  them back) against the labelled `link_requests` (precision, recall, and their 95 % intervals
  with the topics resampled: a split's requests often sit in a few long threads); recall also
  apart for documents asked (a guide, code, a data set: on a help forum most requests, answered
  by search more than by a link announced in the thread) and for every other kind (a call, a
  form, a recording, an exam page: the links announcements give); and apart for the requests a
  reader marked `explicit` (the post asks for a link or a file to be given, or says one is
  missing) or not (it asks how to do something, or whether a guide exists), where labels say;
- answers: scribe's replies that give a link, and the share giving the labelled one; a
  request labelled with no right link (`answer: null`) makes any link given a wrong one;
- human_answered: scribe's replies (answers or asks) sent once a person had answered
  (the labelled `human_answer` was already written): must be 0;
- answerable: requests whose right link was already in the thread when they were asked (an
  earlier post gives it), the ones scribe can serve before any person; `answered` is the share
  scribe answered with that link;
- in_doubt: posts the rules leave in doubt (a model, when configured, is asked about each),
  and how many of the requests the rules missed are among them (what a model could add);
- replies.to_non_requests: scribe's replies (answers or asks) that serve no labelled request,
  a public post made on a misreading: must be 0;
- wrong_pings: people an ask pinged as the announcer who are not the author of the
  announcement: the author of the post carrying the right link, or the topic's opener
  when the topic does not open with a request and the opener asks nothing: must be 0;
- public: every reply scribe would post (answers, asks, follow-ups), and those wrong in any of
  the ways above (a misreading, a wrong link, after a person answered, a wrong ping), each
  reply counted once: what a moderator would have to undo.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bot.actions import ReplyToPost
from bot.evaluation import Evaluation, Result, Run, count, interval, share
from bot.text import analyse
from handlers.links.memory import NS, RequestRecord
from handlers.links.text import in_doubt

FOLDER = "links-meetings"
_URL = re.compile(r"https?://[^\s\])>\"'<]+")
_QUOTE = re.compile(r"\[quote=.*?\[/quote\]", re.S)


def normal_url(url: str) -> str:
    """URLs compared as people mean them: scheme and host in any case, no trailing slash or dot."""
    url = url.strip().rstrip(".,;:!?")
    m = re.match(r"(https?)://([^/?#]+)(.*)", url, re.I)
    if not m:
        return url.rstrip("/")
    return f"{m[1].lower()}://{m[2].lower()}{m[3]}".rstrip("/")


def given_url(raw: str) -> str | None:
    """The link a reply gives: the first one outside the quote of its source."""
    m = _URL.search(_QUOTE.sub("", raw))
    return normal_url(m.group(0)) if m else None


def request_records(run: Run) -> list[RequestRecord]:
    values = run.state.data.get(NS, {})
    return [RequestRecord.from_json(v) for k, v in values.items() if k.startswith("request:") and isinstance(v, dict)]


def _links_replies(run: Run) -> Iterable[tuple[Any, ReplyToPost]]:
    for step, action in run.replies():
        if action.key.endswith(":links") or action.key.endswith(":links-followup"):
            yield step, action


async def evaluate(ev: Evaluation) -> Result:
    topics = found = labelled = hit = 0
    answers = right = asks = late = wrong_pings = doubt = doubt_missed = misread = 0
    answerable = answerable_right = public = public_wrong = 0
    documents = documents_hit = 0
    explicit, implicit = [0, 0], [0, 0]  # requests found, requests labelled (`explicit` in the labels)
    by_found: list[tuple[int, int]] = []
    by_labelled: list[tuple[int, int]] = []
    mistakes: list[str] = []
    for case, labels in ev.labelled(FOLDER):
        topics += 1
        run = await ev.run(case)
        topic = case.topic
        wanted = {int(r["post"]): r for r in labels.get("link_requests") or []}
        records = request_records(run)
        seen = {r.post_number for r in records}
        labelled += len(wanted)
        found += len(seen)
        got = len(seen & set(wanted))
        hit += got
        by_found.append((got, len(seen)))
        by_labelled.append((got, len(wanted)))
        asked_documents = {n for n, r in wanted.items() if r.get("kind") == "document"}
        documents += len(asked_documents)
        documents_hit += len(asked_documents & seen)
        for said, hits in ((True, explicit), (False, implicit)):
            these = {n for n, r in wanted.items() if r.get("explicit") is said}
            hits[0] += len(these & seen)
            hits[1] += len(these)
        ready = {n for n, r in wanted.items() if (r.get("answer") or {}).get("post", n) < n}
        answerable += len(ready)
        ready_answered: set[int] = set()
        doubtful = {p.post_number for p in topic.posts if p.is_regular and in_doubt(analyse(p).text)}
        doubt += len(doubtful)
        doubt_missed += len((set(wanted) - seen) & doubtful)
        for n in sorted(set(wanted) - seen):
            mistakes.append(f"{case.key} #{n}: request missed ({wanted[n].get('kind')})")
        for n in sorted(seen - set(wanted)):
            mistakes.append(f"{case.key} #{n}: not a link request")
        for step, action in _links_replies(run):
            served = _served(action, records)
            labels_served = [wanted[n] for n in served if n in wanted]
            url = given_url(action.raw)
            where = f"{case.key} reply to #{action.reply_to_post_number}"
            public += 1
            before = len(mistakes)
            if not labels_served:
                misread += 1
                mistakes.append(f"{where}: replied to no labelled request")
            asked = any(r.outcome == "asked" and r.reply == action.key for r in records)
            if asked:
                asks += 1
                authors = _announcers(labels_served, topic, wanted)
                for name in action.mentions:
                    if name.lower() not in authors:
                        wrong_pings += 1
                        mistakes.append(f"{where}: pinged {name!r} as the announcer")
            elif url is not None:
                answers += 1
                rights = {normal_url(r["answer"]["url"]) for r in labels_served if r.get("answer")}
                if url in rights:
                    right += 1
                    ready_answered |= {
                        int(r["post"])
                        for r in labels_served
                        if int(r["post"]) in ready and normal_url(r["answer"]["url"]) == url
                    }
                else:
                    mistakes.append(f"{where}: gave {url}, right: {sorted(rights) or 'none'}")
            for r in labels_served:
                human = r.get("human_answer")
                by = topic.post(int(human)) if human else None
                if by is not None and by.created_at <= step.now:
                    late += 1
                    mistakes.append(f"{where}: #{human} had already answered")
                    break
            public_wrong += len(mistakes) > before
        answerable_right += len(ready_answered)  # a request answered twice counts once
        for n in sorted(ready - ready_answered):
            human = wanted[n].get("human_answer")
            request, by = topic.post(n), topic.post(int(human)) if human else None
            after = f", #{human} answered {by.created_at - request.created_at} later" if by and request else ""
            mistakes.append(f"{case.key} #{n}: link already in #{wanted[n]['answer']['post']}, not given{after}")
    return Result(
        {
            "topics": count(topics),
            "requests.precision": share(hit, found),
            "requests.recall": share(hit, labelled),
            "requests.precision.interval": interval(by_found),
            "requests.recall.interval": interval(by_labelled),
            "requests.recall.documents": share(documents_hit, documents),
            "requests.recall.other_kinds": share(hit - documents_hit, labelled - documents),
            "requests.recall.explicit": share(*explicit),
            "requests.recall.implicit": share(*implicit),
            "answers.right_link": share(right, answers),
            "answers.human_answered": count(late),
            "replies.to_non_requests": count(misread),
            "answerable.answered": share(answerable_right, answerable),
            "asks": count(asks),
            "asks.wrong_pings": count(wrong_pings),
            "in_doubt.posts": count(doubt),
            "in_doubt.missed_requests": share(doubt_missed, labelled - hit),
            "public.replies": count(public),
            "public.wrong": share(public_wrong, public),
        },
        mistakes,
    )


def _served(action: ReplyToPost, records: list[RequestRecord]) -> set[int]:
    """The requests a reply deals with: those it answered or asked for; a follow-up serves
    every request of its topic that was waiting."""
    if action.key.endswith(":links-followup"):
        return {r.post_number for r in records if r.outcome in ("asked", "joined")}
    return {r.post_number for r in records if r.reply == action.key}


def _announcers(labels_served: list[dict[str, Any]], topic: Any, wanted: dict[int, dict[str, Any]]) -> set[str]:
    """Who may be asked for the link: the author of the post that carries the right one, or the
    opener of a topic that is not a question (no labelled request opens it, its opener asks nothing);
    in a topic whose opening post is missing, the person who supplied the link."""
    out = set()
    first = topic.post(1)
    askers = {p.username.lower() for n in wanted if (p := topic.post(n)) is not None}
    if first is not None and 1 not in wanted and first.username.lower() not in askers:
        out.add(first.username.lower())
    if first is None:  # a partial export: whoever supplied the link is the announcement's author
        for r in labels_served:
            human = topic.post(int(r["human_answer"])) if r.get("human_answer") else None
            if human is not None and human.username.lower() not in askers:
                out.add(human.username.lower())
    for r in labels_served:
        answer = r.get("answer") or {}
        post = topic.post(int(answer["post"])) if answer.get("post") else None
        if post is not None:
            out.add(post.username.lower())
    return out
