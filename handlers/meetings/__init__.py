"""Meetings found in what people write, and reminders before they start.

A post that announces a meeting becomes a meeting record (memory namespace `meetings`,
key = meeting id, which starts with the topic id: a post reads only its topic's meetings),
kept until `KEPT_AFTER_END` after it ends, and one timer per reminder offset (`reminder:{meeting_id}:{offset}`).
Edits move or drop meetings; "annulé", "reporté", "cancelled", "postponed" call them off.
When a timer fires, scribe replies in the meeting's topic, once, unless the meeting was
called off or has already started. Members who asked `@scribe rappelle-moi` are named.
The same event announced in several topics of a category (same start, same link) is reminded
once, in the topic that announced it first (`announced_before`), and elsewhere only for the
members who asked there to be reminded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from typing import Any, TypeGuard
from zoneinfo import ZoneInfo

from bot import audience, markup, review
from bot.actions import Action, CancelTimer, Remember, ReplyToPost, ScheduleTimer, SendPrivateMessage, reply
from bot.apply import apply_all
from bot.audience import PUBLIC, Audience, Source
from bot.config import format_duration
from bot.ctx import Ctx, ReadOnlyMemory
from bot.dateorder import DateOrder
from bot.evaluation import Evaluation, Result
from bot.events import MentionReceived, PostCreated, PostDeleted, PostEdited, TickFired
from bot.i18n import Messages
from bot.models import Post, Topic
from bot.routing import Router
from bot.state import MemoryState
from bot.text import analyse, fold, fold_same_length
from handlers.meetings.aside import of_the_weekday
from handlers.meetings.back_on import back_on
from handlers.meetings.called_off import cancel_marks, hours_called_off
from handlers.meetings.cues import GOODS, gatherings_named
from handlers.meetings.dates import MONTH_NUMBER, Found, clock_spans, find_dates, hours_named, zone
from handlers.meetings.evaluate import evaluate
from handlers.meetings.extract import asks_to_meet, confirmed, read_post, settles_a_day
from handlers.meetings.joining import registration_form
from handlers.meetings.meeting import Meeting, NewClock, Reading, meeting_id, utc_iso
from handlers.meetings.model import holds, judge
from handlers.meetings.model_changes import judge_change, new_start
from handlers.meetings.moves import REPLACING, at_start, moving
from handlers.meetings.names import DAY_WORDS, co_host_of, days_named, days_of_month, hosted_by, named, words_of
from handlers.meetings.reasons import Aside
from handlers.meetings.relink import given_link
from handlers.meetings.sentences import sentence_bounds
from handlers.meetings.settings import MeetingsSettings
from handlers.meetings.titles import without_dates
from handlers.meetings.unread import CHANGE, OWN_PLANS, changed_unread, corrected_hours, restated
from handlers.meetings.which_day import TENTATIVE, contested, doubted, heard_changed, may_move, unsettled

router = Router("meetings", settings=MeetingsSettings)
LISTED_CHECKED = 40
"""The soonest meetings whose announcements a list reads (their audience, whether they stand)."""
NS = "meetings"
TIMER = "meetings.reminder"
KEPT_AFTER_END = timedelta(days=2)


# --- memory --------------------------------------------------------------------------------


def _is_meeting(value: Any) -> TypeGuard[dict[str, Any]]:
    return isinstance(value, dict) and "starts_at" in value and "id" in value


async def all_meetings(ctx: Ctx) -> dict[str, dict[str, Any]]:
    """Every meeting record scribe keeps (subscriber lists live in the same namespace)."""
    return {k: v for k, v in (await ctx.memory.items(NS)).items() if _is_meeting(v)}


async def topic_meetings(ctx: Ctx, topic_id: int) -> dict[str, dict[str, Any]]:
    """The meeting records of one topic (ids start with `{topic_id}-`: one indexed read)."""
    return {k: v for k, v in (await ctx.memory.items(NS, f"{topic_id}-")).items() if _is_meeting(v)}


def keep(record: dict[str, Any]) -> Remember:
    """Store a meeting record until a little after it ends."""
    end = datetime.fromisoformat(record.get("ends_at") or record["starts_at"])
    return Remember(NS, record["id"], record, expires_at=end + KEPT_AFTER_END)


async def subscribers(ctx: Ctx, topic_id: int) -> list[str]:
    return list(await ctx.memory.get(NS, f"subscribers:{topic_id}") or [])


def source(meeting: Meeting) -> Source:
    """A meeting stands or falls with the post that announced it."""
    return Source(meeting.topic_id, meeting.post_id)


async def known_meetings(
    ctx: Ctx, shown_to: Audience, where: Callable[[Meeting], bool] = lambda _: True, topic_id: int | None = None
) -> list[Meeting]:
    """Every meeting on record, called off or not, that may be named to the readers `shown_to`
    (read by other features); `where` narrows them first, so fewer sources are read; `topic_id`:
    that topic's alone, in one indexed read."""
    records = await (all_meetings(ctx) if topic_id is None else topic_meetings(ctx, topic_id))
    meetings = [m for r in records.values() if where(m := Meeting.from_json(r))]
    return await audience.keep_visible(ctx, meetings, source, shown_to)


async def upcoming_meetings(ctx: Ctx, shown_to: Audience, topic_id: int | None = None) -> list[Meeting]:
    """Meetings not called off and not started, soonest first, that may be named to the readers
    `shown_to` (read by other features), each event once (`one_per_event`)."""
    visible = await audience.keep_visible(ctx, upcoming(await all_meetings(ctx), ctx.now, topic_id), source, shown_to)
    return one_per_event(visible)


def event_key(meeting: Meeting) -> tuple[str, str, int | None] | None:
    """What makes two announcements one event: the same start, the same link (a call's room, a sign-up form), in
    the same category. Without a link, a start alone does not tell one event; a private message is its own."""
    if meeting.link is None or meeting.private:
        return None
    return utc_iso(meeting.start), meeting.link, meeting.category_id


def one_per_event(meetings: list[Meeting]) -> list[Meeting]:
    """The meetings, an event announced in several topics kept once, as its first announcement (a list or a digest
    naming the same prep meeting twice misleads)."""
    first: dict[tuple[str, str, int | None], int] = {}
    for m in meetings:
        if (key := event_key(m)) is not None and m.post_id < first.get(key, m.post_id + 1):
            first[key] = m.post_id
    return [m for m in meetings if (key := event_key(m)) is None or first[key] == m.post_id]


def upcoming(records: dict[str, dict[str, Any]], now: datetime, topic_id: int | None = None) -> list[Meeting]:
    meetings = [Meeting.from_json(r) for r in records.values() if not r.get("cancelled")]
    return sorted(
        (m for m in meetings if m.start > now and (topic_id is None or m.topic_id == topic_id)),
        key=lambda m: m.start,
    )


# --- planning ------------------------------------------------------------------------------


def reminder_key(mid: str, offset: str) -> str:
    return f"reminder:{mid}:{offset}"


def _labels(ctx: Ctx, meeting: Meeting) -> list[tuple[str, timedelta]]:
    return [(format_duration(o), o) for o in ctx.settings.of(MeetingsSettings).offsets(meeting.category_id)]


DAY = timedelta(days=1)


def reminder_times(meeting: Meeting, ctx: Ctx, announced_at: datetime) -> dict[str, datetime]:
    """When each reminder is sent: every offset still ahead; of the moments already passed
    (a late announcement, or scribe was down), only the last one, and only if the meeting
    was announced before it and has not started. A meeting announced for a day without its hour
    gets only the reminders of a day or more: "in 1 hour" at 23:00 the night before would invent
    an hour nobody wrote."""
    if meeting.cancelled or meeting.start <= ctx.now:
        return {}
    planned: dict[str, datetime] = {}
    passed: list[tuple[str, timedelta]] = []
    for label, offset in _labels(ctx, meeting):
        if meeting.all_day and offset < DAY:
            continue
        at = meeting.start - offset
        if at > ctx.now:
            planned[label] = at
        else:
            passed.append((label, offset))
    if passed:
        label, offset = min(passed, key=lambda x: x[1])
        if announced_at < meeting.start - offset:
            planned[label] = ctx.now
    return planned


def plan(meeting: Meeting, ctx: Ctx, announced_at: datetime, previous: dict[str, Any] | None = None) -> list[Action]:
    """Record a meeting and (re)schedule its reminders; a cancelled or past one gets none."""
    labels = [label for label, _ in _labels(ctx, meeting)]
    record = meeting.to_json() | {"offsets": labels, "reminded": list((previous or {}).get("reminded", []))}
    if previous and previous.get("link_by") and meeting.link == previous.get("link_was"):
        # the announcement read again with the link a later reply replaced: the reply's still stands
        record |= {key: previous[key] for key in ("link", "other_links", *RELINKED)}
    actions: list[Action] = [keep(record)]
    times = reminder_times(meeting, ctx, announced_at)
    for label in labels:
        if label in times and label not in record["reminded"]:
            actions.append(
                ScheduleTimer(
                    key=reminder_key(meeting.id, label),
                    at=times[label],
                    name=TIMER,
                    payload={"meeting_id": meeting.id, "offset": label, "starts_at": record["starts_at"]},
                )
            )
        elif previous is not None:
            actions.append(CancelTimer(reminder_key(meeting.id, label)))
    return actions


def _drop_timers(record: dict[str, Any]) -> list[Action]:
    return [CancelTimer(reminder_key(record["id"], label)) for label in record.get("offsets", [])]


RELINKED = ("link_by", "link_was")
"""A meeting record's fields for a link a reply gave (`_relinked`): that reply's number, and the link it replaced."""


def _relinked(post: Post, record: dict[str, Any]) -> list[Action]:
    """The one meeting to come a reply by its announcer or staff gives a link (`given_link`), on record with it; the
    link it had is kept beside, so that the announcement read again (edited) does not put it back."""
    url = given_link(post, Meeting.from_json(record)) if post.shown else None
    if url is None:
        return []
    was = record["link_was"] if record.get("link_by") else record.get("link")
    return [keep(record | {"link": url, "other_links": False, "link_by": post.post_number, "link_was": was})]


def _relinked_one(reading: Reading, ahead: Sequence[Meeting]) -> Meeting | None:
    """The meeting to come a reply giving a link may give it to: the topic's one meeting ahead, or of several the one
    whose day the reply names ("la réunion de prépa de demain aura lieu sur un autre salon. Nouveau lien : …"); none
    when the reply gives any other start, which is another meeting's. A reply restating its day without the hour ("le
    serveur est en maintenance demain matin, on bascule sur Jitsi") speaks of it still."""
    if any(m.cancelled for m in reading.meetings):
        return None
    days = {m.day for m in reading.meetings if m.all_day}
    starts = {m.start for m in reading.meetings if not m.all_day}
    if len(ahead) == 1:
        return ahead[0] if starts <= {ahead[0].start} and days <= {ahead[0].day} else None
    named = [m for m in ahead if m.start in starts or m.day in days]
    if len(named) != 1 or any(s != named[0].start for s in starts) or days - {named[0].day}:
        return None
    return named[0]


def _link_taken_back(record: dict[str, Any], post: Post) -> bool:
    """The reply that gave the meeting its link (`_relinked`), edited, no longer gives it or is hidden."""
    if record.get("topic_id") != post.topic_id or record.get("link_by") != post.post_number:
        return False
    return not post.shown or record["link"] not in {link.url for link in analyse(post).links}


def _unlinked(record: dict[str, Any]) -> list[Action]:
    """The meeting with the link it had before a reply gave it one."""
    kept = {k: v for k, v in record.items() if k not in RELINKED}
    return [keep(kept | {"link": record["link_was"]})]


def forget(record: dict[str, Any]) -> list[Action]:
    return [*_drop_timers(record), Remember(NS, record["id"], None)]


def call_off(record: dict[str, Any], post: Post, replaced: bool = False) -> list[Action]:
    """A meeting called off or moved by `post`. `replaced`: by a meeting the post gives in its place, and held back no
    more (a member's "On décale à 18h30 svp ?" held it back, its announcer's "ok pour 18h30" replaced it): no later post
    reads it as a meeting still ahead."""
    kept = {k: v for k, v in record.items() if k not in ("doubted", "asked")} if replaced else record
    return [*_drop_timers(record), keep(kept | {"cancelled": True, "cancelled_by": post.post_number})]


def hold_back(record: dict[str, Any], post: Post, asked: bool = False) -> list[Action]:
    """A meeting whose day a member asked about, or its announcer said may move (`which_day`): no reminders, as if
    called off by that post, and said so in the preview (`doubted`). `asked`: held back for a change a member asks
    about only ("c'est décalé à 16h ?"), which anyone else saying it stays puts back on (`restated`)."""
    return call_off(record | {"doubted": True, "asked": post.username if asked else None}, post)


