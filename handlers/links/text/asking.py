"""Which sentence of a post asks for a missing link: the plea and request tables read in order, a long post
also by its closing lines, "it" read as the thing the sentence before names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.text import ANALYSED, fold
from handlers.links.text.broken import broken_sentence
from handlers.links.text.exclusions import NOT_A_LINK, after_solved, for_a_link, is_over, own_trouble
from handlers.links.text.pleas import guide_plea, plea_sentence
from handlers.links.text.requests import REQUESTS
from handlers.links.text.statements import statement_sentence
from handlers.links.text.words import (
    BUT,
    CONTROL,
    EMOJI,
    KEPT_FR,
    SENTENCES,
    THING_EN,
    UNBROKEN,
    WHO,
    compiled,
    normalise,
    sentence_of,
)

_MAYBE = re.compile(
    r"\b(?:lien|link|url|record|video|lectur|playlist|slide|form|regist|exam|roe\b|oppe|paper|assign|ga ?\d|ga\b|"
    r"module|project|calend|course|material|resource|notes|document|sheet|pdf|peer|mail|e-?mail|intimation|notif|join|attend|"
    r"notebook|transcript|dataset|session|download|invit|data\b|tutorial|demo|doc|manual|guide|agenda|sign ?up|"
    r"enrol|talk|class|upload|source code|(?:\b|_)logs?\b|log files?|learn|from where|"
    r"where to look|where can (?:i|we) get|example|sample|publication|release ?note|change ?log|"
    r"enregistr|replay|inscri|diapo|tuto|manuel|notice|mode d'emploi|telecharg|support|compte|pad\b|programme|"
    r"manqu|semble|filme|script|extension|plugin|result|score|marks|quiz|tests?\b|devoir|projet|partiel|controle|content|"
    r"ticket|admit|presentation|answer ?keys?|\bcr\b|ordre du jour|frama|helloasso|connect|rejoin|particip|acced|"
    r"adresse|questionnaire|billet|introuvable|dossier|sondage|visio|revoir|visionner|\bentrer\b|\brapports?\b|differe|"
    r"rattraper|plateforme|branche|resume|s'est dit|a ete dit|cliquer|retransmission|endroit ou|reserv|adhe|"
    r"renouvel|cotis|affiche|flyer|budget|reglement|tableur|prend(?:re)? (?:des |les |mes )?places|quelque part|"
    rf"{KEPT_FR}|"
    r"add-?on|files\b|scans\b|instructions? (?:on|for|about) how\b|code\b|repositor|referenc|pointer|installer|snippet|"
    r"article|wiki|write-?up|literature|walk-?through|how-?to|which (?:source )?(?:file|folder|director)|"
    r"roll ?n(?:o|umber)|criteri|rubric|submi|minutes|zoom|stream|webinar|\bcall\b|drive\b|ppt|cut off|"
    r"jitsi|webex|whereby|"
    r"si oui,? (?:c'est )?ou\b|contrats?\b|c'est ou pour (?:ce soir|demain|cet apres-midi|ce matin|tout a l'heure)\b|"
    r"\?\s*(?:et )?c'est ou\s*\?|c'est ou qu'on vote\b|"
    r"after (?:the |that |this |your )?(?:colon|message|heading)|and then nothing|nothing (?:is )?(?:there )?"
    r"(?:below|under)|rien (?:apres|en dessous|dessous|sous)|deck|paste|rsvp|clickable|"
    r"nothing (?:is |shows? |appears )?(?:there )?after|\bpj\b|piece jointe|attach|anything (?:under|below|after)|"
    r"where is (?:the|that|your) \W?(?:here|below)|(?:y a|il y a|y'a|ya) rien|voici ou|"
    r"where (?:can |do |should |to )?(?:i |we |u |you )?(?:watch|rewatch|view|join|connect)|"
    r"rien ci-dessous|which (?:zoom|jitsi|meet|teams|bbb|webex|whereby|visio)|here\W{0,6}where|nothing is there|"
    r"(?:below|above)\W{0,6}where|(?:ci-?dessous|en dessous|ici)\W{0,12}(?:il est |elle est |c'est )?(?:ou|=)\W{0,3}\?|"
    r"ou ca,? (?:ci-?dessous|en dessous|ici)|\broom\b|\bsalle\b|qcm|photos|albums?|en direct)"
)
"""Words one of which every request names: posts without any skip the pattern tables."""


_LINK_WORD = re.compile(r"lien|link|url")
"""The first table asks for a link by that word; without it, only statements can be requests."""


LONG_POST = 600
"""Requests are short (on the course forum 54 of 56 are under 500 characters): in a longer post,
"I can't see the video" is a detail of a problem report or a discussion. Past twice this, even
the word "link" is, but for a plea for a guide or a question whether one exists (`guide_plea`)."""
CLOSING = 300
"""A long post is also read by its closing lines alone, up to this many characters: a long report
on a support forum puts its question last ("…Is there any other tutorial I could follow? Thanks!").
Only a question or a plea counts there; a statement stays a detail of the report."""


_LACKING_ONE = re.compile(
    r"\b(?:i|we) (?:don't|do not|didn't|did not|still don't|haven't|have not) (?:have|got)\b"
    r"|\b(?:je|nous) n'(?:ai|avons)\b"
)
_SORRY = re.compile(
    r"\b(?:sorry|i'm afraid|i am afraid|desolee?s?|navree?s?)\b(?!\s+(?:for|to|if|about|de|pour|si|d')\b)"
)
"""Someone saying they have no link to give ("I don't have a link for that yet, sorry"), apologising
rather than asking: an answer to a request, not one (no question in the sentence)."""
_POINTED = re.compile(
    r"\bbut (?:you|u|one) (?:can|could|may|will|should) (?:find|get|see|download|grab|look)\b"
    r"|\b(?:in front of me|to hand|at hand|on hand|handy)\b"
)
"""Saying one has no link and where it is ("I don't have it, but you can find it on the dashboard"), or that one has
it elsewhere ("I don't have the link in front of me, but yes"): an answer."""


_PLEASE = re.compile(r"\b(?:please|pls|plz|kindly|svp|stp|merci de)\b")
"""A plea, in English or French: a list point holding one asks."""
_SEE_TO_IT = re.compile(
    r"\b(?:i|we)(?: will|'ll| shall| can| could) (?:post|share|send|upload|add|put|ask|get|check with|update)\b"
    r"|\b(?:je|on|nous) (?:vous |te |leur )?(?:le |la |les |l')?(?:(?:r?envoie|partage|poste|mett|donne|transmett|"
    r"ajoute)r(?:ai|a|ons)|r?enverr(?:ai|a|ons))\b"
    r"|\b(?:je|on|nous) (?:vais|va|allons|peux|peut|pouvons|viens de|vient de|venons de) (?:vous |te |leur )?"
    r"(?:le |la |les |l')?(?:demander|envoyer|renvoyer|partager|poster|mettre|transmettre|ajouter)\b"
    r"|\b(?:je|on) (?:te|vous|leur) (?:le |la |les |l')(?:r?envoie|transmets|transmet|passe)\b"
)
"""The writer will give the link or ask for it themselves, or has just sent it ("no link yet, I will post it tomorrow",
"je n'ai pas le lien, je vais le demander à Paul", "je viens de te le renvoyer en MP", "je te l'envoie en MP"): an
answer, unless the post also asks or pleads (`_PLEADS`)."""
_MENDED = re.compile(
    r"\b(?:j'avais|j'ai|on avait|nous avions|i had|i) (?:oublie|forgot(?:ten)?)\b[^.!?\n]{0,60}?"
    r"\b(?:(?:le |la |les )?(?:voici|voila)|here (?:it is|they are)|here's)\b"
)
"""The writer owning up to a link forgotten and giving it ("Edit : j'avais oublié le lien visio, le voici : …"):
the link, not a request."""
_GIVES_IT = re.compile(
    r"\b(?:(?:le|la|les) voici|voici (?:le|la|les|ton|votre) (?:lien|formulaire)|c'est (?:celui|celle)-(?:la|ci)|"
    r"voila (?:le|la|les) (?:lien|formulaire)|"
    r"je (?:te |vous )?(?:le |la |les )?(?:remets|reposte|colle|mets) (?:ici|le lien|dessous)|here it is|here you go)\b"
    r"[^?\n]{0,60}?https?://[^?\s]+[^?]*$|"
    r"^[^?]*https?://[^?\s]+[^?]*\b(?:tu as|t'as|vous avez|(?:il|elle) a) oublie "
    r"(?:le|la|les) (?:lien|formulaire)[^?]*$|"
    r"\bj'(?:(?:ai|avais) oublie|oubliais) (?:le|la|les) (?:lien|formulaire)\b[^?]*https?://[^?\s]+[^?]*$|"
    r"^[^?]*https?://[^?\s]+[^?]*\b(?:le )?lien (?:a|avait) saute\b[^?]*$"
)
"""Words giving a link, the link after them and no question after it, whoever forgot it ("Paul a oublié le lien je
crois, le voici : https://…", "Thierry a oublié le lien 😄 c'est celui-là : https://…"), or a link given before saying
its announcer forgot it, and no question ("Je l'ai eu par la fédé : https://… Dominique tu as oublié le lien 😉"), or
its writer owning up and giving it ("j'avais oublié le lien 🙈 … cette fois le lien est là : https://…", "https://…
(le lien a sauté au copier-coller)"): the link, not a request."""
_PLEADS = re.compile(rf"\?|{_PLEASE.pattern}|\b(?:could|can|would|will) {WHO}\b")
"""A question, a plea, or someone asked to do something, anywhere in a post."""


def pleads(text: str) -> bool:
    """The post asks a question or pleads ("?", "stp", "could you")."""
    return bool(_PLEADS.search(fold(text)))


@lru_cache(maxsize=ANALYSED)
def request_sentence(text: str) -> str | None:
    """The sentence of a post that asks for a missing link (folded), or None: what it asks for is
    read there ("…even in GA2 all these create issues. Is there any guide?" asks for a guide).
    Saying one has no link, with an apology and no question, answers a request (`_SORRY`); only what follows
    a trouble said to be over is read (`after_solved`)."""
    if _GIVES_IT.search(fold(text)):
        return None  # "Paul a oublié le lien, le voici : https://…": the link, not a request
    folded = _REPORTED.sub(" ", after_solved(normalise(fold(text))))
    if not _MAYBE.search(folded):
        return None
    found = _asking_sentence(folded) if len(folded) <= LONG_POST * 2 else guide_plea(folded)
    if found is None and len(folded) <= LONG_POST and _AN_EMOJI.search(folded):
        found = _asking_sentence(folded, UNBROKEN)  # "je suis sur le jitsi toute seule 😭 c'est où ?": one sentence
    if found is None and len(folded) > LONG_POST and not is_over(folded):
        closing = _closing(folded)
        asked = _asking_sentence(closing)
        found = asked if asked is not None and ("?" in asked or _asks(closing, asked)) else None
    if found is not None and _side_remark(folded, found):
        return None
    if found is not None and _SEE_TO_IT.search(folded) and not _PLEADS.search(folded):
        return None
    if found is not None and _MENDED.search(found) and "http" in folded and "?" not in found:
        return None
    if (
        found is not None
        and _LACKING_ONE.search(found)
        and (_SORRY.search(folded) or _POINTED.search(found))
        and not _asks(folded, found)
    ):
        return None
    return found


_AN_EMOJI = re.compile(EMOJI)
"""An emoji, which may end a sentence (`SENTENCES`)."""
_REPORTED = re.compile(r"«[^»\n]{1,60}\?\s*»")
"""A question quoted inside a sentence ("on voit souvent des « vous avez le lien ? » dans les fils"): told of, not
asked."""
_LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022]|\d{1,2}\))\s+")
"""The mark a list point opens on, kept in its sentence ("- ", "2) ")."""
_NUMBERED = re.compile(r"(?:^|\n)[ \t]*\d{1,2}\.\s*$")
"""A point's number ending on a dot ("2. "), which the sentence cut leaves in the sentence before."""
_QUESTION = re.compile(r"\?(?=\s|$)")
"""A question mark ending a question, not one inside an address ("page?id=3")."""
OTHER_QUESTIONS = 2
"""Questions besides a list item that make it one point of several."""


