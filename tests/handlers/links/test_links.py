"""Missing links on the seed thread and on small French and English topics.

Events are replayed the way the engine would deliver them: the forum shows the
topic as it was when each post arrived, and the `Remember` actions are applied to
the memory before the next event.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from markdown_it import MarkdownIt

from bot.actions import FORUM_WRITES, Action, CancelTimer, ReplyToPost, ScheduleTimer, SendPrivateMessage
from bot.dispatch import Dispatcher
from bot.events import MentionReceived, PostCreated, PostEdited, TickFired
from bot.i18n import Messages, catalogue
from bot.models import Post, Topic
from bot.replay import Simulation
from bot.state import MemoryState, Timer
from handlers import help, links
from handlers.links.answer import because
from handlers.meetings.meeting import Meeting, meeting_id
from tests.handler_kit import make_ctx, make_post, seed_topic

REGISTRATION = "https://framaforms.org/inscription-visio-politique-tiers-lieux-1683900000"
T0 = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
DAY = timedelta(days=1)
HOUR = timedelta(hours=1)


def seed_with_link() -> Topic:
    """The seed thread as it was before the scrape lost post 6's registration link."""
    topic = seed_topic()
    six = topic.post(6)
    assert six is not None
    fixed = dataclasses.replace(six, raw=six.raw.replace(":slight_smile:", f":slight_smile:\n\n{REGISTRATION}"))
    return with_post(topic, fixed)


def with_post(topic: Topic, post: Post) -> Topic:
    """The topic with `post` added or replaced (an edit, or a new reply)."""
    posts = [p for p in topic.posts if p.post_number != post.post_number] + [post]
    return dataclasses.replace(topic, posts=tuple(sorted(posts, key=lambda p: p.post_number)))


def upto(topic: Topic, post_number: int) -> Topic:
    return dataclasses.replace(topic, posts=tuple(p for p in topic.posts if p.post_number <= post_number))


def topic_of(posts: list[Post], title: str = "Visio du jeudi", topic_id: int = 1) -> Topic:
    return Topic(id=topic_id, title=title, posts=tuple(posts), created_by=posts[0].username if posts else None)


class Bot:
    """The real dispatcher with the links and help routers, on in-memory state."""

    def __init__(self, memory: dict[str, dict[str, Any]] | None = None, language: str = "fr", **settings: Any) -> None:
        self.state = MemoryState(memory if memory is not None else {})
        self.memory = self.state.data
        self.language = language
        self.settings = settings
        self.sent: list[Action] = []

    @property
    def timers(self) -> dict[str, Timer]:
        return {k: t for k, t in self.state.timers.items() if not t.fired}

    async def send(self, event: Any, topic: Topic, now: datetime) -> list[Action]:
        ctx = make_ctx([topic], now=now, language=self.language, **self.settings)
        simulation = Simulation(Dispatcher([links.router, help.router]), ctx.settings, ctx.forum, self.state)
        actions = await simulation.feed(event, now)
        self.sent += actions
        return actions

    async def fire_timers(self, topic: Topic, now: datetime) -> list[Action]:
        actions: list[Action] = []
        for key, timer in sorted(self.timers.items()):
            if timer.at <= now:
                actions += await self.send(TickFired(timer.name, timer.at, key, timer.payload), topic, now)
        return actions

    def writes(self) -> list[Action]:
        return [a for a in self.sent if isinstance(a, FORUM_WRITES)]


async def play_seed(bot: Bot, topic: Topic) -> list[tuple[Any, Topic, datetime]]:
    """Every post of the thread as it arrives, then the timers; returns the events for replays."""
    events = []
    for post in topic.posts:
        now = post.created_at + timedelta(minutes=1)
        view = upto(topic, post.post_number)
        await bot.fire_timers(view, now)
        event = PostCreated(post)
        events.append((event, view, now))
        await bot.send(event, view, now)
    end = topic.posts[-1].created_at + timedelta(hours=1)
    for key, timer in sorted(bot.timers.items()):
        events.append((TickFired(timer.name, timer.at, key, timer.payload), topic, end))
    await bot.fire_timers(topic, end)
    return events


def replies(actions: list[Action]) -> list[ReplyToPost]:
    return [a for a in actions if isinstance(a, ReplyToPost)]


# --- the seed thread ---------------------------------------------------------------


async def test_seed_as_is_asks_the_announcer_once_for_posts_2_and_3() -> None:
    bot = Bot()
    await play_seed(bot, seed_topic())
    asks = [a for a in replies(bot.sent) if a.key.endswith(":links")]
    assert len(asks) == 1
    ask = asks[0]
    assert ask.reply_to_post_number == 2
    assert ask.mentions == ("AssoTiersLieux",)
    assert ask.raw.count("@AssoTiersLieux") == 1
    assert "(membre_a)" in ask.raw
    assert "http" not in ask.raw
    state = bot.memory["links"]["topic:1"]
    assert [w["askers"] for w in state["waits"]] == [["membre_a", "membre_b"]]
    assert bot.memory["links"]["request:1003"]["outcome"] == "joined"


async def test_seed_flags_posts_6_13_and_19_and_tells_their_authors() -> None:
    bot = Bot()
    await play_seed(bot, seed_topic())
    pms = [a for a in bot.sent if isinstance(a, SendPrivateMessage)]
    assert sorted((a.recipients, a.key) for a in pms) == [
        (("AssoTiersLieux",), "pm:1006:links-missing"),
        (("Remy_Seillier",), "pm:1019:links-missing"),
        (("membre_h",), "pm:1013:links-missing"),
    ]
    thirteen = next(a for a in pms if a.recipients == ("membre_h",))
    assert "« accessibles ici »" in thirteen.raw
    # Discourse links no bare path: the post is a markdown link its author can follow.
    assert '<a href="/t/-/1/13">' in MarkdownIt("commonmark").render(thirteen.raw)
    assert all(k not in bot.memory["links"] for k in ("missing:1011", "missing:1018"))


async def test_seed_with_the_registration_link_follows_up_to_both_askers() -> None:
    bot = Bot()
    await play_seed(bot, seed_with_link())
    follow = [a for a in replies(bot.sent) if a.key.endswith(":links-followup")]
    assert len(follow) == 1
    assert REGISTRATION in follow[0].raw
    assert follow[0].mentions == ("membre_a", "membre_b")
    assert '[quote="AssoTiersLieux, post:6, topic:1"]\n' in follow[0].raw
    assert "\n[/quote]" in follow[0].raw
    assert bot.memory["links"]["topic:1"]["waits"] == []
    assert not any(isinstance(a, SendPrivateMessage) and a.recipients == ("AssoTiersLieux",) for a in bot.sent)


async def test_catch_up_after_the_announcer_gave_the_link_says_nothing() -> None:
    topic = seed_with_link()
    bot = Bot()
    now = datetime(2023, 5, 14, 9, 0, tzinfo=UTC)
    first = await bot.send(PostCreated(topic.post(2)), topic, now)
    second = await bot.send(PostCreated(topic.post(3)), topic, now)
    assert replies(first) == [] and second == []
    record = bot.memory["links"]["request:1002"]
    assert record["outcome"] == "silent" and "post 6" in record["why"]


async def test_replaying_the_seed_with_the_memory_it_produced_does_nothing() -> None:
    for topic in (seed_topic(), seed_with_link()):
        bot = Bot()
        events = await play_seed(bot, topic)
        assert bot.writes()
        again = Bot(memory=bot.memory)
        for event, view, now in events:
            assert await again.send(event, view, now) == [], event


async def test_preview_of_the_seed() -> None:
    topic = seed_topic()
    out = await links.preview(topic, make_ctx([topic]))
    assert [(r["post_numbers"], r["answer"]) for r in out["link_requests"]] == [([2, 3], None)]
    flagged = {m["post_number"]: m["phrase"] for m in out["missing_links"]}
    assert flagged[13] == "accessibles ici"
    assert flagged[19] == "Accessible en cliquant ici"
    assert 11 not in flagged and 2 not in flagged


EN, FR = Messages("en"), Messages("fr")


async def test_preview_lines_say_in_full_why_scribe_asks_and_whom_it_tells() -> None:
    topic = seed_topic()
    out = await links.preview(topic, make_ctx([topic]))
    assert [links.request_line(r, EN) for r in out["link_requests"]] == [
        "post 2 (membre_a, membre_b; registration): ask — no link of the kind asked in this topic"
    ]
    missing = [links.missing_line(m, EN) for m in out["missing_links"] if m["post_number"] == 13]
    assert missing == ['post 13: "accessibles ici" without a link — a private note to its author']


async def test_preview_lines_speak_french_on_a_french_forum() -> None:
    topic = seed_topic()
    out = await links.preview(topic, make_ctx([topic]))
    [request] = [links.request_line(r, FR) for r in out["link_requests"]]
    assert request == (
        "message 2 (membre_a, membre_b ; inscription) : demander à l'auteur de l'annonce — "
        "aucun lien du type demandé dans ce sujet"
    )
    missing = [links.missing_line(m, FR) for m in out["missing_links"] if m["post_number"] == 13]
    assert missing == ["message 13 : « accessibles ici » sans lien — un message privé à son auteur"]
    bare = {**out["link_requests"][0], "kinds": [], "why": "", "reason": None, "decision": "silent"}
    assert links.request_line(bare, FR) == "message 2 (membre_a, membre_b ; un lien) : se taire"


@pytest.mark.parametrize("reason", sorted(k.split(".")[-1] for k in catalogue("en") if k.startswith("links.why.")))
def test_every_reason_of_a_silence_reads_in_the_forums_language(reason: str) -> None:
    values = {
        "post": 12,
        "newer": 15,
        "count": 3,
        "days": 7,
        "things": "week 3",
        "link": 9,
        "announced": "week 2",
        "words": "feedback",
        "name": "bob",
        "asker": "lea",
    }
    why = because(reason, **values)
    english = EN.get(f"links.why.{reason}", **values)
    request = {"post_number": 4, "askers": ["lea"], "kinds": ["document"], "decision": "silent"}
    request |= {"why": english, "reason": why.to_json()}
    assert links.request_line(request, EN) == f"post 4 (lea; document): silent — {english}"
    french = FR.get(f"links.why.{reason}", **values)
    assert french != english
    assert links.request_line(request, FR) == f"message 4 (lea ; document) : se taire — {french}"


def two_decks() -> Topic:
    """A workshop announcement with two decks of slides, and a member asking for "the slides"."""
    return topic_of(
        [
            make_post(
                1,
                "organiser",
                "Map making workshop on Thursday.\n\nSlides, part one: https://example.org/deck-one.pdf\n"
                "Slides, part two: https://example.org/deck-two.pdf",
                created_at=T0,
            ),
            make_post(2, "noor", "Could someone share the slides please?", created_at=T0 + timedelta(hours=3)),
        ],
        title="Map making workshop",
    )


def answered_by_a_member() -> Topic:
    """A recording asked for, and given by another member before scribe could."""
    return topic_of(
        [
            make_post(1, "organiser", "Our garden meeting is on Thursday, see you there.", created_at=T0),
            make_post(2, "noor", "Where is the link to the recording?", created_at=T0 + 2 * DAY),
            make_post(3, "sami", "Here: https://video.example.org/garden-meeting", created_at=T0 + 2 * DAY),
        ],
        title="Garden meeting",
    )


@pytest.mark.parametrize(
    ("topic", "english", "french"),
    [
        (
            two_decks(),
            "2 links of the kind asked in this topic: unsure which",
            "2 liens du type demandé dans ce sujet : on ne sait pas lequel",
        ),
        (answered_by_a_member(), "post 3 already answers", "le message 3 y répond déjà"),
    ],
)
async def test_the_preview_words_a_silence_in_the_forums_language(topic: Topic, english: str, french: str) -> None:
    [request] = (await links.preview(topic, make_ctx([topic])))["link_requests"]
    assert request["decision"] == "silent"
    assert request["why"] == english  # the JSON output keeps its English words
    assert links.request_line(request, EN).endswith(f": silent — {english}")
    assert links.request_line(request, FR).endswith(f" : se taire — {french}")


async def test_a_silence_is_recorded_with_its_message_and_the_requests_joining_it_keep_it() -> None:
    topic = two_decks()
    later = make_post(3, "yann", "+1", created_at=T0 + timedelta(hours=4))
    bot = Bot(language="en")
    await play_seed(bot, with_post(topic, later))
    records = {k: v for k, v in bot.memory["links"].items() if k.startswith("request:")}
    assert sorted(records) == ["request:1002", "request:1003"]
    for record in records.values():
        assert record["outcome"] == "silent"
        assert record["why"] == "2 links of the kind asked in this topic: unsure which"
        assert record["reason"] == {"key": "several", "values": {"count": 2}}


def test_a_reason_no_message_words_is_printed_as_it_is() -> None:
    request = {
        "post_number": 4,
        "askers": ["lea"],
        "kinds": [],
        "decision": "silent",
        "why": "a reason of an older record",
    }
    assert links.request_line(request, FR) == "message 4 (lea ; un lien) : se taire — a reason of an older record"


async def test_a_silent_request_line_gives_the_post_that_answers() -> None:
    topic = seed_with_link()
    [request] = (await links.preview(topic, make_ctx([topic])))["link_requests"]
    assert (
        links.request_line(request, EN) == "post 2 (membre_a, membre_b; registration): silent — post 6 already answers"
    )
    assert (
        links.request_line({**request, "kinds": [], "why": "", "reason": None}, EN)
        == "post 2 (membre_a, membre_b; a link): silent"
    )