# --- posts ---------------------------------------------------------------------------------


async def read_meetings(post: Post, ctx: Ctx, agreed: bool = False) -> list[Action]:
    """Meetings a post announces, moves or calls off (also on edits: the post is re-read). `agreed`: the post is a
    member's, read as its organiser's, who agreed to it (`_confirmed`)."""
    if not post.is_regular:
        return []
    records = await topic_meetings(ctx, post.topic_id)
    ahead = _ahead(post, records, ctx)
    coming = upcoming(records, ctx.now, post.topic_id)  # records do not change while the post is read
    # the author of a meeting of the topic to come, or called off ("la visio du 20 mai est annulée, reportée à une date
    # ultérieure" then "Nouvelle date fixée : jeudi 5 juin, 18h30"), speaks of it as staff would
    on_record = [r for r in records.values() if r.get("topic_id") == post.topic_id]
    announced = [Meeting.from_json(r) for r in on_record]
    put_off = [Meeting.from_json(r) for r in on_record if r.get("cancelled")]
    # or held: "Merci pour hier ! Prochain Repair Café : samedi 21 février, même heure" gives its next one
    held = [m for m in announced if m.start <= post.created_at and m not in put_off]
    announcer = post.post_number > 1 and _theirs(post, [*ahead, *put_off, *held])
    opened = not on_record and await _opened_it(post, ctx)
    reading = read_post(
        post,
        ctx.settings.tz,
        ctx.bot_username,
        order=ctx.settings.date_order,
        announcer=announcer,
        opened=opened,
        agreed=agreed,
    )
    if announcer and not reading.moved_to and not reading.settles and not _theirs(post, ahead):
        # the organiser of a meeting put off speaks with its authority of its new date only ("Nouvelle date fixée :
        # jeudi 5 juin"), not of the other days they name ("Les pièces sont annoncées pour le 28 février")
        reading = read_post(post, ctx.settings.tz, ctx.bot_username, order=ctx.settings.date_order)
    judged = await _judged(post, reading.doubts, ctx) if ctx.llm is not None and reading.doubts else []
    reading = replace(reading, meetings=reading.meetings + tuple(judged))
    if post.post_number > 1 and _changes_nothing(reading):
        # theirs to come, or held back by another's word on them ("On annule tout pour septembre. Reprise le 6 octobre")
        on_hold = [m for m in put_off if records[m.id].get("doubted") and m.author.lower() == post.username.lower()]
        if theirs := await _confirmed(post, ctx, ahead + on_hold):
            return await read_meetings(theirs, ctx, agreed=True)
    if reading.restated:
        reading = replace(reading, meetings=_not_restated(reading, coming))
    if reading.weekday_alone:
        held = [replace(m, cancelled=False) for m in _held(records, post, ctx) if m.post_id != post.id]
        reading = _on_their_weekday(reading, [m for m in coming if m.post_id != post.id], held)
    if post.post_number > 1 and may_move(post) and (tentative := unsettled(post, ahead)):
        # "on décale peut-être la visio au jeudi 25, je confirme demain": nothing moves yet, its day is unsure
        return [a for m in tentative for a in hold_back(records[m.id], post)]
    one_each = _one_per_start(ahead)
    if announcer and (asked_off := await _days_asked_off(post, reading, ctx, several=len(one_each) > 1)):
        reading = replace(reading, target_words=reading.target_words | asked_off)
    moved, carried = _moved(post, reading, one_each)
    if moved is not None:
        carried = tuple(_hosted_as(_retitled(m, moved, ctx), moved) for m in carried)
    unplaced = moved is None and _unplaced(reading, ahead)
    if unplaced:
        carried = tuple(m for m in carried if m.start not in reading.moved_to)
    if moved is None and not unplaced and reading.same_time:
        carried = _at_the_same_time(replace(reading, meetings=carried), post, announced)
    reading = replace(reading, meetings=carried)
    day_only = [m for m in coming if m.all_day and m not in ahead]
    gone = _given_its_hour(post, reading, ahead, day_only) + _merged(post, reading, ahead)
    # a day called off with another meeting in its place ("à la place on fait une distribution") names no hour given
    given = [m for m in gone if m.day not in reading.cancelled_days]
    reading = replace(reading, meetings=tuple(_hour_given(m, given, ctx, post.topic_title) for m in reading.meetings))
    if post.post_number > 1:
        reading = replace(reading, meetings=tuple(_back(m, put_off) for m in reading.meetings))
    found = {m.id for m in reading.meetings}
    actions: list[Action] = []
    for record in records.values():
        if record.get("post_id") == post.id and record["id"] not in found:
            actions += forget(record)
    others = [r for r in records.values() if r.get("post_id") != post.id]
    elsewhere = {(r["topic_id"], Meeting.from_json(r).start.date()) for r in others}
    standing = [r for r in others if not r.get("cancelled") and r.get("offsets")]
    # the meeting the post moves is called off below: one it gives at that very start ("Finalement plus de visio : le
    # CA du mardi 7 se fera en présentiel, même heure") takes its reminders, it does not restate it
    reminded = {(r["topic_id"], r["starts_at"]) for r in standing if moved is None or r["id"] != moved.id}
    # a reply naming the day of a meeting on record without its time ("the 9th Dec session will happen as
    # planned") restates that one: reminding at the day's midnight would be a second, wrong start
    reminded_days = {(r["topic_id"], Meeting.from_json(r).start.date()) for r in standing}
    for meeting in reading.meetings:
        called_by = records.get(meeting.id, {}).get("cancelled_by")
        if not meeting.cancelled and called_by is not None and called_by != post.post_number:
            continue  # called off or moved by a later post: the announcement re-read (edited, retitled) stays so
        if meeting.cancelled and meeting.id not in records and (meeting.topic_id, meeting.start.date()) in elsewhere:
            continue  # "la visio du 3 est annulée" names another post's meeting: that one is called off below
        if not meeting.cancelled and (
            (meeting.topic_id, utc_iso(meeting.start)) in reminded
            or (meeting.all_day and (meeting.topic_id, meeting.start.date()) in reminded_days)
        ):
            # a reply restating another post's meeting: on record, but one set of reminders for it
            actions += [*_drop_timers(records.get(meeting.id, {})), keep(meeting.to_json() | {"offsets": []})]
            continue
        if post.post_number > 1 and moved is None and meeting.all_day and not meeting.cancelled:
            # a day without its hour a reply gives, moving nothing ("va pour 11h le brunch du dimanche 29", "reprise
            # le lundi 5 janvier"): its hour is elsewhere or unsaid; held back, the preview shows it
            actions += hold_back(records.get(meeting.id, meeting.to_json() | {"offsets": []}), post)
            continue
        actions += plan(meeting, ctx, post.created_at, records.get(meeting.id))
    actions += [a for r in records.values() if _link_taken_back(r, post) for a in _unlinked(r)]
    actions += [a for m in gone for a in call_off(records[m.id], post)]
    if reading.cancelled_days or reading.cancels_undated or reading.moves_undated or reading.corrected_days or moved:
        actions += _calls_off_others(post, reading, records, ahead, moved)
    elif (relinked := _relinked_one(reading, ahead)) is not None:
        actions += _relinked(post, records[relinked.id])  # "Rappel : visio mardi à 18h, nouveau lien : …"
    if post.post_number > 1:
        unsure = unsettled(post, coming) if not reading.meetings else []
        if not post.staff:
            unsure += doubted(post, coming, ctx.settings.tz, ctx.settings.date_order)
            asked = [m for m in heard_changed(post, coming) if m not in unsure]
            # "Le CA c'était pas le jeudi 15 ?": asked of its announcer, whose "non, c'est bien mardi" answers it
            asked += [
                m
                for m in contested(post, coming, ctx.settings.tz, ctx.settings.date_order)
                if m not in unsure and m not in asked
            ]
        else:
            asked = []
        if not post.staff and not announcer and coming:
            # what the reply would change were it its announcer's
            said = read_post(post, ctx.settings.tz, ctx.bot_username, order=ctx.settings.date_order, announcer=True)
            known = [m for m in announced if m.start > ctx.now]
            unsure += _changed_by_another(post, reading, said, coming, known)
        elif not post.staff and announcer:
            # another's meeting the organiser of others calls off ("La réunion de ce soir est annulée" of the one a
            # co-organiser announced): unsure until its announcer says so
            unsure += [m for m in coming if m not in ahead and m.post_id != post.id and m.day in reading.cancelled_days]
        every = _every_one_retimed(post, reading, ahead) if unplaced and announcer else []
        if unplaced and not every:  # but those it says do not change ("Le module 1 ne change pas")
            unsure += [m for m in ahead if not _kept_as_is(m, ahead, reading)]
        unsure += _changed_on_several_lines(post, reading, ahead)
        touched = {a.key for a in actions if isinstance(a, Remember) and a.namespace == NS}
        for meeting, start in every:  # "on décale toutes les séances à 14h30": each on its day, at that hour
            actions += _replanned(meeting, start, None, post, ctx, records[meeting.id])
            touched.add(meeting.id)
        # "coquille : le M2 c'est 13h30-16h30, pas 9h-12h": at the hour given by its announcer, unsure if by another
        placed = [m for m in reading.meetings if not m.cancelled]
        for old, start, end in corrected_hours(post, coming, ctx.settings.date_order):
            if start in {m.start for m in placed}:
                # the reply gives that start itself ("Oubliez mon dernier message … on reste donc à 10h samedi 29"):
                # it replaces the one at the hour taken back
                actions += call_off(records[old.id], post) if old.id not in touched else []
                touched.add(old.id)
                continue
            if old.day in {m.day for m in placed}:
                continue  # the rules read another change of that day
            if moved is not None and old.id == moved.id:
                continue  # moved by the post ("on bascule : mardi 14, attention 19h et pas 18h30"): its new hour
            if old not in ahead or start <= post.created_at:
                unsure.append(old)
                continue
            actions += _replanned(old, start, end, post, ctx, records[old.id])
            touched.add(old.id)
        # a change said in words no rule read ("la mairie reporte le marché au 14"): not reminded at its old start
        # the days the post was read for: those it changes, calls off or puts a meeting on
        read_days = {m.day for m in (*coming, *reading.meetings) if m.id in touched} | set(reading.cancelled_days)
        # by a member too ("Donc le 31 on avance la perm à 9h30, c'est validé"): unsure until its announcer says so
        for meeting in changed_unread(post, ahead or coming, read_days, ctx.settings.date_order):
            if meeting.id in touched:
                continue
            # its announcer's words a model reads, when one is configured and the reply bears its answer out
            answer = await judge_change(post, meeting, ctx) if meeting in ahead else None
            moved_to = new_start(answer, meeting, post, ctx.settings.date_order) if answer is not None else None
            if moved_to is None:
                unsure.append(meeting)
            else:
                actions += _replanned(meeting, moved_to, None, post, ctx, records[meeting.id])
                touched.add(meeting.id)
        # one held back its announcer gives again at its start ("on reste à 10h comme prévu"): on again
        holds = _held(records, post, ctx)
        asked_of = {m.id for m in holds if _asked_by_another(records[m.id], post)}
        held = [m for m in holds if m in ahead or m.id in asked_of]
        # not by a post asking someone to confirm ("Moi j'avais compris que c'était maintenu le 6. Tugdual tu
        # confirmes ?"): a question, not an answer
        held = held if _CONFIRM_ASKED.search(fold(analyse(post).text)) is None else []
        for meeting in restated(post, [m for m in held if m.id not in touched], ctx.settings.date_order, asked_of):
            actions += plan(replace(meeting, cancelled=False), ctx, post.created_at, records[meeting.id])
        if announcer and not reading.cancelled_days and not reading.cancels_undated and moved is None:
            # "Oubliez mon message d'hier !! L'initiation de jeudi est maintenue, même heure": on again, unless the
            # post gives its day again with its hour (then read as a meeting of its own)
            restated_days = {m.day for m in reading.meetings}
            off = [Meeting.from_json(r) for r in on_record if r.get("cancelled") and not r.get("doubted")]
            for meeting in back_on(
                post, [m for m in off if m.day not in restated_days], coming, ctx.settings.tz, ctx.settings.date_order
            ):
                # "on maintient la soirée …, même date, mais on commence à 20h": on again at its new hour
                later = _new_start(meeting, reading) if reading.new_clock else None
                if later is not None and later != meeting.start:
                    actions += _replanned(meeting, later, None, post, ctx, records[meeting.id])
                else:
                    actions += plan(replace(meeting, cancelled=False), ctx, post.created_at, records[meeting.id])
        for meeting in {m.id: m for m in unsure}.values():
            actions += hold_back(records[meeting.id], post)
        for meeting in {m.id: m for m in asked}.values():
            actions += hold_back(records[meeting.id], post, asked=True)
    return actions


