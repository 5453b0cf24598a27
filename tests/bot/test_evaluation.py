"""`scribe eval`: real topics replayed through the real handlers, clock at each post, scored
against labels."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.actions import SendPrivateMessage
from bot.app import load_settings, make_dispatcher
from bot.evaluation import OWN_FOLDER, SPLIT_KEY, TUNED, AsOfForum, Corpus, Replayer, interval, run_eval, settings_for
from bot.forum import NotFound
from bot.models import Topic
from handlers.links.settings import LinksSettings

DATA = Path(__file__).parent.parent / "data"
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _topic_json(topic_id: int, posts: list[tuple[str, str]]) -> dict:
    """A `/t/{id}.json` answer as Discourse gives it: cooked HTML, no raw."""
    return {
        "id": topic_id,
        "title": f"Topic {topic_id}",
        "slug": f"topic-{topic_id}",
        "category_id": 5,
        "archetype": "regular",
        "posts_count": len(posts),
        "created_at": T0.isoformat(),
        "post_stream": {
            "posts": [
                {
                    "id": topic_id * 10 + n,
                    "topic_id": topic_id,
                    "post_number": n,
                    "username": user,
                    "created_at": (T0 + timedelta(hours=n)).isoformat().replace("+00:00", "Z"),
                    "cooked": cooked,
                    "post_type": 1,
                }
                for n, (user, cooked) in enumerate(posts, start=1)
            ]
        },
    }


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    meeting = (
        "<p>Join the live session on 27 November 2026 at 6 pm on "
        '<a href="https://meet.google.com/abc-defg-hij">https://meet.google.com/abc-defg-hij</a></p>'
    )
    topics = {
        101: [("teacher", meeting), ("student", "<p>Thanks!</p>")],
        102: [("student", "<p>Is there a session recording?</p>"), ("teacher", "<p>Yes, soon.</p>")],
        103: [("teacher", meeting), ("student", "<p>Where can I find the session link?</p>")],
        104: [
            ("student", "<p>My assignment shows not submitted, please check.</p>"),
            ("other", "<p>Where is the link for the peer review?</p>"),
        ],
    }
    for tid, posts in topics.items():
        (folder / f"topic_{tid}.json").write_text(json.dumps(_topic_json(tid, posts)), encoding="utf-8")
    split = {"tuning": [101, 103, 104, "seed"], "check": [102]}
    (tmp_path / "split.json").write_text(json.dumps(split), encoding="utf-8")
    labels = tmp_path / "labels" / "links-meetings"
    labels.mkdir(parents=True)
    (labels / "101.json").write_text(
        json.dumps(
            {
                "topic": 101,
                "timezone": "Asia/Kolkata",
                "link_requests": [],
                "meetings": [
                    {
                        "post": 1,
                        "start": "2026-11-27T18:00:00+05:30",
                        "end": None,
                        "url": "https://meet.google.com/abc-defg-hij",
                    }
                ],
                "not_meetings": [],
            }
        ),
        encoding="utf-8",
    )
    requests = {
        103: [{"post": 2, "kind": "meeting", "answer": {"post": 1, "url": "https://meet.google.com/abc-defg-hij"}}],
        104: [{"post": 2, "kind": "exam", "answer": None, "human_answer": None}],
    }
    for tid, asked in requests.items():
        label = {"topic": tid, "timezone": "Asia/Kolkata", "link_requests": asked, "meetings": [], "not_meetings": []}
        (labels / f"{tid}.json").write_text(json.dumps(label), encoding="utf-8")
    return folder


def test_corpus_reads_real_topics_the_seed_and_the_fixed_split(corpus_dir: Path) -> None:
    corpus = Corpus.load(corpus_dir, corpus_dir.parent / "split.json", DATA / "seed-thread.json")
    assert [c.key for c in corpus.of("tuning")] == ["101", "103", "104", "seed"]
    assert [c.key for c in corpus.of("check")] == ["102"]
    seed = corpus.cases["seed"]
    assert (seed.timezone, seed.language) == ("Europe/Paris", "fr")
    assert (corpus.cases["101"].timezone, corpus.cases["101"].language) == ("Asia/Kolkata", "en")


async def test_the_forum_is_seen_as_it_stood_at_the_clock(corpus_dir: Path) -> None:
    topic = Topic.from_json(json.loads((corpus_dir / "topic_102.json").read_text(encoding="utf-8")))
    forum = AsOfForum([topic])
    forum.now = T0 + timedelta(hours=1, minutes=30)
    seen = await forum.topic(102)
    assert [p.post_number for p in seen.posts] == [1]
    assert await forum.post(topic.posts[1].id) is None
    forum.now = T0
    with pytest.raises(NotFound):
        await forum.topic(102)
    assert await forum.latest_topics() == []


async def test_every_evaluator_runs_on_each_split_with_its_figures(corpus_dir: Path) -> None:
    corpus = Corpus.load(corpus_dir, corpus_dir.parent / "split.json", DATA / "seed-thread.json")
    lines: list[str] = []
    results = await run_eval(
        corpus,
        load_settings(None),
        corpus_dir.parent / "labels",
        ("tuning", "check"),
        make_dispatcher(),
        True,
        lines.append,
    )
    meetings = results[("meetings", "tuning")].figures
    assert meetings["topics"].value == 3  # only labelled topics count
    assert meetings["recall"].detail == "1/1" and meetings["precision"].detail == "1/2"
    assert meetings["exact_start"].value == 1.0
    assert meetings["right_link"].detail == "1/1"  # 101's reminder carries the labelled call link
    assert (meetings["public.reminded"].value, meetings["public.wrong"].detail) == (2, "1/2")  # 103's is no meeting
    assert results[("links", "check")].figures["topics"].value == 0
    assert "meetings.tuning.recall 100.0 % (1/1)" in lines
    assert any("103 #1: not a meeting" in line for line in lines)  # the tuning split's mistakes
    links = results[("links", "tuning")].figures
    assert (links["requests.precision"].detail, links["requests.recall"].detail) == ("2/2", "2/2")
    assert links["answers.right_link"].detail == "1/1"  # 103: the announced call link
    assert links["requests.recall.interval"].show().startswith("100.0 % to 100.0 %")
    assert links["answerable.answered"].detail == "1/1"  # 103's link was in #1 when #2 asked; 104 has none
    assert (links["asks"].value, links["asks.wrong_pings"].value) == (0, 0)  # 104: nobody to ask, silence
    assert links["replies.to_non_requests"].value == 0
    assert (links["public.replies"].value, links["public.wrong"].detail) == (1, "0/1")


async def test_a_reply_to_a_post_labelled_no_request_is_counted_as_a_public_misreading(corpus_dir: Path) -> None:
    labels = corpus_dir.parent / "labels" / "links-meetings"
    label = json.loads((labels / "103.json").read_text(encoding="utf-8"))
    (labels / "103.json").write_text(json.dumps(label | {"link_requests": []}), encoding="utf-8")
    corpus = Corpus.load(corpus_dir, corpus_dir.parent / "split.json", DATA / "seed-thread.json")
    lines: list[str] = []
    results = await run_eval(
        corpus, load_settings(None), corpus_dir.parent / "labels", ("tuning",), make_dispatcher(), True, lines.append
    )
    links = results[("links", "tuning")].figures
    assert links["replies.to_non_requests"].value == 1
    assert links["public.wrong"].detail == "1/1"
    assert any("103 reply to #2: replied to no labelled request" in line for line in lines)


async def test_recall_is_given_apart_for_requests_a_reader_marked_explicit_or_not(corpus_dir: Path) -> None:
    """A label's `explicit` flag splits recall: a post asking for a link, or one asking how to do a thing."""
    labels = corpus_dir.parent / "labels" / "links-meetings"
    label = json.loads((labels / "103.json").read_text(encoding="utf-8"))
    marked = [r | {"explicit": True} for r in label["link_requests"]]
    (labels / "103.json").write_text(json.dumps(label | {"link_requests": marked}), encoding="utf-8")
    corpus = Corpus.load(corpus_dir, corpus_dir.parent / "split.json", DATA / "seed-thread.json")
    results = await run_eval(
        corpus, load_settings(None), corpus_dir.parent / "labels", ("tuning",), make_dispatcher(), True, lambda _: None
    )
    links = results[("links", "tuning")].figures
    assert links["requests.recall.explicit"].detail == f"{len(marked)}/{len(marked)}"
    assert links["requests.recall.implicit"].detail == "0/0"  # no label says so: not counted as implicit