async def test_preview_of_the_seed_with_its_link() -> None:
    topic = seed_with_link()
    out = await links.preview(topic, make_ctx([topic]))
    assert out["link_requests"][0]["post_number"] == 2
    request = out["link_requests"][0]
    assert (request["decision"], request["answer"], request["why"]) == ("silent", None, "post 6 already answers")
    assert [m["post_number"] for m in out["missing_links"]] == [13, 19]


# --- announcements that forgot their link ------------------------------------------


def announcement(raw: str, version: int = 1, created_at: datetime = T0) -> Post:
    return make_post(1, "orga", raw, created_at=created_at, version=version)


async def test_author_who_edits_the_link_in_during_the_grace_period_gets_nothing() -> None:
    bot = Bot()
    post = announcement("Atelier jeudi 18h. Le lien d'inscription :")
    scheduled = await bot.send(PostCreated(post), topic_of([post]), T0)
    [timer] = [a for a in scheduled if isinstance(a, ScheduleTimer)]
    assert timer.at == T0 + timedelta(minutes=10) and timer.payload["post_id"] == post.id
    edited = dataclasses.replace(
        post, raw=post.raw + " https://www.helloasso.com/associations/x/evenements/atelier", version=2
    )
    topic = topic_of([edited])
    cancelled = await bot.send(PostEdited(edited), topic, T0 + timedelta(minutes=4))
    assert CancelTimer(timer.key) in cancelled
    late_tick = await bot.send(TickFired(timer.name, timer.at, timer.key, timer.payload), topic, timer.at)
    assert bot.writes() == [] and late_tick == []


async def test_edit_seen_only_at_timer_time_is_enough() -> None:
    bot = Bot()
    post = announcement("Les inscriptions pour la visio : cliquez ici")
    [timer] = [a for a in await bot.send(PostCreated(post), topic_of([post]), T0) if isinstance(a, ScheduleTimer)]
    edited = dataclasses.replace(
        post, raw="Les inscriptions pour la visio : [cliquez ici](https://framaforms.org/visio)", version=2
    )
    await bot.send(TickFired(timer.name, timer.at, timer.key, timer.payload), topic_of([edited]), timer.at)
    assert bot.writes() == []


async def test_forgotten_link_after_grace_period_private_message_reply_or_nothing() -> None:
    post = announcement("Here is the link for Thursday's call, register here.")
    for notify, expected in (("pm", SendPrivateMessage), ("reply", ReplyToPost)):
        bot = Bot(language="en", links={"notify": notify, "grace_minutes": 5})
        await bot.send(PostCreated(post), topic_of([post]), T0)
        assert await bot.fire_timers(topic_of([post]), T0 + timedelta(minutes=4)) == []
        out = await bot.fire_timers(topic_of([post]), T0 + timedelta(minutes=5))
        [write] = [a for a in out if isinstance(a, FORUM_WRITES)]
        assert isinstance(write, expected)
        assert "orga" in (write.recipients if notify == "pm" else write.mentions)
        assert "Here is the link" in write.raw
    quiet = Bot(links={"notify": "none"})
    assert await quiet.send(PostCreated(post), topic_of([post]), T0) == []


async def test_link_in_the_authors_next_post_counts() -> None:
    bot = Bot()
    post = announcement("Réunion mardi. Ci-dessous le lien de la visio")
    [timer] = [a for a in await bot.send(PostCreated(post), topic_of([post]), T0) if isinstance(a, ScheduleTimer)]
    nxt = make_post(2, "orga", "https://meet.jit.si/reunion-mardi", created_at=T0 + timedelta(minutes=1))
    await bot.send(TickFired(timer.name, timer.at, timer.key, timer.payload), topic_of([post, nxt]), timer.at)
    assert bot.writes() == []


async def test_posts_with_links_or_without_pointer_are_not_watched() -> None:
    bot = Bot()
    for raw in (
        "Le lien d'inscription : https://framaforms.org/x",
        "Financer le lien social",
        "Voir les propositions ci-dessous.",
        "[Accessible en cliquant ici](https://pad.example.org/p/notes)",
    ):
        post = announcement(raw)
        assert await bot.send(PostCreated(post), topic_of([post]), T0) == []


WATCHED = [
    "Visio jeudi 18h, inscrivez-vous !",
    "Atelier couture samedi 10h au fablab, inscris-toi vite",
    "Prochaine rencontre du réseau le 12 décembre. N'oubliez pas de vous inscrire !",
    "Atelier samedi 10h, inscription obligatoire via le formulaire.",
    "Pour choisir la date de la prochaine AG, merci de répondre au framadate avant vendredi.",
    "Les inscriptions se font sur helloasso.",
    "Webinaire sur les financements mardi 14h.\n\nInscription sur helloasso :",
    "Bonjour à tous, on se retrouve en visio jeudi à 18h sur Jitsi :",
    "Pensez à vous inscrire au repas de jeudi !",
    "@marie voici le lien de la visio de jeudi",
    "I share the link below for Thursday's call",
    "Recensement des besoins : merci de compléter le questionnaire en ligne avant le 5 février.",
    "Pour fixer la date du prochain comité, remplissez le framadate !",
    "Ci-dessous le lien, en réponse à la question de Paul.",
]
"""Announcements that call to register or end on a colon, and carry no link."""
QUIET = [
    "Visio jeudi 18h, inscrivez-vous : https://framaforms.org/visio-jeudi",
    "Visio jeudi 18h, le lien suivra.",
    "Visio jeudi 18h, lien à venir",
    "Le lien d'inscription : à venir",
    "Visio jeudi 18h, le lien de connexion sera partagé ici jeudi matin.",
    "Atelier jeudi, je vous enverrai le lien la veille.",
    "Visio du groupe mardi 20h, je mets le lien ici avant.",
    "Visio mardi 18h, je poste le lien ici demain matin.",
    "GA7 doubt sessions this week. TAs will post the timings and links below.",
    "Revision sessions on the weekend, the team will share the links below before each session.",
    "Atelier samedi 10h, inscrivez-vous par mail à l'accueil du tiers-lieu.",
    "Repas partagé vendredi, inscrivez-vous en répondant à ce message !",
    "Atelier samedi 10h, inscrivez-vous auprès de Julie.",
    "Atelier samedi 10h, inscrivez-vous en écrivant à contact@tiers-lieu.org",
    "Inscris-toi, c'est top !",
    "Visio jeudi 18h (le lien d'inscription est dans le message précédent), inscrivez-vous !",
    "Visio jeudi 18h, inscrivez-vous via le lien du premier message !",
    "Atelier samedi, le formulaire est plus haut dans le fil.",
    "Je me suis inscrite via le formulaire, merci !",
    "J'ai répondu au framadate, je suis dispo mardi.",
    "Merci à tous pour la visio d'hier, on se retrouve le mois prochain.",
    "Le programme de la visio :\n- 18h accueil\n- 18h30 tour de table",
]
"""Announcements with their link, a link said to come, another way to register, or replies."""


@pytest.mark.parametrize(("raw", "watched"), [(r, True) for r in WATCHED] + [(r, False) for r in QUIET])
async def test_an_announcement_without_a_link_is_watched_unless_it_comes_later_or_another_way(
    raw: str, watched: bool
) -> None:
    post = announcement(raw)
    timers = [a for a in await Bot().send(PostCreated(post), topic_of([post]), T0) if isinstance(a, ScheduleTimer)]
    assert bool(timers) == watched


async def test_a_reply_recalling_to_register_points_at_the_link_given_above() -> None:
    """A bare call to register opens an announcement; in a reminder further down the topic it recalls the
    link the announcement gave. A reply saying where its link is ("ci-dessous", a colon) still forgot it."""
    first = announcement("Visio jeudi 18h, inscriptions : https://framaforms.org/visio-jeudi")
    for raw, watched in (
        ("Rappel : visio ce jeudi 18h, pensez à vous inscrire !", False),
        ("Rappel : visio ce jeudi 18h, le lien d'inscription ci-dessous", True),
    ):
        reminder = make_post(2, "orga", raw, created_at=T0 + DAY)
        out = await Bot().send(PostCreated(reminder), topic_of([first, reminder]), T0 + DAY)
        assert bool([a for a in out if isinstance(a, ScheduleTimer)]) == watched, raw


# --- requests on small topics ------------------------------------------------------


def english_topic(with_link: bool = True) -> list[Post]:
    link = (
        " Register here: https://www.eventbrite.com/e/community-spaces-webinar-123" if with_link else " Register here."
    )
    return [
        make_post(1, "host", "Webinar on community spaces next Thursday at 6pm." + link, created_at=T0),
        make_post(2, "alice", "Great idea, I'll share it with our members.", created_at=T0 + timedelta(minutes=5)),
        make_post(3, "bob", "Where is the link? I can't find it on the page.", created_at=T0 + timedelta(minutes=30)),
    ]


async def test_english_request_answered_with_the_link_of_the_first_post() -> None:
    posts = english_topic()
    bot = Bot(language="en")
    out = await bot.send(PostCreated(posts[2]), topic_of(posts), T0 + timedelta(minutes=31))
    [answer] = replies(out)
    assert "https://www.eventbrite.com/e/community-spaces-webinar-123" in answer.raw
    assert answer.raw.startswith("Hello @bob!")
    assert '[quote="host, post:1, topic:1"]' in answer.raw
    assert answer.reply_to_post_number == 3 and answer.mentions == ("bob",)


async def test_with_unasked_answers_off_only_a_request_to_scribe_gets_the_link() -> None:
    posts = english_topic()
    bot = Bot(language="en", links={"answer_unasked": False})
    assert replies(await bot.send(PostCreated(posts[2]), topic_of(posts), T0 + timedelta(minutes=31))) == []
    asked = make_post(4, "carol", "@scribe where is the link? I can't find it.", created_at=T0 + timedelta(minutes=40))
    posts = [*posts, asked]
    [answer] = replies(
        await bot.send(MentionReceived(asked, "where", "is the link?"), topic_of(posts), T0 + timedelta(minutes=41))
    )
    assert "https://www.eventbrite.com/e/community-spaces-webinar-123" in answer.raw
    assert answer.reply_to_post_number == 4


def _pms(actions: list[Action]) -> list[SendPrivateMessage]:
    return [a for a in actions if isinstance(a, SendPrivateMessage)]


async def test_in_review_the_answer_goes_to_the_moderators_not_to_the_topic() -> None:
    """A trial on a new forum: what scribe would answer reaches the review group privately, once,
    pinging nobody; a request addressed to scribe is still answered in the topic."""
    posts = english_topic()
    bot = Bot(language="en", links={"answer_unasked": "review"})
    out = await bot.send(PostCreated(posts[2]), topic_of(posts), T0 + timedelta(minutes=31))
    assert replies(out) == []
    [pm] = _pms(out)
    assert pm.recipients == ("moderators",) and pm.mentions == ()
    assert "https://www.eventbrite.com/e/community-spaces-webinar-123" in pm.raw
    assert "(/t/-/1/3)" in pm.raw  # the request, for the moderator to open
    again = await bot.send(PostCreated(posts[2]), topic_of(posts), T0 + timedelta(minutes=32))
    assert _pms(again) == [] and replies(again) == []
    asked = make_post(4, "carol", "@scribe where is the link? I can't find it.", created_at=T0 + timedelta(minutes=40))
    posts = [*posts, asked]
    [answer] = replies(
        await bot.send(MentionReceived(asked, "where", "is the link?"), topic_of(posts), T0 + timedelta(minutes=41))
    )
    assert answer.reply_to_post_number == 4
    assert "https://www.eventbrite.com/e/community-spaces-webinar-123" in answer.raw


async def test_in_review_the_ask_and_its_follow_up_go_to_the_moderators_in_french() -> None:
    posts = english_topic(with_link=False)
    bot = Bot(links={"answer_unasked": "review"}, permissions={"review_group": "equipe"})
    [pm] = _pms(await bot.send(PostCreated(posts[2]), topic_of(posts), T0 + timedelta(minutes=31)))
    assert pm.recipients == ("equipe",) and pm.mentions == () and "@host" in pm.raw
    assert pm.title.startswith("Réponse proposée")
    fixed = dataclasses.replace(posts[0], raw=posts[0].raw + " https://www.eventbrite.com/e/777", version=2)
    posts[0] = fixed
    out = await bot.send(PostEdited(fixed), topic_of(posts), T0 + timedelta(hours=3))
    assert replies(out) == []
    [follow] = _pms(out)
    assert "https://www.eventbrite.com/e/777" in follow.raw and follow.key != pm.key


async def test_request_with_no_link_anywhere_asks_the_topic_author_then_follows_up_on_the_edit() -> None:
    posts = english_topic(with_link=False)
    bot = Bot(language="en")
    out = await bot.send(PostCreated(posts[2]), topic_of(posts), T0 + timedelta(minutes=31))
    [ask] = replies(out)
    assert ask.mentions == ("host",) and ask.raw.count("@host") == 1 and "bob" in ask.raw
    fourth = make_post(4, "carol", "same here", created_at=T0 + timedelta(minutes=40))
    posts.append(fourth)
    assert replies(await bot.send(PostCreated(fourth), topic_of(posts), T0 + timedelta(minutes=41))) == []
    fixed = dataclasses.replace(posts[0], raw=posts[0].raw + " https://www.eventbrite.com/e/777", version=2)
    posts[0] = fixed
    [follow] = replies(await bot.send(PostEdited(fixed), topic_of(posts), T0 + timedelta(hours=3)))
    assert "https://www.eventbrite.com/e/777" in follow.raw
    assert follow.mentions == ("bob", "carol")
    assert follow.key == f"reply:{posts[2].id}:links-followup"
    again = await bot.send(PostEdited(fixed), topic_of(posts), T0 + timedelta(hours=4))
    assert replies(again) == []