def _replanned(
    old: Meeting, start: datetime, end: datetime | None, post: Post, ctx: Ctx, record: dict[str, Any]
) -> list[Action]:
    """A meeting its announcer's reply moves to `start` the rules did not read as a move: the reply's meeting in its
    place (its title and link), the old one called off by the reply."""
    new = _as_replys(old, post, start)
    return [*plan(replace(new, end=end or new.end), ctx, post.created_at), *call_off(record, post, replaced=True)]


_EVERY_ONE = re.compile(
    r"\b(?:toutes les (?:seances|sessions|dates|soirees|permanences|visios|reunions|rencontres|formations)|"
    r"tous les (?:ateliers|modules|cours|creneaux|rendez-vous)|"
    r"all (?:the |our )?(?:sessions|meetings|workshops|classes))\b"
)
"""A reply's words naming every session at once ("on décale toutes les séances à 14h30")."""


def _every_one_retimed(post: Post, reading: Reading, ahead: list[Meeting]) -> list[tuple[Meeting, datetime]]:
    """The meetings to come a reply by their announcer gives one new hour, each on its own day, when it names them
    all and moves no day ("Pas de souci, on décale toutes les séances à 14h30"), with their new starts."""
    clock = reading.new_clock
    if clock is None or not clock.sure or reading.moved_to or reading.shift_days or reading.cancelled_days:
        return []
    if not _EVERY_ONE.search(fold(analyse(post).text)) or any(m.all_day for m in ahead):
        return []
    out = []
    for meeting in ahead:
        tz = ZoneInfo(clock.zone or meeting.tz)
        out.append((meeting, datetime.combine(meeting.day, time(clock.hour, clock.minute), tzinfo=tz)))
    return out


def _as_replys(old: Meeting, post: Post, start: datetime) -> Meeting:
    """The meeting `old` at `start`, announced by the reply that moves it (its title and link kept)."""
    return at_start(replace(old, post_number=post.post_number, post_id=post.id, cancelled=False), start, old)


_CONFIRM_ASKED = re.compile(
    r"[^.!?\n]*\b(?:tu (?:me |nous )?(?:confirmes?|peux (?:le )?confirmer)|vous (?:me |nous )?(?:confirmez|pouvez "
    r"(?:le )?confirmer)|(?:can|could) you confirm)\b[^.!?\n]*\?"
)
"""A question only asking the announcer to confirm what the post relays ("Yann tu confirmes ici ?"): the change is
said, not asked."""


def _changed_by_another(
    post: Post, reading: Reading, theirs: Reading, coming: list[Meeting], known: list[Meeting]
) -> list[Meeting]:
    """The meeting a member other than its announcer says moved or called off, not asking ("dsl on décale à 20h jeudi,
    la salle est prise", "la formation passe à 13h30"): a co-organiser, or someone mistaken; until its announcer says
    so, its hour is unsure and it is not reminded (the one named, or the topic's only one). A move is what the reply
    would move were it the announcer's (`theirs`); a call-off, what it calls off as a member's ("pas de perm le samedi
    22 pour moi" is their absence). Which one is named among all the topic's meetings to come (`known`), those called
    off or held back too: "ok pour 19h mercredi" of one moved on Wednesday is not of another still on."""
    low = fold(analyse(post).text)
    if "?" in _CONFIRM_ASKED.sub("", low) or OWN_PLANS.search(low):
        return []
    hit = [m for m in coming if m.day in reading.cancelled_days]
    moved_to = set(theirs.moved_to) - {m.start for m in known}  # "l'atelier 3 du 2 juin, de 14h à 17h": said again
    if hit and not moved_to:
        return hit
    if len(retimed := _retimed_by(theirs, coming)) == 1:
        return retimed  # "la session 2 du jeudi 12 mars passe l'après-midi, 14h-17h": the morning one is unsure
    if reading.cancels_undated or moved_to or theirs.new_clock or theirs.shift_days or theirs.shift_minutes:
        # "le webinaire est décalé au mardi 3 mars. Du coup le temps d'échange du 26 février est annulé": of those
        # the reply does not call off, the one it moves
        left = [m for m in known if m not in hit]
        if reading.cancels_all and not moved_to:
            return [m for m in coming if m in left or m in hit]  # "On annule tout pour septembre": all unsure
        if reading.cancels_all and (months := reading.all_of_months):
            # "On annule tout pour septembre. Reprise le mardi 6 octobre": that month's, where it goes aside
            return [m for m in coming if (m in left or m in hit) and _month_of(m) in months]
        if hit and len(left) != 1:
            return hit  # which other one moves would be a guess: the day called off may be the one left by the move
        named = _one_named(left, theirs if not reading.cancels_undated else reading)
        if len({m.start for m in named}) != 1 or named[0] not in coming or not _of_its_weekday(low, named[0], theirs):
            return hit
        if not reading.cancels_undated and {*moved_to, _new_start(named[0], theirs)} <= {named[0].start, None}:
            return hit  # "10:00 AM ET until 11:00 AM ET" of the 10 AM hangout: its start, said again
        return [*hit, named[0]]
    return hit


def _retimed_by(reading: Reading, coming: list[Meeting]) -> list[Meeting]:
    """The meetings to come a reply speaking of change gives another hour the same day: the one meeting of that day
    it would move."""
    if not _speaks_of_change(reading):
        return []
    out = []
    for new in (m for m in reading.meetings if not m.cancelled and not m.all_day):
        day = new.day
        same = [m for m in coming if m.day == day]
        if len(same) == 1 and same[0].start != new.start:
            out.append(same[0])
    return out


def _of_its_weekday(low: str, meeting: Meeting, reading: Reading) -> bool:
    """Whether the weekdays a reply names, if any but those it moves a meeting to, include the meeting's ("ok pour 19h
    mercredi": not Thursday's)."""
    tz = ZoneInfo(meeting.tz)
    days = days_named(words_of(low, 0, len(low))) - {start.astimezone(tz).weekday() for start in reading.moved_to}
    return not days or meeting.start.astimezone(tz).weekday() in days


def _given_its_hour(post: Post, reading: Reading, ahead: list[Meeting], day_only: list[Meeting]) -> list[Meeting]:
    """The meetings on record a later post by their announcer or staff gives another hour the same day: a day announced
    without one ("Save the date ! Journée portes ouvertes le samedi 18 avril", then "Programme de la JPO du samedi 18
    avril : 10h-18h …"), one it names by words no other meeting of the topic has ("Comité d'animation : mercredi
    21, 18h30", then "Rappel : comité d'animation demain 18h"), or the one of its day a reply speaking of changes
    gives alone, or confirms. Of another's days announced without an hour (`day_only`), the one the post names by
    such words ("un atelier couture le vendredi 15 mai en fin d'après-midi, Fatou vous donnera l'heure", then Fatou's
    "Atelier couture : vendredi 15 à 17h30"), or by its rank alone: the post's meeting is reminded, the day alone would
    be a second reminder. The later word stands; one meeting is not reminded at two hours."""
    timed = [m for m in reading.meetings if not m.cancelled and not m.all_day and m.start > post.created_at]
    # or confirms: "Oui, confirmé : projection à 19h30 le jeudi 5 mars" after a co-organiser's "avancer à 19h30 ?"
    low = fold(analyse(post).text)
    changes = _speaks_of_change(reading) or CONFIRMS.search(low) is not None or SPLIT.search(low) is not None
    # "on annule le CA du 8 et on le remplace par un CA juste avant l'AG : samedi 19": the 8th's replacement
    replaces_another = REPLACING.search(low) is not None
    gone = []
    for old in [*ahead, *day_only]:
        day = old.day
        same_day = [m for m in timed if m.day == day and m.start != old.start]
        if not same_day or _said_unchanged(old, ahead, reading.unchanged_words):
            continue
        replacing = replaces_another and any(m.day in reading.cancelled_days for m in ahead if m.day != day)
        others = frozenset().union(*(m.names for m in [*ahead, *day_only] if m is not old))
        own = {w for w in old.names - others if w not in DAY_WORDS and not _PLACE_NAME.fullmatch(w)}
        # or the one meeting the post gives, by the rank that meeting had ("4e séance : lundi 2 février", then "la 4e
        # séance (lundi 2 février) se fera en présentiel, de 10h à 16h")
        ranks = {w for w in old.names - others if w.startswith(("@", "#"))} if len(timed) == 1 else set()
        if any(m.names & (own | ranks) for m in same_day) or (
            old in ahead
            and (
                old.all_day
                or (len(same_day) == 1 and sum(m.day == day for m in ahead) == 1 and changes and not replacing)
            )
        ):
            gone.append(old)
    return gone


def _hour_given(meeting: Meeting, gone: list[Meeting], ctx: Ctx, topic_title: str | None) -> Meeting:
    """A meeting of the post at the hour it gives the one meeting of its day it replaces (`_given_its_hour`), under
    that one's title and link when that title is the topic's or its own names no gathering ("C'est bon on a les clés :
    10h-13h samedi 16" is the repair café announced; "Atelier couture : vendredi 15 à 17h30" names itself)."""
    olds = [old for old in gone if old.day == meeting.day]
    if meeting.cancelled or meeting.all_day or len(olds) != 1:
        return meeting
    if olds[0].title != topic_title and gatherings_named(fold(meeting.title)):
        return meeting if meeting.link else replace(meeting, link=olds[0].link, other_links=olds[0].other_links)
    old = olds[0]
    title = without_dates(old.title, old.start, ZoneInfo(old.tz), ctx.settings.date_order, days=False)
    return replace(_as(meeting, old), title=title or ctx.t("meetings.untitled"))


def _back(meeting: Meeting, put_off: list[Meeting]) -> Meeting:
    """A reply's meeting at the start of one of the topic's called off or moved away ("Oubliez mon message de ce
    matin : on reste au jeudi 6 mars à 19h pour le CA"): that meeting back, under its title and link, unless it names
    another gathering."""
    olds = [m for m in put_off if m.start == meeting.start and m.post_number < meeting.post_number]
    return _in_place(meeting, olds[0]) if olds and not meeting.cancelled else meeting


def _speaks_of_change(reading: Reading) -> bool:
    """Whether a reply speaks of its meetings changing or not, corrects one ("Petite correction pour le mardi 23 : …
    à partir de 16h30"), or settles one ("le 20 on peut le passer à 14h-16h.
    Donc : 6/11 à 10h (inchangé), 20/11 à 14h", "C'est acté : mercredi 1er avril, 14h30"): the one meeting it gives a
    day is that day's meeting on record, at its new hour."""
    return bool(
        reading.replaces
        or reading.new_clock
        or reading.moves_undated
        or reading.unchanged_words
        or reading.settles
        or reading.corrected_days
    )


_PLACE_NAME = re.compile(r"[dh]\d+|[@#]\w+")
"""A name a meeting has by its place, its hour or its letter ("d21", "@2", "#1", "#a", "h30"), not by what it is."""


def _theirs(post: Post, meetings: list[Meeting]) -> bool:
    """Whether one of the meetings is the post's author's, or hosted by them."""
    low = fold(analyse(post).text)
    return any(
        m.author.lower() == post.username.lower() or hosted_by(m.names, post.username) or co_host_of(low, m.author)
        for m in meetings
    )


def _changes_nothing(reading: Reading) -> bool:
    """Whether a post's reading announces, moves and calls off nothing."""
    return not (
        reading.meetings
        or reading.cancelled_days
        or reading.cancels_undated
        or reading.moves_undated
        or reading.corrected_days
        or reading.moved_to
        or reading.new_clock
        or reading.shift_days
        or reading.shift_minutes
    )


async def _opened_it(post: Post, ctx: Ctx) -> bool:
    """Whether a reply settling a day ("Va pour mardi 13 à 18h alors 👍") is by the author of its topic, whose opening
    post asked when to meet (`asks_to_meet`): read through the forum only for such a reply."""
    if post.post_number < 2 or not settles_a_day(analyse(post).text):
        return False
    return asks_to_meet(await ctx.forum.post_by_number(post.topic_id, 1), post)


