"""`scribe eval`: how right scribe is on real threads, measured against hand labels.

A benchmark, not a test. The corpus is a folder of real `/t/{id}.json` answers plus the seed thread (the
`seed` entry); `eval/split.json` fixes, once and for all, which topics tune the rules (`tuning`) and
which only check them (`check`). A third set, `holdout`, comes from another forum (its own folder, time
zone and language) and was labelled after the rules were written: it is measured, never tuned on, and
its labels live apart (`eval/labels/holdout/`). A second tuning set from that other forum, `tuning2`
(`tuning_forum2` in `split.json`, its own folder, labels in `eval/labels/forum2/`), shows how that forum
phrases things without touching the holdout: it is tuned on like `tuning`. A second held-out set of that
forum, `holdout2` (its own folder, labels in `eval/labels/holdout2/`), drawn for more link requests than
the holdout holds, is measured like `holdout`, never tuned on; so are `holdout3` and `holdout4` (labels
in `eval/labels/holdout3/`, `eval/labels/holdout4/`), of the same genre, each held out once more tuning
threads of that genre were added. `holdout5` comes back to the corpus's own forum: threads of its other
course terms, drawn and labelled blind after the rules were written (labels in `eval/labels/holdout5/`), held out,
then spent: tuned on since 2026-12-01, like `spent`; the rest of
those terms, `tuning3` (labels in `eval/labels/tuning3/`), is tuned on like `tuning`. That forum's short threads
(1 to 4 posts) of the same term were split in two before any was read: `holdout6`, held out, and `tuning4`, tuned on.
The proposals, which those draws hardly hold, have a draw of the second forum's discussions halved the same
way: `tuning5`, tuned on, and `holdout7`, held out (labels in `eval/labels/tuning5/`, `eval/labels/holdout7/`).
A check split replaced by a fresh held-out one is `spent` (`{"why": …, "topics": […]}`): its topics
become tuning data, their mistakes are listed, and the old `check` figures stay printable for the
record. Every topic is replayed through the real dispatcher (`bot.replay.Simulation`), post by post, the
clock at each post's `created_at` and the forum seen as it stood then (no later post, no later topic).
Each feature registers its evaluator with `@router.evaluation`: it reads the replays and its labels
(`eval/labels/<folder>/<topic>.json`) and returns its figures.
"""

from __future__ import annotations

import json
import random
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from bot import actions as A
from bot import progress
from bot.config import Settings
from bot.ctx import Ctx, ReadOnlyMemory, StaticForum
from bot.dateorder import ORDERS, DateOrder
from bot.dispatch import Dispatcher
from bot.events import Event, PostCreated
from bot.i18n import Messages
from bot.models import Post, Topic
from bot.replay import Simulation
from bot.state import MemoryState
from bot.topicfile import load_topic_file

SEED_KEY = "seed"
SPLITS = ("tuning", "check")
HOLDOUT = "holdout"
TUNING2 = "tuning2"
TUNING3 = "tuning3"
"""The course forum's other-term topics that `holdout5` did not draw: that forum's later terms, tuned on."""
TUNING4 = "tuning4"
"""Half of the course forum's short threads (1 to 4 posts) of another term, tuned on; `holdout6` is the other half."""
FORUM2_HOLDOUTS = ("holdout2", "holdout3", "holdout4")
"""The second forum's later held-out sets, in the order they were drawn."""
COURSE_HOLDOUTS = ("holdout5", "holdout6")
"""The course forum's other terms, held out once the rules were written: its longer threads, then its short ones."""
TUNING5 = "tuning5"
"""Half of a draw of the second forum's discussions (8 to 40 posts, 4 members or more), for the proposals the
other splits hardly hold; tuned on. `holdout7` is the other half."""
DEBATE_HOLDOUTS = ("holdout7",)
PROPOSALS_ONLY = (TUNING5, *DEBATE_HOLDOUTS)
"""The splits drawn for the proposals: labelled for them alone (`<folder>/proposals/`)."""
LATER_HOLDOUTS = (*FORUM2_HOLDOUTS, *COURSE_HOLDOUTS, *DEBATE_HOLDOUTS)
ALL_SPLITS = (*SPLITS, TUNING2, TUNING3, TUNING4, TUNING5, HOLDOUT, *LATER_HOLDOUTS)
SPENT = "spent"
TUNED = ("tuning", SPENT, TUNING2, TUNING3, TUNING4, TUNING5, COURSE_HOLDOUTS[0])
"""The splits whose mistakes may be read (and the rules tuned on). `holdout5` joined them once its
figures had been read a dozen times and commit by commit: it was no longer a check (`holdout6` is)."""
OWN_FOLDER = {
    HOLDOUT: "holdout",
    TUNING2: "forum2",
    TUNING3: "tuning3",
    TUNING4: "tuning4",
    TUNING5: "tuning5",
    **{name: name for name in LATER_HOLDOUTS},
}
"""The splits whose topics come from a folder of their own, and that folder's name: the name of
their labels' subfolder, of the `Corpus.load` argument and of the `scribe eval` option that give it."""
SPLIT_KEY = {TUNING2: "tuning_forum2"}
"""Where `split.json` lists a split's topics, when not under the split's own name."""


