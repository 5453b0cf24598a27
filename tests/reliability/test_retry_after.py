"""A `Retry-After` that names no wait (zero, negative, not a number) is no reason to ask again at once."""

from __future__ import annotations

import pytest

from bot.forum import RATE_LIMIT_WAIT
from tests.conftest import no_sleep

SEED_TOPIC = 1


@pytest.mark.parametrize("wait", [0, -3])
async def test_a_rate_limit_that_asks_no_wait_is_waited_like_one_that_names_none(sandbox, make_engine, member, wait):
    """Three 429s whose `Retry-After` and `wait_seconds` say 0 (or less): scribe waits as for a 429
    that names no wait, not zero seconds three times in a row."""
    engine = await make_engine(sandbox)
    await engine.run_once()
    await member.create_post("@scribe aide, que sais-tu faire ?", SEED_TOPIC)
    no_sleep.waits.clear()
    sandbox.faults.rate_limit(count=3, wait_seconds=wait, path_prefix="/posts.json", method="GET")
    await engine.run_once()
    # The hold is kept as a moment: the sleep is what is left of it, a few milliseconds less.
    assert no_sleep.waits[:3] == [pytest.approx(RATE_LIMIT_WAIT, abs=0.5)] * 3
    assert len(sandbox.posts_by("scribe")) == 1


@pytest.mark.parametrize("header", ["0", "-5", "bientôt"])
async def test_a_server_error_that_asks_no_wait_gets_the_usual_backoff(sandbox, make_engine, member, header):
    """Two 503s whose `Retry-After` names no wait: scribe backs off as after any server error."""
    engine = await make_engine(sandbox)
    await engine.run_once()
    await member.create_post("@scribe aide, pendant la panne ?", SEED_TOPIC)
    no_sleep.waits.clear()
    sandbox.faults.server_error(count=2, status=503, path_prefix="/posts.json", method="GET", retry_after=header)
    await engine.run_once()
    assert len(no_sleep.waits) >= 2 and all(w > 0 for w in no_sleep.waits[:2])
    assert len(sandbox.posts_by("scribe")) == 1
