"""The weekly digest on the sandbox: the seed plus two scripted weeks of activity, run by the
real engine (links, meetings, proposals and syntheses answer as they would), then the
digest posted by its schedule and read back from the forum."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest

from bot.actions import CreateTopic, Remember
from bot.ctx import ReadOnlyMemory
from bot.events import TickFired
from bot.models import Category
from bot.state import MemoryState
from handlers.digest import build_digest, weekly
from handlers.digest.sections import find_deadlines
from handlers.proposals import Proposal
from tests.conftest import Clock
from tests.handler_kit import make_ctx, make_post
from tests.summaries_kit import live_mentions, thread, with_forum

START = datetime(2026, 11, 10, 8, 0, tzinfo=UTC)  # Tuesday of ISO week 46
DIGEST_AT = datetime(2026, 11, 23, 8, 5, tzinfo=UTC)  # Monday 09:05 in Paris: the digest of ISO week 47


async def scripted_forum(make_sandbox, make_engine):
    """Two weeks of a small French forum; returns (sandbox, engine, clock, ids)."""
    clock = Clock(START)
    sb = await make_sandbox(clock)
    for name in ("ana", "bob", "carla", "dan", "orga", "lea", "max", "zoe"):
        sb.add_user(name)
    engine = await make_engine(
        sb,
        clock,
        digest={"category_id": 3},
        summaries={"category_id": 3, "every": "sun 23:00"},
        metrics={"enabled": False},
    )
    await engine.run_once()  # a first pass: scribe starts from the newest post
    ids: dict[str, int] = {}

    async def post(user: str, raw: str, hours: float = 2, **kw) -> dict:
        clock.advance(hours=hours)
        made = sb.create_post(user, raw, **kw)
        await engine.run_once()
        return made

    # last week (ISO 47): the general assembly debate starts
    ag = await post(
        "ana",
        "Faut-il déplacer l'assemblée générale au printemps pour que les nouveaux membres puissent voter ?",
        title="Date de l'assemblée générale",
        category_id=1,
    )
    ids["ag"] = ag["topic_id"]
    await post(
        "bob", "Je suis pour le printemps, les nouveaux membres arrivent surtout en janvier.", topic_id=ids["ag"]
    )
    clock.now = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)  # this week (ISO 48) begins
    await engine.run_once()
    proposal = await post(
        "carla",
        "Je propose de voter le budget en conseil et de garder l'assemblée générale au printemps.",
        topic_id=ids["ag"],
    )
    ids["proposal"] = proposal["post_number"]
    for liker in ("ana", "bob", "zoe"):
        sb.like(proposal["id"], liker)
    decision = await post(
        "dan", "C'est décidé : l'assemblée générale aura lieu le samedi 14 mars au tiers-lieu.", topic_id=ids["ag"]
    )
    ids["decision"] = decision["post_number"]
    for liker in ("ana", "bob", "lea", "max"):
        sb.like(decision["id"], liker)
    # a meeting with its link, then a request for that link: answered by scribe
    visio = await post(
        "orga",
        "Visio de suivi du réseau jeudi 26 novembre à 18h, le lien : https://meet.jit.si/suivi-tiers-lieux",
        title="Visio de suivi du réseau",
        category_id=2,
    )
    ids["visio"] = visio["topic_id"]
    asked = await post("lea", "Je ne trouve pas le lien de la visio, quelqu'un l'a ?", topic_id=ids["visio"])
    ids["visio_request"] = asked["post_number"]
    again = await post("zoe", "Moi non plus je ne trouve pas le lien de la visio ?", topic_id=ids["visio"])
    ids["visio_again"] = again["post_number"]
    # a workshop without its registration link, and a member asking for it: still open
    compost = await post(
        "orga",
        "Atelier compost samedi 28 novembre à 10h à la ferme, inscription obligatoire.",
        title="Atelier compost à la ferme",
        category_id=2,
    )
    ids["compost"] = compost["topic_id"]
    request = await post("max", "Il manque le lien d'inscription pour l'atelier ?", topic_id=ids["compost"])
    ids["compost_request"] = request["post_number"]
    clock.advance(hours=6)
    await engine.run_once()  # the links feature's grace period ends
    # a deadline in the coming two weeks
    call = await post(
        "orga",
        "Appel à projets de la région : les dossiers sont à déposer au plus tard le 30 novembre à midi.",
        title="Appel à projets régional",
        category_id=1,
    )
    ids["call"] = call["topic_id"]
    # a question nobody answers
    hall = await post(
        "zoe",
        "Pour la fête de décembre, quelqu'un sait si la grande salle est accessible en fauteuil roulant ?",
        title="Fête de décembre",
        category_id=1,
    )
    ids["hall"] = hall["topic_id"]
    # a new member
    clock.advance(hours=1)
    sb.add_user("nouvelle")
    await post(
        "nouvelle", "Bonjour à toutes et à tous, je viens d'arriver au tiers-lieu de Lannion !", topic_id=ids["ag"]
    )
    # what members cannot all read
    await post(
        "moderateur", "Discussion confidentielle du bureau sur les salaires.", title="Salaires du bureau", category_id=4
    )
    await post(
        "ana",
        "Message privé sur ma santé, merci de ne pas en parler.",
        title="Message privé",
        archetype="private_message",
        target_recipients="bob",
    )
    # scribe is asked for the proposals and a synthesis of the debate
    await post("membre", "@scribe propositions, s'il te plaît", topic_id=ids["ag"])
    await post("membre", "@scribe synthèse, s'il te plaît", topic_id=ids["ag"])
    return sb, engine, clock, ids


def section(raw: str, title: str) -> str:
    assert f"## {title}" in raw, f"no section {title!r} in:\n{raw}"
    return raw.split(f"## {title}", 1)[1].split("\n## ", 1)[0]


async def test_digest_on_the_sandbox(make_sandbox, make_engine):
    sb, engine, clock, ids = await scripted_forum(make_sandbox, make_engine)
    # the synthesis record gains the decisions the summaries feature reads in the debate
    memory = await engine.store.get("summaries", str(ids["ag"]))
    assert memory is not None and memory.get("key")
    decided = {"topic_id": ids["ag"], "post_number": ids["decision"], "username": "dan"}
    decided["text"] = "L'assemblée générale aura lieu le samedi 14 mars."
    await engine.store.apply([Remember("summaries", str(ids["ag"]), {**memory, "decisions": [decided]})], clock())
    clock.now = DIGEST_AT
    await engine.run_once()

    [digest] = [t for t in sb.forum.topics.values() if t.title == "La semaine du forum : semaine 47 de 2026"]
    assert digest.category_id == 3
    raw = sb.forum.posts[digest.post_ids[0]].raw
    print(raw)

    numbers = section(raw, "La semaine en chiffres")
    head, _, values = numbers.strip().splitlines()[:3]
    assert head == "| Messages | Membres actifs | Nouveaux membres | Nouveaux sujets |"
    # this week: carla, dan, orga ×3, lea, zoe ×2, max, nouvelle (10 posts, 7 people, 4 new topics);
    # last week: ana, bob (2 posts, 2 people, 1 topic); `membre` asked scribe twice
    # new members: `nouvelle` this week; ana and bob, whose accounts are from last week, then
    assert values == "| **12** (▲ +10) | **8** (▲ +6) | **1** (▼ −1) | **4** (▲ +3) |", values
    chart = re.search(r"!\[(Graphique : messages par semaine[^\]|]*)\|\d+x\d+\]\((upload://\w+\.png)\)", numbers)
    assert chart, numbers
    upload = next(u for u in sb.uploads.by_sha1.values() if u.short_url == chart.group(2))
    async with aiohttp.ClientSession(sb.url) as s, s.get(upload.short_path.lstrip("/")) as r:
        assert r.status == 200 and r.content_type == "image/png"
        assert await r.read() == upload.data
    assert upload.data[:4] == b"\x89PNG"
    assert chart.group(1).endswith(": 0, 0, 0, 0, 0, 0, 2, 12 ; membres actifs : 0, 0, 0, 0, 0, 0, 2, 8")

    decided_lines = section(raw, "Décidé cette semaine")
    assert f"/t/-/{ids['ag']}/{ids['decision']}" in decided_lines and "14 mars" in decided_lines
    assert "dan" in decided_lines and len(decided_lines.strip().splitlines()) == 1

    coming = section(raw, "À venir")
    meetings, deadlines = coming.split("**Échéances**")
    assert "**Rencontres**" in meetings and "https://meet.jit.si/suivi-tiers-lieux" in meetings
    # the address a member gave is shown as it is, never behind a word of scribe's
    assert "](https://meet.jit.si/suivi-tiers-lieux)" not in meetings
    assert '[date=2026-11-26 time=18:00:00 timezone="Europe/Paris"]' in meetings
    assert "[date=2026-11-30" in deadlines and "au plus tard" in deadlines and f"/t/-/{ids['call']}/1" in deadlines

    debates = section(raw, "Débats")
    assert f"/t/{memory['key']}" not in debates and "{{topic:" not in debates
    ag_line = next(line for line in debates.splitlines() if f"/t/-/{ids['ag']})" in line or f"/{ids['ag']})" in line)
    synthesis_topic = (await engine.store.created_topics([memory["key"]]))[memory["key"]]
    assert sb.forum.topics[synthesis_topic].title.startswith("Synthèse")
    assert f"[dernière synthèse](/t/{synthesis_topic})" in ag_line

    supported = section(raw, "Propositions les plus soutenues")
    assert "voter le budget en conseil" in supported.lower() and f"/t/-/{ids['ag']}/{ids['proposal']}" in supported
    assert "3 soutien(s)" in supported

    liked = section(raw, "Les plus appréciés")
    assert "« C'est décidé : l'assemblée générale aura lieu le samedi 14 mars au tiers-lieu. »" in liked
    assert "4 j'aime" in liked and "3 j'aime" in liked and liked.index("4 j'aime") < liked.index("3 j'aime")

    still = section(raw, "Toujours en suspens")
    assert f"/t/-/{ids['compost']}/{ids['compost_request']}" in still and "Lien demandé d'inscription" in still
    assert "Il manque le lien d'inscription" in still
    answers = [p.raw for p in sb.posts_by("scribe") if p.topic_id == ids["visio"]]
    assert any("meet.jit.si/suivi-tiers-lieux" in a for a in answers)  # scribe gave that link…
    for asked in (ids["visio_request"], ids["visio_again"]):  # …so neither request is listed as open
        assert f"/t/-/{ids['visio']}/{asked}" not in still
    assert "accessible en fauteuil roulant" in still and f"/t/-/{ids['hall']}/1" in still
    assert "trouve pas le lien" not in still  # a link request, answered: not an open question

    assert "confidentiel" not in raw and "Salaires" not in raw and "santé" not in raw
    assert live_mentions(raw) == [] and "<" not in raw.replace("<!-- scribe:", "")
    assert len(raw.splitlines()) < 60


# --- plain-data checks ----------------------------------------------------------------------

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # Monday 30 Nov 2026: the digest of ISO week 48
WEEK_START = NOW - timedelta(days=5)


def forum(memory=None, **kw):
    public = thread(
        10,
        [
            ("ana", "Faut-il déplacer l'assemblée générale au printemps ? Les nouveaux membres pourraient voter."),
            ("@bob", "Je suis pour le printemps, merci @ana, les nouveaux membres arrivent surtout en janvier."),
            ("carla", "Le budget doit être voté avant mars, l'assemblée générale ne peut pas attendre le printemps."),
        ],
        title="Date de l'assemblée générale",
        start=WEEK_START,
        category_id=1,
    )
    public = replace(public, posts=tuple(replace(p, like_count=i) for i, p in enumerate(public.posts)))
    secret = thread(
        11,
        [("x", "Le bureau discute du salaire confidentiel de la coordinatrice cette semaine.")] * 3,
        title="Salaires du bureau confidentiel",
        start=WEEK_START,
        category_id=2,
    )
    cats = [Category(1, "Général", "general"), Category(2, "Bureau", "bureau", read_restricted=True)]
    kw.setdefault("digest", {"category_id": 5})
    return with_forum(make_ctx(now=NOW, memory=memory, **kw), [public, secret], cats)


async def test_digest_leaves_out_what_not_everyone_reads_and_pings_nobody():
    digest = await build_digest(forum())
    assert digest.title == "La semaine du forum : semaine 48 de 2026"  # the seven days before Monday 30
    assert "/t/-/10" in digest.raw and "Salaires" not in digest.raw and "confidentiel" not in digest.raw
    assert live_mentions(digest.raw) == []
    # most liked first, each with its excerpt
    liked = section(digest.raw, "Les plus appréciés")
    assert liked.index("/t/-/10/3") < liked.index("/t/-/10/2") and "« Le budget doit être voté" in liked


async def test_a_request_that_joined_an_answer_is_not_open_while_the_topic_waits_for_another_link():
    """A "joined" request stays so while its topic waits for another link; when a link of its
    kind was given, it is not open and the digest does not list it."""

    def record(post: int, outcome: str, kinds: list[str]) -> dict:
        return {"topic_id": 10, "post_number": post, "outcome": outcome, "username": "ana", "kinds": kinds}

    links = {
        "request:10002": record(2, "answered", ["meeting"]),
        "request:10003": record(3, "joined", ["meeting"]),
        "request:10004": record(4, "asked", ["document"]),
        "topic:10": {"waiting": {"askers": ["ana"], "kinds": ["document"]}},
    }
    digest = await build_digest(forum({"links": links}))
    still = section(digest.raw, "Toujours en suspens")
    assert "/t/-/10/3" not in still and "Lien demandé du document" in still


async def test_proposals_need_measured_support_and_show_their_gain():
    def proposal(text: str, supporters: int, post: int, topic_id: int = 10) -> Proposal:
        return Proposal(text, "ana", topic_id, [post], supporters)

    items = [
        proposal("Voter le budget en conseil", 4, 3),
        proposal("Une plainte sans soutien", 0, 2),
        proposal("Augmenter les salaires", 9, 1, topic_id=11),
    ]
    memory = {"digest": {"digest:2026-W48": {"posted_at": "2026-11-23T08:00:00+00:00", "support": {"10:3": 1}}}}
    digest = await build_digest(forum(memory), items)
    lines = section(digest.raw, "Propositions les plus soutenues")
    assert "Voter le budget en conseil" in lines and "4 soutien(s) (+3)" in lines
    assert "plainte" not in lines and "salaires" not in lines.lower()
    assert digest.remembered == {"support": {"10:3": 4}}


async def test_weekly_tick_posts_once_per_week_with_its_chart():
    ctx = forum()
    tick = TickFired(name="digest.weekly", at=NOW, key="digest.weekly:1")
    create, remember = await weekly(tick, ctx)
    assert isinstance(create, CreateTopic) and create.key == "digest:2026-W49" and create.category_id == 5
    assert [i.name for i in create.images] == ["activite"] and "{{image:activite}}" in create.raw
    assert create.images[0].alt.startswith("Graphique : messages par semaine")
    assert isinstance(remember, Remember) and remember.key == "digest:2026-W49"
    fired_again = replace(ctx, memory=ReadOnlyMemory(MemoryState({"digest": {remember.key: remember.value}})))
    assert await weekly(replace(tick, key="digest.weekly:2"), fired_again) == []
    next_week = replace(fired_again, now=NOW + timedelta(days=7))
    assert [a.key for a in await weekly(tick, next_week) if isinstance(a, CreateTopic)] == ["digest:2026-W50"]


async def test_weekly_key_uses_the_forum_time_zone():
    ctx = replace(forum(), now=datetime(2026, 12, 6, 23, 30, tzinfo=UTC))  # already Monday in Paris
    actions = await weekly(TickFired(name="digest.weekly", at=ctx.now, key="k"), ctx)
    assert actions[0].key == "digest:2026-W50"


async def test_digest_disabled_or_quiet():
    disabled = forum(digest={"category_id": 5, "enabled": False})
    assert await weekly(TickFired(name="digest.weekly", at=NOW, key="k"), disabled) == []
    quiet = await build_digest(replace(forum(), now=NOW + timedelta(days=21)))
    assert "Semaine calme" in quiet.raw and "Les plus appréciés" not in quiet.raw and "Débats" not in quiet.raw


async def test_english_digest():
    digest = await build_digest(forum(language="en"))
    assert "## This week in numbers" in digest.raw and "## Debates" in digest.raw
    assert digest.images[0].alt.startswith("Chart: posts per week")


def test_a_deadline_forwarded_as_a_blockquote_is_one() -> None:
    now = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
    raw = "Transmis par la région :\n\n> Les dossiers sont à déposer au plus tard le 4 décembre à midi."
    ((when, _, what, _),) = find_deadlines(
        [make_post(1, "orga", raw, created_at=now)], make_ctx(now=now), now + timedelta(days=14)
    )
    assert when == datetime(2026, 12, 4, 11, 0, tzinfo=UTC) and "au plus tard" in what


@pytest.mark.parametrize(("order", "end"), [("DMY", "to 30/11."), ("MDY", "to 11/30.")])
async def test_the_digest_writes_its_days_in_the_forums_order(order: str, end: str) -> None:
    digest = await build_digest(forum(language="en", date_order=order))
    assert end in digest.raw


@pytest.mark.parametrize(
    ("raw", "order"), [("Forms are due by 12/4 at noon.", "MDY"), ("Forms due by 4/12 at noon.", "DMY")]
)
def test_a_deadline_is_read_in_the_forums_order(raw: str, order: str) -> None:
    now = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
    posts = [make_post(1, "orga", raw, created_at=now)]
    ((when, _, _, _),) = find_deadlines(
        posts, make_ctx(now=now, language="en", date_order=order), now + timedelta(days=14)
    )
    assert when == datetime(2026, 12, 4, 11, 0, tzinfo=UTC)
