"""The weekly digest: once a week, only what every reader may read."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.actions import CreateTopic, Remember
from bot.ctx import ReadOnlyMemory
from bot.dispatch import Dispatcher
from bot.events import PostCreated, TickFired
from bot.models import Category
from bot.replay import Simulation
from bot.state import MemoryState
from handlers import links
from handlers.digest import build_digest, weekly
from handlers.links.memory import open_requests
from handlers.meetings.extract import Meeting
from handlers.proposals import Proposal
from tests.handler_kit import make_ctx, state_of
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


def meeting(mid: str, title: str, topic_id: int, starts: datetime, link: str | None) -> Meeting:
    return Meeting(mid, title, starts, None, "Europe/Paris", False, link, topic_id, 1, topic_id * 1000 + 1, "ana")


async def test_digest_shows_meetings_of_public_topics_only():
    records = [
        meeting("a", "AG extraordinaire", 10, datetime(2026, 12, 5, 14, 0, tzinfo=UTC), "https://visio.example/ag"),
        meeting("b", "Réunion du bureau", 11, datetime(2026, 12, 6, 14, 0, tzinfo=UTC), None),
    ]
    _, raw = await build_digest(forum({"meetings": {m.id: m.to_json() for m in records}}))
    assert "AG extraordinaire" in raw and '[date=2026-12-05 time=15:00:00 timezone="Europe/Paris"]' in raw
    assert "Réunion du bureau" not in raw


async def test_digest_lists_only_link_requests_nobody_answered():
    """The links feature writes its records; the digest reads them through `open_requests`."""
    answered = thread(
        20,
        [
            ("orga", "Visio de suivi jeudi 18h, le lien : https://meet.jit.si/suivi-tiers-lieux"),
            ("lea", "Je ne trouve pas le lien de la visio, quelqu'un l'a ?"),
        ],
        title="Visio de suivi",
        start=WEEK_START,
        category_id=1,
    )
    unanswered = thread(
        21,
        [
            ("orga", "Atelier compost samedi 10h à la ferme, inscription obligatoire."),
            ("max", "Il manque le lien d'inscription ?"),
        ],
        title="Atelier compost",
        start=WEEK_START,
        category_id=1,
    )
    ctx = with_forum(make_ctx(now=NOW, digest={"category_id": 5}), [answered, unanswered], [Category(1, "G", "g")])
    simulation = Simulation(Dispatcher([links.router]), ctx.settings, ctx.forum, state_of(ctx))
    for topic in (answered, unanswered):
        await simulation.feed(PostCreated(topic.post(2)), topic.post(2).created_at)
    assert [(r.topic_id, r.post_number) for r in await open_requests(ctx)] == [(21, 2)]
    _, raw = await build_digest(ctx)
    section = raw.split("## Liens demandés, toujours sans réponse", 1)[1].split("##", 1)[0]
    assert "/t/-/21/2" in section and "(max)" in section and "inscription" in section
    assert "/t/-/20/2" not in section


async def test_digest_proposals_hook():
    def proposal(text: str, supporters: int, post: int, topic_id: int) -> Proposal:
        return Proposal(text, "ana", topic_id, [post], supporters)

    proposals = [proposal("Voter le budget en conseil", 4, 4, 10), proposal("Augmenter les salaires", 9, 1, 11)]
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
        ctx,
        memory=ReadOnlyMemory(MemoryState({"digest": {remember.key: remember.value}})),
        now=NOW + timedelta(hours=3),
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
