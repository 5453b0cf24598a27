"""A link left unsure for a request stays unsure for every later asking of the same, however many: the
earlier bursts of a topic are read once, front to back, not once per asking."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.actions import ReplyToPost
from bot.dispatch import Dispatcher
from bot.events import PostCreated
from bot.models import Topic
from bot.replay import Simulation
from bot.state import MemoryState
from handlers import links
from handlers.links.bursts import request_groups
from handlers.links.decision import decide
from tests.handler_kit import make_ctx, make_post

PORTAL = "https://exam.example.ac.in/quiz-two"
T0 = datetime(2026, 9, 1, 10, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def asked_again(times: int) -> Topic:
    """The quiz announced with its portal, "is it enabled yet?" an hour later, then the same plea for the
    exam link `times` times, three days apart and nothing else posted."""
    posts = [
        make_post(
            1,
            "moderateur",
            f"Quiz 2 on Sunday at 2 PM IST. Exam portal: {PORTAL} (active 10 min before)",
            created_at=T0,
        ),
        make_post(2, "nora", "Is the exam link enabled yet?", created_at=T0 + HOUR),
    ]
    for n in range(3, times + 3):
        posts.append(make_post(n, f"learner{n}", "Sir exam link please", created_at=T0 + timedelta(days=3 * n)))
    return Topic(id=1, title="Quiz 2 on Sunday: the portal", posts=tuple(posts), created_by="moderateur")


def test_the_same_request_asked_hundreds_of_times_stays_unsure_of_the_link() -> None:
    topic = asked_again(500)
    groups = request_groups(topic, "scribe", order="DMY")
    assert len(groups) == 501
    first = decide(topic, groups[0], "scribe", [])
    assert first.action == "silent" and first.why is not None and first.why.key == "release"
    last = decide(topic, groups[-1], "scribe", [])
    assert last.action == "silent" and last.why is not None
    assert last.why.key == "declined_before" and last.why.values["post"] == groups[-2].first.post_number


def test_a_link_posted_since_ends_the_doubt() -> None:
    topic = asked_again(3)
    later = make_post(6, "moderateur", f"The portal is open now: {PORTAL}", created_at=T0 + timedelta(days=16))
    again = make_post(7, "learner7", "Sir exam link please", created_at=T0 + timedelta(days=20))
    topic = Topic(id=1, title=topic.title, posts=(*topic.posts, later, again), created_by="moderateur")
    last = request_groups(topic, "scribe", order="DMY")[-1]
    assert last.first.post_number == 7
    decision = decide(topic, last, "scribe", [])
    assert decision.action == "answer" and decision.found is not None and decision.found.url == PORTAL


async def test_a_burst_only_the_model_took_in_counts_as_an_earlier_asking_of_the_same() -> None:
    """The model takes "anyone got the quiz portal working? Still closed for me." for a request for the
    exam link, left unsure (they wait for it to open); "Sir exam link please" days later, nothing new
    posted, reads that burst as the handler grouped it: the same link is no surer."""
    from bot.llm import Llm
    from bot.sandbox.llm import FakeLlm

    posts = [
        *asked_again(0).posts[:1],
        make_post(2, "nora", "Hi, anyone got the quiz portal working? Still closed for me.", created_at=T0 + HOUR),
        make_post(3, "lea", "Sir exam link please", created_at=T0 + timedelta(days=3)),
    ]
    server = FakeLlm(lambda body: {"link_request": True, "kind": "exam"})
    await server.start()
    try:
        state = MemoryState({})
        said = []
        for n in (2, 3):
            topic = Topic(id=1, title="Quiz 2 on Sunday: the portal", posts=tuple(posts[:n]), created_by="moderateur")
            ctx = make_ctx([topic], now=posts[n - 1].created_at, language="en", llm={"base_url": server.url})
            llm = Llm.from_settings(ctx.settings)
            simulation = Simulation(Dispatcher([links.router]), ctx.settings, ctx.forum, state, llm=llm)
            out = await simulation.feed(PostCreated(posts[n - 1]), posts[n - 1].created_at)
            said += [a.raw for a in out if isinstance(a, ReplyToPost)]
            if llm is not None:
                await llm.close()
    finally:
        await server.stop()
    assert said == []
    records = state.data["links"]
    assert records[f"request:{posts[1].id}"]["reason"]["key"] == "release"
    assert records[f"request:{posts[2].id}"]["reason"] == {"key": "declined_before", "values": {"post": 2, "link": 1}}
