"""Meetings and reminders end to end at the handler level: posts in, actions out, memory
carried from one event to the next the way the engine stores it."""

from __future__ import annotations

import itertools
from copy import deepcopy
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from markdown_it import MarkdownIt

from bot.actions import CancelTimer, Remember, ReplyToPost, ScheduleTimer, SendPrivateMessage
from bot.apply import apply_all
from bot.audience import PUBLIC
from bot.ctx import Ctx, ReadOnlyMemory
from bot.dispatch import Dispatcher
from bot.events import PostCreated, PostEdited, TickFired
from bot.i18n import Messages
from bot.models import Poll, PollOption, Topic, User
from bot.replay import Simulation
from bot.state import MemoryState
from handlers import help, meetings
from handlers.meetings.extract import read_post
from handlers.meetings.meeting import utc_iso
from handlers.meetings.reasons import Aside
from tests.handler_kit import feature_actions, make_ctx, make_post, scripted_model, seed_topic, state_of

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # 11:00 in Paris
LINK = "https://meet.jit.si/tiers-lieux-suite"
ANNOUNCE = f"Bonjour à tous, une visio aujourd'hui à 11h10 pour caler la suite : {LINK}"


def apply(memory: dict[str, dict[str, Any]], actions: list) -> dict[str, dict[str, Any]]:
    """The engine's own `apply`, on in-memory state holding `memory`."""
    state = MemoryState(memory)
    apply_all(state, actions, NOW)
    return state.data


def at(ctx: Ctx, now: datetime, memory: dict[str, dict[str, Any]]) -> Ctx:
    return replace(ctx, now=now, memory=ReadOnlyMemory(MemoryState(memory)))


def of(kind: type, actions: list) -> list:
    return [a for a in actions if isinstance(a, kind)]


def announcement(raw: str = ANNOUNCE, created_at: datetime = NOW, **kw: Any):
    return make_post(
        1, "moderateur", raw, topic_id=7, created_at=created_at, moderator=True, topic_title="Visio de suite", **kw
    )


def forum() -> list[Topic]:
    """The topics these meetings are announced in, as the forum shows them: a reminder or a list
    names a meeting only while its announcement is there (`bot.audience`)."""
    return [
        Topic(id=7, title="Visio de suite", posts=(announcement(), make_post(3, "moderateur", "…", topic_id=7))),
        Topic(id=8, title="Atelier compost", posts=(make_post(1, "alice", "…", topic_id=8),)),
        Topic(id=9, title="Entre nous", archetype="private_message", posts=(make_post(1, "alice", "…", topic_id=9),)),
    ]


def tick(timer: ScheduleTimer, when: datetime) -> TickFired:
    return TickFired(name=timer.name, at=when, key=timer.key, payload=timer.payload)


async def test_seed_has_no_meeting_to_come() -> None:
    """Post 19's "Échanges du 17 mai 2023 - Accessible en cliquant ici" are the records of
    visios already held, not meetings to come."""
    topic = seed_topic()
    result = await meetings.preview(topic, make_ctx([topic]))
    assert result["meetings"] == []


async def test_moderator_visio_in_a_few_minutes_gets_one_reminder_per_offset(monkeypatch) -> None:
    monkeypatch.setenv("SCRIBE_REMINDER_OFFSETS", "3m")
    ctx = make_ctx(forum(), now=NOW)
    post = announcement()
    actions = await meetings.on_post_created(PostCreated(post), ctx)
    timers = of(ScheduleTimer, actions)
    assert len(timers) == 1
    (timer,) = timers
    start = datetime(2026, 11, 26, 10, 10, tzinfo=UTC)
    assert timer.at == start - timedelta(minutes=3)
    assert timer.name == "meetings.reminder"
    mid = timer.payload["meeting_id"]
    assert timer.key == f"reminder:{mid}:3m"
    memory = apply({}, actions)
    assert memory["meetings"][mid]["link"] == LINK

    fired = await meetings.on_reminder(tick(timer, timer.at), at(ctx, timer.at, memory))
    replies = of(ReplyToPost, fired)
    assert len(replies) == 1
    assert replies[0].key == timer.key and replies[0].topic_id == 7 and replies[0].reply_to_post_number == 1
    assert LINK in replies[0].raw
    assert '[date=2026-11-26 time=11:10:00 timezone="Europe/Paris"]' in replies[0].raw
    # Discourse links no bare path: the announcement is a markdown link readers can follow.
    assert '<a href="/t/-/7/1">' in MarkdownIt("commonmark").render(replies[0].raw)

    apply(memory, fired)
    again = await meetings.on_reminder(tick(timer, timer.at), at(ctx, timer.at, memory))
    assert all(a.key == timer.key for a in of(ReplyToPost, again))
    assert again == []

    late = await meetings.on_reminder(
        tick(timer, start + timedelta(minutes=1)), at(ctx, start + timedelta(minutes=1), apply({}, actions))
    )
    assert late == []


@pytest.mark.parametrize(
    ("link", "line"),
    [
        ("https://framaforms.org/visio-de-suite", "Inscription : https://framaforms.org/visio-de-suite"),
        ("https://forms.gle/AbCdEf123", "Inscription : https://forms.gle/AbCdEf123"),
        (LINK, f"Lien : {LINK}"),
    ],
)
async def test_a_reminder_calls_a_sign_up_form_a_registration_not_the_link(
    monkeypatch: pytest.MonkeyPatch, link: str, line: str
) -> None:
    """A visio announced with only its sign-up form: two minutes before the start, "Lien : <form>" would send
    members to a form that does not let them in; the reminder says it is the registration."""
    monkeypatch.setenv("SCRIBE_REMINDER_OFFSETS", "3m")
    ctx = make_ctx(forum(), now=NOW)
    actions = await meetings.on_post_created(
        PostCreated(announcement(f"Une visio aujourd'hui à 11h10 pour caler la suite, inscription : {link}")), ctx
    )
    (timer,) = of(ScheduleTimer, actions)
    (reply,) = of(ReplyToPost, await meetings.on_reminder(tick(timer, timer.at), at(ctx, timer.at, apply({}, actions))))
    assert line in reply.raw.splitlines()


AGENDA = (
    "Hi all! Tomorrow, we will be having our weekly hangout at 10:00 AM EST until 11 AM EST.\n\n"
    "Agenda:\n\n* Required changes to [download.slicer.org](http://download.slicer.org)\n"
    "* Review [the roadmap](https://www.slicer.org/wiki/Roadmap)\n\n"
    "Anyone is welcome to join to ask questions at [https://bit.ly/hangout-call ](https://bit.ly/hangout-call)"
)


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        (AGENDA, "Link: https://bit.ly/hangout-call"),
        (
            "Meeting tomorrow at 10:00 AM EST. Use [this link](https://github.com/org/week/issues/new) to propose "
            "a project. Please [register](https://www.eventbrite.com/e/123) today. You can join using the "
            "following link: [Zoom](https://example.zoom.us/j/123)",
            "Link: https://example.zoom.us/j/123",
        ),
        (
            "Meeting tomorrow at 10:00 AM EST. Agenda: [issue 1](https://github.com/org/repo/issues/1), "
            "[issue 2](https://github.com/org/repo/issues/2).",
            "How to join: see the announcement.",
        ),
        (
            "Hangout tomorrow at 10:00 AM EST. Join to ask questions at https://meet.example.org/hangout\n\n"
            "At 10:30 AM we will have the planning call of the project week. The Zoom link for that call is:\n"
            "https://example.zoom.us/j/456",
            "Link: https://meet.example.org/hangout",
        ),
        ("Online meeting tomorrow at 10:00 AM EST.", "The announcement gives no link: ask for it in this topic."),
        (
            "Board call tomorrow at 10:00 AM EST. The link is emailed to board members, the meeting is not public.",
            "How to join: see the announcement.",
        ),
        (
            "Meeting tomorrow at 10:00 AM EST, details in [the planning topic](/t/week-planning/12).",
            "How to join: see the announcement.",
        ),
        ("Meeting tomorrow at 10:00 AM EST, in room 4.", None),
    ],
)
async def test_a_reminder_gives_the_link_said_to_join_by_and_never_says_none_when_unsure(
    monkeypatch: pytest.MonkeyPatch, raw: str, line: str | None
) -> None:
    """A weekly call's announcement links its agenda (a download page, a roadmap, where to propose a project,
    a sign-up page) before the call's own link: the link given to join by is the one. When none is given to
    join by and the announcement still carries links, "gives no link" would be false: the reminder sends
    readers to the announcement. A meeting in a room, with no link and nothing said of joining from afar, needs
    none: the reminder asks for none. A link the announcement says is sent another way (by mail, to the board) is not
    to be asked for in the topic either."""
    monkeypatch.setenv("SCRIBE_REMINDER_OFFSETS", "1h")
    written = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    post = make_post(1, "organizer", raw, topic_id=7, created_at=written, moderator=True, topic_title="Hangout")
    ctx = make_ctx(
        [Topic(id=7, title="Hangout", posts=(post,))], now=written, language="en", timezone="America/New_York"
    )
    actions = await meetings.on_post_created(PostCreated(post), ctx)
    timer = min(of(ScheduleTimer, actions), key=lambda t: t.at)  # the first meeting's (a planning call may follow)
    (reply,) = of(ReplyToPost, await meetings.on_reminder(tick(timer, timer.at), at(ctx, timer.at, apply({}, actions))))
    said = reply.raw.splitlines()
    if line is None:
        assert not [s for s in said if "link" in s.lower()]
    else:
        assert line in said


async def test_a_call_link_shown_as_a_preview_is_the_reminders() -> None:
    """Discourse shows a Zoom link alone on its line as a box, out of the post's words: the announcement's
    call link is still that one, not the link of the sentence before it."""
    cooked = (
        "<p>Preparation meeting tomorrow at 10:00 AM EST. You may also use "
        '<a href="https://github.com/org/week/issues/new">this link</a> to propose your project idea.</p>'
        "<p>You can join using the following link:</p>"
        '<aside class="onebox allowlistedgeneric" data-onebox-src="https://example.zoom.us/j/82?pwd=x">'
        '<header class="source"><a href="https://example.zoom.us/j/82?pwd=x">example.zoom.us</a></header>'
        "<article><h3>Join our Cloud HD Video Meeting</h3></article></aside>"
    )
    written = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    post = make_post(1, "organizer", "", topic_id=7, created_at=written, cooked=cooked, topic_title="Prep meeting")
    (meeting,) = read_post(post, ZoneInfo("America/New_York"), order="DMY").meetings
    assert meeting.link == "https://example.zoom.us/j/82?pwd=x"


@pytest.mark.parametrize(
    ("raw", "link"),
    [
        (
            "This week's office hours (Wed 12pm ET) are on Jitsi. New link below. Agenda as always: "
            "https://hackmd.io/@proj/office-hours",
            None,
        ),
        (
            "This week's office hours (Wed 12pm ET): https://hackmd.io/@proj/office-hours",
            "https://hackmd.io/@proj/office-hours",
        ),
    ],
)
def test_a_lone_link_its_label_calls_the_agenda_is_no_join_link(raw: str, link: str | None) -> None:
    """ "Agenda as always: <link>": the post's one link is the agenda, not where people meet; a lone link given with
    the meeting, under no other name, still is its link."""
    written = datetime(2026, 11, 16, 13, 30, tzinfo=UTC)
    post = make_post(1, "organizer", raw, topic_id=7, created_at=written, topic_title="Office hours this week")
    (meeting,) = read_post(post, ZoneInfo("America/New_York"), order="DMY").meetings
    assert meeting.link == link


def test_a_lone_link_labelled_odj_is_no_join_link() -> None:
    raw = "CA d'avril mardi 14/04 à 19h, même lien visio que d'habitude.\nODJ d'avril : https://docs.google.com/d/odj/edit"
    post = make_post(1, "presidente", raw, topic_id=7, created_at=datetime(2026, 4, 6, 18, 0, tzinfo=UTC))
    (meeting,) = read_post(post, ZoneInfo("Europe/Paris"), order="DMY").meetings
    assert meeting.link is None


@pytest.mark.parametrize(("title", "off"), [("2018.11.13 Hangout - Cancelled", True), ("2018.11.13 Hangout", False)])
def test_a_title_calling_the_meeting_off_cancels_it(title: str, off: bool) -> None:
    """Organisers mark a weekly call's topic "Cancelled" in its title and leave its body as it was."""
    raw = "Hi all! We will be having our weekly hangout today, at 10:00 AM EST. https://meet.google.com/abc-defg-hij"
    written = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    post = make_post(1, "organizer", raw, topic_id=7, created_at=written, topic_title=title)
    (meeting,) = read_post(post, ZoneInfo("America/New_York"), order="DMY").meetings
    assert meeting.cancelled is off


async def test_default_offsets_and_per_category_override() -> None:
    ctx = make_ctx(now=NOW, meetings={"category_offsets": {"5": ["48h", "2h"]}})
    raw = f"Atelier le 3 décembre 2026 à 18h : {LINK}"
    plain = await meetings.on_post_created(PostCreated(announcement(raw)), ctx)
    assert sorted(t.key.rsplit(":", 1)[1] for t in of(ScheduleTimer, plain)) == ["1d", "1h"]
    special = await meetings.on_post_created(PostCreated(announcement(raw, category_id=5)), ctx)
    assert sorted(t.key.rsplit(":", 1)[1] for t in of(ScheduleTimer, special)) == ["2d", "2h"]


async def test_a_meeting_announced_without_its_hour_is_reminded_only_a_day_ahead() -> None:
    """No "in 1 hour" at 23:00 the night before: the hour was never written."""
    ctx = make_ctx(now=NOW)
    actions = await meetings.on_post_created(PostCreated(announcement(f"Atelier le 3 décembre 2026 : {LINK}")), ctx)
    (remember,) = of(Remember, actions)
    assert remember.value["all_day"] is True
    assert [t.key.rsplit(":", 1)[1] for t in of(ScheduleTimer, actions)] == ["1d"]
    eve = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    post = announcement(f"Atelier demain : {LINK}", created_at=eve)
    assert of(ScheduleTimer, await meetings.on_post_created(PostCreated(post), at(ctx, eve, {}))) == []


async def test_past_meeting_is_recorded_but_never_reminded() -> None:
    ctx = make_ctx(now=NOW)
    actions = await meetings.on_post_created(
        PostCreated(announcement("Visio le 3 novembre 2026 à 18h", created_at=NOW - timedelta(days=30))), ctx
    )
    assert of(ScheduleTimer, actions) == []
    (remember,) = of(Remember, actions)
    assert remember.value["starts_at"] == "2026-11-03T17:00:00Z"


async def test_late_announcement_after_downtime_sends_only_the_due_reminder() -> None:
    start = datetime(2026, 11, 26, 17, 0, tzinfo=UTC)  # 18:00 in Paris
    post = announcement("Réunion aujourd'hui à 18h en visio", created_at=start - timedelta(hours=3))
    ctx = make_ctx(now=start - timedelta(minutes=30))
    timers = of(ScheduleTimer, await meetings.on_post_created(PostCreated(post), ctx))
    assert [(t.key.rsplit(":", 1)[1], t.at) for t in timers] == [("1h", ctx.now)]