def _side_remark(folded: str, sentence: str) -> bool:
    """One point of a list of questions, stated without asking ("- when is the deadline? - the solutions
    for week 4 are not visible to us. - are the scores final?"): the post asks about its points, a link
    among them is not what it asks for. A point that asks ("- any practice material?", "- please share
    the slides") or names the link is a request all the same."""
    if not _list_point(folded, sentence) or _LINK_WORD.search(sentence) or _PLEASE.search(sentence):
        return False
    return not _asks(folded, sentence) and len(_QUESTION.findall(folded.replace(sentence, " "))) >= OTHER_QUESTIONS


def _list_point(folded: str, sentence: str) -> bool:
    """The sentence opens a point of a list, whether marked "- ", "2) " or "2. "."""
    text, at = _located(folded, sentence)
    return bool(_LIST_ITEM.match(sentence)) or (at > 0 and bool(_NUMBERED.search(text, 0, at)))


def _closing(folded: str) -> str:
    """The last lines of a post, whole, up to `CLOSING` characters."""
    lines = folded.rstrip().split("\n")
    size, start = 0, len(lines)
    while start > 0 and size + len(lines[start - 1]) <= CLOSING:
        start -= 1
        size += len(lines[start]) + 1
    return "\n".join(lines[start:])


def _asks(folded: str, sentence: str) -> bool:
    """The sentence ends with a question mark, or asks someone to do something."""
    text, at = _located(folded, sentence)
    end = at + len(sentence)
    questioned = at >= 0 and text[end : end + 1] == "?"
    return questioned or bool(re.search(rf"\b(?:could|can|would|will) {WHO}\b", sentence))


