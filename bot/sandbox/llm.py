"""A local OpenAI-compatible server for tests, the demo and the benchmark: `POST /v1/chat/completions` on 127.0.0.1.

Each request takes the next behaviour from `modes` (then `default_mode`): "json" (a
valid answer built by `responder`), "fenced" (the same inside a ```json fence),
"invalid" (not JSON), "schema" (JSON of the wrong shape), "length" (cut at
max_tokens), "slow" (answers after `slow_seconds`), "500". It records every request
body and returns `usage` like a real server (prompt tokens counted at
`chars_per_token` characters each).
"""

from __future__ import annotations

import asyncio
import html
import json
import math
import re
from collections.abc import Callable
from typing import Any

from aiohttp import web

POST = re.compile(r'<post n="(\d+)"[^>]*>\n(.*?)\n</post>', re.S)


def posts_in(body: dict[str, Any]) -> list[tuple[int, str]]:
    """(post number, text) of every post inside the request's <forum_data>."""
    user = body["messages"][-1]["content"]
    data = user.split("<forum_data", 1)[1].split("</forum_data>", 1)[0]
    return [(int(n), html.unescape(t)) for n, t in POST.findall(data)]


def default_responder(body: dict[str, Any]) -> dict[str, Any]:
    """A plausible synthesis: one theme point per post, quoting the first words of the first post."""
    posts = posts_in(body)
    user = body["messages"][-1]["content"]
    previous: dict[str, Any] = {
        "question": "",
        "themes": [],
        "agreements": [],
        "disagreements": [],
        "open_questions": [],
        "decisions": [],
    }
    if "<previous_synthesis>" in user:
        previous = json.loads(
            html.unescape(user.split("<previous_synthesis>\n", 1)[1].split("\n</previous_synthesis>", 1)[0])
        )
    if not previous["themes"]:
        previous["themes"].append({"title": "Discussion", "points": []})
    numbers = sorted({n for n, _ in posts})
    first_n, first_text = posts[0]
    words = " ".join(first_text.split()[:6])
    previous["question"] = previous["question"] or "What should be done?"
    previous["themes"][0]["points"] = [
        *previous["themes"][0]["points"][-3:],
        {
            "text": f"Posts {numbers[0]} to {numbers[-1]} discuss the matter.",
            "post_numbers": numbers[:5],
            "quote": {"post_number": first_n, "text": words},
        },
    ]
    return previous


class FakeLlm:
    def __init__(
        self, responder: Callable[[dict[str, Any]], dict[str, Any]] = default_responder, chars_per_token: float = 3.0
    ) -> None:
        self.responder = responder
        self.modes: list[str] = []
        self.default_mode = "json"
        self.requests: list[dict[str, Any]] = []
        self.chars_per_token = chars_per_token
        self.slow_seconds = 2.0
        self.app = web.Application()
        self.app.router.add_post("/v1/chat/completions", self.completions)
        self.runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> str:
        self.runner = web.AppRunner(self.app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/v1"
        return self.url

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    async def completions(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append(body)
        mode = self.modes.pop(0) if self.modes else self.default_mode
        if mode == "500":
            return web.json_response({"error": {"message": "boom", "type": "server_error"}}, status=500)
        if mode == "slow":
            await asyncio.sleep(self.slow_seconds)
        finish = "stop"
        if mode in ("json", "slow"):
            content = json.dumps(self.responder(body), ensure_ascii=False)
        elif mode == "fenced":
            content = "```json\n" + json.dumps(self.responder(body), ensure_ascii=False) + "\n```"
        elif mode == "invalid":
            content = "Here is your summary: the members discussed many things."
        elif mode == "schema":
            content = json.dumps({"themes": "not a list"})
        elif mode == "length":
            content = json.dumps(self.responder(body))[:50]
            finish = "length"
        else:
            raise ValueError(mode)
        prompt_chars = sum(len(m["content"]) for m in body["messages"])
        usage = {
            "prompt_tokens": math.ceil(prompt_chars / self.chars_per_token),
            "completion_tokens": math.ceil(len(content) / self.chars_per_token),
        }
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        return web.json_response(
            {
                "id": f"chatcmpl-{len(self.requests)}",
                "object": "chat.completion",
                "created": 1764151200,
                "model": body.get("model", "test"),
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish}
                ],
                "usage": usage,
            }
        )