async def test_edit_that_moves_the_meeting_moves_its_reminders() -> None:
    ctx = make_ctx(now=NOW)
    first = await meetings.on_post_created(PostCreated(announcement(f"Visio le 3 décembre 2026 à 18h : {LINK}")), ctx)
    memory = apply({}, first)
    old_keys = {t.key for t in of(ScheduleTimer, first)}
    edited = announcement(f"Visio le 10 décembre 2026 à 18h : {LINK}", version=2)
    actions = await meetings.on_post_edited(PostEdited(edited), at(ctx, NOW, memory))
    assert {c.key for c in of(CancelTimer, actions)} == old_keys
    new = of(ScheduleTimer, actions)
    assert {t.at for t in new} == {
        datetime(2026, 12, 10, 16, tzinfo=UTC),
        datetime(2026, 12, 9, 17, tzinfo=UTC),
    }
    apply(memory, actions)
    (record,) = memory["meetings"].values()
    assert record["starts_at"] == "2026-12-10T17:00:00Z"
    old_timer = of(ScheduleTimer, first)[0]
    assert await meetings.on_reminder(tick(old_timer, old_timer.at), at(ctx, old_timer.at, memory)) == []


async def test_unchanged_edit_keeps_the_same_keys() -> None:
    ctx = make_ctx(now=NOW)
    raw = f"Visio le 3 décembre 2026 à 18h : {LINK}"
    first = await meetings.on_post_created(PostCreated(announcement(raw)), ctx)
    again = await meetings.on_post_edited(
        PostEdited(announcement(raw + "\nÀ bientôt", version=2)), at(ctx, NOW, apply({}, first))
    )
    assert {t.key for t in of(ScheduleTimer, again)} == {t.key for t in of(ScheduleTimer, first)}
    assert of(CancelTimer, again) == []


async def test_author_reply_cancels_and_the_reminder_is_not_sent() -> None:
    ctx = make_ctx(now=NOW)
    first = await meetings.on_post_created(PostCreated(announcement(f"Visio le 3 décembre 2026 à 18h : {LINK}")), ctx)
    memory = apply({}, first)
    cancel = make_post(
        2,
        "moderateur",
        "Désolé, la visio est annulée.",
        topic_id=7,
        created_at=NOW + timedelta(hours=1),
        moderator=True,
    )
    actions = await meetings.on_post_created(PostCreated(cancel), at(ctx, NOW + timedelta(hours=1), memory))
    assert {c.key for c in of(CancelTimer, actions)} == {t.key for t in of(ScheduleTimer, first)}
    apply(memory, actions)
    timer = of(ScheduleTimer, first)[0]
    assert await meetings.on_reminder(tick(timer, timer.at), at(ctx, timer.at, memory)) == []


@pytest.mark.parametrize(
    ("reply", "off"),
    [
        # the topic's meeting, called off without being named, by its announcer or staff
        ("Canceled, sorry everyone.", True),
        ("Sorry folks, we'll skip it this week.", True),
        ("We have to cancel tonight's call, the speaker is ill.", True),
        ("Cancelling the hangout today, I can't host.", True),
        ("Calling it off for today.", True),
        ("Update: the call is off this week.", True),
        ("Not happening tonight, half of us are travelling.", True),
        ("Bon, on annule, pas assez d'inscrits.", True),
        ("Annulée, désolée pour ce contretemps.", True),
        ("Report à une date ultérieure, on vous tient au courant.", True),
        ("Ça saute ce soir, on se redit.", True),
        # what leaves it standing
        ("I have to cancel my attendance, sorry.", False),
        ("Our cancellation policy: none, just drop in.", False),
        ("The call may be cancelled if nobody signs up.", False),
        ("Some asked whether the call is cancelled. It is not, see you there.", False),
        ("The holidays don't mean the call is cancelled.", False),
        ("The other call is cancelled this week; this one is still on.", False),
        ("Today's quiz is postponed to tomorrow. The call goes ahead as planned.", False),
        ("Le marché est annulé, mais la visio est maintenue.", False),
        ("Cancelled?", False),
    ],
)
async def test_a_reply_by_staff_calls_off_the_topics_meeting_only_when_it_says_so(reply: str, off: bool) -> None:
    ctx = make_ctx(now=NOW)
    first = await meetings.on_post_created(PostCreated(announcement(f"Visio aujourd'hui à 18h : {LINK}")), ctx)
    memory = apply({}, first)
    later = NOW + timedelta(hours=1)
    post = make_post(2, "moderatrice", reply, topic_id=7, created_at=later, moderator=True)
    apply(memory, await meetings.on_post_created(PostCreated(post), at(ctx, later, memory)))
    timer = of(ScheduleTimer, first)[0]
    sent = await meetings.on_reminder(tick(timer, timer.at), at(ctx, timer.at, memory))
    assert (sent == []) is off


@pytest.mark.parametrize(
    ("reply", "off"),
    [("No, today. Typo!", True), ("Fixed a typo in tomorrow's agenda.", False), ("Fixed a typo yesterday", False)],
)
async def test_the_author_correcting_the_day_calls_off_the_meeting_announced_on_the_wrong_one(
    reply: str, off: bool
) -> None:
    """Announced for "tomorrow" on the morning of the meeting, then corrected: no reminder for the wrong day."""
    ctx = make_ctx(now=NOW)
    first = await meetings.on_post_created(PostCreated(announcement(f"Call tomorrow at 6 PM: {LINK}")), ctx)
    memory = apply({}, first)
    later = NOW + timedelta(hours=1)
    post = make_post(2, "moderateur", reply, topic_id=7, created_at=later)
    actions = await meetings.on_post_created(PostCreated(post), at(ctx, later, memory))
    assert bool(of(CancelTimer, actions)) is off


@pytest.mark.parametrize(
    "reply",
    [
        "There will be no live session on 3rd December due to the holiday.",
        "Il n'y aura pas de visio le 3 décembre, désolé.",
        "The session will be on 4th December at 7 PM instead of 3rd December.",
    ],
)
async def test_staff_saying_there_is_no_session_that_day_calls_it_off(reply: str) -> None:
    ctx = make_ctx(now=NOW)
    first = await meetings.on_post_created(PostCreated(announcement(f"Visio le 3 décembre 2026 à 18h : {LINK}")), ctx)
    memory = apply({}, first)
    later = make_post(2, "moderateur", reply, topic_id=7, created_at=NOW + timedelta(hours=1), moderator=True)
    actions = await meetings.on_post_created(PostCreated(later), at(ctx, NOW + timedelta(hours=1), memory))
    assert {c.key for c in of(CancelTimer, actions)} == {t.key for t in of(ScheduleTimer, first)}


async def test_a_reply_repeating_the_meeting_announced_adds_no_second_reminder() -> None:
    """Staff often restate the meeting in a later reply ("Rappel : la visio du 3 décembre à 18h"): the topic
    gets one set of reminders, not one per post naming it."""
    ctx = make_ctx(now=NOW)
    first = await meetings.on_post_created(PostCreated(announcement(f"Visio le 3 décembre 2026 à 18h : {LINK}")), ctx)
    memory = apply({}, first)
    text = "Rappel : la visio du 3 décembre 2026 à 18h, venez nombreux !"
    repeat = make_post(3, "moderateur", text, topic_id=7, created_at=NOW + timedelta(hours=1), moderator=True)
    actions = await meetings.on_post_created(PostCreated(repeat), at(ctx, NOW + timedelta(hours=1), memory))
    assert of(ScheduleTimer, actions) == []
    assert {m["post_number"] for m in apply(memory, actions)["meetings"].values()} == {1, 3}  # both on record


@pytest.mark.parametrize(
    ("link", "category", "both"),
    [
        (LINK, 5, False),  # the same call announced again in a second topic: one reminder, in the first
        ("https://meet.jit.si/autre-salle", 5, True),  # another room: another meeting at the same hour
        (LINK, 6, True),  # another category: its readers may not read the first topic
    ],
)
async def test_an_event_announced_in_two_topics_is_reminded_once_where_it_was_announced_first(
    link: str, category: int, both: bool
) -> None:
    """A "Reminder: prep meeting tomorrow" topic after the prep meeting's announcement: the forum gets one
    reminder of it, not one per topic, as long as every reader of the second topic can read the first."""
    text = "Visio le 3 décembre 2026 à 18h : {}"
    first = make_post(1, "moderateur", text.format(LINK), topic_id=7, category_id=5, moderator=True)
    again = make_post(1, "moderateur", text.format(link), topic_id=8, category_id=category, moderator=True)
    topics = [
        Topic(7, "Visio", category_id=5, posts=(first,)),
        Topic(8, "Rappel", category_id=category, posts=(again,)),
    ]
    ctx = make_ctx(topics)
    memory: dict[str, dict[str, Any]] = {}
    timers = []
    for post in (first, again):
        actions = await meetings.on_post_created(PostCreated(post), at(ctx, NOW, memory))
        memory = apply(memory, actions)
        timers += [t for t in of(ScheduleTimer, actions) if t.payload["offset"] == "1h"]
    sent = [bool(of(ReplyToPost, await meetings.on_reminder(tick(t, t.at), at(ctx, t.at, memory)))) for t in timers]
    assert sent == [True, both]
    # a forum-wide list (the digest's, `@scribe réunions tout`) names the event once
    listed = await meetings.upcoming_meetings(at(ctx, NOW, memory), PUBLIC)
    assert [m.topic_id for m in listed] == ([7, 8] if both else [7])
    # a member who asked in the second topic to be reminded is told there all the same
    asked = {**memory, "meetings": {**memory["meetings"], "subscribers:8": ["lea"]}}
    (told,) = of(ReplyToPost, await meetings.on_reminder(tick(timers[1], timers[1].at), at(ctx, timers[1].at, asked)))
    assert told.mentions == ("lea",)
    # the first announcement withdrawn: the second topic's reminder is the forum's one
    alone = make_ctx(topics[1:])
    assert of(ReplyToPost, await meetings.on_reminder(tick(timers[1], timers[1].at), at(alone, timers[1].at, memory)))
    # `scribe preview` of the second topic says where its reminders go
    (item,) = (await meetings.preview(topics[1], at(ctx, NOW, memory)))["meetings"]
    assert item["reminded_in"] == (None if both else 7)
    line = meetings.meeting_line(item, Messages("en"))
    assert ("reminded in topic 7" in line) is not both


@pytest.mark.parametrize(
    ("text", "reminded"),
    [
        # the day of the meeting on record named again without its time: no reminder at the day's midnight
        ("Update: the 4 December session is cancelled. The 3 December session will happen as planned.", False),
        ("Rappel : visio le 3 décembre, comme prévu.", False),
        # another day, announced by the reply: its own reminders
        ("A second session on 5 December 2026 at 6 PM, same link.", True),
    ],
)
async def test_a_reply_naming_the_day_of_the_meeting_on_record_without_its_time_adds_no_reminder(
    text: str, reminded: bool
) -> None:
    ctx = make_ctx(now=NOW)
    first = await meetings.on_post_created(
        PostCreated(announcement(f"Visio les 3 et 4 décembre 2026 à 18h : {LINK}")), ctx
    )
    memory = apply({}, first)
    repeat = make_post(3, "moderateur", text, topic_id=7, created_at=NOW + timedelta(hours=1), moderator=True)
    actions = await meetings.on_post_created(PostCreated(repeat), at(ctx, NOW + timedelta(hours=1), memory))
    assert bool(of(ScheduleTimer, actions)) == reminded


async def test_a_member_asking_if_it_is_cancelled_holds_it_back() -> None:
    """Someone heard it was called off: reminding it as if nothing was said could be wrong in public; the preview
    says it is held back until someone else says it stays."""
    ctx = make_ctx(now=NOW)
    memory = apply(
        {}, await meetings.on_post_created(PostCreated(announcement(f"Visio le 3 décembre 2026 à 18h : {LINK}")), ctx)
    )
    question = make_post(2, "membre", "La visio est annulée ?", topic_id=7, created_at=NOW)
    actions = await meetings.on_post_created(PostCreated(question), at(ctx, NOW, memory))
    (held,) = [a.value for a in actions if isinstance(a, Remember)]
    assert held["doubted"] and held["cancelled"] and held["asked"] == "membre"


async def test_postponed_by_reply_moves_the_meeting() -> None:
    ctx = make_ctx(now=NOW)
    memory = apply(
        {}, await meetings.on_post_created(PostCreated(announcement(f"Visio le 3 décembre 2026 à 18h : {LINK}")), ctx)
    )
    moved = make_post(
        2,
        "moderateur",
        "La visio du 3 décembre est reportée au 10 décembre à 18h.",
        topic_id=7,
        created_at=NOW,
        moderator=True,
    )
    apply(memory, await meetings.on_post_created(PostCreated(moved), at(ctx, NOW, memory)))
    records = sorted(memory["meetings"].values(), key=lambda r: r["post_number"])
    assert [(r["post_number"], r["starts_at"], r["cancelled"]) for r in records] == [
        (1, "2026-12-03T17:00:00Z", True),
        (2, "2026-12-10T17:00:00Z", False),
    ]


@pytest.mark.parametrize(
    ("topic_title", "reply", "title"),
    [
        (
            "Comité d'animation du jeudi 10 décembre à 18h",
            "La visio est décalée au vendredi 11 décembre, même heure.",
            "Comité d'animation",
        ),
        (
            "Visio le 10 décembre à 18h pour caler la suite",
            "Petit changement : la visio commencera à 19h.",
            "Visio le 10 décembre pour caler la suite",  # the same day, another hour: the day stays right
        ),
        ("Le 10 décembre à 18h", "La visio est reportée au 11 décembre à 18h.", "Réunion"),
        ("Visio de suite", "La visio est reportée au 11 décembre à 18h.", "Visio de suite"),
        ("18h - 19h30 : atelier réparation", "La visio commencera à 19h.", "atelier réparation"),
    ],
)
async def test_a_meeting_moved_is_reminded_without_the_day_and_hour_its_title_gave_the_old_one(
    topic_title: str, reply: str, title: str
) -> None:
    ctx = make_ctx(now=NOW)
    raw = f"Bonjour à tous, visio le 10 décembre 2026 à 18h : {LINK}"
    first = make_post(1, "moderateur", raw, topic_id=7, created_at=NOW, moderator=True, topic_title=topic_title)
    memory = apply({}, await meetings.on_post_created(PostCreated(first), ctx))
    moved = make_post(2, "moderateur", reply, topic_id=7, created_at=NOW, moderator=True, topic_title=topic_title)
    apply(memory, await meetings.on_post_created(PostCreated(moved), at(ctx, NOW, memory)))
    standing = [r for r in memory["meetings"].values() if not r["cancelled"]]
    assert [(r["post_number"], r["title"]) for r in standing] == [(2, title)]


_numbers = itertools.count(9)


async def mention(ctx: Ctx, username: str, text: str, topic_id: int = 7, staff: bool = False) -> list:
    post = make_post(
        next(_numbers), username, f"@scribe {text}", topic_id=topic_id, created_at=ctx.now, moderator=staff
    )
    simulation = Simulation(Dispatcher([meetings.router, help.router]), ctx.settings, ctx.forum, state_of(ctx))
    return feature_actions(await simulation.feed(PostCreated(post), ctx.now))


async def test_remind_me_then_the_reminder_mentions_the_member() -> None:
    ctx = make_ctx(forum(), now=NOW)
    memory = apply(
        {}, await meetings.on_post_created(PostCreated(announcement(f"Visio le 3 décembre 2026 à 18h : {LINK}")), ctx)
    )
    ack = await mention(at(ctx, NOW, memory), "lea", "remind me")
    apply(memory, ack)
    assert memory["meetings"]["subscribers:7"] == ["lea"]
    (answer,) = of(ReplyToPost, ack)
    assert "lea" in answer.raw and "2026-12-03" in answer.raw
    apply(memory, await mention(at(ctx, NOW, memory), "paul", "rappelle-moi"))
    timer = sorted(
        of(
            ScheduleTimer,
            await meetings.on_post_created(
                PostCreated(announcement(f"Visio le 3 décembre 2026 à 18h : {LINK}")), at(ctx, NOW, memory)
            ),
        ),
        key=lambda t: t.at,
    )[-1]
    fired = await meetings.on_reminder(tick(timer, timer.at), at(ctx, timer.at, memory))
    (reminder,) = of(ReplyToPost, fired)
    assert reminder.mentions == ("lea", "paul") and "@lea @paul" in reminder.raw
    assert of(SendPrivateMessage, fired) == []


