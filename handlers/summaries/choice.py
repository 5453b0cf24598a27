"""An option chosen in plain words ("On part donc sur l'option B", "ce sera la salle 2", "we're going
with B", "it'll be option B then"): a decision only when what it picks is one of the options the
thread weighed, or when the sentence says it concludes.

The same words tell a plan or a state as often as a choice: "Samedi on part sur Lyon à 8h" is a
trip, "we're going with the juniors" company, "ce sera cher" a cost. What a choice picks is an
option when it is called one ("l'option B", "la proposition de Bruno"), is a poll's option, or
was named beside an alternative earlier in the thread ("Lyon ou Grenoble", "between the hall and
the garden", "je penche pour B"); else the sentence must conclude ("donc", "finalement", "c'est
décidé", "so …", "… then"). A choice on a condition ("si…", "if…", "whether…") or hedged ("ce sera
peut-être…") picks nothing yet; a condition after it, in a clause of its own, is about something
else ("on part sur Lyon, dites-moi si vous ne pouvez pas venir").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import dropwhile

from bot.models import Post
from bot.text import analyse, fold
from handlers.proposals.polls import option_text
from handlers.summaries.text import STOP, sentences

CHOOSE = re.compile(
    r"\b(?:(?P<verb>on part (?:donc |alors |finalement )?sur|(?:we are|we're|we will|we'll) go(?:ing)? (?:ahead )?with)"
    r"|(?:ce|ca) sera|it(?:'ll| will) be)\b"
)
"""Words that may pick an option: a verb of choosing, or a copula ("ce sera", "it'll be") that
picks only a thing named with its article ("la salle 2"), never a quality ("plus simple")."""
CONCLUDES = re.compile(
    r"\b(?:donc|finalement|au final|en fin de compte|en definitive|c'est (?:decide|acte|tranche|valide|confirme)|"
    r"finally|in the end|eventually|therefore|it's (?:decided|agreed|confirmed)|settled)\b|"
    r"\w\W+alors\b|^\W*so\b|\bthen\W*$"
)
"""A sentence that says it concludes: "donc", "finalement", "alors" after a word, "so" opening it,
"then" closing it ("Alors, …" opening a French sentence is only a way to start talking)."""
CONDITION = re.compile(r"\b(?<!meme )(?<!even )(?:si|s'il|s'ils|sinon|au cas ou|if|unless|whether|otherwise|in case)\b")
"""A condition, which holds a choice back when it comes before it or in its clause."""
_OPENS_CLAUSE = re.compile(rf"\W*(?:(?:sauf|mais|seulement|except|but|only) )?(?:{CONDITION.pattern})")
"""A condition opening a clause after the choice governs it too ("…, sauf si…", "…, unless…");
one inside a later clause is another verb's ("…, tell me if you can't come")."""
OPTION = re.compile(
    r"\b(?:options?|propositions?|proposals?|choix|choices?|scenarios?|variantes?|variants?|formules?|"
    r"alternatives?|plans?)\b"
)
"""What is called an option ("l'option B", "la proposition de Bruno", "plan B")."""
HEDGES = frozenset(["peut", "probablement", "surement", "sans", "maybe", "probably", "perhaps", "likely"])
DEFINITE = frozenset(["le", "la", "les", "l", "the"])
_SKIP = frozenset(["donc", "alors", "finalement", "bien", "so", "then", "finally", "definitely"])
_WORD = re.compile(r"[a-z0-9]+")
_CLAUSE = re.compile(r"[^.;:!?()]+")
_PUNCT = re.compile(r"[,;:.!?()]")
BESIDE = re.compile(r"\b(?:ou|or|vs|versus|plutot que|rather than|instead of|au lieu de)\b")
"""An alternative named on either side ("Lyon ou Grenoble")."""
PREFERRED = re.compile(r"\b(?:plutot que|rather than|instead of|au lieu de)\b")
"""An alternative the sentence itself sets aside ("Lyon plutôt que Grenoble"): the only one a
choosing sentence may name; "Lyon ou Grenoble" there leaves the choice open."""
OFFERED = re.compile(
    r"\b(?:entre|between|options?|choix|choices?|(?:je|j'|i) (?:penche|lean|vote|prefere|prefer|propose|suggere|"
    r"suggest)\w*(?: pour| for| towards| to)?)\b"
)
"""Options named after these words ("entre la salle 1 et la salle 2", "je penche pour B")."""
NEAR = 2
"""Content words on each side of a marker read as an option's name."""


