"""The offline synthesis: extractive, French and English, every post read, no model.

Sentences are scored by their similarity to the thread's TF-IDF centroid (what the
thread keeps talking about), with likes as a prior. Themes are the terms most posts
share; each theme gets its best sentences from different posts. Questions that end
the debate become open questions, sentences with agreement or disagreement cues
become agreements and disagreements, and statements of organisers or staff with
decision cues become decisions: the posts say what was decided, not the title.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from bot.models import Post, Topic
from bot.text import analyse, fold
from handlers.summaries.model import Draft, Point, Theme
from handlers.summaries.text import QUESTION, STOP, sentences

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)

AGREE = re.compile(
    r"\b(d'accord|je rejoins|je plussoie|je partage|je suis pour|exactement|entierement|bravo|"
    r"agree|agreed|same here|exactly|good point|well said|i support|seconded)\b|(?:^|\s)\+1(?![=\d])",
)
DISAGREE = re.compile(
    r"\b(pas d'accord|desaccord|je ne suis pas (sur|convaincu|d'accord)|je ne pense pas|au contraire|je comprends mal|"
    r"je ne vois pas|pas convaincu|je doute|je regrette|nous regrettons|pourquoi penser|je m'interroge|"
    r"disagree|i don't think|i do not think|not convinced|on the contrary|i doubt|i'm not sure|not so sure)\b",
)
DECIDE = re.compile(
    r"\b(decid\w*|decision\w*|retenu\w*|valid\w*|acte\w*|nous allons|on va|sera|seront|prochaine etape|"
    r"compte[- ]rendu\w*|a ete|ont ete|avons (recu|decide|retenu)|nous prendrons|annul\w*|report\w*|"
    r"decided|decision|agreed|will be|we will|next step|approved|final|deadline|extended|cancelled|postponed|"
    r"has been|have been|announce\w*)\b",
)


@dataclass
class Sentence:
    post: Post
    index: int
    text: str
    terms: list[str]
    vector: dict[str, float] = field(default_factory=dict)
    score: float = 0.0
    echoes: set[int] = field(default_factory=set)
    """Later posts that repeat this sentence word for word (a synthesis quoting it)."""

    @property
    def question(self) -> bool:
        return bool(QUESTION.search(self.text))


def _key(word: str) -> str:
    """Folded, with a light plural strip so 'politiques publiques' meets 'politique publique'."""
    key = fold(word)
    return key[:-1] if len(key) > 4 and key[-1] in "sx" else key


def _terms(text: str) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """Folded content words, (key, surface) pairs, and (bigram key, surface) pairs.

    A bigram joins two content words with at most two stop-words between them, and keeps
    its surface form ('porteurs de projets') to name a theme.
    """
    out: list[str] = []
    surface: list[tuple[str, str]] = []
    bigrams: list[tuple[str, str]] = []
    prev: tuple[str, int] | None = None
    gap = 0
    for m in _TOKEN.finditer(text.replace("’", "'")):
        low = m.group(0).lower()
        parts = low.split("'")
        start = m.start()
        if len(parts) > 1 and len(parts[0]) <= 2:
            start += len(parts[0]) + 1
            low = parts[-1]
        key = _key(low)
        if len(key) > 2 and fold(low) not in STOP:
            out.append(key)
            surface.append((key, low))
            if prev is not None and gap <= 2:
                bigrams.append((f"{prev[0]} {key}", text[prev[1] : m.end()].lower()))
            prev = (key, start)
            gap = 0
        else:
            gap += 1
    return out, surface, bigrams


def _normalise(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {k: v / norm for k, v in vec.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def _length_factor(n: int) -> float:
    if n < 5:
        return n / 5
    if n > 40:
        return 40 / n
    return 1.0


@dataclass
class Reading:
    """The thread read once: sentences with scores, term statistics."""

    posts: list[Post]
    sents: list[Sentence]
    df: Counter
    surface: dict[str, Counter]
    bigram_posts: dict[str, set[int]]


def read_thread(posts: list[Post]) -> Reading:
    sents: list[Sentence] = []
    df: Counter = Counter()
    surface: dict[str, Counter] = defaultdict(Counter)
    bigram_posts: dict[str, set[int]] = defaultdict(set)
    first_seen: dict[str, Sentence] = {}
    for post in posts:
        seen: set[str] = set()
        for i, s in enumerate(sentences(analyse(post).text)):
            terms, pairs, bigrams = _terms(s)
            for key, low in pairs:
                surface[key][low] += 1
            for key, low in bigrams:
                bigram_posts[key].add(post.post_number)
                surface[key][low] += 1
            seen.update(terms)
            sentence = Sentence(post, i, s, terms)
            dedup = fold(" ".join(s.split())).strip(" .!?…\"'«»“”")
            original = first_seen.get(dedup)
            if original is not None and original.post.post_number != post.post_number:
                original.echoes.add(post.post_number)
                continue
            first_seen.setdefault(dedup, sentence)
            sents.append(sentence)
        df.update(seen)
    n = max(len(posts), 1)
    centroid: Counter = Counter()
    for sent in sents:
        tf = Counter(sent.terms)
        sent.vector = _normalise({t: c * math.log(1 + n / df[t]) for t, c in tf.items()})
        centroid.update(sent.vector)
    top = dict(centroid.most_common(200))
    centroid_vec = _normalise(top)
    for sent in sents:
        prior = 1 + 0.25 * math.log1p(sent.post.like_count) + 0.25 * len(sent.echoes)
        sent.score = _cosine(sent.vector, centroid_vec) * prior * _length_factor(len(sent.text.split()))
    return Reading(posts, sents, df, surface, bigram_posts)


def _label(reading: Reading, term: str) -> str:
    form = reading.surface[term].most_common(1)[0][0] if reading.surface.get(term) else term
    return form[:1].upper() + form[1:]


def _themes(reading: Reading, used: set[int], max_themes: int, per_theme: int) -> list[Theme]:
    n = max(len(reading.posts), 1)
    term_posts: dict[str, set[int]] = defaultdict(set)
    for s in reading.sents:
        for t in s.terms:
            term_posts[t].add(s.post.post_number)
    for key, nums in reading.bigram_posts.items():
        if len(nums) >= 2:
            term_posts[key] = nums
    min_posts = 2 if n < 60 else 3
    candidates = []
    for term, nums in term_posts.items():
        k = len(nums)
        if k < min_posts or k > 0.8 * n:
            continue
        weight = k * math.log(1 + n / k) * (1.6 if " " in term else 1.0)
        candidates.append((weight, term))
    candidates.sort(reverse=True)
    chosen: list[tuple[str, set[int]]] = []
    for _, term in candidates:
        nums = term_posts[term]
        if any(term in c or c in term or len(nums & cn) / len(nums | cn) > 0.5 for c, cn in chosen):
            continue
        chosen.append((term, nums))
        if len(chosen) == max_themes:
            break
    themes = []
    for term, _nums in chosen:
        words = term.split()
        matching = [
            s
            for s in reading.sents
            if id(s) not in used
            and all(w in s.terms for w in words)
            and not s.question
            and (len(words) == 1 or s.post.post_number in reading.bigram_posts.get(term, ()))
        ]
        matching.sort(key=lambda s: s.score, reverse=True)
        points: list[Point] = []
        posts_used: set[int] = set()
        for s in matching:
            if s.post.post_number in posts_used or len(s.text.split()) < 5:
                continue
            used.add(id(s))
            posts_used.add(s.post.post_number)
            points.append(_point(s))
            if len(points) == per_theme:
                break
        if points:
            points.sort(key=lambda p: p.post_numbers[0])
            themes.append(Theme(title=_label(reading, term), points=points))
    return themes


def _point(s: Sentence, *extra: int) -> Point:
    numbers = [s.post.post_number] + [n for n in (*extra, *sorted(s.echoes)) if n != s.post.post_number]
    return Point(text=s.text, post_numbers=numbers)


def _pick(cands: list[Sentence], used: set[int], limit: int, key=None) -> list[Point]:
    cands = sorted(cands, key=key or (lambda s: s.score), reverse=True)
    out: list[Sentence] = []
    posts_used: set[int] = set()
    for s in cands:
        if id(s) in used or s.post.post_number in posts_used:
            continue
        used.add(id(s))
        posts_used.add(s.post.post_number)
        out.append(s)
        if len(out) == limit:
            break
    out.sort(key=lambda s: (s.post.post_number, s.index))
    return [_point(s, *(s.post.reply_to_post_number,) if s.post.reply_to_post_number else ()) for s in out]


def offline_draft(topic: Topic, organisers: set[str] | frozenset[str] = frozenset(), size: str = "full") -> Draft:
    """An extractive synthesis of every regular post of `topic`."""
    posts = [p for p in topic.posts if p.is_regular]
    reading = read_thread(posts)
    max_themes, per_theme, limit = (5, 3, 4) if size == "full" else (2, 1, 2)
    long_thread = len(posts) > 100
    if size == "full" and long_thread:
        max_themes, per_theme, limit = 7, 3, 5
    used: set[int] = set()
    organisers_folded = {fold(o) for o in organisers}
    opening = topic.post(1)
    if opening is not None:
        organisers_folded.add(fold(opening.username))

    def is_organiser(p: Post) -> bool:
        return p.staff or fold(p.username) in organisers_folded

    last = max((p.post_number for p in posts), default=0)
    decisions = _pick(
        [s for s in reading.sents if is_organiser(s.post) and DECIDE.search(fold(s.text)) and not s.question],
        used,
        limit,
        key=lambda s: (s.post.post_number / max(last, 1)) + s.score,
    )
    disagreements = _pick(
        [s for s in reading.sents if DISAGREE.search(fold(s.text)) and len(s.text.split()) >= 6], used, limit
    )
    agreements = _pick(
        [s for s in reading.sents if AGREE.search(fold(s.text)) and len(s.text.split()) >= 6], used, limit
    )
    questions = _pick(
        [s for s in reading.sents if s.question and len(s.text.split()) >= 5 and fold(s.text) != fold(topic.title)],
        used,
        limit,
        key=lambda s: s.score * (1 + s.post.post_number / max(last, 1)),
    )
    themes = _themes(reading, used, max_themes, per_theme)
    return Draft(
        question=_question(topic),
        themes=themes,
        agreements=agreements,
        disagreements=disagreements,
        open_questions=questions,
        decisions=decisions,
    )


def _question(topic: Topic) -> str:
    first = topic.post(1)
    if first is not None:
        for s in sentences(analyse(first).text):
            if QUESTION.search(s) and len(s.split()) >= 4:
                return s
    return topic.title