async def _first_reminder_lea_asked_for(ctx: Ctx) -> tuple[list, dict[str, dict[str, Any]], ScheduleTimer]:
    """A visio announced, lea asks to be reminded, the first reminder fires: its actions, memory, timer."""
    memory = apply(
        {}, await meetings.on_post_created(PostCreated(announcement(f"Visio le 3 décembre 2026 à 18h : {LINK}")), ctx)
    )
    apply(memory, await mention(at(ctx, NOW, memory), "lea", "rappelle-moi"))
    timer = of(
        ScheduleTimer,
        await meetings.on_post_created(
            PostCreated(announcement(f"Visio le 3 décembre 2026 à 18h : {LINK}")), at(ctx, NOW, memory)
        ),
    )[0]
    return await meetings.on_reminder(tick(timer, timer.at), at(ctx, timer.at, memory)), memory, timer


async def test_remind_via_private_message() -> None:
    fired, _, timer = await _first_reminder_lea_asked_for(make_ctx(forum(), now=NOW, meetings={"remind_via": "pm"}))
    (reply,) = of(ReplyToPost, fired)
    (pm,) = of(SendPrivateMessage, fired)
    assert reply.mentions == () and "@lea" not in reply.raw
    assert pm.recipients == ("lea",) and LINK in pm.raw and pm.key == f"{timer.key}:pm"


async def test_in_review_the_reminder_goes_to_the_review_group_and_the_asker_still_gets_hers() -> None:
    ctx = make_ctx(forum(), now=NOW, meetings={"remind_via": "review"}, permissions={"review_group": "equipe"})
    fired, memory, timer = await _first_reminder_lea_asked_for(ctx)
    assert of(ReplyToPost, fired) == []
    review, pm = sorted(of(SendPrivateMessage, fired), key=lambda a: a.recipients)
    assert review.recipients == ("equipe",) and review.mentions == () and "> " in review.raw and LINK in review.raw
    assert review.title.startswith("Rappel proposé")
    assert pm.recipients == ("lea",) and LINK in pm.raw
    again = await meetings.on_reminder(tick(timer, timer.at), at(ctx, timer.at, apply(memory, fired)))
    assert again == []


async def test_remind_me_stop() -> None:
    ctx = make_ctx(now=NOW, memory={"meetings": {"subscribers:7": ["lea", "paul"]}})
    actions = await mention(ctx, "lea", "rappelle-moi stop")
    assert Remember("meetings", "subscribers:7", ["paul"]) in actions


async def test_list_meetings_of_the_topic_and_of_the_forum() -> None:
    ctx = make_ctx(forum(), now=NOW)
    memory = apply(
        {}, await meetings.on_post_created(PostCreated(announcement(f"Visio le 3 décembre 2026 à 18h : {LINK}")), ctx)
    )
    other = make_post(1, "alice", "Atelier compost le 5 décembre 2026 à 14h", topic_id=8, created_at=NOW)
    apply(memory, await meetings.on_post_created(PostCreated(other), at(ctx, NOW, memory)))
    past = make_post(3, "moderateur", "Visio le 3 novembre 2026 à 18h", topic_id=7, created_at=NOW - timedelta(days=40))
    apply(memory, await meetings.on_post_created(PostCreated(past), at(ctx, NOW, memory)))
    assert len([k for k in memory["meetings"] if not k.startswith("subscribers:")]) == 3
    (here,) = await mention(at(ctx, NOW, memory), "lea", "réunions")
    assert '[date=2026-12-03 time=18:00:00 timezone="Europe/Paris"]' in here.raw and LINK in here.raw
    assert "2026-12-05" not in here.raw and "2026-11-03" not in here.raw
    (everywhere,) = await mention(at(ctx, NOW, memory), "lea", "meetings all")
    assert "2026-12-03" in everywhere.raw and "2026-12-05" in everywhere.raw
    (empty,) = await mention(at(ctx, NOW, memory), "lea", "réunions", topic_id=99)
    assert "2026-12" not in empty.raw


async def test_a_private_messages_meeting_is_listed_only_in_that_message() -> None:
    ctx = make_ctx(forum(), now=NOW)
    secret = make_post(
        1,
        "alice",
        f"Visio privée le 4 décembre 2026 à 10h : {LINK}",
        topic_id=9,
        created_at=NOW,
        archetype="private_message",
    )
    memory = apply({}, await meetings.on_post_created(PostCreated(secret), ctx))
    assert len(memory["meetings"]) == 1
    (public,) = await mention(at(ctx, NOW, memory), "lea", "réunions tout", topic_id=7)
    assert "2026-12-04" not in public.raw
    (inside,) = await mention(at(ctx, NOW, memory), "alice", "réunions", topic_id=9)
    assert "2026-12-04" in inside.raw


async def test_staff_registers_a_meeting_by_hand_and_members_cannot() -> None:
    users = [User(1, "moderateur", moderator=True), User(2, "membre", trust_level=1)]
    ctx = make_ctx(now=NOW, users=users)
    actions = await mention(
        ctx, "moderateur", "réunion 2026-12-03 18:00 https://zoom.us/j/9 Atelier compost", staff=True
    )
    (record,) = of(Remember, actions)
    assert (record.value["title"], record.value["link"], record.value["starts_at"]) == (
        "Atelier compost",
        "https://zoom.us/j/9",
        "2026-12-03T17:00:00Z",
    )
    assert len(of(ScheduleTimer, actions)) == 2
    (ok,) = of(ReplyToPost, actions)
    assert "Atelier compost" in ok.raw
    refused = await mention(ctx, "membre", "réunion 2026-12-03 18:00 https://zoom.us/j/9 Atelier compost")
    assert of(Remember, refused) == [] and of(ScheduleTimer, refused) == []
    past = await mention(ctx, "moderateur", "réunion 2025-01-01 18:00 Vieux", staff=True)
    assert of(Remember, past) == [] and len(of(ReplyToPost, past)) == 1
    unreadable = await mention(ctx, "moderateur", "réunion bientôt", staff=True)
    assert of(Remember, unreadable) == [] and "2026-12-03" in of(ReplyToPost, unreadable)[0].raw


async def test_english_forum_reminder_in_english() -> None:
    ctx = make_ctx(forum(), now=NOW, language="en")
    post = make_post(
        1, "alice", f"Community call tomorrow at 6 pm: {LINK}", topic_id=7, created_at=NOW, topic_title="Call"
    )
    actions = await meetings.on_post_created(PostCreated(post), ctx)
    timer = sorted(of(ScheduleTimer, actions), key=lambda t: t.at)[-1]
    (reply,) = of(ReplyToPost, await meetings.on_reminder(tick(timer, timer.at), at(ctx, timer.at, apply({}, actions))))
    assert reply.raw.startswith("⏰ Reminder: **Call** starts") and "in 1 hour" in reply.raw


async def test_preview_plans_reminders_for_a_future_meeting() -> None:
    post = announcement(f"Visio le 3 décembre 2026 à 18h : {LINK}")
    topic = Topic(id=7, title="Visio de suite", posts=(post,))
    result = await meetings.preview(topic, make_ctx([topic], now=NOW))
    assert result == {
        "meetings": [
            {
                "title": "Visio de suite",
                "starts_at": "2026-12-03T17:00:00Z",
                "ends_at": None,
                "timezone": "Europe/Paris",
                "link": LINK,
                "post_number": 1,
                "all_day": False,
                "cancelled": False,
                "reminders": ["2026-12-02T17:00:00Z", "2026-12-03T16:00:00Z"],
                "reminded_in": None,
                "past": False,
                "doubted": False,
            }
        ],
        "set_aside": [],
    }


async def test_preview_says_why_a_date_is_no_meeting_to_come() -> None:
    posts = (
        announcement(f"Visio le 3 décembre 2026 à 18h : {LINK}"),
        make_post(2, "lea", "Le compte-rendu de la visio du 19 novembre 2026 à 18h est accessible ici", topic_id=7),
        make_post(3, "max", "Atelier du 10 : date limite d inscription mercredi 2 décembre à 12h", topic_id=7),
        make_post(4, "zoe", "J'ai envoyé mon dossier le 20 novembre à 9h30.", topic_id=7),
    )
    topic = Topic(id=7, title="Visio de suite", posts=posts)
    result = await meetings.preview(topic, make_ctx([topic], now=NOW))
    assert [m["post_number"] for m in result["meetings"]] == [1]
    assert [(a["post_number"], a["why"]) for a in result["set_aside"]] == [
        (2, "past"),
        (3, "deadline"),
        (4, "no meeting named in the post"),
    ]


async def test_the_readable_preview_says_in_the_forums_words_why_a_date_is_no_meeting() -> None:
    posts = (
        announcement(f"Visio le 3 décembre 2026 à 18h : {LINK}"),
        make_post(2, "lea", "Le compte-rendu de la visio du 19 novembre 2026 à 18h est accessible ici", topic_id=7),
        make_post(3, "max", "Atelier du 10 : date limite d inscription mercredi 2 décembre à 12h", topic_id=7),
        make_post(4, "zoe", "Atelier du 10 : date limite d inscription mercredi 2 décembre", topic_id=7),
    )
    topic = Topic(id=7, title="Visio de suite", posts=posts)
    past, deadline, day = (await meetings.preview(topic, make_ctx([topic], now=NOW)))["set_aside"]
    en, fr = Messages("en"), Messages("fr")
    assert meetings.aside_line(past, en) == "post 2: 2026-11-19 18:00 — already past when written"
    assert meetings.aside_line(deadline, en) == "post 3: 2026-12-02 12:00 — a deadline"
    assert meetings.aside_line(day, en) == "post 4: 2026-12-02 — a reply names a day without an hour"
    assert meetings.aside_line(past, fr) == "message 2 : 2026-11-19 18:00 — déjà passée quand le message a été écrit"
    assert meetings.aside_line(deadline, fr) == "message 3 : 2026-12-02 12:00 — une date limite"
    assert meetings.aside_line(day, fr) == "message 4 : 2026-12-02 — une réponse nomme un jour sans heure"
    unknown = {**past, "why": "a reason of a later version"}
    assert meetings.aside_line(unknown, fr).endswith("— a reason of a later version")


def test_every_reason_a_date_is_set_aside_is_worded_in_both_languages() -> None:
    for language in ("en", "fr"):
        messages = Messages(language)
        missing = [why.name for why in Aside if not messages.has(why.key)]
        assert missing == [], language


async def test_preview_line_says_whether_reminders_can_still_go_out() -> None:
    """Whether a meeting is past is the preview's to say, at the moment it reads the topic: the readable line
    words it and never looks at the clock itself."""
    post = make_post(
        1,
        "lea",
        "Atelier compost en visio mardi 3 mars 2026 à 18h : https://meet.jit.si/compost-atelier",
        topic_id=8,
        created_at=datetime(2026, 2, 20, 9, 0, tzinfo=UTC),
    )
    topic = Topic(id=8, title="Atelier compost", posts=(post,))
    [soon] = (await meetings.preview(topic, make_ctx([topic], now=datetime(2026, 2, 20, 10, 0, tzinfo=UTC))))[
        "meetings"
    ]
    [held] = (await meetings.preview(topic, make_ctx([topic], now=datetime(2026, 3, 5, 10, 0, tzinfo=UTC))))["meetings"]
    assert (soon["past"], held["past"]) == (False, True)
    where = "post 1: 2026-03-03 18:00 Europe/Paris, https://meet.jit.si/compost-atelier"
    en, fr = Messages("en"), Messages("fr")
    assert meetings.meeting_line(held, en) == f"{where} — past: no reminder"
    assert meetings.meeting_line(soon, en) == f"{where} — upcoming: reminders before it"
    assert meetings.meeting_line({**soon, "cancelled": True}, en).endswith("— cancelled: no reminder")
    assert meetings.meeting_line({**held, "link": None, "timezone": None}, en) == (
        "post 1: 2026-03-03 17:00 UTC, no link — past: no reminder"
    )
    assert meetings.meeting_line(held, fr) == (
        "message 1 : 2026-03-03 18:00 Europe/Paris, https://meet.jit.si/compost-atelier — passée : pas de rappel"
    )
    assert meetings.meeting_line(soon, fr).endswith("— à venir : rappels avant la réunion")
    assert meetings.meeting_line({**soon, "cancelled": True}, fr).endswith("— annulée : pas de rappel")
    assert meetings.meeting_line({**held, "link": None, "timezone": None}, fr) == (
        "message 1 : 2026-03-03 17:00 UTC, sans lien — passée : pas de rappel"
    )


REPLY_AT = datetime(2025, 2, 15, 21, 19, tzinfo=UTC)  # 02:49 on the 16th in Kolkata: "tomorrow" is that day
IN_DOUBT = "If this does not help, please join tomorrow's session between 8-10, we take doubts at the end."


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ({"meeting": True, "start": "2025-02-16T20:00", "end": "2025-02-16T22:00"}, ("14:30", "16:30")),
        ({"meeting": True, "start": "2025-02-17T20:00", "end": None}, None),  # not the day the rules read
        ({"meeting": True, "start": "2025-02-16T19:00", "end": None}, None),  # a time the post does not write
        ({"meeting": False, "start": None, "end": None}, None),
        ("500", None),  # the model fails: the rules decide
        ("invalid", None),
    ],
)
async def test_a_date_in_doubt_goes_to_the_model_and_the_rules_decide_when_it_fails(answer, expected) -> None:
    from bot.llm import Llm

    post = make_post(4, "ta", IN_DOUBT, topic_id=9, created_at=REPLY_AT, topic_title="Deployment tools")
    topic = Topic(id=9, title="Deployment tools", posts=(post,))
    assert read_post(post, ZoneInfo("Asia/Kolkata"), order="DMY").meetings == ()  # the rules alone stay silent
    server = scripted_model(answer, {"meeting": False})
    await server.start()
    try:
        ctx = make_ctx(
            [topic],
            now=REPLY_AT,
            language="en",
            timezone="Asia/Kolkata",
            llm={"base_url": server.url, "max_retries": 0},
        )
        llm = Llm.from_settings(ctx.settings)
        assert llm is not None
        simulation = Simulation(Dispatcher([meetings.router]), ctx.settings, ctx.forum, llm=llm)
        await simulation.feed(PostCreated(post), REPLY_AT)
        await llm.close()
    finally:
        await server.stop()
    assert len(server.requests) == 1 and "<post" in server.requests[0]["messages"][-1]["content"]
    records = [v for v in simulation.state.data.get("meetings", {}).values() if "starts_at" in v]
    if expected is None:
        assert records == []
    else:
        [record] = records
        assert (record["starts_at"][11:16], record["ends_at"][11:16]) == expected  # 20:00-22:00 IST in UTC
        assert record["source"] == "model" and llm.tokens_used > 0


FORWARDED = (
    "Je transmets l'annonce reçue du réseau :\n\n"
    "> Bonjour à toutes et à tous,\n"
    f"> La prochaine visio du réseau aura lieu le 3 décembre 2026 à 18h : {LINK}\n"
    "> Bien cordialement"
)