async def _days_asked_off(post: Post, reading: Reading, ctx: Ctx, *, several: bool) -> frozenset[str]:
    """The days of the month a member's post asked to move from, when its announcer's reply gives where it goes and
    names no day it leaves ("le 16 je suis en formation, on peut décaler au jeudi 18 ?", then "Ok va pour jeudi 18
    juin même heure"): the meeting the reply moves, as "d16". Of `several` meetings, a post naming the day the reply
    moves to asked for it too ("Pour le 7 avril, le comptable n'est dispo que le mercredi 8", then "Alors on décale au
    mercredi 8 avril"), as did one naming a single day ("Mais le 8 c'est avant le webinaire", then "On décale au lundi
    15 juin"; "Le 14 juillet c'est férié non ?", then "On la fait le mercredi 15 juillet, même horaire")."""
    if not reading.moved_to or post.reply_to_post_number is None or days_of_month(reading.target_words):
        return frozenset()
    asked = await ctx.forum.post_by_number(post.topic_id, post.reply_to_post_number)
    if asked is None or not asked.shown or asked.username.lower() == post.username.lower():
        return frozenset()
    low = fold(analyse(asked).text)
    to = {f"d{start.day}" for start in reading.moved_to}
    named_days = days_of_month(words_of(low, 0, len(low)))
    if CHANGE.search(low) is None:
        if not several:
            return frozenset()
        tz, order, text = ctx.settings.tz, ctx.settings.date_order, analyse(asked).text
        folded = fold_same_length(text)
        # "le concert du samedi" is the day the topic speaks of, not the next Saturday
        dated = {
            f"d{f.start.astimezone(tz).day}"
            for f in find_dates(text, asked.created_at, tz, order)
            if not of_the_weekday(folded, f)
        }
        if to & dated:
            return frozenset(dated - to)
        # "Mais le 8 c'est avant le webinaire", "Le 14 juillet c'est férié non ?": the one day it names
        one = named_days or dated
        return frozenset(one) if len(one) == 1 and not one & to else frozenset()
    return frozenset(named_days - to)


async def _confirmed(post: Post, ctx: Ctx, ahead: list[Meeting]) -> Post | None:
    """The post a meeting's announcer (or staff) confirms in a short reply saying nothing else ("Merci Sandrine, je
    confirme", "Yes merci Anaïs, confirmé.", "c'est ça ! 9h donc"): a member's change of that meeting ("pas de perm
    le samedi 22", "on passe en visio et on décale à 18h30"), now the announcer's; read as if they wrote it."""
    said = fold(analyse(post).text)
    if not ahead or len(post.raw or analyse(post).text) > CONFIRM_CHARS or "?" in said:
        return None
    if TENTATIVE.search(said):
        return None  # "je vous confirme demain matin": a confirmation to come
    hours = hours_named(said)
    confirms = CONFIRMS.search(said) is not None
    # the hours must be the post's; or none, replying to a post that asks nothing ("ok pour moi 👍 invit mise à
    # jour" under "on décale à 19h, même lien")
    agrees = not confirms and AGREES.search(said) is not None and (bool(hours) or post.reply_to_post_number is not None)
    if not agrees and not confirms:
        return None
    earlier = await _confirmed_post(post, said, ctx)
    if (
        earlier is None
        or not earlier.shown
        or earlier.username.lower() in (post.username.lower(), ctx.bot_username.lower())
        # a co-host's "Je confirme pour les semis mardi" under the announcement itself: their coming, not a change
        or any(m.author.lower() == earlier.username.lower() for m in ahead)
        or (agrees and not hours <= hours_named(fold(analyse(earlier).text)))
        or (agrees and not hours and _hour_asked(low := fold(analyse(earlier).text)) and not _day_agreed(said, low))
    ):
        return None
    return replace(earlier, username=post.username, admin=post.admin, moderator=post.moderator)


async def _confirmed_post(post: Post, said: str, ctx: Ctx) -> Post | None:
    """The post a short confirmation answers: the one it replies to; else, of the few before it, the latest by another
    member naming the day it confirms ("Je confirme le 6 octobre" two posts after "Reprise le mardi 6 octobre"), or
    the one right before it."""
    if post.reply_to_post_number is not None:
        return await ctx.forum.post_by_number(post.topic_id, post.reply_to_post_number)
    before = await ctx.forum.post_by_number(post.topic_id, post.post_number - 1)
    if not _DAY_NUMBER.search(said):
        return before
    for number in range(post.post_number - 1, max(1, post.post_number - CONFIRM_REACH) - 1, -1):
        earlier = before if number == post.post_number - 1 else await ctx.forum.post_by_number(post.topic_id, number)
        if earlier is None or not earlier.shown:
            continue
        if earlier.username.lower() not in (post.username.lower(), ctx.bot_username.lower()) and _day_agreed(
            said, fold(analyse(earlier).text)
        ):
            return earlier
    return before


CONFIRM_REACH = 3
"""How many posts back a confirmation naming a day looks for the one that gave it."""


def _day_agreed(said: str, low: str) -> bool:
    """Whether a short agreeing reply names days of the month the post it answers gives ("Ok pour le 9 alors, même
    heure" to "Et si on faisait le CA le mardi 9 juin plutôt ?"): it agrees to that day."""
    days = set(_DAY_NUMBER.findall(said))
    return bool(days) and days <= set(_DAY_NUMBER.findall(low))


_DAY_NUMBER = re.compile(r"\b([1-9]|[12]\d|3[01])(?:er)?\b(?!\s*h\b|[h:.]\d|\s*(?:min|€|euros?|%|personnes|places))")
"""A day of the month in words, not an hour, an amount or a count ("le 9", "le 6 octobre"; not "14h", "20 €")."""


def _hour_asked(low: str) -> bool:
    """Whether a post names no hour, or asks one ("on décale à 19h ?"): an "ok" to it agrees to no change."""
    spans = clock_spans(low)
    return not spans or any("?" in low[slice(*sentence_bounds(low, start))] for start, _ in spans)


CONFIRM_CHARS = 160
"""The longest reply read as a bare confirmation."""
CONFIRMS = re.compile(
    r"\b(?:je (?:te |vous )?confirme|confirmee?s?|c'est (?:bien )?ca|exactement|c'est valide|valide|^\W*parfait\b|"
    r"i confirm|confirmed|that's right|exactly|merci (?:\w+ )?pour (?:le relais|la precision)|"
    r"j'aurais du (?:le |l')?(?:mettre|dire|preciser|ecrire|poster|indiquer|signaler)|"
    r"^\W*merci\b[^.!?\n]{0,30}\bje (?:change|corrige|modifie|mets a jour|rectifie|mettrai a jour)\b)\b|"
    r"^\W*merci(?: (?!pour\b|de\b|d')[\w-]+)?[\W_]*$"
)
"""Words of a reply confirming the post before it ("Parfait, j'ai prévenu la Fondation." opening it), or owning the
change it relays ("Merci Bastien 👍 J'aurais dû le mettre ici aussi !", "Merci Marion 👍 je change sur les
réseaux."), or thanking its writer and nothing more ("Merci Aline 🙏")."""
SPLIT = re.compile(
    r"\b(?:on (?:coupe|divise|scinde|separe)|(?:coupee?|divisee?|scindee?|separee?)s? en (?:deux|trois|\d)|"
    r"split (?:it |the \w+ )?(?:in|into) (?:two|three|\d))\b"
)
"""Words of a meeting split into sessions ("On coupe la formation en deux sessions : …"): those sessions replace it."""
MERGED = re.compile(
    r"\b(?:regroup|fusionn|rassembl|merg|combin)\w*\b[^.!?\n]{0,60}?\b(?:en une? seule?|into one|into a single)\b"
)
"""Words of meetings merged into one ("je regroupe les deux permanences en une seule, le mercredi 10 juin")."""


def _merged(post: Post, reading: Reading, ahead: list[Meeting]) -> list[Meeting]:
    """The meetings to come its announcer merges into the one the reply gives: all of theirs, but that one."""
    new = [m for m in reading.meetings if not m.cancelled]
    if len(new) != 1 or len(ahead) < 2 or not MERGED.search(fold(analyse(post).text)):
        return []
    return [m for m in ahead if m.start != new[0].start]


AGREES = re.compile(
    r"^\W*(?:(?:ah|ahh|oh|bon|ben|yes|oui|mince|zut|ah oui|oups)\W+)*(?:[^.!?\n]{0,40}[.!]\s*)?"
    r"(?:ok(?:ay)?|d'accord|dac|va pour|ca marche|ca roule|parfait|nickel|top|entendu|(?:c'est )?note|alright|"
    r"sounds good)\b"
)
"""A short reply agreeing, after its interjections and at most one sentence ("ah oui mince j'avais oublié. ok 20h du
coup merci lea"): a confirmation when every hour it names is one the post it answers gives."""


def _at_the_same_time(reading: Reading, post: Post, announced: list[Meeting]) -> tuple[Meeting, ...]:
    """The reading's days said "même heure" at the hour of the author's last meeting of the topic before this post,
    held or called off ("Pas de perm ce samedi. Prochaine perm le samedi 22 février, même heure"); goods handed out
    on a day of their own are not that meeting: "la distribution du 24 mars est avancée au lundi 23, même horaire" has
    not the hour of the AMAP's meeting."""
    theirs = [
        m
        for m in announced
        if m.author.lower() == post.username.lower() and m.post_number < post.post_number and not m.all_day
    ]
    if not theirs:
        return reading.meetings
    last = max(theirs, key=lambda m: (m.post_number, m.start))
    if any(GOODS.fullmatch(name) for name in reading.moved_names) and not _of_kind(reading, last, post.topic_title):
        return reading.meetings
    clock = last.start.astimezone(ZoneInfo(last.tz)).timetz()
    return tuple(
        at_start(m, datetime.combine(m.start.date(), clock), last) if m.start in reading.same_time else m
        for m in reading.meetings
    )


def _not_restated(reading: Reading, coming: list[Meeting]) -> tuple[Meeting, ...]:
    """The reading's meetings but those a reply says stay, by a weekday another meeting to come of the topic is on
    ("Le ciné-débat reste à 20h vendredi" written a week before it: that Friday's, not the next one)."""
    on_record = {m.start for m in coming}
    days = {m.start.astimezone(ZoneInfo(m.tz)).weekday() for m in coming}
    return tuple(
        m
        for m in reading.meetings
        if m.start not in reading.restated
        or m.start in on_record
        or m.start.astimezone(ZoneInfo(m.tz)).weekday() not in days
    )


def _one_per_start(ahead: list[Meeting]) -> list[Meeting]:
    """The meetings to come, one per start: a reply restating one ("Donc dimanche 9h30") is on record beside it, and
    a later move of "the Sunday" moves one meeting, not one of two (`_calls_off_others` calls off both)."""
    first: dict[datetime, Meeting] = {}
    for m in sorted(ahead, key=lambda m: m.post_number):
        first.setdefault(m.start, m)
    return [m for m in ahead if first[m.start] is m]


THEIR_WEEKS = 3
"""How many weeks ahead a reply's bare weekday may name the topic's meeting on that weekday."""
CALLED_OFF_WEEKS = 10
"""How far a bare weekday a reply calls off may name the topic's one meeting on that weekday, when it names that
meeting by its words ("on supprime le brunch du dimanche", five weeks before the festival's Sunday brunch): nothing is
called off on a day the topic has no meeting on."""


def _their_days(day: date, meetings: list[Meeting], weeks: int = THEIR_WEEKS) -> set[date]:
    """The days of the meetings on `day`'s weekday within `weeks` weeks after it (three unless said)."""
    return {
        m.day
        for m in meetings
        if not m.cancelled and m.day.weekday() == day.weekday() and 0 < (m.day - day).days <= weeks * 7
    }