async def test_follow_up_on_a_new_post_by_the_author_but_not_by_someone_else() -> None:
    posts = [
        make_post(1, "orga", "Visio jeudi 18h, venez nombreux !"),
        make_post(2, "lea", "Où est le lien de la visio ?"),
    ]
    bot = Bot()
    await bot.send(PostCreated(posts[1]), topic_of(posts), T0)
    stranger = make_post(3, "spam", "voir https://example.com/promo")
    posts.append(stranger)
    assert replies(await bot.send(PostCreated(stranger), topic_of(posts), T0 + timedelta(minutes=5))) == []
    author = make_post(4, "orga", "Pardon, voici le lien : https://bbb.example.org/b/orga-xyz")
    posts.append(author)
    [follow] = replies(await bot.send(PostCreated(author), topic_of(posts), T0 + timedelta(minutes=9)))
    assert "https://bbb.example.org/b/orga-xyz" in follow.raw and follow.mentions == ("lea",)
    assert '[quote="orga, post:4, topic:1"]' in follow.raw


async def test_two_requests_in_a_row_get_one_answer() -> None:
    posts = [
        make_post(
            1,
            "orga",
            "Atelier samedi, inscription obligatoire : https://www.helloasso.com/associations/tl/evenements/atelier",
        ),
        make_post(2, "lea", "Le lien d'inscription svp ?", created_at=T0),
        make_post(3, "max", "Je ne trouve pas le lien non plus", created_at=T0 + timedelta(minutes=3)),
        make_post(4, "zoe", "+1", created_at=T0 + timedelta(minutes=4)),
    ]
    bot = Bot()
    for i, post in enumerate(posts[1:], start=2):
        await bot.send(PostCreated(post), topic_of(posts[:i]), post.created_at + timedelta(seconds=30))
    answers = replies(bot.sent)
    assert len(answers) == 1 and answers[0].reply_to_post_number == 2
    assert {bot.memory["links"][f"request:{p.id}"]["outcome"] for p in posts[2:]} == {"joined"}


async def test_cooldown_then_a_new_answer_and_the_direct_command() -> None:
    link = "https://meet.google.com/abc-defg-hij"
    first = make_post(1, "orga", f"Réunion mensuelle, lien de la visio : {link}")
    ask1 = make_post(2, "lea", "Où est le lien ?", created_at=T0)
    bot_reply = make_post(
        3, "scribe", f"Bonjour @lea ! Voici le lien demandé : {link}", created_at=T0 + timedelta(minutes=1)
    )
    ask2 = make_post(4, "max", "Le lien svp ?", created_at=T0 + timedelta(minutes=30))
    ask3 = make_post(6, "zoe", "Je ne trouve pas le lien de la visio", created_at=T0 + timedelta(minutes=95))
    bot = Bot()
    assert len(replies(await bot.send(PostCreated(ask1), topic_of([first, ask1]), T0))) == 1
    topic = topic_of([first, ask1, bot_reply, ask2])
    assert replies(await bot.send(PostCreated(ask2), topic, T0 + timedelta(minutes=30))) == []
    assert bot.memory["links"][f"request:{ask2.id}"]["outcome"] == "cooldown"
    command = make_post(5, "tom", "@scribe lien", created_at=T0 + timedelta(minutes=31))
    # The post is both a mention and a new post: the command answers it, once.
    [direct] = replies(
        await bot.send(
            PostCreated(command), topic_of([first, ask1, bot_reply, ask2, command]), T0 + timedelta(minutes=31)
        )
    )
    assert link in direct.raw and direct.key == f"reply:{command.id}:links"
    late = await bot.send(
        PostCreated(ask3), topic_of([first, ask1, bot_reply, ask2, command, ask3]), T0 + timedelta(minutes=95)
    )
    assert len(replies(late)) == 1 and link in replies(late)[0].raw
    assert replies(late)[0].mentions == ("max", "zoe")


async def test_nobody_to_ask_means_silence() -> None:
    """No announcement in the topic: scribe cannot promise anyone will add the link."""
    posts = [make_post(2, "lea", "Où est le lien de la visio ?"), make_post(3, "max", "pareil")]
    bot = Bot()
    assert replies(await bot.send(PostCreated(posts[0]), topic_of(posts), T0)) == []
    assert bot.memory["links"][f"request:{posts[0].id}"]["outcome"] == "silent"
    question = [
        make_post(1, "lea", "Where can I find the recording of yesterday's session?"),
        make_post(2, "max", "Same question, I cannot find the recording"),
    ]
    bot = Bot(language="en")
    for post in question:
        assert replies(await bot.send(PostCreated(post), topic_of(question), T0)) == []
    assert {bot.memory["links"][f"request:{p.id}"]["outcome"] for p in question} == {"silent"}


async def test_command_without_any_link_says_so_in_english() -> None:
    posts = [make_post(1, "orga", "Let's talk about the budget."), make_post(2, "max", "@scribe link")]
    bot = Bot(language="en")
    [answer] = replies(await bot.send(MentionReceived(posts[1], "link", ""), topic_of(posts), T0))
    assert answer.raw.startswith("I found no link I am sure of in this topic") and "http" not in answer.raw


async def test_link_from_the_meetings_scribe_knows() -> None:
    posts = [make_post(1, "orga", "Visio de lancement jeudi 17h"), make_post(2, "lea", "lien de la visio ?")]
    meeting = Meeting(
        id="1:1",
        title="Visio de lancement",
        start=T0 + timedelta(days=1),
        end=None,
        tz="Europe/Paris",
        all_day=False,
        link="https://meet.jit.si/lancement-tiers-lieux",
        topic_id=1,
        post_number=1,
        post_id=1001,
        author="orga",
    )
    meetings = {meeting.id: meeting.to_json(), "subscribers:1": ["lea"]}
    bot = Bot(memory={"meetings": meetings})
    [answer] = replies(await bot.send(PostCreated(posts[1]), topic_of(posts), T0))
    assert "https://meet.jit.si/lancement-tiers-lieux" in answer.raw
    assert '[quote="orga, post:1, topic:1"]' in answer.raw


async def test_wrong_kind_of_link_is_not_an_answer() -> None:
    posts = [
        make_post(1, "orga", "Rencontre régionale, programme : https://example.org/programme.pdf"),
        make_post(2, "lea", "Il manque le lien d'inscription ?"),
    ]
    [ask] = replies(await Bot().send(PostCreated(posts[1]), topic_of(posts), T0))
    assert ask.mentions == ("orga",) and "example.org" not in ask.raw and "d'inscription" in ask.raw


async def test_not_requests_bot_posts_and_quotes_are_left_alone() -> None:
    bot = Bot()
    first = make_post(1, "orga", "Visio jeudi : https://meet.jit.si/jeudi")
    cases = [
        make_post(2, "lea", "Financer le lien social, c'est la priorité"),
        make_post(2, "scribe", "Où est le lien ?"),
        make_post(
            2,
            "lea",
            '[quote="max, post:1, topic:1"]\nOù est le lien ?\n[/quote]\n\nBonne question, je cherche aussi une date.',
        ),
        make_post(2, "lea", "+1"),
    ]
    for post in cases:
        assert await bot.send(PostCreated(post), topic_of([first, post]), T0) == [], post.raw


async def test_a_link_of_another_kind_or_the_askers_own_is_never_the_answer() -> None:
    """A recording is asked for: the session's call link is not it, nor the playlist the asker
    already gave; nothing right is there, so scribe stays silent and says why in its memory."""
    posts = [
        make_post(1, "staff_a", "Live session today 8pm, join at https://meet.google.com/abc-defg-hij", created_at=T0),
        make_post(
            2,
            "lea",
            "Was this session recorded? It is not in https://www.youtube.com/playlist?list=PLx, please share the link",
            created_at=T0 + timedelta(days=1),
        ),
    ]
    bot = Bot(language="en")
    assert replies(await bot.send(PostCreated(posts[1]), topic_of(posts), T0 + timedelta(days=1))) == []
    record = bot.memory["links"][f"request:{posts[1].id}"]
    assert record["outcome"] == "silent" and record["kinds"] == ["meeting", "recording"]
    recording = make_post(
        3, "staff_a", "Recording: https://www.youtube.com/watch?v=abc", created_at=T0 + timedelta(days=2)
    )
    later = make_post(4, "max", "Where can I find the recording?", created_at=T0 + timedelta(days=3))
    posts += [recording, later]
    [answer] = replies(await bot.send(PostCreated(later), topic_of(posts), later.created_at))
    assert "https://www.youtube.com/watch?v=abc" in answer.raw and "meet.google" not in answer.raw.split("[quote")[0]


async def test_a_question_topic_has_no_announcer_to_ping() -> None:
    posts = [
        make_post(1, "lea", "My assignment shows not submitted although I submitted it twice. Please check."),
        make_post(2, "max", "@teacher how do I do the peer review, where is the link?"),
    ]
    bot = Bot(language="en")
    assert replies(await bot.send(PostCreated(posts[1]), topic_of(posts), T0)) == []
    assert "nobody to ask" in bot.memory["links"][f"request:{posts[1].id}"]["why"]


async def test_the_announcement_of_another_topic_of_the_same_category_when_asked_to_look_there() -> None:
    link = "https://exam.example.org/ga6"
    announced = Topic(
        id=7,
        title="GA6 - Data visualisation",
        category_id=4,
        posts=(make_post(1, "teacher", f"Graded assignment 6 is out: {link}", topic_id=7, moderator=True),),
    )
    ask = make_post(1, "lea", "I cannot find the GA6 exam link anywhere", topic_id=8, created_at=T0)
    question = Topic(id=8, title="GA6 not visible", category_id=4, posts=(ask,))
    for look, expected in ((False, []), (True, [link])):
        ctx = make_ctx([announced, question], now=T0, language="en", links={"look_elsewhere": look})
        simulation = Simulation(Dispatcher([links.router]), ctx.settings, ctx.forum)
        out = replies(await simulation.feed(PostCreated(ask), T0))
        assert [link for a in out if link in a.raw] == expected
    assert '[quote="teacher, post:1, topic:7"]' in out[0].raw


def _judge_request(body: dict) -> dict:
    return {"link_request": True, "kind": "recording"}


@pytest.mark.parametrize("mode", ["json", "invalid", "500"])
async def test_a_post_in_doubt_goes_to_the_model_and_the_rules_decide_when_it_fails(mode: str) -> None:
    from bot.llm import Llm
    from bot.sandbox.llm import FakeLlm
    from handlers.links.text import in_doubt, is_request

    text = "Hi, anyone got the lecture from Tuesday somewhere? I missed it."
    assert in_doubt(text) and not is_request(text)
    posts = [
        make_post(1, "teacher", "Live class on Tuesday at 8 pm: https://meet.google.com/abc-defg-hij", created_at=T0),
        make_post(2, "lea", text, created_at=T0 + timedelta(days=2)),
    ]
    server = FakeLlm(_judge_request)
    server.default_mode = mode
    await server.start()
    try:
        ctx = make_ctx(
            [topic_of(posts)], now=posts[1].created_at, language="en", llm={"base_url": server.url, "max_retries": 0}
        )
        llm = Llm.from_settings(ctx.settings)
        simulation = Simulation(Dispatcher([links.router]), ctx.settings, ctx.forum, llm=llm)
        out = await simulation.feed(PostCreated(posts[1]), posts[1].created_at)
        await llm.close()
    finally:
        await server.stop()
    assert len(server.requests) == 1 and "<post" in server.requests[0]["messages"][-1]["content"]
    record = simulation.state.data.get("links", {}).get(f"request:{posts[1].id}")
    if mode == "json":
        assert llm.tokens_used > 0
        assert record["outcome"] == "silent" and "recording" in record["kinds"]  # no recording yet: silence
        assert "meet.google" not in " ".join(a.raw for a in replies(out))
    else:
        assert record is None and replies(out) == []


async def test_the_link_of_another_assignment_is_not_the_answer() -> None:
    posts = [
        make_post(1, "teacher", "GA5 is out: https://exam.example.org/ga5\nGA6 comes next week.", created_at=T0),
        make_post(2, "lea", "I can't see the GA6 exam link", created_at=T0 + timedelta(days=8)),
    ]
    bot = Bot(language="en")
    out = replies(await bot.send(PostCreated(posts[1]), topic_of(posts), posts[1].created_at))
    assert not any("exam.example.org/ga5" in a.raw for a in out)
    assert bot.memory["links"][f"request:{posts[1].id}"]["outcome"] in ("silent", "asked")


async def test_waiting_for_a_release_is_not_answered_with_what_was_announced_before() -> None:
    page = "https://exam.example.org/portal"
    posts = [
        make_post(1, "teacher", f"The exam on Sunday at 1 pm: its link will appear on {page}", created_at=T0),
        make_post(2, "lea", "Is the exam link enabled yet? Nothing on the portal", created_at=T0 + timedelta(days=2)),
    ]
    bot = Bot(language="en")
    assert replies(await bot.send(PostCreated(posts[1]), topic_of(posts), posts[1].created_at)) == []
    assert "wait for a release" in bot.memory["links"][f"request:{posts[1].id}"]["why"]