@dataclass(frozen=True)
class Case:
    """One topic of the corpus, with the forum settings it was written under."""

    key: str
    topic: Topic
    timezone: str
    language: str
    forum: str
    """Topics sharing this name were on the same forum (they see each other)."""
    date_order: DateOrder | None = None
    """How that forum writes numeric dates (None: as the settings say)."""


@dataclass(frozen=True)
class Step:
    """One post arriving, or one timer firing (`timer`, its key), and what scribe did then. A timer's
    step carries the last post that had arrived before it."""

    post: Post
    now: datetime
    actions: tuple[A.Action, ...]
    timer: str | None = None


@dataclass
class Run:
    """A topic replayed: every step, and scribe's memory at the end."""

    case: Case
    steps: list[Step]
    state: MemoryState
    settings: Settings
    forum: AsOfForum

    def ctx(self, now: datetime | None = None) -> Ctx:
        """A handler's context on the memory the replay left (by default just after the last post),
        so evaluators read it through the features' own accessors."""
        arrived = [s for s in self.steps if s.timer is None]
        moment = now or (arrived[-1].now if arrived else datetime.now(UTC))
        return Ctx(
            self.settings, self.forum, ReadOnlyMemory(self.state), moment, messages=Messages(self.settings.language)
        )

    @property
    def actions(self) -> list[A.Action]:
        return [a for s in self.steps for a in s.actions]

    def replies(self) -> list[tuple[Step, A.ReplyToPost]]:
        return [(s, a) for s in self.steps for a in s.actions if isinstance(a, A.ReplyToPost)]


@dataclass(frozen=True)
class Figure:
    """One measured figure: `value` (None when nothing was there to measure) and how it was counted."""

    value: float | None
    detail: str = ""
    unit: str = ""

    def show(self) -> str:
        if self.value is None:
            text = "n/a"
        elif self.unit == "%":
            text = f"{self.value * 100:.1f} %"
        else:
            text = f"{self.value:g}" + (f" {self.unit}" if self.unit else "")
        return f"{text} ({self.detail})" if self.detail else text


def share(hits: int, total: int) -> Figure:
    """`hits` out of `total`, as a percentage."""
    return Figure(hits / total if total else None, f"{hits}/{total}", "%")


def count(n: int, unit: str = "") -> Figure:
    return Figure(float(n), "", unit)


DRAWS = 2000
"""Resamples of the topics behind an interval: enough for its ends to move by less than a point."""


@dataclass(frozen=True)
class Interval(Figure):
    """A 95 % interval of a share whose hits cluster in a few topics (one long thread may hold most
    of what a split counts): the topics are resampled, not the posts, so it is as wide as that makes it."""

    low: float = 0.0
    high: float = 0.0

    def show(self) -> str:
        if self.value is None:
            return f"n/a ({self.detail})"
        return f"{self.low * 100:.1f} % to {self.high * 100:.1f} % ({self.detail})"


def interval(per_topic: list[tuple[int, int]]) -> Interval:
    """The 95 % percentile interval of `sum(hits) / sum(total)` over topics drawn with replacement
    (`per_topic`: each topic's hits and total), seeded so that a run prints what the last one did."""
    hits, total = sum(h for h, _ in per_topic), sum(t for _, t in per_topic)
    holding = sum(1 for _, t in per_topic if t)
    if holding < 2:  # resampling one topic would show no spread where there is no way to see any
        return Interval(None, f"{holding} topic with something to count", "%")
    draw = random.Random(0)
    shares: list[float] = []
    while len(shares) < DRAWS:
        picked = draw.choices(per_topic, k=len(per_topic))
        if drawn := sum(t for _, t in picked):  # a draw of topics with nothing to count says nothing
            shares.append(sum(h for h, _ in picked) / drawn)
    shares.sort()
    low, high = shares[int(0.025 * DRAWS)], shares[int(0.975 * DRAWS) - 1]
    return Interval(hits / total, f"95 %, {len(per_topic)} topics resampled, {holding} counting", "%", low, high)


