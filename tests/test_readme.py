"""The README against the code: moderators configure scribe from it, so every setting, command,
make target, `@scribe` word and environment variable it names must be one the code knows, and
every setting the code knows must be named there."""

from __future__ import annotations

import argparse
import ast
import inspect
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from bot import app, cli
from bot.config import SECRETS, ConfigError, Settings, env_overrides, settings_model
from bot.mentions import parse_mention
from tests.handler_kit import make_post

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
TEXT = README.read_text(encoding="utf-8")
MODEL: type[Settings] = settings_model(app.sections())
MISTAKE = "# mistake"
"""First line of a TOML block that shows a wrong setting: the block after it holds scribe's message."""
TABLE_HEAD = "| section | settings (a value given is the default) |"


@dataclass(frozen=True)
class Block:
    lang: str
    text: str
    line: int


def _blocks(text: str) -> list[Block]:
    blocks, lang, start, body = [], None, 0, []
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("```"):
            if lang is None:
                lang, start, body = line[3:].strip(), number, []
            else:
                blocks.append(Block(lang, "\n".join(body) + "\n", start))
                lang = None
        elif lang is not None:
            body.append(line)
    return blocks


def _prose(text: str) -> str:
    """The README with its fenced blocks blanked, line numbers kept."""
    out, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
            out.append("")
        else:
            out.append("" if fenced else line)
    return "\n".join(out)


def _spans(text: str) -> list[tuple[str, int]]:
    """Inline code spans outside blocks, whitespace folded (a span may wrap), with their line."""
    prose = _prose(text)
    return [
        (" ".join(m.group(1).replace("\\|", "|").split()), prose.count("\n", 0, m.start()) + 1)
        for m in re.finditer(r"`([^`]+)`", prose)
    ]


BLOCKS = _blocks(TEXT)
SPANS = _spans(TEXT)
TOML = [b for b in BLOCKS if b.lang == "toml"]
SHELL = [b for b in BLOCKS if b.lang in ("", "sh", "ini")]


def _code_lines() -> list[tuple[str, int]]:
    """Every line of code the README shows: inline spans, and shell lines with their continuations."""
    lines = list(SPANS)
    for block in SHELL:
        command, first = "", 0
        for number, line in enumerate(block.text.splitlines(), block.line + 1):
            command, first = (command + " " + line, first) if command else (line, number)
            if not line.endswith("\\"):
                lines.append((command.replace("\\", " "), first))
                command = ""
    return lines


