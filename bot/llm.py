"""The language-model client: `openai.AsyncOpenAI` against any OpenAI-compatible endpoint.

Handlers reach it as `ctx.llm` (None = no endpoint configured: the offline path). It
asks for a JSON answer, validates it against a pydantic model, and turns every way a
call can go wrong (timeout, connection, HTTP status, truncated or invalid answer) into
one `LlmError`, so callers fall back instead of posting something broken.

Tokens are estimated from characters (no tokenizer download): ~3.3 characters per
token for French, tightened from the `usage` the server reports.

`openai` is imported only when a model is configured: without one, importing it would cost
`scribe run --once` half a second for nothing.
"""

from __future__ import annotations

import html
import json
import logging
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import pydantic

from bot.config import LlmSettings, Settings

if TYPE_CHECKING:
    from openai import AsyncOpenAI

log = logging.getLogger(__name__)
T = TypeVar("T", bound=pydantic.BaseModel)
_FENCE = re.compile(r"^\s*```(?:json|JSON)?\s*\n?(.*?)\n?\s*```\s*$", re.S)
DEFAULT_CHARS_PER_TOKEN = 3.3


class LlmError(Exception):
    """The model could not give a valid answer; the caller falls back."""


@dataclass(frozen=True)
class Answer(Generic[T]):
    value: T
    prompt_tokens: int
    completion_tokens: int
    prompt_chars: int

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class Llm:
    """One model behind one endpoint; `tokens_used` counts every token the server reported."""

    def __init__(self, client: AsyncOpenAI, settings: LlmSettings) -> None:
        self.client = client
        self.settings = settings
        self.chars_per_token = DEFAULT_CHARS_PER_TOKEN
        self.tokens_used = 0

    @classmethod
    def from_settings(cls, settings: Settings | LlmSettings) -> Llm | None:
        """The client the engine hands to handlers, or None when no endpoint is configured."""
        llm = settings.llm if isinstance(settings, Settings) else settings
        if not llm.base_url:
            return None
        from openai import AsyncOpenAI

        key = llm.api_key.get_secret_value() if llm.api_key else "local"
        client = AsyncOpenAI(
            base_url=llm.base_url, api_key=key or "local", timeout=llm.timeout_seconds, max_retries=llm.max_retries
        )
        return cls(client, llm)

    async def close(self) -> None:
        await self.client.close()

    @property
    def token_budget(self) -> int:
        return self.settings.token_budget

    @property
    def max_output_tokens(self) -> int:
        return min(self.settings.max_output_tokens, self.settings.token_budget // 3)

    def estimate_tokens(self, text: str) -> int:
        return math.ceil(len(text) / self.chars_per_token)

    async def structured(self, messages: list[dict[str, str]], schema: type[T], name: str = "answer") -> Answer[T]:
        """Ask for a JSON object matching `schema`; raise LlmError on any failure."""
        kwargs: dict[str, Any] = {}
        if self.settings.response_format == "json_schema":
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": name, "schema": schema.model_json_schema(), "strict": False},
            }
        elif self.settings.response_format == "json_object":
            kwargs["response_format"] = {"type": "json_object"}
        prompt_chars = sum(len(m["content"]) for m in messages)
        import openai

        try:
            response = await self.client.chat.completions.create(
                model=self.settings.model,
                messages=messages,  # type: ignore[arg-type]
                max_tokens=self.max_output_tokens,
                temperature=0.2,
                **kwargs,
            )
        except openai.APITimeoutError as exc:
            raise LlmError(f"timeout after {self.settings.timeout_seconds}s") from exc
        except openai.APIConnectionError as exc:
            raise LlmError(f"cannot reach {self.settings.base_url}: {exc}") from exc
        except openai.APIStatusError as exc:
            raise LlmError(f"HTTP {exc.status_code} from the model server") from exc
        except openai.OpenAIError as exc:
            raise LlmError(str(exc)) from exc
        usage = response.usage
        prompt_tokens = usage.prompt_tokens if usage else self.estimate_tokens("".join(m["content"] for m in messages))
        completion_tokens = usage.completion_tokens if usage else 0
        self.tokens_used += prompt_tokens + completion_tokens
        if usage and usage.prompt_tokens > 0:
            observed = prompt_chars / usage.prompt_tokens
            self.chars_per_token = max(1.5, min(self.chars_per_token, observed))
        if not response.choices:
            raise LlmError("empty answer")
        choice = response.choices[0]
        if choice.finish_reason == "length":
            raise LlmError("answer cut at max_tokens (raise llm.max_output_tokens or llm.token_budget)")
        content = choice.message.content or ""
        try:
            value = schema.model_validate(parse_json(content))
        except (ValueError, pydantic.ValidationError) as exc:
            raise LlmError(f"invalid answer: {str(exc)[:200]}") from exc
        return Answer(value, prompt_tokens, completion_tokens, prompt_chars)


async def judge_post(
    llm: Llm, feature: str, post_id: int, system: str, attrs: dict[str, str], text: str, question: str, schema: type[T]
) -> T | None:
    """One post put to the model as inert data (`<post …>` with escaped text, then the question);
    None when the model fails, so the feature's rules decide. Logs `<feature>.model` with the tokens."""
    head = " ".join(f'{k}="{html.escape(v)}"' for k, v in attrs.items())
    user = f"<post {head}>\n{html.escape(text)}\n</post>\n{question}"
    try:
        answer = await llm.structured(
            [{"role": "system", "content": system}, {"role": "user", "content": user}], schema, feature
        )
    except LlmError as exc:
        log.info(f"{feature}.model_failed", extra={"post_id": post_id, "reason": str(exc)})
        return None
    log.info(
        f"{feature}.model",
        extra={"post_id": post_id, "tokens": answer.total_tokens, "answer": answer.value.model_dump()},
    )
    return answer.value


def parse_json(content: str) -> Any:
    """JSON from a model answer, tolerating a ```json fence around it."""
    m = _FENCE.match(content)
    if m:
        content = m.group(1)
    return json.loads(content)