def _located(folded: str, sentence: str) -> tuple[str, int]:
    """The post holding the asking sentence and where it starts there (-1 if nowhere): as written, or with
    "it" read as the thing named before (`_resolve_back`), as the tables read it."""
    at = folded.find(sentence)
    if at >= 0:
        return folded, at
    resolved = _resolve_back(folded)
    return resolved, resolved.find(sentence)


def _asking_sentence(folded: str, split: re.Pattern[str] = SENTENCES) -> str | None:
    """The sentence the tables take for a request in a folded post, or None; `split`: where its sentences end."""
    if is_over(folded):
        return None
    broken = broken_sentence(folded)
    if broken is not None:
        return broken
    trouble = own_trouble(folded)
    long = len(folded) > LONG_POST
    folded = _resolve_back(folded)
    # only the sentences that name something a link leads to go through the tables, and a "but" that goes on
    folded = "\n".join(_kept(split.split(folded)))
    # a plea for a guide, code or data, or a question whether one exists, counts even in a report of one's trouble
    plea = plea_sentence(folded)
    if plea is not None:
        return plea
    if not _LINK_WORD.search(folded):
        # without the word "link", a post reporting an error, or a long one, is about something else
        return None if trouble or long else statement_sentence(folded)
    for pattern in REQUESTS:
        m = compiled(pattern).search(folded)
        if m and for_a_link(folded, m):
            return sentence_of(folded, m)
    return statement_sentence(folded)


