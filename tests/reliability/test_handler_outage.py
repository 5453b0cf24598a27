"""The forum failing while a feature reads it, after the poll that brought the post went well:
the post or the timer is dealt with once the forum is back, not dropped."""

from __future__ import annotations

import pytest

from tests.handlers.links.test_links_settle import ASKED, FORM, announced, post, scribe_in


@pytest.mark.parametrize("settle", [0, 10])
async def test_a_request_met_by_a_failing_forum_is_answered_once_it_is_back(
    make_sandbox, make_engine, settle: int
) -> None:
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine, links={"settle_minutes": settle})
    await post(sandbox, "lea", ASKED, topic_id)
    if settle:
        await engine.run_once()
        clock.advance(minutes=settle)
    sandbox.faults.server_error(count=None, status=503, path_prefix=f"/t/{topic_id}")
    await engine.run_once()
    assert scribe_in(sandbox, topic_id) == []
    sandbox.faults.clear()
    for _ in range(6):
        clock.advance(minutes=10)
        await engine.run_once()
    [answer] = scribe_in(sandbox, topic_id)
    assert FORM in answer and "@lea" in answer