def test_a_same_issue_replying_to_someone_elses_error_does_not_join_a_request() -> None:
    from handlers.links.bursts import request_groups

    posts = [
        make_post(1, "staff", "Please post your questions about the project here."),
        make_post(2, "ana", "Where is the recording of yesterday's session?", created_at=T0),
        make_post(3, "ben", "My docker build fails with exit code 1", created_at=T0 + timedelta(minutes=1)),
        make_post(4, "cid", "same issue", created_at=T0 + timedelta(minutes=2), reply_to_post_number=3),
        make_post(5, "dan", "same here", created_at=T0 + timedelta(minutes=3), reply_to_post_number=2),
        make_post(6, "eve", "+1", created_at=T0 + timedelta(minutes=4)),
    ]
    groups = request_groups(topic_of(posts, title="Project 1"), bot="scribe", order="DMY")
    assert [g.post_numbers for g in groups] == [[2, 5, 6]]


@pytest.mark.parametrize(
    ("later", "bursts"),
    [
        # naming no kind of link, six posts down a busy thread: something else than the recording asked for
        ("what is the base url?", [[2, 3], [10]]),
        # the same kind asked again within the burst's time: the same link
        ("Any update on the recording of yesterday's session?", [[2, 3, 10]]),
    ],
)
def test_a_request_naming_no_kind_joins_a_burst_only_a_few_posts_after_it(later: str, bursts: list[list[int]]) -> None:
    from handlers.links.bursts import request_groups

    chatter = [
        "My docker build fails with exit code 1",
        "Try uv sync first.",
        "Same error for me.",
        "Fixed, thanks!",
        "Is the deadline still Sunday?",
        "Yes, Sunday 11:59 PM.",
    ]
    posts = [
        make_post(1, "staff", "Please post your questions about the project here."),
        make_post(2, "ana", "Where is the recording of yesterday's session?", created_at=T0),
        make_post(3, "ben", "Same here, where is the link?", created_at=T0 + timedelta(minutes=1)),
        *(
            make_post(n, f"member{n}", text, created_at=T0 + timedelta(minutes=n), reply_to_post_number=n - 1)
            for n, text in enumerate(chatter, start=4)
        ),
        make_post(10, "cid", later, created_at=T0 + timedelta(hours=2)),
    ]
    groups = request_groups(topic_of(posts, title="Project 1"), bot="scribe", order="DMY")
    assert [g.post_numbers for g in groups] == bursts


async def test_a_thing_asked_after_someone_answered_a_bare_request_is_a_request_of_its_own() -> None:
    """ "je peux avoir le lien ?" is answered ("je t'ai renvoyé l'invitation"); "le pad, il est où ?" half an hour
    later asks for the pad of the opening post, not the call's link again: scribe answers it with the pad."""
    pad = "https://pad.example.org/p/groupe-pairs-octobre"
    posts = [
        make_post(
            1,
            "orga",
            "Séance du groupe de pairs mardi 13 octobre, 9h-11h. Le lien de la visio est dans le mail d'invitation. "
            f"Le pad pour proposer des situations est ouvert : {pad}",
        ),
        make_post(2, "lea", "Je n'ai rien reçu, je peux avoir le lien ?", created_at=T0),
        make_post(
            3,
            "orga",
            "Je te l'ai renvoyé, regarde tes mails.",
            created_at=T0 + timedelta(minutes=30),
            reply_to_post_number=2,
        ),
        make_post(4, "max", "Le pad pour proposer une situation, il est où ?", created_at=T0 + timedelta(minutes=60)),
    ]
    bot = Bot()
    for i, post in enumerate(posts[1:], start=2):
        await bot.send(PostCreated(post), topic_of(posts[:i]), post.created_at + timedelta(seconds=30))
    answers = replies(bot.sent)
    assert [a.reply_to_post_number for a in answers] == [4]
    assert pad in answers[0].raw


def test_the_same_trouble_echoed_after_error_reports_asks_for_no_link() -> None:
    """ "Same problem as above, the week 2 assignment not showing up" under error reports (and a tutor asking
    for a screenshot) echoes the trouble: the page fails, no link is missing. Under a request it joins it."""
    from handlers.links.bursts import request_groups

    echo = "same problem as above, the week 2 assignment not showing up"
    posts = [
        make_post(
            1, "ana", "The week 2 assignment page stays blank for me, the console shows an error.", created_at=T0
        ),
        make_post(2, "ben", "Same error here. The questions are not visible.", created_at=T0 + timedelta(hours=1)),
        make_post(
            3, "tutor", "Could you share a screenshot of the console errors?", created_at=T0 + timedelta(hours=2)
        ),
        make_post(4, "cid", echo, created_at=T0 + timedelta(hours=3), reply_to_post_number=3),
    ]
    assert request_groups(topic_of(posts, title="Week 2 assignment page"), bot="scribe", order="DMY") == []
    asked = [
        make_post(1, "tutor", "The week 2 assignment opens tonight on the portal."),
        make_post(2, "ana", "Where is the week 2 assignment link? I cannot find it on the portal.", created_at=T0),
        make_post(3, "cid", echo, created_at=T0 + timedelta(hours=1), reply_to_post_number=2),
    ]
    assert [
        g.post_numbers for g in request_groups(topic_of(asked, title="Week 2 assignment"), bot="scribe", order="DMY")
    ] == [[2, 3]]


def test_a_mail_said_not_come_after_a_request_for_that_mail_asks_again() -> None:
    """ "I have also not received the mail" names no link, but under a request for the quiz invitation mail
    it asks for the same mail (a reply to staff between them, even); the mail arriving asks nothing."""
    from handlers.links.bursts import request_groups

    posts = [
        make_post(1, "ana", "I have not received the quiz 2 invitation mail, please check.", created_at=T0),
        make_post(2, "tutor", "It was sent to everyone this morning. Please look in your spam.", created_at=T0 + HOUR),
        make_post(3, "ben", "Hello, I also did not get any mail.", created_at=T0 + 2 * HOUR, reply_to_post_number=2),
        make_post(4, "cid", "Not received the email either, checked spam as well", created_at=T0 + 3 * HOUR),
        make_post(5, "dan", "Got the mail now, thanks.", created_at=T0 + 4 * HOUR),
        make_post(6, "eve", "Can you send the mails again please?", created_at=T0 + 5 * HOUR),
    ]
    groups = request_groups(topic_of(posts, title="Quiz 2 invitation"), bot="scribe", order="DMY")
    assert [g.post_numbers for g in groups] == [[1, 3, 4, 6]]


async def test_a_mail_said_not_come_is_recorded_as_it_arrives() -> None:
    """Live, post by post: the last post of the burst, saying only that the mail did not come, is recorded with
    the request it joins."""
    posts = [
        make_post(1, "tutor", "Quiz 2 invitations go out by mail this morning."),
        make_post(2, "ana", "I have not received the quiz 2 invitation mail, please check.", created_at=T0),
        make_post(3, "ben", "Hello, I also did not get any mail.", created_at=T0 + HOUR),
    ]
    bot = Bot(language="en")
    for i, post in enumerate(posts[1:], start=2):
        await bot.send(PostCreated(post), topic_of(posts[:i], title="Quiz 2"), post.created_at + timedelta(seconds=30))
    assert f"request:{posts[2].id}" in bot.memory["links"]


def test_a_mail_said_not_come_under_no_request_for_a_mail_asks_nothing() -> None:
    from handlers.links.bursts import request_groups

    posts = [
        make_post(1, "ana", "Where is the link to the week 3 recording?", created_at=T0),
        make_post(2, "ben", "I did not get any mail about the week 3 quiz marks.", created_at=T0 + HOUR),
    ]
    groups = request_groups(topic_of(posts, title="Week 3"), bot="scribe", order="DMY")
    assert [g.post_numbers for g in groups] == [[1]]


def test_a_plus_one_after_moderators_small_actions_still_follows_the_request() -> None:
    """Moving a topic or retagging it adds small-action posts; they are nobody's words, so a "+1"
    written right after them still answers the request above them."""
    from handlers.links.bursts import request_groups

    moved = {"post_type": 3}
    posts = [
        make_post(1, "ana", "Where is the recording of yesterday's session? I can't find it.", created_at=T0),
        make_post(2, "mod", "", created_at=T0 + timedelta(hours=3), **moved),
        make_post(3, "mod", "", created_at=T0 + timedelta(hours=3), **moved),
        make_post(4, "ben", "same issue, not able to find it", created_at=T0 + timedelta(hours=5)),
        make_post(5, "cid", "My docker build fails with exit code 1", created_at=T0 + timedelta(hours=6)),
        make_post(6, "mod", "", created_at=T0 + timedelta(hours=7), **moved),
        make_post(7, "dan", "same issue", created_at=T0 + timedelta(hours=8)),
    ]
    groups = request_groups(topic_of(posts, title="Week 3 recording"), bot="scribe", order="DMY")
    assert [g.post_numbers for g in groups] == [[1, 4]]


@pytest.mark.parametrize(
    "text",
    [
        "The recording is not uploaded yet, it will be uploaded by tomorrow.",
        "L'enregistrement n'est pas encore disponible, il sera en ligne demain.",
    ],
)
def test_a_post_saying_when_the_thing_comes_answers_rather_than_asks(text: str) -> None:
    from handlers.links.text import is_request

    assert not is_request(text)
    assert is_request(text.split(",")[0])


def test_a_reply_stating_that_the_thing_is_not_out_yet_answers_the_request() -> None:
    from handlers.links.bursts import request_groups
    from handlers.links.text import is_request

    status = "The recording is not uploaded yet."
    assert is_request(status)
    posts = [
        make_post(1, "staff", "Please post your questions about week 3 here."),
        make_post(2, "ana", "Where is the recording of yesterday's session?", created_at=T0),
        make_post(3, "ta", status, created_at=T0 + timedelta(minutes=5), reply_to_post_number=2),
        make_post(4, "ben", "I can't find the recording either.", created_at=T0 + timedelta(minutes=9)),
    ]
    groups = request_groups(topic_of(posts, title="Week 3"), bot="scribe", order="DMY")
    assert [g.post_numbers for g in groups] == [[2, 4]]


def test_a_plus_one_further_down_that_replies_to_nothing_is_about_something_else() -> None:
    from handlers.links.bursts import request_groups

    posts = [
        make_post(1, "staff", "Please post your questions about the project here."),
        make_post(2, "ana", "Where is the recording of yesterday's session?", created_at=T0),
        make_post(3, "ben", "Is docker required for the project?", created_at=T0 + timedelta(minutes=1)),
        make_post(4, "cid", "+1", created_at=T0 + timedelta(minutes=2)),
    ]
    groups = request_groups(topic_of(posts, title="Project 1"), bot="scribe", order="DMY")
    assert [g.post_numbers for g in groups] == [[2]]


def test_a_reply_restating_the_question_it_answers_is_no_request_but_the_asker_repeating_it_is() -> None:
    from handlers.links.bursts import request_groups

    posts = [
        make_post(
            1,
            "ana",
            "1. Can the volume be cropped?\n2. Is there any tutorial about cropping several volumes at once?",
            created_at=T0,
        ),
        make_post(
            2,
            "ben",
            "- Is there any tutorial about cropping several volumes at once?\n\nYes, the crop module handles it.",
            created_at=T0 + DAY,
        ),
        make_post(3, "ana", "Is there any tutorial about cropping several volumes at once?", created_at=T0 + 9 * DAY),
    ]
    groups = request_groups(topic_of(posts, title="Cropping"), bot="scribe", order="DMY")
    assert [g.post_numbers for g in groups] == [[1], [3]]


async def test_a_request_naming_a_thing_is_not_answered_with_another_link_of_the_announcement() -> None:
    posts = [
        make_post(
            1, "host", "Results are out. To appeal, fill in this form: https://forms.gle/appeal123", created_at=T0
        ),
        make_post(2, "carol", "I cannot find the companion notebook anywhere.", created_at=T0 + timedelta(minutes=30)),
    ]
    topic = topic_of(posts, title="Results of the second quiz")
    bot = Bot(language="en")
    out = await bot.send(PostCreated(posts[1]), topic, T0 + timedelta(minutes=31))
    assert replies(out) == []  # neither the appeal form nor a ping of the host for "the link"
    [request] = (await links.preview(topic, make_ctx([topic], language="en")))["link_requests"]
    assert request["decision"] == "silent" and request["answer"] is None


async def test_preview_lists_the_posts_in_doubt_with_why() -> None:
    posts = [
        make_post(1, "teacher", "Live class on Tuesday at 8 pm: https://meet.google.com/abc-defg-hij", created_at=T0),
        make_post(2, "lea", "Hi, anyone got the lecture from Tuesday somewhere? I missed it.", created_at=T0),
        make_post(3, "max", "Where is the link?", created_at=T0 + timedelta(minutes=5)),
    ]
    topic = topic_of(posts)
    out = await links.preview(topic, make_ctx([topic], language="en"))
    assert [r["post_number"] for r in out["link_requests"]] == [3]
    [doubt] = out["in_doubt"]
    assert doubt["post_number"] == 2 and "model" in doubt["why"]
    assert doubt["cues"][0] == "where"  # "somewhere?": the strongest way of asking it shows, named first
    assert links.doubt_line(doubt, EN).startswith("post 2: may ask for a link (asks where")
    assert links.doubt_line(doubt, FR).startswith("message 2 : demande peut-être un lien (demande où")


def test_a_post_in_doubt_without_a_way_of_asking_worth_naming_is_listed_plainly() -> None:
    assert links.doubt_line({"post_number": 4, "cues": []}, EN).startswith("post 4: may ask for a link, in words")