_GOES_ON = re.compile(rf"{BUT}\b")
"""A sentence going on from the one before, against it."""


_WHERE_THEN = re.compile(r"\W*(?:et )?(?:c'est (?:par )?)?ou\s*\?")
"""A sentence asking where, of the one before ("C'est trop tard pour s'inscrire ? c'est où ?", "… ? où ?")."""


def _kept(sentences: list[str]) -> list[str]:
    """The sentences naming something a link leads to, each with the one after it when that one opens on
    "but" ("The quiz was supposed to open today. But I can't find it.") or asks where (`_WHERE_THEN`)."""
    kept: list[str] = []
    named = False
    for s in sentences:
        named = bool(_MAYBE.search(s)) or (named and bool(_GOES_ON.match(s) or _WHERE_THEN.match(s)))
        if named:
            kept.append(s)
    return kept


_THING_RE = re.compile(rf"\b{THING_EN}\b")
_PART_RE = re.compile(CONTROL)
"""A part of the program named after the thing: "it" then means that part ("the tutorial says to click
Apply but there is no Apply button. Where is it?")."""
_PLACE = re.compile(r"\b(?:in|within|inside|on|from|into|under|at) (?:the |this |that |our |your |a )?$")
"""Before a thing named as where something else is ("is the password given in the documentation?"): "it"
after that means the something else."""