def _own_split(
    corpus_dir: Path,
    name: str,
    zone: str,
    topics: dict[int, list[tuple[str, str]]],
    labels: dict[int, dict],
    drawn: list[int] | None = None,
) -> Path:
    """A split with a folder of its own (`OWN_FOLDER[name]`) beside the corpus: its topics, its list
    (`drawn`, by default all of them) and its forum's zone in `split.json` (under `SPLIT_KEY`), its
    labels under `labels/<folder>/`."""
    folder = corpus_dir.parent / OWN_FOLDER[name]
    folder.mkdir()
    for tid, posts in topics.items():
        (folder / f"topic_{tid}.json").write_text(json.dumps(_topic_json(tid, posts)), encoding="utf-8")
    split_file = corpus_dir.parent / "split.json"
    split = json.loads(split_file.read_text(encoding="utf-8"))
    key = SPLIT_KEY.get(name, name)
    split[key] = list(topics) if drawn is None else drawn
    split[f"{key}_forum"] = {"timezone": zone, "language": "en"}
    split_file.write_text(json.dumps(split), encoding="utf-8")
    folder_labels = corpus_dir.parent / "labels" / OWN_FOLDER[name] / "links-meetings"
    folder_labels.mkdir(parents=True)
    for tid, label in labels.items():
        label |= {"topic": tid, "timezone": zone, "not_meetings": []}
        (folder_labels / f"{tid}.json").write_text(json.dumps(label), encoding="utf-8")
    return folder