async def test_a_request_naming_a_thing_gets_the_link_said_to_be_that_thing() -> None:
    text = (
        "Workshop on Thursday.\n\nRegister: https://forms.gle/workshop42\n\n"
        "Tutorial to read before: https://example.org/segmentation-tutorial"
    )
    posts = [
        make_post(1, "host", text, created_at=T0),
        make_post(2, "carol", "Can someone point me to the tutorial?", created_at=T0 + timedelta(minutes=30)),
    ]
    topic = topic_of(posts, title="Segmentation workshop")
    out = await Bot(language="en").send(PostCreated(posts[1]), topic, T0 + timedelta(minutes=31))
    [answer] = replies(out)
    assert "https://example.org/segmentation-tutorial" in answer.raw and "forms.gle" not in answer.raw


async def test_a_request_only_the_model_saw_for_no_definite_kind_is_not_answered() -> None:
    from bot.llm import Llm
    from bot.sandbox.llm import FakeLlm

    text = "Hi, anyone got the lecture from Tuesday somewhere? I missed it."
    posts = [
        make_post(1, "teacher", "Live class on Tuesday at 8 pm: https://meet.google.com/abc-defg-hij", created_at=T0),
        make_post(2, "lea", text, created_at=T0 + timedelta(days=2)),
    ]
    server = FakeLlm(lambda body: {"link_request": True, "kind": "other"})
    await server.start()
    try:
        ctx = make_ctx(
            [topic_of(posts)], now=posts[1].created_at, language="en", llm={"base_url": server.url, "max_retries": 0}
        )
        llm = Llm.from_settings(ctx.settings)
        assert llm is not None
        simulation = Simulation(Dispatcher([links.router]), ctx.settings, ctx.forum, llm=llm)
        out = await simulation.feed(PostCreated(posts[1]), posts[1].created_at)
        await llm.close()
    finally:
        await server.stop()
    record = simulation.state.data.get("links", {}).get(f"request:{posts[1].id}")
    assert record["outcome"] == "silent" and "only a model" in record["why"]
    assert replies(out) == []  # "lecture" is no kind the model gave: the class's call link is no answer


async def test_a_question_before_the_workshop_on_whether_slides_will_be_shared_is_no_request() -> None:
    first = (
        "Workshop next week. Register: https://forms.gle/abc\n\nSlides from last year: https://example.org/slides.pdf"
    )
    posts = [
        make_post(1, "host", first, created_at=T0),
        make_post(2, "carol", "Will the slides be shared after the workshop?", created_at=T0 + timedelta(minutes=30)),
    ]
    topic = topic_of(posts, title="Workshop")
    bot = Bot(language="en")
    out = await bot.send(PostCreated(posts[1]), topic, T0 + timedelta(minutes=31))
    assert replies(out) == []
    assert f"request:{posts[1].id}" not in bot.memory.get("links", {})


def _workshop(start: datetime, all_day: bool = False) -> Meeting:
    return meeting_at(start, "Workshop", None, all_day=all_day)


def meeting_at(
    start: datetime, title: str, link: str | None, topic_id: int = 1, author: str = "host", all_day: bool = False
) -> Meeting:
    """A meeting the meetings feature found in the opening post of topic `topic_id`."""
    return Meeting(
        id=f"{topic_id}:1",
        title=title,
        start=start,
        end=None,
        tz="UTC",
        all_day=all_day,
        link=link,
        topic_id=topic_id,
        post_number=1,
        post_id=topic_id * 1000 + 1,
        author=author,
    )


@pytest.mark.parametrize(
    ("start", "all_day", "asks"),
    [
        (T0 + timedelta(hours=2), False, False),  # asked two hours before it starts
        (T0 - timedelta(hours=2), False, True),  # asked once it has started
        (T0 - timedelta(hours=2), True, False),  # on the day named without an hour, the day not over
        (T0 - timedelta(days=1, hours=2), True, True),  # that day is over
    ],
)
def test_whether_the_recording_will_be_shared_asks_for_it_once_the_session_started(
    start: datetime, all_day: bool, asks: bool
) -> None:
    from handlers.links.bursts import request_groups

    posts = [
        make_post(1, "host", "Workshop on survey weighting, it will be recorded.", created_at=T0 - DAY * 3),
        make_post(2, "carol", "Will the recording be shared with us?", created_at=T0),
    ]
    groups = request_groups(
        topic_of(posts, title="Workshop"), bot="scribe", sessions=[_workshop(start, all_day)], order="DMY"
    )
    assert bool(groups) == asks


@pytest.mark.parametrize(("topic_id", "asks"), [(1, True), (2, False)])
async def test_the_session_scribe_recorded_for_the_topic_tells_whether_the_question_asks(
    topic_id: int, asks: bool
) -> None:
    posts = [
        make_post(1, "host", "Workshop on survey weighting, it will be recorded.", created_at=T0 - DAY * 3),
        make_post(2, "carol", "Will the recording be shared with us?", created_at=T0),
    ]
    session = dataclasses.replace(_workshop(T0 - timedelta(hours=2)), topic_id=topic_id)
    bot = Bot(memory={"meetings": {meeting_id(topic_id, 1, session.start): session.to_json()}}, language="en")
    await bot.send(PostCreated(posts[1]), topic_of(posts, title="Workshop"), T0 + timedelta(minutes=1))
    assert (f"request:{posts[1].id}" in bot.memory.get("links", {})) == asks


# --- which link is THE answer --------------------------------------------------------------


async def answer_to(posts: list[Post], title: str, language: str = "en", **memory: Any) -> tuple[list[str], str]:
    """The links scribe gives in reply to the last post (outside the quote), and why it kept quiet."""
    bot = Bot(memory=dict(memory) or None, language=language)
    out = await bot.send(PostCreated(posts[-1]), topic_of(posts, title=title), posts[-1].created_at)
    given = [a.raw.split("[quote")[0] for a in replies(out)]
    record = bot.memory.get("links", {}).get(f"request:{posts[-1].id}") or {}
    return given, str(record.get("why") or "")


async def test_a_request_for_no_kind_under_an_announcement_with_several_links_is_not_answered() -> None:
    first = (
        "Community call on Thursday at 5 pm.\n\nAgenda: https://docs.example.org/agenda-2026\n\n"
        "Join: https://meet.google.com/abc-defg-hij\n\nProject website: https://example.org"
    )
    posts = [
        make_post(1, "host", first, created_at=T0),
        make_post(2, "bob", "Where is the link? I can't find it.", created_at=T0 + timedelta(hours=2)),
    ]
    given, why = await answer_to(posts, "Community call")
    assert not any("http" in g for g in given)
    assert "unsure which" in why
    preview = await links.preview(topic_of(posts, title="Community call"), make_ctx([], language="en"))
    assert preview["link_requests"][0]["decision"] == "silent" and "unsure" in preview["link_requests"][0]["why"]


async def test_two_recordings_that_name_nothing_leave_scribe_silent() -> None:
    posts = [
        make_post(1, "staff_a", "Live sessions for this course will be announced here.", created_at=T0),
        make_post(2, "staff_a", "Recording: https://www.youtube.com/watch?v=first", created_at=T0 + timedelta(days=2)),
        make_post(3, "staff_a", "Recording: https://www.youtube.com/watch?v=second", created_at=T0 + timedelta(days=9)),
        make_post(4, "ana", "Where can I find the recording of session 4?", created_at=T0 + timedelta(days=10)),
    ]
    given, why = await answer_to(posts, "Live sessions")
    assert given == [] and "names what the requests ask for" in why


async def test_the_recording_whose_sentence_names_the_session_asked_is_the_answer() -> None:
    posts = [
        make_post(1, "staff_a", "Live sessions for this course will be announced here.", created_at=T0),
        make_post(
            2,
            "staff_a",
            "Session 3 is over, thanks all.\nRecording of session 3: https://www.youtube.com/watch?v=third",
            created_at=T0 + timedelta(days=2),
        ),
        make_post(
            3,
            "staff_a",
            "Recording of session 4: https://www.youtube.com/watch?v=fourth",
            created_at=T0 + timedelta(days=9),
        ),
        make_post(4, "ana", "Where can I find the recording of session 4?", created_at=T0 + timedelta(days=10)),
    ]
    [given], _ = await answer_to(posts, "Live sessions")
    assert "watch?v=fourth" in given and "watch?v=third" not in given


async def test_a_link_said_to_be_another_days_call_is_not_the_answer() -> None:
    first = "Office hours this week.\n\nThursday call: https://meet.google.com/thu-rsda-yyy"
    posts = [
        make_post(1, "host", first, created_at=T0),
        make_post(2, "bob", "Could someone share the meeting link for Tuesday's call?", created_at=T0),
    ]
    given, _ = await answer_to(posts, "Office hours")
    assert not any("meet.google" in g for g in given)


async def test_the_link_of_a_meeting_already_over_is_not_the_answer() -> None:
    posts = [
        make_post(1, "orga", "Visio de lancement jeudi 17h", created_at=T0),
        make_post(2, "lea", "lien de la visio ?", created_at=T0 + timedelta(days=8)),
    ]
    meeting = Meeting(
        id="1:1",
        title="Visio de lancement",
        start=T0 + timedelta(days=1),
        end=T0 + timedelta(days=1, hours=1),
        tz="Europe/Paris",
        all_day=False,
        link="https://meet.jit.si/lancement-tiers-lieux",
        topic_id=1,
        post_number=1,
        post_id=1001,
        author="orga",
    )
    given, _ = await answer_to(posts, "Visio du jeudi", "fr", meetings={meeting.id: meeting.to_json()})
    assert not any("meet.jit.si" in g for g in given)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The join link in the announcement has expired. Could you share the new link?"),
        ("en", "Could you update the link please, I get a 404."),
    ],
)
async def test_a_broken_link_reported_is_not_a_request_and_is_not_given_back(language: str, text: str) -> None:
    first = "Visio / online meeting on Thursday 6 pm: https://meet.jit.si/old-room-42"
    posts = [make_post(1, "host", first, created_at=T0), make_post(2, "bob", text, created_at=T0 + DAY)]
    bot = Bot(language=language)
    assert replies(await bot.send(PostCreated(posts[1]), topic_of(posts, title="Visio"), posts[1].created_at)) == []
    assert f"request:{posts[1].id}" not in bot.memory.get("links", {})


def test_a_link_said_dead_is_not_the_answer_and_the_announcers_new_post_gives_the_new_one() -> None:
    """A request a model took in (the rules leave a broken link aside): the old link is not given
    back, the announcer is asked, and only a link of the kind in the announcer's new post follows."""
    from handlers.links.bursts import group_of, request_groups
    from handlers.links.candidates import follow_up_link
    from handlers.links.decision import decide

    posts = [
        make_post(1, "host", "Online meeting on Thursday 6 pm: https://meet.jit.si/old-room-42", created_at=T0),
        make_post(2, "bob", "The meeting link is dead for me. Is there another one?", created_at=T0 + DAY),
        make_post(3, "host", "Meanwhile, the agenda: https://pad.example.org/agenda", created_at=T0 + 2 * DAY),
        make_post(4, "host", "New room: https://meet.jit.si/new-43", created_at=T0 + 3 * DAY),
    ]
    confirmed = {2: frozenset({"meeting"})}
    topic = topic_of(posts[:2], title="Meeting")
    group = group_of(request_groups(topic, "scribe", confirmed=confirmed, order="DMY"), 2)
    assert group is not None
    decision = decide(topic, group, "scribe", [])
    assert decision.action == "ask" and decision.found is None and decision.who == "host"
    for n, expected in ((3, None), (4, "https://meet.jit.si/new-43")):
        topic = topic_of(posts[:n], title="Meeting")
        found = follow_up_link(topic, "scribe", frozenset({"meeting"}), "host", [], group, posts[n - 1])
        assert (found.url if found else None) == expected


@pytest.mark.parametrize(
    ("language", "title", "after", "first", "asked"),
    [
        pytest.param(
            "en",
            "Atelier / Workshop",
            2 * DAY,
            "Workshop on Thursday. Please install the software beforehand, documentation: https://docs.example.org/install",
            "Where are the slides?",
            id="documentation-for-slides",
        ),
        pytest.param(
            "fr",
            "Atelier / Workshop",
            2 * DAY,
            "Atelier jeudi 14h. Programme : https://example.org/programme.pdf",
            "Où sont les diapos ?",
            id="programme-for-diapos",
        ),
        pytest.param(
            "en",
            "Session / Visio",
            DAY,
            "Live session on Friday 7 pm.\n\nSlides for the session: https://docs.example.org/deck-friday",
            "Where is the link for the session?",
            id="slides-for-call",
        ),
        pytest.param(
            "fr",
            "Session / Visio",
            DAY,
            "Visio mardi 18h.\n\nLe compte-rendu de la visio : https://pad.example.org/cr",
            "Lien de la visio ?",
            id="compte-rendu-for-visio",
        ),
    ],
)
async def test_a_link_its_words_call_another_thing_is_not_the_link_asked(
    language: str, title: str, after: timedelta, first: str, asked: str
) -> None:
    """A document of another thing is not the document asked; slides or notes are not the call link."""
    posts = [make_post(1, "host", first, created_at=T0), make_post(2, "bob", asked, created_at=T0 + after)]
    given, _ = await answer_to(posts, title, language)
    assert not any("example.org" in g for g in given)


async def test_a_link_of_the_announcement_replaced_by_a_newer_one_is_not_given() -> None:
    posts = [
        make_post(1, "host", "Weekly call every Tuesday 5 pm. Join: https://meet.jit.si/room-a", created_at=T0),
        make_post(2, "ana", "Thanks!", created_at=T0 + DAY),
        make_post(3, "host", "Today we move to another room: https://meet.jit.si/room-b", created_at=T0 + 7 * DAY),
        make_post(4, "bob", "Where is the call link?", created_at=T0 + 7 * DAY + timedelta(minutes=5)),
    ]
    given, why = await answer_to(posts, "Weekly call")
    assert not any("room-a" in g for g in given)
    assert "after post 1" in why