def _content(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if w not in STOP]


def options_in(text: str, markers: re.Pattern[str] = BESIDE, offered: bool = True) -> set[str]:
    """Words of `text` named as options: next to `markers` on both sides, after `OFFERED` ones
    ("où", where, is no "ou", or)."""
    out: set[str] = set()
    for clause in _CLAUSE.findall(fold(text.lower().replace("où", " "))):
        # The clause's words read once: a marker stands between words (`\b`), so the words before it
        # are those that end by its start, the words after it those that start from its end.
        found = [w for w in _WORD.finditer(clause) if w.group(0) not in STOP]
        ends, starts = [w.end() for w in found], [w.start() for w in found]
        for m in markers.finditer(clause):
            before = bisect_right(ends, m.start())
            after = bisect_left(starts, m.end())
            out.update(w.group(0) for w in found[max(0, before - NEAR) : before] + found[after : after + NEAR])
        for m in OFFERED.finditer(clause) if offered else ():
            after = bisect_left(starts, m.end())
            out.update(w.group(0) for w in found[after : after + NEAR])
    return out


def chooses(folded: str, named: Iterable[str] = ()) -> bool:
    """`folded` (a sentence, folded) picks an option: one of `named` (options the thread weighed) or
    called one, or, when it says it concludes, a thing named with its article."""
    m = CHOOSE.search(folded)
    if m is None:
        return False
    clause, *after = _PUNCT.split(folded[m.end() :])
    if CONDITION.search(folded, 0, m.start()) or CONDITION.search(clause) or any(map(_OPENS_CLAUSE.match, after)):
        return False
    # What it picks, to the clause's end, its words read once.
    said = list(dropwhile(_SKIP.__contains__, _WORD.findall(clause)))
    if not said or said[0] in HEDGES or "ou" in said or "or" in said:
        return False
    content = [w for w in said if w not in STOP][:3]
    weighed = set(named) | options_in(folded, PREFERRED, offered=False)
    if OPTION.search(" ".join(content)) or weighed.intersection(content[:NEAR]):
        return True
    return bool(CONCLUDES.search(folded)) and (m.group("verb") is not None or said[0] in DEFINITE)


@dataclass
class Weighed:
    """The options a thread weighed, read once and only when a sentence may choose: words named
    beside an alternative, sentence by sentence, and the words of its polls' options."""

    title: str
    posts: Sequence[Post]

    @cached_property
    def named(self) -> list[tuple[tuple[int, int], frozenset[str]]]:
        """The options each sentence names, with where it is (post number, sentence index), in thread order."""
        out = [((0, 0), frozenset(options_in(self.title)))]
        for post in self.posts:
            for i, s in enumerate(sentences(analyse(post).text)):
                if found := options_in(s):
                    out.append(((post.post_number, i), frozenset(found)))
        return out

    @cached_property
    def polled(self) -> frozenset[str]:
        return frozenset(
            w for p in self.posts for poll in p.polls for o in poll.options for w in _content(fold(option_text(o.html)))
        )

    def chosen(self, folded: str, post_number: int, index: int) -> bool:
        """Sentence `index` of post `post_number` picks one of the options named before it."""
        if not CHOOSE.search(folded):
            return False
        named = set(self.polled).union(*(words for where, words in self.named if where < (post_number, index)))
        return chooses(folded, named)

    def chosen_in(self, folded: str, post: Post) -> bool:
        """`folded`, said in `post`, picks one of the options named before it: before that sentence
        when it is one of the post's, else (reworded) before the post's end."""
        said = [fold(" ".join(s.split())) for s in sentences(analyse(post).text)]
        return self.chosen(folded, post.post_number, said.index(folded) if folded in said else len(said))