async def test_an_announcement_forwarded_as_a_blockquote_still_announces_its_meeting() -> None:
    """An organiser pasting an e-mail as "> " lines passes the meeting on: it is the post's to remind."""
    ctx = make_ctx(forum(), now=NOW)
    actions = await meetings.on_post_created(PostCreated(announcement(FORWARDED)), ctx)
    (remember,) = of(Remember, actions)
    assert remember.value["starts_at"] == "2026-12-03T17:00:00Z" and remember.value["link"] == LINK
    assert sorted(t.key.rsplit(":", 1)[1] for t in of(ScheduleTimer, actions)) == ["1d", "1h"]


async def test_a_command_cited_in_a_blockquote_is_not_run_the_posts_own_is() -> None:
    ctx = make_ctx(forum(), now=NOW)
    state = MemoryState(apply({}, await meetings.on_post_created(PostCreated(announcement(FORWARDED)), ctx)))
    simulation = Simulation(Dispatcher([meetings.router, help.router]), ctx.settings, ctx.forum, state)

    async def feed(raw: str) -> list:
        post = make_post(next(_numbers), "lea", raw, topic_id=7, created_at=NOW)
        return feature_actions(await simulation.feed(PostCreated(post), NOW))

    assert await feed("> @scribe rappelle-moi\n\nC'est ce que Paul a écrit, mais rien ne s'est passé.") == []
    assert "subscribers:7" not in state.data["meetings"]
    (ack,) = of(ReplyToPost, await feed("> La visio du 3 décembre, c'est bien ça ?\n\n@scribe rappelle-moi"))
    assert state.data["meetings"]["subscribers:7"] == ["lea"] and "2026-12-03" in ack.raw


def test_the_evaluation_pairs_a_posts_meetings_at_their_labelled_starts_first() -> None:
    """A post labelled with three meetings, where scribe found the first and the third: one miss, and
    two right starts, whatever the order of the labels."""
    from handlers.meetings.evaluate import pair
    from handlers.meetings.meeting import Meeting

    tz = "Asia/Kolkata"

    def found(day: int, hour: int) -> Meeting:
        start = datetime(2025, 2, day, hour, tzinfo=ZoneInfo(tz))
        return Meeting("m", "t", start, None, tz, False, None, 1, 1, 1, "ta")

    mine = [found(25, 0), found(28, 20)]
    labels = [
        {"post": 1, "start": "2025-02-25"},
        {"post": 1, "start": "2025-02-26T21:00:00+05:30"},
        {"post": 1, "start": "2025-02-28T20:00:00+05:30"},
    ]
    pairs = pair(mine, labels, tz)
    assert [(w["start"][:10], m.start.day if m else None) for w, m in pairs] == [
        ("2025-02-25", 25),
        ("2025-02-26", None),
        ("2025-02-28", 28),
    ]
    assert [m.start.day for _, m in pair([found(27, 21)], labels[1:], tz) if m] == [27]  # the nearest, off by a day


@pytest.mark.parametrize(
    ("reply", "off"),
    [
        # written on Wednesday 25 November: "jeudi" is tomorrow, the visio announced is the Thursday after
        ("Désolée, je dois annuler la visio de jeudi, on reprogramme bientôt.", True),
        ("La visio de jeudi est annulée, désolé.", True),
        # a date of its own, or the next Thursday announced in the same reply
        ("La visio du 26 novembre est annulée, désolé.", False),
        ("Pas de visio ce jeudi, on se retrouve bien jeudi 3 décembre à 18h.", False),
    ],
)
async def test_an_authors_reply_calling_off_a_bare_weekday_calls_off_the_meeting_on_that_weekday_next(
    reply: str, off: bool
) -> None:
    wednesday = NOW - timedelta(days=1)
    ctx = make_ctx(now=wednesday)
    announced = announcement(f"Visio jeudi 3 décembre 2026 à 18h : {LINK}", created_at=wednesday)
    first = await meetings.on_post_created(PostCreated(announced), ctx)
    memory = apply({}, first)
    later = wednesday + timedelta(hours=1)
    post = make_post(2, "moderateur", reply, topic_id=7, created_at=later, moderator=True)
    actions = await meetings.on_post_created(PostCreated(post), at(ctx, later, memory))
    cancelled = {c.key for c in of(CancelTimer, actions)} >= {t.key for t in of(ScheduleTimer, first)}
    assert cancelled == off


T19 = "2026-12-10T18:00:00Z"
T20 = "2026-12-10T19:00:00Z"
F18 = "2026-12-11T17:00:00Z"


async def _after_a_staff_reply(reply: str) -> dict[str, dict[str, Any]]:
    """The memory once the meeting of Thursday 10 December at 18h is announced, then a moderator replies."""
    ctx = make_ctx(now=NOW)
    announced = announcement(f"Visio jeudi 10 décembre 2026 à 18h : {LINK}")
    memory = apply({}, await meetings.on_post_created(PostCreated(announced), ctx))
    moved = make_post(2, "moderateur", reply, topic_id=7, created_at=NOW, moderator=True)
    return apply(memory, await meetings.on_post_created(PostCreated(moved), at(ctx, NOW, memory)))


@pytest.mark.parametrize(
    ("reply", "old_off"),
    [
        # the move says where it goes, not the day it leaves: the one meeting on record is the one moved
        ("La visio est reportée au vendredi 11 décembre à 18h, même lien.", True),
        ("Nouvelle date pour la visio : vendredi 11 décembre à 18h.", True),
        ("Change of plan: the session is moved to Friday 11 December at 6 PM.", True),
        ("Noted, the session will now be held on Friday 11 December at 6 PM.", True),
        ("The session is now on Friday 11 December at 6 PM, same link.", True),
        ("As requested, the session has been shifted to Friday 11 December at 6 PM.", True),
        # opening on an acknowledgement of what a member said
        ("Good catch — moving it to **Friday 11 December, same time (6 PM)**.", True),
        ("Pas de souci, on décale à **vendredi 11 décembre, même heure** !", True),
        ("Good point — moving it to **Friday 11 December, same time (6 PM)**, same link.", True),
        (
            "Heads up: we must push this by a day (presenters at a conference) → **Friday 11 December, same time**.",
            True,
        ),
        # a change of plan told in other words than a move's: the meeting given replaces the one on record
        ("Zut. Bon, re-report : **vendredi 11 décembre à 18h**. Dernier changement promis 🙏", True),
        (
            "Vu le nombre d'absents, on annule celle-ci. **Prochaine visio vendredi 11 décembre à 18h**, même lien.",
            True,
        ),
        ("Final answer: **Friday 11 December, 6 PM**. Invite updated, same link.", True),
        ("The speakers can't do Thursday after all. New date: **Friday 11 December, same time (6 PM)**.", True),
        (
            "Suite au CA d'hier, la visio du 10 décembre est annulée. Elle est reconvoquée le **vendredi 11 décembre à "
            "18h**, même lien.",
            True,
        ),
        # a meeting added beside it
        ("Et une deuxième visio vendredi 11 décembre à 18h pour ceux qui ne peuvent pas jeudi !", False),
        ("There will also be a revision session on Friday 11 December at 6 PM, now open to all.", False),
        ("Registrations are now at forty, so a second session is on Friday 11 December at 6 PM.", False),
    ],
)
async def test_an_authors_reply_moving_the_meeting_without_naming_its_day_moves_the_one_on_record(
    reply: str, old_off: bool
) -> None:
    memory = await _after_a_staff_reply(reply)
    records = sorted(memory["meetings"].values(), key=lambda r: r["post_number"])
    assert [(r["post_number"], r["starts_at"], r["cancelled"]) for r in records] == [
        (1, "2026-12-10T17:00:00Z", old_off),
        (2, "2026-12-11T17:00:00Z", False),
    ]


@pytest.mark.parametrize(
    ("reply", "after"),
    [
        # moved the same day: the new start only, under the meeting's title and with its link
        ("The session on 10 December is pushed back to 8 PM.", [(1, "2026-12-10T17:00:00Z", True), (2, T20, False)]),
        ("Visio repoussée d'une heure : 19h.", [(1, "2026-12-10T17:00:00Z", True), (2, T19, False)]),
        (
            "The committee grabbed our 6 PM slot, so the visio moves to 8 PM, same day (10 December).",
            [(1, "2026-12-10T17:00:00Z", True), (2, T20, False)],
        ),
        ("Moving it to 8–9 PM, same day.", [(1, "2026-12-10T17:00:00Z", True), (2, T20, False)]),
        # moved to a day alone: that day, at the hour it had
        ("La visio est décalée au vendredi 11 décembre.", [(1, "2026-12-10T17:00:00Z", True), (2, F18, False)]),
        (
            "Oops, my mistake: it is Friday 11 December, same time.",
            [(1, "2026-12-10T17:00:00Z", True), (2, F18, False)],
        ),
        # another one added beside it
        ("A second session on Friday 11 December for those who cannot make it.", [(1, "2026-12-10T17:00:00Z", False)]),
        ("The slides are now at the usual address, see you at 6 PM.", [(1, "2026-12-10T17:00:00Z", False)]),
        # another gathering moved: the hackathon is no visio; an "atelier" moved to an hour alone may be the visio,
        # whose reminder is then left out, but it is not moved to that hour
        ("The hackathon is moved to Friday 11 December.", [(1, "2026-12-10T17:00:00Z", False)]),
        ("L'atelier compost est décalé à 19h.", [(1, "2026-12-10T17:00:00Z", True)]),
    ],
)
async def test_a_staff_reply_moving_the_meeting_leaves_reminders_for_its_new_start_only(
    reply: str, after: list[tuple[int, str, bool]]
) -> None:
    memory = await _after_a_staff_reply(reply)
    records = sorted(memory["meetings"].values(), key=lambda r: (r["post_number"], r["starts_at"]))
    assert [(r["post_number"], r["starts_at"], r["cancelled"]) for r in records if not r["all_day"]] == after
    assert all(r["link"] == LINK and r["title"] == "Visio de suite" for r in records if not r["all_day"])


@pytest.mark.parametrize(("replier", "moved"), [("julie", True), ("karim", False)])
async def test_a_members_own_meeting_is_moved_by_her_reply_held_back_by_another_members(
    replier: str, moved: bool
) -> None:
    ctx = make_ctx(now=NOW)
    raw = f"Prochaine visio du réseau jeudi 10 décembre 2026 à 18h30 : {LINK}"
    announced = make_post(1, "julie", raw, topic_id=7, created_at=NOW, topic_title="Visio du réseau")
    memory = apply({}, await meetings.on_post_created(PostCreated(announced), ctx))
    later = datetime(2026, 12, 9, 10, 0, tzinfo=UTC)  # the day before
    reply = make_post(2, replier, "On décale à vendredi, même heure, même lien.", topic_id=7, created_at=later)
    apply(memory, await meetings.on_post_created(PostCreated(reply), at(ctx, later, memory)))
    standing = sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"])
    assert standing == (["2026-12-11T17:30:00Z"] if moved else [])  # another member's word: its day is unsure


@pytest.mark.parametrize(
    ("reply", "standing"),
    [
        # a new hour, in the zone written or the meeting's, the half of the day nearest its own when unsaid
        ("La visio passe à 20h.", ["2026-12-10T19:00:00Z"]),
        ("Moving this to 16:00 UTC, for those further east.", ["2026-12-10T16:00:00Z"]),
        ("We'll start at 6:15, a room change.", ["2026-12-10T17:15:00Z"]),
        ("Time is being changed to 7 PM.", ["2026-12-10T18:00:00Z"]),
        ("Sure, pushed to 8 PM, same day.", ["2026-12-10T19:00:00Z"]),
        ("Effectivement on a dû décaler : on commence à **18h30**, fin 20h30.", ["2026-12-10T17:30:00Z"]),
        ("Petite précision : c'est 18h heure de Londres, donc 19h chez nous.", ["2026-12-10T18:00:00Z"]),
        ("Sorry, that's 6 PM London time, not Paris.", ["2026-12-10T18:00:00Z"]),
        ("Small change: we're pushing it one hour, so **19h-20h**. Same link.", ["2026-12-10T18:00:00Z"]),
        ("Noted. Session shifted from 6 PM to **8:30 PM**, same day.", ["2026-12-10T19:30:00Z"]),
        ("Session shifted from 6 PM to 8:30 PM, same day.", ["2026-12-10T19:30:00Z"]),
        # whole days later, the hour kept
        ("The session is postponed to next week, same time.", ["2026-12-17T17:00:00Z"]),
        ("Visio décalée d'un jour.", ["2026-12-11T17:00:00Z"]),
        # a day named with its move, the day left beside it
        ("Report de la visio au vendredi 11 décembre. Même lien, même heure.", ["2026-12-11T17:00:00Z"]),
        # not moved: said of an exam, a next week only hoped for, a move of the release
        ("Exam will start at 1pm.", ["2026-12-10T17:00:00Z"]),
        ("Cancelled, sorry. See you next week!", []),
        ("The quiz is postponed to next week; see you at the session as usual.", ["2026-12-10T17:00:00Z"]),
        ("Le marché de Noël est déplacé à 20h.", ["2026-12-10T17:00:00Z"]),
        ("The release is moved to Friday 11 December.", ["2026-12-10T17:00:00Z"]),
        # new hours said otherwise
        ("The session is now from 7 PM to 8:30 PM.", ["2026-12-10T18:00:00Z"]),
        ("Erratum : la visio commence à 18h30 et non 18h.", ["2026-12-10T17:30:00Z"]),
        ("La visio est décalée. Elle aura lieu à 19h.", ["2026-12-10T18:00:00Z"]),
        ("The release is postponed to next week, but the session is happening as planned.", ["2026-12-10T17:00:00Z"]),
    ],
)
async def test_a_staff_reply_naming_no_day_moves_the_meeting_by_what_it_says(reply: str, standing: list[str]) -> None:
    memory = await _after_a_staff_reply(reply)
    assert sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"]) == standing


async def test_everything_called_off_is_every_meeting_of_the_topic_and_a_clause_calls_off_its_own() -> None:
    ctx = make_ctx(now=NOW)
    raw = f"Comité de pilotage mercredi 9 décembre 2026 à 19h et AG samedi 12 décembre 2026 à 10h : {LINK}"
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(raw)), ctx))
    for reply, standing in (
        ("Le comité de mercredi est annulé, l'AG est maintenue.", ["2026-12-12T09:00:00Z"]),
        ("Tout est annulé, on refait un point en janvier.", []),
        (
            "L'AG est repoussée au samedi 19 décembre. Horaire inchangé : 10h.",
            ["2026-12-09T18:00:00Z", "2026-12-19T09:00:00Z"],
        ),
    ):
        post = make_post(2, "moderateur", reply, topic_id=7, created_at=NOW, moderator=True)
        after = apply(deepcopy(memory), await meetings.on_post_created(PostCreated(post), at(ctx, NOW, memory)))
        assert sorted(r["starts_at"] for r in after["meetings"].values() if not r["cancelled"]) == standing, reply