@pytest.mark.parametrize(
    ("who", "update", "given_room"),
    [
        # the announcer's new link, said to replace the first: the one given
        ("host", "Attention, nouveau lien pour la visio : https://meet.jit.si/reseau-b", "reseau-b"),
        ("host", "Heads up, the call link has changed: https://meet.jit.si/reseau-b", "reseau-b"),
        # a member's link, or the announcer's without a word of a change: neither is given
        ("bob", "Attention, nouveau lien pour la visio : https://meet.jit.si/reseau-b", None),
        ("host", "Pour tester votre micro : https://meet.jit.si/reseau-b", None),
    ],
)
async def test_a_link_the_announcer_says_replaces_the_first_is_the_one_given(
    who: str, update: str, given_room: str | None
) -> None:
    posts = [
        make_post(1, "host", "Visio du réseau jeudi à 18h, lien : https://meet.jit.si/reseau-a", created_at=T0),
        make_post(2, who, update, created_at=T0 + HOUR),
        make_post(3, "lea", "Je ne trouve plus le lien de la visio, vous pouvez le remettre ?", created_at=T0 + DAY),
    ]
    given, _ = await answer_to(posts, "Visio du réseau", "fr")
    assert not any("reseau-a" in g for g in given)
    assert [g for g in given if "reseau-b" in g] == (given if given_room else [])
    assert len(given) == (1 if given_room else 0)


async def test_the_command_in_reply_to_a_request_reads_what_that_request_names() -> None:
    posts = [
        make_post(
            1,
            "orga",
            "Cycle de formation.\n\nLes diapos de la séance 1 : https://example.org/seance-1.pdf\n\n"
            "Les diapos de la séance 2 : https://example.org/seance-2.pdf",
        ),
        make_post(2, "lea", "Je ne trouve pas les diapos de la séance 2", created_at=T0),
        make_post(3, "tom", "@scribe lien", created_at=T0 + timedelta(minutes=5), reply_to_post_number=2),
    ]
    bot = Bot()
    [answer] = replies(await bot.send(MentionReceived(posts[2], "lien", ""), topic_of(posts), T0 + DAY))
    assert "https://example.org/seance-2.pdf" in answer.raw and "seance-1" not in answer.raw
    alone = dataclasses.replace(posts[2], reply_to_post_number=None)
    [unsure] = replies(await Bot().send(MentionReceived(alone, "lien", ""), topic_of([*posts[:2], alone]), T0 + DAY))
    assert "example.org" not in unsure.raw and "2 pourraient convenir, dans [#1](/t/-/1/1)" in unsure.raw
    assert "orga, qui a publié l'annonce" in unsure.raw


async def test_the_command_points_at_a_members_answer_without_vouching_for_its_link() -> None:
    posts = [
        make_post(1, "orga", "Visio de bilan jeudi à 18 h, ouverte à tous les bénévoles."),
        make_post(2, "lea", "Où est le lien de la visio ?", created_at=T0),
        make_post(3, "max", "Le voici : https://meet.jit.si/bilan-jeudi", created_at=T0, reply_to_post_number=2),
        make_post(4, "tom", "@scribe lien", created_at=T0 + timedelta(minutes=5), reply_to_post_number=2),
    ]
    [answer] = replies(await Bot().send(MentionReceived(posts[3], "lien", ""), topic_of(posts), T0 + DAY))
    assert answer.raw == "Le message [#3](/t/-/1/3) semble déjà y répondre."


def forwarded(line: str, request: str) -> Topic:
    """An announcement a member forwards from an e-mail as "> " lines, and a question about its link."""
    first = (
        f"Forwarding this from the department:\n\n> Webinar on data cleaning, Thursday 3 December at 6 pm.\n> {line}"
    )
    return topic_of(
        [make_post(1, "lina", first, created_at=T0), make_post(2, "omar", request, created_at=T0 + DAY)],
        title="Data cleaning",
    )


async def test_a_link_forwarded_in_a_blockquote_is_read_with_its_words() -> None:
    zoom = forwarded("Zoom link: https://zoom.us/j/81234567890", "Hi, where is the zoom link? I cannot find it.")
    assert links.given.excerpt(zoom.posts[0], "https://zoom.us/j/81234567890").startswith("Zoom link:")
    form = forwarded("Registration form: https://forms.example.org/webinar", "Hi, where is the registration link?")
    [request] = (await links.preview(form, make_ctx([form], language="en")))["link_requests"]
    assert (request["decision"], request["answer"]) == (
        "answer",
        {"post_number": 1, "url": "https://forms.example.org/webinar"},
    )


async def test_a_record_kept_before_reasons_had_their_message_still_loads() -> None:
    """A record written with only the English `why`: the request stays dealt with, and stays open
    for the digest while its topic waits for the link."""
    topic = two_decks()
    asked = topic.posts[1]
    older = {"topic_id": 1, "post_number": 2, "outcome": "asked", "reply": "reply:1002:links", "username": "noor"}
    older |= {"kinds": ["document"], "why": "no link of the kind asked in this topic"}
    memory = {"links": {f"request:{asked.id}": older, "topic:1": {"waiting": {"askers": ["noor"]}}}}
    ctx = make_ctx([topic], now=T0 + DAY, memory=memory)
    assert await links.answer_request(asked, ctx) == []
    (waiting,) = await links.memory.open_requests(ctx)
    assert (waiting.post_number, waiting.kinds) == (2, ("document",))


PAPER = "https://example.org/papers/morning-session.pdf"
TUTORIAL = "https://www.youtube.com/watch?v=Qm7ray2Lk0s"
THANKED_FOR: dict[str, tuple[str, str, str, tuple[str, str, str], str]] = {
    "another paper": (
        "End term question",
        "Can we draw the outliers on a scatter plot? Please confirm.",
        "Is this from the end term paper? Please share the document.",
        ("ana", "Here it is:", PAPER),
        "Thanks for the link, do you have link for the evening paper?",
    ),
    "the video tutorial an earlier reply gave": (
        "Surface mesh from a knee scan",
        "How do I turn my knee scan into a smooth mesh? It is full of holes.",
        "Fill the holes first, it takes a while.",
        ("paul", "There is a video tutorial here:", TUTORIAL),
        "Thanks for the link! Is there any video tutorial showing how to do the smoothing step?",
    ),
}


@pytest.mark.parametrize("case", sorted(THANKED_FOR))
def test_a_request_thanking_for_the_link_it_replies_to_is_not_given_that_link(case: str) -> None:
    from handlers.links.bursts import request_groups
    from handlers.links.decision import decide

    title, opening, second, (giver, words, link), thanks = THANKED_FOR[case]
    posts = [
        make_post(1, "ana", opening),
        make_post(2, "ben", second, created_at=T0),
        make_post(3, giver, f"{words} {link}", created_at=T0 + timedelta(minutes=5), reply_to_post_number=2),
        make_post(4, "cid", thanks, created_at=T0 + timedelta(minutes=9), reply_to_post_number=3),
    ]
    topic = topic_of(posts, title=title)
    group = next(g for g in request_groups(topic, bot="scribe", order="DMY") if 4 in g.post_numbers)
    decision = decide(topic, group, "scribe", [])
    assert decision.found is None or decision.found.url != link


# --- what every reader may see ---------------------------------------------------------------


async def test_the_link_of_a_post_hidden_by_flags_is_never_given() -> None:
    """A flagged post's words are hidden from the topic's readers, even a staff member's: its link is
    no answer, and the announcer is asked for the link instead."""
    posts = [
        make_post(1, "tutor", "GA4 doubt session tonight at 8 PM IST, Google Meet link will follow.", created_at=T0),
        make_post(
            2,
            "tutor",
            "Google Meet link for tonight: https://meet.google.com/hid-denx-lnk",
            created_at=T0 + timedelta(hours=1),
            moderator=True,
            hidden=True,
        ),
        make_post(3, "ravi", "Sir kindly share the google meet link", created_at=T0 + timedelta(hours=2)),
    ]
    bot = Bot(language="en")
    out = await bot.send(PostCreated(posts[2]), topic_of(posts, title="GA4 doubt session"), posts[2].created_at)
    assert not any("hid-denx-lnk" in a.raw for a in replies(out))
    assert [a.mentions for a in replies(out)] == [("tutor",)]


async def test_a_request_replying_to_a_later_announcement_by_staff_asks_its_author() -> None:
    """In a thread where each session is announced in a reply, the request answers one of them: the
    staff member who posted that session is the one to add its link, not who opened the thread."""
    posts = [
        make_post(1, "coord", "Sessions of this term will be announced in this thread.", created_at=T0, admin=True),
        make_post(
            2,
            "ta_anu",
            "Dear learners, GA4 doubt clearing session today at 7:00 PM IST. Google Meet link to be shared.",
            created_at=T0 + timedelta(hours=20),
            moderator=True,
        ),
        make_post(
            3,
            "ravi",
            "Mam kindly share the google meet link",
            created_at=T0 + timedelta(hours=25),
            reply_to_post_number=2,
        ),
    ]
    bot = Bot(language="en")
    out = await bot.send(PostCreated(posts[2]), topic_of(posts, title="Live sessions"), posts[2].created_at)
    [ask] = replies(out)
    assert ask.mentions == ("ta_anu",) and "@coord" not in ask.raw


async def meet_link_asked_then(later: str) -> tuple[list[ReplyToPost], dict[str, Any], list[Post]]:
    """ravi asks for the call's link, then writes `later`; scribe reads both at once: its replies, its
    memory of the links feature, and the posts."""
    posts = [
        make_post(1, "tutor", "Live session today at 8 PM IST. Google Meet link will be shared here.", created_at=T0),
        make_post(2, "ravi", "Sir kindly share the google meet link", created_at=T0 + timedelta(hours=2)),
        make_post(3, "ravi", later, created_at=T0 + timedelta(hours=2, minutes=20)),
    ]
    bot = Bot(language="en")
    out = await bot.send(PostCreated(posts[1]), topic_of(posts, title="Live session"), posts[2].created_at)
    return replies(out), bot.memory["links"], posts


@pytest.mark.parametrize(
    "later",
    [
        "Got it now sir, it was in the calendar invite. Thanks",
        "Never mind, found it in the mail. Sorry for the trouble.",
        "C'est bon, j'ai trouvé le lien dans le mail.",
        "sorted, found the link, thanks",
        "Solved, the meet link was in the calendar invite. Still, thanks for the help!",
    ],
)
async def test_a_request_its_asker_later_says_is_sorted_out_gets_nothing(later: str) -> None:
    """scribe catching up on a thread reads the whole of it: an asker who wrote since that the trouble
    is over needs no link, and the announcer no ping."""
    said, memory, posts = await meet_link_asked_then(later)
    assert said == []
    assert "post 3" in memory[f"request:{posts[1].id}"]["why"]


@pytest.mark.parametrize(
    "later",
    [
        "My audio problem is resolved. Still no meet link though.",
        "Thanks, the form issue got sorted, but where is the meet link for the session?",
        "C'est réglé pour l'inscription, mais il manque toujours le lien de la visio.",
        "Never mind the mic, I figured it out. The google meet link is still missing though.",
    ],
)
async def test_a_request_whose_asker_says_another_trouble_is_over_and_asks_again_is_still_asked_for(
    later: str,
) -> None:
    """A trouble said to be over silences only itself: the asker going on to ask for the link again still
    has the announcer asked, once, for both posts."""
    said, memory, posts = await meet_link_asked_then(later)
    assert [a.mentions for a in said] == [("tutor",)]
    assert memory[f"request:{posts[2].id}"]["outcome"] == "asked"


@pytest.mark.parametrize(
    ("later", "asked"),
    [
        ("Thanks, the form issue got sorted.", True),
        ("C'est réglé pour l'inscription, merci !", True),
        ("The registration problem is solved now, thank you sir.", True),
        ("The meeting link issue is resolved, thanks.", False),
        ("My audio problem is resolved.", False),
        ("Found it on the session page, thanks.", False),
    ],
)
async def test_a_trouble_said_over_about_another_kind_of_link_leaves_the_request_standing(
    later: str, asked: bool
) -> None:
    """Asking for the call's link, then saying the form's trouble is over: the call's link is still asked
    for. A trouble that names no kind of link, or the one asked, may be the request's own: silence."""
    said, _, _ = await meet_link_asked_then(later)
    assert [a.mentions for a in said] == ([("tutor",)] if asked else [])


async def test_a_request_whose_asker_then_asks_something_else_is_still_answered() -> None:
    said, _, _ = await meet_link_asked_then("Sir is the session also for GA5 doubts?")
    assert [a.mentions for a in said] == [("tutor",)]


GA_NOTICE = "Graded Assignment 5 is released today. Deadline: 15th Nov, 11:59 PM IST.\n\n"


@pytest.mark.parametrize(
    ("line", "given"),
    [
        ("For course material please visit https://study.example.ac.in/course/ds-2024", False),
        ("GA5: https://seek.example.ac.in/assignment/ga5", True),
        ("Attempt GA 5 here: https://seek.example.ac.in/assignment/ga5", True),
    ],
)
async def test_a_request_naming_a_thing_and_no_kind_gets_only_a_link_said_to_be_that_thing(
    line: str, given: bool
) -> None:
    """ "Where is the GA 5 link?" under an announcement whose one link is the course page: that page is
    not the assignment asked for, though the announcement speaks of it."""
    posts = [
        make_post(1, "tutor", GA_NOTICE + line, created_at=T0, moderator=True),
        make_post(2, "ravi", "Where is the GA 5 link? Not able to find in portal", created_at=T0 + timedelta(hours=3)),
    ]
    links_given, _ = await answer_to(posts, "GA5 released")
    assert any("https://" in g for g in links_given) == given


