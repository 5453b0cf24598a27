"""The model client against a local OpenAI-compatible server, through the real AsyncOpenAI."""

from __future__ import annotations

import pytest

from bot.app import load_settings
from bot.llm import Llm, LlmError
from bot.sandbox.llm import FakeLlm
from handlers.summaries.model import Draft

MESSAGES = [
    {"role": "system", "content": "Answer in JSON."},
    {
        "role": "user",
        "content": (
            '<forum_data topic="1">\n<post n="2" author="ana" likes="0" role="member">\n'
            "Bonjour à tous\n</post>\n</forum_data>"
        ),
    },
]


@pytest.fixture
async def server():
    fake = FakeLlm()
    await fake.start()
    yield fake
    await fake.stop()


def make_llm(url: str, **llm) -> Llm:
    settings = load_settings(
        llm={"base_url": url, "model": "test-model", "max_retries": 0, "timeout_seconds": 5, **llm}
    )
    client = Llm.from_settings(settings)
    assert client is not None
    return client


def test_no_endpoint_means_offline():
    assert Llm.from_settings(load_settings()) is None


async def test_valid_answer_is_parsed_and_usage_counted(server):
    llm = make_llm(server.url)
    answer = await llm.structured(MESSAGES, Draft)
    await llm.close()
    assert answer.value.themes[0].points[0].post_numbers == [2]
    assert answer.prompt_tokens > 0 and llm.tokens_used == answer.total_tokens
    body = server.requests[0]
    assert body["model"] == "test-model"
    assert body["response_format"]["type"] == "json_schema"
    # the server counts 3.0 characters per token: the estimate tightens to it
    assert llm.chars_per_token == pytest.approx(3.0, abs=0.05)


async def test_fenced_json_is_accepted(server):
    server.modes = ["fenced"]
    llm = make_llm(server.url)
    answer = await llm.structured(MESSAGES, Draft)
    await llm.close()
    assert answer.value.question


@pytest.mark.parametrize("mode", ["invalid", "schema", "length", "500"])
async def test_bad_answers_raise_one_error(server, mode):
    server.modes = [mode]
    llm = make_llm(server.url)
    with pytest.raises(LlmError):
        await llm.structured(MESSAGES, Draft)
    await llm.close()
    assert len(server.requests) == 1


async def test_timeout_raises(server):
    server.modes = ["slow"]
    server.slow_seconds = 1.0
    llm = make_llm(server.url, timeout_seconds=0.2)
    with pytest.raises(LlmError, match="timeout"):
        await llm.structured(MESSAGES, Draft)
    await llm.close()


async def test_unreachable_server_raises():
    llm = make_llm("http://127.0.0.1:9/v1")
    with pytest.raises(LlmError):
        await llm.structured(MESSAGES, Draft)
    await llm.close()


async def test_json_object_mode(server):
    llm = make_llm(server.url, response_format="json_object")
    await llm.structured(MESSAGES, Draft)
    await llm.close()
    assert server.requests[0]["response_format"] == {"type": "json_object"}
