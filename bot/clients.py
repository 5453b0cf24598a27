"""The forum and model clients, built from the settings."""

from __future__ import annotations

from typing import Any

from bot.config import ConfigError, Settings
from bot.forum import Forum


def make_forum(settings: Settings) -> Forum:
    if not settings.forum.url:
        raise ConfigError(
            'forum.url is not set. Fix: write url = "https://forum.example.org/" under [forum] in your config file '
            "or set SCRIBE_FORUM_URL; to try scribe without a forum, run `scribe demo`."
        )
    key = settings.forum.api_key.get_secret_value() if settings.forum.api_key else None
    return Forum(
        settings.forum.url,
        settings.forum.username,
        key,
        timeout=settings.forum.timeout_seconds,
        requests_per_minute=settings.forum.requests_per_minute,
    )


def make_llm(settings: Settings) -> Any:
    """The LLM client when an endpoint is configured, else None (the offline summariser)."""
    if not settings.llm.base_url:
        return None
    from bot.llm import Llm

    return Llm.from_settings(settings)