def _on_their_weekday(reading: Reading, coming: list[Meeting], held: list[Meeting]) -> Reading:
    """The reading with a reply's days named by a bare weekday put on the day of the topic's one meeting to come on
    that weekday within three weeks ("le lundi on commence à 9h", written a fortnight before a training's Monday the
    9th: the 9th, not the 2nd), when none is on record on the next such day: a reply speaks of its topic's days. A
    weekday told before ("le samedi on démarre plus tôt") that no such meeting is on is no meeting, as read; nor is
    one that only a meeting `held` back is on ("le lundi on commence à 9h" of a Monday in doubt: which Monday is
    unsure, not the next one). A weekday called off is put on the day of the one meeting on it that the reply names,
    further ahead (`CALLED_OFF_WEEKS`)."""
    on_record = {m.day for m in coming if not m.cancelled}
    moved: dict[datetime, datetime] = {}
    untold: set[datetime] = set()  # days told before that the topic has no meeting on: set aside, as read
    for m in reading.meetings:
        if m.start not in reading.weekday_alone or m.day in on_record:
            continue
        if m.cancelled:
            far = _their_days(m.day, coming, CALLED_OFF_WEEKS)
            ahead = [c for c in coming if c.day in far]
            if len({c.day for c in ahead}) == 1 and named(m.names - DAY_WORDS, [c.names for c in ahead]) is not None:
                moved[m.start] = m.start + (ahead[0].day - m.day)
            continue
        if m.all_day:
            continue
        later = _their_days(m.day, coming)
        if len(later) == 1:
            moved[m.start] = m.start + (later.pop() - m.day)
        elif m.start in reading.told_weekday or (not later and _their_days(m.day, held)):
            untold.add(m.start)
    if not moved and not untold:
        return reading
    meetings = tuple(
        at_start(m, moved[m.start], m) if m.start in moved else m for m in reading.meetings if m.start not in untold
    )

    def shifted(starts: tuple[datetime, ...]) -> tuple[datetime, ...]:
        return tuple(moved.get(start, start) for start in starts)

    days = {m.day: moved[m.start].astimezone(ZoneInfo(m.tz)).date() for m in reading.meetings if m.start in moved}
    return replace(
        reading,
        meetings=meetings,
        cancelled_days=tuple(days.get(day, day) for day in reading.cancelled_days),
        moved_to=shifted(reading.moved_to),
        by_weekday=shifted(reading.by_weekday),
        weekday_alone=shifted(reading.weekday_alone),
        same_time=shifted(reading.same_time),
    )


def _moved(post: Post, reading: Reading, ahead: list[Meeting]) -> tuple[Meeting | None, tuple[Meeting, ...]]:
    """The one meeting of the topic a reply by its announcer or staff moves, and the reply's meetings with it in
    place: the start it names in words of a move ("office hours moved to 4 PM today"), at the hour the meeting had
    when the move names a day alone ("reportée au jeudi 3, même heure", "moved to Thursday"), or that day at the
    hour alone it names ("visio décalée à 18h30"). The new start keeps the meeting's title and, when the reply
    gives none, its link. None (and the reply's meetings as read) when no one meeting is moved."""
    if post.post_number == 1:
        return None, reading.meetings
    if not (reading.moved_to or reading.new_clock or reading.shift_days or reading.shift_minutes):
        return _replaced(post, reading, ahead)
    said = {m.start for m in reading.meetings if not m.cancelled}
    named = _one_named([m for m in ahead if m.start not in said], _of_the_move(reading))
    if len({m.start for m in named}) == 1:
        named = named[:1]  # one meeting, announced then restated ("Rappel : chantier samedi 21 à 9h"): moved as one
    if len(named) > 1:  # "Thursday office hours move to 5 PM": the one on the day it moves within
        same_day = [m for m in named if m.start.date() in {start.date() for start in reading.moved_to}]
        named = same_day if len(same_day) == 1 else named
    if len(named) > 1 and len(kept := [m for m in named if m.day not in reading.cancelled_days]) == 1:
        named = kept  # "le webinaire est décalé au mardi 3 mars. Du coup le temps d'échange du 26 février est annulé"
    if len(named) > 1 and reading.settles and len(reading.moved_to) == 1:
        # "Ok pour mercredi 16 décembre, même heure" of the sessions of the 1st and the 15th: the one it is near
        near = [m for m in named if abs(m.start - reading.moved_to[0]) <= SETTLED_NEAR]
        named = near if len(near) == 1 else named
    if len(named) > 1 and len(hosted := [m for m in named if hosted_by(m.names, post.username)]) == 1:
        named = hosted  # "my Stats session is shifted to Thursday", by the TA its line names
    if len(named) > 1 and len(led := _named_in_lead_in(post, named)) == 1:
        named = led  # "Changement pour **Callac** : la salle n'est pas dispo le 5. La rencontre est décalée au 12"
    if len(named) > 1 and (days_named(reading.target_words) or days_of_month(reading.target_words)):
        # "Sun session timing changed → 1800 hrs", "la visio du 31 est déplacée au mercredi 1er avril"
        on_its_day = [m for m in named if _its_day(reading, m, ahead)]
        named = on_its_day if len(on_its_day) == 1 else named
    if len(named) != 1:
        return None, reading.meetings
    old = named[0]
    # a day announced without an hour, given one by its announcer ("Horaires confirmés : RDV 9h au jardin, repas
    # partagé vers 12h30"): the gatherings the reply names are parts of that day, not another meeting moved
    hour_given = old.all_day and reading.new_clock is not None
    if (not hour_given and not _of_kind(reading, old, post.topic_title)) or not _its_day(reading, old, ahead):
        return None, reading.meetings
    tz = ZoneInfo(old.tz)
    if _PART_OF_DAY_INSTEAD.search(fold(analyse(post).text)) and any(
        t.astimezone(tz).date() != old.day for t in reading.moved_to
    ):
        return None, reading.meetings  # "le jeudi 22, la perm aura lieu l'après-midi (au lieu du matin)": that day's

    def at_its_hour(m: Meeting) -> Meeting:
        """A day alone the meeting moves to, at the hour it had ("moved to Thursday, same time"); a weekday alone, the
        one of the meeting's own week ("finalement ce sera mercredi" of Tuesday the 14th, written on the 6th: the
        15th, not the 8th)."""
        day, its_day = m.start.astimezone(tz).date(), old.day
        if m.start in reading.following:  # "au samedi suivant" of Saturday the 7th: the 14th
            day = its_day + timedelta(days=(day.weekday() - its_day.weekday() - 1) % 7 + 1)
        elif m.start in reading.by_weekday:
            day = _nearest_week(day, its_day)
        own = m.start.astimezone(tz)
        if not m.all_day and not old.all_day and own.time() == old.start.astimezone(tz).time():
            # "ce sera jeudi, même heure (18 h)" of Wednesday the 22nd at 18h: Thursday the 23rd
            return m if day == own.date() else at_start(m, datetime.combine(day, own.timetz()), m)
        if not m.all_day or old.all_day:
            return m
        return _at_its_hour(m, day, old)

    moved_to = set(reading.moved_to) | _given_at_its_new_hour(reading, old)
    staying = [m for m in reading.meetings if m.cancelled or m.start not in moved_to]
    moves = [_in_place(at_its_hour(m), old) for m in reading.meetings if m not in staying]
    elsewhere = any(t.astimezone(tz).date() != old.day for t in moved_to)
    # a day named is where it goes, unless it is its own ("Office hours on Tuesday are moving. New time: 1 PM ET")
    start = None if elsewhere or (old.all_day and not hour_given) else _new_start(old, reading)
    if start is not None and start > post.created_at:
        moves.append(_as_replys(old, post, start))
    moves = [m for m in moves if m.start != old.start]  # the day left, named beside the new one ("Thursday → Friday")
    if not moves and elsewhere and len(moved_to) == 1:
        # "le webinaire est décalé au mardi 3 mars, même horaire (11h-12h30)": the day and hour it moves to, read
        # as a move only
        (to,) = moved_to
        if to.astimezone(tz).time() != time(0) and to > post.created_at:
            moves.append(_as_replys(old, post, to))
    if not moves:  # "Changement de programme : orages vendredi soir. L'apéro est remplacé par un pique-nique samedi"
        return _replaced(post, reading, ahead)
    return old, (*staying, *moves)


def _of_the_move(reading: Reading) -> Reading:
    """A reply moving one meeting and calling another off ("le concert est reporté au samedi 30 mai, même heure" then
    "l'atelier sérigraphie est annulé"): the words naming what it moves, not those of the call-off."""
    moving = reading.target_words - reading.off_words
    cancels = any(word.startswith(("annul", "cancel", "supprim")) for word in reading.off_words)  # not "reporté"
    return replace(reading, target_words=moving) if reading.cancels_undated and cancels and moving else reading


def _given_at_its_new_hour(reading: Reading, old: Meeting) -> set[datetime]:
    """The start of the one meeting a reply gives on another day at the new hour it names ("On décale donc au samedi
    suivant, le 24, à 10h30 : [date=2026-01-24 time=10:30:00]"): where it goes, not that hour on its old day."""
    clock = reading.new_clock
    if clock is None or reading.moved_to:
        return set()
    given = [
        m
        for m in reading.meetings
        if not m.cancelled and not m.all_day and m.day != old.day and m.clock == (clock.hour, clock.minute)
    ]
    return {given[0].start} if len(given) == 1 else set()


def _nearest_week(day: date, its_day: date) -> date:
    """The day of `day`'s weekday nearest `its_day`, never before `day` (the first one after the post)."""
    return day + timedelta(weeks=max(0, round((its_day - day).days / 7)))


def _replaced(post: Post, reading: Reading, ahead: list[Meeting]) -> tuple[Meeting | None, tuple[Meeting, ...]]:
    """The topic's one meeting to come, or of several the one its words name, that a reply speaking of a change of plan
    replaces with the one meeting it gives ("Zut. Bon, re-report : jeudi 18 mars à 18h", "on annule celle d'août.
    Prochaine visio mercredi 2 septembre à 18h30", "Re-report de l'AG : samedi 5 décembre"), and the reply's meetings
    with it in place. None when the reply speaks of no change, gives several meetings or none, or names none of several
    to come (which one would be a guess)."""
    on_record = {m.start for m in ahead}  # "L'atelier framaforms reste jeudi à 12h30": named again, not new
    new = [
        m
        for m in reading.meetings
        if not m.cancelled
        and (not m.all_day or m.start in reading.same_time)  # "alors c mercredi 17, même heure"
        and m.start > post.created_at
        and m.start not in on_record
    ]
    settled = _settled_one(reading, ahead, new)
    if not (reading.replaces or settled) or len(new) != 1 or not ahead:
        return None, reading.meetings
    at = named(reading.replace_words, [m.names for m in ahead]) if len(ahead) > 1 and not settled else 0
    if at is None:
        return None, reading.meetings
    old = settled[0] if settled else ahead[at]
    if old.all_day or old.start == new[0].start or not _of_kind(reading, old):
        return None, reading.meetings
    instead = new[0]
    if settled and (day := _settled_day(instead, reading, old)) != instead.day:
        instead = at_start(instead, datetime.combine(day, instead.start.timetz()), instead)
    if instead.all_day:  # a day alone "même heure": at the hour of the one it replaces
        instead = _at_its_hour(instead, instead.day, old)
    return old, tuple(_in_place(instead, old) if m is new[0] else m for m in reading.meetings)


def _in_place(new: Meeting, old: Meeting) -> Meeting:
    """A meeting moved from, or held instead of, `old`: under its title and link (`_as`), unless it is a gathering of
    another kind ("à la place on fait une distribution de compost"), which keeps its own."""
    return new if _another_kind(new, old) else _as(new, old)


def _another_kind(new: Meeting, old: Meeting) -> bool:
    """Whether a meeting in place of another names a gathering of another kind than the one it replaces ("L'apéro est
    remplacé par un pique-nique samedi"): the old one's title would name what no longer takes place."""
    kinds = gatherings_named(fold(new.title))
    return bool(kinds) and not kinds & (gatherings_named(fold(old.title)) | gatherings_named(" ".join(old.names)))


def _at_its_hour(m: Meeting, day: date, old: Meeting) -> Meeting:
    """`m` on `day` at the hour the meeting it moves or replaces (`old`) had, in that one's zone."""
    tz = ZoneInfo(old.tz)
    return at_start(m, datetime.combine(day, old.start.astimezone(tz).time(), tz), old)


SETTLED_NEAR = timedelta(days=14)
"""How far from the one meeting to come a day an organiser settles may be and still be its new day."""


def _settled_one(reading: Reading, ahead: list[Meeting], new: list[Meeting]) -> list[Meeting]:
    """The meeting to come an organiser's reply settles a new day for ("Va pour mercredi 27 mai, mais à 18h30" after
    "mardi 26 j'ai conseil municipal, mercredi 27 ça irait ?"): the topic's one, or the one left of several when the
    reply gives the others again ("on part sur jeudi 19 mars, 18h30. Le bureau de prépa reste le lundi 16"); near
    it, not a later session."""
    given = {m.start for m in reading.meetings}
    left = [m for m in ahead if m.start not in given]
    if len(left) > 1 and len(new) == 1 and (at := named(new[0].names, [m.names for m in left])) is not None:
        left = [left[at]]  # "Ok, plantation des pommes de terre le samedi 28 mars, 10h": the one its words name
    if not reading.settles or len(left) != 1 or len(new) != 1:
        return []
    return left if abs(_settled_day(new[0], reading, left[0]) - left[0].day) <= SETTLED_NEAR else []