@pytest.mark.parametrize(
    ("reply", "standing"),
    [
        # the one named, by its name or its day
        ("Kindly note that the TA session stands cancelled.", ["2026-12-09T13:00:00Z"]),
        ("L'atelier couture est décalé à 16h.", ["2026-12-09T15:00:00Z", "2026-12-11T13:00:00Z"]),
        ("Vendredi 11, l'atelier commencera à 15h.", ["2026-12-09T13:00:00Z", "2026-12-11T14:00:00Z"]),
        ("The live session is postponed by 2 hours, i.e. 4 PM.", ["2026-12-09T15:00:00Z", "2026-12-11T13:00:00Z"]),
        # a length and an hour that do not agree (2 PM + 30 mins is no 4 PM): which is meant is a guess
        ("The live session is postponed by 30 mins, i.e. 4 PM.", ["2026-12-11T13:00:00Z"]),
        # named by neither, none of them today: which one is a guess, none is reminded
        ("Cancelled, sorry.", []),
        ("Bad news: I have to drop **Part 2**, I'm away that week.", []),
        # called off beside another said to stand: the one its own clause names, by the words the other lacks
        ("La live session est annulée (salle indisponible), la TA session est maintenue.", ["2026-12-11T13:00:00Z"]),
        ("L'atelier réparation est annulé, l'atelier couture a bien lieu.", ["2026-12-09T13:00:00Z"]),
        ("All the sessions of this week are cancelled, institute holiday.", []),
        # a new hour for the one named: after a slip owned up to, after "now", by a pronoun for the sentence before
        (
            "Correction : l'atelier réparation commence à 14h30 et non 14h.",
            ["2026-12-09T13:00:00Z", "2026-12-11T13:30:00Z"],
        ),
        ("The TA session is now 4-5 PM, we need an extra hour.", ["2026-12-09T13:00:00Z", "2026-12-11T15:00:00Z"]),
        (
            "Small change for the live session. It will now start at 3 PM.",
            ["2026-12-09T14:00:00Z", "2026-12-11T13:00:00Z"],
        ),
        (
            "The live session on 9 December is moving. New time: 4 PM.",
            ["2026-12-09T15:00:00Z", "2026-12-11T13:00:00Z"],
        ),
    ],
)
async def test_a_reply_calls_off_or_moves_the_meeting_it_names_of_several(reply: str, standing: list[str]) -> None:
    ctx = make_ctx(now=NOW)
    raw = (
        "Cette semaine : atelier couture et live session mercredi 9 décembre 2026 à 14h, "
        "puis atelier réparation et TA session vendredi 11 décembre 2026 à 14h. Lien : " + LINK
    )
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(raw)), ctx))
    post = make_post(2, "moderateur", reply, topic_id=7, created_at=NOW, moderator=True)
    apply(memory, await meetings.on_post_created(PostCreated(post), at(ctx, NOW, memory)))
    assert sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"]) == standing


@pytest.mark.parametrize(
    ("reply", "standing"),
    [
        ("The second one is cancelled.", ["2026-12-09T13:00:00Z"]),
        ("The second one moves to 4 PM.", ["2026-12-09T13:00:00Z", "2026-12-11T15:00:00Z"]),
        # one of them by a pronoun, which one unsaid: none is reminded, nor the day a move names
        ("The evening one is cancelled.", []),
        ("Sorry, the 2 PM one is off this week.", []),
        ("Hélas, celle de l'après-midi est annulée.", []),
        ("The evening one moves to 4 PM.", []),
        ("The 2 PM one is moving to 3 - 4 PM.", []),
        ("The last one is postponed to Monday, same time.", []),
        ("Moving it to 4 PM, sorry.", []),
        ("Change of plans: 4 PM instead.", []),
        # nothing of the meetings moves
        ("The quiz moves to 4 PM.", ["2026-12-09T13:00:00Z", "2026-12-11T13:00:00Z"]),
        ("Thanks, see you at 2 PM!", ["2026-12-09T13:00:00Z", "2026-12-11T13:00:00Z"]),
        (
            "Reminder: the session starts at 2 PM sharp, please be on time.",
            ["2026-12-09T13:00:00Z", "2026-12-11T13:00:00Z"],
        ),
    ],
)
async def test_a_reply_calling_off_or_moving_one_of_several_by_a_pronoun_changes_that_one_or_holds_all_back(
    reply: str, standing: list[str]
) -> None:
    ctx = make_ctx(now=NOW)
    raw = f"Atelier mercredi 9 décembre 2026 à 14h et vendredi 11 décembre 2026 à 14h. Lien : {LINK}"
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(raw)), ctx))
    post = make_post(2, "moderateur", reply, topic_id=7, created_at=NOW, moderator=True)
    apply(memory, await meetings.on_post_created(PostCreated(post), at(ctx, NOW, memory)))
    assert sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"]) == standing


async def test_a_reply_naming_the_day_a_meeting_is_on_gives_it_a_new_hour_that_day() -> None:
    ctx = make_ctx(now=NOW)
    raw = "Live session on Wednesday 9 December 2026 at 2 PM and TA session on Friday 11 December 2026 at 2 PM."
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(raw)), ctx))
    monday = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    reply = "Sessions on Wednesday are moving. The new time is on the calendar: 4 PM."
    post = make_post(2, "moderateur", reply, topic_id=7, created_at=monday, moderator=True)
    apply(memory, await meetings.on_post_created(PostCreated(post), at(ctx, monday, memory)))
    standing = sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"])
    assert standing == ["2026-12-09T15:00:00Z", "2026-12-11T13:00:00Z"]


@pytest.mark.parametrize(
    ("reply", "standing"),
    [
        ("annulé dsl 😕", []),
        ("We had to push the launch, so the sessions are off.", []),
        ("Calling this one off, the host is ill.", []),
        ("We'll skip this one, most people are away.", []),
        ("Postponed until further notice — we're waiting for the new room.", []),
        ("Not doing the visio anymore, sorry.", []),
        ("Small correction: the visio is at 19h, not 18h.", ["2026-12-10T18:00:00Z"]),
        ("Correction: the quiz is at 19h, not 18h.", ["2026-12-10T17:00:00Z"]),
        ("Moving this to Friday 11 December, same time.", ["2026-12-11T17:00:00Z"]),
        ("Pushing this back one week, same time.", ["2026-12-17T17:00:00Z"]),
        ("Move it to the plugins folder and restart before the visio.", ["2026-12-10T17:00:00Z"]),
        ("Cancelling this one guys, family function. Will post again next week.", []),
        ("This session is cancelled; feel free to plan another one after 12 December.", []),
        ("The quiz moved, but the visio happens as planned on Thursday.", ["2026-12-10T17:00:00Z"]),
    ],
)
async def test_a_reply_calls_off_or_moves_the_meeting_in_a_members_own_words(reply: str, standing: list[str]) -> None:
    memory = await _after_a_staff_reply(reply)
    assert sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"]) == standing


@pytest.mark.parametrize(
    ("reply", "standing"),
    [
        ("Le vendredi est annulé, désolé.", ["2026-12-09T13:00:00Z"]),
        ("- mercredi : annulé\n- vendredi : ok", ["2026-12-11T13:00:00Z"]),
    ],
)
async def test_a_day_called_off_alone_is_that_days_meeting(reply: str, standing: list[str]) -> None:
    ctx = make_ctx(now=NOW)
    raw = "Atelier couture mercredi 9 décembre 2026 à 14h, atelier réparation vendredi 11 décembre 2026 à 14h. " + LINK
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(raw)), ctx))
    monday = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    post = make_post(2, "moderateur", reply, topic_id=7, created_at=monday, moderator=True)
    apply(memory, await meetings.on_post_created(PostCreated(post), at(ctx, monday, memory)))
    assert sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"]) == standing


async def _after_a_reply(announced: str, reply: str, when: datetime, **author: Any) -> dict[str, dict[str, Any]]:
    """The memory once `announced` is posted (now), then `reply` at `when` by a moderator unless `author` says who."""
    ctx = make_ctx(now=NOW)
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(f"{announced} : {LINK}")), ctx))
    by = {"username": "moderateur", "moderator": True} | author
    post = make_post(2, by.pop("username"), reply, topic_id=7, created_at=when, **by)
    return apply(memory, await meetings.on_post_created(PostCreated(post), at(ctx, when, memory)))


async def test_a_members_word_that_the_meeting_moved_to_a_day_is_no_meeting_and_leaves_its_day_unsure() -> None:
    reply = "La visio est reportée à vendredi, c'est Anne qui me l'a dit"
    memory = await _after_a_reply("Visio jeudi 10 décembre 2026 à 18h", reply, NOW, username="paul", moderator=False)
    assert [(r["starts_at"], r["cancelled"], r.get("doubted")) for r in memory["meetings"].values()] == [
        ("2026-12-10T17:00:00Z", True, True)
    ]