@pytest.mark.parametrize(
    ("line", "asked", "given"),
    [
        ("Download your hall ticket: https://exam.example.ac.in/hallticket", "Sir where is the exam link?", False),
        ("Admit cards are out: https://exam.example.ac.in/admit", "Where is the link for the exam?", False),
        ("Download your hall ticket: https://exam.example.ac.in/hallticket", "Where is the hall ticket link?", True),
        ("Exam portal: https://exam.example.ac.in/portal", "Sir where is the exam link?", True),
    ],
)
async def test_a_hall_ticket_is_no_exam_link(line: str, asked: str, given: bool) -> None:
    """An admit card is a document about the exam, not the exam's own page: it answers only a request for it."""
    posts = [
        make_post(1, "tutor", f"End term exam on 9th & 10th Nov.\n\n{line}", created_at=T0, moderator=True),
        make_post(2, "ravi", asked, created_at=T0 + timedelta(hours=3)),
    ]
    links_given, _ = await answer_to(posts, "End term exam")
    assert any("exam.example.ac.in" in g for g in links_given) == given


@pytest.mark.parametrize(
    ("language", "first", "asked"),
    [
        (
            "fr",
            "Visio jeudi 18h pour préparer l'AG. Lien : https://meet.jit.si/ag-prep",
            "Où est le compte-rendu de la visio ?",
        ),
        (
            "en",
            "Live session on Friday 7 PM IST. Join: https://meet.google.com/fri-sess-ion",
            "Sir where are the slides of the session?",
        ),
        (
            "en",
            "Weekly call on Tuesday 6 pm: https://zoom.us/j/123456789",
            "Could someone share the notes of the call?",
        ),
    ],
)
async def test_a_document_of_a_session_asked_gets_neither_the_call_link_nor_an_ask_for_it(
    language: str, first: str, asked: str
) -> None:
    """ "The minutes of the call" names the call only to say which minutes: its link is no answer, and
    the announcer is not asked for a call link nobody wants."""
    posts = [
        make_post(1, "orga", first, created_at=T0),
        make_post(2, "lea", asked, created_at=T0 + timedelta(days=3)),
    ]
    bot = Bot(language=language)
    out = await bot.send(PostCreated(posts[1]), topic_of(posts, title="Session"), posts[1].created_at)
    assert replies(out) == []


async def test_a_request_for_another_kind_does_not_join_the_ask_pending_nor_get_its_link() -> None:
    """The announcer was asked for the call's link; someone then asks for last week's recording: the
    call link that follows is not theirs, and while scribe waits on the announcer the topic's links are not
    settled, so no other link is given either."""
    notice = "Live session today at 8 PM IST. Google Meet link will be shared here."
    posts = [
        make_post(1, "tutor", notice, created_at=T0, moderator=True),
        make_post(2, "ravi", "Sir kindly share the google meet link", created_at=T0 + timedelta(hours=2)),
        make_post(3, "tutor", "Recording of last week's session: https://youtu.be/lastweek1", created_at=T0 + DAY),
        make_post(4, "meena", "Sir where is the recording of last week's session?", created_at=T0 + DAY),
        make_post(5, "tutor", "Google meet link: https://meet.google.com/tod-ayse-ssn", created_at=T0 + DAY),
    ]
    bot = Bot(language="en")
    said = []
    for n in (2, 3, 4, 5):
        post = posts[n - 1]
        said += replies(await bot.send(PostCreated(post), topic_of(posts[:n], title="Live session"), post.created_at))
    assert [(a.reply_to_post_number, a.mentions) for a in said] == [(2, ("tutor",)), (2, ("ravi",))]
    assert "meet.google" in said[1].raw and "youtu.be" not in said[1].raw


@pytest.mark.parametrize(
    "update",
    [
        "Today's session is cancelled and moved to tomorrow 8 PM. A new link will be shared.",
        "Note: the meeting link above has expired, please wait for the updated link.",
    ],
)
async def test_a_link_a_later_post_says_is_replaced_is_not_given(update: str) -> None:
    posts = [
        make_post(
            1, "tutor", "Live session today at 8 PM IST. Link: https://meet.google.com/old-link-tdy", created_at=T0
        ),
        make_post(2, "tutor", update, created_at=T0 + timedelta(hours=3)),
        make_post(3, "ravi", "Sir please share the meeting link", created_at=T0 + timedelta(hours=20)),
    ]
    given, why = await answer_to(posts, "Live session")
    assert not any("old-link" in g for g in given)
    assert "post 2" in why


async def test_a_link_still_given_when_a_later_post_changes_only_the_time() -> None:
    posts = [
        make_post(
            1, "tutor", "Live session today at 8 PM IST. Link: https://meet.google.com/sam-elin-kkk", created_at=T0
        ),
        make_post(2, "tutor", "Session postponed to 9 PM, same link.", created_at=T0 + timedelta(hours=3)),
        make_post(3, "ravi", "Sir please share the meeting link", created_at=T0 + timedelta(hours=4)),
    ]
    [given], _ = await answer_to(posts, "Live session")
    assert "sam-elin-kkk" in given


@pytest.mark.parametrize(
    ("author", "age", "given"),
    [
        pytest.param("teacher", timedelta(days=3), True, id="staff-this-week"),
        pytest.param("kiran", timedelta(days=3), False, id="a-members-topic"),
        pytest.param("teacher", timedelta(days=120), False, id="last-terms-announcement"),
    ],
)
async def test_a_link_from_another_topic_only_from_a_recent_staff_announcement(
    author: str, age: timedelta, given: bool
) -> None:
    """Another topic of the category may hold the link asked, when staff announced it there lately: a
    member's link there is unvouched for, and last term's GA6 is not this term's."""
    link = "https://exam.example.org/ga6-announced"
    staff = author == "teacher"
    first = make_post(1, author, f"GA6 is out, link: {link}", topic_id=7, created_at=T0 - age, moderator=staff)
    said = await asked_in_own_topic(Topic(id=7, title="GA6 link", category_id=4, posts=(first,)), "GA6 not visible")
    assert any(link in raw for raw in said) == given


async def asked_in_own_topic(
    announced: Topic, title: str, asked: str = "I cannot find the GA6 exam link anywhere"
) -> list[str]:
    """A member asks in a topic of their own, of the category of `announced`, scribe looking there too:
    what scribe says."""
    ask = make_post(1, "lea", asked, topic_id=8, created_at=T0)
    question = Topic(id=8, title=title, category_id=announced.category_id, posts=(ask,))
    ctx = make_ctx([announced, question], now=T0, language="en", links={"look_elsewhere": True})
    simulation = Simulation(Dispatcher([links.router]), ctx.settings, ctx.forum)
    return [a.raw for a in replies(await simulation.feed(PostCreated(ask), T0))]


@pytest.mark.parametrize(
    ("here", "there", "given"),
    [
        pytest.param("GA5 doubt session", "GA4 doubt session", False, id="another-assignment"),
        pytest.param("Week 5 live session", "Week 4 live session", False, id="another-week"),
        pytest.param("Live session", "Live session - Week 3", False, id="a-week-the-topic-does-not-name"),
        pytest.param("Week 5 live session", "Live session week 5", True, id="the-same-week"),
    ],
)
async def test_the_call_of_another_topic_answers_only_when_its_title_names_the_same_things(
    here: str, there: str, given: bool
) -> None:
    """Titles that read alike ("GA4 doubt session", "GA5 doubt session") are other sessions when they
    name another assignment, week or day: their call link is not the one asked here."""
    link = "https://meet.google.com/oth-ersx-ses"
    posts = [
        make_post(1, "tutor", "Doubt session tomorrow at 7 PM IST. Link will be shared here.", created_at=T0),
        make_post(2, "ravi", "Sir kindly share the meeting link", created_at=T0 + timedelta(hours=3)),
    ]
    other = Topic(id=2, title=there, posts=(make_post(1, "tutor", f"{there} tomorrow 7 PM: {link}", topic_id=2),))
    meeting = meeting_at(T0 + timedelta(hours=20), there, link, topic_id=2, author="tutor")
    ctx = make_ctx([topic_of(posts, title=here), other], now=posts[1].created_at, language="en")
    simulation = Simulation(
        Dispatcher([links.router]), ctx.settings, ctx.forum, MemoryState({"meetings": {meeting.id: meeting.to_json()}})
    )
    out = replies(await simulation.feed(PostCreated(posts[1]), posts[1].created_at))
    assert any(link in a.raw for a in out) == given


@pytest.mark.parametrize("robot", ["system", "discobot"])
async def test_a_topic_a_forum_robot_opened_has_nobody_to_ask(robot: str) -> None:
    """The forum's own accounts open category descriptions and welcome topics: pinging them for a link
    reaches nobody."""
    posts = [
        make_post(1, robot, "Each GA4 doubt clearing session will be posted in this category.", admin=True),
        make_post(2, "ravi", "Sir please share the meeting link for the GA4 session", created_at=T0 + DAY),
    ]
    given, why = await answer_to(posts, "About the GA4 doubt sessions category")
    assert given == [] and "nobody to ask" in why


LAST_WEEK = "https://meet.google.com/wk1-aaaa-bbb"


def weekly_sessions(second: str, asked: str, reply_to: int | None = None) -> list[Post]:
    """Last week's session announced with its call link, this week's in a later post, and a request."""
    return [
        make_post(
            1, "tutor", f"Week 1 live session on 19th Nov at 7 PM IST. Join: {LAST_WEEK}", created_at=T0 - 7 * DAY
        ),
        make_post(2, "tutor", second, created_at=T0, moderator=True),
        make_post(3, "ravi", asked, created_at=T0 + timedelta(hours=5), reply_to_post_number=reply_to),
    ]


@pytest.mark.parametrize(
    ("second", "asked", "reply_to"),
    [
        (
            "Week 2 live session on 26th Nov at 7 PM IST. Link will be shared soon.",
            "Sir please share the google meet link for today's session",
            None,
        ),
        ("Week 2 live session on 26th Nov at 7 PM IST.", "Sir please share the google meet link", 2),
        ("Dear learners, this week's session is tomorrow at 8:30 PM.", "Kindly share the meeting link sir", None),
    ],
)
async def test_the_call_link_of_a_session_over_is_not_given_for_the_next_one(
    second: str, asked: str, reply_to: int | None
) -> None:
    given, why = await answer_to(weekly_sessions(second, asked, reply_to), "Weekly live sessions")
    assert given == [] and "post 2" in why


async def test_the_call_link_of_the_session_to_come_is_given_after_a_reminder() -> None:
    posts = [
        make_post(1, "tutor", f"Live session on 26th Nov at 7 PM IST. Join: {LAST_WEEK}", created_at=T0 - DAY),
        make_post(2, "tutor", "Reminder: the session is today at 7 PM IST.", created_at=T0, moderator=True),
        make_post(3, "ravi", "Sir please share the google meet link", created_at=T0 + timedelta(hours=5)),
    ]
    [given], _ = await answer_to(posts, "Live session")
    assert LAST_WEEK in given


SESSION_NOTICE = "GA4 doubt session today at 7:00 PM IST."


async def follow_ups(later: list[Post]) -> list[str]:
    """A request naming no kind of link under a session's announcement without one, scribe's ask, then
    the `later` posts: what scribe tells the asker."""
    posts = [
        make_post(1, "tutor", SESSION_NOTICE, created_at=T0, moderator=True),
        make_post(2, "ravi", "Sir where is the link?", created_at=T0 + timedelta(hours=2)),
        *later,
    ]
    bot = Bot(language="en")
    said: list[str] = []
    for n in range(2, len(posts) + 1):
        post = posts[n - 1]
        out = await bot.send(PostCreated(post), topic_of(posts[:n], title="GA4 session"), post.created_at)
        said += [a.raw for a in replies(out) if a.key.endswith("followup")]
    return said


@pytest.mark.parametrize(
    "later",
    [
        pytest.param(
            [
                make_post(
                    3, "tutor", "Slides for today's session: https://docs.google.com/presentation/d/s4", moderator=True
                )
            ],
            id="the-session-slides",
        ),
        pytest.param(
            [
                make_post(3, "meena", "Sir is GA4 question 3 correct? The answer key says B."),
                make_post(
                    4,
                    "tutor",
                    "@meena please check the clarification doc: https://docs.google.com/document/d/clar",
                    moderator=True,
                    reply_to_post_number=3,
                ),
            ],
            id="an-answer-to-someone-else",
        ),
    ],
)
async def test_a_link_the_announcer_gives_for_something_else_is_no_follow_up(later: list[Post]) -> None:
    assert await follow_ups([dataclasses.replace(p, created_at=T0 + timedelta(hours=3)) for p in later]) == []


async def test_the_call_link_the_announcer_adds_is_the_follow_up_of_a_request_naming_no_kind() -> None:
    join = make_post(3, "tutor", "Join here: https://meet.google.com/ga4-join-now", created_at=T0 + timedelta(hours=3))
    [said] = await follow_ups([join])
    assert "https://meet.google.com/ga4-join-now" in said


async def test_no_ask_for_a_link_the_announcement_gives_on_a_site_of_another_kind() -> None:
    """A session streamed on YouTube: its link reads as a video's, yet the announcement says it is the
    session's. Telling its author no such link is there would be false."""
    first = "Live session today at 8 PM IST on YouTube: https://www.youtube.com/live/sessionStream1"
    posts = [
        make_post(1, "tutor", first, created_at=T0, moderator=True),
        make_post(2, "ravi", "Sir please share the link for the live session", created_at=T0 + timedelta(hours=5)),
    ]
    given, why = await answer_to(posts, "Live session")
    assert given == [] and "post 1" in why