def _settled_day(new: Meeting, reading: Reading, old: Meeting) -> date:
    """The day a reply settles for the meeting `old`: a weekday alone is the one of that meeting's week ("ok va pour
    samedi 10h" after "pourquoi pas samedi 2 mai à 10h ?", of a Sunday the 3rd: Saturday the 2nd, not the next one)."""
    return _nearest_week(new.day, old.day) if new.start in reading.by_weekday else new.day


def _new_start(old: Meeting, reading: Reading) -> datetime | None:
    """Where a reply naming no day moves a meeting: its day (as many days later as it shifts it) at the hour given, in
    the zone written ("moves to 17:00 UTC") or the meeting's, the half of the day nearest its own when unsaid ("we'll
    start at 5:15" after 5 PM); or as many days later, at its hour ("postponed to next week, same time"); or as many
    minutes later or earlier ("pushed back 30 minutes"). A length of time and an hour that do not agree ("on avance
    d'une demi-heure, l'intervenante doit partir à 19h") leave it unsure: None."""
    shifted = old.start + timedelta(minutes=reading.shift_minutes) if reading.shift_minutes else None
    if reading.new_clock and shifted and not _agrees(shifted, reading.new_clock, old):
        return None
    if clock := reading.new_clock:
        local = old.start.astimezone(zone(clock.zone, ZoneInfo(old.tz)))
        hour = clock.hour
        if not clock.sure and 1 <= hour <= 12:
            hour = min((hour % 12, hour % 12 + 12), key=lambda h: abs(h - local.hour))
        day = local.date() + timedelta(days=reading.shift_days or 0)  # "on décale d'une semaine, même heure (18h30)"
        return datetime.combine(day, time(hour, clock.minute), local.tzinfo).astimezone(ZoneInfo(old.tz))
    if reading.shift_days:
        local = old.start.astimezone(ZoneInfo(old.tz))
        return datetime.combine(local.date() + timedelta(days=reading.shift_days), local.time(), local.tzinfo)
    return shifted  # "pushed back 30 minutes"


def _agrees(shifted: datetime, clock: NewClock, old: Meeting) -> bool:
    """Whether the hour a reply names is the meeting's start shifted by the length it gives, in either half of the day
    when its half is unsaid."""
    local = shifted.astimezone(zone(clock.zone, ZoneInfo(old.tz)))
    hours = {clock.hour} if clock.sure else {clock.hour % 12, clock.hour % 12 + 12}
    return local.hour in hours and local.minute == clock.minute


def _one_named(meetings: list[Meeting], reading: Reading) -> list[Meeting]:
    """Of several meetings, the one the post's words calling off or moving a meeting name ("the TA session stands
    cancelled" after "Live session on Wednesday and TA session on Friday"), or the one left of those it says do not
    move ("Group A timing unchanged"); all of them when they name none."""
    if len(meetings) < 2:
        return meetings
    if len(quoted := _quoted(meetings, reading)) == 1:
        return quoted
    if (at := named(reading.target_words, [m.names for m in meetings])) is not None:
        return [meetings[at]]
    months = {MONTH_NUMBER[w] for w in reading.target_words if w in MONTH_NUMBER}
    if len(of_month := [m for m in meetings if _month_of(m) in months]) == 1:
        return of_month  # "le café d'avril est avancé au mercredi 1er avril"
    left = [m for m in meetings if not _said_unchanged(m, meetings, reading.unchanged_words)]
    return left if len(left) == 1 else meetings


def _quoted(meetings: list[Meeting], reading: Reading) -> list[Meeting]:
    """The meetings a reply quotes the line of: at the start quoted, or on the day quoted when it gives no hour."""
    at_start = [m for m in meetings if m.start in reading.quoted]
    days = {start.date() for start in reading.quoted if start.time() == time(0)}
    return at_start or [m for m in meetings if m.day in days]


def _named_in_lead_in(post: Post, meetings: list[Meeting]) -> list[Meeting]:
    """The meetings a reply's words before its first move name each by a name of its own, a place's or a person's
    written with its capital inside a sentence ("Changement pour **Callac** : la salle des fêtes n'est pas dispo le 5
    novembre. La rencontre est décalée au jeudi 12 novembre" of the Belle-Isle, Callac and Bégard meetings): the
    move's subject says the kind alone, its lead-in which one. Not a common word ("Petit souci : la salle n'est pas
    libre" names no meeting whose line says "salle")."""
    text = analyse(post).text
    low = fold_same_length(text)
    sentences = moving(low, cancel_marks(low)).sentences
    if not sentences:
        return []
    lead = text[: sentences[0][0]]
    proper = {
        fold(m.group(0))
        for m in _PROPER_NAME.finditer(lead)
        if (before := lead[: m.start()].rstrip(" *_")) and before[-1] not in ".!?:\n"
    }
    return _each_named(meetings, words_of(low, 0, sentences[0][0]) & frozenset(proper))


_PROPER_NAME = re.compile(r"\b[A-ZÀ-Ý][\wÀ-ÿ'-]+")
"""A word written with its capital: inside a sentence, a name."""


def _each_named(meetings: list[Meeting], words: frozenset[str]) -> list[Meeting]:
    """The meetings words name each by a word of its names the others' lack."""
    return [m for m in meetings if _said_unchanged(m, meetings, words)]


def _said_unchanged(meeting: Meeting, meetings: list[Meeting], words: frozenset[str]) -> bool:
    """Whether words saying meetings do not move name this one by a word of its names the others' lack."""
    others = frozenset().union(*(m.names for m in meetings if m is not meeting))
    return bool((meeting.names - others) & words)


def _kept_as_is(meeting: Meeting, meetings: list[Meeting], reading: Reading) -> bool:
    """Whether a post changing others says this one stays, by its name or number ("Le module 1 ne change pas"), not
    by a rank its words happen to hold ("Le CA du 1er est maintenu" keeps no first meeting)."""
    words = frozenset(w for w in reading.unchanged_words if not w.startswith("@"))
    return _said_unchanged(meeting, meetings, words)


def _of_kind(reading: Reading, meeting: Meeting, topic_title: str | None = None) -> bool:
    """Whether the gathering a post moves may be `meeting`: it names none, or one of a kind the meeting's title or
    names name ("the prep call is moved" moves the call of "Project Week prep call"; "the hackathon is moved to June
    28" and "office hours moved to Thursday" do not), or the one kind the topic's title names (a list of "Visios de
    coordination" whose lines name their subjects alone; not "petit-déj + atelier Notion"). A session named by its
    day, its number or its rank ("la séance du 14 est décalée", "la séance 2 est reportée", "la 2e session passe au
    samedi 11 avril") is one of any gathering held in several; not "on refait une session demain" of a permanence."""
    words = reading.target_words
    if reading.moved_names == {"sitting"} and words & _A_SESSION and (days_of_month(words) or _RANKED & words):
        return True
    # its own words name the kind moved, where the cue wants an article ("**Module 2 – …**" of "le module 2")
    kinds = _kinds_of(meeting) | (reading.moved_names & meeting.names)
    if len(titled := gatherings_named(fold(topic_title or ""))) == 1:
        kinds |= titled
    return not (reading.moved_names and kinds) or bool(reading.moved_names & kinds)


_A_SESSION = frozenset({"seance", "seances", "session", "sessions"})
"""Words naming one sitting of a gathering held in several, whatever it is."""
_RANKED = frozenset(f"{mark}{n}" for mark in "#@" for n in range(1, 10))
"""A sitting's number or rank among the topic's, as its names hold them ("la séance 2": "#2", "la 2e session": "@2")."""


_PART_OF_DAY_INSTEAD = re.compile(
    r"\bau lieu (?:du|de l') ?(?:matin|apres-midi|soir|midi)\b|\binstead of (?:the )?(?:morning|afternoon|evening)\b"
)
"""Another part of the same day ("l'après-midi, de 14h à 17h (au lieu du matin)"): the meeting of the day named moves
within it, not one of another day."""


def _its_day(reading: Reading, meeting: Meeting, ahead: list[Meeting]) -> bool:
    """Whether the day a post moving a meeting names it by, if any, is the meeting's: its weekday ("celle de mardi est
    reportée") or its day of the month ("celle du 20, on la fait lundi 19"); not the one meeting to come on another.
    A weekday neither a meeting to come is on nor the post dates names none ("l'intervenante n'est pas dispo le jeudi.
    Finalement ce sera mercredi 14" of Tuesday's, after a member proposed Thursday); "le jeudi 17 septembre, la
    permanence est décalée au vendredi 18" names Thursday the 17th."""
    tz = ZoneInfo(meeting.tz)
    local, to = meeting.start.astimezone(tz), [start.astimezone(tz) for start in reading.moved_to]
    on_record = {m.start.astimezone(ZoneInfo(m.tz)).weekday() for m in ahead}
    dated = {m.start.astimezone(tz).weekday() for m in reading.meetings} | {d.weekday() for d in reading.cancelled_days}
    weekdays = (days_named(reading.target_words) & (on_record | dated)) - {t.weekday() for t in to}  # not where it goes
    days = days_of_month(reading.target_words) - {f"d{t.day}" for t in to}
    return (not weekdays or local.weekday() in weekdays) and (not days or f"d{local.day}" in days)


def _unplaced(reading: Reading, ahead: list[Meeting]) -> bool:
    """Whether a reply that moved nothing gives one of several meetings a new hour or day without naming which ("the
    evening one moves to 8 PM", "moving it to 8 PM"): which one is a guess, and so is where it goes; an hour that is
    one of theirs is said again (`_restated`)."""
    shifted = reading.moves_undated or reading.new_clock is not None
    return (
        shifted and not _restated(reading.new_clock, ahead) and len(ahead) > 1 and len(_one_named(ahead, reading)) > 1
    )


def _changed_on_several_lines(post: Post, reading: Reading, ahead: list[Meeting]) -> list[Meeting]:
    """The meetings a post changing several of them on several lines names by a word no other has ("- le module 2 est
    reporté au jeudi 16 octobre, même horaire / - le module 3 est avancé au matin, 10h-12h"): a post is read for one
    move, which of the others goes where is a guess; not those it says do not change, nor those at a start it gives."""
    low = fold(analyse(post).text)
    lines = {low.count("\n", 0, pos) for pos, _, _ in cancel_marks(low)}
    if len(lines) < 2 or len(ahead) < 2:
        return []
    said = reading.target_words | reading.replace_words
    given = {m.start for m in reading.meetings}
    out = []
    for meeting in ahead:
        others = frozenset().union(*(m.names for m in ahead if m is not meeting))
        if (meeting.names - others) & said and meeting.start not in given and not _kept_as_is(meeting, ahead, reading):
            out.append(meeting)
    return out


def _restated(clock: NewClock | None, meetings: list[Meeting]) -> bool:
    """Whether the hour a reply gives is one of the meetings' own ("we start at 7 PM sharp"): said again, not moved."""
    return clock is not None and any(
        (local := m.start.astimezone(ZoneInfo(m.tz))).hour == clock.hour and local.minute == clock.minute
        for m in meetings
    )


def _retitled(meeting: Meeting, old: Meeting, ctx: Ctx) -> Meeting:
    """A meeting moved from `old` under its title, without the day and hour that title gave the old one ("Friday
    Dec 4 at 2pm: community hangout", moved to 5pm, is reminded as "community hangout" at 5pm)."""
    if meeting.title != old.title or meeting.start == old.start:
        return meeting
    title = without_dates(old.title, old.start, ZoneInfo(old.tz), ctx.settings.date_order)
    return replace(meeting, title=title or ctx.t("meetings.untitled"))


def _hosted_as(meeting: Meeting, old: Meeting) -> Meeting:
    """A meeting moved from `old` by another hosted as `old` was, and by `old`'s announcer: the co-president who moved
    the AG leaves it the other's too ("On avance d'une demi-heure" of the one who announced it counts)."""
    if meeting.start == old.start or meeting.author.lower() == old.author.lower():
        return meeting
    hosts = {n for n in old.names if n.startswith(("h:", "u:"))} | {f"u:{old.author.lower()}"}
    return replace(meeting, names=meeting.names | hosts)


def _as(moved: Meeting, old: Meeting) -> Meeting:
    """A meeting moved, under the title, and without a link of its own the link, of the one it replaces."""
    if moved.link:
        return replace(moved, title=old.title)
    return replace(
        moved,
        title=old.title,
        link=old.link,
        other_links=old.other_links,
        offline=old.offline,
        link_elsewhere=old.link_elsewhere,
    )


