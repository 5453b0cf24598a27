"""Settings: a TOML file, then environment overrides; secrets only from the environment.

A bad or missing setting stops scribe before it starts, with a message that names
the key and says how to fix it (`ConfigError`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any, ClassVar, Literal, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, create_model, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

from bot.dateorder import DateOrder

# Environment variable -> dotted setting. Each is named in the README (tests/test_readme.py checks it).
ENV_OVERRIDES: dict[str, str] = {
    "SCRIBE_FORUM_URL": "forum.url",
    "SCRIBE_USERNAME": "forum.username",
    "DISCOURSE_API_KEY": "forum.api_key",
    "SCRIBE_DB": "store.path",
    "OPENAI_BASE_URL": "llm.base_url",
    "OPENAI_API_KEY": "llm.api_key",
    "SCRIBE_LLM_MODEL": "llm.model",
    "SCRIBE_WEBHOOK_SECRET": "webhooks.secret",
    "SCRIBE_LANGUAGE": "language",
    "SCRIBE_TIMEZONE": "timezone",
    "SCRIBE_DATE_ORDER": "date_order",
}
SECRETS = {
    "forum.api_key": "DISCOURSE_API_KEY",
    "llm.api_key": "OPENAI_API_KEY",
    "webhooks.secret": "SCRIBE_WEBHOOK_SECRET",
}

_DURATION = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(s|sec|m|min|mn|h|d|j|w)?\s*$", re.I)
_UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "mn": 60, "h": 3600, "d": 86400, "j": 86400, "w": 604800}


def parse_duration(text: str) -> timedelta:
    """'24h', '1h', '3m', '90min', '2d'/'2j' → timedelta; a bare number is minutes."""
    m = _DURATION.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a duration; write it like 24h, 1h, 30m or 2d")
    value = float(m.group(1).replace(",", "."))
    return timedelta(seconds=value * _UNITS[(m.group(2) or "m").lower()])


def format_duration(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0 and seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


class Section(BaseModel):
    """A `[section]` of the config file. A feature's own section names itself in `section`
    and may list environment variables that override its fields (`env`)."""

    model_config = ConfigDict(extra="forbid")
    section: ClassVar[str] = ""
    env: ClassVar[dict[str, str]] = {}

    @property
    def in_review(self) -> bool:
        """The feature sends what it would post to `[permissions] review_group` instead (`bot.review`)."""
        return False

    def advice(self, openings: Sequence[str]) -> tuple[str, str] | None:
        """What `scribe doctor` should warn of for this feature, given the opening posts of the forum's recent
        topics: (what is not as it should be, the fix), or None."""
        return None


S = TypeVar("S", bound=Section)


class ForumSettings(Section):
    url: str | None = Field(
        None, description='the forum address, e.g. url = "https://forum.example.org/" (or SCRIBE_FORUM_URL)'
    )
    username: str = Field("scribe", description="the bot's forum account (or SCRIBE_USERNAME)")
    api_key: SecretStr | None = Field(
        None, description="set DISCOURSE_API_KEY, or DISCOURSE_API_KEY_FILE for a secret file"
    )
    other_bots: list[str] = Field(
        default_factory=lambda: ["system", "discobot"], description="accounts scribe never answers"
    )
    poll_seconds: float = Field(30.0, gt=0, description="seconds between two polls of /posts.json")
    requests_per_minute: int = Field(
        50, gt=0, le=600, description="scribe's own ceiling under Discourse's 60/min admin API limit"
    )
    writes_per_minute: int = Field(
        12,
        gt=0,
        le=600,
        description="posts, topics and messages scribe writes in any minute at most: a catch-up after a downtime "
        "goes out at this pace (Discourse lets a member post every 5 s; staff, as scribe should be, have no limit)",
    )
    timeout_seconds: float = Field(30.0, gt=0)

    @field_validator("url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v is None:
            return v
        if not re.match(r"^https?://[^/\s]+", v):
            raise ValueError(f"{v!r} is not an http(s) address")
        return v if v.endswith("/") else v + "/"


class MetricsSettings(Section):
    enabled: bool = Field(False, description="serve /healthz and Prometheus /metrics while `scribe run` runs")
    host: str = Field("127.0.0.1", description="address to listen on (0.0.0.0 inside a container)")
    port: int = Field(9464, gt=0, lt=65536)


class StoreSettings(Section):
    path: str = Field("scribe.db", description="the SQLite file (or SCRIBE_DB)")


class WebhookSettings(Section):
    enabled: bool = False
    host: str = "0.0.0.0"
    port: int = Field(8088, gt=0, lt=65536)
    path: str = "/webhooks/discourse"
    secret: SecretStr | None = Field(
        None, description="set SCRIBE_WEBHOOK_SECRET (at least 12 characters, as in Discourse)"
    )


class LlmSettings(Section):
    base_url: str | None = Field(
        None,
        description="an OpenAI-compatible endpoint such as http://127.0.0.1:11434/v1 (or OPENAI_BASE_URL); "
        "empty = offline summariser",
    )
    api_key: SecretStr | None = Field(None, description="set OPENAI_API_KEY (any non-empty value for local servers)")
    model: str = Field("gpt-4o-mini", description="model name (or SCRIBE_LLM_MODEL)")
    timeout_seconds: float = Field(60.0, gt=0)
    max_retries: int = Field(1, ge=0, le=5)
    token_budget: int = Field(6000, gt=500, description="tokens per request, prompt included")
    max_output_tokens: int = Field(
        1500, gt=100, description="tokens the model may write per answer (at most a third of token_budget is used)"
    )
    response_format: Literal["json_schema", "json_object", "none"] = Field(
        "json_schema",
        description='how the answer is constrained: "json_schema" (OpenAI, Ollama, vLLM, recent llama.cpp), '
        '"json_object" for older servers, "none" if the server rejects both',
    )


class QuietSettings(Section):
    hours: str = Field("", description='a daily window such as "22:00-07:00" in the forum\'s time zone; empty: none')

    @field_validator("hours")
    @classmethod
    def _hours(cls, v: str) -> str:
        from bot.quiet import parse_window

        parse_window(v)
        return v


class LimitsSettings(Section):
    member_per_hour: int = Field(
        12, ge=1, description="commands one member (not staff) may have answered per hour before scribe says stop"
    )
    topic_per_hour: int = Field(30, ge=1, description="commands of non-staff members scribe answers per topic per hour")


class PermissionsSettings(Section):
    groups: list[str] = Field(
        default_factory=list, description="groups whose members may change schedules, besides admins and moderators"
    )
    review_group: str = Field(
        "moderators",
        min_length=1,
        description="the group that receives, privately, what a feature in review would post "
        '(links: answer_unasked = "review"; meetings: remind_via = "review")',
    )


class Settings(BaseSettings):
    model_config = SettingsConfigDict(extra="forbid", env_prefix="SCRIBE_UNUSED_")
    toml_path: ClassVar[Path | None] = None

    language: Literal["fr", "en"] = Field("fr", description='"fr" or "en" (or SCRIBE_LANGUAGE)')
    timezone: str = Field("Europe/Paris", description='an IANA zone such as "Europe/Paris" (or SCRIBE_TIMEZONE)')
    date_order: DateOrder = Field(
        "DMY",
        description='"DMY" (5/11 is the 5th of November), "MDY" (May 11th: an American forum) or "YMD" '
        "(or SCRIBE_DATE_ORDER)",
    )
    forum: ForumSettings = Field(default_factory=ForumSettings)
    store: StoreSettings = Field(default_factory=StoreSettings)
    webhooks: WebhookSettings = Field(default_factory=WebhookSettings)
    metrics: MetricsSettings = Field(default_factory=MetricsSettings)
    llm: LlmSettings = Field(default_factory=LlmSettings)
    permissions: PermissionsSettings = Field(default_factory=PermissionsSettings)
    quiet: QuietSettings = Field(default_factory=QuietSettings)
    limits: LimitsSettings = Field(default_factory=LimitsSettings)

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{v!r} is not a known time zone; use an IANA name like Europe/Paris") from None
        return v

    @field_validator("date_order", mode="before")
    @classmethod
    def _order(cls, v: Any) -> Any:
        """ "mdy" as well as "MDY": the letters say the order, not their case."""
        return v.strip().upper() if isinstance(v, str) else v

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def of(self, cls: type[S]) -> S:
        """A feature's section, typed: `settings.of(DigestSettings).category_id`."""
        value = getattr(self, cls.section, None) if cls.section else None
        if not isinstance(value, cls):
            raise ConfigError(f"the [{cls.section}] section is not part of these settings (is its feature composed?)")
        return value

    def sections(self) -> dict[str, Section]:
        return {name: value for name in type(self).model_fields if isinstance(value := getattr(self, name), Section)}

    def output_categories(self) -> set[int]:
        """Categories scribe publishes into (syntheses, digests): never read as members' content."""
        return {cid for sec in self.sections().values() if isinstance(cid := getattr(sec, "category_id", None), int)}

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, EnvOverrides(settings_cls)]
        if cls.toml_path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=cls.toml_path))
        return tuple(sources)