@dataclass
class Result:
    """An evaluator's answer: its figures, and the mistakes behind them (shown for tuning only)."""

    figures: dict[str, Figure]
    mistakes: list[str] = field(default_factory=list)


EvaluateFn = Callable[["Evaluation"], Awaitable[Result]]


class AsOfForum(StaticForum):
    """The forum as it stood at `now`: no post or topic written later is visible."""

    def __init__(self, topics: list[Topic]) -> None:
        super().__init__(topics)
        self.now = datetime.max.replace(tzinfo=UTC)
        self._all = {t.id: t for t in topics}
        self._cut: dict[tuple[int, int], Topic] = {}

    def _as_of(self, topic: Topic) -> Topic | None:
        posts = tuple(p for p in topic.posts if p.created_at <= self.now)
        if not posts:
            return None
        key = (topic.id, len(posts))
        if key not in self._cut:
            self._cut[key] = replace(
                topic, posts=posts, posts_count=len(posts), last_posted_at=max(p.created_at for p in posts)
            )
        return self._cut[key]

    async def topic(self, topic_id: int) -> Topic:
        topic = self._all.get(topic_id)
        seen = self._as_of(topic) if topic is not None else None
        if seen is None:
            return await super().topic(-1)  # NotFound, as the forum answers
        return seen

    async def post(self, post_id: int) -> Post | None:
        found = await super().post(post_id)
        return found if found is not None and found.created_at <= self.now else None

    async def latest_topics(self, limit: int = 30) -> list[Topic]:
        seen = [t for t in (self._as_of(t) for t in self._all.values()) if t is not None]
        seen.sort(key=lambda t: t.last_posted_at or datetime.min.replace(tzinfo=UTC), reverse=True)
        return [replace(t, posts=()) for t in seen[:limit]]


class _Clocked(Simulation):
    """A simulation whose forum view follows the clock of each event."""

    forum: AsOfForum

    async def feed(self, event: Event, now: datetime) -> list[A.Action]:
        self.forum.now = now
        return await super().feed(event, now)


class Corpus:
    """The real topics of a folder, the seed, and the fixed split."""

    def __init__(self, cases: list[Case], split: dict[str, list[str]], folders: dict[str, str] | None = None) -> None:
        self.cases = {c.key: c for c in cases}
        self.split = split
        self.folders = folders or {}
        """The folders of the splits that have their own (`OWN_FOLDER`): they take their topics from
        there only, and the other splits never do."""

    @classmethod
    def load(
        cls,
        folder: str | Path | None,
        split_file: str | Path,
        seed: str | Path | None = None,
        timezone: str = "Asia/Kolkata",
        language: str = "en",
        **own: str | Path | None,
    ) -> Corpus:
        """`folder` holds the real topics of `tuning` and `check`; each split of `OWN_FOLDER` takes its
        own from the argument of its folder's name (`holdout=`, `forum2=`, `holdout2=`…), in the time
        zone, language and numeric date order (`date_order`, else the settings') `split.json` gives it
        (`holdout_forum`, `tuning_forum2_forum`, `holdout2_forum`…)."""
        unknown = set(own) - set(OWN_FOLDER.values())
        if unknown:
            raise TypeError(f"Corpus.load got no such folder: {', '.join(sorted(unknown))}")
        raw = json.loads(Path(split_file).read_text(encoding="utf-8"))
        cases = [Case(str(t.id), t, timezone, language, str(folder)) for t in topics_in(folder)]
        if seed is not None:
            topic = load_topic_file(seed)
            seed_language = json.loads(Path(seed).read_text(encoding="utf-8")).get("language") or "fr"
            cases.append(Case(SEED_KEY, topic, "Europe/Paris", seed_language, SEED_KEY))
        folders = {name: own.get(argument) for name, argument in OWN_FOLDER.items()}
        for name, given in folders.items():
            if given is None:
                continue
            forum = raw.get(f"{SPLIT_KEY.get(name, name)}_forum") or {}
            taken = {c.key: c.forum for c in cases}
            for topic in topics_in(given):
                if str(topic.id) in taken:
                    raise ValueError(f"topic {topic.id} is both in {taken[str(topic.id)]} and in the {name} {given}")
                tz, lang = forum.get("timezone", timezone), forum.get("language", language)
                cases.append(Case(str(topic.id), topic, tz, lang, str(given), _date_order(forum, name)))
        split = {name: [str(k) for k in raw.get(SPLIT_KEY.get(name, name), [])] for name in ALL_SPLITS}
        spent = raw.get(SPENT) or {}
        split[SPENT] = [str(k) for k in (spent.get("topics", []) if isinstance(spent, dict) else spent)]
        return cls(cases, split, {name: str(given) for name, given in folders.items() if given is not None})

    def of(self, name: str) -> list[Case]:
        """The cases of one split that the corpus holds (those of a split of `OWN_FOLDER`, from its own
        folder only)."""
        cases = [self.cases[k] for k in self.split[name] if k in self.cases]
        if name in OWN_FOLDER:
            return [c for c in cases if c.forum == self.folders.get(name)]
        return [c for c in cases if c.forum not in self.folders.values()]

    def forum(self, name: str) -> list[Topic]:
        return [c.topic for c in self.cases.values() if c.forum == name]