async def follow_up_after(answer: Post) -> list[ReplyToPost]:
    """Two members ask for the call link, scribe asks the announcer, then `answer` comes: scribe's follow-up."""
    posts = [
        make_post(1, "tutor", "Live session today at 8 PM IST.", created_at=T0, moderator=True),
        make_post(2, "ravi", "Sir kindly share the google meet link", created_at=T0 + timedelta(hours=1)),
        make_post(3, "meena", "Sir kindly share the google meet link", created_at=T0 + timedelta(hours=1, minutes=5)),
        answer,
    ]
    bot = Bot(language="en")
    for n in range(2, len(posts) + 1):
        post = posts[n - 1]
        await bot.send(PostCreated(post), topic_of(posts[:n], title="Live session"), post.created_at)
    return [a for a in replies(bot.sent) if a.key.endswith("followup")]


@pytest.mark.parametrize(
    ("raw", "reply_to", "told"),
    [
        ("@ravi @meena here it is: https://meet.google.com/liv-eses-sio", None, []),
        ("Here: https://meet.google.com/liv-eses-sio", 2, [("meena",)]),
        ("Google meet link: https://meet.google.com/liv-eses-sio", None, [("ravi", "meena")]),
    ],
)
async def test_the_follow_up_tells_only_the_askers_the_link_was_not_given_to(
    raw: str, reply_to: int | None, told: list[tuple[str, ...]]
) -> None:
    """A staff member who gives the link in reply to an asker, or naming them, has told them already."""
    answer = make_post(
        4, "ta_anu", raw, created_at=T0 + timedelta(hours=2), moderator=True, reply_to_post_number=reply_to
    )
    assert [a.mentions for a in await follow_up_after(answer)] == told


@pytest.mark.parametrize(("held", "given"), [(timedelta(days=-7), False), (timedelta(hours=8), True)])
async def test_a_call_link_from_another_topic_only_for_a_session_not_over(held: timedelta, given: bool) -> None:
    link = "https://meet.google.com/wk5-dout-ses"
    day = f"{(T0 + held).day}th Nov"
    first = make_post(
        1,
        "teacher",
        f"Week 5 doubt session on {day} at 7 PM IST. Join: {link}",
        topic_id=7,
        created_at=T0 - 8 * DAY,
        moderator=True,
    )
    announced = Topic(id=7, title="Week 5 doubt session", category_id=4, posts=(first,))
    asked = "Sir please share the week 5 doubt session meet link"
    said = await asked_in_own_topic(announced, "Week 5 doubt session link", asked)
    assert any(link in raw for raw in said) == given


def recordings_thread(recording: str, posted: timedelta, asked: str) -> list[Post]:
    """A thread where staff post each session's recording, one recording, and a request."""
    return [
        make_post(
            1, "tutor", "TA sessions thread: recordings are posted here.", created_at=T0 - 20 * DAY, moderator=True
        ),
        make_post(2, "tutor", recording, created_at=T0 + posted, moderator=True),
        make_post(3, "ravi", asked, created_at=T0 + timedelta(hours=1)),
    ]


@pytest.mark.parametrize(
    ("recording", "posted", "asked", "given"),
    [
        pytest.param(
            "Recording of 19th Nov session: https://youtu.be/rec1",
            -6 * DAY,
            "Sir where is the recording of the 24th Nov session?",
            False,
            id="another-date",
        ),
        pytest.param(
            "Recording of Monday's session: https://youtu.be/rec1",
            -9 * DAY,
            "Sir kindly share the 25th Nov session recording",
            False,
            id="an-older-monday",
        ),
        pytest.param(
            "Recording: https://youtu.be/rec1",
            -6 * DAY,
            "Sir where is the recording of the session on 25th Nov?",
            False,
            id="posted-before-that-day",
        ),
        pytest.param(
            "Recording of 24th Nov session: https://youtu.be/rec1",
            -DAY,
            "Sir where is the recording of the 24th Nov session?",
            True,
            id="the-same-date",
        ),
        pytest.param(
            "Recording: https://youtu.be/rec1",
            -timedelta(hours=12),
            "Sir where is the recording of the session on 25th Nov?",
            True,
            id="posted-since",
        ),
        pytest.param(
            "Recording of Monday's session: https://youtu.be/rec1",
            -9 * DAY,
            "Sir kindly share yesterday's session recording",
            False,
            id="yesterday-after-an-older-monday",
        ),
        pytest.param(
            "Recording of yesterday's session: https://youtu.be/rec1",
            -timedelta(hours=2),
            "Sir kindly share yesterday's session recording",
            True,
            id="yesterday-both-ways",
        ),
    ],
)
async def test_a_recording_is_given_for_the_day_asked_only(
    recording: str, posted: timedelta, asked: str, given: bool
) -> None:
    """A request naming its session's day is answered by a recording said to be of that day, or, saying
    no day, posted since: the recording of another day is another session's."""
    links_given, _ = await answer_to(recordings_thread(recording, posted, asked), "TA sessions")
    assert any("youtu.be/rec1" in g for g in links_given) == given


def test_a_number_opening_a_request_is_not_of_the_word_ending_the_one_before() -> None:
    """ "…the link for this week" then "4 of us still can't find it" name no week 4: the requests ask for the
    week announced, not for another of its series: its announcer is asked."""
    from handlers.links.bursts import request_groups
    from handlers.links.decision import decide

    posts = (
        make_post(1, "moderateur", "Week 3 live session on Monday at 7 PM IST, link to follow.", created_at=T0),
        make_post(2, "nora", "Where is the link for this week", created_at=T0 + HOUR),
        make_post(3, "paul", "4 of us still can't find the link, please share", created_at=T0 + 2 * HOUR),
    )
    topic = Topic(id=1, title="Week 3 live session", posts=posts, created_by="moderateur")
    (group,) = request_groups(topic, "scribe", order="DMY")
    decision = decide(topic, group, "scribe", [])
    assert (decision.action, decision.who) == ("ask", "moderateur")


@pytest.mark.parametrize(
    ("words", "replied", "action"),
    [
        ("@bob could you share the meeting link?", 2, "silent"),
        ("Could you share the meeting link?", None, "ask"),
    ],
)
def test_a_request_asking_another_member_directly_pings_no_announcer(
    words: str, replied: int | None, action: str
) -> None:
    """A member asks another by name, replying to them ("@bob could you share the link?"): that member was asked;
    pinging the announcement's author as well would ask the wrong person."""
    from handlers.links.bursts import group_of, request_groups
    from handlers.links.decision import decide

    posts = [
        make_post(1, "host", "Online meeting on Thursday 6 pm for the whole group.", created_at=T0),
        make_post(2, "bob", "I will be there too, I have the details.", created_at=T0 + DAY),
        make_post(3, "tom", words, created_at=T0 + 2 * DAY, reply_to_post_number=replied),
    ]
    topic = topic_of(posts, title="Meeting")
    group = group_of(request_groups(topic, "scribe", order="DMY"), 3)
    assert group is not None
    decision = decide(topic, group, "scribe", [])
    assert decision.action == action
    assert decision.who == "host"


async def test_the_staff_member_who_posted_the_minutes_without_their_link_right_before_is_asked() -> None:
    """ "Voici le compte-rendu de l'AGE :" with nothing after the colon, then "il manque le lien du CR": the one to
    add it is the author of the minutes' post, not of the meeting's announcement."""
    posts = [
        make_post(
            1, "claire", "AG extraordinaire mardi, 18h30, visio : https://visio.example.org/b/ag", moderator=True
        ),
        make_post(
            2,
            "lea_coop",
            "Voici le compte-rendu de l'AGE, avec les nouveaux statuts votés en annexe :\n\nMerci à toutes et tous !",
            moderator=True,
            created_at=T0 + 2 * DAY,
        ),
        make_post(
            3, "jp", "il manque le lien du CR je crois, y'a rien entre les deux phrases", created_at=T0 + 2 * DAY
        ),
    ]
    bot = Bot(language="fr")
    [ask] = replies(await bot.send(PostCreated(posts[2]), topic_of(posts, title="AG extraordinaire"), T0 + 3 * DAY))
    assert ask.mentions == ("lea_coop",)


async def test_the_staff_member_who_said_the_link_is_given_below_right_before_is_asked() -> None:
    """The professor announces an extra session "the TA will share details"; the TA posts "Session link is given
    below" and forgets it: "Where is the link sir?" is for the TA to answer."""
    posts = [
        make_post(1, "prof", "Extra session on Wednesday. The TA will share details.", moderator=True),
        make_post(
            2,
            "arjun_ta",
            "Extra session today 7 PM. Session link is given below, please join on time.",
            moderator=True,
            created_at=T0 + 2 * DAY,
        ),
        make_post(3, "lakshmi", "Where is the meet link sir?", created_at=T0 + 2 * DAY + HOUR),
    ]
    bot = Bot(language="en")
    [ask] = replies(await bot.send(PostCreated(posts[2]), topic_of(posts, title="Extra session"), T0 + 3 * DAY))
    assert ask.mentions == ("arjun_ta",)


async def test_a_replay_given_on_a_line_of_the_opening_post_is_the_answer() -> None:
    posts = [
        make_post(
            1,
            "reseau_tl",
            "Merci aux 80 personnes présentes à la conférence !\n"
            "- le replay : https://peertube.example.fr/w/conf-tl-univ\n"
            "- les slides : https://cloud.example.coop/s/conf-tl-univ-slides",
            created_at=T0,
        ),
        make_post(2, "prof_d", "Vous pouvez me redonner le lien du replay ?", created_at=T0 + 2 * DAY),
    ]
    out = await Bot().send(PostCreated(posts[1]), topic_of(posts, "Replay de la conférence"), T0 + 2 * DAY)
    [answer] = replies(out)
    assert "https://peertube.example.fr/w/conf-tl-univ" in answer.raw and "slides" not in answer.raw


async def test_an_agenda_on_a_pad_is_no_answer_for_the_minutes() -> None:
    """A link is what its words before it say ("Ordre du jour : <pad>"), not what its address's host holds."""
    posts = [
        make_post(
            1,
            "coord_tl",
            "Réunion des coordinations **jeudi 3 décembre 2026 à 10h** à la Maison des assos.\n"
            "Ordre du jour : https://pad.example.org/p/coord-3-dec",
            created_at=T0,
        ),
        make_post(2, "membre_a", "Le compte-rendu est en ligne ? quelqu'un a le lien du CR ?", created_at=T0 + 9 * DAY),
    ]
    out = await Bot().send(PostCreated(posts[1]), topic_of(posts, "Réunion des coordinations"), T0 + 9 * DAY)
    assert not any("pad.example.org" in r.raw for r in replies(out))


async def test_a_link_of_what_the_asker_says_they_have_is_no_answer() -> None:
    posts = [
        make_post(
            1,
            "fete_tl",
            "Fête du quartier samedi 5 décembre 2026 ! Le plan des stands est en ligne, lien ci-dessous.\n"
            "Pour tenir un stand, formulaire ici : https://framaforms.org/stands-fete-2026",
            created_at=T0,
        ),
        make_post(2, "voisin_b", "Je ne vois que le formulaire, il est où le plan ?", created_at=T0 + DAY),
    ]
    out = await Bot().send(PostCreated(posts[1]), topic_of(posts, "Fête du quartier"), T0 + DAY)
    assert not any("framaforms.org" in r.raw for r in replies(out))


async def test_an_asker_on_the_old_call_gets_the_link_that_replaced_it() -> None:
    posts = [
        make_post(
            1,
            "gt_tl",
            "GT outils libres **mercredi 2 décembre 2026 à 18h** : https://meet.jit.si/gt-outils",
            created_at=T0,
        ),
        make_post(
            2,
            "gt_tl",
            "⚠️ Changement de lien, Jitsi sature : on passe sur BBB, l'ancien ne marche plus :\n"
            "https://bbb.example.org/b/gt-outils-x1",
            created_at=T0 + 6 * DAY + 7 * HOUR,
        ),
        make_post(
            3,
            "membre_c",
            "Je suis sur le jitsi tout seul, c'est quoi le bon lien ?",
            created_at=T0 + 6 * DAY + 8 * HOUR,
        ),
    ]
    at = T0 + 6 * DAY + 8 * HOUR + 15 * timedelta(minutes=1)
    out = await Bot().send(PostCreated(posts[2]), topic_of(posts, "GT outils libres"), at)
    [answer] = replies(out)
    assert "https://bbb.example.org/b/gt-outils-x1" in answer.raw and "meet.jit.si" not in answer.raw.split("[quote")[0]


async def test_last_years_recording_asked_for_is_the_one_given_before_this_years_session() -> None:
    posts = [
        make_post(
            1,
            "festival_tl",
            "Le festival revient les **12 et 13 décembre 2026** !\n"
            "Pour patienter, le replay du débat de l'an dernier : https://video.example.org/w/debat-2025",
            created_at=T0,
        ),
        make_post(
            2,
            "membre_d",
            "Il est où le replay du débat de l'an dernier ? je veux le montrer à mon CA",
            created_at=T0 + DAY,
        ),
    ]
    out = await Bot().send(PostCreated(posts[1]), topic_of(posts, "Festival 2026"), T0 + DAY)
    [answer] = replies(out)
    assert "https://video.example.org/w/debat-2025" in answer.raw