@pytest.mark.parametrize(
    ("announced", "reply", "when", "standing"),
    [
        (
            "Apéro jeudi 10 décembre 2026 à 19h",
            "Petit changement pour ce soir : on commence à 20h au lieu de 19h 🍻",
            datetime(2026, 12, 10, 11, 0, tzinfo=UTC),
            "2026-12-10T19:00:00Z",
        ),
        (
            "Visio jeudi 10 décembre 2026 à 18h",
            "Demain on commence à 19h au lieu de 18h !",
            datetime(2026, 12, 9, 17, 0, tzinfo=UTC),
            "2026-12-10T18:00:00Z",
        ),
    ],
)
async def test_a_reply_of_the_day_or_the_eve_gives_the_meeting_its_new_hour(
    announced: str, reply: str, when: datetime, standing: str
) -> None:
    memory = await _after_a_reply(announced, reply, when)
    assert [r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"]] == [standing]


@pytest.mark.parametrize(
    "reply",
    [
        "La formation est annulée, la visio est maintenue.",
        "The workshop is cancelled (no room), the call goes ahead.",
    ],
)
async def test_a_gathering_called_off_beside_the_meeting_said_to_stand_is_another_one(reply: str) -> None:
    memory = await _after_a_staff_reply(reply)
    assert [r["cancelled"] for r in memory["meetings"].values()] == [False]


def test_the_day_another_thing_moves_to_is_no_meeting_of_the_reply() -> None:
    raw = "La livraison de bois est repoussée au dimanche 13 décembre, l'atelier reste samedi 12 à 14h."
    post = make_post(2, "moderateur", raw, topic_id=7, created_at=NOW, moderator=True, topic_title="Atelier")
    reading = read_post(post, ZoneInfo("Europe/Paris"), order="DMY")
    assert [utc_iso(m.start) for m in reading.meetings] == ["2026-12-12T13:00:00Z"]
    assert [(at.date().isoformat(), why) for at, why in reading.set_aside] == [("2026-12-13", Aside.OTHER_THING)]


async def test_a_call_off_naming_the_next_one_at_the_same_time_moves_it_there() -> None:
    reply = "Cancelling this week's call. We'll meet again on Thursday 17 December, same time."
    memory = await _after_a_staff_reply(reply)
    standing = [r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"]]
    assert standing == ["2026-12-17T17:00:00Z"]


async def test_another_thing_moved_beside_the_meeting_leaves_the_meeting_standing() -> None:
    memory = await _after_a_staff_reply("Le marché de Noël est déplacé au samedi 12 décembre, la visio ne change pas.")
    [visio] = [r for r in memory["meetings"].values() if r["post_number"] == 1]
    assert not visio["cancelled"]


@pytest.mark.parametrize(
    ("raw", "start"),
    [
        ("Weekly sync on Thursday 10 December 2026 at 16:00 UTC, agenda below.", "2026-12-10T16:00:00Z"),
        ("Study group for the quiz prep on Saturday 12 December 2026 at 9 PM on gmeet.", "2026-12-12T20:00:00Z"),
        ("Special lecture on Friday 11 December 2026 at 6 PM, attendance optional.", "2026-12-11T17:00:00Z"),
        ("Sprint day on Saturday 12 December 2026, maintainers around all day.", "2026-12-11T23:00:00Z"),
        ("Portes ouvertes samedi 12 décembre 2026 de 14h à 18h, visite des locaux.", "2026-12-12T13:00:00Z"),
        ("Ciné-débat vendredi 11 décembre 2026 à 20h30, prix libre.", "2026-12-11T19:30:00Z"),
        ('Prochain chantier participatif : [date=2026-12-12 timezone="Europe/Paris"], on refait la cour.', None),
    ],
)
def test_gatherings_named_otherwise_are_meetings(raw: str, start: str | None) -> None:
    post = make_post(1, "anna", raw, topic_id=7, created_at=NOW, topic_title="Annonce")
    [meeting] = read_post(post, ZoneInfo("Europe/Paris"), order="DMY").meetings
    assert utc_iso(meeting.start) == (start or "2026-12-11T23:00:00Z")


def test_a_day_named_away_from_a_series_does_not_take_its_hour() -> None:
    raw = (
        "Community call every Tuesday at 10 AM, Zoom link below.\n\n"
        "Unrelated: the Boston workshop is on Tuesday 15 December 2026, sign-up on its page."
    )
    post = make_post(1, "kofi", raw, topic_id=7, created_at=NOW, moderator=True, topic_title="Community call")
    reading = read_post(post, ZoneInfo("America/New_York"), order="MDY")
    assert all(m.all_day for m in reading.meetings if m.start.date().isoformat() == "2026-12-15")


def test_a_log_under_a_dated_line_lists_no_sessions() -> None:
    raw = "Crash after the session on 6 March 2026:\n\n07:49:25 loading scene\n07:50:02 segmentation fault"
    post = make_post(2, "anna", raw, topic_id=7, created_at=NOW, topic_title="Crash")
    reading = read_post(post, ZoneInfo("Europe/Paris"), order="DMY", explain=True)
    assert reading.meetings == () and len(reading.set_aside) == 1


@pytest.mark.parametrize(
    ("raw", "starts"),
    [
        (
            "Two revision sessions before the end term exam:\n\n"
            "Thursday, 10th December – 6:00 PM IST\nSaturday, 12th December – 11:00 AM IST",
            ["2026-12-10T12:30:00Z", "2026-12-12T05:30:00Z"],
        ),
        ("The walkthrough of Mock Test 2 will be on Tuesday, 8th December at 9 PM IST.", ["2026-12-08T15:30:00Z"]),
        ("Planning a group study for the DBMS quiz on Friday 11th December at 9 PM IST.", ["2026-12-11T15:30:00Z"]),
        ("An OPPE practice session will be held on Saturday, 12th December at 3 PM IST.", ["2026-12-12T09:30:00Z"]),
        ("The OPPE exam session is on Saturday, 12th December at 3 PM IST.", []),
    ],
)
def test_sessions_beside_an_exam_are_meetings_its_sittings_are_not(raw: str, starts: list[str]) -> None:
    post = make_post(1, "ta", raw, topic_id=7, created_at=NOW, moderator=True, topic_title="Sessions")
    meetings = read_post(post, ZoneInfo("Asia/Kolkata"), order="DMY").meetings
    assert [utc_iso(m.start) for m in meetings] == starts


def test_the_days_of_a_poll_choosing_a_slot_are_offered_not_announced() -> None:
    raw = (
        "On organise une visio de rattrapage, votez pour le créneau :\n\n[poll type=regular]\n"
        "* mardi 8 décembre 2026 18h\n* jeudi 10 décembre 2026 18h30\n[/poll]\n\nJe clos le sondage dimanche."
    )
    post = make_post(1, "moderateur", raw, topic_id=7, created_at=NOW, moderator=True, topic_title="Visio")
    reading = read_post(post, ZoneInfo("Europe/Paris"), order="DMY", explain=True)
    assert reading.meetings == ()
    assert sum(why is Aside.ALTERNATIVE for _, why in reading.set_aside) == 2
    served = Poll(
        "poll", "regular", "open", 0, (PollOption("a", "Tue 8 Dec, 7 PM", 0), PollOption("b", "Thu 10 Dec, 7 PM", 0))
    )
    cooked = (
        '<p>Extra doubt session, vote for a slot:</p><div class="poll"><div class="poll-container"><ul>'
        '<li data-poll-option-id="a">Tue 8 Dec, 7 PM</li><li data-poll-option-id="b">Thu 10 Dec, 7 PM</li>'
        "</ul></div></div>"
    )
    post = make_post(1, "ta", "", topic_id=7, created_at=NOW, moderator=True, cooked=cooked, polls=(served,))
    assert read_post(post, ZoneInfo("Asia/Kolkata"), order="DMY").meetings == ()


def test_a_release_party_and_a_bug_bash_are_gatherings_not_a_release_date_or_a_bug() -> None:
    raw = "Release week:\n* Bug bash: Wed 9 Dec 2026, 15:00 ET\n* Release party: Fri 11 Dec 2026, 19:00 ET"
    post = make_post(1, "kofi", raw, topic_id=7, created_at=NOW, moderator=True, topic_title="Release week")
    reading = read_post(post, ZoneInfo("America/New_York"), order="MDY")
    assert [utc_iso(m.start) for m in reading.meetings] == ["2026-12-09T20:00:00Z", "2026-12-12T00:00:00Z"]


async def test_the_announcement_edited_after_a_reply_called_its_meeting_off_stays_called_off() -> None:
    ctx = make_ctx(now=NOW)
    raw = f"Visio jeudi 10 décembre 2026 à 18h : {LINK}"
    memory = await _after_a_staff_reply("Annulée, désolé.")
    edited = announcement(raw + "\nOrdre du jour à venir.", version=2)
    actions = await meetings.on_post_edited(PostEdited(edited), at(ctx, NOW, memory))
    assert of(ScheduleTimer, actions) == []
    assert [r["cancelled"] for r in apply(memory, actions)["meetings"].values()] == [True]


@pytest.mark.parametrize(
    ("reply", "old_off"),
    [
        # a new time given, no day named: the one meeting on record no longer starts when it said
        ("Noted. The session timing is changed to 7 PM.", True),
        ("Update: the session will now start at 7 PM.", True),
        ("Nouvel horaire pour la visio : 19h, même lien.", True),
        # the hour it already has, said in words of a move: it stands
        ("To be clear, the session will start at 6 PM CET as planned.", False),
        ("Pour lever le doute : la visio passe bien à 18h, heure de Paris.", False),
        # asked, refused, or the time of something else
        ("Can the session timing be changed to 7 PM?", False),
        ("Sorry, the timing cannot be changed to 7 PM.", False),
        ("The slides will be shared at 7 PM.", False),
    ],
)
async def test_a_staff_reply_giving_a_new_time_without_a_day_moves_the_one_meeting_on_record_to_it(
    reply: str, old_off: bool
) -> None:
    memory = await _after_a_staff_reply(reply)
    records = sorted(memory["meetings"].values(), key=lambda r: r["post_number"])
    moved = [(2, "2026-12-10T18:00:00Z", False, LINK, "Visio de suite")] if old_off else []
    assert [(r["post_number"], r["starts_at"], r["cancelled"], r["link"], r["title"]) for r in records] == [
        (1, "2026-12-10T17:00:00Z", old_off, LINK, "Visio de suite"),
        *moved,
    ]


@pytest.mark.parametrize(
    ("reply", "old_off"),
    [
        # the day of the meeting on record, at a new hour replacing its own: the old start no longer stands
        ("Sorry everyone, the session on 10 December will start at 6:30 PM instead of 6 PM.", True),
        ("The session on 10 December will now start at 6:30 PM.", True),
        # the same start said again
        ("Reminder: the session on 10 December will start at 6 PM.", False),
        ("The session on 10 December will now start at 6 PM, as announced.", False),
    ],
)
async def test_a_staff_reply_retiming_the_day_of_the_meeting_on_record_calls_its_old_start_off(
    reply: str, old_off: bool
) -> None:
    memory = await _after_a_staff_reply(reply)
    first = [r for r in memory["meetings"].values() if r["post_number"] == 1]
    assert [r["cancelled"] for r in first] == [old_off]


def _links_read(cooked: str) -> list[tuple[int, str | None]]:
    """(day, link) of each meeting an organiser's post written on 26 November announces, in New York."""
    written = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    post = make_post(1, "organizer", "", topic_id=7, created_at=written, cooked=cooked, topic_title="Announcements")
    return [(m.start.day, m.link) for m in read_post(post, ZoneInfo("America/New_York"), order="MDY").meetings]


def test_a_call_link_beside_its_tracking_redirect_is_the_plain_one() -> None:
    """ "Google Meet Link: Join Here ( https://meet.google.com/… )": the anchor is a mailing's click tracker."""
    cooked = (
        "<p>Live session on Friday, November 27 at 9:00 PM EST. Google Meet Link: "
        '<a href="http://url237.mail.example.org/ls/click?upn=u001.abc">Join Here</a> '
        '( <a href="https://meet.google.com/jdr-pquo-vza">https://meet.google.com/jdr-pquo-vza</a> )</p>'
    )
    assert _links_read(cooked) == [(27, "https://meet.google.com/jdr-pquo-vza")]


def test_a_link_given_after_another_meetings_date_is_not_an_earlier_ones() -> None:
    """Updates, newest first: the call link of the update about Saturday's session is not the link of Friday's
    session, told of in an older update below it. A link above every date of the post is every meeting's."""
    cooked = (
        "<p>Update 2: special session on Saturday, November 28 at 8 PM EST. "
        '<a href="https://meet.google.com/nnq-sxqh-ryw">Join the call</a></p>'
        "<p>Update 1: live session with the solutions on Friday, November 27 at 9 PM EST.</p>"
    )
    assert sorted(_links_read(cooked)) == [
        (27, None),
        (28, "https://meet.google.com/nnq-sxqh-ryw"),
    ]
    every = (
        '<p>Join us on <a href="https://meet.google.com/nnq-sxqh-ryw">the call</a>. Sessions on Friday, November 27 '
        "at 9 PM EST and Saturday, November 28 at 8 PM EST.</p>"
    )
    assert [link for _, link in _links_read(every)] == ["https://meet.google.com/nnq-sxqh-ryw"] * 2


def test_a_weeks_event_takes_no_sessions_call_link() -> None:
    """ "Project Week will be held Dec 14-18": the Zoom link "the same for all preparation meetings" is theirs. Told
    of beside the preparation call's date and hour, the week is that call's setting, no meeting of the post; beside
    calls with no date, it is the post's meeting, and the calls' link is still not its own."""
    call = (
        "<p>Our next preparation meeting is tomorrow, Friday November 27, at 10 AM EST. You can join using the "
        'following link, the same for all preparation meetings: <a href="https://example.zoom.us/j/862">Zoom</a></p>'
    )
    week = "<p>Project Week will be held Dec 14-18, 2026 on the internet.</p>"
    assert sorted(_links_read(call + week)) == [(27, "https://example.zoom.us/j/862")]
    assert sorted(_links_read(week + call.replace("tomorrow, Friday November 27, at 10 AM EST", "on Fridays"))) == [
        (14, None)
    ]


@pytest.mark.parametrize(
    ("announced", "reply", "standing"),
    [
        (
            "Chantier participatif samedi 12 et dimanche 13 décembre 2026, de 9h à 17h",
            "Météo catastrophique annoncée, le chantier est annulé, désolée.",
            [],
        ),
        (
            "Hackathon on Friday 11, Saturday 12 and Sunday 13 December 2026, 10 AM to 6 PM",
            "Sorry all, the hackathon is cancelled.",
            [],
        ),
        (
            "Permanence lundi 7, mardi 8, mercredi 9, jeudi 10 et vendredi 11 décembre 2026 à 14h",
            "La permanence est annulée.",
            [f"2026-12-{d:02d}T13:00:00Z" for d in (8, 9, 10, 11)],
        ),
        (
            "Atelier samedi 12 décembre 2026 à 10h et samedi 19 décembre 2026 à 10h",
            "L'atelier est annulé.",
            ["2026-12-19T09:00:00Z"],
        ),
    ],
)
async def test_a_call_off_naming_no_day_calls_off_a_weekend_event_whole_not_a_weeks_sessions(
    announced: str, reply: str, standing: list[str]
) -> None:
    memory = await _after_a_reply(announced, reply, datetime(2026, 12, 6, 9, 0, tzinfo=UTC))
    assert sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"]) == standing


@pytest.mark.parametrize(
    ("question", "held"),
    [
        # a member asking which of two days: the day read is one the thread is unsure of
        ("Jeudi 10 ou jeudi 17 ?", True),
        ("wait, this Thursday (the 10th) or the week after (17th)?", True),
        ("c'est le 10 ou le 17 ?", True),
        ("Sir tomorrow means Thursday 10 or Friday 11?", True),
        # one day asked about, another meeting's day chosen, or no question: the meeting stands
        ("Is it still on Thursday 10?", False),
        ("Should the next one be on Thursday 17 or Friday 18?", False),
        ("Jeudi 10 ou vendredi 11, peu importe, je serai là.", False),
    ],
)
async def test_a_members_question_on_which_day_holds_the_reminders_back(question: str, held: bool) -> None:
    """ "Visio jeudi prochain à 18h", then "jeudi 10 ou jeudi 17 ?" with no answer: a reminder on either day could be
    the wrong one, so none; the preview says why."""
    ctx = make_ctx(now=NOW)
    memory = apply(
        {},
        await meetings.on_post_created(PostCreated(announcement(f"Visio jeudi 10 décembre 2026 à 18h : {LINK}")), ctx),
    )
    asked = make_post(2, "lea", question, topic_id=7, created_at=NOW + timedelta(hours=1))
    actions = await meetings.on_post_created(PostCreated(asked), at(ctx, NOW + timedelta(hours=1), memory))
    (record,) = apply(memory, actions)["meetings"].values()
    assert (bool(of(CancelTimer, actions)), record.get("doubted", False), record["cancelled"]) == (held, held, held)
    topic = Topic(
        id=7, title="Visio de suite", posts=(announcement(f"Visio jeudi 10 décembre 2026 à 18h : {LINK}"), asked)
    )
    (item,) = (await meetings.preview(topic, make_ctx([topic], now=NOW + timedelta(hours=2))))["meetings"]
    assert meetings.meeting_line(item, Messages("en")).endswith(
        "in doubt: its day was questioned in the thread (a member asked which day, its announcer said it may move, or "
        "a reply changed one of several meetings without saying which), no reminder until the announcer gives the "
        "day again"
        if held
        else "upcoming: reminders before it"
    )


@pytest.mark.parametrize(
    ("reply", "held"),
    [
        ("Hmm, I might have a conflict Thursday, we may shift to Friday — will confirm.", True),
        ("On va peut-être décaler, je vous confirme demain.", True),
        ("See you Thursday, the agenda is in the wiki.", False),
    ],
)
async def test_the_announcer_saying_the_meeting_may_move_holds_its_reminders_back(reply: str, held: bool) -> None:
    ctx = make_ctx(now=NOW)
    memory = apply(
        {},
        await meetings.on_post_created(PostCreated(announcement(f"Visio jeudi 10 décembre 2026 à 18h : {LINK}")), ctx),
    )
    later = make_post(2, "moderateur", reply, topic_id=7, created_at=NOW + timedelta(hours=1), moderator=True)
    actions = await meetings.on_post_created(PostCreated(later), at(ctx, NOW + timedelta(hours=1), memory))
    (record,) = apply(memory, actions)["meetings"].values()
    assert (record.get("doubted", False), record["cancelled"]) == (held, held)


async def test_a_session_preponed_today_from_its_hour_in_brackets_starts_at_the_new_one() -> None:
    """ "Session preponed to 6 PM today (from 7 PM)": the hour in brackets is the one left."""
    day = datetime(2026, 12, 14, 12, 30, tzinfo=UTC)
    ctx = make_ctx(now=day, language="en", timezone="Asia/Kolkata")
    raw = "AI search methods session on 16/12 at 7 PM. https://meet.google.com/aix-srch-dec"
    first = make_post(1, "ta", raw, topic_id=7, created_at=day, moderator=True, topic_title="AI session")
    memory = apply({}, await meetings.on_post_created(PostCreated(first), ctx))
    later = datetime(2026, 12, 16, 5, 30, tzinfo=UTC)
    text = "Session preponed to 6 PM today (from 7 PM) as instructor has a clash. Kindly adjust."
    reply = make_post(2, "ta", text, topic_id=7, created_at=later, moderator=True)
    memory = apply(memory, await meetings.on_post_created(PostCreated(reply), at(ctx, later, memory)))
    standing = sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"])
    assert standing == ["2026-12-16T12:30:00Z"]


async def test_a_reply_moving_one_of_several_meetings_named_by_its_number_moves_that_one() -> None:
    """ "L'atelier 2 est décalé au jeudi 2 avril": of three ateliers, the second, by its number."""
    ctx = make_ctx(now=NOW)
    raw = (
        "- Atelier 1 : **mardi 1er décembre, 18h-20h** – Nextcloud\n- Atelier 2 : **mardi 8 décembre, 18h-20h** – "
        "WordPress\n- Atelier 3 : **mardi 15 décembre, 18h-20h** – Mastodon\n\nTous en visio : " + LINK
    )
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(raw)), ctx))
    reply = "L'atelier 2 est décalé au **jeudi 10 décembre**, même horaire. Les autres ne bougent pas."
    moved = make_post(2, "moderateur", reply, topic_id=7, created_at=NOW, moderator=True)
    memory = apply(memory, await meetings.on_post_created(PostCreated(moved), at(ctx, NOW, memory)))
    standing = sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"] and not r["all_day"])
    assert standing == ["2026-12-01T17:00:00Z", "2026-12-10T17:00:00Z", "2026-12-15T17:00:00Z"]


@pytest.mark.parametrize(
    ("announced", "reply", "standing"),
    [
        (
            "AG **samedi 5 décembre 10h-12h30**, suivie d'un CA **mardi 8 décembre 20h** en visio : " + LINK,
            "Ok, le CA passe au **mercredi 9 décembre, 20h**. L'AG ne change pas.",
            ["2026-12-05T09:00:00Z", "2026-12-09T19:00:00Z"],
        ),
        (
            "Permanences en visio :\n- lundi 30 novembre 9h-10h\n- mercredi 2 décembre 16h-17h\n\nLien : " + LINK,
            "Le créneau de mercredi passe au **jeudi 3 décembre, même heure**. Lundi ne change pas.",
            ["2026-11-30T08:00:00Z", "2026-12-03T15:00:00Z"],
        ),
    ],
)
async def test_a_reply_moving_a_board_or_a_slot_of_several_moves_that_one(
    announced: str, reply: str, standing: list[str]
) -> None:
    """A move said of "le CA" or of "Wednesday's slot" moves that meeting, the others stand."""
    ctx = make_ctx(now=NOW)
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(announced)), ctx))
    moved = make_post(2, "moderateur", reply, topic_id=7, created_at=NOW, moderator=True)
    memory = apply(memory, await meetings.on_post_created(PostCreated(moved), at(ctx, NOW, memory)))
    kept = sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"] and not r["all_day"])
    assert kept == standing


async def test_a_reply_calling_off_two_of_three_sessions_by_their_short_weekdays_calls_off_those() -> None:
    """ "Tue and Thu live sessions are cancelled … Only Monday's session will happen": Monday's stands."""
    ctx = make_ctx(now=NOW)
    raw = (
        "Live sessions next week, all at 6:30 PM:\n\nMon 30 Nov – W4 L1\nTue 1 Dec – W4 L2\nThu 3 Dec – W4 L3\n\n"
        + LINK
    )
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(raw)), ctx))
    reply = (
        "Because of the quiz on 7th Dec, Tue and Thu live sessions are cancelled. Only Monday's session will happen, "
        "and we will do revision in it."
    )
    off = make_post(2, "moderateur", reply, topic_id=7, created_at=NOW, moderator=True)
    memory = apply(memory, await meetings.on_post_created(PostCreated(off), at(ctx, NOW, memory)))
    kept = sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"] and not r["all_day"])
    assert kept == ["2026-11-30T17:30:00Z"]