def _date_order(forum: dict[str, Any], split: str) -> DateOrder | None:
    """The numeric date order `split.json` gives a split's forum, if any; a wrong one stops the eval."""
    order = forum.get("date_order")
    if order is None or order in ORDERS:
        return cast(DateOrder | None, order)
    raise ValueError(f"the {split} forum's date_order {order!r} in split.json is none of {', '.join(ORDERS)}")


def topics_in(folder: str | Path | None) -> list[Topic]:
    """The `/t/{id}.json` answers of a folder (other JSON files are left alone)."""
    topics = []
    for path in sorted(Path(folder).glob("*.json")) if folder is not None else ():
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "post_stream" in data:
            topics.append(Topic.from_json(data))
    return topics


AFTER_LAST_POST = timedelta(days=1)
"""How long after a topic's last post its timers still fire: enough for the waits of the links
feature (minutes), so a request or announcement ending a thread is decided as the bot would. The labels
score what scribe read, not its reminders; a replay that judges the reminders themselves fires longer
(`eval/public_audit.py`): a meeting announced a week ahead in a thread that then goes quiet is reminded
days after its last post."""


class Replayer:
    """Replays each case once through the real dispatcher; every evaluator reads the same runs."""

    def __init__(
        self,
        corpus: Corpus,
        dispatcher: Dispatcher,
        settings: Callable[[Case], Settings],
        llm: Any = None,
        after_last_post: timedelta = AFTER_LAST_POST,
    ) -> None:
        self.corpus = corpus
        self.llm = llm
        self.after_last_post = after_last_post
        self.dispatcher = dispatcher
        self.settings = settings
        self._runs: dict[str, Run] = {}
        self._forums: dict[str, AsOfForum] = {}

    async def run(self, case: Case) -> Run:
        if case.key not in self._runs:
            self._runs[case.key] = await self._replay(case)
        return self._runs[case.key]

    async def _replay(self, case: Case) -> Run:
        if case.forum not in self._forums:
            self._forums[case.forum] = AsOfForum(self.corpus.forum(case.forum))
        forum = self._forums[case.forum]
        settings = self.settings(case)
        simulation = _Clocked(self.dispatcher, settings, forum, llm=self.llm)
        steps: list[Step] = []
        posts = [p for p in case.topic.posts if p.is_regular]
        for post in posts:
            steps += await _fire(simulation, post.created_at, steps)
            steps.append(Step(post, post.created_at, tuple(await simulation.feed(PostCreated(post), post.created_at))))
        if posts:
            steps += await _fire(simulation, posts[-1].created_at + self.after_last_post, steps)
        return Run(case, steps, simulation.state, settings, forum)


async def _fire(simulation: Simulation, until: datetime, steps: list[Step]) -> list[Step]:
    """Every timer due by `until`, in time order, each its own step at its own time, so what it posts
    is judged against the thread as it stood when it fired."""
    fired: list[Step] = []
    async for t, actions in simulation.fire_each(until):
        fired.append(Step((fired or steps)[-1].post, t.at, tuple(actions), timer=t.key))
    return fired


