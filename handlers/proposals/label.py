"""A proposal's short label: at most 12 words, a whole phrase, never cut in the middle.

The label keeps the proposing words of the statement and drops what frames it: lead-ins
("L'enjeu de…", "Je pense donc que…", "Oui il faut…", "Alternatively, we could…"), the question
a request is put as ("Pourriez-vous…", "Serait-il possible de…", "Would it be possible to…"), an
opening condition ("Si le budget est faible, …"), brackets, and, when still too long, the
trailing clauses and list members after a comma. A frame that makes the sentence a proposal
stays, so a wish is not read as a claim: "il faut que X" gives "Que X", "faire attention à
ce que X" "Veiller à ce que X", "we request that X" "That X". A subject keeps its article;
an object may lose one after its verb. When no whole phrase fits in 12 words the label is
the statement's head up to a natural boundary, never a word cut in half, and the full
wording stays one click away.
"""

from __future__ import annotations

import re

from bot.text import fold_same_length as fold

MAX_WORDS = 12

_LEAD_INS = [
    r"(?:hi|hello|dear|bonjour|salut)(?: @?\w[\w.-]*)?[,!]?\s+",
    r"@?\w[\w.-]*,\s+(?=(?:please|pls|plz|kindly|sir|il faut|on pourrait)\b)",
    r"(?:oui|non|donc|alors|et|mais|aussi|enfin|ensuite|d'abord|surtout|bref|plutot|par contre|sinon|ok|so|and|but|"
    r"also|then|instead|yes|yeah|or|regardless|probably|simply|just),?\s+",
    r"(?:(?:i|i'm|i am|i'd be|i would be) (?:also )?(?:a )?)?\+ ?1 for (?=\w+ing\b)",
    r"(?:the |a )(?:simplest|best|easiest|better|cleanest|proper) (?:fix|solution|option|way|approach|behaviou?r)"
    r"(?: [\w-]+){0,6}? would be to ",
    r"it (?:would|might|could) be (?:really |very |so )?(?:nice|great|good|better|useful|helpful|reasonable|sensible|"
    r"preferable) to (?!(?:know|learn|hear|get|have|receive)\b)",
    r"(?:pour moi|selon moi|selon nous|a mon avis|a mon sens|dans l'ideal|idealement|a terme|peut-etre|"
    r"concretement|en tout cas|personnellement|autre point(?: plus personnel)?|to me|imo|imho|ideally|maybe|"
    r"perhaps),?\s+",
    r"(?:je pense|je crois|nous pensons|je trouve|i think|i believe|we think)(?: donc| aussi| vraiment| en effet)?"
    r"(?: qu'| que | that |,? )",
    r"(?:c'est pourquoi|c'est notamment la que|c'est la que)\s+",
    r"l'enjeu(?: serait| est)?(?: de | d'|,\s+|\s+(?=que |qu'))",
    r"(?:il (?:nous |leur )?(?:faut|faudrait)(?: a minima| aussi| donc| en effet| enfin| neanmoins| toutefois"
    r"| cependant| surtout)*(?: pouvoir)?(?=\s)"
    r"|il serait (?:\w+ )?(?:\w+ )?(?:bien|bon|utile|interessant|souhaitable|judicieux|pertinent|necessaire|"
    r"preferable|temps) (?:de |d'|(?=que |qu'))|on (?:pourrait|devrait)(?: aussi)?(?: localement)?"
    r"|nous (?:pourrions|devrions)|(?:je propose|nous proposons|je suggere) (?:de |d'|(?=que |qu'))|pourquoi ne pas"
    r"|we (?:should|could|must|need to|ought to|can)(?: also)?|let's|i (?:propose|suggest) (?:to )?"
    r"|we (?:really |also )?need (?=(?!to )[^,.;]{2,60}? to \w)"
    r"|(?:all |so )?(?:i|we) (?:would like to |want to |would )?(?:hope and |kindly |humbly |sincerely |also )?"
    r"request (?:(?:you|sir|ma'am|madam),? )?(?:kindly |please )?(?:to |for )?(?:please |kindly )?"
    r"|(?:can|could|may) (?:i|we) (?:suggest|propose|request)(?: you)?(?: to| that)?"
    r"|that you (?:please |kindly )?(?=\w)"
    r"|(?:if|whether) (?:it (?:would|will|is|could) be possible|you (?:could|can|would)(?: please| kindly)?)"
    r"(?: to)?"
    r"|(?:please|pls|plz|kindly|sir|ma'am)[, ]+)\s*",
    r"(?:proposition|proposal|suggestion|idee|idea|piste)\s*:\s*",
    r"(?:j'aimerais?|je voudrais|nous voudrions|(?:i|we) would like(?: to)?|(?:i|we)'d like(?: to)?)\s+"
    r"(?!(?:to )?know\b)",
    r"(?:if possible|si possible|(?:could|can|would) you(?: please| kindly| pls| plz)?)[, ]+",
    r"(?:est-ce (?:qu'|que )(?:on |l'on |nous |vous |tu )?(?:pourrait|pourrions|pourriez|pourrais|peut|pouvons|pouvez|"
    r"peux|devrait|devrions|devriez|serait-il possible de)|(?:ne )?(?:pourriez|pouvez|pourrais|peux|voudriez|voulez)-"
    r"(?:vous|tu)(?: pas)?|(?:ne )?(?:pourrait|pourrions|peut|pouvons|devrait|devrions)-(?:on|nous)(?: pas)?|"
    r"(?:serait|est)-(?:il|ce) (?:possible|envisageable|pensable|utile)(?: de| d'|(?=\s(?:que |qu'))))"
    r"(?:,? (?:svp|stp|s'il vous plait|s'il te plait),?)?\s*",
    r"(?:(?:would|will|could|can) it be possible|is it possible|(?:is|would) there be any way)"
    r"(?: for (?:us|you|me|them))?(?: to| for)?\s+",
    r"(?:can|could|shall|should) we\s+(?!(?:not|know|get|have|see|say|do)\b)",
    r"(?:on est|nous sommes) (?:nombreux|nombreuses|plusieurs) a (?:militer|plaider) pour\s+",
    r"(?:je milite|nous militons|je plaide|nous plaidons) pour\s+",
    r"(?:une|la|l'autre|autre) (?:piste|idee|solution|option|proposition)\b[^,]{0,60}?\b(?:pourrait etre|serait|est|"
    r"consiste a|consisterait a) (?:de |d')",
    r"(?:(?:an|one|another|my|the other) (?:improvement|option|idea|solution|suggestion|way)|ma suggestion|mon idee)"
    r" (?:could be|would be|is|might be|serait|est) (?:to |de |d')",
    r"(?:i|we) (?:fully |totally |completely |also )?agree(?: with @?[\w.-]+)?(?: that)?,?\s+",
    r"(?:alternatively|meanwhile|hopefully|additionally|moreover|furthermore|however|therefore|hence|thus|lastly|anyway|"
    r"finally|neanmoins|toutefois|cependant|"
    r"pourtant|at least|a minima|p\.?s\.?)\s*[,:\-–—]?\s+",
    r"(?:une |la )?politiques? publiques?(?: des tiers-lieux| tiers-lieux)? (?:doit|doivent|devrait|devraient)\s+",
    r"(?:et )?si\s+(?=\w+ \w+ .{0,80}\b(?:demandait|organisait|finançait|financait|creait|mettait|proposait|"
    r"lançait|lancait)\b)",
    r"le fait (?:de |d')",
    r"de (?=ne |n')",
]
_LEAD = re.compile(r"^(?:" + "|".join(_LEAD_INS) + r")", re.I)
_FRAMES: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(r"^(?:que |qu')"), None),
    (re.compile(r"^(?:(?:faire )?attention|veiller|prendre garde) a ce (?:que |qu')"), "veiller à ce que "),
    (
        re.compile(
            r"^(?:all )?(?:i|we) (?:would )?(?:hope and |kindly |humbly |sincerely |also )?"
            r"(?:request|hope|ask|suggest|propose|recommend) that (?!you\b)"
        ),
        "that ",
    ),
    (re.compile(r"^(?:it (?:must|should|has to|needs to) be (?:ensured|made sure)|ensure) that "), "ensure that "),
    (re.compile(r"^make sure (?:that )?"), None),
    (
        re.compile(r"^(?:i think )?it would be (?:really |very |so )?(?:great|helpful|nice|good|better|useful) if "),
        "if ",
    ),
    (re.compile(r"^ce serait (?:vraiment |tres )?(?:bien|super|genial|utile|mieux) (?:que |qu')"), "que "),
    (
        re.compile(
            r"^(?:(?:i|we)(?: would|'d) (?:like|love) to (?:respectfully )?(?:know|ask)|(?:i|we) wonder(?:ed)?)"
            r" (?:if|whether) "
        ),
        "whether ",
    ),
]
"""What makes a clause a proposal ("il faut que X", "veiller à ce que X", "we request that X"): kept,
as "Que X", "Veiller à ce que X", "That X", "Ensure that X", so the label does not read as a claim."""
_SHORTER_FRAME = {"veiller à ce que ": "que ", "veiller à ce qu'": "qu'", "ensure that ": "that "}
_VAGUE_TAIL = re.compile(
    r",?\s+(?:or something|or so|and so on|etc\.?|ou quoi|ou autre|if possible|si possible|sir|ma'am|madam|kindly|"
    r"please|svp|s'il vous plait)\s*$",
    re.I,
)
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
    r"meme si|pour (?=\w+(?:er|ir|re)\b)|afin (?:de|d')|if|when|before|after|regarding|as for|since|as|because|"
    r"given that|even if|even though|although|to (?=\w+ ))\b[^,]{0,160}?(?:,\s+(?:then\s+|alors\s+)?|"
    r"\s+(?:then|alors)\s+)",
)
_TAIL_REQUEST = re.compile(
    r"(?:[,;:]\s*(?:and |to |so |but )?(?=(?:please|pls|plz|kindly)\b)|\s+(?=(?:please|pls|plz) \w)"
    r"|(?:[,;:—–-]\s*|\s+)(?:and |but |so )?(?=(?:i|we) (?:would )?(?:kindly |sincerely |humbly |also )?request\b)"
    r"|(?:[,;:—–-]\s*|\s+)(?:and |so )(?:now )?(?=(?:i|we) would like to\b))"
)
_BRACKETS = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_INCIDENTAL = re.compile(
    r",\s*(?:lors|pendant|notamment|par exemple|en particulier|bien sur)\b[^,]{0,80},|\s+par exemple\b"
)
_ARTICLES = frozenset(["le", "la", "les", "un", "une"])
_PARTICIPLE = re.compile(r"(?:ee?s?|ie?s?|ise?s?|ite?s?|ue?s?|ed|en)$")
_VERB_END = re.compile(r"(?:er|ir|re|oir)$")
_GERUND = re.compile(r"^(?:s'|se |l'|y )?\w+ant$")
_NOUN_AFTER_TO = re.compile(r"^(?:the|a|an|this|that|these|those|my|our|your|their|his|her|its|all|every|\d|[A-Z])")
_MENTIONS = re.compile(r"^(?:@\w[\w.-]*[,:]?\s+)+")
_HEDGES = re.compile(r",?\s+(?:néanmoins|toutefois|cependant|a minima)\b,?(?=\s)", re.I)
_TO_BE_AS = re.compile(r"\bpour être (?:les |le |la |l'|des |un |une )?(?=\w)")
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
        "as",
        "since",
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
        "than",
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
    s = _MENTIONS.sub("", s)
    s = re.sub(r"^(?!\+ ?1\b)[^\w(«\"]+", "", s)
    for _ in range(3):
        s = _BRACKETS.sub("", s)
    s = re.sub(r"\s*[(\[][^)\]]*$", "", s)  # a bracket left open
    s = _INCIDENTAL.sub("", s)
    s = _HEDGES.sub("", s)
    frame, s = _unframe(s)
    s = _first_sentence(s)
    tail = _TAIL_REQUEST.search(fold(s))
    asked_in, asked = _unframe(s[tail.end() :]) if tail else ("", "")
    if words(asked) >= 3:  # "It is my humble request, to plz extend the deadline": the request itself
        frame, s = asked_in, asked
    for _ in range(2):
        s = _VAGUE_TAIL.sub("", s.strip(" ,;:-–—\"'“”")).strip(" ,;:-–—\"'“”")
    if words(frame) + words(s) > max_words and frame in _SHORTER_FRAME:
        frame = _SHORTER_FRAME[frame]  # "Que X" says it too, when "Veiller à ce que X" would not fit
    room = max_words - words(frame)
    if words(s) > room:
        s = _PERFECT_RELATIVE.sub("ayant ", s)  # "des lieux qui ont mis en place…": "des lieux ayant mis en place…"
        s = _TO_BE_AS.sub("comme ", s)  # "financés pour être les relais de…": "financés comme relais de…"
    whole = s
    while words(s) > room and not _clause_head(s, room):
        fewer = _drop_article(s)  # headline style: "financer lieux…" before any cut, the subject's kept
        if fewer == s:
            break
        s = fewer
    if words(s) > room:
        head = _clause_head(s, room)  # a whole clause without some articles, else a cut that keeps them
        s = _drop_weak_end(head) if head else _shorten(whole, room)
    s = frame + s.rstrip(" ,;:.!?-–—…")
    s = re.sub(r"\s+([,;:])", r"\1", s)
    if s.count("«") > s.count("»"):
        s += " »"
    s = s.lstrip("» ")
    return s[:1].upper() + s[1:]