@pytest.fixture
def holdout_dir(corpus_dir: Path) -> Path:
    """Another forum's topics (its own zone and language) and their labels under `labels/holdout/`."""
    call = (
        "<p>Developer call tomorrow at 10:00 AM ET until 11:00 AM ET: "
        '<a href="https://zoom.example.org/j/123">https://zoom.example.org/j/123</a></p>'
    )
    topics = {
        201: [("host", call)],
        202: [("member", "<p>Could you link me to the page with the documentation?</p>"), ("dev", "<p>Soon.</p>")],
    }
    wanted = {
        201: {
            "link_requests": [],
            "meetings": [
                {
                    "post": 1,
                    "start": "2026-11-21T10:00:00-05:00",
                    "end": "2026-11-21T11:00:00-05:00",
                    "url": "https://zoom.example.org/j/123",
                }
            ],
        },
        202: {
            "link_requests": [
                {"post": 1, "kind": "document", "answer": None, "human_answer": 2},
                {"post": 2, "kind": "other", "answer": None, "human_answer": None},  # a sure miss: a mistake to hide
            ],
            "meetings": [],
        },
    }
    return _own_split(corpus_dir, "holdout", "America/New_York", topics, wanted)


def test_the_holdout_comes_from_its_own_folder_in_its_own_zone(corpus_dir: Path, holdout_dir: Path) -> None:
    split_file = corpus_dir.parent / "split.json"
    corpus = Corpus.load(corpus_dir, split_file, DATA / "seed-thread.json", holdout=holdout_dir)
    assert [c.key for c in corpus.of("holdout")] == ["201", "202"]
    assert [c.key for c in corpus.of("tuning")] == ["101", "103", "104", "seed"]
    assert (corpus.cases["201"].timezone, corpus.cases["201"].language) == ("America/New_York", "en")
    assert corpus.cases["201"].forum != corpus.cases["101"].forum  # a forum of its own: they never see each other
    without = Corpus.load(corpus_dir, split_file, DATA / "seed-thread.json")
    assert without.of("holdout") == []  # named in the split, but its folder was not given
    (holdout_dir / "topic_101.json").write_text((corpus_dir / "topic_101.json").read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="101"):
        Corpus.load(corpus_dir, split_file, None, holdout=holdout_dir)
    with pytest.raises(TypeError, match="holdout9"):
        Corpus.load(corpus_dir, split_file, None, holdout9=holdout_dir)  # no such split: not silently left out


async def test_the_holdout_prints_its_figures_never_its_mistakes(corpus_dir: Path, holdout_dir: Path) -> None:
    corpus = Corpus.load(None, corpus_dir.parent / "split.json", holdout=holdout_dir)
    lines: list[str] = []
    results = await run_eval(
        corpus, load_settings(None), corpus_dir.parent / "labels", ("holdout",), make_dispatcher(), True, lines.append
    )
    meetings = results[("meetings", "holdout")].figures
    assert meetings["topics"].value == 2  # its labels are read from labels/holdout/
    assert meetings["recall"].detail == "1/1" and meetings["exact_start"].detail == "1/1"
    assert results[("links", "holdout")].figures["topics"].value == 2
    assert any(line.startswith("meetings.holdout.precision ") for line in lines)
    assert any(r.mistakes for (_, split), r in results.items() if split == "holdout")
    assert all(not line.startswith("  ") for line in lines)  # yet none is listed, even when asked for