@dataclass
class Evaluation:
    """What an evaluator gets: the cases of one split, their replays, their labels."""

    split: str
    cases: list[Case]
    replayer: Replayer
    labels_root: Path

    async def run(self, case: Case) -> Run:
        return await self.replayer.run(case)

    def labels(self, folder: str, case: Case) -> dict[str, Any] | None:
        path = self.labels_root / folder / f"{case.key}.json"
        if not path.is_file():
            return None
        value = json.loads(path.read_text(encoding="utf-8"))
        return value if isinstance(value, dict) else None

    def labelled(self, folder: str) -> Iterable[tuple[Case, dict[str, Any]]]:
        """The cases of this split that carry labels in `folder` (the others are not counted)."""
        for case in self.cases:
            labels = self.labels(folder, case)
            if labels is not None:
                yield case, labels


def local_iso(moment: datetime, tz: str) -> str:
    """An instant as labels write it: ISO 8601 with the offset of the forum's zone."""
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo(tz)).isoformat()


def same_instant(a: str | datetime | None, b: str | datetime | None) -> bool:
    if a is None or b is None:
        return False
    x = a if isinstance(a, datetime) else datetime.fromisoformat(a)
    y = b if isinstance(b, datetime) else datetime.fromisoformat(b)
    if x.tzinfo is None or y.tzinfo is None:
        return False
    return abs(x - y) < timedelta(seconds=1)


async def evaluate(
    corpus: Corpus,
    evaluators: list[tuple[str, EvaluateFn]],
    replayer: Replayer,
    labels_root: Path,
    splits: tuple[str, ...] = SPLITS,
) -> dict[tuple[str, str], Result]:
    """Every evaluator over every split asked for: `{(capability, split): Result}`. The labels of
    the splits with a folder of their own are read from their subfolder (`<labels_root>/holdout/`,
    `<labels_root>/forum2/`, `<labels_root>/holdout2/`…: `OWN_FOLDER`)."""
    out: dict[tuple[str, str], Result] = {}
    with progress.bar("capabilities evaluated", len(splits) * len(evaluators)) as bar:
        for split in splits:
            root = labels_root / OWN_FOLDER[split] if split in OWN_FOLDER else labels_root
            ev = Evaluation(split, corpus.of(split), replayer, root)
            for name, fn in evaluators:
                bar.update(description=f"{name}, {split} split")
                result = await fn(ev)
                if (name, split) in out:  # a feature with several evaluators: one line of figures per split
                    kept = out[(name, split)]
                    result = Result({**kept.figures, **result.figures}, kept.mistakes + result.mistakes)
                out[(name, split)] = result
                bar.advance()
    return out


def settings_for(base: Settings) -> Callable[[Case], Settings]:
    """The configured settings, in each case's own time zone, language and date order."""
    cache: dict[tuple[str, str, str], Settings] = {}

    def of(case: Case) -> Settings:
        order = case.date_order or base.date_order
        key = (case.timezone, case.language, order)
        if key not in cache:
            cache[key] = base.model_copy(
                update={"timezone": case.timezone, "language": case.language, "date_order": order}
            )
        return cache[key]

    return of


async def run_eval(
    corpus: Corpus,
    base: Settings,
    labels_root: Path,
    splits: tuple[str, ...],
    dispatcher: Dispatcher,
    mistakes: bool = False,
    echo: Callable[[str], None] = print,
    llm: Any = None,
) -> dict[tuple[str, str], Result]:
    """`scribe eval`: one line per figure, `capability.split.figure value (hits/total)`, for every
    evaluator of the dispatcher's routers. Mistakes are listed for the tuning splits only (`tuning`,
    `tuning2`, `spent`):
    the check and held-out splits are read for their figures, never to tune the rules. With a model
    (`llm`), the features ask it about what their rules leave in doubt, and the tokens it took are printed."""
    evaluators = [(r.name, fn) for r in dispatcher.routers for fn in r.evaluations]
    replayer = Replayer(corpus, dispatcher, settings_for(base), llm)
    results = await evaluate(corpus, evaluators, replayer, labels_root, splits)
    if llm is not None:
        echo(f"llm.tokens {llm.tokens_used} tokens (the model judged what the rules left in doubt)")
    for (name, split), result in results.items():
        for figure, value in result.figures.items():
            echo(f"{name}.{split}.{figure} {value.show()}")
        if mistakes and split in TUNED:
            for line in result.mistakes:
                echo(f"  {name}.{split}: {line}")
    return results
