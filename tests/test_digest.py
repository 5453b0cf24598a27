"""The weekly digest: once a week, only what every reader may read."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.actions import CreateTopic, Remember
from bot.ctx import DictMemory
from bot.events import TickFired
from bot.models import Category
from handlers.digest import build_digest, weekly
from tests.handler_kit import make_ctx
from tests.summaries_kit import ENGLISH, live_mentions, thread, with_forum

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # Monday 30 Nov 2026, ISO week 49
WEEK_START = NOW - timedelta(days=5)

FR = [
    ("ana", "Faut-il déplacer l'assemblée générale au printemps pour que les nouveaux membres puissent voter ?"),
    ("@bob", "Je suis pour le printemps, merci @ana, les nouveaux membres arrivent surtout en janvier."),
    (
        "carla",
        "Je ne suis pas convaincue : le budget doit être voté avant mars, l'assemblée générale ne peut pas attendre.",
    ),
    (
        "dan",
        "On pourrait voter le budget en conseil et garder l'assemblée générale au printemps pour les orientations.",
    ),
]


def forum(memory=None, **kw):
    public = thread(10, FR, title="Date de l'assemblée générale", start=WEEK_START, category_id=1)
    public = replace(public, posts=tuple(replace(p, like_count=i) for i, p in enumerate(public.posts)))
    secret = thread(
        11,
        [("x", "Le bureau discute du salaire confidentiel de la coordinatrice cette semaine.")] * 3,
        title="Salaires du bureau confidentiel",
        start=WEEK_START,
        category_id=2,
    )
    pm = thread(
        12,
        [("y", "Message privé très personnel sur ma santé.")] * 2,
        title="Message privé santé",
        start=WEEK_START,
        archetype="private_message",
    )
    old = thread(13, ENGLISH, title="Old quiet topic", start=NOW - timedelta(days=40), category_id=1)
    cats = [Category(1, "Général", "general"), Category(2, "Bureau", "bureau", read_restricted=True)]
    kw.setdefault("digest", {"category_id": 5})
    ctx = make_ctx(now=NOW, memory=memory, **kw)
    return with_forum(ctx, [public, secret, pm, old], cats)


async def test_digest_lists_public_activity_and_skips_private_content():
    title, raw = await build_digest(forum())
    assert title == "La semaine du forum : semaine 49 de 2026"
    assert "Date de l'assemblée générale" in raw and "/t/-/10" in raw
    assert "Salaires" not in raw and "confidentiel" not in raw and "/t/-/11" not in raw
    assert "Message privé" not in raw and "santé" not in raw
    assert "Old quiet topic" not in raw
    assert "4 message(s) de 4 personne(s)" in raw
    # most liked first: post 4 (3 likes) before post 3 (2 likes)
    assert raw.index("/t/-/10/4") < raw.index("/t/-/10/3")
    assert live_mentions(raw) == [] and "<" not in raw


async def test_digest_shows_meetings_and_open_link_requests_of_public_topics_only():
    memory = {
        "meetings": {
            "a": {
                "title": "AG extraordinaire",
                "starts_at": "2026-12-05T14:00:00Z",
                "link": "https://visio.example/ag",
                "topic_id": 10,
                "post_number": 1,
                "cancelled": False,
            },
            "b": {
                "title": "Réunion du bureau",
                "starts_at": "2026-12-06T14:00:00Z",
                "link": "",
                "topic_id": 11,
                "post_number": 1,
                "cancelled": False,
            },
        },
        "links": {
            "10:2": {"topic_id": 10, "post_number": 2, "phrase": "le lien du sondage"},
            "10:3": {
                "topic_id": 10,
                "post_number": 3,
                "phrase": "le compte-rendu",
                "answer": {"post_number": 4, "url": "https://x.example"},
            },
            "11:1": {"topic_id": 11, "post_number": 1, "phrase": "la grille des salaires"},
        },
    }
    _, raw = await build_digest(forum(memory))
    assert "AG extraordinaire" in raw and '[date=2026-12-05 time=15:00:00 timezone="Europe/Paris"]' in raw
    assert "Réunion du bureau" not in raw
    assert "le lien du sondage" in raw and "le compte-rendu" not in raw and "grille des salaires" not in raw


async def test_digest_proposals_hook():
    proposals = [
        {
            "text": "Voter le budget en conseil",
            "supporters": 4,
            "new_supporters": 3,
            "post_numbers": [4],
            "topic_id": 10,
        },
        {"text": "Augmenter les salaires", "supporters": 9, "post_numbers": [1], "topic_id": 11},
    ]
    _, raw = await build_digest(forum(), proposals)
    assert "Voter le budget en conseil" in raw and "Augmenter les salaires" not in raw


async def test_weekly_tick_posts_once_per_week():
    ctx = forum()
    tick = TickFired(name="digest.weekly", at=NOW, key="digest.weekly:1")
    actions = await weekly(tick, ctx)
    create, remember = actions
    assert isinstance(create, CreateTopic) and create.key == "digest:2026-W49" and create.category_id == 5
    assert isinstance(remember, Remember) and remember.key == "digest:2026-W49"
    fired_again = replace(
        ctx, memory=DictMemory({"digest": {remember.key: remember.value}}), now=NOW + timedelta(hours=3)
    )
    assert await weekly(replace(tick, key="digest.weekly:2"), fired_again) == []
    next_week = replace(fired_again, now=NOW + timedelta(days=7))
    assert [a.key for a in await weekly(tick, next_week) if isinstance(a, CreateTopic)] == ["digest:2026-W50"]


async def test_weekly_key_uses_the_forum_time_zone():
    # Sunday 23:30 UTC is already Monday in Paris: the new ISO week
    ctx = replace(forum(), now=datetime(2026, 12, 6, 23, 30, tzinfo=UTC))
    actions = await weekly(TickFired(name="digest.weekly", at=ctx.now, key="k"), ctx)
    assert actions[0].key == "digest:2026-W50"


async def test_digest_disabled_or_quiet():
    disabled = forum(digest={"category_id": 5, "enabled": False})
    assert await weekly(TickFired(name="digest.weekly", at=NOW, key="k"), disabled) == []
    quiet = replace(forum(), now=NOW + timedelta(days=60))
    _, raw = await build_digest(quiet)
    assert "Semaine calme" in raw


async def test_english_digest():
    _, raw = await build_digest(replace(forum(language="en")))
    assert "Most active topics" in raw
