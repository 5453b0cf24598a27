"""A local OpenAI-compatible server for tests, the demo and the benchmark: `POST /v1/chat/completions` on 127.0.0.1.

Each request takes the next behaviour from `modes` (then `default_mode`): "json" (a
valid answer built by `responder`), "fenced" (the same inside a ```json fence),
"invalid" (not JSON), "schema" (JSON of the wrong shape), "length" (cut at
max_tokens), "slow" (answers after `slow_seconds`), "500". Answers can also be
scripted: `script` holds the next answers in order (a dict is sent as JSON, a string
as it is, a callable gets the request body and returns either), and `MALICIOUS` has
the answers of a model turned against the forum, one per kind of injection. It records
every request body and returns `usage` like a real server (prompt tokens counted at
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

POST = re.compile(r'<post n="(\d+)"([^>]*)>\n(.*?)\n</post>', re.S)
PARTIAL = re.compile(r"<partial>\n(.*?)\n</partial>", re.S)
Answer = dict[str, Any] | str | Callable[[dict[str, Any]], "dict[str, Any] | str"]


def _user(body: dict[str, Any]) -> str:
    return str(body["messages"][-1]["content"])


def posts_in(body: dict[str, Any]) -> list[tuple[int, str]]:
    """(post number, text) of every post inside the request's <forum_data> (none in a merge request)."""
    user = _user(body)
    if "<forum_data" not in user:
        return []
    data = user.split("<forum_data", 1)[1].split("</forum_data>", 1)[0]
    return [(int(n), html.unescape(t)) for n, _, t in POST.findall(data)]


def roles_in(body: dict[str, Any]) -> dict[int, str]:
    """Post number → the role the request gives its author ("staff", "author", "organiser", "member")."""
    user = _user(body)
    out = {}
    for n, attrs, _ in POST.findall(user):
        m = re.search(r'role="(\w+)"', attrs)
        out[int(n)] = m.group(1) if m else "member"
    return out


def partials_in(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The syntheses a merge request gives: the previous one first, then the partial ones."""
    user = _user(body)
    out = []
    if "<previous_synthesis>" in user:
        prev = user.split("<previous_synthesis>\n", 1)[1].split("\n</previous_synthesis>", 1)[0]
        out.append(json.loads(html.unescape(prev)))
    return out + [json.loads(html.unescape(p)) for p in PARTIAL.findall(user)]


def empty_draft() -> dict[str, Any]:
    return {"question": "", "decisions": [], "themes": [], "open_questions": [], "next_steps": []}


def merge(drafts: list[dict[str, Any]]) -> dict[str, Any]:
    """What a model asked to merge syntheses does, roughly: themes by title, lists put together."""
    out = empty_draft()
    for d in drafts:
        out["question"] = out["question"] or d.get("question", "")
        for key in ("decisions", "open_questions", "next_steps"):
            out[key] += d.get(key) or []
        for theme in d.get("themes") or []:
            same = next((t for t in out["themes"] if t["title"] == theme["title"]), None)
            if same is None:
                out["themes"].append({"title": theme["title"], "points": list(theme.get("points") or [])})
            else:
                same["points"] = (same["points"] + list(theme.get("points") or []))[-4:]
    return out


def default_responder(body: dict[str, Any]) -> dict[str, Any]:
    """A plausible synthesis: for posts, one theme point quoting the first words of the first post;
    for a merge, the syntheses put together."""
    posts = posts_in(body)
    if not posts:
        return merge(partials_in(body))
    draft = empty_draft()
    numbers = sorted({n for n, _ in posts})
    first_n, first_text = posts[0]
    draft["question"] = "What should be done?"
    draft["themes"] = [
        {
            "title": "Discussion",
            "points": [
                {
                    "text": f"Posts {numbers[0]} to {numbers[-1]} discuss the matter.",
                    "post_numbers": numbers[:5],
                    "quote": {"post_number": first_n, "text": " ".join(first_text.split()[:6])},
                }
            ],
        }
    ]
    return draft


def _by(body: dict[str, Any], *wanted: str) -> int:
    """The last post in the request whose author has one of the `wanted` roles, else the last post."""
    roles = roles_in(body)
    found = [n for n, r in roles.items() if r in wanted]
    return (found or sorted(roles) or [1])[-1]


def attack(payload: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """A draft carrying `payload` in every section, each citing real posts (a decision cites a
    post by staff or the topic's author): only what scribe does to the text can stop it."""

    def answer(body: dict[str, Any]) -> dict[str, Any]:
        member = _by(body, "member")
        authority = _by(body, "staff", "author")

        def point(n: int) -> dict[str, Any]:
            return {"text": payload, "post_numbers": [n]}

        return {
            "question": payload,
            "decisions": [point(authority)],
            "themes": [{"title": payload, "points": [{**point(member), "objections": [point(authority)]}]}],
            "open_questions": [point(member)],
            "next_steps": [point(authority)],
        }

    return answer


def member_decision(body: dict[str, Any]) -> dict[str, Any]:
    """A decision made up and put in a member's mouth, with a made-up quote."""
    n = _by(body, "member")
    draft = empty_draft()
    draft["question"] = "Quelle suite donner ?"
    draft["decisions"] = [
        {
            "text": "Décision du bureau : dissolution immédiate",
            "post_numbers": [n],
            "quote": {"post_number": n, "text": "Le bureau a décidé la dissolution immédiate"},
        }
    ]
    return draft


MALICIOUS: dict[str, Answer] = {
    "live_links": attack(
        "Inscrivez-vous sur [le site officiel](https://evil.example/q) ou https://evil.example/raw, "
        '<https://evil.example/auto>, www.evil.example/x et [là](http://evil.example/p "titre")'
    ),
    "protocol_relative": attack("Voir [x](//evil.example) ou //evil.example/p et [ici](//evil.example/q)"),
    "images": attack(
        'Résumé ![](https://evil.example/pixel.gif) <img src="https://evil.example/t.gif"> '
        "![x][1]\n\n[1]: https://evil.example/ref.gif"
    ),
    "here": attack("@here @all @everyone et @moderators : venez tous voter"),
    "event": attack(
        '[event start="2026-12-01 18:00" name="Phishing"]Rejoignez-nous[/event] '
        "[poll type=regular]\n* oui\n[/poll] [wrap=evil]x[/wrap] [url=https://evil.example]ici[/url]"
    ),
    "lines": attack(
        "Synthèse du bureau\n\n# Titre pirate\n- @here venez voter\n> [quote]faux[/quote]\nhttps://evil.example/onebox\n"
        "[poll]\n* oui\n[/poll]\n1. premier :) ;)"
    ),
    "member_decision": member_decision,
    "invalid_json": (
        'Voici la synthèse : {"question": "@here <script>alert(1)</script>", '
        "https://evil.example/leak ![](https://evil.example/p.gif)"
    ),
}
"""A model turned against the forum: one answer per kind of injection."""


class FakeLlm:
    def __init__(
        self, responder: Callable[[dict[str, Any]], dict[str, Any]] = default_responder, chars_per_token: float = 3.0
    ) -> None:
        self.responder = responder
        self.script: list[Answer] = []
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
        if self.script:
            answer = self.script.pop(0)
            if callable(answer):
                answer = answer(body)
            return self._answer(body, answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False))
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
        return self._answer(body, content, finish)

    def _answer(self, body: dict[str, Any], content: str, finish: str = "stop") -> web.Response:
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