def _held(records: dict[str, dict[str, Any]], post: Post, ctx: Ctx) -> list[Meeting]:
    """The meetings to come of the post's topic held back (`hold_back`)."""
    return [
        m
        for r in records.values()
        if r.get("doubted") and (m := Meeting.from_json(r)).topic_id == post.topic_id and m.start > ctx.now
    ]


def _asked_by_another(record: dict[str, Any], post: Post) -> bool:
    """Whether a meeting was held back for a change a member asked about only, and `post` is by someone else: its
    saying the meeting stays ("Non non, on reste bien à 17h30") answers the question."""
    asker = record.get("asked")
    return isinstance(asker, str) and asker.lower() != post.username.lower()


def _ahead(post: Post, records: dict[str, dict[str, Any]], ctx: Ctx) -> list[Meeting]:
    """The meetings to come of the post's topic that it may call off or move: another post's, announced by the
    post's author, or any when staff writes it; and those the author hosts: named as host on a meeting's line ("office
    hours with @bkr": "Small change to mine"), as co-host by the opening post ("Christophe, co-président avec
    Isabelle"), or the one who announced a meeting another moved."""
    coming = [m for m in upcoming(records, ctx.now, post.topic_id) + _held(records, post, ctx) if m.post_id != post.id]
    own = [m for m in coming if post.staff or m.author.lower() == post.username.lower()]
    low = fold(analyse(post).text)
    return own + [
        m for m in coming if m not in own and (hosted_by(m.names, post.username) or co_host_of(low, m.author))
    ]


async def _judged(post: Post, doubts: tuple[Found, ...], ctx: Ctx) -> list[Meeting]:
    """The dates in doubt a model confirms as meetings to come (asked again when the post is edited;
    when it fails, the rules decide: no meeting)."""
    out = []
    for doubt in doubts:
        answer = await judge(post, doubt, ctx)
        when = holds(answer, doubt, post) if answer is not None else None
        if when is not None:
            out.append(confirmed(post, doubt, *when, ctx.bot_username))
    return out


def _calls_off_others(
    post: Post, reading: Reading, records: dict[str, dict[str, Any]], ahead: list[Meeting], moved: Meeting | None
) -> list[Action]:
    """A later post by the meeting's author or staff calls off (or moves: `moved`, see `_moved`) a meeting of its
    topic. A day named by a weekday alone with no meeting on it ("la visio de jeudi est annulée", written the day
    before a Thursday) calls off the one on that weekday of the week after, unless the post announces that one."""
    days, undated = reading.cancelled_days, reading.cancels_undated
    said = {m.start for m in reading.meetings if not m.cancelled}  # a start the post itself gives stands
    if moved is not None:
        # with its restatements: one meeting on record at that start; and the days the move calls off ("le webinaire
        # est décalé au mardi 3 mars. Du coup le temps d'échange du 26 février est annulé")
        # and the month it says has none ("On la fait le mercredi 15 juillet. Et finalement pas de permanence en août")
        off = [
            m
            for m in ahead
            if m.start == moved.start
            or (m.start not in said and (m.start.date() in days or _of_a_month_off(m, reading, post.topic_title)))
        ]
        return [a for m in off for a in call_off(records[m.id], post, replaced=m.start == moved.start)]
    if reading.remote_only:
        ahead = [m for m in ahead if not m.offline]  # "Pas de visio cette année": the AG held in a hall stands
    hit = [m for m in ahead if m.start.date() in days and m.start not in said]
    kept = {start.date() for start in said}
    for day in reading.cancelled_weekdays:
        if not any(m.start.date() == day for m in ahead):
            hit += [m for m in ahead if m.start.date() - day == timedelta(days=7) and m.start.date() not in kept]
    others = _one_named([m for m in ahead if m.start.date() not in kept], reading)
    if not hit and reading.moves_undated and len(others) == 1 and _of_kind(reading, others[0]):
        # "the call will start at 6 PM as planned" of the 6 PM call restates it: moved nowhere, it stands
        hit = [] if _new_start(others[0], reading) == others[0].start else others
    corrected = reading.corrected_days
    if not hit and corrected and len(others) == 1 and not any(m.start.date() in corrected for m in ahead):
        # "No, today. Typo!": the one meeting on record was announced on the wrong day; not "Petite correction pour
        # le mardi 23 : … à partir de 16h30" of the meeting on the 23rd
        hit = others
    days_off = days_named(reading.off_words) if undated and not reading.cancels_all else set()
    by_day = {d: [m for m in ahead if m.start.astimezone(ZoneInfo(m.tz)).weekday() == d] for d in days_off}
    if not hit and len(days_off) > 1 and all(len(ms) == 1 for ms in by_day.values()):
        hit = [ms[0] for ms in by_day.values()]  # "Tue and Thu live sessions are cancelled": one each, both called off
    if not hit and undated and ahead:
        quoted = _quoted(ahead, reading)
        at = ahead.index(quoted[0]) if len(quoted) == 1 else named(reading.off_words, [m.names for m in ahead])
        if reading.cancels_all:
            # "On annule tout pour septembre. L'atelier du 14 octobre est maintenu": that month's, not the one kept
            months = reading.all_of_months
            hit = [m for m in ahead if (not months or _month_of(m) in months) and not _kept_as_is(m, ahead, reading)]
        elif reading.all_of_months:
            hit = [m for m in ahead if _of_a_month_off(m, reading, post.topic_title)]  # "pas de permanence en août"
        elif at is not None:
            hit = _the_series(ahead[at], ahead) if reading.off_words & _SERIES else _one_event(ahead[at], ahead)
        elif not reading.cancels_named and (
            len(event := _one_event(ahead[0], ahead)) == len(ahead) or _today(post, event[0])
        ):
            hit = event
        elif len(each := _each_named(ahead, reading.off_words)) > 1:
            hit = each  # "Pour les ressourceries et les fablabs on annule": those two
        elif not reading.cancels_named:
            # "Bad news, I have to cancel" with several sessions to come, none today: which one is a guess, none is
            # reminded; but the one it says does not change ("Le module 1 ne change pas")
            return [a for m in ahead if not _kept_as_is(m, ahead, reading) for a in hold_back(records[m.id], post)]
        if not reading.cancels_all and (hours := hours_called_off(fold(analyse(post).text))):
            # "le CA de 9h est supprimé" calls off no meeting at 10h
            hit = [m for m in hit if m.start.astimezone(ZoneInfo(m.tz)).hour in hours]
    return [a for m in hit for a in call_off(records[m.id], post)]


def _month_of(meeting: Meeting) -> int:
    """The month of a meeting's start, in its zone."""
    return meeting.start.astimezone(ZoneInfo(meeting.tz)).month


def _of_a_month_off(meeting: Meeting, reading: Reading, topic_title: str | None) -> bool:
    """Whether a post saying a month has none of a gathering ("pas de permanence en août") calls `meeting` off: it is
    in that month, and of that kind when the post and the meeting both name one ("Pas de distrib en février" leaves
    the réunion d'information of February 5th)."""
    if _month_of(meeting) not in reading.all_of_months:
        return False
    said = gatherings_named(" ".join(sorted(reading.off_words)))
    kinds = _kinds_of(meeting) | gatherings_named(fold(topic_title or ""))
    return not (said and kinds) or bool(said & kinds)


def _kinds_of(meeting: Meeting) -> frozenset[str]:
    """The kinds of gathering a meeting's title and names say it is."""
    return gatherings_named(fold(meeting.title)) | gatherings_named(" ".join(sorted(meeting.names)))


def _today(post: Post, meeting: Meeting) -> bool:
    """Whether the meeting is on the day the post is written, in the meeting's zone ("Cancelled, sorry." that day)."""
    tz = ZoneInfo(meeting.tz)
    return meeting.start.astimezone(tz).date() == post.created_at.astimezone(tz).date()


EVENT_DAYS = 3
"""The longest run of days read as one event called off whole: a weekend's chantier or a three-day festival, not a
week of daily sessions."""


def _one_event(first: Meeting, ahead: list[Meeting]) -> list[Meeting]:
    """The meeting a call-off naming no day calls off, with the days after it when its post announced one event over
    consecutive days at one hour ("chantier samedi 10 et dimanche 11 octobre, de 9h à 17h" then "le chantier est
    annulé"): the whole event, not its first day."""
    mine = [m for m in ahead if m.post_id == first.post_id]
    tz = ZoneInfo(first.tz)
    days = [m.start.astimezone(tz) for m in mine]
    one_run = all(b.date() - a.date() == timedelta(days=1) and b.time() == a.time() for a, b in pairwise(days))
    if len(mine) < 2 or len(mine) > EVENT_DAYS or mine[0] != first or not one_run:
        return [first]
    return mine


_SERIES = frozenset({"cycle", "cycles", "serie", "series", "parcours"})
"""Words naming a series of sessions as one ("le cycle de mars est annulé"): called off, all its sessions are."""


def _the_series(first: Meeting, ahead: list[Meeting]) -> list[Meeting]:
    """The sessions a call-off naming their series calls off: those its post's line announced with `first` ("Cycle
    « Composter chez soi » … les samedis 7, 14 et 21 mars, 10h-12h"), under one title."""
    return [m for m in ahead if m.post_id == first.post_id and m.title == first.title]


@router.on(PostCreated)
async def on_post_created(event: PostCreated, ctx: Ctx) -> list[Action]:
    return await read_meetings(event.post, ctx)


@router.on(PostEdited)
async def on_post_edited(event: PostEdited, ctx: Ctx) -> list[Action]:
    return await read_meetings(event.post, ctx)


@router.on(PostDeleted)
async def on_post_deleted(event: PostDeleted, ctx: Ctx) -> list[Action]:
    """A deleted or hidden post's meetings leave memory, and their reminders with them; a deleted
    opening post takes its topic, and every meeting announced in it, along."""
    post = event.post
    records = await all_meetings(ctx)
    gone = [
        r
        for r in records.values()
        if r.get("post_id") == post.id or (post.post_number == 1 and r.get("topic_id") == post.topic_id)
    ]
    # a link the deleted reply gave (`_relinked`) is no one's to read any more: the meeting's own comes back
    relinked = [
        r
        for r in records.values()
        if r not in gone and r.get("topic_id") == post.topic_id and r.get("link_by") == post.post_number
    ]
    return [a for r in gone for a in forget(r)] + [a for r in relinked for a in _unlinked(r)]


# --- reminders -----------------------------------------------------------------------------


def when(meeting: Meeting) -> str:
    return markup.date_range(meeting.start, meeting.end, meeting.tz, meeting.all_day)


def reminder_text(meeting: Meeting, ctx: Ctx, names: list[str]) -> str:
    from babel.dates import format_timedelta

    delta = format_timedelta(meeting.start - ctx.now, add_direction=True, locale=ctx.settings.language)
    lines = [ctx.t("meetings.reminder", title=markup.inert(meeting.title), when=when(meeting), delta=delta)]
    if meeting.link:
        registration = registration_form(meeting.link)
        key = "meetings.reminder_registration" if registration else "meetings.reminder_link"
        lines.append(ctx.t(key, url=markup.url(meeting.link)))
    elif meeting.other_links or meeting.link_elsewhere:
        lines.append(ctx.t("meetings.reminder_link_in_post"))
    elif not meeting.offline:  # met in person: no link to ask for
        lines.append(ctx.t("meetings.reminder_no_link"))
    lines.append(ctx.t("meetings.reminder_source", url=markup.post_url(meeting.topic_id, meeting.post_number)))
    if names:
        lines.append(ctx.t("meetings.reminder_for", names=" ".join(f"@{markup.plain_name(n)}" for n in names)))
    return "\n\n".join(lines)


