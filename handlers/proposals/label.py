"""A proposal's short label: at most 12 words, a whole phrase, never cut in the middle.

The label keeps the proposing words of the statement and drops what frames it: lead-ins
("L'enjeu de…", "Je pense donc que…", "Oui il faut…"), an opening condition ("Si le
budget est faible, …"), brackets, and, when still too long, the trailing clauses and
list members after a comma. When no whole phrase fits in 12 words the label is the
statement's head up to a natural boundary, never a word cut in half, and the full wording
stays one click away.
"""

from __future__ import annotations

import re

from bot.text import fold_same_length as fold

MAX_WORDS = 12

_LEAD_INS = [
    r"(?:hi|hello|dear|bonjour|salut)(?: @?\w[\w.-]*)?[,!]?\s+",
    r"@?\w[\w.-]*,\s+(?=(?:please|pls|plz|kindly|sir|il faut|on pourrait)\b)",
    r"(?:oui|non|donc|alors|et|mais|aussi|enfin|ensuite|d'abord|surtout|bref|plutot|par contre|sinon|ok|so|and|but|"
    r"also|then|instead),?\s+",
    r"(?:pour moi|selon moi|selon nous|a mon avis|a mon sens|dans l'ideal|idealement|a terme|peut-etre|"
    r"concretement|en tout cas|personnellement|autre point(?: plus personnel)?|to me|imo|imho|ideally|maybe|"
    r"perhaps),?\s+",
    r"(?:je pense|je crois|nous pensons|je trouve|i think|i believe|we think)(?: donc| aussi| vraiment| en effet)?"
    r"(?: qu'| que | that |,? )",
    r"(?:c'est pourquoi|c'est notamment la que|c'est la que)\s+",
    r"l'enjeu(?: serait| est)?(?: de | d'|,\s+)",
    r"(?:il (?:nous |leur )?(?:faut|faudrait)(?: a minima| aussi| donc| en effet| enfin)?(?: pouvoir)?(?: que)?"
    r"|il serait (?:\w+ )?(?:\w+ )?(?:bien|bon|utile|interessant|souhaitable|judicieux|pertinent|necessaire|"
    r"preferable|temps) (?:de |d')|on (?:pourrait|devrait)(?: aussi)?(?: localement)?|nous (?:pourrions|devrions)"
    r"|je propose (?:de |d'|que )|nous proposons (?:de |d'|que )|je suggere (?:de |d'|que )|pourquoi ne pas"
    r"|we (?:should|could|must|need to|ought to)(?: also)?|let's|i (?:propose|suggest) (?:that |to )?"
    r"|(?:all )?(?:i|we) (?:would )?(?:hope and |kindly |humbly |sincerely |also )?request (?:you to |that |for )?"
    r"|(?:please|pls|plz|kindly|sir|ma'am)[, ]+)\s*",
    r"(?:proposition|proposal|suggestion|idee|idea|piste)\s*:\s*",
    r"(?:j'aimerais?|je voudrais|nous voudrions|i would like to|i'd like to)\s+",
    r"(?:if possible|si possible|(?:could|can|would) you(?: please| kindly| pls| plz)?)[, ]+",
    r"(?:on est|nous sommes) (?:nombreux|nombreuses|plusieurs) a (?:militer|plaider) pour\s+",
    r"(?:je milite|nous militons|je plaide|nous plaidons) pour\s+",
    r"(?:une|la|l'autre|autre) (?:piste|idee|solution|option|proposition)\b[^,]{0,60}?\b(?:pourrait etre|serait|est|"
    r"consiste a|consisterait a) (?:de |d')",
    r"(?:une |la )?politiques? publiques?(?: des tiers-lieux| tiers-lieux)? (?:doit|doivent|devrait|devraient)\s+",
    r"(?:et )?si\s+(?=\w+ \w+ .{0,80}\b(?:demandait|organisait|finançait|financait|creait|mettait|proposait|"
    r"lançait|lancait)\b)",
    r"(?:que |qu')(?=\w)",
    r"le fait (?:de |d')",
    r"de (?=ne |n')",
]
_LEAD = re.compile(r"^(?:" + "|".join(_LEAD_INS) + r")", re.I)
_WHAT_IF = re.compile(
    r"^(?:et )?si\s+[^,?]{2,100}?\s(demandait|organisait|financait|creait|mettait|proposait|lancait|ouvrait)\b\s*",
    re.I,
)
"""A suggestion put as "et si l'observatoire demandait aux lieux…": the label is what to do, "Demander aux lieux…"."""
_INFINITIVE = {
    "mettait": "mettre",
    "creait": "créer",
    "financait": "financer",
    "lancait": "lancer",
    "ouvrait": "ouvrir",
}
_PERFECT_RELATIVE = re.compile(r"\bqui (?:ont|a) (?=\w+(?:é|és|ée|ées|is|it|u|us)\b)")
_OPENING_CONDITION = re.compile(
    r"^(?:si|quand|lorsque|lors|avant|apres|concernant|s'agissant|pour ce qui est|en cas|dans le cas|puisque|comme|"
    r"if|when|before|after|regarding|as for|since|as|because|given that)\b[^,]{0,160},\s+",
)
_TAIL_REQUEST = re.compile(r"[,;:]\s*(?:and |to |so |but )?(?=(?:please|pls|plz|kindly)\b)")
_BRACKETS = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_INCIDENTAL = re.compile(
    r",\s*(?:lors|pendant|notamment|par exemple|en particulier|bien sur)\b[^,]{0,80},|\s+par exemple\b"
)
_ARTICLE = re.compile(r"(?:^|(?<=\s))(?:le|la|les|un|une|Le|La|Les|Un|Une)\s+")
_STRONG_BOUNDARY = frozenset(
    [
        "pour",
        "afin",
        "et",
        "mais",
        "car",
        "qui",
        "que",
        "qu'",
        "dont",
        "ou",
        "sans",
        "tout",
        "sachant",
        "quitte",
        "comme",
        "lors",
        "so",
        "because",
        "while",
        "and",
        "but",
        "which",
    ]
)
_ADJUNCT_BOUNDARY = frozenset(
    [
        "par",
        "pour",
        "avec",
        "dans",
        "sur",
        "entre",
        "vers",
        "chez",
        "selon",
        "sans",
        "au",
        "tout",
        "lors",
        "by",
        "with",
        "in",
        "on",
        "for",
        "during",
        "within",
        "without",
    ]
)
_WEAK_BOUNDARY = frozenset(
    [
        "de",
        "du",
        "des",
        "d'",
        "a",
        "à",
        "au",
        "aux",
        "en",
        "dans",
        "sur",
        "par",
        "avec",
        "entre",
        "vers",
        "chez",
        "selon",
        "of",
        "to",
        "in",
        "on",
        "by",
        "with",
    ]
)
_TRAILING_WEAK = re.compile(
    r"\s+(?:de|du|des|d'|la|le|les|l'|un|une|et|ou|a|au|aux|en|pour|par|sur|dans|avec|que|qu'|qui|dont|ce|cette|"
    r"ces|son|sa|ses|leur|leurs|à|aux|the|a|an|of|to|and|or|for|with|by|on|in|that|which)$",
    re.I,
)
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[,;:]|\s[-–—]\s|\.\.\.|…)\s*|\s+(?=(?:afin de|afin d'|pour que|pour qu'|parce que|car|sachant|"
    r"quitte a|tout en|comme par exemple|notamment|so that|because|in order to|while)\b)"
)


def label(text: str, max_words: int = MAX_WORDS) -> str:
    """The short label of a proposal statement (one sentence or a list item)."""
    s = " ".join(text.replace("**", "").split()).strip(" \"'«»“”")
    s = re.sub(r"^[^\w(«\"]+", "", s)
    for _ in range(3):
        s = _BRACKETS.sub("", s)
    s = re.sub(r"\s*[(\[][^)\]]*$", "", s)  # a bracket left open
    s = _INCIDENTAL.sub("", s)
    for _ in range(4):
        before = s
        folded = fold(s)
        what_if = _WHAT_IF.match(folded)
        if what_if and what_if.end() < len(s):
            verb = what_if.group(1).lower()
            s = _INFINITIVE.get(verb, verb.removesuffix("ait") + "er") + " " + s[what_if.end() :].rstrip(" ?")
            continue
        m = _LEAD.match(folded) or _OPENING_CONDITION.match(folded)
        if m and m.end() < len(s):
            s = s[m.end() :]
        if s == before:
            break
    s = _first_sentence(s)
    tail = _TAIL_REQUEST.search(fold(s))
    if tail:  # "It is my humble request, to plz extend the deadline": the request itself
        s = s[tail.end() :]
        lead = _LEAD.match(fold(s))
        s = s[lead.end() :] if lead else s
    s = s.strip(" ,;:-–—\"'“”")
    if words(s) > max_words:
        s = _PERFECT_RELATIVE.sub("ayant ", s)  # "des lieux qui ont mis en place…": "des lieux ayant mis en place…"
    whole = s
    while words(s) > max_words and not _clause_head(s, max_words):
        fewer = _ARTICLE.sub("", s, count=1)  # headline style: "Tiers-lieux financés…" before any cut
        if fewer == s:
            break
        s = fewer
    if words(s) > max_words:
        head = _clause_head(s, max_words)  # a whole clause without its articles, else a cut that keeps them
        s = _drop_weak_end(head) if head else _shorten(whole, max_words)
    s = s.rstrip(" ,;:.!-–—…")
    s = re.sub(r"\s+([,;:])", r"\1", s)
    if s.count("«") > s.count("»"):
        s += " »"
    s = s.lstrip("» ")
    return s[:1].upper() + s[1:]


def words(text: str) -> int:
    """Words as a reader counts them (a lone "/" or "–" is not one)."""
    return sum(1 for w in text.split() if re.search(r"\w", w))


def _first_sentence(s: str) -> str:
    m = re.search(r"(?<=[a-zà-ÿ0-9)»\"])[.!?](?:\s|$)", s)
    return s[: m.start()] if m else s


def _shorten(s: str, max_words: int) -> str:
    """The longest head of `s` within `max_words` that ends where a phrase ends: at a clause
    break (comma, dash), else before a conjunction or relative ("pour", "qui", "et"), else
    before a preposition ("de", "sur"), never after a determiner or a preposition."""
    head = _clause_head(s, max_words)
    if head:
        return _drop_weak_end(head)
    tokens = s.split()
    cuts = []
    for boundary in (_STRONG_BOUNDARY, _ADJUNCT_BOUNDARY, _WEAK_BOUNDARY):
        cut = 0
        for i in range(1, len(tokens)):
            if words(" ".join(tokens[:i])) > max_words:
                break
            nxt = fold(tokens[i]).split("'")[0] + ("'" if "'" in tokens[i] else "")
            if (nxt in boundary or fold(tokens[i]) in boundary) and not _TRAILING_WEAK.search(" " + tokens[i - 1]):
                cut = i
        cuts.append(cut)
    strong, adjunct, complement = cuts
    for cut, least in ((strong, 6), (adjunct, 6), (complement, 4), (max(cuts), 3)):
        if cut >= least:
            return " ".join(tokens[:cut]).rstrip(" ,;:")
    return _drop_weak_end(" ".join(tokens[:max_words]))


def _clause_head(s: str, max_words: int) -> str:
    """The longest head ending at a clause break (comma, colon, dash) with 5 to `max_words` words."""
    best = ""
    for m in _CLAUSE_BREAK.finditer(s):
        head = s[: m.start()].strip()
        if not head:
            continue
        if words(head) > max_words:
            break
        best = head
    return best if words(best) >= 5 else ""


def _drop_weak_end(s: str) -> str:
    while True:
        trimmed = _TRAILING_WEAK.sub("", s).rstrip(" ,;:")
        if trimmed == s or not trimmed:
            return s
        s = trimmed


def ends_whole(text: str) -> bool:
    """A label that ends on a content word (not "de", "la", "pour"…), with no ellipsis: not cut mid-phrase."""
    return not text.endswith(("…", "...")) and not _TRAILING_WEAK.search(text) and bool(text.strip())