def _unframe(s: str) -> tuple[str, str]:
    """The statement without its lead-ins and opening conditions, and the frame that makes it a
    proposal when there is one ("que ", "veiller à ce que ", "that "), to be put back in front."""
    frame = ""
    for _ in range(8):
        before = s
        s = s.lstrip(" ,;:-–—")
        folded = fold(s)
        what_if = _WHAT_IF.match(folded)
        if what_if and what_if.end() < len(s):
            verb = what_if.group(1).lower()
            s = _INFINITIVE.get(verb, verb.removesuffix("ait") + "er") + " " + s[what_if.end() :].rstrip(" ?")
            continue
        framed = None if frame else next((f for f in _FRAMES if f[0].match(folded)), None)
        m = framed[0].match(folded) if framed else None
        if framed and m and m.end() < len(s):
            frame = framed[1] or s[: m.end()].lower()
            s = s[m.end() :]
            continue
        m = _LEAD.match(folded) or _OPENING_CONDITION.match(folded)
        if m and m.end() < len(s):
            s = s[m.end() :]
        if s == before:
            break
    return frame, s


def _drop_article(s: str) -> str:
    """`s` without its first article after a verb ("financer la recherche…": "financer recherche…"); never
    a subject's ("Les lieux…"), nor one after a preposition or a noun ("dans la répartition", "le
    pourquoi d'une politique" stay whole)."""
    tokens = s.split(" ")
    for i in range(1, len(tokens)):
        if tokens[i] in _ARTICLES and _VERB_END.search(fold(tokens[i - 1])):
            return " ".join(tokens[:i] + tokens[i + 1 :])
    return s


