"""A reply giving the meeting its link: a new room, a corrected address, the link the announcement left out. The
reminders give the link last given, not the first one nor "no link"."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from bot.actions import ReplyToPost, ScheduleTimer
from bot.events import PostCreated, PostDeleted, PostEdited
from handlers import meetings
from tests.handler_kit import make_ctx, make_post
from tests.handlers.meetings.test_meetings import LINK, NOW, announcement, apply, at, forum, of, tick

NEW = "https://meet.jit.si/reseau-tiers-lieux-2"
VISIO = "Visio du réseau : mardi 1er décembre à 18h."


async def _after(raw: str, reply: str, user: str = "moderateur", staff: bool = True) -> dict[str, dict[str, Any]]:
    """Memory once `user` replies `reply`, a day later, to a moderator's announcement `raw`."""
    ctx = make_ctx(forum(), now=NOW)
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(raw)), ctx))
    written = NOW + timedelta(days=1)
    post = make_post(2, user, reply, topic_id=7, created_at=written, moderator=staff)
    return apply(memory, await meetings.on_post_created(PostCreated(post), at(ctx, written, memory)))


def _links(memory: dict[str, dict[str, Any]]) -> list[str | None]:
    return [r["link"] for r in memory["meetings"].values() if not r["cancelled"] and r.get("offsets")]


@pytest.mark.parametrize(
    "reply",
    [
        f"Attention, nouveau lien pour la visio : {NEW}",
        f"Le lien a changé ! Rendez-vous ici : {NEW}",
        f"Petite erreur dans le lien, le bon est {NEW}",
        f"Heads up, the call link changed: {NEW}",
        f"Rappel : visio mardi 1er décembre à 18h, attention nouveau lien : {NEW}",
    ],
)
async def test_a_new_link_given_by_staff_is_the_one_the_reminders_give(reply: str) -> None:
    assert _links(await _after(f"{VISIO}\n\n{LINK}", reply)) == [NEW]


@pytest.mark.parametrize("reply", [f"Voici le lien : {NEW}", f"Le lien pour se connecter : {NEW}", f"Join here: {NEW}"])
async def test_the_link_an_announcement_left_out_given_in_a_reply_is_the_reminders(reply: str) -> None:
    assert _links(await _after(VISIO, reply)) == [NEW]


@pytest.mark.parametrize(
    ("reply", "user", "staff"),
    [
        # a recording, a room to test one's microphone, two rooms, the same link: the meeting's stays
        ("Here is the recording of last week's call: https://zoom.us/rec/share/xyz", "moderateur", True),
        ("Pour tester votre micro avant : https://meet.jit.si/test-micro", "moderateur", True),
        (f"Two rooms, new links: {NEW} for group A and https://meet.jit.si/b for group B.", "moderateur", True),
        (f"Le lien reste le même : {LINK}", "moderateur", True),
        ("Le replay de la dernière visio : https://youtu.be/abc", "moderateur", True),
        # a member's link is not the organisers'
        (f"J'ai créé un nouveau lien pour la visio : {NEW}", "lea", False),
    ],
)
async def test_a_link_given_for_something_else_or_by_a_member_leaves_the_meetings(
    reply: str, user: str, staff: bool
) -> None:
    assert _links(await _after(f"{VISIO}\n\n{LINK}", reply, user, staff)) == [LINK]


async def test_the_reminder_gives_the_new_link_even_once_the_announcement_is_edited() -> None:
    """An edit of the announcement (a typo mended) reads its old link again: the reply's replaced it and stays."""
    ctx = make_ctx(forum(), now=NOW)
    first = await meetings.on_post_created(PostCreated(announcement(f"{VISIO}\n\n{LINK}")), ctx)
    memory = apply({}, first)
    written = NOW + timedelta(days=1)
    reply = make_post(2, "moderateur", f"Nouveau lien : {NEW}", topic_id=7, created_at=written, moderator=True)
    apply(memory, await meetings.on_post_created(PostCreated(reply), at(ctx, written, memory)))
    edited = announcement(f"Visio du réseau : mardi 1er décembre à 18h (ordre du jour à venir).\n\n{LINK}", version=2)
    apply(memory, await meetings.on_post_edited(PostEdited(edited), at(ctx, written, memory)))
    timer = max(of(ScheduleTimer, first), key=lambda t: t.at)
    (reminder,) = of(ReplyToPost, await meetings.on_reminder(tick(timer, timer.at), at(ctx, timer.at, memory)))
    assert NEW in reminder.raw and LINK not in reminder.raw


@pytest.mark.parametrize("deleted", [True, False])
async def test_the_link_of_a_reply_deleted_or_withheld_is_not_the_meetings(deleted: bool) -> None:
    """Readers can no longer read a deleted reply, nor one hidden by flags: its link is not the reminders'."""
    ctx = make_ctx(forum(), now=NOW)
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(f"{VISIO}\n\n{LINK}")), ctx))
    written = NOW + timedelta(days=1)
    reply = make_post(
        2, "moderateur", f"Nouveau lien : {NEW}", topic_id=7, created_at=written, moderator=True, hidden=not deleted
    )
    apply(memory, await meetings.on_post_created(PostCreated(reply), at(ctx, written, memory)))
    if deleted:
        assert _links(memory) == [NEW]
        apply(memory, await meetings.on_post_deleted(PostDeleted(reply), at(ctx, written, memory)))
    assert _links(memory) == [LINK]


@pytest.mark.parametrize(
    ("edit", "link"), [("Nouveau lien : à venir.", LINK), (f"Nouveau lien, bien le bon : {NEW}", NEW)]
)
async def test_a_reply_edited_no_longer_giving_the_link_takes_it_back(edit: str, link: str) -> None:
    ctx = make_ctx(forum(), now=NOW)
    memory = apply({}, await meetings.on_post_created(PostCreated(announcement(f"{VISIO}\n\n{LINK}")), ctx))
    written = NOW + timedelta(days=1)
    reply = make_post(2, "moderateur", f"Nouveau lien : {NEW}", topic_id=7, created_at=written, moderator=True)
    apply(memory, await meetings.on_post_created(PostCreated(reply), at(ctx, written, memory)))
    edited = make_post(2, "moderateur", edit, topic_id=7, created_at=written, moderator=True, version=2)
    apply(memory, await meetings.on_post_edited(PostEdited(edited), at(ctx, written, memory)))
    assert _links(memory) == [link]