class EnvOverrides(PydanticBaseSettingsSource):
    """The documented environment variables, plus `<NAME>_FILE` secret files for secrets."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for env, dotted in env_overrides(self.settings_cls).items():
            value = os.environ.get(env)
            file = os.environ.get(f"{env}_FILE")
            if not value and file and dotted in SECRETS:
                try:
                    value = Path(file).read_text(encoding="utf-8").strip()
                except OSError as exc:
                    raise ConfigError(
                        f"{env}_FILE names {file}, which cannot be read ({exc.strerror or exc}). "
                        f"Fix: point {env}_FILE at the secret file, or set {env} itself."
                    ) from None
            if value is None or value == "":
                continue
            node = out
            *parents, leaf = dotted.split(".")
            for p in parents:
                node = node.setdefault(p, {})
            node[leaf] = value
        return out


class ConfigError(Exception):
    """A setting is wrong or missing; the message names the key and the fix."""


def env_overrides(model: type[BaseModel]) -> dict[str, str]:
    """Environment variable -> dotted setting, the core's and every composed section's."""
    out = dict(ENV_OVERRIDES)
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, Section):
            out.update({env: f"{name}.{key}" for env, key in annotation.env.items()})
    return out


@cache
def settings_model(sections: tuple[type[Section], ...]) -> type[Settings]:
    """The settings class with the features' sections added to the core's."""
    if not sections:
        return Settings
    fields: dict[str, Any] = {cls.section: (cls, Field(default_factory=cls)) for cls in sections}
    return create_model("Settings", __base__=Settings, **fields)


def load_settings(
    path: str | Path | None = None, *, sections: tuple[type[Section], ...] = (), **overrides: Any
) -> Settings:
    """Read settings from `path` (or $SCRIBE_CONFIG), then the environment, then `overrides`.
    `sections` are the features' own sections (`bot.app.load_settings` passes them all)."""
    path = path or os.environ.get("SCRIBE_CONFIG")
    toml_path = Path(path) if path else None
    if toml_path is not None:
        if not toml_path.is_file():
            raise ConfigError(
                f"config file {toml_path} not found: copy config/scribe.example.toml there, or pass --config FILE"
            )
        _refuse_secrets_in_file(toml_path)
    model = settings_model(sections)
    Settings.toml_path = toml_path
    try:
        return model(**overrides)
    except ValidationError as exc:
        raise ConfigError(_explain(exc, toml_path, model)) from None
    except ConfigError:
        raise
    except Exception as exc:  # a TOML syntax error
        raise ConfigError(f"cannot read {toml_path}: {exc}") from None
    finally:
        Settings.toml_path = None


