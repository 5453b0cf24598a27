"""Each capability through the whole engine, against the sandbox forum over HTTP."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from bot.forum import Forum
from tests.conftest import KEY, Clock, run_settled

SEED = 1


async def as_user(sandbox, username: str):
    return Forum(sandbox.url, username, KEY)


async def test_meeting_reminder_once_across_a_restart(make_sandbox, make_engine, monkeypatch):
    monkeypatch.setenv("SCRIBE_REMINDER_OFFSETS", "3m")
    clock = Clock(datetime(2026, 11, 26, 16, 0, tzinfo=UTC))
    sandbox = await make_sandbox(clock, seed=False)
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    start = (clock.now + timedelta(minutes=10)).astimezone(engine.settings.tz)
    async with await as_user(sandbox, "moderateur") as mod:
        await mod.create_topic(
            "Visio de suivi du programme tiers-lieux",
            f"Bonjour à toutes et tous, une visio aujourd'hui à {start:%H}h{start:%M} pour faire le point. "
            "Lien : https://meet.jit.si/suivi-tiers-lieux",
            category_id=2,
        )
    await engine.run_once()
    assert sandbox.posts_by("scribe") == []
    await engine.forum.close()
    await engine.store.close()
    clock.advance(minutes=7, seconds=30)
    restarted = await make_engine(sandbox, clock=clock)
    await restarted.run_once()
    await restarted.run_once()
    [reminder] = sandbox.posts_by("scribe")
    assert "https://meet.jit.si/suivi-tiers-lieux" in reminder.raw
    assert f"[date={start:%Y-%m-%d} time={start:%H:%M}:00" in reminder.raw
    clock.advance(minutes=5)
    await restarted.run_once()
    assert len(sandbox.posts_by("scribe")) == 1


async def test_reminder_offsets_changed_from_the_forum_apply(make_sandbox, make_engine):
    clock = Clock(datetime(2026, 11, 26, 16, 0, tzinfo=UTC))
    sandbox = await make_sandbox(clock)
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    async with await as_user(sandbox, "moderateur") as mod:
        await mod.create_post("@scribe rappels 5m pour les prochaines réunions", SEED)
        await engine.run_once()
        start = (clock.now + timedelta(minutes=30)).astimezone(engine.settings.tz)
        await mod.create_topic(
            "Atelier express sur les financements",
            f"Atelier en visio aujourd'hui à {start:%H}h{start:%M} : https://meet.jit.si/atelier-express",
            category_id=2,
        )
    await engine.run_once()
    timers = await engine.store.timers()
    assert [t["key"].rsplit(":", 1)[1] for t in timers] == ["5m"]


async def test_proposals_command_gets_the_table_as_one_reply(sandbox, make_engine):
    engine = await make_engine(sandbox)
    await engine.run_once()
    async with await as_user(sandbox, "membre") as member:
        await member.create_post("@scribe propositions : où en est-on ?", SEED)
    await engine.run_once()
    [table] = sandbox.posts_by("scribe")
    assert "SAS classique" in table.raw and "/t/-/1/14" in table.raw
    assert table.raw.count("\n|") >= 10
    chart = re.search(r"!\[(Graphique : soutiens des propositions[^\]|]*)\|\d+x\d+\]\((upload://\w+\.png)\)", table.raw)
    assert chart, "the support chart is uploaded and shown under the table"
    [upload] = [u for u in sandbox.uploads.by_sha1.values() if u.short_url == chart.group(2)]
    assert upload.data.startswith(b"\x89PNG")


async def test_synthesis_command_creates_a_topic_linked_from_the_thread(sandbox, make_engine):
    engine = await make_engine(sandbox, summaries={"category_id": 3})
    await engine.run_once()
    async with await as_user(sandbox, "membre") as member:
        await member.create_post("@scribe synthèse de ce long débat, merci", SEED)
    await engine.run_once()
    topic_post, notice = sandbox.posts_by("scribe")
    assert topic_post.post_number == 1 and sandbox.topic(topic_post.topic_id).category_id == 3
    assert sandbox.topic(topic_post.topic_id).title.startswith("Synthèse")
    assert f"/t/{topic_post.topic_id})" in notice.raw and notice.topic_id == SEED
    assert not re.search(r"(?<![`\w])@\w", topic_post.raw), "a synthesis must not ping anyone"
    image = r"!\[Graphique : soutiens des propositions[^\]|]*\|\d+x\d+\]\((upload://\w+\.png)\)"
    chart = re.search(image, topic_post.raw)
    assert chart and topic_post.raw.index(chart.group(0)) < topic_post.raw.rindex("\n---\n")


async def test_a_synthesis_does_not_hold_up_a_mention_behind_it(sandbox, make_engine):
    """The synthesis runs as its own job: `@scribe aide`, posted after it, is answered first, in the same pass."""
    engine = await make_engine(sandbox, summaries={"category_id": 3})
    await engine.run_once()
    async with await as_user(sandbox, "membre") as member:
        await member.create_post("@scribe synthèse de ce long débat, merci", SEED)
        await member.create_post("@scribe aide, que sais-tu faire ?", SEED)
    report = await engine.run_once()
    help_reply, topic_post, notice = sandbox.posts_by("scribe")
    assert "propositions" in help_reply.raw and help_reply.topic_id == SEED
    assert topic_post.post_number == 1 and sandbox.topic(topic_post.topic_id).title.startswith("Synthèse")
    assert notice.topic_id == SEED
    assert [e.name for e in report.events if hasattr(e, "name")] == ["summaries.job"]


async def test_weekly_digest_once_per_week(sandbox, make_engine):
    clock = Clock(datetime(2026, 11, 23, 7, 0, tzinfo=UTC))
    engine = await make_engine(sandbox, clock=clock, digest={"category_id": 3, "day": "mon", "time": "09:00"})
    await engine.run_once()
    clock.advance(hours=2)
    await engine.run_once()
    await engine.run_once()
    digests = [p for p in sandbox.posts_by("scribe") if p.post_number == 1]
    assert len(digests) == 1 and "2026" in sandbox.topic(digests[0].topic_id).title
    await engine.forum.close()
    await engine.store.close()
    again = await make_engine(sandbox, clock=clock, digest={"category_id": 3, "day": "mon", "time": "09:00"})
    await again.run_once()
    assert len([p for p in sandbox.posts_by("scribe") if p.post_number == 1]) == 1


async def _visio_asked_for(sandbox) -> int:
    """A visio announced with its registration link, and a member who cannot find it: the topic's id."""
    async with await as_user(sandbox, "moderateur") as mod:
        topic = await mod.create_topic(
            "Visio d'échange sur les fabriques",
            "Une visio d'échange aura lieu bientôt, inscription : https://framaforms.org/inscription-visio",
            category_id=2,
        )
    async with await as_user(sandbox, "membre") as member:
        await member.create_post("Bonjour, je ne trouve pas le lien d'inscription à la visio ?", topic.topic_id)
    return topic.topic_id