def words(text: str) -> int:
    """Words as a reader counts them (a lone "/" or "–" is not one)."""
    return sum(1 for w in text.split() if re.search(r"\w", w))


def _first_sentence(s: str) -> str:
    m = re.search(r"(?<=[a-zà-ÿ0-9)»\"])\s?[.!?](?:\s|$)", s)
    return s[: m.start()] if m else s


def _shorten(s: str, max_words: int) -> str:
    """The longest head of `s` within `max_words` that ends where a phrase ends: at a clause
    break (comma, dash), else before a conjunction or relative ("pour", "qui", "et"), else
    before a preposition ("de", "sur") or a participle's "par", never after a determiner or a preposition."""
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
            after = fold(tokens[i + 1]) if i + 1 < len(tokens) else ""
            if boundary is _STRONG_BOUNDARY and nxt == "en" and _GERUND.match(after):
                cut = i  # "… en s'inspirant de…": a gerund's adjunct
            elif boundary is _ADJUNCT_BOUNDARY and after in ("par", "by") and _PARTICIPLE.search(fold(tokens[i])):
                cut = i  # "… une dynamique collective soutenue par l'état": a participle's adjunct
            elif nxt == "to" and not _NOUN_AFTER_TO.match(tokens[i + 1] if after else ""):
                continue  # "to" before a verb: the idea goes on
            elif (nxt in boundary or fold(tokens[i]) in boundary) and not _TRAILING_WEAK.search(" " + tokens[i - 1]):
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