def _refuse_secrets_in_file(path: Path) -> None:
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    for dotted, env in SECRETS.items():
        section, key = dotted.split(".")
        if key in (data.get(section) or {}):
            raise ConfigError(
                f"{dotted} must not be written in {path}: secrets come only from the environment. "
                f"Remove it from the file and set {env} (or {env}_FILE pointing to a secret file)."
            )


def _explain(exc: ValidationError, path: Path | None, model: type[Settings]) -> str:
    where = f" in {path}" if path else ""
    lines = [f"invalid settings{where}:"]
    for err in exc.errors():
        dotted = ".".join(str(p) for p in err["loc"])
        env = next((e for e, d in env_overrides(model).items() if d == dotted), None)
        hint = _description(model, dotted)
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown setting (misspelt?); see config/scribe.example.toml for the known ones"
        fix = f" Fix: {hint}." if hint else ""
        via = f" (environment: {env})" if env and env not in (hint or "") else ""
        lines.append(f"  {dotted}: {msg}.{fix}{via}")
    return "\n".join(lines)


def _description(root: type[Settings], dotted: str) -> str | None:
    model: Any = root
    field = None
    for part in dotted.split("."):
        fields = getattr(model, "model_fields", {})
        if part not in fields:
            return None
        field = fields[part]
        model = field.annotation
    return field.description if field else None