@router.on(TickFired, lambda e: e.name == TIMER)
async def on_reminder(event: TickFired, ctx: Ctx) -> list[Action]:
    """Send one reminder: only for a meeting still on record, not called off, not started."""
    mid = str(event.payload.get("meeting_id") or "")
    label = str(event.payload.get("offset") or "")
    record = await ctx.memory.get(NS, mid)
    if not _is_meeting(record) or record.get("cancelled") or label in record.get("reminded", []):
        return []
    meeting = Meeting.from_json(record)
    if ctx.now >= meeting.start:
        return []
    subs = await subscribers(ctx, meeting.topic_id)
    first = None if subs else announced_before(meeting, label, await all_meetings(ctx))
    if first is not None and not await audience.gone(ctx, source(Meeting.from_json(first))):
        # reminded where it was first announced; members who asked here (`rappelle-moi`) are still told here
        return [keep(record | {"reminded": sorted({*record.get("reminded", []), label})})]
    if await audience.gone(ctx, source(meeting)):
        # Deleted while scribe only polls (no webhook told it): no reminder of a withdrawn announcement.
        return forget(record)
    settings = ctx.settings.of(MeetingsSettings)
    by_mention = settings.remind_via == "mention"
    key = reminder_key(mid, label)
    public = ReplyToPost(
        key=key,
        topic_id=meeting.topic_id,
        raw=reminder_text(meeting, ctx, subs if by_mention else []),
        reply_to_post_number=meeting.post_number,
        mentions=tuple(subs) if by_mention else (),
        expires_at=meeting.start,
    )
    actions: list[Action] = [_for_review(public, meeting, ctx) if settings.in_review else public]
    if subs and not by_mention:
        actions.append(
            SendPrivateMessage(
                key=f"{key}:pm",
                recipients=tuple(subs),
                title=markup.plain_title(ctx.t("meetings.reminder_pm_title", title=meeting.title))[:200],
                raw=reminder_text(meeting, ctx, []),
                expires_at=meeting.start,
            )
        )
    actions.append(keep(record | {"reminded": sorted({*record.get("reminded", []), label})}))
    return actions


def announced_before(meeting: Meeting, label: str, records: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The same event (`event_key`) announced first in another topic, whose reminder `label` is due too. A forum
    gets one reminder of it, where it was announced first, which every reader of this topic can read (same
    category)."""
    key = event_key(meeting)
    if key is None:
        return None
    return next(
        (
            r
            for r in records.values()
            if r.get("topic_id") != meeting.topic_id
            and not r.get("cancelled")
            and label in r.get("offsets", [])
            and (r.get("post_id") or 0) < meeting.post_id
            and event_key(Meeting.from_json(r)) == key
        ),
        None,
    )


def _for_review(reminder: ReplyToPost, meeting: Meeting, ctx: Ctx) -> SendPrivateMessage:
    """In review, the reminder the topic would get goes to the review group (`bot.review`)."""
    return review.for_review(reminder, ctx, ctx.t("meetings.review_title", title=meeting.title), "meetings.review_pm")


# --- commands ------------------------------------------------------------------------------


def _item(meeting: Meeting, ctx: Ctx) -> str:
    link = ctx.t("meetings.list_link", url=markup.url(meeting.link)) if meeting.link else ""
    return ctx.t(
        "meetings.list_item",
        when=when(meeting),
        title=markup.inert(meeting.title),
        link=link,
        source=markup.post_url(meeting.topic_id, meeting.post_number),
    )


@router.command("réunions", "meetings", "agenda", help="meetings.help_list", usage="[tout|all]")
async def list_command(event: MentionReceived, ctx: Ctx) -> list[Action]:
    everywhere = fold(event.args).strip() in ("tout", "toutes", "all", "forum")
    records = await all_meetings(ctx)
    here = event.post.topic_id
    ahead = upcoming(records, ctx.now, None if everywhere else here)[:LISTED_CHECKED]
    shown, lost = await audience.sort_out(ctx, ahead, source, await audience.topic_audience(ctx.forum, here))
    forgotten = [a for m in lost for a in forget(records[m.id])]
    items = one_per_event(shown)[:20]
    if not items:
        key = "meetings.list_empty_all" if everywhere else "meetings.list_empty"
        return [*forgotten, reply(event, ctx.t(key), "meetings")]
    header = ctx.t("meetings.list_header_all" if everywhere else "meetings.list_header")
    return [*forgotten, reply(event, "\n".join([header, "", *(_item(m, ctx) for m in items)]), "meetings")]


@router.command("rappelle-moi", "rappelle", "remind", "remind-me", help="meetings.help_remind", usage="[stop]")
async def remind_command(event: MentionReceived, ctx: Ctx) -> list[Action]:
    post = event.post
    subs = await subscribers(ctx, post.topic_id)
    stop = any(w in fold(event.args).split() for w in ("stop", "plus", "off", "arrete", "non"))
    others = [s for s in subs if s.lower() != post.username.lower()]
    if stop:
        return [
            Remember(NS, f"subscribers:{post.topic_id}", others),
            reply(event, ctx.t("meetings.remind_stopped", username=markup.plain_name(post.username)), "meetings"),
        ]
    names = [*others, post.username]
    ahead = await upcoming_meetings(ctx, await audience.topic_audience(ctx.forum, post.topic_id), post.topic_id)
    key = "meetings.remind_ack_pm" if ctx.settings.of(MeetingsSettings).remind_via == "pm" else "meetings.remind_ack"
    lines = [ctx.t(key, username=markup.plain_name(post.username))]
    lines.append(
        ctx.t("meetings.remind_next", when=when(ahead[0]), title=markup.inert(ahead[0].title))
        if ahead
        else ctx.t("meetings.remind_none")
    )
    return [Remember(NS, f"subscribers:{post.topic_id}", names), reply(event, "\n\n".join(lines), "meetings")]


_ADD = re.compile(
    r"^\s*(?P<date>\d{4}-\d{2}-\d{2})(?:[ T]+(?P<h>\d{1,2})[:h](?P<mi>\d{2})?)?"
    r"(?:\s*[-–]\s*(?P<eh>\d{1,2})[:h](?P<emi>\d{2})?)?\s*(?P<url>https?://\S+)?\s*(?P<title>.*)$"
)


def parse_add(
    args: str, created_at: datetime, tz: ZoneInfo, order: DateOrder
) -> tuple[datetime, datetime | None, str | None, str] | None:
    """`2026-12-03 18:00[-20:00] [https://…] Titre`, or a date as people write it (in the forum's `order`)."""
    m = _ADD.match(args)
    if m:
        try:
            day = datetime.fromisoformat(m["date"]).date()
            start = datetime(day.year, day.month, day.day, int(m["h"] or 0), int(m["mi"] or 0), tzinfo=tz)
            end = (
                datetime(day.year, day.month, day.day, int(m["eh"]), int(m["emi"] or 0), tzinfo=tz) if m["eh"] else None
            )
        except ValueError:
            return None
        if end is not None and end <= start:
            end += timedelta(days=1)
        return start, end, m["url"], (m["title"] or "").strip()
    found = [f for f in find_dates(args, created_at, tz, order) if not f.all_day]
    if not found:
        return None
    url = re.search(r"https?://\S+", args)
    f = found[0]
    title = re.sub(r"https?://\S+", "", args[: f.span[0]] + args[f.span[1] :]).strip(" -–:,")
    return f.start, f.end, url.group(0) if url else None, title


@router.command(
    "réunion", "meeting", help="meetings.help_add", staff_only=True, usage="2026-12-03 18:00 https://… Titre"
)
async def add_command(event: MentionReceived, ctx: Ctx) -> list[Action]:
    post = event.post
    parsed = parse_add(event.args, post.created_at, ctx.settings.tz, ctx.settings.date_order)
    if parsed is None:
        return [reply(event, ctx.t("meetings.add_usage", bot=ctx.bot_username), "meetings")]
    start, end, url, title = parsed
    if start <= ctx.now:
        return [reply(event, ctx.t("meetings.add_past", when=markup.date(start, start.tzinfo.key)), "meetings")]  # type: ignore[union-attr]
    tz = zone(getattr(start.tzinfo, "key", None), ctx.settings.tz)
    meeting = Meeting(
        id=meeting_id(post.topic_id, post.post_number, start),
        title=title or post.topic_title or ctx.t("meetings.untitled"),
        start=start,
        end=end,
        tz=tz.key,
        all_day=False,
        link=url,
        topic_id=post.topic_id,
        post_number=post.post_number,
        post_id=post.id,
        author=post.username,
        category_id=post.category_id,
        source="command",
        private=post.archetype == "private_message",
    )
    records = await topic_meetings(ctx, post.topic_id)
    actions = plan(meeting, ctx, post.created_at, records.get(meeting.id))
    times = sorted(a.at for a in actions if isinstance(a, ScheduleTimer))
    planned = ", ".join(markup.date(t, meeting.tz) for t in times) or ctx.t("meetings.add_no_reminder")
    text = ctx.t("meetings.add_ok", title=markup.inert(meeting.title), when=when(meeting), reminders=planned)
    return [*actions, reply(event, text, "meetings")]


# --- preview -------------------------------------------------------------------------------


@router.preview
async def preview(topic: Topic, ctx: Ctx) -> dict[str, Any]:
    """The topic read post by post, as the bot would, with the reminders it would plan."""
    state = MemoryState()
    for post in topic.posts:
        apply_all(state, await read_meetings(post, replace(ctx, memory=ReadOnlyMemory(state))), ctx.now)
    records = {k: v for k, v in state.data.get(NS, {}).items() if _is_meeting(v)}
    timers = {k: t.at for k, t in state.timers.items()}
    known = await all_meetings(ctx)
    out = []
    for record in sorted(records.values(), key=lambda r: (r["starts_at"], r["post_number"])):
        planned = sorted(t for k, t in timers.items() if k.startswith(f"reminder:{record['id']}:"))
        meeting = Meeting.from_json(record)
        first = next((r for label in record["offsets"] if (r := announced_before(meeting, label, known))), None)
        out.append(
            {
                "title": record["title"],
                "starts_at": record["starts_at"],
                "ends_at": record["ends_at"],
                "timezone": record["timezone"],
                "link": record["link"],
                "post_number": record["post_number"],
                "all_day": record["all_day"],
                "cancelled": record["cancelled"],
                "doubted": bool(record.get("doubted")),
                "reminders": [utc_iso(t.astimezone(UTC)) for t in planned],
                "reminded_in": first["topic_id"] if first else None,
                "past": meeting.start < ctx.now,
            }
        )
    first_announced: dict[str, int] = {}  # a member's later posts speak of the meetings she announced (`read_post`)
    for r in records.values():
        who = (r.get("author") or "").lower()
        first_announced[who] = min(first_announced.get(who, r["post_number"]), r["post_number"])
    aside = [
        {"post_number": post.post_number, "at": utc_iso(at), "timezone": ctx.settings.timezone, "why": why}
        for post in topic.posts
        if post.is_regular
        for at, why in read_post(
            post,
            ctx.settings.tz,
            ctx.bot_username,
            explain=True,
            order=ctx.settings.date_order,
            announcer=first_announced.get(post.username.lower(), post.post_number) < post.post_number,
            opened=not first_announced and asks_to_meet(topic.posts[0] if topic.posts else None, post),
        ).set_aside
    ]
    return {"meetings": out, "set_aside": aside}


@router.preview_lines("meetings")
def meeting_line(item: dict[str, Any], messages: Messages) -> str:
    """A meeting as its announcer wrote it (local time and zone) with its link, and whether
    reminders can still go out: a meeting already held when the preview was made (`past`) gets none."""
    start = datetime.fromisoformat(str(item["starts_at"]).replace("Z", "+00:00"))
    zone = item.get("timezone") or "UTC"
    local = start.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")
    state = next((state for state in ("doubted", "cancelled", "past") if item.get(state)), "upcoming")
    if state == "upcoming" and item.get("reminded_in"):
        state = "elsewhere"  # the same event announced first in another topic: reminded there (`announced_before`)
    link = item.get("link") or messages.get("meetings.preview.no_link")
    return messages.get(
        "meetings.preview.line",
        post=item["post_number"],
        local=local,
        zone=zone,
        link=link,
        state=messages.get(f"meetings.preview.{state}", topic=item.get("reminded_in")),
    )


@router.preview_lines("set_aside")
def aside_line(item: dict[str, Any], messages: Messages) -> str:
    """A date a post names that scribe reminds no one of, and why, in the forum's words (`Aside`): silence a
    moderator can check. A day without its hour is read at midnight, and shown as the day alone."""
    local = datetime.fromisoformat(str(item["at"]).replace("Z", "+00:00")).astimezone(ZoneInfo(item["timezone"]))
    when = f"{local:%Y-%m-%d}" if (local.hour, local.minute) == (0, 0) else f"{local:%Y-%m-%d %H:%M}"
    why = str(item["why"])
    reason = next((a for a in Aside if a.value == why), None)  # a reason a later version gave stays in English
    worded = messages.get(reason.key) if reason else why
    return messages.get("meetings.preview.aside", post=item["post_number"], when=when, why=worded)


@router.evaluation
async def evaluation(ev: Evaluation) -> Result:
    """`scribe eval`: the meetings kept once each labelled topic is read (see `handlers.meetings.evaluate`)."""
    return await evaluate(ev, lambda ctx: known_meetings(ctx, PUBLIC))
