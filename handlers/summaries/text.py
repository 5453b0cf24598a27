"""Sentences, words and language of forum text, without any downloaded model.

A regex sentence splitter with an abbreviation list does as well as NLTK's punkt on
French forum prose, and needs no data files.
"""

from __future__ import annotations

import re

from bot.text import fold

_ABBREVIATIONS = {
    "m",
    "mme",
    "mlle",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "ste",
    "cf",
    "ex",
    "p",
    "pp",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "env",
    "n°",
    "no",
    "art",
    "av",
    "bd",
    "fig",
    "vol",
    "ch",
    "resp",
    "jan",
    "fev",
    "fév",
    "avr",
    "juil",
    "sept",
    "oct",
    "nov",
    "dec",
    "déc",
}
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"»”)]*\s+(?=[\"«“(]?[A-ZÀ-ÖØ-Ý0-9])")
_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
# An emoji code stands apart: ":47:" inside the time "1:47:00" is no emoji and stays.
_EMOJI = re.compile(r"(?<![\w:]):[a-z0-9_+-]+:(?![\w:])")

STOP_FR = {
    "a",
    "afin",
    "ai",
    "aie",
    "aient",
    "ainsi",
    "alors",
    "apres",
    "au",
    "aucun",
    "aussi",
    "autre",
    "autres",
    "aux",
    "avaient",
    "avais",
    "avait",
    "avec",
    "avez",
    "avoir",
    "avons",
    "bah",
    "beaucoup",
    "bien",
    "bon",
    "c",
    "ca",
    "car",
    "ce",
    "ceci",
    "cela",
    "celle",
    "celles",
    "celui",
    "cependant",
    "certain",
    "ces",
    "cet",
    "cette",
    "ceux",
    "chaque",
    "chez",
    "ci",
    "comme",
    "comment",
    "d",
    "dans",
    "de",
    "des",
    "deja",
    "depuis",
    "doit",
    "donc",
    "dont",
    "du",
    "elle",
    "elles",
    "en",
    "encore",
    "entre",
    "est",
    "et",
    "etaient",
    "etait",
    "ete",
    "etre",
    "eu",
    "eux",
    "faire",
    "fait",
    "faut",
    "font",
    "hors",
    "il",
    "ils",
    "j",
    "je",
    "jusqu",
    "l",
    "la",
    "le",
    "les",
    "leur",
    "leurs",
    "lui",
    "m",
    "ma",
    "mais",
    "me",
    "meme",
    "memes",
    "mes",
    "moi",
    "mon",
    "moins",
    "n",
    "ne",
    "ni",
    "non",
    "nos",
    "notre",
    "nous",
    "on",
    "ont",
    "ou",
    "par",
    "parce",
    "pas",
    "peu",
    "peut",
    "peuvent",
    "plus",
    "plutot",
    "pour",
    "pourquoi",
    "qu",
    "quand",
    "que",
    "quel",
    "quelle",
    "quelles",
    "quels",
    "qui",
    "quoi",
    "sa",
    "sans",
    "se",
    "selon",
    "ses",
    "si",
    "sinon",
    "soit",
    "son",
    "sont",
    "sous",
    "sur",
    "ta",
    "te",
    "tes",
    "toi",
    "ton",
    "tous",
    "tout",
    "toute",
    "toutes",
    "tres",
    "tu",
    "un",
    "une",
    "vos",
    "votre",
    "vous",
    "y",
    "via",
    "ici",
    "la-bas",
    "voila",
    "oui",
    "merci",
    "bonjour",
    "salut",
    "cest",
    "ya",
    "qu'il",
    "qu'on",
    "c'est",
    "d'un",
    "d'une",
    "l'on",
    "n'est",
    "j'ai",
    "s'il",
    "aujourd'hui",
    "etc",
    "tout-a-fait",
    "peut-etre",
    "chose",
    "choses",
    "fois",
    "sommes",
    "serait",
    "seraient",
    "sera",
    "seront",
    "as",
    "suis",
    "es",
    "etes",
    "vais",
    "va",
    "vont",
}
STOP_EN = {
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "also",
    "get",
    "got",
    "hi",
    "hello",
    "thanks",
    "thank",
    "please",
    "sir",
    "mam",
    "ma'am",
    "i'm",
    "it's",
    "don't",
    "can't",
    "i've",
    "let",
    "us",
    "yes",
    "ok",
    "okay",
    "one",
}
STOP = STOP_FR | STOP_EN

