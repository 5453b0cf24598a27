"""Draw the second forum's tuning threads (`tuning_forum2` in `split.json`) from the public archive.

The rule is fixed in `split.json` (`tuning_forum2_rule`) before any thread is read; this script
is that rule, so the draw can be repeated from a checkout of the archive at the same commit:

    python eval/draw_forum2.py /tmp/slicer

It prints the drawn ids (cue threads first, then meeting titles, then the second draw's threads
with a reply asking about a link, then the third draw's asking first posts and plain link replies,
then the fourth draw's questions naming a URL or download and reports of a failing one);
it writes nothing. The fifth and sixth draws follow holdout2's rule: `eval/draw_holdout2.py`.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HEADING = re.compile(r"^## Post #(\d+) by @\S+ \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)\s*$", re.M)
FRONT_DATE = re.compile(r"^date:\s*(\d{4}-\d\d-\d\d)\s*$", re.M)
FRONT_TITLE = re.compile(r"^title:\s*\"?(.*?)\"?\s*$", re.M)
CUE = re.compile(r"\b(links?|recordings?|slides|videos?|zoom)\b|where can i (find|download)", re.I)
MEETING_TITLE = re.compile(r"\b(meetings?|webinars?|courses?|workshops?|project ?week)\b", re.I)
TAG = re.compile(r"<[^>]+>")
FIRST, LAST = "2019-01-01", "2021-12-31"
MAX_POSTS, CUES, TITLES, SEED = 30, 25, 15, 2028
REPLY_CUE = re.compile(r"\b(links?|recordings?|recorded|slides|videos?|zoom|url|download)\b", re.I)
REPLIES, REPLY_SEED = 40, 2029
FIRST_CUE = re.compile(
    r"\b(links?|recordings?|recorded|slides|videos?|webinar|url|download|documentation|tutorials?)\b", re.I
)
ASKS, ASK_SEED, LINK_REPLIES, LINK_SEED = 40, 2030, 20, 2031
LINK_WORD = re.compile(r"\blink", re.I)
SENTENCE = re.compile(r"[^.!?\n]*[.!?\n]?")
URL_ASK = re.compile(r"\b(links?|urls?|download\w*|recordings?|dicomweb|website|webpage)\b", re.I)
URL_WORD = re.compile(r"\b(links?|urls?|download\w*)\b", re.I)
TROUBLE = re.compile(r"\b(broken|404|error\w*|fail\w*|not work\w*|dead|cannot|can't|unable)\b", re.I)
URL_ASKS, URL_SEED, TROUBLES, TROUBLE_SEED = 40, 2032, 20, 2033
SPLIT = str(Path(__file__).with_name("split.json"))


def _threads(
    archive: str, drawn: set[int], split: str, first: str = FIRST, last: str = LAST
) -> list[tuple[int, str, list[tuple[int, str]]]]:
    """Each thread dated `first` to `last` of the draws' sizes, outside the holdout and `drawn`,
    sorted by id: its title and its posts (number, text with HTML tags removed) in order."""
    holdout = {int(t) for t in json.loads(Path(split).read_text(encoding="utf-8"))["holdout"]}
    threads = []
    for path in Path(archive, "archive", "rendered-topics").rglob("*-id*.md"):
        topic = int(path.stem.rsplit("-id", 1)[1])
        text = path.read_text(encoding="utf-8")
        day = FRONT_DATE.search(text)
        if topic in holdout or topic in drawn or day is None or not first <= day.group(1) <= last:
            continue
        posts = list(HEADING.finditer(text))
        if not 1 <= len(posts) <= MAX_POSTS:
            continue
        title = FRONT_TITLE.search(text)
        ends = [post.start() for post in posts[1:]] + [len(text)]
        texts = [
            (int(post.group(1)), TAG.sub(" ", text[post.end() : end])) for post, end in zip(posts, ends, strict=True)
        ]
        threads.append((topic, title.group(1) if title is not None else "", texts))
    return sorted(threads)


def draw(archive: str, split: str = SPLIT) -> tuple[list[int], list[int]]:
    """`CUES` threads among those whose posts hold a link-request cue and whose title names no
    meeting, then `TITLES` among those whose title names one; ids sorted before sampling."""
    cues, titles = [], []
    for topic, title, posts in _threads(archive, set(), split):
        if MEETING_TITLE.search(title):
            titles.append(topic)
        elif CUE.search(" ".join(text for _, text in posts)):
            cues.append(topic)
    rng = random.Random(SEED)
    return rng.sample(cues, CUES), rng.sample(titles, TITLES)


def draw_replies(archive: str, drawn: set[int], split: str = SPLIT) -> list[int]:
    """The second draw, for threads dense in link requests (the first held 5): `REPLIES` threads
    of the same dates and sizes, outside the holdout and the first draw, where a reply (post 2 on)
    holds a '?' and a `REPLY_CUE` word; ids sorted before sampling."""
    found = [
        topic
        for topic, _, posts in _threads(archive, drawn, split)
        if any(number > 1 and "?" in text and REPLY_CUE.search(text) for number, text in posts)
    ]
    return random.Random(REPLY_SEED).sample(found, REPLIES)


def draw_asks(archive: str, drawn: set[int], split: str = SPLIT) -> tuple[list[int], list[int]]:
    """The third draw, for varied requests: `ASKS` threads whose first post holds a '?' or
    "please" and a `FIRST_CUE` word (`random.Random(2030)`), then, for false requests, `LINK_REPLIES`
    among the rest whose replies hold "link" in a post without '?' (`random.Random(2031)`)."""
    threads = [(topic, [text for _, text in posts]) for topic, _, posts in _threads(archive, drawn, split)]
    asks = [
        topic
        for topic, texts in threads
        if ("?" in texts[0] or "please" in texts[0].lower()) and FIRST_CUE.search(texts[0])
    ]
    picked = random.Random(ASK_SEED).sample(asks, ASKS)
    plain = [
        topic
        for topic, texts in threads
        if topic not in picked and any(LINK_WORD.search(t) and "?" not in t for t in texts[1:])
    ]
    return picked, random.Random(LINK_SEED).sample(plain, LINK_REPLIES)


def draw_urls(archive: str, drawn: set[int], split: str = SPLIT) -> tuple[list[int], list[int]]:
    """The fourth draw, for precision: `URL_ASKS` threads where a post holds a question sentence
    naming a link, URL, download or recording (`random.Random(2032)`), then `TROUBLES` among the
    others where a sentence names a link, URL or download and a failure (`random.Random(2033)`);
    most such posts ask for help with the software, not for a link."""
    asks: list[int] = []
    troubles: list[int] = []
    for topic, _, posts in _threads(archive, drawn, split):
        sentences = [m.group(0) for _, text in posts for m in SENTENCE.finditer(text)]
        if any(s.endswith("?") and URL_ASK.search(s) for s in sentences):
            asks.append(topic)
        elif any(URL_WORD.search(s) and TROUBLE.search(s) for s in sentences):
            troubles.append(topic)
    return random.Random(URL_SEED).sample(asks, URL_ASKS), random.Random(TROUBLE_SEED).sample(troubles, TROUBLES)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python eval/draw_forum2.py ARCHIVE_CHECKOUT", file=sys.stderr)
        sys.exit(2)
    drawn_cues, drawn_titles = draw(sys.argv[1])
    drawn_replies = draw_replies(sys.argv[1], {*drawn_cues, *drawn_titles})
    drawn_asks, drawn_links = draw_asks(sys.argv[1], {*drawn_cues, *drawn_titles, *drawn_replies})
    drawn = {"cues": drawn_cues, "titles": drawn_titles, "replies": drawn_replies}
    before = {*drawn_cues, *drawn_titles, *drawn_replies, *drawn_asks, *drawn_links}
    drawn_urls, drawn_troubles = draw_urls(sys.argv[1], before)
    fourth = {"urls": drawn_urls, "troubles": drawn_troubles}
    print(json.dumps({**drawn, "asks": drawn_asks, "links": drawn_links, **fourth}))
