"""The `scribe` command."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sqlite3
import sys

from bot.app import load_settings, routers
from bot.config import ConfigError
from bot.evaluation import (
    ALL_SPLITS,
    COURSE_HOLDOUTS,
    DEBATE_HOLDOUTS,
    FORUM2_HOLDOUTS,
    HOLDOUT,
    OWN_FOLDER,
    SPENT,
    TUNED,
    TUNING2,
    TUNING3,
    TUNING4,
    TUNING5,
)
from bot.forum import Forbidden, ForumError, NotFound, Unavailable
from bot.routing import CliCommand

log = logging.getLogger("scribe")


_NTH = ("second", "third", "fourth")
_OWN_SPLIT_HELP = {
    HOLDOUT: (
        "the held-out forum's /t/{id}.json answers (never tuned on; figures only)",
        "the held-out forum's topics",
    ),
    TUNING3: (
        "the course forum's other-term tuning threads, split tuning3 (mistakes may be read)",
        "the course forum's tuning topics of other terms",
    ),
    TUNING2: (
        "the held-out forum's tuning threads, split tuning2 (mistakes may be read)",
        "the other forum's tuning topics",
    ),
    **{
        name: (f"the held-out forum's {nth} held-out set, split {name} (figures only)", f"the {nth} held-out topics")
        for name, nth in zip(FORUM2_HOLDOUTS, _NTH, strict=True)
    },
    TUNING4: (
        "half of the course forum's short threads, split tuning4 (mistakes may be read)",
        "the course forum's short tuning topics",
    ),
    COURSE_HOLDOUTS[0]: (
        "the course forum's other terms, split holdout5 (spent: held out, now tuned on; mistakes may be read)",
        "the course forum's held-out topics",
    ),
    COURSE_HOLDOUTS[1]: (
        "the other half of the course forum's short threads, split holdout6 (never tuned on; figures only)",
        "the course forum's short held-out topics",
    ),
    TUNING5: (
        "half of the held-out forum's drawn discussions, split tuning5 (mistakes may be read)",
        "the other forum's discussion threads tuned on",
    ),
    DEBATE_HOLDOUTS[0]: (
        "the other half of those discussions, split holdout7 (never tuned on; figures only)",
        "the other forum's held-out discussion threads",
    ),
}
"""Per split of a folder of its own: its option's help, and what the folder holds (said when it is missing)."""