async def _parts_after(raw: str, reply: str, written: datetime = NOW) -> list[str]:
    """The starts still reminded after a moderator's reply to an announcement of several meetings."""
    ctx = make_ctx(now=NOW)
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(raw)), ctx))
    post = make_post(2, "moderateur", reply, topic_id=7, created_at=written, moderator=True)
    memory = apply(memory, await meetings.on_post_created(PostCreated(post), at(ctx, written, memory)))
    return sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"] and not r["all_day"])


PARTS = (
    "Cycle de visios en trois parties :\n\n- partie 1 : mer. 2 déc. 18h-19h30 (le lieu)\n"
    "- partie 2 : mer. 9 déc. 18h-19h30 (le modèle éco)\n- partie 3 : mer. 16 déc. 18h-19h30 (la communauté)\n\n" + LINK
)


@pytest.mark.parametrize(
    ("reply", "standing"),
    [
        # the part its own clause names, not the one the rest of the sentence speaks of ("tout" is not every meeting)
        (
            "Changement : la partie 3 est annulée, on regroupe tout sur la partie 2 qui durera jusqu'à 20h30.",
            ["2026-12-02T17:00:00Z", "2026-12-09T17:00:00Z"],
        ),
        ("Bad news: I have to drop **Part 2**, I'm away that week. Part 3 is still on.", None),
    ],
)
async def test_a_part_called_off_by_its_number_is_that_part(reply: str, standing: list[str] | None) -> None:
    kept = await _parts_after(PARTS, reply)
    assert kept == (standing or ["2026-12-02T17:00:00Z", "2026-12-16T17:00:00Z"])


async def test_a_call_off_naming_none_of_several_meetings_to_come_calls_off_that_days_one_or_holds_all_back() -> None:
    """ "Cancelled, sorry." written the day of the first session is that session's; written days before any, which
    one is a guess: none is reminded."""
    first_day = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    assert await _parts_after(PARTS, "Cancelled, sorry.", first_day) == ["2026-12-09T17:00:00Z", "2026-12-16T17:00:00Z"]
    assert await _parts_after(PARTS, "Cancelled, sorry.") == []


@pytest.mark.parametrize(
    ("reply", "standing"),
    [
        ("No session on 10th, it was never scheduled. Wednesdays as per above.", None),
        (
            "Pas de visio le 9, le lieu est fermé. La partie 3 est maintenue.",
            ["2026-12-02T17:00:00Z", "2026-12-16T17:00:00Z"],
        ),
        ("Sorry, the session on the 16th is cancelled.", ["2026-12-02T17:00:00Z", "2026-12-09T17:00:00Z"]),
    ],
)
async def test_a_call_off_of_a_day_named_by_its_number_alone_is_that_days(
    reply: str, standing: list[str] | None
) -> None:
    """ "on 9th", "le 9": the next day of that number, whose meeting is called off (none when it has none)."""
    kept = await _parts_after(PARTS, reply)
    assert kept == (standing or ["2026-12-02T17:00:00Z", "2026-12-09T17:00:00Z", "2026-12-16T17:00:00Z"])


@pytest.mark.parametrize(
    ("raw", "reply", "standing"),
    [
        # "part 2" of sessions listed without their numbers is the second; the day in the reason is no meeting
        (
            "Three sessions, 7–8:30pm each:\n\n1. Tue Dec 1 – hello-world plugin\n2. Tue Dec 8 – hooks & events\n"
            "3. Tue Dec 15 – packaging\n\n" + LINK,
            "Heads-up: **part 2 moves to Wednesday Dec 9** (same time) because of the infra maintenance window on "
            "Tuesday. Part 3 stays on Tue Dec 15.",
            ["2026-12-01T18:00:00Z", "2026-12-09T18:00:00Z", "2026-12-15T18:00:00Z"],
        ),
        # a reason opening the sentence runs into the move with no comma: the day moved to is no reason's
        (
            "TA session on **Friday 4 December at 7 PM**. " + LINK,
            "Due to unavoidable reasons the session is **postponed to Saturday 5 December, same time**. Sorry.",
            ["2026-12-05T18:00:00Z"],
        ),
        # an organiser settling a new hour
        (
            "Release planning call: **Monday Dec 7, 11am–noon**. " + LINK,
            "Fine by me. Let's do **2–3pm instead**, still Monday the 7th. Updated the invite.",
            ["2026-12-07T13:00:00Z"],
        ),
        # the host of one edition moves theirs; "one hour later" is no length
        (
            "The call runs twice:\n\n- **EU edition**: Wed Dec 9, 16:00 UTC\n- **APAC edition**: Thu Dec 10, 02:00 UTC"
            "\n\n" + LINK,
            "APAC edition host here — I have to move ours to **Thursday Dec 10, 03:00 UTC** (one hour later). The EU "
            "edition is unchanged.",
            ["2026-12-09T16:00:00Z", "2026-12-10T03:00:00Z"],
        ),
    ],
)
async def test_a_reply_moves_the_one_it_names_by_its_number_its_host_or_a_new_hour_settled(
    raw: str, reply: str, standing: list[str]
) -> None:
    assert await _parts_after(raw, reply) == standing


WEEKEND = (
    "Weekend sessions:\n\n| Course | Date | Time |\n|---|---|---|\n| Maths 2 | Sat, 5 Dec 2026 | 6:00 PM |\n"
    "| Stats 2 | Sun, 6 Dec 2026 | 6:00 PM |\n| CT | Mon, 7 Dec 2026 | 7:00 PM |\n\n" + LINK
)
EDITIONS = (
    "The live session runs twice:\n\n🌞 Morning: Sun 6 Dec, 8:00 - 9:30 AM\n🌙 Evening: Sun 6 Dec, 8:00 - 9:30 PM\n\n"
    + LINK
)
GROUPS_ABC = (
    "**Group A** – Mon Dec 7, 6–7pm\n**Group B** – Tue Dec 8, 6–7pm\n**Group C** – Thu Dec 10, 12–1pm\n\n" + LINK
)


@pytest.mark.parametrize(
    ("raw", "reply", "standing"),
    [
        # one course's session said not to take place, by its name and number
        (
            WEEKEND,
            "No Stats 2 session this weekend, instructor is travelling. Maths 2 and CT as scheduled.",
            ["2026-12-05T17:00:00Z", "2026-12-07T18:00:00Z"],
        ),
        # an edition off, the other named only to send people there
        (
            EDITIONS,
            "Morning edition is off this week (host clash), pls join the evening one.",
            ["2026-12-06T19:00:00Z"],
        ),
        # a track off "this time"
        (
            "Kickoffs, one per track:\n\n1. Frontend – Sat Dec 5, 10:00\n2. Infra – Sat Dec 5, 13:00\n\n" + LINK,
            "Bad news: **the infra track is off** this time, not enough mentors. Frontend is on as planned.",
            ["2026-12-05T09:00:00Z"],
        ),
        # one of them dropped without saying which: none is reminded
        (GROUPS_ABC, "Gonna have to drop one of the groups, sorry. I'll confirm which one asap.", []),
        # "pas d'atelier" calls off the day it names
        (
            "Ateliers vélo les samedis 5 et 12 décembre, de 14h à 17h. " + LINK,
            "Pas d'atelier samedi 5 décembre, désolé, je ne suis pas là.",
            ["2026-12-12T13:00:00Z"],
        ),
        # moves told by "will now happen on" and by an arrow
        (
            "Live sessions this week:\n\nTuesday 8 December - 6:30 PM (kernels)\n"
            "Thursday 10 December - 6:30 PM (SVM)\n\n" + LINK,
            "Tuesday's live session will now happen on **Wednesday 9th at 6:30 PM**, kindly note. Thursday as per "
            "schedule.",
            ["2026-12-09T17:30:00Z", "2026-12-10T17:30:00Z"],
        ),
        (
            GROUPS_ABC,
            "Group B → **Wednesday Dec 9**, same 6–7pm. A and C as planned.",
            ["2026-12-07T17:00:00Z", "2026-12-09T17:00:00Z", "2026-12-10T11:00:00Z"],
        ),
    ],
)
async def test_one_of_several_called_off_or_moved_as_organisers_write_it(
    raw: str, reply: str, standing: list[str]
) -> None:
    assert await _parts_after(raw, reply) == standing


@pytest.mark.parametrize(
    ("raw", "reply", "standing"),
    [
        (
            "Permanences en visio :\n- mardi 8 décembre, 14h-17h\n- vendredi 11 décembre, 14h-17h\n\n" + LINK,
            "Pas faux. Ok, pas de perm vendredi 11 décembre, celle du mardi est maintenue.",
            ["2026-12-08T13:00:00Z"],
        ),
    ],
)
async def test_a_permanence_called_off_by_its_short_name(raw: str, reply: str, standing: list[str]) -> None:
    assert await _parts_after(raw, reply) == standing


async def test_a_session_moved_back_to_its_slot_under_an_update_word() -> None:
    raw = "Python revision:\n• Sun 29 Nov — 11 AM to 12:30 PM\n• Tue 1 Dec — 7 PM to 8:30 PM\n\n" + LINK
    replies = [
        "Sunday session shifted to 4 PM.",
        "Update: Sunday session back to the original **11 AM - 12:30 PM** slot, pls ignore my previous msg.",
    ]
    assert await _after_replies(raw, replies) == ["2026-11-29T10:00:00Z", "2026-12-01T18:00:00Z"]


async def test_a_place_hosting_one_of_several_moves_its_own() -> None:
    raw = (
        "L'atelier itinérant passe chez vous :\n\n* **La Ruche** (Lyon) : samedi 5 décembre, 10h-12h\n"
        "* **Le Fablab du Coin** (Nantes) : samedi 12 décembre, 14h-17h\n\n" + LINK
    )
    reply = "Coucou, pour nous à Nantes on décale la nôtre au **dimanche 13 décembre**, même heure."
    standing = await _after_member(raw, "fablab_du_coin", reply)
    assert standing == ["2026-12-05T09:00:00Z", "2026-12-13T13:00:00Z"]


async def test_the_host_a_timetable_names_moves_their_own_session() -> None:
    raw = (
        "TA sessions:\n\n1. **Mon, 7 Dec 2026** | 7:00 - 8:00 PM | Python | TA Rahul\n"
        "2. **Wed, 9 Dec 2026** | 7:00 - 8:00 PM | Statistics | TA Priya\n\n" + LINK
    )
    reply = "Hello everyone, my Stats session is shifted to **Thursday 10 Dec**, same time 7-8 PM, same link."
    standing = await _after_member(raw, "ta_priya", reply, staff=True)
    assert standing == ["2026-12-07T18:00:00Z", "2026-12-10T18:00:00Z"]


async def test_several_meetings_named_by_a_short_weekday_move_with_an_arrow() -> None:
    raw = "BDM sessions next weekend:\n\nSat 05/12/2026 — 1500-1630 hrs\nSun 06/12/2026 — 1500-1630 hrs\n\n" + LINK
    standing = await _after_replies(raw, ["Sun session timing changed → 1800-1930 hrs."])
    assert standing == ["2026-12-05T14:00:00Z", "2026-12-06T17:00:00Z"]


@pytest.mark.parametrize(
    ("raw", "reply", "standing"),
    [
        # named by the move verb's object
        (
            "Three calls next week:\n\n| What | When |\n|---|---|\n| Scope | Wed Dec 2, 11:00–12:00 |\n"
            "| Issue triage | Thu Dec 3, 14:00–15:00 |\n| Go / no-go | Mon Dec 7, 11:00–12:00 |\n\n" + LINK,
            "Heads up: moving the **triage** call to **Friday Dec 4**, same 14:00–15:00 slot. The others don't change.",
            ["2026-12-02T10:00:00Z", "2026-12-04T13:00:00Z", "2026-12-07T10:00:00Z"],
        ),
        # by the words after its date on its line
        (
            "Live sessions:\n\n- Tue 01/12 — Linked lists — 7 PM\n- Thu 03/12 — Stacks and Queues — 7 PM\n"
            "- Sat 05/12 — Revision for GA3 — 6 PM\n\n" + LINK,
            "Noted. Stacks & Queues session moved to **Friday 04/12, 7:00 pm**. Linked lists and revision as it is.",
            ["2026-12-01T18:00:00Z", "2026-12-04T18:00:00Z", "2026-12-05T17:00:00Z"],
        ),
        # by its group's letter
        (
            "**Group A**: Saturday 28th November, 10 AM\n**Group B**: Saturday 28th November, 3 PM\n\nLink: " + LINK,
            "Kindly note, Group B session is **preponed to 1 PM** on Saturday. Group A timing unchanged.",
            ["2026-11-28T09:00:00Z", "2026-11-28T12:00:00Z"],
        ),
        # by a pronoun and its day, the others said not to move
        (
            "Permanences en visio :\n\n- lundi 30/11 de 14h à 17h\n- mercredi 02/12 de 9h à 12h\n"
            "- vendredi 04/12 de 14h à 17h\n\n" + LINK,
            "Petit changement : celle de mercredi passe au **jeudi 3**, même horaire (9h-12h). Lundi et vendredi ne "
            "bougent pas.",
            ["2026-11-30T13:00:00Z", "2026-12-03T08:00:00Z", "2026-12-04T13:00:00Z"],
        ),
        # by its rank
        (
            "1. Steering committee — Tue Dec 1, 12:00–13:00\n2. Contributor hangout — Thu Dec 3, 4pm\n\nAt " + LINK,
            "small change: the second one moves to **5:30pm**, same day.",
            ["2026-12-01T11:00:00Z", "2026-12-03T16:30:00Z"],
        ),
        (
            "Revision sessions:\n\n1. MLT revision – 05/12/2026 (Sat) 4:00 PM to 6:00 PM\n"
            "2. MLP revision – 06/12/2026 (Sun) 4:00 PM to 6:00 PM\n\nMeet: " + LINK,
            "Small update: 2nd revision session moved to 07/12 (Mon) 7 pm - 9 pm. 1st one unchanged.",
            ["2026-12-05T15:00:00Z", "2026-12-07T18:00:00Z"],
        ),
        # the one said not to move, named by its part of the day, is the one on record, not a new one at noon
        (
            "Deux visios au choix :\n\n→ une le midi : jeudi 3 décembre, 12h30-13h30\n"
            "→ une le soir : mardi 8 décembre, 19h-20h\n\nC'est ici : " + LINK,
            "Oups, petit ajustement : celle du soir glisse au **mercredi 9 décembre**, même heure. Celle du midi jeudi "
            "ne bouge pas.",
            ["2026-12-03T11:30:00Z", "2026-12-09T18:00:00Z"],
        ),
    ],
)
async def test_a_reply_moving_one_of_several_meetings_moves_the_one_it_names(
    raw: str, reply: str, standing: list[str]
) -> None:
    assert await _parts_after(raw, reply) == standing


@pytest.mark.parametrize(
    "reply",
    [
        "Celle de mardi est reportée à lundi 7 décembre à 18h30.",
        "Bon, celle du 1er, finalement on la fait lundi 7 décembre à 18h30.",
    ],
)
async def test_a_move_naming_another_day_than_the_one_meeting_to_come_moves_nothing(reply: str) -> None:
    """The one meeting on record is on Thursday the 3rd: a move of Tuesday's, or of the 1st's, is of another one."""
    raw = "Atelier en visio jeudi 3 décembre à 18h : " + LINK
    kept = await _parts_after(raw, reply)
    assert "2026-12-03T17:00:00Z" in kept


