"""Five thousand adversarial posts through every handler: scribe's writes ping nobody it did
not mean to, and carry no raw HTML, no member BBCode, no link but http(s) or the forum's."""

from __future__ import annotations

from bot import actions as A
from bot.fuzz import Report, audit, check, run


async def test_fuzzed_topics_leave_no_trace_in_what_scribe_posts():
    report = await run(5000, seed=20261201)
    assert report.posts == 5000
    assert report.writes > 2500, "the fuzzed topics must make every handler write"
    figures = report.figures()
    bad = {k: v for k, v in figures.items() if k not in ("fuzz.posts", "fuzz.writes") and v}
    assert not bad, "\n\n".join([str(bad), *report.examples])


def test_the_fuzz_counts_what_it_looks_for():
    """A write that pings, carries HTML, BBCode and a foreign link is counted, and the
    names a write means to notify are not."""
    report = Report()
    write = A.ReplyToPost(
        "k", 1, "Bonjour @alice @bob\n\nvoir <iframe src=x></iframe> [event]x[/event] [x](ftp://h)", mentions=("alice",)
    )
    check(write, report)
    assert report.writes == 1
    assert report.unintended_pings == 0 and report.raw_html == 0, "the outbox's net defuses pings and tags"
    assert report.member_bbcode == 2 and report.foreign_links == 1
    assert report.before_net == 6
    assert audit(write.raw, write.mentions).pings == ["bob"]


def test_bench_prints_the_fuzz_figures(capsys):
    from bot.cli import main

    assert main(["bench", "--fuzz", "60", "--seed", "7"]) == 0
    lines = dict(line.split(" ", 1) for line in capsys.readouterr().out.splitlines() if line.startswith("fuzz."))
    assert lines["fuzz.posts"] == "60 posts"
    for name in ("crashes", "unintended_pings", "raw_html", "member_bbcode", "foreign_links", "before_net"):
        assert lines[f"fuzz.{name}"] == "0 findings"
