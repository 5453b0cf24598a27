"""The fault plan really happens over HTTP; the request counter counts."""

import asyncio
import json

import aiohttp
import pytest


async def test_rate_limit_burst_json_body_and_headers(sandbox, api):
    sandbox.faults.rate_limit(count=2, wait_seconds=7)
    for _ in range(2):
        r, body = await api.call("GET", "posts.json")
        assert r.status == 429
        assert r.headers["Retry-After"] == "7"
        assert r.headers["Discourse-Rate-Limit-Error-Code"] == "admin_api_key_rate_limit"
        assert r.headers["Content-Type"] == "application/json; charset=utf-8"
        assert json.loads(body) == {
            "errors": ["You’ve performed this action too many times. Please wait 7 seconds before trying again."],
            "error_type": "rate_limit",
            "extras": {"wait_seconds": 7},
        }
    r, _ = await api.call("GET", "posts.json")
    assert r.status == 200


async def test_per_ip_rate_limit_is_plain_text(sandbox, api):
    sandbox.faults.ip_rate_limit(count=1, wait_seconds=9)
    r, body = await api.call("GET", "posts.json")
    assert r.status == 429 and r.content_type == "text/plain"
    assert r.headers["Retry-After"] == "9"
    assert r.headers["Discourse-Rate-Limit-Error-Code"] == "ip_10_secs_limit"
    assert body.decode().startswith("Slow down, too many requests from this IP address.")


async def test_faults_scoped_by_path_and_method(sandbox, api):
    sandbox.faults.server_error(count=1, status=503, method="POST")
    sandbox.faults.server_error(count=1, status=502, path_prefix="/t/")
    r, _ = await api.call("GET", "posts.json")
    assert r.status == 200
    r, _ = await api.call("GET", f"t/{sandbox.seed_topic_id}.json")
    assert r.status == 502 and r.content_type == "text/html"
    r, _ = await api.call("POST", "posts.json", json={"topic_id": sandbox.seed_topic_id, "raw": "x" * 30})
    assert r.status == 503
    assert sandbox.posts_by("scribe") == []
    r, _ = await api.call(
        "POST", "posts.json", json={"topic_id": sandbox.seed_topic_id, "raw": "Une réponse assez longue."}
    )
    assert r.status == 200


async def test_malformed_body(sandbox, api):
    sandbox.faults.malformed(count=1)
    r, body = await api.call("GET", "posts.json")
    assert r.status == 200 and r.headers["Content-Type"] == "application/json; charset=utf-8"
    with pytest.raises(ValueError):
        json.loads(body)
    r, body = await api.call("GET", "posts.json")
    assert json.loads(body)["latest_posts"]


async def test_down_and_up(sandbox):
    async with aiohttp.ClientSession(sandbox.url, timeout=aiohttp.ClientTimeout(total=5)) as s:
        async with s.get("posts.json") as r:
            assert r.status == 200
        sandbox.faults.down()
        with pytest.raises(aiohttp.ClientError):
            async with s.get("posts.json") as r:
                await r.read()
    async with aiohttp.ClientSession(sandbox.url, timeout=aiohttp.ClientTimeout(total=5)) as s:
        with pytest.raises(aiohttp.ClientConnectorError):
            async with s.get("posts.json"):
                pass
        sandbox.faults.up()
        async with s.get("posts.json") as r:
            assert r.status == 200


async def test_slow_answer(sandbox, api):
    sandbox.faults.slow(seconds=5, count=1)
    with pytest.raises(asyncio.TimeoutError):
        await api.call("GET", "posts.json", timeout=aiohttp.ClientTimeout(total=0.2))
    r, _ = await api.call("GET", "posts.json")
    assert r.status == 200


async def test_sliding_window_limiter_uses_the_clock(sandbox, api, clock):
    sandbox.faults.limit(per_minute=3)
    for _ in range(3):
        assert (await api.call("GET", "posts.json"))[0].status == 200
    clock.advance(seconds=20)
    r, body = await api.call("GET", "posts.json")
    assert r.status == 429 and r.headers["Retry-After"] == "40"
    assert json.loads(body)["extras"]["wait_seconds"] == 40
    clock.advance(seconds=40)
    assert (await api.call("GET", "posts.json"))[0].status == 200


async def test_request_counter(sandbox, api):
    sandbox.reset_requests()
    await api.get("posts.json")
    await api.get(f"t/{sandbox.seed_topic_id}.json")
    assert sandbox.requests == 2
    assert sandbox.request_log == [("GET", "/posts.json"), ("GET", f"/t/{sandbox.seed_topic_id}.json")]
    sandbox.faults.rate_limit(count=1)
    await api.call("GET", "posts.json")
    assert sandbox.requests == 3
    sandbox.faults.clear()
    sandbox.reset_requests()
    assert sandbox.requests == 0 and sandbox.request_log == []