async def _after_replies(raw: str, replies: list[str]) -> list[str]:
    """The starts reminded after a moderator's replies, a day apart, to an announcement of several meetings."""
    ctx = make_ctx(now=NOW)
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(raw)), ctx))
    for n, reply in enumerate(replies, start=2):
        written = NOW + timedelta(days=n - 1)
        post = make_post(n, "moderateur", reply, topic_id=7, created_at=written, moderator=True)
        memory = apply(memory, await meetings.on_post_created(PostCreated(post), at(ctx, written, memory)))
    return sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"] and r.get("offsets"))


@pytest.mark.parametrize(
    ("raw", "replies", "standing"),
    [
        (
            "- CA : jeudi 3 décembre, 19h, en visio\n- AG : samedi 5 décembre, 14h-17h, au Hangar\n\n" + LINK,
            [
                "L'AG est reportée au samedi 12 décembre (même horaire).",
                "Re-report de l'AG : **samedi 19 décembre, 14h-17h**. Le CA de jeudi est inchangé.",
            ],
            ["2026-12-03T18:00:00Z", "2026-12-19T13:00:00Z"],
        ),
        (
            "- visio du réseau : mardi 1er décembre 18h\n- atelier framaforms : jeudi 3 décembre 12h30\n\n" + LINK,
            [
                "La visio réseau passe à mercredi 2, même heure.",
                "Re-changement du coup : visio réseau **jeudi 3 à 18h**. L'atelier framaforms reste jeudi, 12h30.",
            ],
            ["2026-12-03T11:30:00Z", "2026-12-03T17:00:00Z"],
        ),
        (
            "| Group | Date | Time |\n|---|---|---|\n| Group 1 | 1 Dec (Tue) | 6 PM |\n"
            "| Group 2 | 1 Dec (Tue) | 8 PM |\n| Group 3 | 2 Dec (Wed) | 6 PM |\n"
            "| Group 4 | 2 Dec (Wed) | 8 PM |\n\n" + LINK,
            [
                "Group 3 session rescheduled to 3 Dec (Thu) 6 PM.",
                "Group 3 again rescheduled, sorry for the trouble: **3 Dec 8:30 PM**. Other groups as per table.",
            ],
            ["2026-12-01T17:00:00Z", "2026-12-01T19:00:00Z", "2026-12-02T19:00:00Z", "2026-12-03T19:30:00Z"],
        ),
    ],
)
async def test_one_of_several_meetings_moved_twice_is_at_its_last_start(
    raw: str, replies: list[str], standing: list[str]
) -> None:
    assert await _after_replies(raw, replies) == standing


@pytest.mark.parametrize(
    ("raw", "replies"),
    [
        (
            "Network call: Tuesday Dec 1, 6 PM CET.\n\n" + LINK,
            ["The call moves to 7 PM.", "Scratch that, back to 6 PM."],
        ),
        (
            "Visio du réseau : mardi 1er décembre à 18h.\n\n" + LINK,
            ["La visio passe à 19h.", "Finalement on garde 18h."],
        ),
    ],
)
async def test_a_move_taken_back_puts_the_meeting_at_its_first_hour(raw: str, replies: list[str]) -> None:
    assert await _after_replies(raw, replies) == ["2026-12-01T17:00:00Z"]


@pytest.mark.parametrize(
    ("reply", "standing"),
    [
        # the day left named before the move word, the shift after it: a week later, at its hour
        ("La visio de mardi est reportée à la semaine prochaine, même heure.", ["2026-12-08T17:00:00Z"]),
        ("La visio de mardi est annulée, on la reporte à la semaine prochaine, même heure.", ["2026-12-08T17:00:00Z"]),
        ("Tuesday's call is pushed by a week.", ["2026-12-08T17:00:00Z"]),
        ("The Dec 1 call moves to next week, same time.", ["2026-12-08T17:00:00Z"]),
        # where it goes named after the move word is read with its day
        ("Tuesday's call is postponed to Thursday Dec 3, same time.", ["2026-12-03T17:00:00Z"]),
        # a week later at an hour still to be told: no start to remind
        ("La visio de mardi est reportée à la semaine prochaine, on vous redit l'heure.", []),
    ],
)
async def test_a_meeting_named_by_its_day_and_moved_by_a_week_keeps_its_hour(reply: str, standing: list[str]) -> None:
    assert await _after_replies("Network call: Tuesday Dec 1, 6 PM CET.\n\n" + LINK, [reply]) == standing


@pytest.mark.parametrize(
    ("reply", "standing"),
    [
        # called off after its reason
        ("Vu le peu d'inscrits, on annule.", []),
        ("Due to the strike, we're cancelling.", []),
        # moved by its start alone, or once only, to another day
        ("We'll do it an hour earlier, at 5 PM.", ["2026-12-01T16:00:00Z"]),
        ("Exceptionnellement, la visio aura lieu mercredi 2 décembre à 18h.", ["2026-12-02T17:00:00Z"]),
        # moved by a length of time, its new hour unsaid
        ("La visio est décalée d'une heure.", ["2026-12-01T18:00:00Z"]),
        ("On décale d'une demi-heure, désolée !", ["2026-12-01T17:30:00Z"]),
        ("La visio est avancée de 15 minutes.", ["2026-12-01T16:45:00Z"]),
        ("The call is pushed back 30 minutes.", ["2026-12-01T17:30:00Z"]),
        ("The call is moved up by an hour.", ["2026-12-01T16:00:00Z"]),
        ("La visio commencera une demi-heure plus tard.", ["2026-12-01T17:30:00Z"]),
        ("Heads-up: we're moving the call back by half an hour.", ["2026-12-01T17:30:00Z"]),
        ("FYI, we're pushing it back by an hour.", ["2026-12-01T18:00:00Z"]),
        # moved to an hour said after the length ("plus tôt" is no refusal, as "plus" in "ne … plus" is)
        ("On démarre 15 minutes plus tôt, à 17h45.", ["2026-12-01T16:45:00Z"]),
        # after a lead-in a notice opens on
        ("Attention : on décale la visio à 19h.", ["2026-12-01T18:00:00Z"]),
        ("Heads-up: we're moving the call to 7 PM.", ["2026-12-01T18:00:00Z"]),
        ("Rappel : on annule !", []),
        # called off and replaced, in one sentence: what replaces it is reminded
        ("La visio de mardi est annulée et remplacée par un atelier jeudi 3 décembre à 14h.", ["2026-12-03T13:00:00Z"]),
        (
            "Tuesday's call is cancelled and replaced by a workshop on Thursday, December 3 at 2 PM.",
            ["2026-12-03T13:00:00Z"],
        ),
        # the organiser's own lateness or attendance, or a move asked for, not the meeting's
        ("I'll be 10 minutes late, start without me.", ["2026-12-01T17:00:00Z"]),
        ("Could we push it back 30 minutes?", ["2026-12-01T17:00:00Z"]),
        ("Désolée, je dois annuler ma participation mardi.", ["2026-12-01T17:00:00Z"]),
    ],
)
async def test_a_staff_reply_calls_off_or_moves_the_meeting_as_organisers_say_it(
    reply: str, standing: list[str]
) -> None:
    assert await _after_replies("Visio du réseau : mardi 1er décembre à 18h.\n\n" + LINK, [reply]) == standing


@pytest.mark.parametrize(
    ("raw", "replies", "standing"),
    [
        (
            "Visio du réseau : mardi 1er décembre à 18h.\n\n" + LINK,
            ["La visio est déplacée à 19h.", "Oubliez mon message, la visio reste à 18h."],
            ["2026-12-01T17:00:00Z"],
        ),
        (
            "Visio du réseau : mardi 1er décembre à 18h.\n\n" + LINK,
            ["La visio est déplacée à 19h.", "Oubliez mon dernier message : c'est bien à 18h."],
            ["2026-12-01T17:00:00Z"],
        ),
        (
            "Network call: Tuesday Dec 1, 6 PM CET.\n\n" + LINK,
            ["The call moves to 7 PM.", "Ignore my previous message, the call stays at 6 PM."],
            ["2026-12-01T17:00:00Z"],
        ),
    ],
)
async def test_a_move_taken_back_by_its_author_restores_the_hour(
    raw: str, replies: list[str], standing: list[str]
) -> None:
    """ "Oubliez mon message": the hour said after it is the meeting's, though said in words of no change ("reste",
    "stays"); and "mon" there is "my", not Monday."""
    assert await _after_replies(raw, replies) == standing


def test_mon_is_monday_only_where_a_date_a_list_or_a_gathering_follows() -> None:
    from handlers.meetings.names import words_of

    for text, monday in [
        ("oubliez mon message, la visio reste a 18h", False),
        ("mon dernier message etait faux", False),
        ("mon and wed sessions are cancelled", True),
        ("the mon session moves to 5 pm", True),
        ("mon 7 dec call is moved", True),
    ]:
        assert ("mon" in words_of(text, 0, len(text))) is monday, text


async def _after_member(raw: str, user: str, reply: str, staff: bool = False) -> list[str]:
    """The starts reminded after a member's reply, a day later, to a moderator's announcement of several meetings."""
    ctx = make_ctx(now=NOW)
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(raw)), ctx))
    written = NOW + timedelta(days=1)
    post = make_post(2, user, reply, topic_id=7, created_at=written, moderator=staff)
    memory = apply(memory, await meetings.on_post_created(PostCreated(post), at(ctx, written, memory)))
    return sorted(r["starts_at"] for r in memory["meetings"].values() if not r["cancelled"] and r.get("offsets"))


GROUPS = (
    "Mentor Q&A sessions:\n\nGroup A (frontend): Mon Dec 7, 10:00\nGroup B (backend): Mon Dec 7, 13:00\n"
    "Group C (infra): Tue Dec 8, 10:00\n\n" + LINK
)


@pytest.mark.parametrize(
    ("user", "staff", "reply", "standing"),
    [
        # the line quoted is the one called off
        ("moderateur", True, "> Group C (infra): Tue Dec 8, 10:00\n\nScratch this one, the mentors are away.", None),
        ("moderateur", True, "> Group C (infra): Tue Dec 8, 10:00\n\nThis is cancelled friends, sorry.", None),
        # a member quoting it calls nothing off
        ("lin_w", False, "> Group C (infra): Tue Dec 8, 10:00\n\nThis is cancelled? I hope not.", "all"),
    ],
)
async def test_a_reply_quoting_one_of_several_meetings_speaks_of_that_one(
    user: str, staff: bool, reply: str, standing: str | None
) -> None:
    kept = await _after_member(GROUPS, user, reply, staff)
    left = ["2026-12-07T09:00:00Z", "2026-12-07T12:00:00Z"]
    assert kept == ([*left, "2026-12-08T09:00:00Z"] if standing == "all" else left)


HOSTED = (
    "Office hours next week:\n\n- Monday Dec 7, 1:00 PM — office hours with @lena\n"
    "- Wednesday Dec 9, 7:00 PM — office hours with @bkr\n- Friday Dec 11, 10:00 AM — office hours with @lena\n\n"
    + LINK
)


@pytest.mark.parametrize(
    ("user", "reply", "standing"),
    [
        # the host of one, named on its line, moves or calls off that one
        (
            "bkr",
            "> Wednesday Dec 9, 7:00 PM — office hours with @bkr\n\nthis one is now **Thursday Dec 10**, same time.",
            ["2026-12-07T12:00:00Z", "2026-12-10T18:00:00Z", "2026-12-11T09:00:00Z"],
        ),
        (
            "bkr",
            "Bad timing — I need to cancel mine, I'm moving that week.",
            ["2026-12-07T12:00:00Z", "2026-12-11T09:00:00Z"],
        ),
        # another member does not
        (
            "ellie",
            "Bad timing — I need to cancel mine, I'm moving that week.",
            ["2026-12-07T12:00:00Z", "2026-12-09T18:00:00Z", "2026-12-11T09:00:00Z"],
        ),
    ],
)
async def test_the_host_a_meetings_line_names_moves_or_calls_off_that_meeting(
    user: str, reply: str, standing: list[str]
) -> None:
    assert await _after_member(HOSTED, user, reply) == standing


PERMANENCES = (
    "Deux permanences en visio :\n\n• Permanence juridique avec Maître Dupuis : mardi 8 déc. 14h-16h\n"
    "• Permanence numérique avec Sami : mardi 8 déc. 17h-19h\n\n" + LINK
)


@pytest.mark.parametrize(
    ("user", "standing"),
    [
        # the host named on its line by a word of their username calls off theirs
        ("sami_num", ["2026-12-08T13:00:00Z"]),
        # a member the line does not name calls off nothing
        ("camille_b", ["2026-12-08T13:00:00Z", "2026-12-08T16:00:00Z"]),
    ],
)
async def test_the_host_a_meetings_line_names_without_a_mention_calls_off_theirs(
    user: str, standing: list[str]
) -> None:
    reply = "Je dois annuler la mienne, désolé, je suis cloué au lit. On la reportera, je vous redis."
    assert await _after_member(PERMANENCES, user, reply) == standing


SIGS = (
    "SIG meetings this round:\n\n| SIG | When |\n|---|---|\n| SIG-Docs | Wed Dec 9, 1pm |\n"
    "| SIG-CLI | Wed Dec 9, 3pm |\n| SIG-UI | Thu Dec 10, 1pm |\n\n" + LINK
)

ATELIERS = (
    "Les ateliers du mois :\n\n- atelier « vélo » : mardi 8 décembre 18h\n"
    "- atelier « couture » : jeudi 10 décembre 18h\n- atelier « compost » : samedi 12 décembre 10h\n\n" + LINK
)


@pytest.mark.parametrize(
    ("raw", "reply", "standing"),
    [
        # two named, each by a word the others lack
        (SIGS, "Sorry, the CLI and UI sessions are cancelled this round.", ["2026-12-09T12:00:00Z"]),
        # named before the call-off, by words the others lack
        (ATELIERS, "Pour la couture et le compost on annule, trop peu d'inscrits.", ["2026-12-08T17:00:00Z"]),
        # what is named before it is no meeting: nothing called off
        (
            ATELIERS,
            "Pour les boissons on annule, on apporte chacun quelque chose.",
            ["2026-12-08T17:00:00Z", "2026-12-10T17:00:00Z", "2026-12-12T09:00:00Z"],
        ),
        # struck out of the list
        (
            "Triage calls in December, Thursdays 3–4pm:\n\n- Dec 3\n- Dec 10\n- Dec 17\n- Dec 31\n\n" + LINK,
            "Updated list:\n\n- Dec 3 ✅\n- Dec 10 ✅\n- ~~Dec 17~~ — off, half the team is away\n- ~~Dec 31~~ — off",
            ["2026-12-03T14:00:00Z", "2026-12-10T14:00:00Z"],
        ),
        # a check-in dropped
        (
            "Key moments:\n\n- Kickoff: **Friday Dec 4, 10am**\n- Midpoint check-in: **Wednesday Dec 9, 2pm**\n"
            "- Demo day: **Friday Dec 18, 1pm**\n\n" + LINK,
            "Good feedback. We're **dropping the midpoint check-in** altogether. Kickoff and demo day unchanged.",
            ["2026-12-04T09:00:00Z", "2026-12-18T12:00:00Z"],
        ),
    ],
)
async def test_meetings_called_off_among_several_by_their_names_or_struck_out(
    raw: str, reply: str, standing: list[str]
) -> None:
    assert await _after_replies(raw, [reply]) == standing