def _fields(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> dict[tuple[str, ...], type[BaseModel]]:
    """Every setting as its path (section…, key), with the model that defines it."""
    out: dict[tuple[str, ...], type[BaseModel]] = {}
    for name, field in model.model_fields.items():
        kind = field.annotation
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            out.update(_fields(kind, (*prefix, name)))
        else:
            out[(*prefix, name)] = model
    return out


FIELDS = _fields(MODEL)


def _where(path: tuple[str, ...]) -> str:
    source = Path(inspect.getsourcefile(FIELDS[path]) or "").resolve()
    return str(source.relative_to(ROOT)) if source.is_relative_to(ROOT) else str(source)


def _named(path: tuple[str, ...]) -> str:
    return f"[{'.'.join(path[:-1])}] {path[-1]}" if len(path) > 1 else f"{path[0]} (top level)"


def _no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings as the README's blocks give them, whatever the machine's environment sets."""
    for env in env_overrides(MODEL):
        monkeypatch.delenv(env, raising=False)
        monkeypatch.delenv(f"{env}_FILE", raising=False)
    monkeypatch.delenv("SCRIBE_CONFIG", raising=False)


def _load(block: Block, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    _no_environment(monkeypatch)
    path = tmp_path / "scribe.toml"
    path.write_text(block.text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return app.load_settings("scribe.toml")


# settings -----------------------------------------------------------------------------------


def test_the_readme_shows_a_config_file() -> None:
    assert [b for b in TOML if not b.text.startswith(MISTAKE)], (
        "README.md shows no ```toml block of a scribe.toml: moderators configure scribe from it"
    )


@pytest.mark.parametrize("block", TOML, ids=lambda b: f"line{b.line}")
def test_every_toml_block_loads_or_fails_as_the_readme_says(
    block: Block, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not block.text.startswith(MISTAKE):
        try:
            _load(block, tmp_path, monkeypatch)
        except ConfigError as exc:
            pytest.fail(f"README.md line {block.line}: this TOML block does not load with scribe's settings:\n{exc}")
        return
    following = [b for b in BLOCKS if b.line > block.line]
    assert following and following[0].lang in ("", "text"), (
        f"README.md line {block.line}: a block marked {MISTAKE!r} must be followed by a ``` block holding "
        "the message scribe prints for it"
    )
    with pytest.raises(ConfigError) as caught:
        _load(block, tmp_path, monkeypatch)
    said = str(caught.value)
    for line in following[0].text.splitlines():
        assert line.strip() in said, (
            f"README.md line {following[0].line}: scribe does not say {line.strip()!r} for the mistake of line "
            f"{block.line}; it says:\n{said}\nFix the message shown in the README (or the block)."
        )


def _table_rows() -> list[tuple[str, list[str], int]]:
    """The settings table: (section, its code spans, line) per row."""
    lines = TEXT.splitlines()
    assert TABLE_HEAD in lines, f"README.md has no settings table (a row {TABLE_HEAD!r})"
    rows = []
    for number in range(lines.index(TABLE_HEAD) + 2, len(lines)):
        cells = lines[number].split("|")
        if len(cells) < 4:
            break
        rows.append((cells[1].strip(" `"), re.findall(r"`([^`]+)`", cells[2]), number + 1))
    return rows


def _table_settings() -> dict[tuple[str, ...], tuple[str, int]]:
    """Every setting of the table as its path, with the code span naming it and its line."""
    out: dict[tuple[str, ...], tuple[str, int]] = {}
    for section, spans, line in _table_rows():
        prefix = () if section == "top level" else tuple(section.strip("[]").split("."))
        for span in spans:
            out[(*prefix, span.split("=")[0].strip())] = (span, line)
    return out


def _toml_settings() -> set[tuple[str, ...]]:
    """The settings the README's TOML blocks write or show commented out."""
    out: set[tuple[str, ...]] = set()
    for block in TOML:
        if block.text.startswith(MISTAKE):
            continue
        table: tuple[str, ...] = ()
        for line in block.text.splitlines():
            if m := re.match(r"^\s*\[([\w.]+)\]\s*$", line):
                table = tuple(m.group(1).split("."))
            elif m := re.match(r"^\s*#?\s*(\w+)\s*=", line):
                out.add((*table, m.group(1)))
    return out


def _prose_settings() -> list[tuple[tuple[str, ...], int]]:
    """`[section] key` in the README's inline code."""
    return [
        ((*m.group(1).split("."), m.group(2)), line)
        for span, line in SPANS
        if (m := re.match(r"^\[([a-z_.]+)\] ([a-z_]+)", span))
    ]


def test_every_setting_is_named_in_the_readme() -> None:
    named = set(_table_settings()) | _toml_settings() | {path for path, _ in _prose_settings()}
    missing = [path for path in FIELDS if path not in named]
    assert not missing, "settings the README never names; add each to its row of the settings table:\n" + "\n".join(
        f"  {_named(path)} (defined in {_where(path)})" for path in missing
    )


def test_every_setting_the_readme_names_exists() -> None:
    named = [(path, f"line {line}") for path, line in _prose_settings()]
    named += [(path, f"line {line} (settings table)") for path, (_, line) in _table_settings().items()]
    named += [(path, "a ```toml block") for path in _toml_settings()]
    unknown = sorted({f"  {_named(path)}, README.md {where}" for path, where in named if path not in FIELDS})
    assert not unknown, (
        "the README names settings scribe does not have; fix the name (see config/scribe.example.toml):\n"
        + "\n".join(unknown)
    )


def test_the_settings_table_gives_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_environment(monkeypatch)
    wrong = []
    defaults = MODEL().model_dump()
    for path, (span, line) in _table_settings().items():
        if "=" not in span or path not in FIELDS:
            continue
        shown: Any = MODEL(**_nest(path, tomllib.loads(span)[path[-1]])).model_dump()
        actual: Any = defaults
        for part in path:
            shown, actual = shown[part], actual[part]
        if shown != actual:
            wrong.append(f"  README.md line {line}: {_named(path)} shows {span!r}; the default is {actual!r}")
    assert not wrong, "the settings table gives wrong defaults; fix the table (or the code):\n" + "\n".join(wrong)


def _nest(path: tuple[str, ...], value: Any) -> dict[str, Any]:
    for part in reversed(path):
        value = {part: value}
    return value


def test_the_example_config_the_readme_copies_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    example = ROOT / "config" / "scribe.example.toml"
    assert "cp config/scribe.example.toml" in TEXT
    _load(Block("toml", example.read_text(encoding="utf-8"), 1), tmp_path, monkeypatch)


# commands -----------------------------------------------------------------------------------


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _invocations() -> list[tuple[list[str], int]]:
    """The words after each `scribe` the README runs, up to the end of the shell command."""
    start = re.compile(r"(?:^\s*|[;&|(]\s*|/bin/|\bexec\s+\S+\s+)scribe\s+(.*)")
    out = []
    for code, line in _code_lines():
        for m in start.finditer(code):
            words = []
            for word in m.group(1).split():
                if word in ("#", "&&", "||", ";", "|", ">", "2>&1") or word.startswith(">"):
                    break
                words.append(word)
            out.append((words, line))
    return out


def test_every_scribe_command_the_readme_shows_exists() -> None:
    parser = cli._parser()
    commands = _subcommands(parser)
    wrong, seen = [], 0
    for words, line in _invocations():
        index = 0
        while index < len(words) and words[index].startswith("-"):
            action = parser._option_string_actions.get(words[index].strip("[]"))
            index += 2 if action is not None and action.nargs is None and action.const is None else 1
        if index == len(words) or not re.match(r"^[a-z]", words[index]):
            continue
        seen += 1
        name, rest = words[index], words[index + 1 :]
        if name not in commands:
            wrong.append(f"  README.md line {line}: `scribe {name}` is no command (bot/cli.py has {sorted(commands)})")
            continue
        sub = commands[name]
        options = sub._option_string_actions | parser._option_string_actions
        for index, word in enumerate(rest):
            value = rest[index + 1] if index + 1 < len(rest) else ""
            option = word.strip("[]").split("=")[0]
            if not option.startswith("--"):
                continue
            if option not in options:
                wrong.append(f"  README.md line {line}: `scribe {name}` has no option {option}")
                continue
            choices = options[option].choices or ()
            for shown in value.strip("[]").split("|") if choices and not value.startswith("-") else ():
                if shown not in choices and shown != "…" and not shown.isupper():
                    wrong.append(f"  README.md line {line}: `scribe {name} {option}` takes no {shown!r} ({choices})")
        nested = _subcommands(sub)
        if nested and rest:
            for verb in rest[0].split("|"):
                if verb not in nested:
                    wrong.append(f"  README.md line {line}: `scribe {name} {verb}` is no command")
    assert seen > 10, "the README's `scribe …` commands were not found: has the way they are written changed?"
    assert not wrong, "the README shows commands scribe does not have; fix the README or bot/cli.py:\n" + "\n".join(
        wrong
    )


def test_every_make_target_the_readme_shows_exists() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([A-Za-z][\w-]*)\s*:(?!=)", makefile, re.M))
    shown = [(m.group(1), line) for code, line in _code_lines() for m in re.finditer(r"\bmake\s+([a-z][\w-]*)", code)]
    assert shown, "the README's `make …` commands were not found"
    wrong = [f"  README.md line {line}: make {target}" for target, line in shown if target not in targets]
    assert not wrong, f"the README shows make targets the Makefile lacks ({sorted(targets)}):\n" + "\n".join(wrong)


def test_every_mention_command_the_readme_shows_is_known() -> None:
    dispatcher = app.make_dispatcher()
    shown = [
        (m.group(0), line)
        for code, line in _code_lines()
        for m in re.finditer(r"@scribe [^\s…`]\S*", code)
        if not m.group(0).endswith("…")
    ]
    assert len(shown) > 10, "the README's `@scribe …` commands were not found"
    unknown = []
    for said, line in shown:
        mention = parse_mention(make_post(2, "member", said), "scribe")
        if mention is None or dispatcher.command_of(mention) is None:
            unknown.append(f"  README.md line {line}: {said!r}")
    known = sorted({alias for command in dispatcher.commands for alias in command.aliases})
    assert not unknown, (
        f"the README shows `@scribe` words no command answers to (the commands know {known}); "
        "fix the README or the command's aliases:\n" + "\n".join(unknown)
    )


# environment --------------------------------------------------------------------------------


def _read_by_code() -> set[str]:
    """Environment variables the code reads: the settings' overrides, their secret files, and
    every name given to os.environ / os.getenv."""
    names = set(env_overrides(MODEL)) | {f"{env}_FILE" for env in SECRETS.values()}
    for source in [*ROOT.glob("bot/**/*.py"), *ROOT.glob("handlers/**/*.py")]:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and ast.unparse(node.func) in ("os.environ.get", "os.getenv"):
                args = node.args[:1]
            elif isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ":
                args = [node.slice]
            else:
                continue
            names |= {a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return names


def test_the_environment_variables_the_readme_names_are_read() -> None:
    named = set(re.findall(r"\b(?:SCRIBE|DISCOURSE|OPENAI)_[A-Z0-9_]*[A-Z0-9]\b", TEXT))
    read = _read_by_code()
    assert not named - read, (
        f"the README names environment variables scribe never reads: {sorted(named - read)}; "
        "fix the README (or read them in bot/config.py ENV_OVERRIDES)"
    )
    unnamed = set(env_overrides(MODEL)) - named
    assert not unnamed, (
        f"settings read from the environment the README never names: {sorted(unnamed)}; "
        "add them to the README's list (Deploying, “Settings come from the TOML file…”)"
    )
