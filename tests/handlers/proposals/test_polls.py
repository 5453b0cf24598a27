"""Polls: the sandbox serves them as discourse-poll does, `@scribe sondage` posts one of the
best proposals, and its results rank the proposals from then on."""

from __future__ import annotations

import re

from bot.forum import Forum
from handlers.proposals.polls import POLL_NAME
from tests.conftest import KEY

POLL = (
    "Votez :\n\n[poll type=multiple name=choix results=always min=1 max=2 public=true]\n"
    "* Alpha\n* Bêta\n* Gamma\n[/poll]"
)


async def post_as(sandbox, username: str, raw: str, topic_id: int = 1):
    async with Forum(sandbox.url, username, KEY) as f:
        return await f.create_post(raw, topic_id)


async def test_a_poll_in_raw_becomes_the_posts_polls_field_and_takes_votes(sandbox, api):
    made = await post_as(sandbox, "membre", POLL)
    shown = await api.get(f"/posts/{made.id}.json")
    (poll,) = shown["polls"]
    assert (poll["name"], poll["type"], poll["status"], poll["min"], poll["max"]) == ("choix", "multiple", "open", 1, 2)
    assert [o["html"] for o in poll["options"]] == ["Alpha", "Bêta", "Gamma"]
    assert all(o["votes"] == 0 for o in poll["options"]) and poll["voters"] == 0
    alpha, beta, gamma = (o["id"] for o in poll["options"])

    body = {"post_id": made.id, "poll_name": "choix", "options": [alpha, beta]}
    voted = await api.put("/polls/vote", user="moderateur", json=body)
    assert voted["vote"] == [alpha, beta] and voted["poll"]["voters"] == 1
    await api.put("/polls/vote", user="membre", json={**body, "options": [alpha]})
    # a vote again replaces the first one; too many options, unknown ones are refused
    await api.put("/polls/vote", user="moderateur", json={**body, "options": [alpha]})
    await api.put("/polls/vote", user="moderateur", json={**body, "options": [alpha, beta, gamma]}, expect=422)
    await api.put("/polls/vote", user="moderateur", json={**body, "options": ["nope"]}, expect=422)
    await api.put("/polls/vote", user="moderateur", json={**body, "poll_name": "autre"}, expect=400)

    topic = await api.get(f"/t/{made.topic_id}/posts.json", params=[("post_ids[]", str(made.id))])
    (counted,) = topic["post_stream"]["posts"][0]["polls"]
    assert {o["html"]: o["votes"] for o in counted["options"]} == {"Alpha": 2, "Bêta": 0, "Gamma": 0}
    assert counted["voters"] == 2
    voters = await api.get("/polls/voters.json", params={"post_id": made.id, "poll_name": "choix"})
    assert [v["username"] for v in voters["voters"][alpha]] == ["membre", "moderateur"]


async def test_secret_polls_hide_voters_and_results_on_vote_hide_counts(sandbox, api):
    raw = "Un sondage :\n\n[poll name=secret results=on_vote]\n* Oui\n* Non\n[/poll]"
    made = await post_as(sandbox, "membre", raw)
    seen = (await api.get(f"/posts/{made.id}.json", user="moderateur"))["polls"][0]
    assert "votes" not in seen["options"][0] and "public" not in seen
    own = (await api.get(f"/posts/{made.id}.json", user="membre"))["polls"][0]
    assert own["options"][0]["votes"] == 0  # the author sees results
    oui = seen["options"][0]["id"]
    body = {"post_id": made.id, "poll_name": "secret", "options": [oui, seen["options"][1]["id"]]}
    await api.put("/polls/vote", user="moderateur", json=body, expect=422)  # a regular poll takes one option
    await api.put("/polls/vote", user="moderateur", json={**body, "options": [oui]})
    after = (await api.get(f"/posts/{made.id}.json", user="moderateur"))["polls"][0]
    assert after["options"][0]["votes"] == 1
    await api.get("/polls/voters.json", params={"post_id": made.id, "poll_name": "secret"}, expect=400)


async def test_scribe_polls_the_best_proposals_and_ranks_them_by_the_votes(sandbox, api, make_engine):
    topic_id = sandbox.seed_topic_id
    engine = await make_engine(sandbox)
    await engine.run_once()
    await post_as(sandbox, "membre", "@scribe sondage des propositions, merci", topic_id)
    await engine.run_once()
    poll_post = sandbox.posts_by("scribe")[-1]
    assert f"name={POLL_NAME}" in poll_post.raw and "type=multiple" in poll_post.raw
    options = re.findall(r"^\* (.+)$", poll_post.raw, re.M)
    assert 2 <= len(options) <= 8 and "Animer la coopération et la mise en commun" in options

    shown = (await api.get(f"/posts/{poll_post.id}.json"))["polls"][0]
    ids = {o["html"]: o["id"] for o in shown["options"]}
    last = options[-1]
    for voter in ("membre", "moderateur", "system"):
        body = {"post_id": poll_post.id, "poll_name": POLL_NAME, "options": [ids[last]]}
        await api.put("/polls/vote", user=voter, json=body)

    await post_as(sandbox, "membre", "@scribe propositions, avec le sondage ?", topic_id)
    await engine.run_once()
    table = sandbox.posts_by("scribe")[-1].raw
    assert "Votes (sondage)" in table
    first_row = next(line for line in table.splitlines() if line.startswith("| 1 |"))
    assert last in first_row and "| 3 |" in first_row


async def test_with_the_option_the_periodic_synthesis_opens_one_poll_per_ranked_topic():
    from datetime import UTC, datetime

    from bot.actions import Remember, ReplyToPost
    from bot.events import TickFired
    from handlers.proposals import Proposal, poll_with_synthesis
    from tests.handler_kit import make_ctx

    ranking = [Proposal(f"Proposition numéro {i}", "ana", 7, [i + 1], 3 - i).as_dict() for i in range(3)]
    memory = {"proposals": {"topic:7": {"fingerprint": "x", "proposals": ranking}}}
    tick = TickFired("summaries.periodic", datetime(2026, 11, 27, 17, tzinfo=UTC), "k")
    assert await poll_with_synthesis(tick, make_ctx(memory=memory)) == []  # off by default
    ctx = make_ctx(memory=memory, proposals={"poll_with_synthesis": True})
    reply, remember = await poll_with_synthesis(tick, ctx)
    assert isinstance(reply, ReplyToPost) and reply.topic_id == 7
    assert f"[poll type=multiple name={POLL_NAME}" in reply.raw and "* Proposition numéro 2" in reply.raw
    assert isinstance(remember, Remember) and remember.value["polled"] is True
    again = make_ctx(memory={"proposals": {"topic:7": remember.value}}, proposals={"poll_with_synthesis": True})
    assert await poll_with_synthesis(tick, again) == []
