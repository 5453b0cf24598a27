"""Messages in the forum's language, from `config/locales/<lang>/<namespace>.toml`.

A key is `<namespace>.<name>`, the namespace being the file name
(`links.answer` lives in `links.toml`). A key missing in the forum's language
falls back to English, so a half-translated file never breaks a reply.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

LANGUAGES = ("fr", "en")


def _locales_dir() -> Path:
    try:
        path = Path(str(resources.files("bot.locales")))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "config" / "locales"


@cache
def catalogue(language: str) -> dict[str, str]:
    """Every message of one language, flattened to `namespace.key` (nested tables joined by dots)."""
    out: dict[str, str] = {}
    folder = _locales_dir() / language
    for file in sorted(folder.glob("*.toml")):
        with file.open("rb") as fh:
            _flatten(file.stem, tomllib.load(fh), out)
    return out


def _flatten(prefix: str, table: dict[str, Any], out: dict[str, str]) -> None:
    for k, v in table.items():
        if isinstance(v, dict):
            _flatten(f"{prefix}.{k}", v, out)
        else:
            out[f"{prefix}.{k}"] = str(v)


class Messages:
    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"

    def get(self, key: str, **values: Any) -> str:
        text = catalogue(self.language).get(key) or catalogue("en").get(key)
        if text is None:
            raise KeyError(f"no message {key!r} in config/locales/{self.language}/ or en/")
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in catalogue(self.language) or key in catalogue("en")