QUESTION = re.compile(r"\?\s*[\"»”)]*$")


def sentences(text: str) -> list[str]:
    """Split a post's own text into sentences; list items and lines are sentences too."""
    out: list[str] = []
    for line in text.split("\n"):
        line = _EMOJI.sub("", line).strip().lstrip("-•*> ").strip()
        if not line:
            continue
        start = 0
        for m in _BOUNDARY.finditer(line):
            before = line[start : m.start()].rstrip('.!?…"»”) ')
            last = before.rsplit(" ", 1)[-1].lower()
            if line[m.start() - 1] == "." and (last in _ABBREVIATIONS or len(last) == 1):
                continue
            out.append(line[start : m.start()].strip())
            start = m.end()
        out.append(line[start:].strip())
    return [s for s in out if s]


def words(text: str) -> list[str]:
    """Folded content words (no stop-words, no one-letter tokens)."""
    folded = fold(text).replace("'", " ")
    return [w for w in _WORD.findall(folded) if len(w) > 2 and w not in STOP and not w.isdigit()]


def language_of(texts: list[str], default: str = "fr") -> str:
    """'fr' or 'en', by which language's function words are more frequent."""
    fr = en = 0
    markers_fr = {"le", "la", "les", "des", "est", "et", "pour", "que", "qui", "une", "dans", "pas", "nous", "je"}
    markers_en = {"the", "and", "is", "are", "for", "that", "this", "with", "not", "you", "we", "it", "of", "to"}
    for text in texts:
        for w in re.findall(r"[a-zà-ÿ']+", text.lower()):
            fr += w in markers_fr
            en += w in markers_en
    if fr == en:
        return default
    return "fr" if fr > en else "en"


def squash(text: str) -> str:
    """Whitespace normalised: the form quotes are compared in."""
    return " ".join(text.split())


_GREETING = re.compile(
    r"^(bonjour|bonsoir|salut|coucou|hello|hi|hey|dear|greetings|good (morning|afternoon|evening)|respected|"
    r"namaste|yo)\b"
)
_THANKS = re.compile(
    r"^(merci|thanks?|thank you|thx|ty|many thanks|kind regards|regards|best regards|best|warm regards|cheers|"
    r"cordialement|bien a (vous|toi)|bonne (journee|soiree|semaine)|au plaisir|a bientot|see you|"
    r"(first and foremost, )?(we|i) (sincerely |really |truly )?appreciate)\b"
)
_AGREE_ONLY = re.compile(r"^(\+1|exact|exactement|same|me too|moi aussi|idem|pareil|ok|okay|yes|oui|d'accord|agreed)\b")
_LINK_REQUEST = re.compile(
    r"(il manque le lien|manque (le|un) lien|lien d.inscription|ou est le lien|pas (de|le) lien|le lien svp|"
    r"where is the link|link (is )?(missing|not (found|working|available))|can'?t find the link|"
    r"(share|send|post) the link|no link)"
)
_META = re.compile(
    r"^(desole pour le pave|je me permets|petit partage|sorry for the (long|late)|tl;?dr|hope (this|it) helps)"
)
_MENTION_LEAD = re.compile(r"^(@[\w.-]+[\s,:–—-]*)+")


def is_noise(sentence: str) -> bool:
    """Greetings, thanks, "+1", requests for a link and remarks about the thread: never content."""
    text = _MENTION_LEAD.sub("", fold(" ".join(sentence.split()))).strip(" ,.!:;-")
    words = text.split()
    if len(words) < 3 or sum(c.isalpha() for c in text) < 0.5 * len(text):
        return True
    if _LINK_REQUEST.search(text):
        return True
    if _GREETING.match(text) and len(words) <= 8:
        return True
    if _THANKS.match(text) and len(words) <= 12:
        return True
    if _AGREE_ONLY.match(text) and len(words) <= 10:
        return True
    return bool(_META.match(text))