def test_eval_asks_for_the_folders_its_splits_need(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    assert main(["eval", "--split", "all", "--corpus", str(tmp_path), "-q"]) == 2
    assert "--holdout DIR" in capsys.readouterr().err
    assert main(["eval", "--split", "check", "--holdout", str(tmp_path), "-q"]) == 2
    assert "--corpus DIR" in capsys.readouterr().err


async def test_a_spent_check_split_lists_its_mistakes_and_keeps_its_figures(corpus_dir: Path) -> None:
    split_file = corpus_dir.parent / "split.json"
    split = json.loads(split_file.read_text(encoding="utf-8"))
    split["spent"] = {"why": "replaced by a fresh held-out split", "topics": [103]}
    split_file.write_text(json.dumps(split), encoding="utf-8")
    corpus = Corpus.load(corpus_dir, split_file, DATA / "seed-thread.json")
    assert [c.key for c in corpus.of("spent")] == ["103"]
    lines: list[str] = []
    results = await run_eval(
        corpus,
        load_settings(None),
        corpus_dir.parent / "labels",
        ("check", "spent"),
        make_dispatcher(),
        True,
        lines.append,
    )
    assert results[("meetings", "spent")].figures["precision"].detail == "0/1"
    assert any(line.startswith("  meetings.spent: 103 #1: not a meeting") for line in lines)
    assert not any(line.startswith("  meetings.check") for line in lines)  # check: figures only


@pytest.fixture
def forum2_dir(corpus_dir: Path) -> Path:
    """The other forum's tuning threads (`tuning_forum2`), labels under `labels/forum2/`."""
    asked = [("member", "<p>Where can I find the slides of the workshop?</p>"), ("dev", "<p>Coming soon.</p>")]
    topics = {301: asked, 302: [("dev", "<p>Hello</p>")]}
    requests = [
        {"post": 1, "kind": "document", "answer": None, "human_answer": 2},
        {"post": 2, "kind": "other", "answer": None, "human_answer": None},  # a sure miss: a mistake to list
    ]
    wanted = {301: {"link_requests": requests, "meetings": []}}
    return _own_split(corpus_dir, "tuning2", "America/New_York", topics, wanted, drawn=[301])  # 302: never measured


async def test_the_second_forum_tunes_from_its_own_folder_with_its_mistakes(corpus_dir: Path, forum2_dir: Path) -> None:
    split_file = corpus_dir.parent / "split.json"
    corpus = Corpus.load(corpus_dir, split_file, DATA / "seed-thread.json", forum2=forum2_dir)
    assert [c.key for c in corpus.of("tuning2")] == ["301"]
    assert [c.key for c in corpus.of("tuning")] == ["101", "103", "104", "seed"]
    assert corpus.cases["301"].timezone == "America/New_York"
    lines: list[str] = []
    results = await run_eval(
        corpus, load_settings(None), corpus_dir.parent / "labels", ("tuning2",), make_dispatcher(), True, lines.append
    )
    links = results[("links", "tuning2")].figures
    assert links["topics"].value == 1  # its labels are read from labels/forum2/
    assert links["requests.recall"].detail == "1/2"
    assert any(line.startswith("  links.tuning2: 301 #2") for line in lines)  # a tuning split: mistakes listed


def test_a_forum_of_its_own_reads_numeric_dates_in_the_order_split_json_gives(
    corpus_dir: Path, forum2_dir: Path
) -> None:
    """`date_order` in a forum's entry is its members' order, given to its cases' settings; the other forums
    keep the configured one, and an order that is none stops the eval with the key it read."""
    split_file = corpus_dir.parent / "split.json"
    split = json.loads(split_file.read_text(encoding="utf-8"))
    split["tuning_forum2_forum"]["date_order"] = "MDY"
    split_file.write_text(json.dumps(split), encoding="utf-8")
    corpus = Corpus.load(corpus_dir, split_file, DATA / "seed-thread.json", forum2=forum2_dir)
    settings = settings_for(load_settings(None))
    assert settings(corpus.cases["301"]).date_order == "MDY"
    assert settings(corpus.cases["101"]).date_order == "DMY"
    assert settings(corpus.cases["301"]).timezone == "America/New_York"
    split["tuning_forum2_forum"]["date_order"] = "US"
    split_file.write_text(json.dumps(split), encoding="utf-8")
    with pytest.raises(ValueError, match="date_order 'US'"):
        Corpus.load(corpus_dir, split_file, None, forum2=forum2_dir)


def test_eval_leaves_tuning2_out_of_all_without_its_folder(
    corpus_dir: Path, forum2_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    split_file = str(corpus_dir.parent / "split.json")
    labels = str(corpus_dir.parent / "labels")
    assert main(["eval", "--split", "tuning2", "--split-file", split_file, "-q"]) == 2
    assert "--forum2 DIR" in capsys.readouterr().err
    args = ["eval", "--split-file", split_file, "--labels", labels, "--corpus", str(corpus_dir), "-q"]
    assert main([*args, "--split", "tuning2", "--forum2", str(forum2_dir)]) == 0
    assert "links.tuning2.requests.recall 50.0 % (1/2)" in capsys.readouterr().out
    holdout = corpus_dir.parent / "holdout"
    holdout.mkdir()
    assert main([*args, "--split", "all", "--holdout", str(holdout)]) == 0
    printed = capsys.readouterr()
    assert "tuning2 left out" in printed.err and "links.tuning." in printed.out and ".tuning2." not in printed.out
    assert main([*args, "--split", "tuned", "--forum2", str(forum2_dir)]) == 0
    printed = capsys.readouterr()
    assert "links.tuning2.requests.recall 50.0 % (1/2)" in printed.out and "links.tuning." in printed.out
    assert ".holdout." not in printed.out and "holdout left out" not in printed.err  # never a held-out split


LATER_HOLDOUTS = {
    "holdout2": ("America/Los_Angeles", "-08:00", 400),
    "holdout3": ("Europe/London", "+00:00", 500),
    "holdout4": ("Asia/Tokyo", "+09:00", 600),
    "holdout5": ("Asia/Kolkata", "+05:30", 700),
    "holdout6": ("Asia/Kathmandu", "+05:45", 800),
}
"""The later held-out sets: each in a zone of its own (`<name>_forum`), with its own topic ids."""


def _later_holdout(corpus_dir: Path, name: str) -> Path:
    """A later held-out set (`holdout2` to `holdout6`): a call at 10 AM in its zone and an unanswered
    request, labels under `labels/<name>/`."""
    zone, offset, base = LATER_HOLDOUTS[name]
    call = (
        "<p>Registration hackathon call on 27 November 2026 at 10:00 AM: "
        '<a href="https://zoom.example.org/j/456">https://zoom.example.org/j/456</a></p>'
    )
    asked = [
        ("member", "<p>Is there a tutorial on registering two knee scans?</p>"),
        ("dev", "<p>I am not aware of one yet.</p>"),
    ]
    meeting = {"post": 1, "start": f"2026-11-27T10:00:00{offset}", "end": None, "url": "https://zoom.example.org/j/456"}
    wanted = {
        base + 1: {"link_requests": [], "meetings": [meeting]},
        base + 2: {
            "link_requests": [
                {"post": 1, "kind": "document", "answer": None, "human_answer": 2},
                {"post": 2, "kind": "other", "answer": None, "human_answer": None},  # a sure miss: a mistake to hide
            ],
            "meetings": [],
        },
    }
    return _own_split(corpus_dir, name, zone, {base + 1: [("host", call)], base + 2: asked}, wanted)


@pytest.mark.parametrize("name", list(LATER_HOLDOUTS))
async def test_a_later_holdout_is_measured_from_its_own_folder_zone_and_labels(
    corpus_dir: Path, holdout_dir: Path, name: str
) -> None:
    folder = _later_holdout(corpus_dir, name)
    zone, _, base = LATER_HOLDOUTS[name]
    split_file = corpus_dir.parent / "split.json"
    corpus = Corpus.load(corpus_dir, split_file, None, holdout=holdout_dir, **{name: folder})
    assert [c.key for c in corpus.of(name)] == [str(base + 1), str(base + 2)]
    assert [c.key for c in corpus.of("holdout")] == ["201", "202"]
    assert corpus.cases[str(base + 1)].timezone == zone
    assert corpus.cases[str(base + 1)].forum not in (corpus.cases["201"].forum, corpus.cases["101"].forum)
    assert Corpus.load(corpus_dir, split_file, None, holdout=holdout_dir).of(name) == []
    lines: list[str] = []
    results = await run_eval(
        corpus, load_settings(None), corpus_dir.parent / "labels", (name,), make_dispatcher(), True, lines.append
    )
    meetings = results[("meetings", name)].figures
    assert meetings["topics"].value == 2  # its labels are read from labels/<name>/
    assert meetings["recall"].detail == "1/1" and meetings["exact_start"].detail == "1/1"  # 10 AM in its zone
    assert results[("links", name)].figures["requests.recall"].detail == "1/2"
    assert any(r.mistakes for (_, split), r in results.items() if split == name)
    assert any(line.startswith(f"links.{name}.requests.recall ") for line in lines)
    listed = [line for line in lines if line.startswith("  ")]
    assert bool(listed) == (name in TUNED)  # a held-out split shows figures only, even when mistakes are asked for


@pytest.mark.parametrize("name", list(LATER_HOLDOUTS))
def test_eval_takes_a_later_holdout_into_all_only_with_its_folder(
    corpus_dir: Path, holdout_dir: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    folder = _later_holdout(corpus_dir, name)
    split_file = str(corpus_dir.parent / "split.json")
    args = ["eval", "--split-file", split_file, "--labels", str(corpus_dir.parent / "labels"), "-q"]
    assert main([*args, "--split", name]) == 2
    assert f"--{name} DIR" in capsys.readouterr().err
    assert main([*args, "--split", name, f"--{name}", str(folder), "--mistakes"]) == 0
    printed = capsys.readouterr().out
    assert f"links.{name}.requests.recall 50.0 % (1/2)" in printed and ("\n  " in printed) == (name in TUNED)
    everything = [*args, "--split", "all", "--corpus", str(corpus_dir), "--holdout", str(holdout_dir)]
    assert main(everything) == 0
    printed = capsys.readouterr()
    assert f"{name} left out" in printed.err and f".{name}." not in printed.out
    assert main([*everything, f"--{name}", str(folder)]) == 0
    printed = capsys.readouterr()
    assert f"{name} left out" not in printed.err and f"meetings.{name}.recall 100.0 % (1/1)" in printed.out


def test_an_interval_resamples_topics_so_requests_packed_in_one_thread_leave_it_wide() -> None:
    spread = [(2, 2), (0, 2)] * 10  # half of the requests found, over twenty topics
    packed = [(20, 20), (0, 20)] + [(0, 0)] * 18  # the same share, all from two threads
    a, b = interval(spread), interval(packed)
    assert a.value == b.value == 0.5
    assert b.low <= 0.05 and b.high >= 0.95  # either thread alone may be the whole sample
    assert 0.2 < a.low < 0.5 < a.high < 0.8
    assert interval(spread).show() == a.show()  # seeded: a run prints what the last one did
    assert interval([(0, 0)] * 3).show() == "n/a (0 topic with something to count)"
    assert interval([(1, 2), (0, 0)]).value is None  # one topic holds it all: no spread to see


async def test_timers_fire_after_the_last_post_each_at_its_own_time(corpus_dir: Path) -> None:
    """An announcement ending a thread that forgets its link is still told to its author when the
    grace period ends, in a step of its own, stamped with the timer's time."""
    forgot = "<p>The recording of today's session is available here. Click here to watch it.</p>"
    (corpus_dir / "topic_105.json").write_text(json.dumps(_topic_json(105, [("teacher", forgot)])), encoding="utf-8")
    corpus = Corpus.load(corpus_dir, corpus_dir.parent / "split.json")
    settings = load_settings(None)
    run = await Replayer(corpus, make_dispatcher(), lambda case: settings).run(corpus.cases["105"])
    post = corpus.cases["105"].topic.posts[0]
    timers = [s for s in run.steps if s.timer is not None]
    assert [s.timer for s in timers] == [f"links:missing:{post.id}"]
    assert timers[0].now == post.created_at + timedelta(minutes=settings.of(LinksSettings).grace_minutes)
    assert timers[0].post == post
    assert [a.key for a in timers[0].actions if isinstance(a, SendPrivateMessage)] == [f"pm:{post.id}:links-missing"]
    assert run.ctx().now == post.created_at  # evaluators still read memory as it stood after the last post