def feature_commands() -> list[CliCommand]:
    return [c for r in routers() for c in r.clis]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="scribe", description="A Discourse bot for communities that debate in long threads."
    )
    p.add_argument("--config", help="TOML settings file (default: $SCRIBE_CONFIG)")
    p.add_argument("--log-json", action="store_true", help="logs as JSON lines")
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
    sub = p.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="the bot: polling, webhooks, schedules")
    run.add_argument("--once", action="store_true", help="one pass (poll, due timers, outbox), then exit")
    run.add_argument("--dry-run", action="store_true", help="print the actions instead of sending them")

    sub.add_parser("demo", help="sandbox forum + bot on the seed thread, end to end, no account or key")

    sb = sub.add_parser("sandbox", help="a local Discourse-compatible forum")
    sb.add_argument("--port", type=int, default=4200)
    sb.add_argument("--load", nargs="*", default=[], metavar="PATH", help="topic JSON files or seed files to load")
    sb.add_argument("--api-key", default="sandbox-key")

    pv = sub.add_parser("preview", help="what scribe sees in a topic and would do; posts nothing")
    pv.add_argument("topic", help="topic id, topic URL or topic JSON file")
    pv.add_argument("--json", action="store_true", help="machine-readable output")

    for command in feature_commands():
        command.arguments(sub.add_parser(command.name, help=command.help))

    sub.add_parser("health", help="exit 0 if the running bot polled the forum recently (for container health checks)")

    sub.add_parser("doctor", help="check the forum's setup for scribe (key, account rights, categories)")

    st = sub.add_parser("setup", help="provision the forum for scribe with an admin key; a second run changes nothing")
    st.add_argument("--url", required=True, help="the forum's address")
    st.add_argument("--admin-username", default="system", help="the admin the admin key acts as")
    st.add_argument("--admin-key-file", help="file holding the admin API key (default: $DISCOURSE_ADMIN_API_KEY)")
    st.add_argument("--bot-username", default="scribe")
    st.add_argument("--bot-email", help="needed only to create the bot account")
    st.add_argument(
        "--scribe-url", help="where the forum reaches scribe's webhook receiver, e.g. https://scribe.example.org"
    )
    st.add_argument("--synthesis-category", metavar="NAME", help="create (or find) this category for syntheses")
    st.add_argument("--digest-category", metavar="NAME", help="create (or find) this category for weekly digests")
    st.add_argument("--language", choices=("fr", "en"), default="fr")
    st.add_argument("--timezone", default="Europe/Paris")
    st.add_argument("--write-config", default="scribe.toml", metavar="PATH")
    st.add_argument("--write-env", default=".env", metavar="PATH", help="the secrets file (mode 600)")
    st.add_argument("--db", default="scribe.db", help="[store] path written in the config")
    st.add_argument("--dry-run", action="store_true", help="only read, and say what would be done")

    backup = sub.add_parser("backup", help="copy the SQLite store while scribe runs (sqlite's online backup)")
    backup.add_argument("target", help="the copy to write, e.g. /backups/scribe-$(date +%%F).db")

    sc = sub.add_parser("schedules", help="list or change scribe's schedules (same store as the running bot)")
    sc_sub = sc.add_subparsers(dest="action", required=True)
    sc_sub.add_parser("list")
    add = sc_sub.add_parser("add", help="create or change a schedule")
    add.add_argument("name", help="digest.weekly, summaries.periodic or summaries.periodic.c<category id>")
    add.add_argument("days", help="mon,tue,…,sun (comma separated)")
    add.add_argument("time", help="HH:MM in the forum's time zone")
    add.add_argument("--category", type=int, help="for periodic syntheses of one category")
    for verb in ("remove", "pause", "resume"):
        sc_sub.add_parser(verb).add_argument("name")

    bench = sub.add_parser("bench", help="print the benchmark figures")
    bench.add_argument("--load", metavar="PATH", help="a big topic JSON file for topic.read690")
    bench.add_argument(
        "--fuzz",
        type=int,
        metavar="N",
        help="only the output hygiene figures: N adversarial posts through every handler",
    )
    bench.add_argument("--seed", type=int, default=20261201, help="seed of the --fuzz posts")
    bench.add_argument(
        "--scale", action="store_true", help="the 100,000-post forum behind Discourse's limiter (about 10 minutes)"
    )
    bench.add_argument("--quick", action="store_true", help="with --scale: a forum ten times smaller (about 1 minute)")
    ev = sub.add_parser("eval", help="how right scribe is on real threads, against hand labels (a benchmark)")
    ev.add_argument("--corpus", metavar="DIR", help="a folder of real /t/{id}.json answers (tuning and check)")
    for name, folder in OWN_FOLDER.items():
        ev.add_argument(f"--{folder}", metavar="DIR", help=_OWN_SPLIT_HELP[name][0])
    ev.add_argument("--labels", default="eval/labels", metavar="DIR", help="labels, one folder per capability")
    ev.add_argument(
        "--split",
        choices=("both", "tuned", "all", SPENT, *ALL_SPLITS),
        default="both",
        help=f"both: tuning and check; tuned: every split the rules are tuned on ({', '.join(TUNED)}) whose folder "
        "is given; all: every split whose folder is given (--holdout, --forum2, "
        "--tuning3 to --tuning5, --holdout2 to --holdout7); spent: an old check split; tuning2: the other forum's "
        "tuning threads; tuning3: the course forum's other-term tuning threads; tuning4: half of its short "
        "threads; holdout2 to holdout4: the other forum's second to fourth held-out sets; holdout5: the course "
        "forum's other terms, held out, then spent; holdout6: the other half of its short threads, held out; "
        "tuning5 and holdout7: the other forum's discussions drawn for the proposals, tuned on and held out",
    )
    ev.add_argument("--split-file", default="eval/split.json", metavar="PATH", help="the fixed split")
    ev.add_argument("--seed", metavar="PATH", help="the seed thread (default: the one scribe ships)")
    ev.add_argument("--timezone", default="Asia/Kolkata", help="the real corpus's forum time zone")
    ev.add_argument("--language", choices=("fr", "en"), default="en", help="the real corpus's forum language")
    ev.add_argument("--mistakes", action="store_true", help="list the mistakes behind the tuned splits' figures")
    for parser in sub.choices.values():
        parser.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="no progress bars")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from bot.logs import setup_logging

    setup_logging("DEBUG" if args.verbose else "INFO" if args.command == "run" else "WARNING", args.log_json)
    from bot import progress

    progress.configure(quiet=args.quiet, disabled=args.command == "run")
    try:
        return asyncio.run(_dispatch(args))
    except ConfigError as exc:
        print(f"scribe: configuration problem\n{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except (ForumError, Unavailable, sqlite3.Error) as exc:
        print(f"scribe: {_explain_start(exc)}", file=sys.stderr)
        return 2


def _explain_start(exc: Exception) -> str:
    """One sentence for what stops scribe before it runs: the cause and the fix."""
    if isinstance(exc, Forbidden):
        return (
            f"the forum refused scribe's API key ({exc}). Fix: check DISCOURSE_API_KEY, and that the key "
            "belongs to the account in [forum] username (Admin › API)."
        )
    if isinstance(exc, NotFound):
        return f"the forum answered 404 ({exc}). Fix: is [forum] url the address of a Discourse forum?"
    if isinstance(exc, Unavailable):
        return (
            f"the forum cannot be reached ({exc}). Fix: check [forum] url and the network; "
            "once started, `scribe run` waits for the forum instead of stopping."
        )
    if isinstance(exc, ForumError):
        return f"the forum refused a request ({exc}). Fix: run `scribe doctor` to check the setup."
    return (
        f"the database cannot be used ({exc}). Fix: check [store] path (SCRIBE_DB): a writable file on a disk "
        "with room, not a directory; move a damaged file aside and scribe starts afresh from the newest post."
    )


async def _dispatch(args: argparse.Namespace) -> int:
    feature = next((c for c in feature_commands() if c.name == args.command), None)
    if feature is not None:
        print(await _run_feature(feature, args))
        return 0
    handler = globals()[f"_cmd_{args.command}"]
    return int(await handler(args) or 0)


async def _run_feature(command: CliCommand, args: argparse.Namespace) -> str:
    """A feature's one-shot command, with the forum, model and engine it may need."""
    from bot.app import open_engine
    from bot.clients import make_llm
    from bot.oneshot import Kit

    settings = load_settings(args.config)
    llm = make_llm(settings)
    kit = Kit(settings, llm=llm, open_engine=open_engine)
    try:
        return await command.run(args, kit)
    finally:
        await kit.close()
        if llm is not None:
            await llm.close()


async def _cmd_run(args: argparse.Namespace) -> int:
    from bot.app import open_engine

    settings = load_settings(args.config)
    key = settings.forum.api_key.get_secret_value().strip() if settings.forum.api_key else ""
    if settings.forum.url and not key:
        raise ConfigError(
            "no API key: DISCOURSE_API_KEY is not set or empty, and scribe would read the forum anonymously "
            "and fail every write. Fix: set DISCOURSE_API_KEY (or DISCOURSE_API_KEY_FILE) to a key of the bot account."
        )
    async with open_engine(settings, dry_run=args.dry_run) as engine:
        if args.once:
            report = await engine.run_once()
            log.info(
                "run.once",
                extra={"events": len(report.events), "actions": len(report.actions), "sent": len(report.sent)},
            )
            return 0
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await engine.forum.latest_posts()  # a wrong key or address stops scribe here, with one sentence
        await engine.run(stop)
        log.info("run.stopped")
    return 0


async def _cmd_demo(args: argparse.Namespace) -> int:
    from bot.demo import demo

    return await demo()


async def _cmd_sandbox(args: argparse.Namespace) -> int:
    from bot.sandbox import run_sandbox

    await run_sandbox(args.port, args.load, args.api_key)
    return 0


async def _cmd_preview(args: argparse.Namespace) -> int:
    from bot.app import make_dispatcher
    from bot.i18n import Messages
    from bot.oneshot import Kit
    from bot.preview import preview, readable

    kit = Kit(load_settings(args.config))
    # the readable output speaks the forum's language; the JSON keeps one wording whatever the forum
    messages = Messages("en" if args.json else kit.settings.language)
    try:
        result = await preview(args.topic, kit, make_dispatcher(), messages=messages)
    finally:
        await kit.close()
    print(
        json.dumps(result, ensure_ascii=False, indent=1, default=str)
        if args.json
        else readable(result, routers(), messages)
    )
    return 0


async def _cmd_health(args: argparse.Namespace) -> int:
    from bot.metrics import assess
    from bot.store import Store

    settings = load_settings(args.config)
    store = await Store(settings.store.path).open()
    try:
        report = assess(await store.health(), settings.forum.poll_seconds)
    finally:
        await store.close()
    print(json.dumps(report))
    return 0 if report["ok"] else 1


async def _cmd_doctor(args: argparse.Namespace) -> int:
    from bot.admin import doctor

    checks = await doctor(load_settings(args.config))
    for check in checks:
        status = "ok  " if check.ok else "WARN" if check.warning else "FAIL"
        print(f"{status} {check.what}" + ("" if check.ok else f"\n     fix: {check.fix}"))
    return 0 if all(c.ok or c.warning for c in checks) else 1


async def _cmd_setup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pydiscourse.exceptions import DiscourseError

    from bot.setup import SetupError, SetupOptions, setup

    options = SetupOptions(
        url=args.url,
        admin_key_file=Path(args.admin_key_file) if args.admin_key_file else None,
        admin_username=args.admin_username,
        bot_username=args.bot_username,
        bot_email=args.bot_email,
        scribe_url=args.scribe_url,
        synthesis_category=args.synthesis_category,
        digest_category=args.digest_category,
        language=args.language,
        timezone=args.timezone,
        config_path=Path(args.write_config),
        env_path=Path(args.write_env),
        db_path=args.db,
        dry_run=args.dry_run,
    )
    try:
        outcome = await setup(options)
    except (SetupError, DiscourseError) as exc:
        print(f"scribe setup: {exc}", file=sys.stderr)
        return 1
    for step in outcome.steps:
        print(step.line(args.dry_run))
    for problem in outcome.problems:
        print(f"note: {problem}")
    if not outcome.changed:
        print("Nothing to change: the forum and the files were already set up.")
    elif args.dry_run:
        print("Dry run: nothing was changed.")
    else:
        print(
            f"Done. Start scribe with the secrets of {options.env_path}, e.g. `set -a; . {options.env_path}; set +a; "
            f"scribe --config {options.config_path} run`."
        )
    return 0


async def _cmd_backup(args: argparse.Namespace) -> int:
    from bot.store.backup import BackupError, backup

    settings = load_settings(args.config)
    try:
        pages = await asyncio.to_thread(backup, settings.store.path, args.target)
    except (BackupError, sqlite3.Error) as exc:
        print(f"scribe backup: {exc}", file=sys.stderr)
        return 1
    print(f"copied {settings.store.path} to {args.target} ({pages} pages, integrity checked)")
    return 0


async def _cmd_schedules(args: argparse.Namespace) -> int:
    from bot.app import wanted_schedules
    from bot.schedules_cli import schedules

    return await schedules(args, load_settings(args.config), wanted_schedules)


async def _cmd_eval(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.app import make_dispatcher
    from bot.evaluation import SPLITS, Corpus, run_eval

    splits = {"both": SPLITS, "all": ALL_SPLITS, "tuned": TUNED}.get(args.split, (args.split,))
    given = {name: getattr(args, folder) for name, folder in OWN_FOLDER.items()}
    for name in OWN_FOLDER:
        optional = args.split == "tuned" or (args.split == "all" and name != HOLDOUT)
        if optional and name in splits and not given[name]:
            splits = tuple(s for s in splits if s != name)
            print(f"scribe eval --split {args.split}: {name} left out (no --{OWN_FOLDER[name]} DIR)", file=sys.stderr)
    for name, folder in OWN_FOLDER.items():
        if name in splits and not given[name]:
            what = _OWN_SPLIT_HELP[name][1]
            print(f"scribe eval --split {args.split} needs --{folder} DIR ({what})", file=sys.stderr)
            return 2
    if set(splits) - set(OWN_FOLDER) and not args.corpus:
        print(f"scribe eval --split {args.split} needs --corpus DIR", file=sys.stderr)
        return 2
    seed = Path(args.seed) if args.seed else Path(__file__).parent / "sandbox" / "data" / "seed-thread.json"
    folders = {folder: given[name] for name, folder in OWN_FOLDER.items()}
    corpus = Corpus.load(args.corpus, args.split_file, seed, args.timezone, args.language, **folders)
    from bot.clients import make_llm

    settings = load_settings(args.config)
    llm = make_llm(settings)
    try:
        await run_eval(corpus, settings, Path(args.labels), splits, make_dispatcher(), args.mistakes, llm=llm)
    finally:
        if llm is not None:
            await llm.close()
    return 0


async def _cmd_bench(args: argparse.Namespace) -> int:
    if args.scale:
        from bot.scale import scale_bench

        await scale_bench(quick=args.quick)
        return 0
    from bot.bench import bench, fuzz_bench

    if args.fuzz is not None:
        return 1 if await fuzz_bench(args.fuzz, args.seed) else 0
    await bench(args.load)
    return 0


if __name__ == "__main__":
    sys.exit(main())