def _named(sentence: str) -> re.Match[str] | None:
    """The first thing a sentence names that is not the place where something else is."""
    return next((m for m in _THING_RE.finditer(sentence) if not _PLACE.search(sentence, 0, m.start())), None)


_BACK = re.compile(r"\b(?:it|this|that|them|these|those)(?=\s*[?.!]*\s*$)")
_ADD_ON = re.compile(r"\b(?:extension|plugin|add-?on)\b")
"""An add-on one installs, named by its name ("the PelvisMapper extension"): "where can I find it?"
right after asks where to get that add-on."""


def _resolve_back(folded: str) -> str:
    """A sentence ending on "it"/"this" speaks of the thing the sentence before names ("I'd like the
    companion notebook. Where can we access this?"): the thing is written in its place."""
    sentences = SENTENCES.split(folded)
    for i in range(1, len(sentences)):
        named = _named(sentences[i - 1])
        if named and NOT_A_LINK.search(sentences[i - 1], 0, named.start()):
            continue  # "a bonus mark for every peer review. Will we get it?": "it" is the bonus
        if named and not _THING_RE.search(sentences[i]) and not _PART_RE.search(sentences[i - 1], named.end()):
            sentences[i] = _BACK.sub(f"the {named.group(0)}", sentences[i], count=1)
        elif not named and (add_on := _ADD_ON.search(sentences[i - 1])) and not _THING_RE.search(sentences[i]):
            sentences[i] = _BACK.sub(f"the {add_on.group(0)}", sentences[i], count=1)
    return " ".join(sentences)


QUOTED = 40
"""Characters an asking sentence needs before it is compared with earlier posts: a short one ("any
tutorial?") is asked again in its own right, a long one copied word for word is a quotation."""


def copied_from(text: str, earlier: Iterable[str]) -> int | None:
    """Which earlier post (by its place in `earlier`) first holds the sentence that asks, copied word for word
    (list marks and line breaks aside), or None: a reply restating each question of the post it answers
    ("- is there any tutorial on…?" then the answer) asks nothing itself, unlike its asker asking again."""
    sentence = request_sentence(text)
    said = " ".join(sentence.lstrip("-*>•0123456789.) ").split()) if sentence is not None else ""
    if len(said) < QUOTED:
        return None
    return next((i for i, other in enumerate(earlier) if said in _flat(other)), None)


@lru_cache(maxsize=ANALYSED)
def _flat(text: str) -> str:
    """A post folded, its line breaks and runs of spaces made one space: read once however many replies
    are compared with it."""
    return " ".join(normalise(fold(text)).split())


_NOT_A_LINK = (
    r"(?!(?:\w+ )?(?:links?|urls?|recordings?|replays?|videos?|slides|liens?|enregistrements?|diapos?|diaporamas?)\b)"
)
"""Not a link, nor a held session's recording or slides ("is there a link to…", "is there a recording of…")."""
_WHETHER = re.compile(
    rf"\b(?:is|are) there (?:any|an?|some) {_NOT_A_LINK}|"
    r"\b(?:you|anyone|anybody|someone|somebody|u) (?:please )?(?:suggest|recommend)\b|"
    r"\bany (?:suggestions?|recommendations?|advice)\b|"
    rf"\b(?:provide|share|send|upload|post) (?:us )?(?:some|an?|any) {_NOT_A_LINK}|"
    rf"\b(?:y a-t-il|est-ce qu'il y a) (?:un|une|des) {_NOT_A_LINK}|"
    r"\b(?:il y aura|y aura-t-il|est-ce qu'il y aura|on aura|aura-t-on|est-ce qu'on aura|nous aurons|aurons-nous) "
    r"(?:bien )?(?:un|une|des) |"
    r"\b(?:vous|tu) (?:me |nous )?(?:conseiller|recommander)\b|\bdes conseils\b"
)
"""Asking whether such a thing exists or will ("is there any documentation that lists…", "on aura une adresse de
connexion ?"), or for advice ("can you suggest some courses?", "please provide a sample data set"), not for the link
an announcement gave or promised."""


def asks_whether(sentence: str) -> bool:
    """The asking sentence (folded) asks whether a thing exists, or for one of a kind, not for a known thing's link:
    nobody was meant to have posted it, so no announcer is asked to add it."""
    return _WHETHER.search(sentence) is not None
