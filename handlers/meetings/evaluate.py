"""How right the meetings feature is on real threads (`scribe eval`), against the labels of
`eval/labels/links-meetings/<topic>.json`:

- precision, recall: the meetings scribe keeps once the topic is read (not called off),
  against the labelled `meetings` (announced and still to come when written), matched by
  post; in a post with several, by nearest start;
- exact_start, exact_end: of the matched ones, the share whose start (end) is the labelled
  instant (for a meeting labelled with a day only, any start on that day); a labelled end
  scribe leaves out counts as wrong; a meeting labelled with a day only that scribe leaves
  out is not counted against it (the labels allow silence there);
- right_link: of the matched ones, the share whose reminder carries the labelled join link, or
  none where the announcing post gives none (a sign-up page or an agenda taken for the call is wrong);
- the false ones are listed with the reason the labels give (past session, recording,
  edit stamp, deadline, window, date asked about);
- in_doubt: dates the rules set aside unsure (a model, when configured, is asked about each),
  and how many of the labelled meetings the rules missed are among them (what a model could add);
- public: the meetings scribe would remind, and those whose reminders would be wrong (not a
  meeting, or not at the labelled start).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from bot.ctx import Ctx
from bot.evaluation import Evaluation, Result, count, interval, local_iso, same_instant, share
from handlers.meetings.dates import Found
from handlers.meetings.extract import read_post
from handlers.meetings.meeting import Meeting

FOLDER = "links-meetings"


async def evaluate(ev: Evaluation, known: Callable[[Ctx], Awaitable[list[Meeting]]]) -> Result:
    """`known` gives the meetings on record in a context (`handlers.meetings.known_meetings`)."""
    topics = found = labelled = hit = starts = ends = ends_labelled = doubts = doubt_missed = links = 0
    mistakes: list[str] = []
    by_found: list[tuple[int, int]] = []
    by_labelled: list[tuple[int, int]] = []
    for case, labels in ev.labelled(FOLDER):
        topics += 1
        before = (hit, found, labelled)
        run = await ev.run(case)
        kept = [m for m in await known(run.ctx()) if not m.cancelled and m.topic_id == case.topic.id]
        wanted = labels.get("meetings") or []
        why = {int(n["post"]): n.get("why", "") for n in labels.get("not_meetings") or []}
        found += len(kept)
        labelled += len(wanted)
        posts = {m.post_number for m in kept} | {int(w["post"]) for w in wanted}
        tz, order = ZoneInfo(case.timezone), run.settings.date_order
        doubtful = {p.post_number: read_post(p, tz, order=order).doubts for p in case.topic.posts if p.is_regular}
        doubts += sum(len(d) for d in doubtful.values())
        for n in sorted(posts):
            mine = sorted((m for m in kept if m.post_number == n), key=lambda m: m.start)
            theirs = [w for w in wanted if int(w["post"]) == n]
            for w, m in pair(mine, theirs, case.timezone):
                if m is None:
                    if "T" in w["start"]:
                        mistakes.append(f"{case.key} #{n}: meeting missed ({w['start']})")
                        doubt_missed += _among(w["start"], doubtful.get(n, ()), case.timezone)
                    else:
                        labelled -= 1  # a day without a time: silence is allowed
                    continue
                mine.remove(m)
                hit += 1
                if same_link(m.link, w.get("url")):
                    links += 1
                else:
                    mistakes.append(f"{case.key} #{n}: link {m.link}, labelled {w.get('url')}")
                if _exact(m, w["start"], case.timezone):
                    starts += 1
                else:
                    mistakes.append(f"{case.key} #{n}: starts {_at(m, case.timezone)}, labelled {w['start']}")
                if w.get("end"):
                    ends_labelled += 1
                    if same_instant(m.end, w["end"]):
                        ends += 1
                    else:
                        end = local_iso(m.end, case.timezone) if m.end else None
                        mistakes.append(f"{case.key} #{n}: ends {end}, labelled {w['end']}")
            for m in mine:
                reason = why.get(n) or "not labelled a meeting"
                mistakes.append(f"{case.key} #{n}: not a meeting ({reason}): {_at(m, case.timezone)}")
        by_found.append((hit - before[0], found - before[1]))
        by_labelled.append((hit - before[0], labelled - before[2]))
    return Result(
        {
            "topics": count(topics),
            "precision": share(hit, found),
            "recall": share(hit, labelled),
            "precision.interval": interval(by_found),
            "recall.interval": interval(by_labelled),
            "exact_start": share(starts, hit),
            "exact_end": share(ends, ends_labelled),
            "right_link": share(links, hit),
            "in_doubt.dates": count(doubts),
            "in_doubt.missed_meetings": share(doubt_missed, labelled - hit),
            "public.reminded": count(found),
            "public.wrong": share(found - starts, found),
        },
        mistakes,
    )


def same_link(given: str | None, labelled: str | None) -> bool:
    """The same join link, a trailing slash or the case of the host aside; none given where none is labelled."""
    if not given or not labelled:
        return not given and not labelled
    return _compared(given) == _compared(labelled)


def _compared(url: str) -> tuple[str, str, str, str]:
    """What of a link is compared: scheme, host in any case, path without its trailing slash, query."""
    parts = urlsplit(url)
    return parts.scheme, parts.netloc.lower(), parts.path.rstrip("/"), parts.query


def _among(start: str, doubts: tuple[Found, ...], tz: str) -> int:
    """1 when a date in doubt falls on the missed meeting's day (a model could find it), else 0."""
    day = _instant(start, tz).astimezone(ZoneInfo(tz)).date()
    return int(any(d.start.astimezone(ZoneInfo(tz)).date() == day for d in doubts))


def _instant(value: str, tz: str) -> datetime:
    """A labelled start: an instant, or a day (midnight in the forum's zone) for a meeting without a time."""
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(tz))


def _exact(meeting: Meeting, value: str, tz: str) -> bool:
    """The labelled instant; for a labelled day, any start on that day."""
    if "T" in value:
        return same_instant(meeting.start, value)
    return meeting.start.astimezone(ZoneInfo(tz)).date().isoformat() == value


def pair(mine: list[Meeting], theirs: list[dict[str, Any]], tz: str) -> list[tuple[dict[str, Any], Meeting | None]]:
    """Each labelled meeting of a post with the one scribe found for it: first those at the labelled
    start, then the nearest of the rest, so a post announcing several meetings is not scored on which
    label comes first (a meeting missed, and another found, is one miss, not a wrong start)."""
    left = list(mine)
    chosen: dict[int, Meeting] = {}
    for i, w in enumerate(theirs):
        exact = next((m for m in left if _exact(m, w["start"], tz)), None)
        if exact is not None:
            chosen[i] = exact
            left.remove(exact)
    for i, w in enumerate(theirs):
        if i not in chosen and left:
            start = _instant(w["start"], tz)
            chosen[i] = min(left, key=lambda m: abs((m.start - start).total_seconds()))
            left.remove(chosen[i])
    return [(w, chosen.get(i)) for i, w in enumerate(theirs)]


def _at(meeting: Meeting, tz: str) -> str:
    return local_iso(meeting.start, tz)