async def test_link_request_answered_once(sandbox, make_engine):
    engine = await make_engine(sandbox)
    await engine.run_once()
    topic_id = await _visio_asked_for(sandbox)
    sandbox.add_user("camille")
    async with await as_user(sandbox, "camille") as other:
        await other.create_post("+1, où est le lien d'inscription svp ?", topic_id)
    await run_settled(engine)
    await engine.run_once()
    answers = sandbox.posts_by("scribe")
    assert len(answers) == 1 and "https://framaforms.org/inscription-visio" in answers[0].raw


async def test_in_review_a_link_request_reaches_the_moderators_privately_and_the_topic_gets_nothing(
    sandbox, make_engine
):
    engine = await make_engine(sandbox, links={"answer_unasked": "review"})
    await engine.run_once()
    topic_id = await _visio_asked_for(sandbox)
    await run_settled(engine)
    await engine.run_once()
    [proposed] = sandbox.posts_by("scribe")
    pm = sandbox.topic(proposed.topic_id)
    assert pm.archetype == "private_message" and proposed.topic_id != topic_id
    assert "moderators" in pm.allowed_users
    assert "https://framaforms.org/inscription-visio" in proposed.raw


async def test_seed_request_answered_with_the_link_post_6_carries(sandbox, make_engine):
    post6 = next(p for p in sandbox.topic_posts(SEED) if p.post_number == 6)
    sandbox.edit_post(
        post6.id,
        "Bonjour,\n\nCi-dessous le lien d’inscription à la visio :slight_smile:\n\nhttps://framaforms.org/visio-politique-tiers-lieux",
        username="AssoTiersLieux",
    )
    engine = await make_engine(sandbox)
    await engine.run_once()
    async with await as_user(sandbox, "membre") as member:
        await member.create_post("Hello, il manque le lien d'inscription à la visio ?", SEED)
    await run_settled(engine)
    [answer] = sandbox.posts_by("scribe")
    assert "https://framaforms.org/visio-politique-tiers-lieux" in answer.raw
    assert '[quote="AssoTiersLieux, post:6, topic:1"]' in answer.raw


async def test_link_request_addressed_to_scribe_gets_the_link_not_the_unknown_command_help(sandbox, make_engine):
    engine = await make_engine(sandbox)
    await engine.run_once()
    async with await as_user(sandbox, "moderateur") as mod:
        topic = await mod.create_topic(
            "Webinaire sur les communs numériques",
            "Webinaire jeudi prochain, inscription sur https://www.helloasso.com/webinaire-communs",
            category_id=2,
        )
    async with await as_user(sandbox, "membre") as member:
        await member.create_post("@scribe il manque le lien d'inscription au webinaire ?", topic.topic_id)
    await engine.run_once()
    [answer] = sandbox.posts_by("scribe")
    assert "https://www.helloasso.com/webinaire-communs" in answer.raw and "pas compris" not in answer.raw


async def test_a_second_synthesis_gets_its_own_title_and_a_refused_one_is_never_announced(sandbox, make_engine):
    engine = await make_engine(sandbox, summaries={"category_id": 3})
    await engine.run_once()
    async with await as_user(sandbox, "membre") as member:
        await member.create_post("@scribe synthèse de ce long débat, merci", SEED)
        await engine.run_once()
        await member.create_post("Je propose aussi un budget participatif pour les petits lieux.", SEED)
        await member.create_post("@scribe synthèse à jour, s'il te plaît", SEED)
        await engine.run_once()
        first, _, second, second_notice = sandbox.posts_by("scribe")
        titles = [sandbox.topic(p.topic_id).title for p in (first, second)]
        assert titles[0] != titles[1] and all(t.startswith("Synthèse") for t in titles)
        assert f"/t/{second.topic_id})" in second_notice.raw and "(#)" not in second_notice.raw
        sandbox.faults.server_error(count=None, status=422, path_prefix="/posts", body_contains="Synth")
        await member.create_post("Et un dernier avis pour la route.", SEED)
        await member.create_post("@scribe synthèse encore une fois", SEED)
        await engine.run_once()
        await engine.run_once()
    assert len(sandbox.posts_by("scribe")) == 4  # the refused synthesis is not announced as published
    assert [r["status"] for r in await engine.store.outbox() if r["status"] == "failed"] == ["failed", "failed"]
